-- corpus: line 22 accepted
CREATE TABLE BOX_TBL (f1 box);

-- corpus: line 134 accepted
CREATE TEMPORARY TABLE box_temp (f1 box);

-- corpus: line 140 accepted
CREATE INDEX box_spgist ON box_temp USING spgist (f1);

-- corpus: line 190 accepted
DROP INDEX box_spgist;

-- corpus: line 195 accepted
CREATE TABLE quad_box_tbl (id int, b box);

-- corpus: line 215 accepted
CREATE INDEX quad_box_tbl_idx ON quad_box_tbl USING spgist(b);

-- corpus: line 222 accepted
CREATE TABLE quad_box_tbl_ord_seq1 AS
SELECT rank() OVER (ORDER BY b <-> point '123,456') n, b <-> point '123,456' dist, id
FROM quad_box_tbl;

-- corpus: line 226 accepted
CREATE TABLE quad_box_tbl_ord_seq2 AS
SELECT rank() OVER (ORDER BY b <-> point '123,456') n, b <-> point '123,456' dist, id
FROM quad_box_tbl WHERE b <@ box '((200,300),(500,600))';

-- corpus: line 256 accepted
CREATE TEMP TABLE quad_box_tbl_ord_idx1 AS
SELECT rank() OVER (ORDER BY b <-> point '123,456') n, b <-> point '123,456' dist, id
FROM quad_box_tbl;

-- corpus: line 271 accepted
CREATE TEMP TABLE quad_box_tbl_ord_idx2 AS
SELECT rank() OVER (ORDER BY b <-> point '123,456') n, b <-> point '123,456' dist, id
FROM quad_box_tbl WHERE b <@ box '((200,300),(500,600))';
