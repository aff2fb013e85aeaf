//! The schema the earlier migrations built: which columns have which type.
//! Used to tell a safe widening from a rewrite.

use std::collections::HashMap;

use crate::ir::{ColumnType, OpKind};

/// Column types by table, and functions by name with their volatility, as
/// the migrations read so far declared them.
#[derive(Debug, Default)]
pub struct Schema {
    tables: HashMap<String, HashMap<String, ColumnType>>,
    functions: HashMap<String, bool>,
}

impl Schema {
    /// The known type of `table.column`.
    pub fn column_type(&self, table: &str, column: &str) -> Option<&ColumnType> {
        self.tables.get(table)?.get(column)
    }

    /// Whether a function the migrations declared is volatile; `None` when
    /// they did not declare it.
    pub fn function_volatile(&self, name: &str) -> Option<bool> {
        self.functions.get(name).copied()
    }

    /// Applies an operation.
    pub fn apply(&mut self, kind: &OpKind) {
        match kind {
            OpKind::CreateFunction { name, volatile } => {
                self.functions.insert(name.clone(), *volatile);
            }
            OpKind::CreateTable { table, columns } => {
                let cols = columns
                    .iter()
                    .map(|c| (c.name.clone(), c.ty.clone()))
                    .collect();
                self.tables.insert(table.clone(), cols);
            }
            OpKind::DropTable { table } => {
                self.tables.remove(table);
            }
            OpKind::RenameTable { from, to } => {
                if let Some(cols) = self.tables.remove(from) {
                    self.tables.insert(to.clone(), cols);
                }
            }
            OpKind::AddColumn { table, column, .. } => {
                self.tables
                    .entry(table.clone())
                    .or_default()
                    .insert(column.name.clone(), column.ty.clone());
            }
            OpKind::AlterColumnType {
                table, column, to, ..
            } => {
                self.tables
                    .entry(table.clone())
                    .or_default()
                    .insert(column.clone(), to.clone());
            }
            OpKind::DropColumn { table, column } => {
                if let Some(cols) = self.tables.get_mut(table) {
                    cols.remove(column);
                }
            }
            OpKind::RenameColumn { table, from, to } => {
                if let Some(cols) = self.tables.get_mut(table)
                    && let Some(ty) = cols.remove(from)
                {
                    cols.insert(to.clone(), ty);
                }
            }
            _ => {}
        }
    }
}
