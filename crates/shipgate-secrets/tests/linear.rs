//! The scan is linear in the length of a line: a line of dense or sparse
//! secrets eight times as long takes eight times as long (with room for
//! noise), where a quadratic scan would take sixty-four times.
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

/// This thread's CPU time to scan each text, best of `tries`, the texts
/// taken in turn: a busy spell on the machine slows every size alike, where
/// timing all tries of one size before the other would slow only one. Other
/// processes and threads do not count.
fn best_of_interleaved<const N: usize>(
    tries: usize,
    engine: &Engine,
    texts: [&[u8]; N],
) -> [(Duration, usize); N] {
    let mut best = [(Duration::MAX, 0); N];
    for _ in 0..tries {
        for (text, (time, hits)) in texts.iter().zip(&mut best) {
            let start = cpu_time::ThreadTime::now();
            *hits = engine.scan("bundle.js", text).len();
            *time = (*time).min(start.elapsed());
        }
    }
    best
}

/// A line eight times as long must take less than sixteen times as long: a
/// linear scan takes eight times, a quadratic one sixty-four, so noise of up
/// to twice the time on one size cannot fail a linear scan, and a quadratic
/// part that is a sixth of the time on the short line already fails it.
fn assert_linear(gap: usize) {
    let engine = Engine::new(&RuleSet::builtin().unwrap()).unwrap();
    let small = line(128 * 1024, gap);
    let large = line(1024 * 1024, gap);
    let [(t_small, hits_small), (t_large, hits_large)] =
        best_of_interleaved(5, &engine, [&small, &large]);
    assert!(hits_small > 50, "the line must hold secrets: {hits_small}");
    assert!(
        hits_large >= 8 * hits_small - 8,
        "{hits_small} then {hits_large}"
    );
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
    eprintln!("gap {gap}: {t_small:?} -> {t_large:?}, ratio {ratio:.2}");
    assert!(
        ratio < 16.0,
        "a line of secrets every {gap} bytes eight times as long took {ratio:.2} times as long ({t_small:?} -> {t_large:?})"
    );
}

/// One test, so the two shapes never compete with each other for the CPU.
#[test]
fn a_line_of_dense_or_sparse_secrets_eight_times_as_long_takes_about_eight_times_as_long() {
    assert_linear(0);
    assert_linear(400);
}
