//! The Laravel front end: reads a migration's syntax tree with tree-sitter-php
//! and lowers what `up()` does (Schema builder calls, Blueprint columns and
//! commands, `DB::statement` SQL, query-builder deletes and updates) to the IR.
//!
//! Guards and wrappers (`if (! Schema::hasColumn(...))`, `try`/`catch`,
//! `static function (Blueprint $table): void`), anonymous-class and
//! named-class migrations all work, because the walk looks for calls anywhere
//! inside `up()`.

mod blueprint;
mod php;
mod walker;

use std::cell::RefCell;

use shipgate_config::Dialect;
use tree_sitter::{Node, Parser};

use crate::frontend::{FileIr, Problem, ProblemKind, SourceKind};
use crate::ir::{Op, OpKind};
use php::{Base, Chain, chain, is_call, is_inner_link, string_list, string_value, text};
use walker::Walker;

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// Lowers a Laravel migration.
pub(crate) fn lower_laravel(source: &str, dialect: Dialect, max_statement: usize) -> FileIr {
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
    let mut walker = Walker {
        source,
        dialect,
        max_statement,
        out: &mut out,
    };
    let mut found_up = false;
    for node in descendants(root) {
        match node.kind() {
            "comment" => walker.out.comments.push(node.byte_range()),
            "property_declaration" => {
                let t = text(node, source).to_ascii_lowercase().replace(' ', "");
                if t.contains("$withintransaction=false") {
                    walker.out.within_transaction = Some(false);
                }
            }
            "method_declaration" => {
                let name = node
                    .child_by_field_name("name")
                    .map_or("", |n| text(n, source));
                if name.eq_ignore_ascii_case("up") {
                    found_up = true;
                    if let Some(body) = node.child_by_field_name("body") {
                        walker.walk(body);
                    }
                }
            }
            _ => {}
        }
    }
    if !found_up {
        // Not a class migration: treat top-level code as the migration body.
        walker.walk(root);
    }
    if out.within_transaction.is_none() {
        out.within_transaction = Some(true);
    }
    out
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

impl Walker<'_, '_> {
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
            Base::Static(class) if class == "Schema" => self.schema(&chain, node),
            Base::Static(class) if class == "DB" => self.db(&chain, node),
            _ => false,
        }
    }

    fn first_string(&self, args: &[Node<'_>], i: usize) -> Option<String> {
        args.get(i)
            .and_then(|a| string_value(*a, self.source))
            .map(|(s, _)| s)
    }

    fn schema(&mut self, chain: &Chain<'_>, node: Node<'_>) -> bool {
        let Some(call) = chain.calls.iter().find(|c| c.name != "connection") else {
            return false;
        };
        let table = self
            .first_string(&call.args, 0)
            .map(|t| crate::sql::text::normalize_name(&t));
        match (call.name.as_str(), table) {
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
                let to = self.first_string(&call.args, 1).unwrap_or_default();
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
                    .map(|a| string_list(*a, self.source))
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
                        crate::sql::lower_sql(&sql, start, self.dialect, self.max_statement, self.out);
                    },
                    None => self.out.problems.push(Problem {
                        kind: ProblemKind::File,
                        span: node.byte_range(),
                        message: format!(
                            "`DB::{}` is given SQL built at run time, which shipgate cannot read or prove safe",
                            first.name
                        ),
                    }),
                }
                true
            }
            "table" => {
                let Some(table) = self
                    .first_string(&first.args, 0)
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
                for (i, call) in chain.calls.iter().enumerate() {
                    let kind = match call.name.as_str() {
                        "delete" => OpKind::DeleteRows {
                            table: table.clone(),
                            has_where: restricted(i) || !call.args.is_empty(),
                        },
                        "update" => OpKind::UpdateRows {
                            table: table.clone(),
                            has_where: restricted(i),
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

#[cfg(test)]
mod tests;
