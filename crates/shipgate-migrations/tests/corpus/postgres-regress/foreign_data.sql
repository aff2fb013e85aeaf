-- corpus: line 21 accepted
DROP ROLE IF EXISTS regress_foreign_data_user, regress_test_role, regress_test_role2, regress_test_role_super, regress_test_indirect, regress_unprivileged_role;

-- corpus: line 25 accepted
CREATE ROLE regress_foreign_data_user LOGIN SUPERUSER;

-- corpus: line 28 accepted
CREATE ROLE regress_test_role;

-- corpus: line 29 accepted
CREATE ROLE regress_test_role2;

-- corpus: line 30 accepted
CREATE ROLE regress_test_role_super SUPERUSER;

-- corpus: line 31 accepted
CREATE ROLE regress_test_indirect;

-- corpus: line 32 accepted
CREATE ROLE regress_unprivileged_role;

-- corpus: line 34 accepted
CREATE FOREIGN DATA WRAPPER dummy;

-- corpus: line 35 accepted
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'useless';

-- corpus: line 36 accepted
CREATE FOREIGN DATA WRAPPER postgresql VALIDATOR postgresql_fdw_validator;

-- corpus: line 44 accepted
CREATE FOREIGN DATA WRAPPER foo VALIDATOR bar;

-- corpus: line 45 accepted
CREATE FOREIGN DATA WRAPPER foo;

-- corpus: line 48 accepted
CREATE FOREIGN DATA WRAPPER foo;

-- corpus: line 49 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 50 accepted
CREATE FOREIGN DATA WRAPPER foo OPTIONS (testing '1');

-- corpus: line 53 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 54 accepted
CREATE FOREIGN DATA WRAPPER foo OPTIONS (testing '1', testing '2');

-- corpus: line 55 accepted
CREATE FOREIGN DATA WRAPPER foo OPTIONS (testing '1', another '2');

-- corpus: line 58 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 60 accepted
CREATE FOREIGN DATA WRAPPER foo;

-- corpus: line 62 accepted
CREATE FOREIGN DATA WRAPPER foo VALIDATOR postgresql_fdw_validator;

-- corpus: line 66 accepted
CREATE FUNCTION invalid_fdw_handler() RETURNS int LANGUAGE SQL AS 'SELECT 1;';

-- corpus: line 67 accepted
CREATE FOREIGN DATA WRAPPER test_fdw HANDLER invalid_fdw_handler;

-- corpus: line 68 accepted
CREATE FOREIGN DATA WRAPPER test_fdw HANDLER test_fdw_handler HANDLER invalid_fdw_handler;

-- corpus: line 69 accepted
CREATE FOREIGN DATA WRAPPER test_fdw HANDLER test_fdw_handler;

-- corpus: line 70 accepted
DROP FOREIGN DATA WRAPPER test_fdw;

-- corpus: line 73 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (nonexistent 'fdw');

-- corpus: line 75 rejected 42601 syntax error at or near ";"
ALTER FOREIGN DATA WRAPPER foo;

-- corpus: line 76 accepted
ALTER FOREIGN DATA WRAPPER foo VALIDATOR bar;

-- corpus: line 77 accepted
ALTER FOREIGN DATA WRAPPER foo NO VALIDATOR;

-- corpus: line 80 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (a '1', b '2');

-- corpus: line 81 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (SET c '4');

-- corpus: line 82 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (DROP c);

-- corpus: line 83 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (ADD x '1', DROP x);

-- corpus: line 86 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (DROP a, SET b '3', ADD c '4');

-- corpus: line 89 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (a '2');

-- corpus: line 90 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (b '4');

-- corpus: line 94 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (ADD d '5');

-- corpus: line 96 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (ADD d '5');

-- corpus: line 99 accepted
ALTER FOREIGN DATA WRAPPER foo OWNER TO regress_test_role;

-- corpus: line 100 accepted
ALTER FOREIGN DATA WRAPPER foo OWNER TO regress_test_role_super;

-- corpus: line 101 accepted
ALTER ROLE regress_test_role_super NOSUPERUSER;

-- corpus: line 103 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (ADD e '6');

-- corpus: line 107 accepted
ALTER FOREIGN DATA WRAPPER foo RENAME TO foo1;

-- corpus: line 109 accepted
ALTER FOREIGN DATA WRAPPER foo1 RENAME TO foo;

-- corpus: line 112 accepted
ALTER FOREIGN DATA WRAPPER foo HANDLER invalid_fdw_handler;

-- corpus: line 113 accepted
ALTER FOREIGN DATA WRAPPER foo HANDLER test_fdw_handler HANDLER anything;

-- corpus: line 114 accepted
ALTER FOREIGN DATA WRAPPER foo HANDLER test_fdw_handler;

-- corpus: line 115 accepted
DROP FUNCTION invalid_fdw_handler();

-- corpus: line 118 accepted
DROP FOREIGN DATA WRAPPER nonexistent;

-- corpus: line 119 accepted
DROP FOREIGN DATA WRAPPER IF EXISTS nonexistent;

-- corpus: line 122 accepted
DROP ROLE regress_test_role_super;

-- corpus: line 124 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 126 accepted
DROP ROLE regress_test_role_super;

-- corpus: line 129 accepted
CREATE FOREIGN DATA WRAPPER foo;

-- corpus: line 130 accepted
CREATE SERVER s1 FOREIGN DATA WRAPPER foo;

-- corpus: line 131 accepted
COMMENT ON SERVER s1 IS 'foreign server';

-- corpus: line 132 accepted
CREATE USER MAPPING FOR current_user SERVER s1;

-- corpus: line 133 accepted
CREATE USER MAPPING FOR current_user SERVER s1;

-- corpus: line 134 accepted
CREATE USER MAPPING IF NOT EXISTS FOR current_user SERVER s1;

-- corpus: line 138 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 140 accepted
DROP FOREIGN DATA WRAPPER foo CASCADE;

-- corpus: line 142 accepted
DROP FOREIGN DATA WRAPPER foo CASCADE;

-- corpus: line 148 accepted
CREATE SERVER s1 FOREIGN DATA WRAPPER foo;

-- corpus: line 149 accepted
CREATE FOREIGN DATA WRAPPER foo OPTIONS ("test wrapper" 'true');

-- corpus: line 150 accepted
CREATE SERVER s1 FOREIGN DATA WRAPPER foo;

-- corpus: line 151 accepted
CREATE SERVER s1 FOREIGN DATA WRAPPER foo;

-- corpus: line 152 accepted
CREATE SERVER IF NOT EXISTS s1 FOREIGN DATA WRAPPER foo;

-- corpus: line 153 accepted
CREATE SERVER s2 FOREIGN DATA WRAPPER foo OPTIONS (host 'a', dbname 'b');

-- corpus: line 154 accepted
CREATE SERVER s3 TYPE 'oracle' FOREIGN DATA WRAPPER foo;

-- corpus: line 155 accepted
CREATE SERVER s4 TYPE 'oracle' FOREIGN DATA WRAPPER foo OPTIONS (host 'a', dbname 'b');

-- corpus: line 156 accepted
CREATE SERVER s5 VERSION '15.0' FOREIGN DATA WRAPPER foo;

-- corpus: line 157 accepted
CREATE SERVER s6 VERSION '16.0' FOREIGN DATA WRAPPER foo OPTIONS (host 'a', dbname 'b');

-- corpus: line 158 accepted
CREATE SERVER s7 TYPE 'oracle' VERSION '17.0' FOREIGN DATA WRAPPER foo OPTIONS (host 'a', dbname 'b');

-- corpus: line 159 accepted
CREATE SERVER s8 FOREIGN DATA WRAPPER postgresql OPTIONS (foo '1');

-- corpus: line 160 accepted
CREATE SERVER s8 FOREIGN DATA WRAPPER postgresql OPTIONS (host 'localhost', dbname 's8db');

-- corpus: line 163 accepted
CREATE SERVER t1 FOREIGN DATA WRAPPER foo;

-- corpus: line 165 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_role;

-- corpus: line 167 accepted
CREATE SERVER t1 FOREIGN DATA WRAPPER foo;

-- corpus: line 171 accepted
REVOKE USAGE ON FOREIGN DATA WRAPPER foo FROM regress_test_role;

-- corpus: line 172 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_indirect;

-- corpus: line 174 accepted
CREATE SERVER t2 FOREIGN DATA WRAPPER foo;

-- corpus: line 176 accepted
GRANT regress_test_indirect TO regress_test_role;

-- corpus: line 178 accepted
CREATE SERVER t2 FOREIGN DATA WRAPPER foo;

-- corpus: line 181 accepted
REVOKE regress_test_indirect FROM regress_test_role;

-- corpus: line 184 rejected 42601 syntax error at or near ";"
ALTER SERVER s0;

-- corpus: line 185 accepted
ALTER SERVER s0 OPTIONS (a '1');

-- corpus: line 186 accepted
ALTER SERVER s1 VERSION '1.0' OPTIONS (servername 's1');

-- corpus: line 187 accepted
ALTER SERVER s2 VERSION '1.1';

-- corpus: line 188 accepted
ALTER SERVER s3 OPTIONS ("tns name" 'orcl', port '1521');

-- corpus: line 189 accepted
GRANT USAGE ON FOREIGN SERVER s1 TO regress_test_role;

-- corpus: line 190 accepted
GRANT USAGE ON FOREIGN SERVER s6 TO regress_test_role2 WITH GRANT OPTION;

-- corpus: line 193 accepted
ALTER SERVER s1 VERSION '1.1';

-- corpus: line 194 accepted
ALTER SERVER s1 OWNER TO regress_test_role;

-- corpus: line 196 accepted
ALTER SERVER s1 OWNER TO regress_test_role;

-- corpus: line 197 accepted
GRANT regress_test_role2 TO regress_test_role;

-- corpus: line 199 accepted
ALTER SERVER s1 VERSION '1.1';

-- corpus: line 200 accepted
ALTER SERVER s1 OWNER TO regress_test_role2;

-- corpus: line 202 accepted
ALTER SERVER s8 OPTIONS (foo '1');

-- corpus: line 203 accepted
ALTER SERVER s8 OPTIONS (connect_timeout '30', SET dbname 'db1', DROP host);

-- corpus: line 205 accepted
ALTER SERVER s1 OWNER TO regress_test_indirect;

-- corpus: line 207 accepted
GRANT regress_test_indirect TO regress_test_role;

-- corpus: line 209 accepted
ALTER SERVER s1 OWNER TO regress_test_indirect;

-- corpus: line 211 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_indirect;

-- corpus: line 213 accepted
ALTER SERVER s1 OWNER TO regress_test_indirect;

-- corpus: line 215 accepted
DROP ROLE regress_test_indirect;

-- corpus: line 218 accepted
ALTER SERVER s8 RENAME to s8new;

-- corpus: line 220 accepted
ALTER SERVER s8new RENAME to s8;

-- corpus: line 223 accepted
DROP SERVER nonexistent;

-- corpus: line 224 accepted
DROP SERVER IF EXISTS nonexistent;

-- corpus: line 227 accepted
DROP SERVER s2;

-- corpus: line 228 accepted
DROP SERVER s1;

-- corpus: line 231 accepted
ALTER SERVER s2 OWNER TO regress_test_role;

-- corpus: line 233 accepted
DROP SERVER s2;

-- corpus: line 236 accepted
CREATE USER MAPPING FOR current_user SERVER s3;

-- corpus: line 238 accepted
DROP SERVER s3;

-- corpus: line 239 accepted
DROP SERVER s3 CASCADE;

-- corpus: line 244 accepted
CREATE USER MAPPING FOR regress_test_missing_role SERVER s1;

-- corpus: line 245 accepted
CREATE USER MAPPING FOR current_user SERVER s1;

-- corpus: line 246 accepted
CREATE USER MAPPING FOR current_user SERVER s4;

-- corpus: line 247 accepted
CREATE USER MAPPING FOR user SERVER s4;

-- corpus: line 248 accepted
CREATE USER MAPPING FOR public SERVER s4 OPTIONS ("this mapping" 'is public');

-- corpus: line 249 accepted
CREATE USER MAPPING FOR user SERVER s8 OPTIONS (username 'test', password 'secret');

-- corpus: line 250 accepted
CREATE USER MAPPING FOR user SERVER s8 OPTIONS (user 'test', password 'secret');

-- corpus: line 251 accepted
ALTER SERVER s5 OWNER TO regress_test_role;

-- corpus: line 252 accepted
ALTER SERVER s6 OWNER TO regress_test_indirect;

-- corpus: line 254 accepted
CREATE USER MAPPING FOR current_user SERVER s5;

-- corpus: line 255 accepted
CREATE USER MAPPING FOR current_user SERVER s6 OPTIONS (username 'test');

-- corpus: line 256 accepted
CREATE USER MAPPING FOR current_user SERVER s7;

-- corpus: line 257 accepted
CREATE USER MAPPING FOR public SERVER s8;

-- corpus: line 260 accepted
ALTER SERVER t1 OWNER TO regress_test_indirect;

-- corpus: line 262 accepted
CREATE USER MAPPING FOR current_user SERVER t1 OPTIONS (username 'bob', password 'boo');

-- corpus: line 263 accepted
CREATE USER MAPPING FOR public SERVER t1;

-- corpus: line 268 accepted
ALTER USER MAPPING FOR regress_test_missing_role SERVER s4 OPTIONS (gotcha 'true');

-- corpus: line 269 accepted
ALTER USER MAPPING FOR user SERVER ss4 OPTIONS (gotcha 'true');

-- corpus: line 270 accepted
ALTER USER MAPPING FOR public SERVER s5 OPTIONS (gotcha 'true');

-- corpus: line 271 accepted
ALTER USER MAPPING FOR current_user SERVER s8 OPTIONS (username 'test');

-- corpus: line 272 accepted
ALTER USER MAPPING FOR current_user SERVER s8 OPTIONS (DROP user, SET password 'public');

-- corpus: line 274 accepted
ALTER USER MAPPING FOR current_user SERVER s5 OPTIONS (ADD modified '1');

-- corpus: line 275 accepted
ALTER USER MAPPING FOR public SERVER s4 OPTIONS (ADD modified '1');

-- corpus: line 276 accepted
ALTER USER MAPPING FOR public SERVER t1 OPTIONS (ADD modified '1');

-- corpus: line 281 accepted
DROP USER MAPPING FOR regress_test_missing_role SERVER s4;

-- corpus: line 282 accepted
DROP USER MAPPING FOR user SERVER ss4;

-- corpus: line 283 accepted
DROP USER MAPPING FOR public SERVER s7;

-- corpus: line 284 accepted
DROP USER MAPPING IF EXISTS FOR regress_test_missing_role SERVER s4;

-- corpus: line 285 accepted
DROP USER MAPPING IF EXISTS FOR user SERVER ss4;

-- corpus: line 286 accepted
DROP USER MAPPING IF EXISTS FOR public SERVER s7;

-- corpus: line 287 accepted
CREATE USER MAPPING FOR public SERVER s8;

-- corpus: line 289 accepted
DROP USER MAPPING FOR public SERVER s8;

-- corpus: line 291 accepted
DROP SERVER s7;

-- corpus: line 295 accepted
CREATE SCHEMA foreign_schema;

-- corpus: line 296 accepted
CREATE SERVER s0 FOREIGN DATA WRAPPER dummy;

-- corpus: line 297 rejected 42601 syntax error at or near ";"
CREATE FOREIGN TABLE ft1 ();

-- corpus: line 298 accepted
CREATE FOREIGN TABLE ft1 () SERVER no_server;

-- corpus: line 299 accepted
CREATE FOREIGN TABLE ft1 (
	c1 integer OPTIONS ("param 1" 'val1') PRIMARY KEY,
	c2 text OPTIONS (param2 'val2', param3 'val3'),
	c3 date
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 304 accepted
CREATE TABLE ref_table (id integer PRIMARY KEY);

-- corpus: line 305 accepted
CREATE FOREIGN TABLE ft1 (
	c1 integer OPTIONS ("param 1" 'val1') REFERENCES ref_table (id),
	c2 text OPTIONS (param2 'val2', param3 'val3'),
	c3 date
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 310 accepted
DROP TABLE ref_table;

-- corpus: line 311 accepted
CREATE FOREIGN TABLE ft1 (
	c1 integer OPTIONS ("param 1" 'val1') NOT NULL,
	c2 text OPTIONS (param2 'val2', param3 'val3'),
	c3 date,
	UNIQUE (c3)
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 317 accepted
CREATE FOREIGN TABLE ft1 (
	c1 integer OPTIONS ("param 1" 'val1') NOT NULL,
	c2 text OPTIONS (param2 'val2', param3 'val3') CHECK (c2 <> ''),
	c3 date,
	CHECK (c3 BETWEEN '1994-01-01'::date AND '1994-01-31'::date)
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 323 accepted
COMMENT ON FOREIGN TABLE ft1 IS 'ft1';

-- corpus: line 324 accepted
COMMENT ON COLUMN ft1.c1 IS 'ft1.c1';

-- corpus: line 327 accepted
CREATE INDEX id_ft1_c2 ON ft1 (c2);

-- corpus: line 331 accepted
CREATE TABLE lt1 (a INT) PARTITION BY RANGE (a);

-- corpus: line 332 accepted
CREATE FOREIGN TABLE ft_part1
  PARTITION OF lt1 FOR VALUES FROM (0) TO (1000) SERVER s0;

-- corpus: line 334 accepted
CREATE INDEX ON lt1 (a);

-- corpus: line 335 accepted
CREATE UNIQUE INDEX ON lt1 (a);

-- corpus: line 336 accepted
ALTER TABLE lt1 ADD PRIMARY KEY (a);

-- corpus: line 337 accepted
DROP TABLE lt1;

-- corpus: line 339 accepted
CREATE TABLE lt1 (a INT) PARTITION BY RANGE (a);

-- corpus: line 340 accepted
CREATE INDEX ON lt1 (a);

-- corpus: line 341 accepted
CREATE FOREIGN TABLE ft_part1
  PARTITION OF lt1 FOR VALUES FROM (0) TO (1000) SERVER s0;

-- corpus: line 343 accepted
CREATE FOREIGN TABLE ft_part2 (a INT) SERVER s0;

-- corpus: line 344 accepted
ALTER TABLE lt1 ATTACH PARTITION ft_part2 FOR VALUES FROM (1000) TO (2000);

-- corpus: line 345 accepted
DROP FOREIGN TABLE ft_part1, ft_part2;

-- corpus: line 346 accepted
CREATE UNIQUE INDEX ON lt1 (a);

-- corpus: line 347 accepted
ALTER TABLE lt1 ADD PRIMARY KEY (a);

-- corpus: line 348 accepted
CREATE FOREIGN TABLE ft_part1
  PARTITION OF lt1 FOR VALUES FROM (0) TO (1000) SERVER s0;

-- corpus: line 350 accepted
CREATE FOREIGN TABLE ft_part2 (a INT NOT NULL) SERVER s0;

-- corpus: line 351 accepted
ALTER TABLE lt1 ATTACH PARTITION ft_part2
  FOR VALUES FROM (1000) TO (2000);

-- corpus: line 353 accepted
DROP TABLE lt1;

-- corpus: line 354 accepted
DROP FOREIGN TABLE ft_part2;

-- corpus: line 356 accepted
CREATE TABLE lt1 (a INT) PARTITION BY RANGE (a);

-- corpus: line 357 accepted
CREATE INDEX ON lt1 (a);

-- corpus: line 358 accepted
CREATE TABLE lt1_part1
  PARTITION OF lt1 FOR VALUES FROM (0) TO (1000)
  PARTITION BY RANGE (a);

-- corpus: line 361 accepted
CREATE FOREIGN TABLE ft_part_1_1
  PARTITION OF lt1_part1 FOR VALUES FROM (0) TO (100) SERVER s0;

-- corpus: line 363 accepted
CREATE FOREIGN TABLE ft_part_1_2 (a INT) SERVER s0;

-- corpus: line 364 accepted
ALTER TABLE lt1_part1 ATTACH PARTITION ft_part_1_2 FOR VALUES FROM (100) TO (200);

-- corpus: line 365 accepted
CREATE UNIQUE INDEX ON lt1 (a);

-- corpus: line 366 accepted
ALTER TABLE lt1 ADD PRIMARY KEY (a);

-- corpus: line 367 accepted
DROP FOREIGN TABLE ft_part_1_1, ft_part_1_2;

-- corpus: line 368 accepted
CREATE UNIQUE INDEX ON lt1 (a);

-- corpus: line 369 accepted
ALTER TABLE lt1 ADD PRIMARY KEY (a);

-- corpus: line 370 accepted
CREATE FOREIGN TABLE ft_part_1_1
  PARTITION OF lt1_part1 FOR VALUES FROM (0) TO (100) SERVER s0;

-- corpus: line 372 accepted
CREATE FOREIGN TABLE ft_part_1_2 (a INT NOT NULL) SERVER s0;

-- corpus: line 373 accepted
ALTER TABLE lt1_part1 ATTACH PARTITION ft_part_1_2 FOR VALUES FROM (100) TO (200);

-- corpus: line 374 accepted
DROP TABLE lt1;

-- corpus: line 375 accepted
DROP FOREIGN TABLE ft_part_1_2;

-- corpus: line 378 accepted
COMMENT ON FOREIGN TABLE ft1 IS 'foreign table';

-- corpus: line 379 accepted
COMMENT ON FOREIGN TABLE ft1 IS NULL;

-- corpus: line 380 accepted
COMMENT ON COLUMN ft1.c1 IS 'foreign column';

-- corpus: line 381 accepted
COMMENT ON COLUMN ft1.c1 IS NULL;

-- corpus: line 383 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c4 integer;

-- corpus: line 384 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c5 integer DEFAULT 0;

-- corpus: line 385 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c6 integer;

-- corpus: line 386 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c7 integer NOT NULL;

-- corpus: line 387 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c8 integer;

-- corpus: line 388 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c9 integer;

-- corpus: line 389 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c10 integer OPTIONS (p1 'v1');

-- corpus: line 391 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c4 SET DEFAULT 0;

-- corpus: line 392 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c5 DROP DEFAULT;

-- corpus: line 393 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c6 SET NOT NULL;

-- corpus: line 394 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c7 DROP NOT NULL;

-- corpus: line 395 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 TYPE char(10) USING '0';

-- corpus: line 396 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 TYPE char(10);

-- corpus: line 397 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 SET DATA TYPE text;

-- corpus: line 398 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN xmin OPTIONS (ADD p1 'v1');

-- corpus: line 399 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c7 OPTIONS (ADD p1 'v1', ADD p2 'v2'),
                        ALTER COLUMN c8 OPTIONS (ADD p1 'v1', ADD p2 'v2');

-- corpus: line 401 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 OPTIONS (SET p2 'V2', DROP p1);

-- corpus: line 402 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c1 SET STATISTICS 10000;

-- corpus: line 403 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c1 SET (n_distinct = 100);

-- corpus: line 404 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 SET STATISTICS -1;

-- corpus: line 405 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 SET STORAGE PLAIN;

-- corpus: line 408 accepted
CREATE TABLE use_ft1_column_type (x ft1);

-- corpus: line 409 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 SET DATA TYPE integer;

-- corpus: line 410 accepted
DROP TABLE use_ft1_column_type;

-- corpus: line 411 accepted
ALTER FOREIGN TABLE ft1 ADD PRIMARY KEY (c7);

-- corpus: line 412 accepted
ALTER FOREIGN TABLE ft1 ADD CONSTRAINT ft1_c9_check CHECK (c9 < 0) NOT VALID;

-- corpus: line 413 accepted
ALTER FOREIGN TABLE ft1 ALTER CONSTRAINT ft1_c9_check DEFERRABLE;

-- corpus: line 414 accepted
ALTER FOREIGN TABLE ft1 DROP CONSTRAINT ft1_c9_check;

-- corpus: line 415 accepted
ALTER FOREIGN TABLE ft1 DROP CONSTRAINT no_const;

-- corpus: line 416 accepted
ALTER FOREIGN TABLE ft1 DROP CONSTRAINT IF EXISTS no_const;

-- corpus: line 417 accepted
ALTER FOREIGN TABLE ft1 OWNER TO regress_test_role;

-- corpus: line 418 accepted
ALTER FOREIGN TABLE ft1 OPTIONS (DROP delimiter, SET quote '~', ADD escape '@');

-- corpus: line 419 accepted
ALTER FOREIGN TABLE ft1 DROP COLUMN no_column;

-- corpus: line 420 accepted
ALTER FOREIGN TABLE ft1 DROP COLUMN IF EXISTS no_column;

-- corpus: line 421 accepted
ALTER FOREIGN TABLE ft1 DROP COLUMN c9;

-- corpus: line 422 accepted
ALTER FOREIGN TABLE ft1 SET SCHEMA foreign_schema;

-- corpus: line 423 accepted
ALTER FOREIGN TABLE ft1 SET TABLESPACE ts;

-- corpus: line 424 accepted
ALTER FOREIGN TABLE foreign_schema.ft1 RENAME c1 TO foreign_column_1;

-- corpus: line 425 accepted
ALTER FOREIGN TABLE foreign_schema.ft1 RENAME TO foreign_table_1;

-- corpus: line 429 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c4 integer;

-- corpus: line 430 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c6 integer;

-- corpus: line 431 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c7 integer NOT NULL;

-- corpus: line 432 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c8 integer;

-- corpus: line 433 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c9 integer;

-- corpus: line 434 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ADD COLUMN c10 integer OPTIONS (p1 'v1');

-- corpus: line 436 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c6 SET NOT NULL;

-- corpus: line 437 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c7 DROP NOT NULL;

-- corpus: line 438 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c8 TYPE char(10);

-- corpus: line 439 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c8 SET DATA TYPE text;

-- corpus: line 440 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c7 OPTIONS (ADD p1 'v1', ADD p2 'v2'),
                        ALTER COLUMN c8 OPTIONS (ADD p1 'v1', ADD p2 'v2');

-- corpus: line 442 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 ALTER COLUMN c8 OPTIONS (SET p2 'V2', DROP p1);

-- corpus: line 444 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 DROP CONSTRAINT IF EXISTS no_const;

-- corpus: line 445 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 DROP CONSTRAINT ft1_c1_check;

-- corpus: line 446 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 OWNER TO regress_test_role;

-- corpus: line 447 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 OPTIONS (DROP delimiter, SET quote '~', ADD escape '@');

-- corpus: line 448 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 DROP COLUMN IF EXISTS no_column;

-- corpus: line 449 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 DROP COLUMN c9;

-- corpus: line 450 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 SET SCHEMA foreign_schema;

-- corpus: line 451 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 RENAME c1 TO foreign_column_1;

-- corpus: line 452 accepted
ALTER FOREIGN TABLE IF EXISTS doesnt_exist_ft1 RENAME TO foreign_table_1;

-- corpus: line 470 accepted
DROP USER MAPPING FOR current_user SERVER t1;

-- corpus: line 488 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_role;

-- corpus: line 503 accepted
GRANT USAGE ON FOREIGN SERVER s8 TO regress_test_role;

-- corpus: line 505 accepted
REVOKE USAGE ON FOREIGN SERVER s8 FROM regress_test_role;

-- corpus: line 507 accepted
GRANT USAGE ON FOREIGN SERVER s4 TO regress_test_role;

-- corpus: line 508 accepted
DROP USER MAPPING FOR public SERVER s4;

-- corpus: line 509 accepted
ALTER SERVER s6 OPTIONS (DROP host, DROP dbname);

-- corpus: line 510 accepted
ALTER USER MAPPING FOR regress_test_role SERVER s6 OPTIONS (DROP username);

-- corpus: line 511 accepted
ALTER FOREIGN DATA WRAPPER foo VALIDATOR postgresql_fdw_validator;

-- corpus: line 515 accepted
CREATE FOREIGN DATA WRAPPER foobar;

-- corpus: line 516 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (gotcha 'true');

-- corpus: line 517 accepted
ALTER FOREIGN DATA WRAPPER foo OWNER TO regress_unprivileged_role;

-- corpus: line 518 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 519 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_role;

-- corpus: line 520 accepted
CREATE SERVER s9 FOREIGN DATA WRAPPER foo;

-- corpus: line 521 accepted
ALTER SERVER s4 VERSION '0.5';

-- corpus: line 522 accepted
ALTER SERVER s4 OWNER TO regress_unprivileged_role;

-- corpus: line 523 accepted
DROP SERVER s4;

-- corpus: line 524 accepted
GRANT USAGE ON FOREIGN SERVER s4 TO regress_test_role;

-- corpus: line 525 accepted
CREATE USER MAPPING FOR public SERVER s4;

-- corpus: line 526 accepted
ALTER USER MAPPING FOR regress_test_role SERVER s6 OPTIONS (gotcha 'true');

-- corpus: line 527 accepted
DROP USER MAPPING FOR regress_test_role SERVER s6;

-- corpus: line 530 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER postgresql TO regress_unprivileged_role;

-- corpus: line 531 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_unprivileged_role WITH GRANT OPTION;

-- corpus: line 533 accepted
CREATE FOREIGN DATA WRAPPER foobar;

-- corpus: line 534 accepted
ALTER FOREIGN DATA WRAPPER foo OPTIONS (gotcha 'true');

-- corpus: line 535 accepted
DROP FOREIGN DATA WRAPPER foo;

-- corpus: line 536 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER postgresql TO regress_test_role;

-- corpus: line 537 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_role;

-- corpus: line 538 accepted
CREATE SERVER s9 FOREIGN DATA WRAPPER postgresql;

-- corpus: line 539 accepted
ALTER SERVER s6 VERSION '0.5';

-- corpus: line 540 accepted
DROP SERVER s6;

-- corpus: line 541 accepted
GRANT USAGE ON FOREIGN SERVER s6 TO regress_test_role;

-- corpus: line 542 accepted
GRANT USAGE ON FOREIGN SERVER s9 TO regress_test_role;

-- corpus: line 543 accepted
CREATE USER MAPPING FOR public SERVER s6;

-- corpus: line 544 accepted
CREATE USER MAPPING FOR public SERVER s9;

-- corpus: line 545 accepted
ALTER USER MAPPING FOR regress_test_role SERVER s6 OPTIONS (gotcha 'true');

-- corpus: line 546 accepted
DROP USER MAPPING FOR regress_test_role SERVER s6;

-- corpus: line 549 accepted
REVOKE USAGE ON FOREIGN DATA WRAPPER foo FROM regress_unprivileged_role;

-- corpus: line 550 accepted
REVOKE USAGE ON FOREIGN DATA WRAPPER foo FROM regress_unprivileged_role CASCADE;

-- corpus: line 552 accepted
GRANT USAGE ON FOREIGN DATA WRAPPER foo TO regress_test_role;

-- corpus: line 553 accepted
CREATE SERVER s10 FOREIGN DATA WRAPPER foo;

-- corpus: line 554 accepted
ALTER SERVER s9 VERSION '1.1';

-- corpus: line 555 accepted
GRANT USAGE ON FOREIGN SERVER s9 TO regress_test_role;

-- corpus: line 556 accepted
CREATE USER MAPPING FOR current_user SERVER s9;

-- corpus: line 557 accepted
DROP SERVER s9 CASCADE;

-- corpus: line 559 accepted
CREATE SERVER s9 FOREIGN DATA WRAPPER foo;

-- corpus: line 560 accepted
GRANT USAGE ON FOREIGN SERVER s9 TO regress_unprivileged_role;

-- corpus: line 562 accepted
ALTER SERVER s9 VERSION '1.2';

-- corpus: line 563 accepted
GRANT USAGE ON FOREIGN SERVER s9 TO regress_test_role;

-- corpus: line 564 accepted
CREATE USER MAPPING FOR current_user SERVER s9;

-- corpus: line 565 accepted
DROP SERVER s9 CASCADE;

-- corpus: line 569 accepted
CREATE SERVER s10 FOREIGN DATA WRAPPER foo;

-- corpus: line 570 accepted
CREATE USER MAPPING FOR public SERVER s10 OPTIONS (user 'secret');

-- corpus: line 571 accepted
CREATE USER MAPPING FOR regress_unprivileged_role SERVER s10 OPTIONS (user 'secret');

-- corpus: line 581 accepted
DROP SERVER s10 CASCADE;

-- corpus: line 584 accepted
CREATE FUNCTION dummy_trigger() RETURNS TRIGGER AS $$
  BEGIN
    RETURN NULL;
  END
$$ language plpgsql;

-- corpus: line 590 accepted
CREATE TRIGGER trigtest_before_stmt BEFORE INSERT OR UPDATE OR DELETE
ON foreign_schema.foreign_table_1
FOR EACH STATEMENT
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 595 accepted
CREATE TRIGGER trigtest_after_stmt AFTER INSERT OR UPDATE OR DELETE
ON foreign_schema.foreign_table_1
FOR EACH STATEMENT
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 600 accepted
CREATE TRIGGER trigtest_after_stmt_tt AFTER INSERT OR UPDATE OR DELETE -- ERROR
ON foreign_schema.foreign_table_1
REFERENCING NEW TABLE AS new_table
FOR EACH STATEMENT
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 606 accepted
CREATE TRIGGER trigtest_before_row BEFORE INSERT OR UPDATE OR DELETE
ON foreign_schema.foreign_table_1
FOR EACH ROW
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 611 accepted
CREATE TRIGGER trigtest_after_row AFTER INSERT OR UPDATE OR DELETE
ON foreign_schema.foreign_table_1
FOR EACH ROW
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 616 accepted
CREATE CONSTRAINT TRIGGER trigtest_constraint AFTER INSERT OR UPDATE OR DELETE
ON foreign_schema.foreign_table_1
FOR EACH ROW
EXECUTE PROCEDURE dummy_trigger();

-- corpus: line 621 accepted
ALTER FOREIGN TABLE foreign_schema.foreign_table_1
	DISABLE TRIGGER trigtest_before_stmt;

-- corpus: line 623 accepted
ALTER FOREIGN TABLE foreign_schema.foreign_table_1
	ENABLE TRIGGER trigtest_before_stmt;

-- corpus: line 626 accepted
DROP TRIGGER trigtest_before_stmt ON foreign_schema.foreign_table_1;

-- corpus: line 627 accepted
DROP TRIGGER trigtest_before_row ON foreign_schema.foreign_table_1;

-- corpus: line 628 accepted
DROP TRIGGER trigtest_after_stmt ON foreign_schema.foreign_table_1;

-- corpus: line 629 accepted
DROP TRIGGER trigtest_after_row ON foreign_schema.foreign_table_1;

-- corpus: line 631 accepted
DROP FUNCTION dummy_trigger();

-- corpus: line 634 accepted
CREATE TABLE fd_pt1 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
);

-- corpus: line 639 accepted
CREATE FOREIGN TABLE ft2 () INHERITS (fd_pt1)
  SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 643 accepted
DROP FOREIGN TABLE ft2;

-- corpus: line 645 accepted
CREATE FOREIGN TABLE ft2 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 651 accepted
ALTER FOREIGN TABLE ft2 INHERIT fd_pt1;

-- corpus: line 654 accepted
CREATE TABLE ct3() INHERITS(ft2);

-- corpus: line 655 accepted
CREATE FOREIGN TABLE ft3 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
) INHERITS(ft2)
  SERVER s0;

-- corpus: line 666 accepted
ALTER TABLE fd_pt1 ADD COLUMN c4 integer;

-- corpus: line 667 accepted
ALTER TABLE fd_pt1 ADD COLUMN c5 integer DEFAULT 0;

-- corpus: line 668 accepted
ALTER TABLE fd_pt1 ADD COLUMN c6 integer;

-- corpus: line 669 accepted
ALTER TABLE fd_pt1 ADD COLUMN c7 integer NOT NULL;

-- corpus: line 670 accepted
ALTER TABLE fd_pt1 ADD COLUMN c8 integer;

-- corpus: line 677 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c4 SET DEFAULT 0;

-- corpus: line 678 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c5 DROP DEFAULT;

-- corpus: line 679 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c6 SET NOT NULL;

-- corpus: line 680 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c7 DROP NOT NULL;

-- corpus: line 681 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c8 TYPE char(10) USING '0';

-- corpus: line 682 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c8 TYPE char(10);

-- corpus: line 683 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c8 SET DATA TYPE text;

-- corpus: line 684 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c1 SET STATISTICS 10000;

-- corpus: line 685 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c1 SET (n_distinct = 100);

-- corpus: line 686 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c8 SET STATISTICS -1;

-- corpus: line 687 accepted
ALTER TABLE fd_pt1 ALTER COLUMN c8 SET STORAGE EXTERNAL;

-- corpus: line 692 accepted
ALTER TABLE fd_pt1 DROP COLUMN c4;

-- corpus: line 693 accepted
ALTER TABLE fd_pt1 DROP COLUMN c5;

-- corpus: line 694 accepted
ALTER TABLE fd_pt1 DROP COLUMN c6;

-- corpus: line 695 accepted
ALTER TABLE fd_pt1 DROP COLUMN c7;

-- corpus: line 696 accepted
ALTER TABLE fd_pt1 DROP COLUMN c8;

-- corpus: line 701 accepted
ALTER TABLE fd_pt1 ADD CONSTRAINT fd_pt1chk1 CHECK (c1 > 0) NO INHERIT;

-- corpus: line 702 accepted
ALTER TABLE fd_pt1 ADD CONSTRAINT fd_pt1chk2 CHECK (c2 <> '');

-- corpus: line 711 accepted
DROP FOREIGN TABLE ft2;

-- corpus: line 712 accepted
DROP FOREIGN TABLE ft2 CASCADE;

-- corpus: line 713 accepted
CREATE FOREIGN TABLE ft2 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 719 accepted
ALTER FOREIGN TABLE ft2 INHERIT fd_pt1;

-- corpus: line 720 accepted
ALTER FOREIGN TABLE ft2 ADD CONSTRAINT fd_pt1chk2 CHECK (c2 <> '');

-- corpus: line 721 accepted
ALTER FOREIGN TABLE ft2 INHERIT fd_pt1;

-- corpus: line 727 accepted
ALTER TABLE fd_pt1 DROP CONSTRAINT fd_pt1chk1 CASCADE;

-- corpus: line 728 accepted
ALTER TABLE fd_pt1 DROP CONSTRAINT fd_pt1chk2 CASCADE;

-- corpus: line 732 accepted
ALTER TABLE fd_pt1 ADD CONSTRAINT fd_pt1chk3 CHECK (c2 <> '') NOT VALID;

-- corpus: line 736 accepted
ALTER TABLE fd_pt1 VALIDATE CONSTRAINT fd_pt1chk3;

-- corpus: line 741 accepted
ALTER TABLE fd_pt1 RENAME COLUMN c1 TO f1;

-- corpus: line 742 accepted
ALTER TABLE fd_pt1 RENAME COLUMN c2 TO f2;

-- corpus: line 743 accepted
ALTER TABLE fd_pt1 RENAME COLUMN c3 TO f3;

-- corpus: line 745 accepted
ALTER TABLE fd_pt1 RENAME CONSTRAINT fd_pt1chk3 TO f2_check;

-- corpus: line 749 accepted
DROP TABLE fd_pt1 CASCADE;

-- corpus: line 759 accepted
DROP FOREIGN TABLE no_table;

-- corpus: line 760 accepted
DROP FOREIGN TABLE IF EXISTS no_table;

-- corpus: line 761 accepted
DROP FOREIGN TABLE foreign_schema.foreign_table_1;

-- corpus: line 765 accepted
DROP OWNED BY regress_test_role2;

-- corpus: line 766 accepted
DROP OWNED BY regress_test_role2 CASCADE;

-- corpus: line 769 accepted
CREATE TABLE fd_pt2 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
) PARTITION BY LIST (c1);

-- corpus: line 774 accepted
CREATE FOREIGN TABLE fd_pt2_1 PARTITION OF fd_pt2 FOR VALUES IN (1)
  SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 780 accepted
DROP FOREIGN TABLE fd_pt2_1;

-- corpus: line 781 accepted
CREATE FOREIGN TABLE fd_pt2_1 (
	c1 integer NOT NULL,
	c2 text,
	c3 date,
	c4 char
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 788 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 790 accepted
DROP FOREIGN TABLE fd_pt2_1;

-- corpus: line 792 accepted
CREATE FOREIGN TABLE fd_pt2_1 (
	c1 integer NOT NULL,
	c2 text,
	c3 date
) SERVER s0 OPTIONS (delimiter ',', quote '"', "be quoted" 'value');

-- corpus: line 799 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 804 accepted
ALTER TABLE fd_pt2_1 ADD c4 char;

-- corpus: line 807 accepted
ALTER TABLE fd_pt2_1 ALTER c3 SET NOT NULL;

-- corpus: line 808 accepted
ALTER TABLE fd_pt2_1 ADD CONSTRAINT p21chk CHECK (c2 <> '');

-- corpus: line 813 accepted
ALTER TABLE fd_pt2_1 ALTER c1 DROP NOT NULL;

-- corpus: line 816 accepted
ALTER TABLE fd_pt2 DETACH PARTITION fd_pt2_1;

-- corpus: line 817 accepted
ALTER TABLE fd_pt2 ALTER c2 SET NOT NULL;

-- corpus: line 820 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 821 accepted
ALTER FOREIGN TABLE fd_pt2_1 ALTER c2 SET NOT NULL;

-- corpus: line 822 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 824 accepted
ALTER TABLE fd_pt2 DETACH PARTITION fd_pt2_1;

-- corpus: line 825 accepted
ALTER TABLE fd_pt2 ADD CONSTRAINT fd_pt2chk1 CHECK (c1 > 0);

-- corpus: line 828 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 829 accepted
ALTER FOREIGN TABLE fd_pt2_1 ADD CONSTRAINT fd_pt2chk1 CHECK (c1 > 0);

-- corpus: line 830 accepted
ALTER TABLE fd_pt2 ATTACH PARTITION fd_pt2_1 FOR VALUES IN (1);

-- corpus: line 832 accepted
DROP FOREIGN TABLE fd_pt2_1;

-- corpus: line 833 accepted
DROP TABLE fd_pt2;

-- corpus: line 837 accepted
CREATE TEMP TABLE temp_parted (a int) PARTITION BY LIST (a);

-- corpus: line 838 accepted
CREATE FOREIGN TABLE foreign_part PARTITION OF temp_parted DEFAULT
  SERVER s0;

-- corpus: line 840 accepted
CREATE FOREIGN TABLE foreign_part (a int) SERVER s0;

-- corpus: line 841 accepted
ALTER TABLE temp_parted ATTACH PARTITION foreign_part DEFAULT;

-- corpus: line 842 accepted
DROP FOREIGN TABLE foreign_part;

-- corpus: line 843 accepted
DROP TABLE temp_parted;

-- corpus: line 846 accepted
DROP SCHEMA foreign_schema CASCADE;

-- corpus: line 847 accepted
DROP ROLE regress_test_role;

-- corpus: line 848 accepted
DROP SERVER t1 CASCADE;

-- corpus: line 849 accepted
DROP USER MAPPING FOR regress_test_role SERVER s6;

-- corpus: line 850 accepted
DROP FOREIGN DATA WRAPPER foo CASCADE;

-- corpus: line 851 accepted
DROP SERVER s8 CASCADE;

-- corpus: line 852 accepted
DROP ROLE regress_test_indirect;

-- corpus: line 853 accepted
DROP ROLE regress_test_role;

-- corpus: line 854 accepted
DROP ROLE regress_unprivileged_role;

-- corpus: line 855 accepted
REVOKE ALL ON FOREIGN DATA WRAPPER postgresql FROM regress_unprivileged_role;

-- corpus: line 856 accepted
DROP ROLE regress_unprivileged_role;

-- corpus: line 857 accepted
DROP ROLE regress_test_role2;

-- corpus: line 858 accepted
DROP FOREIGN DATA WRAPPER postgresql CASCADE;

-- corpus: line 859 accepted
DROP FOREIGN DATA WRAPPER dummy CASCADE;

-- corpus: line 861 accepted
DROP ROLE regress_foreign_data_user;
