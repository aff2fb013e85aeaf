//! The Laravel front end (tree-sitter-php, Schema builder, `DB::statement`
//! SQL) and the rules over what it reads, for both dialects.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};

fuzz_target!(|data: &[u8]| {
    for dialect in [Dialect::Postgres, Dialect::Mysql] {
        let Ok(settings) = Settings::new(&MigrationsConfig::default(), Some(dialect), None) else {
            return;
        };
        let file = SourceFile {
            display: "database/migrations/2024_01_01_000000_fuzz.php".into(),
            bytes: data.to_vec(),
            checked: true,
        };
        let _ = check_sources(vec![file], &settings);
    }
});
