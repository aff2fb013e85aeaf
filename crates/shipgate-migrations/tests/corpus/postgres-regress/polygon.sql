-- corpus: line 7 accepted
CREATE TABLE POLYGON_TBL(f1 polygon);

-- corpus: line 41 accepted
CREATE TABLE quad_poly_tbl (id int, p polygon);

-- corpus: line 58 accepted
CREATE INDEX quad_poly_tbl_idx ON quad_poly_tbl USING spgist(p);

-- corpus: line 65 accepted
CREATE TEMP TABLE quad_poly_tbl_ord_seq2 AS
SELECT rank() OVER (ORDER BY p <-> point '123,456') n, p <-> point '123,456' dist, id
FROM quad_poly_tbl WHERE p <@ polygon '((300,300),(400,600),(600,500),(700,200))';

-- corpus: line 130 accepted
CREATE TEMP TABLE quad_poly_tbl_ord_idx2 AS
SELECT rank() OVER (ORDER BY p <-> point '123,456') n, p <-> point '123,456' dist, id
FROM quad_poly_tbl WHERE p <@ polygon '((300,300),(400,600),(600,500),(700,200))';
