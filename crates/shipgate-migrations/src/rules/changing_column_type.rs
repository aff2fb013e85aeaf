use crate::ir::{ColumnType, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a change of a column's type on an existing table, unless it is a
    /// widening the database does in place: on PostgreSQL `varchar(n)` to a longer
    /// `varchar`, to `varchar` or to `text`, `numeric(p,s)` to a larger
    /// precision with the same scale, and `cidr` to `inet`; on MySQL and MariaDB, what the online DDL
    /// table (`docs/mysql-online-ddl.md`) says the configured version does
    /// instantly or in place without blocking writes: a longer `varchar` whose
    /// length prefix stays one byte or two bytes, and on MariaDB one of at most
    /// 127 bytes made longer. The message names the version boundary, such as
    /// MariaDB 11.2's copy that lets writes go on. The old type is read from
    /// today's schema (`--schema`) and the earlier migrations; when it is
    /// unknown, the change cannot be proven safe, and the message says whether
    /// the schema lacks the table or the column.
    ///
    /// On PostgreSQL a change with a `USING` expression is never a widening:
    /// the expression is evaluated for every row, so the table is rewritten,
    /// even when the new type has the old one's name (an enum renamed away and
    /// created again with new values, then `USING c::text::new_enum`).
    ///
    /// ## Why is this bad?
    /// PostgreSQL rewrites the table and every index under an `ACCESS EXCLUSIVE`
    /// lock. MySQL copies the table (`ALGORITHM=COPY`) and blocks writes for the
    /// whole copy. The running application version may also not read the new type.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ALTER COLUMN amount TYPE numeric(20,4);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- add a new column, write to both, backfill in batches, switch reads, drop the old one
    /// ALTER TABLE transactions ADD COLUMN amount_v2 numeric(20,4);
    /// ```
    pub struct ChangingColumnType {
        id: "changing-column-type",
        severity: Error,
        summary: "column type changed on an existing table",
    }
}
impl_rule!(ChangingColumnType, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AlterColumnType {
        table,
        column,
        from,
        to,
        using,
        ..
    } = &op.kind
    else {
        return;
    };
    let recomputed = *using && cx.postgres();
    if cx.exempt(table) {
        return;
    }
    if cx.mysql() {
        mysql_family(op, cx, table, column, out);
        return;
    }
    let known = from
        .clone()
        .or_else(|| cx.column_type(table, column).cloned());
    let (what, cost) = match &known {
        Some(old) if !recomputed && safe_widening(old, to, cx) => return,
        Some(old) if recomputed => (
            format!("from `{old}` to `{to}`"),
            " (its USING expression is computed for every row)".to_owned(),
        ),
        Some(old) => (format!("from `{old}` to `{to}`"), String::new()),
        None => (format!("to `{to}`"), unknown_old_type(cx, table, column)),
    };
    let effect = "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock";
    out.push(Violation::new(
        op,
        format!("changing `{table}`.`{column}` {what} {effect}{cost}"),
        HELP,
    ));
}

/// Why the old type is unknown: not in the checked migrations, or not even
/// in today's schema when `--schema` gave one.
fn unknown_old_type(cx: &Context<'_>, table: &str, column: &str) -> String {
    match cx.schema.source() {
        Some(source) if cx.schema.has_table(table) => format!(
            " (`{table}` has no column `{column}` in the schema `{source}` nor in the checked migrations, so this cannot be proven a safe widening)"
        ),
        Some(source) => format!(
            " (`{table}` is not in the schema `{source}` nor in the checked migrations, so this cannot be proven a safe widening)"
        ),
        None => " (the old type is not in the checked migrations, so this cannot be proven a safe widening)".to_owned(),
    }
}

const HELP: &str = "add a new column with the new type, dual-write and backfill in batches, switch reads, then drop the old column";

/// MySQL and MariaDB: the verdict of the online DDL table, which knows the
/// server's widenings done in place.
fn mysql_family(op: &Op, cx: &Context<'_>, table: &str, column: &str, out: &mut Vec<Violation>) {
    let facts = cx.ddl_facts();
    let Some(found) = crate::online_ddl::classify(op, &facts) else {
        return;
    };
    if !found.operation.is_type_change() || found.lookup.verdict().online() {
        return;
    }
    // Refused by the server (`LOCK=NONE` on a copy): `mysql-refused-algorithm`.
    if crate::online_ddl::refused_clause(op, &facts, &found).is_some() {
        return;
    }
    out.push(Violation::new(
        op,
        format!("on `{table}`.`{column}`: {}", found.describe(cx.version)),
        HELP,
    ));
}

/// Whether changing `from` to `to` is done in place, without a rewrite or copy.
fn safe_widening(from: &ColumnType, to: &ColumnType, cx: &Context<'_>) -> bool {
    let len = |t: &ColumnType| t.args.first().copied();
    match (from.name.as_str(), to.name.as_str()) {
        ("varchar", "varchar") => match (len(from), len(to)) {
            (Some(a), Some(b)) => b >= a,
            (_, None) => true,
            (None, Some(_)) => false,
        },
        // Binary-coercible: every `cidr` value is an `inet` as it is stored.
        ("varchar" | "text", "text") | ("cidr", "inet") if cx.postgres() => true,
        ("text", "varchar") if cx.postgres() => to.args.is_empty(),
        ("numeric", "numeric") if cx.postgres() => match (from.args.as_slice(), to.args.as_slice())
        {
            (_, []) => true,
            ([p1, s1], [p2, s2]) => p2 >= p1 && s1 == s2,
            ([p1], [p2]) => p2 >= p1,
            _ => false,
        },
        _ => from == to,
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "changing-column-type";

    #[test]
    fn mysql_change_to_a_new_name_and_the_same_type_is_only_a_rename() {
        let create = "CREATE TABLE refunds (id BIGINT PRIMARY KEY, reason VARCHAR(50));\n";
        let found = crate::testing::mysql_files(&[
            create,
            "ALTER TABLE refunds CHANGE COLUMN reason reason_text VARCHAR(50);",
        ]);
        assert_eq!(count(ID, &found), 0, "{found:?}");
        assert_eq!(count("renaming-column", &found), 1, "{found:?}");
        // A new name and a narrower type: the old column's type is known.
        let found = crate::testing::mysql_files(&[
            create,
            "ALTER TABLE refunds CHANGE COLUMN reason reason_text VARCHAR(20);",
        ]);
        assert_eq!(count(ID, &found), 1, "{found:?}");
        assert!(
            found.iter().any(|f| f.rule == ID && f.message.contains("varchar(50)")),
            "{found:?}"
        );
    }

    #[test]
    fn cidr_to_inet_is_binary_coercible_and_back_is_not() {
        let create = "CREATE TABLE peers (net cidr, addr inet);\n";
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[create, "ALTER TABLE peers ALTER COLUMN net TYPE inet;"])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[create, "ALTER TABLE peers ALTER COLUMN addr TYPE cidr;"])
            ),
            1
        );
    }

    #[test]
    fn postgres_widenings_are_safe() {
        let create = "CREATE TABLE fees (code varchar(10), amount numeric(10,2));\n";
        // The table is new in that file, so put the change in a second file's worth of text:
        // the schema is known from the earlier statement, exemption is per file.
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[
                    create,
                    "ALTER TABLE fees ALTER COLUMN code TYPE varchar(20);"
                ])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[
                    create,
                    "ALTER TABLE fees ALTER COLUMN code TYPE text;"
                ])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[
                    create,
                    "ALTER TABLE fees ALTER COLUMN amount TYPE numeric(14,2);"
                ])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[
                    create,
                    "ALTER TABLE fees ALTER COLUMN code TYPE varchar(5);"
                ])
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &crate::testing::pg_files(&[
                    create,
                    "ALTER TABLE fees ALTER COLUMN amount TYPE numeric(14,4);"
                ])
            ),
            1
        );
    }

    #[test]
    fn unknown_old_type_is_flagged() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ALTER COLUMN amount TYPE bigint;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a TYPE bigint;")
            ),
            0
        );
    }

    #[test]
    fn mysql_family_widenings_follow_the_online_ddl_table() {
        use crate::testing::files_at;
        let create = "CREATE TABLE transactions (id INT, memo VARCHAR(20), note VARCHAR(50));";
        let widen = |dialect, version, sql: &str| count(ID, &files_at(dialect, version, &[create, sql]));
        // Within the one-byte length prefix: in place on MySQL, instant on MariaDB.
        let sql = "ALTER TABLE transactions MODIFY note VARCHAR(60);";
        assert_eq!(widen(Dialect::Mysql, "8.4", sql), 0);
        assert_eq!(widen(Dialect::Mariadb, "10.11", sql), 0);
        // Past 255 bytes from 200: a copy on both.
        let sql = "ALTER TABLE transactions MODIFY note VARCHAR(100);";
        assert_eq!(widen(Dialect::Mysql, "8.4", sql), 1);
        assert_eq!(widen(Dialect::Mariadb, "10.11", sql), 1);
        // Past 255 bytes from at most 127: MariaDB keeps one-byte lengths, instantly.
        let sql = "ALTER TABLE transactions MODIFY memo VARCHAR(100);";
        assert_eq!(widen(Dialect::Mysql, "8.4", sql), 1);
        assert_eq!(widen(Dialect::Mariadb, "10.11", sql), 0);
        let found = files_at(Dialect::Mariadb, "10.11", &[create, "ALTER TABLE transactions MODIFY id BIGINT;"]);
        let message = &found.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("changing `id` from `int` to `bigint` copies the whole table (ALGORITHM=COPY) and blocks writes (LOCK=SHARED) on MariaDB 10.11 (writes allowed from 11.2)"), "{message}");
        // A nullability change or a move is not a type change: `mysql-blocking-alter` reports it.
        let found = files_at(Dialect::Mysql, "8.4", &[create, "ALTER TABLE transactions MODIFY id INT NOT NULL;"]);
        assert_eq!(count(ID, &found), 0);
        assert_eq!(count("mysql-blocking-alter", &found), 1);
    }

    #[test]
    fn mysql_modify_and_change() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions MODIFY amount DECIMAL(20,4) NOT NULL;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions CHANGE amount amount BIGINT;")
            ),
            1
        );
        let files = [
            "CREATE TABLE users (name VARCHAR(40));",
            "ALTER TABLE users MODIFY name VARCHAR(60);",
        ];
        assert_eq!(count(ID, &crate::testing::mysql_files(&files)), 0);
        let files = [
            "CREATE TABLE users (name VARCHAR(40));",
            "ALTER TABLE users MODIFY name VARCHAR(100);",
        ];
        assert_eq!(count(ID, &crate::testing::mysql_files(&files)), 1);
    }

    #[test]
    fn mysql_signedness_and_integer_width_are_the_type() {
        let files = |old: &str, new: &str| {
            let create = format!("CREATE TABLE ledger (id BIGINT PRIMARY KEY, amount {old});");
            let alter = format!("ALTER TABLE ledger MODIFY amount {new};");
            count(ID, &crate::testing::mysql_files(&[&create, &alter]))
        };
        // A copy of the table, as MySQL does it.
        assert_eq!(files("INT", "INT UNSIGNED"), 1);
        assert_eq!(files("INT UNSIGNED", "INT"), 1);
        assert_eq!(files("MEDIUMINT", "INT"), 1);
        // The same type: a display width or `SIGNED` changes nothing.
        assert_eq!(files("INT(11)", "INT NOT NULL"), 0);
        assert_eq!(files("INT UNSIGNED", "INT(10) UNSIGNED"), 0);
        assert_eq!(files("INT", "INT SIGNED"), 0);
        // `BOOLEAN` is `TINYINT(1)` on MySQL (MariaDB 10.11: instant).
        assert_eq!(files("TINYINT(1)", "BOOLEAN"), 0);
        assert_eq!(files("BOOLEAN", "TINYINT"), 0);
        assert_eq!(files("BOOLEAN", "INT"), 1);
    }

    #[test]
    fn laravel_mysql_signedness_is_the_type() {
        let migration = |schema: &str, body: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  Schema::{schema}('ledger', function (Blueprint $table) {{\n   {body}\n  }});\n }}\n}};\n"
            )
        };
        let create = migration(
            "create",
            "$table->id();\n   $table->boolean('flag');\n   $table->integer('amount');\n   $table->unsignedInteger('units');\n   $table->integer('legacy', false, true);\n   $table->integer('named', unsigned: true);\n   $table->bigInteger('serial', autoIncrement: true);\n   $table->unsignedDecimal('price', 8, 2);\n   $table->decimal('cost', 8, 2)->unsigned();",
        );
        let found = |body: &str, dialect| {
            let change = migration("table", body);
            count(ID, &crate::testing::laravel_files(&[&create, &change], dialect))
        };
        assert_eq!(found("$table->unsignedInteger('amount')->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->integer('amount')->unsigned()->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->integer('units')->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->integer('units')->unsigned()->change();", Dialect::Mysql), 0);
        assert_eq!(found("$table->integer('amount')->nullable()->change();", Dialect::Mysql), 0);
        // `integer($column, $autoIncrement, $unsigned)`, as Firefly III writes it.
        assert_eq!(found("$table->unsignedInteger('legacy')->nullable()->change();", Dialect::Mysql), 0);
        assert_eq!(found("$table->integer('legacy')->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->unsignedInteger('named')->change();", Dialect::Mysql), 0);
        assert_eq!(found("$table->integer('named')->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->bigInteger('serial')->change();", Dialect::Mysql), 0);
        // `boolean` is `tinyint(1)` in Laravel's MySQL grammar.
        assert_eq!(found("$table->tinyInteger('flag')->change();", Dialect::Mysql), 0);
        // Decimals too: `unsignedDecimal` is `decimal()->unsigned()`.
        assert_eq!(found("$table->decimal('price', 8, 2)->change();", Dialect::Mysql), 1);
        assert_eq!(found("$table->unsignedDecimal('cost', 8, 2)->change();", Dialect::Mysql), 0);
        // PostgreSQL has no unsigned integers: the same `integer` column.
        assert_eq!(found("$table->unsignedInteger('amount')->change();", Dialect::Postgres), 0);
    }

    #[test]
    fn laravel_change() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('transactions', function (Blueprint $table) {\n   $table->decimal('amount', 20, 4)->change();\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 1);
    }

    #[test]
    fn r14_enum_switch_with_using_rewrites_even_under_the_same_type_name() {
        // The old enum is renamed away and created again with the same name:
        // by name the type does not change, but USING recomputes every row.
        let sql = "CREATE TABLE local_user (id int, sort sort_enum);\n-- later\n";
        let later = "ALTER TYPE sort_enum RENAME TO sort_enum__;\nCREATE TYPE sort_enum AS ENUM ('Hot', 'New');\nALTER TABLE local_user ALTER COLUMN sort TYPE sort_enum USING sort::text::sort_enum;\nDROP TYPE sort_enum__;";
        let findings = crate::testing::pg_files(&[sql, later]);
        assert_eq!(count(ID, &findings), 1, "{findings:?}");
        // Without USING, the same type name is no change.
        let same = "ALTER TABLE local_user ALTER COLUMN sort TYPE sort_enum;";
        assert_eq!(count(ID, &crate::testing::pg_files(&[sql, same])), 0);
    }

    /// PostgreSQL's collations are not modelled: a column made with one and
    /// given the same type again is judged as one made without.
    #[test]
    fn postgres_collations_do_not_change_the_verdict() {
        use crate::testing::files_at;
        let on = |create: &str, alter: &str| {
            count(ID, &files_at(Dialect::Postgres, "15", &[create, alter]))
        };
        let same = "ALTER TABLE t ALTER COLUMN c TYPE char(10);";
        assert_eq!(
            on("CREATE TABLE t (id int, c char(10) COLLATE \"C\");", same),
            0
        );
        assert_eq!(on("CREATE TABLE t (id int, c char(10));", same), 0);
        let longer = "ALTER TABLE t ALTER COLUMN c TYPE char(20);";
        assert_eq!(
            on("CREATE TABLE t (id int, c char(10) COLLATE \"C\");", longer),
            1
        );
    }
}
