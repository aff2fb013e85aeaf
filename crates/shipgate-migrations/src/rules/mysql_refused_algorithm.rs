use crate::ir::{Op, OpKind};
use crate::online_ddl::{classify, refused_clause};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a MySQL or MariaDB statement that asks for `ALGORITHM=INSTANT`,
    /// `ALGORITHM=INPLACE` or `LOCK=NONE` (Laravel: `->instant()`,
    /// `->lock('none')`) for an operation the configured server cannot do
    /// that way, by shipgate's online DDL table (`docs/mysql-online-ddl.md`):
    /// `INSTANT` for an operation that is not instant on that version,
    /// `INPLACE` for one the server copies, `LOCK=NONE` for one that needs a
    /// lock (a copy, a column type change, a table's first `FULLTEXT` index)
    /// or with `ALGORITHM=COPY`. The table's size does not matter: the server
    /// refuses the clause on an empty table too.
    ///
    /// ## Why is this bad?
    /// The server refuses the statement (error 1846, "... is not
    /// supported"), and MySQL DDL is not transactional: the migration stops
    /// part-way through the deploy, with the statements before it applied.
    /// The clause kept the table from being blocked, but the release does not
    /// ship.
    ///
    /// ## Example
    /// ```sql
    /// -- db_version = "5.7"
    /// ALTER TABLE transactions ADD COLUMN note VARCHAR(64), ALGORITHM=INSTANT;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- the rebuild through an online schema-change tool (gh-ost,
    /// -- pt-online-schema-change), or on a server that adds the column
    /// -- instantly (MySQL 8.0.12 or later)
    /// ```
    pub struct MysqlRefusedAlgorithm {
        id: "mysql-refused-algorithm",
        severity: Error,
        summary: "ALGORITHM= or LOCK= clause that MySQL or MariaDB refuses for the operation",
    }
}
impl_rule!(MysqlRefusedAlgorithm, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.mysql() || !op.hints.forbids_blocking() {
        return;
    }
    let Some(table) = op.kind.table() else {
        return;
    };
    if assumed(op, cx) {
        return;
    }
    let Some(found) = classify(op, &cx.ddl_facts()) else {
        return;
    };
    let Some(clause) = refused_clause(&op.hints, found.lookup.verdict()) else {
        return;
    };
    out.push(Violation::new(
        op,
        format!(
            "on `{table}`: {}; the statement asks for {clause}, which the server refuses, so the migration stops part-way",
            found.describe(cx.version)
        ),
        format!(
            "remove `{clause}` and make the change the way the server can (an online schema-change tool such as gh-ost or pt-online-schema-change for a copy or a rebuild); if production runs a newer version, set `[migrations] db_version`"
        ),
    ));
}

/// Whether the online DDL table's verdict would rest on an assumption, not
/// on what the migrations say: a type change whose current type is not
/// known (judged a copy), or a `VARCHAR` length change, judged for utf8mb4
/// because the character set is not tracked. A refusal is claimed only
/// where the verdict is known; `changing-column-type` reports the rest.
fn assumed(op: &Op, cx: &Context<'_>) -> bool {
    let OpKind::AlterColumnType {
        table,
        column,
        from,
        to,
        ..
    } = &op.kind
    else {
        return false;
    };
    match from.as_ref().or_else(|| cx.schema.column_type(table, column)) {
        None => true,
        Some(old) => old != to && old.name == "varchar" && to.name == "varchar",
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, files_at, laravel, laravel_at, mariadb_at, mysql, mysql_at, pg};
    use shipgate_config::Dialect;

    const ID: &str = "mysql-refused-algorithm";
    const BLOCKING: &str = "mysql-blocking-alter";

    #[test]
    fn instant_where_the_version_has_no_instant_change() {
        let sql = "ALTER TABLE transactions ADD COLUMN note VARCHAR(64), ALGORITHM=INSTANT;";
        let old = mysql_at("5.7", sql);
        assert_eq!(count(ID, &old), 1);
        let message = &old.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("on MySQL 5.7"), "{message}");
        assert!(message.contains("asks for ALGORITHM=INSTANT, which the server refuses"), "{message}");
        // The refused statement blocks nothing: one finding, not two.
        assert_eq!(count(BLOCKING, &old), 0);
        // From 8.0.12 the column is added instantly, as asked.
        assert_eq!(count(ID, &mysql_at("8.0.12", sql)), 0);
        assert_eq!(count(ID, &mysql(sql)), 0);
    }

    #[test]
    fn lock_none_where_the_operation_needs_a_lock() {
        // A type change copies the table (MariaDB 10.11 answers error 1846,
        // "LOCK=NONE is not supported. Reason: Cannot change column type").
        let change = files_at(
            Dialect::Mariadb,
            "10.11",
            &[
                "CREATE TABLE transactions (id INT PRIMARY KEY, amount INT);",
                "ALTER TABLE transactions MODIFY amount BIGINT, LOCK=NONE;",
            ],
        );
        assert_eq!(count(ID, &change), 1);
        assert_eq!(count("changing-column-type", &change), 0);
        // Without the clause the server copies the table: no refusal, a copy.
        let copy = files_at(
            Dialect::Mariadb,
            "10.11",
            &[
                "CREATE TABLE transactions (id INT PRIMARY KEY, amount INT);",
                "ALTER TABLE transactions MODIFY amount BIGINT;",
            ],
        );
        assert_eq!(count(ID, &copy), 0);
        assert_eq!(count("changing-column-type", &copy), 1);
        // A table's first FULLTEXT index needs a shared lock.
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD FULLTEXT INDEX ft (memo), ALGORITHM=INPLACE, LOCK=NONE;")
            ),
            1
        );
        // A copy always locks.
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD COLUMN n INT, ALGORITHM=COPY, LOCK=NONE;")
            ),
            1
        );
        // A new table is no exception: the server refuses the clause whatever the rows.
        assert_eq!(
            count(
                ID,
                &mysql("CREATE TABLE t (id INT PRIMARY KEY, a INT);\nALTER TABLE t MODIFY a BIGINT, LOCK=NONE;")
            ),
            1
        );
    }

    #[test]
    fn clauses_the_server_honours_pass() {
        for sql in [
            // MariaDB 10.11 accepted each of these in a probe.
            "ALTER TABLE transactions ADD COLUMN note INT, ALGORITHM=INSTANT, LOCK=NONE;",
            "ALTER TABLE transactions ADD INDEX i (account_id), ALGORITHM=INPLACE, LOCK=NONE;",
            "ALTER TABLE transactions ENGINE=InnoDB, LOCK=NONE;",
            "ALTER TABLE transactions ADD COLUMN note INT, ALGORITHM=INPLACE, LOCK=NONE;",
            "ALTER TABLE transactions ADD COLUMN note INT;",
            "ALTER TABLE transactions MODIFY amount BIGINT;",
        ] {
            assert_eq!(count(ID, &mariadb_at("10.11", sql)), 0, "{sql}");
        }
        // A verdict resting on an assumption is no proof of a refusal: the
        // current type unknown, or a VARCHAR length change (utf8mb4 assumed).
        for sql in [
            "ALTER TABLE transactions MODIFY memo VARCHAR(20), ALGORITHM=INPLACE;",
            "CREATE TABLE t (id INT PRIMARY KEY, memo VARCHAR(60));\nALTER TABLE t MODIFY memo VARCHAR(70), ALGORITHM=INPLACE, LOCK=NONE;",
        ] {
            assert_eq!(count(ID, &mysql(sql)), 0, "{sql}");
        }
        // Known on both sides, a real type change is refused INPLACE.
        assert_eq!(
            count(
                ID,
                &mysql("CREATE TABLE t (id INT PRIMARY KEY, a INT);\nALTER TABLE t MODIFY a VARCHAR(10), ALGORITHM=INPLACE;")
            ),
            1
        );
    }

    #[test]
    fn laravel_instant_on_an_old_server() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('transactions', function (Blueprint $table) {\n   $table->string('memo')->nullable()->instant();\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 0);
        let findings = laravel_at(php, Dialect::Mysql, "5.7");
        assert_eq!(count(ID, &findings), 1);
    }

    #[test]
    fn not_for_postgres() {
        assert_eq!(count(ID, &pg("ALTER TABLE transactions ADD COLUMN note text;")), 0);
    }
}
