use crate::changeset::ChangeSet;
use crate::frontend::ProblemKind;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Reports a statement longer than `[migrations] max_statement_bytes`
    /// (default 1 MiB). The statement is not parsed, so nothing in it is checked.
    ///
    /// ## Why is this bad?
    /// Parsing holds the whole statement and its syntax tree in memory many
    /// times over, so an unbounded statement (a one-line dump, a generated
    /// `INSERT`) could exhaust the CI runner. A statement shipgate did not check
    /// cannot pass the gate.
    ///
    /// ## Example
    /// ```sql
    /// INSERT INTO rates VALUES (1, 0.1), (2, 0.2), ... -- 40 MB on one line
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- load bulk data outside the migration (COPY, a seeder), or split it
    /// -- into statements under the limit; raise the limit only if you must:
    /// -- [migrations] max_statement_bytes = 8388608
    /// ```
    pub struct StatementTooLarge {
        id: "statement-too-large",
        severity: Error,
        summary: "statement over the size limit, not parsed",
    }
}
impl_change_set_rule!(StatementTooLarge, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        for problem in &file.ir.problems {
            if problem.kind == ProblemKind::TooLarge {
                out.push(Found::in_file(
                    index,
                    problem.span.clone(),
                    problem.message.clone(),
                    "split the statement, load bulk data outside migrations, or raise `[migrations] max_statement_bytes`",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use shipgate_config::{Dialect, MigrationsConfig};

    use crate::{Settings, SourceFile, check_sources};

    const ID: &str = "statement-too-large";

    fn rules(name: &str, text: &str, limit: usize) -> Vec<String> {
        let config = MigrationsConfig {
            max_statement_bytes: limit,
            ..MigrationsConfig::default()
        };
        let settings = Settings::new(&config, Some(Dialect::Postgres), None).unwrap();
        let file = SourceFile {
            display: name.into(),
            bytes: text.as_bytes().to_vec(),
            checked: true,
        };
        check_sources(vec![file], &settings)
            .findings
            .into_iter()
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn a_statement_over_the_limit_is_a_finding_and_is_not_parsed() {
        let sql = "SET lock_timeout = '1s';\nALTER TABLE t DROP COLUMN c;\n";
        assert_eq!(rules("m.sql", sql, 1 << 20), vec!["dropping-column"]);
        // The ALTER is 27 bytes without its `;`: over a 26-byte limit it is
        // neither parsed nor named as a dropped column.
        assert_eq!(rules("m.sql", sql, 26), vec![ID]);
        assert_eq!(rules("m.sql", sql, 27), vec!["dropping-column"]);
    }

    #[test]
    fn the_default_limit_is_one_mib_and_findings_do_not_copy_the_line() {
        let mut sql = String::from("ALTER TABLE t ");
        while sql.len() < (1 << 20) + 100 {
            sql.push_str("ADD COLUMN c int, ");
        }
        sql.push_str("DROP COLUMN d;");
        let config = MigrationsConfig::default();
        assert_eq!(config.max_statement_bytes, 1 << 20);
        let settings = Settings::new(&config, None, None).unwrap();
        let file = SourceFile {
            display: "m.sql".into(),
            bytes: sql.into_bytes(),
            checked: true,
        };
        let report = check_sources(vec![file], &settings);
        let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, vec![ID]);
        let finding = &report.findings[0];
        assert!(
            finding.message.contains("max_statement_bytes"),
            "{}",
            finding.message
        );
        assert!(finding.source_line.as_ref().unwrap().len() <= 4096);
    }

    #[test]
    fn laravel_sql_strings_are_bounded_too() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  DB::statement('ALTER TABLE t DROP COLUMN c');\n }\n};\n";
        assert!(
            rules("2024_01_01_000000_m.php", php, 1 << 20).contains(&"dropping-column".to_owned())
        );
        assert!(rules("2024_01_01_000000_m.php", php, 10).contains(&ID.to_owned()));
    }
}
