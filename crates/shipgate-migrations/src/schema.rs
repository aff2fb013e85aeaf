//! The schema the earlier migrations built: which columns have which type.
//! Used to tell a safe widening from a rewrite.
//!
//! With `--schema`, it starts from today's production schema (see
//! [`crate::baseline`]): its column types, indexes and table sizes.

use crate::fast_hash::{HashMap, HashSet};
use crate::ir::{ColumnType, IndexKind, OpKind, TableClause};

/// Column types by table, and functions by name with their volatility, as
/// the migrations read so far declared them.
#[derive(Debug, Default, Clone)]
pub struct Schema {
    tables: HashMap<String, HashMap<String, ColumnType>>,
    /// Estimated row counts, from a live database or a snapshot's
    /// `-- shipgate:rows` lines.
    rows: HashMap<String, u64>,
    /// Index name to its table.
    indexes: HashMap<String, String>,
    /// Tables that have had a MySQL `FULLTEXT` index: `InnoDB` added its
    /// hidden `FTS_DOC_ID` column with the first, and keeps it when the
    /// indexes are dropped, so another is added without a rebuild.
    fulltext: HashSet<String>,
    /// Where the starting schema came from (a file, or a URL without its
    /// password); `None` when the gate started from nothing.
    source: Option<String>,
    /// Whether each column is `NOT NULL`, where the migrations said.
    not_null: HashMap<String, HashMap<String, bool>>,
    functions: HashMap<String, bool>,
    defaults: HashSet<(String, String)>,
    /// Tables created with `PARTITION BY`.
    partitioned: HashSet<String>,
    /// Constraints that prove a column has no nulls, by table: the
    /// constraint's name (if given), the column, and whether it is validated.
    not_null_proofs: HashMap<String, Vec<NotNullProof>>,
}

/// A check `(c IS NOT NULL)` or a `NOT NULL c` constraint on a table.
#[derive(Debug, Clone)]
struct NotNullProof {
    name: Option<String>,
    column: String,
    validated: bool,
}

impl Schema {
    /// The known type of `table.column`.
    pub fn column_type(&self, table: &str, column: &str) -> Option<&ColumnType> {
        self.tables.get(table)?.get(column)
    }

    /// Where the starting schema was read from, when `--schema` gave one.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Marks this schema as read from `source`.
    pub(crate) fn set_source(&mut self, source: String) {
        self.source = Some(source);
    }

    /// The estimated number of rows of `table`, when the schema knows it.
    pub fn rows(&self, table: &str) -> Option<u64> {
        self.rows.get(table).copied()
    }

    /// How many tables have a known size.
    pub fn sized_tables(&self) -> usize {
        self.rows.len()
    }

    /// How many tables have known columns.
    pub fn table_count(&self) -> usize {
        self.tables.len()
    }

    /// Whether the index `name` exists on `table`.
    pub fn has_index(&self, table: &str, name: &str) -> bool {
        self.indexes.get(name).is_some_and(|t| t == table) && self.tables.contains_key(table)
    }

    /// The table of the index `name`, when the schema knows it.
    pub fn index_table(&self, name: &str) -> Option<&str> {
        self.indexes.get(name).map(String::as_str)
    }

    /// Whether the schema knows the table (created, or read from `--schema`).
    pub fn has_table(&self, table: &str) -> bool {
        self.tables.contains_key(table)
    }

    /// Whether `table.column` is `NOT NULL`, as the migrations read so far left it.
    pub fn column_not_null(&self, table: &str, column: &str) -> Option<bool> {
        self.not_null.get(table)?.get(column).copied()
    }

    /// Whether a function the migrations declared is volatile; `None` when
    /// they did not declare it.
    pub fn function_volatile(&self, name: &str) -> Option<bool> {
        self.functions.get(name).copied()
    }

    /// Whether the migrations gave `table.column` a default (or made it an
    /// identity, serial or generated column), so an insert may omit it.
    pub fn has_default(&self, table: &str, column: &str) -> bool {
        self.defaults
            .contains(&(table.to_owned(), column.to_owned()))
    }

    /// Whether `table` was created with `PARTITION BY`.
    pub fn is_partitioned(&self, table: &str) -> bool {
        self.partitioned.contains(table)
    }

    /// Whether a validated constraint on `table` proves `column` has no nulls,
    /// so that PostgreSQL 12+ skips the scan of `SET NOT NULL`.
    pub fn not_null_proven(&self, table: &str, column: &str) -> bool {
        self.not_null_proofs
            .get(table)
            .is_some_and(|proofs| proofs.iter().any(|p| p.validated && p.column == column))
    }

    /// A column (table and column name, the first in name order) whose
    /// declared type is `type_name`.
    pub fn column_of_type(&self, type_name: &str) -> Option<(&str, &str)> {
        self.tables
            .iter()
            .flat_map(|(table, cols)| {
                cols.iter()
                    .filter(|(_, ty)| ty.name == type_name)
                    .map(move |(column, _)| (table.as_str(), column.as_str()))
            })
            .min()
    }

    fn note_default(&mut self, table: &str, column: &crate::ir::ColumnSpec) {
        if column.default.is_some() || column.auto_increment || column.generated {
            self.defaults
                .insert((table.to_owned(), column.name.clone()));
        }
    }

    /// Reads a second `CREATE TABLE` of a name the schema already holds: a
    /// table of the same name in another schema (`audit.payments` beside
    /// `public.payments`). Names are compared without their schema, so a
    /// migration's `payments` may be either, and what is kept is what holds
    /// for both: a column whose types differ, or that one of them lacks, has
    /// both as its type (no widening is proven); `NOT NULL` and a default
    /// only where both have them; no proof for `SET NOT NULL`; partitioned if
    /// either is. Anything else is applied as usual. Returns whether `kind`
    /// was such a second table.
    pub(crate) fn apply_namesake(&mut self, kind: &OpKind) -> bool {
        let OpKind::CreateTable {
            table,
            columns,
            partitioned,
            ..
        } = kind
        else {
            self.apply(kind);
            return false;
        };
        if !self.tables.contains_key(table) {
            self.apply(kind);
            return false;
        }
        let absent = ColumnType::new("absent", &[]);
        let types = self.tables.entry(table.clone()).or_default();
        for (name, ty) in types.iter_mut() {
            if !columns.iter().any(|c| c.name == *name) {
                *ty = ColumnType::new(&format!("{ty} | {absent}"), &[]);
            }
        }
        for column in columns {
            match types.get_mut(&column.name) {
                Some(ty) if *ty != column.ty => {
                    *ty = ColumnType::new(&format!("{ty} | {}", column.ty), &[]);
                }
                Some(_) => {}
                None => {
                    let both = format!("{absent} | {}", column.ty);
                    types.insert(column.name.clone(), ColumnType::new(&both, &[]));
                }
            }
        }
        let not_null = self.not_null.entry(table.clone()).or_default();
        for (name, value) in not_null.iter_mut() {
            *value &= columns.iter().any(|c| c.name == *name && c.not_null);
        }
        for column in columns {
            not_null.entry(column.name.clone()).or_insert(false);
        }
        self.defaults.retain(|(t, c)| {
            t != table
                || columns.iter().any(|col| {
                    col.name == *c && (col.default.is_some() || col.auto_increment || col.generated)
                })
        });
        self.not_null_proofs.remove(table);
        if *partitioned {
            self.partitioned.insert(table.clone());
        }
        true
    }

    /// Records the estimated rows of a table of the same name in another
    /// schema: the larger count is kept, so no rule judges the larger table
    /// as small.
    pub(crate) fn set_rows_at_least(&mut self, table: &str, rows: u64) {
        let known = self.rows.entry(table.to_owned()).or_insert(rows);
        *known = (*known).max(rows);
    }

    /// Applies an operation.
    pub fn apply(&mut self, kind: &OpKind) {
        self.apply_nullability(kind);
        self.apply_sizes_and_indexes(kind);
        self.apply_partitions_and_proofs(kind);
        match kind {
            OpKind::RenameType { from, to } => {
                for cols in self.tables.values_mut() {
                    for ty in cols.values_mut().filter(|ty| ty.name == *from) {
                        ty.name.clone_from(to);
                    }
                }
            }
            OpKind::SetDefault { table, column } => {
                self.defaults.insert((table.clone(), column.clone()));
            }
            OpKind::CreateFunction { name, volatile } => {
                self.functions.insert(name.clone(), *volatile);
            }
            OpKind::CreateTable { table, columns, .. } => {
                for column in columns {
                    self.note_default(table, column);
                }
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
                self.note_default(table, column);
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
            // Every character column is converted to a character set the
            // type does not name: what the columns say is no longer known.
            OpKind::ConvertCharset { table } => {
                for ty in self
                    .tables
                    .get_mut(table)
                    .into_iter()
                    .flat_map(|cols| cols.values_mut())
                {
                    ty.charset = None;
                    ty.collation = None;
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

    fn apply_sizes_and_indexes(&mut self, kind: &OpKind) {
        match kind {
            OpKind::CreateIndex {
                table, name, kind, ..
            } => {
                if let Some(name) = name {
                    self.indexes.insert(name.clone(), table.clone());
                }
                if *kind == IndexKind::FullText {
                    self.fulltext.insert(table.clone());
                }
            }
            OpKind::CreateTable {
                table, fulltext, ..
            } => {
                if *fulltext {
                    self.fulltext.insert(table.clone());
                } else {
                    self.fulltext.remove(table);
                }
            }
            OpKind::DropIndex { name, .. } => {
                self.indexes.remove(name);
            }
            OpKind::DropTable { table } => {
                self.rows.remove(table);
                self.fulltext.remove(table);
            }
            OpKind::RenameTable { from, to } => {
                if let Some(rows) = self.rows.remove(from) {
                    self.rows.insert(to.clone(), rows);
                }
                if self.fulltext.remove(from) {
                    self.fulltext.insert(to.clone());
                }
            }
            _ => {}
        }
    }

    /// Whether `table` has had a MySQL `FULLTEXT` index, so that `InnoDB` adds
    /// another without a rebuild.
    pub fn has_had_fulltext_index(&self, table: &str) -> bool {
        self.fulltext.contains(table)
    }

    fn apply_partitions_and_proofs(&mut self, kind: &OpKind) {
        match kind {
            OpKind::CreateTable {
                table,
                partitioned,
                not_null_checks,
                ..
            } => {
                self.not_null_proofs.remove(table);
                if !not_null_checks.is_empty() {
                    // A constraint made with its table checks every row
                    // there is: none. It is valid.
                    self.not_null_proofs.insert(
                        table.clone(),
                        not_null_checks
                            .iter()
                            .map(|column| NotNullProof {
                                name: None,
                                column: column.clone(),
                                validated: true,
                            })
                            .collect(),
                    );
                }
                if *partitioned {
                    self.partitioned.insert(table.clone());
                } else {
                    self.partitioned.remove(table);
                }
            }
            OpKind::DropTable { table } => {
                self.partitioned.remove(table);
                self.not_null_proofs.remove(table);
            }
            OpKind::RenameTable { from, to } => {
                if self.partitioned.remove(from) {
                    self.partitioned.insert(to.clone());
                }
                if let Some(proofs) = self.not_null_proofs.remove(from) {
                    self.not_null_proofs.insert(to.clone(), proofs);
                }
            }
            OpKind::AddConstraint {
                table,
                name,
                not_null_column: Some(column),
                validated,
                ..
            } => self
                .not_null_proofs
                .entry(table.clone())
                .or_default()
                .push(NotNullProof {
                    name: name.clone(),
                    column: column.clone(),
                    validated: *validated,
                }),
            // A constraint dropped (its name is not kept) may be the proof:
            // every proof on the table goes, so the next `SET NOT NULL` is
            // judged as scanning.
            OpKind::AlterTableClause {
                table,
                clause: TableClause::DropConstraint,
            } => {
                self.not_null_proofs.remove(table);
            }
            OpKind::DropColumn { table, column } => {
                if let Some(proofs) = self.not_null_proofs.get_mut(table) {
                    proofs.retain(|p| p.column != *column);
                }
            }
            OpKind::RenameColumn { table, from, to } => {
                if let Some(proofs) = self.not_null_proofs.get_mut(table) {
                    for proof in proofs.iter_mut().filter(|p| p.column == *from) {
                        proof.column.clone_from(to);
                    }
                }
            }
            OpKind::ValidateConstraint { table, name } => {
                if let Some(proofs) = self.not_null_proofs.get_mut(table) {
                    for proof in proofs
                        .iter_mut()
                        .filter(|p| p.name.as_deref() == Some(name.as_str()))
                    {
                        proof.validated = true;
                    }
                }
            }
            _ => {}
        }
    }

    fn apply_nullability(&mut self, kind: &OpKind) {
        match kind {
            OpKind::CreateTable { table, columns, .. } => {
                let cols = columns
                    .iter()
                    .map(|c| (c.name.clone(), c.not_null))
                    .collect();
                self.not_null.insert(table.clone(), cols);
            }
            OpKind::DropTable { table } => {
                self.not_null.remove(table);
            }
            OpKind::RenameTable { from, to } => {
                if let Some(cols) = self.not_null.remove(from) {
                    self.not_null.insert(to.clone(), cols);
                }
            }
            OpKind::AddColumn { table, column, .. } => {
                self.not_null
                    .entry(table.clone())
                    .or_default()
                    .insert(column.name.clone(), column.not_null);
            }
            OpKind::AlterColumnType {
                table,
                column,
                not_null: Some(not_null),
                ..
            } => {
                self.not_null
                    .entry(table.clone())
                    .or_default()
                    .insert(column.clone(), *not_null);
            }
            OpKind::SetNotNull { table, column } => {
                self.not_null
                    .entry(table.clone())
                    .or_default()
                    .insert(column.clone(), true);
            }
            OpKind::DropColumn { table, column } => {
                if let Some(cols) = self.not_null.get_mut(table) {
                    cols.remove(column);
                }
            }
            OpKind::RenameColumn { table, from, to } => {
                if let Some(cols) = self.not_null.get_mut(table)
                    && let Some(not_null) = cols.remove(from)
                {
                    cols.insert(to.clone(), not_null);
                }
            }
            _ => {}
        }
    }
}
