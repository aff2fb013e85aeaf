//! A parsed request and the variables to an [`HttpRequest`]: the URL with
//! `[Query]` appended, the headers, and the body (JSON, text or `[Form]`).

use std::fmt::Write as _;

use crate::ast::{Body, KeyValue, Request};
use crate::template::Variables;

use super::http::HttpRequest;

/// The request to send; `Err` names the line and what is wrong.
pub fn request(request: &Request, variables: &Variables) -> Result<HttpRequest, String> {
    let mut url = request.url.render(variables).map_err(|e| e.to_string())?;
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!(
            "{}: the URL must start with http:// or https://",
            request.pos
        ));
    }
    if !request.query.is_empty() {
        let query = encode(&request.query, variables)?;
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str(&query);
    }
    let mut headers = Vec::new();
    for kv in &request.headers {
        headers.push((
            kv.key.render(variables).map_err(|e| e.to_string())?,
            kv.value.render(variables).map_err(|e| e.to_string())?,
        ));
    }
    let has = |headers: &[(String, String)], name: &str| {
        headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let body = if request.form.is_empty() {
        match &request.body {
            None => None,
            Some(Body::Json { text, .. }) => {
                if !has(&headers, "content-type") {
                    headers.push(("Content-Type".into(), "application/json".into()));
                }
                Some(
                    text.render(variables)
                        .map_err(|e| e.to_string())?
                        .into_bytes(),
                )
            }
            Some(Body::Text { text, .. }) => Some(
                text.render(variables)
                    .map_err(|e| e.to_string())?
                    .into_bytes(),
            ),
        }
    } else {
        if !has(&headers, "content-type") {
            headers.push((
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            ));
        }
        Some(encode(&request.form, variables)?.into_bytes())
    };
    Ok(HttpRequest {
        method: request.method.clone(),
        url,
        headers,
        body,
    })
}

/// `name=value&...`, percent-encoded.
fn encode(pairs: &[KeyValue], variables: &Variables) -> Result<String, String> {
    let mut out = Vec::new();
    for kv in pairs {
        let key = kv.key.render(variables).map_err(|e| e.to_string())?;
        let value = kv.value.render(variables).map_err(|e| e.to_string())?;
        out.push(format!("{}={}", percent(&key), percent(&value)));
    }
    Ok(out.join("&"))
}

/// Percent-encoding of everything but RFC 3986's unreserved characters.
fn percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percent_encodes_all_but_unreserved() {
        assert_eq!(percent("a b&c=d/é~"), "a%20b%26c%3Dd%2F%C3%A9~");
    }
}
