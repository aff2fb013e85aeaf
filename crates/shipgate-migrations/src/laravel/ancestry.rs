//! The traits and parent classes of a migration class, read from the same
//! repository, so that `$this->addIndexes()` defined in `use IndexHelpers;`
//! or `self::TABLE` defined in `extends LedgerMigration` are followed like
//! the class's own.
//!
//! Each name is resolved by the `namespace` and `use` imports of the file that
//! writes it ([`FileNames`]) and found by [`PhpProject::locate`]. Work is
//! bounded: a class appears once in a migration's ancestry (a trait used
//! twice, or a cycle such as a trait that uses itself, is read once), and at
//! most [`MAX_ANCESTORS`] files are read per class. Laravel's own classes
//! (`Illuminate\...`) hold no schema calls of the application and are not
//! looked up. What cannot be found is kept as [`Missing`], so that calls into
//! it are reported rather than silently skipped.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use tree_sitter::{Node, Parser, Tree};

use super::names::FileNames;
use super::php::text;
use super::project::{Candidate, PhpProject};

/// How many traits and parent classes one migration class may bring in.
pub(super) const MAX_ANCESTORS: usize = 32;

/// A file read for a trait or parent class.
pub(super) struct Unit {
    /// Its path relative to the project root.
    pub(super) display: String,
    /// Its text.
    pub(super) text: Arc<str>,
    /// Its syntax tree.
    pub(super) tree: Tree,
    /// Its lines, for `path:line` in messages.
    pub(super) lines: crate::source::LineIndex,
}

/// How a class came into the migration class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Relation {
    /// `use SomeTrait;` in a class body.
    Trait,
    /// `extends SomeClass`.
    Parent,
}

impl Relation {
    /// `trait` or `parent class`, for messages.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Self::Trait => "trait",
            Self::Parent => "parent class",
        }
    }
}

/// A trait or parent class found in the repository.
pub(super) struct Ancestor {
    /// Index into [`Loader::units`].
    pub(super) unit: usize,
    /// The byte range of its declaration in that unit.
    pub(super) decl: Range<usize>,
}

/// A trait or parent class that could not be found.
#[derive(Debug, Clone)]
pub(super) struct Missing {
    /// Its fully qualified name.
    pub(super) name: String,
    /// Trait or parent.
    pub(super) relation: Relation,
    /// Where shipgate looked, or why it did not.
    pub(super) looked: Vec<String>,
}

/// Everything a migration class inherits, farthest first: a later ancestor's
/// methods and constants win over an earlier one's, as PHP resolves them
/// (the class over its traits over its parent).
#[derive(Default)]
pub(super) struct ClassAncestry {
    /// Found ancestors, in precedence order (lowest first).
    pub(super) ancestors: Vec<Ancestor>,
    /// Ancestors that could not be found.
    pub(super) missing: Vec<Missing>,
}

/// Reads ancestors' files for one migration file.
pub(super) struct Loader<'p> {
    project: Option<&'p PhpProject>,
    parser: Option<Parser>,
    /// The files read, in the order they were needed.
    pub(super) units: Vec<Unit>,
    /// Units by path, so that a file is parsed once per migration.
    by_path: HashMap<String, usize>,
}

/// `extends` and `use` of a declaration, as fully qualified names.
fn heritage(decl: Node<'_>, source: &str, names: &FileNames) -> Vec<(String, Relation)> {
    let mut out = Vec::new();
    let mut cursor = decl.walk();
    for child in decl.named_children(&mut cursor) {
        if child.kind() == "base_clause" {
            let mut c = child.walk();
            if let Some(parent) = child.named_children(&mut c).next() {
                out.push((names.resolve(text(parent, source)), Relation::Parent));
            }
        }
    }
    if let Some(body) = decl.child_by_field_name("body") {
        let mut cursor = body.walk();
        for member in body.named_children(&mut cursor) {
            if member.kind() != "use_declaration" {
                continue;
            }
            let mut c = member.walk();
            for name in member.named_children(&mut c) {
                if matches!(name.kind(), "name" | "qualified_name" | "relative_name") {
                    out.push((names.resolve(text(name, source)), Relation::Trait));
                }
            }
        }
    }
    out
}

/// The class, trait or interface declared as `short` under `root`.
fn find_declaration<'t>(root: Node<'t>, source: &str, short: &str) -> Option<Node<'t>> {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match node.kind() {
            "class_declaration" | "trait_declaration" | "interface_declaration" => {
                if node
                    .child_by_field_name("name")
                    .is_some_and(|n| text(n, source).eq_ignore_ascii_case(short))
                {
                    return Some(node);
                }
            }
            "program" | "namespace_definition" | "compound_statement" | "declaration_list" => {}
            _ => continue,
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    None
}

/// The declaration node of an ancestor, found again from its byte range.
pub(super) fn declaration<'t>(tree: &'t Tree, decl: &Range<usize>) -> Option<Node<'t>> {
    let mut node = tree
        .root_node()
        .descendant_for_byte_range(decl.start, decl.end)?;
    loop {
        if node.byte_range() == *decl
            && matches!(
                node.kind(),
                "class_declaration" | "trait_declaration" | "interface_declaration"
            )
        {
            return Some(node);
        }
        node = node.parent()?;
    }
}

impl<'p> Loader<'p> {
    /// A loader over `project`; without one, every ancestor is missing.
    pub(super) fn new(project: Option<&'p PhpProject>) -> Self {
        Self {
            project,
            parser: None,
            units: Vec::new(),
            by_path: HashMap::new(),
        }
    }

    /// The ancestry of the class declared by `decl` in the migration file.
    pub(super) fn class_ancestry(
        &mut self,
        decl: Node<'_>,
        source: &str,
        names: &FileNames,
    ) -> ClassAncestry {
        let mut out = ClassAncestry::default();
        let mut seen: Vec<String> = Vec::new();
        if let Some(name) = decl.child_by_field_name("name") {
            seen.push(names.declared(text(name, source)).to_ascii_lowercase());
        }
        let direct = heritage(decl, source, names);
        self.expand(direct, &mut seen, &mut out);
        out
    }

    /// Adds the ancestors `direct` names, each after its own ancestors.
    fn expand(
        &mut self,
        direct: Vec<(String, Relation)>,
        seen: &mut Vec<String>,
        out: &mut ClassAncestry,
    ) {
        for (name, relation) in direct {
            let lower = name.to_ascii_lowercase();
            // Laravel's own classes (`Migration`) hold none of the application's schema calls.
            if lower.starts_with("illuminate\\") || seen.contains(&lower) {
                continue;
            }
            seen.push(lower);
            if out.ancestors.len() >= MAX_ANCESTORS {
                out.missing.push(Missing {
                    name,
                    relation,
                    looked: vec![format!(
                        "not read: the class already brings in {MAX_ANCESTORS} traits and parent classes"
                    )],
                });
                continue;
            }
            match self.load(&name) {
                Ok((unit, decl)) => {
                    let inherited = {
                        let u = &self.units[unit];
                        let names = FileNames::read(u.tree.root_node(), &u.text);
                        declaration(&u.tree, &decl)
                            .map(|d| heritage(d, &u.text, &names))
                            .unwrap_or_default()
                    };
                    self.expand(inherited, seen, out);
                    out.ancestors.push(Ancestor { unit, decl });
                }
                Err(looked) => out.missing.push(Missing {
                    name,
                    relation,
                    looked,
                }),
            }
        }
    }

    /// Finds and parses the file that declares `fqn`.
    fn load(&mut self, fqn: &str) -> Result<(usize, Range<usize>), Vec<String>> {
        let Some(project) = self.project else {
            return Err(vec![
                "nowhere: no project root was given to read the application's classes from"
                    .to_owned(),
            ]);
        };
        let short = fqn.rsplit('\\').next().unwrap_or(fqn);
        let mut located = project.locate(fqn);
        let mut tried: Vec<String> = Vec::new();
        // PSR-4 first; the repository is searched only when that fails.
        for search in [false, true] {
            if search {
                project.search(fqn, &tried, &mut located);
            }
            for candidate in std::mem::take(&mut located.candidates) {
                tried.push(candidate.display.clone());
                match self.declaration_in(candidate, fqn, short) {
                    Ok(found) => return Ok(found),
                    Err(Some(why)) => located.looked.push(why),
                    Err(None) => {}
                }
            }
        }
        Err(located.looked)
    }

    /// The declaration of `fqn` in `candidate`, parsed once per migration;
    /// `Err(Some(why))` when the file cannot be used at all.
    fn declaration_in(
        &mut self,
        candidate: Candidate,
        fqn: &str,
        short: &str,
    ) -> Result<(usize, Range<usize>), Option<String>> {
        let unit = if let Some(unit) = self.by_path.get(&candidate.display) {
            *unit
        } else {
            let Some(tree) = self.parse(&candidate.text) else {
                return Err(None);
            };
            if tree.root_node().has_error() {
                // Misread methods could hide schema calls: not used.
                return Err(Some(format!(
                    "{} (has a PHP syntax error, not read)",
                    candidate.display
                )));
            }
            self.units.push(Unit {
                display: candidate.display.clone(),
                lines: crate::source::LineIndex::new(candidate.text.as_bytes()),
                text: candidate.text,
                tree,
            });
            let unit = self.units.len() - 1;
            self.by_path.insert(candidate.display, unit);
            unit
        };
        let u = &self.units[unit];
        let names = FileNames::read(u.tree.root_node(), &u.text);
        if !names.declared(short).eq_ignore_ascii_case(fqn) {
            return Err(None);
        }
        find_declaration(u.tree.root_node(), &u.text, short)
            .map(|decl| (unit, decl.byte_range()))
            .ok_or(None)
    }

    fn parse(&mut self, text: &str) -> Option<Tree> {
        if self.parser.is_none() {
            let mut parser = Parser::new();
            parser
                .set_language(&tree_sitter_php::LANGUAGE_PHP.into())
                .ok()?;
            self.parser = Some(parser);
        }
        self.parser.as_mut()?.parse(text, None)
    }
}
