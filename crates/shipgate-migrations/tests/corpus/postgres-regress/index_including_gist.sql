-- corpus: line 6 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 9 accepted
CREATE INDEX tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c2,c3);

-- corpus: line 17 accepted
DROP TABLE tbl_gist;

-- corpus: line 24 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 26 accepted
CREATE INDEX tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c2,c3);

-- corpus: line 35 accepted
DROP TABLE tbl_gist;

-- corpus: line 40 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 42 accepted
CREATE INDEX CONCURRENTLY tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c2,c3);

-- corpus: line 44 accepted
DROP TABLE tbl_gist;

-- corpus: line 50 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 52 accepted
CREATE INDEX tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c3);

-- corpus: line 54 accepted
REINDEX INDEX tbl_gist_idx;

-- corpus: line 56 accepted
ALTER TABLE tbl_gist DROP COLUMN c1;

-- corpus: line 58 accepted
DROP TABLE tbl_gist;

-- corpus: line 63 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 65 accepted
CREATE INDEX tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c3);

-- corpus: line 69 accepted
DROP TABLE tbl_gist;

-- corpus: line 74 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 76 accepted
CREATE INDEX tbl_gist_idx ON tbl_gist using gist (c4) INCLUDE (c1,c3);

-- corpus: line 77 accepted
ALTER TABLE tbl_gist ALTER c1 TYPE bigint;

-- corpus: line 78 accepted
ALTER TABLE tbl_gist ALTER c3 TYPE bigint;

-- corpus: line 80 accepted
DROP TABLE tbl_gist;

-- corpus: line 85 accepted
CREATE TABLE tbl_gist (c1 int, c2 int, c3 int, c4 box, EXCLUDE USING gist (c4 WITH &&) INCLUDE (c1, c2, c3));

-- corpus: line 90 accepted
DROP TABLE tbl_gist;
