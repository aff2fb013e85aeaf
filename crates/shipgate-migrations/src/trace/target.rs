//! `--database URL`: which server to trace on, read from the URL's scheme,
//! and the URL as it may be shown (without its password).

use std::fmt;

use super::TraceError;

/// The server family a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `postgres://` or `postgresql://`.
    Postgres,
    /// `mysql://` or `mariadb://` (which of the two the server says when asked).
    Mysql,
}

/// A parsed `--database` URL.
#[derive(Clone)]
pub struct Target {
    /// The server family.
    pub scheme: Scheme,
    /// The URL as given (holds the password; never shown).
    pub(crate) url: String,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("scheme", &self.scheme)
            .field("url", &redact(&self.url))
            .finish()
    }
}

impl Target {
    /// Reads `url`: `postgres://`, `postgresql://`, `mysql://` or `mariadb://`.
    pub fn parse(url: &str) -> Result<Self, TraceError> {
        let scheme = url.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
        let scheme = match scheme.as_deref() {
            Some("postgres" | "postgresql") => Scheme::Postgres,
            Some("mysql" | "mariadb") => Scheme::Mysql,
            _ => {
                return Err(TraceError::Usage(format!(
                    "`--database {}`: expected a URL starting `postgres://`, `mysql://` or `mariadb://`",
                    redact(url)
                )));
            }
        };
        Ok(Self {
            scheme,
            url: url.to_owned(),
        })
    }

    /// The URL with its password replaced by `***`, for messages.
    pub fn shown(&self) -> String {
        redact(&self.url)
    }
}

/// `url` with the password of its user info (`user:password@`) and any
/// `password=` query parameter replaced by `***`, as `--schema` shows URLs; a
/// value that is no URL but mentions a password is hidden whole.
pub fn redact(url: &str) -> String {
    if !url.contains("://") && url.contains("password") {
        return "***".to_owned();
    }
    crate::baseline::redact_url(url)
}

#[cfg(test)]
mod tests {
    use super::{Scheme, Target, redact};

    #[test]
    fn schemes() {
        assert_eq!(
            Target::parse("postgres://u@h/db").unwrap().scheme,
            Scheme::Postgres
        );
        assert_eq!(
            Target::parse("postgresql://h").unwrap().scheme,
            Scheme::Postgres
        );
        assert_eq!(
            Target::parse("MySQL://root@h:3306/test").unwrap().scheme,
            Scheme::Mysql
        );
        assert_eq!(
            Target::parse("mariadb://root@h").unwrap().scheme,
            Scheme::Mysql
        );
        let err = Target::parse("sqlite://u:hunter2@x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("sqlite://u:***@x"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        assert!(Target::parse("host=localhost").is_err());
    }

    #[test]
    fn passwords_are_never_shown() {
        assert_eq!(
            redact("postgres://app:s3cr3t@db:5432/x"),
            "postgres://app:***@db:5432/x"
        );
        assert_eq!(redact("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(
            redact("mysql://db/x?user=a&password=s3cr3t&ssl=1"),
            "mysql://db/x?user=a&password=***&ssl=1"
        );
        assert_eq!(redact("postgres://a:b:c@d@h/x"), "postgres://a:***@h/x");
        let target = Target::parse("postgres://app:s3cr3t@db/x").unwrap();
        assert!(!format!("{target:?}").contains("s3cr3t"));
        assert!(!target.shown().contains("s3cr3t"));
    }
}
