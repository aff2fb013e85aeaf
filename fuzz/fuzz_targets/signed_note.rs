//! C2SP signed notes, checkpoints and keys: parsed, re-encoded, and verified
//! against a fixed key (whose signatures the seeds carry).
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::{Note, SignerKey, VerifierKey};

/// The verifier key of the seed corpus's notes.
const VERIFIER: &str = include_str!("../keys/fuzz.vkey");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let trusted: Vec<VerifierKey> = VerifierKey::parse(VERIFIER.trim()).into_iter().collect();
    if let Ok(note) = Note::parse(text) {
        let _ = note.to_text();
        let _ = note.verify(&trusted);
    }
    let _ = Checkpoint::parse_body(text);
    let _ = Checkpoint::open(text, &trusted);
    let _ = VerifierKey::parse(text);
    let _ = SignerKey::parse(text);
});
