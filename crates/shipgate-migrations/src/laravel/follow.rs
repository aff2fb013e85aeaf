//! Following calls from `up()` into methods: the class's own, and those of
//! its traits and parent classes read from other files ([`super::ancestry`]).
//! What a method in another file lowers is reported at the migration's call
//! into it, and its `--verbose` lines name that file and line.

use std::ops::Range;

use tree_sitter::Node;

use super::ancestry::{ClassAncestry, declaration};
use super::head;
use super::php::{Base, Chain, text};
use super::scope::Scope;
use super::walker::{MAX_FOLLOW_DEPTH, Method, Walker};
use crate::frontend::{Lowering, Problem, ProblemKind};

impl<'t> Walker<'_, '_, 't> {
    /// Reads the class around the method `up`: its methods, and the literal
    /// values of its properties and constants, over those of its traits and
    /// parent classes.
    pub(super) fn enter_class(&mut self, up: Node<'t>, ancestry: &ClassAncestry) {
        self.methods.clear();
        self.parent_methods.clear();
        self.class_scope = Scope::default();
        self.missing.clone_from(&ancestry.missing);
        let units = self.units;
        for ancestor in &ancestry.ancestors {
            let Some(unit) = units.get(ancestor.unit) else {
                continue;
            };
            let Some(body) =
                declaration(&unit.tree, &ancestor.decl).and_then(|d| d.child_by_field_name("body"))
            else {
                continue;
            };
            for (name, node) in methods_of(body, &unit.text) {
                let method = Method {
                    node,
                    unit: Some(ancestor.unit),
                };
                self.methods.insert(name.clone(), method);
                self.parent_methods.insert(name, method);
            }
            let mut members = Scope::default();
            members.collect(body, &unit.text, true);
            self.class_scope.overlay(members);
        }
        let Some(class_body) = up.parent() else {
            return;
        };
        for (name, node) in methods_of(class_body, self.main_source) {
            self.methods.insert(name, Method { node, unit: None });
        }
        let mut own = Scope::default();
        own.collect(class_body, self.main_source, true);
        self.class_scope.overlay(own);
    }

    /// Walks `method`'s body with its parameters bound to `args` (evaluated in
    /// the caller's scope) and its own literal variables. `call` is the span
    /// of the call into it, where what a trait or parent method lowers is
    /// reported.
    pub(super) fn follow_into(
        &mut self,
        method: Method<'t>,
        name: &str,
        args: &[Node<'_>],
        call: &Range<usize>,
    ) {
        let Some(body) = method.node.child_by_field_name("body") else {
            return;
        };
        let units = self.units;
        let method_source: &str = match method.unit {
            Some(u) => units.get(u).map_or("", |u| &u.text),
            None => self.main_source,
        };
        let mut scope = self.class_scope.clone();
        if let Some(params) = method.node.child_by_field_name("parameters") {
            let mut cursor = params.walk();
            let params: Vec<_> = params
                .named_children(&mut cursor)
                .filter(|p| p.kind() == "simple_parameter")
                .collect();
            for (i, param) in params.iter().enumerate() {
                let Some(var) = param.child_by_field_name("name") else {
                    continue;
                };
                let values = match args.get(i) {
                    Some(arg) => self.scope.eval(*arg, self.source),
                    None => param
                        .child_by_field_name("default_value")
                        .map(|d| scope.eval(d, method_source))
                        .unwrap_or_default(),
                };
                for value in values {
                    scope.bind(text(var, method_source).to_owned(), value);
                }
            }
        }
        scope.collect(body, method_source, false);
        let outermost = self.unit.is_none() && method.unit.is_some();
        let marks = self.marks();
        let caller = std::mem::replace(&mut self.scope, scope);
        let caller_source = std::mem::replace(&mut self.source, method_source);
        let caller_unit = std::mem::replace(&mut self.unit, method.unit);
        self.following.push(follow_key(method.unit, name));
        self.walk(body);
        self.following.pop();
        self.scope = caller;
        self.source = caller_source;
        self.unit = caller_unit;
        if outermost {
            self.anchor(marks, call);
        }
    }

    /// Follows `$this->name(...)`, `self::name(...)`, `static::name(...)`
    /// or `parent::name(...)` into the class's own method or one of its
    /// traits' or parents'; returns whether it did. A call to a method the
    /// class does not have, while one of its traits or parents could not be
    /// found, is reported.
    pub(super) fn follow(&mut self, chain: &Chain<'_>, node: Node<'_>) -> bool {
        let (own, parent) = match &chain.base {
            Base::Var(var) => (var == "$this", false),
            Base::Static(class) => {
                let class = class.to_ascii_lowercase();
                (
                    matches!(class.as_str(), "self" | "static"),
                    class == "parent",
                )
            }
            Base::Other => (false, false),
        };
        let [call] = chain.calls.as_slice() else {
            return false;
        };
        if !own && !parent {
            return false;
        }
        let key = call.name.to_ascii_lowercase();
        let found = if parent {
            self.parent_methods.get(&key)
        } else {
            self.methods.get(&key)
        };
        let Some(method) = found.copied() else {
            self.unresolved_call(&call.name, node);
            return false;
        };
        let follow = follow_key(method.unit, &key);
        if self.following.len() >= MAX_FOLLOW_DEPTH || self.following.contains(&follow) {
            return false;
        }
        // Listed before the calls found inside the method, and completed after.
        let at = self.out.trace.len();
        let lowering = self.lowering(node.byte_range(), head(text(node, self.source)), Vec::new());
        self.out.trace.push(lowering);
        let before = self.out.ops.len();
        let from = method
            .unit
            .map(|u| format!(" ({})", self.place(u, method.node.start_byte())))
            .unwrap_or_default();
        self.follow_into(method, &call.name, &call.args, &node.byte_range());
        let lowered = self.out.ops.len() - before;
        if let Some(entry) = self.out.trace.get_mut(at) {
            entry.lowered = vec![format!(
                "followed into method `{}`{from}: {lowered} operation(s)",
                call.name
            )];
        }
        true
    }

    /// Reports a call to a method the class lacks while a trait or parent
    /// that may define it could not be found.
    fn unresolved_call(&mut self, name: &str, node: Node<'_>) {
        if self.missing.is_empty() {
            return;
        }
        let expected: Vec<String> = self
            .missing
            .iter()
            .map(|m| {
                format!(
                    "{} `{}` (looked in: {})",
                    m.relation.as_str(),
                    m.name,
                    m.looked.join(", ")
                )
            })
            .collect();
        let message = format!(
            "`{}` calls method `{name}`, which this class does not define; shipgate expected it in {}, which it could not find, so the schema changes it makes are unknown",
            head(text(node, self.source)),
            expected.join(" or ")
        );
        self.problem(ProblemKind::UnresolvedCall, node.byte_range(), message);
    }

    /// A problem at `span` of the file being walked, with its place named
    /// when that file is a trait or parent class.
    pub(super) fn problem(&mut self, kind: ProblemKind, span: Range<usize>, message: String) {
        let message = match self.origin(span.start) {
            Some(place) => format!("{message} (in {place})"),
            None => message,
        };
        self.out.problems.push(Problem {
            kind,
            span,
            message,
        });
    }

    /// A `--verbose` line for a call at `span` of the file being walked.
    pub(super) fn lowering(
        &self,
        span: Range<usize>,
        call: String,
        lowered: Vec<String>,
    ) -> Lowering {
        Lowering {
            origin: self.origin(span.start),
            span,
            call,
            lowered,
        }
    }
}

/// The key of a method in [`Walker::following`]: its file and lowercase name.
fn follow_key(unit: Option<usize>, name: &str) -> String {
    let name = name.to_ascii_lowercase();
    unit.map_or_else(|| format!("-:{name}"), |u| format!("{u}:{name}"))
}

/// The methods declared directly in a class or trait body, by lowercase name.
fn methods_of<'t>(body: Node<'t>, source: &str) -> Vec<(String, Node<'t>)> {
    let mut cursor = body.walk();
    body.named_children(&mut cursor)
        .filter(|m| m.kind() == "method_declaration")
        .filter_map(|m| {
            m.child_by_field_name("name")
                .map(|n| (text(n, source).to_ascii_lowercase(), m))
        })
        .collect()
}
