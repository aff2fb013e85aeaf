//! An OIDC issuer for tests: signing keys made here, their JWK Set served on
//! 127.0.0.1, and ID tokens minted with them.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};
use shipgate_server::auth::Role;
use shipgate_server::auth::oidc::IssuerConfig;
use shipgate_server::auth::oidc::jwks::JwksSource;
use shipgate_server::auth::oidc::rules::{Condition, RoleRule, Test};

/// The issuer every test token names.
pub const ISSUER: &str = "https://gitlab.test";
/// The audience the server expects.
pub const AUDIENCE: &str = "https://audit.test";

/// A P-256 signing key and its JWK.
pub struct SigningKey {
    pub kid: String,
    pkcs8: Vec<u8>,
    pub public: Vec<u8>,
}

impl SigningKey {
    /// A fresh ES256 key called `kid`.
    pub fn generate(kid: &str) -> Self {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .unwrap()
            .as_ref()
            .to_vec();
        let pair =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &pkcs8, &rng).unwrap();
        Self {
            kid: kid.into(),
            public: pair.public_key().as_ref().to_vec(),
            pkcs8,
        }
    }

    /// The public key as a JWK (RFC 7518 §6.2).
    pub fn jwk(&self) -> Value {
        json!({
            "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": self.kid,
            "x": URL_SAFE_NO_PAD.encode(&self.public[1..33]),
            "y": URL_SAFE_NO_PAD.encode(&self.public[33..65]),
        })
    }

    /// An ES256 ID token over `claims`, with this key's `kid`.
    pub fn mint(&self, claims: &Value) -> String {
        self.mint_as(&self.kid, claims)
    }

    /// An ES256 ID token over `claims` that names key `kid`.
    pub fn mint_as(&self, kid: &str, claims: &Value) -> String {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(kid.into());
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_ec_der(&self.pkcs8)).unwrap()
    }

    /// The forgery of the HS256 confusion attack: a token with
    /// `alg: HS256`, signed (HMAC) with this key's *public* key as the secret.
    pub fn mint_hs256_with_public_key(&self, claims: &Value) -> String {
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_secret(&self.public)).unwrap()
    }
}

/// An unsigned token: `alg: none`, an empty signature.
pub fn mint_none(kid: &str, claims: &Value) -> String {
    let header = json!({"alg": "none", "typ": "JWT", "kid": kid});
    format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    )
}

/// GitLab-like claims for `user_login`, valid for 10 minutes.
pub fn gitlab_claims(user_login: &str, ref_protected: bool) -> Value {
    let now = super::now();
    json!({
        "iss": ISSUER, "aud": AUDIENCE, "sub": "project_path:pay/api:ref_type:branch:ref:main",
        "iat": now, "nbf": now - 5, "exp": now + 600,
        "user_login": user_login, "user_email": format!("{user_login}@example.com"),
        "project_path": "pay/api", "ref": "main", "ref_protected": ref_protected.to_string(),
        "pipeline_id": "4242", "groups": ["pay/approvers"],
    })
}

/// A JWK Set served on 127.0.0.1 that a test may change, and that counts
/// how often it was fetched.
#[derive(Clone)]
pub struct JwksServer {
    pub addr: SocketAddr,
    pub keys: Arc<Mutex<Vec<Value>>>,
    pub fetches: Arc<Mutex<u32>>,
}

impl JwksServer {
    /// Serves `keys` at `http://ADDR/jwks`.
    pub async fn start(keys: Vec<Value>) -> Self {
        let keys = Arc::new(Mutex::new(keys));
        let fetches = Arc::new(Mutex::new(0));
        let (k, f) = (Arc::clone(&keys), Arc::clone(&fetches));
        let app = Router::new().route(
            "/jwks",
            get(move || {
                let (k, f) = (Arc::clone(&k), Arc::clone(&f));
                async move {
                    *f.lock().unwrap() += 1;
                    axum::Json(json!({"keys": *k.lock().unwrap()}))
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self {
            addr,
            keys,
            fetches,
        }
    }

    /// The JWK Set's URL.
    pub fn url(&self) -> String {
        format!("http://{}/jwks", self.addr)
    }

    /// How many times the set was fetched.
    pub fn fetches(&self) -> u32 {
        *self.fetches.lock().unwrap()
    }
}

/// The test issuer over `jwks`: identity `gitlab:{user_login}`; approver
/// when `user_login` is `alice` or `admin`, or `groups` holds
/// `pay/approvers` and `user_login` is `carol`; deployer when
/// `ref_protected` is `"true"`; admin for `admin`; auditor for `audrey`.
pub fn issuer(jwks: JwksSource) -> IssuerConfig {
    let rule = |role, when: Vec<(&str, Test)>| RoleRule {
        role,
        when: when
            .into_iter()
            .map(|(claim, test)| Condition {
                claim: claim.into(),
                test,
            })
            .collect(),
    };
    let mut config = IssuerConfig::new("gitlab", ISSUER, AUDIENCE, jwks, "gitlab:{user_login}");
    config.algorithms = vec!["ES256".into(), "RS256".into()];
    config.leeway = Duration::from_secs(30);
    config.jwks_min_refresh = Duration::ZERO;
    config.roles = vec![
        rule(
            Role::Approver,
            vec![("user_login", Test::In(vec!["alice".into(), "admin".into()]))],
        ),
        rule(
            Role::Approver,
            vec![
                ("user_login", Test::Equals("carol".into())),
                ("groups", Test::Contains("pay/approvers".into())),
            ],
        ),
        rule(
            Role::Deployer,
            vec![("ref_protected", Test::Equals("true".into()))],
        ),
        rule(
            Role::Admin,
            vec![("user_login", Test::Equals("admin".into()))],
        ),
        rule(
            Role::Auditor,
            vec![("user_login", Test::Equals("audrey".into()))],
        ),
        rule(
            Role::Recorder,
            vec![("user_login", Test::Equals("robot".into()))],
        ),
    ];
    config
}
