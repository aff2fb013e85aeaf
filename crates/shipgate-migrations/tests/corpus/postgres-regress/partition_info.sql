-- corpus: line 12 accepted
CREATE TABLE ptif_test (a int, b int) PARTITION BY range (a);

-- corpus: line 13 accepted
CREATE TABLE ptif_test0 PARTITION OF ptif_test
  FOR VALUES FROM (minvalue) TO (0) PARTITION BY list (b);

-- corpus: line 15 accepted
CREATE TABLE ptif_test01 PARTITION OF ptif_test0 FOR VALUES IN (1);

-- corpus: line 16 accepted
CREATE TABLE ptif_test1 PARTITION OF ptif_test
  FOR VALUES FROM (0) TO (100) PARTITION BY list (b);

-- corpus: line 18 accepted
CREATE TABLE ptif_test11 PARTITION OF ptif_test1 FOR VALUES IN (1);

-- corpus: line 19 accepted
CREATE TABLE ptif_test2 PARTITION OF ptif_test
  FOR VALUES FROM (100) TO (200);

-- corpus: line 22 accepted
CREATE TABLE ptif_test3 PARTITION OF ptif_test
  FOR VALUES FROM (200) TO (maxvalue) PARTITION BY list (b);

-- corpus: line 32 accepted
CREATE INDEX ptif_test_index ON ONLY ptif_test (a);

-- corpus: line 33 accepted
CREATE INDEX ptif_test0_index ON ONLY ptif_test0 (a);

-- corpus: line 34 accepted
ALTER INDEX ptif_test_index ATTACH PARTITION ptif_test0_index;

-- corpus: line 35 accepted
CREATE INDEX ptif_test01_index ON ptif_test01 (a);

-- corpus: line 36 accepted
ALTER INDEX ptif_test0_index ATTACH PARTITION ptif_test01_index;

-- corpus: line 37 accepted
CREATE INDEX ptif_test1_index ON ONLY ptif_test1 (a);

-- corpus: line 38 accepted
ALTER INDEX ptif_test_index ATTACH PARTITION ptif_test1_index;

-- corpus: line 39 accepted
CREATE INDEX ptif_test11_index ON ptif_test11 (a);

-- corpus: line 40 accepted
ALTER INDEX ptif_test1_index ATTACH PARTITION ptif_test11_index;

-- corpus: line 41 accepted
CREATE INDEX ptif_test2_index ON ptif_test2 (a);

-- corpus: line 42 accepted
ALTER INDEX ptif_test_index ATTACH PARTITION ptif_test2_index;

-- corpus: line 43 accepted
CREATE INDEX ptif_test3_index ON ptif_test3 (a);

-- corpus: line 44 accepted
ALTER INDEX ptif_test_index ATTACH PARTITION ptif_test3_index;

-- corpus: line 98 accepted
DROP TABLE ptif_test;

-- corpus: line 101 accepted
CREATE TABLE ptif_normal_table(a int);

-- corpus: line 106 accepted
DROP TABLE ptif_normal_table;

-- corpus: line 111 accepted
CREATE VIEW ptif_test_view AS SELECT 1;

-- corpus: line 112 accepted
CREATE MATERIALIZED VIEW ptif_test_matview AS SELECT 1;

-- corpus: line 113 accepted
CREATE TABLE ptif_li_parent ();

-- corpus: line 114 accepted
CREATE TABLE ptif_li_child () INHERITS (ptif_li_parent);

-- corpus: line 127 accepted
DROP VIEW ptif_test_view;

-- corpus: line 128 accepted
DROP MATERIALIZED VIEW ptif_test_matview;

-- corpus: line 129 accepted
DROP TABLE ptif_li_parent, ptif_li_child;
