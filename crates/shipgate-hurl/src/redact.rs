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

/// Text with the `user:password@` of every URL in it replaced by `****@`.
pub fn redact_url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let end = tail
            .find(['/', '?', '#', ' ', '"', '\'', '\n', '`'])
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(user_end) => {
                out.push_str("****");
                out.push_str(&authority[user_end..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
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
        assert_eq!(
            redact_url("GET http://a:b@x/1 then https://c:d@y?z"),
            "GET http://****@x/1 then https://****@y?z"
        );
    }
}
