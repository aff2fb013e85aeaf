//! Every environment variable shipgate reads, in one place.

/// Path of the configuration file, like `--config`.
pub const SHIPGATE_CONFIG: &str = "SHIPGATE_CONFIG";

/// When set to anything, no colour is written (<https://no-color.org>).
pub const NO_COLOR: &str = "NO_COLOR";
