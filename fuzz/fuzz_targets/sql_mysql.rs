//! The Mysql front end and the rules over what it reads: a migration file
//! given as bytes, checked as `V1__fuzz.sql`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};

fuzz_target!(|data: &[u8]| {
    let Ok(settings) = Settings::new(&MigrationsConfig::default(), Some(Dialect::Mysql), None)
    else {
        return;
    };
    let file = SourceFile {
        display: "db/V1__fuzz.sql".into(),
        bytes: data.to_vec(),
        checked: true,
    };
    let _ = check_sources(vec![file], &settings);
});
