//! Witness cosignatures (C2SP tlog-cosignature/v1,
//! <https://c2sp.org/tlog-cosignature>) of the log's checkpoints.
//!
//! A witness sends back the checkpoint the log signed with its cosignature
//! lines added, just as a C2SP tlog-witness `add-checkpoint` response
//! concatenated to the checkpoint reads. [`check`] accepts the cosignatures
//! only when every line is by the log itself or by a configured witness key,
//! the checkpoint is one this log signed (same text, byte for byte), and
//! every witness signature verifies. Nothing else authenticates a witness:
//! its key is its identity.

use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::{Note, NoteError, VerifierKey};

/// A verified cosignature, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cosignature {
    /// The witness key, `name+keyid`.
    pub witness: String,
    /// The signature line, `— name base64`, without its newline.
    pub line: String,
}

/// Why cosignatures are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CosignError {
    /// The body is not a signed note over a checkpoint.
    #[error("{0}")]
    Malformed(String),
    /// A signature line names a key that is neither the log's nor a
    /// configured witness's.
    #[error("`{0}` is not a witness key of this log; configure it in `[[server.witness]]`")]
    UnknownWitness(String),
    /// A configured witness's signature does not verify.
    #[error("the cosignature of `{0}` does not verify over this checkpoint")]
    InvalidSignature(String),
    /// The checkpoint names another log.
    #[error("the checkpoint is of the log `{0}`; this log is `{1}`")]
    OtherLog(String, String),
    /// This log never signed a checkpoint of that size.
    #[error("this log has signed no checkpoint of size {0}")]
    UnknownCheckpoint(u64),
    /// This log signed another checkpoint of that size.
    #[error("the checkpoint of size {0} differs from the one this log signed")]
    Mismatch(u64),
}

/// The checkpoint a submission cosigns: its size, for [`check`] to compare
/// against what the log stored.
pub fn submitted_size(submitted: &str, log: &VerifierKey) -> Result<u64, CosignError> {
    let note = Note::parse(submitted).map_err(|e| CosignError::Malformed(e.to_string()))?;
    let checkpoint = Checkpoint::parse_body(&note.text)
        .map_err(|e| CosignError::Malformed(format!("not a checkpoint: {e}")))?;
    if checkpoint.origin != log.name {
        return Err(CosignError::OtherLog(checkpoint.origin, log.name.clone()));
    }
    Ok(checkpoint.size)
}

/// Checks the cosignatures of `submitted` against the note the log stored
/// for its size (`stored`, `None` if it signed none) and the configured
/// `witnesses`; returns every witness cosignature, each verified.
pub fn check(
    submitted: &str,
    stored: Option<&str>,
    log: &VerifierKey,
    witnesses: &[VerifierKey],
) -> Result<Vec<Cosignature>, CosignError> {
    let size = submitted_size(submitted, log)?;
    let note = Note::parse(submitted).map_err(|e| CosignError::Malformed(e.to_string()))?;
    let mut cosignatures = Vec::new();
    for signature in &note.signatures {
        let label = format!("{}+{:08x}", signature.name, signature.id);
        if signature.name == log.name && signature.id == log.id {
            continue;
        }
        if !witnesses
            .iter()
            .any(|w| w.name == signature.name && w.id == signature.id)
        {
            return Err(CosignError::UnknownWitness(label));
        }
        cosignatures.push((label, signature.clone()));
    }
    if cosignatures.is_empty() {
        return Err(CosignError::Malformed(
            "the note carries no cosignature: add the witness's signature lines after the log's"
                .into(),
        ));
    }
    let stored = stored.ok_or(CosignError::UnknownCheckpoint(size))?;
    let stored = Note::parse(stored).map_err(|e| {
        CosignError::Malformed(format!("the stored checkpoint does not parse: {e}"))
    })?;
    if stored.text != note.text {
        return Err(CosignError::Mismatch(size));
    }
    let mut trusted = vec![log.clone()];
    trusted.extend(witnesses.iter().cloned());
    let mut lines = Vec::new();
    for (label, signature) in cosignatures {
        let mut combined = stored.clone();
        combined.signatures.push(signature.clone());
        combined.verify(&trusted).map_err(|e| match e {
            NoteError::InvalidSignature(_) => CosignError::InvalidSignature(label.clone()),
            other => CosignError::Malformed(other.to_string()),
        })?;
        let alone = Note {
            text: note.text.clone(),
            signatures: vec![signature],
        }
        .to_text();
        let line = alone
            .rsplit_once("\n\n")
            .map(|(_, line)| line.trim_end_matches('\n').to_owned())
            .ok_or_else(|| CosignError::Malformed("a signature line cannot be written".into()))?;
        lines.push(Cosignature {
            witness: label,
            line,
        });
    }
    Ok(lines)
}

/// `note` with `cosignatures` (lines without newlines) added to its
/// signatures.
pub fn attach(note: &str, cosignatures: &[String]) -> String {
    let mut out = note.to_owned();
    for line in cosignatures {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use shipgate_ledger::note::{KeyKind, SignerKey, add_signature};

    use super::*;

    fn setup() -> (SignerKey, SignerKey, String) {
        let log = SignerKey::generate("audit.example/log", KeyKind::Log).unwrap();
        let witness = SignerKey::generate("witness.example/w1", KeyKind::Witness).unwrap();
        let note = Checkpoint {
            origin: log.name.clone(),
            size: 3,
            root: [7; 32],
        }
        .sign(&log)
        .unwrap();
        (log, witness, note)
    }

    #[test]
    fn a_witness_cosignature_is_accepted_and_attached() {
        let (log, witness, note) = setup();
        let cosigned = add_signature(&note, &witness, 1_700_000_000).unwrap();
        let got = check(
            &cosigned,
            Some(&note),
            &log.verifier(),
            &[witness.verifier()],
        )
        .unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].witness,
            format!("witness.example/w1+{:08x}", witness.id)
        );
        let attached = attach(&note, &[got[0].line.clone()]);
        assert_eq!(attached, cosigned);
        let verified = Note::parse(&attached)
            .unwrap()
            .verify(&[log.verifier(), witness.verifier()])
            .unwrap();
        assert!(verified.contains(&("witness.example/w1".into(), Some(1_700_000_000))));
    }

    #[test]
    fn refusals() {
        let (log, witness, note) = setup();
        let stranger = SignerKey::generate("stranger.example", KeyKind::Witness).unwrap();
        let keys = [witness.verifier()];
        let by_stranger = add_signature(&note, &stranger, 1).unwrap();
        assert!(matches!(
            check(&by_stranger, Some(&note), &log.verifier(), &keys),
            Err(CosignError::UnknownWitness(_))
        ));
        // The witness's key name, but a signature over another checkpoint.
        let other = Checkpoint {
            origin: log.name.clone(),
            size: 3,
            root: [8; 32],
        }
        .sign(&log)
        .unwrap();
        let other_cosigned = add_signature(&other, &witness, 1).unwrap();
        let forged_line = other_cosigned.lines().last().unwrap();
        let forged = format!("{note}{forged_line}\n");
        assert!(matches!(
            check(&forged, Some(&note), &log.verifier(), &keys),
            Err(CosignError::InvalidSignature(_))
        ));
        assert!(matches!(
            check(&other_cosigned, Some(&note), &log.verifier(), &keys),
            Err(CosignError::Mismatch(3))
        ));
        let good = add_signature(&note, &witness, 1).unwrap();
        assert_eq!(
            check(&good, None, &log.verifier(), &keys),
            Err(CosignError::UnknownCheckpoint(3))
        );
        assert!(matches!(
            check(&note, Some(&note), &log.verifier(), &keys),
            Err(CosignError::Malformed(_))
        ));
        assert!(matches!(
            check("not a note", Some(&note), &log.verifier(), &keys),
            Err(CosignError::Malformed(_))
        ));
        let elsewhere = SignerKey::generate("elsewhere.example/log", KeyKind::Log).unwrap();
        assert!(matches!(
            check(&good, Some(&note), &elsewhere.verifier(), &keys),
            Err(CosignError::OtherLog(..))
        ));
    }
}
