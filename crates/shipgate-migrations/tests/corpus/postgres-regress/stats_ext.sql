-- corpus: line 10 accepted
create function check_estimated_rows(text) returns table (estimated int, actual int)
language plpgsql as
$$
declare
    ln text;
    tmp text[];
    first_row bool := true;
begin
    for ln in
        execute format('explain analyze %s', $1)
    loop
        if first_row then
            first_row := false;
            tmp := regexp_match(ln, 'rows=(\d*) .* rows=(\d*)');
            return query select tmp[1]::int, tmp[2]::int;
        end if;
    end loop;
end;
$$;

-- corpus: line 31 accepted
CREATE TABLE ext_stats_test (x text, y int, z int);

-- corpus: line 32 rejected 42601 syntax error at or near ";"
CREATE STATISTICS tst;

-- corpus: line 33 rejected 42601 syntax error at or near ";"
CREATE STATISTICS tst ON a, b;

-- corpus: line 34 rejected 42601 syntax error at or near "FROM"
CREATE STATISTICS tst FROM sometab;

-- corpus: line 35 accepted
CREATE STATISTICS tst ON a, b FROM nonexistent;

-- corpus: line 36 accepted
CREATE STATISTICS tst ON a, b FROM ext_stats_test;

-- corpus: line 37 accepted
CREATE STATISTICS tst ON x, x, y FROM ext_stats_test;

-- corpus: line 38 accepted
CREATE STATISTICS tst ON x, x, y, x, x, y, x, x, y FROM ext_stats_test;

-- corpus: line 39 accepted
CREATE STATISTICS tst ON x, x, y, x, x, (x || 'x'), (y + 1), (x || 'x'), (x || 'x'), (y + 1) FROM ext_stats_test;

-- corpus: line 40 accepted
CREATE STATISTICS tst ON (x || 'x'), (x || 'x'), (y + 1), (x || 'x'), (x || 'x'), (y + 1), (x || 'x'), (x || 'x'), (y + 1) FROM ext_stats_test;

-- corpus: line 41 accepted
CREATE STATISTICS tst ON (x || 'x'), (x || 'x'), y FROM ext_stats_test;

-- corpus: line 42 accepted
CREATE STATISTICS tst (unrecognized) ON x, y FROM ext_stats_test;

-- corpus: line 44 accepted
CREATE STATISTICS tst ON (y) FROM ext_stats_test;

-- corpus: line 45 rejected 42601 syntax error at or near "+"
CREATE STATISTICS tst ON y + z FROM ext_stats_test;

-- corpus: line 46 rejected 42601 syntax error at or near ","
CREATE STATISTICS tst ON (x, y) FROM ext_stats_test;

-- corpus: line 47 accepted
DROP TABLE ext_stats_test;

-- corpus: line 50 accepted
CREATE TABLE ab1 (a INTEGER, b INTEGER, c INTEGER);

-- corpus: line 51 accepted
CREATE STATISTICS IF NOT EXISTS ab1_a_b_stats ON a, b FROM ab1;

-- corpus: line 52 accepted
COMMENT ON STATISTICS ab1_a_b_stats IS 'new comment';

-- corpus: line 53 accepted
CREATE ROLE regress_stats_ext;

-- corpus: line 55 accepted
COMMENT ON STATISTICS ab1_a_b_stats IS 'changed comment';

-- corpus: line 56 accepted
DROP STATISTICS ab1_a_b_stats;

-- corpus: line 57 accepted
ALTER STATISTICS ab1_a_b_stats RENAME TO ab1_a_b_stats_new;

-- corpus: line 59 accepted
DROP ROLE regress_stats_ext;

-- corpus: line 61 accepted
CREATE STATISTICS IF NOT EXISTS ab1_a_b_stats ON a, b FROM ab1;

-- corpus: line 62 accepted
DROP STATISTICS ab1_a_b_stats;

-- corpus: line 64 accepted
CREATE SCHEMA regress_schema_2;

-- corpus: line 65 accepted
CREATE STATISTICS regress_schema_2.ab1_a_b_stats ON a, b FROM ab1;

-- corpus: line 70 accepted
DROP STATISTICS regress_schema_2.ab1_a_b_stats;

-- corpus: line 73 accepted
CREATE STATISTICS ab1_b_c_stats ON b, c FROM ab1;

-- corpus: line 74 accepted
CREATE STATISTICS ab1_a_b_c_stats ON a, b, c FROM ab1;

-- corpus: line 75 accepted
CREATE STATISTICS ab1_b_a_stats ON b, a FROM ab1;

-- corpus: line 76 accepted
ALTER TABLE ab1 DROP COLUMN a;

-- corpus: line 80 accepted
DROP TABLE ab1;

-- corpus: line 84 accepted
CREATE TABLE ab1 (a INTEGER, b INTEGER);

-- corpus: line 85 accepted
ALTER TABLE ab1 ALTER a SET STATISTICS 0;

-- corpus: line 87 accepted
CREATE STATISTICS ab1_a_b_stats ON a, b FROM ab1;

-- corpus: line 89 accepted
ALTER TABLE ab1 ALTER a SET STATISTICS -1;

-- corpus: line 91 accepted
ALTER STATISTICS ab1_a_b_stats SET STATISTICS 0;

-- corpus: line 97 accepted
ALTER STATISTICS ab1_a_b_stats SET STATISTICS -1;

-- corpus: line 102 accepted
DROP TABLE ab1;

-- corpus: line 103 accepted
ALTER STATISTICS ab1_a_b_stats SET STATISTICS 0;

-- corpus: line 104 accepted
ALTER STATISTICS IF EXISTS ab1_a_b_stats SET STATISTICS 0;

-- corpus: line 107 accepted
CREATE TABLE ab1 (a INTEGER, b INTEGER);

-- corpus: line 108 accepted
CREATE TABLE ab1c () INHERITS (ab1);

-- corpus: line 110 accepted
CREATE STATISTICS ab1_a_b_stats ON a, b FROM ab1;

-- corpus: line 112 accepted
DROP TABLE ab1 CASCADE;

-- corpus: line 115 accepted
CREATE TABLE stxdinh(a int, b int);

-- corpus: line 116 accepted
CREATE TABLE stxdinh1() INHERITS(stxdinh);

-- corpus: line 117 accepted
CREATE TABLE stxdinh2() INHERITS(stxdinh);

-- corpus: line 121 accepted
VACUUM ANALYZE stxdinh, stxdinh1, stxdinh2;

-- corpus: line 126 accepted
CREATE STATISTICS stxdinh ON a, b FROM stxdinh;

-- corpus: line 127 accepted
VACUUM ANALYZE stxdinh, stxdinh1, stxdinh2;

-- corpus: line 136 accepted
DROP TABLE stxdinh, stxdinh1, stxdinh2;

-- corpus: line 139 accepted
CREATE TABLE stxdinp(i int, a int, b int) PARTITION BY RANGE (i);

-- corpus: line 140 accepted
CREATE TABLE stxdinp1 PARTITION OF stxdinp FOR VALUES FROM (1) TO (100);

-- corpus: line 142 accepted
CREATE STATISTICS stxdinp ON (a + 1), a, b FROM stxdinp;

-- corpus: line 143 accepted
VACUUM ANALYZE stxdinp;

-- corpus: line 147 accepted
DROP TABLE stxdinp;

-- corpus: line 150 accepted
CREATE TABLE ab1 (a INTEGER, b INTEGER, c TIMESTAMP, d TIMESTAMPTZ);

-- corpus: line 153 accepted
CREATE STATISTICS ab1_exprstat_1 ON (a+b) FROM ab1;

-- corpus: line 156 accepted
CREATE STATISTICS ab1_exprstat_2 ON (a+b) FROM ab1;

-- corpus: line 160 accepted
CREATE STATISTICS ab1_exprstat_3 ON (a+b), a FROM ab1;

-- corpus: line 164 accepted
CREATE STATISTICS ab1_exprstat_4 ON date_trunc('day', d) FROM ab1;

-- corpus: line 167 accepted
CREATE STATISTICS ab1_exprstat_5 ON date_trunc('day', c) FROM ab1;

-- corpus: line 170 accepted
CREATE STATISTICS ab1_exprstat_6 ON
  (case a when 1 then true else false end), b FROM ab1;

-- corpus: line 184 accepted
DROP TABLE ab1;

-- corpus: line 187 accepted
CREATE schema tststats;

-- corpus: line 189 accepted
CREATE TABLE tststats.t (a int, b int, c text);

-- corpus: line 190 accepted
CREATE INDEX ti ON tststats.t (a, b);

-- corpus: line 191 accepted
CREATE SEQUENCE tststats.s;

-- corpus: line 192 accepted
CREATE VIEW tststats.v AS SELECT * FROM tststats.t;

-- corpus: line 193 accepted
CREATE MATERIALIZED VIEW tststats.mv AS SELECT * FROM tststats.t;

-- corpus: line 194 accepted
CREATE TYPE tststats.ty AS (a int, b int, c text);

-- corpus: line 195 accepted
CREATE FOREIGN DATA WRAPPER extstats_dummy_fdw;

-- corpus: line 196 accepted
CREATE SERVER extstats_dummy_srv FOREIGN DATA WRAPPER extstats_dummy_fdw;

-- corpus: line 197 accepted
CREATE FOREIGN TABLE tststats.f (a int, b int, c text) SERVER extstats_dummy_srv;

-- corpus: line 198 accepted
CREATE TABLE tststats.pt (a int, b int, c text) PARTITION BY RANGE (a, b);

-- corpus: line 199 accepted
CREATE TABLE tststats.pt1 PARTITION OF tststats.pt FOR VALUES FROM (-10, -10) TO (10, 10);

-- corpus: line 201 accepted
CREATE STATISTICS tststats.s1 ON a, b FROM tststats.t;

-- corpus: line 202 accepted
CREATE STATISTICS tststats.s2 ON a, b FROM tststats.ti;

-- corpus: line 203 accepted
CREATE STATISTICS tststats.s3 ON a, b FROM tststats.s;

-- corpus: line 204 accepted
CREATE STATISTICS tststats.s4 ON a, b FROM tststats.v;

-- corpus: line 205 accepted
CREATE STATISTICS tststats.s5 ON a, b FROM tststats.mv;

-- corpus: line 206 accepted
CREATE STATISTICS tststats.s6 ON a, b FROM tststats.ty;

-- corpus: line 207 accepted
CREATE STATISTICS tststats.s7 ON a, b FROM tststats.f;

-- corpus: line 208 accepted
CREATE STATISTICS tststats.s8 ON a, b FROM tststats.pt;

-- corpus: line 209 accepted
CREATE STATISTICS tststats.s9 ON a, b FROM tststats.pt1;

-- corpus: line 220 accepted
DROP SCHEMA tststats CASCADE;

-- corpus: line 221 accepted
DROP FOREIGN DATA WRAPPER extstats_dummy_fdw CASCADE;

-- corpus: line 224 accepted
CREATE TABLE ndistinct (
    filler1 TEXT,
    filler2 NUMERIC,
    a INT,
    b INT,
    filler3 DATE,
    c INT,
    d INT
)
WITH (autovacuum_enabled = off);

-- corpus: line 262 accepted
CREATE STATISTICS s10 ON a, b, c FROM ndistinct;

-- corpus: line 331 accepted
DROP STATISTICS s10;

-- corpus: line 364 accepted
CREATE STATISTICS s10 (ndistinct) ON (a+1), (b+100), (2*c) FROM ndistinct;

-- corpus: line 379 accepted
DROP STATISTICS s10;

-- corpus: line 388 accepted
CREATE STATISTICS s10 (ndistinct) ON a, b, (2*c) FROM ndistinct;

-- corpus: line 403 accepted
DROP STATISTICS s10;

-- corpus: line 430 accepted
CREATE STATISTICS s11 (ndistinct) ON a, b FROM ndistinct;

-- corpus: line 432 accepted
CREATE STATISTICS s12 (ndistinct) ON c, d FROM ndistinct;

-- corpus: line 453 accepted
DROP STATISTICS s12;

-- corpus: line 455 accepted
CREATE STATISTICS s12 (ndistinct) ON (c * 10), (d - 1) FROM ndistinct;

-- corpus: line 476 accepted
DROP STATISTICS s12;

-- corpus: line 478 accepted
CREATE STATISTICS s12 (ndistinct) ON c, d, (c * 10), (d - 1) FROM ndistinct;

-- corpus: line 499 accepted
DROP STATISTICS s11;

-- corpus: line 501 accepted
CREATE STATISTICS s11 (ndistinct) ON a, b, (a*5), (b+1) FROM ndistinct;

-- corpus: line 524 accepted
DROP STATISTICS s11;

-- corpus: line 525 accepted
DROP STATISTICS s12;

-- corpus: line 527 accepted
CREATE STATISTICS s11 (ndistinct) ON a, b, (a*5), (b+1) FROM ndistinct;

-- corpus: line 528 accepted
CREATE STATISTICS s12 (ndistinct) ON a, (b+1), (c * 10) FROM ndistinct;

-- corpus: line 546 accepted
DROP STATISTICS s11;

-- corpus: line 547 accepted
DROP STATISTICS s12;

-- corpus: line 550 accepted
CREATE TABLE functional_dependencies (
    filler1 TEXT,
    filler2 NUMERIC,
    a INT,
    b TEXT,
    filler3 DATE,
    c INT,
    d TEXT
)
WITH (autovacuum_enabled = off);

-- corpus: line 561 accepted
CREATE INDEX fdeps_ab_idx ON functional_dependencies (a, b);

-- corpus: line 562 accepted
CREATE INDEX fdeps_abc_idx ON functional_dependencies (a, b, c);

-- corpus: line 575 accepted
CREATE STATISTICS func_deps_stat (dependencies) ON a, b, c FROM functional_dependencies;

-- corpus: line 585 accepted
DROP STATISTICS func_deps_stat;

-- corpus: line 598 accepted
CREATE STATISTICS func_deps_stat (dependencies) ON (mod(a,11)), (mod(b::int, 13)), (mod(c, 7)) FROM functional_dependencies;

-- corpus: line 608 accepted
DROP STATISTICS func_deps_stat;

-- corpus: line 672 accepted
CREATE STATISTICS func_deps_stat (dependencies) ON a, b, c FROM functional_dependencies;

-- corpus: line 738 accepted
ALTER TABLE functional_dependencies ALTER COLUMN c TYPE numeric;

-- corpus: line 746 accepted
DROP STATISTICS func_deps_stat;

-- corpus: line 808 accepted
CREATE STATISTICS func_deps_stat (dependencies) ON (a * 2), upper(b), (c + 1) FROM functional_dependencies;

-- corpus: line 873 accepted
CREATE TABLE functional_dependencies_multi (
	a INTEGER,
	b INTEGER,
	c INTEGER,
	d INTEGER
)
WITH (autovacuum_enabled = off);

-- corpus: line 899 accepted
CREATE STATISTICS functional_dependencies_multi_1 (dependencies) ON a, b FROM functional_dependencies_multi;

-- corpus: line 900 accepted
CREATE STATISTICS functional_dependencies_multi_2 (dependencies) ON c, d FROM functional_dependencies_multi;

-- corpus: line 910 accepted
DROP TABLE functional_dependencies_multi;

-- corpus: line 913 accepted
CREATE TABLE mcv_lists (
    filler1 TEXT,
    filler2 NUMERIC,
    a INT,
    b VARCHAR,
    filler3 DATE,
    c INT,
    d TEXT,
    ia INT[]
)
WITH (autovacuum_enabled = off);

-- corpus: line 936 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON a, b, c FROM mcv_lists;

-- corpus: line 945 accepted
DROP STATISTICS mcv_lists_stats;

-- corpus: line 958 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON (mod(a,7)), (mod(b::int,11)), (mod(c,13)) FROM mcv_lists;

-- corpus: line 968 accepted
DROP STATISTICS mcv_lists_stats;

-- corpus: line 1025 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON a, b, c, ia FROM mcv_lists;

-- corpus: line 1080 accepted
ALTER TABLE mcv_lists ALTER COLUMN d TYPE VARCHAR(64);

-- corpus: line 1088 accepted
ALTER TABLE mcv_lists ALTER COLUMN c TYPE numeric;

-- corpus: line 1099 accepted
DROP STATISTICS mcv_lists_stats;

-- corpus: line 1130 accepted
CREATE STATISTICS mcv_lists_stats_1 ON (mod(a,20)) FROM mcv_lists;

-- corpus: line 1131 accepted
CREATE STATISTICS mcv_lists_stats_2 ON (mod(b::int,10)) FROM mcv_lists;

-- corpus: line 1132 accepted
CREATE STATISTICS mcv_lists_stats_3 ON (mod(c,5)) FROM mcv_lists;

-- corpus: line 1156 accepted
DROP STATISTICS mcv_lists_stats_1;

-- corpus: line 1157 accepted
DROP STATISTICS mcv_lists_stats_2;

-- corpus: line 1158 accepted
DROP STATISTICS mcv_lists_stats_3;

-- corpus: line 1161 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON (mod(a,20)), (mod(b::int,10)), (mod(c,5)) FROM mcv_lists;

-- corpus: line 1190 accepted
DROP STATISTICS mcv_lists_stats;

-- corpus: line 1213 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON a, b, c FROM mcv_lists;

-- corpus: line 1240 accepted
DROP STATISTICS mcv_lists_stats;

-- corpus: line 1259 accepted
CREATE STATISTICS mcv_lists_stats (mcv) ON a, b, d FROM mcv_lists;

-- corpus: line 1277 accepted
CREATE TABLE mcv_lists_uuid (
    a UUID,
    b UUID,
    c UUID
)
WITH (autovacuum_enabled = off);

-- corpus: line 1297 accepted
CREATE STATISTICS mcv_lists_uuid_stats (mcv) ON a, b, c
  FROM mcv_lists_uuid;

-- corpus: line 1306 accepted
DROP TABLE mcv_lists_uuid;

-- corpus: line 1309 accepted
CREATE TABLE mcv_lists_arrays (
    a TEXT[],
    b NUMERIC[],
    c INT[]
)
WITH (autovacuum_enabled = off);

-- corpus: line 1323 accepted
CREATE STATISTICS mcv_lists_arrays_stats (mcv) ON a, b, c
  FROM mcv_lists_arrays;

-- corpus: line 1329 accepted
CREATE TABLE mcv_lists_bool (
    a BOOL,
    b BOOL,
    c BOOL
)
WITH (autovacuum_enabled = off);

-- corpus: line 1351 accepted
CREATE STATISTICS mcv_lists_bool_stats (mcv) ON a, b, c
  FROM mcv_lists_bool;

-- corpus: line 1365 accepted
CREATE TABLE mcv_lists_partial (
    a INT,
    b INT,
    c INT
);

-- corpus: line 1413 accepted
CREATE STATISTICS mcv_lists_partial_stats (mcv) ON a, b, c
  FROM mcv_lists_partial;

-- corpus: line 1434 accepted
DROP TABLE mcv_lists_partial;

-- corpus: line 1437 accepted
CREATE TABLE mcv_lists_multi (
	a INTEGER,
	b INTEGER,
	c INTEGER,
	d INTEGER
)
WITH (autovacuum_enabled = off);

-- corpus: line 1465 accepted
CREATE STATISTICS mcv_lists_multi_1 (mcv) ON a, b FROM mcv_lists_multi;

-- corpus: line 1466 accepted
CREATE STATISTICS mcv_lists_multi_2 (mcv) ON c, d FROM mcv_lists_multi;

-- corpus: line 1478 accepted
DROP TABLE mcv_lists_multi;

-- corpus: line 1482 accepted
CREATE TABLE expr_stats (a int, b int, c int);

-- corpus: line 1489 accepted
CREATE STATISTICS expr_stats_1 (mcv) ON (a+b), (a-b), (2*a), (3*b) FROM expr_stats;

-- corpus: line 1495 accepted
DROP STATISTICS expr_stats_1;

-- corpus: line 1496 accepted
DROP TABLE expr_stats;

-- corpus: line 1499 accepted
CREATE TABLE expr_stats (a int, b int, c int);

-- corpus: line 1507 accepted
CREATE STATISTICS expr_stats_1 (mcv) ON a, b, (2*a), (3*b), (a+b), (a-b) FROM expr_stats;

-- corpus: line 1514 accepted
DROP TABLE expr_stats;

-- corpus: line 1517 accepted
CREATE TABLE expr_stats (a int, b name, c text);

-- corpus: line 1523 accepted
CREATE STATISTICS expr_stats_1 (mcv) ON a, b, (b || c), (c || b) FROM expr_stats;

-- corpus: line 1528 accepted
DROP TABLE expr_stats;

-- corpus: line 1531 accepted
CREATE TABLE expr_stats_incompatible_test (
    c0 double precision,
    c1 boolean NOT NULL
);

-- corpus: line 1536 accepted
CREATE STATISTICS expr_stat_comp_1 ON c0, c1 FROM expr_stats_incompatible_test;

-- corpus: line 1548 accepted
DROP TABLE expr_stats_incompatible_test;

-- corpus: line 1555 accepted
CREATE SCHEMA tststats;

-- corpus: line 1557 accepted
CREATE TABLE tststats.priv_test_tbl (
    a int,
    b int
);

-- corpus: line 1565 accepted
CREATE STATISTICS tststats.priv_test_stats (mcv) ON a, b
  FROM tststats.priv_test_tbl;

-- corpus: line 1571 accepted
create table stts_t1 (a int, b int);

-- corpus: line 1572 rejected 42601 syntax error at or near "("
create statistics (ndistinct) on a, b from stts_t1;

-- corpus: line 1573 rejected 42601 syntax error at or near "("
create statistics (ndistinct, dependencies) on a, b from stts_t1;

-- corpus: line 1574 rejected 42601 syntax error at or near "("
create statistics (ndistinct, dependencies, mcv) on a, b from stts_t1;

-- corpus: line 1576 accepted
create table stts_t2 (a int, b int, c int);

-- corpus: line 1577 rejected 42601 syntax error at or near "on"
create statistics on b, c from stts_t2;

-- corpus: line 1579 accepted
create table stts_t3 (col1 int, col2 int, col3 int);

-- corpus: line 1580 accepted
create statistics stts_hoge on col1, col2, col3 from stts_t3;

-- corpus: line 1582 accepted
create schema stts_s1;

-- corpus: line 1583 accepted
create schema stts_s2;

-- corpus: line 1584 accepted
create statistics stts_s1.stts_foo on col1, col2 from stts_t3;

-- corpus: line 1585 accepted
create statistics stts_s2.stts_yama (dependencies, mcv) on col1, col3 from stts_t3;

-- corpus: line 1599 rejected 42601 syntax error at or near "("
create statistics (mcv) ON a, b, (a+b), (a-b) FROM stts_t1;

-- corpus: line 1600 rejected 42601 syntax error at or near "("
create statistics (mcv) ON a, b, (a+b), (a-b) FROM stts_t1;

-- corpus: line 1601 rejected 42601 syntax error at or near "("
create statistics (mcv) ON (a+b), (a-b) FROM stts_t1;

-- corpus: line 1603 accepted
drop statistics stts_t1_a_b_expr_expr_stat;

-- corpus: line 1604 accepted
drop statistics stts_t1_a_b_expr_expr_stat1;

-- corpus: line 1605 accepted
drop statistics stts_t1_expr_expr_stat;

-- corpus: line 1610 accepted
create role regress_stats_ext nosuperuser;

-- corpus: line 1615 accepted
drop table stts_t1, stts_t2, stts_t3;

-- corpus: line 1616 accepted
drop schema stts_s1, stts_s2 cascade;

-- corpus: line 1617 accepted
drop user regress_stats_ext;

-- corpus: line 1621 accepted
CREATE USER regress_stats_user1;

-- corpus: line 1622 accepted
GRANT USAGE ON SCHEMA tststats TO regress_stats_user1;

-- corpus: line 1631 accepted
CREATE FUNCTION op_leak(int, int) RETURNS bool
    AS 'BEGIN RAISE NOTICE ''op_leak => %, %'', $1, $2; RETURN $1 < $2; END'
    LANGUAGE plpgsql;

-- corpus: line 1634 accepted
CREATE OPERATOR <<< (procedure = op_leak, leftarg = int, rightarg = int,
                     restrict = scalarltsel);

-- corpus: line 1641 accepted
CREATE VIEW tststats.priv_test_view WITH (security_barrier=true)
    AS SELECT * FROM tststats.priv_test_tbl WHERE false;

-- corpus: line 1643 accepted
GRANT SELECT, DELETE ON tststats.priv_test_view TO regress_stats_user1;

-- corpus: line 1652 accepted
ALTER TABLE tststats.priv_test_tbl ENABLE ROW LEVEL SECURITY;

-- corpus: line 1653 accepted
GRANT SELECT, DELETE ON tststats.priv_test_tbl TO regress_stats_user1;

-- corpus: line 1661 accepted
DROP OPERATOR <<< (int, int);

-- corpus: line 1662 accepted
DROP FUNCTION op_leak(int, int);

-- corpus: line 1664 accepted
DROP SCHEMA tststats CASCADE;

-- corpus: line 1665 accepted
DROP USER regress_stats_user1;
