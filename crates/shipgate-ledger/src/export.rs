//! Bundles for auditors: a folder that holds entries, one inclusion proof per
//! entry, the signed checkpoint they lead to and the log's public key, and the
//! offline verifier that checks such a folder with no database.
//!
//! ```text
//! entries.jsonl          one {"seq": N, "entry": {...}} per line, canonical JSON
//! proofs/N.tlog-proof    the inclusion proof of entry N (see crate::bundle)
//! checkpoint             the signed checkpoint every proof leads to
//! log.pub                the log's public key (signed-note text encoding)
//! README.md              written by the caller
//! ```

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::bundle::{InclusionError, ProofBundle, ProveError};
use crate::canonical::{FloatError, to_canonical};
use crate::checkpoint::Checkpoint;
use crate::note::{NoteError, VerifierKey};
use crate::store::{Store, StoreError};

/// The file of the entries in a bundle.
pub const ENTRIES_FILE: &str = "entries.jsonl";
/// The file of the signed checkpoint in a bundle.
pub const CHECKPOINT_FILE: &str = "checkpoint";
/// The file of the log's public key in a bundle.
pub const PUBLIC_KEY_FILE: &str = "log.pub";
/// The folder of the proofs in a bundle.
pub const PROOFS_DIR: &str = "proofs";
/// The bundle's README.
pub const README_FILE: &str = "README.md";

/// Why a bundle could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder to export into already holds files.
    #[error("`{}` is not empty", .0.display())]
    NotEmpty(PathBuf),
    /// The checkpoint does not verify with the log's public key.
    #[error("the checkpoint does not verify with the key `{key}`: {source}")]
    Checkpoint {
        /// The key's name.
        key: String,
        /// What is wrong with the checkpoint.
        source: NoteError,
    },
    /// Every entry to export is newer than the checkpoint: the bundle would be empty.
    #[error(
        "none of the {entries} entries to export is covered by the checkpoint (size {size}): nothing to export"
    )]
    NothingCovered {
        /// How many entries were to be exported.
        entries: usize,
        /// The checkpoint's tree size.
        size: u64,
    },
    /// A stored entry has no canonical encoding.
    #[error("entry {seq}: {source}")]
    Encode {
        /// The entry's sequence number.
        seq: u64,
        /// Where the fraction is.
        source: FloatError,
    },
    /// A proof could not be made.
    #[error(transparent)]
    Prove(#[from] ProveError),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A folder could not be created.
    #[error("cannot create `{}`: {source}", path.display())]
    Create {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportSummary {
    /// Entries written, each with its proof.
    pub exported: u64,
    /// Entries to export that are newer than the checkpoint, left out.
    pub left_out: usize,
    /// The checkpoint's tree size.
    pub size: u64,
}

/// What to do with entries to export that the latest checkpoint does not cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newer {
    /// Refuse the export: it would not hold what was asked for.
    Refuse,
    /// Export only what the latest checkpoint covers, and count the rest.
    LeaveOut,
    /// Sign a checkpoint of the log as it is now first.
    Sign,
}

/// The checkpoint an export's proofs lead to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The stored checkpoint `(size, note)`.
    Use(u64, String),
    /// A checkpoint of the log as it is now, to be signed (and stored) first.
    Sign,
}

/// Why no checkpoint fits an export.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Entries to export are newer than the latest checkpoint, and leaving
    /// them out was not asked for.
    #[error(
        "{left} of the {entries} entries to export are newer than the latest checkpoint (size {size}) and would be left out"
    )]
    Uncovered {
        /// Entries newer than the checkpoint.
        left: usize,
        /// Entries to export.
        entries: usize,
        /// The latest checkpoint's size.
        size: u64,
    },
    /// The ledger has no signed checkpoint, and none is to be signed.
    #[error("the ledger has no signed checkpoint yet")]
    NoCheckpoint,
}

/// Chooses the checkpoint for exporting `entries` (in sequence order), given
/// the `latest` stored checkpoint `(size, note)`. Entries are never left out
/// silently: the latest checkpoint is used when it covers them all, and
/// otherwise `newer` decides.
pub fn plan(
    entries: &[(u64, Value)],
    latest: Option<(u64, String)>,
    newer: Newer,
) -> Result<Plan, PlanError> {
    let newest = entries.last().map_or(0, |(seq, _)| *seq);
    match (latest, newer) {
        (Some((size, note)), _) if newest < size => Ok(Plan::Use(size, note)),
        (_, Newer::Sign) => Ok(Plan::Sign),
        (Some((size, note)), Newer::LeaveOut) => Ok(Plan::Use(size, note)),
        (Some((size, _)), Newer::Refuse) => Err(PlanError::Uncovered {
            left: entries.iter().filter(|(seq, _)| *seq >= size).count(),
            entries: entries.len(),
            size,
        }),
        (None, _) => Err(PlanError::NoCheckpoint),
    }
}

/// Refuses a folder that exists and holds anything: an export never mixes with
/// older files. A missing folder is fine (it is created).
pub fn ensure_empty(out: &Path) -> Result<(), ExportError> {
    if out.exists() && std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(ExportError::NotEmpty(out.to_path_buf()));
    }
    Ok(())
}

/// Writes a bundle of `entries` (sequence number and stored JSON, in order)
/// into `out`: each entry the signed checkpoint `(size, note)` covers, with its
/// inclusion proof from `store`, the checkpoint and `key`. Entries at or
/// after `size` are left out and counted. The checkpoint must verify with
/// `key`, and cover at least one entry. `readme` writes the README from
/// what is exported.
pub fn write_bundle(
    store: &mut dyn Store,
    out: &Path,
    entries: &[(u64, Value)],
    (size, note): (u64, &str),
    key: &VerifierKey,
    readme: &dyn Fn(&ExportSummary) -> String,
) -> Result<ExportSummary, ExportError> {
    Checkpoint::open(note, std::slice::from_ref(key)).map_err(|source| {
        ExportError::Checkpoint {
            key: key.name.clone(),
            source,
        }
    })?;
    let covered: Vec<&(u64, Value)> = entries.iter().filter(|(seq, _)| *seq < size).collect();
    if covered.is_empty() {
        return Err(ExportError::NothingCovered {
            entries: entries.len(),
            size,
        });
    }
    let summary = ExportSummary {
        exported: covered.len() as u64,
        left_out: entries.len() - covered.len(),
        size,
    };
    let proofs_dir = out.join(PROOFS_DIR);
    std::fs::create_dir_all(&proofs_dir).map_err(|source| ExportError::Create {
        path: proofs_dir.clone(),
        source,
    })?;
    let mut lines = String::new();
    for (seq, entry) in covered {
        let canonical = to_canonical(&json!({ "seq": seq, "entry": entry }))
            .map_err(|source| ExportError::Encode { seq: *seq, source })?;
        lines.push_str(&String::from_utf8_lossy(&canonical));
        lines.push('\n');
        let proof = ProofBundle::prove(store, *seq, size, note)?;
        write(
            &proofs_dir.join(format!("{seq}.tlog-proof")),
            &proof.to_text(),
        )?;
    }
    write(&out.join(ENTRIES_FILE), &lines)?;
    write(&out.join(CHECKPOINT_FILE), note)?;
    write(&out.join(PUBLIC_KEY_FILE), &format!("{}\n", key.to_text()))?;
    write(&out.join(README_FILE), &readme(&summary))?;
    Ok(summary)
}

fn write(path: &Path, text: &str) -> Result<(), ExportError> {
    std::fs::write(path, text).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// A bundle that cannot be checked at all: a file every check needs is unreadable.
#[derive(Debug, thiserror::Error)]
#[error("`{}`: {source}", path.display())]
pub struct BundleError {
    /// The file.
    pub path: PathBuf,
    /// Why it cannot be read.
    pub source: std::io::Error,
}

/// One thing wrong with a bundle.
#[derive(Debug, thiserror::Error)]
pub enum BundleProblem {
    /// No key was given: a checkpoint is never taken on trust.
    #[error("no public key was given to check the checkpoint with")]
    NoKey,
    /// The checkpoint does not parse, or no trusted key signed it.
    #[error("the checkpoint does not verify: {0}")]
    Checkpoint(NoteError),
    /// A line of `entries.jsonl` is not `{"seq": N, "entry": {...}}`.
    #[error("entries.jsonl:{line}: not a {{\"seq\", \"entry\"}} line")]
    Line {
        /// The line (1-based).
        line: usize,
    },
    /// An entry has no canonical encoding (it holds a fraction).
    #[error("entry {seq}: not canonical JSON")]
    NotCanonical {
        /// The entry's sequence number.
        seq: u64,
    },
    /// An entry's proof file cannot be read.
    #[error("entry {seq}: `{}`: {source}", path.display())]
    ProofUnreadable {
        /// The entry's sequence number.
        seq: u64,
        /// The proof file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// An entry's proof file does not parse.
    #[error("entry {seq}: {source}")]
    ProofMalformed {
        /// The entry's sequence number.
        seq: u64,
        /// What is wrong with it.
        source: NoteError,
    },
    /// An entry's proof is another entry's.
    #[error("entry {seq}: its proof is for entry {index}")]
    WrongIndex {
        /// The entry's sequence number.
        seq: u64,
        /// The entry the proof is for.
        index: u64,
    },
    /// An entry is not in the log the checkpoint commits to (it was changed,
    /// or its proof was).
    #[error("entry {seq}: {source}")]
    NotIncluded {
        /// The entry's sequence number.
        seq: u64,
        /// Why.
        source: InclusionError,
    },
}

/// What checking a bundle found.
#[derive(Debug)]
pub struct BundleReport {
    /// The bundle's checkpoint, when it verified.
    pub checkpoint: Option<Checkpoint>,
    /// Entries whose proof verified.
    pub checked: u64,
    /// Everything wrong, in the order found.
    pub problems: Vec<BundleProblem>,
}

impl BundleReport {
    /// Whether nothing is wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks the bundle in `dir` with no database: its checkpoint must verify with
/// one of `keys`, and every entry in `entries.jsonl` must be in the log that
/// checkpoint commits to, by its proof. When the checkpoint fails, the entries
/// are not read. With no key, nothing verifies.
pub fn verify_bundle(dir: &Path, keys: &[VerifierKey]) -> Result<BundleReport, BundleError> {
    let read = |path: PathBuf| match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text),
        Err(source) => Err(BundleError { path, source }),
    };
    let mut report = BundleReport {
        checkpoint: None,
        checked: 0,
        problems: Vec::new(),
    };
    let note = read(dir.join(CHECKPOINT_FILE))?;
    if keys.is_empty() {
        report.problems.push(BundleProblem::NoKey);
        return Ok(report);
    }
    match Checkpoint::open(&note, keys) {
        Err(e) => {
            report.problems.push(BundleProblem::Checkpoint(e));
            return Ok(report);
        }
        Ok(cp) => report.checkpoint = Some(cp),
    }
    for (n, line) in read(dir.join(ENTRIES_FILE))?.lines().enumerate() {
        let parsed: Option<(u64, Value)> = serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|v| Some((v.get("seq")?.as_u64()?, v.get("entry")?.clone())));
        let Some((seq, entry)) = parsed else {
            report.problems.push(BundleProblem::Line { line: n + 1 });
            continue;
        };
        match check_entry(dir, seq, &entry, keys) {
            Ok(()) => report.checked += 1,
            Err(problem) => report.problems.push(problem),
        }
    }
    Ok(report)
}

fn check_entry(
    dir: &Path,
    seq: u64,
    entry: &Value,
    keys: &[VerifierKey],
) -> Result<(), BundleProblem> {
    let bytes = to_canonical(entry).map_err(|_| BundleProblem::NotCanonical { seq })?;
    let path = dir.join(PROOFS_DIR).join(format!("{seq}.tlog-proof"));
    let text = std::fs::read_to_string(&path).map_err(|source| BundleProblem::ProofUnreadable {
        seq,
        path,
        source,
    })?;
    let proof = ProofBundle::parse(&text)
        .map_err(|source| BundleProblem::ProofMalformed { seq, source })?;
    if proof.index != seq {
        return Err(BundleProblem::WrongIndex {
            seq,
            index: proof.index,
        });
    }
    proof
        .verify(&bytes, keys)
        .map_err(|source| BundleProblem::NotIncluded { seq, source })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::canonical_entry;
    use crate::note::{KeyKind, SignerKey};
    use crate::store::{SqliteStore, StoreReader};
    use crate::tree::root;

    struct Fixture {
        dir: PathBuf,
        store: SqliteStore,
        key: SignerKey,
    }

    impl Drop for Fixture {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    fn entry(i: u64) -> Value {
        json!({
            "v": 1, "kind": "note", "time": "2026-05-01T00:00:00Z", "service": "payments",
            "environment": null, "commit": null, "artifact": null,
            "actor": {"id": "alice", "via": "local"}, "ci": null,
            "body": {"message": format!("entry {i}")},
        })
    }

    fn entries(n: u64) -> Vec<(u64, Value)> {
        (0..n).map(|i| (i, entry(i))).collect()
    }

    /// A ledger of `n` entries and a log key.
    fn fixture(name: &str, n: u64) -> Fixture {
        let dir = std::env::temp_dir().join(format!(
            "shipgate-export-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = SqliteStore::open(&dir.join("ledger.db")).unwrap();
        let bytes: Vec<Vec<u8>> = (0..n)
            .map(|i| canonical_entry(&entry(i)).unwrap())
            .collect();
        store.append(&bytes).unwrap();
        let key = SignerKey::generate("audit.example/payments", KeyKind::Log).unwrap();
        Fixture { dir, store, key }
    }

    impl Fixture {
        fn sign(&mut self, size: u64) -> String {
            let root = root(&mut StoreReader(&mut self.store), size).unwrap();
            Checkpoint {
                origin: self.key.name.clone(),
                size,
                root,
            }
            .sign(&self.key)
            .unwrap()
        }

        fn export(&mut self, out: &str, n: u64, size: u64) -> Result<ExportSummary, ExportError> {
            let note = self.sign(size);
            let entries = entries(n);
            let out = self.dir.join(out);
            ensure_empty(&out)?;
            write_bundle(
                &mut self.store,
                &out,
                &entries,
                (size, &note),
                &self.key.verifier(),
                &|s| {
                    format!(
                        "exported {} of size {}, left out {}\n",
                        s.exported, s.size, s.left_out
                    )
                },
            )
        }
    }

    #[test]
    fn an_exported_bundle_verifies_offline() {
        let mut f = fixture("roundtrip", 5);
        let summary = f.export("out", 5, 5).unwrap();
        assert_eq!(
            summary,
            ExportSummary {
                exported: 5,
                left_out: 0,
                size: 5
            }
        );
        let out = f.dir.join("out");
        for name in [ENTRIES_FILE, CHECKPOINT_FILE, PUBLIC_KEY_FILE, README_FILE] {
            assert!(out.join(name).is_file(), "{name}");
        }
        assert_eq!(
            std::fs::read_to_string(out.join(README_FILE)).unwrap(),
            "exported 5 of size 5, left out 0\n"
        );
        // The bundle needs no database.
        drop(std::fs::remove_file(f.dir.join("ledger.db")));
        let report = verify_bundle(&out, &[f.key.verifier()]).unwrap();
        assert!(report.ok(), "{:?}", report.problems);
        assert_eq!(report.checked, 5);
        assert_eq!(report.checkpoint.map(|c| c.size), Some(5));
        // The key written into the bundle is the log's.
        let public = std::fs::read_to_string(out.join(PUBLIC_KEY_FILE)).unwrap();
        assert_eq!(
            VerifierKey::parse(&public).unwrap().to_text(),
            f.key.verifier().to_text()
        );
    }

    #[test]
    fn entries_newer_than_the_checkpoint_are_left_out_and_counted() {
        let mut f = fixture("left-out", 5);
        let summary = f.export("out", 5, 3).unwrap();
        assert_eq!((summary.exported, summary.left_out), (3, 2));
        let out = f.dir.join("out");
        let lines = std::fs::read_to_string(out.join(ENTRIES_FILE)).unwrap();
        assert_eq!(lines.lines().count(), 3);
        assert!(!out.join("proofs/3.tlog-proof").exists());
        assert!(verify_bundle(&out, &[f.key.verifier()]).unwrap().ok());
        // None covered: nothing is written.
        let err = f.export("none", 5, 0).unwrap_err();
        assert!(
            matches!(
                err,
                ExportError::NothingCovered {
                    entries: 5,
                    size: 0
                }
            ),
            "{err}"
        );
        assert!(!f.dir.join("none").exists());
    }

    #[test]
    fn export_refuses_a_full_folder_and_a_foreign_checkpoint() {
        let mut f = fixture("refuse", 2);
        std::fs::create_dir_all(f.dir.join("full")).unwrap();
        std::fs::write(f.dir.join("full/old"), "x").unwrap();
        let err = f.export("full", 2, 2).unwrap_err();
        assert!(
            matches!(&err, ExportError::NotEmpty(p) if p.ends_with("full")),
            "{err}"
        );
        assert!(err.to_string().contains("full` is not empty"), "{err}");
        // An empty folder is fine.
        std::fs::create_dir_all(f.dir.join("empty")).unwrap();
        assert!(f.export("empty", 2, 2).is_ok());
        // A checkpoint signed by another key.
        let note = f.sign(2);
        let other = SignerKey::generate("audit.example/payments", KeyKind::Log).unwrap();
        let entries = entries(2);
        let err = write_bundle(
            &mut f.store,
            &f.dir.join("foreign"),
            &entries,
            (2, &note),
            &other.verifier(),
            &|_| String::new(),
        )
        .unwrap_err();
        assert!(matches!(err, ExportError::Checkpoint { .. }), "{err}");
        assert!(
            err.to_string().starts_with(
                "the checkpoint does not verify with the key `audit.example/payments`"
            ),
            "{err}"
        );
        assert!(!f.dir.join("foreign").exists());
    }

    #[test]
    fn a_changed_bundle_names_what_is_wrong() {
        let mut f = fixture("tamper", 4);
        f.export("out", 4, 4).unwrap();
        let out = f.dir.join("out");
        let keys = [f.key.verifier()];
        let entries = std::fs::read_to_string(out.join(ENTRIES_FILE)).unwrap();
        let changed = entries.replacen("entry 1", "entry X", 1) + "not json\n";
        std::fs::write(out.join(ENTRIES_FILE), changed).unwrap();
        std::fs::remove_file(out.join("proofs/2.tlog-proof")).unwrap();
        std::fs::copy(
            out.join("proofs/0.tlog-proof"),
            out.join("proofs/3.tlog-proof"),
        )
        .unwrap();
        let report = verify_bundle(&out, &keys).unwrap();
        assert!(!report.ok());
        assert_eq!(report.checked, 1);
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert!(matches!(
            report.problems[0],
            BundleProblem::NotIncluded { seq: 1, .. }
        ));
        assert_eq!(problems[0], "entry 1: the proof does not match the root");
        assert!(matches!(
            report.problems[1],
            BundleProblem::ProofUnreadable { seq: 2, .. }
        ));
        assert!(problems[1].starts_with("entry 2: `") && problems[1].contains("2.tlog-proof`: "));
        assert_eq!(problems[2], "entry 3: its proof is for entry 0");
        assert_eq!(
            problems[3],
            "entries.jsonl:5: not a {\"seq\", \"entry\"} line"
        );
        assert_eq!(problems.len(), 4);

        // A fraction, and a proof that does not parse.
        std::fs::write(
            out.join(ENTRIES_FILE),
            "{\"seq\":0,\"entry\":{\"amount\":1.5}}\n{\"seq\":1,\"entry\":{}}\n",
        )
        .unwrap();
        std::fs::write(out.join("proofs/1.tlog-proof"), "garbage").unwrap();
        let report = verify_bundle(&out, &keys).unwrap();
        assert!(matches!(
            report.problems[0],
            BundleProblem::NotCanonical { seq: 0 }
        ));
        assert!(matches!(
            report.problems[1],
            BundleProblem::ProofMalformed { seq: 1, .. }
        ));
    }

    #[test]
    fn a_bundle_with_a_foreign_or_missing_checkpoint_fails() {
        let mut f = fixture("foreign", 2);
        f.export("out", 2, 2).unwrap();
        let out = f.dir.join("out");
        let other = SignerKey::generate("someone-else", KeyKind::Log).unwrap();
        let report = verify_bundle(&out, &[other.verifier()]).unwrap();
        assert_eq!(report.checked, 0);
        assert!(report.checkpoint.is_none());
        assert!(matches!(
            report.problems[..],
            [BundleProblem::Checkpoint(_)]
        ));
        assert!(
            report.problems[0]
                .to_string()
                .starts_with("the checkpoint does not verify: ")
        );
        // No key: nothing is taken on trust.
        let report = verify_bundle(&out, &[]).unwrap();
        assert!(matches!(report.problems[..], [BundleProblem::NoKey]));
        assert!(report.checkpoint.is_none());
        // A missing file every check needs is an error naming it, not a problem.
        std::fs::remove_file(out.join(ENTRIES_FILE)).unwrap();
        let err = verify_bundle(&out, &[f.key.verifier()]).unwrap_err();
        assert!(err.path.ends_with(ENTRIES_FILE), "{err}");
        std::fs::remove_file(out.join(CHECKPOINT_FILE)).unwrap();
        let err = verify_bundle(&out, &[f.key.verifier()]).unwrap_err();
        assert!(err.to_string().contains("checkpoint`: "), "{err}");
    }

    #[test]
    fn the_plan_never_leaves_entries_out_silently() {
        let entries = entries(5);
        let latest = |size: u64| Some((size, format!("note {size}")));
        // A checkpoint that covers every entry is used, whatever was asked.
        for newer in [Newer::Refuse, Newer::LeaveOut, Newer::Sign] {
            assert_eq!(
                plan(&entries, latest(5), newer),
                Ok(Plan::Use(5, "note 5".into()))
            );
            assert_eq!(
                plan(&entries[..2], latest(3), newer),
                Ok(Plan::Use(3, "note 3".into()))
            );
        }
        // Newer entries: sign, leave out on request, or refuse.
        assert_eq!(plan(&entries, latest(3), Newer::Sign), Ok(Plan::Sign));
        assert_eq!(plan(&entries, None, Newer::Sign), Ok(Plan::Sign));
        assert_eq!(
            plan(&entries, latest(3), Newer::LeaveOut),
            Ok(Plan::Use(3, "note 3".into()))
        );
        let refused = plan(&entries, latest(3), Newer::Refuse).unwrap_err();
        assert_eq!(
            refused,
            PlanError::Uncovered {
                left: 2,
                entries: 5,
                size: 3
            }
        );
        assert_eq!(
            refused.to_string(),
            "2 of the 5 entries to export are newer than the latest checkpoint (size 3) and would be left out"
        );
        for newer in [Newer::Refuse, Newer::LeaveOut] {
            assert_eq!(plan(&entries, None, newer), Err(PlanError::NoCheckpoint));
        }
    }

    #[test]
    fn a_proof_is_only_made_for_a_covered_entry() {
        let mut f = fixture("prove", 3);
        let note = f.sign(2);
        let proof = ProofBundle::prove(&mut f.store, 1, 2, &note).unwrap();
        let bytes = canonical_entry(&entry(1)).unwrap();
        assert_eq!(proof.verify(&bytes, &[f.key.verifier()]).unwrap().size, 2);
        assert!(proof.verify(b"other", &[f.key.verifier()]).is_err());
        let err = ProofBundle::prove(&mut f.store, 2, 2, &note).unwrap_err();
        assert!(matches!(err, ProveError::NotCovered { seq: 2, size: 2 }));
        assert_eq!(
            err.to_string(),
            "entry 2 is not covered by the checkpoint of size 2"
        );
    }
}
