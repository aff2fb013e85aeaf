//! The bundle as one stream: what `GET /v1/export` sends, so that a bundle
//! of any size travels over HTTP without being built in memory or on disk
//! first, and is unpacked into the same folder [`crate::export`] writes.
//!
//! JSON Lines, each line one canonical JSON object:
//!
//! ```text
//! {"format":"shipgate-bundle-stream/v1","checkpoint":"<note>","public_key":"<vkey>","size":N}
//! {"entry":{...},"proof":"<tlog-proof text>","seq":0}
//! ...
//! {"end":true,"entries":COUNT}
//! ```
//!
//! The closing line makes a cut stream an error, not a shorter bundle. The
//! stream's `public_key` is written to `log.pub` for the auditor's
//! convenience, and trusted by nothing: [`crate::export::verify_bundle`]
//! checks the unpacked folder against keys the auditor already holds.

use std::io::BufRead;
use std::path::Path;

use serde_json::{Value, json};

use crate::bundle::ProofBundle;
use crate::canonical::to_canonical;
use crate::export::{CHECKPOINT_FILE, ENTRIES_FILE, PROOFS_DIR, PUBLIC_KEY_FILE};

/// The `format` of the first line.
pub const FORMAT: &str = "shipgate-bundle-stream/v1";

/// The longest line [`unpack`] reads, in bytes.
pub const MAX_LINE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a stream could not be written or unpacked.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// A line is not what the format says at that place.
    #[error("line {line} of the export stream: {message}")]
    Malformed {
        /// The line (1-based).
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// The stream ended before its closing line.
    #[error(
        "the export stream ended after {lines} lines without its closing line: it was cut short"
    )]
    Truncated {
        /// How many lines were read.
        lines: u64,
    },
    /// A value has no canonical encoding.
    #[error("the export stream cannot encode entry {seq}: {message}")]
    Encode {
        /// The entry.
        seq: u64,
        /// Why.
        message: String,
    },
    /// Reading the stream or writing the folder failed.
    #[error("`{path}`: {source}")]
    Io {
        /// The file or `the stream`.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

fn line_of(value: &Value, seq: u64) -> Result<String, StreamError> {
    let bytes = to_canonical(value).map_err(|e| StreamError::Encode {
        seq,
        message: e.to_string(),
    })?;
    let mut line = String::from_utf8_lossy(&bytes).into_owned();
    line.push('\n');
    Ok(line)
}

/// The first line: the checkpoint of `size` every proof leads to, and the
/// log's public key as text.
pub fn header_line(size: u64, checkpoint: &str, public_key: &str) -> Result<String, StreamError> {
    line_of(
        &json!({"format": FORMAT, "size": size, "checkpoint": checkpoint, "public_key": public_key}),
        0,
    )
}

/// One entry's line: its stored JSON and its inclusion proof.
pub fn entry_line(seq: u64, entry: &Value, proof: &ProofBundle) -> Result<String, StreamError> {
    line_of(
        &json!({"seq": seq, "entry": entry, "proof": proof.to_text()}),
        seq,
    )
}

/// The closing line, after `entries` entry lines.
pub fn end_line(entries: u64) -> String {
    format!("{{\"end\":true,\"entries\":{entries}}}\n")
}

/// What [`unpack`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unpacked {
    /// Entries written, each with its proof.
    pub entries: u64,
    /// The checkpoint's tree size.
    pub size: u64,
}

/// Unpacks a stream into the bundle folder `out` (which should be empty):
/// `entries.jsonl`, `proofs/N.tlog-proof`, `checkpoint` and `log.pub`. The
/// stream is checked for shape only; [`crate::export::verify_bundle`]
/// checks what it says.
pub fn unpack(reader: impl BufRead, out: &Path) -> Result<Unpacked, StreamError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| StreamError::Io { path, source }
    };
    let proofs = out.join(PROOFS_DIR);
    std::fs::create_dir_all(&proofs).map_err(io(&proofs))?;
    let mut reader = reader.take(0);
    let mut number = 0u64;
    let mut next = |reader: &mut std::io::Take<_>| -> Result<Option<Value>, StreamError> {
        let mut line = String::new();
        reader.set_limit(MAX_LINE_BYTES);
        let read = BufRead::read_line(reader, &mut line).map_err(|source| StreamError::Io {
            path: "the stream".into(),
            source,
        })?;
        if read == 0 {
            return Ok(None);
        }
        number += 1;
        if !line.ends_with('\n') {
            return Err(StreamError::Malformed {
                line: number,
                message: format!("longer than {MAX_LINE_BYTES} bytes or cut short"),
            });
        }
        serde_json::from_str(&line)
            .map(Some)
            .map_err(|e| StreamError::Malformed {
                line: number,
                message: format!("not JSON ({e})"),
            })
    };
    let bad = |line: u64, message: &str| StreamError::Malformed {
        line,
        message: message.to_owned(),
    };
    let header = next(&mut reader)?.ok_or(StreamError::Truncated { lines: 0 })?;
    if header.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(bad(1, &format!("not a `{FORMAT}` header")));
    }
    let (Some(size), Some(checkpoint), Some(key)) = (
        header.get("size").and_then(Value::as_u64),
        header.get("checkpoint").and_then(Value::as_str),
        header.get("public_key").and_then(Value::as_str),
    ) else {
        return Err(bad(
            1,
            "the header lacks `size`, `checkpoint` or `public_key`",
        ));
    };
    let mut lines = String::new();
    let mut count = 0u64;
    let mut line = 1u64;
    loop {
        let value = next(&mut reader)?.ok_or(StreamError::Truncated { lines: line })?;
        line += 1;
        if value.get("end") == Some(&Value::Bool(true)) {
            if value.get("entries").and_then(Value::as_u64) != Some(count) {
                return Err(bad(
                    line,
                    "the closing line's count is not the entries sent",
                ));
            }
            break;
        }
        let (Some(seq), Some(entry), Some(proof)) = (
            value.get("seq").and_then(Value::as_u64),
            value.get("entry"),
            value.get("proof").and_then(Value::as_str),
        ) else {
            return Err(bad(line, "not a {\"seq\", \"entry\", \"proof\"} line"));
        };
        lines.push_str(&line_of(&json!({"seq": seq, "entry": entry}), seq)?);
        let path = proofs.join(format!("{seq}.tlog-proof"));
        std::fs::write(&path, proof).map_err(io(&path))?;
        count += 1;
    }
    for (name, text) in [
        (ENTRIES_FILE, lines),
        (CHECKPOINT_FILE, checkpoint.to_owned()),
        (PUBLIC_KEY_FILE, format!("{}\n", key.trim_end())),
    ] {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(io(&path))?;
    }
    Ok(Unpacked {
        entries: count,
        size,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unpack_text(text: &str) -> Result<Unpacked, StreamError> {
        let dir = std::env::temp_dir().join(format!(
            "shipgate-stream-{}-{}",
            std::process::id(),
            text.len()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        unpack(text.as_bytes(), &dir)
    }

    #[test]
    fn a_cut_or_malformed_stream_is_an_error() {
        let header = header_line(0, "note", "key").unwrap_or_default();
        assert!(matches!(
            unpack_text(&header),
            Err(StreamError::Truncated { .. })
        ));
        assert!(matches!(
            unpack_text(""),
            Err(StreamError::Truncated { .. })
        ));
        assert!(matches!(
            unpack_text("{\"format\":\"other\"}\n"),
            Err(StreamError::Malformed { line: 1, .. })
        ));
        let wrong_count = format!("{header}{}", end_line(3));
        assert!(matches!(
            unpack_text(&wrong_count),
            Err(StreamError::Malformed { line: 2, .. })
        ));
        let empty = format!("{header}{}", end_line(0));
        assert_eq!(
            unpack_text(&empty).ok(),
            Some(Unpacked {
                entries: 0,
                size: 0
            })
        );
    }
}
