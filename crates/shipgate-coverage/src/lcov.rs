//! LCOV tracefiles: `SF:` starts a file, `DA:line,hits`, `BRDA:line,block,branch,taken`
//! (`-` when never reached), `end_of_record` ends it. Files may repeat; counts merge.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::model::{CoverageReport, FileCoverage, Format, ParseError};
use crate::paths::resolve;

#[derive(Default)]
struct Current {
    path: String,
    lines: HashMap<u64, u64>,
    branches: HashMap<(u64, String, String), u64>,
}

pub(crate) fn parse(text: &str, name: &str, root: &Path) -> Result<CoverageReport, ParseError> {
    let mut lines_by_file: BTreeMap<String, HashMap<u64, u64>> = BTreeMap::new();
    let mut branches_by_file: BTreeMap<String, HashMap<(u64, String, String), u64>> =
        BTreeMap::new();
    let mut current: Option<Current> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        let number = |s: &str| {
            s.trim()
                .parse::<u64>()
                .map_err(|_| ParseError::at(name, n, format!("`{s}` is not a number in `{line}`")))
        };
        if let Some(path) = line.strip_prefix("SF:") {
            if current.is_some() {
                return Err(ParseError::at(
                    name,
                    n,
                    "`SF:` before the previous file's `end_of_record`",
                ));
            }
            current = Some(Current {
                path: resolve(path.trim(), None, root),
                ..Current::default()
            });
        } else if let Some(rest) = line.strip_prefix("DA:") {
            let cur = current
                .as_mut()
                .ok_or_else(|| ParseError::at(name, n, "`DA:` outside a file record"))?;
            let mut parts = rest.split(',');
            let (Some(l), Some(h)) = (parts.next(), parts.next()) else {
                return Err(ParseError::at(
                    name,
                    n,
                    format!("`{line}`: expected DA:line,hits"),
                ));
            };
            let hits = if h.trim().starts_with('-') {
                0
            } else {
                number(h)?
            };
            // Counts are summed without overflowing: they only matter as
            // zero or more.
            let total = cur.lines.entry(number(l)?).or_default();
            *total = total.saturating_add(hits);
        } else if let Some(rest) = line.strip_prefix("BRDA:") {
            let cur = current
                .as_mut()
                .ok_or_else(|| ParseError::at(name, n, "`BRDA:` outside a file record"))?;
            let parts: Vec<&str> = rest.split(',').collect();
            if parts.len() != 4 {
                return Err(ParseError::at(
                    name,
                    n,
                    format!("`{line}`: expected BRDA:line,block,branch,taken"),
                ));
            }
            let taken = if parts[3].trim() == "-" {
                0
            } else {
                number(parts[3])?
            };
            let total = cur
                .branches
                .entry((number(parts[0])?, parts[1].to_owned(), parts[2].to_owned()))
                .or_default();
            *total = total.saturating_add(taken);
        } else if line == "end_of_record" {
            let cur = current
                .take()
                .ok_or_else(|| ParseError::at(name, n, "`end_of_record` without `SF:`"))?;
            let lines = lines_by_file.entry(cur.path.clone()).or_default();
            for (l, h) in cur.lines {
                let total = lines.entry(l).or_default();
                *total = total.saturating_add(h);
            }
            let branches = branches_by_file.entry(cur.path).or_default();
            for (k, t) in cur.branches {
                let total = branches.entry(k).or_default();
                *total = total.saturating_add(t);
            }
        }
        // TN, FN, FNDA, FNF, FNH, LF, LH, BRF, BRH are summaries or function data: recomputed, not trusted.
    }
    if current.is_some() {
        return Err(ParseError::new(
            name,
            "the report is truncated: the last file has no `end_of_record`",
        ));
    }
    if lines_by_file.is_empty() {
        return Err(ParseError::new(
            name,
            "no `SF:` records: is this an LCOV report?",
        ));
    }
    let mut files = BTreeMap::new();
    for (path, lines) in lines_by_file {
        let branches = branches_by_file.remove(&path).unwrap_or_default();
        files.insert(
            path,
            FileCoverage {
                lines_total: lines.len() as u64,
                lines_covered: lines.values().filter(|h| **h > 0).count() as u64,
                branches_total: branches.len() as u64,
                branches_covered: branches.values().filter(|t| **t > 0).count() as u64,
            },
        );
    }
    Ok(CoverageReport {
        format: Format::Lcov,
        files,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn huge_counts_do_not_overflow() {
        let max = u64::MAX;
        let trace = format!(
            "SF:a.rs\nDA:1,{max}\nDA:1,{max}\nBRDA:1,0,0,{max}\nBRDA:1,0,0,{max}\nend_of_record\nSF:a.rs\nDA:1,{max}\nend_of_record\n"
        );
        let report = super::parse(&trace, "lcov.info", std::path::Path::new("/r")).unwrap();
        let file = &report.files["a.rs"];
        assert_eq!((file.lines_total, file.lines_covered), (1, 1));
        assert_eq!((file.branches_total, file.branches_covered), (1, 1));
    }
}
