-- corpus: line 2 accepted
CREATE TABLE mvtest_t (id int NOT NULL PRIMARY KEY, type text NOT NULL, amt numeric NOT NULL);

-- corpus: line 11 accepted
CREATE VIEW mvtest_tv AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type;

-- corpus: line 17 accepted
CREATE MATERIALIZED VIEW mvtest_tm AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type WITH NO DATA;

-- corpus: line 22 accepted
CREATE UNIQUE INDEX mvtest_tm_type ON mvtest_tm (type);

-- corpus: line 28 accepted
CREATE MATERIALIZED VIEW mvtest_tvm AS SELECT * FROM mvtest_tv ORDER BY type;

-- corpus: line 30 accepted
CREATE MATERIALIZED VIEW mvtest_tmm AS SELECT sum(totamt) AS grandtot FROM mvtest_tm;

-- corpus: line 31 accepted
CREATE MATERIALIZED VIEW mvtest_tvmm AS SELECT sum(totamt) AS grandtot FROM mvtest_tvm;

-- corpus: line 32 accepted
CREATE UNIQUE INDEX mvtest_tvmm_expr ON mvtest_tvmm ((grandtot > 0));

-- corpus: line 33 accepted
CREATE UNIQUE INDEX mvtest_tvmm_pred ON mvtest_tvmm (grandtot) WHERE grandtot < 0;

-- corpus: line 34 accepted
CREATE VIEW mvtest_tvv AS SELECT sum(totamt) AS grandtot FROM mvtest_tv;

-- corpus: line 37 accepted
CREATE MATERIALIZED VIEW mvtest_tvvm AS SELECT * FROM mvtest_tvv;

-- corpus: line 38 accepted
CREATE VIEW mvtest_tvvmv AS SELECT * FROM mvtest_tvvm;

-- corpus: line 39 accepted
CREATE MATERIALIZED VIEW mvtest_bb AS SELECT * FROM mvtest_tvvmv;

-- corpus: line 40 accepted
CREATE INDEX mvtest_aa ON mvtest_bb (grandtot);

-- corpus: line 49 accepted
CREATE SCHEMA mvtest_mvschema;

-- corpus: line 50 accepted
ALTER MATERIALIZED VIEW mvtest_tvm SET SCHEMA mvtest_mvschema;

-- corpus: line 93 accepted
DROP MATERIALIZED VIEW IF EXISTS no_such_mv;

-- corpus: line 105 accepted
DROP TABLE mvtest_t;

-- corpus: line 111 accepted
DROP TABLE mvtest_t CASCADE;

-- corpus: line 115 accepted
CREATE VIEW mvtest_vt1 AS SELECT 1 moo;

-- corpus: line 116 accepted
CREATE VIEW mvtest_vt2 AS SELECT moo, 2*moo FROM mvtest_vt1 UNION ALL SELECT moo, 3*moo FROM mvtest_vt1;

-- corpus: line 118 accepted
CREATE MATERIALIZED VIEW mv_test2 AS SELECT moo, 2*moo FROM mvtest_vt2 UNION ALL SELECT moo, 3*moo FROM mvtest_vt2;

-- corpus: line 120 accepted
CREATE MATERIALIZED VIEW mv_test3 AS SELECT * FROM mv_test2 WHERE moo = 12345;

-- corpus: line 123 accepted
DROP VIEW mvtest_vt1 CASCADE;

-- corpus: line 126 accepted
CREATE TABLE mvtest_foo(a, b) AS VALUES(1, 10);

-- corpus: line 127 accepted
CREATE MATERIALIZED VIEW mvtest_mv AS SELECT * FROM mvtest_foo;

-- corpus: line 128 accepted
CREATE UNIQUE INDEX ON mvtest_mv(a);

-- corpus: line 132 accepted
DROP TABLE mvtest_foo CASCADE;

-- corpus: line 135 accepted
CREATE TABLE mvtest_foo(a, b, c) AS VALUES(1, 2, 3);

-- corpus: line 136 accepted
CREATE MATERIALIZED VIEW mvtest_mv AS SELECT * FROM mvtest_foo;

-- corpus: line 137 accepted
CREATE UNIQUE INDEX ON mvtest_mv (a);

-- corpus: line 138 accepted
CREATE UNIQUE INDEX ON mvtest_mv (b);

-- corpus: line 139 accepted
CREATE UNIQUE INDEX on mvtest_mv (c);

-- corpus: line 144 accepted
DROP TABLE mvtest_foo CASCADE;

-- corpus: line 147 accepted
CREATE MATERIALIZED VIEW mvtest_mv1 AS SELECT 1 AS col1 WITH NO DATA;

-- corpus: line 148 accepted
CREATE MATERIALIZED VIEW mvtest_mv2 AS SELECT * FROM mvtest_mv1
  WHERE col1 = (SELECT LEAST(col1) FROM mvtest_mv1) WITH NO DATA;

-- corpus: line 150 accepted
DROP MATERIALIZED VIEW mvtest_mv1 CASCADE;

-- corpus: line 153 accepted
CREATE TABLE mvtest_boxes (id serial primary key, b box);

-- corpus: line 158 accepted
CREATE MATERIALIZED VIEW mvtest_boxmv AS SELECT * FROM mvtest_boxes;

-- corpus: line 159 accepted
CREATE UNIQUE INDEX mvtest_boxmv_id ON mvtest_boxmv (id);

-- corpus: line 163 accepted
DROP TABLE mvtest_boxes CASCADE;

-- corpus: line 166 accepted
CREATE TABLE mvtest_v (i int, j int);

-- corpus: line 167 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v (ii, jj, kk) AS SELECT i, j FROM mvtest_v;

-- corpus: line 168 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v (ii, jj) AS SELECT i, j FROM mvtest_v;

-- corpus: line 169 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v_2 (ii) AS SELECT i, j FROM mvtest_v;

-- corpus: line 170 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v_3 (ii, jj, kk) AS SELECT i, j FROM mvtest_v WITH NO DATA;

-- corpus: line 171 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v_3 (ii, jj) AS SELECT i, j FROM mvtest_v WITH NO DATA;

-- corpus: line 172 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v_4 (ii) AS SELECT i, j FROM mvtest_v WITH NO DATA;

-- corpus: line 173 accepted
ALTER TABLE mvtest_v RENAME COLUMN i TO x;

-- corpus: line 175 accepted
CREATE UNIQUE INDEX mvtest_mv_v_ii ON mvtest_mv_v (ii);

-- corpus: line 187 accepted
DROP TABLE mvtest_v CASCADE;

-- corpus: line 191 accepted
CREATE MATERIALIZED VIEW mv_unspecified_types AS
  SELECT 42 as i, 42.5 as num, 'foo' as u, 'foo'::unknown as u2, null as n;

-- corpus: line 195 accepted
DROP MATERIALIZED VIEW mv_unspecified_types;

-- corpus: line 198 accepted
create materialized view mvtest_error as select 1/0 as x;

-- corpus: line 199 accepted
create materialized view mvtest_error as select 1/0 as x with no data;

-- corpus: line 201 accepted
drop materialized view mvtest_error;

-- corpus: line 204 accepted
CREATE TABLE mvtest_v AS SELECT generate_series(1,10) AS a;

-- corpus: line 205 accepted
CREATE MATERIALIZED VIEW mvtest_mv_v AS SELECT a FROM mvtest_v WHERE a <= 5;

-- corpus: line 209 accepted
DROP TABLE mvtest_v CASCADE;

-- corpus: line 212 accepted
CREATE ROLE regress_user_mvtest;

-- corpus: line 217 accepted
CREATE TABLE mvtest_foo_data AS SELECT i,
  i+1 AS tid,
  fipshash(random()::text) AS mv,
  fipshash(random()::text) AS newdata,
  fipshash(random()::text) AS newdata2,
  fipshash(random()::text) AS diff
  FROM generate_series(1, 10) i;

-- corpus: line 224 accepted
CREATE MATERIALIZED VIEW mvtest_mv_foo AS SELECT * FROM mvtest_foo_data;

-- corpus: line 225 accepted
CREATE MATERIALIZED VIEW mvtest_mv_foo AS SELECT * FROM mvtest_foo_data;

-- corpus: line 226 accepted
CREATE MATERIALIZED VIEW IF NOT EXISTS mvtest_mv_foo AS SELECT * FROM mvtest_foo_data;

-- corpus: line 227 accepted
CREATE UNIQUE INDEX ON mvtest_mv_foo (i);

-- corpus: line 231 accepted
DROP OWNED BY regress_user_mvtest CASCADE;

-- corpus: line 232 accepted
DROP ROLE regress_user_mvtest;

-- corpus: line 236 accepted
CREATE FUNCTION mvtest_func()
  RETURNS void AS $$
BEGIN
  CREATE MATERIALIZED VIEW mvtest1 AS SELECT 1 AS x;
  CREATE MATERIALIZED VIEW mvtest2 AS SELECT 1 AS x WITH NO DATA;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 249 accepted
CREATE SCHEMA matview_schema;

-- corpus: line 250 accepted
CREATE USER regress_matview_user;

-- corpus: line 251 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_matview_user
  REVOKE INSERT ON TABLES FROM regress_matview_user;

-- corpus: line 253 accepted
GRANT ALL ON SCHEMA matview_schema TO public;

-- corpus: line 256 accepted
CREATE MATERIALIZED VIEW matview_schema.mv_withdata1 (a) AS
  SELECT generate_series(1, 10) WITH DATA;

-- corpus: line 262 accepted
CREATE MATERIALIZED VIEW matview_schema.mv_nodata1 (a) AS
  SELECT generate_series(1, 10) WITH NO DATA;

-- corpus: line 270 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_matview_user
  GRANT INSERT ON TABLES TO regress_matview_user;

-- corpus: line 273 accepted
DROP SCHEMA matview_schema CASCADE;

-- corpus: line 274 accepted
DROP USER regress_matview_user;

-- corpus: line 277 accepted
CREATE MATERIALIZED VIEW matview_ine_tab AS SELECT 1;

-- corpus: line 278 accepted
CREATE MATERIALIZED VIEW matview_ine_tab AS SELECT 1 / 0;

-- corpus: line 279 accepted
CREATE MATERIALIZED VIEW IF NOT EXISTS matview_ine_tab AS
  SELECT 1 / 0;

-- corpus: line 281 accepted
CREATE MATERIALIZED VIEW matview_ine_tab AS
  SELECT 1 / 0 WITH NO DATA;

-- corpus: line 283 accepted
CREATE MATERIALIZED VIEW IF NOT EXISTS matview_ine_tab AS
  SELECT 1 / 0 WITH NO DATA;

-- corpus: line 297 accepted
DROP MATERIALIZED VIEW matview_ine_tab;
