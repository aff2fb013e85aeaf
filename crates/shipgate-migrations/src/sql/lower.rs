//! Lowers sqlparser's AST to [`OpKind`]s.

use sqlparser::ast::{
    AlterColumnOperation, AlterTableAlgorithm, AlterTableLock, AlterTableOperation,
    AlterTypeOperation, ColumnDef, ColumnOption, FromTable, GeneratedExpressionMode, ObjectName,
    ObjectType, Statement, TableConstraint, TableFactor, TableWithJoins,
};

use shipgate_config::Dialect;

use super::clause::table_clause;
use super::text::{default_value, normalize_name, parse_type};
use crate::ir::{AlterHints, ColumnSpec, ConstraintKind, IndexKind, OpKind, TableClause};

/// What one statement lowers to: operations and the hints that apply to all of them.
pub(crate) struct Lowered {
    pub kinds: Vec<OpKind>,
    pub hints: AlterHints,
}

fn name(object: &ObjectName) -> String {
    normalize_name(&object.to_string())
}

fn table_of(table: &TableWithJoins) -> Option<String> {
    match &table.relation {
        TableFactor::Table { name: object, .. } => Some(name(object)),
        _ => None,
    }
}

/// Lowers one parsed statement; `dialect` decides what inline column
/// `REFERENCES` mean (MySQL parses and ignores them).
pub(crate) fn lower(statement: &Statement, dialect: Dialect) -> Lowered {
    let mut kinds = Vec::new();
    let mut hints = AlterHints::default();
    match statement {
        Statement::CreateTable(create) => kinds.push(OpKind::CreateTable {
            table: name(&create.name),
            columns: create.columns.iter().map(column_spec).collect(),
        }),
        Statement::AlterTable(alter) => {
            let table = name(&alter.name);
            for operation in &alter.operations {
                alter_operation(&table, operation, dialect, &mut kinds, &mut hints);
            }
            replace_primary_key(&table, &mut kinds);
        }
        Statement::CreateIndex(index) => {
            let using = index
                .using
                .as_ref()
                .map(|u| u.to_string().to_ascii_uppercase());
            hints.if_not_exists = index.if_not_exists;
            kinds.push(OpKind::CreateIndex {
                table: name(&index.table_name),
                name: index.name.as_ref().map(name),
                concurrently: index.concurrently,
                unique: index.unique,
                kind: match using.as_deref() {
                    Some("FULLTEXT") => IndexKind::FullText,
                    Some("SPATIAL") => IndexKind::Spatial,
                    _ => IndexKind::Regular,
                },
            });
        }
        Statement::Drop {
            object_type,
            names,
            table,
            ..
        } => {
            for object in names {
                match object_type {
                    ObjectType::Table => kinds.push(OpKind::DropTable {
                        table: name(object),
                    }),
                    ObjectType::Index => kinds.push(OpKind::DropIndex {
                        name: name(object),
                        table: table.as_ref().map(name),
                        concurrently: false,
                    }),
                    other => kinds.push(OpKind::Other {
                        summary: format!("DROP {other}"),
                    }),
                }
            }
        }
        Statement::Truncate(truncate) => {
            for target in &truncate.table_names {
                kinds.push(OpKind::Truncate {
                    table: name(&target.name),
                });
            }
        }
        Statement::Delete(delete) => {
            let tables = match &delete.from {
                FromTable::WithFromKeyword(t) | FromTable::WithoutKeyword(t) => t,
            };
            let has_where = delete.selection.is_some() || delete.using.is_some();
            for table in tables.iter().filter_map(table_of) {
                kinds.push(OpKind::DeleteRows { table, has_where });
            }
        }
        Statement::Update(update) => {
            if let Some(table) = table_of(&update.table) {
                kinds.push(OpKind::UpdateRows {
                    table,
                    has_where: update.selection.is_some() || update.from.is_some(),
                });
            }
        }
        Statement::AlterType(alter) => match &alter.operation {
            AlterTypeOperation::AddValue(_) => kinds.push(OpKind::AddEnumValue {
                type_name: name(&alter.name),
            }),
            _ => kinds.push(OpKind::Other {
                summary: "ALTER TYPE".into(),
            }),
        },
        Statement::RenameTable(renames) => {
            for rename in renames {
                kinds.push(OpKind::RenameTable {
                    from: name(&rename.old_name),
                    to: name(&rename.new_name),
                });
            }
        }
        Statement::Lock(lock) => {
            for target in &lock.tables {
                kinds.push(OpKind::LockTable {
                    table: name(&target.name),
                });
            }
        }
        Statement::LockTables { tables } => {
            for target in tables {
                kinds.push(OpKind::LockTable {
                    table: normalize_name(&target.table.value),
                });
            }
        }
        Statement::StartTransaction { .. } => kinds.push(OpKind::BeginTransaction),
        Statement::Commit { .. } | Statement::Rollback { .. } => kinds.push(OpKind::EndTransaction),
        Statement::Set(set) => {
            let text = set.to_string().to_ascii_lowercase();
            if text.contains("lock_timeout") || text.contains("lock_wait_timeout") {
                kinds.push(OpKind::SetLockTimeout);
            } else {
                kinds.push(OpKind::Other {
                    summary: "SET".into(),
                });
            }
        }
        other => kinds.push(OpKind::Other {
            summary: other
                .to_string()
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" "),
        }),
    }
    Lowered { kinds, hints }
}

/// `DROP PRIMARY KEY, ADD PRIMARY KEY (...)` in one statement is one rebuild
/// (MySQL and MariaDB refuse to drop a primary key in place otherwise).
fn replace_primary_key(table: &str, kinds: &mut Vec<OpKind>) {
    let is_add = |k: &OpKind| {
        matches!(
            k,
            OpKind::AddConstraint {
                kind: ConstraintKind::PrimaryKey,
                using_index: false,
                ..
            }
        )
    };
    let drops = kinds
        .iter()
        .any(|k| matches!(k, OpKind::DropPrimaryKey { .. }));
    if drops && kinds.iter().any(is_add) {
        kinds.retain(|k| !matches!(k, OpKind::DropPrimaryKey { .. }) && !is_add(k));
        kinds.push(OpKind::AlterTableClause {
            table: table.to_owned(),
            clause: TableClause::ReplacePrimaryKey,
        });
    }
}

/// Whether a restated MySQL column definition says `NOT NULL` (or `PRIMARY KEY`).
fn restated_not_null(options: &[ColumnOption]) -> bool {
    options
        .iter()
        .any(|o| matches!(o, ColumnOption::NotNull | ColumnOption::PrimaryKey(_)))
}

fn alter_operation(
    table: &str,
    operation: &AlterTableOperation,
    dialect: Dialect,
    kinds: &mut Vec<OpKind>,
    hints: &mut AlterHints,
) {
    let table = table.to_owned();
    match operation {
        AlterTableOperation::AddColumn {
            column_def,
            column_position,
            ..
        } => {
            kinds.push(OpKind::AddColumn {
                table: table.clone(),
                column: column_spec(column_def),
                positioned: column_position.is_some(),
            });
            // An inline `UNIQUE` or `PRIMARY KEY` is a constraint added with
            // the column: its index is built under the same lock. An inline
            // `REFERENCES` is validated only when the column has a
            // `DEFAULT` (even `DEFAULT NULL`): PostgreSQL then scans every
            // row under the ADD COLUMN's lock; without one, the new column
            // is all NULL and the check is skipped.
            let has_default = column_def
                .options
                .iter()
                .any(|o| matches!(o.option, ColumnOption::Default(_)));
            for option in &column_def.options {
                let kind = match &option.option {
                    ColumnOption::Unique(_) => ConstraintKind::Unique,
                    ColumnOption::PrimaryKey(_) => ConstraintKind::PrimaryKey,
                    ColumnOption::ForeignKey(_) if has_default && dialect == Dialect::Postgres => {
                        ConstraintKind::ForeignKey
                    }
                    _ => continue,
                };
                kinds.push(OpKind::AddConstraint {
                    table: table.clone(),
                    kind,
                    validated: true,
                    using_index: false,
                });
            }
        }
        AlterTableOperation::DropColumn { column_names, .. } => {
            for column in column_names {
                kinds.push(OpKind::DropColumn {
                    table: table.clone(),
                    column: column.value.clone(),
                });
            }
        }
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => kinds.push(OpKind::RenameColumn {
            table,
            from: old_column_name.value.clone(),
            to: new_column_name.value.clone(),
        }),
        AlterTableOperation::RenameTable { table_name } => {
            let to = match table_name {
                sqlparser::ast::RenameTableNameKind::As(n)
                | sqlparser::ast::RenameTableNameKind::To(n) => name(n),
            };
            kinds.push(OpKind::RenameTable { from: table, to });
        }
        AlterTableOperation::ChangeColumn {
            old_name,
            new_name,
            data_type,
            options,
            column_position,
        } => {
            if old_name.value != new_name.value {
                kinds.push(OpKind::RenameColumn {
                    table: table.clone(),
                    from: old_name.value.clone(),
                    to: new_name.value.clone(),
                });
            }
            kinds.push(OpKind::AlterColumnType {
                table,
                column: old_name.value.clone(),
                from: None,
                to: parse_type(&data_type.to_string()),
                using: false,
                positioned: column_position.is_some(),
                not_null: Some(restated_not_null(options)),
            });
        }
        AlterTableOperation::ModifyColumn {
            col_name,
            data_type,
            options,
            column_position,
        } => kinds.push(OpKind::AlterColumnType {
            table,
            column: col_name.value.clone(),
            from: None,
            to: parse_type(&data_type.to_string()),
            using: false,
            positioned: column_position.is_some(),
            not_null: Some(restated_not_null(options)),
        }),
        AlterTableOperation::AlterColumn { column_name, op } => {
            let column = column_name.value.clone();
            match op {
                AlterColumnOperation::SetNotNull => {
                    kinds.push(OpKind::SetNotNull { table, column });
                }
                AlterColumnOperation::SetDataType {
                    data_type, using, ..
                } => {
                    kinds.push(OpKind::AlterColumnType {
                        table,
                        column,
                        from: None,
                        to: parse_type(&data_type.to_string()),
                        using: using.is_some(),
                        positioned: false,
                        not_null: None,
                    });
                }
                AlterColumnOperation::SetDefault { .. } => {
                    kinds.push(OpKind::SetDefault { table, column });
                }
                AlterColumnOperation::DropDefault => kinds.push(OpKind::AlterTableClause {
                    table,
                    clause: TableClause::DropDefault { column },
                }),
                AlterColumnOperation::DropNotNull => kinds.push(OpKind::AlterTableClause {
                    table,
                    clause: TableClause::DropNotNull { column },
                }),
                other => kinds.push(OpKind::Other {
                    summary: format!("ALTER COLUMN {other}"),
                }),
            }
        }
        AlterTableOperation::AddConstraint {
            constraint,
            not_valid,
        } => kinds.push(constraint_op(table, constraint, !*not_valid)),
        AlterTableOperation::DropPrimaryKey { .. } => kinds.push(OpKind::DropPrimaryKey { table }),
        AlterTableOperation::DropIndex { name: index } => kinds.push(OpKind::DropIndex {
            name: index.value.clone(),
            table: Some(table),
            concurrently: false,
        }),
        AlterTableOperation::Algorithm { algorithm, .. } => {
            hints.algorithm = Some(
                match algorithm {
                    AlterTableAlgorithm::Default => "DEFAULT",
                    AlterTableAlgorithm::Instant => "INSTANT",
                    AlterTableAlgorithm::Inplace => "INPLACE",
                    AlterTableAlgorithm::Copy => "COPY",
                }
                .to_owned(),
            );
        }
        AlterTableOperation::SetLogged | AlterTableOperation::SetUnlogged => {
            let what = if matches!(operation, AlterTableOperation::SetLogged) {
                "LOGGED"
            } else {
                "UNLOGGED"
            };
            kinds.push(OpKind::RewriteTable {
                table,
                cause: format!("`ALTER TABLE ... SET {what}` rewrites"),
            });
        }
        AlterTableOperation::Lock { lock, .. } => {
            hints.lock = Some(
                match lock {
                    AlterTableLock::Default => "DEFAULT",
                    AlterTableLock::None => "NONE",
                    AlterTableLock::Shared => "SHARED",
                    AlterTableLock::Exclusive => "EXCLUSIVE",
                }
                .to_owned(),
            );
        }
        other => {
            let text = other.to_string();
            if let Some(clause) = table_clause(&text) {
                kinds.push(OpKind::AlterTableClause { table, clause });
                return;
            }
            kinds.push(OpKind::Other {
                summary: format!(
                    "ALTER TABLE {}",
                    text.split_whitespace()
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            });
        }
    }
}

fn constraint_op(table: String, constraint: &TableConstraint, validated: bool) -> OpKind {
    let (kind, using_index) = match constraint {
        TableConstraint::ForeignKey(_) => (ConstraintKind::ForeignKey, false),
        TableConstraint::Check(_) => (ConstraintKind::Check, false),
        TableConstraint::Unique(_) => (ConstraintKind::Unique, false),
        TableConstraint::PrimaryKey(_) => (ConstraintKind::PrimaryKey, false),
        TableConstraint::UniqueUsingIndex(_) => (ConstraintKind::Unique, true),
        TableConstraint::PrimaryKeyUsingIndex(_) => (ConstraintKind::PrimaryKey, true),
        TableConstraint::Index(index) => {
            return OpKind::CreateIndex {
                table,
                name: index.name.as_ref().map(|n| n.value.clone()),
                concurrently: false,
                unique: false,
                kind: IndexKind::Regular,
            };
        }
        TableConstraint::FulltextOrSpatial(index) => {
            return OpKind::CreateIndex {
                table,
                name: index.opt_index_name.as_ref().map(|n| n.value.clone()),
                concurrently: false,
                unique: false,
                kind: if index.fulltext {
                    IndexKind::FullText
                } else {
                    IndexKind::Spatial
                },
            };
        }
        TableConstraint::Exclude(_) => (ConstraintKind::Other, false),
    };
    OpKind::AddConstraint {
        table,
        kind,
        validated,
        using_index,
    }
}

pub(crate) fn column_spec(def: &ColumnDef) -> ColumnSpec {
    let ty = parse_type(&def.data_type.to_string());
    let mut spec = ColumnSpec {
        name: def.name.value.clone(),
        auto_increment: matches!(
            ty.name.as_str(),
            "serial" | "bigserial" | "smallserial" | "serial4" | "serial8"
        ),
        ty,
        not_null: false,
        default: None,
        generated: false,
        virtual_generated: false,
    };
    for option in &def.options {
        match &option.option {
            ColumnOption::NotNull | ColumnOption::PrimaryKey(_) => spec.not_null = true,
            ColumnOption::Default(expr) => {
                spec.default = Some(default_value(&expr.to_string()));
            }
            ColumnOption::Generated {
                generation_expr,
                generation_expr_mode,
                ..
            } => {
                if generation_expr.is_some() {
                    if matches!(generation_expr_mode, Some(GeneratedExpressionMode::Stored)) {
                        spec.generated = true;
                    } else {
                        spec.virtual_generated = true;
                    }
                } else {
                    spec.auto_increment = true;
                }
            }
            other => {
                if other
                    .to_string()
                    .to_ascii_uppercase()
                    .contains("AUTO_INCREMENT")
                {
                    spec.auto_increment = true;
                }
            }
        }
    }
    spec
}
