//! Version ordering, by each ecosystem's own rules.

mod pep440;
mod php;
mod semver;

use std::cmp::Ordering;

pub use pep440::compare as compare_pep440;
pub use php::compare as compare_php;
pub use semver::compare as compare_semver;

/// Compares two versions of `ecosystem` (an OSV ecosystem name).
pub fn compare(ecosystem: &str, a: &str, b: &str) -> Ordering {
    match ecosystem {
        "Packagist" => php::compare(a, b),
        "PyPI" => pep440::compare(a, b),
        _ => semver::compare(a, b),
    }
}
