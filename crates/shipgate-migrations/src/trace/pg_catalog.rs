//! What `migrations trace` reads from PostgreSQL's catalogs: the locks a
//! backend holds, and the relations, constraints and `NOT NULL` columns they
//! are on, as one connection sees them.
//!
//! Every query is limited to the relations the statement locked, so the
//! cost of a statement's observation does not grow with the schema.

use std::collections::{BTreeMap, HashMap};

use postgres::Client;

use super::expect::Blocking;

/// A relation as one connection sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// `table `t``, `index `s.t_pkey``.
    pub shown: String,
    /// `pg_class.relkind`.
    pub kind: String,
    /// `pg_class.relfilenode`: a new one means the relation was rewritten.
    pub filenode: u32,
    /// For an index, the table it is on.
    pub table: Option<u32>,
}

/// The catalog rows of a set of relations, as one connection sees them.
#[derive(Debug, Default)]
pub struct View {
    /// Relations by oid (system schemas left out).
    pub relations: HashMap<u32, Relation>,
    /// `(table, constraint oid)` -> (name, `contype`, `convalidated`): by oid,
    /// so a renamed constraint is the same constraint.
    pub constraints: HashMap<(u32, u32), (String, String, bool)>,
    /// `(table, column)` -> `attnotnull`.
    pub columns: HashMap<(u32, String), bool>,
}

/// The relation locks `pid` holds in the current database: oid -> modes.
pub fn locks(client: &mut Client, pid: i32) -> Result<BTreeMap<u32, Vec<String>>, postgres::Error> {
    let rows = client.query(
        "SELECT relation, mode FROM pg_locks
         WHERE pid = $1 AND locktype = 'relation' AND granted
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        &[&pid],
    )?;
    let mut out: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for row in rows {
        let oid: u32 = row.get(0);
        out.entry(oid).or_default().push(row.get(1));
    }
    Ok(out)
}

/// The catalog rows of `oids`, or of every user relation when `oids` is `None`.
pub fn view(client: &mut Client, oids: Option<&[u32]>) -> Result<View, postgres::Error> {
    let all: Vec<u32> = Vec::new();
    let (filter, list) = match oids {
        Some(oids) => ("c.oid = ANY($1)", oids),
        None => ("cardinality($1::oid[]) = 0", all.as_slice()),
    };
    let mut view = View::default();
    let rows = client.query(
        &format!(
            "SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.relfilenode, i.indrelid
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_index i ON i.indexrelid = c.oid
             WHERE {filter} AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
        ),
        &[&list],
    )?;
    for row in rows {
        let schema: String = row.get(1);
        let name: String = row.get(2);
        let kind: String = row.get(3);
        let qualified = if schema == "public" {
            name
        } else {
            format!("{schema}.{name}")
        };
        view.relations.insert(
            row.get(0),
            Relation {
                shown: format!("{} `{qualified}`", kind_name(&kind)),
                kind,
                filenode: row.get(4),
                table: row.get(5),
            },
        );
    }
    let tables: Vec<u32> = view.relations.keys().copied().collect();
    for row in client.query(
        "SELECT conrelid, oid, conname, contype::text, convalidated FROM pg_constraint WHERE conrelid = ANY($1)",
        &[&tables],
    )? {
        view.constraints.insert(
            (row.get(0), row.get(1)),
            (row.get(2), row.get(3), row.get(4)),
        );
    }
    for row in client.query(
        "SELECT attrelid, attname, attnotnull FROM pg_attribute
         WHERE attrelid = ANY($1) AND attnum > 0 AND NOT attisdropped",
        &[&tables],
    )? {
        view.columns.insert((row.get(0), row.get(1)), row.get(2));
    }
    Ok(view)
}

/// How many scans `client`'s backend has counted on each table, sequential
/// or through one of its indexes (`pg_stat_get_xact_numscans`, which also
/// holds counts not yet flushed from earlier statements): of `tables`, or of
/// every user table when `None`. Read before and after a statement, the
/// difference says whether it read the table: a validation does, a
/// constraint the server proves without reading (a foreign key on a new
/// column with no default) does not.
pub fn scan_counts(
    client: &mut Client,
    tables: Option<&[u32]>,
) -> Result<HashMap<u32, i64>, postgres::Error> {
    let all: Vec<u32> = Vec::new();
    let (filter, list) = match tables {
        Some(tables) => ("c.oid = ANY($1)", tables),
        None => (
            "cardinality($1::oid[]) = 0 AND c.relkind IN ('r', 'p', 'm')
             AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)",
            all.as_slice(),
        ),
    };
    Ok(client
        .query(
            &format!(
                "SELECT c.oid, pg_stat_get_xact_numscans(c.oid)
                        + COALESCE((SELECT sum(pg_stat_get_xact_numscans(i.indexrelid))
                                    FROM pg_index i WHERE i.indrelid = c.oid), 0)::bigint
                 FROM pg_class c WHERE {filter}"
            ),
            &[&list],
        )?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect())
}

/// `table`, `index`, ... for a `relkind`.
fn kind_name(kind: &str) -> &'static str {
    match kind {
        "r" => "table",
        "p" => "partitioned table",
        "i" | "I" => "index",
        "S" => "sequence",
        "v" => "view",
        "m" => "materialized view",
        "f" => "foreign table",
        "c" => "composite type",
        _ => "relation",
    }
}

/// A lock mode's rank (weakest first), its name as the documentation
/// writes it, and what it blocks.
pub fn mode(mode: &str) -> (u8, String, Blocking) {
    let (rank, blocking) = match mode {
        "AccessShareLock" => (1, Blocking::Nothing),
        "RowShareLock" => (2, Blocking::Nothing),
        "RowExclusiveLock" => (3, Blocking::Nothing),
        "ShareUpdateExclusiveLock" => (4, Blocking::Nothing),
        "ShareLock" => (5, Blocking::Writes),
        "ShareRowExclusiveLock" => (6, Blocking::Writes),
        "ExclusiveLock" => (7, Blocking::Writes),
        // AccessExclusiveLock, and any mode a later server adds: the worst.
        _ => (8, Blocking::ReadsAndWrites),
    };
    let name = mode.strip_suffix("Lock").unwrap_or(mode);
    let mut words = String::new();
    for (i, c) in name.char_indices() {
        if i > 0 && c.is_ascii_uppercase() {
            words.push(' ');
        }
        words.push(c.to_ascii_uppercase());
    }
    (rank, words, blocking)
}

#[cfg(test)]
mod tests {
    use super::mode;
    use crate::trace::expect::Blocking;

    #[test]
    fn lock_modes() {
        assert_eq!(mode("AccessExclusiveLock").1, "ACCESS EXCLUSIVE");
        assert_eq!(mode("ShareRowExclusiveLock").1, "SHARE ROW EXCLUSIVE");
        assert_eq!(mode("ShareLock").2, Blocking::Writes);
        assert_eq!(mode("ShareUpdateExclusiveLock").2, Blocking::Nothing);
        assert!(mode("ShareLock").0 < mode("ShareRowExclusiveLock").0);
        assert_eq!(mode("SomeFutureLock").2, Blocking::ReadsAndWrites);
    }
}
