use crate::changeset::ChangeSet;
use crate::frontend::ProblemKind;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Reports a SQL statement that shipgate cannot parse (a syntax error, or
    /// syntax the parser does not support), and a string, quoted name or comment
    /// that is never closed.
    ///
    /// ## Why is this bad?
    /// What cannot be read cannot be proven safe. Skipping it silently is how a
    /// dangerous statement reaches production.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABEL transactions ADD COLUMN fee numeric;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN fee numeric;
    /// -- or, for valid SQL shipgate cannot read, review it and accept it:
    /// -- shipgate:allow unparseable-statement reviewed by DBA in TICKET-7
    /// ```
    pub struct UnparseableStatement {
        id: "unparseable-statement",
        severity: Error,
        summary: "SQL statement that cannot be parsed",
    }
}
impl_change_set_rule!(UnparseableStatement, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        for problem in &file.ir.problems {
            if problem.kind == ProblemKind::Statement {
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
    use crate::testing::{count, mysql, pg};

    const ID: &str = "unparseable-statement";

    #[test]
    fn syntax_errors_fail() {
        assert_eq!(
            count(ID, &pg("ALTER TABEL transactions ADD COLUMN fee numeric;")),
            1
        );
        assert_eq!(count(ID, &pg("SELECT 'never closed;")), 1);
        assert_eq!(
            count(ID, &mysql("ALTER TABLE t ADD COLUMN a INT,, DROP b;")),
            1
        );
    }

    #[test]
    fn valid_sql_is_read() {
        let sql = "CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$ BEGIN DELETE FROM x; RETURN NEW; END $$ LANGUAGE plpgsql;\nCOMMENT ON TABLE t IS 'x';\nGRANT SELECT ON t TO app;";
        assert_eq!(count(ID, &pg(sql)), 0);
        assert_eq!(count("delete-without-where", &pg(sql)), 0);
    }

    #[test]
    fn alter_constraint_is_not_read_as_alter_column() {
        // Lemmy: `ALTER CONSTRAINT` was read as `ALTER [COLUMN]` and failed.
        let sql = "ALTER TABLE post_aggregates\n    ALTER CONSTRAINT post_aggregates_community_id_fkey INITIALLY DEFERRED,\n    ALTER CONSTRAINT post_aggregates_post_id_fkey NOT DEFERRABLE;\nALTER TABLE report ALTER CONSTRAINT report_fkey DEFERRABLE INITIALLY IMMEDIATE, ADD COLUMN note text;";
        let findings = pg(sql);
        assert_eq!(count(ID, &findings), 0, "{findings:?}");
        // It takes an ACCESS EXCLUSIVE lock: without a lock timeout, that is reported.
        assert_eq!(count("missing-lock-timeout", &findings), 1, "{findings:?}");
        // What PostgreSQL rejects stays unparseable.
        assert_eq!(
            count(ID, &pg("ALTER TABLE post ALTER CONSTRAINT fk TYPE text;")),
            1
        );
    }
    #[test]
    fn r14_postgres_regress_forms_are_read_with_their_risk() {
        // Forms from PostgreSQL's regression tests that sqlparser refuses.
        let index = pg("CREATE INDEX i ON ONLY transactions USING btree (a int4_ops);");
        assert_eq!(count(ID, &index), 0, "{index:?}");
        assert_eq!(count("index-without-concurrently", &index), 1);
        let table = pg(
            "CREATE TABLE fees (amount numeric NOT NULL COMPRESSION lz4, LIKE base INCLUDING ALL) USING heap;\nALTER TABLE fees ALTER amount TYPE bigint;",
        );
        assert_eq!(count(ID, &table), 0, "{table:?}");
        // Created in the same file: its type change is no risk.
        assert_eq!(count("changing-column-type", &table), 0, "{table:?}");
        let star = pg("ALTER TABLE transactions* ADD COLUMN fee numeric NOT NULL;");
        assert_eq!(count("adding-required-column", &star), 1, "{star:?}");
        let catalogue = pg(
            "ALTER TABLE t ALTER COLUMN a SET STORAGE plain, CLUSTER ON t_pkey;\nALTER INDEX i RENAME TO j;\nALTER TYPE money_t ALTER ATTRIBUTE a TYPE text;",
        );
        assert_eq!(count(ID, &catalogue), 0, "{catalogue:?}");
        let multi = pg("CREATE RULE r AS ON INSERT TO t DO INSTEAD (DELETE FROM a WHERE x; DELETE FROM b WHERE y);");
        assert_eq!(count(ID, &multi), 0, "{multi:?}");
        // What PostgreSQL rejects stays unparseable.
        for rejected in [
            "CREATE TABLE error_tbl (i int DEFAULT (100, )) USING heap;",
            "CREATE INDEX IF NOT EXISTS ON onek USING btree (a);",
            "ALTER TABLE t ALTER a SET storage;",
        ] {
            assert_eq!(count(ID, &pg(rejected)), 1, "{rejected}");
        }
    }
}
