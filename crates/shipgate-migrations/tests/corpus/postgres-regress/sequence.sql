-- corpus: line 6 accepted
CREATE SEQUENCE sequence_testx INCREMENT BY 0;

-- corpus: line 7 accepted
CREATE SEQUENCE sequence_testx INCREMENT BY -1 MINVALUE 20;

-- corpus: line 8 accepted
CREATE SEQUENCE sequence_testx INCREMENT BY 1 MAXVALUE -20;

-- corpus: line 9 accepted
CREATE SEQUENCE sequence_testx INCREMENT BY -1 START 10;

-- corpus: line 10 accepted
CREATE SEQUENCE sequence_testx INCREMENT BY 1 START -10;

-- corpus: line 11 accepted
CREATE SEQUENCE sequence_testx CACHE 0;

-- corpus: line 14 accepted
CREATE SEQUENCE sequence_testx OWNED BY nobody;

-- corpus: line 15 accepted
CREATE SEQUENCE sequence_testx OWNED BY pg_class_oid_index.oid;

-- corpus: line 16 accepted
CREATE SEQUENCE sequence_testx OWNED BY pg_class.relname;

-- corpus: line 17 accepted
CREATE TABLE sequence_test_table (a int);

-- corpus: line 18 accepted
CREATE SEQUENCE sequence_testx OWNED BY sequence_test_table.b;

-- corpus: line 19 accepted
DROP TABLE sequence_test_table;

-- corpus: line 22 accepted
CREATE SEQUENCE sequence_test5 AS integer;

-- corpus: line 23 accepted
CREATE SEQUENCE sequence_test6 AS smallint;

-- corpus: line 24 accepted
CREATE SEQUENCE sequence_test7 AS bigint;

-- corpus: line 25 accepted
CREATE SEQUENCE sequence_test8 AS integer MAXVALUE 100000;

-- corpus: line 26 accepted
CREATE SEQUENCE sequence_test9 AS integer INCREMENT BY -1;

-- corpus: line 27 accepted
CREATE SEQUENCE sequence_test10 AS integer MINVALUE -100000 START 1;

-- corpus: line 28 accepted
CREATE SEQUENCE sequence_test11 AS smallint;

-- corpus: line 29 accepted
CREATE SEQUENCE sequence_test12 AS smallint INCREMENT -1;

-- corpus: line 30 accepted
CREATE SEQUENCE sequence_test13 AS smallint MINVALUE -32768;

-- corpus: line 31 accepted
CREATE SEQUENCE sequence_test14 AS smallint MAXVALUE 32767 INCREMENT -1;

-- corpus: line 32 accepted
CREATE SEQUENCE sequence_testx AS text;

-- corpus: line 33 accepted
CREATE SEQUENCE sequence_testx AS nosuchtype;

-- corpus: line 35 accepted
CREATE SEQUENCE sequence_testx AS smallint MAXVALUE 100000;

-- corpus: line 36 accepted
CREATE SEQUENCE sequence_testx AS smallint MINVALUE -100000;

-- corpus: line 38 accepted
ALTER SEQUENCE sequence_test5 AS smallint;

-- corpus: line 39 accepted
ALTER SEQUENCE sequence_test8 AS smallint;

-- corpus: line 40 accepted
ALTER SEQUENCE sequence_test8 AS smallint MAXVALUE 20000;

-- corpus: line 41 accepted
ALTER SEQUENCE sequence_test9 AS smallint;

-- corpus: line 42 accepted
ALTER SEQUENCE sequence_test10 AS smallint;

-- corpus: line 43 accepted
ALTER SEQUENCE sequence_test10 AS smallint MINVALUE -20000;

-- corpus: line 45 accepted
ALTER SEQUENCE sequence_test11 AS int;

-- corpus: line 46 accepted
ALTER SEQUENCE sequence_test12 AS int;

-- corpus: line 47 accepted
ALTER SEQUENCE sequence_test13 AS int;

-- corpus: line 48 accepted
ALTER SEQUENCE sequence_test14 AS int;

-- corpus: line 54 accepted
CREATE TABLE serialTest1 (f1 text, f2 serial);

-- corpus: line 66 accepted
CREATE TABLE serialTest2 (f1 text, f2 serial, f3 smallserial, f4 serial2,
  f5 bigserial, f6 serial8);

-- corpus: line 112 accepted
CREATE SEQUENCE sequence_test;

-- corpus: line 113 accepted
CREATE SEQUENCE IF NOT EXISTS sequence_test;

-- corpus: line 130 accepted
DROP SEQUENCE sequence_test;

-- corpus: line 133 accepted
CREATE SEQUENCE foo_seq;

-- corpus: line 134 accepted
ALTER TABLE foo_seq RENAME TO foo_seq_new;

-- corpus: line 141 accepted
DROP SEQUENCE foo_seq_new;

-- corpus: line 144 accepted
ALTER TABLE serialtest1_f2_seq RENAME TO serialtest1_f2_foo;

-- corpus: line 151 accepted
CREATE TEMP SEQUENCE myseq2;

-- corpus: line 152 accepted
CREATE TEMP SEQUENCE myseq3;

-- corpus: line 153 accepted
CREATE TEMP TABLE t1 (
  f1 serial,
  f2 int DEFAULT nextval('myseq2'),
  f3 int DEFAULT nextval('myseq3'::text)
);

-- corpus: line 159 accepted
DROP SEQUENCE t1_f1_seq;

-- corpus: line 160 accepted
DROP SEQUENCE myseq2;

-- corpus: line 162 accepted
DROP SEQUENCE myseq3;

-- corpus: line 163 accepted
DROP TABLE t1;

-- corpus: line 165 accepted
DROP SEQUENCE t1_f1_seq;

-- corpus: line 167 accepted
DROP SEQUENCE myseq2;

-- corpus: line 173 accepted
ALTER SEQUENCE IF EXISTS sequence_test2 RESTART WITH 24
  INCREMENT BY 4 MAXVALUE 36 MINVALUE 5 CYCLE;

-- corpus: line 176 accepted
ALTER SEQUENCE serialTest1 CYCLE;

-- corpus: line 178 accepted
CREATE SEQUENCE sequence_test2 START WITH 32;

-- corpus: line 179 accepted
CREATE SEQUENCE sequence_test4 INCREMENT BY -1;

-- corpus: line 184 accepted
ALTER SEQUENCE sequence_test2 RESTART;

-- corpus: line 187 accepted
ALTER SEQUENCE sequence_test2 RESTART WITH 0;

-- corpus: line 188 accepted
ALTER SEQUENCE sequence_test4 RESTART WITH 40;

-- corpus: line 191 accepted
ALTER SEQUENCE sequence_test2 RESTART WITH 24
  INCREMENT BY 4 MAXVALUE 36 MINVALUE 5 CYCLE;

-- corpus: line 199 accepted
ALTER SEQUENCE sequence_test2 RESTART WITH 24
  NO CYCLE;

-- corpus: line 207 accepted
ALTER SEQUENCE sequence_test2 RESTART WITH -24 START WITH -24
  INCREMENT BY -4 MINVALUE -36 MAXVALUE -5 CYCLE;

-- corpus: line 215 accepted
ALTER SEQUENCE sequence_test2 RESTART WITH -24
  NO CYCLE;

-- corpus: line 224 accepted
ALTER SEQUENCE IF EXISTS sequence_test2 RESTART WITH 32 START WITH 32
  INCREMENT BY 4 MAXVALUE 36 MINVALUE 5 CYCLE;

-- corpus: line 231 accepted
CREATE SEQUENCE sequence_test3;

-- corpus: line 253 accepted
COMMENT ON SEQUENCE asdf IS 'won''t work';

-- corpus: line 254 accepted
COMMENT ON SEQUENCE sequence_test2 IS 'will work';

-- corpus: line 255 accepted
COMMENT ON SEQUENCE sequence_test2 IS NULL;

-- corpus: line 258 accepted
CREATE SEQUENCE seq;

-- corpus: line 266 accepted
CREATE SEQUENCE seq2;

-- corpus: line 270 accepted
DROP SEQUENCE seq2;

-- corpus: line 276 accepted
CREATE UNLOGGED SEQUENCE sequence_test_unlogged;

-- corpus: line 277 accepted
ALTER SEQUENCE sequence_test_unlogged SET LOGGED;

-- corpus: line 279 accepted
ALTER SEQUENCE sequence_test_unlogged SET UNLOGGED;

-- corpus: line 281 accepted
DROP SEQUENCE sequence_test_unlogged;

-- corpus: line 284 accepted
CREATE TEMPORARY SEQUENCE sequence_test_temp1;

-- corpus: line 296 accepted
CREATE USER regress_seq_user;

-- corpus: line 301 accepted
CREATE SEQUENCE seq3;

-- corpus: line 302 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 303 accepted
GRANT SELECT ON seq3 TO regress_seq_user;

-- corpus: line 309 accepted
CREATE SEQUENCE seq3;

-- corpus: line 310 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 311 accepted
GRANT UPDATE ON seq3 TO regress_seq_user;

-- corpus: line 317 accepted
CREATE SEQUENCE seq3;

-- corpus: line 318 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 319 accepted
GRANT USAGE ON seq3 TO regress_seq_user;

-- corpus: line 326 accepted
CREATE SEQUENCE seq3;

-- corpus: line 328 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 329 accepted
GRANT SELECT ON seq3 TO regress_seq_user;

-- corpus: line 335 accepted
CREATE SEQUENCE seq3;

-- corpus: line 337 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 338 accepted
GRANT UPDATE ON seq3 TO regress_seq_user;

-- corpus: line 344 accepted
CREATE SEQUENCE seq3;

-- corpus: line 346 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 347 accepted
GRANT USAGE ON seq3 TO regress_seq_user;

-- corpus: line 354 accepted
CREATE SEQUENCE seq3;

-- corpus: line 356 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 357 accepted
GRANT SELECT ON seq3 TO regress_seq_user;

-- corpus: line 363 accepted
CREATE SEQUENCE seq3;

-- corpus: line 365 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 366 accepted
GRANT UPDATE ON seq3 TO regress_seq_user;

-- corpus: line 372 accepted
CREATE SEQUENCE seq3;

-- corpus: line 374 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 375 accepted
GRANT USAGE ON seq3 TO regress_seq_user;

-- corpus: line 382 accepted
CREATE SEQUENCE seq3;

-- corpus: line 383 accepted
REVOKE ALL ON seq3 FROM regress_seq_user;

-- corpus: line 387 accepted
GRANT UPDATE ON seq3 TO regress_seq_user;

-- corpus: line 395 accepted
ALTER SEQUENCE sequence_test2 START WITH 1;

-- corpus: line 399 accepted
DROP TABLE serialTest1, serialTest2;

-- corpus: line 407 accepted
DROP USER regress_seq_user;

-- corpus: line 408 accepted
DROP SEQUENCE seq;

-- corpus: line 411 accepted
CREATE SEQUENCE test_seq1 CACHE 10;

-- corpus: line 416 accepted
DROP SEQUENCE test_seq1;
