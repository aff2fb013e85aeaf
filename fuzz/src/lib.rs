//! What the migration targets share: check a file as a migration and assert
//! that every finding points into it.

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};
use shipgate_report::{GateReport, LineIndex};

/// Checks `data` as the migration file `display` in `dialect` with the
/// default settings, and asserts every finding's location is in the file.
pub fn check_migration(data: &[u8], display: &str, dialect: Dialect) {
    let Ok(settings) = Settings::new(&MigrationsConfig::default(), Some(dialect), None) else {
        return;
    };
    let file = SourceFile {
        display: display.into(),
        bytes: data.to_vec(),
        checked: true,
    };
    let report = check_sources(vec![file], &settings);
    check_locations(&report, data);
}

/// Every finding points into the file: 1-based, ending at or after its start,
/// and on a line the file has (lines as the gate counts them).
fn check_locations(report: &GateReport, data: &[u8]) {
    let lines = LineIndex::new(data).line(data.len());
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
