-- corpus: line 19 accepted
CREATE TABLE real_city (
	pop			int4,
	cname		text,
	outline 	path
);

-- corpus: line 34 accepted
CREATE VIEW street AS
   SELECT r.name, r.thepath, c.cname AS cname
   FROM ONLY road r, real_city c
   WHERE c.outline ?# r.thepath;

-- corpus: line 39 accepted
CREATE VIEW iexit AS
   SELECT ih.name, ih.thepath,
	interpt_pp(ih.thepath, r.thepath) AS exit
   FROM ihighway ih, ramp r
   WHERE ih.thepath ?# r.thepath;

-- corpus: line 45 accepted
CREATE VIEW toyemp AS
   SELECT name, age, location, 12*salary AS annualsal
   FROM emp;

-- corpus: line 50 accepted
COMMENT ON VIEW noview IS 'no view';

-- corpus: line 51 accepted
COMMENT ON VIEW toyemp IS 'is a view';

-- corpus: line 52 accepted
COMMENT ON VIEW toyemp IS NULL;

-- corpus: line 56 accepted
CREATE TABLE view_base_table (key int PRIMARY KEY, data varchar(20));

-- corpus: line 58 accepted
CREATE VIEW key_dependent_view AS
   SELECT * FROM view_base_table GROUP BY key;

-- corpus: line 61 accepted
ALTER TABLE view_base_table DROP CONSTRAINT view_base_table_pkey;

-- corpus: line 63 accepted
CREATE VIEW key_dependent_view_no_cols AS
   SELECT FROM view_base_table GROUP BY key HAVING length(data) > 0;

-- corpus: line 70 accepted
CREATE TABLE viewtest_tbl (a int, b int, c numeric(10,1), d text COLLATE "C");

-- corpus: line 79 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT * FROM viewtest_tbl;

-- corpus: line 82 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT * FROM viewtest_tbl WHERE a > 10;

-- corpus: line 87 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a, b, c, d FROM viewtest_tbl WHERE a > 5 ORDER BY b DESC;

-- corpus: line 93 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a FROM viewtest_tbl WHERE a <> 20;

-- corpus: line 97 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT 1, * FROM viewtest_tbl;

-- corpus: line 101 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a, b::numeric, c, d FROM viewtest_tbl;

-- corpus: line 105 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a, b, c::numeric(10,2), d FROM viewtest_tbl;

-- corpus: line 109 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a, b, c, d COLLATE "POSIX" FROM viewtest_tbl;

-- corpus: line 113 accepted
CREATE OR REPLACE VIEW viewtest AS
	SELECT a, b, c, d, 0 AS e FROM viewtest_tbl;

-- corpus: line 116 accepted
DROP VIEW viewtest;

-- corpus: line 117 accepted
DROP TABLE viewtest_tbl;

-- corpus: line 121 accepted
CREATE SCHEMA temp_view_test
    CREATE TABLE base_table (a int, id int)
    CREATE TABLE base_table2 (a int, id int);

-- corpus: line 127 accepted
CREATE TEMPORARY TABLE temp_table (a int, id int);

-- corpus: line 130 accepted
CREATE VIEW v1 AS SELECT * FROM base_table;

-- corpus: line 132 accepted
CREATE VIEW v1_temp AS SELECT * FROM temp_table;

-- corpus: line 134 accepted
CREATE TEMP VIEW v2_temp AS SELECT * FROM base_table;

-- corpus: line 136 accepted
CREATE VIEW temp_view_test.v2 AS SELECT * FROM base_table;

-- corpus: line 138 accepted
CREATE VIEW temp_view_test.v3_temp AS SELECT * FROM temp_table;

-- corpus: line 140 accepted
CREATE SCHEMA test_view_schema
    CREATE TEMP VIEW testview AS SELECT 1;

-- corpus: line 147 accepted
CREATE VIEW v3 AS
    SELECT t1.a AS t1_a, t2.a AS t2_a
    FROM base_table t1, base_table2 t2
    WHERE t1.id = t2.id;

-- corpus: line 152 accepted
CREATE VIEW v4_temp AS
    SELECT t1.a AS t1_a, t2.a AS t2_a
    FROM base_table t1, temp_table t2
    WHERE t1.id = t2.id;

-- corpus: line 157 accepted
CREATE VIEW v5_temp AS
    SELECT t1.a AS t1_a, t2.a AS t2_a, t3.a AS t3_a
    FROM base_table t1, base_table2 t2, temp_table t3
    WHERE t1.id = t2.id and t2.id = t3.id;

-- corpus: line 163 accepted
CREATE VIEW v4 AS SELECT * FROM base_table WHERE id IN (SELECT id FROM base_table2);

-- corpus: line 164 accepted
CREATE VIEW v5 AS SELECT t1.id, t2.a FROM base_table t1, (SELECT * FROM base_table2) t2;

-- corpus: line 165 accepted
CREATE VIEW v6 AS SELECT * FROM base_table WHERE EXISTS (SELECT 1 FROM base_table2);

-- corpus: line 166 accepted
CREATE VIEW v7 AS SELECT * FROM base_table WHERE NOT EXISTS (SELECT 1 FROM base_table2);

-- corpus: line 167 accepted
CREATE VIEW v8 AS SELECT * FROM base_table WHERE EXISTS (SELECT 1);

-- corpus: line 169 accepted
CREATE VIEW v6_temp AS SELECT * FROM base_table WHERE id IN (SELECT id FROM temp_table);

-- corpus: line 170 accepted
CREATE VIEW v7_temp AS SELECT t1.id, t2.a FROM base_table t1, (SELECT * FROM temp_table) t2;

-- corpus: line 171 accepted
CREATE VIEW v8_temp AS SELECT * FROM base_table WHERE EXISTS (SELECT 1 FROM temp_table);

-- corpus: line 172 accepted
CREATE VIEW v9_temp AS SELECT * FROM base_table WHERE NOT EXISTS (SELECT 1 FROM temp_table);

-- corpus: line 175 accepted
CREATE VIEW v10_temp AS SELECT * FROM v7_temp;

-- corpus: line 176 accepted
CREATE VIEW v11_temp AS SELECT t1.id, t2.a FROM base_table t1, v10_temp t2;

-- corpus: line 177 accepted
CREATE VIEW v12_temp AS SELECT true FROM v11_temp;

-- corpus: line 180 accepted
CREATE SEQUENCE seq1;

-- corpus: line 181 accepted
CREATE TEMPORARY SEQUENCE seq1_temp;

-- corpus: line 182 accepted
CREATE VIEW v9 AS SELECT seq1.is_called FROM seq1;

-- corpus: line 183 accepted
CREATE VIEW v13_temp AS SELECT seq1_temp.is_called FROM seq1_temp;

-- corpus: line 194 accepted
CREATE SCHEMA testviewschm2;

-- corpus: line 197 accepted
CREATE TABLE t1 (num int, name text);

-- corpus: line 198 accepted
CREATE TABLE t2 (num2 int, value text);

-- corpus: line 199 accepted
CREATE TEMP TABLE tt (num2 int, value text);

-- corpus: line 201 accepted
CREATE VIEW nontemp1 AS SELECT * FROM t1 CROSS JOIN t2;

-- corpus: line 202 accepted
CREATE VIEW temporal1 AS SELECT * FROM t1 CROSS JOIN tt;

-- corpus: line 203 accepted
CREATE VIEW nontemp2 AS SELECT * FROM t1 INNER JOIN t2 ON t1.num = t2.num2;

-- corpus: line 204 accepted
CREATE VIEW temporal2 AS SELECT * FROM t1 INNER JOIN tt ON t1.num = tt.num2;

-- corpus: line 205 accepted
CREATE VIEW nontemp3 AS SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num2;

-- corpus: line 206 accepted
CREATE VIEW temporal3 AS SELECT * FROM t1 LEFT JOIN tt ON t1.num = tt.num2;

-- corpus: line 207 accepted
CREATE VIEW nontemp4 AS SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num2 AND t2.value = 'xxx';

-- corpus: line 208 accepted
CREATE VIEW temporal4 AS SELECT * FROM t1 LEFT JOIN tt ON t1.num = tt.num2 AND tt.value = 'xxx';

-- corpus: line 219 accepted
CREATE TABLE tbl1 ( a int, b int);

-- corpus: line 220 accepted
CREATE TABLE tbl2 (c int, d int);

-- corpus: line 221 accepted
CREATE TABLE tbl3 (e int, f int);

-- corpus: line 222 accepted
CREATE TABLE tbl4 (g int, h int);

-- corpus: line 223 accepted
CREATE TEMP TABLE tmptbl (i int, j int);

-- corpus: line 226 accepted
CREATE   VIEW  pubview AS SELECT * FROM tbl1 WHERE tbl1.a
BETWEEN (SELECT d FROM tbl2 WHERE c = 1) AND (SELECT e FROM tbl3 WHERE f = 2)
AND EXISTS (SELECT g FROM tbl4 LEFT JOIN tbl3 ON tbl4.h = tbl3.f);

-- corpus: line 234 accepted
CREATE   VIEW  mytempview AS SELECT * FROM tbl1 WHERE tbl1.a
BETWEEN (SELECT d FROM tbl2 WHERE c = 1) AND (SELECT e FROM tbl3 WHERE f = 2)
AND EXISTS (SELECT g FROM tbl4 LEFT JOIN tbl3 ON tbl4.h = tbl3.f)
AND NOT EXISTS (SELECT g FROM tbl4 LEFT JOIN tmptbl ON tbl4.h = tmptbl.j);

-- corpus: line 245 accepted
CREATE VIEW mysecview1
       AS SELECT * FROM tbl1 WHERE a = 0;

-- corpus: line 247 accepted
CREATE VIEW mysecview2 WITH (security_barrier=true)
       AS SELECT * FROM tbl1 WHERE a > 0;

-- corpus: line 249 accepted
CREATE VIEW mysecview3 WITH (security_barrier=false)
       AS SELECT * FROM tbl1 WHERE a < 0;

-- corpus: line 251 accepted
CREATE VIEW mysecview4 WITH (security_barrier)
       AS SELECT * FROM tbl1 WHERE a <> 0;

-- corpus: line 253 accepted
CREATE VIEW mysecview5 WITH (security_barrier=100)	-- Error
       AS SELECT * FROM tbl1 WHERE a > 100;

-- corpus: line 255 accepted
CREATE VIEW mysecview6 WITH (invalid_option)		-- Error
       AS SELECT * FROM tbl1 WHERE a < 100;

-- corpus: line 257 accepted
CREATE VIEW mysecview7 WITH (security_invoker=true)
       AS SELECT * FROM tbl1 WHERE a = 100;

-- corpus: line 259 accepted
CREATE VIEW mysecview8 WITH (security_invoker=false, security_barrier=true)
       AS SELECT * FROM tbl1 WHERE a > 100;

-- corpus: line 261 accepted
CREATE VIEW mysecview9 WITH (security_invoker)
       AS SELECT * FROM tbl1 WHERE a < 100;

-- corpus: line 263 accepted
CREATE VIEW mysecview10 WITH (security_invoker=100)	-- Error
       AS SELECT * FROM tbl1 WHERE a <> 100;

-- corpus: line 272 accepted
CREATE OR REPLACE VIEW mysecview1
       AS SELECT * FROM tbl1 WHERE a = 256;

-- corpus: line 274 accepted
CREATE OR REPLACE VIEW mysecview2
       AS SELECT * FROM tbl1 WHERE a > 256;

-- corpus: line 276 accepted
CREATE OR REPLACE VIEW mysecview3 WITH (security_barrier=true)
       AS SELECT * FROM tbl1 WHERE a < 256;

-- corpus: line 278 accepted
CREATE OR REPLACE VIEW mysecview4 WITH (security_barrier=false)
       AS SELECT * FROM tbl1 WHERE a <> 256;

-- corpus: line 280 accepted
CREATE OR REPLACE VIEW mysecview7
       AS SELECT * FROM tbl1 WHERE a > 256;

-- corpus: line 282 accepted
CREATE OR REPLACE VIEW mysecview8 WITH (security_invoker=true)
       AS SELECT * FROM tbl1 WHERE a < 256;

-- corpus: line 284 accepted
CREATE OR REPLACE VIEW mysecview9 WITH (security_invoker=false, security_barrier=true)
       AS SELECT * FROM tbl1 WHERE a <> 256;

-- corpus: line 296 accepted
CREATE VIEW unspecified_types AS
  SELECT 42 as i, 42.5 as num, 'foo' as u, 'foo'::unknown as u2, null as n;

-- corpus: line 303 accepted
CREATE VIEW tt1 AS
  SELECT * FROM (
    VALUES
       ('abc'::varchar(3), '0123456789', 42, 'abcd'::varchar(4)),
       ('0123456789', 'abc'::varchar(3), 42.12, 'abc'::varchar(4))
  ) vv(a,b,c,d);

-- corpus: line 312 accepted
DROP VIEW tt1;

-- corpus: line 316 accepted
CREATE TABLE tt1 (f1 int, f2 int, f3 text);

-- corpus: line 317 accepted
CREATE TABLE tx1 (x1 int, x2 int, x3 text);

-- corpus: line 318 accepted
CREATE TABLE temp_view_test.tt1 (y1 int, f2 int, f3 text);

-- corpus: line 320 accepted
CREATE VIEW aliased_view_1 AS
  select * from tt1
    where exists (select 1 from tx1 where tt1.f1 = tx1.x1);

-- corpus: line 323 accepted
CREATE VIEW aliased_view_2 AS
  select * from tt1 a1
    where exists (select 1 from tx1 where a1.f1 = tx1.x1);

-- corpus: line 326 accepted
CREATE VIEW aliased_view_3 AS
  select * from tt1
    where exists (select 1 from tx1 a2 where tt1.f1 = a2.x1);

-- corpus: line 329 accepted
CREATE VIEW aliased_view_4 AS
  select * from temp_view_test.tt1
    where exists (select 1 from tt1 where temp_view_test.tt1.y1 = tt1.f1);

-- corpus: line 338 accepted
ALTER TABLE tx1 RENAME TO a1;

-- corpus: line 345 accepted
ALTER TABLE tt1 RENAME TO a2;

-- corpus: line 352 accepted
ALTER TABLE a1 RENAME TO tt1;

-- corpus: line 359 accepted
ALTER TABLE a2 RENAME TO tx1;

-- corpus: line 360 accepted
ALTER TABLE tx1 SET SCHEMA temp_view_test;

-- corpus: line 367 accepted
ALTER TABLE temp_view_test.tt1 RENAME TO tmp1;

-- corpus: line 368 accepted
ALTER TABLE temp_view_test.tmp1 SET SCHEMA testviewschm2;

-- corpus: line 369 accepted
ALTER TABLE tmp1 RENAME TO tx1;

-- corpus: line 378 accepted
create view view_of_joins as
select * from
  (select * from (tbl1 cross join tbl2) same) ss,
  (tbl3 cross join tbl4) same;

-- corpus: line 385 accepted
create table tbl1a (a int, c int);

-- corpus: line 386 accepted
create view view_of_joins_2a as select * from tbl1 join tbl1a using (a);

-- corpus: line 387 accepted
create view view_of_joins_2b as select * from tbl1 join tbl1a using (a) as x;

-- corpus: line 388 accepted
create view view_of_joins_2c as select * from (tbl1 join tbl1a using (a)) as y;

-- corpus: line 389 accepted
create view view_of_joins_2d as select * from (tbl1 join tbl1a using (a) as x) as y;

-- corpus: line 398 accepted
create table tt2 (a int, b int, c int);

-- corpus: line 399 accepted
create table tt3 (ax int8, b int2, c numeric);

-- corpus: line 400 accepted
create table tt4 (ay int, b int, q int);

-- corpus: line 402 accepted
create view v1 as select * from tt2 natural join tt3;

-- corpus: line 403 accepted
create view v1a as select * from (tt2 natural join tt3) j;

-- corpus: line 404 accepted
create view v2 as select * from tt2 join tt3 using (b,c) join tt4 using (b);

-- corpus: line 405 accepted
create view v2a as select * from (tt2 join tt3 using (b,c) join tt4 using (b)) j;

-- corpus: line 406 accepted
create view v3 as select * from tt2 join tt3 using (b,c) full join tt4 using (b);

-- corpus: line 414 accepted
alter table tt2 add column d int;

-- corpus: line 415 accepted
alter table tt2 add column e int;

-- corpus: line 423 accepted
alter table tt3 rename c to d;

-- corpus: line 431 accepted
alter table tt3 add column c int;

-- corpus: line 432 accepted
alter table tt3 add column e int;

-- corpus: line 440 accepted
alter table tt2 drop column d;

-- corpus: line 448 accepted
create table tt5 (a int, b int);

-- corpus: line 449 accepted
create table tt6 (c int, d int);

-- corpus: line 450 accepted
create view vv1 as select * from (tt5 cross join tt6) j(aa,bb,cc,dd);

-- corpus: line 452 accepted
alter table tt5 add column c int;

-- corpus: line 454 accepted
alter table tt5 add column cc int;

-- corpus: line 456 accepted
alter table tt5 drop column c;

-- corpus: line 459 accepted
create view v4 as select * from v1;

-- corpus: line 460 accepted
alter view v1 rename column a to x;

-- corpus: line 467 accepted
create table tt7 (x int, xx int, y int);

-- corpus: line 468 accepted
alter table tt7 drop column xx;

-- corpus: line 469 accepted
create table tt8 (x int, z int);

-- corpus: line 471 accepted
create view vv2 as
select * from (values(1,2,3,4,5)) v(a,b,c,d,e)
union all
select * from tt7 full join tt8 using (x), tt8 tt8x;

-- corpus: line 478 accepted
create view vv3 as
select * from (values(1,2,3,4,5,6)) v(a,b,c,x,e,f)
union all
select * from
  tt7 full join tt8 using (x),
  tt7 tt7x full join tt8 tt8x using (x);

-- corpus: line 487 accepted
create view vv4 as
select * from (values(1,2,3,4,5,6,7)) v(a,b,c,x,e,f,g)
union all
select * from
  tt7 full join tt8 using (x),
  tt7 tt7x full join tt8 tt8x using (x) full join tt8 tt8y using (x);

-- corpus: line 496 accepted
alter table tt7 add column zz int;

-- corpus: line 497 accepted
alter table tt7 add column z int;

-- corpus: line 498 accepted
alter table tt7 drop column zz;

-- corpus: line 499 accepted
alter table tt8 add column z2 int;

-- corpus: line 507 accepted
create table tt7a (x date, xx int, y int);

-- corpus: line 508 accepted
alter table tt7a drop column xx;

-- corpus: line 509 accepted
create table tt8a (x timestamptz, z int);

-- corpus: line 511 accepted
create view vv2a as
select * from (values(now(),2,3,now(),5)) v(a,b,c,d,e)
union all
select * from tt7a left join tt8a using (x), tt8a tt8ax;

-- corpus: line 522 accepted
create table tt9 (x int, xx int, y int);

-- corpus: line 523 accepted
create table tt10 (x int, z int);

-- corpus: line 525 accepted
create view vv5 as select x,y,z from tt9 join tt10 using(x);

-- corpus: line 529 accepted
alter table tt9 drop column xx;

-- corpus: line 538 accepted
create table tt11 (x int, y int);

-- corpus: line 539 accepted
create table tt12 (x int, z int);

-- corpus: line 540 accepted
create table tt13 (z int, q int);

-- corpus: line 542 accepted
create view vv6 as select x,y,z,q from
  (tt11 join tt12 using(x)) join tt13 using(z);

-- corpus: line 547 accepted
alter table tt11 add column z int;

-- corpus: line 555 accepted
create table tt14t (f1 text, f2 text, f3 text, f4 text);

-- corpus: line 558 accepted
alter table tt14t drop column f2;

-- corpus: line 560 accepted
create function tt14f() returns setof tt14t as
$$
declare
    rec1 record;
begin
    for rec1 in select * from tt14t
    loop
        return next rec1;
    end loop;
end;
$$
language plpgsql;

-- corpus: line 573 accepted
create view tt14v as select t.* from tt14f() t;

-- corpus: line 578 accepted
alter table tt14t drop column f3;

-- corpus: line 596 accepted
alter table tt14t drop column f3;

-- corpus: line 609 accepted
alter table tt14t alter column f4 type integer using f4::integer;

-- corpus: line 624 accepted
alter table tt14t alter column f4 type integer using f4::integer;

-- corpus: line 634 accepted
drop view tt14v;

-- corpus: line 636 accepted
create view tt14v as select t.f1, t.f4 from tt14f() t;

-- corpus: line 641 accepted
alter table tt14t drop column f3;

-- corpus: line 649 accepted
create type nestedcomposite as (x int8_tbl);

-- corpus: line 650 accepted
create view tt15v as select row(i)::nestedcomposite from int8_tbl i;

-- corpus: line 655 accepted
create view tt16v as select * from int8_tbl i, lateral(values(i)) ss;

-- corpus: line 660 accepted
create view tt17v as select * from int8_tbl i where i in (values(i));

-- corpus: line 665 accepted
create table tt15v_log(o tt15v, n tt15v, incr bool);

-- corpus: line 666 accepted
create rule updlog as on update to tt15v do also
  insert into tt15v_log values(old, new, row(old,old) < row(new,new));

-- corpus: line 672 accepted
create view tt18v as
  select * from int8_tbl xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy
  union all
  select * from int8_tbl xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxz;

-- corpus: line 685 accepted
create view tt19v as
select 'foo'::text = any(array['abc','def','foo']::text[]) c1,
       'foo'::text = any((select array['abc','def','foo']::text[])::text[]) c2;

-- corpus: line 692 accepted
create view tt20v as
select * from
  coalesce(1,2) as c,
  collation for ('x'::text) col,
  current_date as d,
  localtimestamp(3) as t,
  cast(1+2 as int4) as i4,
  cast(1+2 as int8) as i8;

-- corpus: line 704 accepted
create view tt201v as
select
  ('2022-12-01'::date + '1 day'::interval) at time zone 'UTC' as atz,
  extract(day from now()) as extr,
  (now(), '1 day'::interval) overlaps
    (current_timestamp(2), '1 day'::interval) as o,
  'foo' is normalized isn,
  'foo' is nfkc normalized isnn,
  normalize('foo') as n,
  normalize('foo', nfkd) as nfkd,
  overlay('foo' placing 'bar' from 2) as ovl,
  overlay('foo' placing 'bar' from 2 for 3) as ovl2,
  position('foo' in 'foobar') as p,
  substring('foo' from 2 for 3) as s,
  substring('foo' similar 'f' escape '#') as ss,
  substring('foo' from 'oo') as ssf,  -- historically-permitted abuse
  trim(' ' from ' foo ') as bt,
  trim(leading ' ' from ' foo ') as lt,
  trim(trailing ' foo ') as rt,
  trim(E'\\000'::bytea from E'\\000Tom\\000'::bytea) as btb,
  trim(leading E'\\000'::bytea from E'\\000Tom\\000'::bytea) as ltb,
  trim(trailing E'\\000'::bytea from E'\\000Tom\\000'::bytea) as rtb,
  CURRENT_DATE as cd,
  (select * from CURRENT_DATE) as cd2,
  CURRENT_TIME as ct,
  (select * from CURRENT_TIME) as ct2,
  CURRENT_TIME (1) as ct3,
  (select * from CURRENT_TIME (1)) as ct4,
  CURRENT_TIMESTAMP as ct5,
  (select * from CURRENT_TIMESTAMP) as ct6,
  CURRENT_TIMESTAMP (1) as ct7,
  (select * from CURRENT_TIMESTAMP (1)) as ct8,
  LOCALTIME as lt1,
  (select * from LOCALTIME) as lt2,
  LOCALTIME (1) as lt3,
  (select * from LOCALTIME (1)) as lt4,
  LOCALTIMESTAMP as lt5,
  (select * from LOCALTIMESTAMP) as lt6,
  LOCALTIMESTAMP (1) as lt7,
  (select * from LOCALTIMESTAMP (1)) as lt8,
  CURRENT_CATALOG as ca,
  (select * from CURRENT_CATALOG) as ca2,
  CURRENT_ROLE as cr,
  (select * from CURRENT_ROLE) as cr2,
  CURRENT_SCHEMA as cs,
  (select * from CURRENT_SCHEMA) as cs2,
  CURRENT_USER as cu,
  (select * from CURRENT_USER) as cu2,
  USER as us,
  (select * from USER) as us2,
  SESSION_USER seu,
  (select * from SESSION_USER) as seu2,
  SYSTEM_USER as su,
  (select * from SYSTEM_USER) as su2;

-- corpus: line 762 accepted
create view tt21v as
select * from tt5 natural inner join tt6;

-- corpus: line 766 accepted
create view tt22v as
select * from tt5 natural left join tt6;

-- corpus: line 772 accepted
create view tt23v (col_a, col_b) as
select q1 as other_name1, q2 as other_name2 from int8_tbl
union
select 42, 43;

-- corpus: line 783 accepted
create view tt24v as
with cte as materialized (select r from (values(1,2),(3,4)) r)
select (r).column2 as col_a, (rr).column2 as col_b from
  cte join (select rr from (values(1,7),(3,8)) rr limit 2) ss
  on (r).column1 = (rr).column1;

-- corpus: line 789 accepted
create view tt25v as
with cte as materialized (select pg_get_keywords() k)
select (k).word from cte;

-- corpus: line 801 accepted
create view tt26v as
select x + y + z as c1,
       (x * y) + z as c2,
       x + (y * z) as c3,
       (x + y) * z as c4,
       x * (y + z) as c5,
       x + (y + z) as c6,
       x + (y # z) as c7,
       (x > y) AND (y > z OR x > z) as c8,
       (x > y) OR (y > z AND NOT (x > z)) as c9,
       (x,y) <> ALL (values(1,2),(3,4)) as c10,
       (x,y) <= ANY (values(1,2),(3,4)) as c11
from (values(1,2,3)) v(x,y,z);

-- corpus: line 817 accepted
DROP SCHEMA temp_view_test CASCADE;

-- corpus: line 818 accepted
DROP SCHEMA testviewschm2 CASCADE;
