//! Ledger entries: JSON validated against schema version 1 and canonicalised.
//! An entry that is accepted canonicalises to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use shipgate_ledger::canonical::to_canonical;
use shipgate_ledger::entry::canonical_entry;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let _ = to_canonical(&value);
    if let Ok(bytes) = canonical_entry(&value) {
        let again: Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            Err(e) => panic!("a canonical entry is not JSON: {e}"),
        };
        assert_eq!(
            canonical_entry(&again).ok(),
            Some(bytes),
            "canonical form is not stable"
        );
    }
});
