//! One HTTP exchange over ureq (rustls, no system libraries): redirects are
//! not followed, any status is a response, the body is read up to 10 MiB.

use std::time::{Duration, Instant};

use ureq::http;

/// The most of a response body that is read.
pub const MAX_BODY: u64 = 10 * 1024 * 1024;

/// A request, rendered.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    /// The method.
    pub method: String,
    /// The URL, query parameters included.
    pub url: String,
    /// The headers.
    pub headers: Vec<(String, String)>,
    /// The body, if any.
    pub body: Option<Vec<u8>>,
}

/// A response.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// `HTTP/1.1`, ...
    pub version: String,
    /// The status code.
    pub status: u16,
    /// The headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// From sending the request to the end of the body.
    pub duration: Duration,
}

/// The HTTP client of a run.
pub struct Client {
    agent: ureq::Agent,
}

impl Client {
    /// A client whose every exchange must finish within `timeout`.
    pub fn new(timeout: Duration) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .max_redirects(0)
            .allow_non_standard_methods(true)
            .user_agent(concat!("shipgate/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Self { agent }
    }

    /// Sends `request`; `Err` says why no response came.
    pub fn send(&self, request: &HttpRequest) -> Result<HttpResponse, String> {
        let started = Instant::now();
        let url = request.url.as_str();
        let result = match (&request.body, request.method.as_str()) {
            // A body is sent whatever the method, as curl does.
            (
                Some(body),
                method @ ("GET" | "HEAD" | "DELETE" | "OPTIONS" | "TRACE" | "CONNECT"),
            ) => {
                let mut builder = match method {
                    "GET" => self.agent.get(url),
                    "HEAD" => self.agent.head(url),
                    "DELETE" => self.agent.delete(url),
                    "OPTIONS" => self.agent.options(url),
                    "TRACE" => self.agent.trace(url),
                    _ => self.agent.connect(url),
                };
                for (name, value) in &request.headers {
                    builder = builder.header(name.as_str(), value.as_str());
                }
                builder.force_send_body().send(body.as_slice())
            }
            (body, method) => {
                let mut builder = http::Request::builder().method(method).uri(url);
                for (name, value) in &request.headers {
                    builder = builder.header(name.as_str(), value.as_str());
                }
                match body {
                    Some(body) => self.agent.run(
                        builder
                            .body(body.clone())
                            .map_err(|e| format!("invalid request: {e}"))?,
                    ),
                    None => self.agent.run(
                        builder
                            .body(())
                            .map_err(|e| format!("invalid request: {e}"))?,
                    ),
                }
            }
        };
        let mut response = result.map_err(|e| e.to_string())?;
        let version = match response.version() {
            http::Version::HTTP_09 => "HTTP/0.9",
            http::Version::HTTP_10 => "HTTP/1.0",
            http::Version::HTTP_2 => "HTTP/2",
            http::Version::HTTP_3 => "HTTP/3",
            _ => "HTTP/1.1",
        }
        .to_owned();
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| format!("cannot read the response body: {e}"))?;
        Ok(HttpResponse {
            version,
            status,
            headers,
            body,
            duration: started.elapsed(),
        })
    }
}
