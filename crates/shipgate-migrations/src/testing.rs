//! Helpers for the rules' tests: check text as if it were a migration file.

use shipgate_config::{DbVersion, Dialect, MigrationsConfig};
use shipgate_report::Finding;

use crate::{Settings, SourceFile, check_sources};

fn settings(dialect: Dialect, version: &str) -> Settings {
    let version: DbVersion = version.parse().unwrap_or_else(|e| panic!("{e}"));
    Settings::new(&MigrationsConfig::default(), Some(dialect), Some(version)).unwrap()
}

fn run(files: &[(&str, &str)], dialect: Dialect, version: &str) -> Vec<Finding> {
    run_with(files, &settings(dialect, version))
}

fn run_with(files: &[(&str, &str)], settings: &Settings) -> Vec<Finding> {
    let sources = files
        .iter()
        .map(|(name, text)| SourceFile {
            display: (*name).to_owned(),
            bytes: text.as_bytes().to_vec(),
            checked: true,
        })
        .collect();
    check_sources(sources, settings)
        .findings
        .into_iter()
        .filter(shipgate_report::Finding::is_active)
        .collect()
}

/// Active findings for one PostgreSQL 15 file.
pub fn pg(sql: &str) -> Vec<Finding> {
    pg_at("15", sql)
}

/// Active findings for one PostgreSQL file at a version.
pub fn pg_at(version: &str, sql: &str) -> Vec<Finding> {
    run(&[("m.sql", sql)], Dialect::Postgres, version)
}

/// Active findings for one PostgreSQL 15 file, with the application's models.
pub fn pg_with_models(sql: &str, models: crate::models::Models) -> Vec<Finding> {
    run_with(
        &[("m.sql", sql)],
        &settings(Dialect::Postgres, "15").with_models(models),
    )
}

/// Active findings for one MySQL 8.0 file.
pub fn mysql(sql: &str) -> Vec<Finding> {
    mysql_at("8.0", sql)
}

/// Active findings for one MySQL file at a version.
pub fn mysql_at(version: &str, sql: &str) -> Vec<Finding> {
    run(&[("m.sql", sql)], Dialect::Mysql, version)
}

/// Active findings for one MariaDB file at a version.
pub fn mariadb_at(version: &str, sql: &str) -> Vec<Finding> {
    run(&[("m.sql", sql)], Dialect::Mariadb, version)
}

/// Active findings for several files, in order, for a dialect and version.
pub fn files_at(dialect: Dialect, version: &str, texts: &[&str]) -> Vec<Finding> {
    let files = named(texts);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    run(&refs, dialect, version)
}

fn named(texts: &[&str]) -> Vec<(String, String)> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("V{}__m.sql", i + 1), (*t).to_owned()))
        .collect()
}

/// Active findings for several PostgreSQL files, in order.
pub fn pg_files(texts: &[&str]) -> Vec<Finding> {
    let files = named(texts);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    run(&refs, Dialect::Postgres, "15")
}

/// Active findings for several MySQL files, in order.
pub fn mysql_files(texts: &[&str]) -> Vec<Finding> {
    let files = named(texts);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    run(&refs, Dialect::Mysql, "8.0")
}

/// Active findings for one Laravel migration.
pub fn laravel(php: &str, dialect: Dialect) -> Vec<Finding> {
    laravel_files(&[php], dialect)
}

/// Active findings for Laravel migrations, in order, on `dialect`'s default
/// version in these tests.
pub fn laravel_files(php: &[&str], dialect: Dialect) -> Vec<Finding> {
    let names: Vec<String> = (0..php.len())
        .map(|i| format!("2024_01_01_{i:06}_m.php"))
        .collect();
    let files: Vec<(&str, &str)> = names
        .iter()
        .map(String::as_str)
        .zip(php.iter().copied())
        .collect();
    let version = if dialect == Dialect::Postgres {
        "15"
    } else {
        "8.0"
    };
    run(&files, dialect, version)
}

/// Active findings for one Laravel migration at a server version.
pub fn laravel_at(php: &str, dialect: Dialect, version: &str) -> Vec<Finding> {
    run(&[("2024_01_01_000000_m.php", php)], dialect, version)
}

/// Active findings for one Laravel migration of the PostgreSQL 15
/// application at `root`, whose traits and parent classes are read from there.
pub fn laravel_in(root: &std::path::Path, php: &str) -> Vec<Finding> {
    run_with(
        &[("database/migrations/2024_01_01_000000_m.php", php)],
        &settings(Dialect::Postgres, "15").with_php_root(root),
    )
}

/// How many findings of `rule` there are.
pub fn count(rule: &str, findings: &[Finding]) -> usize {
    findings.iter().filter(|f| f.rule == rule).count()
}

/// Every statement of PostgreSQL's regression DDL (`tests/corpus/`) and of
/// the example project's SQL migrations, as the splitter cuts them: the real
/// SQL the front end's shortcuts are checked against.
pub(crate) fn postgres_corpus_statements() -> Vec<String> {
    let mut statements = Vec::new();
    for dir in [
        "tests/corpus/postgres-regress",
        "../../examples/payments-app/database/sql",
    ] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.retain(|p| p.extension().is_some_and(|e| e == "sql"));
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for piece in crate::sql::splitter::Splitter::new(&text, Dialect::Postgres) {
                if let crate::sql::splitter::Piece::Statement(range) = piece {
                    statements.push(text[range].to_owned());
                }
            }
        }
    }
    statements
}

/// Random text for tests that compare two readings of the same input:
/// `count` strings of up to `max_pieces` pieces each, drawn from `pieces`
/// by a seeded xorshift sequence, so every run draws the same strings.
pub(crate) fn random_texts(
    seed: u64,
    count: usize,
    max_pieces: u64,
    pieces: &[&str],
) -> impl Iterator<Item = String> {
    let mut state = seed;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: Vec<String> = pieces.iter().map(|p| (*p).to_owned()).collect();
    (0..count).map(move |_| {
        let len = next() % (max_pieces + 1);
        (0..len)
            .map(|_| pieces[usize::try_from(next()).unwrap_or(0) % pieces.len()].as_str())
            .collect()
    })
}

/// Diesel's layout under `dir`, for the tests of discovery: `count` folders
/// `migrations/2024-01-NN_change/up.sql`, and (on Unix) a folder
/// `migrations/2024-02-01_link` that is a link to `dir/elsewhere`, which
/// holds an `up.sql` too. Returns the `migrations` folder and every
/// `up.sql` named through it, the linked one last.
pub(crate) fn diesel_layout(
    dir: &std::path::Path,
    count: usize,
) -> (std::path::PathBuf, Vec<std::path::PathBuf>) {
    let _ = std::fs::remove_dir_all(dir);
    let migrations = dir.join("migrations");
    let mut files = Vec::new();
    for k in 0..count {
        let folder = migrations.join(format!("2024-01-{k:02}_change"));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("up.sql"), "SELECT 1;").unwrap();
        files.push(folder.join("up.sql"));
    }
    std::fs::create_dir_all(dir.join("elsewhere")).unwrap();
    std::fs::write(dir.join("elsewhere/up.sql"), "SELECT 1;").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("elsewhere"), migrations.join("2024-02-01_link"))
            .unwrap();
        files.push(migrations.join("2024-02-01_link/up.sql"));
    }
    (migrations, files)
}
