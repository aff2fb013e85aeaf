-- corpus: line 6 accepted
CREATE TABLE unknowntab (
	u unknown    -- fail
);

-- corpus: line 10 accepted
CREATE TYPE unknown_comptype AS (
	u unknown    -- fail
);

-- corpus: line 15 accepted
CREATE TABLE tas_case WITH ("Fillfactor" = 10) AS SELECT 1 a;

-- corpus: line 17 accepted
CREATE UNLOGGED TABLE unlogged1 (a int primary key);

-- corpus: line 18 accepted
CREATE TEMPORARY TABLE unlogged2 (a int primary key);

-- corpus: line 20 accepted
REINDEX INDEX unlogged1_pkey;

-- corpus: line 21 accepted
REINDEX INDEX unlogged2_pkey;

-- corpus: line 23 accepted
DROP TABLE unlogged2;

-- corpus: line 25 accepted
CREATE UNLOGGED TABLE public.unlogged2 (a int primary key);

-- corpus: line 26 accepted
CREATE UNLOGGED TABLE pg_temp.unlogged3 (a int primary key);

-- corpus: line 27 accepted
CREATE TABLE pg_temp.implicitly_temp (a int primary key);

-- corpus: line 28 accepted
CREATE TEMP TABLE explicitly_temp (a int primary key);

-- corpus: line 29 accepted
CREATE TEMP TABLE pg_temp.doubly_temp (a int primary key);

-- corpus: line 30 accepted
CREATE TEMP TABLE public.temp_to_perm (a int primary key);

-- corpus: line 31 accepted
DROP TABLE unlogged1, public.unlogged2;

-- corpus: line 33 accepted
CREATE TABLE as_select1 AS SELECT * FROM pg_class WHERE relkind = 'r';

-- corpus: line 34 accepted
CREATE TABLE as_select1 AS SELECT * FROM pg_class WHERE relkind = 'r';

-- corpus: line 35 accepted
CREATE TABLE IF NOT EXISTS as_select1 AS SELECT * FROM pg_class WHERE relkind = 'r';

-- corpus: line 36 accepted
DROP TABLE as_select1;

-- corpus: line 39 accepted
CREATE TABLE as_select1 AS EXECUTE select1;

-- corpus: line 40 accepted
CREATE TABLE as_select1 AS EXECUTE select1;

-- corpus: line 42 accepted
CREATE TABLE IF NOT EXISTS as_select1 AS EXECUTE select1;

-- corpus: line 43 accepted
DROP TABLE as_select1;

-- corpus: line 57 rejected 42601 syntax error at or near "OIDS"
CREATE TABLE withoid() WITH OIDS;

-- corpus: line 58 accepted
CREATE TABLE withoid() WITH (oids);

-- corpus: line 59 accepted
CREATE TABLE withoid() WITH (oids = true);

-- corpus: line 62 accepted
CREATE TEMP TABLE withoutoid() WITHOUT OIDS;

-- corpus: line 62 accepted
DROP TABLE withoutoid;

-- corpus: line 63 accepted
CREATE TEMP TABLE withoutoid() WITH (oids = false);

-- corpus: line 63 accepted
DROP TABLE withoutoid;

-- corpus: line 67 accepted
CREATE TABLE default_expr_column (id int DEFAULT (id));

-- corpus: line 68 accepted
CREATE TABLE default_expr_column (id int DEFAULT (bar.id));

-- corpus: line 69 accepted
CREATE TABLE default_expr_agg_column (id int DEFAULT (avg(id)));

-- corpus: line 71 accepted
CREATE TABLE default_expr_non_column (a int DEFAULT (avg(non_existent)));

-- corpus: line 73 accepted
CREATE TABLE default_expr_agg (a int DEFAULT (avg(1)));

-- corpus: line 75 accepted
CREATE TABLE default_expr_agg (a int DEFAULT (select 1));

-- corpus: line 77 accepted
CREATE TABLE default_expr_agg (a int DEFAULT (generate_series(1,3)));

-- corpus: line 81 accepted
CREATE TABLE remember_create_subid (c int);

-- corpus: line 82 accepted
DROP TABLE remember_create_subid;

-- corpus: line 84 accepted
DROP TABLE remember_create_subid;

-- corpus: line 87 accepted
CREATE TABLE remember_node_subid (c int);

-- corpus: line 89 accepted
ALTER TABLE remember_node_subid ALTER c TYPE bigint;

-- corpus: line 90 accepted
DROP TABLE remember_node_subid;

-- corpus: line 92 accepted
DROP TABLE remember_node_subid;

-- corpus: line 99 accepted
CREATE TABLE partitioned (
	a int
) INHERITS (some_table) PARTITION BY LIST (a);

-- corpus: line 104 accepted
CREATE TABLE partitioned (
	a1 int,
	a2 int
) PARTITION BY LIST (a1, a2);

-- corpus: line 110 accepted
CREATE TABLE partitioned (
	a int,
	EXCLUDE USING gist (a WITH &&)
) PARTITION BY RANGE (a);

-- corpus: line 116 accepted
CREATE FUNCTION retset (a int) RETURNS SETOF int AS $$ SELECT 1; $$ LANGUAGE SQL IMMUTABLE;

-- corpus: line 117 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE (retset(a));

-- corpus: line 120 accepted
DROP FUNCTION retset(int);

-- corpus: line 122 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE ((avg(a)));

-- corpus: line 126 accepted
CREATE TABLE partitioned (
	a int,
	b int
) PARTITION BY RANGE ((avg(a) OVER (PARTITION BY b)));

-- corpus: line 131 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY LIST ((a LIKE (SELECT 1)));

-- corpus: line 135 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE ((42));

-- corpus: line 139 accepted
CREATE FUNCTION const_func () RETURNS int AS $$ SELECT 1; $$ LANGUAGE SQL IMMUTABLE;

-- corpus: line 140 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE (const_func());

-- corpus: line 143 accepted
DROP FUNCTION const_func();

-- corpus: line 146 accepted
CREATE TABLE partitioned (
    a int
) PARTITION BY MAGIC (a);

-- corpus: line 151 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE (b);

-- corpus: line 156 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE (xmin);

-- corpus: line 161 accepted
CREATE TABLE partitioned (
	a int,
	b int
) PARTITION BY RANGE (((a, b)));

-- corpus: line 165 accepted
CREATE TABLE partitioned (
	a int,
	b int
) PARTITION BY RANGE (a, ('unknown'));

-- corpus: line 171 accepted
CREATE FUNCTION immut_func (a int) RETURNS int AS $$ SELECT a + random()::int; $$ LANGUAGE SQL;

-- corpus: line 172 accepted
CREATE TABLE partitioned (
	a int
) PARTITION BY RANGE (immut_func(a));

-- corpus: line 175 accepted
DROP FUNCTION immut_func(int);

-- corpus: line 178 accepted
CREATE TABLE partitioned (
	a point
) PARTITION BY LIST (a);

-- corpus: line 181 accepted
CREATE TABLE partitioned (
	a point
) PARTITION BY LIST (a point_ops);

-- corpus: line 184 accepted
CREATE TABLE partitioned (
	a point
) PARTITION BY RANGE (a);

-- corpus: line 187 accepted
CREATE TABLE partitioned (
	a point
) PARTITION BY RANGE (a point_ops);

-- corpus: line 192 accepted
CREATE TABLE partitioned (
	a int,
	CONSTRAINT check_a CHECK (a > 0) NO INHERIT
) PARTITION BY RANGE (a);

-- corpus: line 198 accepted
CREATE FUNCTION plusone(a int) RETURNS INT AS $$ SELECT a+1; $$ LANGUAGE SQL;

-- corpus: line 200 accepted
CREATE TABLE partitioned (
	a int,
	b int,
	c text,
	d text
) PARTITION BY RANGE (a oid_ops, plusone(b), c collate "default", d collate "C");

-- corpus: line 211 accepted
DROP FUNCTION plusone(int);

-- corpus: line 214 accepted
CREATE TABLE partitioned2 (
	a int,
	b text
) PARTITION BY RANGE ((a+1), substr(b, 1, 5));

-- corpus: line 218 accepted
CREATE TABLE fail () INHERITS (partitioned2);

-- corpus: line 225 accepted
CREATE TABLE part2_1 PARTITION OF partitioned2 FOR VALUES FROM (-1, 'aaaaa') TO (100, 'ccccc');

-- corpus: line 228 accepted
DROP TABLE partitioned, partitioned2;

-- corpus: line 231 accepted
create table partitioned (a int, b int)
  partition by list ((row(a, b)::partitioned));

-- corpus: line 233 accepted
create table partitioned1
  partition of partitioned for values in ('(1,2)'::partitioned);

-- corpus: line 235 accepted
create table partitioned2
  partition of partitioned for values in ('(2,4)'::partitioned);

-- corpus: line 239 accepted
drop table partitioned;

-- corpus: line 242 accepted
create table partitioned (a int, b int)
  partition by list ((partitioned));

-- corpus: line 244 accepted
create table partitioned1
  partition of partitioned for values in ('(1,2)');

-- corpus: line 246 accepted
create table partitioned2
  partition of partitioned for values in ('(2,4)');

-- corpus: line 251 accepted
drop table partitioned;

-- corpus: line 254 accepted
create domain intdom1 as int;

-- corpus: line 256 accepted
create table partitioned (
	a intdom1,
	b text
) partition by range (a);

-- corpus: line 261 accepted
alter table partitioned drop column a;

-- corpus: line 263 accepted
drop domain intdom1;

-- corpus: line 265 accepted
drop domain intdom1 cascade;

-- corpus: line 270 accepted
create domain intdom1 as int;

-- corpus: line 272 accepted
create table partitioned (
	a intdom1,
	b text
) partition by range (plusone(a));

-- corpus: line 277 accepted
alter table partitioned drop column a;

-- corpus: line 279 accepted
drop domain intdom1;

-- corpus: line 281 accepted
drop domain intdom1 cascade;

-- corpus: line 292 accepted
CREATE TABLE list_parted (
	a int
) PARTITION BY LIST (a);

-- corpus: line 295 accepted
CREATE TABLE part_p1 PARTITION OF list_parted FOR VALUES IN ('1');

-- corpus: line 296 accepted
CREATE TABLE part_p2 PARTITION OF list_parted FOR VALUES IN (2);

-- corpus: line 297 accepted
CREATE TABLE part_p3 PARTITION OF list_parted FOR VALUES IN ((2+1));

-- corpus: line 298 accepted
CREATE TABLE part_null PARTITION OF list_parted FOR VALUES IN (null);

-- corpus: line 302 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (somename);

-- corpus: line 303 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (somename.somename);

-- corpus: line 304 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (a);

-- corpus: line 305 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (sum(a));

-- corpus: line 306 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (sum(somename));

-- corpus: line 307 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (sum(1));

-- corpus: line 308 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN ((select 1));

-- corpus: line 309 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN (generate_series(4, 6));

-- corpus: line 310 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF list_parted FOR VALUES IN ((1+1) collate "POSIX");

-- corpus: line 313 rejected 42601 syntax error at or near ")"
CREATE TABLE fail_part PARTITION OF list_parted FOR VALUES IN ();

-- corpus: line 315 accepted
CREATE TABLE fail_part PARTITION OF list_parted FOR VALUES FROM (1) TO (2);

-- corpus: line 317 accepted
CREATE TABLE fail_part PARTITION OF list_parted FOR VALUES WITH (MODULUS 10, REMAINDER 1);

-- corpus: line 320 accepted
CREATE TABLE part_default PARTITION OF list_parted DEFAULT;

-- corpus: line 321 accepted
CREATE TABLE fail_default_part PARTITION OF list_parted DEFAULT;

-- corpus: line 324 accepted
CREATE TABLE bools (
	a bool
) PARTITION BY LIST (a);

-- corpus: line 327 accepted
CREATE TABLE bools_true PARTITION OF bools FOR VALUES IN (1);

-- corpus: line 328 accepted
DROP TABLE bools;

-- corpus: line 331 accepted
CREATE TABLE moneyp (
	a money
) PARTITION BY LIST (a);

-- corpus: line 334 accepted
CREATE TABLE moneyp_10 PARTITION OF moneyp FOR VALUES IN (10);

-- corpus: line 335 accepted
CREATE TABLE moneyp_11 PARTITION OF moneyp FOR VALUES IN ('11');

-- corpus: line 336 accepted
CREATE TABLE moneyp_12 PARTITION OF moneyp FOR VALUES IN (to_char(12, '99')::int);

-- corpus: line 337 accepted
DROP TABLE moneyp;

-- corpus: line 340 accepted
CREATE TABLE bigintp (
	a bigint
) PARTITION BY LIST (a);

-- corpus: line 343 accepted
CREATE TABLE bigintp_10 PARTITION OF bigintp FOR VALUES IN (10);

-- corpus: line 345 accepted
CREATE TABLE bigintp_10_2 PARTITION OF bigintp FOR VALUES IN ('10');

-- corpus: line 346 accepted
DROP TABLE bigintp;

-- corpus: line 348 accepted
CREATE TABLE range_parted (
	a date
) PARTITION BY RANGE (a);

-- corpus: line 353 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (somename) TO ('2019-01-01');

-- corpus: line 355 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (somename.somename) TO ('2019-01-01');

-- corpus: line 357 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (a) TO ('2019-01-01');

-- corpus: line 359 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (max(a)) TO ('2019-01-01');

-- corpus: line 361 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (max(somename)) TO ('2019-01-01');

-- corpus: line 363 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (max('2019-02-01'::date)) TO ('2019-01-01');

-- corpus: line 365 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM ((select 1)) TO ('2019-01-01');

-- corpus: line 367 accepted
CREATE TABLE part_bogus_expr_fail PARTITION OF range_parted
  FOR VALUES FROM (generate_series(1, 3)) TO ('2019-01-01');

-- corpus: line 371 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES IN ('a');

-- corpus: line 373 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES WITH (MODULUS 10, REMAINDER 1);

-- corpus: line 376 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES FROM ('a', 1) TO ('z');

-- corpus: line 377 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES FROM ('a') TO ('z', 1);

-- corpus: line 380 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES FROM (null) TO (maxvalue);

-- corpus: line 383 accepted
CREATE TABLE fail_part PARTITION OF range_parted FOR VALUES WITH (MODULUS 10, REMAINDER 1);

-- corpus: line 386 accepted
CREATE TABLE hash_parted (
	a int
) PARTITION BY HASH (a);

-- corpus: line 389 accepted
CREATE TABLE hpart_1 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 10, REMAINDER 0);

-- corpus: line 390 accepted
CREATE TABLE hpart_2 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 50, REMAINDER 1);

-- corpus: line 391 accepted
CREATE TABLE hpart_3 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 200, REMAINDER 2);

-- corpus: line 392 accepted
CREATE TABLE hpart_4 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 10, REMAINDER 3);

-- corpus: line 394 accepted
CREATE TABLE fail_part PARTITION OF hash_parted FOR VALUES WITH (MODULUS 25, REMAINDER 3);

-- corpus: line 396 accepted
CREATE TABLE fail_part PARTITION OF hash_parted FOR VALUES WITH (MODULUS 150, REMAINDER 3);

-- corpus: line 398 accepted
CREATE TABLE fail_part PARTITION OF hash_parted FOR VALUES WITH (MODULUS 100, REMAINDER 3);

-- corpus: line 400 accepted
CREATE TABLE fail_part PARTITION OF hash_parted FOR VALUES FROM ('a', 1) TO ('z');

-- corpus: line 402 accepted
CREATE TABLE fail_part PARTITION OF hash_parted FOR VALUES IN (1000);

-- corpus: line 405 accepted
CREATE TABLE fail_default_part PARTITION OF hash_parted DEFAULT;

-- corpus: line 410 accepted
CREATE TABLE unparted (
	a int
);

-- corpus: line 413 accepted
CREATE TABLE fail_part PARTITION OF unparted FOR VALUES IN ('a');

-- corpus: line 414 accepted
CREATE TABLE fail_part PARTITION OF unparted FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 415 accepted
DROP TABLE unparted;

-- corpus: line 418 accepted
CREATE TEMP TABLE temp_parted (
	a int
) PARTITION BY LIST (a);

-- corpus: line 421 accepted
CREATE TABLE fail_part PARTITION OF temp_parted FOR VALUES IN ('a');

-- corpus: line 422 accepted
DROP TABLE temp_parted;

-- corpus: line 426 accepted
CREATE TABLE list_parted2 (
	a varchar
) PARTITION BY LIST (a);

-- corpus: line 429 accepted
CREATE TABLE part_null_z PARTITION OF list_parted2 FOR VALUES IN (null, 'z');

-- corpus: line 430 accepted
CREATE TABLE part_ab PARTITION OF list_parted2 FOR VALUES IN ('a', 'b');

-- corpus: line 431 accepted
CREATE TABLE list_parted2_def PARTITION OF list_parted2 DEFAULT;

-- corpus: line 433 accepted
CREATE TABLE fail_part PARTITION OF list_parted2 FOR VALUES IN (null);

-- corpus: line 434 accepted
CREATE TABLE fail_part PARTITION OF list_parted2 FOR VALUES IN ('b', 'c');

-- corpus: line 437 accepted
CREATE TABLE fail_part PARTITION OF list_parted2 FOR VALUES IN ('W', 'X', 'Y');

-- corpus: line 439 accepted
CREATE TABLE range_parted2 (
	a int
) PARTITION BY RANGE (a);

-- corpus: line 444 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (1) TO (0);

-- corpus: line 446 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (1) TO (1);

-- corpus: line 448 accepted
CREATE TABLE part0 PARTITION OF range_parted2 FOR VALUES FROM (minvalue) TO (1);

-- corpus: line 449 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (minvalue) TO (2);

-- corpus: line 450 accepted
CREATE TABLE part1 PARTITION OF range_parted2 FOR VALUES FROM (1) TO (10);

-- corpus: line 451 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (-1) TO (1);

-- corpus: line 452 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (9) TO (maxvalue);

-- corpus: line 453 accepted
CREATE TABLE part2 PARTITION OF range_parted2 FOR VALUES FROM (20) TO (30);

-- corpus: line 454 accepted
CREATE TABLE part3 PARTITION OF range_parted2 FOR VALUES FROM (30) TO (40);

-- corpus: line 455 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (10) TO (30);

-- corpus: line 456 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (10) TO (50);

-- corpus: line 459 accepted
CREATE TABLE range2_default PARTITION OF range_parted2 DEFAULT;

-- corpus: line 462 accepted
CREATE TABLE fail_default_part PARTITION OF range_parted2 DEFAULT;

-- corpus: line 466 accepted
CREATE TABLE fail_part PARTITION OF range_parted2 FOR VALUES FROM (80) TO (90);

-- corpus: line 467 accepted
CREATE TABLE part4 PARTITION OF range_parted2 FOR VALUES FROM (90) TO (100);

-- corpus: line 470 accepted
CREATE TABLE range_parted3 (
	a int,
	b int
) PARTITION BY RANGE (a, (b+1));

-- corpus: line 475 accepted
CREATE TABLE part00 PARTITION OF range_parted3 FOR VALUES FROM (0, minvalue) TO (0, maxvalue);

-- corpus: line 476 accepted
CREATE TABLE fail_part PARTITION OF range_parted3 FOR VALUES FROM (0, minvalue) TO (0, 1);

-- corpus: line 478 accepted
CREATE TABLE part10 PARTITION OF range_parted3 FOR VALUES FROM (1, minvalue) TO (1, 1);

-- corpus: line 479 accepted
CREATE TABLE part11 PARTITION OF range_parted3 FOR VALUES FROM (1, 1) TO (1, 10);

-- corpus: line 480 accepted
CREATE TABLE part12 PARTITION OF range_parted3 FOR VALUES FROM (1, 10) TO (1, maxvalue);

-- corpus: line 481 accepted
CREATE TABLE fail_part PARTITION OF range_parted3 FOR VALUES FROM (1, 10) TO (1, 20);

-- corpus: line 482 accepted
CREATE TABLE range3_default PARTITION OF range_parted3 DEFAULT;

-- corpus: line 487 accepted
CREATE TABLE fail_part PARTITION OF range_parted3 FOR VALUES FROM (1, minvalue) TO (1, maxvalue);

-- corpus: line 490 accepted
CREATE TABLE hash_parted2 (
	a varchar
) PARTITION BY HASH (a);

-- corpus: line 493 accepted
CREATE TABLE h2part_1 PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 4, REMAINDER 2);

-- corpus: line 494 accepted
CREATE TABLE h2part_2 PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 8, REMAINDER 0);

-- corpus: line 495 accepted
CREATE TABLE h2part_3 PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 8, REMAINDER 4);

-- corpus: line 496 accepted
CREATE TABLE h2part_4 PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 8, REMAINDER 5);

-- corpus: line 498 accepted
CREATE TABLE fail_part PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 500 accepted
CREATE TABLE fail_part PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 0, REMAINDER 1);

-- corpus: line 502 accepted
CREATE TABLE fail_part PARTITION OF hash_parted2 FOR VALUES WITH (MODULUS 8, REMAINDER 8);

-- corpus: line 506 accepted
CREATE TABLE parted (
	a text,
	b int NOT NULL DEFAULT 0,
	CONSTRAINT check_a CHECK (length(a) > 0)
) PARTITION BY LIST (a);

-- corpus: line 512 accepted
CREATE TABLE part_a PARTITION OF parted FOR VALUES IN ('a');

-- corpus: line 522 accepted
CREATE TABLE part_b PARTITION OF parted (
	b NOT NULL,
	b DEFAULT 1,
	b CHECK (b >= 0),
	CONSTRAINT check_a CHECK (length(a) > 0)
) FOR VALUES IN ('b');

-- corpus: line 529 accepted
CREATE TABLE part_b PARTITION OF parted (
	b NOT NULL DEFAULT 1,
	CONSTRAINT check_a CHECK (length(a) > 0),
	CONSTRAINT check_b CHECK (b >= 0)
) FOR VALUES IN ('b');

-- corpus: line 538 accepted
ALTER TABLE parted ADD CONSTRAINT check_b CHECK (b >= 0);

-- corpus: line 542 accepted
ALTER TABLE part_b DROP CONSTRAINT check_a;

-- corpus: line 543 accepted
ALTER TABLE part_b DROP CONSTRAINT check_b;

-- corpus: line 548 accepted
ALTER TABLE parted DROP CONSTRAINT check_a, DROP CONSTRAINT check_b;

-- corpus: line 552 accepted
CREATE TABLE fail_part_col_not_found PARTITION OF parted FOR VALUES IN ('c') PARTITION BY RANGE (c);

-- corpus: line 553 accepted
CREATE TABLE part_c PARTITION OF parted (b WITH OPTIONS NOT NULL DEFAULT 0) FOR VALUES IN ('c') PARTITION BY RANGE ((b));

-- corpus: line 556 accepted
CREATE TABLE part_c_1_10 PARTITION OF part_c FOR VALUES FROM (1) TO (10);

-- corpus: line 559 accepted
create table parted_notnull_inh_test (a int default 1, b int not null default 0) partition by list (a);

-- corpus: line 560 accepted
create table parted_notnull_inh_test1 partition of parted_notnull_inh_test (a not null, b default 1) for values in (1);

-- corpus: line 564 accepted
drop table parted_notnull_inh_test;

-- corpus: line 567 accepted
create table parted_boolean_col (a bool, b text) partition by list(a);

-- corpus: line 568 accepted
create table parted_boolean_less partition of parted_boolean_col
  for values in ('foo' < 'bar');

-- corpus: line 570 accepted
create table parted_boolean_greater partition of parted_boolean_col
  for values in ('foo' > 'bar');

-- corpus: line 572 accepted
drop table parted_boolean_col;

-- corpus: line 575 accepted
create table parted_collate_must_match (a text collate "C", b text collate "C")
  partition by range (a);

-- corpus: line 578 accepted
create table parted_collate_must_match1 partition of parted_collate_must_match
  (a collate "POSIX") for values from ('a') to ('m');

-- corpus: line 581 accepted
create table parted_collate_must_match2 partition of parted_collate_must_match
  (b collate "POSIX") for values from ('m') to ('z');

-- corpus: line 583 accepted
drop table parted_collate_must_match;

-- corpus: line 588 accepted
create table test_part_coll_posix (a text) partition by range (a collate "POSIX");

-- corpus: line 590 accepted
create table test_part_coll partition of test_part_coll_posix for values from ('a' collate "C") to ('g');

-- corpus: line 592 accepted
create table test_part_coll2 partition of test_part_coll_posix for values from ('g') to ('m');

-- corpus: line 594 accepted
create table test_part_coll_cast partition of test_part_coll_posix for values from (name 'm' collate "C") to ('s');

-- corpus: line 596 accepted
create table test_part_coll_cast2 partition of test_part_coll_posix for values from (name 's') to ('z');

-- corpus: line 598 accepted
drop table test_part_coll_posix;

-- corpus: line 617 accepted
CREATE TABLE range_parted4 (a int, b int, c int) PARTITION BY RANGE (abs(a), abs(b), c);

-- corpus: line 618 accepted
CREATE TABLE unbounded_range_part PARTITION OF range_parted4 FOR VALUES FROM (MINVALUE, MINVALUE, MINVALUE) TO (MAXVALUE, MAXVALUE, MAXVALUE);

-- corpus: line 620 accepted
DROP TABLE unbounded_range_part;

-- corpus: line 621 accepted
CREATE TABLE range_parted4_1 PARTITION OF range_parted4 FOR VALUES FROM (MINVALUE, MINVALUE, MINVALUE) TO (1, MAXVALUE, MAXVALUE);

-- corpus: line 623 accepted
CREATE TABLE range_parted4_2 PARTITION OF range_parted4 FOR VALUES FROM (3, 4, 5) TO (6, 7, MAXVALUE);

-- corpus: line 625 accepted
CREATE TABLE range_parted4_3 PARTITION OF range_parted4 FOR VALUES FROM (6, 8, MINVALUE) TO (9, MAXVALUE, MAXVALUE);

-- corpus: line 627 accepted
DROP TABLE range_parted4;

-- corpus: line 630 accepted
CREATE FUNCTION my_int4_sort(int4,int4) RETURNS int LANGUAGE sql
  AS $$ SELECT CASE WHEN $1 = $2 THEN 0 WHEN $1 > $2 THEN 1 ELSE -1 END; $$;

-- corpus: line 632 accepted
CREATE OPERATOR CLASS test_int4_ops FOR TYPE int4 USING btree AS
  OPERATOR 1 < (int4,int4), OPERATOR 2 <= (int4,int4),
  OPERATOR 3 = (int4,int4), OPERATOR 4 >= (int4,int4),
  OPERATOR 5 > (int4,int4), FUNCTION 1 my_int4_sort(int4,int4);

-- corpus: line 636 accepted
CREATE TABLE partkey_t (a int4) PARTITION BY RANGE (a test_int4_ops);

-- corpus: line 637 accepted
CREATE TABLE partkey_t_1 PARTITION OF partkey_t FOR VALUES FROM (0) TO (1000);

-- corpus: line 642 accepted
DROP TABLE parted, list_parted, range_parted, list_parted2, range_parted2, range_parted3;

-- corpus: line 643 accepted
DROP TABLE partkey_t, hash_parted, hash_parted2;

-- corpus: line 644 accepted
DROP OPERATOR CLASS test_int4_ops USING btree;

-- corpus: line 645 accepted
DROP FUNCTION my_int4_sort(int4,int4);

-- corpus: line 648 accepted
CREATE TABLE parted_col_comment (a int, b text) PARTITION BY LIST (a);

-- corpus: line 649 accepted
COMMENT ON TABLE parted_col_comment IS 'Am partitioned table';

-- corpus: line 650 accepted
COMMENT ON COLUMN parted_col_comment.a IS 'Partition key';

-- corpus: line 653 accepted
DROP TABLE parted_col_comment;

-- corpus: line 656 accepted
CREATE TABLE parted_col_comment (a int, b text) PARTITION BY LIST (a) WITH (fillfactor=100);

-- corpus: line 659 accepted
CREATE TABLE arrlp (a int[]) PARTITION BY LIST (a);

-- corpus: line 660 accepted
CREATE TABLE arrlp12 PARTITION OF arrlp FOR VALUES IN ('{1}', '{2}');

-- corpus: line 662 accepted
DROP TABLE arrlp;

-- corpus: line 665 accepted
create table boolspart (a bool) partition by list (a);

-- corpus: line 666 accepted
create table boolspart_t partition of boolspart for values in (true);

-- corpus: line 667 accepted
create table boolspart_f partition of boolspart for values in (false);

-- corpus: line 669 accepted
drop table boolspart;

-- corpus: line 672 accepted
create table perm_parted (a int) partition by list (a);

-- corpus: line 673 accepted
create temporary table temp_parted (a int) partition by list (a);

-- corpus: line 674 accepted
create table perm_part partition of temp_parted default;

-- corpus: line 675 accepted
create temp table temp_part partition of perm_parted default;

-- corpus: line 676 accepted
create temp table temp_part partition of temp_parted default;

-- corpus: line 677 accepted
drop table perm_parted cascade;

-- corpus: line 678 accepted
drop table temp_parted cascade;

-- corpus: line 681 accepted
create table tab_part_create (a int) partition by list (a);

-- corpus: line 682 accepted
create or replace function func_part_create() returns trigger
  language plpgsql as $$
  begin
    execute 'create table tab_part_create_1 partition of tab_part_create for values in (1)';
    return null;
  end $$;

-- corpus: line 688 accepted
create trigger trig_part_create before insert on tab_part_create
  for each statement execute procedure func_part_create();

-- corpus: line 691 accepted
drop table tab_part_create;

-- corpus: line 692 accepted
drop function func_part_create();

-- corpus: line 695 accepted
create table volatile_partbound_test (partkey timestamp) partition by range (partkey);

-- corpus: line 696 accepted
create table volatile_partbound_test1 partition of volatile_partbound_test for values from (minvalue) to (current_timestamp);

-- corpus: line 697 accepted
create table volatile_partbound_test2 partition of volatile_partbound_test for values from (current_timestamp) to (maxvalue);

-- corpus: line 701 accepted
drop table volatile_partbound_test;

-- corpus: line 705 accepted
create table defcheck (a int, b int) partition by list (b);

-- corpus: line 706 accepted
create table defcheck_def (a int, c int, b int);

-- corpus: line 707 accepted
alter table defcheck_def drop c;

-- corpus: line 708 accepted
alter table defcheck attach partition defcheck_def default;

-- corpus: line 709 accepted
alter table defcheck_def add check (b <= 0 and b is not null);

-- corpus: line 710 accepted
create table defcheck_1 partition of defcheck for values in (1, null);

-- corpus: line 714 accepted
create table defcheck_0 partition of defcheck for values in (0);

-- corpus: line 715 accepted
drop table defcheck;

-- corpus: line 719 accepted
create table part_column_drop (
  useless_1 int,
  id int,
  useless_2 int,
  d int,
  b int,
  useless_3 int
) partition by range (id);

-- corpus: line 727 accepted
alter table part_column_drop drop column useless_1;

-- corpus: line 728 accepted
alter table part_column_drop drop column useless_2;

-- corpus: line 729 accepted
alter table part_column_drop drop column useless_3;

-- corpus: line 730 accepted
create index part_column_drop_b_pred on part_column_drop(b) where b = 1;

-- corpus: line 731 accepted
create index part_column_drop_b_expr on part_column_drop((b = 1));

-- corpus: line 732 accepted
create index part_column_drop_d_pred on part_column_drop(d) where d = 2;

-- corpus: line 733 accepted
create index part_column_drop_d_expr on part_column_drop((d = 2));

-- corpus: line 734 accepted
create table part_column_drop_1_10 partition of
  part_column_drop for values from (1) to (10);

-- corpus: line 738 accepted
drop table part_column_drop;
