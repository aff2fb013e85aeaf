-- corpus: line 2 accepted
CREATE TABLE inhx (xx text DEFAULT 'text');

-- corpus: line 10 accepted
CREATE TABLE ctla (aa TEXT);

-- corpus: line 11 accepted
CREATE TABLE ctlb (bb TEXT) INHERITS (ctla);

-- corpus: line 13 accepted
CREATE TABLE foo (LIKE nonexistent);

-- corpus: line 15 accepted
CREATE TABLE inhe (ee text, LIKE inhx) inherits (ctlb);

-- corpus: line 22 accepted
CREATE TABLE inhf (LIKE inhx, LIKE inhx);

-- corpus: line 24 accepted
CREATE TABLE inhf (LIKE inhx INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

-- corpus: line 28 accepted
ALTER TABLE inhx add constraint foo CHECK (xx = 'text');

-- corpus: line 29 accepted
ALTER TABLE inhx ADD PRIMARY KEY (xx);

-- corpus: line 30 accepted
CREATE TABLE inhg (LIKE inhx);

-- corpus: line 32 accepted
DROP TABLE inhg;

-- corpus: line 33 accepted
CREATE TABLE inhg (x text, LIKE inhx INCLUDING CONSTRAINTS, y text);

-- corpus: line 38 accepted
DROP TABLE inhg;

-- corpus: line 40 accepted
CREATE TABLE test_like_id_1 (a bigint GENERATED ALWAYS AS IDENTITY, b text);

-- corpus: line 44 accepted
CREATE TABLE test_like_id_2 (LIKE test_like_id_1);

-- corpus: line 48 accepted
CREATE TABLE test_like_id_3 (LIKE test_like_id_1 INCLUDING IDENTITY);

-- corpus: line 52 accepted
DROP TABLE test_like_id_1, test_like_id_2, test_like_id_3;

-- corpus: line 54 accepted
CREATE TABLE test_like_gen_1 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);

-- corpus: line 58 accepted
CREATE TABLE test_like_gen_2 (LIKE test_like_gen_1);

-- corpus: line 62 accepted
CREATE TABLE test_like_gen_3 (LIKE test_like_gen_1 INCLUDING GENERATED);

-- corpus: line 66 accepted
DROP TABLE test_like_gen_1, test_like_gen_2, test_like_gen_3;

-- corpus: line 69 accepted
CREATE TABLE test_like_4 (b int DEFAULT 42,
  c int GENERATED ALWAYS AS (a * 2) STORED,
  a int CHECK (a > 0));

-- corpus: line 73 accepted
CREATE TABLE test_like_4a (LIKE test_like_4);

-- corpus: line 74 accepted
CREATE TABLE test_like_4b (LIKE test_like_4 INCLUDING DEFAULTS);

-- corpus: line 75 accepted
CREATE TABLE test_like_4c (LIKE test_like_4 INCLUDING GENERATED);

-- corpus: line 76 accepted
CREATE TABLE test_like_4d (LIKE test_like_4 INCLUDING DEFAULTS INCLUDING GENERATED);

-- corpus: line 91 accepted
CREATE TABLE test_like_5 (x point, y point, z point);

-- corpus: line 92 accepted
CREATE TABLE test_like_5x (p int CHECK (p > 0),
   q int GENERATED ALWAYS AS (p * 2) STORED);

-- corpus: line 94 accepted
CREATE TABLE test_like_5c (LIKE test_like_4 INCLUDING ALL)
  INHERITS (test_like_5, test_like_5x);

-- corpus: line 98 accepted
DROP TABLE test_like_4, test_like_4a, test_like_4b, test_like_4c, test_like_4d;

-- corpus: line 99 accepted
DROP TABLE test_like_5, test_like_5x, test_like_5c;

-- corpus: line 101 accepted
CREATE TABLE inhg (x text, LIKE inhx INCLUDING INDEXES, y text);

-- corpus: line 104 accepted
DROP TABLE inhg;

-- corpus: line 106 accepted
CREATE TABLE inhg (x text, LIKE inhx INCLUDING INDEXES, PRIMARY KEY(x));

-- corpus: line 107 accepted
CREATE TABLE inhz (xx text DEFAULT 'text', yy int UNIQUE);

-- corpus: line 108 accepted
CREATE UNIQUE INDEX inhz_xx_idx on inhz (xx) WHERE xx <> 'test';

-- corpus: line 110 accepted
CREATE TABLE inhg (x text UNIQUE, LIKE inhz INCLUDING INDEXES);

-- corpus: line 114 accepted
DROP TABLE inhg;

-- corpus: line 115 accepted
DROP TABLE inhz;

-- corpus: line 118 accepted
CREATE TABLE inhz (x text REFERENCES inhz, LIKE inhx INCLUDING INDEXES);

-- corpus: line 120 accepted
DROP TABLE inhz;

-- corpus: line 123 accepted
CREATE TABLE ctlt1 (a text CHECK (length(a) > 2) PRIMARY KEY, b text);

-- corpus: line 124 accepted
CREATE INDEX ctlt1_b_key ON ctlt1 (b);

-- corpus: line 125 accepted
CREATE INDEX ctlt1_fnidx ON ctlt1 ((a || b));

-- corpus: line 126 accepted
CREATE STATISTICS ctlt1_a_b_stat ON a,b FROM ctlt1;

-- corpus: line 127 accepted
CREATE STATISTICS ctlt1_expr_stat ON (a || b) FROM ctlt1;

-- corpus: line 128 accepted
COMMENT ON STATISTICS ctlt1_a_b_stat IS 'ab stats';

-- corpus: line 129 accepted
COMMENT ON STATISTICS ctlt1_expr_stat IS 'ab expr stats';

-- corpus: line 130 accepted
COMMENT ON COLUMN ctlt1.a IS 'A';

-- corpus: line 131 accepted
COMMENT ON COLUMN ctlt1.b IS 'B';

-- corpus: line 132 accepted
COMMENT ON CONSTRAINT ctlt1_a_check ON ctlt1 IS 't1_a_check';

-- corpus: line 133 accepted
COMMENT ON INDEX ctlt1_pkey IS 'index pkey';

-- corpus: line 134 accepted
COMMENT ON INDEX ctlt1_b_key IS 'index b_key';

-- corpus: line 135 accepted
ALTER TABLE ctlt1 ALTER COLUMN a SET STORAGE MAIN;

-- corpus: line 137 accepted
CREATE TABLE ctlt2 (c text);

-- corpus: line 138 accepted
ALTER TABLE ctlt2 ALTER COLUMN c SET STORAGE EXTERNAL;

-- corpus: line 139 accepted
COMMENT ON COLUMN ctlt2.c IS 'C';

-- corpus: line 141 accepted
CREATE TABLE ctlt3 (a text CHECK (length(a) < 5), c text CHECK (length(c) < 7));

-- corpus: line 142 accepted
ALTER TABLE ctlt3 ALTER COLUMN c SET STORAGE EXTERNAL;

-- corpus: line 143 accepted
ALTER TABLE ctlt3 ALTER COLUMN a SET STORAGE MAIN;

-- corpus: line 144 accepted
CREATE INDEX ctlt3_fnidx ON ctlt3 ((a || c));

-- corpus: line 145 accepted
COMMENT ON COLUMN ctlt3.a IS 'A3';

-- corpus: line 146 accepted
COMMENT ON COLUMN ctlt3.c IS 'C';

-- corpus: line 147 accepted
COMMENT ON CONSTRAINT ctlt3_a_check ON ctlt3 IS 't3_a_check';

-- corpus: line 149 accepted
CREATE TABLE ctlt4 (a text, c text);

-- corpus: line 150 accepted
ALTER TABLE ctlt4 ALTER COLUMN c SET STORAGE EXTERNAL;

-- corpus: line 152 accepted
CREATE TABLE ctlt12_storage (LIKE ctlt1 INCLUDING STORAGE, LIKE ctlt2 INCLUDING STORAGE);

-- corpus: line 154 accepted
CREATE TABLE ctlt12_comments (LIKE ctlt1 INCLUDING COMMENTS, LIKE ctlt2 INCLUDING COMMENTS);

-- corpus: line 156 accepted
CREATE TABLE ctlt1_inh (LIKE ctlt1 INCLUDING CONSTRAINTS INCLUDING COMMENTS) INHERITS (ctlt1);

-- corpus: line 159 accepted
CREATE TABLE ctlt13_inh () INHERITS (ctlt1, ctlt3);

-- corpus: line 161 accepted
CREATE TABLE ctlt13_like (LIKE ctlt3 INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING COMMENTS INCLUDING STORAGE) INHERITS (ctlt1);

-- corpus: line 165 accepted
CREATE TABLE ctlt_all (LIKE ctlt1 INCLUDING ALL);

-- corpus: line 170 accepted
CREATE TABLE inh_error1 () INHERITS (ctlt1, ctlt4);

-- corpus: line 171 accepted
CREATE TABLE inh_error2 (LIKE ctlt4 INCLUDING STORAGE) INHERITS (ctlt1);

-- corpus: line 174 accepted
CREATE TABLE pg_attrdef (LIKE ctlt1 INCLUDING ALL);

-- corpus: line 176 accepted
DROP TABLE public.pg_attrdef;

-- corpus: line 180 accepted
CREATE SCHEMA ctl_schema;

-- corpus: line 182 accepted
CREATE TABLE ctlt1 (LIKE ctlt1 INCLUDING ALL);

-- corpus: line 186 accepted
DROP TABLE ctlt1, ctlt2, ctlt3, ctlt4, ctlt12_storage, ctlt12_comments, ctlt1_inh, ctlt13_inh, ctlt13_like, ctlt_all, ctla, ctlb CASCADE;

-- corpus: line 189 accepted
CREATE TABLE noinh_con_copy (a int CHECK (a > 0) NO INHERIT);

-- corpus: line 190 accepted
CREATE TABLE noinh_con_copy1 (LIKE noinh_con_copy INCLUDING CONSTRAINTS);

-- corpus: line 194 accepted
CREATE TABLE noinh_con_copy1_parted (LIKE noinh_con_copy INCLUDING ALL)
  PARTITION BY LIST (a);

-- corpus: line 197 accepted
DROP TABLE noinh_con_copy, noinh_con_copy1;

-- corpus: line 202 accepted
CREATE TABLE ctlt4 (a int, b text);

-- corpus: line 204 accepted
CREATE SEQUENCE ctlseq1;

-- corpus: line 205 accepted
CREATE TABLE ctlt10 (LIKE ctlseq1);

-- corpus: line 207 accepted
CREATE VIEW ctlv1 AS SELECT * FROM ctlt4;

-- corpus: line 208 accepted
CREATE TABLE ctlt11 (LIKE ctlv1);

-- corpus: line 209 accepted
CREATE TABLE ctlt11a (LIKE ctlv1 INCLUDING ALL);

-- corpus: line 211 accepted
CREATE TYPE ctlty1 AS (a int, b text);

-- corpus: line 212 accepted
CREATE TABLE ctlt12 (LIKE ctlty1);

-- corpus: line 214 accepted
DROP SEQUENCE ctlseq1;

-- corpus: line 215 accepted
DROP TYPE ctlty1;

-- corpus: line 216 accepted
DROP VIEW ctlv1;

-- corpus: line 217 accepted
DROP TABLE IF EXISTS ctlt4, ctlt10, ctlt11, ctlt11a, ctlt12;
