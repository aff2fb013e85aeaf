use crate::ir::{ColumnSpec, ColumnType, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `float`, `real` and `double` columns in financial tables, and in any
    /// table when the column's name says it holds money (`amount`, `balance`,
    /// `price`, `fee`, `total`, `*_amount`, ...).
    ///
    /// ## Why is this bad?
    /// Binary floating point cannot represent most decimal fractions: `0.1 + 0.2`
    /// is not `0.3`. Sums drift, reconciliations fail, and rounding differs between
    /// the database and the application.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE withdrawals ADD COLUMN fee double precision;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE withdrawals ADD COLUMN fee numeric(19,4);  -- or integer minor units: fee_cents bigint
    /// ```
    pub struct FloatForMoney {
        id: "float-for-money",
        severity: Error,
        summary: "floating-point column for money",
    }
}
impl_rule!(FloatForMoney, check);

const MONEY_WORDS: &[&str] = &[
    "amount",
    "balance",
    "price",
    "fee",
    "fees",
    "total",
    "subtotal",
    "cost",
    "commission",
    "payout",
    "credit",
    "debit",
    "tax",
    "vat",
    "refund",
    "deposit",
    "withdrawal",
    "salary",
    "principal",
];

fn is_money_name(column: &str) -> bool {
    let lower = column.to_ascii_lowercase();
    lower.split('_').any(|part| MONEY_WORDS.contains(&part))
}

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let mut report = |table: &str, column: &str, ty: &ColumnType| {
        if !ty.is_float() {
            return;
        }
        let why = if cx.is_financial(table) {
            format!("`{table}` is a financial table")
        } else if is_money_name(column) {
            format!("`{column}` holds money")
        } else {
            return;
        };
        out.push(Violation::new(
            op,
            format!("`{table}`.`{column}` is a floating-point `{}` column, but {why}", ty.name),
            "use `numeric(19,4)` / `DECIMAL(19,4)` (Laravel: `decimal('x', 19, 4)`), or integer minor units in a `bigint`",
        ));
    };
    match &op.kind {
        OpKind::CreateTable { table, columns, .. } => {
            for ColumnSpec { name, ty, .. } in columns {
                report(table, name, ty);
            }
        }
        OpKind::AddColumn { table, column, .. } => report(table, &column.name, &column.ty),
        OpKind::AlterColumnType {
            table, column, to, ..
        } => report(table, column, to),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "float-for-money";

    #[test]
    fn financial_tables_and_money_names() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE withdrawals ADD COLUMN rate double precision;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE invoices (id int, total_amount real, weight real);")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE shipments ADD COLUMN weight DOUBLE;")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE withdrawals ADD COLUMN fee DECIMAL(19,4);")
            ),
            0
        );
    }

    #[test]
    fn laravel_float_columns() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::create('payouts', function (Blueprint $table) {\n   $table->id();\n   $table->float('amount');\n   $table->double('latitude');\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 1);
    }

    #[test]
    fn both_dialects() {
        assert_eq!(
            count(ID, &mysql("ALTER TABLE withdrawals ADD COLUMN fee DOUBLE;")),
            1
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE shipments ADD COLUMN weight real;")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE deposits ALTER COLUMN amount TYPE float8;")
            ),
            1
        );
    }
}
