//! PHP name resolution within one file: `namespace` and `use` imports turn a
//! class name as written (`Indexes`, `Support\Indexes`, `\App\Indexes`) into
//! its fully qualified name.

use std::collections::HashMap;

use tree_sitter::Node;

use super::php::text;

/// The namespace and class imports of one PHP file.
#[derive(Debug, Clone, Default)]
pub(super) struct FileNames {
    /// The file's namespace, without leading or trailing `\`; empty for the global one.
    namespace: String,
    /// Imported class names by lower-case alias.
    imports: HashMap<String, String>,
}

impl FileNames {
    /// Reads the first `namespace` declaration and every class `use` import
    /// at the top level of the file (or of its namespace block).
    pub(super) fn read(root: Node<'_>, source: &str) -> Self {
        let mut names = Self::default();
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            match node.kind() {
                "namespace_definition" => {
                    if names.namespace.is_empty()
                        && let Some(name) = node.child_by_field_name("name")
                    {
                        text(name, source)
                            .trim_matches('\\')
                            .clone_into(&mut names.namespace);
                    }
                    if let Some(body) = node.child_by_field_name("body") {
                        stack.push(body);
                    }
                }
                "namespace_use_declaration" => names.import(node, source),
                "program" | "compound_statement" => {
                    let mut cursor = node.walk();
                    stack.extend(node.named_children(&mut cursor));
                }
                _ => {}
            }
        }
        names
    }

    fn import(&mut self, declaration: Node<'_>, source: &str) {
        // `use function ...;` and `use const ...;` import no class.
        if declaration.child_by_field_name("type").is_some() {
            return;
        }
        let mut cursor = declaration.walk();
        let children: Vec<_> = declaration.named_children(&mut cursor).collect();
        // `use App\Support\{Indexes, Money as Cash};`: the group's prefix.
        let prefix = children
            .iter()
            .find(|c| c.kind() == "namespace_name")
            .map(|p| text(*p, source).trim_matches('\\').to_owned());
        let mut stack: Vec<Node<'_>> = children;
        while let Some(node) = stack.pop() {
            if node.kind() != "namespace_use_clause" {
                if node.kind() == "namespace_use_group" {
                    let mut c = node.walk();
                    stack.extend(node.named_children(&mut c));
                }
                continue;
            }
            let alias = node.child_by_field_name("alias");
            let mut c = node.walk();
            let Some(name) = node
                .named_children(&mut c)
                .find(|n| matches!(n.kind(), "name" | "qualified_name"))
            else {
                continue;
            };
            let name = text(name, source).trim_matches('\\');
            let full = match &prefix {
                Some(prefix) => format!("{prefix}\\{name}"),
                None => name.to_owned(),
            };
            let alias = alias.map_or_else(
                || full.rsplit('\\').next().unwrap_or(&full).to_owned(),
                |a| text(a, source).to_owned(),
            );
            self.imports.insert(alias.to_ascii_lowercase(), full);
        }
    }

    /// The fully qualified name of a class name as written in this file.
    pub(super) fn resolve(&self, written: &str) -> String {
        if let Some(absolute) = written.strip_prefix('\\') {
            return absolute.to_owned();
        }
        let qualify = |rest: &str| {
            if self.namespace.is_empty() {
                rest.to_owned()
            } else {
                format!("{}\\{rest}", self.namespace)
            }
        };
        if let Some(rest) = written
            .strip_prefix("namespace\\")
            .or_else(|| written.strip_prefix("Namespace\\"))
        {
            return qualify(rest);
        }
        let (first, rest) = match written.split_once('\\') {
            Some((first, rest)) => (first, Some(rest)),
            None => (written, None),
        };
        match (self.imports.get(&first.to_ascii_lowercase()), rest) {
            (Some(full), None) => full.clone(),
            (Some(full), Some(rest)) => format!("{full}\\{rest}"),
            (None, _) => qualify(written),
        }
    }

    /// The fully qualified name of a class declared in this file as `short`.
    pub(super) fn declared(&self, short: &str) -> String {
        if self.namespace.is_empty() {
            short.to_owned()
        } else {
            format!("{}\\{short}", self.namespace)
        }
    }
}
