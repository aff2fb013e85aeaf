//! Randomness tests that keep ordinary words and placeholders from firing.

/// Shannon entropy of the string's characters, in bits per character.
#[expect(clippy::cast_precision_loss, reason = "lengths far below 2^52")]
pub fn shannon(text: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let mut n = 0usize;
    for c in text.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    counts
        .values()
        .map(|&k| {
            let p = k as f64 / n as f64;
            -p * p.log2()
        })
        .sum()
}

/// Common words used as stand-in passwords in examples and local setups.
const STAND_INS: [&str; 9] = [
    "password", "passwd", "secret", "postgres", "mysql", "root", "admin", "test", "pass",
];

/// Whether the value is a placeholder or a reference, not a secret:
/// `XXXX…`, `your-api-key`, `<TOKEN>`, `${VAR}`, `changeme`, repeated characters.
pub fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let distinct: std::collections::HashSet<char> =
        lower.chars().filter(char::is_ascii_alphanumeric).collect();
    STAND_INS.contains(&lower.as_str())
        || distinct.len() <= 3
        || lower.contains("xxxx")
        || lower.contains("your")
        || lower.contains("example")
        || lower.contains("placeholder")
        || lower.contains("changeme")
        || lower.contains("dummy")
        || lower.contains("redacted")
        || lower.starts_with('<')
        || lower.starts_with("${")
        || lower.starts_with("{{")
}

#[cfg(test)]
mod tests {
    use super::{is_placeholder, shannon};

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
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("4eC39HqLyjWDarjtT1zdp7dc"));
    }
}
