use crate::ir::Op;
use crate::online_ddl::{blocking_clauses, classify, refused_clause};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a MySQL or MariaDB `ALTER TABLE` (and `CREATE INDEX`, `OPTIMIZE
    /// TABLE`, `RENAME TABLE`) on an existing table that the server carries out
    /// by rebuilding or copying the table, or while blocking writes, on the
    /// configured version. Every operation is looked up in shipgate's online DDL
    /// table (`docs/mysql-online-ddl.md`): the algorithm (`INSTANT`, `INPLACE`
    /// without or with a rebuild, `COPY`) and the lowest lock, per server and
    /// version line (MySQL 5.7, 8.0 with its 8.0.12, 8.0.28 and 8.0.29
    /// boundaries, 8.4; MariaDB 10.6 to 11.x). The message names the version the
    /// verdict turns on ("INSTANT from 8.0.29"). The default version is MySQL
    /// 8.4 or MariaDB 11.8, and a version without a patch (`8.0`) means its
    /// latest patch. Column type changes are reported by `changing-column-type`,
    /// from the same table. An explicit `ALGORITHM=COPY` or
    /// `LOCK=SHARED|EXCLUSIVE` is flagged too.
    ///
    /// `ALGORITHM=INPLACE` or `LOCK=NONE` (Laravel: `->lock('none')`) that
    /// the server honours does not make a rebuild cheap: the operation is
    /// still flagged for what it does. A clause the server refuses for the
    /// operation (`ALGORITHM=INSTANT` for a rebuild, `LOCK=NONE` for a copy)
    /// is `mysql-refused-algorithm`'s, not flagged here: the statement fails
    /// instead of blocking.
    ///
    /// ## Why is this bad?
    /// A table copy blocks writes for its whole duration, and a rebuild of a table
    /// with millions of rows runs for hours and lags every replica behind it.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions CONVERT TO CHARACTER SET utf8mb4;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- an online schema-change tool (gh-ost, pt-online-schema-change), or
    /// ALTER TABLE transactions ADD COLUMN note VARCHAR(64), ALGORITHM=INSTANT;
    /// ```
    pub struct MysqlBlockingAlter {
        id: "mysql-blocking-alter",
        severity: Error,
        summary: "MySQL or MariaDB operation that copies or rebuilds the table, or blocks writes",
    }
}
impl_rule!(MysqlBlockingAlter, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.mysql() {
        return;
    }
    let Some(table) = op.kind.table() else {
        return;
    };
    if cx.exempt(table) {
        return;
    }
    let asked = blocking_clauses(&op.hints);
    let facts = cx.ddl_facts();
    let (what, verdict) = match classify(op, &facts) {
        // `changing-column-type` reports these, from the same table.
        Some(found) if found.operation.is_type_change() => return,
        // The server refuses the statement rather than block:
        // `mysql-refused-algorithm` reports that.
        Some(found) if refused_clause(op, &facts, &found).is_some() => return,
        Some(found) if !asked.is_empty() => (
            format!(
                "{}; the statement asks for {asked}, {}",
                found.describe(cx.version),
                asked_effect(op)
            ),
            None,
        ),
        // `ALGORITHM=INPLACE` or `LOCK=NONE` that the server honours still
        // leaves a rebuild a rebuild.
        Some(found) if !found.lookup.verdict().online() => {
            (found.describe(cx.version), Some(found.lookup.verdict()))
        }
_ if !asked.is_empty() => (
            format!("the statement asks for {asked}, {}", asked_effect(op)),
            None,
        ),
        _ => return,
    };
    let mut violation = Violation::new(
        op,
        format!("on `{table}`: {what}"),
        "use an online schema-change tool (gh-ost, pt-online-schema-change), or a server version that does it without a rebuild (the message names the version where there is one)",
    );
    // What the server will do, for `migrations trace` to compare (not
    // when the statement asks for more than the server needs).
    if let Some(verdict) = verdict {
        violation = violation
            .with_property("mysql_algorithm", verdict.algorithm.property())
            .with_property("mysql_lock", verdict.lock.property());
    }
    out.push(violation);
}

/// What the blocking clauses asked for do: a copy with `LOCK=NONE` (which
/// MariaDB 11.2 and later accept; where it is refused,
/// `mysql-refused-algorithm` reports it) lets writes go on.
fn asked_effect(op: &Op) -> &'static str {
    if op.hints.lock.as_deref() == Some("NONE") {
        "which copies the whole table while writes go on"
    } else {
        "which blocks writes"
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mariadb_at, mysql, mysql_at, pg};
    use shipgate_config::Dialect;

    const ID: &str = "mysql-blocking-alter";

    #[test]
    fn copy_operations() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions CONVERT TO CHARACTER SET utf8mb4;")
            ),
            1
        );
        assert_eq!(count(ID, &mysql("OPTIMIZE TABLE transactions;")), 1);
        assert_eq!(
            count(
                ID,
                &mysql("CREATE FULLTEXT INDEX ft ON transactions (memo);")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD FULLTEXT INDEX ft (memo);")
            ),
            1
        );
        assert_eq!(
            count(ID, &mysql("ALTER TABLE transactions DROP PRIMARY KEY;")),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD COLUMN n INT, ALGORITHM=COPY;")
            ),
            1
        );
    }

    #[test]
    fn online_operations_pass() {
        assert_eq!(
            count(
                ID,
                &mysql_at(
                    "8.0.29",
                    "ALTER TABLE transactions ADD COLUMN note VARCHAR(64);"
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &mysql_at(
                    "8.0.12",
                    "ALTER TABLE transactions ADD COLUMN note VARCHAR(64);"
                )
            ),
            0
        );
        assert_eq!(
            count(ID, &mysql("CREATE INDEX i ON transactions (account_id);")),
            0
        );
        assert_eq!(
            count(
                ID,
                &mysql(
                    "ALTER TABLE transactions ADD FULLTEXT INDEX ft (memo), ALGORITHM=INPLACE, LOCK=NONE;"
                )
            ),
            0
        );
    }

    #[test]
    fn add_column_follows_the_version() {
        let sql = "ALTER TABLE transactions ADD COLUMN note VARCHAR(64) AFTER amount;";
        let before = mysql_at("8.0.28", sql);
        assert_eq!(count(ID, &before), 1);
        let message = &before.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(
            message.contains("MySQL 8.0.28 (INSTANT from 8.0.29)"),
            "{message}"
        );
        assert_eq!(count(ID, &mysql_at("8.0.29", sql)), 0);
        // A version without a patch is that line's latest patch.
        assert_eq!(count(ID, &mysql_at("8.0", sql)), 0);
        assert_eq!(
            count(
                ID,
                &mysql_at(
                    "5.7",
                    "ALTER TABLE transactions ADD COLUMN note VARCHAR(64);"
                )
            ),
            1
        );
    }

    #[test]
    fn every_alter_goes_through_the_online_ddl_table() {
        // Rebuilds that no rule saw before the table: dropping a column before
        // 8.0.29, ROW_FORMAT, FORCE, a primary key added.
        let drop = mysql_at("8.0.28", "ALTER TABLE transactions DROP COLUMN memo;");
        let message = &drop.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("dropping column `memo` rebuilds the table in place"), "{message}");
        assert!(message.contains("on MySQL 8.0.28 (INSTANT from 8.0.29)"), "{message}");
        assert_eq!(count(ID, &mysql("ALTER TABLE transactions DROP COLUMN memo;")), 0);
        for sql in [
            "ALTER TABLE transactions ROW_FORMAT=COMPRESSED;",
            "ALTER TABLE transactions FORCE;",
            "ALTER TABLE transactions ADD PRIMARY KEY (id);",
            "ALTER TABLE transactions DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at);",
            "ALTER TABLE transactions ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id);",
            "ALTER TABLE transactions ADD COLUMN total INT AS (amount + fee) STORED;",
            "ALTER TABLE transactions DROP PARTITION p2019;",
        ] {
            assert_eq!(count(ID, &mysql(sql)), 1, "{sql}");
        }
        for sql in [
            "ALTER TABLE transactions ALTER COLUMN memo DROP DEFAULT;",
            "ALTER TABLE transactions RENAME INDEX a TO b;",
            "ALTER TABLE transactions DROP FOREIGN KEY fk;",
            "SET foreign_key_checks = 0;\nALTER TABLE transactions ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id);",
            "ALTER TABLE transactions ADD COLUMN total INT AS (amount + fee) VIRTUAL;",
            "ALTER TABLE transactions AUTO_INCREMENT = 1000;",
        ] {
            assert_eq!(count(ID, &mysql(sql)), 0, "{sql}");
        }
    }

    #[test]
    fn mariadb_has_its_own_rows() {
        // MariaDB adds a column anywhere instantly, and drops one.
        for sql in [
            "ALTER TABLE transactions ADD COLUMN memo TEXT FIRST;",
            "ALTER TABLE transactions DROP COLUMN memo;",
            "ALTER TABLE transactions MODIFY memo TEXT AFTER amount;",
        ] {
            assert_eq!(count(ID, &mariadb_at("10.6", sql)), 0, "{sql}");
        }
        // A stored generated column is copied; 11.2 lets writes go on during the copy.
        let sql = "ALTER TABLE transactions ADD COLUMN total INT AS (amount + fee) STORED;";
        let old = mariadb_at("10.11", sql);
        let message = &old.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("blocks writes (LOCK=SHARED) on MariaDB 10.11 (writes allowed from 11.2)"), "{message}");
        let new = mariadb_at("11.4", sql);
        let message = &new.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("ALGORITHM=COPY, writes go on) on MariaDB 11.4"), "{message}");
    }

    #[test]
    fn clauses_the_server_honours_do_not_hide_a_rebuild() {
        // LOCK=NONE lets writes go on; the table is rebuilt all the same.
        for (version, sql) in [
            ("5.7", "ALTER TABLE transactions ADD COLUMN note INT, LOCK=NONE;"),
            ("5.7", "ALTER TABLE transactions ADD COLUMN note INT, ALGORITHM=INPLACE, LOCK=NONE;"),
            ("8.0", "ALTER TABLE transactions FORCE, ALGORITHM=INPLACE, LOCK=NONE;"),
        ] {
            let findings = mysql_at(version, sql);
            assert_eq!(count(ID, &findings), 1, "{sql}");
            assert_eq!(count("mysql-refused-algorithm", &findings), 0, "{sql}");
        }
        // A clause the server refuses is the other rule's.
        let refused = mysql_at("5.7", "ALTER TABLE transactions ADD COLUMN note INT, ALGORITHM=INSTANT;");
        assert_eq!(count(ID, &refused), 0);
        assert_eq!(count("mysql-refused-algorithm", &refused), 1);
    }

    #[test]
    fn the_message_names_the_blocking_clause_asked_for() {
        let copy = mysql_at("5.7", "ALTER TABLE transactions ADD COLUMN n INT, ALGORITHM=COPY;");
        let message = &copy.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("rebuilds the table in place"), "{message}");
        assert!(message.contains("the statement asks for ALGORITHM=COPY, which blocks writes"), "{message}");
        let shared = mysql("ALTER TABLE transactions ADD COLUMN n INT, LOCK=SHARED;");
        let message = &shared.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("asks for LOCK=SHARED"), "{message}");
        // Without a blocking clause, an online change passes.
        assert_eq!(count(ID, &mysql("ALTER TABLE transactions ADD COLUMN n INT;")), 0);
    }

    #[test]
    fn not_for_postgres() {
        assert_eq!(
            count(ID, &pg("ALTER TABLE transactions ADD COLUMN note text;")),
            0
        );
    }

    #[test]
    fn laravel_fulltext_and_instant() {
        let php = |chain: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   {chain}\n  }});\n }}\n}};\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->fullText('memo');"), Dialect::Mysql)
            ),
            1
        );
        // The tests' version, 8.0, means 8.0's latest patch: INSTANT.
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->string('memo')->nullable()->after('amount');"),
                    Dialect::Mysql
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->string('memo')->nullable()->after('amount')->instant();"),
                    Dialect::Mysql
                )
            ),
            0
        );
    }
}
