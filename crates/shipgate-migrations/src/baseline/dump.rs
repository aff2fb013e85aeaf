//! Reads a schema dump (`pg_dump --schema-only`, `mysqldump --no-data`, or a
//! shipgate snapshot) with the SQL front end into a [`Schema`].

use shipgate_config::Dialect;

use super::BaselineError;
use crate::frontend::{FileIr, SourceKind};
use crate::ir::OpKind;
use crate::schema::Schema;
use crate::source::LineIndex;

/// How far into the file the dialect markers are looked for.
const HEADER_BYTES: usize = 4096;

/// The marker of a `-- shipgate:rows TABLE ROWS` line.
const ROWS: &str = "-- shipgate:rows";

/// Reads `text`, the contents of `label`, as a `dialect` schema.
pub(super) fn read(
    text: &str,
    label: &str,
    dialect: Dialect,
    max_statement: usize,
) -> Result<Schema, BaselineError> {
    if let Some(found) = dialect_of(text)
        && !compatible(found, dialect)
    {
        return Err(BaselineError::WrongDialect {
            source_name: label.to_owned(),
            found: found.as_str(),
            expected: dialect.as_str(),
        });
    }
    let text = without_meta_commands(text);
    let mut ir = FileIr::new(SourceKind::Sql);
    crate::sql::lower_sql(&text, 0, dialect, max_statement, &mut ir);
    let lines = LineIndex::new(text.as_bytes());
    if let Some(problem) = ir.problems.first() {
        return Err(BaselineError::Unparseable {
            path: label.to_owned(),
            line: lines.line(problem.span.start),
            message: problem.message.clone(),
        });
    }
    let mut schema = Schema::default();
    // A dump's `DROP TABLE IF EXISTS` (mysqldump's default, `pg_dump
    // --clean`) clears the way for the `CREATE` after it; read as a drop, a
    // second database's drop would take the first's table of that name.
    // A default or a `NOT NULL` proof added after the tables (pg_dump's
    // `ALTER TABLE ONLY s.t ...`) to a name two schemas share holds for one
    // of them only: it is not kept.
    let mut namesakes = std::collections::HashSet::new();
    for op in ir
        .ops
        .iter()
        .filter(|op| !matches!(op.kind, OpKind::DropTable { .. } | OpKind::DropIndex { .. }))
    {
        let one_of_two = match &op.kind {
            OpKind::SetDefault { table, .. }
            | OpKind::AddConstraint {
                table,
                not_null_column: Some(_),
                ..
            } => namesakes.contains(table),
            _ => false,
        };
        if one_of_two {
            continue;
        }
        if schema.apply_namesake(&op.kind)
            && let Some(table) = op.kind.table()
        {
            namesakes.insert(table.to_owned());
        }
    }
    read_rows(&text, label, &mut schema)?;
    Ok(schema)
}

/// Whether a source of dialect `found` may stand for `expected`'s server.
fn compatible(found: Dialect, expected: Dialect) -> bool {
    found == expected
}

/// The dialect a dump says it is, from the header its tool writes.
pub(super) fn dialect_of(text: &str) -> Option<Dialect> {
    let mut end = text.len().min(HEADER_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    for dialect in [Dialect::Postgres, Dialect::Mysql, Dialect::Mariadb] {
        if head.contains(&format!(
            "-- shipgate schema snapshot ({})",
            dialect.as_str()
        )) {
            return Some(dialect);
        }
    }
    if head.contains("-- PostgreSQL database dump") {
        return Some(Dialect::Postgres);
    }
    if head.contains("-- MySQL dump") || head.contains("-- MariaDB dump") {
        // The header names the client; the server is on its own line.
        let server = head
            .lines()
            .find(|l| l.starts_with("-- Server version"))
            .unwrap_or("");
        return Some(if server.contains("MariaDB") {
            Dialect::Mariadb
        } else {
            Dialect::Mysql
        });
    }
    None
}

/// `text` with psql meta-commands (`\restrict KEY`, `\connect db`, lines
/// that start with a backslash) blanked out, byte for byte, so offsets and
/// line numbers stay those of the file.
fn without_meta_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.starts_with('\\') {
            let body = line.trim_end_matches(['\n', '\r']);
            out.extend(std::iter::repeat_n(' ', body.len()));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Applies the `-- shipgate:rows TABLE ROWS` lines.
fn read_rows(text: &str, label: &str, schema: &mut Schema) -> Result<(), BaselineError> {
    for (index, line) in text.split('\n').enumerate() {
        let Some(rest) = line.trim_end_matches('\r').strip_prefix(ROWS) else {
            continue;
        };
        let bad = || BaselineError::BadRows {
            path: label.to_owned(),
            line: index + 1,
            text: line.trim().chars().take(200).collect(),
        };
        let mut words = rest.split_whitespace();
        let (Some(table), Some(rows), None) = (words.next(), words.next(), words.next()) else {
            return Err(bad());
        };
        let rows: u64 = rows.replace('_', "").parse().map_err(|_| bad())?;
        let table = crate::sql::text::normalize_name(table);
        if table.is_empty() {
            return Err(bad());
        }
        schema.set_rows_at_least(&table, rows);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use shipgate_config::Dialect;

    use super::read;
    use crate::baseline::BaselineError;

    #[test]
    fn a_snapshot_gives_types_indexes_and_sizes() {
        let text = "-- shipgate schema snapshot (postgres)\n\\restrict abc\nCREATE TABLE public.ledger_entries (id bigint NOT NULL, remittance_info character varying(35));\nCREATE UNIQUE INDEX ledger_entries_pkey ON public.ledger_entries USING btree (id);\n-- shipgate:rows public.ledger_entries 312000000\n";
        let schema = read(text, "s.sql", Dialect::Postgres, 1 << 20).unwrap();
        assert_eq!(
            schema
                .column_type("ledger_entries", "remittance_info")
                .unwrap()
                .to_string(),
            "varchar(35)"
        );
        assert_eq!(schema.rows("ledger_entries"), Some(312_000_000));
        assert!(schema.has_index("ledger_entries", "ledger_entries_pkey"));
        assert_eq!(schema.column_not_null("ledger_entries", "id"), Some(true));
    }

    #[test]
    fn tables_of_one_name_in_two_schemas_keep_what_holds_for_both() {
        // `payments` in two schemas: a migration's `payments` may be either.
        let text = "-- shipgate schema snapshot (postgres)\n-- shipgate:rows public.payments 1200\n-- shipgate:rows archive.payments 340000000\nCREATE TABLE public.payments (id bigint NOT NULL, memo character varying(35), amount bigint NOT NULL, CONSTRAINT payments_amount_nn CHECK ((amount IS NOT NULL)));\nCREATE TABLE archive.payments (id bigint NOT NULL, memo integer, amount bigint);\n";
        let schema = read(text, "s.sql", Dialect::Postgres, 1 << 20).unwrap();
        assert_eq!(schema.rows("payments"), Some(340_000_000));
        assert_eq!(
            schema.column_type("payments", "memo").unwrap().to_string(),
            "varchar(35) | int"
        );
        assert_eq!(
            schema.column_type("payments", "id").unwrap().to_string(),
            "bigint"
        );
        assert_eq!(schema.column_not_null("payments", "id"), Some(true));
        assert_eq!(schema.column_not_null("payments", "amount"), Some(false));
        assert!(!schema.not_null_proven("payments", "amount"));
        // A column one of them lacks proves nothing either.
        let lacking = text.replace("memo integer, amount bigint", "amount bigint");
        let schema = read(&lacking, "s.sql", Dialect::Postgres, 1 << 20).unwrap();
        assert_eq!(
            schema.column_type("payments", "memo").unwrap().to_string(),
            "varchar(35) | absent"
        );
        // A proof or default pg_dump adds after the tables holds for one of them only.
        let after = format!(
            "{text}ALTER TABLE ONLY archive.payments ADD CONSTRAINT a_nn CHECK ((amount IS NOT NULL));\nALTER TABLE ONLY archive.payments ALTER COLUMN id SET DEFAULT 0;\n"
        );
        let schema = read(&after, "s.sql", Dialect::Postgres, 1 << 20).unwrap();
        assert!(!schema.not_null_proven("payments", "amount"));
        assert!(!schema.has_default("payments", "id"));
        // Alone, the public table keeps its proof, its types and its size.
        let public = text.replace("CREATE TABLE archive", "-- ");
        let public = public.replace("-- shipgate:rows archive.payments 340000000\n", "");
        let schema = read(&public, "s.sql", Dialect::Postgres, 1 << 20).unwrap();
        assert_eq!(schema.rows("payments"), Some(1200));
        assert!(schema.not_null_proven("payments", "amount"));
    }

    #[test]
    fn a_dumps_drops_clear_the_way_and_remove_nothing() {
        // `mysqldump --databases a b`: each CREATE is preceded by a DROP.
        let text = "-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB\n-- Server version\t10.11.19-MariaDB\nUSE `a`;\nDROP TABLE IF EXISTS `ledger`;\nCREATE TABLE `ledger` (`id` bigint NOT NULL, `note` varchar(20));\nUSE `b`;\nDROP TABLE IF EXISTS `ledger`;\nCREATE TABLE `ledger` (`id` bigint NOT NULL, `ref` int);\n";
        let schema = read(text, "d.sql", Dialect::Mariadb, 1 << 20).unwrap();
        assert_eq!(
            schema.column_type("ledger", "note").unwrap().to_string(),
            "varchar(20) | absent"
        );
        assert_eq!(
            schema.column_type("ledger", "ref").unwrap().to_string(),
            "absent | int"
        );
    }

    #[test]
    fn bad_sizes_wrong_dialects_and_unparseable_statements_are_errors() {
        let err = read(
            "-- shipgate:rows t lots\n",
            "s.sql",
            Dialect::Postgres,
            1 << 20,
        )
        .unwrap_err();
        assert!(
            matches!(err, BaselineError::BadRows { line: 1, .. }),
            "{err}"
        );
        let err = read(
            "-- shipgate:rows t 1 2\n",
            "s.sql",
            Dialect::Postgres,
            1 << 20,
        )
        .unwrap_err();
        assert!(matches!(err, BaselineError::BadRows { .. }), "{err}");
        let mysql = "-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB\n-- Server version\t10.11.19-MariaDB\nCREATE TABLE t (a int);\n";
        let err = read(mysql, "d.sql", Dialect::Postgres, 1 << 20).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`d.sql` is a mariadb schema, but the migrations are checked as postgres"
        );
        let err = read(mysql, "d.sql", Dialect::Mysql, 1 << 20).unwrap_err();
        assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");
        assert!(read(mysql, "d.sql", Dialect::Mariadb, 1 << 20).is_ok());
        let pg = "--\n-- PostgreSQL database dump\n--\nCREATE TABLE t (a int);\n";
        let err = read(pg, "d.sql", Dialect::Mysql, 1 << 20).unwrap_err();
        assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");
        let err = read(
            "CREATE TABLE t (a int);\n\nCREATE TABLE (;\n",
            "d.sql",
            Dialect::Postgres,
            1 << 20,
        )
        .unwrap_err();
        assert!(
            matches!(err, BaselineError::Unparseable { line: 3, .. }),
            "{err}"
        );
    }
}
