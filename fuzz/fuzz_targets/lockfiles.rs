//! The lockfile readers: the input is read as each of the lockfiles shipgate
//! reads (`composer.lock`, `package-lock.json`, `Cargo.lock`, `poetry.lock`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_vulns::lockfile::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for name in [
        "composer.lock",
        "package-lock.json",
        "Cargo.lock",
        "poetry.lock",
    ] {
        let _ = parse(text, name);
    }
});
