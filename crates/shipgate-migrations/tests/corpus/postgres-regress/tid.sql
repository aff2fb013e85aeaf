-- corpus: line 21 accepted
CREATE TABLE tid_tab (a int);

-- corpus: line 32 accepted
CREATE MATERIALIZED VIEW tid_matview AS SELECT a FROM tid_tab;

-- corpus: line 37 accepted
DROP MATERIALIZED VIEW tid_matview;

-- corpus: line 41 accepted
CREATE SEQUENCE tid_seq;

-- corpus: line 43 accepted
DROP SEQUENCE tid_seq;

-- corpus: line 46 accepted
CREATE INDEX tid_ind ON tid_tab(a);

-- corpus: line 48 accepted
DROP INDEX tid_ind;

-- corpus: line 51 accepted
CREATE TABLE tid_part (a int) PARTITION BY RANGE (a);

-- corpus: line 53 accepted
DROP TABLE tid_part;

-- corpus: line 57 accepted
CREATE VIEW tid_view_no_ctid AS SELECT a FROM tid_tab;

-- corpus: line 59 accepted
DROP VIEW tid_view_no_ctid;

-- corpus: line 61 accepted
CREATE VIEW tid_view_with_ctid AS SELECT ctid, a FROM tid_tab;

-- corpus: line 65 accepted
DROP VIEW tid_view_with_ctid;

-- corpus: line 68 accepted
CREATE VIEW tid_view_fake_ctid AS SELECT 1 AS ctid, 2 AS a;

-- corpus: line 70 accepted
DROP VIEW tid_view_fake_ctid;

-- corpus: line 72 accepted
DROP TABLE tid_tab CASCADE;
