//! The Cobertura XML parser. The input always starts with `<`, so every run
//! reaches the XML reader rather than the format detection.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = Vec::with_capacity(data.len() + 1);
    if !data.starts_with(b"<") {
        bytes.push(b'<');
    }
    bytes.extend_from_slice(data);
    let _ = shipgate_coverage::parse(&bytes, "coverage.xml", Path::new("/repo"));
});
