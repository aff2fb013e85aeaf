-- corpus: line 19 accepted
DROP ROLE IF EXISTS regress_alter_generic_user1;

-- corpus: line 20 accepted
DROP ROLE IF EXISTS regress_alter_generic_user2;

-- corpus: line 21 accepted
DROP ROLE IF EXISTS regress_alter_generic_user3;

-- corpus: line 25 accepted
CREATE USER regress_alter_generic_user3;

-- corpus: line 26 accepted
CREATE USER regress_alter_generic_user2;

-- corpus: line 27 accepted
CREATE USER regress_alter_generic_user1 IN ROLE regress_alter_generic_user3;

-- corpus: line 29 accepted
CREATE SCHEMA alt_nsp1;

-- corpus: line 30 accepted
CREATE SCHEMA alt_nsp2;

-- corpus: line 32 accepted
GRANT ALL ON SCHEMA alt_nsp1, alt_nsp2 TO public;

-- corpus: line 40 accepted
CREATE FUNCTION alt_func1(int) RETURNS int LANGUAGE sql
  AS 'SELECT $1 + 1';

-- corpus: line 42 accepted
CREATE FUNCTION alt_func2(int) RETURNS int LANGUAGE sql
  AS 'SELECT $1 - 1';

-- corpus: line 44 accepted
CREATE AGGREGATE alt_agg1 (
  sfunc1 = int4pl, basetype = int4, stype1 = int4, initcond = 0
);

-- corpus: line 47 accepted
CREATE AGGREGATE alt_agg2 (
  sfunc1 = int4mi, basetype = int4, stype1 = int4, initcond = 0
);

-- corpus: line 50 accepted
ALTER AGGREGATE alt_func1(int) RENAME TO alt_func3;

-- corpus: line 51 accepted
ALTER AGGREGATE alt_func1(int) OWNER TO regress_alter_generic_user3;

-- corpus: line 52 accepted
ALTER AGGREGATE alt_func1(int) SET SCHEMA alt_nsp2;

-- corpus: line 54 accepted
ALTER FUNCTION alt_func1(int) RENAME TO alt_func2;

-- corpus: line 55 accepted
ALTER FUNCTION alt_func1(int) RENAME TO alt_func3;

-- corpus: line 56 accepted
ALTER FUNCTION alt_func2(int) OWNER TO regress_alter_generic_user2;

-- corpus: line 57 accepted
ALTER FUNCTION alt_func2(int) OWNER TO regress_alter_generic_user3;

-- corpus: line 58 accepted
ALTER FUNCTION alt_func2(int) SET SCHEMA alt_nsp1;

-- corpus: line 59 accepted
ALTER FUNCTION alt_func2(int) SET SCHEMA alt_nsp2;

-- corpus: line 61 accepted
ALTER AGGREGATE alt_agg1(int) RENAME TO alt_agg2;

-- corpus: line 62 accepted
ALTER AGGREGATE alt_agg1(int) RENAME TO alt_agg3;

-- corpus: line 63 accepted
ALTER AGGREGATE alt_agg2(int) OWNER TO regress_alter_generic_user2;

-- corpus: line 64 accepted
ALTER AGGREGATE alt_agg2(int) OWNER TO regress_alter_generic_user3;

-- corpus: line 65 accepted
ALTER AGGREGATE alt_agg2(int) SET SCHEMA alt_nsp2;

-- corpus: line 68 accepted
CREATE FUNCTION alt_func1(int) RETURNS int LANGUAGE sql
  AS 'SELECT $1 + 2';

-- corpus: line 70 accepted
CREATE FUNCTION alt_func2(int) RETURNS int LANGUAGE sql
  AS 'SELECT $1 - 2';

-- corpus: line 72 accepted
CREATE AGGREGATE alt_agg1 (
  sfunc1 = int4pl, basetype = int4, stype1 = int4, initcond = 100
);

-- corpus: line 75 accepted
CREATE AGGREGATE alt_agg2 (
  sfunc1 = int4mi, basetype = int4, stype1 = int4, initcond = -100
);

-- corpus: line 79 accepted
ALTER FUNCTION alt_func3(int) RENAME TO alt_func4;

-- corpus: line 80 accepted
ALTER FUNCTION alt_func1(int) RENAME TO alt_func4;

-- corpus: line 81 accepted
ALTER FUNCTION alt_func3(int) OWNER TO regress_alter_generic_user2;

-- corpus: line 82 accepted
ALTER FUNCTION alt_func2(int) OWNER TO regress_alter_generic_user3;

-- corpus: line 83 accepted
ALTER FUNCTION alt_func3(int) SET SCHEMA alt_nsp2;

-- corpus: line 84 accepted
ALTER FUNCTION alt_func2(int) SET SCHEMA alt_nsp2;

-- corpus: line 86 accepted
ALTER AGGREGATE alt_agg3(int) RENAME TO alt_agg4;

-- corpus: line 87 accepted
ALTER AGGREGATE alt_agg1(int) RENAME TO alt_agg4;

-- corpus: line 88 accepted
ALTER AGGREGATE alt_agg3(int) OWNER TO regress_alter_generic_user2;

-- corpus: line 89 accepted
ALTER AGGREGATE alt_agg2(int) OWNER TO regress_alter_generic_user3;

-- corpus: line 90 accepted
ALTER AGGREGATE alt_agg3(int) SET SCHEMA alt_nsp2;

-- corpus: line 91 accepted
ALTER AGGREGATE alt_agg2(int) SET SCHEMA alt_nsp2;

-- corpus: line 110 accepted
CREATE CONVERSION alt_conv1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 111 accepted
CREATE CONVERSION alt_conv2 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 113 accepted
ALTER CONVERSION alt_conv1 RENAME TO alt_conv2;

-- corpus: line 114 accepted
ALTER CONVERSION alt_conv1 RENAME TO alt_conv3;

-- corpus: line 115 accepted
ALTER CONVERSION alt_conv2 OWNER TO regress_alter_generic_user2;

-- corpus: line 116 accepted
ALTER CONVERSION alt_conv2 OWNER TO regress_alter_generic_user3;

-- corpus: line 117 accepted
ALTER CONVERSION alt_conv2 SET SCHEMA alt_nsp2;

-- corpus: line 120 accepted
CREATE CONVERSION alt_conv1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 121 accepted
CREATE CONVERSION alt_conv2 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 123 accepted
ALTER CONVERSION alt_conv3 RENAME TO alt_conv4;

-- corpus: line 124 accepted
ALTER CONVERSION alt_conv1 RENAME TO alt_conv4;

-- corpus: line 125 accepted
ALTER CONVERSION alt_conv3 OWNER TO regress_alter_generic_user2;

-- corpus: line 126 accepted
ALTER CONVERSION alt_conv2 OWNER TO regress_alter_generic_user3;

-- corpus: line 127 accepted
ALTER CONVERSION alt_conv3 SET SCHEMA alt_nsp2;

-- corpus: line 128 accepted
ALTER CONVERSION alt_conv2 SET SCHEMA alt_nsp2;

-- corpus: line 141 accepted
CREATE FOREIGN DATA WRAPPER alt_fdw1;

-- corpus: line 142 accepted
CREATE FOREIGN DATA WRAPPER alt_fdw2;

-- corpus: line 144 accepted
CREATE SERVER alt_fserv1 FOREIGN DATA WRAPPER alt_fdw1;

-- corpus: line 145 accepted
CREATE SERVER alt_fserv2 FOREIGN DATA WRAPPER alt_fdw2;

-- corpus: line 147 accepted
ALTER FOREIGN DATA WRAPPER alt_fdw1 RENAME TO alt_fdw2;

-- corpus: line 148 accepted
ALTER FOREIGN DATA WRAPPER alt_fdw1 RENAME TO alt_fdw3;

-- corpus: line 150 accepted
ALTER SERVER alt_fserv1 RENAME TO alt_fserv2;

-- corpus: line 151 accepted
ALTER SERVER alt_fserv1 RENAME TO alt_fserv3;

-- corpus: line 159 accepted
CREATE LANGUAGE alt_lang1 HANDLER plpgsql_call_handler;

-- corpus: line 160 accepted
CREATE LANGUAGE alt_lang2 HANDLER plpgsql_call_handler;

-- corpus: line 162 accepted
ALTER LANGUAGE alt_lang1 OWNER TO regress_alter_generic_user1;

-- corpus: line 163 accepted
ALTER LANGUAGE alt_lang2 OWNER TO regress_alter_generic_user2;

-- corpus: line 166 accepted
ALTER LANGUAGE alt_lang1 RENAME TO alt_lang2;

-- corpus: line 167 accepted
ALTER LANGUAGE alt_lang2 RENAME TO alt_lang3;

-- corpus: line 168 accepted
ALTER LANGUAGE alt_lang1 RENAME TO alt_lang3;

-- corpus: line 170 accepted
ALTER LANGUAGE alt_lang2 OWNER TO regress_alter_generic_user3;

-- corpus: line 171 accepted
ALTER LANGUAGE alt_lang3 OWNER TO regress_alter_generic_user2;

-- corpus: line 172 accepted
ALTER LANGUAGE alt_lang3 OWNER TO regress_alter_generic_user3;

-- corpus: line 185 accepted
CREATE OPERATOR @-@ ( leftarg = int4, rightarg = int4, procedure = int4mi );

-- corpus: line 186 accepted
CREATE OPERATOR @+@ ( leftarg = int4, rightarg = int4, procedure = int4pl );

-- corpus: line 188 accepted
ALTER OPERATOR @+@(int4, int4) OWNER TO regress_alter_generic_user2;

-- corpus: line 189 accepted
ALTER OPERATOR @+@(int4, int4) OWNER TO regress_alter_generic_user3;

-- corpus: line 190 accepted
ALTER OPERATOR @-@(int4, int4) SET SCHEMA alt_nsp2;

-- corpus: line 194 accepted
CREATE OPERATOR @-@ ( leftarg = int4, rightarg = int4, procedure = int4mi );

-- corpus: line 196 accepted
ALTER OPERATOR @+@(int4, int4) OWNER TO regress_alter_generic_user2;

-- corpus: line 197 accepted
ALTER OPERATOR @-@(int4, int4) OWNER TO regress_alter_generic_user3;

-- corpus: line 198 accepted
ALTER OPERATOR @+@(int4, int4) SET SCHEMA alt_nsp2;

-- corpus: line 214 accepted
CREATE OPERATOR FAMILY alt_opf1 USING hash;

-- corpus: line 215 accepted
CREATE OPERATOR FAMILY alt_opf2 USING hash;

-- corpus: line 216 accepted
ALTER OPERATOR FAMILY alt_opf1 USING hash OWNER TO regress_alter_generic_user1;

-- corpus: line 217 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash OWNER TO regress_alter_generic_user1;

-- corpus: line 219 accepted
CREATE OPERATOR CLASS alt_opc1 FOR TYPE uuid USING hash AS STORAGE uuid;

-- corpus: line 220 accepted
CREATE OPERATOR CLASS alt_opc2 FOR TYPE uuid USING hash AS STORAGE uuid;

-- corpus: line 221 accepted
ALTER OPERATOR CLASS alt_opc1 USING hash OWNER TO regress_alter_generic_user1;

-- corpus: line 222 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash OWNER TO regress_alter_generic_user1;

-- corpus: line 226 accepted
ALTER OPERATOR FAMILY alt_opf1 USING hash RENAME TO alt_opf2;

-- corpus: line 227 accepted
ALTER OPERATOR FAMILY alt_opf1 USING hash RENAME TO alt_opf3;

-- corpus: line 228 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 229 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash OWNER TO regress_alter_generic_user3;

-- corpus: line 230 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 232 accepted
ALTER OPERATOR CLASS alt_opc1 USING hash RENAME TO alt_opc2;

-- corpus: line 233 accepted
ALTER OPERATOR CLASS alt_opc1 USING hash RENAME TO alt_opc3;

-- corpus: line 234 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 235 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash OWNER TO regress_alter_generic_user3;

-- corpus: line 236 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 240 accepted
CREATE OPERATOR FAMILY alt_opf1 USING hash;

-- corpus: line 241 accepted
CREATE OPERATOR FAMILY alt_opf2 USING hash;

-- corpus: line 242 accepted
ALTER OPERATOR FAMILY alt_opf1 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 243 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 245 accepted
CREATE OPERATOR CLASS alt_opc1 FOR TYPE macaddr USING hash AS STORAGE macaddr;

-- corpus: line 246 accepted
CREATE OPERATOR CLASS alt_opc2 FOR TYPE macaddr USING hash AS STORAGE macaddr;

-- corpus: line 247 accepted
ALTER OPERATOR CLASS alt_opc1 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 248 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 252 accepted
ALTER OPERATOR FAMILY alt_opf3 USING hash RENAME TO alt_opf4;

-- corpus: line 253 accepted
ALTER OPERATOR FAMILY alt_opf1 USING hash RENAME TO alt_opf4;

-- corpus: line 254 accepted
ALTER OPERATOR FAMILY alt_opf3 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 255 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash OWNER TO regress_alter_generic_user3;

-- corpus: line 256 accepted
ALTER OPERATOR FAMILY alt_opf3 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 257 accepted
ALTER OPERATOR FAMILY alt_opf2 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 259 accepted
ALTER OPERATOR CLASS alt_opc3 USING hash RENAME TO alt_opc4;

-- corpus: line 260 accepted
ALTER OPERATOR CLASS alt_opc1 USING hash RENAME TO alt_opc4;

-- corpus: line 261 accepted
ALTER OPERATOR CLASS alt_opc3 USING hash OWNER TO regress_alter_generic_user2;

-- corpus: line 262 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash OWNER TO regress_alter_generic_user3;

-- corpus: line 263 accepted
ALTER OPERATOR CLASS alt_opc3 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 264 accepted
ALTER OPERATOR CLASS alt_opc2 USING hash SET SCHEMA alt_nsp2;

-- corpus: line 285 accepted
CREATE OPERATOR FAMILY alt_opf4 USING btree;

-- corpus: line 286 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD
  -- int4 vs int2
  OPERATOR 1 < (int4, int2) ,
  OPERATOR 2 <= (int4, int2) ,
  OPERATOR 3 = (int4, int2) ,
  OPERATOR 4 >= (int4, int2) ,
  OPERATOR 5 > (int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 295 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree DROP
  -- int4 vs int2
  OPERATOR 1 (int4, int2) ,
  OPERATOR 2 (int4, int2) ,
  OPERATOR 3 (int4, int2) ,
  OPERATOR 4 (int4, int2) ,
  OPERATOR 5 (int4, int2) ,
  FUNCTION 1 (int4, int2) ;

-- corpus: line 303 accepted
DROP OPERATOR FAMILY alt_opf4 USING btree;

-- corpus: line 307 accepted
CREATE OPERATOR FAMILY alt_opf4 USING btree;

-- corpus: line 308 accepted
ALTER OPERATOR FAMILY alt_opf4 USING invalid_index_method ADD  OPERATOR 1 < (int4, int2);

-- corpus: line 309 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD OPERATOR 6 < (int4, int2);

-- corpus: line 310 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD OPERATOR 0 < (int4, int2);

-- corpus: line 311 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD OPERATOR 1 < ;

-- corpus: line 312 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD FUNCTION 0 btint42cmp(int4, int2);

-- corpus: line 313 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD FUNCTION 6 btint42cmp(int4, int2);

-- corpus: line 314 accepted
ALTER OPERATOR FAMILY alt_opf4 USING btree ADD STORAGE invalid_storage;

-- corpus: line 315 accepted
DROP OPERATOR FAMILY alt_opf4 USING btree;

-- corpus: line 319 accepted
CREATE ROLE regress_alter_generic_user5 NOSUPERUSER;

-- corpus: line 320 accepted
CREATE OPERATOR FAMILY alt_opf5 USING btree;

-- corpus: line 322 accepted
ALTER OPERATOR FAMILY alt_opf5 USING btree ADD OPERATOR 1 < (int4, int2), FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 324 accepted
DROP OPERATOR FAMILY alt_opf5 USING btree;

-- corpus: line 329 accepted
CREATE ROLE regress_alter_generic_user6;

-- corpus: line 330 accepted
CREATE SCHEMA alt_nsp6;

-- corpus: line 331 accepted
REVOKE ALL ON SCHEMA alt_nsp6 FROM regress_alter_generic_user6;

-- corpus: line 332 accepted
CREATE OPERATOR FAMILY alt_nsp6.alt_opf6 USING btree;

-- corpus: line 334 accepted
ALTER OPERATOR FAMILY alt_nsp6.alt_opf6 USING btree ADD OPERATOR 1 < (int4, int2);

-- corpus: line 338 accepted
CREATE OPERATOR FAMILY alt_opf7 USING btree;

-- corpus: line 339 accepted
ALTER OPERATOR FAMILY alt_opf7 USING btree ADD OPERATOR 1 < (int4, int2);

-- corpus: line 340 accepted
ALTER OPERATOR FAMILY alt_opf7 USING btree DROP OPERATOR 1 (int4, int2, int8);

-- corpus: line 341 accepted
DROP OPERATOR FAMILY alt_opf7 USING btree;

-- corpus: line 345 accepted
CREATE OPERATOR FAMILY alt_opf8 USING btree;

-- corpus: line 346 accepted
ALTER OPERATOR FAMILY alt_opf8 USING btree ADD OPERATOR 1 < (int4, int4);

-- corpus: line 347 accepted
DROP OPERATOR FAMILY alt_opf8 USING btree;

-- corpus: line 350 accepted
CREATE OPERATOR FAMILY alt_opf9 USING gist;

-- corpus: line 351 accepted
ALTER OPERATOR FAMILY alt_opf9 USING gist ADD OPERATOR 1 < (int4, int4) FOR ORDER BY float_ops;

-- corpus: line 352 accepted
DROP OPERATOR FAMILY alt_opf9 USING gist;

-- corpus: line 355 accepted
CREATE OPERATOR FAMILY alt_opf10 USING btree;

-- corpus: line 356 accepted
ALTER OPERATOR FAMILY alt_opf10 USING btree ADD OPERATOR 1 < (int4, int4) FOR ORDER BY float_ops;

-- corpus: line 357 accepted
DROP OPERATOR FAMILY alt_opf10 USING btree;

-- corpus: line 360 accepted
CREATE OPERATOR FAMILY alt_opf11 USING gist;

-- corpus: line 361 accepted
ALTER OPERATOR FAMILY alt_opf11 USING gist ADD OPERATOR 1 < (int4, int4) FOR ORDER BY float_ops;

-- corpus: line 362 accepted
ALTER OPERATOR FAMILY alt_opf11 USING gist DROP OPERATOR 1 (int4, int4);

-- corpus: line 363 accepted
DROP OPERATOR FAMILY alt_opf11 USING gist;

-- corpus: line 367 accepted
CREATE OPERATOR FAMILY alt_opf12 USING btree;

-- corpus: line 368 accepted
CREATE FUNCTION fn_opf12  (int4, int2) RETURNS BIGINT AS 'SELECT NULL::BIGINT;' LANGUAGE SQL;

-- corpus: line 369 accepted
ALTER OPERATOR FAMILY alt_opf12 USING btree ADD FUNCTION 1 fn_opf12(int4, int2);

-- corpus: line 370 accepted
DROP OPERATOR FAMILY alt_opf12 USING btree;

-- corpus: line 375 accepted
CREATE OPERATOR FAMILY alt_opf13 USING hash;

-- corpus: line 376 accepted
CREATE FUNCTION fn_opf13  (int4) RETURNS BIGINT AS 'SELECT NULL::BIGINT;' LANGUAGE SQL;

-- corpus: line 377 accepted
ALTER OPERATOR FAMILY alt_opf13 USING hash ADD FUNCTION 1 fn_opf13(int4);

-- corpus: line 378 accepted
DROP OPERATOR FAMILY alt_opf13 USING hash;

-- corpus: line 383 accepted
CREATE OPERATOR FAMILY alt_opf14 USING btree;

-- corpus: line 384 accepted
CREATE FUNCTION fn_opf14 (int4) RETURNS BIGINT AS 'SELECT NULL::BIGINT;' LANGUAGE SQL;

-- corpus: line 385 accepted
ALTER OPERATOR FAMILY alt_opf14 USING btree ADD FUNCTION 1 fn_opf14(int4);

-- corpus: line 386 accepted
DROP OPERATOR FAMILY alt_opf14 USING btree;

-- corpus: line 391 accepted
CREATE OPERATOR FAMILY alt_opf15 USING hash;

-- corpus: line 392 accepted
CREATE FUNCTION fn_opf15 (int4, int2) RETURNS BIGINT AS 'SELECT NULL::BIGINT;' LANGUAGE SQL;

-- corpus: line 393 accepted
ALTER OPERATOR FAMILY alt_opf15 USING hash ADD FUNCTION 1 fn_opf15(int4, int2);

-- corpus: line 394 accepted
DROP OPERATOR FAMILY alt_opf15 USING hash;

-- corpus: line 399 accepted
CREATE OPERATOR FAMILY alt_opf16 USING gist;

-- corpus: line 400 accepted
ALTER OPERATOR FAMILY alt_opf16 USING gist ADD FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 401 accepted
DROP OPERATOR FAMILY alt_opf16 USING gist;

-- corpus: line 404 accepted
CREATE OPERATOR FAMILY alt_opf17 USING btree;

-- corpus: line 405 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD OPERATOR 1 < (int4, int4), OPERATOR 1 < (int4, int4);

-- corpus: line 406 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD OPERATOR 1 < (int4, int4);

-- corpus: line 407 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD OPERATOR 1 < (int4, int4);

-- corpus: line 408 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD
  OPERATOR 1 < (int4, int2) ,
  OPERATOR 2 <= (int4, int2) ,
  OPERATOR 3 = (int4, int2) ,
  OPERATOR 4 >= (int4, int2) ,
  OPERATOR 5 > (int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 416 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD
  OPERATOR 1 < (int4, int2) ,
  OPERATOR 2 <= (int4, int2) ,
  OPERATOR 3 = (int4, int2) ,
  OPERATOR 4 >= (int4, int2) ,
  OPERATOR 5 > (int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 423 accepted
ALTER OPERATOR FAMILY alt_opf17 USING btree ADD
  OPERATOR 1 < (int4, int2) ,
  OPERATOR 2 <= (int4, int2) ,
  OPERATOR 3 = (int4, int2) ,
  OPERATOR 4 >= (int4, int2) ,
  OPERATOR 5 > (int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 430 accepted
DROP OPERATOR FAMILY alt_opf17 USING btree;

-- corpus: line 435 accepted
CREATE OPERATOR FAMILY alt_opf18 USING btree;

-- corpus: line 436 accepted
ALTER OPERATOR FAMILY alt_opf18 USING btree DROP OPERATOR 1 (int4, int4);

-- corpus: line 437 accepted
ALTER OPERATOR FAMILY alt_opf18 USING btree ADD
  OPERATOR 1 < (int4, int2) ,
  OPERATOR 2 <= (int4, int2) ,
  OPERATOR 3 = (int4, int2) ,
  OPERATOR 4 >= (int4, int2) ,
  OPERATOR 5 > (int4, int2) ,
  FUNCTION 1 btint42cmp(int4, int2);

-- corpus: line 445 accepted
ALTER OPERATOR FAMILY alt_opf18 USING btree
  ADD FUNCTION 4 (int4, int2) btequalimage(oid);

-- corpus: line 447 accepted
ALTER OPERATOR FAMILY alt_opf18 USING btree DROP FUNCTION 2 (int4, int4);

-- corpus: line 448 accepted
DROP OPERATOR FAMILY alt_opf18 USING btree;

-- corpus: line 451 accepted
CREATE OPERATOR FAMILY alt_opf19 USING btree;

-- corpus: line 452 accepted
ALTER OPERATOR FAMILY alt_opf19 USING btree ADD FUNCTION 5 test_opclass_options_func(internal, text[], bool);

-- corpus: line 453 accepted
ALTER OPERATOR FAMILY alt_opf19 USING btree ADD FUNCTION 5 (int4) btint42cmp(int4, int2);

-- corpus: line 454 accepted
ALTER OPERATOR FAMILY alt_opf19 USING btree ADD FUNCTION 5 (int4, int2) btint42cmp(int4, int2);

-- corpus: line 455 accepted
ALTER OPERATOR FAMILY alt_opf19 USING btree ADD FUNCTION 5 (int4) test_opclass_options_func(internal);

-- corpus: line 456 accepted
ALTER OPERATOR FAMILY alt_opf19 USING btree DROP FUNCTION 5 (int4, int4);

-- corpus: line 457 accepted
DROP OPERATOR FAMILY alt_opf19 USING btree;

-- corpus: line 463 accepted
CREATE TABLE alt_regress_1 (a INTEGER, b INTEGER);

-- corpus: line 464 accepted
CREATE STATISTICS alt_stat1 ON a, b FROM alt_regress_1;

-- corpus: line 465 accepted
CREATE STATISTICS alt_stat2 ON a, b FROM alt_regress_1;

-- corpus: line 467 accepted
ALTER STATISTICS alt_stat1 RENAME TO alt_stat2;

-- corpus: line 468 accepted
ALTER STATISTICS alt_stat1 RENAME TO alt_stat3;

-- corpus: line 469 accepted
ALTER STATISTICS alt_stat2 OWNER TO regress_alter_generic_user2;

-- corpus: line 470 accepted
ALTER STATISTICS alt_stat2 OWNER TO regress_alter_generic_user3;

-- corpus: line 471 accepted
ALTER STATISTICS alt_stat2 SET SCHEMA alt_nsp2;

-- corpus: line 474 accepted
CREATE TABLE alt_regress_2 (a INTEGER, b INTEGER);

-- corpus: line 475 accepted
CREATE STATISTICS alt_stat1 ON a, b FROM alt_regress_2;

-- corpus: line 476 accepted
CREATE STATISTICS alt_stat2 ON a, b FROM alt_regress_2;

-- corpus: line 478 accepted
ALTER STATISTICS alt_stat3 RENAME TO alt_stat4;

-- corpus: line 479 accepted
ALTER STATISTICS alt_stat1 RENAME TO alt_stat4;

-- corpus: line 480 accepted
ALTER STATISTICS alt_stat3 OWNER TO regress_alter_generic_user2;

-- corpus: line 481 accepted
ALTER STATISTICS alt_stat2 OWNER TO regress_alter_generic_user3;

-- corpus: line 482 accepted
ALTER STATISTICS alt_stat3 SET SCHEMA alt_nsp2;

-- corpus: line 483 accepted
ALTER STATISTICS alt_stat2 SET SCHEMA alt_nsp2;

-- corpus: line 496 accepted
CREATE TEXT SEARCH DICTIONARY alt_ts_dict1 (template=simple);

-- corpus: line 497 accepted
CREATE TEXT SEARCH DICTIONARY alt_ts_dict2 (template=simple);

-- corpus: line 499 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict1 RENAME TO alt_ts_dict2;

-- corpus: line 500 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict1 RENAME TO alt_ts_dict3;

-- corpus: line 501 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict2 OWNER TO regress_alter_generic_user2;

-- corpus: line 502 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict2 OWNER TO regress_alter_generic_user3;

-- corpus: line 503 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict2 SET SCHEMA alt_nsp2;

-- corpus: line 506 accepted
CREATE TEXT SEARCH DICTIONARY alt_ts_dict1 (template=simple);

-- corpus: line 507 accepted
CREATE TEXT SEARCH DICTIONARY alt_ts_dict2 (template=simple);

-- corpus: line 509 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict3 RENAME TO alt_ts_dict4;

-- corpus: line 510 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict1 RENAME TO alt_ts_dict4;

-- corpus: line 511 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict3 OWNER TO regress_alter_generic_user2;

-- corpus: line 512 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict2 OWNER TO regress_alter_generic_user3;

-- corpus: line 513 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict3 SET SCHEMA alt_nsp2;

-- corpus: line 514 accepted
ALTER TEXT SEARCH DICTIONARY alt_ts_dict2 SET SCHEMA alt_nsp2;

-- corpus: line 528 accepted
CREATE TEXT SEARCH CONFIGURATION alt_ts_conf1 (copy=english);

-- corpus: line 529 accepted
CREATE TEXT SEARCH CONFIGURATION alt_ts_conf2 (copy=english);

-- corpus: line 531 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf1 RENAME TO alt_ts_conf2;

-- corpus: line 532 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf1 RENAME TO alt_ts_conf3;

-- corpus: line 533 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf2 OWNER TO regress_alter_generic_user2;

-- corpus: line 534 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf2 OWNER TO regress_alter_generic_user3;

-- corpus: line 535 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf2 SET SCHEMA alt_nsp2;

-- corpus: line 538 accepted
CREATE TEXT SEARCH CONFIGURATION alt_ts_conf1 (copy=english);

-- corpus: line 539 accepted
CREATE TEXT SEARCH CONFIGURATION alt_ts_conf2 (copy=english);

-- corpus: line 541 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf3 RENAME TO alt_ts_conf4;

-- corpus: line 542 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf1 RENAME TO alt_ts_conf4;

-- corpus: line 543 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf3 OWNER TO regress_alter_generic_user2;

-- corpus: line 544 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf2 OWNER TO regress_alter_generic_user3;

-- corpus: line 545 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf3 SET SCHEMA alt_nsp2;

-- corpus: line 546 accepted
ALTER TEXT SEARCH CONFIGURATION alt_ts_conf2 SET SCHEMA alt_nsp2;

-- corpus: line 559 accepted
CREATE TEXT SEARCH TEMPLATE alt_ts_temp1 (lexize=dsimple_lexize);

-- corpus: line 560 accepted
CREATE TEXT SEARCH TEMPLATE alt_ts_temp2 (lexize=dsimple_lexize);

-- corpus: line 562 accepted
ALTER TEXT SEARCH TEMPLATE alt_ts_temp1 RENAME TO alt_ts_temp2;

-- corpus: line 563 accepted
ALTER TEXT SEARCH TEMPLATE alt_ts_temp1 RENAME TO alt_ts_temp3;

-- corpus: line 564 accepted
ALTER TEXT SEARCH TEMPLATE alt_ts_temp2 SET SCHEMA alt_nsp2;

-- corpus: line 566 accepted
CREATE TEXT SEARCH TEMPLATE alt_ts_temp2 (lexize=dsimple_lexize);

-- corpus: line 567 accepted
ALTER TEXT SEARCH TEMPLATE alt_ts_temp2 SET SCHEMA alt_nsp2;

-- corpus: line 570 accepted
CREATE TEXT SEARCH TEMPLATE tstemp_case ("Init" = init_function);

-- corpus: line 581 accepted
CREATE TEXT SEARCH PARSER alt_ts_prs1
    (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- corpus: line 583 accepted
CREATE TEXT SEARCH PARSER alt_ts_prs2
    (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- corpus: line 586 accepted
ALTER TEXT SEARCH PARSER alt_ts_prs1 RENAME TO alt_ts_prs2;

-- corpus: line 587 accepted
ALTER TEXT SEARCH PARSER alt_ts_prs1 RENAME TO alt_ts_prs3;

-- corpus: line 588 accepted
ALTER TEXT SEARCH PARSER alt_ts_prs2 SET SCHEMA alt_nsp2;

-- corpus: line 590 accepted
CREATE TEXT SEARCH PARSER alt_ts_prs2
    (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- corpus: line 592 accepted
ALTER TEXT SEARCH PARSER alt_ts_prs2 SET SCHEMA alt_nsp2;

-- corpus: line 595 accepted
CREATE TEXT SEARCH PARSER tspars_case ("Start" = start_function);

-- corpus: line 605 accepted
DROP FOREIGN DATA WRAPPER alt_fdw2 CASCADE;

-- corpus: line 606 accepted
DROP FOREIGN DATA WRAPPER alt_fdw3 CASCADE;

-- corpus: line 608 accepted
DROP LANGUAGE alt_lang2 CASCADE;

-- corpus: line 609 accepted
DROP LANGUAGE alt_lang3 CASCADE;

-- corpus: line 611 accepted
DROP SCHEMA alt_nsp1 CASCADE;

-- corpus: line 612 accepted
DROP SCHEMA alt_nsp2 CASCADE;

-- corpus: line 614 accepted
DROP USER regress_alter_generic_user1;

-- corpus: line 615 accepted
DROP USER regress_alter_generic_user2;

-- corpus: line 616 accepted
DROP USER regress_alter_generic_user3;
