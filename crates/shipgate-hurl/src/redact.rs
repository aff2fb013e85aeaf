//! Secrets (captured values and `--secret` variables) replaced by `***` in
//! every text shipgate shows or records, and credentials in URLs by `****`.

/// What replaces a secret.
pub const MASK: &str = "***";

/// The secret values to hide.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Longest first, so a secret that contains another is hidden whole.
    secrets: Vec<String>,
}

impl Redactor {
    /// Hides nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hides `value` from now on (empty values hide nothing).
    pub fn add(&mut self, value: &str) {
        if value.is_empty() || self.secrets.iter().any(|s| s == value) {
            return;
        }
        self.secrets.push(value.to_owned());
        self.secrets
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    }

    /// `text` with every secret replaced by [`MASK`] and any URL's
    /// `user:password@` by `****@`.
    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for secret in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), MASK);
            }
        }
        redact_url(&out)
    }
}

/// A URL with any `user:password@` replaced by `****@`.
pub fn redact_url(url: &str) -> String {
    let Some(scheme) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme + 3..];
    let authority_end = rest.find(['/', '?', '#', ' ']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}****{}", &url[..scheme + 3], &rest[at..]),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_hidden_longest_first() {
        let mut r = Redactor::new();
        r.add("tok");
        r.add("tok_live_123");
        r.add("");
        assert_eq!(
            r.redact("Bearer tok_live_123 and tok"),
            "Bearer *** and ***"
        );
        assert_eq!(r.redact("nothing here"), "nothing here");
    }

    #[test]
    fn credentials_in_urls_are_redacted() {
        assert_eq!(
            redact_url("https://ops:hunter2@payments.example/health"),
            "https://****@payments.example/health"
        );
        assert_eq!(
            redact_url("https://payments.example/health?user=a@b"),
            "https://payments.example/health?user=a@b"
        );
        assert_eq!(redact_url("not a url"), "not a url");
    }
}
