//! PEP 440 ordering (PyPI): `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`.
//! A dev release sorts before its pre-releases, a pre-release before the
//! release, a post-release after it, a local version after its public one.
//!
//! Versions are read and ordered by `pep440_rs`. A string it rejects (a
//! legacy, pre-PEP 440 version in old advisories, `1.0.x`) is read leniently
//! into the same [`Version`] type: its leading release numbers and any
//! pre/post/dev parts it spells, the rest ignored. So every string has a place
//! in one total order (the OSV range walk sorts with it), and an odd installed
//! version is still compared by its numbers rather than dropped.

use std::cmp::Ordering;
use std::str::FromStr as _;

use pep440_rs::{Prerelease, PrereleaseKind, Version};

/// A version PEP 440 does not accept, read leniently.
#[derive(Debug, PartialEq, Eq)]
struct Key {
    epoch: u64,
    release: Vec<u64>,
    /// (phase 1 = a, 2 = b, 3 = rc; number).
    pre: Option<(u8, u64)>,
    post: Option<u64>,
    dev: Option<u64>,
}

#[expect(
    clippy::many_single_char_names,
    reason = "short names for a small parser"
)]
fn parse(v: &str) -> Key {
    let v = v.trim().to_ascii_lowercase();
    let v = v.strip_prefix('v').unwrap_or(&v);
    let v = v.split('+').next().unwrap_or(v);
    let (epoch, rest) = match v.split_once('!') {
        Some((e, r)) => (e.parse().unwrap_or(0), r),
        None => (0, v),
    };
    let rest = rest.to_owned();
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut release = Vec::new();
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if start == i {
            break;
        }
        release.push(rest[start..i].parse().unwrap_or(0));
        if i < bytes.len() && bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    while release.len() > 1 && release.last() == Some(&0) {
        release.pop();
    }
    let mut pre = None;
    let mut post = None;
    let mut dev = None;
    // `1.0-1` is an implicit post-release.
    let implicit_post = rest[i..]
        .strip_prefix('-')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let tail = match implicit_post {
        Some(r) => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            post = Some(r[..digits].parse().unwrap_or(0));
            r[digits..].replace(['-', '_'], ".")
        }
        None => rest[i..].replace(['-', '_'], "."),
    };
    let mut t = tail.trim_start_matches('.');
    let number = |s: &str| -> (u64, usize) {
        let s2 = s.trim_start_matches('.');
        let skipped = s.len() - s2.len();
        let digits = s2.bytes().take_while(u8::is_ascii_digit).count();
        (s2[..digits].parse().unwrap_or(0), skipped + digits)
    };
    while !t.is_empty() {
        let (word, phase) = [
            ("alpha", 1),
            ("beta", 2),
            ("preview", 3),
            ("pre", 3),
            ("rc", 3),
            ("a", 1),
            ("b", 2),
            ("c", 3),
            ("post", 10),
            ("rev", 10),
            ("r", 10),
            ("dev", 20),
        ]
        .iter()
        .find(|(w, _)| t.starts_with(w))
        .copied()
        .unwrap_or(("", 0));
        if phase == 0 {
            if t.as_bytes()[0].is_ascii_digit() && pre.is_none() && post.is_none() {
                // `1.0-1` is a post-release.
                let (n, used) = number(t);
                post = Some(n);
                t = t[used..].trim_start_matches('.');
                continue;
            }
            break;
        }
        let (n, used) = number(&t[word.len()..]);
        match phase {
            10 => post = Some(n),
            20 => dev = Some(n),
            p => pre = Some((u8::try_from(p).unwrap_or(3), n)),
        }
        t = t[word.len() + used..].trim_start_matches('.');
    }
    Key {
        epoch,
        release,
        pre,
        post,
        dev,
    }
}

/// The version `v` is, by PEP 440, or leniently if PEP 440 rejects it.
fn version(v: &str) -> Version {
    if let Ok(version) = Version::from_str(v.trim()) {
        return version;
    }
    let key = parse(v);
    let release = if key.release.is_empty() {
        vec![0]
    } else {
        key.release
    };
    let pre = key.pre.map(|(phase, number)| Prerelease {
        kind: match phase {
            1 => PrereleaseKind::Alpha,
            2 => PrereleaseKind::Beta,
            _ => PrereleaseKind::Rc,
        },
        number,
    });
    Version::new(release)
        .with_epoch(key.epoch)
        .with_pre(pre)
        .with_post(key.post)
        .with_dev(key.dev)
}

/// Compares two PEP 440 versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    version(a).cmp(&version(b))
}

#[cfg(test)]
mod tests {
    use super::compare;
    use std::cmp::Ordering::{Equal, Greater, Less};

    #[test]
    fn pep_440_examples() {
        // PEP 440's ordering example, in increasing order.
        let order = [
            "1.0.dev456",
            "1.0a1",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2",
            "1.0b2.post345.dev456",
            "1.0b2.post345",
            "1.0rc1.dev456",
            "1.0rc1",
            "1.0",
            "1.0.post456.dev34",
            "1.0.post456",
            "1.1.dev1",
        ];
        for w in order.windows(2) {
            assert_eq!(compare(w[0], w[1]), Less, "{} < {}", w[0], w[1]);
        }
        assert_eq!(compare("1.0", "1.0.0"), Equal);
        assert_eq!(compare("1!0.5", "2.0"), Greater);
        assert_eq!(compare("1.0-1", "1.0.post1"), Equal);
        assert_eq!(compare("3.2.0", "3.2.2"), Less);
        assert_eq!(compare("1.0ALPHA1", "1.0a1"), Equal);
    }

    #[test]
    fn spellings_pep_440_normalises() {
        assert_eq!(compare("v1.0", "1.0"), Equal);
        assert_eq!(compare("1.0.pre1", "1.0rc1"), Equal);
        assert_eq!(compare("1.0c1", "1.0rc1"), Equal);
        assert_eq!(compare("1.0-r1", "1.0.post1"), Equal);
        assert_eq!(compare("1.0_beta_2", "1.0b2"), Equal);
        assert_eq!(compare(" 2.31.0 ", "2.31.0"), Equal);
    }

    #[test]
    fn an_implicit_post_release_after_a_pre_release_counts() {
        // `1.0a1-1` is `1.0a1.post1`; it was once read as `1.0a1`.
        assert_eq!(compare("1.0a1-1", "1.0a1.post1"), Equal);
        assert_eq!(compare("1.0a1-1", "1.0a1"), Greater);
        assert_eq!(compare("1.0b2-1dev1", "1.0b2.post1.dev1"), Equal);
        assert_eq!(compare("1.0b2-1dev1", "1.0b2"), Greater);
    }

    #[test]
    fn a_local_version_sorts_after_its_public_one() {
        assert_eq!(compare("1.0+cpu", "1.0"), Greater);
        assert_eq!(compare("1.0+cpu", "1.0.post1"), Less);
        assert_eq!(compare("1.0+abc.5", "1.0+abc.10"), Less);
    }

    #[test]
    fn versions_pep_440_rejects_are_read_by_their_numbers() {
        assert_eq!(compare("1.0.x", "1.0"), Equal);
        assert_eq!(compare("1.0.x", "1.1"), Less);
        assert_eq!(compare("1.0-foo", "0.9"), Greater);
        assert_eq!(compare("2004d", "2004"), Equal);
        assert_eq!(compare("latest", "0"), Equal);
        assert_eq!(compare("", "0.0.1"), Less);
        // One total order over valid and lenient versions: sorting a mix
        // agrees with every pairwise comparison.
        let mut mixed = vec![
            "1.0.x",
            "1.0rc1",
            "latest",
            "1.0-foo",
            "0.9",
            "1!0.1",
            "1.0+local",
            "2004d",
            "1.0.dev1",
            "1.0",
            "1.0.post1",
            "",
            "1.0-1",
        ];
        mixed.sort_by(|a, b| compare(a, b));
        for (i, a) in mixed.iter().enumerate() {
            for b in &mixed[i..] {
                assert_ne!(compare(a, b), Greater, "{a} <= {b}");
            }
        }
    }
}
