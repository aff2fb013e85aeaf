//! The log as C2SP tlog-tiles (<https://c2sp.org/tlog-tiles>): `GET
//! /checkpoint` and `GET /tile/<L>/<N>[.p/<W>]`, `GET
//! /tile/entries/<N>[.p/<W>]`.
//!
//! Tiles are cut from what the store already keeps: level-`L` hashes are
//! the stored hashes of the complete subtrees at tree level `8L` (leaf hashes
//! at level 0), so one tile is one range read ([`Store::hash_range`]) and
//! one entry bundle one [`Store::entries`] read, whatever the log's size.
//! A tile is served only when the latest signed checkpoint covers it; a
//! full tile never changes after that, so it is cached for a year.
//!
//! [`Store::hash_range`]: shipgate_ledger::store::Store::hash_range
//! [`Store::entries`]: shipgate_ledger::store::Store::entries

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::extract::TilesAccess;
use crate::state::AppState;
use crate::tile_path::{TileKind, TilePath};

/// How long a full tile may be cached: it never changes.
const IMMUTABLE: &str = "max-age=31536000, immutable";
/// How long a partial tile may be cached.
const PARTIAL: &str = "max-age=10";
/// The checkpoint changes at every signing: revalidate each time.
const CHECKPOINT: &str = "no-cache";

/// `public, ...` when anyone may read the tiles, `private, ...` when only
/// auditors may, so that no shared cache hands them to someone else.
fn cache_control(state: &AppState, policy: &str) -> HeaderValue {
    let scope = if state.public_tiles {
        "public"
    } else {
        "private"
    };
    HeaderValue::from_str(&format!("{scope}, {policy}"))
        .unwrap_or_else(|_| HeaderValue::from_static("no-store"))
}

/// `GET /checkpoint`: the latest signed checkpoint (C2SP signed note) with
/// every verified witness cosignature of it; 404 before the first one.
#[utoipa::path(
    get, path = "/checkpoint", tag = "tiles",
    responses(
        (status = 200, description = "The latest checkpoint, signed by the log and cosigned by witnesses (C2SP signed note)", body = String, content_type = "text/plain"),
        (status = 401, description = "With `public_tiles = false`: no credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "With `public_tiles = false`: not an auditor", body = crate::schema::ErrorBody),
        (status = 404, description = "No checkpoint yet", body = crate::schema::ErrorBody),
        (status = 503, description = "The store is unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security((), ("bearer" = []))
)]
pub async fn checkpoint(
    State(state): State<AppState>,
    _access: TilesAccess,
) -> Result<Response, ApiError> {
    let (_, note) = state
        .latest_cosigned()
        .await?
        .ok_or_else(|| ApiError::not_found("no checkpoint has been signed yet"))?;
    Ok((
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, cache_control(&state, CHECKPOINT)),
        ],
        note,
    )
        .into_response())
}

/// `GET /tile/<L>/<N>[.p/<W>]` (hashes) and `GET /tile/entries/<N>[.p/<W>]`
/// (entries, each with a big-endian `uint16` length prefix).
#[utoipa::path(
    get, path = "/tile/{path}", tag = "tiles",
    params(("path" = String, Path, description = "`<L>/<N>[.p/<W>]` or `entries/<N>[.p/<W>]`: `<N>` in groups of three digits, all but the last prefixed with `x` (`x001/x234/067`)")),
    responses(
        (status = 200, description = "A hash tile (`W` 32-byte hashes) or an entry bundle", body = Vec<u8>, content_type = "application/octet-stream"),
        (status = 400, description = "A malformed or non-canonical tile path", body = crate::schema::ErrorBody),
        (status = 401, description = "With `public_tiles = false`: no credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "With `public_tiles = false`: not an auditor", body = crate::schema::ErrorBody),
        (status = 404, description = "Beyond the latest checkpoint's size, or no checkpoint yet", body = crate::schema::ErrorBody),
        (status = 503, description = "The store is unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security((), ("bearer" = []))
)]
pub async fn tile(
    State(state): State<AppState>,
    _access: TilesAccess,
    path: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let Path(path) = path.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let tile =
        TilePath::parse(&path).map_err(|e| ApiError::bad_request(format!("`tile/{path}`: {e}")))?;
    let (size, _) = state.latest_checkpoint().await?.ok_or_else(|| {
        ApiError::not_found("no checkpoint has been signed yet, so there are no tiles")
    })?;
    let (start, end) = match (tile.tree_size_needed(), tile.range()) {
        (Some(needed), Some(range)) if needed <= size => range,
        _ => {
            return Err(ApiError::not_found(format!(
                "`{}` is beyond the latest checkpoint (size {size})",
                tile.to_path()
            )));
        }
    };
    let body = match tile.kind {
        TileKind::Hashes { .. } => {
            let level = tile.tree_level();
            let hashes = state
                .readers
                .run(move |store| store.hash_range(level, start, end))
                .await?;
            hashes.concat()
        }
        TileKind::Entries => {
            let entries = state
                .readers
                .run(move |store| store.entries(start, end))
                .await?;
            bundle(start, end, &entries)?
        }
    };
    let policy = if tile.is_full() { IMMUTABLE } else { PARTIAL };
    Ok((
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (header::CACHE_CONTROL, cache_control(&state, policy)),
        ],
        body,
    )
        .into_response())
}

/// An entry bundle: each entry's exact stored bytes (those whose RFC 6962
/// leaf hash is in the tree) after a big-endian `uint16` length.
fn bundle(
    start: u64,
    end: u64,
    entries: &[shipgate_ledger::store::StoredEntry],
) -> Result<Vec<u8>, ApiError> {
    if u64::try_from(entries.len()).ok() != Some(end - start) {
        return Err(ApiError::store(&format!(
            "entries {start}..{end} are not all stored ({} read)",
            entries.len()
        )));
    }
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.bytes.len() + 2).sum());
    for entry in entries {
        let length = u16::try_from(entry.bytes.len()).map_err(|_| {
            ApiError::internal(&format!(
                "entry {} is {} bytes, more than an entry bundle's 65,535",
                entry.seq,
                entry.bytes.len()
            ))
        })?;
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(&entry.bytes);
    }
    Ok(out)
}
