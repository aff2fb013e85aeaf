//! `GET /v1/export`: the offline bundle auditors receive, streamed as
//! [`shipgate_ledger::export_stream`] lines: every entry the latest signed
//! checkpoint covers (or those from `from` to `to`), each with its inclusion
//! proof, and the checkpoint they lead to.
//! [`shipgate_ledger::export_stream::unpack`] turns it into the same folder
//! a local `shipgate ledger export` writes, which
//! [`shipgate_ledger::export::verify_bundle`] checks offline.
//!
//! The entries are read and proved on one reader connection while the body
//! is sent, a page at a time, so memory stays flat however long the log.

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::Value;
use shipgate_ledger::bundle::ProofBundle;
use shipgate_ledger::export_stream::{end_line, entry_line, header_line};
use shipgate_ledger::store::Store;
use tokio::sync::mpsc;

use super::{Params, number, params};
use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::state::AppState;

/// Entries read from the store at a time.
const PAGE: u64 = 256;

/// Lines buffered between the reader and the socket.
const BUFFERED_LINES: usize = 64;

type Chunk = Result<Bytes, std::io::Error>;

/// The body: the lines a reader thread sends.
struct Lines(mpsc::Receiver<Chunk>);

impl futures_core::Stream for Lines {
    type Item = Chunk;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Chunk>> {
        self.0.poll_recv(cx)
    }
}

/// `GET /v1/export[?from=N][&to=M]`: 200 with `application/x-ndjson`; 409
/// `no-checkpoint` before the first signed checkpoint; 400 for a range the
/// checkpoint does not cover. A failure after the first line cuts the stream
/// short, which the client's unpacking refuses (no closing line).
#[utoipa::path(
    get, path = "/v1/export", tag = "read",
    params(
        ("from" = Option<u64>, Query, description = "The first entry; default 0"),
        ("to" = Option<u64>, Query, description = "The entry after the last; default: the size of the latest checkpoint"),
    ),
    responses(
        (status = 200, description = "The offline bundle as JSON Lines: a header, one line per entry with its proof, a closing line", body = String, content_type = "application/x-ndjson"),
        (status = 409, description = "No checkpoint yet", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn export(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    query: Params,
) -> Result<Response, ApiError> {
    identity.require_read()?;
    let map = params(query, &["from", "to"])?;
    let Some((size, note)) = state.latest_checkpoint().await? else {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "no-checkpoint",
            "the log has no signed checkpoint yet; an admin can sign one with POST /v1/checkpoint",
        ));
    };
    let from = number(&map, "from")?.unwrap_or(0);
    let to = number(&map, "to")?.unwrap_or(size);
    if to > size {
        return Err(ApiError::bad_request(format!(
            "`to` is {to}, beyond the latest checkpoint (size {size}); export up to {size}, or sign a newer checkpoint first"
        ))
        .with_field("to"));
    }
    if from > to {
        return Err(
            ApiError::bad_request(format!("`from` ({from}) is after `to` ({to})"))
                .with_field("from"),
        );
    }
    let header = header_line(size, &note, &state.public_key).map_err(|e| ApiError::internal(&e))?;
    let (lines, receiver) = mpsc::channel::<Chunk>(BUFFERED_LINES);
    let _ = lines.send(Ok(Bytes::from(header))).await;
    let readers = state.readers.clone();
    tokio::spawn(async move {
        let sender = lines.clone();
        let streamed = readers
            .run(move |store| send_entries(store, (from, to), (size, &note), &sender))
            .await;
        if let Err(e) = streamed {
            tracing::error!(error = %e, "the export stopped");
            let _ = lines
                .send(Err(std::io::Error::other("the export stopped")))
                .await;
        }
    });
    Ok((
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(Lines(receiver)),
    )
        .into_response())
}

/// Sends entries `from..to` with their proofs to checkpoint `(size, note)`,
/// then the closing line; stops quietly when the client has gone.
fn send_entries(
    store: &mut dyn Store,
    (from, to): (u64, u64),
    (size, note): (u64, &str),
    lines: &mpsc::Sender<Chunk>,
) -> Result<(), ApiError> {
    let mut sent = 0u64;
    let mut start = from;
    while start < to {
        let end = (start + PAGE).min(to);
        let page = store.entries(start, end)?;
        if page.len() as u64 != end - start {
            return Err(ApiError::internal(&format!(
                "the store returned {} of the entries {start}..{end}",
                page.len()
            )));
        }
        for stored in page {
            let entry: Value =
                serde_json::from_slice(&stored.bytes).map_err(|e| ApiError::internal(&e))?;
            let proof = ProofBundle::prove(store, stored.seq, size, note)
                .map_err(|e| ApiError::internal(&e))?;
            let line =
                entry_line(stored.seq, &entry, &proof).map_err(|e| ApiError::internal(&e))?;
            if lines.blocking_send(Ok(Bytes::from(line))).is_err() {
                return Ok(());
            }
            sent += 1;
        }
        start = end;
    }
    let _ = lines.blocking_send(Ok(Bytes::from(end_line(sent))));
    Ok(())
}
