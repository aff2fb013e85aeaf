//! AWS Signature Version 4 for STS `GetCallerIdentity`: the one AWS call
//! any valid key pair may make, which reads and changes nothing.
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html>

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::baseline::to_hex;

/// The request body: form-encoded, as STS's query API takes it.
pub(super) const BODY: &str = "Action=GetCallerIdentity&Version=2011-06-15";
/// The body's content type, signed with it.
pub(super) const CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";
/// The global STS endpoint's signing region.
const REGION: &str = "us-east-1";
/// STS's signing name.
const SERVICE: &str = "sts";

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    match <Hmac<Sha256> as Mac>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(data);
            mac.finalize().into_bytes().to_vec()
        }
        // HMAC takes keys of any length.
        Err(_) => Vec::new(),
    }
}

/// A request to sign.
pub(super) struct Request<'a> {
    /// `GET`, `POST`.
    pub method: &'a str,
    /// The URI path.
    pub path: &'a str,
    /// The canonical query string.
    pub query: &'a str,
    /// The headers to sign: lower-case names, sorted by name.
    pub headers: &'a [(&'a str, &'a str)],
    /// The body.
    pub body: &'a str,
    /// `YYYYMMDDTHHMMSSZ`.
    pub time: &'a str,
    /// The signing region.
    pub region: &'a str,
    /// The signing name of the service.
    pub service: &'a str,
}

/// The `Authorization` header of `request`, signed with the key pair.
pub(super) fn authorization(request: &Request<'_>, key_id: &str, secret: &str) -> String {
    let date = request.time.get(..8).unwrap_or(request.time);
    let canonical_headers = request
        .headers
        .iter()
        .fold(String::new(), |mut out, (name, value)| {
            use std::fmt::Write as _;
            let _ = writeln!(out, "{name}:{}", value.trim());
            out
        });
    let signed_headers = request
        .headers
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(";");
    let canonical_request = format!(
        "{}\n{}\n{}\n{canonical_headers}\n{signed_headers}\n{}",
        request.method,
        request.path,
        request.query,
        to_hex(&Sha256::digest(request.body.as_bytes()))
    );
    let scope = format!("{date}/{}/{}/aws4_request", request.region, request.service);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{}\n{scope}\n{}",
        request.time,
        to_hex(&Sha256::digest(canonical_request.as_bytes()))
    );
    let key = [request.region, request.service, "aws4_request"]
        .iter()
        .fold(
            hmac(format!("AWS4{secret}").as_bytes(), date.as_bytes()),
            |key, part| hmac(&key, part.as_bytes()),
        );
    let signature = to_hex(&hmac(&key, string_to_sign.as_bytes()));
    format!(
        "AWS4-HMAC-SHA256 Credential={key_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
}

/// The `Authorization` header of `GetCallerIdentity` sent to `host` at `time`.
pub(super) fn get_caller_identity(host: &str, time: &str, key_id: &str, secret: &str) -> String {
    authorization(
        &Request {
            method: "POST",
            path: "/",
            query: "",
            headers: &[
                ("content-type", CONTENT_TYPE),
                ("host", host),
                ("x-amz-date", time),
            ],
            body: BODY,
            time,
            region: REGION,
            service: SERVICE,
        },
        key_id,
        secret,
    )
}

#[cfg(test)]
mod tests {
    use super::{Request, authorization};

    /// The worked example of AWS's Signature Version 4 documentation (IAM
    /// `ListUsers` on 2015-08-30, with the documentation's example key pair).
    #[test]
    fn the_documented_example_signs_as_documented() {
        let header = authorization(
            &Request {
                method: "GET",
                path: "/",
                query: "Action=ListUsers&Version=2010-05-08",
                headers: &[
                    (
                        "content-type",
                        "application/x-www-form-urlencoded; charset=utf-8",
                    ),
                    ("host", "iam.amazonaws.com"),
                    ("x-amz-date", "20150830T123600Z"),
                ],
                body: "",
                time: "20150830T123600Z",
                region: "us-east-1",
                service: "iam",
            },
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        );
        assert_eq!(
            header,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }
}
