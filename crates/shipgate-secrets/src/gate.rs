//! Turning a scan into the secrets gate's report.

use std::fmt::Write as _;
use std::sync::OnceLock;

use shipgate_report::{
    Finding, GateReport, Location, RuleMeta, Severity, Suppression, fingerprint,
};

use crate::baseline::{Baseline, to_hex};
use crate::engine::Engine;
use crate::rules::{Level, Rule, RuleSet};
use crate::scan::ScanOutcome;

/// The gate's name in reports.
pub const GATE: &str = "secrets";

/// How keys that move no money (test-mode and publishable keys: rules of
/// severity `info`) are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TestKeys {
    /// As notes.
    #[default]
    Info,
    /// As warnings.
    Warning,
    /// Not at all.
    Off,
}

/// What the gate needs besides the scan.
#[derive(Debug, Clone, Copy)]
pub struct GateOptions<'a> {
    /// How test and publishable keys are reported.
    pub test_keys: TestKeys,
    /// Secrets accepted earlier; only others fail the gate.
    pub baseline: Option<&'a Baseline>,
    /// The tool version written in the report.
    pub tool_version: &'a str,
    /// The report time, `YYYY-MM-DDTHH:MM:SS`.
    pub generated_at: &'a str,
    /// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
    pub format_time: fn(u64) -> String,
    /// How a file or blob that could not be read is reported: an error
    /// (the default: what was not read was not checked) or a warning.
    pub unreadable: Severity,
    /// How missing history (a shallow clone) is reported: an error (the
    /// default) or a warning.
    pub incomplete_history: Severity,
    /// Whether credentials their provider refused (revoked, expired) are
    /// reported as warnings (`fail_on = "verified"`). Verified ones and
    /// those no provider answered for still fail: no answer is no proof.
    pub refused_are_warnings: bool,
    /// Whether reading no file at all is an error: it is for a tree scan
    /// ("0 files checked" is never a pass), not for staged changes, where
    /// nothing staged is nothing to check.
    pub require_files: bool,
}

/// The help every secret finding carries.
const HELP: &str = "revoke the secret at its provider and issue a new one: deleting it from the code does not undo the leak, and it stays in git history; then load it from the environment or a secret manager. If it is not a secret, add `shipgate:allow <reason>` on the line, or an allowlist entry in shipgate.toml";

/// Rule for history the scan was asked for but could not read.
pub static HISTORY_INCOMPLETE: RuleMeta = RuleMeta {
    id: "history-incomplete",
    summary: "part of the git history to scan is missing (shallow clone)",
    default_severity: Severity::Error,
    doc: " ## What it does\n Reports that the history scan could not read all the history it was asked for, because the clone is shallow.\n\n ## Why is this bad?\n A secret committed and removed in the missing history is still in the repository, and the scan cannot see it.\n\n ## Example\n A CI job clones with `depth: 10` and runs `shipgate secrets scan --all-history`.\n\n Use instead:\n fetch the full history first: `git fetch --unshallow`, or `GIT_DEPTH: 0` (GitLab) / `fetch-depth: 0` (GitHub Actions). Where a shallow scan is a deliberate choice, `incomplete_history = \"warning\"` under `[secrets]` reports it as a warning instead.",
};

/// Rule for files the scan could not read.
pub static UNREADABLE: RuleMeta = RuleMeta {
    id: "unreadable-file",
    summary: "a file or blob to scan could not be read",
    default_severity: Severity::Error,
    doc: " ## What it does\n Reports a file or git object that could not be read, so it was not scanned.\n\n ## Why is this bad?\n A file that was not read may hold a secret.\n\n ## Example\n A tracked file without read permission.\n\n Use instead:\n make the file readable by the CI user, or exclude it in `[secrets] exclude` with a reason in review. `unreadable = \"warning\"` under `[secrets]` reports such files as warnings instead.",
};

/// Rule for a scan that read no file.
pub static NOTHING_SCANNED: RuleMeta = RuleMeta {
    id: "nothing-scanned",
    summary: "the scan read no file: every path was missing, excluded, binary or over the size limit",
    default_severity: Severity::Error,
    doc: " ## What it does\n Reports a tree scan that read no file at all.\n\n ## Why is this bad?\n A scan of nothing checks nothing: a typo in a path, an exclude that matches everything, or a folder git ignores would otherwise pass the gate.\n\n ## Example\n `shipgate secrets scan build/` on a folder that holds only binaries.\n\n Use instead:\n scan the folder that holds the code, or fix `[secrets] exclude`.",
};

/// The built-in rules' metadata, made once.
pub fn builtin_metas() -> &'static [RuleMeta] {
    static METAS: OnceLock<Vec<RuleMeta>> = OnceLock::new();
    METAS.get_or_init(|| {
        let mut metas: Vec<RuleMeta> = RuleSet::builtin()
            .map(|set| metas_of(&set, |_| true))
            .unwrap_or_default();
        metas.push(HISTORY_INCOMPLETE);
        metas.push(UNREADABLE);
        metas.push(NOTHING_SCANNED);
        metas
    })
}

/// Metadata for the rules of `set` that `wanted` picks (a report needs only
/// the rules that found something). The texts are kept for the life of the
/// process.
pub fn metas_of(set: &RuleSet, wanted: impl Fn(&str) -> bool) -> Vec<RuleMeta> {
    set.rules
        .iter()
        .filter(|rule| wanted(&rule.id))
        .map(|rule| RuleMeta {
            id: leak(rule.id.clone()),
            summary: leak(rule.description.clone()),
            default_severity: severity(rule.severity),
            doc: leak(doc(rule, set)),
        })
        .collect()
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

const fn severity(level: Level) -> Severity {
    match level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    }
}

/// A rule's documentation, in the sections every rule has. Examples are shown
/// as the engine reports them: redacted.
fn doc(rule: &Rule, set: &RuleSet) -> String {
    let mut out = format!(
        " ## What it does\n Finds a {}.\n",
        lower_first(&rule.description)
    );
    let _ = write!(
        out,
        "\n Keywords (any, ignoring case): {}.",
        rule.keywords
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let Some(entropy) = rule.entropy {
        let _ = write!(out, " Minimum entropy: {entropy} bits per character.");
    }
    if rule.generic {
        out.push_str(" The value must also look random: words, identifiers, paths, URLs, references such as `env('X')` and placeholders do not fire, and a specific rule's finding on the same value wins.");
    }
    if !rule.paths.is_empty() {
        let _ = write!(out, " Reads only: {}.", rule.paths.join(", "));
    }
    out.push_str("\n\n ## Why is this bad?\n Anyone who can read the repository, or any clone, fork, CI log or backup of it, can use the secret; deleting it later leaves it in git history.\n\n ## Example\n");
    let example = rule.examples.first().map_or_else(String::new, |e| {
        let single = RuleSet {
            rules: vec![rule.clone()],
            allowlist: set.allowlist.clone(),
        };
        Engine::new(&single)
            .ok()
            .and_then(|engine| {
                engine
                    .scan(&rule.example_path(), e.as_bytes())
                    .first()
                    .map(|h| h.context.clone())
            })
            .unwrap_or_default()
    });
    let _ = write!(
        out,
        " ```text\n {example}\n ```\n\n Use instead:\n read it at run time, for example `env('STRIPE_SECRET')` in Laravel, `process.env.STRIPE_SECRET` in Node or `os.environ[\"STRIPE_SECRET\"]` in Python, and revoke the leaked secret at its provider.\n"
    );
    out
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        // Keep proper nouns and acronyms (Stripe, AWS) as written.
        if chars.clone().next().is_some_and(char::is_lowercase) && !c.is_uppercase() {
            c.to_lowercase().chain(chars).collect()
        } else {
            text.to_owned()
        }
    })
}

/// Builds the gate's report from a scan.
pub fn report(
    engine: &Engine,
    metas: &[RuleMeta],
    scan: &ScanOutcome,
    options: &GateOptions<'_>,
) -> GateReport {
    let mut report = GateReport::new(GATE, options.tool_version, Severity::Error);
    report.security_report_type = Some("secret_detection");
    report.generated_at = Some(options.generated_at.to_owned());
    report.rules = metas.to_vec();
    report.rules.push(HISTORY_INCOMPLETE);
    report.rules.push(UNREADABLE);
    if options.require_files && scan.stats.scanned == 0 {
        report.rules.push(NOTHING_SCANNED);
        report.push(
            Finding::new(
                NOTHING_SCANNED.id,
                Severity::Error,
                format!("no file was scanned ({})", scan.scope),
                Location::new(".", 1, 1),
            )
            .with_help(
                "scan the folder that holds the code, or fix `[secrets] exclude` and `--exclude`",
            ),
        );
    }
    for found in &scan.found {
        let hit = &found.hit;
        let rule = engine.rule(hit.rule);
        let mut level = severity(hit.level);
        if hit.level == Level::Info {
            match options.test_keys {
                TestKeys::Off => continue,
                TestKeys::Warning => level = Severity::Warning,
                TestKeys::Info => {}
            }
        }
        if options.refused_are_warnings
            && level == Severity::Error
            && hit.verification == Some(crate::verify::Verification::Invalid)
        {
            level = Severity::Warning;
        }
        let commit = found.commit.and_then(|i| scan.commits.get(i));
        let mut message = format!("{}: `{}`", rule.description, hit.redacted);
        if let Some(v) = hit.verification {
            let _ = write!(message, " ({v} by its provider)");
        }
        if let Some(c) = commit {
            let _ = write!(
                message,
                ", added in {} by {} on {}",
                &c.id[..c.id.len().min(12)],
                c.author,
                &(options.format_time)(u64::try_from(c.time).unwrap_or(0))[..10]
            );
        }
        let mut location = Location::new(found.path.clone(), hit.line, hit.column)
            .with_end(hit.end_line, hit.end_column);
        location.commit = commit.map(|c| c.id.clone());
        let digest = to_hex(&hit.digest);
        let mut finding = Finding::new(rule.id.clone(), level, message, location)
            .with_help(HELP)
            .with_source_line(hit.context.clone())
            .with_property("secret", hit.redacted.clone());
        if let Some(v) = hit.verification {
            finding = finding.with_property("verification", v.as_str().to_owned());
        }
        finding.highlight = Some(hit.highlight);
        finding.fingerprint = fingerprint(&[GATE, &rule.id, &found.path, &digest]);
        if let Some(c) = commit {
            finding = finding
                .with_property("commit", c.id.clone())
                .with_property("author", format!("{} <{}>", c.author, c.email))
                .with_property(
                    "date",
                    (options.format_time)(u64::try_from(c.time).unwrap_or(0)),
                );
        }
        match &hit.allowed {
            Some(reason) if !reason.is_empty() => {
                finding.suppressed = Some(Suppression {
                    kind: "inline",
                    reason: reason.clone(),
                });
            }
            Some(_) => {
                finding.message.push_str(" (the `shipgate:allow` comment on this line gives no reason, so it does not count)");
            }
            None => {}
        }
        if finding.suppressed.is_none()
            && options
                .baseline
                .is_some_and(|b| b.contains(&rule.id, &hit.digest))
        {
            finding.suppressed = Some(Suppression {
                kind: "baseline",
                reason: "accepted in the secrets baseline".into(),
            });
        }
        report.push(finding);
    }
    if let Some(why) = &scan.incomplete {
        report.push(
            Finding::new(
                HISTORY_INCOMPLETE.id,
                options.incomplete_history,
                format!("history is incomplete: scanned {}", scan.scope),
                Location::new(".git/shallow", 1, 1),
            )
            .with_help(why.clone()),
        );
    }
    for error in &scan.errors {
        let path = error.split('`').nth(1).unwrap_or(".").to_owned();
        report.push(
            Finding::new(
                UNREADABLE.id,
                options.unreadable,
                format!("not scanned: {error}"),
                Location::new(path, 1, 1),
            )
            .with_help("make it readable, or exclude it in `[secrets] exclude`"),
        );
    }
    let s = &scan.stats;
    for (key, value) in [
        ("scanned", s.scanned),
        ("bytes", s.bytes),
        ("skipped_binary", s.skipped_binary),
        ("skipped_large", s.skipped_large),
        ("skipped_excluded", s.skipped_excluded),
        ("unreadable", s.unreadable),
        ("commits", s.commits),
        ("rules", engine.rule_count() as u64),
    ] {
        report.stats.insert(key.to_owned(), value);
    }
    // Matches left out for a reason of place or shape, by reason: only the
    // reasons that occurred, so a user sees what was judged not a secret.
    for reason in crate::place::Reason::ALL {
        let count = s.dropped[reason.index()];
        if count > 0 {
            report
                .stats
                .insert(format!("dropped_{}", reason.as_str()), count);
        }
    }
    report.finish();
    report
}
