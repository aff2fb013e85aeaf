//! The parts of a SQL migration that run when it is applied. goose and
//! dbmate keep both directions in one file, each behind a marker comment:
//! `-- +goose Up` / `-- +goose Down`, `-- migrate:up` / `-- migrate:down`.
//! What follows a down marker runs only on rollback, so it is not checked as
//! part of the deployment. A file without markers runs whole.
//!
//! Both tools run a migration in a transaction unless it says otherwise:
//! `-- +goose NO TRANSACTION`, or `transaction:false` after `migrate:up`.

use std::ops::Range;

use memchr::memmem;

/// Which direction a marker line starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
}

/// What of a migration runs when it is applied, and how.
pub(crate) struct Sections {
    /// The byte ranges that run, in order.
    pub up: Vec<Range<usize>>,
    /// Whether the tool runs them in a transaction; `None` for a file
    /// without markers, which the configuration decides.
    pub in_transaction: Option<bool>,
}

/// The byte ranges of `text` that run when the migration is applied, in
/// order: the whole text unless it holds goose or dbmate markers.
pub(crate) fn up_sections(text: &str) -> Sections {
    let bytes = text.as_bytes();
    if memmem::find(bytes, b"+goose").is_none() && memmem::find(bytes, b"migrate:").is_none() {
        return Sections {
            up: std::iter::once(0..text.len()).collect(),
            in_transaction: None,
        };
    }
    let mut sections = Vec::new();
    let mut marked = false;
    let mut in_transaction = true;
    // Before any marker, the file runs (goose refuses statements there; they
    // are checked all the same).
    let mut start = Some(0);
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let found = marker(line);
        marked |= found.is_some();
        if no_transaction(line) {
            in_transaction = false;
        }
        match found {
            Some(Direction::Down) => {
                if let Some(up) = start.take() {
                    sections.push(up..line_start);
                }
            }
            Some(Direction::Up) => {
                if let Some(up) = start.replace(at) {
                    sections.push(up..line_start);
                }
            }
            None => {}
        }
    }
    if let Some(up) = start {
        sections.push(up..text.len());
    }
    sections.retain(|range| !range.is_empty());
    Sections {
        up: sections,
        in_transaction: marked.then_some(in_transaction),
    }
}

/// Whether a line is `-- +goose NO TRANSACTION` or a dbmate `-- migrate:up`
/// with `transaction:false`.
fn no_transaction(line: &str) -> bool {
    let Some(comment) = line.strip_prefix("--").map(str::trim) else {
        return false;
    };
    if let Some(command) = comment.strip_prefix("+goose") {
        return command.trim().eq_ignore_ascii_case("no transaction");
    }
    comment.strip_prefix("migrate:up").is_some_and(|options| {
        options
            .split_whitespace()
            .any(|option| option == "transaction:false")
    })
}

/// The direction a line marks: `-- +goose Up` (any case after `+goose`,
/// as goose reads it) or `-- migrate:up` (dbmate; options may follow). Both
/// tools read a marker only at the start of its line; an indented one is a
/// comment to them, and the statements after it run.
fn marker(line: &str) -> Option<Direction> {
    let comment = line.strip_prefix("--")?.trim();
    if let Some(command) = comment.strip_prefix("+goose") {
        let command = command.trim();
        return if command.eq_ignore_ascii_case("up") {
            Some(Direction::Up)
        } else if command.eq_ignore_ascii_case("down") {
            Some(Direction::Down)
        } else {
            None
        };
    }
    let direction = comment.strip_prefix("migrate:")?;
    let word = direction.split_whitespace().next()?;
    match word {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::up_sections;

    fn up(text: &str) -> Vec<&str> {
        up_sections(text).up.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_tools_run_a_migration_in_a_transaction_unless_it_says_not_to() {
        let mode = |text: &str| up_sections(text).in_transaction;
        assert_eq!(mode("CREATE INDEX CONCURRENTLY i ON t (c);"), None);
        assert_eq!(mode("-- +goose Up\nSELECT 1;"), Some(true));
        assert_eq!(
            mode("-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;"),
            Some(false)
        );
        assert_eq!(mode("-- migrate:up\nSELECT 1;"), Some(true));
        assert_eq!(
            mode("-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\n"),
            Some(false)
        );
    }

    #[test]
    fn only_the_up_part_runs() {
        assert_eq!(up("SELECT 1;"), ["SELECT 1;"]);
        assert_eq!(
            up("-- +goose Up\nALTER TABLE t ADD c int;\n-- +goose Down\nALTER TABLE t DROP c;\n"),
            ["ALTER TABLE t ADD c int;\n"]
        );
        assert_eq!(
            up(
                "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n\n-- migrate:down\nDROP INDEX i;\n"
            ),
            ["CREATE INDEX CONCURRENTLY i ON t (c);\n\n"]
        );
        // goose reads its commands in any case; a statement before the first
        // marker is checked too.
        assert_eq!(
            up("SELECT 0;\n--  +goose DOWN\nDROP TABLE t;\n-- +goose up\nSELECT 2;"),
            ["SELECT 0;\n", "SELECT 2;"]
        );
        // Other goose annotations, and markers in the middle of a line, are
        // no direction.
        assert_eq!(
            up(
                "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose StatementEnd\nSELECT '-- +goose Down';\n"
            ),
            [
                "-- +goose StatementBegin\nSELECT 1;\n-- +goose StatementEnd\nSELECT '-- +goose Down';\n"
            ]
        );
        assert_eq!(
            up("-- +goose Up\n-- +goose Down\nDROP TABLE t;"),
            Vec::<&str>::new()
        );
        // dbmate and goose read a marker at the start of its line only.
        assert_eq!(
            up("-- migrate:up\nSELECT 1;\n  -- migrate:down\nDROP TABLE users;\n"),
            ["SELECT 1;\n  -- migrate:down\nDROP TABLE users;\n"]
        );
    }

    /// The rules see the up part only, at its place in the file.
    #[test]
    fn rules_check_the_up_part_where_it_is() {
        use crate::testing::{count, pg};
        // goose runs the file in a transaction, where CONCURRENTLY fails.
        let index = "CREATE INDEX CONCURRENTLY i ON t (c);\n";
        let wrapped = pg(&format!("-- +goose Up\n{index}"));
        assert_eq!(count("concurrently-in-transaction", &wrapped), 1);
        let alone = pg(&format!("-- +goose NO TRANSACTION\n-- +goose Up\n{index}"));
        assert_eq!(count("concurrently-in-transaction", &alone), 0);
        let down_drops =
            pg("-- +goose Up\nALTER TABLE t ADD c int;\n-- +goose Down\nDROP TABLE t;\n");
        assert_eq!(count("dropping-table", &down_drops), 0);
        let up_drops = pg("-- +goose Down\nSELECT 1;\n-- +goose Up\nDROP TABLE t;\n");
        let dropped: Vec<_> = up_drops
            .iter()
            .filter(|f| f.rule == "dropping-table")
            .collect();
        assert_eq!(dropped.len(), 1);
        assert_eq!(dropped[0].location.line, 4);
    }
}
