//! Statements that change no table's columns or rows but lock an existing
//! relation while they run, read from their words: triggers created, dropped
//! or renamed on a table, views dropped or replaced, sequences renamed.
//!
//! What PostgreSQL takes (its "Explicit Locking" page and each command's
//! page): `CREATE TRIGGER` a `SHARE ROW EXCLUSIVE` lock on the table, which
//! blocks writes; `DROP TRIGGER`, `ALTER TRIGGER ... RENAME` and `DROP VIEW` /
//! `CREATE OR REPLACE VIEW` an `ACCESS EXCLUSIVE` lock on the table or view,
//! which blocks reads too. MySQL and MariaDB take an exclusive metadata lock
//! for the same statements.

use super::fallback::Word;
use super::text::normalize_name;
use crate::ir::OpKind;

/// The operations of `CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON
/// table`, `DROP TRIGGER [IF EXISTS] name ON table`, `ALTER TRIGGER name ON
/// table ...`, `DROP [MATERIALIZED] VIEW [IF EXISTS] v, ...` and `CREATE OR
/// REPLACE VIEW v`; `None` for any other statement, and for a trigger whose
/// table is not named (MySQL's `DROP TRIGGER name`).
pub(crate) fn lock_only(w: &[Word<'_>]) -> Option<Vec<OpKind>> {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let replace = kw(0) == "CREATE" && kw(1) == "OR" && kw(2) == "REPLACE";
    let mut object = if replace { 3 } else { 1 };
    while matches!(
        kw(object),
        "CONSTRAINT" | "TEMP" | "TEMPORARY" | "RECURSIVE"
    ) {
        object += 1;
    }
    match (kw(0), kw(object)) {
        ("CREATE" | "DROP" | "ALTER", "TRIGGER") => {
            let table = after_on(w, object + 1)?;
            let statement = format!("{} TRIGGER", kw(0));
            let reads_blocked = kw(0) != "CREATE";
            Some(vec![OpKind::LockOnly {
                table,
                statement,
                reads_blocked,
            }])
        }
        ("DROP", "VIEW") => Some(views(w, object + 1, "DROP VIEW")),
        ("DROP", "MATERIALIZED") if kw(object + 1) == "VIEW" => {
            Some(views(w, object + 2, "DROP MATERIALIZED VIEW"))
        }
        // Renaming a sequence blocks every insert that draws from it.
        ("ALTER", "SEQUENCE") if w.iter().any(|w| w.upper == "RENAME") => {
            let mut name = object + 1;
            if kw(name) == "IF" {
                name += 2;
            }
            let table = w.get(name).map(|w| normalize_name(w.raw))?;
            Some(vec![OpKind::LockOnly {
                table,
                statement: "ALTER SEQUENCE ... RENAME".to_owned(),
                reads_blocked: true,
            }])
        }
        ("CREATE", "VIEW") if replace => {
            let table = w.get(object + 1).map(|w| normalize_name(w.raw))?;
            let statement = "CREATE OR REPLACE VIEW".to_owned();
            Some(vec![OpKind::LockOnly {
                table,
                statement,
                reads_blocked: true,
            }])
        }
        _ => None,
    }
}

/// The table named after the first `ON` from `from` on.
fn after_on(w: &[Word<'_>], from: usize) -> Option<String> {
    let on = w.iter().skip(from).position(|w| w.upper == "ON")? + from;
    let mut name = on + 1;
    if w.get(name).is_some_and(|w| w.upper == "ONLY") {
        name += 1;
    }
    w.get(name)
        .filter(|w| {
            w.raw
                .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '_' | '"' | '`'))
        })
        .map(|w| normalize_name(w.raw))
}

/// The views of a `DROP VIEW` list starting at `from`, after `IF EXISTS`.
fn views(w: &[Word<'_>], mut from: usize, statement: &str) -> Vec<OpKind> {
    if w.get(from).is_some_and(|w| w.upper == "IF") {
        from += 2;
    }
    let mut out = Vec::new();
    let mut expect_name = true;
    for word in w.iter().skip(from) {
        match word.upper.as_str() {
            "," => expect_name = true,
            _ if expect_name => {
                out.push(OpKind::LockOnly {
                    table: normalize_name(word.raw),
                    statement: statement.to_owned(),
                    reads_blocked: true,
                });
                expect_name = false;
            }
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::fallback::words;
    use super::*;

    fn locked(sql: &str) -> Option<Vec<(String, String)>> {
        lock_only(&words(sql, 64)).map(|ops| {
            ops.into_iter()
                .map(|op| match op {
                    OpKind::LockOnly {
                        table, statement, ..
                    } => (table, statement),
                    other => panic!("{other:?}"),
                })
                .collect()
        })
    }

    #[allow(clippy::unnecessary_wraps)] // compared with `locked`'s answer
    fn one(table: &str, statement: &str) -> Option<Vec<(String, String)>> {
        Some(vec![(table.to_owned(), statement.to_owned())])
    }

    #[test]
    fn triggers_lock_their_table() {
        assert_eq!(
            locked(
                "CREATE TRIGGER audit AFTER INSERT OR UPDATE ON public.transactions FOR EACH ROW EXECUTE FUNCTION f()"
            ),
            one("transactions", "CREATE TRIGGER")
        );
        assert_eq!(
            locked(
                "CREATE OR REPLACE CONSTRAINT TRIGGER t AFTER DELETE ON ONLY payments FOR EACH ROW EXECUTE PROCEDURE f()"
            ),
            one("payments", "CREATE TRIGGER")
        );
        assert_eq!(
            locked("DROP TRIGGER IF EXISTS refresh_post_like ON post_like;"),
            one("post_like", "DROP TRIGGER")
        );
        assert_eq!(
            locked("ALTER TRIGGER a ON person RENAME TO b"),
            one("person", "ALTER TRIGGER")
        );
        // MySQL's trigger statements without ON name no table.
        assert_eq!(locked("DROP TRIGGER IF EXISTS audit"), None);
    }

    #[test]
    fn dropped_and_replaced_views_are_locked() {
        assert_eq!(
            locked("DROP VIEW IF EXISTS a, public.b CASCADE"),
            Some(vec![
                ("a".into(), "DROP VIEW".into()),
                ("b".into(), "DROP VIEW".into())
            ])
        );
        assert_eq!(
            locked("DROP MATERIALIZED VIEW post_view"),
            one("post_view", "DROP MATERIALIZED VIEW")
        );
        assert_eq!(
            locked("CREATE OR REPLACE VIEW balances AS SELECT 1"),
            one("balances", "CREATE OR REPLACE VIEW")
        );
    }

    #[test]
    fn renamed_sequences_are_locked() {
        assert_eq!(
            locked("ALTER SEQUENCE IF EXISTS public.user__id_seq RENAME TO person_id_seq"),
            one("user__id_seq", "ALTER SEQUENCE ... RENAME")
        );
        assert_eq!(
            locked("ALTER SEQUENCE payments_id_seq RESTART WITH 10"),
            None
        );
    }

    #[test]
    fn other_statements_are_not_lock_only() {
        assert_eq!(locked("CREATE VIEW balances AS SELECT 1"), None);
        assert_eq!(
            locked("CREATE FUNCTION f() RETURNS trigger AS $$ x $$"),
            None
        );
        assert_eq!(locked("DROP TABLE t"), None);
        assert_eq!(locked("ALTER TABLE t ADD COLUMN c int"), None);
    }
}
