use crate::ir::{ConstraintKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a primary key or unique constraint added to an existing PostgreSQL
    /// table without `USING INDEX`, and an exclusion constraint (`EXCLUDE`),
    /// which has no `USING INDEX` form.
    ///
    /// ## Why is this bad?
    /// PostgreSQL builds the backing index while holding an `ACCESS EXCLUSIVE`
    /// lock: no reads or writes until the index over every row is built. An
    /// exclusion constraint's index cannot be built beforehand with
    /// `CONCURRENTLY` and attached, so it always takes that lock.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE deposits ADD CONSTRAINT deposits_reference_key UNIQUE (reference);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// CREATE UNIQUE INDEX CONCURRENTLY deposits_reference_idx ON deposits (reference);
    /// ALTER TABLE deposits ADD CONSTRAINT deposits_reference_key UNIQUE USING INDEX deposits_reference_idx;
    /// ```
    pub struct ConstraintWithoutUsingIndex {
        id: "constraint-without-using-index",
        severity: Error,
        summary: "primary key, unique or exclusion constraint that builds its index under ACCESS EXCLUSIVE",
    }
}
impl_rule!(ConstraintWithoutUsingIndex, check, size_dependent);

const USING_INDEX: &str = "build a unique index with `CREATE UNIQUE INDEX CONCURRENTLY`, then add the constraint `USING INDEX`";

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddConstraint {
        table,
        kind,
        using_index: false,
        ..
    } = &op.kind
    else {
        return;
    };
    let (what, help) = match kind {
        ConstraintKind::Unique => ("a unique constraint", USING_INDEX),
        ConstraintKind::PrimaryKey => ("a primary key", USING_INDEX),
        ConstraintKind::Exclude => (
            "an exclusion constraint",
            "an exclusion constraint cannot be added `USING INDEX`: add it while the table is small or in a maintenance window, or enforce the rule another way (a unique index built `CONCURRENTLY`, a trigger)",
        ),
        _ => return,
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("adding {what} to `{table}` builds its index under an ACCESS EXCLUSIVE lock"),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "constraint-without-using-index";

    #[test]
    fn an_exclusion_constraint_always_builds_its_index_under_the_lock() {
        let sql = "ALTER TABLE payments ADD CONSTRAINT excl EXCLUDE USING btree (id WITH =);";
        let found = pg(sql);
        assert_eq!(count(ID, &found), 1, "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.rule == ID && f.message.contains("an exclusion constraint")),
            "{found:?}"
        );
        // On a table created in the same file there is nothing to lock out.
        assert_eq!(
            count(
                ID,
                &pg(&format!("CREATE TABLE payments (id int);\n{sql}"))
            ),
            0
        );
    }

    #[test]
    fn postgres() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE deposits ADD CONSTRAINT k UNIQUE (reference);")
            ),
            1
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE deposits ADD PRIMARY KEY (id);")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE deposits ADD CONSTRAINT k UNIQUE USING INDEX deposits_ref_idx;")
            ),
            0
        );
    }

    #[test]
    fn mysql_unique_is_an_online_index() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE deposits ADD UNIQUE KEY k (reference);")
            ),
            0
        );
    }

    #[test]
    fn laravel_unique() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('deposits', function (Blueprint $table) {\n   $table->unique('reference');\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 0);
    }

    #[test]
    fn r14_inline_unique_and_primary_key_on_added_columns() {
        let findings = pg(
            "ALTER TABLE community ADD COLUMN moderators_url varchar(255) UNIQUE;\nALTER TABLE person_saved ADD COLUMN id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY;",
        );
        assert_eq!(count(ID, &findings), 2, "{findings:?}");
        assert_eq!(
            count(ID, &pg("ALTER TABLE community ADD COLUMN moderators_url varchar(255);")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE c (id int);\nALTER TABLE c ADD COLUMN u text UNIQUE;")
            ),
            0
        );
    }
}
