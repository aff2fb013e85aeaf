//! The secrets engine with the built-in rules, over a file's bytes. No hit
//! ends before it starts.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use shipgate_secrets::engine::Engine;
use shipgate_secrets::rules::RuleSet;

fn engine() -> Option<&'static Engine> {
    static ENGINE: OnceLock<Option<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| RuleSet::builtin().and_then(|set| Engine::new(&set)).ok())
        .as_ref()
}

fuzz_target!(|data: &[u8]| {
    let Some(engine) = engine() else {
        panic!("the built-in rules do not compile");
    };
    for hit in engine.scan("src/config.php", data) {
        assert!(hit.line >= 1 && hit.column >= 1, "{hit:?}");
        assert!(
            (hit.end_line, hit.end_column) >= (hit.line, hit.column),
            "{hit:?}"
        );
    }
});
