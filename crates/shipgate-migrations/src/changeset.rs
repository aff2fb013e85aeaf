//! The change set: every migration file checked together, after its front end
//! ran, as the rules over the whole change set see it.

use globset::GlobSet;
use shipgate_report::RuleMeta;

pub use crate::decode::Unreadable;
use crate::discover::NothingFound;
use crate::frontend::FileIr;
use crate::source::LineIndex;
use crate::suppress::{self, Suppression};

/// A migration file after decoding and its front end.
#[derive(Debug, Clone)]
pub struct LoweredFile {
    /// How to show it: relative to the repository root, `/`-separated.
    pub display: String,
    /// Whether its findings are reported.
    pub checked: bool,
    /// Its text: empty, or the valid prefix, when it could not be decoded.
    pub text: String,
    /// Line starts of `text`.
    pub lines: LineIndex,
    /// What its front end read.
    pub ir: FileIr,
    /// Why it could not be read at all, if it could not.
    pub unreadable: Option<Unreadable>,
    /// The `shipgate:allow` comments of the file, valid or not: read with
    /// the file, where files are read side by side, instead of by each rule
    /// that needs them at the end.
    pub suppressions: Vec<Suppression>,
}

/// The `shipgate:allow` comments among `comments` (byte ranges of `text`).
pub(crate) fn suppressions(
    text: &str,
    comments: &[std::ops::Range<usize>],
    lines: &LineIndex,
) -> Vec<Suppression> {
    // Most files suppress nothing: one scan of the text says so, instead of
    // a search in each of their comments.
    if memchr::memmem::find(text.as_bytes(), suppress::MARKER.as_bytes()).is_none() {
        return Vec::new();
    }
    comments
        .iter()
        .filter_map(|span| {
            let comment = text.get(span.clone())?;
            suppress::parse(comment, span.clone(), lines.line(span.start))
        })
        .collect()
}

/// Every file checked together, in migration order, and what the search for
/// them found.
pub struct ChangeSet<'a> {
    /// The files, in migration order. Files outside the change set are here
    /// too, with `checked` false, so the schema they build is known.
    pub files: &'a [LoweredFile],
    /// Tables configured as financial.
    pub financial_tables: &'a GlobSet,
    /// Tables configured as audit trails.
    pub audit_tables: &'a GlobSet,
    /// The places searched that held no migration.
    pub nothing_found: &'a [NothingFound],
    /// Every rule of the gate, for the rules that check rule ids.
    pub rules: &'a [&'static RuleMeta],
}
