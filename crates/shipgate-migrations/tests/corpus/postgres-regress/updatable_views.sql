-- corpus: line 11 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 14 accepted
CREATE VIEW ro_view1 AS SELECT DISTINCT a, b FROM base_tbl;

-- corpus: line 15 accepted
CREATE VIEW ro_view2 AS SELECT a, b FROM base_tbl GROUP BY a, b;

-- corpus: line 16 accepted
CREATE VIEW ro_view3 AS SELECT 1 FROM base_tbl HAVING max(a) > 0;

-- corpus: line 17 accepted
CREATE VIEW ro_view4 AS SELECT count(*) FROM base_tbl;

-- corpus: line 18 accepted
CREATE VIEW ro_view5 AS SELECT a, rank() OVER() FROM base_tbl;

-- corpus: line 19 accepted
CREATE VIEW ro_view6 AS SELECT a, b FROM base_tbl UNION SELECT -a, b FROM base_tbl;

-- corpus: line 20 accepted
CREATE VIEW ro_view7 AS WITH t AS (SELECT a, b FROM base_tbl) SELECT * FROM t;

-- corpus: line 21 accepted
CREATE VIEW ro_view8 AS SELECT a, b FROM base_tbl ORDER BY a OFFSET 1;

-- corpus: line 22 accepted
CREATE VIEW ro_view9 AS SELECT a, b FROM base_tbl ORDER BY a LIMIT 1;

-- corpus: line 23 accepted
CREATE VIEW ro_view10 AS SELECT 1 AS a;

-- corpus: line 24 accepted
CREATE VIEW ro_view11 AS SELECT b1.a, b2.b FROM base_tbl b1, base_tbl b2;

-- corpus: line 25 accepted
CREATE VIEW ro_view12 AS SELECT * FROM generate_series(1, 10) AS g(a);

-- corpus: line 26 accepted
CREATE VIEW ro_view13 AS SELECT a, b FROM (SELECT * FROM base_tbl) AS t;

-- corpus: line 27 accepted
CREATE VIEW rw_view14 AS SELECT ctid, a, b FROM base_tbl;

-- corpus: line 28 accepted
CREATE VIEW rw_view15 AS SELECT a, upper(b) FROM base_tbl;

-- corpus: line 29 accepted
CREATE VIEW rw_view16 AS SELECT a, b, a AS aa FROM base_tbl;

-- corpus: line 30 accepted
CREATE VIEW ro_view17 AS SELECT * FROM ro_view1;

-- corpus: line 31 accepted
CREATE VIEW ro_view18 AS SELECT * FROM (VALUES(1)) AS tmp(a);

-- corpus: line 32 accepted
CREATE SEQUENCE uv_seq;

-- corpus: line 33 accepted
CREATE VIEW ro_view19 AS SELECT * FROM uv_seq;

-- corpus: line 34 accepted
CREATE VIEW ro_view20 AS SELECT a, b, generate_series(1, a) g FROM base_tbl;

-- corpus: line 84 accepted
ALTER VIEW rw_view15 ALTER COLUMN upper SET DEFAULT 'NOT SET';

-- corpus: line 107 accepted
CREATE RULE rw_view16_ins_rule AS ON INSERT TO rw_view16
  WHERE NEW.a > 0 DO INSTEAD INSERT INTO base_tbl VALUES (NEW.a, NEW.b);

-- corpus: line 109 accepted
CREATE RULE rw_view16_upd_rule AS ON UPDATE TO rw_view16
  WHERE OLD.a > 0 DO INSTEAD UPDATE base_tbl SET b=NEW.b WHERE a=OLD.a;

-- corpus: line 111 accepted
CREATE RULE rw_view16_del_rule AS ON DELETE TO rw_view16
  WHERE OLD.a > 0 DO INSTEAD DELETE FROM base_tbl WHERE a=OLD.a;

-- corpus: line 118 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 119 accepted
DROP VIEW ro_view10, ro_view12, ro_view18;

-- corpus: line 120 accepted
DROP SEQUENCE uv_seq CASCADE;

-- corpus: line 124 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 127 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a>0;

-- corpus: line 153 accepted
CREATE TABLE base_tbl_hist(ts timestamptz default now(), a int, b text);

-- corpus: line 155 accepted
CREATE RULE base_tbl_log AS ON INSERT TO rw_view1 DO ALSO
  INSERT INTO base_tbl_hist(a,b) VALUES(new.a, new.b);

-- corpus: line 167 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 168 accepted
DROP TABLE base_tbl_hist;

-- corpus: line 172 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 175 accepted
CREATE VIEW rw_view1 AS SELECT b AS bb, a AS aa FROM base_tbl WHERE a>0;

-- corpus: line 176 accepted
CREATE VIEW rw_view2 AS SELECT aa AS aaa, bb AS bbb FROM rw_view1 WHERE aa<10;

-- corpus: line 201 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 205 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 208 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a>0 OFFSET 0;

-- corpus: line 209 accepted
CREATE VIEW rw_view2 AS SELECT * FROM rw_view1 WHERE a<10;

-- corpus: line 226 accepted
CREATE RULE rw_view1_ins_rule AS ON INSERT TO rw_view1
  DO INSTEAD INSERT INTO base_tbl VALUES (NEW.a, NEW.b) RETURNING *;

-- corpus: line 244 accepted
CREATE RULE rw_view1_upd_rule AS ON UPDATE TO rw_view1
  DO INSTEAD UPDATE base_tbl SET b=NEW.b WHERE a=OLD.a RETURNING NEW.*;

-- corpus: line 262 accepted
CREATE RULE rw_view1_del_rule AS ON DELETE TO rw_view1
  DO INSTEAD DELETE FROM base_tbl WHERE a=OLD.a RETURNING OLD.*;

-- corpus: line 289 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 293 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 296 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a>0 OFFSET 0;

-- corpus: line 297 accepted
CREATE VIEW rw_view2 AS SELECT * FROM rw_view1 WHERE a<10;

-- corpus: line 316 accepted
CREATE FUNCTION rw_view1_trig_fn()
RETURNS trigger AS
$$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO base_tbl VALUES (NEW.a, NEW.b);
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE base_tbl SET b=NEW.b WHERE a=OLD.a;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM base_tbl WHERE a=OLD.a;
    RETURN OLD;
  END IF;
END;
$$
LANGUAGE plpgsql;

-- corpus: line 334 accepted
CREATE TRIGGER rw_view1_ins_trig INSTEAD OF INSERT ON rw_view1
  FOR EACH ROW EXECUTE PROCEDURE rw_view1_trig_fn();

-- corpus: line 354 accepted
CREATE TRIGGER rw_view1_upd_trig INSTEAD OF UPDATE ON rw_view1
  FOR EACH ROW EXECUTE PROCEDURE rw_view1_trig_fn();

-- corpus: line 374 accepted
CREATE TRIGGER rw_view1_del_trig INSTEAD OF DELETE ON rw_view1
  FOR EACH ROW EXECUTE PROCEDURE rw_view1_trig_fn();

-- corpus: line 403 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 404 accepted
DROP FUNCTION rw_view1_trig_fn();

-- corpus: line 408 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 411 accepted
CREATE VIEW rw_view1 AS SELECT b AS bb, a AS aa FROM base_tbl;

-- corpus: line 413 accepted
CREATE FUNCTION rw_view1_aa(x rw_view1)
  RETURNS int AS $$ SELECT x.aa $$ LANGUAGE sql;

-- corpus: line 424 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 428 accepted
CREATE USER regress_view_user1;

-- corpus: line 429 accepted
CREATE USER regress_view_user2;

-- corpus: line 430 accepted
CREATE USER regress_view_user3;

-- corpus: line 433 accepted
CREATE TABLE base_tbl(a int, b text, c float);

-- corpus: line 435 accepted
CREATE VIEW rw_view1 AS SELECT b AS bb, c AS cc, a AS aa FROM base_tbl;

-- corpus: line 438 accepted
GRANT SELECT ON base_tbl TO regress_view_user2;

-- corpus: line 439 accepted
GRANT SELECT ON rw_view1 TO regress_view_user2;

-- corpus: line 440 accepted
GRANT UPDATE (a,c) ON base_tbl TO regress_view_user2;

-- corpus: line 441 accepted
GRANT UPDATE (bb,cc) ON rw_view1 TO regress_view_user2;

-- corpus: line 445 accepted
CREATE VIEW rw_view2 AS SELECT b AS bb, c AS cc, a AS aa FROM base_tbl;

-- corpus: line 467 accepted
GRANT INSERT, DELETE ON base_tbl TO regress_view_user2;

-- corpus: line 481 accepted
REVOKE INSERT, DELETE ON base_tbl FROM regress_view_user2;

-- corpus: line 482 accepted
GRANT INSERT, DELETE ON rw_view1 TO regress_view_user2;

-- corpus: line 495 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 499 accepted
CREATE TABLE base_tbl(a int, b text, c float);

-- corpus: line 503 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl;

-- corpus: line 509 accepted
CREATE VIEW rw_view2 AS SELECT * FROM rw_view1;

-- corpus: line 515 accepted
GRANT SELECT ON base_tbl TO regress_view_user1;

-- corpus: line 528 accepted
GRANT SELECT ON rw_view1 TO regress_view_user2;

-- corpus: line 536 accepted
GRANT UPDATE ON base_tbl TO regress_view_user1;

-- corpus: line 549 accepted
GRANT UPDATE ON rw_view1 TO regress_view_user2;

-- corpus: line 557 accepted
REVOKE UPDATE ON base_tbl FROM regress_view_user1;

-- corpus: line 571 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 576 accepted
CREATE TABLE base_tbl(a int, b text, c float);

-- corpus: line 578 accepted
CREATE VIEW rw_view1 AS SELECT b AS bb, c AS cc, a AS aa FROM base_tbl;

-- corpus: line 579 accepted
ALTER VIEW rw_view1 SET (security_invoker = true);

-- corpus: line 581 accepted
GRANT SELECT ON rw_view1 TO regress_view_user2;

-- corpus: line 582 accepted
GRANT UPDATE (bb,cc) ON rw_view1 TO regress_view_user2;

-- corpus: line 595 accepted
GRANT SELECT ON base_tbl TO regress_view_user2;

-- corpus: line 596 accepted
GRANT UPDATE (a,c) ON base_tbl TO regress_view_user2;

-- corpus: line 608 accepted
GRANT INSERT, DELETE ON base_tbl TO regress_view_user2;

-- corpus: line 617 accepted
REVOKE INSERT, DELETE ON base_tbl FROM regress_view_user2;

-- corpus: line 618 accepted
GRANT INSERT, DELETE ON rw_view1 TO regress_view_user2;

-- corpus: line 625 accepted
GRANT INSERT, DELETE ON base_tbl TO regress_view_user2;

-- corpus: line 634 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 638 accepted
CREATE TABLE base_tbl(a int, b text, c float);

-- corpus: line 642 accepted
CREATE VIEW rw_view1 AS SELECT b AS bb, c AS cc, a AS aa FROM base_tbl;

-- corpus: line 643 accepted
ALTER VIEW rw_view1 SET (security_invoker = true);

-- corpus: line 648 accepted
CREATE VIEW rw_view2 AS SELECT cc AS ccc, aa AS aaa, bb AS bbb FROM rw_view1;

-- corpus: line 649 accepted
GRANT SELECT, UPDATE ON rw_view2 TO regress_view_user3;

-- corpus: line 655 accepted
GRANT SELECT ON base_tbl TO regress_view_user1;

-- corpus: line 656 accepted
GRANT UPDATE (a, b) ON base_tbl TO regress_view_user1;

-- corpus: line 672 accepted
GRANT SELECT ON rw_view1 TO regress_view_user2;

-- corpus: line 673 accepted
GRANT UPDATE (bb, cc) ON rw_view1 TO regress_view_user2;

-- corpus: line 685 accepted
GRANT SELECT ON base_tbl TO regress_view_user2;

-- corpus: line 686 accepted
GRANT UPDATE (a, c) ON base_tbl TO regress_view_user2;

-- corpus: line 702 accepted
GRANT SELECT ON base_tbl TO regress_view_user3;

-- corpus: line 703 accepted
GRANT UPDATE (a, c) ON base_tbl TO regress_view_user3;

-- corpus: line 713 accepted
REVOKE SELECT, UPDATE ON base_tbl FROM regress_view_user1;

-- corpus: line 733 accepted
REVOKE SELECT, UPDATE ON base_tbl FROM regress_view_user2;

-- corpus: line 749 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 751 accepted
DROP USER regress_view_user1;

-- corpus: line 752 accepted
DROP USER regress_view_user2;

-- corpus: line 753 accepted
DROP USER regress_view_user3;

-- corpus: line 757 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified', c serial);

-- corpus: line 762 accepted
CREATE VIEW rw_view1 AS SELECT a AS aa, b AS bb FROM base_tbl;

-- corpus: line 763 accepted
ALTER VIEW rw_view1 ALTER COLUMN bb SET DEFAULT 'View default';

-- corpus: line 770 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 774 accepted
CREATE TABLE base_tbl (a int PRIMARY KEY, b text DEFAULT 'Unspecified');

-- corpus: line 778 accepted
CREATE FUNCTION rw_view1_trig_fn()
RETURNS trigger AS
$$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE base_tbl SET b=NEW.b WHERE a=1;
    RETURN NULL;
  END IF;
  RETURN NULL;
END;
$$
LANGUAGE plpgsql;

-- corpus: line 791 accepted
CREATE TRIGGER rw_view1_ins_trig AFTER INSERT ON base_tbl
  FOR EACH ROW EXECUTE PROCEDURE rw_view1_trig_fn();

-- corpus: line 794 accepted
CREATE VIEW rw_view1 AS SELECT a AS aa, b AS bb FROM base_tbl;

-- corpus: line 799 accepted
DROP VIEW rw_view1;

-- corpus: line 800 accepted
DROP TRIGGER rw_view1_ins_trig on base_tbl;

-- corpus: line 801 accepted
DROP FUNCTION rw_view1_trig_fn();

-- corpus: line 802 accepted
DROP TABLE base_tbl;

-- corpus: line 806 accepted
CREATE TABLE base_tbl (a int, b int);

-- corpus: line 809 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl ORDER BY a+b;

-- corpus: line 820 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 824 accepted
CREATE TABLE base_tbl (a int, arr int[]);

-- corpus: line 827 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl;

-- corpus: line 833 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 837 accepted
CREATE TABLE base_tbl(a float);

-- corpus: line 840 accepted
CREATE VIEW rw_view1 AS
  SELECT ctid, sin(a) s, a, cos(a) c
  FROM base_tbl
  WHERE a != 0
  ORDER BY abs(a);

-- corpus: line 853 accepted
CREATE VIEW rw_view2 AS
  SELECT s, c, s/c t, a base_a, ctid
  FROM rw_view1;

-- corpus: line 865 accepted
CREATE VIEW rw_view3 AS
  SELECT s, c, s/c t, ctid
  FROM rw_view1;

-- corpus: line 895 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 899 accepted
CREATE TABLE base_tbl (id int, idplus1 int GENERATED ALWAYS AS (id + 1) STORED);

-- corpus: line 900 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl;

-- corpus: line 916 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 920 accepted
CREATE TABLE base_tbl_parent (a int);

-- corpus: line 921 accepted
CREATE TABLE base_tbl_child (CHECK (a > 0)) INHERITS (base_tbl_parent);

-- corpus: line 925 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl_parent;

-- corpus: line 926 accepted
CREATE VIEW rw_view2 AS SELECT * FROM ONLY base_tbl_parent;

-- corpus: line 948 accepted
CREATE TABLE other_tbl_parent (id int);

-- corpus: line 949 accepted
CREATE TABLE other_tbl_child () INHERITS (other_tbl_parent);

-- corpus: line 960 accepted
DROP TABLE base_tbl_parent, base_tbl_child CASCADE;

-- corpus: line 961 accepted
DROP TABLE other_tbl_parent CASCADE;

-- corpus: line 965 accepted
CREATE TABLE base_tbl (a int, b int DEFAULT 10);

-- corpus: line 968 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a < b
  WITH LOCAL CHECK OPTION;

-- corpus: line 982 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 986 accepted
CREATE TABLE base_tbl (a int);

-- corpus: line 988 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a > 0;

-- corpus: line 989 accepted
CREATE VIEW rw_view2 AS SELECT * FROM rw_view1 WHERE a < 10
  WITH CHECK OPTION;

-- corpus: line 1002 accepted
CREATE OR REPLACE VIEW rw_view2 AS SELECT * FROM rw_view1 WHERE a < 10
  WITH LOCAL CHECK OPTION;

-- corpus: line 1011 accepted
ALTER VIEW rw_view1 SET (check_option=here);

-- corpus: line 1012 accepted
ALTER VIEW rw_view1 SET (check_option=local);

-- corpus: line 1017 accepted
ALTER VIEW rw_view2 RESET (check_option);

-- corpus: line 1023 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1027 accepted
CREATE TABLE base_tbl (a int);

-- corpus: line 1029 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WITH CHECK OPTION;

-- corpus: line 1030 accepted
CREATE VIEW rw_view2 AS SELECT * FROM rw_view1 WHERE a > 0;

-- corpus: line 1031 accepted
CREATE VIEW rw_view3 AS SELECT * FROM rw_view2 WITH CHECK OPTION;

-- corpus: line 1041 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1045 accepted
CREATE TABLE base_tbl (a int, b int[]);

-- corpus: line 1046 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a = ANY (b)
  WITH CHECK OPTION;

-- corpus: line 1060 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1064 accepted
CREATE TABLE base_tbl (a int);

-- corpus: line 1065 accepted
CREATE TABLE ref_tbl (a int PRIMARY KEY);

-- corpus: line 1068 accepted
CREATE VIEW rw_view1 AS
  SELECT * FROM base_tbl b
  WHERE EXISTS(SELECT 1 FROM ref_tbl r WHERE r.a = b.a)
  WITH CHECK OPTION;

-- corpus: line 1082 accepted
DROP TABLE base_tbl, ref_tbl CASCADE;

-- corpus: line 1086 accepted
CREATE TABLE base_tbl (a int, b int);

-- corpus: line 1088 accepted
CREATE FUNCTION base_tbl_trig_fn()
RETURNS trigger AS
$$
BEGIN
  NEW.b := 10;
  RETURN NEW;
END;
$$
LANGUAGE plpgsql;

-- corpus: line 1098 accepted
CREATE TRIGGER base_tbl_trig BEFORE INSERT OR UPDATE ON base_tbl
  FOR EACH ROW EXECUTE PROCEDURE base_tbl_trig_fn();

-- corpus: line 1101 accepted
CREATE VIEW rw_view1 AS SELECT * FROM base_tbl WHERE a < b WITH CHECK OPTION;

-- corpus: line 1107 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1108 accepted
DROP FUNCTION base_tbl_trig_fn();

-- corpus: line 1112 accepted
CREATE TABLE base_tbl (a int, b int);

-- corpus: line 1114 accepted
CREATE VIEW rw_view1 AS SELECT a FROM base_tbl WHERE a < b;

-- corpus: line 1116 accepted
CREATE FUNCTION rw_view1_trig_fn()
RETURNS trigger AS
$$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO base_tbl VALUES (NEW.a, 10);
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE base_tbl SET a=NEW.a WHERE a=OLD.a;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM base_tbl WHERE a=OLD.a;
    RETURN OLD;
  END IF;
END;
$$
LANGUAGE plpgsql;

-- corpus: line 1134 accepted
CREATE TRIGGER rw_view1_trig
  INSTEAD OF INSERT OR UPDATE OR DELETE ON rw_view1
  FOR EACH ROW EXECUTE PROCEDURE rw_view1_trig_fn();

-- corpus: line 1138 accepted
CREATE VIEW rw_view2 AS
  SELECT * FROM rw_view1 WHERE a > 0 WITH LOCAL CHECK OPTION;

-- corpus: line 1149 accepted
ALTER VIEW rw_view2 SET (check_option=cascaded);

-- corpus: line 1156 accepted
DROP TRIGGER rw_view1_trig ON rw_view1;

-- corpus: line 1157 accepted
CREATE RULE rw_view1_ins_rule AS ON INSERT TO rw_view1
  DO INSTEAD INSERT INTO base_tbl VALUES (NEW.a, 10);

-- corpus: line 1159 accepted
CREATE RULE rw_view1_upd_rule AS ON UPDATE TO rw_view1
  DO INSTEAD UPDATE base_tbl SET a=NEW.a WHERE a=OLD.a;

-- corpus: line 1169 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1170 accepted
DROP FUNCTION rw_view1_trig_fn();

-- corpus: line 1172 accepted
CREATE TABLE base_tbl (a int);

-- corpus: line 1173 accepted
CREATE VIEW rw_view1 AS SELECT a,10 AS b FROM base_tbl;

-- corpus: line 1174 accepted
CREATE RULE rw_view1_ins_rule AS ON INSERT TO rw_view1
  DO INSTEAD INSERT INTO base_tbl VALUES (NEW.a);

-- corpus: line 1176 accepted
CREATE VIEW rw_view2 AS
  SELECT * FROM rw_view1 WHERE a > b WITH LOCAL CHECK OPTION;

-- corpus: line 1179 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1183 accepted
CREATE TABLE base_tbl (person text, visibility text);

-- corpus: line 1188 accepted
CREATE VIEW rw_view1 AS
  SELECT person FROM base_tbl WHERE visibility = 'public';

-- corpus: line 1191 accepted
CREATE FUNCTION snoop(anyelement)
RETURNS boolean AS
$$
BEGIN
  RAISE NOTICE 'snooped value: %', $1;
  RETURN true;
END;
$$
LANGUAGE plpgsql COST 0.000001;

-- corpus: line 1201 accepted
CREATE OR REPLACE FUNCTION leakproof(anyelement)
RETURNS boolean AS
$$
BEGIN
  RETURN true;
END;
$$
LANGUAGE plpgsql STRICT IMMUTABLE LEAKPROOF;

-- corpus: line 1214 accepted
ALTER VIEW rw_view1 SET (security_barrier = true);

-- corpus: line 1239 accepted
CREATE VIEW rw_view2 WITH (security_barrier = true) AS
  SELECT * FROM rw_view1 WHERE snoop(person);

-- corpus: line 1263 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1267 accepted
CREATE TABLE base_tbl(id int PRIMARY KEY, data text, deleted boolean);

-- corpus: line 1270 accepted
CREATE RULE base_tbl_ins_rule AS ON INSERT TO base_tbl
  WHERE EXISTS (SELECT 1 FROM base_tbl t WHERE t.id = new.id)
  DO INSTEAD
    UPDATE base_tbl SET data = new.data, deleted = false WHERE id = new.id;

-- corpus: line 1275 accepted
CREATE RULE base_tbl_del_rule AS ON DELETE TO base_tbl
  DO INSTEAD
    UPDATE base_tbl SET deleted = true WHERE id = old.id;

-- corpus: line 1279 accepted
CREATE VIEW rw_view1 WITH (security_barrier=true) AS
  SELECT id, data FROM base_tbl WHERE NOT deleted;

-- corpus: line 1292 accepted
DROP TABLE base_tbl CASCADE;

-- corpus: line 1295 accepted
CREATE TABLE t1 (a int, b float, c text);

-- corpus: line 1296 accepted
CREATE INDEX t1_a_idx ON t1(a);

-- corpus: line 1301 accepted
CREATE TABLE t11 (d text) INHERITS (t1);

-- corpus: line 1302 accepted
CREATE INDEX t11_a_idx ON t11(a);

-- corpus: line 1307 accepted
CREATE TABLE t12 (e int[]) INHERITS (t1);

-- corpus: line 1308 accepted
CREATE INDEX t12_a_idx ON t12(a);

-- corpus: line 1313 accepted
CREATE TABLE t111 () INHERITS (t11, t12);

-- corpus: line 1314 accepted
CREATE INDEX t111_a_idx ON t111(a);

-- corpus: line 1319 accepted
CREATE VIEW v1 WITH (security_barrier=true) AS
SELECT *, (SELECT d FROM t11 WHERE t11.a = t1.a LIMIT 1) AS d
FROM t1
WHERE a > 5 AND EXISTS(SELECT 1 FROM t12 WHERE t12.a = t1.a);

-- corpus: line 1344 accepted
DROP TABLE t1, t11, t12, t111 CASCADE;

-- corpus: line 1345 accepted
DROP FUNCTION snoop(anyelement);

-- corpus: line 1346 accepted
DROP FUNCTION leakproof(anyelement);

-- corpus: line 1348 accepted
CREATE TABLE tx1 (a integer);

-- corpus: line 1349 accepted
CREATE TABLE tx2 (b integer);

-- corpus: line 1350 accepted
CREATE TABLE tx3 (c integer);

-- corpus: line 1351 accepted
CREATE VIEW vx1 AS SELECT a FROM tx1 WHERE EXISTS(SELECT 1 FROM tx2 JOIN tx3 ON b=c);

-- corpus: line 1356 accepted
DROP VIEW vx1;

-- corpus: line 1357 accepted
DROP TABLE tx1;

-- corpus: line 1358 accepted
DROP TABLE tx2;

-- corpus: line 1359 accepted
DROP TABLE tx3;

-- corpus: line 1361 accepted
CREATE TABLE tx1 (a integer);

-- corpus: line 1362 accepted
CREATE TABLE tx2 (b integer);

-- corpus: line 1363 accepted
CREATE TABLE tx3 (c integer);

-- corpus: line 1364 accepted
CREATE VIEW vx1 AS SELECT a FROM tx1 WHERE EXISTS(SELECT 1 FROM tx2 JOIN tx3 ON b=c);

-- corpus: line 1370 accepted
DROP VIEW vx1;

-- corpus: line 1371 accepted
DROP TABLE tx1;

-- corpus: line 1372 accepted
DROP TABLE tx2;

-- corpus: line 1373 accepted
DROP TABLE tx3;

-- corpus: line 1375 accepted
CREATE TABLE tx1 (a integer, b integer);

-- corpus: line 1376 accepted
CREATE TABLE tx2 (b integer, c integer);

-- corpus: line 1377 accepted
CREATE TABLE tx3 (c integer, d integer);

-- corpus: line 1378 accepted
ALTER TABLE tx1 DROP COLUMN b;

-- corpus: line 1379 accepted
ALTER TABLE tx2 DROP COLUMN c;

-- corpus: line 1380 accepted
ALTER TABLE tx3 DROP COLUMN d;

-- corpus: line 1381 accepted
CREATE VIEW vx1 AS SELECT a FROM tx1 WHERE EXISTS(SELECT 1 FROM tx2 JOIN tx3 ON b=c);

-- corpus: line 1387 accepted
DROP VIEW vx1;

-- corpus: line 1388 accepted
DROP TABLE tx1;

-- corpus: line 1389 accepted
DROP TABLE tx2;

-- corpus: line 1390 accepted
DROP TABLE tx3;

-- corpus: line 1396 accepted
CREATE TABLE t1 (a int, b text, c int);

-- corpus: line 1399 accepted
CREATE TABLE t2 (cc int);

-- corpus: line 1402 accepted
CREATE VIEW v1 WITH (security_barrier = true) AS
  SELECT * FROM t1 WHERE (a > 0)
  WITH CHECK OPTION;

-- corpus: line 1406 accepted
CREATE VIEW v2 WITH (security_barrier = true) AS
  SELECT * FROM v1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.cc = v1.c)
  WITH CHECK OPTION;

-- corpus: line 1421 accepted
DROP VIEW v2;

-- corpus: line 1422 accepted
DROP VIEW v1;

-- corpus: line 1423 accepted
DROP TABLE t2;

-- corpus: line 1424 accepted
DROP TABLE t1;

-- corpus: line 1429 accepted
CREATE TABLE t1 (a int);

-- corpus: line 1430 accepted
CREATE VIEW v1 WITH (security_barrier = true) AS
  SELECT * FROM t1;

-- corpus: line 1432 accepted
CREATE RULE v1_upd_rule AS ON UPDATE TO v1 DO INSTEAD
  UPDATE t1 SET a = NEW.a WHERE a = OLD.a;

-- corpus: line 1434 accepted
CREATE VIEW v2 WITH (security_barrier = true) AS
  SELECT * FROM v1 WHERE EXISTS (SELECT 1);

-- corpus: line 1439 accepted
DROP VIEW v2;

-- corpus: line 1440 accepted
DROP VIEW v1;

-- corpus: line 1441 accepted
DROP TABLE t1;

-- corpus: line 1447 accepted
CREATE TABLE t1 (a int, b text);

-- corpus: line 1448 accepted
CREATE VIEW v1 AS SELECT null::int AS a;

-- corpus: line 1449 accepted
CREATE OR REPLACE VIEW v1 AS SELECT * FROM t1 WHERE a > 0 WITH CHECK OPTION;

-- corpus: line 1454 accepted
DROP VIEW v1;

-- corpus: line 1455 accepted
DROP TABLE t1;

-- corpus: line 1458 accepted
create table uv_pt (a int, b int, v varchar) partition by range (a, b);

-- corpus: line 1459 accepted
create table uv_pt1 (b int not null, v varchar, a int not null) partition by range (b);

-- corpus: line 1460 accepted
create table uv_pt11 (like uv_pt1);

-- corpus: line 1461 accepted
alter table uv_pt11 drop a;

-- corpus: line 1462 accepted
alter table uv_pt11 add a int;

-- corpus: line 1463 accepted
alter table uv_pt11 drop a;

-- corpus: line 1464 accepted
alter table uv_pt11 add a int not null;

-- corpus: line 1465 accepted
alter table uv_pt1 attach partition uv_pt11 for values from (2) to (5);

-- corpus: line 1466 accepted
alter table uv_pt attach partition uv_pt1 for values from (1, 2) to (1, 10);

-- corpus: line 1468 accepted
create view uv_ptv as select * from uv_pt;

-- corpus: line 1481 accepted
create view uv_ptv_wco as select * from uv_pt where a = 0 with check option;

-- corpus: line 1483 accepted
drop view uv_ptv, uv_ptv_wco;

-- corpus: line 1484 accepted
drop table uv_pt, uv_pt1, uv_pt11;

-- corpus: line 1488 accepted
create table wcowrtest (a int) partition by list (a);

-- corpus: line 1489 accepted
create table wcowrtest1 partition of wcowrtest for values in (1);

-- corpus: line 1490 accepted
create view wcowrtest_v as select * from wcowrtest where wcowrtest = '(2)'::wcowrtest with check option;

-- corpus: line 1493 accepted
alter table wcowrtest add b text;

-- corpus: line 1494 accepted
create table wcowrtest2 (b text, c int, a int);

-- corpus: line 1495 accepted
alter table wcowrtest2 drop c;

-- corpus: line 1496 accepted
alter table wcowrtest attach partition wcowrtest2 for values in (2);

-- corpus: line 1498 accepted
create table sometable (a int, b text);

-- corpus: line 1500 accepted
create view wcowrtest_v2 as
    select *
      from wcowrtest r
      where r in (select s from sometable s where r.a = s.a)
with check option;

-- corpus: line 1510 accepted
drop view wcowrtest_v, wcowrtest_v2;

-- corpus: line 1511 accepted
drop table wcowrtest, sometable;

-- corpus: line 1515 accepted
create table uv_iocu_tab (a text unique, b float);

-- corpus: line 1517 accepted
create view uv_iocu_view as
   select b, b+1 as c, a, '2.0'::text as two from uv_iocu_tab;

-- corpus: line 1541 accepted
drop view uv_iocu_view;

-- corpus: line 1542 accepted
drop table uv_iocu_tab;

-- corpus: line 1545 accepted
create table uv_iocu_tab (a int unique, b text);

-- corpus: line 1546 accepted
create view uv_iocu_view as
    select b as bb, a as aa, uv_iocu_tab::text as cc from uv_iocu_tab;

-- corpus: line 1570 accepted
alter table uv_iocu_tab alter column b set default 'table default';

-- corpus: line 1575 accepted
alter view uv_iocu_view alter column bb set default 'view default';

-- corpus: line 1584 accepted
drop view uv_iocu_view;

-- corpus: line 1585 accepted
drop table uv_iocu_tab;

-- corpus: line 1588 accepted
create user regress_view_user1;

-- corpus: line 1589 accepted
create user regress_view_user2;

-- corpus: line 1592 accepted
create table base_tbl(a int unique, b text, c float);

-- corpus: line 1594 accepted
create view rw_view1 as select b as bb, c as cc, a as aa from base_tbl;

-- corpus: line 1596 accepted
grant select (aa,bb) on rw_view1 to regress_view_user2;

-- corpus: line 1597 accepted
grant insert on rw_view1 to regress_view_user2;

-- corpus: line 1598 accepted
grant update (bb) on rw_view1 to regress_view_user2;

-- corpus: line 1615 accepted
grant select (a,b) on base_tbl to regress_view_user2;

-- corpus: line 1616 accepted
grant insert (a,b) on base_tbl to regress_view_user2;

-- corpus: line 1617 accepted
grant update (a,b) on base_tbl to regress_view_user2;

-- corpus: line 1620 accepted
create view rw_view2 as select b as bb, c as cc, a as aa from base_tbl;

-- corpus: line 1623 accepted
create view rw_view3 as select b as bb, a as aa from base_tbl;

-- corpus: line 1630 accepted
create view rw_view4 as select aa, bb, cc FROM rw_view1;

-- corpus: line 1633 accepted
create view rw_view5 as select aa, bb FROM rw_view1;

-- corpus: line 1639 accepted
drop view rw_view5;

-- corpus: line 1640 accepted
drop view rw_view4;

-- corpus: line 1641 accepted
drop view rw_view3;

-- corpus: line 1642 accepted
drop view rw_view2;

-- corpus: line 1643 accepted
drop view rw_view1;

-- corpus: line 1644 accepted
drop table base_tbl;

-- corpus: line 1645 accepted
drop user regress_view_user1;

-- corpus: line 1646 accepted
drop user regress_view_user2;

-- corpus: line 1650 accepted
create table base_tab_def (a int, b text default 'Table default',
                           c text default 'Table default', d text, e text);

-- corpus: line 1652 accepted
create view base_tab_def_view as select * from base_tab_def;

-- corpus: line 1653 accepted
alter view base_tab_def_view alter b set default 'View default';

-- corpus: line 1654 accepted
alter view base_tab_def_view alter d set default 'View default';

-- corpus: line 1670 accepted
create function base_tab_def_view_instrig_func() returns trigger
as
$$
begin
  insert into base_tab_def values (new.a, new.b, new.c, new.d, new.e);
  return new;
end;
$$
language plpgsql;

-- corpus: line 1679 accepted
create trigger base_tab_def_view_instrig instead of insert on base_tab_def_view
  for each row execute function base_tab_def_view_instrig_func();

-- corpus: line 1697 accepted
drop trigger base_tab_def_view_instrig on base_tab_def_view;

-- corpus: line 1698 accepted
drop function base_tab_def_view_instrig_func;

-- corpus: line 1699 accepted
create rule base_tab_def_view_ins_rule as on insert to base_tab_def_view
  do instead insert into base_tab_def values (new.a, new.b, new.c, new.d, new.e);

-- corpus: line 1720 accepted
drop rule base_tab_def_view_ins_rule on base_tab_def_view;

-- corpus: line 1721 accepted
create rule base_tab_def_view_ins_rule as on insert to base_tab_def_view
  do also insert into base_tab_def values (new.a, new.b, new.c, new.d, new.e);

-- corpus: line 1738 accepted
drop rule base_tab_def_view_ins_rule on base_tab_def_view;

-- corpus: line 1739 accepted
create rule base_tab_def_view_ins_rule as on insert to base_tab_def_view
  do also insert into base_tab_def (a, b, e) select new.a, new.b, 'xxx';

-- corpus: line 1747 accepted
drop view base_tab_def_view;

-- corpus: line 1748 accepted
drop table base_tab_def;

-- corpus: line 1751 accepted
create table base_tab (a serial, b int[], c text, d text default 'Table default');

-- corpus: line 1752 accepted
create view base_tab_view as select c, a, b from base_tab;

-- corpus: line 1753 accepted
alter view base_tab_view alter column c set default 'View default';

-- corpus: line 1757 accepted
drop view base_tab_view;

-- corpus: line 1758 accepted
drop table base_tab;
