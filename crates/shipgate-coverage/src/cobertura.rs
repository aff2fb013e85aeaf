//! Cobertura XML: `<sources><source>` roots, `<class filename=...>` with
//! `<line number hits branch condition-coverage="50% (1/2)">`. Counts are
//! recomputed from the lines; the rates the report states are not trusted.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::model::{CoverageReport, FileCoverage, Format, ParseError};
use crate::paths::resolve;

#[derive(Default)]
struct Lines {
    hits: HashMap<u64, u64>,
    branches: HashMap<u64, (u64, u64)>,
}

pub(crate) fn parse(text: &str, name: &str, root: &Path) -> Result<CoverageReport, ParseError> {
    let mut reader = Reader::from_str(text);
    let mut sources: Vec<String> = Vec::new();
    let mut in_source = false;
    let mut saw_coverage = false;
    let mut class_file: Option<String> = None;
    let mut per_file: BTreeMap<String, Lines> = BTreeMap::new();
    let mut depth = 0usize;
    let line_of = |pos: u64| {
        text.get(..usize::try_from(pos).unwrap_or(0))
            .map_or(1, |s| s.matches('\n').count() + 1)
    };
    loop {
        let pos = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| ParseError::at(name, line_of(pos), format!("malformed XML: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_empty = matches!(event, Event::Empty(_));
                if !is_empty {
                    depth += 1;
                }
                let attr = |key: &[u8]| -> Option<String> {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key)
                        .and_then(|a| a.unescape_value().ok())
                        .map(std::borrow::Cow::into_owned)
                };
                match e.name().as_ref() {
                    b"coverage" => saw_coverage = true,
                    b"source" => in_source = !is_empty,
                    b"class" => {
                        let file = attr(b"filename").ok_or_else(|| {
                            ParseError::at(name, line_of(pos), "a <class> has no filename")
                        })?;
                        per_file.entry(file.clone()).or_default();
                        class_file = if is_empty { None } else { Some(file) };
                    }
                    b"line" => {
                        if let Some(file) = &class_file {
                            let number = attr(b"number")
                                .and_then(|n| n.parse::<u64>().ok())
                                .ok_or_else(|| {
                                    ParseError::at(name, line_of(pos), "a <line> has no number")
                                })?;
                            let hits = attr(b"hits")
                                .and_then(|h| h.parse::<u64>().ok())
                                .unwrap_or(0);
                            let lines = per_file.entry(file.clone()).or_default();
                            // Hit counts are summed without overflowing: a count
                            // only matters as zero or more.
                            let total = lines.hits.entry(number).or_default();
                            *total = total.saturating_add(hits);
                            if attr(b"branch").as_deref() == Some("true")
                                && let Some((covered, total)) =
                                    attr(b"condition-coverage").as_deref().and_then(condition)
                            {
                                let entry = lines.branches.entry(number).or_insert((0, total));
                                entry.0 = entry.0.max(covered);
                                entry.1 = entry.1.max(total);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_source => {
                let value = t
                    .decode()
                    .map_err(|e| ParseError::at(name, line_of(pos), e.to_string()))?;
                let value = value.trim();
                if !value.is_empty() {
                    sources.push(value.to_owned());
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                match e.name().as_ref() {
                    b"source" => in_source = false,
                    b"class" => class_file = None,
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_coverage {
        return Err(ParseError::new(
            name,
            "no <coverage> element: is this a Cobertura report?",
        ));
    }
    if depth != 0 {
        return Err(ParseError::new(
            name,
            "the report is truncated: elements are left open",
        ));
    }
    let mut files: BTreeMap<String, FileCoverage> = BTreeMap::new();
    for (file, lines) in per_file {
        let source = sources
            .iter()
            .find(|s| {
                root.join(Path::new(s).join(&file)).exists() || Path::new(s).join(&file).exists()
            })
            .or(sources.first());
        let path = resolve(&file, source.map(String::as_str), root);
        let counts = FileCoverage {
            lines_total: lines.hits.len() as u64,
            lines_covered: lines.hits.values().filter(|h| **h > 0).count() as u64,
            branches_total: lines
                .branches
                .values()
                .fold(0u64, |sum, b| sum.saturating_add(b.1)),
            branches_covered: lines
                .branches
                .values()
                .fold(0u64, |sum, b| sum.saturating_add(b.0)),
        };
        files.entry(path).or_default().add(&counts);
    }
    Ok(CoverageReport {
        format: Format::Cobertura,
        files,
    })
}

/// `50% (1/2)` gives `(1, 2)`.
fn condition(text: &str) -> Option<(u64, u64)> {
    let inner = text.split_once('(')?.1.split_once(')')?.0;
    let (covered, total) = inner.split_once('/')?;
    Some((covered.trim().parse().ok()?, total.trim().parse().ok()?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn huge_hit_and_branch_counts_do_not_overflow() {
        // Found by fuzzing: two records of one line with counts near u64::MAX.
        let xml = format!(
            "<coverage><packages><package><classes><class filename=\"a.php\"><lines>\
             <line number=\"1\" hits=\"{max}\" branch=\"true\" condition-coverage=\"50% ({max}/{max})\"/>\
             <line number=\"2\" hits=\"1\" branch=\"true\" condition-coverage=\"50% ({max}/{max})\"/>\
             </lines></class><class filename=\"a.php\"><lines><line number=\"1\" hits=\"{max}\"/></lines></class>\
             </classes></package></packages></coverage>",
            max = u64::MAX
        );
        let report = super::parse(&xml, "c.xml", std::path::Path::new("/r")).unwrap();
        let file = &report.files["a.php"];
        assert_eq!(file.lines_covered, 2);
        assert_eq!(file.branches_total, u64::MAX);
    }
}
