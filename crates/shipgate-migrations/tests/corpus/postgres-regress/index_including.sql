-- corpus: line 9 accepted
CREATE TABLE tbl_include_reg (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 11 accepted
CREATE INDEX tbl_include_reg_idx ON tbl_include_reg (c1, c2) INCLUDE (c3, c4);

-- corpus: line 13 accepted
CREATE INDEX ON tbl_include_reg (c1, c2) INCLUDE (c1, c3);

-- corpus: line 20 accepted
CREATE TABLE tbl_include_unique1 (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 22 accepted
CREATE UNIQUE INDEX tbl_include_unique1_idx_unique ON tbl_include_unique1 using btree (c1, c2) INCLUDE (c3, c4);

-- corpus: line 23 accepted
ALTER TABLE tbl_include_unique1 add UNIQUE USING INDEX tbl_include_unique1_idx_unique;

-- corpus: line 24 accepted
ALTER TABLE tbl_include_unique1 add UNIQUE (c1, c2) INCLUDE (c3, c4);

-- corpus: line 30 accepted
CREATE TABLE tbl_include_unique2 (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 32 accepted
CREATE UNIQUE INDEX tbl_include_unique2_idx_unique ON tbl_include_unique2 using btree (c1, c2) INCLUDE (c3, c4);

-- corpus: line 33 accepted
ALTER TABLE tbl_include_unique2 add UNIQUE (c1, c2) INCLUDE (c3, c4);

-- corpus: line 36 accepted
CREATE TABLE tbl_include_pk (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 38 accepted
ALTER TABLE tbl_include_pk add PRIMARY KEY (c1, c2) INCLUDE (c3, c4);

-- corpus: line 43 accepted
CREATE TABLE tbl_include_box (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 45 accepted
CREATE UNIQUE INDEX tbl_include_box_idx_unique ON tbl_include_box using btree (c1, c2) INCLUDE (c3, c4);

-- corpus: line 46 accepted
ALTER TABLE tbl_include_box add PRIMARY KEY USING INDEX tbl_include_box_idx_unique;

-- corpus: line 52 accepted
CREATE TABLE tbl_include_box_pk (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 54 accepted
ALTER TABLE tbl_include_box_pk add PRIMARY KEY (c1, c2) INCLUDE (c3, c4);

-- corpus: line 60 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box,
				CONSTRAINT covering UNIQUE(c1,c2) INCLUDE(c3,c4));

-- corpus: line 66 accepted
DROP TABLE tbl;

-- corpus: line 68 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box,
				CONSTRAINT covering PRIMARY KEY(c1,c2) INCLUDE(c3,c4));

-- corpus: line 84 accepted
DROP TABLE tbl;

-- corpus: line 87 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box,
				UNIQUE(c1,c2) INCLUDE(c3,c4));

-- corpus: line 93 accepted
DROP TABLE tbl;

-- corpus: line 95 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box,
				PRIMARY KEY(c1,c2) INCLUDE(c3,c4));

-- corpus: line 103 accepted
DROP TABLE tbl;

-- corpus: line 105 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box,
				EXCLUDE USING btree (c1 WITH =) INCLUDE(c3,c4));

-- corpus: line 112 accepted
DROP TABLE tbl;

-- corpus: line 118 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 int);

-- corpus: line 119 accepted
CREATE UNIQUE INDEX tbl_idx ON tbl using btree(c1, c2, c3, c4);

-- corpus: line 121 accepted
ALTER TABLE tbl DROP COLUMN c3;

-- corpus: line 123 accepted
DROP TABLE tbl;

-- corpus: line 130 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box);

-- corpus: line 131 accepted
CREATE UNIQUE INDEX tbl_idx ON tbl using btree(c1, c2) INCLUDE(c3,c4);

-- corpus: line 133 accepted
ALTER TABLE tbl DROP COLUMN c3;

-- corpus: line 135 accepted
DROP TABLE tbl;

-- corpus: line 142 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box, UNIQUE(c1, c2) INCLUDE(c3,c4));

-- corpus: line 144 accepted
ALTER TABLE tbl DROP COLUMN c3;

-- corpus: line 146 accepted
ALTER TABLE tbl DROP COLUMN c1;

-- corpus: line 148 accepted
DROP TABLE tbl;

-- corpus: line 153 accepted
CREATE TABLE tbl (c1 int, c2 int);

-- corpus: line 154 accepted
CREATE INDEX tbl_idx ON tbl (c1, (c1+0)) INCLUDE (c2);

-- corpus: line 155 accepted
ALTER INDEX tbl_idx ALTER COLUMN 1 SET STATISTICS 1000;

-- corpus: line 156 accepted
ALTER INDEX tbl_idx ALTER COLUMN 2 SET STATISTICS 1000;

-- corpus: line 157 accepted
ALTER INDEX tbl_idx ALTER COLUMN 3 SET STATISTICS 1000;

-- corpus: line 158 accepted
ALTER INDEX tbl_idx ALTER COLUMN 4 SET STATISTICS 1000;

-- corpus: line 159 accepted
DROP TABLE tbl;

-- corpus: line 164 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box, UNIQUE(c1, c2) INCLUDE(c3,c4));

-- corpus: line 166 accepted
CREATE UNIQUE INDEX CONCURRENTLY on tbl (c1, c2) INCLUDE (c3, c4);

-- corpus: line 168 accepted
DROP TABLE tbl;

-- corpus: line 174 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box, UNIQUE(c1, c2) INCLUDE(c3,c4));

-- corpus: line 176 accepted
ALTER TABLE tbl DROP COLUMN c3;

-- corpus: line 178 accepted
REINDEX INDEX tbl_c1_c2_c3_c4_key;

-- corpus: line 180 accepted
ALTER TABLE tbl DROP COLUMN c1;

-- corpus: line 182 accepted
DROP TABLE tbl;

-- corpus: line 187 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 box, c4 box);

-- corpus: line 188 accepted
CREATE INDEX on tbl USING brin(c1, c2) INCLUDE (c3, c4);

-- corpus: line 189 accepted
CREATE INDEX on tbl USING gist(c3) INCLUDE (c1, c4);

-- corpus: line 190 accepted
CREATE INDEX on tbl USING spgist(c3) INCLUDE (c4);

-- corpus: line 191 accepted
CREATE INDEX on tbl USING gin(c1, c2) INCLUDE (c3, c4);

-- corpus: line 192 accepted
CREATE INDEX on tbl USING hash(c1, c2) INCLUDE (c3, c4);

-- corpus: line 193 accepted
CREATE INDEX on tbl USING rtree(c3) INCLUDE (c1, c4);

-- corpus: line 194 accepted
CREATE INDEX on tbl USING btree(c1, c2) INCLUDE (c3, c4);

-- corpus: line 195 accepted
DROP TABLE tbl;

-- corpus: line 200 accepted
CREATE TABLE tbl (c1 int, c2 int, c3 int, c4 box);

-- corpus: line 202 accepted
CREATE UNIQUE INDEX tbl_idx_unique ON tbl using btree(c1, c2) INCLUDE (c3,c4);

-- corpus: line 209 accepted
DROP TABLE tbl;

-- corpus: line 214 accepted
CREATE TABLE tbl (c1 int,c2 int, c3 int, c4 box, UNIQUE(c1, c2) INCLUDE(c3,c4));

-- corpus: line 216 accepted
ALTER TABLE tbl ALTER c1 TYPE bigint;

-- corpus: line 217 accepted
ALTER TABLE tbl ALTER c3 TYPE bigint;

-- corpus: line 219 accepted
DROP TABLE tbl;
