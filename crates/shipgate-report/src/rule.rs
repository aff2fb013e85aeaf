use crate::Severity;

/// What a renderer needs to know about a rule: its id, one-line summary,
/// default severity and full documentation.
///
/// The documentation is the rule's own doc comment, with the sections
/// `## What it does`, `## Why is this bad?`, `## Example` and `Use instead:`.
/// `shipgate rule <id>`, the SARIF `help` and the rule reference are all made
/// from this one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable kebab-case id, such as `adding-required-column`.
    pub id: &'static str,
    /// One line saying what the rule catches.
    pub summary: &'static str,
    /// Severity used unless the configuration overrides it.
    pub default_severity: Severity,
    /// Markdown documentation, as written in the rule's doc comment.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation with the one-space indent of doc comments removed.
    pub fn doc_text(&self) -> String {
        let mut out = String::with_capacity(self.doc.len());
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_owned()
    }
}

/// A rule's documentation as Markdown, with a title line.
pub fn rule_doc_markdown(rule: &RuleMeta) -> String {
    format!(
        "# {} ({})\n\nDefault severity: {}\n\n{}\n",
        rule.id,
        rule.summary,
        rule.default_severity,
        rule.doc_text()
    )
}

/// Declares a rule: a unit struct whose doc comment is the rule's
/// documentation, with a `META` constant holding its id, default severity,
/// summary and that documentation.
///
/// ```
/// shipgate_report::declare_rule! {
///     /// ## What it does
///     /// Flags nothing.
///     pub struct Nothing {
///         id: "nothing",
///         severity: Info,
///         summary: "flags nothing",
///     }
/// }
/// assert_eq!(Nothing::META.id, "nothing");
/// assert!(Nothing::META.doc_text().starts_with("## What it does"));
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            /// The rule's id, severity, summary and documentation.
            pub const META: $crate::RuleMeta = $crate::RuleMeta {
                id: $id,
                summary: $summary,
                default_severity: $crate::Severity::$severity,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
}
