-- corpus: line 10 accepted
DROP USER IF EXISTS regress_rls_alice;

-- corpus: line 11 accepted
DROP USER IF EXISTS regress_rls_bob;

-- corpus: line 12 accepted
DROP USER IF EXISTS regress_rls_carol;

-- corpus: line 13 accepted
DROP USER IF EXISTS regress_rls_dave;

-- corpus: line 14 accepted
DROP USER IF EXISTS regress_rls_exempt_user;

-- corpus: line 15 accepted
DROP ROLE IF EXISTS regress_rls_group1;

-- corpus: line 16 accepted
DROP ROLE IF EXISTS regress_rls_group2;

-- corpus: line 18 accepted
DROP SCHEMA IF EXISTS regress_rls_schema CASCADE;

-- corpus: line 23 accepted
CREATE USER regress_rls_alice NOLOGIN;

-- corpus: line 24 accepted
CREATE USER regress_rls_bob NOLOGIN;

-- corpus: line 25 accepted
CREATE USER regress_rls_carol NOLOGIN;

-- corpus: line 26 accepted
CREATE USER regress_rls_dave NOLOGIN;

-- corpus: line 27 accepted
CREATE USER regress_rls_exempt_user BYPASSRLS NOLOGIN;

-- corpus: line 28 accepted
CREATE ROLE regress_rls_group1 NOLOGIN;

-- corpus: line 29 accepted
CREATE ROLE regress_rls_group2 NOLOGIN;

-- corpus: line 31 accepted
GRANT regress_rls_group1 TO regress_rls_bob;

-- corpus: line 32 accepted
GRANT regress_rls_group2 TO regress_rls_carol;

-- corpus: line 34 accepted
CREATE SCHEMA regress_rls_schema;

-- corpus: line 35 accepted
GRANT ALL ON SCHEMA regress_rls_schema to public;

-- corpus: line 39 accepted
CREATE OR REPLACE FUNCTION f_leak(text) RETURNS bool
    COST 0.0000001 LANGUAGE plpgsql
    AS 'BEGIN RAISE NOTICE ''f_leak => %'', $1; RETURN true; END';

-- corpus: line 42 accepted
GRANT EXECUTE ON FUNCTION f_leak(text) TO public;

-- corpus: line 47 accepted
CREATE TABLE uaccount (
    pguser      name primary key,
    seclv       int
);

-- corpus: line 51 accepted
GRANT SELECT ON uaccount TO public;

-- corpus: line 58 accepted
CREATE TABLE category (
    cid        int primary key,
    cname      text
);

-- corpus: line 62 accepted
GRANT ALL ON category TO public;

-- corpus: line 69 accepted
CREATE TABLE document (
    did         int primary key,
    cid         int references category(cid),
    dlevel      int not null,
    dauthor     name,
    dtitle      text
);

-- corpus: line 76 accepted
GRANT ALL ON document TO public;

-- corpus: line 89 accepted
ALTER TABLE document ENABLE ROW LEVEL SECURITY;

-- corpus: line 92 accepted
CREATE POLICY p1 ON document AS PERMISSIVE
    USING (dlevel <= (SELECT seclv FROM uaccount WHERE pguser = current_user));

-- corpus: line 96 rejected 42601 unrecognized row security option "ugly"
CREATE POLICY p1 ON document AS UGLY
    USING (dlevel <= (SELECT seclv FROM uaccount WHERE pguser = current_user));

-- corpus: line 103 accepted
CREATE POLICY p2r ON document AS RESTRICTIVE TO regress_rls_dave
    USING (cid <> 44 AND cid < 50);

-- corpus: line 107 accepted
CREATE POLICY p1r ON document AS RESTRICTIVE TO regress_rls_dave
    USING (cid <> 44);

-- corpus: line 151 accepted
ALTER POLICY p1 ON document USING (true);

-- corpus: line 152 accepted
DROP POLICY p1 ON document;

-- corpus: line 155 accepted
ALTER POLICY p1 ON document USING (dauthor = current_user);

-- corpus: line 172 accepted
CREATE POLICY p2 ON category
    USING (CASE WHEN current_user = 'regress_rls_bob' THEN cid IN (11, 33)
           WHEN current_user = 'regress_rls_carol' THEN cid IN (22, 44)
           ELSE false END);

-- corpus: line 177 accepted
ALTER TABLE category ENABLE ROW LEVEL SECURITY;

-- corpus: line 235 accepted
CREATE TABLE t1 (id int not null primary key, a int, junk1 text, b text);

-- corpus: line 236 accepted
ALTER TABLE t1 DROP COLUMN junk1;

-- corpus: line 237 accepted
GRANT ALL ON t1 TO public;

-- corpus: line 246 accepted
CREATE TABLE t2 (c float) INHERITS (t1);

-- corpus: line 247 accepted
GRANT ALL ON t2 TO public;

-- corpus: line 256 accepted
CREATE TABLE t3 (id int not null primary key, c text, b text, a int);

-- corpus: line 257 accepted
ALTER TABLE t3 INHERIT t1;

-- corpus: line 258 accepted
GRANT ALL ON t3 TO public;

-- corpus: line 266 accepted
CREATE POLICY p1 ON t1 FOR ALL TO PUBLIC USING (a % 2 = 0);

-- corpus: line 267 accepted
CREATE POLICY p2 ON t2 FOR ALL TO PUBLIC USING (a % 2 = 1);

-- corpus: line 269 accepted
ALTER TABLE t1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 270 accepted
ALTER TABLE t2 ENABLE ROW LEVEL SECURITY;

-- corpus: line 317 accepted
CREATE TABLE part_document (
    did         int,
    cid         int,
    dlevel      int not null,
    dauthor     name,
    dtitle      text
) PARTITION BY RANGE (cid);

-- corpus: line 324 accepted
GRANT ALL ON part_document TO public;

-- corpus: line 327 accepted
CREATE TABLE part_document_fiction PARTITION OF part_document FOR VALUES FROM (11) to (12);

-- corpus: line 328 accepted
CREATE TABLE part_document_satire PARTITION OF part_document FOR VALUES FROM (55) to (56);

-- corpus: line 329 accepted
CREATE TABLE part_document_nonfiction PARTITION OF part_document FOR VALUES FROM (99) to (100);

-- corpus: line 331 accepted
GRANT ALL ON part_document_fiction TO public;

-- corpus: line 332 accepted
GRANT ALL ON part_document_satire TO public;

-- corpus: line 333 accepted
GRANT ALL ON part_document_nonfiction TO public;

-- corpus: line 347 accepted
ALTER TABLE part_document ENABLE ROW LEVEL SECURITY;

-- corpus: line 351 accepted
CREATE POLICY pp1 ON part_document AS PERMISSIVE
    USING (dlevel <= (SELECT seclv FROM uaccount WHERE pguser = current_user));

-- corpus: line 355 accepted
CREATE POLICY pp1r ON part_document AS RESTRICTIVE TO regress_rls_dave
    USING (cid < 55);

-- corpus: line 394 accepted
ALTER TABLE part_document_satire ENABLE ROW LEVEL SECURITY;

-- corpus: line 395 accepted
CREATE POLICY pp3 ON part_document_satire AS RESTRICTIVE
    USING (cid < 55);

-- corpus: line 413 accepted
ALTER POLICY pp1 ON part_document USING (true);

-- corpus: line 414 accepted
DROP POLICY pp1 ON part_document;

-- corpus: line 417 accepted
ALTER POLICY pp1 ON part_document USING (dauthor = current_user);

-- corpus: line 456 accepted
CREATE POLICY pp3 ON part_document AS RESTRICTIVE
    USING ((SELECT dlevel <= seclv FROM uaccount WHERE pguser = current_user));

-- corpus: line 466 accepted
CREATE TABLE dependee (x integer, y integer);

-- corpus: line 468 accepted
CREATE TABLE dependent (x integer, y integer);

-- corpus: line 469 accepted
CREATE POLICY d1 ON dependent FOR ALL
    TO PUBLIC
    USING (x = (SELECT d.x FROM dependee d WHERE d.y = y));

-- corpus: line 473 accepted
DROP TABLE dependee;

-- corpus: line 475 accepted
DROP TABLE dependee CASCADE;

-- corpus: line 485 accepted
CREATE TABLE rec1 (x integer, y integer);

-- corpus: line 486 accepted
CREATE POLICY r1 ON rec1 USING (x = (SELECT r.x FROM rec1 r WHERE y = r.y));

-- corpus: line 487 accepted
ALTER TABLE rec1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 495 accepted
CREATE TABLE rec2 (a integer, b integer);

-- corpus: line 496 accepted
ALTER POLICY r1 ON rec1 USING (x = (SELECT a FROM rec2 WHERE b = y));

-- corpus: line 497 accepted
CREATE POLICY r2 ON rec2 USING (a = (SELECT x FROM rec1 WHERE y = b));

-- corpus: line 498 accepted
ALTER TABLE rec2 ENABLE ROW LEVEL SECURITY;

-- corpus: line 507 accepted
CREATE VIEW rec1v AS SELECT * FROM rec1;

-- corpus: line 508 accepted
CREATE VIEW rec2v AS SELECT * FROM rec2;

-- corpus: line 510 accepted
ALTER POLICY r1 ON rec1 USING (x = (SELECT a FROM rec2v WHERE b = y));

-- corpus: line 511 accepted
ALTER POLICY r2 ON rec2 USING (a = (SELECT x FROM rec1v WHERE y = b));

-- corpus: line 521 accepted
DROP VIEW rec1v, rec2v CASCADE;

-- corpus: line 523 accepted
CREATE VIEW rec1v WITH (security_barrier) AS SELECT * FROM rec1;

-- corpus: line 524 accepted
CREATE VIEW rec2v WITH (security_barrier) AS SELECT * FROM rec2;

-- corpus: line 526 accepted
CREATE POLICY r1 ON rec1 USING (x = (SELECT a FROM rec2v WHERE b = y));

-- corpus: line 527 accepted
CREATE POLICY r2 ON rec2 USING (a = (SELECT x FROM rec1v WHERE y = b));

-- corpus: line 536 accepted
CREATE TABLE s1 (a int, b text);

-- corpus: line 539 accepted
CREATE TABLE s2 (x int, y text);

-- corpus: line 542 accepted
GRANT SELECT ON s1, s2 TO regress_rls_bob;

-- corpus: line 544 accepted
CREATE POLICY p1 ON s1 USING (a in (select x from s2 where y like '%2f%'));

-- corpus: line 545 accepted
CREATE POLICY p2 ON s2 USING (x in (select a from s1 where b like '%22%'));

-- corpus: line 546 accepted
CREATE POLICY p3 ON s1 FOR INSERT WITH CHECK (a = (SELECT a FROM s1));

-- corpus: line 548 accepted
ALTER TABLE s1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 549 accepted
ALTER TABLE s2 ENABLE ROW LEVEL SECURITY;

-- corpus: line 552 accepted
CREATE VIEW v2 AS SELECT * FROM s2 WHERE y like '%af%';

-- corpus: line 558 accepted
DROP POLICY p3 on s1;

-- corpus: line 559 accepted
ALTER POLICY p2 ON s2 USING (x % 2 = 0);

-- corpus: line 566 accepted
ALTER POLICY p1 ON s1 USING (a in (select x from v2));

-- corpus: line 575 accepted
ALTER POLICY p2 ON s2 USING (x in (select a from s1 where b like '%d2%'));

-- corpus: line 671 accepted
CREATE TABLE b1 (a int, b text);

-- corpus: line 674 accepted
CREATE POLICY p1 ON b1 USING (a % 2 = 0);

-- corpus: line 675 accepted
ALTER TABLE b1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 676 accepted
GRANT ALL ON b1 TO regress_rls_bob;

-- corpus: line 679 accepted
CREATE VIEW bv1 WITH (security_barrier) AS SELECT * FROM b1 WHERE a > 0 WITH CHECK OPTION;

-- corpus: line 680 accepted
GRANT ALL ON bv1 TO regress_rls_carol;

-- corpus: line 704 accepted
DROP POLICY p1 ON document;

-- corpus: line 705 accepted
DROP POLICY p1r ON document;

-- corpus: line 707 accepted
CREATE POLICY p1 ON document FOR SELECT USING (true);

-- corpus: line 708 accepted
CREATE POLICY p2 ON document FOR INSERT WITH CHECK (dauthor = current_user);

-- corpus: line 709 accepted
CREATE POLICY p3 ON document FOR UPDATE
  USING (cid = (SELECT cid from category WHERE cname = 'novel'))
  WITH CHECK (dauthor = current_user);

-- corpus: line 760 accepted
DROP POLICY p1 ON document;

-- corpus: line 761 accepted
DROP POLICY p2 ON document;

-- corpus: line 762 accepted
DROP POLICY p3 ON document;

-- corpus: line 764 accepted
CREATE POLICY p3_with_default ON document FOR UPDATE
  USING (cid = (SELECT cid from category WHERE cname = 'novel'));

-- corpus: line 790 accepted
DROP POLICY p3_with_default ON document;

-- corpus: line 796 accepted
CREATE POLICY p3_with_all ON document FOR ALL
  USING (cid = (SELECT cid from category WHERE cname = 'novel'))
  WITH CHECK (dauthor = current_user);

-- corpus: line 817 accepted
DROP POLICY p3_with_all ON document;

-- corpus: line 819 accepted
ALTER TABLE document ADD COLUMN dnotes text DEFAULT '';

-- corpus: line 821 accepted
CREATE POLICY p1 ON document FOR SELECT USING (true);

-- corpus: line 823 accepted
CREATE POLICY p2 ON document FOR INSERT WITH CHECK (dauthor = current_user);

-- corpus: line 825 accepted
CREATE POLICY p3 ON document FOR UPDATE
  USING (cid = (SELECT cid from category WHERE cname = 'novel'))
  WITH CHECK (dlevel > 0);

-- corpus: line 829 accepted
CREATE POLICY p4 ON document FOR DELETE
  USING (cid = (SELECT cid from category WHERE cname = 'manga'));

-- corpus: line 955 accepted
DROP POLICY p1 ON document;

-- corpus: line 956 accepted
CREATE POLICY p1 ON document FOR SELECT
  USING (cid = (SELECT cid from category WHERE cname = 'novel'));

-- corpus: line 999 accepted
DROP POLICY p1 ON document;

-- corpus: line 1007 accepted
CREATE TABLE z1 (a int, b text);

-- corpus: line 1008 accepted
CREATE TABLE z2 (a int, b text);

-- corpus: line 1010 accepted
GRANT SELECT ON z1,z2 TO regress_rls_group1, regress_rls_group2,
    regress_rls_bob, regress_rls_carol;

-- corpus: line 1019 accepted
CREATE POLICY p1 ON z1 TO regress_rls_group1 USING (a % 2 = 0);

-- corpus: line 1020 accepted
CREATE POLICY p2 ON z1 TO regress_rls_group2 USING (a % 2 = 1);

-- corpus: line 1022 accepted
ALTER TABLE z1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1066 accepted
CREATE VIEW rls_view AS SELECT * FROM z1 WHERE f_leak(b);

-- corpus: line 1067 accepted
GRANT SELECT ON rls_view TO regress_rls_bob;

-- corpus: line 1078 accepted
DROP VIEW rls_view;

-- corpus: line 1082 accepted
CREATE VIEW rls_view AS SELECT * FROM z1 WHERE f_leak(b);

-- corpus: line 1083 accepted
GRANT SELECT ON rls_view TO regress_rls_alice;

-- corpus: line 1104 accepted
GRANT SELECT ON rls_view TO regress_rls_carol;

-- corpus: line 1112 accepted
CREATE TABLE z1_blacklist (a int);

-- corpus: line 1114 accepted
CREATE POLICY p3 ON z1 AS RESTRICTIVE USING (a NOT IN (SELECT a FROM z1_blacklist));

-- corpus: line 1128 accepted
GRANT SELECT ON z1_blacklist TO regress_rls_bob;

-- corpus: line 1140 accepted
REVOKE SELECT ON z1_blacklist FROM regress_rls_bob;

-- corpus: line 1141 accepted
DROP POLICY p3 ON z1;

-- corpus: line 1144 accepted
DROP VIEW rls_view;

-- corpus: line 1151 accepted
CREATE VIEW rls_view WITH (security_invoker) AS
    SELECT * FROM z1 WHERE f_leak(b);

-- corpus: line 1153 accepted
GRANT SELECT ON rls_view TO regress_rls_bob;

-- corpus: line 1154 accepted
GRANT SELECT ON rls_view TO regress_rls_carol;

-- corpus: line 1172 accepted
DROP VIEW rls_view;

-- corpus: line 1175 accepted
CREATE VIEW rls_view WITH (security_invoker) AS
    SELECT * FROM z1 WHERE f_leak(b);

-- corpus: line 1177 accepted
GRANT SELECT ON rls_view TO regress_rls_alice;

-- corpus: line 1178 accepted
GRANT SELECT ON rls_view TO regress_rls_carol;

-- corpus: line 1197 accepted
CREATE POLICY p3 ON z1 AS RESTRICTIVE USING (a NOT IN (SELECT a FROM z1_blacklist));

-- corpus: line 1211 accepted
GRANT SELECT ON z1_blacklist TO regress_rls_bob;

-- corpus: line 1224 accepted
GRANT SELECT ON z1_blacklist TO regress_rls_carol;

-- corpus: line 1231 accepted
DROP VIEW rls_view;

-- corpus: line 1238 accepted
CREATE TABLE x1 (a int, b text, c text);

-- corpus: line 1239 accepted
GRANT ALL ON x1 TO PUBLIC;

-- corpus: line 1251 accepted
CREATE POLICY p0 ON x1 FOR ALL USING (c = current_user);

-- corpus: line 1252 accepted
CREATE POLICY p1 ON x1 FOR SELECT USING (a % 2 = 0);

-- corpus: line 1253 accepted
CREATE POLICY p2 ON x1 FOR INSERT WITH CHECK (a % 2 = 1);

-- corpus: line 1254 accepted
CREATE POLICY p3 ON x1 FOR UPDATE USING (a % 2 = 0);

-- corpus: line 1255 accepted
CREATE POLICY p4 ON x1 FOR DELETE USING (a < 8);

-- corpus: line 1257 accepted
ALTER TABLE x1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1272 accepted
CREATE TABLE y1 (a int, b text);

-- corpus: line 1273 accepted
CREATE TABLE y2 (a int, b text);

-- corpus: line 1275 accepted
GRANT ALL ON y1, y2 TO regress_rls_bob;

-- corpus: line 1277 accepted
CREATE POLICY p1 ON y1 FOR ALL USING (a % 2 = 0);

-- corpus: line 1278 accepted
CREATE POLICY p2 ON y1 FOR SELECT USING (a > 2);

-- corpus: line 1279 accepted
CREATE POLICY p1 ON y1 FOR SELECT USING (a % 2 = 1);

-- corpus: line 1280 accepted
CREATE POLICY p1 ON y2 FOR ALL USING (a % 2 = 0);

-- corpus: line 1282 accepted
ALTER TABLE y1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1283 accepted
ALTER TABLE y2 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1290 accepted
CREATE VIEW rls_sbv WITH (security_barrier) AS
    SELECT * FROM y1 WHERE f_leak(b);

-- corpus: line 1293 accepted
DROP VIEW rls_sbv;

-- corpus: line 1297 accepted
CREATE VIEW rls_sbv WITH (security_barrier) AS
    SELECT * FROM y1 WHERE f_leak(b);

-- corpus: line 1300 accepted
DROP VIEW rls_sbv;

-- corpus: line 1307 accepted
CREATE POLICY p2 ON y2 USING (a % 3 = 0);

-- corpus: line 1308 accepted
CREATE POLICY p3 ON y2 USING (a % 4 = 0);

-- corpus: line 1320 accepted
CREATE TABLE test_qual_pushdown (
    abc text
);

-- corpus: line 1332 accepted
DROP TABLE test_qual_pushdown;

-- corpus: line 1339 accepted
DROP TABLE t1 CASCADE;

-- corpus: line 1341 accepted
CREATE TABLE t1 (a integer);

-- corpus: line 1343 accepted
GRANT SELECT ON t1 TO regress_rls_bob, regress_rls_carol;

-- corpus: line 1345 accepted
CREATE POLICY p1 ON t1 TO regress_rls_bob USING ((a % 2) = 0);

-- corpus: line 1346 accepted
CREATE POLICY p2 ON t1 TO regress_rls_carol USING ((a % 4) = 0);

-- corpus: line 1348 accepted
ALTER TABLE t1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1370 accepted
DROP TABLE t1 CASCADE;

-- corpus: line 1371 accepted
CREATE TABLE t1 (a integer, b text);

-- corpus: line 1372 accepted
CREATE POLICY p1 ON t1 USING (a % 2 = 0);

-- corpus: line 1374 accepted
ALTER TABLE t1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 1376 accepted
GRANT ALL ON t1 TO regress_rls_bob;

-- corpus: line 1396 accepted
ALTER POLICY p1 ON t1 RENAME TO p1;

-- corpus: line 1403 accepted
ALTER POLICY p1 ON t1 RENAME TO p2;

-- corpus: line 1414 accepted
CREATE TABLE t2 (a integer, b text);

-- corpus: line 1419 accepted
CREATE TABLE t3 AS SELECT * FROM t1;

-- corpus: line 1428 accepted
CREATE TABLE blog (id integer, author text, post text);

-- corpus: line 1429 accepted
CREATE TABLE comment (blog_id integer, message text);

-- corpus: line 1431 accepted
GRANT ALL ON blog, comment TO regress_rls_bob;

-- corpus: line 1433 accepted
CREATE POLICY blog_1 ON blog USING (id % 2 = 0);

-- corpus: line 1435 accepted
ALTER TABLE blog ENABLE ROW LEVEL SECURITY;

-- corpus: line 1459 accepted
CREATE POLICY comment_1 ON comment USING (blog_id < 4);

-- corpus: line 1461 accepted
ALTER TABLE comment ENABLE ROW LEVEL SECURITY;

-- corpus: line 1469 accepted
DROP TABLE blog, comment;

-- corpus: line 1475 accepted
DROP POLICY p2 ON t1;

-- corpus: line 1476 accepted
ALTER TABLE t1 OWNER TO regress_rls_alice;

-- corpus: line 1502 accepted
DROP TABLE copy_t CASCADE;

-- corpus: line 1503 accepted
CREATE TABLE copy_t (a integer, b text);

-- corpus: line 1504 accepted
CREATE POLICY p1 ON copy_t USING (a % 2 = 0);

-- corpus: line 1506 accepted
ALTER TABLE copy_t ENABLE ROW LEVEL SECURITY;

-- corpus: line 1508 accepted
GRANT ALL ON copy_t TO regress_rls_bob, regress_rls_exempt_user;

-- corpus: line 1543 accepted
CREATE TABLE copy_rel_to (a integer, b text);

-- corpus: line 1544 accepted
CREATE POLICY p1 ON copy_rel_to USING (a % 2 = 0);

-- corpus: line 1546 accepted
ALTER TABLE copy_rel_to ENABLE ROW LEVEL SECURITY;

-- corpus: line 1548 accepted
GRANT ALL ON copy_rel_to TO regress_rls_bob, regress_rls_exempt_user;

-- corpus: line 1583 accepted
CREATE TABLE copy_rel_to_child () INHERITS (copy_rel_to);
