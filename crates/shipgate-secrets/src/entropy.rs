//! Randomness tests that keep ordinary words, identifiers, references and
//! placeholders from firing.

/// Shannon entropy of the string's bytes, in bits per byte.
#[expect(clippy::cast_precision_loss, reason = "lengths far below 2^52")]
pub fn shannon(text: &str) -> f64 {
    let mut counts = [0u32; 256];
    for &b in text.as_bytes() {
        counts[usize::from(b)] += 1;
    }
    let n = text.len() as f64;
    if text.is_empty() {
        return 0.0;
    }
    counts
        .iter()
        .filter(|&&k| k > 0)
        .map(|&k| {
            let p = f64::from(k) / n;
            -p * p.log2()
        })
        .sum()
}

/// Common words used as stand-in passwords in examples and local setups.
const STAND_INS: [&str; 14] = [
    "password", "passwd", "secret", "postgres", "mysql", "root", "admin", "test", "pass", "guest",
    "null", "none", "true", "false",
];

/// Words that mark a value as a placeholder (besides `xxxx`/`XXXX`).
const PLACEHOLDER_WORDS: [&str; 12] = [
    "your",
    "example",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "dummy",
    "redacted",
    "replace",
    "insert",
    "fake",
    "sample",
];

/// Whether the value is a placeholder or a reference, not a secret:
/// `XXXX…`, `your-api-key`, `<TOKEN>`, `${VAR}`, `{{ var }}`, `%VAR%`,
/// `changeme`, or a run of few distinct characters.
pub fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let mut seen = [false; 128];
    let mut distinct = 0;
    for b in lower.bytes().filter(u8::is_ascii_alphanumeric) {
        if !seen[usize::from(b)] {
            seen[usize::from(b)] = true;
            distinct += 1;
        }
    }
    STAND_INS.contains(&lower.as_str())
        || distinct <= 3
        || value.contains("xxxx")
        || value.contains("XXXX")
        || PLACEHOLDER_WORDS.iter().any(|w| contains_word(value, w))
        || lower.contains("...")
        || lower.contains('…')
        || lower.starts_with('<')
        || lower.contains("${")
        || lower.contains("{{")
        || (lower.starts_with('%') && lower.ends_with('%'))
}

/// Whether `value` holds `word` written as a word is: `your`, `YOUR` or
/// `Your`. A random key holds `xXxx` or `YoUr` by chance; a placeholder
/// does not mix case inside a word.
fn contains_word(value: &str, word: &str) -> bool {
    value.as_bytes().windows(word.len()).any(|w| {
        w.eq_ignore_ascii_case(word.as_bytes())
            && (w.iter().all(|b| !b.is_ascii_uppercase())
                || w.iter().all(|b| !b.is_ascii_lowercase())
                || w[1..].iter().all(|b| !b.is_ascii_uppercase()))
    })
}

/// SHA-256, SHA-1 and MD5 of the empty string: test-vector digests.
const EMPTY_DIGESTS: [&str; 3] = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "d41d8cd98f00b204e9800998ecf8427e",
];

/// Whether `value` is shaped like a UUID.
pub fn is_uuid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Whether a value assigned to a credential-like name looks like a
/// generated secret rather than code, a word, an identifier, a path, a URL,
/// a reference, a digest or a placeholder. The cheap tests come first: most
/// values a generic rule sees are code.
pub fn looks_random(value: &str) -> bool {
    let len = value.len();
    if len < 8 || is_uuid(value) {
        return false;
    }
    let (mut lowers, mut uppers, mut digits, mut symbols) = (0, 0, 0, 0);
    for b in value.bytes() {
        match b {
            b'a'..=b'z' => lowers += 1,
            b'A'..=b'Z' => uppers += 1,
            b'0'..=b'9' => digits += 1,
            _ => symbols += 1,
        }
    }
    if digits == len || is_identifier_like(value) || is_dotted_path(value) {
        return false;
    }
    let classes = [lowers, uppers, digits, symbols]
        .iter()
        .filter(|&&n| n > 0)
        .count();
    // A generated secret of this length almost always has a digit; without
    // one, ask for length and a third kind of character.
    if digits == 0 && (len < 16 || classes < 3) {
        return false;
    }
    let min_entropy = match len {
        0..=11 => 2.8,
        12..=19 => 3.0,
        _ => 3.2,
    };
    if classes < 2 || shannon(value) < min_entropy {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    !(EMPTY_DIGESTS.contains(&lower.as_str())
        || [
            "sha1-", "sha256-", "sha384-", "sha512-", "sha256:", "sha512:", "h1:", "md5:", "data:",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        || is_placeholder(value)
        || is_reference(value, &lower))
}

/// `env('X')`, `os.environ[...]`, `process.env.X`, `var.x`, `$X`, `@x`, a
/// path, a URL, a public key, or code.
fn is_reference(value: &str, lower: &str) -> bool {
    const CALLS: [&str; 13] = [
        "env(", "env.", "environ", "getenv", "var.", "local.", "module.", "data.", "secrets.",
        "config(", "vault:", "ssm:", "arn:",
    ];
    value.starts_with([
        '$', '%', '@', '~', '/', '.', '(', '[', '{', '&', '*', '!', '#',
    ]) || lower.contains("://")
        || CALLS.iter().any(|p| {
            lower
                .match_indices(p)
                .any(|(i, _)| i == 0 || lower.as_bytes()[i - 1] == b'.')
        })
        || [
            "ssh-",
            "ecdsa-sha2-",
            "sk-ssh-",
            "sk-ecdsa-",
            "age1",
            "-----begin",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        // Code: calls, operators, paths (`Token::X`), generic types (`Option<T>`).
        || value.starts_with(':')
        || [".html", ".md#", ".rs#"].iter().any(|p| lower.contains(p))
        || ["(", "|", "&&", "?.", "=>", "==", "!=", "->", "::", "<", ">"]
            .iter()
            .any(|p| value.contains(p))
}

/// Words joined by `_`, `-`, `:` or `/`, each all letters or all digits:
/// `payments_db_2`, `password.reset`, `api-v2`, `2024-01-01`.
fn is_identifier_like(value: &str) -> bool {
    value
        .split(['_', '-', ':', '/', '.', ' '])
        .filter(|s| !s.is_empty())
        .all(|segment| {
            segment.bytes().all(|b| b.is_ascii_digit())
                || (segment.bytes().all(|b| b.is_ascii_alphabetic()) && !is_random_letters(segment))
        })
}

/// A run of letters that mixes case irregularly (`kQrTzXmPvB`), as generated
/// secrets do, unlike words, `camelCase` and `PascalCase`.
fn is_random_letters(segment: &str) -> bool {
    let b = segment.as_bytes();
    let switches = b
        .windows(2)
        .filter(|w| w[0].is_ascii_lowercase() != w[1].is_ascii_lowercase())
        .count();
    b.len() >= 12 && switches * 4 > b.len()
}

/// `config.services.stripe`, `this.props.token`: property access.
fn is_dotted_path(value: &str) -> bool {
    value.contains('.')
        && value.split('.').all(|part| {
            let mut bytes = part.bytes();
            bytes
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
                && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && !is_random_letters(part)
                && part.bytes().filter(u8::is_ascii_digit).count() <= 2
        })
}

#[cfg(test)]
mod tests {
    use super::{is_placeholder, is_uuid, looks_random, shannon};

    #[test]
    fn random_strings_score_high_and_placeholders_are_known() {
        assert!(shannon("4eC39HqLyjWDarjtT1zdp7dc") > 4.0);
        assert!(shannon("aaaaaaaaaaaaaaaa") < 0.1);
        for p in [
            "XXXXXXXXXXXXXXXX",
            "your-api-key-here",
            "<TOKEN>",
            "${STRIPE_KEY}",
            "changeme123",
            "sk_live_xxxxxxxxxxxxxxxx",
            "%DB_PASSWORD%",
            "{{ vault_token }}",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("4eC39HqLyjWDarjtT1zdp7dc"));
        // Placeholder words by chance, in mixed case, inside random keys.
        assert!(!is_placeholder(
            "puHOC90W8Sr8Eh6lfGLxAVlQIW0mCXXxXPzP0v8z4hA"
        ));
        assert!(!is_placeholder("q8YoUrT2mPn4vB8yC1dF6gH9jL0aS3eU5iO7p"));
        assert!(is_placeholder("YourStripeKeyGoesHere1"));
    }

    #[test]
    fn generated_values_look_random_and_code_does_not() {
        for v in [
            "4eC39HqLyjWDarjtT1zdp7dc",
            "f3a9c1e07b5d2a8e4c6f1b9d3e7a5c20",
            "Tr0ub4dor&3xQ!z",
            "kQ9_zX-mP2vB8nL4wY7c",
        ] {
            assert!(looks_random(v), "{v}");
        }
        for v in [
            "password.reset.request",
            "payments_db_2",
            "process.env.API_KEY",
            "env('APP_SECRET')",
            "550e8400-e29b-41d4-a716-446655440000",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "sha512-q83vEjRlC8Y0m6J3o1nDvxk1wEOtJcWbpQ1pHvqkMpbJaRDCH4nq9zBq3r2Bjw==",
            "myPasswordValue",
            "t.token||n.fallback",
            "2026-01-01T00:00:00",
            "https://api.stripe.com",
            "12345678901",
            "var.db_password",
            "ssh-ed25519",
            "Option<String>",
            ":DoubleQuotedString",
            "CancellationToken|",
            "struct.HashMap.html#method.into_keys",
        ] {
            assert!(!looks_random(v), "{v}");
        }
        assert!(is_uuid("550e8400-e29b-41d4-a716-446655440000"));
        assert!(!is_uuid("550e8400e29b41d4a716446655440000"));
    }
}
