use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `NOT NULL` set on a column without a default that the running
    /// version's Eloquent model does not write: the table's model has a
    /// `$fillable` list without the column (and is not `$guarded = []`).
    ///
    /// ## Why is this bad?
    /// During a rolling deploy the old version keeps inserting rows through
    /// its model, leaving the column out. Once the column is `NOT NULL`
    /// without a default, every one of those inserts fails, whatever the lock
    /// the change took.
    ///
    /// ## Example
    /// ```sql
    /// -- app/Models/Transaction.php: protected $fillable = ['account_id', 'amount'];
    /// ALTER TABLE transactions ALTER COLUMN currency_code SET NOT NULL;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- release 1: write currency_code (add it to $fillable), backfill it
    /// -- release 2: give it a default, or set NOT NULL once no old version runs
    /// ALTER TABLE transactions ALTER COLUMN currency_code SET DEFAULT 'EUR';
    /// ```
    pub struct NotNullUnwrittenColumn {
        id: "not-null-unwritten-column",
        severity: Error,
        summary: "NOT NULL on a column the running version's model does not write",
    }
}
impl_rule!(NotNullUnwrittenColumn, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::SetNotNull { table, column } = &op.kind else {
        return;
    };
    if cx.is_new(table) || cx.schema.has_default(table, column) {
        return;
    }
    let Some(model) = cx.models.of(table).iter().find(|m| {
        !m.unguarded
            && !m.fillable.is_empty()
            && !m.fillable.iter().any(|l| l.column.eq_ignore_ascii_case(column))
    }) else {
        return;
    };
    let line = model.fillable.first().map_or(0, |l| l.line);
    out.push(Violation::new(
        op,
        format!(
            "`{table}`.`{column}` becomes NOT NULL without a default, but the model `{}` does not write it (its `$fillable` at {}:{line} leaves it out): inserts by the version still running fail",
            model.class, model.path
        ),
        "write the column from the model first (add it to `$fillable`) and backfill it, or give it a default, and set NOT NULL in a later release",
    ));
}

#[cfg(test)]
mod tests {
    use crate::models::{Models, parse};
    use crate::testing::pg_with_models;

    const ID: &str = "not-null-unwritten-column";

    fn models() -> Models {
        let mut models = Models::default();
        let text = "<?php\nclass Transaction extends Model {\n protected $fillable = ['account_id', 'amount', 'currency_code'];\n}\n";
        models.add(parse("app/Models/Transaction.php", text).unwrap());
        models
    }

    fn count(sql: &str) -> usize {
        pg_with_models(sql, models())
            .iter()
            .filter(|f| f.rule == ID)
            .count()
    }

    #[test]
    fn a_column_the_model_does_not_write() {
        let findings = pg_with_models(
            "ALTER TABLE transactions ALTER COLUMN booked_by SET NOT NULL;",
            models(),
        );
        let found: Vec<_> = findings.iter().filter(|f| f.rule == ID).collect();
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .contains("the model `Transaction` does not write it (its `$fillable` at app/Models/Transaction.php:3 leaves it out)"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn written_defaulted_new_or_unmodelled_columns_pass() {
        assert_eq!(
            count("ALTER TABLE transactions ALTER COLUMN amount SET NOT NULL;"),
            0
        );
        assert_eq!(
            count(
                "ALTER TABLE transactions ALTER COLUMN booked_by SET DEFAULT 'system';\nALTER TABLE transactions ALTER COLUMN booked_by SET NOT NULL;"
            ),
            0
        );
        assert_eq!(
            count(
                "CREATE TABLE transactions (id bigint, booked_by text);\nALTER TABLE transactions ALTER COLUMN booked_by SET NOT NULL;"
            ),
            0
        );
        assert_eq!(
            count("ALTER TABLE accounts ALTER COLUMN owner SET NOT NULL;"),
            0
        );
    }
}
