//! Recall and precision on a labelled corpus generated here: random keys in
//! the real shapes of every kind the rules cover (never real keys), and the
//! look-alikes that must stay quiet, written into realistic files of a
//! Laravel, JavaScript, Python and Terraform repository between ordinary code.
//!
//! A finding counts when its severity is error or warning (notes, such as
//! test-mode keys, never fail the gate). A labelled positive is found when a
//! finding starts on its line; every other finding is a false positive.
//! Run with `--nocapture` to see the figures per kind.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::collections::{BTreeMap, HashSet};

use shipgate_secrets::engine::Engine;
use shipgate_secrets::rules::{Level, RuleSet};

/// Instances of every positive kind and every negative category.
const PER_KIND: usize = 300;

/// A small deterministic generator (`SplitMix64`), so the corpus is the same on
/// every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chars_in(&mut self, set: &str, lo: usize, hi: usize) -> String {
        let n = self.range(lo, hi);
        self.chars(set, n)
    }
    fn chars(&mut self, set: &str, n: usize) -> String {
        let set = set.as_bytes();
        (0..n)
            .map(|_| char::from(set[self.below(set.len())]))
            .collect()
    }
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LALNUM: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
const URLSAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX: &str = "0123456789abcdef";
const DIGITS: &str = "0123456789";
const B32: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const PASSWORD: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_";

/// A token with at least one digit, as generated secrets of this length have.
fn token(r: &mut Rng, set: &str, n: usize) -> String {
    loop {
        let t = r.chars(set, n);
        if n < 12 || t.bytes().any(|b| b.is_ascii_digit()) || !set.contains('0') {
            return t;
        }
    }
}

fn token_in(r: &mut Rng, set: &str, lo: usize, hi: usize) -> String {
    let n = r.range(lo, hi);
    token(r, set, n)
}

fn uuid(r: &mut Rng) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        r.chars(HEX, 8),
        r.chars(HEX, 4),
        r.chars(HEX, 4),
        r.chars(HEX, 4),
        r.chars(HEX, 12)
    )
}

/// The file kinds of the corpus.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Env,
    Php,
    Js,
    Py,
    Yaml,
    Tf,
}

const LANGS: [Lang; 6] = [
    Lang::Env,
    Lang::Php,
    Lang::Js,
    Lang::Py,
    Lang::Yaml,
    Lang::Tf,
];

impl Lang {
    fn path(self, i: usize) -> String {
        match self {
            Self::Env => format!("deploy/{i}/.env"),
            Self::Php => format!("config/services_{i}.php"),
            Self::Js => format!("src/config/client_{i}.js"),
            Self::Py => format!("payments/settings_{i}.py"),
            Self::Yaml => format!("k8s/values_{i}.yaml"),
            Self::Tf => format!("infra/main_{i}.tf"),
        }
    }

    /// `NAME = value` in this language's syntax.
    fn assign(self, name: &str, value: &str) -> String {
        let lower = name.to_ascii_lowercase();
        match self {
            Self::Env => format!("{name}={value}"),
            Self::Php => format!("    '{lower}' => '{value}',"),
            Self::Js => format!("  {}: '{value}',", camel(&lower)),
            Self::Py => format!("{name} = \"{value}\""),
            Self::Yaml => format!("  {lower}: {value}"),
            Self::Tf => format!("  {lower} = \"{value}\""),
        }
    }

    fn filler(self, r: &mut Rng) -> String {
        let lines: &[&str] = match self {
            Self::Env => &[
                "APP_ENV=production",
                "APP_DEBUG=false",
                "LOG_CHANNEL=stack",
                "SESSION_DRIVER=redis",
                "QUEUE_CONNECTION=sqs",
                "CACHE_PREFIX=payments_cache",
                "PASSWORD_MIN_LENGTH=12",
                "TOKEN_TTL=900",
                "MAIL_FROM_ADDRESS=billing@payments.test",
                "DB_HOST=10.0.4.12",
                "DB_PORT=5432",
                "AWS_DEFAULT_REGION=eu-west-1",
                "STRIPE_WEBHOOK_TOLERANCE=300",
                "DB_PASSWORD=",
                "MAIL_PASSWORD=null",
                "REDIS_PASSWORD=null",
            ],
            Self::Php => &[
                "use Illuminate\\Support\\Facades\\DB;",
                "    public function handle(Request $request): Response",
                "        $amount = $payment->amount_cents / 100;",
                "        $token = $request->bearerToken();",
                "    'driver' => env('SESSION_DRIVER', 'file'),",
                "    'key' => env('APP_KEY'),",
                "    'secret' => env('STRIPE_SECRET'),",
                "        return $this->ledger->append($entry);",
                "    'password_timeout' => 10800,",
                "        $hash = hash_hmac('sha256', $payload, $secret);",
                "    'token_column' => 'api_token',",
                "        if ($refund->status === 'failed') {",
                "        }",
                "    'cipher' => 'AES-256-CBC',",
            ],
            Self::Js => &[
                "import { useState } from 'react';",
                "const total = items.reduce((s, i) => s + i.price, 0);",
                "  apiKey: process.env.STRIPE_KEY,",
                "  token: localStorage.getItem('token'),",
                "export default function Checkout({ amount }) {",
                "  const [secret, setSecret] = useState(null);",
                "  headers: { Authorization: `Bearer ${token}` },",
                "});",
                "  passwordField: 'password_confirmation',",
                "const csrfToken = document.querySelector('meta[name=csrf-token]').content;",
                "  return fetch(`/api/payments/${id}/refund`, { method: 'POST' });",
            ],
            Self::Py => &[
                "import os",
                "from decimal import Decimal",
                "STRIPE_SECRET = os.environ[\"STRIPE_SECRET\"]",
                "DATABASES = {\"default\": dj_database_url.config()}",
                "def capture(payment_id: str) -> Decimal:",
                "    return Decimal(payment.amount) / 100",
                "SECRET_KEY = os.getenv(\"DJANGO_SECRET_KEY\")",
                "AUTH_PASSWORD_VALIDATORS = []",
                "PASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]",
                "    token = request.headers.get(\"X-Webhook-Token\")",
                "LOGGING = {\"version\": 1}",
            ],
            Self::Yaml => &[
                "apiVersion: apps/v1",
                "kind: Deployment",
                "  replicas: 3",
                "  secretName: payments-tls",
                "  passwordSecretRef: db-credentials",
                "  tokenPath: /var/run/secrets/kubernetes.io/serviceaccount/token",
                "    image: registry.payments.test/api:1.42.0",
                "  api_key: ${API_KEY}",
                "  secret: \"{{ .Values.stripe.secret }}\"",
                "  - name: STRIPE_SECRET",
                "    valueFrom:",
                "      secretKeyRef:",
            ],
            Self::Tf => &[
                "resource \"aws_db_instance\" \"ledger\" {",
                "  engine = \"postgres\"",
                "  password = var.db_password",
                "  instance_class = \"db.r6g.large\"",
                "}",
                "variable \"api_token\" {",
                "  sensitive = true",
                "  kms_key_id = aws_kms_key.ledger.arn",
                "  secret_string = data.aws_secretsmanager_secret_version.stripe.secret_string",
                "  master_password = random_password.db.result",
            ],
        };
        r.pick(lines).to_owned()
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in snake.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

type Gen = fn(&mut Rng) -> (String, String);
type LineGen = fn(&mut Rng) -> String;

/// Positive kinds: a name and a secret in the provider's real shape.
fn positive_kinds() -> Vec<(&'static str, Gen)> {
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
fn positive_blocks(r: &mut Rng) -> Vec<(&'static str, String, String)> {
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
fn negative_kinds() -> Vec<(&'static str, Gen)> {
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
fn negative_lines() -> Vec<(&'static str, LineGen)> {
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

struct Corpus {
    files: Vec<(String, String)>,
    /// (path, 1-based line) of every labelled positive, with its kind.
    positives: BTreeMap<(String, u32), &'static str>,
    /// Negatives per category, for the report.
    negatives: BTreeMap<&'static str, usize>,
    /// (path, line) of every negative, with its category.
    negative_lines: BTreeMap<(String, u32), &'static str>,
}

fn corpus() -> Corpus {
    let mut r = Rng(0x05EC_2E75_2026);
    let mut c = Corpus {
        files: Vec::new(),
        positives: BTreeMap::new(),
        negatives: BTreeMap::new(),
        negative_lines: BTreeMap::new(),
    };
    // Items: (line text, Some(positive kind) or Err(negative category)).
    let mut items: Vec<(String, Result<&'static str, &'static str>, Option<Lang>)> = Vec::new();
    for (kind, make) in positive_kinds() {
        for _ in 0..PER_KIND {
            let (name, value) = make(&mut r);
            // `.env`-only kinds aside, every kind appears in every language.
            let lang = LANGS[r.below(LANGS.len())];
            items.push((lang.assign(&name, &value), Ok(kind), Some(lang)));
        }
    }
    for (kind, make) in negative_kinds() {
        for _ in 0..PER_KIND {
            let (name, value) = make(&mut r);
            let lang = LANGS[r.below(LANGS.len())];
            items.push((lang.assign(&name, &value), Err(kind), Some(lang)));
        }
    }
    for (kind, make) in negative_lines() {
        for _ in 0..PER_KIND {
            items.push((make(&mut r), Err(kind), None));
        }
    }
    // The `.env`-only rule: secret-like values under ordinary names.
    for _ in 0..PER_KIND {
        let name = r.pick(&[
            "PUSHER_APP_SECRET",
            "HORIZON_PASS",
            "SCOUT_AUTH",
            "MEILISEARCH_KEY",
            "SFTP_PWD",
        ]);
        items.push((
            format!("{name}={}", token_in(&mut r, ALNUM, 16, 40)),
            Ok("dotenv-secret"),
            Some(Lang::Env),
        ));
    }
    // Shuffle, then deal the items into files of their language.
    for i in (1..items.len()).rev() {
        let j = r.below(i + 1);
        items.swap(i, j);
    }
    let mut open: BTreeMap<usize, (String, Vec<String>)> = BTreeMap::new();
    let mut file_no = 0usize;
    for (text, label, lang) in items {
        let lang = lang.unwrap_or(LANGS[1 + r.below(LANGS.len() - 1)]);
        let slot = LANGS.iter().position(|l| *l == lang).unwrap();
        let entry = open.entry(slot).or_insert_with(|| {
            file_no += 1;
            (lang.path(file_no), Vec::new())
        });
        for _ in 0..r.range(1, 3) {
            entry.1.push(lang.filler(&mut r));
        }
        let line = u32::try_from(entry.1.len() + 1).unwrap();
        match label {
            Ok(kind) => {
                c.positives.insert((entry.0.clone(), line), kind);
            }
            Err(category) => {
                *c.negatives.entry(category).or_default() += 1;
                c.negative_lines.insert((entry.0.clone(), line), category);
            }
        }
        entry.1.extend(text.lines().map(str::to_owned));
        if entry.1.len() > 60 {
            let (path, lines) = open.remove(&slot).unwrap();
            c.files.push((path, lines.join("\n") + "\n"));
        }
    }
    for (_, (path, lines)) in open {
        c.files.push((path, lines.join("\n") + "\n"));
    }
    for (kind, path, text) in positive_blocks(&mut r) {
        let line = if kind == "gcp-service-account" { 5 } else { 1 };
        c.positives.insert((path.clone(), line), kind);
        c.files.push((path, text));
    }
    c
}

#[test]
fn recall_and_precision_on_the_labelled_corpus() {
    let corpus = corpus();
    let engine = Engine::new(&RuleSet::builtin().unwrap()).unwrap();
    let mut found: HashSet<(String, u32)> = HashSet::new();
    let mut false_positives: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let (mut true_findings, mut all_findings) = (0usize, 0usize);
    for (path, text) in &corpus.files {
        for hit in engine.scan(path, text.as_bytes()) {
            if hit.level == Level::Info {
                continue;
            }
            all_findings += 1;
            let key = (path.clone(), hit.line);
            if corpus.positives.contains_key(&key) {
                true_findings += 1;
                found.insert(key);
            } else {
                let category = corpus
                    .negative_lines
                    .get(&key)
                    .copied()
                    .unwrap_or("ordinary code");
                false_positives
                    .entry(format!("{category} / {}", engine.rule_id(hit.rule)))
                    .or_default()
                    .push(format!("{path}:{}: {}", hit.line, hit.context));
            }
        }
    }
    let mut per_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (key, kind) in &corpus.positives {
        let e = per_kind.entry(kind).or_default();
        e.1 += 1;
        if found.contains(key) {
            e.0 += 1;
        } else {
            println!("missed {kind}: {}:{}", key.0, key.1);
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!("kind                      found / labelled");
    for (kind, (hit, total)) in &per_kind {
        println!("{kind:<25} {hit:>5} / {total}");
    }
    println!("negatives: {:?}", corpus.negatives);
    for (what, lines) in &false_positives {
        println!("false positive: {what}: {} e.g. {}", lines.len(), lines[0]);
    }
    let recall = ratio(found.len(), corpus.positives.len());
    let precision = ratio(true_findings, all_findings);
    println!(
        "positives {} in {} kinds, negatives {} in {} categories, files {}",
        corpus.positives.len(),
        per_kind.len(),
        corpus.negatives.values().sum::<usize>(),
        corpus.negatives.len(),
        corpus.files.len()
    );
    println!("recall {recall:.4}, precision {precision:.4}");
    assert!(per_kind.len() >= 45, "{} kinds", per_kind.len());
    assert!(recall >= 0.95, "recall {recall:.4} is below 0.95");
    assert!(precision >= 0.90, "precision {precision:.4} is below 0.90");
    for (kind, (hit, total)) in &per_kind {
        assert!(
            ratio(*hit, *total) >= 0.90,
            "{kind}: only {hit} of {total} found"
        );
    }
}
