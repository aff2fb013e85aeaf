//! TLS with rustls on 127.0.0.1: a certificate made in the test, a client
//! that trusts it gets answers; plain HTTP and clients that do not trust it
//! get none; unusable certificate files are refused at start.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{key, sqlite_location};
use shipgate_server::tls::{TlsError, load};
use shipgate_server::{Server, ServerConfig};

fn write_pair(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, String) {
    std::fs::create_dir_all(dir).unwrap();
    let made =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert, made.cert.pem()).unwrap();
    std::fs::write(&key, made.key_pair.serialize_pem()).unwrap();
    (cert, key, made.cert.pem())
}

fn get(url: &str, trusted_pem: Option<&str>) -> Result<(u16, String), String> {
    let mut tls = ureq::tls::TlsConfig::builder();
    if let Some(pem) = trusted_pem {
        let cert = ureq::tls::Certificate::from_pem(pem.as_bytes()).unwrap();
        tls = tls.root_certs(ureq::tls::RootCerts::Specific(Arc::new(vec![cert])));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .tls_config(tls.build())
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(10)))
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .read_to_string()
        .map_err(|e| e.to_string())?;
    Ok((status, body))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_answers_over_tls_and_only_over_tls() {
    let dir = std::env::temp_dir().join(format!("shipgate-tls-{}", std::process::id()));
    let (cert, key_file, pem) = write_pair(&dir);
    let tls = load(&cert, &key_file).unwrap();
    let server = Server::start(&ServerConfig::new(sqlite_location(), key(), "payments"))
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(server.serve_tls(listener, tls, async move {
        let _ = stopped.await;
    }));
    // A silent client does not hold up the others.
    let _silent = tokio::net::TcpStream::connect(addr).await.unwrap();

    let answer = tokio::task::spawn_blocking(move || {
        (
            get(&format!("https://{addr}/health"), Some(&pem)),
            get(&format!("https://{addr}/health"), None),
            get(&format!("http://{addr}/health"), None),
        )
    })
    .await
    .unwrap();
    let (trusted, untrusted, plain) = answer;
    assert_eq!(trusted.clone().map(|(s, _)| s), Ok(200), "{trusted:?}");
    assert!(untrusted.is_err(), "{untrusted:?}");
    assert!(
        plain.as_ref().is_err() || plain.as_ref().is_ok_and(|(s, _)| *s != 200),
        "{plain:?}"
    );
    let _ = stop.send(());
    task.await.unwrap().unwrap();
}

#[test]
fn unusable_certificate_files_are_refused_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("shipgate-tls-bad-{}", std::process::id()));
    let (cert, key_file, _) = write_pair(&dir);
    let (_, other_key, _) = write_pair(&dir.join("other"));
    let missing = dir.join("missing.pem");
    let err = load(&missing, &key_file).unwrap_err();
    assert!(err.to_string().contains("missing.pem"), "{err}");
    let garbage = dir.join("garbage.pem");
    std::fs::write(&garbage, "not a certificate\n").unwrap();
    let err = load(&garbage, &key_file).unwrap_err();
    assert!(matches!(err, TlsError::File { .. }), "{err}");
    assert!(err.to_string().contains("garbage.pem"), "{err}");
    let err = load(&cert, &garbage).unwrap_err();
    assert!(err.to_string().contains("garbage.pem"), "{err}");
    // The key of another certificate.
    let err = load(&cert, &other_key).unwrap_err();
    assert!(matches!(err, TlsError::Config(_)), "{err}");
}
