//! Hurl files: parsed as `shipgate smoke FILE.hurl` reads them, and the
//! variable check run over what parses.
#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(file) = shipgate_hurl::parse(text) {
        let _ = shipgate_hurl::check::check_variables(&file, &BTreeSet::new());
    }
});
