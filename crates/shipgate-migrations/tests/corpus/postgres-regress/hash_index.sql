-- corpus: line 8 accepted
CREATE TABLE hash_i4_heap (
	seqno 		int4,
	random 		int4
);

-- corpus: line 13 accepted
CREATE TABLE hash_name_heap (
	seqno 		int4,
	random 		name
);

-- corpus: line 18 accepted
CREATE TABLE hash_txt_heap (
	seqno 		int4,
	random 		text
);

-- corpus: line 23 accepted
CREATE TABLE hash_f8_heap (
	seqno		int4,
	random 		float8
);

-- corpus: line 47 accepted
CREATE INDEX hash_i4_index ON hash_i4_heap USING hash (random int4_ops);

-- corpus: line 49 accepted
CREATE INDEX hash_name_index ON hash_name_heap USING hash (random name_ops);

-- corpus: line 51 accepted
CREATE INDEX hash_txt_index ON hash_txt_heap USING hash (random text_ops);

-- corpus: line 53 accepted
CREATE INDEX hash_f8_index ON hash_f8_heap USING hash (random float8_ops)
  WITH (fillfactor=60);

-- corpus: line 60 accepted
create unique index hash_f8_index_1 on hash_f8_heap(abs(random));

-- corpus: line 61 accepted
create unique index hash_f8_index_2 on hash_f8_heap((seqno + 1), random);

-- corpus: line 62 accepted
create unique index hash_f8_index_3 on hash_f8_heap(random) where seqno > 1000;

-- corpus: line 220 accepted
CREATE TABLE hash_split_heap (keycol INT);

-- corpus: line 222 accepted
CREATE INDEX hash_split_index on hash_split_heap USING HASH (keycol);

-- corpus: line 241 accepted
VACUUM hash_split_heap;

-- corpus: line 244 accepted
ALTER INDEX hash_split_index SET (fillfactor = 10);

-- corpus: line 245 accepted
REINDEX INDEX hash_split_index;

-- corpus: line 248 accepted
DROP TABLE hash_split_heap;

-- corpus: line 251 accepted
CREATE TEMP TABLE hash_temp_heap (x int, y int);

-- corpus: line 253 accepted
CREATE INDEX hash_idx ON hash_temp_heap USING hash (x);

-- corpus: line 254 accepted
DROP TABLE hash_temp_heap CASCADE;

-- corpus: line 257 accepted
CREATE TABLE hash_heap_float4 (x float4, y int);

-- corpus: line 259 accepted
CREATE INDEX hash_idx ON hash_heap_float4 USING hash (x);

-- corpus: line 260 accepted
DROP TABLE hash_heap_float4 CASCADE;

-- corpus: line 263 accepted
CREATE INDEX hash_f8_index2 ON hash_f8_heap USING hash (random float8_ops)
	WITH (fillfactor=9);

-- corpus: line 265 accepted
CREATE INDEX hash_f8_index2 ON hash_f8_heap USING hash (random float8_ops)
	WITH (fillfactor=101);
