//! `shipgate.toml`: parsed and validated, as `--config` reads it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use shipgate_config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Config::from_str_at(text, Path::new("/repo/shipgate.toml"));
});
