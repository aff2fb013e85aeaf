//! Checking floors and building the gate report.

use shipgate_config::CoverageConfig;
use shipgate_report::{Finding, GateReport, Location, RuleMeta, Severity};

use crate::model::{CoverageReport, FileCoverage};
use crate::rules::{CoverageBelowFloor, CoverageFloorMet, CoverageFloorUnmatched, all_rules};

/// The gate's name in reports.
pub const GATE: &str = "coverage";

/// Where the configuration is, so findings can point at the floor's line.
pub struct ConfigSource<'a> {
    /// The config file as shown, relative to the repository.
    pub display: &'a str,
    /// Its text.
    pub text: &'a str,
}

struct Floor<'a> {
    path: Option<&'a str>,
    lines: Option<f64>,
    branches: Option<f64>,
    at: usize,
}

fn matches(pattern: &str, path: &str, glob: Option<&globset::GlobMatcher>) -> bool {
    if let Some(g) = glob {
        g.is_match(path)
    } else {
        let prefix = pattern.trim_end_matches('/');
        path == prefix || path.starts_with(&format!("{prefix}/"))
    }
}

fn line_of(text: &str, offset: usize) -> u32 {
    u32::try_from(shipgate_report::line_column(text, offset).0).unwrap_or(u32::MAX)
}

fn lowest(files: &[(&String, &FileCoverage)]) -> String {
    let mut ranked: Vec<_> = files
        .iter()
        .filter_map(|(p, c)| c.line_percent().map(|pct| (pct, *p)))
        .collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    ranked
        .iter()
        .take(3)
        .map(|(pct, p)| format!("{p} {pct:.1}%"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks the report against the floors; `name` is the report as shown.
pub fn check(
    report: &CoverageReport,
    config: &CoverageConfig,
    name: &str,
    source: &ConfigSource<'_>,
) -> GateReport {
    let mut gate = GateReport::new(GATE, env!("CARGO_PKG_VERSION"), Severity::Error);
    gate.rules = all_rules().into_iter().copied().collect();
    let mut floors = Vec::new();
    if config.lines.is_some() || config.branches.is_some() {
        let at = config
            .lines
            .as_ref()
            .or(config.branches.as_ref())
            .map_or(0, |v| v.span().start);
        floors.push(Floor {
            path: None,
            lines: config.lines.as_ref().map(|v| *v.get_ref()),
            branches: config.branches.as_ref().map(|v| *v.get_ref()),
            at,
        });
    }
    for f in &config.floors {
        floors.push(Floor {
            path: Some(f.path.get_ref()),
            lines: f.lines.as_ref().map(|v| *v.get_ref()),
            branches: f.branches.as_ref().map(|v| *v.get_ref()),
            at: f.path.span().start,
        });
    }
    for floor in &floors {
        let location = Location::new(source.display, line_of(source.text, floor.at), 1);
        let glob = floor
            .path
            .filter(|p| p.contains(['*', '?', '[']))
            .and_then(|p| globset::Glob::new(p).ok())
            .map(|g| g.compile_matcher());
        let label = floor
            .path
            .map_or_else(|| "overall".to_owned(), |p| format!("`{p}`"));
        let matched: Vec<(&String, &FileCoverage)> = report
            .files
            .iter()
            .filter(|(path, _)| floor.path.is_none_or(|p| matches(p, path, glob.as_ref())))
            .collect();
        if matched.is_empty() {
            let sample: Vec<&str> = report.files.keys().take(3).map(String::as_str).collect();
            gate.push(finding(&CoverageFloorUnmatched::META, location, format!(
                "{label} matches no file in {name}, so its floor checks nothing (the report's files look like {})",
                if sample.is_empty() { "nothing: the report is empty".to_owned() } else { sample.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ") }
            ), "fix the path in `[[coverage.floors]]`, or make the test run cover that code"));
            continue;
        }
        let mut total = FileCoverage::default();
        for (_, c) in &matched {
            total.add(c);
        }
        let worst = lowest(&matched);
        let mut checks = Vec::new();
        if let Some(min) = floor.lines {
            checks.push((
                "lines",
                total.line_percent(),
                total.lines_covered,
                total.lines_total,
                min,
            ));
        }
        if let Some(min) = floor.branches {
            checks.push((
                "branches",
                total.branch_percent(),
                total.branches_covered,
                total.branches_total,
                min,
            ));
        }
        for (what, measured, covered, all, min) in checks {
            let files = if matched.len() == 1 {
                "1 file".to_owned()
            } else {
                format!("{} files", matched.len())
            };
            match measured {
                Some(pct) if pct + 1e-9 >= min => gate.push(finding(&CoverageFloorMet::META, location.clone(), format!(
                    "{label}: {what} {pct:.1}% ({covered}/{all}, {files}) meets the floor of {min}%; lowest: {worst}"
                ), "")),
                Some(pct) => gate.push(finding(&CoverageBelowFloor::META, location.clone(), format!(
                    "{label}: {what} {pct:.1}% ({covered}/{all}, {files}) is below the floor of {min}%; lowest: {worst}"
                ), "add tests for the lowest-covered files")),
                None => gate.push(finding(&CoverageBelowFloor::META, location.clone(), format!(
                    "{label}: the report has no {what} data for its {files} files, so the floor of {min}% cannot be proven"
                ), "produce branch coverage (PHPUnit with Xdebug or PCOV path coverage, cargo llvm-cov --branch), or remove the branch floor")),
            }
        }
    }
    let mut all = FileCoverage::default();
    for c in report.files.values() {
        all.add(c);
    }
    gate.stats.insert("files".into(), report.files.len() as u64);
    gate.stats.insert("lines".into(), all.lines_total);
    gate.stats.insert("lines covered".into(), all.lines_covered);
    gate.finish();
    gate
}

fn finding(meta: &RuleMeta, location: Location, message: String, help: &str) -> Finding {
    Finding::new(meta.id, meta.default_severity, message, location).with_help(help)
}
