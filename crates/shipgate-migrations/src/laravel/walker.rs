//! The state of one file's lowering, shared by the call walker (`mod.rs`)
//! and the Blueprint closures (`blueprint.rs`).

use std::collections::HashMap;
use std::ops::Range;

use shipgate_config::Dialect;
use tree_sitter::Node;

use super::ancestry::{Missing, Unit};
use super::scope::Scope;
use crate::frontend::FileIr;

/// How deep calls into the class's own methods are followed.
pub(super) const MAX_FOLLOW_DEPTH: usize = 8;

/// A method the walk can follow, and the file it is written in.
#[derive(Debug, Clone, Copy)]
pub(super) struct Method<'t> {
    /// Its declaration.
    pub(super) node: Node<'t>,
    /// The trait or parent class file it comes from; `None` for the migration itself.
    pub(super) unit: Option<usize>,
}

/// Walks a migration's syntax tree and collects what it lowers to.
pub(super) struct Walker<'s, 'o, 't: 's> {
    /// The text of the file being walked: the migration, or a trait or
    /// parent class while one of their methods is followed.
    pub(super) source: &'s str,
    /// The migration's own text.
    pub(super) main_source: &'s str,
    /// The trait and parent class files read for this migration.
    pub(super) units: &'t [Unit],
    /// Which of [`Self::units`] is being walked; `None` for the migration.
    pub(super) unit: Option<usize>,
    /// The configured dialect.
    pub(super) dialect: Dialect,
    /// The size limit of one SQL statement passed to `DB::statement`.
    pub(super) max_statement: usize,
    /// Where the operations, comments and problems go.
    pub(super) out: &'o mut FileIr,
    /// The literal values names hold in the method being walked.
    pub(super) scope: Scope,
    /// The class's properties and constants (its own over its traits' over
    /// its parents'), the start of every method's scope.
    pub(super) class_scope: Scope,
    /// The class's methods, its traits' and its parents', by lowercase name
    /// (PHP method names ignore case).
    pub(super) methods: HashMap<String, Method<'t>>,
    /// The methods `parent::name()` reaches: those of the traits and parents.
    pub(super) parent_methods: HashMap<String, Method<'t>>,
    /// The class's traits and parents that could not be found.
    pub(super) missing: Vec<Missing>,
    /// The methods being walked (file and name), innermost last, so that recursion stops.
    pub(super) following: Vec<String>,
}

impl Walker<'_, '_, '_> {
    /// `path:line` of a byte offset in the trait or parent file `unit`.
    pub(super) fn place(&self, unit: usize, offset: usize) -> String {
        self.units.get(unit).map_or_else(String::new, |u| {
            format!("{}:{}", u.display, u.lines.line(offset))
        })
    }

    /// Where the walk is now, when it is in a trait or parent file.
    pub(super) fn origin(&self, offset: usize) -> Option<String> {
        self.unit.map(|u| self.place(u, offset))
    }

    /// Moves every span from `ops`, `problems` and `trace` onward to `span`:
    /// what a trait or parent method lowered is reported at the migration's
    /// call into it.
    pub(super) fn anchor(&mut self, from: (usize, usize, usize), span: &Range<usize>) {
        for op in self.out.ops.iter_mut().skip(from.0) {
            op.span = span.clone();
        }
        for problem in self.out.problems.iter_mut().skip(from.1) {
            problem.span = span.clone();
        }
        for lowering in self.out.trace.iter_mut().skip(from.2) {
            lowering.span = span.clone();
        }
    }

    /// How many operations, problems and trace lines there are so far.
    pub(super) fn marks(&self) -> (usize, usize, usize) {
        (
            self.out.ops.len(),
            self.out.problems.len(),
            self.out.trace.len(),
        )
    }
}
