//! What the corpus holds: every positive kind in its provider's real shape,
//! multi-line keys, and the look-alikes that must stay quiet.

use super::corpus::*;

/// Positive kinds: a name and a secret in the provider's real shape.
pub(crate) fn positive_kinds() -> Vec<(&'static str, Gen)> {
    vec![
        ("stripe-secret", |r| {
            (
                "STRIPE_SECRET".into(),
                format!("sk_live_{}", token_in(r, ALNUM, 24, 99)),
            )
        }),
        ("stripe-restricted", |r| {
            (
                "STRIPE_RESTRICTED_KEY".into(),
                format!("rk_live_{}", token_in(r, ALNUM, 24, 99)),
            )
        }),
        ("stripe-webhook", |r| {
            (
                "STRIPE_WEBHOOK_SECRET".into(),
                format!("whsec_{}", token(r, ALNUM, 32)),
            )
        }),
        ("square-token", |r| {
            (
                "SQUARE_ACCESS_TOKEN".into(),
                format!("EAAA{}", token(r, URLSAFE, 60)),
            )
        }),
        ("square-secret", |r| {
            (
                "SQUARE_APP_SECRET".into(),
                format!("sq0csp-{}", token(r, URLSAFE, 43)),
            )
        }),
        ("braintree-token", |r| {
            (
                "BRAINTREE_ACCESS_TOKEN".into(),
                format!(
                    "access_token$production${}${}",
                    r.chars(LALNUM, 16),
                    r.chars(HEX, 32)
                ),
            )
        }),
        ("braintree-private", |r| {
            ("BRAINTREE_PRIVATE_KEY".into(), r.chars(HEX, 32))
        }),
        ("paypal-secret", |r| {
            (
                "PAYPAL_CLIENT_SECRET".into(),
                format!("E{}", token(r, URLSAFE, 79)),
            )
        }),
        ("adyen-key", |r| {
            (
                "ADYEN_API_KEY".into(),
                format!(
                    "AQE{}=-{}=-{}",
                    token(r, B64, 60),
                    token(r, B64, 43),
                    token(r, PASSWORD, 16)
                ),
            )
        }),
        ("checkout-key", |r| {
            (
                "CHECKOUT_SECRET_KEY".into(),
                format!(
                    "sk_{}",
                    r.chars(&LOWER.replace(['0', '1', '8', '9'], ""), 20) + &r.chars("234567", 7)
                ),
            )
        }),
        ("plaid-secret", |r| {
            ("PLAID_SECRET".into(), r.chars(HEX, 30))
        }),
        ("plaid-token", |r| {
            (
                "PLAID_ACCESS_TOKEN".into(),
                format!("access-production-{}", uuid(r)),
            )
        }),
        ("gocardless", |r| {
            (
                "GOCARDLESS_ACCESS_TOKEN".into(),
                format!("live_{}", token(r, URLSAFE, 40)),
            )
        }),
        ("razorpay", |r| {
            ("RAZORPAY_KEY_SECRET".into(), token(r, ALNUM, 24))
        }),
        ("mollie", |r| {
            (
                "MOLLIE_API_KEY".into(),
                format!("live_{}", token(r, ALNUM, 30)),
            )
        }),
        ("coinbase", |r| {
            ("COINBASE_API_SECRET".into(), token_in(r, ALNUM, 32, 64))
        }),
        ("aws-key-id", |r| {
            (
                "AWS_ACCESS_KEY_ID".into(),
                format!("AKIA{}", r.chars(B32, 16)),
            )
        }),
        ("aws-secret", |r| {
            ("AWS_SECRET_ACCESS_KEY".into(), token(r, B64, 40))
        }),
        ("gcp-api-key", |r| {
            (
                "GOOGLE_MAPS_API_KEY".into(),
                format!("AIza{}", token(r, URLSAFE, 35)),
            )
        }),
        ("azure-storage", |r| {
            (
                "AZURE_STORAGE_CONNECTION_STRING".into(),
                format!(
                    "DefaultEndpointsProtocol=https;AccountName=ledger{};AccountKey={}==;EndpointSuffix=core.windows.net",
                    r.chars(LALNUM, 4),
                    token(r, B64, 86)
                ),
            )
        }),
        ("github-classic", |r| {
            (
                "GITHUB_TOKEN".into(),
                format!("ghp_{}", token(r, ALNUM, 36)),
            )
        }),
        ("github-fine-grained", |r| {
            (
                "GH_PAT".into(),
                format!(
                    "github_pat_11{}_{}",
                    token(r, ALNUM, 20),
                    token(r, ALNUM, 59)
                ),
            )
        }),
        ("gitlab-pat", |r| {
            (
                "GITLAB_TOKEN".into(),
                format!("glpat-{}", token(r, URLSAFE, 20)),
            )
        }),
        ("gitlab-runner", |r| {
            (
                "RUNNER_TOKEN".into(),
                format!("glrt-{}", token(r, URLSAFE, 20)),
            )
        }),
        ("npm", |r| {
            ("NPM_TOKEN".into(), format!("npm_{}", token(r, ALNUM, 36)))
        }),
        ("pypi", |r| {
            (
                "PYPI_TOKEN".into(),
                format!("pypi-AgEIcHlwaS5vcmc{}", token(r, URLSAFE, 70)),
            )
        }),
        ("slack-token", |r| {
            (
                "SLACK_BOT_TOKEN".into(),
                format!(
                    "xoxb-{}-{}-{}",
                    r.chars(DIGITS, 12),
                    r.chars(DIGITS, 13),
                    token(r, ALNUM, 24)
                ),
            )
        }),
        ("slack-webhook", |r| {
            (
                "SLACK_WEBHOOK_URL".into(),
                format!(
                    "https://hooks.slack.com/services/T{}/B{}/{}",
                    r.chars(B32, 10),
                    r.chars(B32, 10),
                    token(r, ALNUM, 24)
                ),
            )
        }),
        ("twilio", |r| ("TWILIO_AUTH_TOKEN".into(), r.chars(HEX, 32))),
        ("sendgrid", |r| {
            (
                "SENDGRID_API_KEY".into(),
                format!("SG.{}.{}", token(r, URLSAFE, 22), token(r, URLSAFE, 43)),
            )
        }),
        ("mailgun", |r| {
            ("MAILGUN_SECRET".into(), format!("key-{}", r.chars(HEX, 32)))
        }),
        ("mailchimp", |r| {
            (
                "MAILCHIMP_API_KEY".into(),
                format!("{}-us{}", r.chars(HEX, 32), r.range(1, 21)),
            )
        }),
        ("telegram", |r| {
            (
                "TELEGRAM_BOT_TOKEN".into(),
                format!("{}:AA{}", r.chars(DIGITS, 10), token(r, URLSAFE, 33)),
            )
        }),
        ("openai", |r| {
            (
                "OPENAI_API_KEY".into(),
                format!(
                    "sk-proj-{}T3BlbkFJ{}",
                    token(r, URLSAFE, 74),
                    token(r, URLSAFE, 74)
                ),
            )
        }),
        ("anthropic", |r| {
            (
                "ANTHROPIC_API_KEY".into(),
                format!("sk-ant-api03-{}AA", token(r, URLSAFE, 93)),
            )
        }),
        ("huggingface", |r| {
            (
                "HF_TOKEN".into(),
                format!("hf_{}", r.chars(&(LOWER.to_owned() + UPPER), 34)),
            )
        }),
        ("postgres-url", |r| {
            (
                "DATABASE_URL".into(),
                format!(
                    "postgres://ledger:{}@db-{}.internal:5432/ledger",
                    token_in(r, PASSWORD, 10, 24),
                    r.below(9)
                ),
            )
        }),
        ("mysql-url", |r| {
            (
                "DB_URL".into(),
                format!(
                    "mysql://payments:{}@10.0.{}.12:3306/payments",
                    token_in(r, PASSWORD, 10, 24),
                    r.below(200)
                ),
            )
        }),
        ("mongodb-url", |r| {
            (
                "MONGO_URI".into(),
                format!(
                    "mongodb+srv://app:{}@cluster0.{}.mongodb.net/payments",
                    token(r, ALNUM, 16),
                    r.chars(LALNUM, 5)
                ),
            )
        }),
        ("redis-url", |r| {
            (
                "REDIS_URL".into(),
                format!("rediss://:{}@cache.internal:6380/0", token(r, ALNUM, 32)),
            )
        }),
        ("amqp-url", |r| {
            (
                "BROKER_URL".into(),
                format!(
                    "amqps://worker:{}@mq.internal:5671/payments",
                    token(r, ALNUM, 20)
                ),
            )
        }),
        ("https-basic-auth", |r| {
            (
                "COMPOSER_MIRROR".into(),
                format!(
                    "https://deploy:{}@repo.payments-internal.com/composer",
                    token(r, ALNUM, 24)
                ),
            )
        }),
        ("laravel-app-key", |r| {
            ("APP_KEY".into(), format!("base64:{}=", token(r, B64, 43)))
        }),
        ("jwt", |r| {
            (
                "SERVICE_TOKEN".into(),
                format!(
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{}.{}",
                    token(r, URLSAFE, 60),
                    token(r, URLSAFE, 43)
                ),
            )
        }),
        ("generic", |r| {
            let name = r.pick(&[
                "API_SECRET",
                "CLIENT_SECRET",
                "SIGNING_KEY",
                "WEBHOOK_TOKEN",
                "ENCRYPTION_KEY",
                "LEDGER_API_KEY",
                "PARTNER_PASSWORD",
                "SETTLEMENT_API_TOKEN",
            ]);
            let value = match r.below(3) {
                0 => token_in(r, ALNUM, 16, 48),
                1 => r.chars_in(HEX, 32, 64),
                _ => token_in(r, PASSWORD, 14, 32),
            };
            (name.into(), value)
        }),
    ]
}

/// Multi-line positives: a whole file.
pub(crate) fn positive_blocks(r: &mut Rng) -> Vec<(&'static str, String, String)> {
    // (kind, path, text); the secret starts on line 1, or line 5 in the JSON key file.
    let body = |r: &mut Rng, lines: usize| -> String {
        (0..lines)
            .map(|_| token(r, B64, 64))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut out = Vec::new();
    for i in 0..PER_KIND {
        let kind = ["RSA ", "EC ", "", "ENCRYPTED "][i % 4];
        out.push((
            "pem-private-key",
            format!("deploy/keys/{i}.pem"),
            format!(
                "-----BEGIN {kind}PRIVATE KEY-----\n{}\n-----END {kind}PRIVATE KEY-----\n",
                body(r, 8)
            ),
        ));
        out.push(("openssh-private-key", format!("deploy/ssh/id_{i}"), format!("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n{}\n-----END OPENSSH PRIVATE KEY-----\n", body(r, 5))));
        out.push(("pgp-private-key", format!("deploy/gpg/{i}.asc"), format!("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF{}\n{}\n=Ab3d\n-----END PGP PRIVATE KEY BLOCK-----\n", token(r, B64, 58), body(r, 6))));
        out.push(("gcp-service-account", format!("deploy/gcp/{i}.json"), format!("{{\n  \"type\": \"service_account\",\n  \"project_id\": \"payments-{i}\",\n  \"private_key_id\": \"{}\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEv{}\\n{}\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"ledger@payments-{i}.iam.gserviceaccount.com\"\n}}\n", r.chars(HEX, 40), token(r, B64, 59), token(r, B64, 64))));
    }
    out
}

/// Look-alikes that must not fire, by category.
pub(crate) fn negative_kinds() -> Vec<(&'static str, Gen)> {
    vec![
        ("placeholder", |r| {
            let v = r.pick(&[
                "XXXXXXXXXXXXXXXXXXXXXXXX",
                "your-api-key-here",
                "<TOKEN>",
                "${STRIPE_SECRET}",
                "changeme",
                "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                "{{ stripe_secret }}",
                "%DB_PASSWORD%",
                "<your-secret>",
                "REPLACE_ME_WITH_REAL_KEY",
                "dummy-token-for-local-dev",
                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ]);
            (
                r.pick(&["API_SECRET", "STRIPE_SECRET", "GITHUB_TOKEN", "DB_PASSWORD"])
                    .into(),
                v.into(),
            )
        }),
        ("reference", |r| {
            let v = r.pick(&[
                "env('STRIPE_SECRET')",
                "os.environ['API_TOKEN']",
                "process.env.API_KEY",
                "var.db_password",
                "getenv(\"SIGNING_KEY\")",
                "config('services.stripe.secret')",
                "data.vault_generic_secret.stripe.data",
                "secrets.DEPLOY_TOKEN",
                "$STRIPE_SECRET",
                "settings.PAYPAL_CLIENT_SECRET",
            ]);
            (
                r.pick(&["secret", "api_key", "token", "password"]).into(),
                v.into(),
            )
        }),
        ("documented-example", |r| {
            let (n, v) = [
                ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
                (
                    "AWS_SECRET_ACCESS_KEY",
                    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                ),
                ("STRIPE_SECRET", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
                ("STRIPE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx"),
                (
                    "SESSION_TOKEN",
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                ),
            ][r.below(5)];
            (n.into(), v.into())
        }),
        ("test-or-publishable-key", |r| {
            if r.below(2) == 0 {
                (
                    "STRIPE_SECRET".into(),
                    format!("sk_test_{}", token(r, ALNUM, 60)),
                )
            } else {
                (
                    "STRIPE_PUBLISHABLE_KEY".into(),
                    format!("pk_live_{}", token(r, ALNUM, 60)),
                )
            }
        }),
        ("uuid", |r| {
            (
                r.pick(&["TENANT_ID", "REQUEST_ID", "MERCHANT_UUID", "ACCOUNT_ID"])
                    .into(),
                uuid(r),
            )
        }),
        ("git-sha", |r| {
            (
                r.pick(&["COMMIT", "REVISION", "GIT_SHA", "BASE_REF"])
                    .into(),
                r.chars(HEX, 40),
            )
        }),
    ]
}

/// Negative lines that are not assignments: lockfiles, digests, data URIs,
/// minified code, public keys, test vectors.
pub(crate) fn negative_lines() -> Vec<(&'static str, LineGen)> {
    vec![
        ("composer-lock-hash", |r| {
            format!("            \"shasum\": \"{}\"", r.chars(HEX, 40))
        }),
        ("npm-integrity", |r| {
            format!("      \"integrity\": \"sha512-{}==\",", token(r, B64, 86))
        }),
        ("cargo-checksum", |r| {
            format!("checksum = \"{}\"", r.chars(HEX, 64))
        }),
        ("poetry-hash", |r| {
            format!(
                "    {{file = \"stripe-7.{}.0-py3-none-any.whl\", hash = \"sha256:{}\"}},",
                r.below(20),
                r.chars(HEX, 64)
            )
        }),
        ("go-sum", |r| {
            format!(
                "github.com/stripe/stripe-go/v76 v76.{}.0 h1:{}=",
                r.below(30),
                token(r, B64, 43)
            )
        }),
        ("sri", |r| {
            format!(
                "<script src=\"https://js.stripe.com/v3/app-{}.js\" integrity=\"sha384-{}\" crossorigin=\"anonymous\"></script>",
                r.below(99),
                token(r, B64, 64)
            )
        }),
        ("image-digest", |r| {
            format!(
                "    image: registry.payments.test/ledger@sha256:{}",
                r.chars(HEX, 64)
            )
        }),
        ("data-uri", |r| {
            format!(
                "  background-image: url(data:image/png;base64,{});",
                token(r, B64, 200)
            )
        }),
        ("font-blob", |r| {
            format!(
                "  src: url(data:font/woff2;charset=utf-8;base64,{}) format('woff2');",
                token(r, B64, 400)
            )
        }),
        ("minified", |r| {
            let id = |r: &mut Rng| r.chars(LOWER, 1) + &r.chars_in(ALNUM, 0, 2);
            format!(
                "var {a}=function({b},{c}){{return {b}.token={c}.token||{d},{b}.apiKey={c}.apiKey,{b}.secret=\"\"+{c}.{e},{b}}};",
                a = id(r),
                b = id(r),
                c = id(r),
                d = id(r),
                e = id(r)
            )
        }),
        ("public-key", |r| {
            format!(
                "deploy_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} deploy@ci",
                token(r, B64, 43)
            )
        }),
        ("certificate", |r| {
            format!(
                "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE{}\n{}\n-----END CERTIFICATE-----",
                token(r, B64, 44),
                token(r, B64, 64)
            )
        }),
        ("public-pem", |r| {
            format!(
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCg{}\n{}\n-----END PUBLIC KEY-----",
                token(r, B64, 26),
                token(r, B64, 64)
            )
        }),
        ("test-vector", |r| {
            let v = r.pick(&[
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "d41d8cd98f00b204e9800998ecf8427e",
                "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            ]);
            format!(
                "    assert sha256(b\"{}\").hexdigest() == \"{v}\"",
                r.pick(&["", "abc"])
            )
        }),
    ]
}
