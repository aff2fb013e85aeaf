-- corpus: line 6 accepted
create function polyf(x anyelement) returns anyelement as $$
  select x + 1
$$ language sql;

-- corpus: line 13 accepted
drop function polyf(x anyelement);

-- corpus: line 15 accepted
create function polyf(x anyelement) returns anyarray as $$
  select array[x + 1, x + 2]
$$ language sql;

-- corpus: line 21 accepted
drop function polyf(x anyelement);

-- corpus: line 23 accepted
create function polyf(x anyarray) returns anyelement as $$
  select x[1]
$$ language sql;

-- corpus: line 31 accepted
drop function polyf(x anyarray);

-- corpus: line 33 accepted
create function polyf(x anyarray) returns anyarray as $$
  select x
$$ language sql;

-- corpus: line 41 accepted
drop function polyf(x anyarray);

-- corpus: line 44 accepted
create function polyf(x anyelement) returns anyrange as $$
  select array[x + 1, x + 2]
$$ language sql;

-- corpus: line 48 accepted
create function polyf(x anyrange) returns anyarray as $$
  select array[lower(x), upper(x)]
$$ language sql;

-- corpus: line 54 accepted
drop function polyf(x anyrange);

-- corpus: line 56 accepted
create function polyf(x anycompatible, y anycompatible) returns anycompatiblearray as $$
  select array[x, y]
$$ language sql;

-- corpus: line 62 accepted
drop function polyf(x anycompatible, y anycompatible);

-- corpus: line 64 accepted
create function polyf(x anycompatiblerange, y anycompatible, z anycompatible) returns anycompatiblearray as $$
  select array[lower(x), upper(x), y, z]
$$ language sql;

-- corpus: line 72 accepted
drop function polyf(x anycompatiblerange, y anycompatible, z anycompatible);

-- corpus: line 74 accepted
create function polyf(x anycompatiblemultirange, y anycompatible, z anycompatible) returns anycompatiblearray as $$
  select array[lower(x), upper(x), y, z]
$$ language sql;

-- corpus: line 82 accepted
drop function polyf(x anycompatiblemultirange, y anycompatible, z anycompatible);

-- corpus: line 85 accepted
create function polyf(x anycompatible) returns anycompatiblerange as $$
  select array[x + 1, x + 2]
$$ language sql;

-- corpus: line 89 accepted
create function polyf(x anycompatiblerange, y anycompatiblearray) returns anycompatiblerange as $$
  select x
$$ language sql;

-- corpus: line 95 accepted
drop function polyf(x anycompatiblerange, y anycompatiblearray);

-- corpus: line 98 accepted
create function polyf(x anycompatible) returns anycompatiblemultirange as $$
  select array[x + 1, x + 2]
$$ language sql;

-- corpus: line 102 accepted
create function polyf(x anycompatiblemultirange, y anycompatiblearray) returns anycompatiblemultirange as $$
  select x
$$ language sql;

-- corpus: line 108 accepted
drop function polyf(x anycompatiblemultirange, y anycompatiblearray);

-- corpus: line 110 accepted
create function polyf(a anyelement, b anyarray,
                      c anycompatible, d anycompatible,
                      OUT x anyarray, OUT y anycompatiblearray)
as $$
  select a || b, array[c, d]
$$ language sql;

-- corpus: line 126 accepted
drop function polyf(a anyelement, b anyarray,
                    c anycompatible, d anycompatible);

-- corpus: line 129 accepted
create function polyf(anyrange) returns anymultirange
as 'select multirange($1);' language sql;

-- corpus: line 135 accepted
drop function polyf(anyrange);

-- corpus: line 137 accepted
create function polyf(anymultirange) returns anyelement
as 'select lower($1);' language sql;

-- corpus: line 143 accepted
drop function polyf(anymultirange);

-- corpus: line 145 accepted
create function polyf(anycompatiblerange) returns anycompatiblemultirange
as 'select multirange($1);' language sql;

-- corpus: line 151 accepted
drop function polyf(anycompatiblerange);

-- corpus: line 153 accepted
create function polyf(anymultirange) returns anyrange
as 'select range_merge($1);' language sql;

-- corpus: line 159 accepted
drop function polyf(anymultirange);

-- corpus: line 161 accepted
create function polyf(anycompatiblemultirange) returns anycompatiblerange
as 'select range_merge($1);' language sql;

-- corpus: line 167 accepted
drop function polyf(anycompatiblemultirange);

-- corpus: line 169 accepted
create function polyf(anycompatiblemultirange) returns anycompatible
as 'select lower($1);' language sql;

-- corpus: line 175 accepted
drop function polyf(anycompatiblemultirange);

-- corpus: line 216 accepted
CREATE FUNCTION stfp(anyarray) RETURNS anyarray AS
'select $1' LANGUAGE SQL;

-- corpus: line 219 accepted
CREATE FUNCTION stfnp(int[]) RETURNS int[] AS
'select $1' LANGUAGE SQL;

-- corpus: line 223 accepted
CREATE FUNCTION tfp(anyarray,anyelement) RETURNS anyarray AS
'select $1 || $2' LANGUAGE SQL;

-- corpus: line 226 accepted
CREATE FUNCTION tfnp(int[],int) RETURNS int[] AS
'select $1 || $2' LANGUAGE SQL;

-- corpus: line 230 accepted
CREATE FUNCTION tf1p(anyarray,int) RETURNS anyarray AS
'select $1' LANGUAGE SQL;

-- corpus: line 233 accepted
CREATE FUNCTION tf2p(int[],anyelement) RETURNS int[] AS
'select $1' LANGUAGE SQL;

-- corpus: line 237 accepted
CREATE FUNCTION sum3(anyelement,anyelement,anyelement) returns anyelement AS
'select $1+$2+$3' language sql strict;

-- corpus: line 241 accepted
CREATE FUNCTION ffp(anyarray) RETURNS anyarray AS
'select $1' LANGUAGE SQL;

-- corpus: line 244 accepted
CREATE FUNCTION ffnp(int[]) returns int[] as
'select $1' LANGUAGE SQL;

-- corpus: line 261 accepted
CREATE AGGREGATE myaggp01a(*) (SFUNC = stfnp, STYPE = int4[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 266 accepted
CREATE AGGREGATE myaggp02a(*) (SFUNC = stfnp, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 271 accepted
CREATE AGGREGATE myaggp03a(*) (SFUNC = stfp, STYPE = int4[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 273 accepted
CREATE AGGREGATE myaggp03b(*) (SFUNC = stfp, STYPE = int4[],
  INITCOND = '{}');

-- corpus: line 278 accepted
CREATE AGGREGATE myaggp04a(*) (SFUNC = stfp, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 280 accepted
CREATE AGGREGATE myaggp04b(*) (SFUNC = stfp, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 290 accepted
CREATE AGGREGATE myaggp05a(BASETYPE = int, SFUNC = tfnp, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 295 accepted
CREATE AGGREGATE myaggp06a(BASETYPE = int, SFUNC = tf2p, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 300 accepted
CREATE AGGREGATE myaggp07a(BASETYPE = anyelement, SFUNC = tfnp, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 305 accepted
CREATE AGGREGATE myaggp08a(BASETYPE = anyelement, SFUNC = tf2p, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 310 accepted
CREATE AGGREGATE myaggp09a(BASETYPE = int, SFUNC = tf1p, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 312 accepted
CREATE AGGREGATE myaggp09b(BASETYPE = int, SFUNC = tf1p, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 317 accepted
CREATE AGGREGATE myaggp10a(BASETYPE = int, SFUNC = tfp, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 319 accepted
CREATE AGGREGATE myaggp10b(BASETYPE = int, SFUNC = tfp, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 324 accepted
CREATE AGGREGATE myaggp11a(BASETYPE = anyelement, SFUNC = tf1p, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 326 accepted
CREATE AGGREGATE myaggp11b(BASETYPE = anyelement, SFUNC = tf1p, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 331 accepted
CREATE AGGREGATE myaggp12a(BASETYPE = anyelement, SFUNC = tfp, STYPE = int[],
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 333 accepted
CREATE AGGREGATE myaggp12b(BASETYPE = anyelement, SFUNC = tfp, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 338 accepted
CREATE AGGREGATE myaggp13a(BASETYPE = int, SFUNC = tfnp, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 343 accepted
CREATE AGGREGATE myaggp14a(BASETYPE = int, SFUNC = tf2p, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 348 accepted
CREATE AGGREGATE myaggp15a(BASETYPE = anyelement, SFUNC = tfnp,
  STYPE = anyarray, FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 353 accepted
CREATE AGGREGATE myaggp16a(BASETYPE = anyelement, SFUNC = tf2p,
  STYPE = anyarray, FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 358 accepted
CREATE AGGREGATE myaggp17a(BASETYPE = int, SFUNC = tf1p, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 360 accepted
CREATE AGGREGATE myaggp17b(BASETYPE = int, SFUNC = tf1p, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 365 accepted
CREATE AGGREGATE myaggp18a(BASETYPE = int, SFUNC = tfp, STYPE = anyarray,
  FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 367 accepted
CREATE AGGREGATE myaggp18b(BASETYPE = int, SFUNC = tfp, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 372 accepted
CREATE AGGREGATE myaggp19a(BASETYPE = anyelement, SFUNC = tf1p,
  STYPE = anyarray, FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 374 accepted
CREATE AGGREGATE myaggp19b(BASETYPE = anyelement, SFUNC = tf1p,
  STYPE = anyarray, INITCOND = '{}');

-- corpus: line 379 accepted
CREATE AGGREGATE myaggp20a(BASETYPE = anyelement, SFUNC = tfp,
  STYPE = anyarray, FINALFUNC = ffp, INITCOND = '{}');

-- corpus: line 381 accepted
CREATE AGGREGATE myaggp20b(BASETYPE = anyelement, SFUNC = tfp,
  STYPE = anyarray, INITCOND = '{}');

-- corpus: line 390 accepted
CREATE AGGREGATE myaggn01a(*) (SFUNC = stfnp, STYPE = int4[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 392 accepted
CREATE AGGREGATE myaggn01b(*) (SFUNC = stfnp, STYPE = int4[],
  INITCOND = '{}');

-- corpus: line 397 accepted
CREATE AGGREGATE myaggn02a(*) (SFUNC = stfnp, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 399 accepted
CREATE AGGREGATE myaggn02b(*) (SFUNC = stfnp, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 404 accepted
CREATE AGGREGATE myaggn03a(*) (SFUNC = stfp, STYPE = int4[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 409 accepted
CREATE AGGREGATE myaggn04a(*) (SFUNC = stfp, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 419 accepted
CREATE AGGREGATE myaggn05a(BASETYPE = int, SFUNC = tfnp, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 421 accepted
CREATE AGGREGATE myaggn05b(BASETYPE = int, SFUNC = tfnp, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 426 accepted
CREATE AGGREGATE myaggn06a(BASETYPE = int, SFUNC = tf2p, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 428 accepted
CREATE AGGREGATE myaggn06b(BASETYPE = int, SFUNC = tf2p, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 433 accepted
CREATE AGGREGATE myaggn07a(BASETYPE = anyelement, SFUNC = tfnp, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 435 accepted
CREATE AGGREGATE myaggn07b(BASETYPE = anyelement, SFUNC = tfnp, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 440 accepted
CREATE AGGREGATE myaggn08a(BASETYPE = anyelement, SFUNC = tf2p, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 442 accepted
CREATE AGGREGATE myaggn08b(BASETYPE = anyelement, SFUNC = tf2p, STYPE = int[],
  INITCOND = '{}');

-- corpus: line 447 accepted
CREATE AGGREGATE myaggn09a(BASETYPE = int, SFUNC = tf1p, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 452 accepted
CREATE AGGREGATE myaggn10a(BASETYPE = int, SFUNC = tfp, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 457 accepted
CREATE AGGREGATE myaggn11a(BASETYPE = anyelement, SFUNC = tf1p, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 462 accepted
CREATE AGGREGATE myaggn12a(BASETYPE = anyelement, SFUNC = tfp, STYPE = int[],
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 467 accepted
CREATE AGGREGATE myaggn13a(BASETYPE = int, SFUNC = tfnp, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 469 accepted
CREATE AGGREGATE myaggn13b(BASETYPE = int, SFUNC = tfnp, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 474 accepted
CREATE AGGREGATE myaggn14a(BASETYPE = int, SFUNC = tf2p, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 476 accepted
CREATE AGGREGATE myaggn14b(BASETYPE = int, SFUNC = tf2p, STYPE = anyarray,
  INITCOND = '{}');

-- corpus: line 481 accepted
CREATE AGGREGATE myaggn15a(BASETYPE = anyelement, SFUNC = tfnp,
  STYPE = anyarray, FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 483 accepted
CREATE AGGREGATE myaggn15b(BASETYPE = anyelement, SFUNC = tfnp,
  STYPE = anyarray, INITCOND = '{}');

-- corpus: line 488 accepted
CREATE AGGREGATE myaggn16a(BASETYPE = anyelement, SFUNC = tf2p,
  STYPE = anyarray, FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 490 accepted
CREATE AGGREGATE myaggn16b(BASETYPE = anyelement, SFUNC = tf2p,
  STYPE = anyarray, INITCOND = '{}');

-- corpus: line 495 accepted
CREATE AGGREGATE myaggn17a(BASETYPE = int, SFUNC = tf1p, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 500 accepted
CREATE AGGREGATE myaggn18a(BASETYPE = int, SFUNC = tfp, STYPE = anyarray,
  FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 505 accepted
CREATE AGGREGATE myaggn19a(BASETYPE = anyelement, SFUNC = tf1p,
  STYPE = anyarray, FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 510 accepted
CREATE AGGREGATE myaggn20a(BASETYPE = anyelement, SFUNC = tfp,
  STYPE = anyarray, FINALFUNC = ffnp, INITCOND = '{}');

-- corpus: line 514 accepted
CREATE AGGREGATE mysum2(anyelement,anyelement) (SFUNC = sum3,
  STYPE = anyelement, INITCOND = '0');

-- corpus: line 518 accepted
create temp table t(f1 int, f2 int[], f3 text);

-- corpus: line 555 accepted
create function bleat(int) returns int as $$
begin
  raise notice 'bleat %', $1;
  return $1;
end$$ language plpgsql;

-- corpus: line 561 accepted
create function sql_if(bool, anyelement, anyelement) returns anyelement as $$
select case when $1 then $2 else $3 end $$ language sql;

-- corpus: line 572 accepted
CREATE AGGREGATE array_larger_accum (anyarray)
(
    sfunc = array_larger,
    stype = anyarray,
    initcond = '{}'
);

-- corpus: line 587 accepted
create function add_group(grp anyarray, ad anyelement, size integer)
  returns anyarray
  as $$
begin
  if grp is null then
    return array[ad];
  end if;
  if array_upper(grp, 1) < size then
    return grp || ad;
  end if;
  return grp;
end;
$$
  language plpgsql immutable;

-- corpus: line 602 accepted
create aggregate build_group(anyelement, integer) (
  SFUNC = add_group,
  STYPE = anyarray
);

-- corpus: line 610 accepted
create aggregate build_group(int8, integer) (
  SFUNC = add_group,
  STYPE = int2[]
);

-- corpus: line 616 accepted
create aggregate build_group(int8, integer) (
  SFUNC = add_group,
  STYPE = int8[]
);

-- corpus: line 623 accepted
create function first_el_transfn(anyarray, anyelement) returns anyarray as
'select $1 || $2' language sql immutable;

-- corpus: line 626 accepted
create function first_el(anyarray) returns anyelement as
'select $1[1]' language sql strict immutable;

-- corpus: line 629 accepted
create aggregate first_el_agg_f8(float8) (
  SFUNC = array_append,
  STYPE = float8[],
  FINALFUNC = first_el
);

-- corpus: line 635 accepted
create aggregate first_el_agg_any(anyelement) (
  SFUNC = first_el_transfn,
  STYPE = anyarray,
  FINALFUNC = first_el
);

-- corpus: line 661 accepted
create function myleast(variadic anyarray) returns anyelement as $$
  select min($1[i]) from generate_subscripts($1,1) g(i)
$$ language sql immutable strict;

-- corpus: line 678 accepted
create function concat(text, variadic anyarray) returns text as $$
  select array_to_string($2, $1);
$$ language sql immutable strict;

-- corpus: line 687 accepted
drop function concat(text, anyarray);

-- corpus: line 690 accepted
create function formarray(anyelement, variadic anyarray) returns anyarray as $$
  select array_prepend($1, $2);
$$ language sql immutable strict;

-- corpus: line 700 accepted
drop function formarray(anyelement, variadic anyarray);

-- corpus: line 716 accepted
create function dfunc(a int = 1, int = 2) returns int as $$
  select $1 + $2;
$$ language sql;

-- corpus: line 725 accepted
drop function dfunc();

-- corpus: line 726 accepted
drop function dfunc(int);

-- corpus: line 727 accepted
drop function dfunc(int, int);

-- corpus: line 730 accepted
create function dfunc(a int = 1, b int) returns int as $$
  select $1 + $2;
$$ language sql;

-- corpus: line 735 accepted
create function dfunc(a int = 1, out sum int, b int = 2) as $$
  select $1 + $2;
$$ language sql;

-- corpus: line 744 accepted
drop function dfunc(int, int);

-- corpus: line 747 accepted
create function dfunc(a int DEFAULT 1.0, int DEFAULT '-1') returns int as $$
  select $1 + $2;
$$ language sql;

-- corpus: line 752 accepted
create function dfunc(a text DEFAULT 'Hello', b text DEFAULT 'World') returns text as $$
  select $1 || ', ' || $2;
$$ language sql;

-- corpus: line 762 accepted
drop function dfunc(int, int);

-- corpus: line 763 accepted
drop function dfunc(text, text);

-- corpus: line 765 accepted
create function dfunc(int = 1, int = 2) returns int as $$
  select 2;
$$ language sql;

-- corpus: line 769 accepted
create function dfunc(int = 1, int = 2, int = 3, int = 4) returns int as $$
  select 4;
$$ language sql;

-- corpus: line 782 accepted
drop function dfunc(int, int);

-- corpus: line 783 accepted
drop function dfunc(int, int, int, int);

-- corpus: line 786 accepted
create function dfunc(out int = 20) returns int as $$
  select 1;
$$ language sql;

-- corpus: line 791 accepted
create function dfunc(anyelement = 'World'::text) returns text as $$
  select 'Hello, ' || $1::text;
$$ language sql;

-- corpus: line 800 accepted
drop function dfunc(anyelement);

-- corpus: line 804 accepted
create function dfunc(a variadic int[]) returns int as
$$ select array_upper($1, 1) $$ language sql;

-- corpus: line 811 accepted
create or replace function dfunc(a variadic int[] default array[]::int[]) returns int as
$$ select array_upper($1, 1) $$ language sql;

-- corpus: line 819 accepted
create or replace function dfunc(a variadic int[]) returns int as
$$ select array_upper($1, 1) $$ language sql;

-- corpus: line 824 accepted
drop function dfunc(a variadic int[]);

-- corpus: line 828 accepted
create function dfunc(int = 1, int = 2, int = 3) returns int as $$
  select 3;
$$ language sql;

-- corpus: line 832 accepted
create function dfunc(int = 1, int = 2) returns int as $$
  select 2;
$$ language sql;

-- corpus: line 836 accepted
create function dfunc(text) returns text as $$
  select $1;
$$ language sql;

-- corpus: line 846 accepted
drop function dfunc(int, int, int);

-- corpus: line 847 accepted
drop function dfunc(int, int);

-- corpus: line 848 accepted
drop function dfunc(text);

-- corpus: line 854 accepted
create function dfunc(a int, b int, c int = 0, d int = 0)
  returns table (a int, b int, c int, d int) as $$
  select $1, $2, $3, $4;
$$ language sql;

-- corpus: line 874 accepted
drop function dfunc(int, int, int, int);

-- corpus: line 877 accepted
create function dfunc(a varchar, b numeric, c date = current_date)
  returns table (a varchar, b numeric, c date) as $$
  select $1, $2, $3;
$$ language sql;

-- corpus: line 889 accepted
drop function dfunc(varchar, numeric, date);

-- corpus: line 892 accepted
create function dfunc(a varchar = 'def a', out _a varchar, c numeric = NULL, out _c numeric)
returns record as $$
  select $1, $2;
$$ language sql;

-- corpus: line 907 accepted
create or replace function dfunc(a varchar = 'def a', out _a varchar, x numeric = NULL, out _c numeric)
returns record as $$
  select $1, $2;
$$ language sql;

-- corpus: line 912 accepted
create or replace function dfunc(a varchar = 'def a', out _a varchar, numeric = NULL, out _c numeric)
returns record as $$
  select $1, $2;
$$ language sql;

-- corpus: line 917 accepted
drop function dfunc(varchar, numeric);

-- corpus: line 920 accepted
create function testpolym(a int, a int) returns int as $$ select 1;$$ language sql;

-- corpus: line 921 accepted
create function testpolym(int, out a int, out a int) returns int as $$ select 1;$$ language sql;

-- corpus: line 922 accepted
create function testpolym(out a int, inout a int) returns int as $$ select 1;$$ language sql;

-- corpus: line 923 accepted
create function testpolym(a int, inout a int) returns int as $$ select 1;$$ language sql;

-- corpus: line 926 accepted
create function testpolym(a int, out a int) returns int as $$ select $1;$$ language sql;

-- corpus: line 928 accepted
drop function testpolym(int);

-- corpus: line 929 accepted
create function testpolym(a int) returns table(a int) as $$ select $1;$$ language sql;

-- corpus: line 931 accepted
drop function testpolym(int);

-- corpus: line 934 accepted
create function dfunc(a anyelement, b anyelement = null, flag bool = true)
returns anyelement as $$
  select case when $3 then $1 else $2 end;
$$ language sql;

-- corpus: line 988 accepted
CREATE VIEW dfview AS
   SELECT q1, q2,
     dfunc(q1,q2, flag := q1>q2) as c3,
     dfunc(q1, flag := q1<q2, b := q2) as c4
     FROM int8_tbl;

-- corpus: line 998 accepted
drop view dfview;

-- corpus: line 999 accepted
drop function dfunc(anyelement, anyelement, bool);

-- corpus: line 1005 accepted
create function anyctest(anycompatible, anycompatible)
returns anycompatible as $$
  select greatest($1, $2)
$$ language sql;

-- corpus: line 1015 accepted
drop function anyctest(anycompatible, anycompatible);

-- corpus: line 1017 accepted
create function anyctest(anycompatible, anycompatible)
returns anycompatiblearray as $$
  select array[$1, $2]
$$ language sql;

-- corpus: line 1026 accepted
drop function anyctest(anycompatible, anycompatible);

-- corpus: line 1028 accepted
create function anyctest(anycompatible, anycompatiblearray)
returns anycompatiblearray as $$
  select array[$1] || $2
$$ language sql;

-- corpus: line 1040 accepted
drop function anyctest(anycompatible, anycompatiblearray);

-- corpus: line 1042 accepted
create function anyctest(anycompatible, anycompatiblerange)
returns anycompatiblerange as $$
  select $2
$$ language sql;

-- corpus: line 1053 accepted
drop function anyctest(anycompatible, anycompatiblerange);

-- corpus: line 1055 accepted
create function anyctest(anycompatiblerange, anycompatiblerange)
returns anycompatible as $$
  select lower($1) + upper($2)
$$ language sql;

-- corpus: line 1063 accepted
drop function anyctest(anycompatiblerange, anycompatiblerange);

-- corpus: line 1066 accepted
create function anyctest(anycompatible)
returns anycompatiblerange as $$
  select $1
$$ language sql;

-- corpus: line 1071 accepted
create function anyctest(anycompatible, anycompatiblemultirange)
returns anycompatiblemultirange as $$
  select $2
$$ language sql;

-- corpus: line 1082 accepted
drop function anyctest(anycompatible, anycompatiblemultirange);

-- corpus: line 1084 accepted
create function anyctest(anycompatiblemultirange, anycompatiblemultirange)
returns anycompatible as $$
  select lower($1) + upper($2)
$$ language sql;

-- corpus: line 1092 accepted
drop function anyctest(anycompatiblemultirange, anycompatiblemultirange);

-- corpus: line 1095 accepted
create function anyctest(anycompatible)
returns anycompatiblemultirange as $$
  select $1
$$ language sql;

-- corpus: line 1100 accepted
create function anyctest(anycompatiblenonarray, anycompatiblenonarray)
returns anycompatiblearray as $$
  select array[$1, $2]
$$ language sql;

-- corpus: line 1109 accepted
drop function anyctest(anycompatiblenonarray, anycompatiblenonarray);

-- corpus: line 1111 accepted
create function anyctest(a anyelement, b anyarray,
                         c anycompatible, d anycompatible)
returns anycompatiblearray as $$
  select array[c, d]
$$ language sql;

-- corpus: line 1122 accepted
drop function anyctest(a anyelement, b anyarray,
                       c anycompatible, d anycompatible);

-- corpus: line 1125 accepted
create function anyctest(variadic anycompatiblearray)
returns anycompatiblearray as $$
  select $1
$$ language sql;

-- corpus: line 1137 accepted
drop function anyctest(variadic anycompatiblearray);
