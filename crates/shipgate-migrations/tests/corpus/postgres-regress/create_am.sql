-- corpus: line 6 accepted
CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;

-- corpus: line 9 accepted
CREATE ACCESS METHOD bogus TYPE INDEX HANDLER int4in;

-- corpus: line 10 accepted
CREATE ACCESS METHOD bogus TYPE INDEX HANDLER heap_tableam_handler;

-- corpus: line 14 accepted
CREATE INDEX grect2ind2 ON fast_emp4000 USING gist2 (home_base);

-- corpus: line 17 accepted
CREATE OPERATOR CLASS box_ops DEFAULT
	FOR TYPE box USING gist2 AS
	OPERATOR 1	<<,
	OPERATOR 2	&<,
	OPERATOR 3	&&,
	OPERATOR 4	&>,
	OPERATOR 5	>>,
	OPERATOR 6	~=,
	OPERATOR 7	@>,
	OPERATOR 8	<@,
	OPERATOR 9	&<|,
	OPERATOR 10	<<|,
	OPERATOR 11	|>>,
	OPERATOR 12	|&>,
	FUNCTION 1	gist_box_consistent(internal, box, smallint, oid, internal),
	FUNCTION 2	gist_box_union(internal, internal),
	-- don't need compress, decompress, or fetch functions
	FUNCTION 5	gist_box_penalty(internal, internal, internal),
	FUNCTION 6	gist_box_picksplit(internal, internal),
	FUNCTION 7	gist_box_same(box, box, internal);

-- corpus: line 39 accepted
CREATE INDEX grect2ind2 ON fast_emp4000 USING gist2 (home_base);

-- corpus: line 44 accepted
DROP INDEX grect2ind;

-- corpus: line 68 accepted
DROP ACCESS METHOD gist2;

-- corpus: line 75 accepted
DROP ACCESS METHOD gist2 CASCADE;

-- corpus: line 94 accepted
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

-- corpus: line 97 accepted
CREATE ACCESS METHOD bogus TYPE TABLE HANDLER int4in;

-- corpus: line 98 accepted
CREATE ACCESS METHOD bogus TYPE TABLE HANDLER bthandler;

-- corpus: line 106 accepted
CREATE TABLE tableam_tbl_heap2(f1 int) USING heap2;

-- corpus: line 111 accepted
CREATE TABLE tableam_tblas_heap2 USING heap2 AS SELECT * FROM tableam_tbl_heap2;

-- corpus: line 118 rejected 42601 syntax error at or near "USING"
CREATE VIEW tableam_view_heap2 USING heap2 AS SELECT * FROM tableam_tbl_heap2;

-- corpus: line 121 rejected 42601 syntax error at or near "USING"
CREATE SEQUENCE tableam_seq_heap2 USING heap2;

-- corpus: line 124 accepted
CREATE MATERIALIZED VIEW tableam_tblmv_heap2 USING heap2 AS SELECT * FROM tableam_tbl_heap2;

-- corpus: line 128 accepted
CREATE TABLE tableam_parted_heap2 (a text, b int) PARTITION BY list (a) USING heap2;

-- corpus: line 130 accepted
CREATE TABLE tableam_parted_heap2 (a text, b int) PARTITION BY list (a);

-- corpus: line 133 accepted
CREATE TABLE tableam_parted_a_heap2 PARTITION OF tableam_parted_heap2 FOR VALUES IN ('a');

-- corpus: line 135 accepted
CREATE TABLE tableam_parted_b_heap2 PARTITION OF tableam_parted_heap2 FOR VALUES IN ('b');

-- corpus: line 138 accepted
CREATE TABLE tableam_parted_c_heap2 PARTITION OF tableam_parted_heap2 FOR VALUES IN ('c') USING heap;

-- corpus: line 139 accepted
CREATE TABLE tableam_parted_d_heap2 PARTITION OF tableam_parted_heap2 FOR VALUES IN ('d') USING heap2;

-- corpus: line 165 accepted
CREATE TABLE heaptable USING heap AS
  SELECT a, repeat(a::text, 100) FROM generate_series(1,9) AS a;

-- corpus: line 170 accepted
ALTER TABLE heaptable SET ACCESS METHOD heap2;

-- corpus: line 179 accepted
ALTER TABLE heaptable SET ACCESS METHOD heap;

-- corpus: line 187 accepted
ALTER TABLE heaptable SET ACCESS METHOD heap2;

-- corpus: line 192 accepted
CREATE MATERIALIZED VIEW heapmv USING heap AS SELECT * FROM heaptable;

-- corpus: line 195 accepted
ALTER MATERIALIZED VIEW heapmv SET ACCESS METHOD heap2;

-- corpus: line 200 accepted
ALTER TABLE heaptable SET ACCESS METHOD heap, SET ACCESS METHOD heap2;

-- corpus: line 201 accepted
ALTER MATERIALIZED VIEW heapmv SET ACCESS METHOD heap, SET ACCESS METHOD heap2;

-- corpus: line 202 accepted
DROP MATERIALIZED VIEW heapmv;

-- corpus: line 203 accepted
DROP TABLE heaptable;

-- corpus: line 205 accepted
CREATE TABLE am_partitioned(x INT, y INT)
  PARTITION BY hash (x);

-- corpus: line 207 accepted
ALTER TABLE am_partitioned SET ACCESS METHOD heap2;

-- corpus: line 208 accepted
DROP TABLE am_partitioned;

-- corpus: line 215 accepted
CREATE TABLE tableam_tbl_heapx(f1 int);

-- corpus: line 216 accepted
CREATE TABLE tableam_tblas_heapx AS SELECT * FROM tableam_tbl_heapx;

-- corpus: line 218 accepted
CREATE MATERIALIZED VIEW tableam_tblmv_heapx USING heap2 AS SELECT * FROM tableam_tbl_heapx;

-- corpus: line 219 accepted
CREATE TABLE tableam_parted_heapx (a text, b int) PARTITION BY list (a);

-- corpus: line 220 accepted
CREATE TABLE tableam_parted_1_heapx PARTITION OF tableam_parted_heapx FOR VALUES IN ('a', 'b');

-- corpus: line 223 accepted
CREATE TABLE tableam_parted_2_heapx PARTITION OF tableam_parted_heapx FOR VALUES IN ('c', 'd') USING heap;

-- corpus: line 226 accepted
CREATE VIEW tableam_view_heapx AS SELECT * FROM tableam_tbl_heapx;

-- corpus: line 227 accepted
CREATE SEQUENCE tableam_seq_heapx;

-- corpus: line 228 accepted
CREATE FOREIGN DATA WRAPPER fdw_heap2 VALIDATOR postgresql_fdw_validator;

-- corpus: line 229 accepted
CREATE SERVER fs_heap2 FOREIGN DATA WRAPPER fdw_heap2 ;

-- corpus: line 230 accepted
CREATE FOREIGN table tableam_fdw_heapx () SERVER fs_heap2;

-- corpus: line 251 accepted
CREATE TABLE i_am_a_failure() USING "notempty";

-- corpus: line 252 accepted
CREATE TABLE i_am_a_failure() USING i_do_not_exist_am;

-- corpus: line 253 accepted
CREATE TABLE i_am_a_failure() USING "I do not exist AM";

-- corpus: line 254 accepted
CREATE TABLE i_am_a_failure() USING "btree";

-- corpus: line 257 accepted
DROP ACCESS METHOD heap2;
