//! The Laravel front end: reads a migration's syntax tree with tree-sitter-php
//! and lowers what `up()` does (Schema builder calls, Blueprint columns and
//! commands, `DB::statement` SQL, query-builder deletes and updates) to the IR.
//!
//! Guards and wrappers (`if (! Schema::hasColumn(...))`, `try`/`catch`,
//! `static function (Blueprint $table): void`), anonymous-class and
//! named-class migrations all work, because the walk looks for calls anywhere
//! inside `up()`. Calls from `up()` into the class's own methods
//! (`$this->createTables()`) are followed, with their literal arguments, and
//! table names held in variables, loop variables, properties and class
//! constants are resolved where they are literal ([`scope`]). A schema call
//! whose table stays unknown is still lowered, on a table named after the
//! expression, and reported.
//!
//! Methods, properties and constants the class gets from its traits
//! (`use IndexHelpers;`) and parent classes (`extends LedgerMigration`) are
//! read from the same repository ([`ancestry`], [`project`]); what they
//! lower is reported at the migration's call into them. A call into a trait
//! or parent that cannot be found is reported, never skipped.

mod ancestry;
mod blueprint;
mod follow;
mod names;
mod php;
pub(crate) mod project;
mod scope;
mod walker;

use std::cell::RefCell;
use std::collections::HashMap;

use shipgate_config::Dialect;
use tree_sitter::{Node, Parser};

use crate::frontend::{FileIr, Problem, ProblemKind, SourceKind};
use crate::ir::{Op, OpKind};
use ancestry::{ClassAncestry, Loader};
use names::FileNames;
use php::{Base, Call, Chain, chain, is_call, is_inner_link, string_value, text};
use project::PhpProject;
use scope::Scope;
use walker::{Method, Walker};

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// Lowers a Laravel migration; its traits and parent classes are read from
/// `project` (without one, calls into them are reported as unresolved).
pub(crate) fn lower_laravel(
    source: &str,
    dialect: Dialect,
    max_statement: usize,
    project: Option<&PhpProject>,
) -> FileIr {
    let mut out = FileIr::new(SourceKind::Laravel);
    let tree = PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut parser = Parser::new();
            if parser
                .set_language(&tree_sitter_php::LANGUAGE_PHP.into())
                .is_err()
            {
                return None;
            }
            *slot = Some(parser);
        }
        slot.as_mut().and_then(|p| p.parse(source, None))
    });
    let Some(tree) = tree else {
        out.problems.push(Problem {
            kind: ProblemKind::File,
            span: 0..0,
            message: "the PHP parser could not read this file".into(),
        });
        return out;
    };
    let root = tree.root_node();
    if root.has_error() {
        let at = first_error(root);
        out.problems.push(Problem {
            kind: ProblemKind::File,
            span: at.byte_range(),
            message: format!(
                "PHP syntax error near `{}`: the migration cannot be read, so it cannot be proven safe",
                text(at, source).lines().next().unwrap_or("").chars().take(40).collect::<String>()
            ),
        });
        return out;
    }
    let ups: Vec<Node<'_>> = descendants(root).filter(|n| is_up(*n, source)).collect();
    let names = FileNames::read(root, source);
    let mut loader = Loader::new(project);
    let mut ancestries: Vec<ClassAncestry> = ups
        .iter()
        .map(|up| {
            class_of(*up).map_or_else(ClassAncestry::default, |class| {
                loader.class_ancestry(class, source, &names)
            })
        })
        .collect();
    let units = std::mem::take(&mut loader.units);
    let mut walker = Walker {
        source,
        main_source: source,
        units: &units,
        unit: None,
        dialect,
        max_statement,
        out: &mut out,
        scope: Scope::default(),
        class_scope: Scope::default(),
        methods: HashMap::new(),
        parent_methods: HashMap::new(),
        missing: Vec::new(),
        following: Vec::new(),
    };
    let mut found_up = false;
    ancestries.reverse();
    for node in descendants(root) {
        match node.kind() {
            "comment" => walker.out.comments.push(node.byte_range()),
            "property_declaration" => {
                let t = text(node, source).to_ascii_lowercase().replace(' ', "");
                if t.contains("$withintransaction=false") {
                    walker.out.within_transaction = Some(false);
                }
            }
            "method_declaration" if is_up(node, source) => {
                found_up = true;
                let ancestry = ancestries.pop().unwrap_or_default();
                walker.enter_class(node, &ancestry);
                walker.follow_into(Method { node, unit: None }, "up", &[], &node.byte_range());
            }
            _ => {}
        }
    }
    if !found_up {
        // Not a class migration: treat top-level code as the migration body.
        walker.scope.collect(root, source, false);
        walker.walk(root);
    }
    if out.within_transaction.is_none() {
        out.within_transaction = Some(true);
    }
    out
}

/// Whether `node` is a method named `up`.
fn is_up(node: Node<'_>, source: &str) -> bool {
    node.kind() == "method_declaration"
        && node
            .child_by_field_name("name")
            .is_some_and(|n| text(n, source).eq_ignore_ascii_case("up"))
}

/// The class (named or anonymous) that declares the method `method`.
fn class_of(method: Node<'_>) -> Option<Node<'_>> {
    method
        .parent()
        .and_then(|body| body.parent())
        .filter(|c| matches!(c.kind(), "class_declaration" | "anonymous_class"))
}

fn first_error(root: Node<'_>) -> Node<'_> {
    descendants(root)
        .find(|n| n.is_error() || n.is_missing())
        .unwrap_or(root)
}

/// Every node under `root`, depth first, without recursion.
fn descendants(root: Node<'_>) -> impl Iterator<Item = Node<'_>> {
    let mut stack = vec![root];
    std::iter::from_fn(move || {
        let node = stack.pop()?;
        let mut cursor = node.walk();
        let children: Vec<_> = node.children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
        Some(node)
    })
}

impl Walker<'_, '_, '_> {
    fn push(&mut self, kind: OpKind, node: Node<'_>) {
        self.out.ops.push(Op::new(kind, node.byte_range()));
    }

    /// Visits every outermost call under `root` once, in source order.
    fn walk(&mut self, root: Node<'_>) {
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if node.kind() == "method_declaration" && node.id() != root.id() {
                continue;
            }
            if is_call(node) && !is_inner_link(node) && self.call(node) {
                continue;
            }
            let mut cursor = node.walk();
            let children: Vec<_> = node.children(&mut cursor).collect();
            stack.extend(children.into_iter().rev());
        }
    }

    /// Handles a call chain; returns true when its arguments need no further walk.
    fn call(&mut self, node: Node<'_>) -> bool {
        let chain = chain(node, self.source);
        match &chain.base {
            Base::Static(class) if class == "Schema" => {
                let before = self.out.ops.len();
                let done = self.schema(&chain, node);
                if done {
                    let lowered = self.out.ops[before..]
                        .iter()
                        .map(|op| op.kind.summary())
                        .collect();
                    let lowering =
                        self.lowering(node.byte_range(), head(text(node, self.source)), lowered);
                    self.out.trace.push(lowering);
                }
                done
            }
            Base::Var(_) | Base::Static(_) if self.follow(&chain, node) => true,
            Base::Static(class) if class == "DB" => self.db(&chain, node),
            _ => false,
        }
    }

    fn schema(&mut self, chain: &Chain<'_>, node: Node<'_>) -> bool {
        let Some(call) = chain.calls.iter().find(|c| c.name != "connection") else {
            return false;
        };
        if !matches!(
            call.name.as_str(),
            "create" | "table" | "drop" | "dropIfExists" | "rename" | "dropColumns" | "dropColumn"
        ) {
            return false;
        }
        let Some(arg) = call.args.first() else {
            return false;
        };
        let mut tables = self.scope.strings(*arg, self.source);
        if tables.is_empty() {
            let expr = text(*arg, self.source).to_owned();
            self.problem(
                ProblemKind::UnresolvedTable,
                node.byte_range(),
                format!(
                    "`Schema::{}` is called on table `{expr}`, which shipgate cannot resolve to a literal name; it is checked as a table named `{expr}`",
                    call.name
                ),
            );
            tables.push(expr);
        }
        let mut done = false;
        for table in tables {
            done |= self.schema_on(call, node, crate::sql::text::normalize_name(&table));
        }
        done
    }

    /// Lowers one Schema call on one table.
    fn schema_on(&mut self, call: &Call<'_>, node: Node<'_>, table: String) -> bool {
        match (call.name.as_str(), Some(table)) {
            ("create" | "table", Some(table)) => {
                let creating = call.name == "create";
                if let Some(closure) = call.args.get(1) {
                    let columns = blueprint::lower_closure(self, *closure, &table, creating);
                    if creating {
                        // The CREATE comes first, then the indexes its closure declared.
                        let at = self.out.ops.len() - columns.1;
                        self.out.ops.insert(
                            at,
                            Op::new(
                                OpKind::CreateTable {
                                    table,
                                    columns: columns.0,
                                    partitioned: false,
                                    not_null_checks: Vec::new(),
                                    fulltext: false,
                                },
                                node.byte_range(),
                            ),
                        );
                    }
                } else if creating {
                    self.push(
                        OpKind::CreateTable {
                            table,
                            columns: Vec::new(),
                            partitioned: false,
                            not_null_checks: Vec::new(),
                            fulltext: false,
                        },
                        node,
                    );
                }
                true
            }
            ("drop" | "dropIfExists", Some(table)) => {
                self.push(OpKind::DropTable { table }, node);
                true
            }
            ("rename", Some(from)) => {
                let to = call
                    .args
                    .get(1)
                    .and_then(|a| self.scope.strings(*a, self.source).into_iter().next())
                    .unwrap_or_default();
                self.push(
                    OpKind::RenameTable {
                        from,
                        to: crate::sql::text::normalize_name(&to),
                    },
                    node,
                );
                true
            }
            ("dropColumns" | "dropColumn", Some(table)) => {
                for column in call
                    .args
                    .get(1)
                    .map(|a| self.scope.strings(*a, self.source))
                    .unwrap_or_default()
                {
                    self.push(
                        OpKind::DropColumn {
                            table: table.clone(),
                            column,
                        },
                        node,
                    );
                }
                true
            }
            _ => false,
        }
    }

    fn db(&mut self, chain: &Chain<'_>, node: Node<'_>) -> bool {
        let Some(first) = chain.calls.iter().find(|c| c.name != "connection") else {
            return false;
        };
        match first.name.as_str() {
            "statement" | "unprepared" | "delete" | "update" | "affectingStatement" => {
                match first.args.first().and_then(|a| string_value(*a, self.source)) {
                    Some((sql, start)) => {
                        let before = self.out.problems.len();
                        crate::sql::lower_sql(&sql, start, self.dialect, self.max_statement, self.out);
                        for at in before..self.out.problems.len() {
                            let span = self.out.problems[at].span.clone();
                            if let Some(place) = self.origin(span.start) {
                                let problem = &mut self.out.problems[at];
                                problem.message = format!("{} (in {place})", problem.message);
                            }
                        }
                    },
                    None => self.problem(
                        ProblemKind::File,
                        node.byte_range(),
                        format!(
                            "`DB::{}` is given SQL built at run time, which shipgate cannot read or prove safe",
                            first.name
                        ),
                    ),
                }
                true
            }
            "table" => {
                let Some(table) = first
                    .args
                    .first()
                    .and_then(|a| self.scope.strings(*a, self.source).into_iter().next())
                    .map(|t| crate::sql::text::normalize_name(&t))
                else {
                    return false;
                };
                let restricted = |upto: usize| {
                    chain.calls[..upto].iter().any(|c| {
                        c.name.starts_with("where")
                            || c.name.starts_with("orWhere")
                            || matches!(c.name.as_str(), "find" | "whereKey" | "limit" | "take")
                    })
                };
                // Selective as in SQL (see `OpKind::UpdateRows`): a key
                // looked up (`find`, `whereKey`, `whereIn`, `where` on a key
                // column), a bounded range (`whereBetween`), or a `limit`.
                let narrows: Vec<bool> = chain
                    .calls
                    .iter()
                    .map(|c| {
                        matches!(
                            c.name.as_str(),
                            "find" | "whereKey" | "whereBetween" | "limit" | "take"
                        ) || (matches!(c.name.as_str(), "where" | "whereIn")
                            && c.args.first().is_some_and(|a| {
                                self.scope
                                    .strings(*a, self.source)
                                    .first()
                                    .is_some_and(|column| key_column(column))
                            }))
                    })
                    .collect();
                let selective = |upto: usize| narrows[..upto].contains(&true);
                for (i, call) in chain.calls.iter().enumerate() {
                    let kind = match call.name.as_str() {
                        "delete" => OpKind::DeleteRows {
                            table: table.clone(),
                            has_where: restricted(i) || !call.args.is_empty(),
                            selective: selective(i) || !call.args.is_empty(),
                        },
                        "update" => OpKind::UpdateRows {
                            table: table.clone(),
                            has_where: restricted(i),
                            selective: selective(i),
                        },
                        "truncate" => OpKind::Truncate {
                            table: table.clone(),
                        },
                        _ => continue,
                    };
                    self.push(kind, node);
                }
                false
            }
            _ => false,
        }
    }
}

/// The first line of a call, at most 100 characters, for `--verbose`.
fn head(call: &str) -> String {
    let line = call.lines().next().unwrap_or_default().trim();
    let mut out: String = line.chars().take(100).collect();
    if out.len() < line.len() || call.trim().lines().nth(1).is_some() {
        out.push_str(" ...");
    }
    out
}

#[cfg(test)]
mod ancestry_tests;
#[cfg(test)]
mod recall_tests;
#[cfg(test)]
mod tests;

/// Whether a column name is a key by the data-migration heuristic: `id`,
/// `uuid`, `key`, or a name ending in `_id`, `_uuid` or `_key`.
fn key_column(column: &str) -> bool {
    let column = column
        .rsplit('.')
        .next()
        .unwrap_or(column)
        .to_ascii_lowercase();
    matches!(column.as_str(), "id" | "uuid" | "key")
        || column.ends_with("_id")
        || column.ends_with("_uuid")
        || column.ends_with("_key")
}
