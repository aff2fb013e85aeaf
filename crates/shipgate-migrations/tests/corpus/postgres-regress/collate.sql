-- corpus: line 13 accepted
CREATE SCHEMA collate_tests;

-- corpus: line 16 accepted
CREATE TABLE collate_test1 (
    a int,
    b text COLLATE "C" NOT NULL
);

-- corpus: line 23 accepted
CREATE TABLE collate_test_fail (
    a int COLLATE "C",
    b text
);

-- corpus: line 28 accepted
CREATE TABLE collate_test_like (
    LIKE collate_test1
);

-- corpus: line 34 accepted
CREATE TABLE collate_test2 (
    a int,
    b text COLLATE "POSIX"
);

-- corpus: line 47 accepted
CREATE DOMAIN testdomain_p AS text COLLATE "POSIX";

-- corpus: line 48 accepted
CREATE DOMAIN testdomain_i AS int COLLATE "POSIX";

-- corpus: line 49 accepted
CREATE TABLE collate_test4 (
    a int,
    b testdomain_p
);

-- corpus: line 56 accepted
CREATE TABLE collate_test5 (
    a int,
    b testdomain_p COLLATE "C"
);

-- corpus: line 79 accepted
CREATE TABLE collate_test10 (
    a int,
    x text COLLATE "C",
    y text COLLATE "POSIX"
);

-- corpus: line 94 accepted
CREATE VIEW collview1 AS SELECT * FROM collate_test1 WHERE b COLLATE "C" >= 'bbc';

-- corpus: line 95 accepted
CREATE VIEW collview2 AS SELECT a, b FROM collate_test1 ORDER BY b COLLATE "C";

-- corpus: line 96 accepted
CREATE VIEW collview3 AS SELECT a, lower((x || x) COLLATE "POSIX") FROM collate_test10;

-- corpus: line 119 accepted
CREATE DOMAIN testdomain AS text;

-- corpus: line 149 accepted
CREATE TABLE test_u AS SELECT a, b FROM collate_test1 UNION ALL SELECT a, b FROM collate_test2;

-- corpus: line 182 accepted
CREATE FUNCTION vc (text) RETURNS text LANGUAGE sql
    AS 'select $1::varchar';

-- corpus: line 193 accepted
CREATE FUNCTION dup (anyelement) RETURNS anyelement
    AS 'select $1' LANGUAGE sql;

-- corpus: line 202 accepted
CREATE INDEX collate_test1_idx1 ON collate_test1 (b);

-- corpus: line 203 accepted
CREATE INDEX collate_test1_idx2 ON collate_test1 (b COLLATE "POSIX");

-- corpus: line 204 accepted
CREATE INDEX collate_test1_idx3 ON collate_test1 ((b COLLATE "POSIX"));

-- corpus: line 205 accepted
CREATE INDEX collate_test1_idx4 ON collate_test1 (((b||'foo') COLLATE "POSIX"));

-- corpus: line 207 accepted
CREATE INDEX collate_test1_idx5 ON collate_test1 (a COLLATE "POSIX");

-- corpus: line 208 accepted
CREATE INDEX collate_test1_idx6 ON collate_test1 ((a COLLATE "POSIX"));

-- corpus: line 221 accepted
CREATE TABLE collate_test20 (f1 text COLLATE "C" PRIMARY KEY);

-- corpus: line 223 accepted
CREATE TABLE collate_test21 (f2 text COLLATE "POSIX" REFERENCES collate_test20);

-- corpus: line 226 accepted
CREATE TABLE collate_test22 (f2 text COLLATE "POSIX");

-- corpus: line 228 accepted
ALTER TABLE collate_test22 ADD FOREIGN KEY (f2) REFERENCES collate_test20;

-- corpus: line 230 accepted
ALTER TABLE collate_test22 ADD FOREIGN KEY (f2) REFERENCES collate_test20;

-- corpus: line 247 accepted
CREATE COLLATION mycoll1 FROM "C";

-- corpus: line 248 accepted
CREATE COLLATION mycoll2 ( LC_COLLATE = "POSIX", LC_CTYPE = "POSIX" );

-- corpus: line 249 accepted
CREATE COLLATION mycoll3 FROM "default";

-- corpus: line 251 accepted
DROP COLLATION mycoll1;

-- corpus: line 252 accepted
CREATE TABLE collate_test23 (f1 text collate mycoll2);

-- corpus: line 253 accepted
DROP COLLATION mycoll2;

-- corpus: line 256 accepted
CREATE COLLATION case_coll ("Lc_Collate" = "POSIX", "Lc_Ctype" = "POSIX");

-- corpus: line 260 accepted
CREATE TEMP TABLE vctable (f1 varchar(25));

-- corpus: line 270 accepted
CREATE VIEW collate_on_int AS
SELECT c1+1 AS c1p FROM
  (SELECT ('4' COLLATE "C")::INT AS c1) ss;

-- corpus: line 277 accepted
CREATE COLLATION coll_dup_chk (LC_COLLATE = "POSIX", LC_COLLATE = "NONSENSE", LC_CTYPE = "POSIX");

-- corpus: line 279 accepted
CREATE COLLATION coll_dup_chk (LC_CTYPE = "POSIX", LC_CTYPE = "NONSENSE", LC_COLLATE = "POSIX");

-- corpus: line 281 accepted
CREATE COLLATION coll_dup_chk (PROVIDER = icu, PROVIDER = NONSENSE, LC_COLLATE = "POSIX", LC_CTYPE = "POSIX");

-- corpus: line 283 accepted
CREATE COLLATION case_sensitive (LOCALE = '', LOCALE = "NONSENSE");

-- corpus: line 285 accepted
CREATE COLLATION coll_dup_chk (DETERMINISTIC = TRUE, DETERMINISTIC = NONSENSE, LOCALE = '');

-- corpus: line 287 accepted
CREATE COLLATION coll_dup_chk (VERSION = '1', VERSION = "NONSENSE", LOCALE = '');

-- corpus: line 289 accepted
CREATE COLLATION coll_dup_chk (LC_COLLATE = "POSIX", LC_CTYPE = "POSIX", LOCALE = '');

-- corpus: line 291 accepted
CREATE COLLATION coll_dup_chk (LC_COLLATE = "POSIX", LOCALE = '');

-- corpus: line 293 accepted
CREATE COLLATION coll_dup_chk (LC_CTYPE = "POSIX", LOCALE = '');

-- corpus: line 295 accepted
CREATE COLLATION coll_dup_chk (FROM = "C", VERSION = "1");

-- corpus: line 302 accepted
DROP SCHEMA collate_tests CASCADE;
