//! PEP 440 ordering (PyPI): `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`,
//! with the spellings PEP 440 normalises (`alpha`, `c`, `pre`, `-1` as post,
//! `_`/`-` separators). A dev release sorts before its pre-releases, a
//! pre-release before the release, a post-release after it.

use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    epoch: u64,
    release: Vec<u64>,
    /// (phase, number): dev-only releases sort first, then a/b/rc, then "none".
    pre: (u8, u64),
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
    let pre = match (pre, post, dev) {
        (Some(p), _, _) => p,
        (None, None, Some(_)) => (0, 0),
        _ => (9, 0),
    };
    Key {
        epoch,
        release,
        pre,
        post,
        dev,
    }
}

/// Compares two PEP 440 versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (x, y) = (parse(a), parse(b));
    (
        x.epoch,
        &x.release,
        x.pre,
        x.post.map_or(0, |p| p + 1),
        x.dev.map_or(u64::MAX, |d| d),
    )
        .cmp(&(
            y.epoch,
            &y.release,
            y.pre,
            y.post.map_or(0, |p| p + 1),
            y.dev.map_or(u64::MAX, |d| d),
        ))
}

#[cfg(test)]
mod tests {
    use super::compare;
    use std::cmp::Ordering::{Equal, Less};

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
        assert_eq!(compare("1!0.5", "2.0"), std::cmp::Ordering::Greater);
        assert_eq!(compare("1.0-1", "1.0.post1"), Equal);
        assert_eq!(compare("3.2.0", "3.2.2"), Less);
        assert_eq!(compare("1.0ALPHA1", "1.0a1"), Equal);
    }
}
