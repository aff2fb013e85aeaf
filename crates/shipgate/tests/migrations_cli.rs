//! The migration gate never passes what it did not check: empty folders,
//! configured paths that match nothing, links that cannot be followed, and
//! change sets with any file name.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::process::Command;

use common::{Run, example, git, shipgate, temp_dir};

/// `(rule, path)` of every finding in a JSON run.
fn findings(run: &Run) -> Vec<(String, String)> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["location"]["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn messages(run: &Run, rule: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_folder_without_migrations_fails_and_is_named() {
    let dir = temp_dir("mig-empty-folder");
    std::fs::create_dir_all(dir.join("sql/nothing")).unwrap();
    std::fs::write(dir.join("sql/README.md"), "notes\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", "sql"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("no migration found in `sql`"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("migrations: fail"), "{}", run.stdout);
    // The defaults were not searched, so they are not named.
    assert!(!run.stderr.contains("db/migrations"), "{}", run.stderr);
    assert!(!run.stdout.contains("db/migrations"), "{}", run.stdout);

    // With a migration in it, the same folder passes.
    std::fs::write(dir.join("sql/V1__t.sql"), "CREATE TABLE t (id int);\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", "sql"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains("no-migrations"), "{}", run.stdout);
}

#[test]
fn nothing_found_in_the_default_folders_fails() {
    let dir = temp_dir("mig-no-defaults");
    let run = shipgate(&dir, &["migrations", "check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let message = messages(&run, "no-migrations").join("\n");
    assert!(
        message.contains("`migrations`, `db/migrations`, `database/sql`, `database/migrations`"),
        "{message}"
    );
    // A default folder that exists and holds a migration is enough.
    std::fs::create_dir_all(dir.join("db/migrations")).unwrap();
    std::fs::write(
        dir.join("db/migrations/V1__t.sql"),
        "CREATE TABLE t (id int);\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_link_loop_is_named_for_what_it_is() {
    let dir = temp_dir("mig-fifo");
    let status = Command::new("mkfifo")
        .arg(dir.join("pipe.sql"))
        .status()
        .unwrap();
    assert!(status.success());
    let run = shipgate(&dir, &["migrations", "check", "pipe.sql"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("`pipe.sql` is a FIFO (named pipe), not a migration file or folder"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("does not exist"), "{}", run.stderr);

    std::os::unix::fs::symlink("loop.sql", dir.join("loop.sql")).unwrap();
    let run = shipgate(&dir, &["migrations", "check", "loop.sql"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("`loop.sql` is a symbolic link that cannot be followed"),
        "{}",
        run.stderr
    );

    // A path that is really missing still says so.
    let run = shipgate(&dir, &["migrations", "check", "missing.sql"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`missing.sql` does not exist"),
        "{}",
        run.stderr
    );
    // A file that is no migration (the configuration, a README) is refused,
    // not read as SQL; a named `.pgsql` file is read.
    std::fs::write(
        dir.join("NOTES.md"),
        "ALTER TABLE payments DROP COLUMN fee;\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "NOTES.md"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("`NOTES.md` is not a migration"),
        "{}",
        run.stderr
    );
    std::fs::write(
        dir.join("V9__fee.pgsql"),
        "ALTER TABLE payments DROP COLUMN fee;\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "V9__fee.pgsql"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("dropping-column"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn dangling_and_looping_links_in_a_folder_fail_the_gate() {
    let dir = temp_dir("mig-links");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(dir.join("db/V1__t.sql"), "CREATE TABLE t (id int);\n").unwrap();
    std::os::unix::fs::symlink("gone.sql", dir.join("db/V2__dangling.sql")).unwrap();
    std::os::unix::fs::symlink("V3__loop.sql", dir.join("db/V3__loop.sql")).unwrap();
    // A link to a real migration is read like the file itself.
    std::fs::write(dir.join("real.sql"), "ALTER TABLE t DROP COLUMN c;\n").unwrap();
    std::os::unix::fs::symlink("../real.sql", dir.join("db/V4__linked.sql")).unwrap();
    let run = shipgate(&dir, &["migrations", "check", "db", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    assert!(
        found.contains(&("unreadable-migration".into(), "db/V2__dangling.sql".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("unreadable-migration".into(), "db/V3__loop.sql".into())),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(rule, _)| rule == "dropping-column"),
        "{found:?}"
    );
    let text = messages(&run, "unreadable-migration").join("\n");
    assert!(
        text.contains("symbolic link to `gone.sql`, which does not exist"),
        "{text}"
    );
    assert!(
        text.contains("symbolic link that cannot be followed"),
        "{text}"
    );
    assert!(!text.contains("UTF-8"), "{text}");

    // Without the broken links the folder passes the unreadable check.
    std::fs::remove_file(dir.join("db/V2__dangling.sql")).unwrap();
    std::fs::remove_file(dir.join("db/V3__loop.sql")).unwrap();
    let run = shipgate(&dir, &["migrations", "check", "db", "--format", "json"]);
    assert!(
        !findings(&run)
            .iter()
            .any(|(rule, _)| rule == "unreadable-migration"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_reported_not_read_or_skipped() {
    let dir = temp_dir("mig-fifo-in-folder");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(dir.join("db/V1__t.sql"), "CREATE TABLE t (id int);\n").unwrap();
    let status = Command::new("mkfifo")
        .arg(dir.join("db/V2__pipe.sql"))
        .status()
        .unwrap();
    assert!(status.success());
    // Reading the FIFO would block: the run ends because it is never opened.
    let run = shipgate(&dir, &["migrations", "check", "db", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        findings(&run).contains(&("unreadable-migration".into(), "db/V2__pipe.sql".into())),
        "{}",
        run.stdout
    );
    let text = messages(&run, "unreadable-migration").join("\n");
    assert!(
        text.contains("a FIFO (named pipe), not a regular file"),
        "{text}"
    );
}

#[test]
fn a_byte_order_mark_does_not_hide_the_first_statement() {
    let dir = temp_dir("mig-bom");
    std::fs::write(
        dir.join("V1__bom.sql"),
        b"\xEF\xBB\xBFALTER TABLE t DROP COLUMN c;\n",
    )
    .unwrap();
    std::fs::write(dir.join("V2__plain.sql"), b"CREATE TABLE u (id int);\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", ".", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    assert!(
        found.contains(&("dropping-column".into(), "V1__bom.sql".into())),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(rule, _)| rule == "unparseable-statement"),
        "{found:?}"
    );
}

#[test]
fn a_configured_path_that_matches_nothing_is_a_configuration_error() {
    let dir = temp_dir("mig-config-path");
    std::fs::create_dir_all(dir.join("database/migrations")).unwrap();
    std::fs::write(
        dir.join("database/migrations/2024_01_01_000000_t.php"),
        "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::create('t', function (Blueprint $table) { $table->id(); });\n }\n};\n",
    )
    .unwrap();
    // A typo: `migration` for `migrations`.
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nlaravel_paths = [\"database/migration\"]\n",
    )
    .unwrap();
    for args in [&["check"][..], &["migrations", "check"][..]] {
        let run = shipgate(&dir, args);
        assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains(
                "shipgate.toml:2:18: `[migrations] laravel_paths` names `database/migration`, which does not exist"
            ),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    }

    // A folder that exists but holds no migration of its kind.
    std::fs::create_dir_all(dir.join("sql")).unwrap();
    std::fs::write(dir.join("sql/V1__t.down.sql"), "DROP TABLE t;\n").unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nlaravel_paths = [\"database/migrations\"]\npaths = [\"sql\"]\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("`[migrations] paths` names `sql`, which holds no SQL migration"),
        "{}",
        run.stderr
    );

    // Correct paths pass.
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nlaravel_paths = [\"database/migrations\"]\npaths = []\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn the_example_still_fails_as_the_readme_says() {
    let run = shipgate(&example(), &["check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.ends_with("overall: fail\n"), "{}", run.stdout);
}

#[test]
fn empty_migration_files_get_a_note() {
    let dir = temp_dir("mig-empty-file");
    std::fs::write(dir.join("V1__empty.sql"), "").unwrap();
    std::fs::write(dir.join("V2__comment.sql"), "-- to do\n").unwrap();
    std::fs::write(dir.join("V3__t.sql"), "CREATE TABLE t (id int);\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", ".", "--format", "json"]);
    assert_eq!(
        run.code, 0,
        "a note does not fail: {}{}",
        run.stdout, run.stderr
    );
    let found = findings(&run);
    assert_eq!(
        found,
        vec![
            ("empty-migration".to_owned(), "V1__empty.sql".to_owned()),
            ("empty-migration".to_owned(), "V2__comment.sql".to_owned()),
        ]
    );
}

const DROP: &str = "SET lock_timeout = '1s';\nALTER TABLE t DROP COLUMN c;\n";

#[test]
fn changed_since_reads_any_file_name() {
    let dir = temp_dir("mig-changed-names");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("db/V1__base.sql"), DROP).unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    let names = [
        "V2__zahlungsgebühr.sql",
        "V3__with space.sql",
        "V4__\"quoted\".sql",
        "V5__it's.sql",
        "-V6__dash.sql",
    ];
    // Some committed after the base, some staged, some untracked.
    for name in &names[..2] {
        std::fs::write(dir.join("db").join(name), DROP).unwrap();
    }
    git(&dir, &["add", "--", "db"]);
    git(&dir, &["commit", "-q", "-m", "more"]);
    std::fs::write(dir.join("db").join(names[2]), DROP).unwrap();
    git(&dir, &["add", "--", "db"]);
    for name in &names[3..] {
        std::fs::write(dir.join("db").join(name), DROP).unwrap();
    }
    let base = String::from_utf8(
        Command::new("git")
            .args(["rev-list", "--max-parents=0", "HEAD"])
            .current_dir(&dir)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--changed-since",
            base.trim(),
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    for name in names {
        let path = format!("db/{name}");
        assert!(
            found.contains(&("dropping-column".into(), path.clone())),
            "{path} missing from {found:?}"
        );
    }
    assert!(
        !found.iter().any(|(_, path)| path == "db/V1__base.sql"),
        "V1 is not in the change set: {found:?}"
    );
    assert!(run.stdout.contains("\"files\": 5"), "{}", run.stdout);
}

#[test]
fn changed_since_in_a_subfolder_of_the_repository() {
    let dir = temp_dir("mig-changed-sub");
    let app = dir.join("services/payments");
    std::fs::create_dir_all(app.join("db")).unwrap();
    std::fs::write(
        app.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\n",
    )
    .unwrap();
    std::fs::write(app.join("db/V1__base.sql"), "CREATE TABLE t (c int);\n").unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    std::fs::write(app.join("db/V2__ü.sql"), DROP).unwrap();
    let run = shipgate(
        &app,
        &[
            "migrations",
            "check",
            "--changed-since",
            "HEAD",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        findings(&run),
        vec![("dropping-column".to_owned(), "db/V2__ü.sql".to_owned())]
    );
}

#[test]
fn changed_since_errors_say_why_and_what_to_pass() {
    let dir = temp_dir("mig-changed-errors");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("db/V1__base.sql"), "CREATE TABLE t (c int);\n").unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);

    let run = shipgate(
        &dir,
        &["migrations", "check", "--changed-since", "origin/main"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let first = run.stderr.lines().next().unwrap_or("");
    let (_, why) = first
        .split_once("cannot compare with `origin/main`: ")
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert!(
        !why.trim().is_empty(),
        "the reason is given: {}",
        run.stderr
    );
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);

    // A revision starting with a dash is a revision, not an option.
    let run = shipgate(&dir, &["migrations", "check", "--changed-since=--all"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("cannot compare with `--all`"),
        "{}",
        run.stderr
    );

    let run = shipgate(&dir, &["migrations", "check", "--changed-since", ""]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("empty revision"), "{}", run.stderr);
    assert!(
        run.stderr.contains("origin/main") && run.stderr.contains("CI_MERGE_REQUEST_DIFF_BASE_SHA"),
        "{}",
        run.stderr
    );

    let outside = temp_dir("mig-changed-no-git");
    std::fs::create_dir_all(outside.join("db")).unwrap();
    std::fs::write(outside.join("db/V1__t.sql"), "CREATE TABLE t (c int);\n").unwrap();
    let run = shipgate(
        &outside,
        &["migrations", "check", "db", "--changed-since", "HEAD"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("git work tree"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn the_utf8_hint_is_given_only_for_text_that_is_not_utf8() {
    let dir = temp_dir("mig-unreadable-help");
    std::fs::write(dir.join("V1__latin1.sql"), b"-- caf\xe9\nDROP TABLE x;\n").unwrap();
    std::os::unix::fs::symlink("gone.sql", dir.join("V2__gone.sql")).unwrap();
    let run = shipgate(&dir, &["migrations", "check", ".", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let help = |path: &str| -> (String, String) {
        let finding = value["gates"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "unreadable-migration" && f["location"]["path"] == path)
            .unwrap_or_else(|| panic!("no finding for {path}: {}", run.stdout));
        (
            finding["message"].as_str().unwrap().to_owned(),
            finding["help"].as_str().unwrap().to_owned(),
        )
    };
    let (message, hint) = help("V1__latin1.sql");
    assert!(
        message.contains("not UTF-8") && hint.contains("UTF-8"),
        "{message} / {hint}"
    );
    let (message, hint) = help("V2__gone.sql");
    assert!(
        message.contains("os error 2"),
        "the OS error is named: {message}"
    );
    assert!(
        !hint.contains("UTF-8") && !message.contains("UTF-8"),
        "{message} / {hint}"
    );
}

#[test]
fn verbose_lists_every_laravel_schema_call_and_its_lowering() {
    // A migration whose `up()` only calls a helper looping over a literal
    // table list: before, it passed as "0 statements".
    let dir = temp_dir("mig-verbose-trace");
    std::fs::create_dir_all(dir.join("database/migrations")).unwrap();
    std::fs::write(
        dir.join("database/migrations/2024_03_03_000000_add_indexes.php"),
        r"<?php
return new class extends Migration {
    private array $tables = ['transactions' => ['account_id'], 'journals' => ['date']];

    public function up(): void
    {
        $this->addIndexes();
    }

    private function addIndexes(): void
    {
        foreach ($this->tables as $table => $fields) {
            Schema::table($table, static function (Blueprint $blueprint) use ($fields): void {
                $blueprint->index($fields);
            });
        }
    }
};
",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "database/migrations",
            "--dialect",
            "postgres",
            "--verbose",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("`$this->addIndexes()` -> followed into method `addIndexes`: 2 operation(s)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("-> CreateIndex on transactions, CreateIndex on journals"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("index-without-concurrently"),
        "{}",
        run.stdout
    );
    // Without --verbose, stderr carries no trace.
    let quiet = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "database/migrations",
            "--dialect",
            "postgres",
        ],
    );
    assert!(!quiet.stderr.contains("followed into"), "{}", quiet.stderr);
}

#[test]
fn a_merge_request_is_judged_against_the_models_still_running() {
    let dir = temp_dir("mig-models-base");
    let model = |fillable: &str| {
        format!(
            "<?php\nnamespace App\\Models;\n\nclass Transaction extends Model\n{{\n    protected $fillable = [{fillable}];\n}}\n"
        )
    };
    std::fs::create_dir_all(dir.join("app/Models")).unwrap();
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("app/Models/Transaction.php"),
        model("'amount', 'legacy_fee'"),
    )
    .unwrap();
    std::fs::write(dir.join("db/V1__base.sql"), "SELECT 1;\n").unwrap();
    git(&dir, &["init", "-q", "-b", "main"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    // The merge request drops the column and takes it out of the model in
    // the same change: the version still running writes it.
    git(&dir, &["checkout", "-q", "-b", "drop-fee"]);
    std::fs::write(dir.join("app/Models/Transaction.php"), model("'amount'")).unwrap();
    std::fs::write(
        dir.join("db/V2__drop_fee.sql"),
        "ALTER TABLE transactions DROP COLUMN legacy_fee;\nALTER TABLE transactions ALTER COLUMN booked_by SET NOT NULL;\n",
    )
    .unwrap();
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "drop the fee"]);
    let args = ["migrations", "check", "--format", "json"];
    let run = shipgate(&dir, &[&args[..], &["--changed-since", "main"]].concat());
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        messages(&run, "dropping-column"),
        [
            "dropping `transactions`.`legacy_fee` destroys its data and breaks the app version still running: the model `Transaction` lists it in `$fillable` (main:app/Models/Transaction.php:6)"
        ]
    );
    let unwritten = messages(&run, "not-null-unwritten-column");
    assert_eq!(unwritten.len(), 1, "{}", run.stdout);
    assert!(
        unwritten[0].contains("the model `Transaction` does not write it (its `$fillable` at main:app/Models/Transaction.php:6 leaves it out)"),
        "{}",
        unwritten[0]
    );
    // Without a base, the work tree's models are the evidence: the column
    // is no longer listed there.
    let run = shipgate(&dir, &args);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        messages(&run, "dropping-column"),
        [
            "dropping `transactions`.`legacy_fee` destroys its data and breaks the app version still running"
        ]
    );
}

#[test]
fn a_file_named_twice_is_checked_once() {
    let dir = temp_dir("mig-named-twice");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("db/V1__drop.sql"),
        "ALTER TABLE t DROP COLUMN c;\n",
    )
    .unwrap();
    let absolute = dir.join("db").display().to_string();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--format",
            "json",
            "db",
            "./db/../db/V1__drop.sql",
            &absolute,
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let dropped: Vec<_> = findings(&run)
        .into_iter()
        .filter(|(rule, _)| rule == "dropping-column")
        .collect();
    assert_eq!(
        dropped,
        vec![("dropping-column".to_owned(), "db/V1__drop.sql".to_owned())]
    );
}

#[test]
fn a_path_that_does_not_exist_is_where_the_error_is_placed() {
    let dir = temp_dir("mig-missing-placed");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(dir.join("shipgate.toml"), "[migrations]\n").unwrap();
    let run = shipgate(
        &dir,
        &["migrations", "check", "--format", "json", "db/V9__typo.sql"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        findings(&run),
        vec![("gate-error".to_owned(), "db/V9__typo.sql".to_owned())]
    );
    // Typed from a subfolder, it is still shown from the repository's root.
    let run = shipgate(
        &dir.join("db"),
        &["migrations", "check", "--format", "json", "V9__typo.sql"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        findings(&run),
        vec![("gate-error".to_owned(), "db/V9__typo.sql".to_owned())]
    );
    // An error with no place of its own is placed at `shipgate.toml`, not at
    // a configuration that is no file.
    let run = shipgate(
        &dir,
        &[
            "--config",
            "/dev/null",
            "migrations",
            "check",
            "--format",
            "json",
            "--changed-since",
            "main",
        ],
    );
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        findings(&run),
        vec![("gate-error".to_owned(), "shipgate.toml".to_owned())]
    );
}

#[test]
fn a_password_with_a_slash_or_question_mark_is_never_shown() {
    let dir = temp_dir("mig-password-slash");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(dir.join("db/V1__t.sql"), "SELECT 1;\n").unwrap();
    for url in [
        "postgres://postgres:Pa/ss+word1@127.0.0.1:1/test",
        "postgres://postgres:Se?cret3@127.0.0.1:1/test",
        "mysql://root:Se/cret4@127.0.0.1:1/test",
    ] {
        for format in ["text", "json", "sarif", "gitlab", "junit"] {
            let run = shipgate(
                &dir,
                &[
                    "-v",
                    "migrations",
                    "check",
                    "--format",
                    format,
                    "--schema",
                    url,
                    "db",
                ],
            );
            assert_ne!(run.code, 0, "{url}: {}{}", run.stdout, run.stderr);
            // Whole, or any part past the first character or before the last.
            for secret in [
                "Pa/ss+word1",
                "Se?cret3",
                "Se/cret4",
                "a/ss+word1",
                "Pa/ss+word",
                "ss+word",
                "e?cret3",
                "cret3",
                "cret4",
            ] {
                assert!(
                    !run.stdout.contains(secret) && !run.stderr.contains(secret),
                    "{url} {format}: {}{}",
                    run.stdout,
                    run.stderr
                );
            }
            assert!(
                run.stdout.contains(":***@127.0.0.1") || run.stderr.contains(":***@127.0.0.1"),
                "{url} {format}: {}{}",
                run.stdout,
                run.stderr
            );
        }
    }
    // A libpq key=value string is refused, and not shown.
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "host=127.0.0.1 password=KvSecret1 dbname=test",
            "db",
        ],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        !run.stdout.contains("KvSecret1") && !run.stderr.contains("KvSecret1"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert!(
        run.stderr.contains("postgres://user@host"),
        "{}",
        run.stderr
    );
}
