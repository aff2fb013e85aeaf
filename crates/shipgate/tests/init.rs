//! `shipgate init` enables every gate whose inputs it finds, and the
//! quickstart's `shipgate check` then runs them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{commit, git, shipgate, temp_dir, write};

#[test]
fn init_enables_the_gates_whose_inputs_it_finds() {
    let dir = temp_dir("init-detect");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(
        &dir,
        "database/migrations/2024_01_01_000000_drop_fee.php",
        "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\nreturn new class extends Migration {\n    public function up(): void {\n        Schema::table('payments', function ($table) { $table->dropColumn('fee'); });\n    }\n};\n",
    );
    write(
        &dir,
        "app.env",
        "STRIPE_KEY=sk_live_2Wq8Lm4Xx7Rv3Pz9Ks5Nd1Hb6Fy0Gc4J\n",
    );
    commit(&dir, "app");
    let run = shipgate(&dir, &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("migrations: on (database/migrations)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("secrets: on"), "{}", run.stderr);
    assert!(run.stderr.contains("coverage: off"), "{}", run.stderr);
    let check = shipgate(&dir, &["check"]);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("migrations: fail"),
        "{}",
        check.stdout
    );
    assert!(check.stdout.contains("secrets: fail"), "{}", check.stdout);
    assert!(!check.stdout.contains("coverage:"), "{}", check.stdout);
}

#[test]
fn init_in_an_empty_project_enables_the_secrets_gate_only() {
    let dir = temp_dir("init-empty");
    let run = shipgate(&dir, &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.join("shipgate.toml")).unwrap();
    assert!(text.contains("no migration folder found"), "{text}");
    // Nothing to scan is not a pass; one file to scan is.
    let check = shipgate(&dir, &["check"]);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("error[nothing-scanned]"),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("migrations:"), "{}", check.stdout);
    write(&dir, "README.md", "# app\n");
    let check = shipgate(&dir, &["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.contains("secrets: pass"), "{}", check.stdout);
}
