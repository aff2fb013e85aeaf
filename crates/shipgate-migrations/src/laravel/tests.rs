//! Laravel migrations written the way popular open-source Laravel apps write them.

use shipgate_config::Dialect;

use crate::testing::{count, laravel, laravel_files};

fn rules(php: &str, dialect: Dialect) -> Vec<String> {
    let mut ids: Vec<String> = laravel(php, dialect)
        .into_iter()
        .map(|f| format!("{}:{}", f.rule, f.location.line))
        .collect();
    ids.sort();
    ids
}

#[test]
fn anonymous_class_with_typed_static_closure() {
    let php = r"<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('transactions', static function (Blueprint $table): void {
            $table->dropColumn('legacy_fee');
        });
    }

    public function down(): void
    {
        Schema::table('transactions', static function (Blueprint $table): void {
            $table->decimal('legacy_fee', 12, 2)->nullable();
        });
    }
};
";
    let found = rules(php, Dialect::Postgres);
    assert!(
        found.contains(&"dropping-column:12".to_owned()),
        "{found:?}"
    );
    assert_eq!(
        count("adding-required-column", &laravel(php, Dialect::Postgres)),
        0,
        "down() must not count"
    );
}

#[test]
fn named_class_with_guards_and_try_catch() {
    let php = r"<?php

namespace Database\Migrations;

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

class AddReferenceToDeposits extends Migration
{
    public function up()
    {
        if (! Schema::hasColumn('deposits', 'reference')) {
            Schema::table('deposits', function (Blueprint $table) {
                $table->string('reference', 64)->after('amount');
            });
        }

        try {
            DB::statement('ALTER TABLE deposits ALTER COLUMN currency SET NOT NULL');
        } catch (\Throwable $e) {
            report($e);
        }
    }
}
";
    let found = rules(php, Dialect::Postgres);
    assert!(
        found.contains(&"adding-required-column:16".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"setting-not-null:21".to_owned()),
        "{found:?}"
    );
}

#[test]
fn schema_create_is_exempt_and_collects_columns() {
    let php = r"<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::create('withdrawal_requests', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained()->cascadeOnDelete();
            $table->decimal('amount', 19, 4);
            $table->string('status')->default('pending')->index();
            $table->timestamps();
            $table->softDeletes();
            $table->unique(['user_id', 'status']);
        });
    }
};
";
    assert_eq!(rules(php, Dialect::Postgres), Vec::<String>::new());
    assert_eq!(rules(php, Dialect::Mysql), Vec::<String>::new());
}

#[test]
fn db_statement_sql_is_parsed_with_positions() {
    let php = "<?php\nreturn new class extends Migration {\n    public function up(): void\n    {\n        DB::statement(\"CREATE INDEX transactions_account_idx\n            ON transactions (account_id)\");\n        DB::unprepared(<<<'SQL'\n            VACUUM FULL balances;\n        SQL);\n    }\n};\n";
    let found = rules(php, Dialect::Postgres);
    assert!(
        found.contains(&"index-without-concurrently:5".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"blocking-maintenance:8".to_owned()),
        "{found:?}"
    );
}

#[test]
fn query_builder_without_where() {
    let php = r"<?php
return new class extends Migration {
    public function up(): void
    {
        DB::table('commissions')->update(['rate' => 0]);
        DB::table('commissions')->where('rate', '<', 0)->delete();
        DB::connection('ledger')->table('balances')->delete();
    }
};
";
    let found = rules(php, Dialect::Mysql);
    assert!(
        found.contains(&"update-without-where:5".to_owned()),
        "{found:?}"
    );
    assert!(
        found.contains(&"delete-without-where:7".to_owned()),
        "{found:?}"
    );
    assert_eq!(
        count("delete-without-where", &laravel(php, Dialect::Mysql)),
        1
    );
}

#[test]
fn strings_in_comments_and_literals_do_not_trigger() {
    let php = r#"<?php
return new class extends Migration {
    public function up(): void
    {
        // Schema::drop('transactions');
        /* $table->dropColumn('fee'); */
        $note = "DROP TABLE transactions";
        Log::info('TRUNCATE balances');
    }
};
"#;
    // Nothing in `up` changes the schema: only the note that the migration is empty.
    assert_eq!(rules(php, Dialect::Postgres), vec!["empty-migration:1"]);
}

#[test]
fn rename_change_and_modifiers() {
    let php = r"<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('commissions', function (Blueprint $t) {
            $t->renameColumn('pct', 'rate');
            $t->string('code', 100)->nullable()->change();
            $t->string('memo')->nullable()->instant();
            $t->dropIndex(['account_id']);
        });
        Schema::rename('payouts', 'withdrawals');
    }
};
";
    let found = rules(php, Dialect::Mysql);
    for expected in [
        "renaming-column:6",
        "changing-column-type:7",
        "renaming-table:11",
    ] {
        assert!(
            found.contains(&expected.to_owned()),
            "{expected} missing from {found:?}"
        );
    }
    assert!(
        !found.iter().any(|f| f.starts_with("mysql-blocking-alter")),
        "{found:?}"
    );
}

#[test]
fn inline_suppression_in_php() {
    let php = r"<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('transactions', function (Blueprint $table) {
            // shipgate:allow dropping-column unused since 2.14, archived in FIN-221
            $table->dropColumn('legacy_fee');
        });
    }
};
";
    assert_eq!(
        count("dropping-column", &laravel(php, Dialect::Postgres)),
        0
    );
}

/// A Laravel migration whose `Schema::{call}('accounts', ...)` closure runs `body`.
fn on_accounts(call: &str, body: &str) -> String {
    format!(
        r"<?php
return new class extends Migration {{
    public function up(): void
    {{
        Schema::{call}('accounts', function (Blueprint $t) {{
            {body}
        }});
    }}
}};
"
    )
}

/// A Laravel migration that creates `accounts.name`, with `modifiers` on it.
fn accounts_with(modifiers: &str) -> String {
    on_accounts(
        "create",
        &format!("$t->id(); $t->string('name'){modifiers};"),
    )
}

/// A Laravel migration that changes `accounts.name` to a string with `modifiers`.
fn change_name_with(modifiers: &str) -> String {
    on_accounts(
        "table",
        &format!("$t->string('name'){modifiers}->change();"),
    )
}

#[test]
fn a_column_character_set_changed_by_laravel_is_a_table_copy_on_mysql() {
    let changed = |create: &str, change: &str, dialect: Dialect| {
        count(
            "changing-column-type",
            &laravel_files(
                &[&accounts_with(create), &change_name_with(change)],
                dialect,
            ),
        )
    };
    // Every value is converted: MySQL copies the table, as for the SQL
    // `MODIFY name VARCHAR(255) CHARACTER SET latin1`.
    assert_eq!(changed("", "->charset('latin1')", Dialect::Mysql), 1);
    // Back to the table's default: converted again.
    assert_eq!(changed("->charset('latin1')", "", Dialect::Mysql), 1);
    // The same character set, named as MySQL reads it (`utf8` is `utf8mb3`).
    assert_eq!(
        changed("->charset('latin1')", "->charset('LATIN1')", Dialect::Mysql),
        0
    );
    assert_eq!(
        changed("->charset('utf8')", "->charset('utf8mb3')", Dialect::Mysql),
        0
    );
    // A collation of another character set converts the values too; the
    // same collation changes nothing.
    assert_eq!(
        changed(
            "->charset('latin1')->collation('latin1_swedish_ci')",
            "->charset('utf8mb4')->collation('utf8mb4_bin')",
            Dialect::Mysql
        ),
        1
    );
    assert_eq!(
        changed(
            "->collation('utf8mb4_bin')",
            "->collation('utf8mb4_bin')",
            Dialect::Mysql
        ),
        0
    );
    // A character set only known at run time is not taken for the table's
    // default: the change is reported; the same expression again is not.
    assert_eq!(
        changed("", "->charset(config('database.charset'))", Dialect::Mysql),
        1
    );
    assert_eq!(
        changed(
            "->charset(config('database.charset'))",
            "->charset(config('database.charset'))",
            Dialect::Mysql
        ),
        0
    );
    // PostgreSQL rewrites no table for a collation (its indexes on the column
    // are rebuilt), as for the SQL `ALTER COLUMN name TYPE varchar(255) COLLATE "C"`.
    assert_eq!(changed("", "->collation('C')", Dialect::Postgres), 0);
}
