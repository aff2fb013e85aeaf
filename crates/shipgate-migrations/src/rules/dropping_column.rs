use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `DROP COLUMN` on an existing table.
    ///
    /// ## Why is this bad?
    /// The data is gone for good, and the application version still running during
    /// the rollout reads and writes the column, so its queries fail.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions DROP COLUMN legacy_fee;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- release 1: stop reading and writing the column (Laravel: remove it from $fillable and casts)
    /// -- release 2, after a backup: drop it
    /// ALTER TABLE transactions DROP COLUMN legacy_fee; -- shipgate:allow dropping-column unused since 2.14, backed up in TICKET-123
    /// ```
    pub struct DroppingColumn {
        id: "dropping-column",
        severity: Error,
        summary: "column dropped from an existing table",
    }
}
impl_rule!(DroppingColumn, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::DropColumn { table, column } = &op.kind else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    let in_use = cx
        .models
        .column_use(table, column)
        .map(|u| format!(": {u}"))
        .unwrap_or_default();
    out.push(Violation::new(
        op,
        format!("dropping `{table}`.`{column}` destroys its data and breaks the app version still running{in_use}"),
        "stop using the column in one release, back it up, and drop it in a later one; record why with `shipgate:allow dropping-column <reason>`",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "dropping-column";

    #[test]
    fn sql() {
        assert_eq!(
            count(ID, &pg("ALTER TABLE transactions DROP COLUMN fee;")),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions DROP COLUMN fee, DROP COLUMN tax;")
            ),
            2
        );
        assert_eq!(
            count(
                ID,
                &pg("-- ALTER TABLE transactions DROP COLUMN fee;\nSELECT 'DROP COLUMN';")
            ),
            0
        );
    }

    #[test]
    fn laravel_drop_column_forms() {
        let php = |chain: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   {chain}\n  }});\n }}\n\n public function down(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   $table->dropColumn('other');\n  }});\n }}\n}};\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->dropColumn('fee');"), Dialect::Postgres)
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->dropColumn(['fee', 'tax']);"), Dialect::Mysql)
            ),
            2
        );
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->dropSoftDeletes();"), Dialect::Mysql)
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->string('fee')->nullable();"), Dialect::Mysql)
            ),
            0
        );
    }

    #[test]
    fn r14_drop_inside_a_do_block() {
        let sql = "DO $$\nBEGIN\n  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name = 'legacy') THEN\n    ALTER TABLE transactions DROP COLUMN legacy;\n  END IF;\nEND\n$$;";
        let findings = pg(sql);
        assert_eq!(count(ID, &findings), 1, "{findings:?}");
        let found = findings.iter().find(|f| f.rule == ID).unwrap();
        assert_eq!(found.location.line, 4, "points at the statement in the body");
        assert_eq!(
            count(ID, &pg("DO $$ BEGIN RAISE NOTICE 'DROP COLUMN x'; END $$;")),
            0
        );
        // A literal EXECUTE is read; one built at run time is unreadable, never a pass.
        let literal = pg("DO $$ BEGIN EXECUTE 'ALTER TABLE fees DROP COLUMN legacy'; END $$;");
        assert_eq!(count(ID, &literal), 1, "{literal:?}");
        let dynamic = pg("DO $$ BEGIN EXECUTE format('ALTER TABLE %I DROP COLUMN legacy', 'fees'); END $$;");
        assert_eq!(count("unreadable-migration", &dynamic), 1, "{dynamic:?}");
    }
}

#[cfg(test)]
mod model_tests {
    use crate::models::{Models, parse};
    use crate::testing::pg_with_models;

    #[test]
    fn the_message_names_the_model_that_still_uses_the_column() {
        let mut models = Models::default();
        let text = "<?php\nclass Transaction extends Model {\n protected $casts = [\n  'legacy_fee' => 'decimal:2',\n ];\n}\n";
        models.add(parse("app/Models/Transaction.php", text).unwrap());
        let findings = pg_with_models("ALTER TABLE transactions DROP COLUMN legacy_fee;", models.clone());
        let found = findings.iter().find(|f| f.rule == "dropping-column").unwrap();
        assert!(
            found.message.ends_with(
                ": the model `Transaction` lists it in `$casts` (app/Models/Transaction.php:4)"
            ),
            "{}",
            found.message
        );
        let findings = pg_with_models("ALTER TABLE transactions DROP COLUMN other;", models);
        let found = findings.iter().find(|f| f.rule == "dropping-column").unwrap();
        assert!(!found.message.contains("model"), "{}", found.message);
    }
}
