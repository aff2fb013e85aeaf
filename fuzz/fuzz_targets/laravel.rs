//! The Laravel front end (tree-sitter-php, Schema builder, `DB::statement`
//! SQL) and the rules over what it reads, for both dialects.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};
use shipgate_report::GateReport;

/// Every finding points into the file: 1-based, ending at or after its start,
/// and on a line the file has.
fn check_locations(report: &GateReport, data: &[u8]) {
    // Lines end at `\n`, `\r\n` or a lone `\r`.
    let lines = data
        .iter()
        .enumerate()
        .filter(|(i, b)| **b == b'\n' || **b == b'\r' && data.get(i + 1) != Some(&b'\n'))
        .count()
        + 1;
    for finding in &report.findings {
        let l = &finding.location;
        assert!(l.line >= 1 && l.column >= 1, "{finding:?}");
        assert!(
            (l.end_line, l.end_column) >= (l.line, l.column),
            "{finding:?}"
        );
        assert!(l.end_line as usize <= lines, "{finding:?}");
    }
}

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
        let report = check_sources(vec![file], &settings);
        check_locations(&report, data);
    }
});
