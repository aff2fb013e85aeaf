//! Whether an `UPDATE` or `DELETE` restriction is selective: a heuristic,
//! documented on [`OpKind::UpdateRows`](crate::ir::OpKind::UpdateRows).
//!
//! A `WHERE` is selective when one of its `AND`ed conditions
//! - compares a key column (`id`, `uuid`, `key`, or a name ending in `_id`,
//!   `_uuid` or `_key`) for equality with a constant, or lists its values
//!   with `IN (...)`; or
//! - bounds one column on both sides with constants: `BETWEEN a AND b`, or a
//!   `>`/`>=` and a `<`/`<=` on the same column.
//!
//! Anything else (a status flag, `IS NULL`, a join, an `OR` of conditions, a
//! subquery) may match every row of the table, and is not selective.

use sqlparser::ast::{BinaryOperator, Expr, InTarget, UnaryOperator};

/// Whether `expr`, a `WHERE` clause, is selective.
pub(crate) fn selective(expr: &Expr) -> bool {
    let mut conjuncts = Vec::new();
    flatten_and(expr, &mut conjuncts);
    if conjuncts.iter().any(|c| selective_alone(c)) {
        return true;
    }
    // A lower and an upper bound on the same column.
    let mut lower = Vec::new();
    let mut upper = Vec::new();
    for conjunct in &conjuncts {
        if let Expr::BinaryOp { left, op, right } = conjunct {
            let (column, bound) = match (column(left), column(right)) {
                (Some(c), None) if constant(right) => (c, op.clone()),
                (None, Some(c)) if constant(left) => (c, flip(op)),
                _ => continue,
            };
            match bound {
                BinaryOperator::Gt | BinaryOperator::GtEq => lower.push(column),
                BinaryOperator::Lt | BinaryOperator::LtEq => upper.push(column),
                _ => {}
            }
        }
    }
    lower.iter().any(|c| upper.contains(c))
}

fn flatten_and<'a>(expr: &'a Expr, out: &mut Vec<&'a Expr>) {
    match expr {
        Expr::Nested(inner) => flatten_and(inner, out),
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => {
            flatten_and(left, out);
            flatten_and(right, out);
        }
        other => out.push(other),
    }
}

fn selective_alone(expr: &Expr) -> bool {
    match expr {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::Eq,
            right,
        } => (is_key(left) && constant(right)) || (is_key(right) && constant(left)),
        Expr::In {
            expr,
            target: InTarget::List(list),
            negated: false,
            ..
        } => is_key(expr) && list.iter().all(constant),
        Expr::Between {
            expr,
            negated: false,
            low,
            high,
        } => column(expr).is_some() && constant(low) && constant(high),
        _ => false,
    }
}

/// `a < c` is `c > a`.
fn flip(op: &BinaryOperator) -> BinaryOperator {
    match op {
        BinaryOperator::Gt => BinaryOperator::Lt,
        BinaryOperator::GtEq => BinaryOperator::LtEq,
        BinaryOperator::Lt => BinaryOperator::Gt,
        BinaryOperator::LtEq => BinaryOperator::GtEq,
        other => other.clone(),
    }
}

/// The column an expression names, lowercased and unqualified.
fn column(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Identifier(ident) => Some(ident.value.to_ascii_lowercase()),
        Expr::CompoundIdentifier(parts) => parts.last().map(|i| i.value.to_ascii_lowercase()),
        Expr::Nested(inner) => column(inner),
        _ => None,
    }
}

fn is_key(expr: &Expr) -> bool {
    column(expr).is_some_and(|c| {
        matches!(c.as_str(), "id" | "uuid" | "key")
            || c.ends_with("_id")
            || c.ends_with("_uuid")
            || c.ends_with("_key")
    })
}

/// An expression with no column in it: a literal, a parameter, a cast or
/// arithmetic of those, or a function call such as `now()`.
fn constant(expr: &Expr) -> bool {
    match expr {
        Expr::Value(_) | Expr::TypedString(_) | Expr::Interval(_) | Expr::Function(_) => true,
        Expr::Nested(inner) | Expr::Cast { expr: inner, .. } => constant(inner),
        Expr::UnaryOp {
            op: UnaryOperator::Minus | UnaryOperator::Plus,
            expr,
        } => constant(expr),
        Expr::BinaryOp { left, op, right } => {
            matches!(
                op,
                BinaryOperator::Plus
                    | BinaryOperator::Minus
                    | BinaryOperator::Multiply
                    | BinaryOperator::Divide
            ) && constant(left)
                && constant(right)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use sqlparser::ast::Statement;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;

    use super::selective;

    fn of(condition: &str) -> bool {
        let sql = format!("DELETE FROM t WHERE {condition}");
        let parsed = Parser::parse_sql(&PostgreSqlDialect {}, &sql).unwrap();
        let Statement::Delete(delete) = &parsed[0] else {
            panic!("{sql}");
        };
        selective(delete.selection.as_ref().unwrap())
    }

    #[test]
    fn keys_and_bounded_ranges_are_selective() {
        for condition in [
            "id = 42",
            "t.account_id = $1",
            "id IN (1, 2, 3)",
            "status = 'failed' AND id = 7",
            "id BETWEEN 1 AND 10000",
            "created_at >= '2024-01-01' AND created_at < '2024-02-01'",
            "1000 > id AND id >= 0",
            "(uuid = 'a')",
        ] {
            assert!(of(condition), "{condition}");
        }
    }

    #[test]
    fn flags_nulls_joins_and_open_ranges_are_not() {
        for condition in [
            "currency IS NULL",
            "status = 'failed'",
            "created_at < now() - interval '2 years'",
            "id = 1 OR status = 'x'",
            "id IN (SELECT id FROM other)",
            "id = other_id",
            "id > 10",
            "NOT id = 1",
            "id <> 1",
        ] {
            assert!(!of(condition), "{condition}");
        }
    }
}
