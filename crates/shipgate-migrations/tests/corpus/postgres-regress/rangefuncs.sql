-- corpus: line 1 accepted
CREATE TABLE rngfunc2(rngfuncid int, f2 int);

-- corpus: line 6 accepted
CREATE FUNCTION rngfunct(int) returns setof rngfunc2 as 'SELECT * FROM rngfunc2 WHERE rngfuncid = $1 ORDER BY f2;' LANGUAGE SQL;

-- corpus: line 19 accepted
create temporary view vw_ord as select * from (values (1)) v(n) join rngfunct(1) with ordinality as z(a,b,ord) on (n=ord);

-- corpus: line 22 accepted
drop view vw_ord;

-- corpus: line 26 accepted
create temporary view vw_ord as select * from (values (1)) v(n) join rows from(rngfunct(1),rngfunct(2)) with ordinality as z(a,b,c,d,ord) on (n=ord);

-- corpus: line 29 accepted
drop view vw_ord;

-- corpus: line 36 accepted
create temporary view vw_ord as select * from unnest(array[10,20],array['foo','bar'],array[1.0]) as z(a,b,c);

-- corpus: line 39 accepted
drop view vw_ord;

-- corpus: line 40 accepted
create temporary view vw_ord as select * from rows from(unnest(array[10,20],array['foo','bar'],array[1.0])) as z(a,b,c);

-- corpus: line 43 accepted
drop view vw_ord;

-- corpus: line 44 accepted
create temporary view vw_ord as select * from rows from(unnest(array[10,20],array['foo','bar']), generate_series(1,2)) as z(a,b,c);

-- corpus: line 47 accepted
drop view vw_ord;

-- corpus: line 85 accepted
CREATE TABLE rngfunc (rngfuncid int, rngfuncsubid int, rngfuncname text, primary key(rngfuncid,rngfuncsubid));

-- corpus: line 91 accepted
CREATE FUNCTION getrngfunc1(int) RETURNS int AS 'SELECT $1;' LANGUAGE SQL;

-- corpus: line 94 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc1(1);

-- corpus: line 96 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 97 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc1(1) WITH ORDINALITY as t1(v,o);

-- corpus: line 99 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 102 accepted
CREATE FUNCTION getrngfunc2(int) RETURNS setof int AS 'SELECT rngfuncid FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 105 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc2(1);

-- corpus: line 107 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 108 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc2(1) WITH ORDINALITY AS t1(v,o);

-- corpus: line 110 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 113 accepted
CREATE FUNCTION getrngfunc3(int) RETURNS setof text AS 'SELECT rngfuncname FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 116 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc3(1);

-- corpus: line 118 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 119 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc3(1) WITH ORDINALITY AS t1(v,o);

-- corpus: line 121 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 124 accepted
CREATE FUNCTION getrngfunc4(int) RETURNS rngfunc AS 'SELECT * FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 127 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc4(1);

-- corpus: line 129 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 130 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc4(1) WITH ORDINALITY AS t1(a,b,c,o);

-- corpus: line 132 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 135 accepted
CREATE FUNCTION getrngfunc5(int) RETURNS setof rngfunc AS 'SELECT * FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 138 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc5(1);

-- corpus: line 140 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 141 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc5(1) WITH ORDINALITY AS t1(a,b,c,o);

-- corpus: line 143 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 146 accepted
CREATE FUNCTION getrngfunc6(int) RETURNS RECORD AS 'SELECT * FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 149 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc6(1) AS
(rngfuncid int, rngfuncsubid int, rngfuncname text);

-- corpus: line 152 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 153 accepted
CREATE VIEW vw_getrngfunc AS
  SELECT * FROM ROWS FROM( getrngfunc6(1) AS (rngfuncid int, rngfuncsubid int, rngfuncname text) )
                WITH ORDINALITY;

-- corpus: line 157 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 160 accepted
CREATE FUNCTION getrngfunc7(int) RETURNS setof record AS 'SELECT * FROM rngfunc WHERE rngfuncid = $1;' LANGUAGE SQL;

-- corpus: line 163 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc7(1) AS
(rngfuncid int, rngfuncsubid int, rngfuncname text);

-- corpus: line 166 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 167 accepted
CREATE VIEW vw_getrngfunc AS
  SELECT * FROM ROWS FROM( getrngfunc7(1) AS (rngfuncid int, rngfuncsubid int, rngfuncname text) )
                WITH ORDINALITY;

-- corpus: line 171 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 174 accepted
CREATE FUNCTION getrngfunc8(int) RETURNS int AS 'DECLARE rngfuncint int; BEGIN SELECT rngfuncid into rngfuncint FROM rngfunc WHERE rngfuncid = $1; RETURN rngfuncint; END;' LANGUAGE plpgsql;

-- corpus: line 177 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc8(1);

-- corpus: line 179 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 180 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc8(1) WITH ORDINALITY AS t1(v,o);

-- corpus: line 182 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 185 accepted
CREATE FUNCTION getrngfunc9(int) RETURNS rngfunc AS 'DECLARE rngfunctup rngfunc%ROWTYPE; BEGIN SELECT * into rngfunctup FROM rngfunc WHERE rngfuncid = $1; RETURN rngfunctup; END;' LANGUAGE plpgsql;

-- corpus: line 188 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc9(1);

-- corpus: line 190 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 191 accepted
CREATE VIEW vw_getrngfunc AS SELECT * FROM getrngfunc9(1) WITH ORDINALITY AS t1(a,b,c,o);

-- corpus: line 193 accepted
DROP VIEW vw_getrngfunc;

-- corpus: line 208 accepted
create temporary view vw_rngfunc as
  select * from rows from(getrngfunc9(1),
                      getrngfunc7(1) AS (rngfuncid int, rngfuncsubid int, rngfuncname text),
                      getrngfunc1(1))
                with ordinality as t1(a,b,c,d,e,f,g,n);

-- corpus: line 215 accepted
drop view vw_rngfunc;

-- corpus: line 217 accepted
DROP FUNCTION getrngfunc1(int);

-- corpus: line 218 accepted
DROP FUNCTION getrngfunc2(int);

-- corpus: line 219 accepted
DROP FUNCTION getrngfunc3(int);

-- corpus: line 220 accepted
DROP FUNCTION getrngfunc4(int);

-- corpus: line 221 accepted
DROP FUNCTION getrngfunc5(int);

-- corpus: line 222 accepted
DROP FUNCTION getrngfunc6(int);

-- corpus: line 223 accepted
DROP FUNCTION getrngfunc7(int);

-- corpus: line 224 accepted
DROP FUNCTION getrngfunc8(int);

-- corpus: line 225 accepted
DROP FUNCTION getrngfunc9(int);

-- corpus: line 226 accepted
DROP FUNCTION rngfunct(int);

-- corpus: line 227 accepted
DROP TABLE rngfunc2;

-- corpus: line 228 accepted
DROP TABLE rngfunc;

-- corpus: line 231 accepted
CREATE TEMPORARY SEQUENCE rngfunc_rescan_seq1;

-- corpus: line 232 accepted
CREATE TEMPORARY SEQUENCE rngfunc_rescan_seq2;

-- corpus: line 233 accepted
CREATE TYPE rngfunc_rescan_t AS (i integer, s bigint);

-- corpus: line 235 accepted
CREATE FUNCTION rngfunc_sql(int,int) RETURNS setof rngfunc_rescan_t AS 'SELECT i, nextval(''rngfunc_rescan_seq1'') FROM generate_series($1,$2) i;' LANGUAGE SQL;

-- corpus: line 237 accepted
CREATE FUNCTION rngfunc_mat(int,int) RETURNS setof rngfunc_rescan_t AS 'begin for i in $1..$2 loop return next (i, nextval(''rngfunc_rescan_seq2'')); end loop; end;' LANGUAGE plpgsql;

-- corpus: line 337 accepted
DROP FUNCTION rngfunc_sql(int,int);

-- corpus: line 338 accepted
DROP FUNCTION rngfunc_mat(int,int);

-- corpus: line 339 accepted
DROP SEQUENCE rngfunc_rescan_seq1;

-- corpus: line 340 accepted
DROP SEQUENCE rngfunc_rescan_seq2;

-- corpus: line 346 accepted
CREATE FUNCTION rngfunc(in f1 int, out f2 int)
AS 'select $1+1' LANGUAGE sql;

-- corpus: line 353 accepted
CREATE OR REPLACE FUNCTION rngfunc(in f1 int, out f2 int) RETURNS int
AS 'select $1+1' LANGUAGE sql;

-- corpus: line 356 accepted
CREATE OR REPLACE FUNCTION rngfunc(in f1 int, out f2 int) RETURNS float
AS 'select $1+1' LANGUAGE sql;

-- corpus: line 359 accepted
CREATE OR REPLACE FUNCTION rngfunc(in f1 int, out f2 int, out f3 text) RETURNS int
AS 'select $1+1' LANGUAGE sql;

-- corpus: line 361 accepted
CREATE OR REPLACE FUNCTION rngfunc(in f1 int, out f2 int, out f3 text)
RETURNS record
AS 'select $1+1' LANGUAGE sql;

-- corpus: line 365 accepted
CREATE OR REPLACE FUNCTION rngfuncr(in f1 int, out f2 int, out text)
AS $$select $1-1, $1::text || 'z'$$ LANGUAGE sql;

-- corpus: line 371 accepted
CREATE OR REPLACE FUNCTION rngfuncb(in f1 int, inout f2 int, out text)
AS $$select $2-1, $1::text || 'z'$$ LANGUAGE sql;

-- corpus: line 378 accepted
DROP FUNCTION rngfunc(int);

-- corpus: line 379 accepted
DROP FUNCTION rngfuncr(in f2 int, out f1 int, out text);

-- corpus: line 380 accepted
DROP FUNCTION rngfuncb(in f1 int, inout f2 int);

-- corpus: line 386 accepted
CREATE FUNCTION dup (f1 anyelement, f2 out anyelement, f3 out anyarray)
AS 'select $1, array[$1,$1]' LANGUAGE sql;

-- corpus: line 394 accepted
CREATE OR REPLACE FUNCTION dup (inout f2 anyelement, out f3 anyarray)
AS 'select $1, array[$1,$1]' LANGUAGE sql;

-- corpus: line 397 accepted
DROP FUNCTION dup(anyelement);

-- corpus: line 400 accepted
CREATE OR REPLACE FUNCTION dup (inout f2 anyelement, out f3 anyarray)
AS 'select $1, array[$1,$1]' LANGUAGE sql;

-- corpus: line 404 accepted
DROP FUNCTION dup(anyelement);

-- corpus: line 407 accepted
CREATE FUNCTION bad (f1 int, out f2 anyelement, out f3 anyarray)
AS 'select $1, array[$1,$1]' LANGUAGE sql;

-- corpus: line 410 accepted
CREATE FUNCTION dup (f1 anycompatible, f2 anycompatiblearray, f3 out anycompatible, f4 out anycompatiblearray)
AS 'select $1, $2' LANGUAGE sql;

-- corpus: line 417 accepted
DROP FUNCTION dup(f1 anycompatible, f2 anycompatiblearray);

-- corpus: line 419 accepted
CREATE FUNCTION dup (f1 anycompatiblerange, f2 out anycompatible, f3 out anycompatiblearray, f4 out anycompatiblerange)
AS 'select lower($1), array[lower($1), upper($1)], $1' LANGUAGE sql;

-- corpus: line 425 accepted
DROP FUNCTION dup(f1 anycompatiblerange);

-- corpus: line 428 accepted
CREATE FUNCTION bad (f1 anyarray, out f2 anycompatible, out f3 anycompatiblearray)
AS 'select $1, array[$1,$1]' LANGUAGE sql;

-- corpus: line 435 accepted
CREATE OR REPLACE FUNCTION rngfunc()
RETURNS TABLE(a int)
AS $$ SELECT a FROM generate_series(1,5) a(a) $$ LANGUAGE sql;

-- corpus: line 439 accepted
DROP FUNCTION rngfunc();

-- corpus: line 441 accepted
CREATE OR REPLACE FUNCTION rngfunc(int)
RETURNS TABLE(a int, b int)
AS $$ SELECT a, b
         FROM generate_series(1,$1) a(a),
              generate_series(1,$1) b(b) $$ LANGUAGE sql;

-- corpus: line 447 accepted
DROP FUNCTION rngfunc(int);

-- corpus: line 450 accepted
CREATE OR REPLACE FUNCTION rngfunc()
RETURNS TABLE(a varchar(5))
AS $$ SELECT 'hello'::varchar(5) $$ LANGUAGE sql STABLE;

-- corpus: line 454 accepted
DROP FUNCTION rngfunc();

-- corpus: line 460 accepted
create temp table tt(f1 serial, data text);

-- corpus: line 462 accepted
create function insert_tt(text) returns int as
$$ insert into tt(data) values($1) returning f1 $$
language sql;

-- corpus: line 471 accepted
create or replace function insert_tt(text) returns int as
$$ insert into tt(data) values($1),($1||$1) returning f1 $$
language sql;

-- corpus: line 479 accepted
create or replace function insert_tt2(text,text) returns setof int as
$$ insert into tt(data) values($1),($2) returning f1 $$
language sql;

-- corpus: line 492 accepted
create function noticetrigger() returns trigger as $$
begin
  raise notice 'noticetrigger % %', new.f1, new.data;
  return null;
end $$ language plpgsql;

-- corpus: line 497 accepted
create trigger tnoticetrigger after insert on tt for each row
execute procedure noticetrigger();

-- corpus: line 504 accepted
create temp table tt_log(f1 int, data text);

-- corpus: line 506 accepted
create rule insert_tt_rule as on insert to tt do also
  insert into tt_log values(new.*);

-- corpus: line 516 accepted
create function rngfunc1(n integer, out a text, out b text)
  returns setof record
  language sql
  as $$ select 'foo ' || i, 'bar ' || i from generate_series(1,$1) i $$;

-- corpus: line 526 accepted
drop function rngfunc1(n integer);

-- corpus: line 532 accepted
create function array_to_set(anyarray) returns setof record as $$
  select i AS "index", $1[i] AS "value" from generate_subscripts($1, 1) i
$$ language sql strict immutable;

-- corpus: line 550 accepted
create or replace function array_to_set(anyarray) returns setof record as $$
  select i AS "index", $1[i] AS "value" from generate_subscripts($1, 1) i
$$ language sql immutable;

-- corpus: line 561 accepted
create temp table rngfunc(f1 int8, f2 int8);

-- corpus: line 563 accepted
create function testrngfunc() returns record as $$
  insert into rngfunc values (1,2) returning *;
$$ language sql;

-- corpus: line 571 accepted
drop function testrngfunc();

-- corpus: line 573 accepted
create function testrngfunc() returns setof record as $$
  insert into rngfunc values (1,2), (3,4) returning *;
$$ language sql;

-- corpus: line 581 accepted
drop function testrngfunc();

-- corpus: line 584 accepted
create type rngfunc_type as (f1 numeric(35,6), f2 numeric(35,2));

-- corpus: line 586 accepted
create function testrngfunc() returns rngfunc_type as $$
  select 7.136178319899999964, 7.136178319899999964;
$$ language sql immutable;

-- corpus: line 597 accepted
create or replace function testrngfunc() returns rngfunc_type as $$
  select 7.136178319899999964, 7.136178319899999964;
$$ language sql volatile;

-- corpus: line 608 accepted
drop function testrngfunc();

-- corpus: line 610 accepted
create function testrngfunc() returns setof rngfunc_type as $$
  select 7.136178319899999964, 7.136178319899999964;
$$ language sql immutable;

-- corpus: line 621 accepted
create or replace function testrngfunc() returns setof rngfunc_type as $$
  select 7.136178319899999964, 7.136178319899999964;
$$ language sql volatile;

-- corpus: line 632 accepted
create or replace function testrngfunc() returns setof rngfunc_type as $$
  select 1, 2 union select 3, 4 order by 1;
$$ language sql immutable;

-- corpus: line 648 accepted
drop type rngfunc_type cascade;

-- corpus: line 654 accepted
create temp table users (userid text, seq int, email text, todrop bool, moredrop int, enabled bool);

-- corpus: line 657 accepted
alter table users drop column todrop;

-- corpus: line 659 accepted
create or replace function get_first_user() returns users as
$$ SELECT * FROM users ORDER BY userid LIMIT 1; $$
language sql stable;

-- corpus: line 666 accepted
create or replace function get_users() returns setof users as
$$ SELECT * FROM users ORDER BY userid; $$
language sql stable;

-- corpus: line 679 accepted
create temp view usersview as
SELECT * FROM ROWS FROM(get_users(), generate_series(10,11)) WITH ORDINALITY;

-- corpus: line 683 accepted
alter table users add column junk text;

-- corpus: line 686 accepted
alter table users drop column moredrop;

-- corpus: line 703 accepted
alter table users drop column moredrop;

-- corpus: line 707 accepted
alter table users alter column seq type numeric;

-- corpus: line 721 accepted
alter table users alter column seq type numeric;

-- corpus: line 725 accepted
drop view usersview;

-- corpus: line 726 accepted
drop function get_first_user();

-- corpus: line 727 accepted
drop function get_users();

-- corpus: line 728 accepted
drop table users;

-- corpus: line 732 accepted
create or replace function rngfuncbar() returns setof text as
$$ select 'foo'::varchar union all select 'bar'::varchar ; $$
language sql stable;

-- corpus: line 741 accepted
drop function rngfuncbar();

-- corpus: line 745 accepted
create or replace function rngfuncbar(out integer, out numeric) as
$$ select (1, 2.1) $$ language sql;

-- corpus: line 750 accepted
create or replace function rngfuncbar(out integer, out numeric) as
$$ select (1, 2) $$ language sql;

-- corpus: line 755 accepted
create or replace function rngfuncbar(out integer, out numeric) as
$$ select (1, 2.1, 3) $$ language sql;

-- corpus: line 760 accepted
drop function rngfuncbar();

-- corpus: line 764 accepted
create function extractq2(t int8_tbl) returns int8 as $$
  select t.q2
$$ language sql immutable;

-- corpus: line 773 accepted
create function extractq2_2(t int8_tbl) returns table(ret1 int8) as $$
  select extractq2(t) offset 0
$$ language sql immutable;

-- corpus: line 784 accepted
create function extractq2_2_opt(t int8_tbl) returns table(ret1 int8) as $$
  select extractq2(t)
$$ language sql immutable;

-- corpus: line 795 accepted
create type rngfunc2 as (a integer, b text);

-- corpus: line 802 accepted
drop type rngfunc2;
