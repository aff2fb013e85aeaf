//! Prometheus metrics, in the text exposition format
//! (<https://prometheus.io/docs/instrumenting/exposition_formats/>):
//! requests by route and status, request latency by route, append batch
//! sizes, the log's size and the age of the last checkpoint signed here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];
/// Batch size buckets, in entries per transaction.
const BATCH_BUCKETS: [f64; 10] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 512.0, 4096.0];

/// A cumulative histogram with fixed buckets.
#[derive(Debug)]
pub struct Histogram {
    buckets: &'static [f64],
    state: Mutex<HistogramState>,
}

#[derive(Debug, Clone, Default)]
struct HistogramState {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn new(buckets: &'static [f64]) -> Self {
        Self {
            buckets,
            state: Mutex::new(HistogramState {
                counts: vec![0; buckets.len()],
                ..HistogramState::default()
            }),
        }
    }

    /// Records one observation.
    pub fn observe(&self, value: f64) {
        if let Ok(mut state) = self.state.lock() {
            for (bound, count) in self.buckets.iter().zip(state.counts.iter_mut()) {
                if value <= *bound {
                    *count += 1;
                }
            }
            state.sum += value;
            state.count += 1;
        }
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let Ok(state) = self.state.lock().map(|s| s.clone()) else {
            return;
        };
        let sep = if labels.is_empty() { "" } else { "," };
        for (bound, count) in self.buckets.iter().zip(&state.counts) {
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            state.count
        );
        let braces = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let _ = writeln!(out, "{name}_sum{braces} {}", state.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", state.count);
    }
}

/// The server's metrics.
#[derive(Debug)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    latency: Mutex<BTreeMap<String, std::sync::Arc<Histogram>>>,
    /// Entries per group-commit transaction.
    pub batch_sizes: Histogram,
    /// The log's size as this server last committed or read it.
    pub log_size: AtomicU64,
    checkpoint: Mutex<Option<Instant>>,
    checkpoint_size: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            requests: Mutex::default(),
            latency: Mutex::default(),
            batch_sizes: Histogram::new(&BATCH_BUCKETS),
            log_size: AtomicU64::new(0),
            checkpoint: Mutex::new(None),
            checkpoint_size: AtomicU64::new(0),
        }
    }
}

impl Metrics {
    /// Records a finished request on `route` (the route template, such as
    /// `/v1/entries/{seq}`).
    pub fn request(&self, route: &str, status: u16, seconds: f64) {
        if let Ok(mut requests) = self.requests.lock() {
            *requests.entry((route.to_owned(), status)).or_default() += 1;
        }
        let histogram = self.latency.lock().ok().map(|mut l| {
            std::sync::Arc::clone(
                l.entry(route.to_owned())
                    .or_insert_with(|| std::sync::Arc::new(Histogram::new(&LATENCY_BUCKETS))),
            )
        });
        if let Some(h) = histogram {
            h.observe(seconds);
        }
    }

    /// Records that this server signed a checkpoint of `size` now.
    pub fn checkpoint_signed(&self, size: u64) {
        if let Ok(mut at) = self.checkpoint.lock() {
            *at = Some(Instant::now());
        }
        self.checkpoint_size.store(size, Ordering::Relaxed);
    }

    /// The text exposition, sorted by metric and labels.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP shipgate_http_requests_total HTTP requests by route and status.\n");
        out.push_str("# TYPE shipgate_http_requests_total counter\n");
        if let Ok(requests) = self.requests.lock() {
            for ((route, status), n) in requests.iter() {
                let _ = writeln!(
                    out,
                    "shipgate_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str("# HELP shipgate_http_request_duration_seconds Request latency by route.\n");
        out.push_str("# TYPE shipgate_http_request_duration_seconds histogram\n");
        let latency: Vec<_> = self
            .latency
            .lock()
            .map(|l| {
                l.iter()
                    .map(|(k, v)| (k.clone(), std::sync::Arc::clone(v)))
                    .collect()
            })
            .unwrap_or_default();
        for (route, histogram) in latency {
            histogram.render(
                &mut out,
                "shipgate_http_request_duration_seconds",
                &format!("route=\"{route}\""),
            );
        }
        out.push_str(
            "# HELP shipgate_append_batch_entries Entries per group-commit transaction.\n",
        );
        out.push_str("# TYPE shipgate_append_batch_entries histogram\n");
        self.batch_sizes
            .render(&mut out, "shipgate_append_batch_entries", "");
        out.push_str("# HELP shipgate_log_size Entries in the log, as this server last saw it.\n");
        out.push_str("# TYPE shipgate_log_size gauge\n");
        let _ = writeln!(
            out,
            "shipgate_log_size {}",
            self.log_size.load(Ordering::Relaxed)
        );
        out.push_str(
            "# HELP shipgate_checkpoint_size Size of the last checkpoint this server signed.\n",
        );
        out.push_str("# TYPE shipgate_checkpoint_size gauge\n");
        let _ = writeln!(
            out,
            "shipgate_checkpoint_size {}",
            self.checkpoint_size.load(Ordering::Relaxed)
        );
        out.push_str("# HELP shipgate_checkpoint_age_seconds Seconds since this server last signed a checkpoint (-1: never).\n");
        out.push_str("# TYPE shipgate_checkpoint_age_seconds gauge\n");
        let age = self
            .checkpoint
            .lock()
            .ok()
            .and_then(|at| at.map(|t| t.elapsed().as_secs_f64()))
            .unwrap_or(-1.0);
        let _ = writeln!(out, "shipgate_checkpoint_age_seconds {age}");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_cumulative_buckets() {
        let m = Metrics::default();
        m.request("/v1/entries", 201, 0.003);
        m.request("/v1/entries", 201, 0.2);
        m.request("/v1/entries", 422, 0.001);
        m.batch_sizes.observe(3.0);
        let text = m.render();
        assert!(
            text.contains("shipgate_http_requests_total{route=\"/v1/entries\",status=\"201\"} 2")
        );
        assert!(
            text.contains("shipgate_http_requests_total{route=\"/v1/entries\",status=\"422\"} 1")
        );
        assert!(text.contains(
            "shipgate_http_request_duration_seconds_bucket{route=\"/v1/entries\",le=\"0.005\"} 2"
        ));
        assert!(text.contains(
            "shipgate_http_request_duration_seconds_bucket{route=\"/v1/entries\",le=\"+Inf\"} 3"
        ));
        assert!(text.contains("shipgate_append_batch_entries_bucket{le=\"4\"} 1"));
        assert!(text.contains("shipgate_append_batch_entries_bucket{le=\"2\"} 0"));
        assert!(text.contains("shipgate_checkpoint_age_seconds -1"));
    }
}
