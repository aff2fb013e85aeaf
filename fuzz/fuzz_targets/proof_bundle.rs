//! `tlog-proof` bundles: parsed, re-encoded, and verified (inclusion proof
//! and signed checkpoint) against a fixed key and entry.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_ledger::bundle::ProofBundle;
use shipgate_ledger::note::VerifierKey;

/// The verifier key of the seed corpus's checkpoints.
const VERIFIER: &str = include_str!("../keys/fuzz.vkey");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let trusted: Vec<VerifierKey> = VerifierKey::parse(VERIFIER.trim()).into_iter().collect();
    if let Ok(bundle) = ProofBundle::parse(text) {
        let encoded = bundle.to_text();
        let _ = ProofBundle::parse(&encoded);
        let _ = bundle.verify(b"{}", &trusted);
    }
});
