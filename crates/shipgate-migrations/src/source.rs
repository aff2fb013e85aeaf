//! Byte offsets to lines and columns: the one index of `shipgate-report`.

pub use shipgate_report::LineIndex;
