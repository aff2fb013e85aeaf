//! shipgate's reader and runner for Hurl files, the part of the format
//! smoke tests use (<https://hurl.dev/docs/hurl-file.html>).
//!
//! - [`parse()`] reads a file into [`ast::HurlFile`]: entries `METHOD URL`,
//!   headers, `[Query]`, `[Form]`, `[Options]` (`retry`, `retry-interval`,
//!   `delay`, `variable`), JSON and text bodies, the `HTTP <status>` line,
//!   `[Captures]` and `[Asserts]`, `{{variable}}` templates and `# comments`.
//!   An error names the line, the column and what was expected; any other
//!   Hurl feature is an error that names it, never skipped.
//! - [`check::check_variables`] proves every `{{variable}}` is defined
//!   before anything is sent.
//! - [`run::Runner`] sends the requests over ureq with rustls (no libcurl,
//!   no OpenSSL: it builds statically) and checks each response.
//! - [`redact::Redactor`] hides every captured value and `--secret` value
//!   (`***`) in every result.
//!
//! It is not the `hurl` crate, which needs libcurl and libxml2.
//!
//! ```
//! let file = shipgate_hurl::parse("GET https://payments.example/health\nHTTP 200\n[Asserts]\njsonpath \"$.status\" == \"ok\"\n").unwrap();
//! assert_eq!(file.entries.len(), 1);
//! let error = shipgate_hurl::parse("GET https://payments.example/health\nHTTP 2OO\n").unwrap_err();
//! assert_eq!(error.to_string(), "2:6: expected a status code from 100 to 599, or `*`, found `2OO`");
//! ```

pub mod ast;
pub mod check;
pub mod error;
mod parse;
pub mod pos;
pub mod redact;
pub mod run;
pub mod template;
pub mod variables;

pub use error::ParseError;
pub use parse::parse;
