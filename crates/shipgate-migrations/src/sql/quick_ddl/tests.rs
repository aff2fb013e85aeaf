use super::{alter_table, create_table, drop_table, renames_only};
use crate::ir::{AlterHints, OpKind};
use crate::sql::tests::parsed;

/// Reads `text` with `reader`; when it reads it, checks that the parser's
/// path reads it too, to the same operations with the same hints (none,
/// but `renames_only` on a table's rename). Whether it was read.
fn read_as_parsed(text: &str, reader: fn(&str) -> Option<Vec<OpKind>>) -> bool {
    let Some(kinds) = reader(text) else {
        return false;
    };
    let ops = parsed(text).unwrap_or_else(|| panic!("the parser refuses what was read: {text}"));
    let parsed_kinds: Vec<_> = ops.iter().map(|op| op.kind.clone()).collect();
    assert_eq!(kinds, parsed_kinds, "{text}");
    let hints = AlterHints {
        renames_only: renames_only(&kinds),
        ..AlterHints::default()
    };
    for op in &ops {
        assert_eq!(op.hints, hints, "{text}");
    }
    true
}

/// How many of `shapes` and the statements of the PostgreSQL regression
/// corpus and the examples `reader` reads, each checked by
/// [`read_as_parsed`]; every one of `shapes` must be read.
fn read_in_corpus(shapes: &[&str], reader: fn(&str) -> Option<Vec<OpKind>>) -> usize {
    for shape in shapes {
        assert!(read_as_parsed(shape, reader), "not read quickly: {shape}");
    }
    let corpus = crate::testing::postgres_corpus_statements();
    let read = corpus.iter().filter(|t| read_as_parsed(t, reader)).count();
    shapes.len() + read
}

/// Any of the readers.
fn any(text: &str) -> Option<Vec<OpKind>> {
    create_table(text)
        .or_else(|| alter_table(text))
        .or_else(|| drop_table(text))
}

/// Every statement read here, the parser reads too, to the same
/// operations with no hints: on PostgreSQL's regression DDL, the
/// examples and the shapes of real migrations.
#[test]
fn quick_add_columns_read_as_the_parser_reads_them() {
    let shapes = [
        "ALTER TABLE post ADD COLUMN deleted boolean DEFAULT FALSE NOT NULL",
        "ALTER TABLE user_ ADD COLUMN theme varchar(20) DEFAULT 'darkly' NOT NULL",
        "ALTER TABLE user_ ADD COLUMN default_sort_type smallint DEFAULT 0 NOT NULL",
        "alter table site add column enable_downvotes boolean default true not null;",
        "ALTER TABLE person ADD COLUMN matrix_user_id text",
        "ALTER TABLE person\n    ADD COLUMN actor_id character varying(255) NOT NULL DEFAULT 'http://fake.com', -- from the site url\n    ADD COLUMN bio text, -- a comment\n    ADD COLUMN local boolean NOT NULL DEFAULT TRUE,\n    ADD COLUMN last_refreshed_at timestamp NOT NULL DEFAULT now()",
        "ALTER TABLE ONLY ledger ADD amount numeric(12, 2) NOT NULL DEFAULT 0.00",
        "ALTER TABLE IF EXISTS t ADD COLUMN c double precision NULL",
        "ALTER TABLE t ADD COLUMN c timestamp with time zone DEFAULT CURRENT_TIMESTAMP",
        "ALTER TABLE t ADD COLUMN c timestamp(3) without time zone DEFAULT now()",
        "ALTER TABLE t ADD COLUMN c time with time zone",
        "ALTER TABLE t ADD COLUMN c timestamptz NOT NULL DEFAULT now()",
        "ALTER TABLE t ADD COLUMN c text[] NOT NULL DEFAULT '{}'",
        "ALTER TABLE t ADD COLUMN c int DEFAULT -1",
        "ALTER TABLE t ADD COLUMN c bigserial",
        "ALTER TABLE t ADD COLUMN c serial NOT NULL",
        "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid() NOT NULL",
        "ALTER TABLE t ADD COLUMN c listing_type_enum DEFAULT 'local' NOT NULL",
        "ALTER TABLE t ADD COLUMN c jsonb DEFAULT NULL",
        "ALTER TABLE t ADD COLUMN c character(3) DEFAULT 'EUR'",
        "ALTER TABLE t ADD COLUMN c int8, ADD COLUMN d float8, ADD COLUMN e int2",
        "ALTER TABLE Fees ADD COLUMN Amount_Cents INTEGER",
        "ALTER TABLE person DROP COLUMN matrix_user_id",
        "ALTER TABLE t ADD COLUMN c text UNIQUE",
        "ALTER TABLE t ADD COLUMN c int REFERENCES u (id)",
        "ALTER TABLE t ADD COLUMN c int PRIMARY KEY",
        "ALTER TABLE user_ ADD COLUMN matrix_user_id text UNIQUE",
        "ALTER TABLE password_reset_request ADD COLUMN local_user_id integer NOT NULL REFERENCES local_user (id) ON UPDATE CASCADE ON DELETE CASCADE",
        "ALTER TABLE post ADD COLUMN language_id integer REFERENCES LANGUAGE NOT NULL DEFAULT 0",
        "ALTER TABLE t ADD COLUMN c int DEFAULT NULL REFERENCES u UNIQUE, ADD COLUMN d int PRIMARY KEY",
        "ALTER TABLE person ALTER COLUMN published TYPE timestamptz USING published",
        "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d",
        "ALTER TABLE ONLY person DROP COLUMN IF EXISTS bio CASCADE, DROP COLUMN local RESTRICT",
        "ALTER TABLE post RENAME COLUMN published TO published_at;",
        "ALTER TABLE post ALTER COLUMN name SET NOT NULL",
        "ALTER TABLE post ALTER COLUMN name DROP NOT NULL, ALTER COLUMN url DROP DEFAULT",
        "ALTER TABLE post ALTER COLUMN title TYPE varchar(200)",
        "ALTER TABLE post ALTER COLUMN published SET DATA TYPE timestamptz",
        "ALTER TABLE site ALTER COLUMN theme SET DEFAULT 'browser'",
        "ALTER TABLE site ALTER COLUMN enabled SET DEFAULT TRUE, ADD COLUMN x int, DROP COLUMN y",
        "ALTER TABLE local_site DROP enable_nsfw",
        "ALTER TABLE tag ALTER summary TYPE varchar(150), ALTER register SET DEFAULT 10",
        "ALTER TABLE local_user ALTER default_post_sort_type DROP DEFAULT",
        "ALTER TABLE community_follower RENAME pending TO state",
        "ALTER TABLE ONLY person RENAME COLUMN name TO handle",
        "ALTER TABLE user_ RENAME TO person",
        "ALTER TABLE IF EXISTS user_ RENAME TO person;",
        "ALTER TABLE post RENAME CONSTRAINT post_creator_id_fkey TO post_person_id_fkey",
        "ALTER TABLE ONLY post RENAME CONSTRAINT a TO b",
        "ALTER TABLE t ADD PRIMARY KEY (person_id, comment_id)",
        "ALTER TABLE captcha_answer DROP COLUMN id, ADD PRIMARY KEY (uuid), DROP CONSTRAINT captcha_answer_uuid_key",
        "ALTER TABLE t ADD CONSTRAINT t_key UNIQUE (a, b)",
        "ALTER TABLE t ADD UNIQUE NULLS NOT DISTINCT (a, b), ADD CONSTRAINT k UNIQUE NULLS DISTINCT (c)",
        "ALTER TABLE t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p_id) REFERENCES p (id) ON UPDATE CASCADE ON DELETE CASCADE",
        "ALTER TABLE t ADD FOREIGN KEY (p_id) REFERENCES p NOT VALID",
        "ALTER TABLE t ADD CONSTRAINT k FOREIGN KEY (a, b) REFERENCES p (x, y) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID",
        "ALTER TABLE t ADD COLUMN p_id int REFERENCES p ON DELETE CASCADE DEFERRABLE",
        "ALTER TABLE t ADD COLUMN p_id int REFERENCES p INITIALLY IMMEDIATE NOT DEFERRABLE",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS k CASCADE, DROP CONSTRAINT l",
        "ALTER TABLE comment DISABLE TRIGGER ALL",
        "ALTER TABLE comment ENABLE TRIGGER comment_aggregates_comment",
        "ALTER TABLE comment ENABLE ALWAYS TRIGGER a, ENABLE REPLICA TRIGGER b, DISABLE TRIGGER USER",
    ];
    let read = read_in_corpus(&shapes, alter_table);
    assert!(read > 150, "only {read} statements read quickly");
}

/// What this reader cannot check word by word is the parser's, which
/// reads it or reports it.
#[test]
fn other_shapes_are_left_to_the_parser() {
    for text in [
        // Constraints, casts, collations, generated and quoted names.
        "ALTER TABLE t ADD COLUMN c int CHECK (c > 0)",
        "ALTER TABLE t ADD COLUMN c text DEFAULT 'x'::text",
        "ALTER TABLE t ADD COLUMN c text COLLATE \"C\"",
        "ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS IDENTITY",
        "ALTER TABLE t ADD COLUMN \"Order\" int",
        "ALTER TABLE public.t ADD COLUMN c int",
        "ALTER TABLE t ADD COLUMN IF NOT EXISTS c int",
        "ALTER TABLE t ADD COLUMN c text DEFAULT E'a\\'b'",
        "ALTER TABLE t ADD COLUMN c text DEFAULT 'a\\b'",
        "ALTER TABLE t ADD COLUMN c text DEFAULT 'it''s' NULL",
        "ALTER TABLE t ADD COLUMN c int DEFAULT 1 + 1",
        "ALTER TABLE t ADD COLUMN c interval DAY",
        "ALTER TABLE t ADD COLUMN c varchar(20)[]",
        "ALTER TABLE t RENAME COLUMN a TO b, ADD COLUMN c int",
        "ALTER TABLE t RENAME TO u, ADD COLUMN c int",
        "ALTER TABLE ONLY t RENAME TO u",
        "ALTER TABLE t RENAME CONSTRAINT k TO",
        "ALTER TABLE t RENAME CONSTRAINT k l",
        "ALTER TABLE t RENAME a b",
        "ALTER TABLE public.t RENAME TO u",
        "ALTER TABLE t RENAME TO public.u",
        "ALTER TABLE t ADD CONSTRAINT k CHECK (a > 0)",
        "ALTER TABLE t ADD CHECK (a IS NOT NULL) NOT VALID",
        "ALTER TABLE t ADD CONSTRAINT k EXCLUDE USING gist (a WITH &&)",
        "ALTER TABLE t ADD CONSTRAINT k PRIMARY KEY USING INDEX i",
        "ALTER TABLE t ADD CONSTRAINT \"K\" UNIQUE (a)",
        "ALTER TABLE t ADD UNIQUE (a) INCLUDE (b)",
        "ALTER TABLE t ALTER CONSTRAINT k DEFERRABLE",
        "ALTER TABLE t DROP CONSTRAINT",
        "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE t ENABLE RULE r",
        "ALTER TABLE t DISABLE TRIGGER",
        "ALTER TABLE t ENABLE ALWAYS r",
        "ALTER TABLE t ALTER COLUMN a TYPE int USING a::int",
        "ALTER TABLE t ALTER COLUMN a TYPE text COLLATE \"C\"",
        "ALTER TABLE t ALTER COLUMN a SET DEFAULT now() + interval '1 day'",
        "ALTER TABLE t ALTER COLUMN a SET STATISTICS 100",
        "ALTER TABLE t ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY",
        "ALTER TABLE t DROP COLUMN a b",
        "ALTER TABLE t RENAME COLUMN a TO",
        "ALTER TABLE t ALTER COLUMN a SET NOT",
        "ALTER TABLE t ADD UNIQUE (a) NOT VALID",
        "ALTER TABLE t ADD PRIMARY KEY (a) NOT VALID",
        "ALTER TABLE t ADD UNIQUE NULLS (a)",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p NOT DEFERRABLE INITIALLY DEFERRED",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p DEFERRABLE DEFERRABLE",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p INITIALLY DEFERRED INITIALLY IMMEDIATE",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p NOT VALID NOT VALID",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (x, y)",
        "ALTER TABLE t DROP CONSTRAINT k l",
        "ALTER TABLE t DISABLE TRIGGER a b",
        // Not SQL.
        "ALTER TABLE t ADD COLUMN c",
        "ALTER TABLE t ADD COLUMN c int,",
        "ALTER TABLE t ADD COLUMN c int NOT NULL NOT NULL",
        "ALTER TABLE t ADD COLUMN c int DEFAULT",
        "ALTER TABLE t ADD COLUMN c numeric(12,",
        "ALTER TABLE t ADD COLUMN c numeric(a)",
        "ALTER TABLE t ADD COLUMN c int garbage",
        "ALTER TABLE t ADD COLUMN c int; ALTER TABLE t ADD COLUMN d int",
        "ALTER TABLE t ADD COLUMN 1c int",
        "ALTER TABLE t ADD COLUMN c text DEFAULT 'never closed",
    ] {
        assert!(alter_table(text).is_none(), "{text}");
    }
}

/// Every `CREATE TABLE` read here, the parser reads too, to the same
/// operations (the table, then a lock on each table it references) with no
/// hints: on PostgreSQL's regression DDL, the examples and the shapes of
/// real migrations.
#[test]
fn quick_tables_read_as_the_parser_reads_them() {
    let shapes = [
        "CREATE TABLE user_ (\n  id serial PRIMARY KEY,\n  name varchar(20) NOT NULL UNIQUE,\n  email text UNIQUE,\n  admin boolean DEFAULT FALSE NOT NULL,\n  published timestamp NOT NULL DEFAULT now(),\n  updated timestamp\n)",
        "CREATE TABLE post (id serial PRIMARY KEY, creator_id int REFERENCES user_ ON UPDATE CASCADE ON DELETE CASCADE NOT NULL, community_id int REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE NOT NULL, published timestamp NOT NULL DEFAULT now());",
        "CREATE TABLE post_like (id serial PRIMARY KEY, post_id int REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE NOT NULL, user_id int REFERENCES user_ ON UPDATE CASCADE ON DELETE CASCADE NOT NULL, score smallint NOT NULL, UNIQUE (post_id, user_id))",
        "CREATE TABLE IF NOT EXISTS ledger (id bigserial PRIMARY KEY, account_id bigint NOT NULL, amount numeric(12, 2) NOT NULL DEFAULT 0, CONSTRAINT ledger_account_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE RESTRICT)",
        "CREATE TABLE person_follower (person_id int NOT NULL, follower_id int NOT NULL, PRIMARY KEY (person_id, follower_id), FOREIGN KEY (person_id) REFERENCES person ON DELETE CASCADE, FOREIGN KEY (follower_id) REFERENCES person ON DELETE SET NULL)",
        "CREATE TABLE tree (id int PRIMARY KEY, parent_id int REFERENCES tree (id) ON DELETE NO ACTION)",
        "CREATE TABLE t (a int REFERENCES p (id), b int REFERENCES p (id), c int REFERENCES q)",
        "CREATE TABLE t (a text[] NOT NULL DEFAULT '{}', b timestamptz, c double precision NULL, d jsonb DEFAULT NULL, e uuid DEFAULT gen_random_uuid())",
        "create table Fees (Id serial primary key, Amount_Cents integer not null);",
        "CREATE TABLE t (a int REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED, b int REFERENCES q INITIALLY IMMEDIATE)",
        "CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b), FOREIGN KEY (a) REFERENCES p ON DELETE CASCADE NOT DEFERRABLE)",
    ];
    let read = read_in_corpus(&shapes, create_table);
    assert!(read > 900, "only {read} tables read quickly");
}

/// What the `CREATE TABLE` reader cannot check word by word is the
/// parser's, which reads it or reports it.
#[test]
fn other_tables_are_left_to_the_parser() {
    for text in [
        "CREATE TABLE t (a int CHECK (a > 0))",
        "CREATE TABLE t (a int, CHECK (a IS NOT NULL))",
        "CREATE TABLE t (a int) PARTITION BY RANGE (a)",
        "CREATE TABLE t (a int) WITH (fillfactor = 70)",
        "CREATE TABLE t (LIKE u)",
        "CREATE TABLE t AS SELECT 1",
        "CREATE TABLE t PARTITION OF u FOR VALUES IN (1)",
        "CREATE TEMP TABLE t (a int)",
        "CREATE UNLOGGED TABLE t (a int)",
        "CREATE TABLE public.t (a int)",
        "CREATE TABLE \"T\" (a int)",
        "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY)",
        "CREATE TABLE t (a int REFERENCES p (id) MATCH FULL)",
        "CREATE TABLE t (a int REFERENCES p NOT DEFERRABLE INITIALLY DEFERRED)",
        "CREATE TABLE t (a int REFERENCES p DEFERRABLE NOT DEFERRABLE)",
        "CREATE TABLE t (a int REFERENCES p DEFERRABLE ON DELETE CASCADE)",
        "CREATE TABLE t (a int, UNIQUE NULLS NOT (a))",
        "CREATE TABLE t (a int, EXCLUDE USING gist (a WITH =))",
        "CREATE TABLE t (a text COLLATE \"C\")",
        // Not SQL, or not PostgreSQL.
        "CREATE TABLE t ()",
        "CREATE TABLE t (a int,)",
        "CREATE TABLE t (a int",
        "CREATE TABLE t (a)",
        "CREATE TABLE t (a int) garbage",
        "CREATE TABLE t (a int NULL PRIMARY KEY)",
        "CREATE TABLE t (a int PRIMARY KEY PRIMARY KEY)",
        "CREATE TABLE t (a int REFERENCES p (x, y))",
        "CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES p (x, y))",
        "CREATE TABLE t (a int REFERENCES p ON DELETE CASCADE ON DELETE CASCADE)",
        "CREATE TABLE t (a int REFERENCES p ON DELETE NOTHING)",
        "CREATE TABLE t (a int, PRIMARY KEY ())",
        "CREATE TABLE t (a int); CREATE TABLE u (b int)",
    ] {
        assert!(create_table(text).is_none(), "{text}");
    }
}

/// Every `DROP TABLE` read here, the parser reads too, to the same
/// operations.
#[test]
fn quick_drops_read_as_the_parser_reads_them() {
    let shapes = [
        "DROP TABLE comment_aggregates_fast",
        "DROP TABLE IF EXISTS post_read, person_post_aggregates, post_like CASCADE;",
        "drop table Fees restrict",
    ];
    let read = read_in_corpus(&shapes, drop_table);
    assert!(read > 100, "only {read} drops read quickly");
}

/// What the `DROP TABLE` reader does not read is the parser's.
#[test]
fn other_drops_are_left_to_the_parser() {
    for text in [
        "DROP TABLE",
        "DROP TABLE a,",
        "DROP TABLE a b",
        "DROP TABLE public.a",
        "DROP TABLE \"A\"",
        "DROP TABLE a CASCADE CASCADE",
        "DROP TABLE IF EXISTS",
        "DROP TABLE a; DROP TABLE b",
        "DROP TABLES a",
        "DROP VIEW a",
        "DROP INDEX a",
    ] {
        assert!(drop_table(text).is_none(), "{text}");
    }
}

/// Statements made of random words from the grammar's vocabulary after a
/// `CREATE TABLE` or `ALTER TABLE ... ADD` head: whatever the quick readers
/// accept, the parser accepts too, to the same operations. Fixed seed: the
/// same statements on every run.
#[test]
fn random_statements_read_as_the_parser_reads_them() {
    const HEADS: &[&str] = &[
        "CREATE TABLE t (a",
        "CREATE TABLE t (",
        "ALTER TABLE t ADD COLUMN a",
        "ALTER TABLE t ADD",
        "ALTER TABLE t DROP COLUMN",
        "ALTER TABLE t ALTER COLUMN a",
        "ALTER TABLE t RENAME COLUMN a",
        "ALTER TABLE t RENAME",
        "ALTER TABLE t ADD CONSTRAINT k",
        "ALTER TABLE t DROP CONSTRAINT",
        "ALTER TABLE t ENABLE",
        "ALTER TABLE t DISABLE TRIGGER",
        "DROP TABLE",
    ];
    const VOCABULARY: &[&str] = &[
        "USING",
        "DROP",
        "RENAME",
        "TO",
        "ALTER",
        "TYPE",
        "DATA",
        "RESTRICT",
        "a",
        "b",
        "int",
        "text",
        "varchar",
        "numeric",
        "double",
        "precision",
        "timestamp",
        "with",
        "without",
        "time",
        "zone",
        "(",
        ")",
        "[",
        "]",
        ",",
        ";",
        "20",
        "2",
        "1.5",
        "-",
        "'x'",
        "''",
        "NOT",
        "NULL",
        "DEFAULT",
        "TRUE",
        "now",
        "CURRENT_TIMESTAMP",
        "PRIMARY",
        "KEY",
        "UNIQUE",
        "REFERENCES",
        "p",
        "ON",
        "DELETE",
        "UPDATE",
        "CASCADE",
        "SET",
        "NO",
        "ACTION",
        "FOREIGN",
        "CONSTRAINT",
        "CHECK",
        "LIKE",
        "ADD",
        "COLUMN",
        "IF",
        "EXISTS",
        "serial",
        "E",
        "::",
        "COLLATE",
        "DEFERRABLE",
        "INITIALLY",
        "DEFERRED",
        "IMMEDIATE",
        "VALID",
        "NULLS",
        "DISTINCT",
        "TRIGGER",
        "ALL",
        "ALWAYS",
        "IF EXISTS",
        "TABLE",
    ];
    let mut state: u64 = 0x5eed;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).unwrap_or(0) % n
    };
    let mut read = 0;
    for _ in 0..200_000 {
        let mut text = HEADS[next(HEADS.len())].to_owned();
        for _ in 0..=next(14) {
            text.push(' ');
            text.push_str(VOCABULARY[next(VOCABULARY.len())]);
        }
        read += usize::from(read_as_parsed(&text, any));
    }
    assert!(read > 100, "only {read} random statements read quickly");
}

/// Every SQL keyword the parser knows, in every place the quick readers
/// take a plain word (a table, a column, a type, a referenced table, a
/// default's function), in lower and upper case: whatever they accept, the
/// parser accepts too, to the same operations.
#[test]
fn keywords_as_names_read_as_the_parser_reads_them() {
    const PLACES: &[&str] = &[
        "CREATE TABLE {} (a int)",
        "CREATE TABLE t ({} int)",
        "CREATE TABLE t (a {})",
        "CREATE TABLE t (a int, {} text NOT NULL)",
        "CREATE TABLE t (a int REFERENCES {})",
        "CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES {} (id))",
        "CREATE TABLE t (a int, CONSTRAINT {} UNIQUE (a))",
        "CREATE TABLE t (a int, UNIQUE ({}))",
        "CREATE TABLE t (a timestamp DEFAULT {}())",
        "ALTER TABLE {} ADD COLUMN a int",
        "ALTER TABLE t ADD COLUMN {} int",
        "ALTER TABLE t ADD {} int",
        "ALTER TABLE t ADD COLUMN a {}",
        "ALTER TABLE t ADD COLUMN a {}(10)",
        "ALTER TABLE t ADD COLUMN a {}[]",
        "ALTER TABLE t ADD COLUMN a int DEFAULT {}",
        "ALTER TABLE t DROP COLUMN {}",
        "ALTER TABLE t DROP COLUMN IF EXISTS {} CASCADE",
        "ALTER TABLE t RENAME COLUMN {} TO b",
        "ALTER TABLE t RENAME COLUMN a TO {}",
        "ALTER TABLE t ALTER COLUMN {} SET NOT NULL",
        "ALTER TABLE t ALTER COLUMN a TYPE {}",
        "ALTER TABLE t ALTER COLUMN a SET DATA TYPE {}",
        "ALTER TABLE t ALTER COLUMN a SET DEFAULT {}",
        "ALTER TABLE t ALTER COLUMN a TYPE int USING {}",
        "ALTER TABLE t ADD COLUMN a int REFERENCES {}",
        "ALTER TABLE t ADD COLUMN a int DEFAULT 0 REFERENCES {} (id) UNIQUE",
        "ALTER TABLE t DROP {}",
        "ALTER TABLE t ALTER {} SET NOT NULL",
        "ALTER TABLE t RENAME {} TO b",
        "ALTER TABLE t RENAME TO {}",
        "ALTER TABLE t RENAME CONSTRAINT {} TO b",
        "ALTER TABLE t RENAME CONSTRAINT a TO {}",
        "ALTER TABLE t ADD CONSTRAINT {} UNIQUE (a)",
        "ALTER TABLE t ADD PRIMARY KEY ({})",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES {} NOT VALID",
        "ALTER TABLE t DROP CONSTRAINT {}",
        "ALTER TABLE t DROP CONSTRAINT IF EXISTS {} CASCADE",
        "ALTER TABLE t DISABLE TRIGGER {}",
        "ALTER TABLE t ENABLE ALWAYS TRIGGER {}",
        "DROP TABLE {}",
        "DROP TABLE IF EXISTS a, {} CASCADE",
    ];
    let mut read = 0;
    for keyword in sqlparser::keywords::ALL_KEYWORDS {
        for word in [keyword.to_string(), keyword.to_ascii_lowercase()] {
            for place in PLACES {
                let text = place.replace("{}", &word);
                read += usize::from(read_as_parsed(&text, any));
            }
        }
    }
    assert!(read > 1000, "only {read} statements read quickly");
}
