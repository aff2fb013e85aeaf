//! The state of one file's lowering, shared by the call walker (`mod.rs`)
//! and the Blueprint closures (`blueprint.rs`).

use std::collections::HashMap;

use shipgate_config::Dialect;
use tree_sitter::Node;

use super::scope::Scope;
use crate::frontend::FileIr;

/// How deep calls into the class's own methods are followed.
pub(super) const MAX_FOLLOW_DEPTH: usize = 8;

/// Walks a migration's syntax tree and collects what it lowers to.
pub(super) struct Walker<'s, 'o, 't> {
    /// The file's text.
    pub(super) source: &'s str,
    /// The configured dialect.
    pub(super) dialect: Dialect,
    /// The size limit of one SQL statement passed to `DB::statement`.
    pub(super) max_statement: usize,
    /// Where the operations, comments and problems go.
    pub(super) out: &'o mut FileIr,
    /// The literal values names hold in the method being walked.
    pub(super) scope: Scope,
    /// The class's properties and constants, the start of every method's scope.
    pub(super) class_scope: Scope,
    /// The migration class's methods, by lowercase name (PHP method names ignore case).
    pub(super) methods: HashMap<String, Node<'t>>,
    /// The methods being walked, innermost last, so that recursion stops.
    pub(super) following: Vec<String>,
}
