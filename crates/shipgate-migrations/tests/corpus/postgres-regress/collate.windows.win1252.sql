-- corpus: line 18 accepted
CREATE SCHEMA collate_tests;

-- corpus: line 22 accepted
CREATE TABLE collate_test1 (
    a int,
    b text COLLATE "en_US" NOT NULL
);

-- corpus: line 29 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "ja_JP.eucjp"
);

-- corpus: line 34 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "foo"
);

-- corpus: line 39 accepted
CREATE TABLE collate_test_fail (
    a int COLLATE "en_US",
    b text
);

-- corpus: line 44 accepted
CREATE TABLE collate_test_like (
    LIKE collate_test1
);

-- corpus: line 50 accepted
CREATE TABLE collate_test2 (
    a int,
    b text COLLATE "sv_SE"
);

-- corpus: line 55 accepted
CREATE TABLE collate_test3 (
    a int,
    b text COLLATE "C"
);

-- corpus: line 75 accepted
CREATE DOMAIN testdomain_sv AS text COLLATE "sv_SE";

-- corpus: line 76 accepted
CREATE DOMAIN testdomain_i AS int COLLATE "sv_SE";

-- corpus: line 77 accepted
CREATE TABLE collate_test4 (
    a int,
    b testdomain_sv
);

-- corpus: line 84 accepted
CREATE TABLE collate_test5 (
    a int,
    b testdomain_sv COLLATE "en_US"
);

-- corpus: line 129 accepted
CREATE TABLE collate_test6 (
    a int,
    b text COLLATE "en_US"
);

-- corpus: line 155 accepted
CREATE VIEW collview1 AS SELECT * FROM collate_test1 WHERE b COLLATE "C" >= 'bbc';

-- corpus: line 156 accepted
CREATE VIEW collview2 AS SELECT a, b FROM collate_test1 ORDER BY b COLLATE "C";

-- corpus: line 180 accepted
CREATE DOMAIN testdomain AS text;

-- corpus: line 206 accepted
CREATE TABLE test_u AS SELECT a, b FROM collate_test1 UNION ALL SELECT a, b FROM collate_test3;

-- corpus: line 228 accepted
CREATE FUNCTION mylt (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 $$;

-- corpus: line 231 accepted
CREATE FUNCTION mylt_noninline (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 limit 1 $$;

-- corpus: line 234 accepted
CREATE FUNCTION mylt_plpgsql (text, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ begin return $1 < $2; end $$;

-- corpus: line 251 accepted
CREATE FUNCTION mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 262 accepted
CREATE OR REPLACE FUNCTION
  mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text COLLATE "POSIX" := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 283 accepted
CREATE FUNCTION dup (anyelement) RETURNS anyelement
    AS 'select $1' LANGUAGE sql;

-- corpus: line 293 accepted
CREATE INDEX collate_test1_idx1 ON collate_test1 (b);

-- corpus: line 294 accepted
CREATE INDEX collate_test1_idx2 ON collate_test1 (b COLLATE "C");

-- corpus: line 295 accepted
CREATE INDEX collate_test1_idx3 ON collate_test1 ((b COLLATE "C"));

-- corpus: line 296 accepted
CREATE INDEX collate_test1_idx4 ON collate_test1 (((b||'foo') COLLATE "POSIX"));

-- corpus: line 298 accepted
CREATE INDEX collate_test1_idx5 ON collate_test1 (a COLLATE "C");

-- corpus: line 299 accepted
CREATE INDEX collate_test1_idx6 ON collate_test1 ((a COLLATE "C"));

-- corpus: line 306 accepted
CREATE ROLE regress_test_role;

-- corpus: line 307 accepted
CREATE SCHEMA test_schema;

-- corpus: line 316 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 317 accepted
CREATE COLLATION IF NOT EXISTS test0 FROM "C";

-- corpus: line 318 accepted
CREATE COLLATION IF NOT EXISTS test0 (locale = 'foo');

-- corpus: line 327 accepted
CREATE COLLATION test3 (lc_collate = 'en_US.utf8');

-- corpus: line 328 accepted
CREATE COLLATION testx (locale = 'nonsense');

-- corpus: line 330 accepted
CREATE COLLATION test4 FROM nonsense;

-- corpus: line 331 accepted
CREATE COLLATION test5 FROM test0;

-- corpus: line 335 accepted
ALTER COLLATION test1 RENAME TO test11;

-- corpus: line 336 accepted
ALTER COLLATION test0 RENAME TO test11;

-- corpus: line 337 accepted
ALTER COLLATION test1 RENAME TO test22;

-- corpus: line 339 accepted
ALTER COLLATION test11 OWNER TO regress_test_role;

-- corpus: line 340 accepted
ALTER COLLATION test11 OWNER TO nonsense;

-- corpus: line 341 accepted
ALTER COLLATION test11 SET SCHEMA test_schema;

-- corpus: line 343 accepted
COMMENT ON COLLATION test0 IS 'US English';

-- corpus: line 350 accepted
DROP COLLATION test0, test_schema.test11, test5;

-- corpus: line 351 accepted
DROP COLLATION test0;

-- corpus: line 352 accepted
DROP COLLATION IF EXISTS test0;

-- corpus: line 356 accepted
DROP SCHEMA test_schema;

-- corpus: line 357 accepted
DROP ROLE regress_test_role;

-- corpus: line 362 accepted
ALTER COLLATION "en_US" REFRESH VERSION;

-- corpus: line 371 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 373 accepted
CREATE TABLE collate_dep_test1 (a int, b text COLLATE test0);

-- corpus: line 374 accepted
CREATE DOMAIN collate_dep_dom1 AS text COLLATE test0;

-- corpus: line 375 accepted
CREATE TYPE collate_dep_test2 AS (x int, y text COLLATE test0);

-- corpus: line 376 accepted
CREATE VIEW collate_dep_test3 AS SELECT text 'foo' COLLATE test0 AS foo;

-- corpus: line 377 accepted
CREATE TABLE collate_dep_test4t (a int, b text);

-- corpus: line 378 accepted
CREATE INDEX collate_dep_test4i ON collate_dep_test4t (b COLLATE test0);

-- corpus: line 380 accepted
DROP COLLATION test0 RESTRICT;

-- corpus: line 381 accepted
DROP COLLATION test0 CASCADE;

-- corpus: line 386 accepted
DROP TABLE collate_dep_test1, collate_dep_test4t;

-- corpus: line 387 accepted
DROP TYPE collate_dep_test2;

-- corpus: line 391 accepted
create type textrange_c as range(subtype=text, collation="C");

-- corpus: line 392 accepted
create type textrange_en_us as range(subtype=text, collation="en_US");

-- corpus: line 397 accepted
drop type textrange_c;

-- corpus: line 398 accepted
drop type textrange_en_us;

-- corpus: line 404 accepted
CREATE COLLATION ctest_det (locale = 'en_US', deterministic = true);

-- corpus: line 405 accepted
CREATE COLLATION ctest_nondet (locale = 'en_US', deterministic = false);

-- corpus: line 410 accepted
DROP SCHEMA collate_tests CASCADE;
