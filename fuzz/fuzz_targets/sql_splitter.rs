//! The SQL splitter, in both dialects: every piece it yields lies inside the
//! text and on character boundaries, and splitting ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::Dialect;
use shipgate_migrations::splitter::{Piece, Splitter};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for dialect in [Dialect::Postgres, Dialect::Mysql] {
        for piece in Splitter::new(text, dialect) {
            match piece {
                Piece::Statement(range) | Piece::Comment(range) => {
                    assert!(range.start <= range.end, "{range:?}");
                    assert!(text.get(range.clone()).is_some(), "{range:?}");
                }
                Piece::Unterminated { start, .. } => assert!(start <= text.len()),
            }
        }
    }
});
