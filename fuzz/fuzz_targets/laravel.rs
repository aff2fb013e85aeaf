//! The Laravel front end (tree-sitter-php, Schema builder, `DB::statement`
//! SQL) and the rules over what it reads, for both dialects.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::Dialect;

fuzz_target!(|data: &[u8]| {
    for dialect in [Dialect::Postgres, Dialect::Mysql] {
        shipgate_fuzz::check_migration(
            data,
            "database/migrations/2024_01_01_000000_fuzz.php",
            dialect,
        );
    }
});
