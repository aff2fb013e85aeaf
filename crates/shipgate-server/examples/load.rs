//! A load generator for `shipgate ledger serve`: authenticated appends of
//! about 500-byte entries, or reads of one entry with its inclusion proof,
//! from N concurrent keep-alive clients, for a fixed time or a fixed number
//! of requests (`--requests`, for instruction counts under a profiler).
//!
//! ```text
//! cargo run --release -p shipgate-server --example load -- \
//!     --url http://127.0.0.1:8080 --token sgt_... --mode append --clients 64 --seconds 10
//! ```
//!
//! Prints one JSON line: requests, errors, requests per second, p50/p99/max
//! latency in milliseconds.

#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "latency statistics of a benchmark: counts far below 2^52"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

struct Args {
    url: String,
    token: String,
    mode: String,
    clients: usize,
    seconds: u64,
    requests: Option<u64>,
}

fn args() -> Result<Args, String> {
    let mut args = Args {
        url: "http://127.0.0.1:8080".into(),
        token: std::env::var("SHIPGATE_TOKEN").unwrap_or_default(),
        mode: "append".into(),
        clients: 64,
        seconds: 10,
        requests: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--url" => args.url = value,
            "--token" => args.token = value,
            "--mode" => args.mode = value,
            "--clients" => args.clients = value.parse().map_err(|e| format!("{flag}: {e}"))?,
            "--seconds" => args.seconds = value.parse().map_err(|e| format!("{flag}: {e}"))?,
            "--requests" => {
                args.requests = Some(value.parse().map_err(|e| format!("{flag}: {e}"))?);
            }
            other => return Err(format!("unknown flag {other}")),
        }
    }
    if !matches!(args.mode.as_str(), "append" | "read") {
        return Err("--mode is append or read".into());
    }
    Ok(args)
}

/// A gate entry of about 500 bytes once the server has added its actor and time.
fn entry(n: u64) -> String {
    serde_json::json!({
        "kind": "gate",
        "service": "payments",
        "environment": "production",
        "commit": "8f14e45fceea167a5a36dedd4bea2543f1c2a9b7",
        "artifact": "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945",
        "ci": {"pipeline_url": "https://gitlab.example.com/payments/api/-/pipelines/4711", "pipeline_id": "4711", "job": "secrets"},
        "body": {
            "gate": "secrets", "outcome": "pass", "fail_on": "error",
            "counts": {"error": 0, "warning": 1, "info": 0, "suppressed": 2},
            "tool_version": "0.1.0", "report_format": "json",
            "report_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "run": n,
        },
    })
    .to_string()
}

#[tokio::main]
async fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("load: {e}");
            std::process::exit(2);
        }
    };
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(args.clients)
        .build_http();
    let url = args.url.trim_end_matches('/').to_owned();
    let auth = format!("Bearer {}", args.token);
    // Reads pick entries from the log as it is.
    let size = if args.mode == "read" {
        let request = Request::get(format!("{url}/v1/checkpoint"))
            .header("authorization", &auth)
            .body(Full::new(Bytes::new()))
            .unwrap_or_default();
        let text = match client.request(request).await {
            Ok(r) => r
                .into_body()
                .collect()
                .await
                .map(http_body_util::Collected::to_bytes)
                .unwrap_or_default(),
            Err(e) => {
                eprintln!("load: {e}");
                std::process::exit(3);
            }
        };
        String::from_utf8_lossy(&text)
            .lines()
            .nth(1)
            .and_then(|l| l.parse::<u64>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| {
                eprintln!("load: no checkpoint to read against");
                std::process::exit(3);
            })
    } else {
        0
    };
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    let limit = args.requests;
    for c in 0..args.clients {
        let (client, url, auth, mode) =
            (client.clone(), url.clone(), auth.clone(), args.mode.clone());
        let (stop, errors, counter) =
            (Arc::clone(&stop), Arc::clone(&errors), Arc::clone(&counter));
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut rng = (c as u64 + 1) * 0x9E37_79B9_7F4A_7C15;
            while !stop.load(Ordering::Relaxed) {
                let n = counter.fetch_add(1, Ordering::Relaxed);
                if limit.is_some_and(|limit| n >= limit) {
                    break;
                }
                let request = if mode == "append" {
                    Request::builder()
                        .method(Method::POST)
                        .uri(format!("{url}/v1/entries"))
                        .header("authorization", &auth)
                        .header("content-type", "application/json")
                        .header(
                            "idempotency-key",
                            format!("load-{}-{n}", std::process::id()),
                        )
                        .body(Full::new(Bytes::from(entry(n))))
                } else {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    Request::builder()
                        .uri(format!("{url}/v1/proof/inclusion?seq={}", rng % size))
                        .header("authorization", &auth)
                        .body(Full::new(Bytes::new()))
                };
                let Ok(request) = request else { continue };
                let t = Instant::now();
                let ok = match client.request(request).await {
                    Ok(response) => {
                        let success = response.status().is_success();
                        success && response.into_body().collect().await.is_ok()
                    }
                    Err(_) => false,
                };
                if ok {
                    latencies.push(t.elapsed());
                } else {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
            latencies
        }));
    }
    if args.requests.is_none() {
        tokio::time::sleep(Duration::from_secs(args.seconds)).await;
        stop.store(true, Ordering::Relaxed);
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap_or_default());
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    println!(
        "{}",
        serde_json::json!({
            "mode": args.mode,
            "clients": args.clients,
            "seconds": elapsed,
            "ok": latencies.len(),
            "errors": errors.load(Ordering::Relaxed),
            "per_second": latencies.len() as f64 / elapsed,
            "p50_ms": pct(0.50),
            "p99_ms": pct(0.99),
            "max_ms": latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1000.0),
        })
    );
}
