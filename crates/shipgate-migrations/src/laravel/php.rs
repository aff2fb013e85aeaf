//! Small helpers over tree-sitter-php's syntax tree.

use tree_sitter::Node;

/// One call in a method chain: `name(args)`.
pub(crate) struct Call<'t> {
    pub name: String,
    /// The arguments' values, in the order written, named ones included.
    pub args: Vec<Node<'t>>,
    /// Each argument's name (`unsigned: true`), or `None` when positional.
    pub names: Vec<Option<String>>,
}

impl<'t> Call<'t> {
    /// The argument a parameter receives: the one named `name`, else the
    /// one at `position` when no named argument comes before it.
    pub(crate) fn arg(&self, position: usize, name: &str) -> Option<Node<'t>> {
        if let Some(at) = self.names.iter().position(|n| n.as_deref() == Some(name)) {
            return self.args.get(at).copied();
        }
        let positional = self.names.iter().take(position + 1).all(Option::is_none);
        positional
            .then(|| self.args.get(position).copied())
            .flatten()
    }
}

/// What a chain starts from.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Base {
    /// `$table->...`
    Var(String),
    /// `Schema::...`, `DB::...`: the class's last name segment.
    Static(String),
    /// Anything else.
    Other,
}

/// A flattened chain such as `DB::table('x')->where(...)->delete()`, innermost call first.
pub(crate) struct Chain<'t> {
    pub base: Base,
    pub calls: Vec<Call<'t>>,
}

impl Chain<'_> {
    /// Whether any call in the chain has this name.
    pub fn has(&self, name: &str) -> bool {
        self.calls.iter().any(|c| c.name == name)
    }
}

pub(crate) fn is_call(node: Node<'_>) -> bool {
    matches!(
        node.kind(),
        "member_call_expression" | "nullsafe_member_call_expression" | "scoped_call_expression"
    )
}

/// Whether `node` is the object of an enclosing call, and so part of a longer chain.
pub(crate) fn is_inner_link(node: Node<'_>) -> bool {
    node.parent().is_some_and(|parent| {
        matches!(
            parent.kind(),
            "member_call_expression" | "nullsafe_member_call_expression"
        ) && parent
            .child_by_field_name("object")
            .is_some_and(|o| o.id() == node.id())
    })
}

pub(crate) fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source.get(node.byte_range()).unwrap_or("")
}

/// A call's argument values, and each one's name when it is named.
fn arguments<'t>(node: Node<'t>, source: &str) -> (Vec<Node<'t>>, Vec<Option<String>>) {
    let Some(args) = node.child_by_field_name("arguments") else {
        return (Vec::new(), Vec::new());
    };
    let mut cursor = args.walk();
    args.named_children(&mut cursor)
        .filter(|a| a.kind() == "argument")
        .filter_map(|a| {
            let mut c = a.walk();
            let value = a.named_children(&mut c).last()?;
            let name = a
                .child_by_field_name("name")
                .filter(|n| n.id() != value.id())
                .map(|n| text(n, source).to_owned());
            Some((value, name))
        })
        .unzip()
}

/// One call's name and arguments.
fn call<'t>(node: Node<'t>, source: &str) -> Call<'t> {
    let name = node
        .child_by_field_name("name")
        .map(|n| text(n, source).to_owned())
        .unwrap_or_default();
    let (args, names) = arguments(node, source);
    Call { name, args, names }
}

/// Flattens the chain whose outermost call is `node`.
pub(crate) fn chain<'t>(node: Node<'t>, source: &str) -> Chain<'t> {
    let mut calls = Vec::new();
    let mut current = node;
    loop {
        match current.kind() {
            "member_call_expression" | "nullsafe_member_call_expression" => {
                calls.push(call(current, source));
                match current.child_by_field_name("object") {
                    Some(object) => current = object,
                    None => break,
                }
            }
            "scoped_call_expression" => {
                calls.push(call(current, source));
                let scope = current
                    .child_by_field_name("scope")
                    .map_or("", |s| text(s, source));
                let class = scope.rsplit('\\').next().unwrap_or(scope).to_owned();
                calls.reverse();
                return Chain {
                    base: Base::Static(class),
                    calls,
                };
            }
            "parenthesized_expression" => match current.named_child(0) {
                Some(inner) => current = inner,
                None => break,
            },
            "variable_name" => {
                calls.reverse();
                return Chain {
                    base: Base::Var(text(current, source).to_owned()),
                    calls,
                };
            }
            _ => break,
        }
    }
    calls.reverse();
    Chain {
        base: Base::Other,
        calls,
    }
}

/// How many `.` concatenations a string literal may have; deeper is "not static".
const MAX_CONCAT_DEPTH: usize = 64;

/// A PHP string literal's value and the byte where its content starts, if the
/// literal has no interpolation.
pub(crate) fn string_value(node: Node<'_>, source: &str) -> Option<(String, usize)> {
    string_value_at(node, source, 0)
}

fn string_value_at(node: Node<'_>, source: &str, depth: usize) -> Option<(String, usize)> {
    let raw = text(node, source);
    match node.kind() {
        "string" => {
            let inner = raw.strip_prefix(['b', 'B']).unwrap_or(raw);
            let offset = raw.len() - inner.len();
            let body = inner.strip_prefix('\'')?.strip_suffix('\'')?;
            Some((
                body.replace("\\'", "'").replace("\\\\", "\\"),
                node.start_byte() + offset + 1,
            ))
        }
        "encapsed_string" => {
            let mut cursor = node.walk();
            let dynamic = node.named_children(&mut cursor).any(|c| {
                !matches!(
                    c.kind(),
                    "string_content" | "escape_sequence" | "string_value"
                )
            });
            if dynamic {
                return None;
            }
            let body = raw.strip_prefix('"')?.strip_suffix('"')?;
            Some((unescape_double(body), node.start_byte() + 1))
        }
        "heredoc" | "nowdoc" => {
            let mut cursor = node.walk();
            let children: Vec<_> = node.named_children(&mut cursor).collect();
            if node.kind() == "heredoc"
                && children
                    .iter()
                    .any(|c| c.kind() == "heredoc_body" && has_interpolation(*c))
            {
                return None;
            }
            let body = children
                .iter()
                .find(|c| matches!(c.kind(), "heredoc_body" | "nowdoc_body"))?;
            Some((text(*body, source).to_owned(), body.start_byte()))
        }
        "binary_expression" => {
            // 'a' . 'b': both sides literal.
            let left = node.child_by_field_name("left")?;
            let right = node.child_by_field_name("right")?;
            let operator = node
                .child_by_field_name("operator")
                .map_or("", |o| text(o, source));
            if operator != "." || depth >= MAX_CONCAT_DEPTH {
                return None;
            }
            let (l, start) = string_value_at(left, source, depth + 1)?;
            let (r, _) = string_value_at(right, source, depth + 1)?;
            Some((l + &r, start))
        }
        _ => None,
    }
}

fn has_interpolation(body: Node<'_>) -> bool {
    let mut cursor = body.walk();
    body.named_children(&mut cursor).any(|c| {
        !matches!(
            c.kind(),
            "string_content" | "string_value" | "escape_sequence"
        )
    })
}

fn unescape_double(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other @ ('\\' | '"' | '$')) => out.push(other),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// An integer literal argument.
pub(crate) fn int_value(node: Node<'_>, source: &str) -> Option<u64> {
    (node.kind() == "integer").then(|| text(node, source).replace('_', "").parse().ok())?
}

/// Whether a boolean literal argument is `true`.
pub(crate) fn is_true(node: Node<'_>, source: &str) -> bool {
    node.kind() == "boolean" && text(node, source).eq_ignore_ascii_case("true")
}

/// Whether a boolean literal argument is `false`.
pub(crate) fn is_false(node: Node<'_>, source: &str) -> bool {
    node.kind() == "boolean" && text(node, source).eq_ignore_ascii_case("false")
}
