-- corpus: line 10 accepted
DROP ROLE IF EXISTS regress_priv_group1;

-- corpus: line 11 accepted
DROP ROLE IF EXISTS regress_priv_group2;

-- corpus: line 13 accepted
DROP ROLE IF EXISTS regress_priv_user1;

-- corpus: line 14 accepted
DROP ROLE IF EXISTS regress_priv_user2;

-- corpus: line 15 accepted
DROP ROLE IF EXISTS regress_priv_user3;

-- corpus: line 16 accepted
DROP ROLE IF EXISTS regress_priv_user4;

-- corpus: line 17 accepted
DROP ROLE IF EXISTS regress_priv_user5;

-- corpus: line 18 accepted
DROP ROLE IF EXISTS regress_priv_user6;

-- corpus: line 19 accepted
DROP ROLE IF EXISTS regress_priv_user7;

-- corpus: line 27 accepted
CREATE USER regress_priv_user1;

-- corpus: line 28 accepted
CREATE USER regress_priv_user2;

-- corpus: line 29 accepted
CREATE USER regress_priv_user3;

-- corpus: line 30 accepted
CREATE USER regress_priv_user4;

-- corpus: line 31 accepted
CREATE USER regress_priv_user5;

-- corpus: line 32 accepted
CREATE USER regress_priv_user5;

-- corpus: line 33 accepted
CREATE USER regress_priv_user6;

-- corpus: line 34 accepted
CREATE USER regress_priv_user7;

-- corpus: line 35 accepted
CREATE USER regress_priv_user8;

-- corpus: line 36 accepted
CREATE USER regress_priv_user9;

-- corpus: line 37 accepted
CREATE USER regress_priv_user10;

-- corpus: line 38 accepted
CREATE ROLE regress_priv_role;

-- corpus: line 41 accepted
GRANT regress_priv_user1 TO regress_priv_user2 WITH ADMIN OPTION;

-- corpus: line 42 accepted
GRANT regress_priv_user1 TO regress_priv_user3 WITH ADMIN OPTION GRANTED BY regress_priv_user2;

-- corpus: line 43 accepted
GRANT regress_priv_user1 TO regress_priv_user2 WITH ADMIN OPTION GRANTED BY regress_priv_user3;

-- corpus: line 46 accepted
REVOKE ADMIN OPTION FOR regress_priv_user1 FROM regress_priv_user2;

-- corpus: line 47 accepted
REVOKE regress_priv_user1 FROM regress_priv_user2;

-- corpus: line 50 accepted
REVOKE ADMIN OPTION FOR regress_priv_user1 FROM regress_priv_user2 CASCADE;

-- corpus: line 53 accepted
REVOKE regress_priv_user1 FROM regress_priv_user2 CASCADE;

-- corpus: line 57 accepted
GRANT regress_priv_user1 TO regress_priv_user2 WITH ADMIN OPTION;

-- corpus: line 58 accepted
GRANT regress_priv_user2 TO regress_priv_user3;

-- corpus: line 60 accepted
GRANT regress_priv_user1 TO regress_priv_user4;

-- corpus: line 63 accepted
REVOKE regress_priv_user2 FROM regress_priv_user3;

-- corpus: line 64 accepted
REVOKE regress_priv_user1 FROM regress_priv_user2 CASCADE;

-- corpus: line 67 accepted
GRANT regress_priv_user1 TO regress_priv_user2 WITH ADMIN OPTION;

-- corpus: line 68 accepted
GRANT regress_priv_user1 TO regress_priv_user3 GRANTED BY regress_priv_user2;

-- corpus: line 69 accepted
DROP ROLE regress_priv_user2;

-- corpus: line 71 accepted
DROP ROLE regress_priv_user2;

-- corpus: line 72 accepted
DROP OWNED BY regress_priv_user2;

-- corpus: line 73 accepted
DROP ROLE regress_priv_user2;

-- corpus: line 76 accepted
GRANT regress_priv_user1 TO regress_priv_user3 WITH ADMIN OPTION;

-- corpus: line 77 accepted
GRANT regress_priv_user1 TO regress_priv_user4 GRANTED BY regress_priv_user3;

-- corpus: line 78 accepted
DROP ROLE regress_priv_user3;

-- corpus: line 79 accepted
DROP ROLE regress_priv_user4;

-- corpus: line 80 accepted
DROP ROLE regress_priv_user3;

-- corpus: line 81 accepted
GRANT regress_priv_user1 TO regress_priv_user5 WITH ADMIN OPTION;

-- corpus: line 82 accepted
GRANT regress_priv_user1 TO regress_priv_user6 GRANTED BY regress_priv_user5;

-- corpus: line 83 accepted
DROP ROLE regress_priv_user5;

-- corpus: line 84 accepted
DROP ROLE regress_priv_user1, regress_priv_user5;

-- corpus: line 87 accepted
CREATE USER regress_priv_user1;

-- corpus: line 88 accepted
CREATE USER regress_priv_user2;

-- corpus: line 89 accepted
CREATE USER regress_priv_user3;

-- corpus: line 90 accepted
CREATE USER regress_priv_user4;

-- corpus: line 91 accepted
CREATE USER regress_priv_user5;

-- corpus: line 93 accepted
GRANT pg_read_all_data TO regress_priv_user6;

-- corpus: line 94 accepted
GRANT pg_write_all_data TO regress_priv_user7;

-- corpus: line 95 accepted
GRANT pg_read_all_settings TO regress_priv_user8 WITH ADMIN OPTION;

-- corpus: line 96 accepted
GRANT regress_priv_user9 TO regress_priv_user8;

-- corpus: line 99 accepted
GRANT pg_read_all_settings TO regress_priv_user9 WITH ADMIN OPTION;

-- corpus: line 102 accepted
GRANT pg_read_all_settings TO regress_priv_user10;

-- corpus: line 105 accepted
REVOKE pg_read_all_settings FROM regress_priv_user10 GRANTED BY regress_priv_user9;

-- corpus: line 106 accepted
REVOKE ADMIN OPTION FOR pg_read_all_settings FROM regress_priv_user9;

-- corpus: line 107 accepted
REVOKE pg_read_all_settings FROM regress_priv_user9;

-- corpus: line 110 accepted
REVOKE regress_priv_user9 FROM regress_priv_user8;

-- corpus: line 111 accepted
REVOKE ADMIN OPTION FOR pg_read_all_settings FROM regress_priv_user8;

-- corpus: line 118 rejected 42601 syntax error at or near "OPTION"
REVOKE SET OPTION FOR pg_read_all_settings FROM regress_priv_user8;

-- corpus: line 119 rejected 42601 syntax error at or near "SET"
GRANT pg_read_all_stats TO regress_priv_user8 WITH SET FALSE;

-- corpus: line 127 accepted
REVOKE pg_read_all_settings FROM regress_priv_user8;

-- corpus: line 129 accepted
DROP USER regress_priv_user10;

-- corpus: line 130 accepted
DROP USER regress_priv_user9;

-- corpus: line 131 accepted
DROP USER regress_priv_user8;

-- corpus: line 133 accepted
CREATE GROUP regress_priv_group1;

-- corpus: line 134 accepted
CREATE GROUP regress_priv_group2 WITH ADMIN regress_priv_user1 USER regress_priv_user2;

-- corpus: line 136 accepted
ALTER GROUP regress_priv_group1 ADD USER regress_priv_user4;

-- corpus: line 138 accepted
GRANT regress_priv_group2 TO regress_priv_user2 GRANTED BY regress_priv_user1;

-- corpus: line 140 accepted
ALTER GROUP regress_priv_group2 ADD USER regress_priv_user2;

-- corpus: line 141 accepted
ALTER GROUP regress_priv_group2 ADD USER regress_priv_user2;

-- corpus: line 142 accepted
ALTER GROUP regress_priv_group2 DROP USER regress_priv_user2;

-- corpus: line 143 accepted
ALTER USER regress_priv_user2 PASSWORD 'verysecret';

-- corpus: line 145 accepted
ALTER GROUP regress_priv_group2 DROP USER regress_priv_user2;

-- corpus: line 146 accepted
REVOKE ADMIN OPTION FOR regress_priv_group2 FROM regress_priv_user1;

-- corpus: line 147 accepted
GRANT regress_priv_group2 TO regress_priv_user4 WITH ADMIN OPTION;

-- corpus: line 150 accepted
CREATE FUNCTION leak(integer,integer) RETURNS boolean
  AS 'int4lt'
  LANGUAGE internal IMMUTABLE STRICT;

-- corpus: line 153 accepted
ALTER FUNCTION leak(integer,integer) OWNER TO regress_priv_user1;

-- corpus: line 157 accepted
GRANT regress_priv_role TO regress_priv_user1 WITH ADMIN OPTION GRANTED BY regress_priv_role;

-- corpus: line 158 accepted
GRANT regress_priv_role TO regress_priv_user1 WITH ADMIN OPTION GRANTED BY CURRENT_ROLE;

-- corpus: line 159 accepted
REVOKE ADMIN OPTION FOR regress_priv_role FROM regress_priv_user1 GRANTED BY foo;

-- corpus: line 160 accepted
REVOKE ADMIN OPTION FOR regress_priv_role FROM regress_priv_user1 GRANTED BY regress_priv_user2;

-- corpus: line 161 accepted
REVOKE ADMIN OPTION FOR regress_priv_role FROM regress_priv_user1 GRANTED BY CURRENT_USER;

-- corpus: line 162 accepted
REVOKE regress_priv_role FROM regress_priv_user1 GRANTED BY CURRENT_ROLE;

-- corpus: line 163 accepted
DROP ROLE regress_priv_role;

-- corpus: line 168 accepted
CREATE TABLE atest1 ( a int, b text );

-- corpus: line 178 accepted
REVOKE ALL ON atest1 FROM PUBLIC;

-- corpus: line 181 accepted
GRANT ALL ON atest1 TO regress_priv_user2;

-- corpus: line 182 accepted
GRANT SELECT ON atest1 TO regress_priv_user3, regress_priv_user4;

-- corpus: line 185 accepted
CREATE TABLE atest2 (col1 varchar(10), col2 boolean);

-- corpus: line 186 accepted
GRANT SELECT ON atest2 TO regress_priv_user2;

-- corpus: line 187 accepted
GRANT UPDATE ON atest2 TO regress_priv_user3;

-- corpus: line 188 accepted
GRANT INSERT ON atest2 TO regress_priv_user4 GRANTED BY CURRENT_USER;

-- corpus: line 189 accepted
GRANT TRUNCATE ON atest2 TO regress_priv_user5 GRANTED BY CURRENT_ROLE;

-- corpus: line 191 accepted
GRANT TRUNCATE ON atest2 TO regress_priv_user4 GRANTED BY regress_priv_user5;

-- corpus: line 274 accepted
CREATE TABLE atest12 as
  SELECT x AS a, 10001 - x AS b FROM generate_series(1,10000) x;

-- corpus: line 276 accepted
CREATE INDEX ON atest12 (a);

-- corpus: line 277 accepted
CREATE INDEX ON atest12 (abs(a));

-- corpus: line 279 accepted
ALTER TABLE atest12 SET (autovacuum_enabled = off);

-- corpus: line 281 accepted
VACUUM ANALYZE atest12;

-- corpus: line 284 accepted
CREATE OPERATOR <<< (procedure = leak, leftarg = integer, rightarg = integer,
                     restrict = scalarltsel);

-- corpus: line 288 accepted
CREATE VIEW atest12v AS
  SELECT * FROM atest12 WHERE b <<< 5;

-- corpus: line 290 accepted
CREATE VIEW atest12sbv WITH (security_barrier=true) AS
  SELECT * FROM atest12 WHERE b <<< 5;

-- corpus: line 292 accepted
GRANT SELECT ON atest12v TO PUBLIC;

-- corpus: line 293 accepted
GRANT SELECT ON atest12sbv TO PUBLIC;

-- corpus: line 309 accepted
CREATE FUNCTION leak2(integer,integer) RETURNS boolean
  AS $$begin raise notice 'leak % %', $1, $2; return $1 > $2; end$$
  LANGUAGE plpgsql immutable;

-- corpus: line 312 accepted
CREATE OPERATOR >>> (procedure = leak2, leftarg = integer, rightarg = integer,
                     restrict = scalargtsel);

-- corpus: line 333 accepted
GRANT SELECT (a, b) ON atest12 TO PUBLIC;

-- corpus: line 345 accepted
DROP FUNCTION leak2(integer, integer) CASCADE;

-- corpus: line 351 accepted
CREATE TABLE atest3 (one int, two int, three int);

-- corpus: line 352 accepted
GRANT DELETE ON atest3 TO GROUP regress_priv_group2;

-- corpus: line 361 accepted
ALTER ROLE regress_priv_user1 NOINHERIT;

-- corpus: line 367 rejected 42601 syntax error at or near "INHERIT"
GRANT regress_priv_group2 TO regress_priv_user1 WITH INHERIT FALSE;

-- corpus: line 372 rejected 42601 syntax error at or near "OPTION"
REVOKE INHERIT OPTION FOR regress_priv_group2 FROM regress_priv_user1;

-- corpus: line 381 accepted
CREATE VIEW atestv1 AS SELECT * FROM atest1;

-- corpus: line 383 accepted
CREATE VIEW atestv2 AS SELECT * FROM atest2;

-- corpus: line 384 accepted
CREATE VIEW atestv3 AS SELECT * FROM atest3;

-- corpus: line 386 accepted
CREATE VIEW atestv0 AS SELECT 0 as x WHERE false;

-- corpus: line 390 accepted
GRANT SELECT ON atestv1, atestv3 TO regress_priv_user4;

-- corpus: line 391 accepted
GRANT SELECT ON atestv2 TO regress_priv_user2;

-- corpus: line 415 accepted
CREATE VIEW atestv4 AS SELECT * FROM atestv3;

-- corpus: line 417 accepted
GRANT SELECT ON atestv4 TO regress_priv_user2;

-- corpus: line 432 accepted
CREATE TABLE atest5 (one int, two int unique, three int, four int unique);

-- corpus: line 433 accepted
CREATE TABLE atest6 (one int, two int, blue int);

-- corpus: line 434 accepted
GRANT SELECT (one), INSERT (two), UPDATE (three) ON atest5 TO regress_priv_user4;

-- corpus: line 435 accepted
GRANT ALL (one) ON atest5 TO regress_priv_user3;

-- corpus: line 480 accepted
GRANT SELECT (one,two) ON atest6 TO regress_priv_user4;

-- corpus: line 486 accepted
GRANT SELECT (two) ON atest5 TO regress_priv_user4;

-- corpus: line 521 accepted
GRANT INSERT (four) ON atest5 TO regress_priv_user4;

-- corpus: line 529 accepted
GRANT SELECT (four) ON atest5 TO regress_priv_user4;

-- corpus: line 536 accepted
REVOKE ALL (one) ON atest5 FROM regress_priv_user4;

-- corpus: line 537 accepted
GRANT SELECT (one,two,blue) ON atest6 TO regress_priv_user4;

-- corpus: line 547 accepted
CREATE TABLE mtarget (a int, b text);

-- corpus: line 548 accepted
CREATE TABLE msource (a int, b text);

-- corpus: line 552 accepted
GRANT SELECT (a) ON msource TO regress_priv_user4;

-- corpus: line 553 accepted
GRANT SELECT (a) ON mtarget TO regress_priv_user4;

-- corpus: line 554 accepted
GRANT INSERT (a,b) ON mtarget TO regress_priv_user4;

-- corpus: line 555 accepted
GRANT UPDATE (b) ON mtarget TO regress_priv_user4;

-- corpus: line 594 accepted
GRANT SELECT (b) ON msource TO regress_priv_user4;

-- corpus: line 645 accepted
GRANT DELETE ON mtarget TO regress_priv_user4;

-- corpus: line 655 accepted
CREATE TABLE t1 (c1 int, c2 int, c3 int check (c3 < 5), primary key (c1, c2));

-- corpus: line 656 accepted
GRANT SELECT (c1) ON t1 TO regress_priv_user2;

-- corpus: line 657 accepted
GRANT INSERT (c1, c2, c3) ON t1 TO regress_priv_user2;

-- corpus: line 658 accepted
GRANT UPDATE (c1, c2, c3) ON t1 TO regress_priv_user2;

-- corpus: line 676 accepted
DROP TABLE t1;

-- corpus: line 679 accepted
CREATE TABLE errtst(a text, b text NOT NULL, c text, secret1 text, secret2 text) PARTITION BY LIST (a);

-- corpus: line 680 accepted
CREATE TABLE errtst_part_1(secret2 text, c text, a text, b text NOT NULL, secret1 text);

-- corpus: line 681 accepted
CREATE TABLE errtst_part_2(secret1 text, secret2 text, a text, c text, b text NOT NULL);

-- corpus: line 683 accepted
ALTER TABLE errtst ATTACH PARTITION errtst_part_1 FOR VALUES IN ('aaa');

-- corpus: line 684 accepted
ALTER TABLE errtst ATTACH PARTITION errtst_part_2 FOR VALUES IN ('aaaa');

-- corpus: line 686 accepted
GRANT SELECT (a, b, c) ON TABLE errtst TO regress_priv_user2;

-- corpus: line 687 accepted
GRANT UPDATE (a, b, c) ON TABLE errtst TO regress_priv_user2;

-- corpus: line 688 accepted
GRANT INSERT (a, b, c) ON TABLE errtst TO regress_priv_user2;

-- corpus: line 714 accepted
DROP TABLE errtst;

-- corpus: line 718 accepted
ALTER TABLE atest6 ADD COLUMN three integer;

-- corpus: line 719 accepted
GRANT DELETE ON atest5 TO regress_priv_user3;

-- corpus: line 720 accepted
GRANT SELECT (two) ON atest5 TO regress_priv_user3;

-- corpus: line 721 accepted
REVOKE ALL (one) ON atest5 FROM regress_priv_user3;

-- corpus: line 722 accepted
GRANT SELECT (one) ON atest5 TO regress_priv_user4;

-- corpus: line 729 accepted
ALTER TABLE atest6 DROP COLUMN three;

-- corpus: line 736 accepted
ALTER TABLE atest6 DROP COLUMN two;

-- corpus: line 737 accepted
REVOKE SELECT (one,blue) ON atest6 FROM regress_priv_user4;

-- corpus: line 749 accepted
CREATE TABLE atestp1 (f1 int, f2 int);

-- corpus: line 750 accepted
CREATE TABLE atestp2 (fx int, fy int);

-- corpus: line 751 accepted
CREATE TABLE atestc (fz int) INHERITS (atestp1, atestp2);

-- corpus: line 752 accepted
GRANT SELECT(fx,fy,tableoid) ON atestp2 TO regress_priv_user2;

-- corpus: line 753 accepted
GRANT SELECT(fx) ON atestc TO regress_priv_user2;

-- corpus: line 763 accepted
GRANT SELECT(fy,tableoid) ON atestc TO regress_priv_user2;

-- corpus: line 773 accepted
REVOKE ALL ON atestc FROM regress_priv_user2;

-- corpus: line 774 accepted
GRANT ALL ON atestp1 TO regress_priv_user2;

-- corpus: line 796 accepted
REVOKE ALL PRIVILEGES ON LANGUAGE sql FROM PUBLIC;

-- corpus: line 797 accepted
GRANT USAGE ON LANGUAGE sql TO regress_priv_user1;

-- corpus: line 798 accepted
GRANT USAGE ON LANGUAGE c TO PUBLIC;

-- corpus: line 801 accepted
GRANT USAGE ON LANGUAGE sql TO regress_priv_user2;

-- corpus: line 802 accepted
CREATE FUNCTION priv_testfunc1(int) RETURNS int AS 'select 2 * $1;' LANGUAGE sql;

-- corpus: line 803 accepted
CREATE FUNCTION priv_testfunc2(int) RETURNS int AS 'select 3 * $1;' LANGUAGE sql;

-- corpus: line 804 accepted
CREATE AGGREGATE priv_testagg1(int) (sfunc = int4pl, stype = int4);

-- corpus: line 805 accepted
CREATE PROCEDURE priv_testproc1(int) AS 'select $1;' LANGUAGE sql;

-- corpus: line 807 accepted
REVOKE ALL ON FUNCTION priv_testfunc1(int), priv_testfunc2(int), priv_testagg1(int) FROM PUBLIC;

-- corpus: line 808 accepted
GRANT EXECUTE ON FUNCTION priv_testfunc1(int), priv_testfunc2(int), priv_testagg1(int) TO regress_priv_user2;

-- corpus: line 809 accepted
REVOKE ALL ON FUNCTION priv_testproc1(int) FROM PUBLIC;

-- corpus: line 810 accepted
REVOKE ALL ON PROCEDURE priv_testproc1(int) FROM PUBLIC;

-- corpus: line 811 accepted
GRANT EXECUTE ON PROCEDURE priv_testproc1(int) TO regress_priv_user2;

-- corpus: line 812 accepted
GRANT USAGE ON FUNCTION priv_testfunc1(int) TO regress_priv_user3;

-- corpus: line 813 accepted
GRANT USAGE ON FUNCTION priv_testagg1(int) TO regress_priv_user3;

-- corpus: line 814 accepted
GRANT USAGE ON PROCEDURE priv_testproc1(int) TO regress_priv_user3;

-- corpus: line 815 accepted
GRANT ALL PRIVILEGES ON FUNCTION priv_testfunc1(int) TO regress_priv_user4;

-- corpus: line 816 accepted
GRANT ALL PRIVILEGES ON FUNCTION priv_testfunc_nosuch(int) TO regress_priv_user4;

-- corpus: line 817 accepted
GRANT ALL PRIVILEGES ON FUNCTION priv_testagg1(int) TO regress_priv_user4;

-- corpus: line 818 accepted
GRANT ALL PRIVILEGES ON PROCEDURE priv_testproc1(int) TO regress_priv_user4;

-- corpus: line 820 accepted
CREATE FUNCTION priv_testfunc4(boolean) RETURNS text
  AS 'select col1 from atest2 where col2 = $1;'
  LANGUAGE sql SECURITY DEFINER;

-- corpus: line 823 accepted
GRANT EXECUTE ON FUNCTION priv_testfunc4(boolean) TO regress_priv_user3;

-- corpus: line 827 accepted
CREATE FUNCTION priv_testfunc3(int) RETURNS int AS 'select 2 * $1;' LANGUAGE sql;

-- corpus: line 843 accepted
DROP FUNCTION priv_testfunc1(int);

-- corpus: line 844 accepted
DROP AGGREGATE priv_testagg1(int);

-- corpus: line 845 accepted
DROP PROCEDURE priv_testproc1(int);

-- corpus: line 849 accepted
DROP FUNCTION priv_testfunc1(int);

-- corpus: line 851 accepted
GRANT ALL PRIVILEGES ON LANGUAGE sql TO PUBLIC;

-- corpus: line 856 accepted
REVOKE ALL ON FUNCTION int8(integer) FROM PUBLIC;

-- corpus: line 867 accepted
CREATE TYPE priv_testtype1 AS (a int, b text);

-- corpus: line 868 accepted
REVOKE USAGE ON TYPE priv_testtype1 FROM PUBLIC;

-- corpus: line 869 accepted
GRANT USAGE ON TYPE priv_testtype1 TO regress_priv_user2;

-- corpus: line 870 accepted
GRANT USAGE ON TYPE _priv_testtype1 TO regress_priv_user2;

-- corpus: line 871 accepted
GRANT USAGE ON DOMAIN priv_testtype1 TO regress_priv_user2;

-- corpus: line 873 accepted
CREATE DOMAIN priv_testdomain1 AS int;

-- corpus: line 874 accepted
REVOKE USAGE on DOMAIN priv_testdomain1 FROM PUBLIC;

-- corpus: line 875 accepted
GRANT USAGE ON DOMAIN priv_testdomain1 TO regress_priv_user2;

-- corpus: line 876 accepted
GRANT USAGE ON TYPE priv_testdomain1 TO regress_priv_user2;

-- corpus: line 882 accepted
CREATE AGGREGATE priv_testagg1a(priv_testdomain1) (sfunc = int4_sum, stype = bigint);

-- corpus: line 884 accepted
CREATE DOMAIN priv_testdomain2a AS priv_testdomain1;

-- corpus: line 886 accepted
CREATE DOMAIN priv_testdomain3a AS int;

-- corpus: line 887 accepted
CREATE FUNCTION castfunc(int) RETURNS priv_testdomain3a AS $$ SELECT $1::priv_testdomain3a $$ LANGUAGE SQL;

-- corpus: line 888 accepted
CREATE CAST (priv_testdomain1 AS priv_testdomain3a) WITH FUNCTION castfunc(int);

-- corpus: line 889 accepted
DROP FUNCTION castfunc(int) CASCADE;

-- corpus: line 890 accepted
DROP DOMAIN priv_testdomain3a;

-- corpus: line 892 accepted
CREATE FUNCTION priv_testfunc5a(a priv_testdomain1) RETURNS int LANGUAGE SQL AS $$ SELECT $1 $$;

-- corpus: line 893 accepted
CREATE FUNCTION priv_testfunc6a(b int) RETURNS priv_testdomain1 LANGUAGE SQL AS $$ SELECT $1::priv_testdomain1 $$;

-- corpus: line 895 accepted
CREATE OPERATOR !+! (PROCEDURE = int4pl, LEFTARG = priv_testdomain1, RIGHTARG = priv_testdomain1);

-- corpus: line 897 accepted
CREATE TABLE test5a (a int, b priv_testdomain1);

-- corpus: line 898 accepted
CREATE TABLE test6a OF priv_testtype1;

-- corpus: line 899 accepted
CREATE TABLE test10a (a int[], b priv_testtype1[]);

-- corpus: line 901 accepted
CREATE TABLE test9a (a int, b int);

-- corpus: line 902 accepted
ALTER TABLE test9a ADD COLUMN c priv_testdomain1;

-- corpus: line 903 accepted
ALTER TABLE test9a ALTER COLUMN b TYPE priv_testdomain1;

-- corpus: line 905 accepted
CREATE TYPE test7a AS (a int, b priv_testdomain1);

-- corpus: line 907 accepted
CREATE TYPE test8a AS (a int, b int);

-- corpus: line 908 accepted
ALTER TYPE test8a ADD ATTRIBUTE c priv_testdomain1;

-- corpus: line 909 accepted
ALTER TYPE test8a ALTER ATTRIBUTE b TYPE priv_testdomain1;

-- corpus: line 911 accepted
CREATE TABLE test11a AS (SELECT 1::priv_testdomain1 AS a);

-- corpus: line 913 accepted
REVOKE ALL ON TYPE priv_testtype1 FROM PUBLIC;

-- corpus: line 919 accepted
CREATE AGGREGATE priv_testagg1b(priv_testdomain1) (sfunc = int4_sum, stype = bigint);

-- corpus: line 921 accepted
CREATE DOMAIN priv_testdomain2b AS priv_testdomain1;

-- corpus: line 923 accepted
CREATE DOMAIN priv_testdomain3b AS int;

-- corpus: line 924 accepted
CREATE FUNCTION castfunc(int) RETURNS priv_testdomain3b AS $$ SELECT $1::priv_testdomain3b $$ LANGUAGE SQL;

-- corpus: line 925 accepted
CREATE CAST (priv_testdomain1 AS priv_testdomain3b) WITH FUNCTION castfunc(int);

-- corpus: line 927 accepted
CREATE FUNCTION priv_testfunc5b(a priv_testdomain1) RETURNS int LANGUAGE SQL AS $$ SELECT $1 $$;

-- corpus: line 928 accepted
CREATE FUNCTION priv_testfunc6b(b int) RETURNS priv_testdomain1 LANGUAGE SQL AS $$ SELECT $1::priv_testdomain1 $$;

-- corpus: line 930 accepted
CREATE OPERATOR !! (PROCEDURE = priv_testfunc5b, RIGHTARG = priv_testdomain1);

-- corpus: line 932 accepted
CREATE TABLE test5b (a int, b priv_testdomain1);

-- corpus: line 933 accepted
CREATE TABLE test6b OF priv_testtype1;

-- corpus: line 934 accepted
CREATE TABLE test10b (a int[], b priv_testtype1[]);

-- corpus: line 936 accepted
CREATE TABLE test9b (a int, b int);

-- corpus: line 937 accepted
ALTER TABLE test9b ADD COLUMN c priv_testdomain1;

-- corpus: line 938 accepted
ALTER TABLE test9b ALTER COLUMN b TYPE priv_testdomain1;

-- corpus: line 940 accepted
CREATE TYPE test7b AS (a int, b priv_testdomain1);

-- corpus: line 942 accepted
CREATE TYPE test8b AS (a int, b int);

-- corpus: line 943 accepted
ALTER TYPE test8b ADD ATTRIBUTE c priv_testdomain1;

-- corpus: line 944 accepted
ALTER TYPE test8b ALTER ATTRIBUTE b TYPE priv_testdomain1;

-- corpus: line 946 accepted
CREATE TABLE test11b AS (SELECT 1::priv_testdomain1 AS a);

-- corpus: line 948 accepted
REVOKE ALL ON TYPE priv_testtype1 FROM PUBLIC;

-- corpus: line 951 accepted
DROP AGGREGATE priv_testagg1b(priv_testdomain1);

-- corpus: line 952 accepted
DROP DOMAIN priv_testdomain2b;

-- corpus: line 953 accepted
DROP OPERATOR !! (NONE, priv_testdomain1);

-- corpus: line 954 accepted
DROP FUNCTION priv_testfunc5b(a priv_testdomain1);

-- corpus: line 955 accepted
DROP FUNCTION priv_testfunc6b(b int);

-- corpus: line 956 accepted
DROP TABLE test5b;

-- corpus: line 957 accepted
DROP TABLE test6b;

-- corpus: line 958 accepted
DROP TABLE test9b;

-- corpus: line 959 accepted
DROP TABLE test10b;

-- corpus: line 960 accepted
DROP TYPE test7b;

-- corpus: line 961 accepted
DROP TYPE test8b;

-- corpus: line 962 accepted
DROP CAST (priv_testdomain1 AS priv_testdomain3b);

-- corpus: line 963 accepted
DROP FUNCTION castfunc(int) CASCADE;

-- corpus: line 964 accepted
DROP DOMAIN priv_testdomain3b;

-- corpus: line 965 accepted
DROP TABLE test11b;

-- corpus: line 967 accepted
DROP TYPE priv_testtype1;

-- corpus: line 968 accepted
DROP DOMAIN priv_testdomain1;

-- corpus: line 1087 accepted
create temp table mytable(f1 int, f2 int, f3 int);

-- corpus: line 1088 accepted
alter table mytable drop column f2;

-- corpus: line 1093 accepted
revoke select on table mytable from regress_priv_user3;

-- corpus: line 1096 accepted
drop table mytable;

-- corpus: line 1102 accepted
CREATE TABLE atest4 (a int);

-- corpus: line 1104 accepted
GRANT SELECT ON atest4 TO regress_priv_user2 WITH GRANT OPTION;

-- corpus: line 1105 accepted
GRANT UPDATE ON atest4 TO regress_priv_user2;

-- corpus: line 1106 accepted
GRANT SELECT ON atest4 TO GROUP regress_priv_group1 WITH GRANT OPTION;

-- corpus: line 1110 accepted
GRANT SELECT ON atest4 TO regress_priv_user3;

-- corpus: line 1111 accepted
GRANT UPDATE ON atest4 TO regress_priv_user3;

-- corpus: line 1115 accepted
REVOKE SELECT ON atest4 FROM regress_priv_user3;

-- corpus: line 1117 accepted
REVOKE SELECT ON atest4 FROM regress_priv_user2;

-- corpus: line 1118 accepted
REVOKE GRANT OPTION FOR SELECT ON atest4 FROM regress_priv_user2 CASCADE;

-- corpus: line 1127 accepted
CREATE ROLE regress_sro_user;

-- corpus: line 1132 accepted
CREATE FUNCTION sro_ifun(int) RETURNS int AS $$
BEGIN
	-- Below we set the table's owner to regress_sro_user
	ASSERT current_user = 'regress_sro_user',
		format('sro_ifun(%s) called by %s', $1, current_user);
	RETURN $1;
END;
$$ LANGUAGE plpgsql IMMUTABLE;

-- corpus: line 1141 accepted
CREATE TABLE sro_tab (a int);

-- corpus: line 1142 accepted
ALTER TABLE sro_tab OWNER TO regress_sro_user;

-- corpus: line 1145 accepted
CREATE INDEX sro_idx ON sro_tab ((sro_ifun(a) + sro_ifun(0)))
	WHERE sro_ifun(a + 10) > sro_ifun(10);

-- corpus: line 1147 accepted
DROP INDEX sro_idx;

-- corpus: line 1149 accepted
CREATE INDEX CONCURRENTLY sro_idx ON sro_tab ((sro_ifun(a) + sro_ifun(0)))
	WHERE sro_ifun(a + 10) > sro_ifun(10);

-- corpus: line 1152 accepted
REINDEX TABLE sro_tab;

-- corpus: line 1153 accepted
REINDEX INDEX sro_idx;

-- corpus: line 1154 accepted
REINDEX TABLE CONCURRENTLY sro_tab;

-- corpus: line 1155 accepted
DROP INDEX sro_idx;

-- corpus: line 1157 accepted
CREATE INDEX sro_cluster_idx ON sro_tab ((sro_ifun(a) + sro_ifun(0)));

-- corpus: line 1158 accepted
CLUSTER sro_tab USING sro_cluster_idx;

-- corpus: line 1159 accepted
DROP INDEX sro_cluster_idx;

-- corpus: line 1161 accepted
CREATE INDEX sro_brin ON sro_tab USING brin ((sro_ifun(a) + sro_ifun(0)));

-- corpus: line 1164 accepted
DROP TABLE sro_tab;

-- corpus: line 1166 accepted
CREATE TABLE sro_ptab (a int) PARTITION BY RANGE (a);

-- corpus: line 1167 accepted
ALTER TABLE sro_ptab OWNER TO regress_sro_user;

-- corpus: line 1168 accepted
CREATE TABLE sro_part PARTITION OF sro_ptab FOR VALUES FROM (1) TO (10);

-- corpus: line 1169 accepted
ALTER TABLE sro_part OWNER TO regress_sro_user;

-- corpus: line 1171 accepted
CREATE INDEX sro_pidx ON sro_ptab ((sro_ifun(a) + sro_ifun(0)))
	WHERE sro_ifun(a + 10) > sro_ifun(10);

-- corpus: line 1173 accepted
REINDEX TABLE sro_ptab;

-- corpus: line 1174 accepted
REINDEX INDEX CONCURRENTLY sro_pidx;

-- corpus: line 1177 accepted
CREATE FUNCTION unwanted_grant() RETURNS void LANGUAGE sql AS
	'GRANT regress_priv_group2 TO regress_sro_user';

-- corpus: line 1179 accepted
CREATE FUNCTION mv_action() RETURNS bool LANGUAGE sql AS
	'DECLARE c CURSOR WITH HOLD FOR SELECT unwanted_grant(); SELECT true';

-- corpus: line 1182 accepted
CREATE MATERIALIZED VIEW sro_mv AS SELECT mv_action() WITH NO DATA;

-- corpus: line 1189 accepted
CREATE TABLE sro_trojan_table ();

-- corpus: line 1190 accepted
CREATE FUNCTION sro_trojan() RETURNS trigger LANGUAGE plpgsql AS
	'BEGIN PERFORM unwanted_grant(); RETURN NULL; END';

-- corpus: line 1192 accepted
CREATE CONSTRAINT TRIGGER t AFTER INSERT ON sro_trojan_table
    INITIALLY DEFERRED FOR EACH ROW EXECUTE PROCEDURE sro_trojan();

-- corpus: line 1195 accepted
CREATE OR REPLACE FUNCTION mv_action() RETURNS bool LANGUAGE sql AS
	'INSERT INTO sro_trojan_table DEFAULT VALUES; SELECT true';

-- corpus: line 1204 accepted
CREATE FUNCTION unwanted_grant_nofail(int) RETURNS int
	IMMUTABLE LANGUAGE plpgsql AS $$
BEGIN
	PERFORM unwanted_grant();
	RAISE WARNING 'owned';
	RETURN 1;
EXCEPTION WHEN OTHERS THEN
	RETURN 2;
END$$;

-- corpus: line 1213 accepted
CREATE MATERIALIZED VIEW sro_index_mv AS SELECT 1 AS c;

-- corpus: line 1214 accepted
CREATE UNIQUE INDEX ON sro_index_mv (c) WHERE unwanted_grant_nofail(1) > 0;

-- corpus: line 1219 accepted
DROP OWNED BY regress_sro_user;

-- corpus: line 1220 accepted
DROP ROLE regress_sro_user;

-- corpus: line 1226 accepted
CREATE FUNCTION dogrant_ok() RETURNS void LANGUAGE sql SECURITY DEFINER AS
	'GRANT regress_priv_group2 TO regress_priv_user5';

-- corpus: line 1228 accepted
GRANT regress_priv_group2 TO regress_priv_user5;

-- corpus: line 1230 accepted
GRANT regress_priv_group2 TO regress_priv_user5;

-- corpus: line 1233 accepted
GRANT regress_priv_group2 TO regress_priv_user5;

-- corpus: line 1236 accepted
GRANT regress_priv_group2 TO regress_priv_user5;

-- corpus: line 1239 accepted
GRANT regress_priv_group2 TO regress_priv_user5;

-- corpus: line 1242 accepted
DROP FUNCTION dogrant_ok();

-- corpus: line 1243 accepted
REVOKE regress_priv_group2 FROM regress_priv_user5;

-- corpus: line 1249 accepted
CREATE SEQUENCE x_seq;

-- corpus: line 1251 accepted
GRANT USAGE on x_seq to regress_priv_user2;

-- corpus: line 1271 accepted
GRANT ALL ON LARGE OBJECT 1001 TO PUBLIC;

-- corpus: line 1272 accepted
GRANT SELECT ON LARGE OBJECT 1003 TO regress_priv_user2;

-- corpus: line 1273 accepted
GRANT SELECT,UPDATE ON LARGE OBJECT 1004 TO regress_priv_user2;

-- corpus: line 1274 accepted
GRANT ALL ON LARGE OBJECT 1005 TO regress_priv_user2;

-- corpus: line 1275 accepted
GRANT SELECT ON LARGE OBJECT 1005 TO regress_priv_user2 WITH GRANT OPTION;

-- corpus: line 1277 accepted
GRANT SELECT, INSERT ON LARGE OBJECT 1001 TO PUBLIC;

-- corpus: line 1278 accepted
GRANT SELECT, UPDATE ON LARGE OBJECT 1001 TO nosuchuser;

-- corpus: line 1279 accepted
GRANT SELECT, UPDATE ON LARGE OBJECT  999 TO PUBLIC;

-- corpus: line 1300 accepted
GRANT SELECT ON LARGE OBJECT 1005 TO regress_priv_user3;

-- corpus: line 1301 accepted
GRANT UPDATE ON LARGE OBJECT 1006 TO regress_priv_user3;

-- corpus: line 1302 accepted
REVOKE ALL ON LARGE OBJECT 2001, 2002 FROM PUBLIC;

-- corpus: line 1303 accepted
GRANT ALL ON LARGE OBJECT 2001 TO regress_priv_user3;

-- corpus: line 1355 accepted
CREATE OR REPLACE FUNCTION terminate_nothrow(pid int) RETURNS bool
	LANGUAGE plpgsql SECURITY DEFINER SET client_min_messages = error AS $$
BEGIN
	RETURN pg_terminate_backend($1);
EXCEPTION WHEN OTHERS THEN
	RETURN false;
END$$;

-- corpus: line 1362 accepted
ALTER FUNCTION terminate_nothrow OWNER TO pg_signal_backend;

-- corpus: line 1369 accepted
GRANT pg_database_owner TO regress_priv_user1;

-- corpus: line 1370 accepted
GRANT regress_priv_user1 TO pg_database_owner;

-- corpus: line 1371 accepted
CREATE TABLE datdba_only ();

-- corpus: line 1372 accepted
ALTER TABLE datdba_only OWNER TO pg_database_owner;

-- corpus: line 1373 accepted
REVOKE DELETE ON datdba_only FROM pg_database_owner;

-- corpus: line 1401 accepted
CREATE SCHEMA testns;

-- corpus: line 1402 accepted
GRANT ALL ON SCHEMA testns TO regress_priv_user1;

-- corpus: line 1404 accepted
CREATE TABLE testns.acltest1 (x int);

-- corpus: line 1409 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns,testns GRANT SELECT ON TABLES TO public,public;

-- corpus: line 1414 accepted
DROP TABLE testns.acltest1;

-- corpus: line 1415 accepted
CREATE TABLE testns.acltest1 (x int);

-- corpus: line 1420 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns GRANT INSERT ON TABLES TO regress_priv_user1;

-- corpus: line 1422 accepted
DROP TABLE testns.acltest1;

-- corpus: line 1423 accepted
CREATE TABLE testns.acltest1 (x int);

-- corpus: line 1428 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns REVOKE INSERT ON TABLES FROM regress_priv_user1;

-- corpus: line 1430 accepted
DROP TABLE testns.acltest1;

-- corpus: line 1431 accepted
CREATE TABLE testns.acltest1 (x int);

-- corpus: line 1436 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user1 REVOKE EXECUTE ON FUNCTIONS FROM public;

-- corpus: line 1438 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns GRANT USAGE ON SCHEMAS TO regress_priv_user2;

-- corpus: line 1464 accepted
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO regress_priv_user2;

-- corpus: line 1466 accepted
CREATE SCHEMA testns2;

-- corpus: line 1472 accepted
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM regress_priv_user2;

-- corpus: line 1474 accepted
CREATE SCHEMA testns3;

-- corpus: line 1479 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON SCHEMAS TO regress_priv_user2;

-- corpus: line 1481 accepted
CREATE SCHEMA testns4;

-- corpus: line 1486 accepted
ALTER DEFAULT PRIVILEGES REVOKE ALL ON SCHEMAS FROM regress_priv_user2;

-- corpus: line 1494 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON FUNCTIONS TO regress_priv_user2;

-- corpus: line 1495 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON SCHEMAS TO regress_priv_user2;

-- corpus: line 1496 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON SEQUENCES TO regress_priv_user2;

-- corpus: line 1497 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO regress_priv_user2;

-- corpus: line 1498 accepted
ALTER DEFAULT PRIVILEGES GRANT ALL ON TYPES TO regress_priv_user2;

-- corpus: line 1503 accepted
DROP OWNED BY regress_priv_user2, regress_priv_user2;

-- corpus: line 1510 accepted
CREATE SCHEMA testns5;

-- corpus: line 1517 accepted
CREATE FUNCTION testns.foo() RETURNS int AS 'select 1' LANGUAGE sql;

-- corpus: line 1518 accepted
CREATE AGGREGATE testns.agg1(int) (sfunc = int4pl, stype = int4);

-- corpus: line 1519 accepted
CREATE PROCEDURE testns.bar() AS 'select 1' LANGUAGE sql;

-- corpus: line 1525 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns GRANT EXECUTE ON ROUTINES to public;

-- corpus: line 1527 accepted
DROP FUNCTION testns.foo();

-- corpus: line 1528 accepted
CREATE FUNCTION testns.foo() RETURNS int AS 'select 1' LANGUAGE sql;

-- corpus: line 1529 accepted
DROP AGGREGATE testns.agg1(int);

-- corpus: line 1530 accepted
CREATE AGGREGATE testns.agg1(int) (sfunc = int4pl, stype = int4);

-- corpus: line 1531 accepted
DROP PROCEDURE testns.bar();

-- corpus: line 1532 accepted
CREATE PROCEDURE testns.bar() AS 'select 1' LANGUAGE sql;

-- corpus: line 1538 accepted
DROP FUNCTION testns.foo();

-- corpus: line 1539 accepted
DROP AGGREGATE testns.agg1(int);

-- corpus: line 1540 accepted
DROP PROCEDURE testns.bar();

-- corpus: line 1542 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user1 REVOKE USAGE ON TYPES FROM public;

-- corpus: line 1544 accepted
CREATE DOMAIN testns.priv_testdomain1 AS int;

-- corpus: line 1548 accepted
ALTER DEFAULT PRIVILEGES IN SCHEMA testns GRANT USAGE ON TYPES to public;

-- corpus: line 1550 accepted
DROP DOMAIN testns.priv_testdomain1;

-- corpus: line 1551 accepted
CREATE DOMAIN testns.priv_testdomain1 AS int;

-- corpus: line 1555 accepted
DROP DOMAIN testns.priv_testdomain1;

-- corpus: line 1563 accepted
DROP SCHEMA testns CASCADE;

-- corpus: line 1564 accepted
DROP SCHEMA testns2 CASCADE;

-- corpus: line 1565 accepted
DROP SCHEMA testns3 CASCADE;

-- corpus: line 1566 accepted
DROP SCHEMA testns4 CASCADE;

-- corpus: line 1567 accepted
DROP SCHEMA testns5 CASCADE;

-- corpus: line 1577 accepted
CREATE SCHEMA testns;

-- corpus: line 1578 accepted
CREATE TABLE testns.t1 (f1 int);

-- corpus: line 1579 accepted
CREATE TABLE testns.t2 (f1 int);

-- corpus: line 1583 accepted
GRANT ALL ON ALL TABLES IN SCHEMA testns TO regress_priv_user1;

-- corpus: line 1588 accepted
REVOKE ALL ON ALL TABLES IN SCHEMA testns FROM regress_priv_user1;

-- corpus: line 1593 accepted
CREATE FUNCTION testns.priv_testfunc(int) RETURNS int AS 'select 3 * $1;' LANGUAGE sql;

-- corpus: line 1594 accepted
CREATE AGGREGATE testns.priv_testagg(int) (sfunc = int4pl, stype = int4);

-- corpus: line 1595 accepted
CREATE PROCEDURE testns.priv_testproc(int) AS 'select 3' LANGUAGE sql;

-- corpus: line 1601 accepted
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA testns FROM PUBLIC;

-- corpus: line 1607 accepted
REVOKE ALL ON ALL PROCEDURES IN SCHEMA testns FROM PUBLIC;

-- corpus: line 1611 accepted
GRANT ALL ON ALL ROUTINES IN SCHEMA testns TO PUBLIC;

-- corpus: line 1617 accepted
DROP SCHEMA testns CASCADE;

-- corpus: line 1623 accepted
CREATE ROLE regress_schemauser1 superuser login;

-- corpus: line 1624 accepted
CREATE ROLE regress_schemauser2 superuser login;

-- corpus: line 1627 accepted
CREATE SCHEMA testns;

-- corpus: line 1631 accepted
ALTER SCHEMA testns OWNER TO regress_schemauser2;

-- corpus: line 1632 accepted
ALTER ROLE regress_schemauser2 RENAME TO regress_schemauser_renamed;

-- corpus: line 1636 accepted
DROP SCHEMA testns CASCADE;

-- corpus: line 1641 accepted
DROP ROLE regress_schemauser1;

-- corpus: line 1642 accepted
DROP ROLE regress_schemauser_renamed;

-- corpus: line 1649 accepted
create table dep_priv_test (a int);

-- corpus: line 1650 accepted
grant select on dep_priv_test to regress_priv_user2 with grant option;

-- corpus: line 1651 accepted
grant select on dep_priv_test to regress_priv_user3 with grant option;

-- corpus: line 1653 accepted
grant select on dep_priv_test to regress_priv_user4 with grant option;

-- corpus: line 1655 accepted
grant select on dep_priv_test to regress_priv_user4 with grant option;

-- corpus: line 1657 accepted
grant select on dep_priv_test to regress_priv_user5;

-- corpus: line 1660 accepted
revoke select on dep_priv_test from regress_priv_user4 cascade;

-- corpus: line 1663 accepted
revoke select on dep_priv_test from regress_priv_user4 cascade;

-- corpus: line 1666 accepted
drop table dep_priv_test;

-- corpus: line 1673 accepted
drop sequence x_seq;

-- corpus: line 1675 accepted
DROP AGGREGATE priv_testagg1(int);

-- corpus: line 1676 accepted
DROP FUNCTION priv_testfunc2(int);

-- corpus: line 1677 accepted
DROP FUNCTION priv_testfunc4(boolean);

-- corpus: line 1678 accepted
DROP PROCEDURE priv_testproc1(int);

-- corpus: line 1680 accepted
DROP VIEW atestv0;

-- corpus: line 1681 accepted
DROP VIEW atestv1;

-- corpus: line 1682 accepted
DROP VIEW atestv2;

-- corpus: line 1684 accepted
DROP VIEW atestv3 CASCADE;

-- corpus: line 1686 accepted
DROP VIEW atestv4;

-- corpus: line 1688 accepted
DROP TABLE atest1;

-- corpus: line 1689 accepted
DROP TABLE atest2;

-- corpus: line 1690 accepted
DROP TABLE atest3;

-- corpus: line 1691 accepted
DROP TABLE atest4;

-- corpus: line 1692 accepted
DROP TABLE atest5;

-- corpus: line 1693 accepted
DROP TABLE atest6;

-- corpus: line 1694 accepted
DROP TABLE atestc;

-- corpus: line 1695 accepted
DROP TABLE atestp1;

-- corpus: line 1696 accepted
DROP TABLE atestp2;

-- corpus: line 1700 accepted
DROP GROUP regress_priv_group1;

-- corpus: line 1701 accepted
DROP GROUP regress_priv_group2;

-- corpus: line 1704 accepted
REVOKE USAGE ON LANGUAGE sql FROM regress_priv_user1;

-- corpus: line 1705 accepted
DROP OWNED BY regress_priv_user1;

-- corpus: line 1707 accepted
DROP USER regress_priv_user1;

-- corpus: line 1708 accepted
DROP USER regress_priv_user2;

-- corpus: line 1709 accepted
DROP USER regress_priv_user3;

-- corpus: line 1710 accepted
DROP USER regress_priv_user4;

-- corpus: line 1711 accepted
DROP USER regress_priv_user5;

-- corpus: line 1712 accepted
DROP USER regress_priv_user6;

-- corpus: line 1713 accepted
DROP USER regress_priv_user7;

-- corpus: line 1714 accepted
DROP USER regress_priv_user8;

-- corpus: line 1718 accepted
CREATE USER regress_locktable_user;

-- corpus: line 1719 accepted
CREATE TABLE lock_table (a int);

-- corpus: line 1722 accepted
GRANT SELECT ON lock_table TO regress_locktable_user;

-- corpus: line 1734 accepted
REVOKE SELECT ON lock_table FROM regress_locktable_user;

-- corpus: line 1737 accepted
GRANT INSERT ON lock_table TO regress_locktable_user;

-- corpus: line 1749 accepted
REVOKE INSERT ON lock_table FROM regress_locktable_user;

-- corpus: line 1752 accepted
GRANT UPDATE ON lock_table TO regress_locktable_user;

-- corpus: line 1764 accepted
REVOKE UPDATE ON lock_table FROM regress_locktable_user;

-- corpus: line 1767 accepted
GRANT DELETE ON lock_table TO regress_locktable_user;

-- corpus: line 1779 accepted
REVOKE DELETE ON lock_table FROM regress_locktable_user;

-- corpus: line 1782 accepted
GRANT TRUNCATE ON lock_table TO regress_locktable_user;

-- corpus: line 1794 accepted
REVOKE TRUNCATE ON lock_table FROM regress_locktable_user;

-- corpus: line 1797 accepted
DROP TABLE lock_table;

-- corpus: line 1798 accepted
DROP USER regress_locktable_user;

-- corpus: line 1806 accepted
CREATE ROLE regress_readallstats;

-- corpus: line 1811 accepted
GRANT pg_read_all_stats TO regress_readallstats;

-- corpus: line 1823 accepted
DROP ROLE regress_readallstats;

-- corpus: line 1826 accepted
CREATE ROLE regress_group;

-- corpus: line 1827 accepted
CREATE ROLE regress_group_direct_manager;

-- corpus: line 1828 accepted
CREATE ROLE regress_group_indirect_manager;

-- corpus: line 1829 accepted
CREATE ROLE regress_group_member;

-- corpus: line 1831 rejected 42601 syntax error at or near "INHERIT"
GRANT regress_group TO regress_group_direct_manager WITH INHERIT FALSE, ADMIN TRUE;

-- corpus: line 1832 accepted
GRANT regress_group_direct_manager TO regress_group_indirect_manager;

-- corpus: line 1835 accepted
GRANT regress_group TO regress_group_member;

-- corpus: line 1837 accepted
REVOKE regress_group FROM regress_group_member;

-- corpus: line 1840 accepted
GRANT regress_group TO regress_group_member;

-- corpus: line 1842 accepted
REVOKE regress_group FROM regress_group_member;

-- corpus: line 1845 accepted
DROP ROLE regress_group;

-- corpus: line 1846 accepted
DROP ROLE regress_group_direct_manager;

-- corpus: line 1847 accepted
DROP ROLE regress_group_indirect_manager;

-- corpus: line 1848 accepted
DROP ROLE regress_group_member;

-- corpus: line 1851 accepted
CREATE ROLE regress_roleoption_protagonist;

-- corpus: line 1852 accepted
CREATE ROLE regress_roleoption_donor;

-- corpus: line 1853 accepted
CREATE ROLE regress_roleoption_recipient;

-- corpus: line 1854 accepted
CREATE SCHEMA regress_roleoption;

-- corpus: line 1855 accepted
GRANT CREATE, USAGE ON SCHEMA regress_roleoption TO PUBLIC;

-- corpus: line 1856 rejected 42601 syntax error at or near "INHERIT"
GRANT regress_roleoption_donor TO regress_roleoption_protagonist WITH INHERIT TRUE, SET FALSE;

-- corpus: line 1857 rejected 42601 syntax error at or near "INHERIT"
GRANT regress_roleoption_recipient TO regress_roleoption_protagonist WITH INHERIT FALSE, SET TRUE;

-- corpus: line 1859 accepted
CREATE TABLE regress_roleoption.t1 (a int);

-- corpus: line 1860 accepted
CREATE TABLE regress_roleoption.t2 (a int);

-- corpus: line 1862 accepted
CREATE TABLE regress_roleoption.t3 (a int);

-- corpus: line 1864 accepted
CREATE TABLE regress_roleoption.t4 (a int);

-- corpus: line 1866 accepted
ALTER TABLE regress_roleoption.t1 OWNER TO regress_roleoption_donor;

-- corpus: line 1867 accepted
ALTER TABLE regress_roleoption.t2 OWNER TO regress_roleoption_recipient;

-- corpus: line 1868 accepted
ALTER TABLE regress_roleoption.t3 OWNER TO regress_roleoption_protagonist;

-- corpus: line 1869 accepted
ALTER TABLE regress_roleoption.t4 OWNER TO regress_roleoption_protagonist;

-- corpus: line 1871 accepted
DROP TABLE regress_roleoption.t1;

-- corpus: line 1872 accepted
DROP TABLE regress_roleoption.t2;

-- corpus: line 1873 accepted
DROP TABLE regress_roleoption.t3;

-- corpus: line 1874 accepted
DROP TABLE regress_roleoption.t4;

-- corpus: line 1875 accepted
DROP SCHEMA regress_roleoption;

-- corpus: line 1876 accepted
DROP ROLE regress_roleoption_protagonist;

-- corpus: line 1877 accepted
DROP ROLE regress_roleoption_donor;

-- corpus: line 1878 accepted
DROP ROLE regress_roleoption_recipient;
