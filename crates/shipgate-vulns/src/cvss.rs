//! CVSS base scores from vectors, for tools that give only a vector (cargo
//! audit, OSV). Both v3.0/v3.1 (FIRST CVSS v3.1 specification §7, with the
//! v3.0 rounding for `CVSS:3.0/` vectors) and v4.0 (the specification's
//! `MacroVector` scoring) are computed by RustSec's `cvss` crate.

use std::str::FromStr as _;

/// The base score of a CVSS v3.x or v4.0 vector, or `None` if it is neither.
pub fn base_score(vector: &str) -> Option<f64> {
    let vector = vector.trim();
    if vector.starts_with("CVSS:4.0/") {
        return cvss::v4::Vector::from_str(vector)
            .ok()
            .map(|v| v.score().value());
    }
    base_score_v3(vector)
}

/// The base score of a `CVSS:3.x/AV:N/AC:L/...` vector, or `None` if it is
/// not one, or lacks one of the eight base metrics (a vector with a metric
/// missing has no base score; it is not scored as if the metric were zero).
pub fn base_score_v3(vector: &str) -> Option<f64> {
    if !(vector.starts_with("CVSS:3.1/") || vector.starts_with("CVSS:3.0/")) {
        return None;
    }
    let v = cvss::v3::Vector::from_str(vector).ok()?;
    let complete = v.av.is_some()
        && v.ac.is_some()
        && v.pr.is_some()
        && v.ui.is_some()
        && v.s.is_some()
        && v.c.is_some()
        && v.i.is_some()
        && v.a.is_some();
    complete.then(|| v.base_score().value())
}

#[cfg(test)]
mod tests {
    use super::base_score_v3;

    #[test]
    fn known_scores() {
        // Published NVD scores.
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            Some(9.8)
        );
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
            Some(10.0)
        );
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"),
            Some(6.1)
        );
        assert_eq!(
            base_score_v3("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"),
            Some(5.9)
        );
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:N"),
            Some(0.0)
        );
        // More published NVD scores: CVE-2014-0160, CVE-2023-4911, a stored
        // XSS, a CSRF, a drive-by, an authenticated read, physical access.
        for (vector, score) in [
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5),
            ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
            ("CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N", 5.4),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:L/A:N", 4.3),
            ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 8.8),
            ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", 6.5),
            ("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8),
            ("CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 2.0),
        ] {
            assert_eq!(base_score_v3(vector), Some(score), "{vector}");
        }
        // Temporal and environmental metrics do not change the base score.
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U"),
            Some(9.8)
        );
        // A vector missing a base metric has no base score.
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"),
            None
        );
        assert_eq!(base_score_v3("CVSS:3.1/AV:N"), None);
        assert_eq!(base_score_v3("CVSS:3.1/"), None);
        assert_eq!(base_score_v3("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), None);
        assert_eq!(base_score_v3("CVSS:2.0/AV:N"), None);
        assert_eq!(
            base_score_v3("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            None
        );
    }

    #[test]
    fn v4_vectors_are_scored() {
        use super::base_score;
        assert_eq!(
            base_score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"),
            Some(10.0)
        );
        assert_eq!(
            base_score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N"),
            Some(6.9)
        );
        assert_eq!(
            base_score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"),
            Some(0.0)
        );
        assert_eq!(
            base_score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            Some(9.8)
        );
        assert_eq!(base_score("CVSS:4.0/AV:Q"), None);
    }
}
