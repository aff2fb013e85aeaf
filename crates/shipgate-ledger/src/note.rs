//! C2SP signed-note (<https://c2sp.org/signed-note>) with Ed25519 keys, and
//! C2SP tlog-cosignature/v1 (<https://c2sp.org/tlog-cosignature>) for witnesses.
//!
//! A note is UTF-8 text ending in a newline, a blank line, then one line per
//! signature: `— <name> <base64(key id ‖ signature)>`. The key id is the first
//! four bytes of SHA-256(name ‖ `\n` ‖ type ‖ public key); type 0x01 is
//! Ed25519, type 0x04 a cosignature/v1 witness key.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, Verifier as _, VerifyingKey};
use sha2::{Digest, Sha256};

/// The most signatures a note may carry.
pub const MAX_SIGNATURES: usize = 100;

/// Ed25519 signed-note key type.
const ALG_ED25519: u8 = 0x01;
/// tlog-cosignature/v1 key type.
const ALG_COSIGNATURE: u8 = 0x04;

/// What a key signs as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// The log's key: an Ed25519 signed-note signature over the note text.
    Log,
    /// A witness key: a tlog-cosignature/v1 over the checkpoint, with a timestamp.
    Witness,
}

impl KeyKind {
    const fn alg(self) -> u8 {
        match self {
            Self::Log => ALG_ED25519,
            Self::Witness => ALG_COSIGNATURE,
        }
    }
}

/// Problems with keys and notes. Messages never contain private key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoteError {
    /// A key that does not parse.
    #[error("malformed key: {0}")]
    MalformedKey(String),
    /// A note that does not parse.
    #[error("malformed note: {0}")]
    Malformed(String),
    /// A trusted key's signature that does not verify.
    #[error("invalid signature for key {0}")]
    InvalidSignature(String),
    /// No trusted key signed the note.
    #[error("the note has no signature from a trusted key (signed by: {0})")]
    Unverified(String),
    /// The system's random source failed.
    #[error("cannot generate a key: {0}")]
    Random(String),
}

fn key_id(name: &str, alg: u8, public: &[u8; 32]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update([alg]);
    h.update(public);
    let d = h.finalize();
    u32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('+')
        && !name.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A public key that verifies signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifierKey {
    /// The key's name.
    pub name: String,
    /// The key id.
    pub id: u32,
    /// Log or witness.
    pub kind: KeyKind,
    key: VerifyingKey,
}

impl VerifierKey {
    /// Parses `<name>+<id hex>+<base64(type ‖ public key)>`.
    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let text = text.trim();
        let bad = |why: &str| NoteError::MalformedKey(format!("`{text}`: {why}"));
        let mut parts = text.splitn(3, '+');
        let (Some(name), Some(id), Some(data)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad("expected name+id+key"));
        };
        if !valid_name(name) || id.len() != 8 {
            return Err(bad("bad name or key id"));
        }
        let id = u32::from_str_radix(id, 16).map_err(|_| bad("the key id is not hex"))?;
        let raw = B64.decode(data).map_err(|_| bad("the key is not base64"))?;
        let (kind, public) = match raw.split_first() {
            Some((&ALG_ED25519, rest)) => (KeyKind::Log, rest),
            Some((&ALG_COSIGNATURE, rest)) => (KeyKind::Witness, rest),
            _ => return Err(bad("unknown key type")),
        };
        let public: [u8; 32] = public.try_into().map_err(|_| bad("wrong key length"))?;
        if key_id(name, kind.alg(), &public) != id {
            return Err(bad("the key id does not match the key"));
        }
        let key =
            VerifyingKey::from_bytes(&public).map_err(|_| bad("not an Ed25519 public key"))?;
        Ok(Self {
            name: name.to_owned(),
            id,
            kind,
            key,
        })
    }

    /// The text encoding.
    pub fn to_text(&self) -> String {
        let mut raw = vec![self.kind.alg()];
        raw.extend_from_slice(self.key.as_bytes());
        format!("{}+{:08x}+{}", self.name, self.id, B64.encode(raw))
    }

    fn label(&self) -> String {
        format!("{}+{:08x}", self.name, self.id)
    }
}

/// A private key that signs notes. Its `Debug` output hides the key.
#[derive(Clone)]
pub struct SignerKey {
    /// The key's name.
    pub name: String,
    /// The key id.
    pub id: u32,
    /// Log or witness.
    pub kind: KeyKind,
    key: SigningKey,
}

impl std::fmt::Debug for SignerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SignerKey({}+{:08x}, <private>)", self.name, self.id)
    }
}

impl SignerKey {
    /// A new random key.
    pub fn generate(name: &str, kind: KeyKind) -> Result<Self, NoteError> {
        if !valid_name(name) {
            return Err(NoteError::MalformedKey(format!(
                "`{name}` is not a key name: no spaces or `+`"
            )));
        }
        let mut seed = [0u8; 32];
        getrandom::getrandom(&mut seed).map_err(|e| NoteError::Random(e.to_string()))?;
        Ok(Self::from_seed(name, kind, seed))
    }

    fn from_seed(name: &str, kind: KeyKind, seed: [u8; 32]) -> Self {
        let key = SigningKey::from_bytes(&seed);
        let id = key_id(name, kind.alg(), key.verifying_key().as_bytes());
        Self {
            name: name.to_owned(),
            id,
            kind,
            key,
        }
    }

    /// Parses `PRIVATE+KEY+<name>+<id hex>+<base64(type ‖ seed)>`.
    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let bad = |why: &str| NoteError::MalformedKey(format!("private key: {why}"));
        let rest = text
            .trim()
            .strip_prefix("PRIVATE+KEY+")
            .ok_or_else(|| bad("expected PRIVATE+KEY+name+id+key"))?;
        let mut parts = rest.splitn(3, '+');
        let (Some(name), Some(id), Some(data)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad("expected PRIVATE+KEY+name+id+key"));
        };
        if !valid_name(name) || id.len() != 8 {
            return Err(bad("bad name or key id"));
        }
        let id = u32::from_str_radix(id, 16).map_err(|_| bad("the key id is not hex"))?;
        let raw = B64.decode(data).map_err(|_| bad("the key is not base64"))?;
        let (kind, seed) = match raw.split_first() {
            Some((&ALG_ED25519, rest)) => (KeyKind::Log, rest),
            Some((&ALG_COSIGNATURE, rest)) => (KeyKind::Witness, rest),
            _ => return Err(bad("unknown key type")),
        };
        let seed: [u8; 32] = seed.try_into().map_err(|_| bad("wrong key length"))?;
        let signer = Self::from_seed(name, kind, seed);
        if signer.id != id {
            return Err(bad("the key id does not match the key"));
        }
        Ok(signer)
    }

    /// The text encoding. Keep it secret.
    pub fn to_text(&self) -> String {
        let mut raw = vec![self.kind.alg()];
        raw.extend_from_slice(&self.key.to_bytes());
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.id,
            B64.encode(raw)
        )
    }

    /// The matching public key.
    pub fn verifier(&self) -> VerifierKey {
        VerifierKey {
            name: self.name.clone(),
            id: self.id,
            kind: self.kind,
            key: self.key.verifying_key(),
        }
    }

    /// The signature line for `text` (a log key), or the cosignature line at
    /// `timestamp` (a witness key).
    pub fn signature_line(&self, text: &str, timestamp: u64) -> String {
        let mut raw = self.id.to_be_bytes().to_vec();
        match self.kind {
            KeyKind::Log => raw.extend_from_slice(&self.key.sign(text.as_bytes()).to_bytes()),
            KeyKind::Witness => {
                raw.extend_from_slice(&timestamp.to_be_bytes());
                raw.extend_from_slice(
                    &self.key.sign(&cosigned_message(text, timestamp)).to_bytes(),
                );
            }
        }
        format!("— {} {}\n", self.name, B64.encode(raw))
    }
}

fn cosigned_message(text: &str, timestamp: u64) -> Vec<u8> {
    format!("cosignature/v1\ntime {timestamp}\n{text}").into_bytes()
}

/// A parsed signature line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureLine {
    /// Key name.
    pub name: String,
    /// Key id.
    pub id: u32,
    raw: Vec<u8>,
}

/// A note split into text and signatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The signed text, ending in a newline.
    pub text: String,
    /// The signature lines.
    pub signatures: Vec<SignatureLine>,
}

impl Note {
    /// Parses a note.
    pub fn parse(note: &str) -> Result<Self, NoteError> {
        let bad = |why: &str| NoteError::Malformed(why.to_owned());
        if note.chars().any(|c| c.is_control() && c != '\n') {
            return Err(bad("control characters are not allowed"));
        }
        let split = note
            .rfind("\n\n")
            .ok_or_else(|| bad("no blank line before the signatures"))?;
        let text = &note[..=split];
        let sigs = &note[split + 2..];
        if text.len() < 2 || !sigs.ends_with('\n') {
            return Err(bad("the note must end with a newline"));
        }
        let mut signatures = Vec::new();
        for line in sigs.lines() {
            let rest = line
                .strip_prefix("— ")
                .ok_or_else(|| bad("a signature line must start with `— `"))?;
            let (name, data) = rest
                .split_once(' ')
                .ok_or_else(|| bad("a signature line needs a name and a signature"))?;
            if !valid_name(name) {
                return Err(bad("bad key name in a signature"));
            }
            let raw = B64
                .decode(data)
                .map_err(|_| bad("a signature is not base64"))?;
            if raw.len() < 5 {
                return Err(bad("a signature is too short"));
            }
            let id = u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]]);
            signatures.push(SignatureLine {
                name: name.to_owned(),
                id,
                raw: raw[4..].to_vec(),
            });
        }
        if signatures.is_empty() {
            return Err(bad("no signatures"));
        }
        if signatures.len() > MAX_SIGNATURES {
            return Err(bad("too many signatures"));
        }
        Ok(Self {
            text: text.to_owned(),
            signatures,
        })
    }

    /// Writes the note back out.
    pub fn to_text(&self) -> String {
        let mut out = self.text.clone();
        out.push('\n');
        for s in &self.signatures {
            let mut raw = s.id.to_be_bytes().to_vec();
            raw.extend_from_slice(&s.raw);
            let _ = writeln!(out, "— {} {}", s.name, B64.encode(raw));
        }
        out
    }

    /// Verifies the signatures of trusted keys; signatures of unknown keys are
    /// ignored. Returns the names of the trusted keys that signed, and the
    /// cosignature timestamps of witnesses.
    pub fn verify(&self, trusted: &[VerifierKey]) -> Result<Vec<(String, Option<u64>)>, NoteError> {
        let mut verified = Vec::new();
        for sig in &self.signatures {
            let Some(key) = trusted
                .iter()
                .find(|k| k.name == sig.name && k.id == sig.id)
            else {
                continue;
            };
            let ok = match key.kind {
                KeyKind::Log => Signature::from_slice(&sig.raw)
                    .is_ok_and(|s| key.key.verify(self.text.as_bytes(), &s).is_ok()),
                KeyKind::Witness => {
                    if sig.raw.len() == 72 {
                        let mut ts = [0u8; 8];
                        ts.copy_from_slice(&sig.raw[..8]);
                        let timestamp = u64::from_be_bytes(ts);
                        let ok = Signature::from_slice(&sig.raw[8..]).is_ok_and(|s| {
                            key.key
                                .verify(&cosigned_message(&self.text, timestamp), &s)
                                .is_ok()
                        });
                        if ok {
                            verified.push((key.name.clone(), Some(timestamp)));
                            continue;
                        }
                        false
                    } else {
                        false
                    }
                }
            };
            if !ok {
                return Err(NoteError::InvalidSignature(key.label()));
            }
            verified.push((key.name.clone(), None));
        }
        if !verified.iter().any(|(name, ts)| {
            ts.is_none()
                && trusted
                    .iter()
                    .any(|k| &k.name == name && k.kind == KeyKind::Log)
        }) {
            let names: Vec<String> = self
                .signatures
                .iter()
                .map(|s| format!("{}+{:08x}", s.name, s.id))
                .collect();
            return Err(NoteError::Unverified(names.join(", ")));
        }
        Ok(verified)
    }
}

/// Signs `text` (which must end in a newline) with `signer`, giving a note.
pub fn sign(text: &str, signer: &SignerKey) -> Result<String, NoteError> {
    if !text.ends_with('\n') || text.contains("\n\n") {
        return Err(NoteError::Malformed(
            "the text must end with a newline and have no blank line".into(),
        ));
    }
    Ok(format!("{text}\n{}", signer.signature_line(text, 0)))
}

/// Adds a signature (a witness cosignature, say) to a note, replacing any by the same key.
pub fn add_signature(note: &str, signer: &SignerKey, timestamp: u64) -> Result<String, NoteError> {
    let mut parsed = Note::parse(note)?;
    parsed
        .signatures
        .retain(|s| !(s.name == signer.name && s.id == signer.id));
    let line = signer.signature_line(&parsed.text, timestamp);
    let extra = Note::parse(&format!("{}\n{line}", parsed.text))?;
    parsed.signatures.extend(extra.signatures);
    Ok(parsed.to_text())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Published test values of Go's golang.org/x/mod/sumdb/note.
    const PETER_SKEY: &str =
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    const PETER_VKEY: &str = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    const ENOCH_VKEY: &str = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    const TEXT: &str = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    const PETER_SIG: &str = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    const ENOCH_SIG: &str = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    #[test]
    fn signs_exactly_as_go_does() {
        let signer = SignerKey::parse(PETER_SKEY).unwrap();
        assert_eq!(signer.verifier().to_text(), PETER_VKEY);
        assert_eq!(signer.to_text(), PETER_SKEY);
        assert_eq!(sign(TEXT, &signer).unwrap(), format!("{TEXT}\n{PETER_SIG}"));
    }

    #[test]
    fn verifies_trusted_keys_and_ignores_unknown_ones() {
        let peter = VerifierKey::parse(PETER_VKEY).unwrap();
        let enoch = VerifierKey::parse(ENOCH_VKEY).unwrap();
        let note = Note::parse(&format!("{TEXT}\n{PETER_SIG}{ENOCH_SIG}")).unwrap();
        assert_eq!(
            note.verify(std::slice::from_ref(&peter)).unwrap(),
            [("PeterNeumann".to_owned(), None)]
        );
        assert_eq!(
            note.verify(&[peter.clone(), enoch.clone()]).unwrap().len(),
            2
        );
        assert_eq!(
            note.verify(&[enoch]).unwrap(),
            [("EnochRoot".to_owned(), None)]
        );
        let stranger = SignerKey::generate("Stranger", KeyKind::Log)
            .unwrap()
            .verifier();
        assert!(matches!(
            note.verify(&[stranger]),
            Err(NoteError::Unverified(_))
        ));
        assert!(matches!(note.verify(&[]), Err(NoteError::Unverified(_))));
        let forged = format!("{TEXT}\n{}ABCD{}", &PETER_SIG[..60], &PETER_SIG[60..]);
        assert!(
            Note::parse(&forged)
                .and_then(|n| n.verify(&[peter]))
                .is_err()
        );
    }

    #[test]
    fn rejects_mangled_keys() {
        assert!(
            VerifierKey::parse(
                "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
            )
            .is_err()
        );
        assert!(
            VerifierKey::parse(
                "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
            )
            .is_err()
        );
        assert!(SignerKey::parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALV").is_err());
        assert!(format!("{:?}", SignerKey::parse(PETER_SKEY).unwrap()).contains("<private>"));
    }

    #[test]
    fn witness_cosignatures() {
        let log = SignerKey::generate("log.example", KeyKind::Log).unwrap();
        let witness = SignerKey::generate("witness.example", KeyKind::Witness).unwrap();
        let note = sign("log.example\n3\nAAAA\n", &log).unwrap();
        let cosigned = add_signature(&note, &witness, 1_700_000_000).unwrap();
        let parsed = Note::parse(&cosigned).unwrap();
        let verified = parsed
            .verify(&[log.verifier(), witness.verifier()])
            .unwrap();
        assert!(verified.contains(&("witness.example".to_owned(), Some(1_700_000_000))));
        // A cosignature alone does not make a note trusted: the log key must sign.
        assert!(parsed.verify(&[witness.verifier()]).is_err());
        // Tampering with the timestamp breaks the cosignature.
        let other = SignerKey::generate("witness.example", KeyKind::Witness).unwrap();
        assert!(
            parsed
                .verify(&[
                    log.verifier(),
                    VerifierKey {
                        id: witness.id,
                        ..other.verifier()
                    }
                ])
                .is_err()
        );
    }

    #[test]
    fn malformed_notes() {
        for bad in [
            TEXT.to_owned(),
            format!("{TEXT}\n"),
            format!("{TEXT}\n— a"),
            format!("\u{1}{TEXT}\n{PETER_SIG}"),
        ] {
            assert!(Note::parse(&bad).is_err(), "{bad:?}");
        }
    }
}
