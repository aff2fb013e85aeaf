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
        || value.contains("xxxxx")
        || value.contains("XXXXX")
        || contains_word(value, "xxxx")
        || PLACEHOLDER_WORDS.iter().any(|w| contains_word(value, w))
        || lower.contains("...")
        || lower.contains('…')
        || lower.starts_with('<')
        || is_variable(value)
        || lower.contains("${")
        || lower.contains("{{")
        || (lower.starts_with('%') && lower.ends_with('%'))
}

/// `$password`, `$DB_PASS`: a shell or template variable.
fn is_variable(value: &str) -> bool {
    value.strip_prefix('$').is_some_and(|name| {
        name.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

/// Whether `value` holds `word` written as a word is: `your`, `YOUR` or
/// `Your`. A random key holds `xXxx` or `YoUr` by chance; a placeholder
/// does not mix case inside a word. A word of four letters or fewer must
/// also stand apart (`sk_live_fake_key`, `YourKeyHere`, `FAKE123`): a
/// random 32-character key holds `fake` or `Your` somewhere about once in
/// 100,000, and a live key that happens to must still be found.
fn contains_word(value: &str, word: &str) -> bool {
    let b = value.as_bytes();
    b.windows(word.len()).enumerate().any(|(start, w)| {
        w.eq_ignore_ascii_case(word.as_bytes())
            && (w.iter().all(|b| !b.is_ascii_uppercase())
                || w.iter().all(|b| !b.is_ascii_lowercase())
                || w[1..].iter().all(|b| !b.is_ascii_uppercase()))
            && (word.len() > 4 || stands_apart(b, start, start + word.len()))
    })
}

/// Whether `b[start..end]` stands apart as a word of its own:
/// - at the start of the value or after a separator, whatever follows
///   (`fakekey123`, `YOURAPIKEY`, `_xxxx`): a random body seldom begins so;
/// - after a lower-case letter, as the capital of a `camelCase` word, when
///   it ends a word too (before a separator, a digit, a capital or the end)
///   and every word of its run of letters reads as a word (`myFakeKey`,
///   `PutYourKeyHere`), which the letters of a random key do not
///   (`...LnRQsBhFake3...`).
fn stands_apart(b: &[u8], start: usize, end: usize) -> bool {
    if start == 0 || !b[start - 1].is_ascii_alphanumeric() {
        return true;
    }
    let camel = b[start - 1].is_ascii_lowercase() && b[start].is_ascii_uppercase();
    let ends = end == b.len()
        || !b[end].is_ascii_alphabetic()
        || (b[end - 1].is_ascii_lowercase() && b[end].is_ascii_uppercase());
    camel && ends && letters_read_as_words(b, start, end)
}

/// Whether the run of letters around `b[start..end]` splits, at its
/// `camelCase` capitals, into pieces that are all words (see [`is_word`]).
fn letters_read_as_words(b: &[u8], start: usize, end: usize) -> bool {
    let from = b[..start]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let to = b[end..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(b.len(), |i| end + i);
    std::str::from_utf8(&b[from..to]).is_ok_and(|run| words_of(run).iter().all(|w| is_word(w)))
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
    if len < 8 || is_uuid(value) || is_text(value) || is_sequence(value) || is_encoded_word(value) {
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

/// Words joined by `_`, `-`, `:`, `/` or `\\`, each all letters or all
/// digits: `payments_db_2`, `password.reset`, `api-v2`, `2024-01-01`,
/// `Auth\\PasswordController`.
fn is_identifier_like(value: &str) -> bool {
    value
        .split(['_', '-', ':', '/', '.', ' ', '\\'])
        .filter(|s| !s.is_empty())
        .all(|segment| {
            segment.bytes().all(|b| b.is_ascii_digit())
                || (segment.bytes().all(|b| b.is_ascii_alphabetic()) && !is_random_letters(segment))
        })
}

/// A run of letters that mixes case irregularly (`kQrTzXmPvB`), as generated
/// secrets do, unlike words, `camelCase` and `PascalCase`.
fn is_random_letters(segment: &str) -> bool {
    if is_camel_words(segment) {
        return false;
    }
    let b = segment.as_bytes();
    let switches = b
        .windows(2)
        .filter(|w| w[0].is_ascii_lowercase() != w[1].is_ascii_lowercase())
        .count();
    b.len() >= 12 && switches * 4 > b.len()
}

/// `config.services.stripe`, `this.props.token`, `vm.$options._propKeys`:
/// property access.
fn is_dotted_path(value: &str) -> bool {
    value.contains('.')
        && value.split('.').all(|part| {
            let mut bytes = part.bytes();
            bytes
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'$')
                && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
                && !is_random_letters(part)
                && part.bytes().filter(u8::is_ascii_digit).count() <= 2
        })
}

/// Whether a value is written text rather than a generated secret: it holds
/// a character outside ASCII, or a `\uXXXX` / `\xXX` escape (how JSON and
/// source code write such characters). Generated secrets are ASCII.
pub fn is_text(value: &str) -> bool {
    let b = value.as_bytes();
    !value.is_ascii()
        || b.windows(6)
            .any(|w| w[0] == b'\\' && w[1] == b'u' && w[2..].iter().all(u8::is_ascii_hexdigit))
        || b.windows(4)
            .any(|w| w[0] == b'\\' && w[1] == b'x' && w[2..].iter().all(u8::is_ascii_hexdigit))
}

/// Whether most of the value runs up or down the alphabet or the digits
/// (`0123456789abcdef`, `abcdefgh12345678`): a test value, not a key.
fn is_sequence(value: &str) -> bool {
    let b = value.as_bytes();
    let steps = b
        .windows(2)
        .filter(|w| w[1] == w[0].wrapping_add(1) || w[0] == w[1].wrapping_add(1))
        .count();
    steps * 10 >= (b.len() - 1) * 7
}

/// Whether the value is the base64 of a plain word (`cGFzc3dvcmQ=` is
/// `password`): an encoded word, not a generated key.
fn is_encoded_word(value: &str) -> bool {
    if value.len() > 44 || !value.len().is_multiple_of(4) {
        return false;
    }
    base64_decode(value).is_some_and(|decoded| {
        decoded.len() >= 3
            && decoded.iter().all(u8::is_ascii_alphabetic)
            && decoded.iter().filter(|b| b.is_ascii_uppercase()).count() <= 1
    })
}

/// Standard base64 with `=` padding; `None` for anything else.
fn base64_decode(value: &str) -> Option<Vec<u8>> {
    let sextet = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        }))
    };
    let body = value.trim_end_matches('=');
    if value.len() - body.len() > 2 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.bytes() {
        acc = (acc << 6) | sextet(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// Whether a run of letters is words in `camelCase` or `PascalCase`: every
/// word two letters or more with a vowel (`matchAnyQueryToken`,
/// `PasswordController`). Generated letters break that within a few
/// characters.
fn is_camel_words(segment: &str) -> bool {
    let words = words_of(segment);
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic()) && is_word(w))
}

/// Splits at non-alphanumerics, at a lower-to-upper case change and between
/// letters and digits: `SomeRandomStringOf32Chars` is `Some`, `Random`,
/// `String`, `Of`, `32`, `Chars`.
fn words_of(value: &str) -> Vec<&str> {
    let b = value.as_bytes();
    let mut words = Vec::new();
    let mut start = None;
    for i in 0..=b.len() {
        let boundary = match (i.checked_sub(1).map(|j| b[j]), b.get(i)) {
            (_, None) => true,
            (_, Some(c)) if !c.is_ascii_alphanumeric() => true,
            (Some(p), Some(c)) => {
                (p.is_ascii_lowercase() && c.is_ascii_uppercase())
                    || (p.is_ascii_digit() != c.is_ascii_digit() && p.is_ascii_alphanumeric())
            }
            (None, Some(_)) => false,
        };
        if boundary && let Some(s) = start.take() {
            words.push(&value[s..i]);
        }
        if b.get(i).is_some_and(u8::is_ascii_alphanumeric) && start.is_none() {
            start = Some(i);
        }
    }
    words
}

/// A word as people write them: two letters or more, with a vowel, in
/// lower case, `Capitalised`, or short capitals (`ID`, `API`).
fn is_word(w: &str) -> bool {
    let b = w.as_bytes();
    let vowel = b.iter().any(|c| {
        matches!(
            c.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        )
    });
    let shape = b[1..].iter().all(u8::is_ascii_lowercase)
        || (b.len() <= 4 && b.iter().all(u8::is_ascii_uppercase));
    b.len() >= 2 && (vowel || b.len() <= 3) && shape
}

/// Words that instruct rather than hide: `SomeRandomStringOf32CharsExactly`,
/// `PutYourKeyHere`.
const INSTRUCTION_WORDS: [&str; 26] = [
    "some",
    "random",
    "string",
    "chars",
    "characters",
    "exactly",
    "your",
    "here",
    "change",
    "replace",
    "insert",
    "put",
    "generate",
    "generated",
    "long",
    "value",
    "enter",
    "set",
    "goes",
    "default",
    "example",
    "sample",
    "dummy",
    "fake",
    "placeholder",
    "todo",
];

/// Whether the value is written words (with numbers), as an instruction or a
/// stand-in is (`SomeRandomStringOf32CharsExactly`, `ChangeThisSecret`),
/// never as a generated key is. In an example or template file any such
/// value is a stand-in; elsewhere it must also hold an instruction word.
pub fn is_written_words(value: &str, example_file: bool) -> bool {
    written_words(value, example_file)
        || (value.bytes().any(|b| LEET.iter().any(|(l, _)| *l == b))
            && written_words(&unleet(value), example_file))
}

/// Letters written as digits or symbols (`S0m3R@nd0m`), and what they stand for.
const LEET: [(u8, u8); 8] = [
    (b'0', b'o'),
    (b'1', b'i'),
    (b'3', b'e'),
    (b'4', b'a'),
    (b'5', b's'),
    (b'7', b't'),
    (b'@', b'a'),
    (b'$', b's'),
];

/// `S0m3R@nd0mStr1ng` read as `SomeRandomString`: a digit or symbol between
/// two letters (or after one at the end) stands for the letter it looks like.
fn unleet(value: &str) -> String {
    let b = value.as_bytes();
    let letter = |i: Option<usize>| {
        i.and_then(|i| b.get(i))
            .is_some_and(u8::is_ascii_alphabetic)
    };
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let between = letter(i.checked_sub(1)) && (letter(Some(i + 1)) || i + 1 == b.len());
        let mapped = LEET.iter().find(|(l, _)| *l == c).map(|(_, to)| *to);
        out.push(char::from(match mapped {
            Some(to) if between => to,
            _ => c,
        }));
    }
    out
}

/// [`is_written_words`] of the value as written.
fn written_words(value: &str, example_file: bool) -> bool {
    let words = words_of(value);
    let alpha: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    let letters: usize = alpha.iter().map(|w| w.len()).sum();
    alpha.len() >= 2
        && letters * 10 >= value.len() * 6
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || is_word(w))
        && (example_file
            || alpha
                .iter()
                .any(|w| INSTRUCTION_WORDS.contains(&w.to_ascii_lowercase().as_str())))
}

#[cfg(test)]
mod tests {
    use super::{is_placeholder, is_text, is_uuid, is_written_words, looks_random, shannon};

    #[test]
    fn text_sequences_encoded_words_and_camel_words_are_not_random() {
        for v in [
            "Tajn\\u00e9",
            "\\u91cd\\u65b0\\u751f\\u6210",
            "Osobn\\u00ed",
            "0123456789abcdef",
            "abcdefgh12345678",
            "cGFzc3dvcmQ=",
            "o.matchAnyQueryToken",
            "vm.$options._propKeys",
            "Auth\\PasswordController",
        ] {
            assert!(!looks_random(v), "{v}");
        }
        assert!(is_text("Tajné"));
        assert!(!is_text("4eC39HqLyjWDarjtT1zdp7dc"));
        // Real keys that a careless rule would take for text or words.
        for v in [
            "hBR8D0gXRaLjnUDFd6",
            "4D1fx1btTLrtxO2g0ShmBObUUNb2tt37",
            "cfb288b3f143559e75da",
            "ZP8/ZQRLE0dCMCYvdI78pSQ1AcCodenT",
        ] {
            assert!(looks_random(v), "{v}");
            assert!(!is_written_words(v, true), "{v}");
        }
    }

    #[test]
    fn written_words_are_stand_ins() {
        assert!(is_written_words("SomeRandomStringOf32CharsExactly", false));
        assert!(is_written_words("PutYourKeyHere", false));
        assert!(is_written_words("S0m3R@nd0mStr1ngOf32Ch@rsEx@ct1y", false));
        assert!(is_placeholder("$password"));
        assert!(!is_placeholder("$2y$10$abcdefghijklmnopqrstuv"));
        assert!(is_written_words("MyDatabasePassword2024", true));
        // Outside examples, words alone may be a real passphrase.
        assert!(!is_written_words("MyDatabasePassword2024", false));
        assert!(!is_written_words("k9J2m5N8p1Q4r7S0t3", true));
    }

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
        // Short placeholder words count only where they stand apart: inside
        // a random run they are chance (a live Stripe key, found by the
        // redaction property test).
        assert!(!is_placeholder("sk_live_53ERBqnzPyub5LnRQsBhKFake3toxEoU"));
        assert!(!is_placeholder("sk_live_53ERBqnzPyub5LnRQsBhFake3toxEoU"));
        assert!(!is_placeholder("sk_live_53ERBqnzPyub5LnRQsbFAKE3toxEoU"));
        assert!(!is_placeholder("AKIAQ2WERXXXXZ7CVBNM"));
        for p in [
            "sk_live_fake_key_1234",
            "sk_test_FAKE123456",
            "myFakeKey",
            "PutYourKeyHere",
            "YOURAPIKEY",
            "fakekey123",
            "fakepassword",
            "api_key_xxxxx",
            "AKIAXXXXXXXXXXXXXXXX",
            "sk_live_xxxx_1234_abcd",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
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
