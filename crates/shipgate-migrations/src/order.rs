//! Migration order: the order the files are applied in, which the rules
//! follow (the schema each statement meets is built by the files before it).
//!
//! Files are applied in the order of their paths, digit runs compared as
//! numbers (diesel's `<timestamp>_<name>/up.sql`, golang-migrate's
//! `<version>_<name>.up.sql`, Laravel's `<date>_<name>.php`). Flyway
//! applies versioned migrations (`V<version>__<description>.sql`) by
//! version, wherever they are in its locations, then repeatable ones
//! (`R__<description>.sql`) by description: Flyway's files keep the places
//! path order gives them, and are put in Flyway's order among themselves.

use crate::changeset::LoweredFile;

/// Sorts `files` into migration order.
pub(crate) fn sort(files: &mut [LoweredFile]) {
    let order = order(files.iter().map(|f| f.display.as_str()));
    apply_order(files, &order);
}

/// The migration order of the files shown as `displays`: the index of the
/// file applied first, then of the second, and so on. It depends on the
/// paths alone, so it is known before any file is read.
pub(crate) fn order<'a>(displays: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let displays: Vec<&str> = displays.collect();
    let mut by_path: Vec<usize> = (0..displays.len()).collect();
    by_path.sort_by(|&a, &b| natural_cmp(displays[a], displays[b]));
    let mut flyway: Vec<(FlywayKey, usize)> = by_path
        .iter()
        .enumerate()
        .filter_map(|(slot, &i)| flyway_key(displays[i]).map(|key| (key, slot)))
        .collect();
    let slots: Vec<usize> = flyway.iter().map(|(_, slot)| *slot).collect();
    // Path order breaks ties (`V1__a.sql` in two folders).
    flyway.sort_by(|(a, _), (b, _)| a.cmp(b));
    let mut order = by_path.clone();
    for (slot, (_, from)) in slots.into_iter().zip(flyway) {
        order[slot] = by_path[from];
    }
    order
}

/// Puts `files[order[k]]` at position `k`.
fn apply_order(files: &mut [LoweredFile], order: &[usize]) {
    // `position[i]`: where the file now at `i` must go.
    let mut position = vec![0; order.len()];
    for (k, &i) in order.iter().enumerate() {
        position[i] = k;
    }
    for i in 0..files.len() {
        while position[i] != i {
            let j = position[i];
            files.swap(i, j);
            position.swap(i, j);
        }
    }
}

/// A Flyway file's place: versioned files by version, then repeatable ones
/// by description.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FlywayKey {
    /// `V1.2__x.sql`: its parts as numbers of any size, each its digit
    /// count and its digits without leading zeros.
    Versioned(Vec<(usize, String)>),
    /// `R__x.sql`: its description, `x`.
    Repeatable(String),
}

/// The Flyway key of the file shown as `display`, or `None` when its name is
/// not a Flyway migration's.
fn flyway_key(display: &str) -> Option<FlywayKey> {
    let name = display.rsplit('/').next()?;
    if let Some(rest) = name.strip_prefix("R__") {
        let description = rest.rsplit_once('.').map_or(rest, |(d, _)| d);
        return Some(FlywayKey::Repeatable(description.to_owned()));
    }
    let (version, _) = name.strip_prefix('V')?.split_once("__")?;
    let mut parts: Vec<(usize, String)> = version
        .split(['.', '_'])
        .map(|part| {
            (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())).then(|| {
                let digits = part.trim_start_matches('0');
                (digits.len(), digits.to_owned())
            })
        })
        .collect::<Option<_>>()?;
    // `V1.0` is `V1`, as Flyway reads it.
    while parts.len() > 1 && parts.last().is_some_and(|(len, _)| *len == 0) {
        parts.pop();
    }
    Some(FlywayKey::Versioned(parts))
}

/// Orders `V2__a.sql` before `V10__b.sql`: digit runs compare as numbers.
fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, _) => return std::cmp::Ordering::Less,
            (_, None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let na = std::str::from_utf8(&a[..da])
                    .unwrap_or("0")
                    .trim_start_matches('0');
                let nb = std::str::from_utf8(&b[..db])
                    .unwrap_or("0")
                    .trim_start_matches('0');
                let ord = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if ord != std::cmp::Ordering::Equal {
                    return ord;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering;

    use super::{flyway_key, natural_cmp, sort};
    use crate::changeset::LoweredFile;
    use crate::frontend::{FileIr, SourceKind};
    use crate::source::LineIndex;

    fn file(display: &str) -> LoweredFile {
        LoweredFile {
            display: display.to_owned(),
            checked: true,
            text: String::new(),
            lines: LineIndex::new(b""),
            ir: FileIr::new(SourceKind::Sql),
            unreadable: None,
            suppressions: Vec::new(),
        }
    }

    fn sorted(paths: &[&str]) -> Vec<String> {
        let mut files: Vec<LoweredFile> = paths.iter().map(|p| file(p)).collect();
        sort(&mut files);
        files.into_iter().map(|f| f.display).collect()
    }

    #[test]
    fn natural_order() {
        assert_eq!(natural_cmp("V2__a.sql", "V10__b.sql"), Ordering::Less);
        assert_eq!(
            natural_cmp("2024_01_01_x.php", "2024_01_02_a.php"),
            Ordering::Less
        );
        assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
    }

    #[test]
    fn flyway_files_go_by_version_wherever_they_are() {
        assert_eq!(
            sorted(&[
                "db/V3__widen.sql",
                "db/sub/V2__to_int.sql",
                "db/V1__create.sql",
                "db/R__views.sql",
                "db/V1.1__seed.sql",
                "db/V10__later.sql",
            ]),
            [
                "db/V1__create.sql",
                "db/V1.1__seed.sql",
                "db/sub/V2__to_int.sql",
                "db/V3__widen.sql",
                "db/V10__later.sql",
                "db/R__views.sql",
            ]
        );
        assert_eq!(flyway_key("V1.0__a.sql"), flyway_key("V1__b.sql"));
        assert_eq!(flyway_key("V1a__x.sql"), None);
        assert_eq!(flyway_key("V__x.sql"), None);
        assert_eq!(flyway_key("V+1__x.sql"), None);
        // Versions past 64 bits, and descriptions without their suffix.
        assert_eq!(
            sorted(&[
                "db/V123456789012345678901234__big.sql",
                "db/V99__small.sql",
                "db/R__a.sql",
                "db/R__a-b.sql",
            ]),
            [
                "db/V99__small.sql",
                "db/V123456789012345678901234__big.sql",
                "db/R__a.sql",
                "db/R__a-b.sql",
            ]
        );
    }

    #[test]
    fn other_layouts_go_by_path() {
        // diesel: one folder per migration, each `up.sql`.
        assert_eq!(
            sorted(&[
                "migrations/2020-01-02-000000_b/up.sql",
                "migrations/2019-12-31-000000_a/up.sql",
            ]),
            [
                "migrations/2019-12-31-000000_a/up.sql",
                "migrations/2020-01-02-000000_b/up.sql",
            ]
        );
        // A file that is not Flyway's keeps its place in path order; the
        // Flyway files around it are still in version order.
        assert_eq!(
            sorted(&[
                "db/sub/V2__b.sql",
                "db/V3__c.sql",
                "db/001_init.sql",
                "db/afterMigrate.sql"
            ]),
            [
                "db/001_init.sql",
                "db/sub/V2__b.sql",
                "db/afterMigrate.sql",
                "db/V3__c.sql"
            ]
        );
    }
}
