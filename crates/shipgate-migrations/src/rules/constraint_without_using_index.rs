use crate::ir::{ConstraintKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a primary key or unique constraint added to an existing PostgreSQL
    /// table without `USING INDEX`.
    ///
    /// ## Why is this bad?
    /// PostgreSQL builds the backing index while holding an `ACCESS EXCLUSIVE`
    /// lock: no reads or writes until the index over every row is built.
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
        summary: "primary key or unique constraint added without USING INDEX",
    }
}
impl_rule!(ConstraintWithoutUsingIndex, check, size_dependent);

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
    let what = match kind {
        ConstraintKind::Unique => "unique constraint",
        ConstraintKind::PrimaryKey => "primary key",
        _ => return,
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("adding a {what} to `{table}` builds its index under an ACCESS EXCLUSIVE lock"),
        "build a unique index with `CREATE UNIQUE INDEX CONCURRENTLY`, then add the constraint `USING INDEX`",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "constraint-without-using-index";

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
