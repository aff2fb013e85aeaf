-- corpus: line 10 accepted
DROP TABLE sitmp1;

-- corpus: line 17 accepted
DROP TABLE sitmp1;

-- corpus: line 22 accepted
CREATE SCHEMA selinto_schema;

-- corpus: line 23 accepted
CREATE USER regress_selinto_user;

-- corpus: line 24 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_selinto_user
	  REVOKE INSERT ON TABLES FROM regress_selinto_user;

-- corpus: line 26 accepted
GRANT ALL ON SCHEMA selinto_schema TO public;

-- corpus: line 30 accepted
CREATE TABLE selinto_schema.tbl_withdata1 (a)
  AS SELECT generate_series(1,3) WITH DATA;

-- corpus: line 37 accepted
CREATE TABLE selinto_schema.tbl_nodata1 (a) AS
  SELECT generate_series(1,3) WITH NO DATA;

-- corpus: line 44 accepted
CREATE TABLE selinto_schema.tbl_withdata3 (a) AS
  EXECUTE data_sel WITH DATA;

-- corpus: line 50 accepted
CREATE TABLE selinto_schema.tbl_nodata3 (a) AS
  EXECUTE data_sel WITH NO DATA;

-- corpus: line 57 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_selinto_user
	  GRANT INSERT ON TABLES TO regress_selinto_user;

-- corpus: line 64 accepted
DROP SCHEMA selinto_schema CASCADE;

-- corpus: line 65 accepted
DROP USER regress_selinto_user;

-- corpus: line 68 accepted
CREATE TABLE ctas_base (i int, j int);

-- corpus: line 70 accepted
CREATE TABLE ctas_nodata (ii, jj, kk) AS SELECT i, j FROM ctas_base;

-- corpus: line 71 accepted
CREATE TABLE ctas_nodata (ii, jj, kk) AS SELECT i, j FROM ctas_base WITH NO DATA;

-- corpus: line 72 accepted
CREATE TABLE ctas_nodata (ii, jj) AS SELECT i, j FROM ctas_base;

-- corpus: line 73 accepted
CREATE TABLE ctas_nodata_2 (ii, jj) AS SELECT i, j FROM ctas_base WITH NO DATA;

-- corpus: line 74 accepted
CREATE TABLE ctas_nodata_3 (ii) AS SELECT i, j FROM ctas_base;

-- corpus: line 75 accepted
CREATE TABLE ctas_nodata_4 (ii) AS SELECT i, j FROM ctas_base WITH NO DATA;

-- corpus: line 80 accepted
DROP TABLE ctas_base;

-- corpus: line 81 accepted
DROP TABLE ctas_nodata;

-- corpus: line 82 accepted
DROP TABLE ctas_nodata_2;

-- corpus: line 83 accepted
DROP TABLE ctas_nodata_3;

-- corpus: line 84 accepted
DROP TABLE ctas_nodata_4;

-- corpus: line 90 accepted
CREATE FUNCTION make_table() RETURNS VOID
AS $$
  CREATE TABLE created_table AS SELECT * FROM int8_tbl;
$$ LANGUAGE SQL;

-- corpus: line 107 accepted
DROP TABLE created_table;

-- corpus: line 108 accepted
DROP TABLE easi, easi2;

-- corpus: line 116 accepted
CREATE VIEW foo AS SELECT 1 INTO int4_tbl;

-- corpus: line 120 accepted
CREATE TABLE ctas_ine_tbl AS SELECT 1;

-- corpus: line 121 accepted
CREATE TABLE ctas_ine_tbl AS SELECT 1 / 0;

-- corpus: line 122 accepted
CREATE TABLE IF NOT EXISTS ctas_ine_tbl AS SELECT 1 / 0;

-- corpus: line 123 accepted
CREATE TABLE ctas_ine_tbl AS SELECT 1 / 0 WITH NO DATA;

-- corpus: line 124 accepted
CREATE TABLE IF NOT EXISTS ctas_ine_tbl AS SELECT 1 / 0 WITH NO DATA;

-- corpus: line 138 accepted
DROP TABLE ctas_ine_tbl;
