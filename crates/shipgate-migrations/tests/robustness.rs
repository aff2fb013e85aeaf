//! No input makes the gate panic: random bytes, random SQL-ish and PHP-ish
//! fragments, truncations of real migrations, and deep nesting. Every input
//! either lowers to operations or becomes a finding with a location.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
}

const PIECES: &[&str] = &[
    "ALTER",
    "TABLE",
    "transactions",
    "ADD",
    "COLUMN",
    "DROP",
    "INDEX",
    "CONCURRENTLY",
    "CREATE",
    "(",
    ")",
    ",",
    ";",
    "'",
    "\"",
    "`",
    "$$",
    "$tag$",
    "--",
    "/*",
    "*/",
    "#",
    "\n",
    " ",
    "NOT",
    "NULL",
    "DEFAULT",
    "E'\\'",
    "\\",
    "DELIMITER",
    "COPY",
    "FROM",
    "stdin",
    "\\.",
    "<?php",
    "Schema::table(",
    "function (Blueprint $table) {",
    "$table->",
    "dropColumn(",
    "}",
    ");",
    "DB::statement(",
    "<<<'SQL'",
    "SQL",
    "'fee'",
    "é",
    "\u{0}",
    "\r",
    "CONVERT TO CHARACTER SET",
    "REINDEX",
];

fn settings(dialect: Dialect) -> Settings {
    Settings::new(&MigrationsConfig::default(), Some(dialect), None).unwrap()
}

fn run(name: &str, bytes: Vec<u8>, dialect: Dialect) {
    let report = check_sources(
        vec![SourceFile {
            display: name.into(),
            bytes,
            checked: true,
        }],
        &settings(dialect),
    );
    for finding in &report.findings {
        assert!(finding.location.line >= 1 && finding.location.column >= 1);
        assert!(!finding.message.is_empty());
    }
}

#[test]
fn random_fragments_never_panic() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for i in 0..3000 {
        let len = rng.below(40);
        let text: String = (0..len)
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect::<Vec<_>>()
            .join(if rng.below(2) == 0 { " " } else { "" });
        let dialect = if i % 2 == 0 {
            Dialect::Postgres
        } else {
            Dialect::Mysql
        };
        let name = if i % 3 == 0 { "m.php" } else { "m.sql" };
        run(name, text.into_bytes(), dialect);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0xdead_beef_0000_0042);
    for i in 0..500 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len)
            .map(|_| u8::try_from(rng.next() & 0xff).unwrap())
            .collect();
        run(
            if i % 2 == 0 { "m.sql" } else { "m.php" },
            bytes,
            Dialect::Postgres,
        );
    }
}

#[test]
fn every_truncation_of_a_real_migration_is_handled() {
    let php = include_str!(
        "../../../examples/payments-app/database/migrations/2024_03_05_000000_rework_balances.php"
    );
    let sql =
        include_str!("../../../examples/payments-app/database/sql/V3__clean_up_withdrawals.sql");
    for end in (0..php.len()).filter(|e| php.is_char_boundary(*e)) {
        run("m.php", php.as_bytes()[..end].to_vec(), Dialect::Postgres);
    }
    for end in (0..sql.len()).filter(|e| sql.is_char_boundary(*e)) {
        run("m.sql", sql.as_bytes()[..end].to_vec(), Dialect::Mysql);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let sql = format!(
        "SELECT {}1{};\nDROP TABLE fees;",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    let report = check_sources(
        vec![SourceFile {
            display: "m.sql".into(),
            bytes: sql.into_bytes(),
            checked: true,
        }],
        &settings(Dialect::Postgres),
    );
    // SELECT is never parsed, so the DROP after it is still found.
    assert!(report.findings.iter().any(|f| f.rule == "dropping-table"));
    let sql = format!(
        "UPDATE t SET a = {}1{};",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    let report = check_sources(
        vec![SourceFile {
            display: "m.sql".into(),
            bytes: sql.into_bytes(),
            checked: true,
        }],
        &settings(Dialect::Postgres),
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "unparseable-statement"),
        "{:?}",
        report.findings
    );
    let php = format!(
        "<?php\nreturn new class extends Migration {{ public function up() {{ $x = {}1{}; }} }};",
        "(".repeat(20_000),
        ")".repeat(20_000)
    );
    run("m.php", php.into_bytes(), Dialect::Postgres);
}
