//! [`Upper`]: a statement word uppercased, kept inline when short.

use std::fmt;
use std::ops::Deref;

/// The longest word kept inline; almost every keyword and identifier fits.
const INLINE: usize = 30;

/// An uppercased word. Classifying a statement uppercases up to 64 of its
/// words; a heap string for each was a large share of the gate's time.
#[derive(Clone)]
pub(crate) struct Upper<'a>(Repr<'a>);

#[derive(Clone)]
enum Repr<'a> {
    /// The word itself, which has no lowercase ASCII letter (a keyword
    /// written in capitals, a number, punctuation): neither copied nor
    /// checked again to be UTF-8 each time it is read.
    Same(&'a str),
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl<'a> Upper<'a> {
    /// `word` with its ASCII letters uppercased, as `str::to_ascii_uppercase` does.
    pub(crate) fn of(word: &'a str) -> Self {
        if !word.bytes().any(|b| b.is_ascii_lowercase()) {
            return Self(Repr::Same(word));
        }
        match u8::try_from(word.len()) {
            Ok(len) if word.len() <= INLINE => {
                let mut bytes = [0; INLINE];
                for (to, from) in bytes.iter_mut().zip(word.bytes()) {
                    *to = from.to_ascii_uppercase();
                }
                Self(Repr::Inline { len, bytes })
            }
            _ => Self(Repr::Heap(word.to_ascii_uppercase().into_boxed_str())),
        }
    }

    /// `word`, which the caller has seen to hold no lowercase ASCII letter:
    /// what [`of`](Self::of) gives it, without looking again.
    pub(crate) fn same(word: &'a str) -> Self {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_lowercase()));
        Self(Repr::Same(word))
    }

    /// The word as a string slice.
    pub(crate) fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Same(word) => word,
            Repr::Inline { len, bytes } => {
                // ASCII case mapping keeps UTF-8 valid and byte lengths equal,
                // so the bytes are the uppercased word and always valid.
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(word) => word,
        }
    }
}

impl Deref for Upper<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Upper<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Upper<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl fmt::Debug for Upper<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::Upper;

    #[test]
    fn uppercases_like_the_standard_library() {
        let long = "a_very_long_identifier_of_forty_two_bytes!";
        for word in [
            "",
            "alter",
            "ALTER",
            "Alter",
            "42",
            "''",
            "CRÉÉ",
            "A_VERY_LONG_IDENTIFIER_OF_FORTY_TWO_BYTES!",
            "Créé",
            "ÿ",
            "x".repeat(30).as_str(),
            "x".repeat(31).as_str(),
            long,
        ] {
            let upper = Upper::of(word);
            assert_eq!(upper.as_str(), word.to_ascii_uppercase(), "{word:?}");
            assert!(upper == word.to_ascii_uppercase().as_str());
        }
        assert!(Upper::of("table") == "TABLE");
        assert!(Upper::of("table") != "TABLES");
        assert_eq!(format!("{:?}", Upper::of("on")), "\"ON\"");
    }
}
