use crate::changeset::ChangeSet;
use crate::frontend::ProblemKind;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Reports a Laravel schema call (`Schema::table`, `Schema::create`,
    /// `Schema::drop`, ...) whose table name shipgate cannot resolve to a
    /// literal: a variable bound to a function's result, a parameter given a
    /// value built at run time. Names assigned from literals, loop variables
    /// over literal arrays, literal properties and class constants are
    /// resolved, and the call is checked once per table they can name.
    ///
    /// ## Why is this bad?
    /// The call is still lowered and checked, on a table named after the
    /// expression (`$table`), so no lock or rewrite goes unseen. But what the
    /// gate cannot name it cannot match against `financial_tables` or
    /// `small_tables`, nor know whether the table was created in the same
    /// migration: the verdict is a guess, and a reviewer should know.
    ///
    /// ## Example
    /// ```php
    /// foreach (config('ledger.tables') as $table) {
    ///     Schema::table($table, function (Blueprint $t) { $t->index('booked_at'); });
    /// }
    /// ```
    ///
    /// Use instead:
    /// ```php
    /// foreach (['transactions', 'transaction_journals'] as $table) {
    ///     Schema::table($table, function (Blueprint $t) { $t->index('booked_at'); });
    /// }
    /// ```
    pub struct UnresolvedTable {
        id: "unresolved-table",
        severity: Warning,
        summary: "Laravel schema call on a table whose name cannot be resolved",
    }
}
impl_change_set_rule!(UnresolvedTable, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        for problem in &file.ir.problems {
            if problem.kind == ProblemKind::UnresolvedTable {
                out.push(Found::in_file(
                    index,
                    problem.span.clone(),
                    problem.message.clone(),
                    "name the table with a literal, a literal array the loop walks, or a class constant holding a literal; or review the statement and add `shipgate:allow unresolved-table <reason>`",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel};
    use shipgate_config::Dialect;

    const ID: &str = "unresolved-table";

    fn migration(up: &str) -> String {
        format!(
            "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n{up}\n }}\n}};\n"
        )
    }

    #[test]
    fn a_table_built_at_run_time_is_reported_and_still_checked() {
        let php = migration(
            "  $table = config('ledger.table');\n  Schema::table($table, function (Blueprint $t) { $t->index('booked_at'); });",
        );
        let findings = laravel(&php, Dialect::Postgres);
        assert_eq!(count(ID, &findings), 1, "{findings:?}");
        let found = findings.iter().find(|f| f.rule == ID).unwrap();
        assert!(found.message.contains("`$table`"), "{}", found.message);
        assert_eq!(count("index-without-concurrently", &findings), 1);
    }

    #[test]
    fn literal_names_are_not_reported() {
        let php = migration(
            "  $table = 'fees';\n  Schema::table($table, function (Blueprint $t) { $t->index('booked_at'); });\n  Schema::table('payouts', function (Blueprint $t) { $t->index('booked_at'); });",
        );
        let findings = laravel(&php, Dialect::Postgres);
        assert_eq!(count(ID, &findings), 0, "{findings:?}");
        assert_eq!(count("index-without-concurrently", &findings), 2);
    }
}
