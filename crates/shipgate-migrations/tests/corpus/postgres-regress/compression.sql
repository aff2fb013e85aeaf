-- corpus: line 7 accepted
CREATE TABLE cmdata(f1 text COMPRESSION pglz);

-- corpus: line 8 accepted
CREATE INDEX idx ON cmdata(f1);

-- corpus: line 11 accepted
CREATE TABLE cmdata1(f1 TEXT COMPRESSION lz4);

-- corpus: line 29 accepted
CREATE TABLE cmmove3(f1 text COMPRESSION pglz);

-- corpus: line 35 accepted
CREATE TABLE cmdata2 (LIKE cmdata1 INCLUDING COMPRESSION);

-- corpus: line 37 accepted
DROP TABLE cmdata2;

-- corpus: line 40 accepted
CREATE TABLE cmdata2 (f1 int COMPRESSION pglz);

-- corpus: line 43 accepted
CREATE TABLE cmmove2(f1 text COMPRESSION pglz);

-- corpus: line 50 accepted
CREATE OR REPLACE FUNCTION large_val() RETURNS TEXT LANGUAGE SQL AS
'select array_agg(fipshash(g::text))::text from generate_series(1, 256) g';

-- corpus: line 52 accepted
CREATE TABLE cmdata2 (f1 text COMPRESSION pglz);

-- corpus: line 59 accepted
DROP TABLE cmdata2;

-- corpus: line 62 accepted
CREATE TABLE cmdata2 (f1 int);

-- corpus: line 64 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 TYPE varchar;

-- corpus: line 66 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 TYPE int USING f1::integer;

-- corpus: line 71 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 TYPE varchar;

-- corpus: line 72 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 SET COMPRESSION pglz;

-- corpus: line 74 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 SET STORAGE plain;

-- corpus: line 80 accepted
CREATE MATERIALIZED VIEW compressmv(x) AS SELECT * FROM cmdata1;

-- corpus: line 86 accepted
CREATE TABLE cmpart(f1 text COMPRESSION lz4) PARTITION BY HASH(f1);

-- corpus: line 87 accepted
CREATE TABLE cmpart1 PARTITION OF cmpart FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 88 accepted
CREATE TABLE cmpart2(f1 text COMPRESSION pglz);

-- corpus: line 90 accepted
ALTER TABLE cmpart ATTACH PARTITION cmpart2 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 97 accepted
CREATE TABLE cminh() INHERITS(cmdata, cmdata1);

-- corpus: line 98 accepted
CREATE TABLE cminh(f1 TEXT COMPRESSION lz4) INHERITS(cmdata);

-- corpus: line 107 accepted
ALTER TABLE cmdata ALTER COLUMN f1 SET COMPRESSION lz4;

-- corpus: line 112 accepted
ALTER TABLE cmdata2 ALTER COLUMN f1 SET COMPRESSION default;

-- corpus: line 116 accepted
ALTER MATERIALIZED VIEW compressmv ALTER COLUMN x SET COMPRESSION lz4;

-- corpus: line 120 accepted
ALTER TABLE cmpart1 ALTER COLUMN f1 SET COMPRESSION pglz;

-- corpus: line 121 accepted
ALTER TABLE cmpart2 ALTER COLUMN f1 SET COMPRESSION lz4;

-- corpus: line 131 accepted
VACUUM FULL cmdata;

-- corpus: line 135 accepted
DROP TABLE cmdata2;

-- corpus: line 136 accepted
CREATE TABLE cmdata2 (f1 TEXT COMPRESSION pglz, f2 TEXT COMPRESSION lz4);

-- corpus: line 137 accepted
CREATE UNIQUE INDEX idx1 ON cmdata2 ((f1 || f2));

-- corpus: line 148 accepted
CREATE TABLE badcompresstbl (a text COMPRESSION I_Do_Not_Exist_Compression);

-- corpus: line 149 accepted
CREATE TABLE badcompresstbl (a text);

-- corpus: line 150 accepted
ALTER TABLE badcompresstbl ALTER a SET COMPRESSION I_Do_Not_Exist_Compression;

-- corpus: line 151 accepted
DROP TABLE badcompresstbl;
