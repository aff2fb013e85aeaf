-- corpus: line 4 accepted
CREATE ROLE regress_publication_user LOGIN SUPERUSER;

-- corpus: line 5 accepted
CREATE ROLE regress_publication_user2;

-- corpus: line 6 accepted
CREATE ROLE regress_publication_user_dummy LOGIN NOSUPERUSER;

-- corpus: line 11 accepted
CREATE PUBLICATION testpub_default;

-- corpus: line 14 accepted
COMMENT ON PUBLICATION testpub_default IS 'test publication';

-- corpus: line 18 accepted
CREATE PUBLICATION testpib_ins_trunct WITH (publish = insert);

-- corpus: line 21 accepted
ALTER PUBLICATION testpub_default SET (publish = update);

-- corpus: line 24 accepted
CREATE PUBLICATION testpub_xxx WITH (foo);

-- corpus: line 25 accepted
CREATE PUBLICATION testpub_xxx WITH (publish = 'cluster, vacuum');

-- corpus: line 26 accepted
CREATE PUBLICATION testpub_xxx WITH (publish_via_partition_root = 'true', publish_via_partition_root = '0');

-- corpus: line 30 accepted
ALTER PUBLICATION testpub_default SET (publish = 'insert, update, delete');

-- corpus: line 35 accepted
CREATE SCHEMA pub_test;

-- corpus: line 36 accepted
CREATE TABLE testpub_tbl1 (id serial primary key, data text);

-- corpus: line 37 accepted
CREATE TABLE pub_test.testpub_nopk (foo int, bar int);

-- corpus: line 38 accepted
CREATE VIEW testpub_view AS SELECT 1;

-- corpus: line 39 accepted
CREATE TABLE testpub_parted (a int) PARTITION BY LIST (a);

-- corpus: line 42 accepted
CREATE PUBLICATION testpub_foralltables FOR ALL TABLES WITH (publish = 'insert');

-- corpus: line 44 accepted
ALTER PUBLICATION testpub_foralltables SET (publish = 'insert, update');

-- corpus: line 46 accepted
CREATE TABLE testpub_tbl2 (id serial primary key, data text);

-- corpus: line 48 accepted
ALTER PUBLICATION testpub_foralltables ADD TABLE testpub_tbl2;

-- corpus: line 50 accepted
ALTER PUBLICATION testpub_foralltables DROP TABLE testpub_tbl2;

-- corpus: line 52 accepted
ALTER PUBLICATION testpub_foralltables SET TABLE pub_test.testpub_nopk;

-- corpus: line 55 accepted
ALTER PUBLICATION testpub_foralltables ADD TABLES IN SCHEMA pub_test;

-- corpus: line 57 accepted
ALTER PUBLICATION testpub_foralltables DROP TABLES IN SCHEMA pub_test;

-- corpus: line 59 accepted
ALTER PUBLICATION testpub_foralltables SET TABLES IN SCHEMA pub_test;

-- corpus: line 62 accepted
CREATE PUBLICATION testpub_fortable FOR TABLE testpub_tbl1;

-- corpus: line 65 accepted
ALTER PUBLICATION testpub_fortable ADD TABLES IN SCHEMA pub_test;

-- corpus: line 68 accepted
ALTER PUBLICATION testpub_fortable DROP TABLES IN SCHEMA pub_test;

-- corpus: line 71 accepted
ALTER PUBLICATION testpub_fortable SET TABLES IN SCHEMA pub_test;

-- corpus: line 75 accepted
CREATE PUBLICATION testpub_forschema FOR TABLES IN SCHEMA pub_test;

-- corpus: line 78 accepted
CREATE PUBLICATION testpub_for_tbl_schema FOR TABLES IN SCHEMA pub_test, TABLE pub_test.testpub_nopk;

-- corpus: line 83 rejected 42601 invalid table name
CREATE PUBLICATION testpub_parsertst FOR TABLE pub_test.testpub_nopk, CURRENT_SCHEMA;

-- corpus: line 84 rejected 42601 invalid schema name
CREATE PUBLICATION testpub_parsertst FOR TABLES IN SCHEMA foo, test.foo;

-- corpus: line 87 accepted
ALTER PUBLICATION testpub_forschema ADD TABLE pub_test.testpub_nopk;

-- corpus: line 91 accepted
ALTER PUBLICATION testpub_forschema DROP TABLE pub_test.testpub_nopk;

-- corpus: line 96 accepted
ALTER PUBLICATION testpub_forschema DROP TABLE pub_test.testpub_nopk;

-- corpus: line 98 accepted
ALTER PUBLICATION testpub_forschema SET TABLE pub_test.testpub_nopk;

-- corpus: line 105 accepted
DROP TABLE testpub_tbl2;

-- corpus: line 106 accepted
DROP PUBLICATION testpub_foralltables, testpub_fortable, testpub_forschema, testpub_for_tbl_schema;

-- corpus: line 108 accepted
CREATE TABLE testpub_tbl3 (a int);

-- corpus: line 109 accepted
CREATE TABLE testpub_tbl3a (b text) INHERITS (testpub_tbl3);

-- corpus: line 111 accepted
CREATE PUBLICATION testpub3 FOR TABLE testpub_tbl3;

-- corpus: line 112 accepted
CREATE PUBLICATION testpub4 FOR TABLE ONLY testpub_tbl3;

-- corpus: line 117 accepted
DROP TABLE testpub_tbl3, testpub_tbl3a;

-- corpus: line 118 accepted
DROP PUBLICATION testpub3, testpub4;

-- corpus: line 122 accepted
CREATE PUBLICATION testpub_forparted;

-- corpus: line 123 accepted
CREATE PUBLICATION testpub_forparted1;

-- corpus: line 125 accepted
CREATE TABLE testpub_parted1 (LIKE testpub_parted);

-- corpus: line 126 accepted
CREATE TABLE testpub_parted2 (LIKE testpub_parted);

-- corpus: line 127 accepted
ALTER PUBLICATION testpub_forparted1 SET (publish='insert');

-- corpus: line 128 accepted
ALTER TABLE testpub_parted ATTACH PARTITION testpub_parted1 FOR VALUES IN (1);

-- corpus: line 129 accepted
ALTER TABLE testpub_parted ATTACH PARTITION testpub_parted2 FOR VALUES IN (2);

-- corpus: line 133 accepted
ALTER PUBLICATION testpub_forparted ADD TABLE testpub_parted;

-- corpus: line 139 accepted
ALTER TABLE testpub_parted DETACH PARTITION testpub_parted1;

-- corpus: line 142 accepted
ALTER PUBLICATION testpub_forparted SET (publish_via_partition_root = true);

-- corpus: line 146 accepted
ALTER PUBLICATION testpub_forparted DROP TABLE testpub_parted;

-- corpus: line 149 accepted
DROP TABLE testpub_parted1, testpub_parted2;

-- corpus: line 150 accepted
DROP PUBLICATION testpub_forparted, testpub_forparted1;

-- corpus: line 153 accepted
CREATE TABLE testpub_rf_tbl1 (a integer, b text);

-- corpus: line 154 accepted
CREATE TABLE testpub_rf_tbl2 (c text, d integer);

-- corpus: line 155 accepted
CREATE TABLE testpub_rf_tbl3 (e integer);

-- corpus: line 156 accepted
CREATE TABLE testpub_rf_tbl4 (g text);

-- corpus: line 157 accepted
CREATE TABLE testpub_rf_tbl5 (a xml);

-- corpus: line 158 accepted
CREATE SCHEMA testpub_rf_schema1;

-- corpus: line 159 accepted
CREATE TABLE testpub_rf_schema1.testpub_rf_tbl5 (h integer);

-- corpus: line 160 accepted
CREATE SCHEMA testpub_rf_schema2;

-- corpus: line 161 accepted
CREATE TABLE testpub_rf_schema2.testpub_rf_tbl6 (i integer);

-- corpus: line 165 accepted
CREATE PUBLICATION testpub5 FOR TABLE testpub_rf_tbl1, testpub_rf_tbl2 WHERE (c <> 'test' AND d < 5) WITH (publish = 'insert');

-- corpus: line 169 accepted
ALTER PUBLICATION testpub5 ADD TABLE testpub_rf_tbl3 WHERE (e > 1000 AND e < 2000);

-- corpus: line 172 accepted
ALTER PUBLICATION testpub5 DROP TABLE testpub_rf_tbl2;

-- corpus: line 175 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl3 WHERE (e > 300 AND e < 500);

-- corpus: line 180 accepted
CREATE PUBLICATION testpub_rf_yes FOR TABLE testpub_rf_tbl1 WHERE (a > 1) WITH (publish = 'insert');

-- corpus: line 181 accepted
CREATE PUBLICATION testpub_rf_no FOR TABLE testpub_rf_tbl1;

-- corpus: line 184 accepted
DROP PUBLICATION testpub_rf_yes, testpub_rf_no;

-- corpus: line 187 accepted
CREATE PUBLICATION testpub_syntax1 FOR TABLE testpub_rf_tbl1, ONLY testpub_rf_tbl3 WHERE (e < 999) WITH (publish = 'insert');

-- corpus: line 190 accepted
DROP PUBLICATION testpub_syntax1;

-- corpus: line 192 accepted
CREATE PUBLICATION testpub_syntax2 FOR TABLE testpub_rf_tbl1, testpub_rf_schema1.testpub_rf_tbl5 WHERE (h < 999) WITH (publish = 'insert');

-- corpus: line 195 accepted
DROP PUBLICATION testpub_syntax2;

-- corpus: line 198 rejected 42601 syntax error at or near "WHERE"
CREATE PUBLICATION testpub_syntax3 FOR TABLES IN SCHEMA testpub_rf_schema1 WHERE (a = 123);

-- corpus: line 199 rejected 42601 WHERE clause not allowed for schema
CREATE PUBLICATION testpub_syntax3 FOR TABLES IN SCHEMA testpub_rf_schema1, testpub_rf_schema1 WHERE (a = 123);

-- corpus: line 203 accepted
CREATE PUBLICATION testpub_dups FOR TABLE testpub_rf_tbl1 WHERE (a = 1), testpub_rf_tbl1 WITH (publish = 'insert');

-- corpus: line 204 accepted
CREATE PUBLICATION testpub_dups FOR TABLE testpub_rf_tbl1, testpub_rf_tbl1 WHERE (a = 2) WITH (publish = 'insert');

-- corpus: line 207 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl3 WHERE (1234);

-- corpus: line 209 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl3 WHERE (e < AVG(e));

-- corpus: line 211 accepted
CREATE FUNCTION testpub_rf_func1(integer, integer) RETURNS boolean AS $$ SELECT hashint4($1) > $2 $$ LANGUAGE SQL;

-- corpus: line 212 accepted
CREATE OPERATOR =#> (PROCEDURE = testpub_rf_func1, LEFTARG = integer, RIGHTARG = integer);

-- corpus: line 213 accepted
CREATE PUBLICATION testpub6 FOR TABLE testpub_rf_tbl3 WHERE (e =#> 27);

-- corpus: line 215 accepted
CREATE FUNCTION testpub_rf_func2() RETURNS integer AS $$ BEGIN RETURN 123; END; $$ LANGUAGE plpgsql;

-- corpus: line 216 accepted
ALTER PUBLICATION testpub5 ADD TABLE testpub_rf_tbl1 WHERE (a >= testpub_rf_func2());

-- corpus: line 218 accepted
ALTER PUBLICATION testpub5 ADD TABLE testpub_rf_tbl1 WHERE (a < random());

-- corpus: line 220 accepted
CREATE COLLATION user_collation FROM "C";

-- corpus: line 221 accepted
ALTER PUBLICATION testpub5 ADD TABLE testpub_rf_tbl1 WHERE (b < '2' COLLATE user_collation);

-- corpus: line 223 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (NULLIF(1,2) = a);

-- corpus: line 225 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (a IS NULL);

-- corpus: line 226 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE ((a > 5) IS FALSE);

-- corpus: line 227 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (a IS DISTINCT FROM 5);

-- corpus: line 228 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE ((a, a + 1) < (2, 3));

-- corpus: line 230 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (b::varchar < '2');

-- corpus: line 232 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl4 WHERE (length(g) < 6);

-- corpus: line 234 accepted
CREATE TYPE rf_bug_status AS ENUM ('new', 'open', 'closed');

-- corpus: line 235 accepted
CREATE TABLE rf_bug (id serial, description text, status rf_bug_status);

-- corpus: line 236 accepted
CREATE PUBLICATION testpub6 FOR TABLE rf_bug WHERE (status = 'open') WITH (publish = 'insert');

-- corpus: line 237 accepted
DROP TABLE rf_bug;

-- corpus: line 238 accepted
DROP TYPE rf_bug_status;

-- corpus: line 240 accepted
CREATE PUBLICATION testpub6 FOR TABLE testpub_rf_tbl1 WHERE (a IN (SELECT generate_series(1,5)));

-- corpus: line 242 accepted
CREATE PUBLICATION testpub6 FOR TABLE testpub_rf_tbl1 WHERE ('(0,1)'::tid = ctid);

-- corpus: line 244 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl5 WHERE (a IS DOCUMENT);

-- corpus: line 245 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl5 WHERE (xmlexists('//foo[text() = ''bar'']' PASSING BY VALUE a));

-- corpus: line 246 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (NULLIF(1, 2) = a);

-- corpus: line 247 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (CASE a WHEN 5 THEN true ELSE false END);

-- corpus: line 248 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (COALESCE(b, 'foo') = 'foo');

-- corpus: line 249 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (GREATEST(a, 10) > 10);

-- corpus: line 250 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (a IN (2, 4, 6));

-- corpus: line 251 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (ARRAY[a] <@ ARRAY[2, 4, 6]);

-- corpus: line 252 accepted
ALTER PUBLICATION testpub5 SET TABLE testpub_rf_tbl1 WHERE (ROW(a, 2) IS NULL);

-- corpus: line 254 accepted
ALTER PUBLICATION testpub5 DROP TABLE testpub_rf_tbl1 WHERE (e < 27);

-- corpus: line 257 accepted
CREATE PUBLICATION testpub6 FOR TABLES IN SCHEMA testpub_rf_schema2;

-- corpus: line 259 accepted
ALTER PUBLICATION testpub6 SET TABLES IN SCHEMA testpub_rf_schema2, TABLE testpub_rf_schema2.testpub_rf_tbl6 WHERE (i < 99);

-- corpus: line 263 accepted
DROP TABLE testpub_rf_tbl1;

-- corpus: line 264 accepted
DROP TABLE testpub_rf_tbl2;

-- corpus: line 265 accepted
DROP TABLE testpub_rf_tbl3;

-- corpus: line 266 accepted
DROP TABLE testpub_rf_tbl4;

-- corpus: line 267 accepted
DROP TABLE testpub_rf_tbl5;

-- corpus: line 268 accepted
DROP TABLE testpub_rf_schema1.testpub_rf_tbl5;

-- corpus: line 269 accepted
DROP TABLE testpub_rf_schema2.testpub_rf_tbl6;

-- corpus: line 270 accepted
DROP SCHEMA testpub_rf_schema1;

-- corpus: line 271 accepted
DROP SCHEMA testpub_rf_schema2;

-- corpus: line 272 accepted
DROP PUBLICATION testpub5;

-- corpus: line 273 accepted
DROP PUBLICATION testpub6;

-- corpus: line 274 accepted
DROP OPERATOR =#>(integer, integer);

-- corpus: line 275 accepted
DROP FUNCTION testpub_rf_func1(integer, integer);

-- corpus: line 276 accepted
DROP FUNCTION testpub_rf_func2();

-- corpus: line 277 accepted
DROP COLLATION user_collation;

-- corpus: line 281 accepted
CREATE TABLE rf_tbl_abcd_nopk(a int, b int, c int, d int);

-- corpus: line 282 accepted
CREATE TABLE rf_tbl_abcd_pk(a int, b int, c int, d int, PRIMARY KEY(a,b));

-- corpus: line 283 accepted
CREATE TABLE rf_tbl_abcd_part_pk (a int PRIMARY KEY, b int) PARTITION by RANGE (a);

-- corpus: line 284 accepted
CREATE TABLE rf_tbl_abcd_part_pk_1 (b int, a int PRIMARY KEY);

-- corpus: line 285 accepted
ALTER TABLE rf_tbl_abcd_part_pk ATTACH PARTITION rf_tbl_abcd_part_pk_1 FOR VALUES FROM (1) TO (10);

-- corpus: line 290 accepted
CREATE PUBLICATION testpub6 FOR TABLE rf_tbl_abcd_pk WHERE (a > 99);

-- corpus: line 294 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (b > 99);

-- corpus: line 297 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (c > 99);

-- corpus: line 300 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (d > 99);

-- corpus: line 304 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk WHERE (a > 99);

-- corpus: line 309 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY FULL;

-- corpus: line 310 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY FULL;

-- corpus: line 311 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (c > 99);

-- corpus: line 314 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk WHERE (a > 99);

-- corpus: line 319 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY NOTHING;

-- corpus: line 320 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY NOTHING;

-- corpus: line 321 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (a > 99);

-- corpus: line 324 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (c > 99);

-- corpus: line 327 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk WHERE (a > 99);

-- corpus: line 332 accepted
ALTER TABLE rf_tbl_abcd_pk ALTER COLUMN c SET NOT NULL;

-- corpus: line 333 accepted
CREATE UNIQUE INDEX idx_abcd_pk_c ON rf_tbl_abcd_pk(c);

-- corpus: line 334 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY USING INDEX idx_abcd_pk_c;

-- corpus: line 335 accepted
ALTER TABLE rf_tbl_abcd_nopk ALTER COLUMN c SET NOT NULL;

-- corpus: line 336 accepted
CREATE UNIQUE INDEX idx_abcd_nopk_c ON rf_tbl_abcd_nopk(c);

-- corpus: line 337 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY USING INDEX idx_abcd_nopk_c;

-- corpus: line 338 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (a > 99);

-- corpus: line 341 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk WHERE (c > 99);

-- corpus: line 344 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk WHERE (a > 99);

-- corpus: line 347 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk WHERE (c > 99);

-- corpus: line 355 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 357 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk WHERE (a > 99);

-- corpus: line 359 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk_1 WHERE (a > 99);

-- corpus: line 364 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 366 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk WHERE (a > 99);

-- corpus: line 371 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 373 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk;

-- corpus: line 375 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 378 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk_1 WHERE (b > 99);

-- corpus: line 380 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 385 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 387 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk WHERE (b > 99);

-- corpus: line 391 accepted
DROP PUBLICATION testpub6;

-- corpus: line 392 accepted
DROP TABLE rf_tbl_abcd_pk;

-- corpus: line 393 accepted
DROP TABLE rf_tbl_abcd_nopk;

-- corpus: line 394 accepted
DROP TABLE rf_tbl_abcd_part_pk;

-- corpus: line 399 accepted
CREATE PUBLICATION testpub_dups FOR TABLE testpub_tbl1 (a), testpub_tbl1 WITH (publish = 'insert');

-- corpus: line 400 accepted
CREATE PUBLICATION testpub_dups FOR TABLE testpub_tbl1, testpub_tbl1 (a) WITH (publish = 'insert');

-- corpus: line 405 accepted
CREATE PUBLICATION testpub_fortable FOR TABLE testpub_tbl1;

-- corpus: line 406 accepted
CREATE PUBLICATION testpub_fortable_insert WITH (publish = 'insert');

-- corpus: line 408 accepted
CREATE TABLE testpub_tbl5 (a int PRIMARY KEY, b text, c text,
	d int generated always as (a + length(b)) stored);

-- corpus: line 411 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (a, x);

-- corpus: line 413 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (b, c);

-- corpus: line 415 accepted
ALTER PUBLICATION testpub_fortable DROP TABLE testpub_tbl5;

-- corpus: line 417 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (a, d);

-- corpus: line 419 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (a, ctid);

-- corpus: line 421 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (a, c);

-- corpus: line 422 accepted
ALTER TABLE testpub_tbl5 DROP COLUMN c;

-- corpus: line 424 accepted
ALTER PUBLICATION testpub_fortable_insert ADD TABLE testpub_tbl5 (b, c);

-- corpus: line 427 accepted
CREATE UNIQUE INDEX testpub_tbl5_b_key ON testpub_tbl5 (b, c);

-- corpus: line 428 accepted
ALTER TABLE testpub_tbl5 ALTER b SET NOT NULL, ALTER c SET NOT NULL;

-- corpus: line 429 accepted
ALTER TABLE testpub_tbl5 REPLICA IDENTITY USING INDEX testpub_tbl5_b_key;

-- corpus: line 432 accepted
ALTER PUBLICATION testpub_fortable DROP TABLE testpub_tbl5;

-- corpus: line 436 accepted
ALTER TABLE testpub_tbl5 REPLICA IDENTITY USING INDEX testpub_tbl5_b_key;

-- corpus: line 437 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl5 (a, c);

-- corpus: line 442 accepted
CREATE PUBLICATION testpub_table_ins WITH (publish = 'insert, truncate');

-- corpus: line 444 accepted
ALTER PUBLICATION testpub_table_ins ADD TABLE testpub_tbl5 (a);

-- corpus: line 448 accepted
CREATE TABLE testpub_tbl6 (a int, b text, c text);

-- corpus: line 449 accepted
ALTER TABLE testpub_tbl6 REPLICA IDENTITY FULL;

-- corpus: line 451 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl6 (a, b, c);

-- corpus: line 453 accepted
ALTER PUBLICATION testpub_fortable DROP TABLE testpub_tbl6;

-- corpus: line 455 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl6;

-- corpus: line 459 accepted
CREATE TABLE testpub_tbl7 (a int primary key, b text, c text);

-- corpus: line 460 accepted
ALTER PUBLICATION testpub_fortable ADD TABLE testpub_tbl7 (a, b);

-- corpus: line 463 accepted
ALTER PUBLICATION testpub_fortable SET TABLE testpub_tbl7 (a, b);

-- corpus: line 466 accepted
ALTER PUBLICATION testpub_fortable SET TABLE testpub_tbl7 (a, c);

-- corpus: line 471 accepted
CREATE TABLE testpub_tbl8 (a int, b text, c text) PARTITION BY HASH (a);

-- corpus: line 473 accepted
CREATE TABLE testpub_tbl8_0 PARTITION OF testpub_tbl8 FOR VALUES WITH (modulus 2, remainder 0);

-- corpus: line 474 accepted
ALTER TABLE testpub_tbl8_0 ADD PRIMARY KEY (a);

-- corpus: line 475 accepted
ALTER TABLE testpub_tbl8_0 REPLICA IDENTITY USING INDEX testpub_tbl8_0_pkey;

-- corpus: line 477 accepted
CREATE TABLE testpub_tbl8_1 PARTITION OF testpub_tbl8 FOR VALUES WITH (modulus 2, remainder 1);

-- corpus: line 478 accepted
ALTER TABLE testpub_tbl8_1 ADD PRIMARY KEY (b);

-- corpus: line 479 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY USING INDEX testpub_tbl8_1_pkey;

-- corpus: line 483 accepted
CREATE PUBLICATION testpub_col_list FOR TABLE testpub_tbl8 (a, b) WITH (publish_via_partition_root = 'true');

-- corpus: line 487 accepted
ALTER PUBLICATION testpub_col_list DROP TABLE testpub_tbl8;

-- corpus: line 488 accepted
ALTER PUBLICATION testpub_col_list ADD TABLE testpub_tbl8 (a, b);

-- corpus: line 492 accepted
ALTER PUBLICATION testpub_col_list DROP TABLE testpub_tbl8;

-- corpus: line 493 accepted
ALTER PUBLICATION testpub_col_list ADD TABLE testpub_tbl8 (a, c);

-- corpus: line 495 accepted
ALTER PUBLICATION testpub_col_list DROP TABLE testpub_tbl8;

-- corpus: line 498 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY FULL;

-- corpus: line 499 accepted
ALTER PUBLICATION testpub_col_list ADD TABLE testpub_tbl8 (a, c);

-- corpus: line 501 accepted
ALTER PUBLICATION testpub_col_list DROP TABLE testpub_tbl8;

-- corpus: line 504 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY USING INDEX testpub_tbl8_1_pkey;

-- corpus: line 505 accepted
ALTER PUBLICATION testpub_col_list ADD TABLE testpub_tbl8 (a, b);

-- corpus: line 508 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY FULL;

-- corpus: line 512 accepted
ALTER TABLE testpub_tbl8_1 DROP CONSTRAINT testpub_tbl8_1_pkey;

-- corpus: line 513 accepted
ALTER TABLE testpub_tbl8_1 ADD PRIMARY KEY (c);

-- corpus: line 514 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY USING INDEX testpub_tbl8_1_pkey;

-- corpus: line 517 accepted
DROP TABLE testpub_tbl8;

-- corpus: line 521 accepted
CREATE TABLE testpub_tbl8 (a int, b text, c text) PARTITION BY HASH (a);

-- corpus: line 522 accepted
ALTER PUBLICATION testpub_col_list ADD TABLE testpub_tbl8 (a, b);

-- corpus: line 524 accepted
CREATE TABLE testpub_tbl8_0 (a int, b text, c text);

-- corpus: line 525 accepted
ALTER TABLE testpub_tbl8_0 ADD PRIMARY KEY (a);

-- corpus: line 526 accepted
ALTER TABLE testpub_tbl8_0 REPLICA IDENTITY USING INDEX testpub_tbl8_0_pkey;

-- corpus: line 528 accepted
CREATE TABLE testpub_tbl8_1 (a int, b text, c text);

-- corpus: line 529 accepted
ALTER TABLE testpub_tbl8_1 ADD PRIMARY KEY (c);

-- corpus: line 530 accepted
ALTER TABLE testpub_tbl8_1 REPLICA IDENTITY USING INDEX testpub_tbl8_1_pkey;

-- corpus: line 533 accepted
ALTER TABLE testpub_tbl8 ATTACH PARTITION testpub_tbl8_0 FOR VALUES WITH (modulus 2, remainder 0);

-- corpus: line 535 accepted
ALTER TABLE testpub_tbl8 ATTACH PARTITION testpub_tbl8_1 FOR VALUES WITH (modulus 2, remainder 1);

-- corpus: line 540 accepted
ALTER TABLE testpub_tbl8_0 REPLICA IDENTITY FULL;

-- corpus: line 547 accepted
CREATE PUBLICATION testpub_tbl9 FOR TABLES IN SCHEMA public, TABLE public.testpub_tbl7(a);

-- corpus: line 549 accepted
CREATE PUBLICATION testpub_tbl9 FOR TABLES IN SCHEMA public;

-- corpus: line 552 accepted
ALTER PUBLICATION testpub_tbl9 ADD TABLE public.testpub_tbl7(a);

-- corpus: line 554 accepted
ALTER PUBLICATION testpub_tbl9 SET TABLE public.testpub_tbl7(a);

-- corpus: line 557 accepted
ALTER PUBLICATION testpub_tbl9 ADD TABLES IN SCHEMA public;

-- corpus: line 559 accepted
ALTER PUBLICATION testpub_tbl9 SET TABLES IN SCHEMA public, TABLE public.testpub_tbl7(a);

-- corpus: line 561 accepted
ALTER PUBLICATION testpub_tbl9 DROP TABLE public.testpub_tbl7;

-- corpus: line 563 accepted
ALTER PUBLICATION testpub_tbl9 ADD TABLES IN SCHEMA public, TABLE public.testpub_tbl7(a);

-- corpus: line 566 accepted
DROP TABLE testpub_tbl5, testpub_tbl6, testpub_tbl7, testpub_tbl8, testpub_tbl8_1;

-- corpus: line 567 accepted
DROP PUBLICATION testpub_table_ins, testpub_fortable, testpub_fortable_insert, testpub_col_list, testpub_tbl9;

-- corpus: line 572 accepted
CREATE PUBLICATION testpub_both_filters;

-- corpus: line 574 accepted
CREATE TABLE testpub_tbl_both_filters (a int, b int, c int, PRIMARY KEY (a,c));

-- corpus: line 575 accepted
ALTER TABLE testpub_tbl_both_filters REPLICA IDENTITY USING INDEX testpub_tbl_both_filters_pkey;

-- corpus: line 576 accepted
ALTER PUBLICATION testpub_both_filters ADD TABLE testpub_tbl_both_filters (a,c) WHERE (c != 1);

-- corpus: line 580 accepted
DROP TABLE testpub_tbl_both_filters;

-- corpus: line 581 accepted
DROP PUBLICATION testpub_both_filters;

-- corpus: line 585 accepted
CREATE TABLE rf_tbl_abcd_nopk(a int, b int, c int, d int);

-- corpus: line 586 accepted
CREATE TABLE rf_tbl_abcd_pk(a int, b int, c int, d int, PRIMARY KEY(a,b));

-- corpus: line 587 accepted
CREATE TABLE rf_tbl_abcd_part_pk (a int PRIMARY KEY, b int) PARTITION by RANGE (a);

-- corpus: line 588 accepted
CREATE TABLE rf_tbl_abcd_part_pk_1 (b int, a int PRIMARY KEY);

-- corpus: line 589 accepted
ALTER TABLE rf_tbl_abcd_part_pk ATTACH PARTITION rf_tbl_abcd_part_pk_1 FOR VALUES FROM (1) TO (10);

-- corpus: line 595 accepted
CREATE PUBLICATION testpub6 FOR TABLE rf_tbl_abcd_pk (a, b);

-- corpus: line 599 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (a, b, c);

-- corpus: line 602 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (a);

-- corpus: line 605 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (b);

-- corpus: line 610 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk (a);

-- corpus: line 616 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY FULL;

-- corpus: line 617 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY FULL;

-- corpus: line 618 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (c);

-- corpus: line 621 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk (a, b, c, d);

-- corpus: line 626 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY NOTHING;

-- corpus: line 627 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY NOTHING;

-- corpus: line 628 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (a);

-- corpus: line 632 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (a, b, c, d);

-- corpus: line 636 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk (d);

-- corpus: line 642 accepted
ALTER TABLE rf_tbl_abcd_pk ALTER COLUMN c SET NOT NULL;

-- corpus: line 643 accepted
CREATE UNIQUE INDEX idx_abcd_pk_c ON rf_tbl_abcd_pk(c);

-- corpus: line 644 accepted
ALTER TABLE rf_tbl_abcd_pk REPLICA IDENTITY USING INDEX idx_abcd_pk_c;

-- corpus: line 645 accepted
ALTER TABLE rf_tbl_abcd_nopk ALTER COLUMN c SET NOT NULL;

-- corpus: line 646 accepted
CREATE UNIQUE INDEX idx_abcd_nopk_c ON rf_tbl_abcd_nopk(c);

-- corpus: line 647 accepted
ALTER TABLE rf_tbl_abcd_nopk REPLICA IDENTITY USING INDEX idx_abcd_nopk_c;

-- corpus: line 648 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (a);

-- corpus: line 651 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_pk (c);

-- corpus: line 654 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk (a);

-- corpus: line 657 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_nopk (c);

-- corpus: line 665 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 667 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk (a);

-- corpus: line 669 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk_1 (a);

-- corpus: line 674 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 676 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk (a);

-- corpus: line 681 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 683 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk;

-- corpus: line 685 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 688 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk_1 (b);

-- corpus: line 690 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 695 accepted
ALTER PUBLICATION testpub6 SET (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 697 accepted
ALTER PUBLICATION testpub6 SET TABLE rf_tbl_abcd_part_pk (b);

-- corpus: line 701 accepted
DROP PUBLICATION testpub6;

-- corpus: line 702 accepted
DROP TABLE rf_tbl_abcd_pk;

-- corpus: line 703 accepted
DROP TABLE rf_tbl_abcd_nopk;

-- corpus: line 704 accepted
DROP TABLE rf_tbl_abcd_part_pk;

-- corpus: line 709 accepted
CREATE TABLE testpub_tbl4(a int);

-- corpus: line 712 accepted
CREATE PUBLICATION testpub_foralltables FOR ALL TABLES;

-- corpus: line 716 accepted
DROP PUBLICATION testpub_foralltables;

-- corpus: line 719 accepted
DROP TABLE testpub_tbl4;

-- corpus: line 722 accepted
CREATE PUBLICATION testpub_fortbl FOR TABLE testpub_view;

-- corpus: line 724 accepted
CREATE TEMPORARY TABLE testpub_temptbl(a int);

-- corpus: line 726 accepted
CREATE PUBLICATION testpub_fortemptbl FOR TABLE testpub_temptbl;

-- corpus: line 727 accepted
DROP TABLE testpub_temptbl;

-- corpus: line 729 accepted
CREATE UNLOGGED TABLE testpub_unloggedtbl(a int);

-- corpus: line 731 accepted
CREATE PUBLICATION testpub_forunloggedtbl FOR TABLE testpub_unloggedtbl;

-- corpus: line 732 accepted
DROP TABLE testpub_unloggedtbl;

-- corpus: line 735 accepted
CREATE PUBLICATION testpub_forsystemtbl FOR TABLE pg_publication;

-- corpus: line 738 accepted
CREATE PUBLICATION testpub_fortbl FOR TABLE testpub_tbl1, pub_test.testpub_nopk;

-- corpus: line 741 accepted
ALTER PUBLICATION testpub_fortbl ADD TABLE testpub_tbl1;

-- corpus: line 743 accepted
CREATE PUBLICATION testpub_fortbl FOR TABLE testpub_tbl1;

-- corpus: line 748 accepted
ALTER PUBLICATION testpub_default ADD TABLE testpub_view;

-- corpus: line 750 accepted
ALTER PUBLICATION testpub_default ADD TABLE testpub_tbl1;

-- corpus: line 751 accepted
ALTER PUBLICATION testpub_default SET TABLE testpub_tbl1;

-- corpus: line 752 accepted
ALTER PUBLICATION testpub_default ADD TABLE pub_test.testpub_nopk;

-- corpus: line 754 accepted
ALTER PUBLICATION testpib_ins_trunct ADD TABLE pub_test.testpub_nopk, testpub_tbl1;

-- corpus: line 760 accepted
ALTER PUBLICATION testpub_default DROP TABLE testpub_tbl1, pub_test.testpub_nopk;

-- corpus: line 762 accepted
ALTER PUBLICATION testpub_default DROP TABLE pub_test.testpub_nopk;

-- corpus: line 768 accepted
CREATE TABLE pub_test.testpub_addpk (id int not null, data int);

-- corpus: line 769 accepted
ALTER PUBLICATION testpub_default ADD TABLE pub_test.testpub_addpk;

-- corpus: line 771 accepted
CREATE UNIQUE INDEX testpub_addpk_id_idx ON pub_test.testpub_addpk(id);

-- corpus: line 774 accepted
ALTER TABLE pub_test.testpub_addpk ADD PRIMARY KEY USING INDEX testpub_addpk_id_idx;

-- corpus: line 777 accepted
DROP TABLE pub_test.testpub_addpk;

-- corpus: line 781 accepted
CREATE PUBLICATION testpub2;

-- corpus: line 784 accepted
GRANT CREATE ON DATABASE regression TO regress_publication_user2;

-- corpus: line 787 accepted
CREATE PUBLICATION testpub2;

-- corpus: line 788 accepted
CREATE PUBLICATION testpub3 FOR TABLES IN SCHEMA pub_test;

-- corpus: line 789 accepted
CREATE PUBLICATION testpub3;

-- corpus: line 792 accepted
ALTER PUBLICATION testpub2 ADD TABLE testpub_tbl1;

-- corpus: line 793 accepted
ALTER PUBLICATION testpub3 ADD TABLES IN SCHEMA pub_test;

-- corpus: line 796 accepted
GRANT regress_publication_user TO regress_publication_user2;

-- corpus: line 798 accepted
ALTER PUBLICATION testpub2 ADD TABLE testpub_tbl1;

-- corpus: line 800 accepted
DROP PUBLICATION testpub2;

-- corpus: line 801 accepted
DROP PUBLICATION testpub3;

-- corpus: line 804 accepted
CREATE ROLE regress_publication_user3;

-- corpus: line 805 accepted
GRANT regress_publication_user2 TO regress_publication_user3;

-- corpus: line 807 accepted
CREATE PUBLICATION testpub4 FOR TABLES IN SCHEMA pub_test;

-- corpus: line 809 accepted
ALTER PUBLICATION testpub4 OWNER TO regress_publication_user3;

-- corpus: line 812 accepted
ALTER PUBLICATION testpub4 owner to regress_publication_user2;

-- corpus: line 813 accepted
ALTER PUBLICATION testpub4 owner to regress_publication_user;

-- corpus: line 816 accepted
DROP PUBLICATION testpub4;

-- corpus: line 817 accepted
DROP ROLE regress_publication_user3;

-- corpus: line 819 accepted
REVOKE CREATE ON DATABASE regression FROM regress_publication_user2;

-- corpus: line 821 accepted
DROP TABLE testpub_parted;

-- corpus: line 822 accepted
DROP TABLE testpub_tbl1;

-- corpus: line 828 accepted
ALTER PUBLICATION testpub_default RENAME TO testpub_dummy;

-- corpus: line 831 accepted
ALTER PUBLICATION testpub_default RENAME TO testpub_foo;

-- corpus: line 836 accepted
ALTER PUBLICATION testpub_foo RENAME TO testpub_default;

-- corpus: line 838 accepted
ALTER PUBLICATION testpub_default OWNER TO regress_publication_user2;

-- corpus: line 843 accepted
CREATE SCHEMA pub_test1;

-- corpus: line 844 accepted
CREATE SCHEMA pub_test2;

-- corpus: line 845 accepted
CREATE SCHEMA pub_test3;

-- corpus: line 846 accepted
CREATE SCHEMA "CURRENT_SCHEMA";

-- corpus: line 847 accepted
CREATE TABLE pub_test1.tbl (id int, data text);

-- corpus: line 848 accepted
CREATE TABLE pub_test1.tbl1 (id serial primary key, data text);

-- corpus: line 849 accepted
CREATE TABLE pub_test2.tbl1 (id serial primary key, data text);

-- corpus: line 850 accepted
CREATE TABLE "CURRENT_SCHEMA"."CURRENT_SCHEMA"(id int);

-- corpus: line 854 accepted
CREATE PUBLICATION testpub1_forschema FOR TABLES IN SCHEMA pub_test1;

-- corpus: line 857 accepted
CREATE PUBLICATION testpub2_forschema FOR TABLES IN SCHEMA pub_test1, pub_test2, pub_test3;

-- corpus: line 861 accepted
CREATE PUBLICATION testpub3_forschema FOR TABLES IN SCHEMA CURRENT_SCHEMA;

-- corpus: line 862 accepted
CREATE PUBLICATION testpub4_forschema FOR TABLES IN SCHEMA "CURRENT_SCHEMA";

-- corpus: line 863 accepted
CREATE PUBLICATION testpub5_forschema FOR TABLES IN SCHEMA CURRENT_SCHEMA, "CURRENT_SCHEMA";

-- corpus: line 864 accepted
CREATE PUBLICATION testpub6_forschema FOR TABLES IN SCHEMA "CURRENT_SCHEMA", CURRENT_SCHEMA;

-- corpus: line 865 accepted
CREATE PUBLICATION testpub_fortable FOR TABLE "CURRENT_SCHEMA"."CURRENT_SCHEMA";

-- corpus: line 877 accepted
CREATE PUBLICATION testpub_forschema FOR TABLES IN SCHEMA CURRENT_SCHEMA;

-- corpus: line 882 rejected 42601 invalid publication object list
CREATE PUBLICATION testpub_forschema1 FOR CURRENT_SCHEMA;

-- corpus: line 885 rejected 42601 syntax error at or near "CURRENT_SCHEMA"
CREATE PUBLICATION testpub_forschema1 FOR TABLE CURRENT_SCHEMA;

-- corpus: line 888 accepted
CREATE PUBLICATION testpub_forschema FOR TABLES IN SCHEMA non_existent_schema;

-- corpus: line 891 accepted
CREATE PUBLICATION testpub_forschema FOR TABLES IN SCHEMA pg_catalog;

-- corpus: line 894 accepted
CREATE PUBLICATION testpub1_forschema1 FOR TABLES IN SCHEMA testpub_view;

-- corpus: line 897 accepted
DROP SCHEMA pub_test3;

-- corpus: line 901 accepted
ALTER SCHEMA pub_test1 RENAME to pub_test1_renamed;

-- corpus: line 904 accepted
ALTER SCHEMA pub_test1_renamed RENAME to pub_test1;

-- corpus: line 908 accepted
ALTER PUBLICATION testpub1_forschema ADD TABLES IN SCHEMA pub_test2;

-- corpus: line 912 accepted
ALTER PUBLICATION testpub1_forschema ADD TABLES IN SCHEMA non_existent_schema;

-- corpus: line 916 accepted
ALTER PUBLICATION testpub1_forschema ADD TABLES IN SCHEMA pub_test1;

-- corpus: line 920 accepted
ALTER PUBLICATION testpub1_forschema DROP TABLES IN SCHEMA pub_test2;

-- corpus: line 924 accepted
ALTER PUBLICATION testpub1_forschema DROP TABLES IN SCHEMA pub_test2;

-- corpus: line 928 accepted
ALTER PUBLICATION testpub1_forschema DROP TABLES IN SCHEMA non_existent_schema;

-- corpus: line 932 accepted
ALTER PUBLICATION testpub1_forschema DROP TABLES IN SCHEMA pub_test1;

-- corpus: line 936 accepted
ALTER PUBLICATION testpub1_forschema SET TABLES IN SCHEMA pub_test1, pub_test2;

-- corpus: line 940 accepted
ALTER PUBLICATION testpub1_forschema SET TABLES IN SCHEMA non_existent_schema;

-- corpus: line 945 accepted
ALTER PUBLICATION testpub1_forschema SET TABLES IN SCHEMA pub_test1, pub_test1;

-- corpus: line 949 rejected 42601 syntax error at or near "("
ALTER PUBLICATION testpub1_forschema ADD TABLES IN SCHEMA foo (a, b);

-- corpus: line 950 rejected 42601 column specification not allowed for schema
ALTER PUBLICATION testpub1_forschema ADD TABLES IN SCHEMA foo, bar (a, b);

-- corpus: line 953 accepted
ALTER PUBLICATION testpub2_forschema DROP TABLES IN SCHEMA pub_test1;

-- corpus: line 954 accepted
DROP PUBLICATION testpub3_forschema, testpub4_forschema, testpub5_forschema, testpub6_forschema, testpub_fortable;

-- corpus: line 955 accepted
DROP SCHEMA "CURRENT_SCHEMA" CASCADE;

-- corpus: line 966 accepted
ALTER PUBLICATION testpub1_forschema DROP TABLES IN SCHEMA pub_test1;

-- corpus: line 970 accepted
ALTER PUBLICATION testpub1_forschema SET TABLES IN SCHEMA pub_test1;

-- corpus: line 977 accepted
CREATE SCHEMA pub_testpart1;

-- corpus: line 978 accepted
CREATE SCHEMA pub_testpart2;

-- corpus: line 980 accepted
CREATE TABLE pub_testpart1.parent1 (a int) partition by list (a);

-- corpus: line 981 accepted
CREATE TABLE pub_testpart2.child_parent1 partition of pub_testpart1.parent1 for values in (1);

-- corpus: line 985 accepted
CREATE PUBLICATION testpubpart_forschema FOR TABLES IN SCHEMA pub_testpart1;

-- corpus: line 992 accepted
DROP PUBLICATION testpubpart_forschema;

-- corpus: line 996 accepted
CREATE TABLE pub_testpart2.parent2 (a int) partition by list (a);

-- corpus: line 997 accepted
CREATE TABLE pub_testpart1.child_parent2 partition of pub_testpart2.parent2 for values in (1);

-- corpus: line 1001 accepted
CREATE PUBLICATION testpubpart_forschema FOR TABLES IN SCHEMA pub_testpart2;

-- corpus: line 1011 accepted
CREATE PUBLICATION testpub3_forschema;

-- corpus: line 1014 accepted
ALTER PUBLICATION testpub3_forschema SET TABLES IN SCHEMA pub_test1;

-- corpus: line 1019 accepted
CREATE PUBLICATION testpub_forschema_fortable FOR TABLES IN SCHEMA pub_test1, TABLE pub_test2.tbl1;

-- corpus: line 1020 accepted
CREATE PUBLICATION testpub_fortable_forschema FOR TABLE pub_test2.tbl1, TABLES IN SCHEMA pub_test1;

-- corpus: line 1028 rejected 42601 invalid publication object list
CREATE PUBLICATION testpub_error FOR pub_test2.tbl1;

-- corpus: line 1030 accepted
DROP VIEW testpub_view;

-- corpus: line 1032 accepted
DROP PUBLICATION testpub_default;

-- corpus: line 1033 accepted
DROP PUBLICATION testpib_ins_trunct;

-- corpus: line 1034 accepted
DROP PUBLICATION testpub_fortbl;

-- corpus: line 1035 accepted
DROP PUBLICATION testpub1_forschema;

-- corpus: line 1036 accepted
DROP PUBLICATION testpub2_forschema;

-- corpus: line 1037 accepted
DROP PUBLICATION testpub3_forschema;

-- corpus: line 1038 accepted
DROP PUBLICATION testpub_forschema_fortable;

-- corpus: line 1039 accepted
DROP PUBLICATION testpub_fortable_forschema;

-- corpus: line 1040 accepted
DROP PUBLICATION testpubpart_forschema;

-- corpus: line 1042 accepted
DROP SCHEMA pub_test CASCADE;

-- corpus: line 1043 accepted
DROP SCHEMA pub_test1 CASCADE;

-- corpus: line 1044 accepted
DROP SCHEMA pub_test2 CASCADE;

-- corpus: line 1045 accepted
DROP SCHEMA pub_testpart1 CASCADE;

-- corpus: line 1046 accepted
DROP SCHEMA pub_testpart2 CASCADE;

-- corpus: line 1051 accepted
CREATE SCHEMA sch1;

-- corpus: line 1052 accepted
CREATE SCHEMA sch2;

-- corpus: line 1053 accepted
CREATE TABLE sch1.tbl1 (a int) PARTITION BY RANGE(a);

-- corpus: line 1054 accepted
CREATE TABLE sch2.tbl1_part1 PARTITION OF sch1.tbl1 FOR VALUES FROM (1) to (10);

-- corpus: line 1056 accepted
CREATE PUBLICATION pub FOR TABLES IN SCHEMA sch2 WITH (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 1059 accepted
DROP PUBLICATION pub;

-- corpus: line 1061 accepted
CREATE PUBLICATION pub FOR TABLE sch2.tbl1_part1 WITH (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 1065 accepted
ALTER PUBLICATION pub ADD TABLE sch1.tbl1;

-- corpus: line 1068 accepted
DROP PUBLICATION pub;

-- corpus: line 1070 accepted
CREATE PUBLICATION pub FOR TABLES IN SCHEMA sch2 WITH (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 1073 accepted
DROP PUBLICATION pub;

-- corpus: line 1075 accepted
CREATE PUBLICATION pub FOR TABLE sch2.tbl1_part1 WITH (PUBLISH_VIA_PARTITION_ROOT=0);

-- corpus: line 1079 accepted
ALTER PUBLICATION pub ADD TABLE sch1.tbl1;

-- corpus: line 1082 accepted
DROP PUBLICATION pub;

-- corpus: line 1083 accepted
DROP TABLE sch2.tbl1_part1;

-- corpus: line 1084 accepted
DROP TABLE sch1.tbl1;

-- corpus: line 1086 accepted
CREATE TABLE sch1.tbl1 (a int) PARTITION BY RANGE(a);

-- corpus: line 1087 accepted
CREATE TABLE sch1.tbl1_part1 PARTITION OF sch1.tbl1 FOR VALUES FROM (1) to (10);

-- corpus: line 1088 accepted
CREATE TABLE sch1.tbl1_part2 PARTITION OF sch1.tbl1 FOR VALUES FROM (10) to (20);

-- corpus: line 1089 accepted
CREATE TABLE sch1.tbl1_part3 (a int) PARTITION BY RANGE(a);

-- corpus: line 1090 accepted
ALTER TABLE sch1.tbl1 ATTACH PARTITION sch1.tbl1_part3 FOR VALUES FROM (20) to (30);

-- corpus: line 1091 accepted
CREATE PUBLICATION pub FOR TABLES IN SCHEMA sch1 WITH (PUBLISH_VIA_PARTITION_ROOT=1);

-- corpus: line 1095 accepted
DROP PUBLICATION pub;

-- corpus: line 1096 accepted
DROP TABLE sch1.tbl1;

-- corpus: line 1097 accepted
DROP SCHEMA sch1 cascade;

-- corpus: line 1098 accepted
DROP SCHEMA sch2 cascade;

-- corpus: line 1101 accepted
DROP ROLE regress_publication_user, regress_publication_user2;

-- corpus: line 1102 accepted
DROP ROLE regress_publication_user_dummy;
