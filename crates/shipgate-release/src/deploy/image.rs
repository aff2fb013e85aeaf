//! `registry/app@sha256:<64 hex digits>`: shipgate deploys images by digest
//! only, so what was approved is what runs.

use std::fmt;

/// An image pinned by digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// The repository, such as `registry.example/payments` (a tag, if any, is kept).
    pub name: String,
    /// `sha256:` and 64 lowercase hex digits.
    pub digest: String,
}

/// An image reference that is not pinned by a SHA-256 digest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an image pinned by digest: write it as NAME@sha256:<64 hex digits>")]
pub struct ImageError(pub String);

impl std::str::FromStr for ImageRef {
    type Err = ImageError;

    fn from_str(text: &str) -> Result<Self, ImageError> {
        let bad = || ImageError(text.to_owned());
        let (name, digest) = text.rsplit_once('@').ok_or_else(bad)?;
        let hex = digest.strip_prefix("sha256:").ok_or_else(bad)?;
        let valid_name = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "./:-_".contains(c));
        if !valid_name || hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        Ok(Self {
            name: name.to_owned(),
            digest: format!("sha256:{}", hex.to_ascii_lowercase()),
        })
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.name, self.digest)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;

    #[test]
    fn only_digest_pinned_images_parse() {
        let digest = "a".repeat(64);
        let image: ImageRef = format!(
            "registry.example:5000/payments@sha256:{}",
            digest.to_uppercase()
        )
        .parse()
        .unwrap();
        assert_eq!(image.name, "registry.example:5000/payments");
        assert_eq!(image.digest, format!("sha256:{digest}"));
        assert_eq!(
            image.to_string(),
            format!("registry.example:5000/payments@sha256:{digest}")
        );
        for bad in [
            "payments:latest".to_owned(),
            format!("payments@sha512:{digest}"),
            "payments@sha256:abc".to_owned(),
            format!("@sha256:{digest}"),
            format!("pay ments@sha256:{digest}"),
            format!("payments@sha256:{}", "g".repeat(64)),
        ] {
            assert!(bad.parse::<ImageRef>().is_err(), "{bad}");
        }
    }
}
