//! A test per row: for each operation, statements that are it, and the
//! verdict expected on every version line of both servers.

use std::collections::HashSet;

use globset::GlobSet;
use shipgate_config::{DbVersion, Dialect};

use super::{Algorithm, Classified, Lock, Operation, Server, Verdict, classify, lookup, table};
use crate::frontend::{FileIr, SourceKind};
use crate::ir::OpKind;
use crate::rules::Context;
use crate::schema::Schema;

/// The table every statement runs against, created by an earlier migration.
const SETUP: &str = "CREATE TABLE t (id INT NOT NULL, a INT, d INT NOT NULL, short_name VARCHAR(20), mid_name VARCHAR(50), e TEXT, g GEOMETRY NOT NULL, PRIMARY KEY (id));";

/// Tables that have had a `FULLTEXT` index, on MySQL and MariaDB: `s`
/// made with one, `u` given one and then dropping it.
const FULLTEXT_SETUP: &str =
    "CREATE TABLE s (id INT PRIMARY KEY, e TEXT, f TEXT, FULLTEXT KEY fe (e));
CREATE TABLE u (id INT PRIMARY KEY, e TEXT, f TEXT);
ALTER TABLE u ADD FULLTEXT INDEX fe (e);
ALTER TABLE u DROP INDEX fe;";

const MYSQL_LINES: [&str; 8] = [
    "5.7", "8.0.11", "8.0.12", "8.0.27", "8.0.28", "8.0.29", "8.0", "8.4",
];
const MARIADB_LINES: [&str; 5] = ["10.6", "10.11", "11.1", "11.2", "11.8"];

/// Operation, statements, expected verdicts: MySQL per [`MYSQL_LINES`] `|`
/// MariaDB per [`MARIADB_LINES`]. `I` instant (`Ix`: with a brief exclusive
/// lock), `N` in place without a rebuild, `R` in place with a rebuild, `C`
/// copy; `s` after it: writes blocked (LOCK=SHARED); `Co`: copy with writes going on.
const CASES: &[(Operation, &[&str], &str)] = &[
    (
        Operation::AddColumn,
        &[
            "ALTER TABLE t ADD COLUMN n INT",
            "ALTER TABLE t ADD n INT NOT NULL DEFAULT 0",
            "ALTER TABLE t ADD COLUMN n VARCHAR(10) NULL",
        ],
        "R R I I I I I I | I I I I I",
    ),
    (
        Operation::AddColumnPositioned,
        &[
            "ALTER TABLE t ADD COLUMN n INT AFTER a",
            "ALTER TABLE t ADD COLUMN n INT FIRST",
        ],
        "R R R R R I I I | I I I I I",
    ),
    (
        Operation::AddAutoIncrementColumn,
        &["ALTER TABLE t ADD COLUMN n INT AUTO_INCREMENT UNIQUE"],
        "Rs Rs Rs Rs Rs Rs Rs Rs | Rs Rs Rs Rs Rs",
    ),
    (
        Operation::AddVirtualColumn,
        &[
            "ALTER TABLE t ADD COLUMN n INT AS (a + 1) VIRTUAL",
            "ALTER TABLE t ADD COLUMN n INT GENERATED ALWAYS AS (a + 1)",
        ],
        "N N I I I I I I | I I I I I",
    ),
    (
        Operation::AddStoredColumn,
        &["ALTER TABLE t ADD COLUMN n INT AS (a + 1) STORED"],
        "C C C C C C C C | C C C Co Co",
    ),
    (
        Operation::AddColumnPerRowDefault,
        &[
            "ALTER TABLE t ADD COLUMN n CHAR(36) DEFAULT (UUID())",
            "ALTER TABLE t ADD COLUMN n BIGINT NOT NULL DEFAULT (uuid_short())",
            "ALTER TABLE t ADD COLUMN n DATETIME DEFAULT (SYSDATE())",
        ],
        "C C C C C C C C | C C C Co Co",
    ),
    (
        Operation::DropColumn,
        &["ALTER TABLE t DROP COLUMN e", "ALTER TABLE t DROP e"],
        "R R R R R I I I | I I I I I",
    ),
    (
        Operation::RenameColumn,
        &["ALTER TABLE t RENAME COLUMN e TO memo"],
        "N N N N I I I I | I I I I I",
    ),
    (
        Operation::ReorderColumn,
        &[
            "ALTER TABLE t MODIFY e TEXT AFTER a",
            "ALTER TABLE t MODIFY COLUMN a INT FIRST",
        ],
        "R R R R R R R R | I I I I I",
    ),
    (
        Operation::SetDefault,
        &["ALTER TABLE t ALTER COLUMN a SET DEFAULT 1"],
        "N N I I I I I I | I I I I I",
    ),
    (
        Operation::DropDefault,
        &["ALTER TABLE t ALTER COLUMN a DROP DEFAULT"],
        "N N I I I I I I | I I I I I",
    ),
    (
        Operation::ChangeType,
        &[
            "ALTER TABLE t MODIFY a BIGINT",
            "ALTER TABLE t CHANGE a a DECIMAL(12,2)",
            "ALTER TABLE t MODIFY not_declared BIGINT",
            "ALTER TABLE t MODIFY mid_name VARCHAR(40)",
        ],
        "C C C C C C C C | C C C Co Co",
    ),
    (
        Operation::WidenVarchar,
        &[
            "ALTER TABLE t MODIFY mid_name VARCHAR(60)",
            "ALTER TABLE t MODIFY short_name VARCHAR(63)",
        ],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::WidenVarcharPastPrefix,
        &["ALTER TABLE t MODIFY mid_name VARCHAR(100)"],
        "C C C C C C C C | C C C Co Co",
    ),
    (
        Operation::WidenShortVarcharPastPrefix,
        &["ALTER TABLE t MODIFY short_name VARCHAR(100)"],
        "C C C C C C C C | I I I I I",
    ),
    (
        Operation::MakeNullable,
        &[
            "ALTER TABLE t MODIFY d INT NULL",
            "ALTER TABLE t MODIFY d INT",
        ],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::MakeNotNull,
        &["ALTER TABLE t MODIFY a INT NOT NULL"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::RestateColumn,
        &["ALTER TABLE t MODIFY e TEXT COMMENT 'memo'"],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::AddIndex,
        &[
            "CREATE INDEX i ON t (a)",
            "ALTER TABLE t ADD INDEX i (a)",
            "ALTER TABLE t ADD UNIQUE KEY u (d)",
        ],
        "N N N N N N N N | N N N N N",
    ),
    (
        Operation::DropIndex,
        &["DROP INDEX i ON t", "ALTER TABLE t DROP INDEX i"],
        "N N N N N N N N | N N N N N",
    ),
    (
        Operation::RenameIndex,
        &[
            "ALTER TABLE t RENAME INDEX i TO j",
            "ALTER TABLE t RENAME KEY i TO j",
        ],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::AddFulltextIndex,
        &[
            "ALTER TABLE t ADD FULLTEXT INDEX ft (e)",
            "CREATE FULLTEXT INDEX ft ON t (e)",
        ],
        "Rs Rs Rs Rs Rs Rs Rs Rs | Rs Rs Rs Rs Rs",
    ),
    (
        Operation::AddLaterFulltextIndex,
        &[
            "ALTER TABLE s ADD FULLTEXT INDEX ff (f)",
            "CREATE FULLTEXT INDEX ff ON s (f)",
            // The hidden column stays when the index is dropped.
            "ALTER TABLE u ADD FULLTEXT INDEX ff (f)",
        ],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::AddSpatialIndex,
        &["ALTER TABLE t ADD SPATIAL INDEX sp (g)"],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::AddPrimaryKey,
        &["ALTER TABLE t ADD PRIMARY KEY (id)"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::DropPrimaryKey,
        &["ALTER TABLE t DROP PRIMARY KEY"],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::ReplacePrimaryKey,
        &["ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, d)"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::AddForeignKey,
        &[
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id)",
            "SET foreign_key_checks = 1;\nALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id)",
        ],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::AddForeignKeyUnchecked,
        &[
            "SET foreign_key_checks = 0;\nALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id)",
            "SET SESSION FOREIGN_KEY_CHECKS=OFF;\nALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id)",
        ],
        "N N N N N N N N | N N N N N",
    ),
    (
        Operation::DropForeignKey,
        &["ALTER TABLE t DROP FOREIGN KEY fk"],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::AddCheckConstraint,
        &["ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)"],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::DropConstraint,
        &[
            "ALTER TABLE t DROP CHECK c",
            "ALTER TABLE t DROP CONSTRAINT c",
        ],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::RenameTable,
        &["ALTER TABLE t RENAME TO t2", "RENAME TABLE t TO t2"],
        "N N I I I I I I | Ix Ix Ix Ix Ix",
    ),
    (
        Operation::ConvertCharset,
        &["ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4"],
        "C C C C C C C C | C C C Co Co",
    ),
    (
        Operation::SetDefaultCharset,
        &[
            "ALTER TABLE t CHARACTER SET = utf8mb4",
            "ALTER TABLE t DEFAULT CHARSET=utf8mb4",
        ],
        "R R R R R R R R | I I I I I",
    ),
    (
        Operation::RowFormat,
        &["ALTER TABLE t ROW_FORMAT=COMPRESSED"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::KeyBlockSize,
        &["ALTER TABLE t KEY_BLOCK_SIZE=8"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::OptimizeTable,
        &["OPTIMIZE TABLE t"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::ForceRebuild,
        &["ALTER TABLE t FORCE", "ALTER TABLE t ENGINE=InnoDB"],
        "R R R R R R R R | R R R R R",
    ),
    (
        Operation::AutoIncrementValue,
        &["ALTER TABLE t AUTO_INCREMENT=1000"],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::AddPartition,
        &["ALTER TABLE t ADD PARTITION (PARTITION p9 VALUES LESS THAN (900))"],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::DropPartition,
        &["ALTER TABLE t DROP PARTITION p1"],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::ReorganizePartition,
        &[
            "ALTER TABLE t REORGANIZE PARTITION p1 INTO (PARTITION p1a VALUES LESS THAN (150), PARTITION p1b VALUES LESS THAN (200))",
        ],
        "Rs Rs Rs Rs Rs Rs Rs Rs | Rs Rs Rs Rs Rs",
    ),
    (
        Operation::TruncatePartition,
        &["ALTER TABLE t TRUNCATE PARTITION p1"],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::PartitionBy,
        &["ALTER TABLE t PARTITION BY HASH (id) PARTITIONS 4"],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::RemovePartitioning,
        &["ALTER TABLE t REMOVE PARTITIONING"],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::CoalescePartition,
        &["ALTER TABLE t COALESCE PARTITION 2"],
        "Rs Rs Rs Rs Rs Rs Rs Rs | Rs Rs Rs Rs Rs",
    ),
    (
        Operation::ExchangePartition,
        &[
            "ALTER TABLE t EXCHANGE PARTITION p1 WITH TABLE t2",
            "mysql: ALTER TABLE t EXCHANGE PARTITION p1 WITH TABLE t2 WITHOUT VALIDATION",
        ],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::AnalyzePartition,
        &["ALTER TABLE t ANALYZE PARTITION p1, p2"],
        "N N N N N N N N | N N N N N",
    ),
    (
        Operation::CheckPartition,
        &[
            "ALTER TABLE t CHECK PARTITION ALL",
            "ALTER TABLE t REPAIR PARTITION p1",
        ],
        "Ns Ns Ns Ns Ns Ns Ns Ns | Ns Ns Ns Ns Ns",
    ),
    (
        Operation::RebuildPartition,
        &["ALTER TABLE t REBUILD PARTITION p1"],
        "Rs Rs Rs Rs Rs Rs Rs Rs | Rs Rs Rs Rs Rs",
    ),
    (
        Operation::Tablespace,
        &[
            "ALTER TABLE t DISCARD TABLESPACE",
            "ALTER TABLE t IMPORT TABLESPACE",
            "mysql: ALTER TABLE t DISCARD PARTITION p1, p2 TABLESPACE",
        ],
        "Nx Nx Nx Nx Nx Nx Nx Nx | Nx Nx Nx Nx Nx",
    ),
    (
        Operation::TableStatistics,
        &[
            "ALTER TABLE t STATS_PERSISTENT = 0",
            "ALTER TABLE t STATS_SAMPLE_PAGES 20",
        ],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::TableComment,
        &["ALTER TABLE t COMMENT = 'the ledger''s rows'"],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::Encryption,
        &[
            "mysql: ALTER TABLE t ENCRYPTION = 'Y'",
            "mariadb: ALTER TABLE t ENCRYPTED = YES",
        ],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::MoveTablespace,
        &["ALTER TABLE t TABLESPACE ts"],
        "C C C C C C C C | I I I I I",
    ),
    (
        Operation::OrderBy,
        &["ALTER TABLE t ORDER BY a, id DESC"],
        "C C C C C C C C | C C C C C",
    ),
    (
        Operation::Keys,
        &["ALTER TABLE t DISABLE KEYS", "ALTER TABLE t ENABLE KEYS"],
        "Ix Ix Ix Ix Ix Ix Ix Ix | Ix Ix Ix Ix Ix",
    ),
    (
        Operation::IndexVisibility,
        &[
            "mysql: ALTER TABLE t ALTER INDEX i INVISIBLE",
            "mariadb: ALTER TABLE t ALTER INDEX i IGNORED",
            "mariadb: ALTER TABLE t ALTER INDEX i NOT IGNORED",
        ],
        "N N N N N N N N | I I I I I",
    ),
    (
        Operation::ChangeCollation,
        &[
            "ALTER TABLE t MODIFY short_name VARCHAR(20) COLLATE utf8mb4_bin",
            "ALTER TABLE t MODIFY short_name VARCHAR(20) BINARY",
        ],
        "C C C C C C C C | N N N N N",
    ),
];

fn verdict(code: &str) -> Verdict {
    let (algorithm, rest) = match code.split_at(1) {
        ("I", rest) => (Algorithm::Instant, rest),
        ("N", rest) => (Algorithm::InplaceNoRebuild, rest),
        ("R", rest) => (Algorithm::InplaceRebuild, rest),
        ("C", rest) => (Algorithm::Copy, rest),
        _ => panic!("bad verdict code `{code}`"),
    };
    let lock = match (algorithm, rest) {
        (_, "x") => Lock::Exclusive,
        (Algorithm::Copy, "o") | (_, "") if algorithm != Algorithm::Copy || rest == "o" => {
            Lock::None
        }
        (Algorithm::Copy, "") | (_, "s") => Lock::Shared,
        _ => panic!("bad verdict code `{code}`"),
    };
    Verdict { algorithm, lock }
}

fn lower(sql: &str, dialect: Dialect) -> FileIr {
    let mut ir = FileIr::new(SourceKind::Sql);
    crate::sql::lower_sql(sql, 0, dialect, 1 << 20, &mut ir);
    assert!(ir.problems.is_empty(), "{sql}: {:?}", ir.problems);
    ir
}

/// The classification of every operation of `sql`, run after [`SETUP`]
/// (and [`FULLTEXT_SETUP`] on MySQL and MariaDB).
fn classified(sql: &str, dialect: Dialect, version: &str) -> Vec<Classified> {
    let version: DbVersion = version.parse().unwrap();
    let mut schema = Schema::default();
    for op in lower(SETUP, dialect).ops {
        schema.apply(&op.kind);
    }
    if dialect.is_mysql_family() {
        for op in lower(FULLTEXT_SETUP, dialect).ops {
            schema.apply(&op.kind);
        }
    }
    let (empty, new_tables) = (GlobSet::empty(), HashSet::new());
    let models = crate::models::Models::default();
    let mut foreign_key_checks_off = false;
    let mut out = Vec::new();
    for op in lower(sql, dialect).ops {
        if let OpKind::SetForeignKeyChecks { enabled } = op.kind {
            foreign_key_checks_off = !enabled;
        }
        let cx = Context {
            dialect,
            version,
            source: SourceKind::Sql,
            new_tables: &new_tables,
            small_tables: &empty,
            financial_tables: &empty,
            in_transaction: false,
            lock_timeout_set: false,
            schema: &schema,
            models: &models,
            foreign_key_checks_off,
            file_has_ddl: true,
            not_valid_in_transaction: &[],
            new_enum_value_used: None,
        };
        out.extend(classify(&op, &cx.ddl_facts()));
        schema.apply(&op.kind);
    }
    out
}

#[test]
fn every_row_on_every_version_line() {
    let mut checked = 0;
    for (operation, statements, expected) in CASES {
        let (mysql, mariadb) = expected.split_once('|').unwrap();
        let lines = MYSQL_LINES
            .iter()
            .zip(mysql.split_whitespace())
            .map(|(v, c)| (Dialect::Mysql, *v, c))
            .chain(
                MARIADB_LINES
                    .iter()
                    .zip(mariadb.split_whitespace())
                    .map(|(v, c)| (Dialect::Mariadb, *v, c)),
            );
        assert_eq!(
            mysql.split_whitespace().count() + mariadb.split_whitespace().count(),
            MYSQL_LINES.len() + MARIADB_LINES.len(),
            "{operation:?}: one verdict per version line"
        );
        for (dialect, version, code) in lines {
            // A statement one server refuses is written `mysql: ...` or
            // `mariadb: ...`, and checked on that server only.
            let own = statements.iter().filter_map(|sql| {
                match (sql.strip_prefix("mysql: "), sql.strip_prefix("mariadb: ")) {
                    (Some(sql), _) => (dialect == Dialect::Mysql).then_some(sql),
                    (_, Some(sql)) => (dialect == Dialect::Mariadb).then_some(sql),
                    _ => Some(*sql),
                }
            });
            for sql in own {
                let found = classified(sql, dialect, version);
                let first = found
                    .first()
                    .unwrap_or_else(|| panic!("{sql}: not classified"));
                assert_eq!(
                    first.operation, *operation,
                    "{sql} on {dialect:?} {version}"
                );
                assert_eq!(
                    first.lookup.verdict(),
                    verdict(code),
                    "{operation:?} `{sql}` on {dialect:?} {version}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 800, "{checked}");
}

#[test]
fn every_operation_has_a_case_and_a_row_per_server() {
    let cased: HashSet<Operation> = CASES.iter().map(|(o, _, _)| *o).collect();
    for operation in Operation::ALL {
        assert!(cased.contains(&operation), "{operation:?} has no test case");
        for server in [Server::Mysql, Server::Mariadb] {
            assert!(
                lookup(server, server.oldest(), operation).is_some(),
                "{operation:?} has no {server:?} row at {}",
                server.oldest()
            );
        }
    }
    assert_eq!(cased.len(), CASES.len(), "one case per operation");
    for row in table::ROWS {
        assert!(Operation::ALL.contains(&row.operation));
        assert!(!row.source.is_empty());
    }
}

#[test]
fn boundaries_name_the_version_that_changes_the_verdict() {
    let at = |server, version: &str, operation| {
        lookup(server, version.parse().unwrap(), operation)
            .unwrap()
            .boundary()
    };
    assert_eq!(
        at(Server::Mysql, "8.0.28", Operation::AddColumnPositioned),
        "INSTANT from 8.0.29"
    );
    assert_eq!(
        at(Server::Mysql, "5.7", Operation::AddColumn),
        "INSTANT from 8.0.12"
    );
    assert_eq!(
        at(Server::Mysql, "8.0.27", Operation::RenameColumn),
        "INSTANT from 8.0.28"
    );
    assert_eq!(at(Server::Mysql, "8.4", Operation::ChangeType), "");
    assert_eq!(
        at(Server::Mariadb, "10.11", Operation::ChangeType),
        "writes allowed from 11.2"
    );
    assert_eq!(at(Server::Mariadb, "11.8", Operation::ChangeType), "");
}

#[test]
fn versions_outside_the_table_are_refused() {
    assert!(Server::Mysql.unsupported("5.6".parse().unwrap()).is_some());
    assert!(
        Server::Mysql
            .unsupported("10.11".parse().unwrap())
            .unwrap()
            .contains("mariadb")
    );
    assert!(Server::Mysql.unsupported("9.1".parse().unwrap()).is_none());
    assert!(
        Server::Mariadb
            .unsupported("10.5".parse().unwrap())
            .is_some()
    );
    assert!(Server::Mariadb.unsupported("11".parse().unwrap()).is_none());
}

#[test]
fn statements_that_are_no_alter_are_not_classified() {
    for sql in [
        "INSERT INTO t VALUES (1)",
        "UPDATE t SET a = 1 WHERE id = 1",
        "SET foreign_key_checks = 0",
    ] {
        assert!(classified(sql, Dialect::Mysql, "8.4").is_empty(), "{sql}");
    }
    assert!(classified("ALTER TABLE t ADD COLUMN n INT", Dialect::Postgres, "15").is_empty());
}

#[test]
fn settings_refuse_versions_the_table_does_not_cover() {
    use shipgate_config::MigrationsConfig;
    let config = MigrationsConfig::default();
    let at = |dialect, version: &str| {
        crate::Settings::new(&config, Some(dialect), Some(version.parse().unwrap()))
    };
    let err = at(Dialect::Mysql, "10.11").unwrap_err().to_string();
    assert!(
        err.contains("`db_version`") && err.contains("dialect = \"mariadb\""),
        "{err}"
    );
    let err = at(Dialect::Mariadb, "10.5").unwrap_err().to_string();
    assert!(err.contains("MariaDB 10.6 and later"), "{err}");
    assert!(at(Dialect::Mysql, "5.6").is_err());
    assert!(at(Dialect::Mysql, "5.7").is_ok());
    assert!(at(Dialect::Postgres, "9.6").is_err());
    assert!(at(Dialect::Postgres, "11").is_ok());
    let default = crate::Settings::new(&config, Some(Dialect::Mariadb), None).unwrap();
    assert_eq!(default.version.to_string(), "11.8");
}

/// `docs/mysql-online-ddl.md` shows the table as generated from the rows;
/// `SHIPGATE_BLESS=1` regenerates it.
#[test]
fn the_docs_show_the_table() {
    const START: &str = "<!-- table:start -->\n";
    const END: &str = "<!-- table:end -->";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/mysql-online-ddl.md"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let (head, rest) = text.split_once(START).unwrap();
    let (_, tail) = rest.split_once(END).unwrap();
    let expected = format!("{head}{START}{}{END}{tail}", super::markdown());
    if std::env::var_os("SHIPGATE_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
    } else {
        assert!(
            text == expected,
            "docs/mysql-online-ddl.md is out of date: run `SHIPGATE_BLESS=1 cargo test -p shipgate-migrations --lib online_ddl`"
        );
    }
}

/// The problems of `sql` lowered for `dialect`, without [`lower`]'s assertion.
fn problems(sql: &str, dialect: Dialect) -> usize {
    let mut ir = FileIr::new(SourceKind::Sql);
    crate::sql::lower_sql(sql, 0, dialect, 1 << 20, &mut ir);
    ir.problems.len()
}

/// MySQL's column visibility and check enforcement are classified as the
/// operations they are; MariaDB refuses them, and shipgate with it.
#[test]
fn mysql_only_clauses_are_read_on_mysql_and_refused_on_mariadb() {
    for (sql, operation) in [
        (
            "ALTER TABLE t ALTER COLUMN a SET INVISIBLE",
            Operation::SetDefault,
        ),
        (
            "ALTER TABLE t ALTER CHECK ck NOT ENFORCED",
            Operation::DropConstraint,
        ),
        (
            "ALTER TABLE t ALTER CONSTRAINT ck ENFORCED",
            Operation::AddCheckConstraint,
        ),
        (
            "ALTER TABLE t ALTER INDEX i VISIBLE",
            Operation::IndexVisibility,
        ),
        ("ALTER TABLE t ENCRYPTION = 'N'", Operation::Encryption),
    ] {
        let found = classified(sql, Dialect::Mysql, "8.4");
        assert_eq!(found.len(), 1, "{sql}");
        assert_eq!(found[0].operation, operation, "{sql}");
        assert_eq!(problems(sql, Dialect::Mariadb), 1, "{sql} on MariaDB");
    }
    for sql in [
        "ALTER TABLE t ALTER INDEX i IGNORED",
        "ALTER TABLE t ENCRYPTED = NO",
        "ALTER TABLE t ADD INDEX j (a) IGNORED",
    ] {
        assert_eq!(problems(sql, Dialect::Mysql), 1, "{sql} on MySQL");
        assert_eq!(problems(sql, Dialect::Mariadb), 0, "{sql} on MariaDB");
    }
}

/// Spellings the parser refuses as written (`CHARSET`, an index's
/// visibility, `RENAME` without `TO`) are read as what they mean.
#[test]
fn respelled_statements_are_classified() {
    for (dialect, sql, operation) in [
        (
            Dialect::Mysql,
            "ALTER TABLE t ADD INDEX j (a) INVISIBLE",
            Operation::AddIndex,
        ),
        (
            Dialect::Mariadb,
            "ALTER TABLE t ADD INDEX j (a) NOT IGNORED",
            Operation::AddIndex,
        ),
        (
            Dialect::Mysql,
            "CREATE INDEX j ON t (a) VISIBLE",
            Operation::AddIndex,
        ),
        (
            Dialect::Mysql,
            "ALTER TABLE t RENAME u",
            Operation::RenameTable,
        ),
        (
            Dialect::Mariadb,
            "ALTER TABLE t RENAME u",
            Operation::RenameTable,
        ),
        (
            Dialect::Mariadb,
            "ALTER TABLE t MODIFY short_name VARCHAR(20) CHARSET latin1",
            Operation::ChangeType,
        ),
    ] {
        let version = if dialect == Dialect::Mysql {
            "8.4"
        } else {
            "11.8"
        };
        let found = classified(sql, dialect, version);
        assert_eq!(found.first().map(|c| c.operation), Some(operation), "{sql}");
    }
    assert_eq!(
        problems(
            "CREATE TABLE a (c VARCHAR(10) CHARSET latin1, KEY k (c) INVISIBLE)",
            Dialect::Mysql
        ),
        0
    );
}

/// A column's character set, named or left to the table's default, is part
/// of its type: changing it converts every value (a copy); restating the
/// same one changes nothing.
#[test]
fn a_new_character_set_is_a_type_change() {
    let setup =
        "CREATE TABLE c (id INT PRIMARY KEY, l VARCHAR(20) CHARACTER SET latin1, d VARCHAR(20));";
    for (sql, operation) in [
        (
            "ALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET latin1",
            Operation::RestateColumn,
        ),
        (
            "ALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET 'LATIN1'",
            Operation::RestateColumn,
        ),
        (
            "ALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET utf8mb4",
            Operation::ChangeType,
        ),
        ("ALTER TABLE c MODIFY l VARCHAR(20)", Operation::ChangeType),
        (
            "ALTER TABLE c MODIFY d VARCHAR(20) CHARSET latin1",
            Operation::ChangeType,
        ),
        (
            "ALTER TABLE c CHANGE d d VARCHAR(40) CHARACTER SET latin1",
            Operation::ChangeType,
        ),
        (
            "ALTER TABLE c MODIFY d VARCHAR(40)",
            Operation::WidenVarchar,
        ),
        // A collation alone: the indexes are built again.
        (
            "ALTER TABLE c MODIFY d VARCHAR(20) BINARY",
            Operation::ChangeCollation,
        ),
        (
            "ALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_bin",
            Operation::ChangeCollation,
        ),
    ] {
        let found = classified(&format!("{setup}\n{sql};"), Dialect::Mysql, "8.4");
        let last = found
            .last()
            .unwrap_or_else(|| panic!("{sql}: not classified"));
        assert_eq!(last.operation, operation, "{sql}");
    }
    // Refused INPLACE only where both character sets are named: the table's
    // default is not known.
    for (alter, refused) in [
        ("MODIFY l VARCHAR(20) CHARACTER SET utf8mb4", true),
        ("MODIFY l VARCHAR(20)", false),
        ("MODIFY d VARCHAR(20) CHARACTER SET latin1", false),
    ] {
        let findings = crate::testing::mysql(&format!(
            "{setup}\nALTER TABLE c {alter}, ALGORITHM=INPLACE;"
        ));
        let count = findings
            .iter()
            .filter(|f| f.rule == "mysql-refused-algorithm")
            .count();
        assert_eq!(count, usize::from(refused), "{alter}");
    }
    let found = classified(
        &format!("{setup}\nALTER TABLE c MODIFY l VARCHAR(20);"),
        Dialect::Mysql,
        "8.4",
    );
    let subject = &found.last().unwrap().subject;
    assert!(
        subject.contains("from `latin1` to the table's default"),
        "{subject}"
    );
}

/// Partition maintenance and `DISCARD | IMPORT TABLESPACE` stand alone in an
/// `ALTER TABLE` on both servers, and without hints on MariaDB.
#[test]
fn standalone_clauses_with_company_stay_unparseable() {
    for dialect in [Dialect::Mysql, Dialect::Mariadb] {
        for sql in [
            "ALTER TABLE t ADD COLUMN c INT, COALESCE PARTITION 2",
            "ALTER TABLE t ANALYZE PARTITION p0, DISCARD TABLESPACE",
            "ALTER TABLE t DROP PARTITION p1, p2 TABLESPACE",
        ] {
            assert_eq!(problems(sql, dialect), 1, "{sql} on {dialect:?}");
        }
    }
    let hinted = "ALTER TABLE t ALGORITHM=INPLACE, COALESCE PARTITION 2";
    assert_eq!(problems(hinted, Dialect::Mariadb), 1);
    assert_eq!(problems(hinted, Dialect::Mysql), 0);
}

/// After `CONVERT TO CHARACTER SET` the columns' character sets are not
/// known; `utf8` is `utf8mb3`; `BINARY` may be the collation named.
#[test]
fn what_a_character_set_comparison_can_claim() {
    let refused = |sql: &str| {
        crate::testing::mysql(sql)
            .iter()
            .filter(|f| f.rule == "mysql-refused-algorithm")
            .count()
    };
    let create = "CREATE TABLE c (id INT PRIMARY KEY, l VARCHAR(20) CHARACTER SET latin1, u VARCHAR(20) CHARACTER SET utf8, b VARCHAR(20) COLLATE utf8mb4_bin);";
    // Known on both sides and different: refused INPLACE.
    assert_eq!(
        refused(&format!(
            "{create}\nALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET utf8mb4, ALGORITHM=INPLACE;"
        )),
        1
    );
    // Converted first: the named latin1 is no longer known to differ.
    assert_eq!(
        refused(&format!(
            "{create}\nALTER TABLE c CONVERT TO CHARACTER SET utf8mb4;\nALTER TABLE c MODIFY l VARCHAR(20) CHARACTER SET latin1, ALGORITHM=INPLACE;"
        )),
        0
    );
    let last = |alter: &str| {
        classified(&format!("{create}\n{alter};"), Dialect::Mysql, "8.4")
            .last()
            .map(|c| c.operation)
    };
    assert_eq!(
        last("ALTER TABLE c MODIFY u VARCHAR(20) CHARACTER SET utf8mb3"),
        Some(Operation::RestateColumn)
    );
    assert_eq!(
        refused(&format!(
            "{create}\nALTER TABLE c MODIFY b VARCHAR(20) BINARY, ALGORITHM=INPLACE;"
        )),
        0
    );
}
