-- corpus: line 12 accepted
CREATE SCHEMA lock_schema1;

-- corpus: line 14 accepted
CREATE TABLE lock_tbl1 (a BIGINT);

-- corpus: line 15 accepted
CREATE TABLE lock_tbl1a (a BIGINT);

-- corpus: line 16 accepted
CREATE VIEW lock_view1 AS SELECT * FROM lock_tbl1;

-- corpus: line 17 accepted
CREATE VIEW lock_view2(a,b) AS SELECT * FROM lock_tbl1, lock_tbl1a;

-- corpus: line 18 accepted
CREATE VIEW lock_view3 AS SELECT * from lock_view2;

-- corpus: line 19 accepted
CREATE VIEW lock_view4 AS SELECT (select a from lock_tbl1a limit 1) from lock_tbl1;

-- corpus: line 20 accepted
CREATE VIEW lock_view5 AS SELECT * from lock_tbl1 where a in (select * from lock_tbl1a);

-- corpus: line 21 accepted
CREATE VIEW lock_view6 AS SELECT * from (select * from lock_tbl1) sub;

-- corpus: line 22 accepted
CREATE ROLE regress_rol_lock1;

-- corpus: line 23 accepted
ALTER ROLE regress_rol_lock1 SET search_path = lock_schema1;

-- corpus: line 24 accepted
GRANT USAGE ON SCHEMA lock_schema1 TO regress_rol_lock1;

-- corpus: line 94 accepted
CREATE OR REPLACE VIEW lock_view2 AS SELECT * from lock_view3;

-- corpus: line 98 accepted
CREATE VIEW lock_view7 AS SELECT * from lock_view2;

-- corpus: line 104 accepted
CREATE TABLE lock_tbl2 (b BIGINT) INHERITS (lock_tbl1);

-- corpus: line 105 accepted
CREATE TABLE lock_tbl3 () INHERITS (lock_tbl2);

-- corpus: line 112 accepted
GRANT UPDATE ON TABLE lock_tbl1 TO regress_rol_lock1;

-- corpus: line 125 accepted
REVOKE UPDATE ON TABLE lock_tbl1 FROM regress_rol_lock1;

-- corpus: line 135 accepted
GRANT UPDATE ON TABLE lock_view1 TO regress_rol_lock1;

-- corpus: line 145 accepted
REVOKE UPDATE ON TABLE lock_view1 FROM regress_rol_lock1;

-- corpus: line 149 accepted
CREATE VIEW lock_view8 WITH (security_invoker) AS SELECT * FROM lock_tbl1;

-- corpus: line 156 accepted
GRANT UPDATE ON TABLE lock_view8 TO regress_rol_lock1;

-- corpus: line 163 accepted
GRANT UPDATE ON TABLE lock_tbl1 TO regress_rol_lock1;

-- corpus: line 172 accepted
REVOKE UPDATE ON TABLE lock_view8 FROM regress_rol_lock1;

-- corpus: line 177 accepted
DROP VIEW lock_view8;

-- corpus: line 178 accepted
DROP VIEW lock_view7;

-- corpus: line 179 accepted
DROP VIEW lock_view6;

-- corpus: line 180 accepted
DROP VIEW lock_view5;

-- corpus: line 181 accepted
DROP VIEW lock_view4;

-- corpus: line 182 accepted
DROP VIEW lock_view3 CASCADE;

-- corpus: line 183 accepted
DROP VIEW lock_view1;

-- corpus: line 184 accepted
DROP TABLE lock_tbl3;

-- corpus: line 185 accepted
DROP TABLE lock_tbl2;

-- corpus: line 186 accepted
DROP TABLE lock_tbl1;

-- corpus: line 187 accepted
DROP TABLE lock_tbl1a;

-- corpus: line 188 accepted
DROP SCHEMA lock_schema1 CASCADE;

-- corpus: line 189 accepted
DROP ROLE regress_rol_lock1;
