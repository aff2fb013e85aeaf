//! Every environment variable shipgate reads, in one place.

/// Path of the configuration file, like `--config`.
pub const SHIPGATE_CONFIG: &str = "SHIPGATE_CONFIG";

/// When set to anything, no colour is written (<https://no-color.org>).
pub const NO_COLOR: &str = "NO_COLOR";

/// Where the ledger is, like `--ledger`: `sqlite:PATH` or `postgres://...`.
pub const SHIPGATE_LEDGER: &str = "SHIPGATE_LEDGER";

/// The log's private signing key file, like `shipgate ledger checkpoint --key`.
pub const SHIPGATE_LEDGER_KEY: &str = "SHIPGATE_LEDGER_KEY";

/// Who started the pipeline, when the CI system does not say
/// (GitHub Actions' `GITHUB_TRIGGERING_ACTOR` is read first): four-eyes
/// refuses their approval. A claim, used only to refuse.
pub const SHIPGATE_TRIGGERER: &str = "SHIPGATE_TRIGGERER";

/// The server `shipgate migrations trace` runs on, like `--database`
/// (`postgres://...` or `mysql://...`): keeps the password off the command line.
pub const SHIPGATE_TRACE_DATABASE: &str = "SHIPGATE_TRACE_DATABASE";
