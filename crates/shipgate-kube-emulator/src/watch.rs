//! `?watch=true`: a stream of `{"type": ..., "object": ...}` lines, from a
//! resource version (replayed from the event log) or from now (the current
//! objects first, as `ADDED`), until `timeoutSeconds`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};
use tokio::sync::broadcast;
use tokio::time::Instant;

use crate::cluster::{Cluster, Event, Resource};
use crate::meta::str_at;
use crate::status::Status;

/// Which objects a watch (or list) sends.
pub struct Filter {
    /// The resource.
    pub resource: Resource,
    /// The namespace, or all.
    pub namespace: Option<String>,
    /// Label and field selectors.
    pub keep: Box<dyn Fn(&Value) -> bool + Send + Sync>,
}

impl Filter {
    fn accepts(&self, e: &Event) -> bool {
        e.resource == self.resource
            && self
                .namespace
                .as_deref()
                .is_none_or(|ns| str_at(&e.object, "/metadata/namespace") == Some(ns))
            && (self.keep)(&e.object)
    }
}

fn line(kind: &str, object: &Value) -> Bytes {
    let mut text = json!({"type": kind, "object": object}).to_string();
    text.push('\n');
    Bytes::from(text)
}

struct Watch {
    queued: std::collections::VecDeque<Bytes>,
    receiver: Option<broadcast::Receiver<Event>>,
    filter: Filter,
    last_rv: u64,
    until: Instant,
}

/// Starts a watch.
pub fn watch(
    cluster: &Arc<Mutex<Cluster>>,
    filter: Filter,
    since: Option<u64>,
    timeout: Duration,
) -> Response {
    let c = cluster
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut queued = std::collections::VecDeque::new();
    let from = match since {
        Some(rv) if rv > 0 => rv,
        _ => {
            let kind = filter.resource;
            for object in c.list(kind, filter.namespace.as_deref(), &*filter.keep) {
                queued.push_back(line("ADDED", &object));
            }
            c.resource_version()
        }
    };
    let (past, receiver) = c.events_since(from);
    drop(c);
    let mut last_rv = from;
    let receiver = if let Some(past) = past {
        last_rv = past.last().map_or(from, |e| e.rv.max(from));
        for e in past.iter().filter(|e| filter.accepts(e)) {
            queued.push_back(line(e.kind, &e.object));
        }
        Some(receiver)
    } else {
        let expired = Status::new(410, "Expired", format!("too old resource version: {from}"));
        queued.push_back(line("ERROR", &expired.to_json()));
        None
    };
    let state = Watch {
        queued,
        receiver,
        filter,
        last_rv,
        until: Instant::now() + timeout,
    };
    let stream = futures_util::stream::unfold(state, |mut w| async move {
        loop {
            if let Some(next) = w.queued.pop_front() {
                return Some((Ok::<Bytes, std::io::Error>(next), w));
            }
            let receiver = w.receiver.as_mut()?;
            match tokio::time::timeout_at(w.until, receiver.recv()).await {
                Ok(Ok(e)) => {
                    if e.rv > w.last_rv && w.filter.accepts(&e) {
                        w.last_rv = e.rv;
                        w.queued.push_back(line(e.kind, &e.object));
                    }
                }
                // Timed out, lagged behind, or the cluster is gone: the
                // client lists and watches again, as after any watch ends.
                Ok(Err(_)) | Err(_) => return None,
            }
        }
    });
    (
        [("content-type", "application/json")],
        Body::from_stream(stream),
    )
        .into_response()
}
