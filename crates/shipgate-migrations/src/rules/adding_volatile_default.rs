use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a column added to an existing PostgreSQL table whose value must be
    /// computed per row: a volatile default (`gen_random_uuid()`, `random()`,
    /// `clock_timestamp()`), a `serial` or identity column, or a stored generated
    /// column. Before PostgreSQL 11 any non-null default counts.
    ///
    /// A default that calls a function the migrations declared (in the same
    /// file or an earlier one) counts when that function is volatile: said
    /// `VOLATILE`, or declared without `IMMUTABLE` or `STABLE`, which makes
    /// any function volatile, `LANGUAGE sql` ones included.
    ///
    /// ## Why is this bad?
    /// PostgreSQL rewrites the whole table under an `ACCESS EXCLUSIVE` lock to fill
    /// the column: no reads or writes for as long as it takes to copy every row.
    /// Since PostgreSQL 11 a constant default (and `now()`, which is stable) is
    /// stored in the catalogue instead, with no rewrite.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN reference uuid DEFAULT gen_random_uuid();
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN reference uuid;
    /// ALTER TABLE transactions ALTER COLUMN reference SET DEFAULT gen_random_uuid();
    /// -- then backfill existing rows in batches
    /// ```
    pub struct AddingVolatileDefault {
        id: "adding-volatile-default",
        severity: Error,
        summary: "column added with a per-row default, rewriting the table on PostgreSQL",
    }
}
impl_rule!(AddingVolatileDefault, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddColumn { table, column, .. } = &op.kind else {
        return;
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    let reason = if column.generated {
        "is a stored generated column"
    } else if column.auto_increment {
        "is a serial or identity column"
    } else if column.default.as_ref().is_some_and(|d| d.volatile) {
        "has a volatile default"
    } else if let Some(function) = column
        .default
        .as_ref()
        .and_then(|d| called_functions(&d.expr).into_iter().find(|f| cx.schema.function_volatile(f) == Some(true)))
    {
        return out.push(Violation::new(
            op,
            format!("column `{}` added to `{table}` has a default calling `{function}`, a volatile function declared in the migrations: the whole table is rewritten under an ACCESS EXCLUSIVE lock", column.name),
            "add the column without a default, set the default in a second statement, then backfill existing rows in batches; or declare the function STABLE or IMMUTABLE if it truly is",
        ));
    } else if !cx.at_least(11, 0, 0)
        && column
            .default
            .as_ref()
            .is_some_and(|d| !d.expr.eq_ignore_ascii_case("null"))
    {
        "has a default, and PostgreSQL before 11 stores every default by rewriting the table"
    } else {
        return;
    };
    out.push(Violation::new(
        op,
        format!("column `{}` added to `{table}` {reason}: the whole table is rewritten under an ACCESS EXCLUSIVE lock", column.name),
        "add the column without a default, set the default in a second statement, then backfill existing rows in batches",
    ));
}

/// The names of the functions an expression calls: `f(`, `schema.f (`.
fn called_functions(expr: &str) -> Vec<String> {
    let lower = expr.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'.')) {
                i += 1;
            }
            let name = &lower[start..i];
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if bytes.get(j) == Some(&b'(') {
                out.push(crate::sql::text::normalize_name(name));
            }
        } else if bytes[i] == b'\'' {
            i += 1;
            while i < bytes.len() && bytes[i] != b'\'' {
                i += 1;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg, pg_at, pg_files};
    use shipgate_config::Dialect;

    const ID: &str = "adding-volatile-default";

    #[test]
    fn volatile_defaults_rewrite() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN r uuid DEFAULT gen_random_uuid();")
            ),
            1
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE transactions ADD COLUMN n bigserial;")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN t timestamptz DEFAULT now();")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new' NOT NULL;")
            ),
            0
        );
    }

    #[test]
    fn follows_the_version() {
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "10",
                    "ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new';"
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "11",
                    "ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new';"
                )
            ),
            0
        );
    }

    #[test]
    fn not_for_mysql_or_new_tables() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD COLUMN r char(36) DEFAULT (uuid());")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg(
                    "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN r uuid DEFAULT gen_random_uuid();"
                )
            ),
            0
        );
    }

    #[test]
    fn laravel_raw_defaults() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('transactions', static function (Blueprint $table): void {\n   $table->uuid('ref')->default(DB::raw('gen_random_uuid()'));\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
    }

    #[test]
    fn r14_user_functions_declared_volatile() {
        // Lemmy's shape: a LANGUAGE sql function calling random(), without a
        // volatility, so VOLATILE by default, then used as a column default.
        let function = "CREATE OR REPLACE FUNCTION generate_unique_changeme ()\n    RETURNS text\n    LANGUAGE sql\n    AS $$\n    SELECT 'changeme_' || md5(random()::text)\n$$;\n";
        let add = "ALTER TABLE person ADD COLUMN inbox_url varchar(255) NOT NULL DEFAULT generate_unique_changeme ();";
        let same_file = pg(&format!("{function}{add}"));
        assert_eq!(count(ID, &same_file), 1, "{same_file:?}");
        assert!(same_file.iter().any(|f| f.message.contains("`generate_unique_changeme`")));
        // Declared in an earlier migration.
        assert_eq!(count(ID, &pg_files(&[function, add])), 1);
        // STABLE or IMMUTABLE functions, and functions never declared, are not.
        let stable = function.replace("LANGUAGE sql", "LANGUAGE sql STABLE");
        assert_eq!(count(ID, &pg(&format!("{stable}{add}"))), 0);
        assert_eq!(count(ID, &pg(add)), 0);
        // The name in a string literal is no call.
        assert_eq!(
            count(
                ID,
                &pg(&format!("{function}ALTER TABLE person ADD COLUMN n text DEFAULT 'generate_unique_changeme()';"))
            ),
            0
        );
    }
}
