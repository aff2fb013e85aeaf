use std::process::ExitCode;

/// shipgate's exit codes. They are API: pipelines branch on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: every gate passed (warnings allowed).
    Success,
    /// 1: a gate failed: findings at or over the threshold.
    Failure,
    /// 2: usage or configuration error.
    Usage,
    /// 3: runtime error: I/O, git, network.
    Runtime,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        Self::from(match status {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::Runtime => 3,
        })
    }
}

/// An error that ends the command, with its exit status and a hint.
#[derive(Debug)]
pub struct CliError {
    /// 2 for usage and configuration, 3 for runtime.
    pub status: ExitStatus,
    /// What went wrong, naming the file or value.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// The file, line and column the error is about (a configuration key, a
    /// line of a schema dump), where it has one.
    pub at: Option<(String, u32, u32)>,
}

impl CliError {
    /// A usage or configuration error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            status: ExitStatus::Usage,
            message: message.into(),
            hint: None,
            at: None,
        }
    }

    /// A runtime error (exit 3).
    pub fn runtime(message: impl Into<String>) -> Self {
        Self {
            status: ExitStatus::Runtime,
            message: message.into(),
            hint: None,
            at: None,
        }
    }

    /// Adds a hint.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Names the file, line and column the error is about.
    #[must_use]
    pub fn at(mut self, path: impl Into<String>, line: u32, column: u32) -> Self {
        self.at = Some((path.into(), line.max(1), column.max(1)));
        self
    }
}

impl From<shipgate_config::ConfigError> for CliError {
    fn from(err: shipgate_config::ConfigError) -> Self {
        Self {
            status: ExitStatus::Usage,
            // `file:line:column: message`, or `file: message` when the
            // error has no place in the file.
            message: format!(
                "{}{}{}: {}",
                err.path.display(),
                err.line.map_or_else(String::new, |l| format!(":{l}")),
                err.column
                    .filter(|_| err.line.is_some())
                    .map_or_else(String::new, |c| format!(":{c}")),
                err.message
            ),
            hint: err.hint,
            at: Some((
                err.path.display().to_string(),
                err.line.map_or(1, |l| u32::try_from(l).unwrap_or(u32::MAX)),
                err.column
                    .filter(|_| err.line.is_some())
                    .map_or(1, |c| u32::try_from(c).unwrap_or(u32::MAX)),
            )),
        }
    }
}
