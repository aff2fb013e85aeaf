-- corpus: line 7 accepted
create type complex as (r float8, i float8);

-- corpus: line 9 accepted
create temp table fullname (first text, last text);

-- corpus: line 13 accepted
create type quad as (c1 complex, c2 complex);

-- corpus: line 41 accepted
create temp table quadtable(f1 int, q quad);

-- corpus: line 52 accepted
create temp table people (fn fullname, bd date);

-- corpus: line 59 accepted
alter table fullname add column suffix text default '';

-- corpus: line 62 accepted
alter table fullname add column suffix text default null;

-- corpus: line 83 accepted
create temp table pp (f1 text);

-- corpus: line 166 accepted
create temp table test_table (a text, b text);

-- corpus: line 170 accepted
create index on test_table (a,b);

-- corpus: line 212 accepted
create type cantcompare as (p point, r float8);

-- corpus: line 213 accepted
create temp table cc (f1 cantcompare);

-- corpus: line 222 accepted
create type testtype1 as (a int, b int);

-- corpus: line 244 accepted
create type testtype3 as (a int, b text);

-- corpus: line 247 accepted
create type testtype5 as (a int);

-- corpus: line 252 accepted
create type testtype6 as (a int, b point);

-- corpus: line 256 accepted
drop type testtype1, testtype3, testtype5, testtype6;

-- corpus: line 262 accepted
create type testtype1 as (a int, b int);

-- corpus: line 285 accepted
create type testtype2 as (a smallint, b bool);

-- corpus: line 291 accepted
create type testtype3 as (a int, b text);

-- corpus: line 297 accepted
create type testtype4 as (a int, b point);

-- corpus: line 304 accepted
create type testtype5 as (a int);

-- corpus: line 309 accepted
create type testtype6 as (a int, b point);

-- corpus: line 320 accepted
drop type testtype1, testtype2, testtype3, testtype4, testtype5, testtype6;

-- corpus: line 329 accepted
CREATE TABLE price (
    id SERIAL PRIMARY KEY,
    active BOOLEAN NOT NULL,
    price NUMERIC
);

-- corpus: line 335 accepted
CREATE TYPE price_input AS (
    id INTEGER,
    price NUMERIC
);

-- corpus: line 340 accepted
CREATE TYPE price_key AS (
    id INTEGER
);

-- corpus: line 344 accepted
CREATE FUNCTION price_key_from_table(price) RETURNS price_key AS $$
    SELECT $1.id
$$ LANGUAGE SQL;

-- corpus: line 348 accepted
CREATE FUNCTION price_key_from_input(price_input) RETURNS price_key AS $$
    SELECT $1.id
$$ LANGUAGE SQL;

-- corpus: line 368 accepted
create temp table compos (f1 int, f2 text);

-- corpus: line 370 accepted
create function fcompos1(v compos) returns void as $$
insert into compos values (v);  -- fail
$$ language sql;

-- corpus: line 374 accepted
create function fcompos1(v compos) returns void as $$
insert into compos values (v.*);
$$ language sql;

-- corpus: line 378 accepted
create function fcompos2(v compos) returns void as $$
select fcompos1(v);
$$ language sql;

-- corpus: line 382 accepted
create function fcompos3(v compos) returns void as $$
select fcompos1(fcompos3.v.*);
$$ language sql;

-- corpus: line 414 accepted
create function longname(fullname) returns text language sql
as $$select $1.first || ' ' || $1.last$$;

-- corpus: line 421 accepted
alter table fullname add column longname text;

-- corpus: line 463 accepted
create temp table tt1 as select * from int8_tbl limit 2;

-- corpus: line 464 accepted
create temp table tt2 () inherits(tt1);

-- corpus: line 469 accepted
create temp table tt3 () inherits(tt2);

-- corpus: line 514 accepted
create view composite_v as
with cte(c) as materialized (select row(1, 2)),
     cte2(c) as (select * from cte)
select 1 as one from cte2 as t
where (select * from (select c as c1) s
       where (select (c1).f1 > 0)) is not null;

-- corpus: line 521 accepted
drop view composite_v;

-- corpus: line 526 accepted
CREATE TABLE compositetable(a text, b text);

-- corpus: line 543 accepted
DROP TABLE compositetable;
