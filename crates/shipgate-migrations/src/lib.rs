//! shipgate's migration safety gate.
//!
//! Three front ends lower their input to one list of schema-change
//! operations ([`ir::Op`]), each with its source span:
//! - PostgreSQL SQL and MySQL SQL, through sqlparser, with a keyword fallback
//!   for the statements it does not read (`DROP INDEX CONCURRENTLY`,
//!   `REINDEX`, `OPTIMIZE TABLE`, `CONVERT TO CHARACTER SET`, ...);
//! - Laravel migrations, through tree-sitter-php: Schema builder calls,
//!   Blueprint columns, `DB::statement` SQL and query-builder deletes.
//!
//! Rules are written once, over the operations, and know the dialect, the
//! server version and the table's context (created in this file? financial?
//! small?). Nothing is skipped silently: a statement that cannot be parsed is
//! a finding, and fails the gate.
//!
//! ```
//! use shipgate_config::MigrationsConfig;
//! use shipgate_migrations::{Settings, SourceFile, check_sources};
//!
//! let settings = Settings::new(&MigrationsConfig::default(), None, None)?;
//! let file = SourceFile {
//!     display: "db/V2__fee.sql".into(),
//!     bytes: b"ALTER TABLE transactions ADD COLUMN fee numeric NOT NULL;".to_vec(),
//!     checked: true,
//! };
//! let report = check_sources(vec![file], &settings);
//! assert!(report.findings.iter().any(|f| f.rule == "adding-required-column"));
//! # Ok::<(), shipgate_migrations::SettingsError>(())
//! ```

#[macro_use]
extern crate shipgate_report;

pub mod baseline;
mod canonical;
pub mod changeset;
mod credentials;
mod decode;
mod discover;
mod engine;
mod evaluate;
mod fast_hash;
pub mod frontend;
pub mod ir;
mod laravel;
pub mod models;
pub mod online_ddl;
mod order;
pub mod rules;
pub mod schema;
mod settings;
pub mod source;
mod sql;
pub mod suppress;
pub mod trace;

#[cfg(test)]
mod testing;

pub use discover::{
    DiscoverError, Discovery, MigrationFile, NothingFound, changed_since, discover, select,
};
pub use engine::{SourceFile, check, check_discovery, check_sources, lowering_trace};
pub use evaluate::GATE;
pub use rules::all_rules;
pub use settings::{PatternError, Settings, SettingsError};
pub use sql::splitter;

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static shipgate_report::RuleMeta> {
    all_rules().into_iter().find(|r| r.id == id)
}
