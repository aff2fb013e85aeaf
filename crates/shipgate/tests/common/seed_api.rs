//! A small HTTP server on loopback that mimics the seed's payments API:
//! health, a login that returns a token, instruments that require it. Its
//! behaviour can be changed while it runs (login breaks, health is slow).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::io::Write;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::read_request;

/// The token a working login returns.
pub const TOKEN: &str = "tok_live_4f9a8b7c6d5e0a1b";
/// The smoke test user's e-mail address.
pub const EMAIL: &str = "smoke@bank.example";
/// The smoke test user's password.
pub const PASSWORD: &str = "pa55-from-vault";

/// How the server behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Login {
    /// Returns the token.
    Works,
    /// Answers 500.
    Fails,
    /// Answers 200 without a token.
    NoToken,
}

/// What the server does now.
#[derive(Debug)]
pub struct State {
    /// How login answers.
    pub login: Login,
    /// Health answers 503 this many more times.
    pub unhealthy: u32,
    /// How many health checks came.
    pub health_requests: u32,
}

fn answer(state: &Mutex<State>, request: &str) -> (&'static str, String) {
    let mut state = state.lock().unwrap();
    let authorised = request
        .lines()
        .any(|l| l.eq_ignore_ascii_case(&format!("authorization: Bearer {TOKEN}")));
    if request.starts_with("GET /health ") {
        state.health_requests += 1;
        if state.unhealthy > 0 {
            state.unhealthy -= 1;
            return ("503 Service Unavailable", r#"{"status":"starting"}"#.into());
        }
        return ("200 OK", r#"{"status":"ok"}"#.into());
    }
    if request.starts_with("POST /api/auth/login ") {
        let body = request.split("\r\n\r\n").nth(1).unwrap_or("");
        let login: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        if login["email"] != EMAIL || login["password"] != PASSWORD {
            return ("401 Unauthorized", r#"{"error":"bad credentials"}"#.into());
        }
        return match state.login {
            Login::Works => ("200 OK", format!(r#"{{"token":"{TOKEN}"}}"#)),
            Login::NoToken => ("200 OK", r#"{"user":"smoke"}"#.into()),
            Login::Fails => (
                "500 Internal Server Error",
                r#"{"error":"database unavailable"}"#.into(),
            ),
        };
    }
    if request.starts_with("GET /api/v1/instruments ") {
        return if authorised {
            (
                "200 OK",
                r#"[{"symbol":"EURUSD"},{"symbol":"GBPUSD"}]"#.into(),
            )
        } else {
            ("401 Unauthorized", r#"{"error":"no token"}"#.into())
        };
    }
    ("404 Not Found", "{}".into())
}

/// Serves the payments API until the test ends.
pub fn serve(state: Arc<Mutex<State>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let request = read_request(&mut stream);
            let (status, body) = answer(&state, &request);
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{address}")
}

/// A server whose login behaves as `login`, unhealthy for the first
/// `unhealthy` health checks; its state and base URL.
pub fn server(login: Login, unhealthy: u32) -> (Arc<Mutex<State>>, String) {
    let state = Arc::new(Mutex::new(State {
        login,
        unhealthy,
        health_requests: 0,
    }));
    let base = serve(Arc::clone(&state));
    (state, base)
}
