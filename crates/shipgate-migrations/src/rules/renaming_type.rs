use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER TYPE ... RENAME TO` and `ALTER TYPE ... RENAME VALUE` on
    /// PostgreSQL when a column of an existing table has that type, as the
    /// earlier migrations declared it.
    ///
    /// ## Why is this bad?
    /// The application version still running during a rolling deploy writes the
    /// old enum value (`'pending'` is now rejected: "invalid input value for
    /// enum") or names the old type in casts and function signatures
    /// (`'x'::payment_status`), and fails until every instance runs the new
    /// code. A type that no column uses yet is not flagged.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TYPE payment_status RENAME VALUE 'pending' TO 'awaiting_capture';
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TYPE payment_status ADD VALUE 'awaiting_capture';  -- deploy 1: both values valid
    /// -- deploy 2: the app writes the new value; backfill the rows in batches
    /// -- the old value stays (PostgreSQL cannot drop an enum value) or the type is replaced later
    /// ```
    pub struct RenamingType {
        id: "renaming-type",
        severity: Error,
        summary: "type or enum value renamed while the old app version still uses it",
    }
}
impl_rule!(RenamingType, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let (type_name, what) = match &op.kind {
        OpKind::RenameType { from, to } => (from, format!("renaming type `{from}` to `{to}`")),
        OpKind::RenameEnumValue { type_name } => (
            type_name,
            format!("renaming a value of enum type `{type_name}`"),
        ),
        _ => return,
    };
    if !cx.postgres() {
        return;
    }
    let Some((table, column)) = cx.schema.column_of_type(type_name) else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    let help = if matches!(op.kind, OpKind::RenameEnumValue { .. }) {
        "add the new value with `ALTER TYPE ... ADD VALUE`, move the app and the rows over, and leave the old value unused"
    } else {
        "keep the old type name until no running version uses it: create the new type beside it, move the column over, then drop the old type"
    };
    out.push(Violation::new(
        op,
        format!(
            "{what} breaks the app version still running during the rollout: `{table}`.`{column}` has that type"
        ),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg, pg_files};

    const ID: &str = "renaming-type";
    const SETUP: &str = "CREATE TYPE payment_status AS ENUM ('pending', 'paid');\nCREATE TABLE payments (id bigint, status payment_status);";

    #[test]
    fn flags_renames_of_a_type_in_use() {
        let renamed = pg_files(&[SETUP, "ALTER TYPE payment_status RENAME TO pay_status;"]);
        assert_eq!(count(ID, &renamed), 1, "{renamed:#?}");
        assert!(renamed[0].message.contains("`payments`.`status`"));
        let value = pg_files(&[
            SETUP,
            "ALTER TYPE payment_status RENAME VALUE 'pending' TO 'awaiting';",
        ]);
        assert_eq!(count(ID, &value), 1, "{value:#?}");
    }

    #[test]
    fn a_type_no_column_uses_or_a_new_table_passes() {
        assert_eq!(
            count(ID, &pg("ALTER TYPE payment_status RENAME TO pay_status;")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg(&format!(
                    "{SETUP}\nALTER TYPE payment_status RENAME VALUE 'pending' TO 'awaiting';"
                ))
            ),
            0
        );
        // The column follows the rename: renaming the type back is flagged too.
        let twice = pg_files(&[
            SETUP,
            "ALTER TYPE payment_status RENAME TO pay_status;",
            "ALTER TYPE pay_status RENAME TO payment_status;",
        ]);
        assert_eq!(count(ID, &twice), 2);
    }

    #[test]
    fn not_mysql() {
        assert_eq!(count(ID, &mysql("ALTER TABLE t RENAME TO u;")), 0);
    }
}
