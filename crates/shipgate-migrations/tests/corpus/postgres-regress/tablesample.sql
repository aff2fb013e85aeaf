-- corpus: line 1 accepted
CREATE TABLE test_tablesample (id int, name text) WITH (fillfactor=10);

-- corpus: line 18 accepted
CREATE VIEW test_tablesample_v1 AS
  SELECT id FROM test_tablesample TABLESAMPLE SYSTEM (10*2) REPEATABLE (2);

-- corpus: line 20 accepted
CREATE VIEW test_tablesample_v2 AS
  SELECT id FROM test_tablesample TABLESAMPLE SYSTEM (99);

-- corpus: line 105 accepted
create table parted_sample (a int) partition by list (a);

-- corpus: line 106 accepted
create table parted_sample_1 partition of parted_sample for values in (1);

-- corpus: line 107 accepted
create table parted_sample_2 partition of parted_sample for values in (2);

-- corpus: line 110 accepted
drop table parted_sample, parted_sample_1, parted_sample_2;
