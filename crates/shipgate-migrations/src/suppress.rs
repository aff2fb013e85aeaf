//! Inline suppressions: `-- shipgate:allow <rule-id> <reason>` in SQL,
//! `// shipgate:allow <rule-id> <reason>` in PHP. The reason is required.
//!
//! A suppression covers a finding whose statement starts on the line after the
//! comment, or whose statement spans the comment's line (a trailing comment).

use std::ops::Range;

/// The marker that starts a suppression.
pub const MARKER: &str = "shipgate:allow";

/// One parsed `shipgate:allow` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// 1-based line of the comment.
    pub line: usize,
    /// Byte range of the comment.
    pub span: Range<usize>,
    /// The rule it names (may be unknown).
    pub rule: String,
    /// The reason given; empty when missing.
    pub reason: String,
}

impl Suppression {
    /// Whether it covers a finding of `rule` on lines `start..=end`.
    pub fn covers(&self, rule: &str, start: usize, end: usize) -> bool {
        self.rule == rule
            && !self.reason.is_empty()
            && (self.line + 1 == start || (start..=end).contains(&self.line))
    }
}

/// Parses the suppression in a comment, if any.
pub fn parse(comment: &str, span: Range<usize>, line: usize) -> Option<Suppression> {
    let at = comment.find(MARKER)?;
    let rest = &comment[at + MARKER.len()..];
    let rest = rest
        .trim_end()
        .trim_end_matches("*/")
        .trim_end_matches("-->")
        .trim();
    let mut parts = rest.splitn(2, char::is_whitespace);
    let rule = parts.next().unwrap_or("").trim().to_owned();
    let reason = parts.next().unwrap_or("").trim().to_owned();
    Some(Suppression {
        line,
        span,
        rule,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_rule_and_reason() {
        let s = parse("-- shipgate:allow dropping-table archived in T-1", 0..10, 3).unwrap();
        assert_eq!(
            (s.rule.as_str(), s.reason.as_str()),
            ("dropping-table", "archived in T-1")
        );
        let s = parse("/* shipgate:allow x */", 0..10, 1).unwrap();
        assert_eq!((s.rule.as_str(), s.reason.as_str()), ("x", ""));
        assert!(parse("-- nothing here", 0..1, 1).is_none());
        assert!(!s.covers("x", 2, 2));
        let s = parse("// shipgate:allow x because", 0..1, 4).unwrap();
        assert!(s.covers("x", 5, 6));
        assert!(s.covers("x", 3, 4));
        assert!(!s.covers("x", 6, 7));
        assert!(!s.covers("y", 5, 5));
    }
}
