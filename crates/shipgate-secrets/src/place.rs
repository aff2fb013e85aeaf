//! Where a generic rule's candidate stands, and why it may not be a secret
//! there: a translation, vendored or minified code, an example file, a code
//! expression rather than a literal, a public key's name.
//!
//! Specific rules (a provider's prefix, a private key block) are never
//! judged by place: a `sk_live_` key in a minified bundle is still a leak.

use std::fmt;

/// Why a rule's match was not reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The file is a translation catalogue: credential words there are
    /// labels (`"client_secret": "Tajné"`).
    Localisation,
    /// The file is vendored or built code (`vendor/`, `node_modules/`,
    /// `*.min.js`, source maps): only specific rules read it.
    Vendored,
    /// The line is minified code: very long with almost no whitespace.
    MinifiedLine,
    /// The value is written text: non-ASCII characters or their escapes.
    Text,
    /// The value is a code expression (an identifier, a property path, a
    /// call), not a string literal, in a source file.
    CodeExpression,
    /// The name says the value is public (`VAPID_PUBLIC_KEY`,
    /// `publishableKey`).
    PublicName,
    /// The value is a placeholder or an instruction
    /// (`SomeRandomStringOf32CharsExactly`, `your-key-here`, `${VAR}`).
    Placeholder,
    /// The value does not look generated: a word, an identifier, a path, a
    /// reference, a digest, too little entropy.
    NotRandom,
    /// A more specific rule reported the same secret.
    MoreSpecificRule,
}

impl Reason {
    /// Every reason, in report order.
    pub const ALL: [Reason; 9] = [
        Reason::Localisation,
        Reason::Vendored,
        Reason::MinifiedLine,
        Reason::Text,
        Reason::CodeExpression,
        Reason::PublicName,
        Reason::Placeholder,
        Reason::NotRandom,
        Reason::MoreSpecificRule,
    ];

    /// The stable id, as in stats keys (`dropped_localisation`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::Localisation => "localisation",
            Reason::Vendored => "vendored",
            Reason::MinifiedLine => "minified_line",
            Reason::Text => "text",
            Reason::CodeExpression => "code_expression",
            Reason::PublicName => "public_name",
            Reason::Placeholder => "placeholder",
            Reason::NotRandom => "not_random",
            Reason::MoreSpecificRule => "more_specific_rule",
        }
    }

    /// The reason in words, for `--verbose`.
    pub const fn describe(self) -> &'static str {
        match self {
            Reason::Localisation => "a translation file: credential words there are labels",
            Reason::Vendored => "vendored or built code: only provider-specific rules read it",
            Reason::MinifiedLine => "a minified line: only provider-specific rules read it",
            Reason::Text => "written text (non-ASCII characters or their escapes)",
            Reason::CodeExpression => "a code expression, not a string literal",
            Reason::PublicName => "the name says the value is public",
            Reason::Placeholder => "a placeholder or an instruction",
            Reason::NotRandom => "does not look generated",
            Reason::MoreSpecificRule => "a more specific rule reported it",
        }
    }

    /// Its index in [`Reason::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a file's path says about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileKind {
    /// A translation catalogue: `lang/`, `locales/`, `i18n/`, `*.po`, `*.xlf`.
    pub localisation: bool,
    /// Vendored or built code.
    pub vendored: bool,
    /// An example, template or documentation file, where stand-ins live.
    pub example: bool,
    /// Source code in a language where a value that is not quoted is an
    /// expression (JavaScript, PHP, Python, Ruby, Java, Go, Rust, ...).
    pub code: bool,
}

/// Folder names that hold translations.
const LOCALE_DIRS: [&str; 7] = [
    "lang",
    "langs",
    "locale",
    "locales",
    "i18n",
    "l10n",
    "translations",
];

/// Extensions of translation catalogues.
const LOCALE_EXTENSIONS: [&str; 6] = ["po", "pot", "xlf", "xliff", "strings", "arb"];

/// Folder names that hold vendored or built code.
const VENDOR_DIRS: [&str; 4] = ["vendor", "node_modules", "bower_components", "third_party"];

/// Extensions of source code where literals are quoted.
const CODE_EXTENSIONS: [&str; 22] = [
    "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte", "php", "py", "rb",
    "java", "kt", "scala", "go", "rs", "cs", "swift", "dart", "groovy",
];

/// Extensions of documentation.
const DOC_EXTENSIONS: [&str; 4] = ["md", "markdown", "rst", "adoc"];

/// Suffixes of example and template files (`.env.example`, `config.php.dist`).
const EXAMPLE_SUFFIXES: [&str; 6] = ["example", "sample", "template", "dist", "tpl", "tmpl"];

impl FileKind {
    /// What `path` (repository-relative, `/`-separated) is.
    pub fn of(path: &str) -> Self {
        let lower = path.to_ascii_lowercase();
        let mut parts: Vec<&str> = lower.split('/').collect();
        let name = parts.pop().unwrap_or_default();
        let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
        let in_dir = |dirs: &[&str]| parts.iter().any(|p| dirs.contains(p));
        let json_like = matches!(extension, "json" | "yml" | "yaml" | "php" | "js" | "ts");
        let localisation = LOCALE_EXTENSIONS.contains(&extension)
            || (in_dir(&LOCALE_DIRS) && json_like)
            || (in_dir(&LOCALE_DIRS) && matches!(extension, "properties" | "ini" | "resx"));
        let public_vendor = parts.first() == Some(&"public")
            && (name.starts_with("vendor")
                || parts.iter().skip(1).any(|p| p.starts_with("vendor")));
        let vendored = in_dir(&VENDOR_DIRS)
            || public_vendor
            || name.ends_with(".min.js")
            || name.ends_with(".min.css")
            || name.ends_with(".min.mjs")
            || extension == "map";
        let example = EXAMPLE_SUFFIXES.contains(&extension)
            || EXAMPLE_SUFFIXES
                .iter()
                .any(|s| name.contains(&format!(".{s}.")) || name.starts_with(&format!("{s}.")))
            || DOC_EXTENSIONS.contains(&extension)
            || in_dir(&["docs", "doc", "examples", "example"]);
        Self {
            localisation,
            vendored,
            example,
            code: CODE_EXTENSIONS.contains(&extension),
        }
    }

    /// Why a generic rule does not read this file at all, if it does not.
    pub fn excludes_generic(self) -> Option<Reason> {
        if self.localisation {
            Some(Reason::Localisation)
        } else if self.vendored {
            Some(Reason::Vendored)
        } else {
            None
        }
    }
}

/// Lines at least this long are checked for minification.
const MINIFIED_MIN_LENGTH: usize = 1000;

/// Whether a line is minified code: at least 1,000 bytes with under 2%
/// whitespace. Prose, data and ordinary code all have more.
pub fn is_minified_line(line: &[u8]) -> bool {
    line.len() >= MINIFIED_MIN_LENGTH
        && line.iter().filter(|b| b.is_ascii_whitespace()).count() * 50 < line.len()
}

/// Whether the credential-like name before a value says the value is
/// public: `VAPID_PUBLIC_KEY`, `publicKey`, `STRIPE_PUBLISHABLE_KEY`.
pub fn is_public_name(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.windows(6).any(|w| w == b"public") || lower.windows(11).any(|w| w == b"publishable")
}

#[cfg(test)]
mod tests {
    use super::{FileKind, is_minified_line, is_public_name};

    #[test]
    fn paths_say_what_a_file_is() {
        for p in [
            "resources/assets/v1/src/locales/cs.json",
            "resources/lang/de_DE/firefly.php",
            "app/i18n/messages.yml",
            "po/fr.po",
            "src/Resources/translations/messages.xlf",
        ] {
            assert!(FileKind::of(p).localisation, "{p}");
        }
        for p in [
            "public/v1/js/lib/vendor-bundle.js",
            "public/build/vendor.js",
            "vendor/laravel/framework/src/Auth.php",
            "web/node_modules/axios/index.js",
            "public/js/app.min.js",
            "dist/app.js.map",
        ] {
            assert!(FileKind::of(p).vendored, "{p}");
        }
        for p in [
            ".env.example",
            ".env.dist",
            "config.php.sample",
            "docs/setup.md",
            "README.md",
        ] {
            assert!(FileKind::of(p).example, "{p}");
        }
        for p in [
            "app/Http/Controllers/Auth.php",
            "src/main.rs",
            ".env",
            "config/app.yml",
        ] {
            let kind = FileKind::of(p);
            assert!(!kind.localisation && !kind.vendored && !kind.example, "{p}");
        }
        assert!(FileKind::of("src/lib/api.ts").code);
        assert!(!FileKind::of("deploy/values.yaml").code);
        assert!(!FileKind::of("src/language.rs").localisation);
    }

    #[test]
    fn minified_lines_and_public_names() {
        let minified = "a=b;".repeat(400);
        assert!(is_minified_line(minified.as_bytes()));
        let prose = "a = b; ".repeat(400);
        assert!(!is_minified_line(prose.as_bytes()));
        assert!(!is_minified_line(b"x=1;"));
        assert!(is_public_name(b"VAPID_PUBLIC_KEY"));
        assert!(is_public_name(b"stripePublishableKey"));
        assert!(!is_public_name(b"STRIPE_SECRET_KEY"));
    }
}
