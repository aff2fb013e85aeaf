-- corpus: line 15 accepted
CREATE SCHEMA collate_tests;

-- corpus: line 19 accepted
CREATE TABLE collate_test1 (
    a int,
    b text COLLATE "en-x-icu" NOT NULL
);

-- corpus: line 26 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "ja_JP.eucjp-x-icu"
);

-- corpus: line 31 accepted
CREATE TABLE collate_test_fail (
    a int,
    b text COLLATE "foo-x-icu"
);

-- corpus: line 36 accepted
CREATE TABLE collate_test_fail (
    a int COLLATE "en-x-icu",
    b text
);

-- corpus: line 41 accepted
CREATE TABLE collate_test_like (
    LIKE collate_test1
);

-- corpus: line 47 accepted
CREATE TABLE collate_test2 (
    a int,
    b text COLLATE "sv-x-icu"
);

-- corpus: line 52 accepted
CREATE TABLE collate_test3 (
    a int,
    b text COLLATE "C"
);

-- corpus: line 72 accepted
CREATE DOMAIN testdomain_sv AS text COLLATE "sv-x-icu";

-- corpus: line 73 accepted
CREATE DOMAIN testdomain_i AS int COLLATE "sv-x-icu";

-- corpus: line 74 accepted
CREATE TABLE collate_test4 (
    a int,
    b testdomain_sv
);

-- corpus: line 81 accepted
CREATE TABLE collate_test5 (
    a int,
    b testdomain_sv COLLATE "en-x-icu"
);

-- corpus: line 106 accepted
CREATE TABLE collate_test10 (
    a int,
    x text COLLATE "en-x-icu",
    y text COLLATE "tr-x-icu"
);

-- corpus: line 146 accepted
CREATE TABLE collate_test6 (
    a int,
    b text COLLATE "en-x-icu"
);

-- corpus: line 186 accepted
CREATE VIEW collview1 AS SELECT * FROM collate_test1 WHERE b COLLATE "C" >= 'bbc';

-- corpus: line 187 accepted
CREATE VIEW collview2 AS SELECT a, b FROM collate_test1 ORDER BY b COLLATE "C";

-- corpus: line 188 accepted
CREATE VIEW collview3 AS SELECT a, lower((x || x) COLLATE "C") FROM collate_test10;

-- corpus: line 215 accepted
CREATE DOMAIN testdomain AS text;

-- corpus: line 242 accepted
CREATE TABLE test_u AS SELECT a, b FROM collate_test1 UNION ALL SELECT a, b FROM collate_test3;

-- corpus: line 269 accepted
CREATE FUNCTION mylt (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 $$;

-- corpus: line 272 accepted
CREATE FUNCTION mylt_noninline (text, text) RETURNS boolean LANGUAGE sql
    AS $$ select $1 < $2 limit 1 $$;

-- corpus: line 275 accepted
CREATE FUNCTION mylt_plpgsql (text, text) RETURNS boolean LANGUAGE plpgsql
    AS $$ begin return $1 < $2; end $$;

-- corpus: line 292 accepted
CREATE FUNCTION mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 303 accepted
CREATE OR REPLACE FUNCTION
  mylt2 (x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$
declare
  xx text COLLATE "POSIX" := x;
  yy text := y;
begin
  return xx < yy;
end
$$;

-- corpus: line 324 accepted
CREATE FUNCTION dup (anyelement) RETURNS anyelement
    AS 'select $1' LANGUAGE sql;

-- corpus: line 334 accepted
CREATE INDEX collate_test1_idx1 ON collate_test1 (b);

-- corpus: line 335 accepted
CREATE INDEX collate_test1_idx2 ON collate_test1 (b COLLATE "C");

-- corpus: line 336 accepted
CREATE INDEX collate_test1_idx3 ON collate_test1 ((b COLLATE "C"));

-- corpus: line 337 accepted
CREATE INDEX collate_test1_idx4 ON collate_test1 (((b||'foo') COLLATE "POSIX"));

-- corpus: line 339 accepted
CREATE INDEX collate_test1_idx5 ON collate_test1 (a COLLATE "C");

-- corpus: line 340 accepted
CREATE INDEX collate_test1_idx6 ON collate_test1 ((a COLLATE "C"));

-- corpus: line 356 accepted
CREATE ROLE regress_test_role;

-- corpus: line 357 accepted
CREATE SCHEMA test_schema;

-- corpus: line 369 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 380 accepted
CREATE COLLATION test3 (provider = icu, lc_collate = 'en_US.utf8');

-- corpus: line 382 accepted
CREATE COLLATION testx (provider = icu, locale = 'nonsense-nowhere');

-- corpus: line 383 accepted
CREATE COLLATION testx (provider = icu, locale = '@colStrength=primary;nonsense=yes');

-- corpus: line 385 accepted
CREATE COLLATION testx (provider = icu, locale = '@colStrength=primary;nonsense=yes');

-- corpus: line 385 accepted
DROP COLLATION testx;

-- corpus: line 386 accepted
CREATE COLLATION testx (provider = icu, locale = 'nonsense-nowhere');

-- corpus: line 386 accepted
DROP COLLATION testx;

-- corpus: line 388 accepted
CREATE COLLATION test4 FROM nonsense;

-- corpus: line 389 accepted
CREATE COLLATION test5 FROM test0;

-- corpus: line 393 accepted
ALTER COLLATION test1 RENAME TO test11;

-- corpus: line 394 accepted
ALTER COLLATION test0 RENAME TO test11;

-- corpus: line 395 accepted
ALTER COLLATION test1 RENAME TO test22;

-- corpus: line 397 accepted
ALTER COLLATION test11 OWNER TO regress_test_role;

-- corpus: line 398 accepted
ALTER COLLATION test11 OWNER TO nonsense;

-- corpus: line 399 accepted
ALTER COLLATION test11 SET SCHEMA test_schema;

-- corpus: line 401 accepted
COMMENT ON COLLATION test0 IS 'US English';

-- corpus: line 408 accepted
DROP COLLATION test0, test_schema.test11, test5;

-- corpus: line 409 accepted
DROP COLLATION test0;

-- corpus: line 410 accepted
DROP COLLATION IF EXISTS test0;

-- corpus: line 414 accepted
DROP SCHEMA test_schema;

-- corpus: line 415 accepted
DROP ROLE regress_test_role;

-- corpus: line 420 accepted
ALTER COLLATION "en-x-icu" REFRESH VERSION;

-- corpus: line 429 accepted
CREATE COLLATION test0 FROM "C";

-- corpus: line 431 accepted
CREATE TABLE collate_dep_test1 (a int, b text COLLATE test0);

-- corpus: line 432 accepted
CREATE DOMAIN collate_dep_dom1 AS text COLLATE test0;

-- corpus: line 433 accepted
CREATE TYPE collate_dep_test2 AS (x int, y text COLLATE test0);

-- corpus: line 434 accepted
CREATE VIEW collate_dep_test3 AS SELECT text 'foo' COLLATE test0 AS foo;

-- corpus: line 435 accepted
CREATE TABLE collate_dep_test4t (a int, b text);

-- corpus: line 436 accepted
CREATE INDEX collate_dep_test4i ON collate_dep_test4t (b COLLATE test0);

-- corpus: line 438 accepted
DROP COLLATION test0 RESTRICT;

-- corpus: line 439 accepted
DROP COLLATION test0 CASCADE;

-- corpus: line 444 accepted
DROP TABLE collate_dep_test1, collate_dep_test4t;

-- corpus: line 445 accepted
DROP TYPE collate_dep_test2;

-- corpus: line 449 accepted
create type textrange_c as range(subtype=text, collation="C");

-- corpus: line 450 accepted
create type textrange_en_us as range(subtype=text, collation="en-x-icu");

-- corpus: line 455 accepted
drop type textrange_c;

-- corpus: line 456 accepted
drop type textrange_en_us;

-- corpus: line 470 accepted
CREATE COLLATION testcoll_ignore_accents (provider = icu, locale = '@colStrength=primary;colCaseLevel=yes');

-- corpus: line 475 accepted
CREATE COLLATION testcoll_backwards (provider = icu, locale = '@colBackwards=yes');

-- corpus: line 479 accepted
CREATE COLLATION testcoll_lower_first (provider = icu, locale = '@colCaseFirst=lower');

-- corpus: line 480 accepted
CREATE COLLATION testcoll_upper_first (provider = icu, locale = '@colCaseFirst=upper');

-- corpus: line 483 accepted
CREATE COLLATION testcoll_shifted (provider = icu, locale = '@colAlternate=shifted');

-- corpus: line 487 accepted
CREATE COLLATION testcoll_numeric (provider = icu, locale = '@colNumeric=yes');

-- corpus: line 491 accepted
CREATE COLLATION testcoll_error1 (provider = icu, locale = '@colNumeric=lower');

-- corpus: line 495 accepted
CREATE COLLATION testcoll_de_phonebook (provider = icu, locale = 'de@collation=phonebook');

-- corpus: line 501 accepted
CREATE COLLATION testcoll_rules1 (provider = icu, locale = '', rules = '&a < g');

-- corpus: line 502 accepted
CREATE TABLE test7 (a text);

-- corpus: line 507 accepted
DROP TABLE test7;

-- corpus: line 509 accepted
CREATE COLLATION testcoll_rulesx (provider = icu, locale = '', rules = '!!wrong!!');

-- corpus: line 514 accepted
CREATE COLLATION ctest_det (provider = icu, locale = '', deterministic = true);

-- corpus: line 515 accepted
CREATE COLLATION ctest_nondet (provider = icu, locale = '', deterministic = false);

-- corpus: line 517 accepted
CREATE TABLE test6 (a int, b text);

-- corpus: line 526 accepted
CREATE TABLE test6a (a int, b text[]);

-- corpus: line 533 accepted
CREATE COLLATION case_sensitive (provider = icu, locale = '');

-- corpus: line 534 accepted
CREATE COLLATION case_insensitive (provider = icu, locale = '@colStrength=secondary', deterministic = false);

-- corpus: line 540 accepted
CREATE COLLATION lt_insensitive (provider = icu, locale = 'en-u-ks-level1', deterministic = false);

-- corpus: line 542 accepted
CREATE COLLATION lt_upperfirst (provider = icu, locale = 'und-u-kf-upper');

-- corpus: line 545 accepted
CREATE TABLE test1cs (x text COLLATE case_sensitive);

-- corpus: line 546 accepted
CREATE TABLE test2cs (x text COLLATE case_sensitive);

-- corpus: line 547 accepted
CREATE TABLE test3cs (x text COLLATE case_sensitive);

-- corpus: line 568 accepted
CREATE UNIQUE INDEX ON test1cs (x);

-- corpus: line 570 accepted
CREATE UNIQUE INDEX ON test3cs (x);

-- corpus: line 574 accepted
CREATE TABLE test1ci (x text COLLATE case_insensitive);

-- corpus: line 575 accepted
CREATE TABLE test2ci (x text COLLATE case_insensitive);

-- corpus: line 576 accepted
CREATE TABLE test3ci (x text COLLATE case_insensitive);

-- corpus: line 577 accepted
CREATE INDEX ON test3ci (x text_pattern_ops);

-- corpus: line 598 accepted
CREATE UNIQUE INDEX ON test1ci (x);

-- corpus: line 600 accepted
CREATE UNIQUE INDEX ON test3ci (x);

-- corpus: line 605 accepted
CREATE TABLE test1bpci (x char(3) COLLATE case_insensitive);

-- corpus: line 606 accepted
CREATE TABLE test2bpci (x char(3) COLLATE case_insensitive);

-- corpus: line 607 accepted
CREATE TABLE test3bpci (x char(3) COLLATE case_insensitive);

-- corpus: line 608 accepted
CREATE INDEX ON test3bpci (x bpchar_pattern_ops);

-- corpus: line 629 accepted
CREATE UNIQUE INDEX ON test1bpci (x);

-- corpus: line 631 accepted
CREATE UNIQUE INDEX ON test3bpci (x);

-- corpus: line 638 accepted
CREATE TABLE test4c (x text COLLATE "C");

-- corpus: line 640 accepted
CREATE INDEX ON test4c (x);

-- corpus: line 665 accepted
CREATE TEMP TABLE outer_text (f1 text COLLATE case_insensitive, f2 text);

-- corpus: line 671 accepted
CREATE TEMP TABLE inner_text (c1 text COLLATE case_insensitive, c2 text);

-- corpus: line 678 accepted
CREATE COLLATION ignore_accents (provider = icu, locale = '@colStrength=primary;colCaseLevel=yes', deterministic = false);

-- corpus: line 681 accepted
CREATE TABLE test4 (a int, b text);

-- corpus: line 691 accepted
CREATE TABLE test10pk (x text COLLATE case_sensitive PRIMARY KEY);

-- corpus: line 693 accepted
CREATE TABLE test10fk (x text COLLATE case_insensitive REFERENCES test10pk (x) ON UPDATE CASCADE ON DELETE CASCADE);

-- corpus: line 707 accepted
CREATE TABLE test11pk (x text COLLATE case_insensitive PRIMARY KEY);

-- corpus: line 709 accepted
CREATE TABLE test11fk (x text COLLATE case_sensitive REFERENCES test11pk (x) ON UPDATE CASCADE ON DELETE CASCADE);

-- corpus: line 723 accepted
CREATE TABLE test20 (a int, b text COLLATE case_insensitive) PARTITION BY LIST (b);

-- corpus: line 724 accepted
CREATE TABLE test20_1 PARTITION OF test20 FOR VALUES IN ('abc');

-- corpus: line 729 accepted
CREATE TABLE test21 (a int, b text COLLATE case_insensitive) PARTITION BY RANGE (b);

-- corpus: line 730 accepted
CREATE TABLE test21_1 PARTITION OF test21 FOR VALUES FROM ('ABC') TO ('DEF');

-- corpus: line 735 accepted
CREATE TABLE test22 (a int, b text COLLATE case_sensitive) PARTITION BY HASH (b);

-- corpus: line 736 accepted
CREATE TABLE test22_0 PARTITION OF test22 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 737 accepted
CREATE TABLE test22_1 PARTITION OF test22 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 744 accepted
CREATE TABLE test22a (a int, b text[] COLLATE case_sensitive) PARTITION BY HASH (b);

-- corpus: line 745 accepted
CREATE TABLE test22a_0 PARTITION OF test22a FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 746 accepted
CREATE TABLE test22a_1 PARTITION OF test22a FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 752 accepted
CREATE TABLE test23 (a int, b text COLLATE case_insensitive) PARTITION BY HASH (b);

-- corpus: line 753 accepted
CREATE TABLE test23_0 PARTITION OF test23 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 754 accepted
CREATE TABLE test23_1 PARTITION OF test23 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 761 accepted
CREATE TABLE test23a (a int, b text[] COLLATE case_insensitive) PARTITION BY HASH (b);

-- corpus: line 762 accepted
CREATE TABLE test23a_0 PARTITION OF test23a FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 763 accepted
CREATE TABLE test23a_1 PARTITION OF test23a FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 769 accepted
CREATE TABLE test30 (a int, b char(3) COLLATE case_insensitive) PARTITION BY LIST (b);

-- corpus: line 770 accepted
CREATE TABLE test30_1 PARTITION OF test30 FOR VALUES IN ('abc');

-- corpus: line 775 accepted
CREATE TABLE test31 (a int, b char(3) COLLATE case_insensitive) PARTITION BY RANGE (b);

-- corpus: line 776 accepted
CREATE TABLE test31_1 PARTITION OF test31 FOR VALUES FROM ('ABC') TO ('DEF');

-- corpus: line 781 accepted
CREATE TABLE test32 (a int, b char(3) COLLATE case_sensitive) PARTITION BY HASH (b);

-- corpus: line 782 accepted
CREATE TABLE test32_0 PARTITION OF test32 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 783 accepted
CREATE TABLE test32_1 PARTITION OF test32 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 789 accepted
CREATE TABLE test33 (a int, b char(3) COLLATE case_insensitive) PARTITION BY HASH (b);

-- corpus: line 790 accepted
CREATE TABLE test33_0 PARTITION OF test33 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 791 accepted
CREATE TABLE test33_1 PARTITION OF test33 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 801 accepted
DROP SCHEMA collate_tests CASCADE;

-- corpus: line 805 accepted
CREATE COLLATION coll_icu_upgrade FROM "und-x-icu";
