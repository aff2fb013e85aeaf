-- corpus: line 9 accepted
CREATE TABLE mchash (a int, b text, c jsonb)
  PARTITION BY HASH (a part_test_int4_ops, b part_test_text_ops);

-- corpus: line 11 accepted
CREATE TABLE mchash1
  PARTITION OF mchash FOR VALUES WITH (MODULUS 4, REMAINDER 0);

-- corpus: line 59 accepted
CREATE TABLE mcinthash (a int, b int, c jsonb)
  PARTITION BY HASH (a part_test_int4_ops, b part_test_int4_ops);

-- corpus: line 79 accepted
create table text_hashp (a text) partition by hash (a);

-- corpus: line 80 accepted
create table text_hashp0 partition of text_hashp for values with (modulus 2, remainder 0);

-- corpus: line 81 accepted
create table text_hashp1 partition of text_hashp for values with (modulus 2, remainder 1);

-- corpus: line 88 accepted
DROP TABLE mchash;

-- corpus: line 89 accepted
DROP TABLE mcinthash;

-- corpus: line 90 accepted
DROP TABLE text_hashp;
