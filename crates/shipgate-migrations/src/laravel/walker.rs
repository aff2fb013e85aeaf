//! The state of one file's lowering, shared by the call walker (`mod.rs`)
//! and the Blueprint closures (`blueprint.rs`).

use shipgate_config::Dialect;

use crate::frontend::FileIr;

/// Walks a migration's syntax tree and collects what it lowers to.
pub(super) struct Walker<'s, 'o> {
    /// The file's text.
    pub(super) source: &'s str,
    /// The configured dialect.
    pub(super) dialect: Dialect,
    /// The size limit of one SQL statement passed to `DB::statement`.
    pub(super) max_statement: usize,
    /// Where the operations, comments and problems go.
    pub(super) out: &'o mut FileIr,
}
