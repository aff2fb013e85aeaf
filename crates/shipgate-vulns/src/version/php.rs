//! PHP's `version_compare` (Packagist): versions are canonicalised (`-`, `_`
//! and `+` become `.`, and a `.` goes between a digit and a letter), then
//! compared part by part. Special words order as
//! `dev < alpha = a < beta = b < RC = rc < # (a number) < pl = p`; any other
//! word sorts before `dev`. A leading `v` (as in Composer's `v7.4.0`) is dropped.

use std::cmp::Ordering;

fn canonical(version: &str) -> Vec<String> {
    let v = version.trim();
    let v = v
        .strip_prefix(['v', 'V'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(v);
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<bool> = None; // digit?
    for c in v.chars() {
        if matches!(c, '.' | '-' | '_' | '+') {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            prev = None;
            continue;
        }
        let digit = c.is_ascii_digit();
        if prev.is_some_and(|p| p != digit) && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        cur.push(c);
        prev = Some(digit);
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

fn special(part: &str) -> i32 {
    match part.to_ascii_lowercase().as_str() {
        "dev" => 0,
        "alpha" | "a" => 1,
        "beta" | "b" => 2,
        "rc" => 3,
        "#" => 4,
        "pl" | "p" => 5,
        _ => -1,
    }
}

fn part_cmp(a: &str, b: &str) -> Ordering {
    let (ad, bd) = (
        a.bytes().all(|c| c.is_ascii_digit()),
        b.bytes().all(|c| c.is_ascii_digit()),
    );
    match (ad, bd) {
        (true, true) => {
            let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
            a.len().cmp(&b.len()).then_with(|| a.cmp(b))
        }
        (true, false) => special("#").cmp(&special(b)),
        (false, true) => special(a).cmp(&special("#")),
        (false, false) => special(a).cmp(&special(b)),
    }
}

/// `version_compare(a, b)`.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (a, b) = (canonical(a), canonical(b));
    for i in 0..a.len().max(b.len()) {
        let ord = match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => part_cmp(x, y),
            // A missing part compares as `#`'s absence: `1.0` < `1.0.1`, but `1.0` > `1.0rc1`.
            (Some(x), None) => {
                if x.bytes().all(|c| c.is_ascii_digit()) {
                    Ordering::Greater
                } else {
                    special(x).cmp(&special("#"))
                }
            }
            (None, Some(y)) => {
                if y.bytes().all(|c| c.is_ascii_digit()) {
                    Ordering::Less
                } else {
                    special("#").cmp(&special(y))
                }
            }
            (None, None) => Ordering::Equal,
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::compare;
    use std::cmp::Ordering::{Equal, Greater, Less};

    #[test]
    fn php_version_compare_vectors() {
        // Each row: a, b, what PHP's version_compare returns.
        for (a, b, want) in [
            ("1.0.0", "1.0.0", Equal),
            ("1.0", "1.0.0", Less),
            ("1.0.1", "1.0.0", Greater),
            ("1.0-dev", "1.0-alpha", Less),
            ("1.0alpha1", "1.0-alpha2", Less),
            ("1.0-beta1", "1.0-alpha9", Greater),
            ("1.0-RC1", "1.0-beta3", Greater),
            ("1.0-rc1", "1.0", Less),
            ("1.0", "1.0-pl1", Less),
            ("1.0-p1", "1.0.0", Greater),
            ("7.4.10", "7.4.9", Greater),
            ("v7.4.0", "7.4.0", Equal),
            ("1.0-foo", "1.0-dev", Less),
            ("1.0.0.0", "1.0.0", Greater),
        ] {
            assert_eq!(compare(a, b), want, "{a} vs {b}");
        }
    }
}
