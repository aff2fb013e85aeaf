//! A large set of migrations runs with the heap on huge pages; a small one
//! does not. Either way the report is the same file by file.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{Run, shipgate, temp_dir};

/// A folder of `count` migrations, each adding an index without
/// `CONCURRENTLY` to a table created before them, and the gate's JSON run
/// over it with `--verbose`.
fn run_over(name: &str, count: usize) -> Run {
    let dir = temp_dir(name);
    let folder = dir.join("migrations");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("V0000__payments.sql"),
        "CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric NOT NULL);\n",
    )
    .unwrap();
    for n in 1..count {
        std::fs::write(
            folder.join(format!("V{n:04}__index.sql")),
            format!("CREATE INDEX payments_amount_{n} ON payments (amount);\n"),
        )
        .unwrap();
    }
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "migrations",
            "--dialect",
            "postgres",
            "--format",
            "json",
            "--verbose",
        ],
    );
    std::fs::remove_dir_all(&dir).unwrap();
    run
}

/// `(files, findings of index-without-concurrently)` of a JSON run.
fn counts(run: &Run) -> (u64, usize) {
    let value: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    let gate = &value["gates"][0];
    let findings = gate["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "index-without-concurrently")
        .count();
    (gate["stats"]["files"].as_u64().unwrap(), findings)
}

#[test]
fn two_hundred_files_turn_huge_pages_on_and_fewer_do_not() {
    let large = run_over("huge-pages-200", 200);
    assert_eq!(large.code, 1, "{}", large.stderr);
    assert!(
        large.stderr.contains("200 files to read: huge pages on"),
        "{}",
        large.stderr
    );
    assert_eq!(counts(&large), (200, 199));

    let small = run_over("huge-pages-199", 199);
    assert_eq!(small.code, 1, "{}", small.stderr);
    assert!(!small.stderr.contains("huge pages"), "{}", small.stderr);
    assert_eq!(counts(&small), (199, 198));
}
