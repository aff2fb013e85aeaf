use crate::ir::{ConstraintKind, IndexKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags MySQL operations on an existing table that fall back to the `COPY`
    /// algorithm, rebuild the table, or block writes:
    /// - `FULLTEXT` and `SPATIAL` indexes;
    /// - `CONVERT TO CHARACTER SET` and `OPTIMIZE TABLE`;
    /// - `DROP PRIMARY KEY`, and foreign keys or check constraints added;
    /// - `ADD COLUMN` that cannot be `INSTANT` on the configured version (before
    ///   8.0.12; or before 8.0.29 with `FIRST`/`AFTER`; or an `AUTO_INCREMENT` column);
    ///   the message names the version the verdict turns on. The default version
    ///   is 8.4, and a version without a patch (`8.0`) means its latest patch;
    /// - an explicit `ALGORITHM=COPY` or `LOCK=SHARED|EXCLUSIVE`.
    ///
    /// A statement that asks for `ALGORITHM=INSTANT`, `ALGORITHM=INPLACE` or
    /// `LOCK=NONE` (Laravel: `->instant()`, `->lock('none')`) is not flagged:
    /// MySQL refuses it rather than block.
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
        summary: "MySQL operation that copies or rebuilds the table, or blocks writes",
    }
}
impl_rule!(MysqlBlockingAlter, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.mysql() {
        return;
    }
    let Some(table) = op.kind.table() else {
        return;
    };
    if cx.exempt(table) || (op.hints.forbids_blocking() && !op.hints.requests_blocking()) {
        return;
    }
    let what = match &op.kind {
        OpKind::CreateIndex {
            kind: IndexKind::FullText,
            ..
        } => "a FULLTEXT index rebuilds the table and blocks writes (LOCK=SHARED)".to_owned(),
        OpKind::CreateIndex {
            kind: IndexKind::Spatial,
            ..
        } => "a SPATIAL index blocks writes while it is built (LOCK=SHARED)".to_owned(),
        OpKind::ConvertCharset { .. } => {
            "`CONVERT TO CHARACTER SET` copies the whole table (ALGORITHM=COPY) and blocks writes"
                .to_owned()
        }
        OpKind::OptimizeTable { .. } => "`OPTIMIZE TABLE` rebuilds the whole table".to_owned(),
        OpKind::DropPrimaryKey { .. } => {
            "dropping the primary key copies the table (ALGORITHM=COPY) and blocks writes"
                .to_owned()
        }
        OpKind::AddConstraint {
            kind: ConstraintKind::ForeignKey,
            ..
        } => "adding a foreign key copies the table unless foreign_key_checks is off".to_owned(),
        OpKind::AddConstraint {
            kind: ConstraintKind::Check,
            ..
        } => "adding a check constraint copies the table (ALGORITHM=COPY)".to_owned(),
        OpKind::AddColumn {
            column, positioned, ..
        } => {
            if column.auto_increment {
                format!(
                    "adding AUTO_INCREMENT column `{}` copies the table",
                    column.name
                )
            } else if !cx.at_least(8, 0, 12) {
                format!(
                    "adding column `{}` rebuilds the table on MySQL {} (INSTANT from 8.0.12)",
                    column.name, cx.version
                )
            } else if *positioned && !cx.at_least(8, 0, 29) {
                format!(
                    "adding column `{}` with FIRST/AFTER rebuilds the table on MySQL {} (INSTANT from 8.0.29)",
                    column.name, cx.version
                )
            } else if op.hints.requests_blocking() {
                "the statement asks for ALGORITHM=COPY or a SHARED/EXCLUSIVE lock".to_owned()
            } else {
                return;
            }
        }
        _ if op.hints.requests_blocking() => {
            "the statement asks for ALGORITHM=COPY or a SHARED/EXCLUSIVE lock".to_owned()
        }
        _ => return,
    };
    out.push(Violation::new(
        op,
        format!("on `{table}`: {what}"),
        "use an online schema-change tool (gh-ost, pt-online-schema-change), or state `ALGORITHM=INSTANT`/`INPLACE, LOCK=NONE` so MySQL refuses instead of blocking",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, mysql_at, pg};
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
