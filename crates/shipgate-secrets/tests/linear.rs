//! The scan is linear in the length of a line: doubling a line of dense or
//! sparse secrets at most doubles the time (with room for noise), where a
//! quadratic scan would quadruple it.
//!
//! Measured as a ratio within one run, best of several tries, so a slow or
//! busy machine does not matter: only the shape of the growth does.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::format_push_string,
    clippy::format_collect,
    reason = "test helpers: a failure panics, and the generators stay simple"
)]

use std::time::Duration;

use shipgate_secrets::engine::Engine;
use shipgate_secrets::rules::RuleSet;

/// A random-looking alphanumeric value of `len` characters, different for each `seed`.
fn value(seed: u64, len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ALPHABET[(state % ALPHABET.len() as u64) as usize] as char
        })
        .collect()
}

/// One line of `bytes` bytes: `password="<24 random>"; ` repeated (dense),
/// or one such assignment every `gap` bytes of filler code (sparse). The
/// filler is spaced as written code is: a minified line (almost no
/// whitespace) is read by the provider-specific rules only.
fn line(bytes: usize, gap: usize) -> Vec<u8> {
    let mut out = String::with_capacity(bytes + 64);
    let mut seed: usize = 0;
    while out.len() < bytes {
        seed += 1;
        out.push_str(&format!("password=\"{}\"; ", value(seed as u64, 24)));
        while out.len() < seed * gap {
            out.push_str("x = 1; ");
        }
    }
    out.push('\n');
    out.into_bytes()
}

/// This thread's CPU time, best of `tries`: other processes on the machine
/// do not count.
fn best_of(tries: usize, engine: &Engine, text: &[u8]) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut hits = 0;
    for _ in 0..tries {
        let start = cpu_time::ThreadTime::now();
        hits = engine.scan("bundle.js", text).len();
        best = best.min(start.elapsed());
    }
    (best, hits)
}

fn assert_linear(gap: usize) {
    let engine = Engine::new(&RuleSet::builtin().unwrap()).unwrap();
    let small = line(256 * 1024, gap);
    let large = line(512 * 1024, gap);
    let (t_small, hits_small) = best_of(5, &engine, &small);
    let (t_large, hits_large) = best_of(5, &engine, &large);
    assert!(hits_small > 100, "the line must hold secrets: {hits_small}");
    assert!(
        hits_large >= 2 * hits_small - 2,
        "{hits_small} then {hits_large}"
    );
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    eprintln!("gap {gap}: {t_small:?} -> {t_large:?}, ratio {ratio:.2}");
    assert!(
        ratio < 2.6,
        "doubling a line of secrets every {gap} bytes took {ratio:.2} times as long ({t_small:?} -> {t_large:?})"
    );
}

/// One test, so the two shapes never compete with each other for the CPU.
#[test]
fn doubling_a_line_of_dense_or_sparse_secrets_at_most_doubles_the_time() {
    assert_linear(0);
    assert_linear(400);
}
