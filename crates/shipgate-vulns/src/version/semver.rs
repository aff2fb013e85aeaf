//! Semantic Versioning 2.0.0 precedence (npm, crates.io): major.minor.patch,
//! a pre-release sorts before its release, identifiers compare numerically
//! when numeric, build metadata is ignored. Loose input (`v1.2`, `1.2.3.4`) is
//! padded or compared part by part rather than rejected.

use std::cmp::Ordering;

fn split(v: &str) -> (Vec<&str>, Option<&str>) {
    let v = v.trim().trim_start_matches(['v', '=']);
    let v = v.split('+').next().unwrap_or(v);
    match v.split_once('-') {
        Some((core, pre)) => (core.split('.').collect(), Some(pre)),
        None => (v.split('.').collect(), None),
    }
}

fn ident_cmp(a: &str, b: &str) -> Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

/// Compares two versions by semver precedence.
pub fn compare(a: &str, b: &str) -> Ordering {
    let ((ac, ap), (bc, bp)) = (split(a), split(b));
    for i in 0..ac.len().max(bc.len()).max(3) {
        let x = ac.get(i).copied().unwrap_or("0");
        let y = bc.get(i).copied().unwrap_or("0");
        let ord = ident_cmp(x, y);
        if ord != Ordering::Equal {
            return ord;
        }
    }
    match (ap, bp) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            let (xs, ys): (Vec<&str>, Vec<&str>) = (x.split('.').collect(), y.split('.').collect());
            for (p, q) in xs.iter().zip(&ys) {
                let ord = ident_cmp(p, q);
                if ord != Ordering::Equal {
                    return ord;
                }
            }
            xs.len().cmp(&ys.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use std::cmp::Ordering::{Equal, Greater, Less};

    #[test]
    fn semver_precedence_from_the_spec() {
        // SemVer 2.0.0 §11: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta
        // < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0.
        let order = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
        ];
        for w in order.windows(2) {
            assert_eq!(compare(w[0], w[1]), Less, "{} < {}", w[0], w[1]);
        }
        assert_eq!(compare("1.0.0+build.5", "1.0.0"), Equal);
        assert_eq!(compare("2.10.0", "2.9.9"), Greater);
        assert_eq!(compare("0.10.55", "0.10.48"), Greater);
        assert_eq!(compare("v1.2", "1.2.0"), Equal);
    }
}
