//! The labelled corpus: a deterministic generator, the file kinds it
//! writes, and the assembly of positives and negatives into files.

use std::collections::BTreeMap;

use super::kinds::{negative_kinds, negative_lines, positive_blocks, positive_kinds};

/// Instances of every positive kind and every negative category.
pub(crate) const PER_KIND: usize = 300;

/// A small deterministic generator (`SplitMix64`), so the corpus is the same on
/// every run.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
    pub(crate) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    pub(crate) fn chars_in(&mut self, set: &str, lo: usize, hi: usize) -> String {
        let n = self.range(lo, hi);
        self.chars(set, n)
    }
    pub(crate) fn chars(&mut self, set: &str, n: usize) -> String {
        let set = set.as_bytes();
        (0..n)
            .map(|_| char::from(set[self.below(set.len())]))
            .collect()
    }
}

pub(crate) const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
pub(crate) const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub(crate) const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub(crate) const LALNUM: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
pub(crate) const URLSAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
pub(crate) const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub(crate) const HEX: &str = "0123456789abcdef";
pub(crate) const DIGITS: &str = "0123456789";
pub(crate) const B32: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
pub(crate) const PASSWORD: &str =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_";

/// A token with at least one digit, as generated secrets of this length have.
pub(crate) fn token(r: &mut Rng, set: &str, n: usize) -> String {
    loop {
        let t = r.chars(set, n);
        if n < 12 || t.bytes().any(|b| b.is_ascii_digit()) || !set.contains('0') {
            return t;
        }
    }
}

pub(crate) fn token_in(r: &mut Rng, set: &str, lo: usize, hi: usize) -> String {
    let n = r.range(lo, hi);
    token(r, set, n)
}

pub(crate) fn uuid(r: &mut Rng) -> String {
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
pub(crate) enum Lang {
    Env,
    Php,
    Js,
    Py,
    Yaml,
    Tf,
}

pub(crate) const LANGS: [Lang; 6] = [
    Lang::Env,
    Lang::Php,
    Lang::Js,
    Lang::Py,
    Lang::Yaml,
    Lang::Tf,
];

impl Lang {
    pub(crate) fn path(self, i: usize) -> String {
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
    pub(crate) fn assign(self, name: &str, value: &str) -> String {
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

    pub(crate) fn filler(self, r: &mut Rng) -> String {
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

pub(crate) fn camel(snake: &str) -> String {
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

pub(crate) type Gen = fn(&mut Rng) -> (String, String);
pub(crate) type LineGen = fn(&mut Rng) -> String;

pub(crate) struct Corpus {
    pub(crate) files: Vec<(String, String)>,
    /// (path, 1-based line) of every labelled positive, with its kind.
    pub(crate) positives: BTreeMap<(String, u32), &'static str>,
    /// Negatives per category, for the report.
    pub(crate) negatives: BTreeMap<&'static str, usize>,
    /// (path, line) of every negative, with its category.
    pub(crate) negative_lines: BTreeMap<(String, u32), &'static str>,
}

pub(crate) fn corpus() -> Corpus {
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
