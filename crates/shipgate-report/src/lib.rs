//! The report model every shipgate gate shares, and its renderers.
//!
//! A gate turns files into [`Finding`]s; a [`GateReport`] holds them with the
//! metadata of the rules that produced them and the threshold that decides the
//! gate's [`Outcome`]. One renderer per output [`Format`] turns a list of gate
//! reports into bytes. Renderers are pure: the same reports give the same output.
//!
//! This crate knows nothing of terminals, files or the command line.
//!
//! ```
//! use shipgate_report::{Finding, Format, GateReport, Location, RenderOptions, Severity};
//!
//! let mut report = GateReport::new("migrations", "0.1.0", Severity::Error);
//! report.push(Finding::new(
//!     "dropping-table",
//!     Severity::Error,
//!     "`DROP TABLE` destroys `fees` and all its rows",
//!     Location::new("db/1.sql", 3, 1),
//! ));
//! let text = shipgate_report::render(Format::Json, &[report], &RenderOptions::default())?;
//! assert!(text.contains("\"version\": 1"));
//! # Ok::<(), shipgate_report::RenderError>(())
//! ```

mod finding;
mod fingerprint;
mod outcome;
mod path;
mod position;
pub mod render;
mod report;
mod rule;
mod severity;

pub use finding::{Finding, Location, Suppression};
pub use fingerprint::fingerprint;
pub use outcome::Outcome;
pub use path::{display_path, slash_path};
pub use position::{LineIndex, line_column};
pub use render::{Format, RenderError, RenderOptions, Rendered, render, render_pieces};
pub use report::GateReport;
pub use rule::{RuleMeta, rule_doc_markdown};
pub use severity::{ParseSeverityError, Severity};

/// The name every report carries as its producing tool.
pub const TOOL_NAME: &str = "shipgate";
