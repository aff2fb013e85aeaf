-- corpus: line 17 accepted
CREATE SCHEMA collate_tests;

-- corpus: line 21 accepted
CREATE TABLE collate_test1 (
    a int,
    b text COLLATE "en_US" NOT NULL
);

-- corpus: line 28 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "ja_JP.eucjp"
);

-- corpus: line 33 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "foo"
);

-- corpus: line 38 accepted
CREATE TABLE collate_test_fail (
    a int COLLATE "en_US",
    b text
);

-- corpus: line 43 accepted
CREATE TABLE collate_test_like (
    LIKE collate_test1
);

-- corpus: line 49 accepted
CREATE TABLE collate_test2 (
    a int,
    b text COLLATE "sv_SE"
);

-- corpus: line 54 accepted
CREATE TABLE collate_test3 (
    a int,
    b text COLLATE "C"
);

-- corpus: line 74 accepted
CREATE DOMAIN testdomain_sv AS text COLLATE "sv_SE";

-- corpus: line 75 accepted
CREATE DOMAIN testdomain_i AS int COLLATE "sv_SE";

-- corpus: line 76 accepted
CREATE TABLE collate_test4 (
    a int,
    b testdomain_sv
);

-- corpus: line 83 accepted
CREATE TABLE collate_test5 (
    a int,
    b testdomain_sv COLLATE "en_US"
);

-- corpus: line 108 accepted
CREATE TABLE collate_test10 (
    a int,
    x text COLLATE "en_US",
    y text COLLATE "tr_TR"
);

-- corpus: line 148 accepted
CREATE TABLE collate_test6 (
    a int,
    b text COLLATE "en_US"
);

-- corpus: line 194 accepted
CREATE VIEW collview1 AS SELECT * FROM collate_test1 WHERE b COLLATE "C" >= 'bbc';

-- corpus: line 195 accepted
CREATE VIEW collview2 AS SELECT a, b FROM collate_test1 ORDER BY b COLLATE "C";

-- corpus: line 196 accepted
CREATE VIEW collview3 AS SELECT a, lower((x || x) COLLATE "C") FROM collate_test10;

-- corpus: line 223 accepted
CREATE DOMAIN testdomain AS text;

-- corpus: line 250 accepted
CREATE TABLE test_u AS SELECT a, b FROM collate_test1 UNION ALL SELECT a, b FROM collate_test3;

-- corpus: line 277 accepted
CREATE FUNCTION mylt (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 $$;

-- corpus: line 280 accepted
CREATE FUNCTION mylt_noninline (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 limit 1 $$;

-- corpus: line 283 accepted
CREATE FUNCTION mylt_plpgsql (text, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ begin return $1 < $2; end $$;

-- corpus: line 300 accepted
CREATE FUNCTION mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 311 accepted
CREATE OR REPLACE FUNCTION
  mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text COLLATE "POSIX" := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 332 accepted
CREATE FUNCTION dup (anyelement) RETURNS anyelement
    AS 'select $1' LANGUAGE sql;

-- corpus: line 342 accepted
CREATE INDEX collate_test1_idx1 ON collate_test1 (b);

-- corpus: line 343 accepted
CREATE INDEX collate_test1_idx2 ON collate_test1 (b COLLATE "C");

-- corpus: line 344 accepted
CREATE INDEX collate_test1_idx3 ON collate_test1 ((b COLLATE "C"));

-- corpus: line 345 accepted
CREATE INDEX collate_test1_idx4 ON collate_test1 (((b||'foo') COLLATE "POSIX"));

-- corpus: line 347 accepted
CREATE INDEX collate_test1_idx5 ON collate_test1 (a COLLATE "C");

-- corpus: line 348 accepted
CREATE INDEX collate_test1_idx6 ON collate_test1 ((a COLLATE "C"));

-- corpus: line 355 accepted
CREATE ROLE regress_test_role;

-- corpus: line 356 accepted
CREATE SCHEMA test_schema;

-- corpus: line 365 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 366 accepted
CREATE COLLATION IF NOT EXISTS test0 FROM "C";

-- corpus: line 367 accepted
CREATE COLLATION IF NOT EXISTS test0 (locale = 'foo');

-- corpus: line 376 accepted
CREATE COLLATION test3 (lc_collate = 'en_US.utf8');

-- corpus: line 377 accepted
CREATE COLLATION testx (locale = 'nonsense');

-- corpus: line 379 accepted
CREATE COLLATION test4 FROM nonsense;

-- corpus: line 380 accepted
CREATE COLLATION test5 FROM test0;

-- corpus: line 384 accepted
ALTER COLLATION test1 RENAME TO test11;

-- corpus: line 385 accepted
ALTER COLLATION test0 RENAME TO test11;

-- corpus: line 386 accepted
ALTER COLLATION test1 RENAME TO test22;

-- corpus: line 388 accepted
ALTER COLLATION test11 OWNER TO regress_test_role;

-- corpus: line 389 accepted
ALTER COLLATION test11 OWNER TO nonsense;

-- corpus: line 390 accepted
ALTER COLLATION test11 SET SCHEMA test_schema;

-- corpus: line 392 accepted
COMMENT ON COLLATION test0 IS 'US English';

-- corpus: line 399 accepted
DROP COLLATION test0, test_schema.test11, test5;

-- corpus: line 400 accepted
DROP COLLATION test0;

-- corpus: line 401 accepted
DROP COLLATION IF EXISTS test0;

-- corpus: line 405 accepted
DROP SCHEMA test_schema;

-- corpus: line 406 accepted
DROP ROLE regress_test_role;

-- corpus: line 411 accepted
ALTER COLLATION "en_US" REFRESH VERSION;

-- corpus: line 420 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 422 accepted
CREATE TABLE collate_dep_test1 (a int, b text COLLATE test0);

-- corpus: line 423 accepted
CREATE DOMAIN collate_dep_dom1 AS text COLLATE test0;

-- corpus: line 424 accepted
CREATE TYPE collate_dep_test2 AS (x int, y text COLLATE test0);

-- corpus: line 425 accepted
CREATE VIEW collate_dep_test3 AS SELECT text 'foo' COLLATE test0 AS foo;

-- corpus: line 426 accepted
CREATE TABLE collate_dep_test4t (a int, b text);

-- corpus: line 427 accepted
CREATE INDEX collate_dep_test4i ON collate_dep_test4t (b COLLATE test0);

-- corpus: line 429 accepted
DROP COLLATION test0 RESTRICT;

-- corpus: line 430 accepted
DROP COLLATION test0 CASCADE;

-- corpus: line 435 accepted
DROP TABLE collate_dep_test1, collate_dep_test4t;

-- corpus: line 436 accepted
DROP TYPE collate_dep_test2;

-- corpus: line 440 accepted
create type textrange_c as range(subtype=text, collation="C");

-- corpus: line 441 accepted
create type textrange_en_us as range(subtype=text, collation="en_US");

-- corpus: line 446 accepted
drop type textrange_c;

-- corpus: line 447 accepted
drop type textrange_en_us;

-- corpus: line 458 accepted
CREATE COLLATION ctest_det (locale = 'en_US.utf8', deterministic = true);

-- corpus: line 459 accepted
CREATE COLLATION ctest_nondet (locale = 'en_US.utf8', deterministic = false);

-- corpus: line 464 accepted
DROP SCHEMA collate_tests CASCADE;
