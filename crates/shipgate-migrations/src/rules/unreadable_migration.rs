use crate::changeset::ChangeSet;
use crate::frontend::ProblemKind;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Reports a migration file that cannot be read at all: it is not UTF-8, it is
    /// binary, it cannot be opened (the OS error is named: permission denied, a
    /// symbolic link that is dangling or loops, ...), or (for Laravel) it has a
    /// PHP syntax error or passes SQL built at run time to `DB::statement`, or
    /// (for PostgreSQL) a `DO` block runs SQL built at run time (`EXECUTE
    /// format(...)`); a literal `EXECUTE '...'` is read like any statement.
    ///
    /// ## Why is this bad?
    /// What cannot be read cannot be proven safe, so the gate fails rather than
    /// pass a file it never looked at.
    ///
    /// ## Example
    /// ```php
    /// DB::statement("ALTER TABLE {$table} DROP COLUMN fee");
    /// ```
    ///
    /// Use instead:
    /// ```php
    /// DB::statement('ALTER TABLE transactions DROP COLUMN fee');
    /// ```
    pub struct UnreadableMigration {
        id: "unreadable-migration",
        severity: Error,
        summary: "migration file that cannot be read",
    }
}
impl_change_set_rule!(UnreadableMigration, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        if let Some(unreadable) = &file.unreadable {
            out.push(Found::in_file(
                index,
                unreadable.offset..unreadable.offset,
                unreadable.message.clone(),
                unreadable.help,
            ));
        }
        for problem in &file.ir.problems {
            if problem.kind == ProblemKind::File {
                out.push(Found::in_file(
                    index,
                    problem.span.clone(),
                    problem.message.clone(),
                    crate::rules::api::UNPARSEABLE_HELP,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel};
    use shipgate_config::Dialect;

    const ID: &str = "unreadable-migration";

    #[test]
    fn php_syntax_errors_and_dynamic_sql() {
        assert_eq!(
            count(
                ID,
                &laravel(
                    "<?php\nreturn new class extends Migration {\n public function up() {\n  Schema::table('t', function ($table) {\n }\n};\n",
                    Dialect::Postgres
                )
            ),
            1
        );
        let dynamic = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  DB::statement(\"ALTER TABLE {$t} DROP COLUMN fee\");\n }\n};\n";
        assert_eq!(count(ID, &laravel(dynamic, Dialect::Postgres)), 1);
        let fine = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  DB::statement('CREATE INDEX CONCURRENTLY i ON t (a)');\n }\n};\n";
        assert_eq!(count(ID, &laravel(fine, Dialect::Postgres)), 0);
    }


    fn check_bytes(bytes: &[u8]) -> Vec<shipgate_report::Finding> {
        let settings = crate::Settings::new(
            &shipgate_config::MigrationsConfig::default(),
            None,
            None,
        )
        .unwrap();
        let file = crate::SourceFile {
            display: "V1__m.sql".into(),
            bytes: bytes.to_vec(),
            checked: true,
        };
        crate::check_sources(vec![file], &settings).findings
    }

    #[test]
    fn binary_and_non_utf8_files_are_unreadable() {
        let binary = check_bytes(b"ALTER\0TABLE");
        assert_eq!(count(ID, &binary), 1);
        assert!(binary[0].message.contains("binary"), "{}", binary[0].message);
        // Not also reported as empty: it is unreadable, not empty.
        assert_eq!(count("empty-migration", &binary), 0);

        let latin1 = check_bytes(b"SELECT 1;\nSELECT '\xe9';\n");
        assert_eq!(count(ID, &latin1), 1);
        let finding = latin1.iter().find(|f| f.rule == ID).unwrap();
        assert!(finding.message.contains("offset 18"), "{}", finding.message);
        assert_eq!(finding.location.line, 2);
    }

    #[test]
    fn a_missing_file_is_unreadable_and_names_the_os_error() {
        let settings = crate::Settings::new(
            &shipgate_config::MigrationsConfig::default(),
            None,
            None,
        )
        .unwrap();
        let file = crate::MigrationFile {
            path: std::path::PathBuf::from("/nonexistent/shipgate/V1__m.sql"),
            display: "V1__m.sql".into(),
            checked: true,
            regular: false,
        };
        let findings = crate::check(&[file], &settings).findings;
        assert_eq!(count(ID, &findings), 1);
        assert!(
            findings[0].message.starts_with("cannot read the file:"),
            "{}",
            findings[0].message
        );
        assert_eq!(count(ID, &check_bytes(b"SELECT 1;")), 0);
    }
}
