//! Recall through traits and parent classes read from the same repository.

use std::path::{Path, PathBuf};

use shipgate_config::Dialect;

use crate::testing::{count, laravel_in};

const INDEX: &str = "index-without-concurrently";
const CALL: &str = "unresolved-call";

/// A throwaway application folder with `files` (path, text) and a
/// `composer.json` mapping `App\` to `app/`.
struct App(PathBuf);

impl App {
    fn new(name: &str, files: &[(&str, &str)]) -> Self {
        let root =
            std::env::temp_dir().join(format!("shipgate-ancestry-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(
            root.join("composer.json"),
            r#"{"autoload": {"psr-4": {"App\\": "app/"}}}"#,
        )
        .unwrap();
        for (path, text) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Self(root)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const INDEX_TRAIT: &str = r"<?php
namespace App\Support\Migrations;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

trait LedgerIndexes
{
    protected function addLedgerIndexes(): void
    {
        Schema::table('transactions', static function (Blueprint $table): void {
            $table->index('booked_at');
        });
    }
}
";

fn migration_using(imports: &str, class_body: &str) -> String {
    format!(
        "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n{imports}\n\nreturn new class extends Migration {{\n{class_body}\n}};\n"
    )
}

#[test]
fn a_trait_method_that_indexes_a_financial_table_is_flagged_at_the_call() {
    let app = App::new(
        "trait",
        &[("app/Support/Migrations/LedgerIndexes.php", INDEX_TRAIT)],
    );
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n\n    public function up(): void\n    {\n        $this->addLedgerIndexes();\n    }",
    );
    let findings = laravel_in(app.path(), &php);
    assert_eq!(count(INDEX, &findings), 1, "{findings:?}");
    let index = findings.iter().find(|f| f.rule == INDEX).unwrap();
    assert!(
        index.message.contains("`transactions`"),
        "{}",
        index.message
    );
    // Reported where the migration calls into the trait.
    assert_eq!(index.location.line, 11, "{index:?}");
    assert_eq!(count(CALL, &findings), 0, "{findings:?}");
    assert_eq!(count("empty-migration", &findings), 0, "{findings:?}");
}

#[test]
fn without_the_project_root_the_same_call_is_reported_not_passed() {
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n    public function up(): void { $this->addLedgerIndexes(); }",
    );
    let findings = crate::testing::laravel(&php, Dialect::Postgres);
    assert_eq!(count(CALL, &findings), 1, "{findings:?}");
    assert_eq!(count(INDEX, &findings), 0);
}

#[test]
fn a_parent_class_constant_names_the_table_and_parent_up_is_followed() {
    let parent = r"<?php
namespace App\Database;

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\Schema;

abstract class LedgerMigration extends Migration
{
    protected const TABLE = 'deposits';

    public function up(): void
    {
        Schema::table(static::TABLE, function ($table) { $table->dropColumn('legacy_fee'); });
    }
}
";
    let app = App::new("parent", &[("app/Database/LedgerMigration.php", parent)]);
    let php = "<?php\nuse App\\Database\\LedgerMigration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends LedgerMigration {\n    public function up(): void\n    {\n        parent::up();\n        Schema::table(self::TABLE, function ($table) { $table->index('booked_at'); });\n    }\n};\n";
    let findings = laravel_in(app.path(), php);
    let drop = findings
        .iter()
        .find(|f| f.rule == "dropping-column")
        .unwrap_or_else(|| panic!("{findings:?}"));
    assert!(drop.message.contains("`deposits`"), "{}", drop.message);
    assert_eq!(count(INDEX, &findings), 1, "{findings:?}");
    assert!(
        findings
            .iter()
            .any(|f| f.rule == INDEX && f.message.contains("`deposits`")),
        "{findings:?}"
    );
    assert_eq!(count("unresolved-table", &findings), 0, "{findings:?}");
}

#[test]
fn an_own_constant_wins_over_the_parents() {
    let parent = "<?php\nnamespace App;\nabstract class Base extends \\Illuminate\\Database\\Migrations\\Migration { protected const TABLE = 'deposits'; }\n";
    let app = App::new("override", &[("app/Base.php", parent)]);
    let php = "<?php\nreturn new class extends App\\Base {\n    protected const TABLE = 'fees';\n    public function up(): void { Schema::drop(self::TABLE); }\n};\n";
    let findings = laravel_in(app.path(), php);
    let drops: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == "dropping-table")
        .collect();
    assert_eq!(drops.len(), 1, "{findings:?}");
    assert!(drops[0].message.contains("`fees`"), "{}", drops[0].message);
}

#[test]
fn a_missing_trait_is_a_warning_naming_the_method_and_the_trait() {
    let app = App::new("missing", &[]);
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n    public function up(): void { $this->addLedgerIndexes(); }",
    );
    let findings = laravel_in(app.path(), &php);
    assert_eq!(count(CALL, &findings), 1, "{findings:?}");
    let found = findings.iter().find(|f| f.rule == CALL).unwrap();
    for part in [
        "`addLedgerIndexes`",
        "trait `App\\Support\\Migrations\\LedgerIndexes`",
        "app/Support/Migrations/LedgerIndexes.php (PSR-4)",
    ] {
        assert!(found.message.contains(part), "{part}: {}", found.message);
    }
    assert_eq!(
        found.severity,
        shipgate_report::Severity::Warning,
        "{found:?}"
    );
}

#[test]
fn a_trait_outside_the_psr4_folder_is_found_by_its_file_name() {
    let app = App::new("fallback", &[("lib/legacy/LedgerIndexes.php", INDEX_TRAIT)]);
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n    public function up(): void { $this->addLedgerIndexes(); }",
    );
    let findings = laravel_in(app.path(), &php);
    assert_eq!(count(INDEX, &findings), 1, "{findings:?}");
    assert_eq!(count(CALL, &findings), 0, "{findings:?}");
}

#[test]
fn a_file_that_declares_another_namespace_is_not_taken_for_the_trait() {
    let other = INDEX_TRAIT.replace("namespace App\\Support\\Migrations;", "namespace Other;");
    let app = App::new("namespace", &[("lib/LedgerIndexes.php", other.as_str())]);
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n    public function up(): void { $this->addLedgerIndexes(); }",
    );
    let findings = laravel_in(app.path(), &php);
    assert_eq!(count(INDEX, &findings), 0, "{findings:?}");
    assert_eq!(count(CALL, &findings), 1, "{findings:?}");
}

#[test]
fn a_trait_that_uses_itself_and_a_parent_cycle_do_not_hang() {
    let looping = r"<?php
namespace App;
trait Looping
{
    use Looping;
    use \App\Other;
    protected function work(): void { Schema::drop('fees'); $this->more(); }
}
";
    let other = "<?php\nnamespace App;\ntrait Other { use Looping; protected function more(): void { $this->work(); Schema::drop('payouts'); } }\n";
    let base = "<?php\nnamespace App;\nabstract class Base extends Base2 {}\n";
    let base2 = "<?php\nnamespace App;\nabstract class Base2 extends Base { use Looping; }\n";
    let app = App::new(
        "cycle",
        &[
            ("app/Looping.php", looping),
            ("app/Other.php", other),
            ("app/Base.php", base),
            ("app/Base2.php", base2),
        ],
    );
    let php = "<?php\nreturn new class extends App\\Base {\n    use \\App\\Looping;\n    public function up(): void { $this->work(); }\n};\n";
    let started = std::time::Instant::now();
    let findings = laravel_in(app.path(), php);
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(count("dropping-table", &findings), 2, "{findings:?}");
    assert_eq!(count(CALL, &findings), 0, "{findings:?}");
}

#[test]
fn verbose_trace_names_the_trait_file_and_line() {
    let app = App::new(
        "trace",
        &[("app/Support/Migrations/LedgerIndexes.php", INDEX_TRAIT)],
    );
    let php = migration_using(
        "use App\\Support\\Migrations\\LedgerIndexes;",
        "    use LedgerIndexes;\n    public function up(): void { $this->addLedgerIndexes(); }",
    );
    let project = super::project::PhpProject::new(app.path());
    let ir = super::lower_laravel(&php, Dialect::Postgres, 1 << 20, Some(&project));
    let lines: Vec<String> = ir
        .trace
        .iter()
        .map(|l| format!("{:?} {} -> {}", l.origin, l.call, l.lowered.join(", ")))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains(
            "followed into method `addLedgerIndexes` (app/Support/Migrations/LedgerIndexes.php:9): 1 operation(s)"
        ),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("Some(\"app/Support/Migrations/LedgerIndexes.php:11\")")
            && lines[1].contains("CreateIndex on transactions"),
        "{lines:?}"
    );
}

#[test]
fn a_parent_with_a_syntax_error_is_not_read_but_reported_at_the_call() {
    let broken = "<?php\nnamespace App;\nabstract class Base {\n    protected function work(): void { Schema::drop('fees') }\n";
    let app = App::new("broken", &[("app/Base.php", broken)]);
    let php = "<?php\nreturn new class extends App\\Base {\n    public function up(): void { parent::work(); }\n};\n";
    let findings = laravel_in(app.path(), php);
    assert_eq!(count(CALL, &findings), 1, "{findings:?}");
    let found = findings.iter().find(|f| f.rule == CALL).unwrap();
    assert!(
        found.message.contains("parent class `App\\Base`")
            && found
                .message
                .contains("app/Base.php (has a PHP syntax error, not read)"),
        "{}",
        found.message
    );
}
