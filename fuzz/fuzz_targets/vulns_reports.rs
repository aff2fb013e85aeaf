//! Every scanner report parser: the input is read with format detection, then
//! forced through each of the seven parsers (composer, npm, cargo-audit,
//! pip-audit, trivy, grype, osv-scanner), as `--report-format` does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shipgate_vulns::parsers::{ReportFormat, parse};

fuzz_target!(|data: &[u8]| {
    let _ = parse(data, "report.json", None);
    for (format, _) in ReportFormat::ALL {
        let _ = parse(data, "report.json", Some(format));
    }
});
