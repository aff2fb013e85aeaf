//! PostgreSQL's operator classes (`CREATE INDEX i ON t (c jsonb_path_ops)`),
//! which the parser accepts in MySQL text too, where the servers refuse them.

use sqlparser::ast::{AlterTableOperation, IndexColumn, Statement, TableConstraint};

/// The first index column of `statement` followed by an operator class
/// (`c garbage`), as written: MySQL and MariaDB refuse it as a syntax error.
pub(super) fn operator_class(statement: &Statement) -> Option<String> {
    let columns: Vec<&IndexColumn> = match statement {
        Statement::CreateIndex(index) => index.columns.iter().collect(),
        Statement::CreateTable(create) => create
            .constraints
            .iter()
            .flat_map(constraint_columns)
            .collect(),
        Statement::AlterTable(alter) => alter
            .operations
            .iter()
            .flat_map(|operation| match operation {
                AlterTableOperation::AddConstraint { constraint, .. } => {
                    constraint_columns(constraint)
                }
                _ => &[],
            })
            .collect(),
        _ => Vec::new(),
    };
    columns
        .into_iter()
        .find(|c| c.operator_class.is_some())
        .map(ToString::to_string)
}

fn constraint_columns(constraint: &TableConstraint) -> &[IndexColumn] {
    match constraint {
        TableConstraint::Unique(unique) => &unique.columns,
        TableConstraint::PrimaryKey(primary) => &primary.columns,
        TableConstraint::Index(index) => &index.columns,
        TableConstraint::FulltextOrSpatial(index) => &index.columns,
        _ => &[],
    }
}
