use sha2::{Digest, Sha256};

/// A stable fingerprint over the given parts: the first 32 hex digits of the
/// SHA-256 of the parts joined by NUL bytes.
///
/// Gates feed it content, never line numbers, so a finding keeps its
/// fingerprint when unrelated lines move.
pub fn fingerprint(parts: &[&str]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut hasher = Sha256::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hasher.update([0u8]);
        }
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut out = String::with_capacity(32);
    for byte in &digest[..16] {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn separates_parts() {
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_eq!(fingerprint(&["x"]).len(), 32);
        // SHA-256 of "a\0b": its first 16 bytes, in lowercase hex.
        assert_eq!(fingerprint(&["a", "b"]), "59b271ae1bbcb1d31d41929817f4b16f");
    }
}
