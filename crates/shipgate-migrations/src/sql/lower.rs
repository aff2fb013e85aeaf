//! Lowers sqlparser's AST to [`OpKind`]s.

use sqlparser::ast::{
    AlterColumnOperation, AlterTableAlgorithm, AlterTableLock, AlterTableOperation,
    AlterTypeOperation, ColumnDef, ColumnOption, DetachPartitionMode, Expr, FromTable,
    GeneratedExpressionMode, ObjectName, ObjectType, Statement, TableConstraint, TableFactor,
    TableWithJoins,
};

use shipgate_config::Dialect;

use super::clause::table_clause;
use super::selective::selective;
use super::text::{default_value, encoding_name, is_serial, normalize_name, parse_type};
use crate::ir::{
    AlterHints, ColumnSpec, ColumnType, ConstraintKind, IndexKind, OpKind, TableClause,
};

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
        Statement::CreateTable(create) => {
            let table = name(&create.name);
            let parents = referenced_tables(create, &table);
            kinds.push(OpKind::CreateTable {
                table,
                columns: create.columns.iter().map(column_spec).collect(),
                partitioned: create.partition_by.is_some(),
                not_null_checks: not_null_checks(create),
                fulltext: create.constraints.iter().any(
                    |c| matches!(c, TableConstraint::FulltextOrSpatial(index) if index.fulltext),
                ),
            });
            // A foreign key to an existing table locks that table against
            // writes (PostgreSQL: SHARE ROW EXCLUSIVE) while the table is made.
            kinds.extend(parents.into_iter().map(|parent| OpKind::LockOnly {
                table: parent,
                statement: "CREATE TABLE ... REFERENCES".to_owned(),
                reads_blocked: false,
            }));
        }
        Statement::AlterTable(alter) => {
            let table = name(&alter.name);
            for operation in &alter.operations {
                alter_operation(&table, operation, dialect, &mut kinds, &mut hints);
            }
            let mut clauses = alter.operations.iter().filter(|o| {
                !matches!(
                    o,
                    AlterTableOperation::Algorithm { .. } | AlterTableOperation::Lock { .. }
                )
            });
            hints.renames_only = clauses.clone().next().is_some()
                && clauses.all(|o| matches!(o, AlterTableOperation::RenameTable { .. }));
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
                only: false,
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
            let selective =
                delete.limit.is_some() || delete.selection.as_ref().is_some_and(selective);
            for table in tables.iter().filter_map(table_of) {
                kinds.push(OpKind::DeleteRows {
                    table,
                    has_where,
                    selective,
                });
            }
        }
        Statement::Update(update) => {
            if let Some(table) = table_of(&update.table) {
                kinds.push(OpKind::UpdateRows {
                    table,
                    has_where: update.selection.is_some() || update.from.is_some(),
                    selective: update.limit.is_some()
                        || update.selection.as_ref().is_some_and(selective),
                });
            }
        }
        Statement::Merge(merge) => match &merge.table {
            TableFactor::Table { name: object, .. } => kinds.push(OpKind::Merge {
                table: name(object),
            }),
            _ => kinds.push(OpKind::Other {
                summary: "MERGE".into(),
            }),
        },
        Statement::AlterType(alter) => match &alter.operation {
            AlterTypeOperation::AddValue(add) => kinds.push(OpKind::AddEnumValue {
                type_name: name(&alter.name),
                value: Some(add.value.value.clone()),
            }),
            AlterTypeOperation::Rename(rename) => kinds.push(OpKind::RenameType {
                from: name(&alter.name),
                to: normalize_name(&rename.new_name.to_string()),
            }),
            AlterTypeOperation::RenameValue(_) => kinds.push(OpKind::RenameEnumValue {
                type_name: name(&alter.name),
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
            if let Some(timeout) = super::lock_timeout::lock_timeout(&set.to_string()) {
                kinds.push(OpKind::SetLockTimeout {
                    bounded: timeout.bounded,
                    local: timeout.local,
                });
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
    for kind in &mut kinds {
        dialect_types(kind, dialect);
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

/// The `CHARACTER SET` a column definition names, lowercase.
fn charset<'a>(options: impl IntoIterator<Item = &'a ColumnOption>) -> Option<String> {
    options.into_iter().find_map(|option| match option {
        ColumnOption::CharacterSet(name) => Some(encoding_name(&name.to_string())),
        _ => None,
    })
}

/// The `COLLATE` a column definition names, lowercase.
fn collation<'a>(options: impl IntoIterator<Item = &'a ColumnOption>) -> Option<String> {
    options.into_iter().find_map(|option| match option {
        ColumnOption::Collation(name) => Some(encoding_name(&name.to_string())),
        _ => None,
    })
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
            // is all NULL and the check is skipped. An inline `CHECK` is
            // always validated by a scan of every row, under the ADD
            // COLUMN's ACCESS EXCLUSIVE lock, default or not.
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
                    ColumnOption::Check(_) if dialect == Dialect::Postgres => ConstraintKind::Check,
                    _ => continue,
                };
                kinds.push(OpKind::AddConstraint {
                    table: table.clone(),
                    kind,
                    validated: true,
                    using_index: false,
                    name: None,
                    not_null_column: None,
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
        // PostgreSQL: SHARE ROW EXCLUSIVE on the table, which blocks writes.
        AlterTableOperation::DisableTrigger { .. }
        | AlterTableOperation::EnableTrigger { .. }
        | AlterTableOperation::EnableAlwaysTrigger { .. }
        | AlterTableOperation::EnableReplicaTrigger { .. } => kinds.push(OpKind::LockOnly {
            table,
            statement: "ALTER TABLE ... ENABLE/DISABLE TRIGGER".to_owned(),
            reads_blocked: false,
        }),
        AlterTableOperation::RenameConstraint { .. } => kinds.push(OpKind::LockOnly {
            table,
            statement: "ALTER TABLE ... RENAME CONSTRAINT".to_owned(),
            reads_blocked: true,
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
            // The type change first, while the column has its old name: it
            // is judged against the column's type under that name.
            kinds.push(OpKind::AlterColumnType {
                table: table.clone(),
                column: old_name.value.clone(),
                from: None,
                to: parse_type(&data_type.to_string())
                    .in_charset(charset(options))
                    .collated(collation(options)),
                using: false,
                positioned: column_position.is_some(),
                not_null: Some(restated_not_null(options)),
            });
            if old_name.value != new_name.value {
                kinds.push(OpKind::RenameColumn {
                    table,
                    from: old_name.value.clone(),
                    to: new_name.value.clone(),
                });
            }
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
            to: parse_type(&data_type.to_string())
                .in_charset(charset(options))
                .collated(collation(options)),
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
        AlterTableOperation::ValidateConstraint { name: constraint } => {
            kinds.push(OpKind::ValidateConstraint {
                table,
                name: normalize_name(&constraint.to_string()),
            });
        }
        AlterTableOperation::DetachPartitionOf { partition, mode } => {
            kinds.push(OpKind::DetachPartition {
                table,
                partition: name(partition),
                concurrently: matches!(mode, Some(DetachPartitionMode::Concurrently)),
            });
        }
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

/// The tables other than `table` that `create`'s foreign keys reference,
/// each once, in the order first named.
fn referenced_tables(create: &sqlparser::ast::CreateTable, table: &str) -> Vec<String> {
    let inline = create
        .columns
        .iter()
        .flat_map(|c| &c.options)
        .filter_map(|o| match &o.option {
            ColumnOption::ForeignKey(fk) => Some(&fk.foreign_table),
            _ => None,
        });
    let declared = create.constraints.iter().filter_map(|c| match c {
        TableConstraint::ForeignKey(fk) => Some(&fk.foreign_table),
        _ => None,
    });
    let mut seen = std::collections::HashSet::new();
    inline
        .chain(declared)
        .map(name)
        .filter(|parent| parent != table && seen.insert(parent.clone()))
        .collect()
}

/// The name a `CONSTRAINT name ...` gives, as written.
fn constraint_name(constraint: &TableConstraint) -> Option<String> {
    let text = constraint.to_string();
    let mut words = text.split_whitespace();
    (words.next()? == "CONSTRAINT")
        .then(|| words.next().map(normalize_name))
        .flatten()
}

/// The columns that the enforced `CHECK (c IS NOT NULL)` constraints of a
/// `CREATE TABLE`, of the table or of a column, prove have no nulls.
fn not_null_checks(create: &sqlparser::ast::CreateTable) -> Vec<String> {
    let of_table = create.constraints.iter().filter_map(|c| match c {
        TableConstraint::Check(check) if check.enforced != Some(false) => {
            not_null_column(&check.expr)
        }
        _ => None,
    });
    let of_columns = create.columns.iter().flat_map(|column| {
        column.options.iter().filter_map(|o| match &o.option {
            ColumnOption::Check(check) if check.enforced != Some(false) => {
                not_null_column(&check.expr)
            }
            _ => None,
        })
    });
    of_table.chain(of_columns).collect()
}

/// The column a check `(c IS NOT NULL)` proves has no nulls.
fn not_null_column(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Nested(inner) => not_null_column(inner),
        Expr::IsNotNull(inner) => match inner.as_ref() {
            Expr::Identifier(ident) => Some(ident.value.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn constraint_op(table: String, constraint: &TableConstraint, validated: bool) -> OpKind {
    let mut not_null = None;
    let mut validated = validated;
    let (kind, using_index) = match constraint {
        TableConstraint::ForeignKey(_) => (ConstraintKind::ForeignKey, false),
        TableConstraint::Check(check) => {
            not_null = not_null_column(&check.expr);
            // `NOT ENFORCED` (PostgreSQL 18, MySQL) checks no existing row.
            if check.enforced == Some(false) {
                validated = false;
            }
            (ConstraintKind::Check, false)
        }
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
                only: false,
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
                only: false,
            };
        }
        TableConstraint::Exclude(_) => (ConstraintKind::Exclude, false),
    };
    OpKind::AddConstraint {
        table,
        kind,
        validated,
        using_index,
        name: constraint_name(constraint),
        not_null_column: not_null,
    }
}

/// Each dialect's reading of a type. MySQL's `BOOLEAN` is `TINYINT(1)`, so
/// changing one to the other changes nothing. PostgreSQL's collations are
/// not modelled: its types are compared without them.
fn dialect_types(kind: &mut OpKind, dialect: Dialect) {
    let read = |ty: &mut ColumnType| {
        if dialect.is_mysql_family() {
            if ty.name == "boolean" {
                "tinyint".clone_into(&mut ty.name);
            }
        } else {
            ty.charset = None;
            ty.collation = None;
        }
    };
    match kind {
        OpKind::CreateTable { columns, .. } => columns.iter_mut().for_each(|c| read(&mut c.ty)),
        OpKind::AddColumn { column, .. } => read(&mut column.ty),
        OpKind::AlterColumnType { from, to, .. } => {
            from.iter_mut().for_each(read);
            read(to);
        }
        _ => {}
    }
}

pub(crate) fn column_spec(def: &ColumnDef) -> ColumnSpec {
    let ty = parse_type(&def.data_type.to_string())
        .in_charset(charset(def.options.iter().map(|o| &o.option)))
        .collated(collation(def.options.iter().map(|o| &o.option)));
    let mut spec = ColumnSpec {
        name: def.name.value.clone(),
        auto_increment: is_serial(&ty),
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
            // MySQL's `AUTO_INCREMENT`. Only that option: a foreign key to
            // a table named `auto_increment` is not one.
            ColumnOption::DialectSpecific(tokens)
                if tokens
                    .iter()
                    .any(|t| t.to_string().eq_ignore_ascii_case("AUTO_INCREMENT")) =>
            {
                spec.auto_increment = true;
            }
            _ => {}
        }
    }
    spec
}
