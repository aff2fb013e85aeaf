//! Matching lockfiles against an offline OSV database: a folder of OSV JSON
//! files, or OSV's per-ecosystem `all.zip` exports.
//!
//! Only advisories that name an installed package are parsed: every file is
//! first scanned with an Aho-Corasick automaton of the installed names, so the
//! cost is a fast pass over the bytes plus parsing of the candidates.

use std::collections::{HashMap, HashSet};
use std::io::Read as _;
use std::path::Path;

use aho_corasick::AhoCorasick;
use rayon::prelude::*;
use serde_json::Value;

use crate::cvss::base_score;
use crate::lockfile::Package;
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;
use crate::version::compare;

/// A database that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct OsvError {
    /// The file or folder.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

fn err(path: &Path, message: impl Into<String>) -> OsvError {
    OsvError {
        path: path.display().to_string(),
        message: message.into(),
    }
}

/// How package names compare in an ecosystem (PEP 503 for PyPI, case-insensitive for Packagist).
pub fn normalize(ecosystem: &str, name: &str) -> String {
    match ecosystem {
        "PyPI" => name.to_ascii_lowercase().replace(['_', '.'], "-"),
        "Packagist" => name.to_ascii_lowercase(),
        _ => name.to_owned(),
    }
}

/// Reads every OSV document in `dir` (`*.json`, and `*.zip` archives of them)
/// that may concern one of `packages`.
pub fn load(dir: &Path, packages: &[Package]) -> Result<Vec<Value>, OsvError> {
    if !dir.is_dir() {
        return Err(err(
            dir,
            "not a folder: pass the folder that holds the OSV JSON files or all.zip exports",
        ));
    }
    let mut names: Vec<String> = packages.iter().map(|p| p.name.clone()).collect();
    names.extend(packages.iter().map(|p| normalize(p.ecosystem, &p.name)));
    // OSV may spell a PyPI or Packagist name in another case than the lockfile.
    names.extend(
        packages
            .iter()
            .filter(|p| p.ecosystem != "npm" && p.ecosystem != "crates.io")
            .map(|p| p.name.to_ascii_lowercase()),
    );
    names.sort();
    names.dedup();
    // Exact names and their normalised spellings; a DFA keeps the scan at memory speed.
    let matcher = AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(names.iter().map(|n| format!("\"{n}\"")))
        .map_err(|e| err(dir, e.to_string()))?;
    let files: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .collect();
    let docs: Vec<Result<Vec<Value>, OsvError>> = files
        .par_iter()
        .map(|path| {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            match ext {
                "json" => {
                    let bytes = std::fs::read(path).map_err(|e| err(path, e.to_string()))?;
                    candidate(&bytes, &matcher, path).map(|v| v.into_iter().collect())
                }
                "zip" => from_zip(path, &matcher),
                _ => Ok(Vec::new()),
            }
        })
        .collect();
    let mut out = Vec::new();
    for d in docs {
        out.extend(d?);
    }
    Ok(out)
}

fn candidate(bytes: &[u8], matcher: &AhoCorasick, path: &Path) -> Result<Option<Value>, OsvError> {
    if !matcher.is_match(bytes) {
        return Ok(None);
    }
    serde_json::from_slice(bytes).map(Some).map_err(|e| {
        err(
            path,
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

fn from_zip(path: &Path, matcher: &AhoCorasick) -> Result<Vec<Value>, OsvError> {
    // The whole archive in memory: 200,000 small entries must not each cost a seek and a read.
    let bytes = std::fs::read(path).map_err(|e| err(path, e.to_string()))?;
    let shared = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice()))
        .map_err(|e| err(path, format!("not a zip archive: {e}")))?;
    let count = shared.len();
    let chunk = count
        .div_ceil(rayon::current_num_threads().max(1) * 4)
        .max(1);
    let starts: Vec<usize> = (0..count).step_by(chunk).collect();
    let parts: Vec<Result<Vec<Value>, OsvError>> = starts
        .par_iter()
        .map(|&start| {
            // Clones share the parsed central directory.
            let mut archive = shared.clone();
            let mut out = Vec::new();
            let mut raw = Vec::new();
            let mut buf = Vec::new();
            // One inflater per thread, reset per entry: a fresh one per entry costs more than the data.
            let mut inflater = flate2::Decompress::new(false);
            for i in start..(start + chunk).min(count) {
                let mut entry = archive
                    .by_index_raw(i)
                    .map_err(|e| err(path, e.to_string()))?;
                if !Path::new(entry.name())
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                {
                    continue;
                }
                let name = entry.name().to_owned();
                let size = usize::try_from(entry.size()).unwrap_or(0);
                let method = entry.compression();
                raw.clear();
                entry
                    .read_to_end(&mut raw)
                    .map_err(|e| err(path, format!("{name}: {e}")))?;
                let data: &[u8] = match method {
                    zip::CompressionMethod::Stored => &raw,
                    zip::CompressionMethod::Deflated => {
                        buf.clear();
                        buf.reserve(size.max(64));
                        inflater.reset(false);
                        inflater
                            .decompress_vec(&raw, &mut buf, flate2::FlushDecompress::Finish)
                            .map_err(|e| err(path, format!("{name}: corrupt deflate data: {e}")))?;
                        if buf.len() != size {
                            return Err(err(
                                path,
                                format!("{name}: expected {size} bytes, inflated {}", buf.len()),
                            ));
                        }
                        &buf
                    }
                    other => {
                        return Err(err(
                            path,
                            format!("{name}: unsupported compression {other:?}"),
                        ));
                    }
                };
                if let Some(v) = candidate(data, matcher, &path.join(&name))? {
                    out.push(v);
                }
            }
            Ok(out)
        })
        .collect();
    let mut out = Vec::new();
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// Whether `version` is inside one OSV range's events (OSV schema,
/// "Evaluation"): after an `introduced` at or below it, and not after a
/// `fixed` at or below it or a `last_affected` below it; and below any `limit`.
fn in_range(ecosystem: &str, version: &str, events: &[Value]) -> bool {
    let mut sorted: Vec<(&str, &str)> = events
        .iter()
        .filter_map(|e| {
            e.as_object()?
                .iter()
                .next()
                .and_then(|(k, v)| Some((k.as_str(), v.as_str()?)))
        })
        .collect();
    let key = |v: &str| v.to_owned();
    sorted.sort_by(|a, b| {
        if a.1 == "0" && a.0 == "introduced" {
            return std::cmp::Ordering::Less;
        }
        if b.1 == "0" && b.0 == "introduced" {
            return std::cmp::Ordering::Greater;
        }
        compare(ecosystem, &key(a.1), &key(b.1))
    });
    let mut affected = false;
    for (kind, at) in &sorted {
        let cmp = if *at == "0" {
            std::cmp::Ordering::Greater
        } else {
            compare(ecosystem, version, at)
        };
        match *kind {
            "introduced" if cmp != std::cmp::Ordering::Less => affected = true,
            "fixed" if cmp != std::cmp::Ordering::Less => affected = false,
            "last_affected" if cmp == std::cmp::Ordering::Greater => affected = false,
            "limit" if cmp != std::cmp::Ordering::Less => return false,
            _ => {}
        }
    }
    affected
}

fn affects(ecosystem: &str, version: &str, affected: &Value) -> bool {
    let listed = affected
        .get("versions")
        .and_then(Value::as_array)
        .is_some_and(|v| v.iter().any(|x| x.as_str() == Some(version)));
    listed
        || affected
            .get("ranges")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|r| {
                matches!(
                    r.get("type").and_then(Value::as_str),
                    Some("ECOSYSTEM" | "SEMVER")
                ) && r
                    .get("events")
                    .and_then(Value::as_array)
                    .is_some_and(|events| in_range(ecosystem, version, events))
            })
}

/// Matches installed packages against OSV documents; `source` is the lockfile as shown.
pub fn matches(packages: &[Package], docs: &[Value], source: &str) -> Vec<Advisory> {
    let mut by_name: HashMap<(&str, String), Vec<&Package>> = HashMap::new();
    for p in packages {
        by_name
            .entry((p.ecosystem, normalize(p.ecosystem, &p.name)))
            .or_default()
            .push(p);
    }
    let mut out = Vec::new();
    let mut seen: HashSet<(String, String, String)> = HashSet::new();
    for doc in docs {
        let Some(id) = doc.get("id").and_then(Value::as_str) else {
            continue;
        };
        if doc.get("withdrawn").is_some() {
            continue;
        }
        for affected in doc
            .get("affected")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(eco) = affected
                .pointer("/package/ecosystem")
                .and_then(Value::as_str)
            else {
                continue;
            };
            let Some(name) = affected.pointer("/package/name").and_then(Value::as_str) else {
                continue;
            };
            let eco = match eco {
                "Packagist" | "npm" | "crates.io" | "PyPI" => eco,
                _ => continue,
            };
            for p in by_name
                .get(&(eco, normalize(eco, name)))
                .into_iter()
                .flatten()
            {
                if !affects(eco, &p.version, affected)
                    || !seen.insert((id.to_owned(), p.name.clone(), p.version.clone()))
                {
                    continue;
                }
                out.push(advisory(doc, id, p, affected, source));
            }
        }
    }
    out
}

fn advisory(doc: &Value, id: &str, p: &Package, affected: &Value, source: &str) -> Advisory {
    let cvss = doc.get("severity").and_then(Value::as_array).and_then(|a| {
        a.iter()
            .filter_map(|s| s.get("score").and_then(Value::as_str))
            .filter_map(base_score)
            .reduce(f64::max)
    });
    let label = doc
        .pointer("/database_specific/severity")
        .and_then(Value::as_str)
        .map_or(VulnSeverity::Unknown, VulnSeverity::from_label);
    let fixed = affected
        .get("ranges")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(|r| {
            r.get("events")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        })
        .filter_map(|e| e.get("fixed").and_then(Value::as_str).map(str::to_owned))
        .collect();
    Advisory {
        id: id.to_owned(),
        aliases: doc
            .get("aliases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        package: p.name.clone(),
        ecosystem: p.ecosystem.to_ascii_lowercase(),
        installed: Some(p.version.clone()),
        fixed,
        severity: cvss.map_or(label, VulnSeverity::from_score).max(label),
        cvss,
        title: doc
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        url: Some(format!("https://osv.dev/vulnerability/{id}")),
        kind: AdvisoryKind::Vulnerability,
        source: source.to_owned(),
        target: None,
    }
}

#[cfg(test)]
mod tests {
    use super::in_range;
    use serde_json::json;

    fn events(v: serde_json::Value) -> Vec<serde_json::Value> {
        match v {
            serde_json::Value::Array(a) => a,
            other => panic!("not a list: {other}"),
        }
    }

    #[test]
    fn range_events_follow_the_osv_algorithm() {
        let e = events(json!([{"introduced": "0"}, {"fixed": "1.2.3"}]));
        assert!(in_range("npm", "1.2.2", &e));
        assert!(!in_range("npm", "1.2.3", &e));
        let e = events(json!([{"introduced": "1.0.0"}, {"last_affected": "1.4.0"}]));
        assert!(!in_range("npm", "0.9.0", &e));
        assert!(in_range("npm", "1.4.0", &e));
        assert!(!in_range("npm", "1.4.1", &e));
        let e = events(
            json!([{"introduced": "1.0"}, {"fixed": "1.1"}, {"introduced": "2.0"}, {"fixed": "2.0.5"}]),
        );
        assert!(in_range("PyPI", "1.0.5", &e));
        assert!(!in_range("PyPI", "1.5", &e));
        assert!(in_range("PyPI", "2.0.4", &e));
        assert!(!in_range("PyPI", "2.0.5", &e));
        let e = events(json!([{"introduced": "0"}, {"limit": "3.0.0"}]));
        assert!(in_range("crates.io", "2.9.9", &e));
        assert!(!in_range("crates.io", "3.0.0", &e));
        // Packagist ordering: an RC is before its release.
        let e = events(json!([{"introduced": "7.0.0"}, {"fixed": "7.4.5"}]));
        assert!(in_range("Packagist", "7.4.5-RC1", &e));
        assert!(!in_range("Packagist", "7.4.5", &e));
    }
}
