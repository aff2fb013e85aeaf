//! C2SP tlog-checkpoint bodies (<https://c2sp.org/tlog-checkpoint>):
//! `<origin>\n<size>\n<base64 root>\n`, signed as a note.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use crate::hash::Hash;
use crate::note::{Note, NoteError, SignerKey, VerifierKey, sign};

/// A checkpoint: the log's origin, size and root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// The log's unique name, such as `audit.example.com/payments`.
    pub origin: String,
    /// How many entries it commits to.
    pub size: u64,
    /// The Merkle root of those entries.
    pub root: Hash,
}

impl Checkpoint {
    /// The checkpoint body.
    pub fn body(&self) -> String {
        format!(
            "{}\n{}\n{}\n",
            self.origin,
            self.size,
            B64.encode(self.root)
        )
    }

    /// Parses a body (the signed text of a note).
    pub fn parse_body(text: &str) -> Result<Self, NoteError> {
        let bad = |why: &str| NoteError::Malformed(format!("checkpoint: {why}"));
        let mut lines = text.split('\n');
        let origin = lines
            .next()
            .filter(|o| !o.is_empty())
            .ok_or_else(|| bad("no origin line"))?;
        let size = lines.next().ok_or_else(|| bad("no size line"))?;
        if size.is_empty()
            || (size.len() > 1 && size.starts_with('0'))
            || !size.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad("the size is not a decimal number"));
        }
        let size = size.parse().map_err(|_| bad("the size is too large"))?;
        let root = B64
            .decode(lines.next().ok_or_else(|| bad("no root line"))?)
            .ok()
            .and_then(|r| <Hash>::try_from(r).ok())
            .ok_or_else(|| bad("the root is not a base64 SHA-256 hash"))?;
        Ok(Self {
            origin: origin.to_owned(),
            size,
            root,
        })
    }

    /// Signs the checkpoint with the log's key.
    pub fn sign(&self, key: &SignerKey) -> Result<String, NoteError> {
        sign(&self.body(), key)
    }

    /// Opens a signed checkpoint: it must be signed by one of the trusted keys.
    /// With no trusted keys, the signature is not checked (and the caller says so).
    pub fn open(note: &str, trusted: &[VerifierKey]) -> Result<Self, NoteError> {
        let parsed = Note::parse(note)?;
        if !trusted.is_empty() {
            parsed.verify(trusted)?;
        }
        Self::parse_body(&parsed.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::KeyKind;

    #[test]
    fn round_trips_and_checks_signatures() {
        let key = SignerKey::generate("audit.example/payments", KeyKind::Log).unwrap();
        let cp = Checkpoint {
            origin: "audit.example/payments".into(),
            size: 42,
            root: [7; 32],
        };
        let note = cp.sign(&key).unwrap();
        assert_eq!(Checkpoint::open(&note, &[key.verifier()]).unwrap(), cp);
        let other = SignerKey::generate("audit.example/payments", KeyKind::Log).unwrap();
        assert!(Checkpoint::open(&note, &[other.verifier()]).is_err());
        assert!(Checkpoint::parse_body("o\n01\nAAAA\n").is_err());
        assert!(Checkpoint::parse_body("o\n1\nnot-base64\n").is_err());
    }
}
