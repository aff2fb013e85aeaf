-- corpus: line 8 accepted
DROP ROLE IF EXISTS regress_seclabel_user1;

-- corpus: line 9 accepted
DROP ROLE IF EXISTS regress_seclabel_user2;

-- corpus: line 13 accepted
CREATE USER regress_seclabel_user1 WITH CREATEROLE;

-- corpus: line 14 accepted
CREATE USER regress_seclabel_user2;

-- corpus: line 16 accepted
CREATE TABLE seclabel_tbl1 (a int, b text);

-- corpus: line 17 accepted
CREATE TABLE seclabel_tbl2 (x int, y text);

-- corpus: line 18 accepted
CREATE VIEW seclabel_view1 AS SELECT * FROM seclabel_tbl2;

-- corpus: line 19 accepted
CREATE FUNCTION seclabel_four() RETURNS integer AS $$SELECT 4$$ language sql;

-- corpus: line 20 accepted
CREATE DOMAIN seclabel_domain AS text;

-- corpus: line 22 accepted
ALTER TABLE seclabel_tbl1 OWNER TO regress_seclabel_user1;

-- corpus: line 23 accepted
ALTER TABLE seclabel_tbl2 OWNER TO regress_seclabel_user2;

-- corpus: line 39 accepted
DROP FUNCTION seclabel_four();

-- corpus: line 40 accepted
DROP DOMAIN seclabel_domain;

-- corpus: line 41 accepted
DROP VIEW seclabel_view1;

-- corpus: line 42 accepted
DROP TABLE seclabel_tbl1;

-- corpus: line 43 accepted
DROP TABLE seclabel_tbl2;

-- corpus: line 44 accepted
DROP USER regress_seclabel_user1;

-- corpus: line 45 accepted
DROP USER regress_seclabel_user2;
