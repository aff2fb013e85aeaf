//! Recall: schema calls reached through the class's own methods, and table
//! names held in variables, loop variables, properties and constants.

use shipgate_config::Dialect;

use crate::testing::{count, laravel};

const INDEX: &str = "index-without-concurrently";

fn class(body: &str) -> String {
    format!(
        "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration {{\n{body}\n}};\n"
    )
}

#[test]
fn r14_helper_methods_called_from_up_are_read() {
    // `up()` only calls private helpers: before, the file passed with 0 statements.
    let php = class(
        r"    public function up(): void
    {
        $this->createLedger();
        self::dropLegacy();
    }

    private function createLedger(): void
    {
        Schema::create('ledger', static function (Blueprint $table): void {
            $table->id();
        });
        Schema::table('transactions', static function (Blueprint $table): void {
            $table->index('booked_at');
        });
    }

    private static function dropLegacy(): void
    {
        Schema::table('transactions', static function (Blueprint $table): void {
            $table->dropColumn('legacy_fee');
        });
    }

    public function down(): void
    {
        $this->dropEverything();
    }

    private function dropEverything(): void
    {
        Schema::drop('transactions');
    }",
    );
    let findings = laravel(&php, Dialect::Postgres);
    assert_eq!(count(INDEX, &findings), 1, "{findings:?}");
    assert_eq!(count("dropping-column", &findings), 1, "{findings:?}");
    assert_eq!(count("dropping-table", &findings), 0, "down() is not run");
    assert_eq!(count("empty-migration", &findings), 0);
}

#[test]
fn r14_loop_over_a_literal_property_reaches_every_table() {
    // The shape of a migration that added indexes on the busiest tables and passed.
    let php = class(
        r"    private array $tables;

    public function __construct()
    {
        $this->tables = [
            'transactions' => ['account_id', 'transaction_journal_id'],
            'transaction_journals' => ['user_id', 'date', 'bill_id'],
        ];
    }

    public function up(): void
    {
        foreach ($this->tables as $table => $fields) {
            foreach ($fields as $field) {
                try {
                    Schema::table($table, static function (Blueprint $blueprint) use ($table, $field): void {
                        if (!Schema::hasIndex($table, $field)) {
                            $blueprint->index($field);
                        }
                    });
                } catch (QueryException $e) {
                    continue;
                }
            }
        }
    }",
    );
    let findings = laravel(&php, Dialect::Postgres);
    // Each call is lowered once per table the loop names, and each lowering
    // holds the one index call of the closure.
    assert_eq!(count(INDEX, &findings), 2, "{findings:?}");
    assert!(
        findings
            .iter()
            .any(|f| f.message.contains("`transactions`"))
    );
    assert!(
        findings
            .iter()
            .any(|f| f.message.contains("`transaction_journals`"))
    );
    assert_eq!(count("unresolved-table", &findings), 0, "{findings:?}");
}

#[test]
fn r14_constants_variables_and_parameters_name_tables() {
    let php = class(
        r"    private const string TABLE = 'payouts';

    public function up(): void
    {
        $name = 'fees';
        Schema::table(self::TABLE, function (Blueprint $table) { $table->dropColumn('a'); });
        Schema::table($name, function (Blueprint $table) { $table->dropColumn('b'); });
        $this->dropFrom('refunds', 'c');
        foreach (['x_one', 'x_two'] as $t) {
            Schema::dropIfExists($t);
        }
    }

    private function dropFrom(string $table, string $column): void
    {
        Schema::table($table, function (Blueprint $blueprint) use ($column) {
            $blueprint->dropColumn($column);
        });
    }",
    );
    let findings = laravel(&php, Dialect::Postgres);
    let drops: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "dropping-column")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(drops.len(), 3, "{findings:?}");
    for (table, column) in [("payouts", "a"), ("fees", "b"), ("refunds", "c")] {
        assert!(
            drops
                .iter()
                .any(|m| m.contains(&format!("`{table}`")) && m.contains(&format!("`{column}`"))),
            "{table}.{column}: {drops:?}"
        );
    }
    assert_eq!(count("dropping-table", &findings), 2, "{findings:?}");
    assert_eq!(count("unresolved-table", &findings), 0, "{findings:?}");
}

#[test]
fn r14_recursion_between_helpers_stops() {
    let php = class(
        r"    public function up(): void { $this->a(); }
    private function a(): void { Schema::drop('fees'); $this->b(); }
    private function b(): void { $this->a(); Schema::drop('payouts'); }",
    );
    let findings = laravel(&php, Dialect::Postgres);
    assert_eq!(count("dropping-table", &findings), 2, "{findings:?}");
}

#[test]
fn verbose_trace_lists_every_schema_call_and_its_lowering() {
    let php = class(
        r"    public function up(): void
    {
        $this->helper();
    }

    private function helper(): void
    {
        foreach (['fees', 'payouts'] as $table) {
            Schema::table($table, function (Blueprint $t) { $t->index('at'); });
        }
        Schema::table(config('x'), function (Blueprint $t) { $t->dropColumn('y'); });
    }",
    );
    let ir = super::lower_laravel(&php, Dialect::Postgres, 1 << 20, None);
    let calls: Vec<String> = ir
        .trace
        .iter()
        .map(|l| format!("{} -> {}", l.call, l.lowered.join(", ")))
        .collect();
    assert_eq!(calls.len(), 3, "{calls:?}");
    assert!(
        calls[0].contains("followed into method `helper`: 3 operation(s)"),
        "{calls:?}"
    );
    assert!(
        calls[1].contains("CreateIndex on fees, CreateIndex on payouts"),
        "{calls:?}"
    );
    assert!(calls[2].contains("DropColumn on config('x')"), "{calls:?}");
    assert_eq!(
        ir.problems
            .iter()
            .filter(|p| p.kind == crate::frontend::ProblemKind::UnresolvedTable)
            .count(),
        1
    );
}

#[test]
fn a_name_with_too_many_values_is_unresolved_not_slow() {
    let tables: Vec<String> = (0..5000).map(|i| format!("'t{i}'")).collect();
    let php = class(&format!(
        "    public function up(): void\n    {{\n        foreach ([{}] as $table) {{\n            Schema::drop($table);\n        }}\n    }}",
        tables.join(", ")
    ));
    let started = std::time::Instant::now();
    let findings = laravel(&php, Dialect::Postgres);
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(count("unresolved-table", &findings), 1, "{findings:?}");
    assert_eq!(count("dropping-table", &findings), 1);
}
