//! What every front end produces for one file.

use std::ops::Range;

use crate::ir::Op;

/// Which front end read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A `.sql` file.
    Sql,
    /// A Laravel migration (`.php`).
    Laravel,
}

/// Whether a problem is one statement or the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// One SQL statement (or an unterminated string) could not be parsed.
    Statement,
    /// The file could not be read: PHP syntax error, SQL built at run time.
    File,
    /// A statement over the size limit, not parsed.
    TooLarge,
    /// A schema call seen whose table name is not a literal shipgate can resolve.
    UnresolvedTable,
    /// A call into a method of a trait or parent class that could not be found.
    UnresolvedCall,
}

/// Something in a file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Statement or file.
    pub kind: ProblemKind,
    /// Byte range at fault.
    pub span: Range<usize>,
    /// What went wrong.
    pub message: String,
}

/// One schema call a front end found and what it lowered it to, listed by `--verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lowering {
    /// Byte range of the call.
    pub span: Range<usize>,
    /// The call as written (its first line), with what its names resolved to.
    pub call: String,
    /// The operations it lowered to, as [`crate::ir::OpKind::summary`] gives them.
    pub lowered: Vec<String>,
    /// `path:line` of the call in a trait or parent class file, when it is
    /// written there (`span` is then the migration's call into that file).
    pub origin: Option<String>,
}

/// The lowered form of one migration file.
#[derive(Debug, Clone)]
pub struct FileIr {
    /// Which front end produced it.
    pub source: SourceKind,
    /// The operations `up` performs, in order.
    pub ops: Vec<Op>,
    /// Byte ranges of comments, where suppressions live.
    pub comments: Vec<Range<usize>>,
    /// Statements or syntax that could not be read.
    pub problems: Vec<Problem>,
    /// Whether the migration runs in a transaction, where its tool says:
    /// Laravel's `$withinTransaction`, a goose or dbmate SQL file's markers.
    /// `None` for other SQL files (`assume_in_transaction` decides).
    pub within_transaction: Option<bool>,
    /// Every schema call found and how it was lowered (Laravel), for `--verbose`.
    pub trace: Vec<Lowering>,
}

impl FileIr {
    /// An empty result for a file read by `source`.
    pub fn new(source: SourceKind) -> Self {
        Self {
            source,
            ops: Vec::new(),
            comments: Vec::new(),
            problems: Vec::new(),
            within_transaction: None,
            trace: Vec::new(),
        }
    }
}
