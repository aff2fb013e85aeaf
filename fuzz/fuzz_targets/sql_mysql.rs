//! The MySQL front end and the rules over what it reads: a migration file
//! given as bytes, checked as `V1__fuzz.sql`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::Dialect;

fuzz_target!(|data: &[u8]| {
    shipgate_fuzz::check_migration(data, "db/V1__fuzz.sql", Dialect::Mysql);
});
