//! The LCOV parser. The input always starts with `SF:` or `TN:`, so every
//! run reaches the LCOV reader rather than the format detection.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = Vec::with_capacity(data.len() + 3);
    if !data.starts_with(b"SF:") && !data.starts_with(b"TN:") {
        bytes.extend_from_slice(b"SF:");
    }
    bytes.extend_from_slice(data);
    let _ = shipgate_coverage::parse(&bytes, "lcov.info", Path::new("/repo"));
});
