//! Where a secret is and how its line may be shown: line and column from one
//! index, and the line around it with every secret on it redacted.
//!
//! Everything here is linear in the text for any number of secrets on one
//! line: positions come from `shipgate_report::LineIndex`, which counts at
//! most one block of bytes per position, and the context is cut from at most
//! [`CONTEXT_CHARS`] characters either side of the secret.

use shipgate_report::LineIndex;

use crate::allow::inline_reason;
use crate::redact;

/// At most this many characters of context either side of a secret.
pub const CONTEXT_CHARS: usize = 60;

/// Sorted, disjoint byte ranges: the union of the ranges given.
pub struct Spans(Vec<(usize, usize)>);

impl Spans {
    /// The union of `ranges`.
    pub fn new(mut ranges: Vec<(usize, usize)>) -> Self {
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start < last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        Self(merged)
    }

    /// The spans that overlap `start..end`, in order.
    fn within(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let first = self.0.partition_point(|&(_, e)| e <= start);
        self.0[first..]
            .iter()
            .copied()
            .take_while(move |&(s, _)| s < end)
    }

    /// Whether any span overlaps `start..end`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.within(start, end).next().is_some()
    }
}

/// A 1-based line and character column.
#[derive(Debug, Clone, Copy)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// A secret's line as it may be shown.
pub struct Shown {
    /// The line, cut to the context either side, every secret redacted.
    pub text: String,
    /// Where this secret's redacted form is: first character and count.
    pub highlight: (usize, usize),
}

/// Positions and contexts in one text.
pub struct Lines<'a> {
    text: &'a [u8],
    index: LineIndex,
    /// The last line whose inline comment was read, and its reason.
    allow: Option<(usize, Option<String>)>,
}

impl<'a> Lines<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            index: LineIndex::new(text),
            allow: None,
        }
    }

    /// The text indexed.
    pub fn text(&self) -> &'a [u8] {
        self.text
    }

    /// The line and column of `offset`.
    pub fn position(&self, offset: usize) -> Position {
        let (line, column) = self.index.line_column(self.text, offset);
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }

    /// The reason of a `shipgate:allow` comment on the line of `offset`.
    pub fn inline_reason(&mut self, offset: usize) -> Option<String> {
        let index = self.index.line(offset);
        if let Some((line, reason)) = &self.allow
            && *line == index
        {
            return reason.clone();
        }
        let range = self.index.line_range(self.text, offset);
        let reason = inline_reason(&self.text[range]);
        self.allow = Some((index, reason.clone()));
        reason
    }

    /// The line around the secret at `start..end`: at most [`CONTEXT_CHARS`]
    /// characters either side, with this secret and every span of `hidden`
    /// replaced by its redacted form.
    pub fn context(&self, start: usize, end: usize, hidden: &Spans) -> Shown {
        let text = self.text;
        let line = self.index.line_range(text, start);
        let (line_start, line_end) = (line.start, line.end);
        let end_on_line = end.min(line_end).max(start);
        let mut from = back(text, start, line_start, CONTEXT_CHARS);
        let cut_before = !is_blank(&text[line_start..from]);
        if !cut_before {
            from = skip_blank(text, from, start);
        }
        let mut to = forward(text, end_on_line, line_end, CONTEXT_CHARS);
        let cut_after = !is_blank(&text[to..line_end]);
        if !cut_after {
            to = trim_blank_end(text, end_on_line, to);
        }
        let mut out = String::new();
        if cut_before {
            out.push('…');
        }
        shown(text, from, start, hidden, &mut out);
        let highlight_start = out.chars().count();
        let own = redact(&String::from_utf8_lossy(&text[start..end]));
        out.push_str(&own);
        let highlight = (highlight_start, own.chars().count());
        shown(text, end_on_line, to, hidden, &mut out);
        if cut_after {
            out.push('…');
        }
        Shown {
            text: out,
            highlight,
        }
    }
}

/// Appends `text[from..to]`, each span of `hidden` in it redacted whole.
fn shown(text: &[u8], from: usize, to: usize, hidden: &Spans, out: &mut String) {
    let mut at = from;
    for (s, e) in hidden.within(from, to) {
        if s > at {
            out.push_str(&String::from_utf8_lossy(&text[at..s]));
        }
        out.push_str(&redact(&String::from_utf8_lossy(&text[s..e])));
        at = e;
    }
    if at < to {
        out.push_str(&String::from_utf8_lossy(&text[at..to]));
    }
}

const fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The start of the character `count` characters before `from`, not before `floor`.
fn back(text: &[u8], from: usize, floor: usize, count: usize) -> usize {
    let mut at = from;
    let mut seen = 0;
    while at > floor && seen < count {
        at -= 1;
        if !is_continuation(text[at]) {
            seen += 1;
        }
    }
    at
}

/// The end of the character `count` characters after `from`, not past `ceiling`.
fn forward(text: &[u8], from: usize, ceiling: usize, count: usize) -> usize {
    let mut at = from;
    let mut seen = 0;
    while at < ceiling && seen < count {
        at += 1;
        while at < ceiling && is_continuation(text[at]) {
            at += 1;
        }
        seen += 1;
    }
    at
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

fn skip_blank(text: &[u8], from: usize, to: usize) -> usize {
    from + text[from..to]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

fn trim_blank_end(text: &[u8], from: usize, to: usize) -> usize {
    to - text[from..to]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count()
}

#[cfg(test)]
mod tests {
    use super::{Lines, Spans};

    #[test]
    fn every_secret_on_the_line_is_redacted() {
        let text = b"  STRIPE=sk_live_AAAAbbbbCCCCddddEEEEffff AWS=AKIAQWERTYUIOPASDFGH  \nnext";
        let lines = Lines::new(text);
        let stripe = (9, 41);
        let aws = (46, 66);
        let hidden = Spans::new(vec![stripe, aws]);
        let shown = lines.context(stripe.0, stripe.1, &hidden);
        assert_eq!(
            shown.text,
            "STRIPE=sk_l… (32 characters) AWS=AKIA… (20 characters)"
        );
        assert_eq!(shown.highlight, (7, 21));
        let shown = lines.context(aws.0, aws.1, &hidden);
        assert_eq!(
            shown.text,
            "STRIPE=sk_l… (32 characters) AWS=AKIA… (20 characters)"
        );
        assert_eq!(shown.highlight, (33, 21));
    }

    #[test]
    fn long_lines_are_cut_to_the_context() {
        let mut text = "x".repeat(100).into_bytes();
        text.extend_from_slice(b"SECRETVALUE");
        text.extend(std::iter::repeat_n(b'y', 100));
        let lines = Lines::new(&text);
        let shown = lines.context(100, 111, &Spans::new(vec![(100, 111)]));
        assert_eq!(shown.text.chars().filter(|&c| c == 'x').count(), 60);
        assert_eq!(shown.text.chars().filter(|&c| c == 'y').count(), 60);
        assert!(shown.text.starts_with('…') && shown.text.ends_with('…'));
        assert_eq!(shown.highlight, (61, 21));
    }

    #[test]
    fn positions_count_characters() {
        let text = "äöü=sk\nab cd".as_bytes();
        let lines = Lines::new(text);
        let p = lines.position(7);
        assert_eq!((p.line, p.column), (1, 5));
        let p = lines.position(text.len() - 2);
        assert_eq!((p.line, p.column), (2, 4));
        let p = lines.position(0);
        assert_eq!((p.line, p.column), (1, 1));
    }

    #[test]
    fn overlapping_spans_merge() {
        let spans = Spans::new(vec![(10, 20), (5, 12), (30, 40)]);
        assert!(spans.overlaps(0, 6));
        assert!(!spans.overlaps(20, 30));
        assert!(spans.overlaps(39, 50));
        assert_eq!(spans.within(0, 100).count(), 2);
    }
}
