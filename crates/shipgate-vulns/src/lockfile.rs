//! Lockfiles: what is installed. `composer.lock`, `package-lock.json`
//! (lockfileVersion 2 and 3), `Cargo.lock` and `poetry.lock`.

use serde_json::Value;

/// An installed package, in OSV's ecosystem names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Package {
    /// `Packagist`, `npm`, `crates.io` or `PyPI`.
    pub ecosystem: &'static str,
    /// Package name as the ecosystem writes it.
    pub name: String,
    /// Installed version.
    pub version: String,
}

/// A lockfile that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct LockfileError {
    /// The lockfile.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

fn err(file: &str, message: impl Into<String>) -> LockfileError {
    LockfileError {
        file: file.to_owned(),
        message: message.into(),
    }
}

/// The lockfile names shipgate reads.
pub const SUPPORTED: [&str; 5] = [
    "composer.lock",
    "package-lock.json",
    "npm-shrinkwrap.json",
    "Cargo.lock",
    "poetry.lock",
];

/// Whether `name` (a path) is a lockfile shipgate reads, judged by its file name.
pub fn is_supported(name: &str) -> bool {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    SUPPORTED.contains(&file)
}

/// Reads a lockfile, by its file name.
pub fn parse(text: &str, name: &str) -> Result<Vec<Package>, LockfileError> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut packages = match file {
        "composer.lock" => composer(text, name)?,
        "package-lock.json" | "npm-shrinkwrap.json" => npm(text, name)?,
        "Cargo.lock" => toml_packages(text, name, "crates.io")?,
        "poetry.lock" => toml_packages(text, name, "PyPI")?,
        _ => {
            return Err(err(
                name,
                "not a lockfile shipgate reads: composer.lock, package-lock.json, Cargo.lock or poetry.lock",
            ));
        }
    };
    packages.sort();
    packages.dedup();
    Ok(packages)
}

fn json(text: &str, name: &str) -> Result<Value, LockfileError> {
    serde_json::from_str(text).map_err(|e| {
        err(
            name,
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

fn composer(text: &str, name: &str) -> Result<Vec<Package>, LockfileError> {
    let v = json(text, name)?;
    let mut out = Vec::new();
    for key in ["packages", "packages-dev"] {
        for p in v.get(key).and_then(Value::as_array).into_iter().flatten() {
            let (Some(n), Some(ver)) = (
                p.get("name").and_then(Value::as_str),
                p.get("version").and_then(Value::as_str),
            ) else {
                return Err(err(
                    name,
                    format!("an entry of `{key}` has no name or version"),
                ));
            };
            out.push(Package {
                ecosystem: "Packagist",
                name: n.to_owned(),
                version: ver.trim_start_matches('v').to_owned(),
            });
        }
    }
    if v.get("packages").is_none() {
        return Err(err(name, "no `packages` list: is this a composer.lock?"));
    }
    Ok(out)
}

fn npm(text: &str, name: &str) -> Result<Vec<Package>, LockfileError> {
    let v = json(text, name)?;
    let version = v
        .get("lockfileVersion")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let Some(packages) = v.get("packages").and_then(Value::as_object) else {
        return Err(err(
            name,
            format!(
                "lockfileVersion {version} has no `packages` object: regenerate it with npm 7 or later (lockfileVersion 2 or 3)"
            ),
        ));
    };
    let mut out = Vec::new();
    for (path, p) in packages {
        if path.is_empty() || p.get("link").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let Some(idx) = path.rfind("node_modules/") else {
            continue;
        };
        let n = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(&path[idx + "node_modules/".len()..]);
        if let Some(ver) = p.get("version").and_then(Value::as_str) {
            out.push(Package {
                ecosystem: "npm",
                name: n.to_owned(),
                version: ver.to_owned(),
            });
        }
    }
    Ok(out)
}

fn toml_packages(
    text: &str,
    name: &str,
    ecosystem: &'static str,
) -> Result<Vec<Package>, LockfileError> {
    let v: toml::Value =
        toml::from_str(text).map_err(|e| err(name, format!("not valid TOML: {}", e.message())))?;
    let mut out = Vec::new();
    for p in v
        .get("package")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(n), Some(ver)) = (
            p.get("name").and_then(toml::Value::as_str),
            p.get("version").and_then(toml::Value::as_str),
        ) else {
            return Err(err(name, "a [[package]] has no name or version"));
        };
        // Path and git dependencies of Cargo.lock have no registry source.
        if ecosystem == "crates.io"
            && p.get("source")
                .and_then(toml::Value::as_str)
                .is_none_or(|s| !s.starts_with("registry+"))
        {
            continue;
        }
        out.push(Package {
            ecosystem,
            name: n.to_owned(),
            version: ver.to_owned(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_each_lockfile() {
        let composer = r#"{"packages": [{"name": "guzzlehttp/guzzle", "version": "7.4.0"}, {"name": "monolog/monolog", "version": "v2.9.1"}], "packages-dev": [{"name": "phpunit/phpunit", "version": "10.5.0"}]}"#;
        let p = parse(composer, "app/composer.lock").unwrap();
        assert_eq!(p.len(), 3);
        assert!(
            p.iter()
                .any(|p| p.name == "monolog/monolog" && p.version == "2.9.1")
        );
        let npm = r#"{"lockfileVersion": 3, "packages": {"": {"name": "app"}, "node_modules/minimist": {"version": "0.0.8"}, "node_modules/a/node_modules/@scope/b": {"version": "1.0.0"}, "packages/local": {"link": true}}}"#;
        let p = parse(npm, "package-lock.json").unwrap();
        assert_eq!(
            p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["@scope/b", "minimist"]
        );
        let v1 = r#"{"lockfileVersion": 1, "dependencies": {}}"#;
        assert!(
            parse(v1, "package-lock.json")
                .unwrap_err()
                .message
                .contains("lockfileVersion 1")
        );
        let cargo = "version = 3\n[[package]]\nname = \"openssl\"\nversion = \"0.10.48\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n[[package]]\nname = \"mycrate\"\nversion = \"0.1.0\"\n";
        assert_eq!(parse(cargo, "Cargo.lock").unwrap().len(), 1);
        let poetry = "[[package]]\nname = \"Django\"\nversion = \"3.2.0\"\n";
        assert_eq!(parse(poetry, "poetry.lock").unwrap()[0].ecosystem, "PyPI");
        assert!(
            parse("{", "composer.lock")
                .unwrap_err()
                .message
                .contains("line 1")
        );
        assert!(parse("x", "Gemfile.lock").is_err());
    }
}
