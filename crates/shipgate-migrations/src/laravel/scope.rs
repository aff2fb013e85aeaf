//! What a migration's names can hold: the literal values of variables,
//! properties (`$this->tables`), class constants (`self::TABLE`), loop
//! variables over literal arrays and method parameters, so that
//! `Schema::table($table, ...)` is lowered for every table `$table` can be.
//!
//! The reading is flow-insensitive: a name bound several times (two
//! assignments, a loop) holds every value it was given, so a call through it
//! is lowered once per value. What is bound to anything else (a function
//! call's result, `sprintf(...)`) holds nothing, and the front end reports
//! the call as seen with its table unknown.

use std::collections::{HashMap, HashSet};

use tree_sitter::Node;

use super::php::{string_value, text};

/// How many nested arrays a literal may have; deeper is "not literal".
const MAX_DEPTH: usize = 32;

/// How many values one name may hold. A name given more holds none (its calls
/// are reported as unresolved), so a huge literal cannot make binding quadratic.
const MAX_VALUES: usize = 512;

/// A literal value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Value {
    /// A string.
    Str(String),
    /// An array of `key => value` (key absent for a list element).
    Array(Vec<(Option<String>, Value)>),
}

/// Names and the literal values they may hold.
#[derive(Debug, Clone, Default)]
pub(super) struct Scope {
    names: HashMap<String, Vec<Value>>,
    /// Names given more than [`MAX_VALUES`] values: they hold none.
    overflowed: HashSet<String>,
}

/// The key a name is stored under: `$table`, `$this->tables`, `self::TABLE`.
fn key(node: Node<'_>, source: &str) -> Option<String> {
    match node.kind() {
        "variable_name" => Some(text(node, source).to_owned()),
        "member_access_expression" => {
            let object = node.child_by_field_name("object")?;
            let name = node.child_by_field_name("name")?;
            (text(object, source) == "$this" && name.kind() == "name")
                .then(|| format!("$this->{}", text(name, source)))
        }
        "class_constant_access_expression" => {
            let scope = node.named_child(0)?;
            let name = node.named_child(1)?;
            matches!(
                text(scope, source).to_ascii_lowercase().as_str(),
                "self" | "static" | "parent"
            )
            .then(|| format!("self::{}", text(name, source)))
        }
        _ => None,
    }
}

impl Scope {
    /// Binds `name` to one more value.
    pub(super) fn bind(&mut self, name: String, value: Value) {
        if self.overflowed.contains(&name) {
            return;
        }
        let values = self.names.entry(name.clone()).or_default();
        if values.contains(&value) {
            return;
        }
        if values.len() >= MAX_VALUES {
            self.names.remove(&name);
            self.overflowed.insert(name);
            return;
        }
        values.push(value);
    }

    /// Takes every name `other` binds, in place of what this scope bound to
    /// it: a class's own constants over its traits' and parents'.
    pub(super) fn overlay(&mut self, other: Self) {
        for (name, values) in other.names {
            self.overflowed.remove(&name);
            self.names.insert(name, values);
        }
        for name in other.overflowed {
            self.names.remove(&name);
            self.overflowed.insert(name);
        }
    }

    /// Every literal value `node` may evaluate to; empty when it is not literal.
    pub(super) fn eval(&self, node: Node<'_>, source: &str) -> Vec<Value> {
        self.eval_at(node, source, 0)
    }

    fn eval_at(&self, node: Node<'_>, source: &str, depth: usize) -> Vec<Value> {
        if depth > MAX_DEPTH {
            return Vec::new();
        }
        if let Some((s, _)) = string_value(node, source) {
            return vec![Value::Str(s)];
        }
        match node.kind() {
            "parenthesized_expression" => node
                .named_child(0)
                .map(|inner| self.eval_at(inner, source, depth + 1))
                .unwrap_or_default(),
            "array_creation_expression" => {
                let mut elements = Vec::new();
                let mut cursor = node.walk();
                for element in node.named_children(&mut cursor) {
                    if element.kind() != "array_element_initializer" {
                        continue;
                    }
                    let mut c = element.walk();
                    let parts: Vec<_> = element.named_children(&mut c).collect();
                    let (k, v) = match parts.as_slice() {
                        [v] => (None, *v),
                        [k, v] => (Some(*k), *v),
                        _ => return Vec::new(),
                    };
                    let k = match k.map(|k| self.eval_at(k, source, depth + 1)) {
                        None => None,
                        Some(keys) => match keys.as_slice() {
                            [Value::Str(s)] => Some(s.clone()),
                            _ => return Vec::new(),
                        },
                    };
                    // An element that is not literal (a call, a variable
                    // without a value) makes the whole array not literal.
                    match self.eval_at(v, source, depth + 1).as_slice() {
                        [one] => elements.push((k, one.clone())),
                        _ => return Vec::new(),
                    }
                }
                vec![Value::Array(elements)]
            }
            _ => key(node, source)
                .and_then(|k| self.names.get(&k).cloned())
                .unwrap_or_default(),
        }
    }

    /// The strings `node` may be: its string values, and the strings of its array values.
    pub(super) fn strings(&self, node: Node<'_>, source: &str) -> Vec<String> {
        let mut out = Vec::new();
        for value in self.eval(node, source) {
            match value {
                Value::Str(s) => out.push(s),
                Value::Array(elements) => {
                    out.extend(elements.into_iter().filter_map(|(_, v)| match v {
                        Value::Str(s) => Some(s),
                        Value::Array(_) => None,
                    }));
                }
            }
        }
        out
    }

    /// Reads the bindings under `root`: assignments of literals to variables
    /// and properties, class constants, property defaults, and `foreach` over
    /// literal arrays. With `members_only`, only properties and constants
    /// (for a class, whose methods' local variables are their own).
    ///
    /// Repeated until nothing new is bound (at most a few passes), so that a
    /// loop over a property assigned later in the text (in a constructor),
    /// or over an outer loop's variable, is bound too.
    pub(super) fn collect(&mut self, root: Node<'_>, source: &str, members_only: bool) {
        for _ in 0..4 {
            let before = self.size();
            let mut stack = vec![root];
            while let Some(node) = stack.pop() {
                self.bind_node(node, source, members_only);
                let mut cursor = node.walk();
                stack.extend(node.children(&mut cursor));
            }
            if self.size() == before {
                break;
            }
        }
    }

    fn size(&self) -> usize {
        self.names.values().map(Vec::len).sum::<usize>() + self.overflowed.len()
    }

    fn bind_all(&mut self, k: Option<String>, values: Vec<Value>, members_only: bool) {
        let Some(k) = k else {
            return;
        };
        if members_only && !(k.starts_with("$this->") || k.starts_with("self::")) {
            return;
        }
        for value in values {
            self.bind(k.clone(), value);
        }
    }

    fn bind_node(&mut self, node: Node<'_>, source: &str, members_only: bool) {
        match node.kind() {
            "assignment_expression" => {
                if let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) {
                    let values = self.eval(right, source);
                    self.bind_all(key(left, source), values, members_only);
                }
            }
            "const_element" => {
                if let (Some(name), Some(value)) = (node.named_child(0), node.named_child(1)) {
                    let values = self.eval(value, source);
                    self.bind_all(
                        Some(format!("self::{}", text(name, source))),
                        values,
                        members_only,
                    );
                }
            }
            "property_element" => {
                if let (Some(name), Some(value)) = (
                    node.child_by_field_name("name"),
                    node.child_by_field_name("default_value"),
                ) {
                    let values = self.eval(value, source);
                    let k = format!("$this->{}", text(name, source).trim_start_matches('$'));
                    self.bind_all(Some(k), values, members_only);
                }
            }
            "foreach_statement" if !members_only => self.bind_foreach(node, source),
            _ => {}
        }
    }

    fn bind_foreach(&mut self, node: Node<'_>, source: &str) {
        let mut cursor = node.walk();
        let parts: Vec<_> = node
            .named_children(&mut cursor)
            .filter(|n| Some(n.id()) != node.child_by_field_name("body").map(|b| b.id()))
            .collect();
        let [iterated, target, ..] = parts.as_slice() else {
            return;
        };
        let (key_var, value_var) = if target.kind() == "pair" {
            (target.named_child(0), target.named_child(1))
        } else {
            (None, Some(*target))
        };
        for value in self.eval(*iterated, source) {
            let Value::Array(elements) = value else {
                continue;
            };
            for (k, v) in elements {
                if let (Some(var), Some(k)) = (key_var.and_then(|n| key(n, source)), k) {
                    self.bind(var, Value::Str(k));
                }
                if let Some(var) = value_var.and_then(|n| key(n, source)) {
                    self.bind(var, v);
                }
            }
        }
    }
}
