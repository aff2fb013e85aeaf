-- corpus: line 60 accepted
CREATE TABLE numrange_test (nr NUMRANGE);

-- corpus: line 61 accepted
create index numrange_test_btree on numrange_test(nr);

-- corpus: line 138 accepted
create table numrange_test2(nr numrange);

-- corpus: line 139 accepted
create index numrange_test2_hash_idx on numrange_test2 using hash (nr);

-- corpus: line 169 accepted
DROP TABLE numrange_test2;

-- corpus: line 175 accepted
CREATE TABLE textrange_test (tr textrange);

-- corpus: line 176 accepted
create index textrange_test_btree on textrange_test(tr);

-- corpus: line 219 accepted
create table test_range_gist(ir int4range);

-- corpus: line 220 accepted
create index test_range_gist_idx on test_range_gist using gist (ir);

-- corpus: line 289 accepted
drop index test_range_gist_idx;

-- corpus: line 290 accepted
create index test_range_gist_idx on test_range_gist using gist (ir);

-- corpus: line 314 accepted
create table test_range_spgist(ir int4range);

-- corpus: line 315 accepted
create index test_range_spgist_idx on test_range_spgist using spgist (ir);

-- corpus: line 360 accepted
drop index test_range_spgist_idx;

-- corpus: line 361 accepted
create index test_range_spgist_idx on test_range_spgist using spgist (ir);

-- corpus: line 385 accepted
create table test_range_elem(i int4);

-- corpus: line 386 accepted
create index test_range_elem_idx on test_range_elem (i);

-- corpus: line 394 accepted
create index on test_range_elem using spgist(int4range(i,i+10));

-- corpus: line 401 accepted
drop table test_range_elem;

-- corpus: line 409 accepted
create table test_range_excl(
  room int4range,
  speaker int4range,
  during tsrange,
  exclude using gist (room with =, during with &&),
  exclude using gist (speaker with =, during with &&)
);

-- corpus: line 443 accepted
create type bogus_float8range as range (subtype=float8, subtype_diff=float4mi);

-- corpus: line 446 accepted
create table float8range_test(f8r float8range, i int);

-- corpus: line 449 accepted
drop table float8range_test;

-- corpus: line 455 accepted
create domain mydomain as int4;

-- corpus: line 456 accepted
create type mydomainrange as range(subtype=mydomain);

-- corpus: line 458 accepted
drop domain mydomain;

-- corpus: line 459 accepted
drop domain mydomain cascade;

-- corpus: line 465 accepted
create domain restrictedrange as int4range check (upper(value) < 10);

-- corpus: line 468 accepted
drop domain restrictedrange;

-- corpus: line 474 accepted
create type textrange1 as range(subtype=text, collation="C");

-- corpus: line 475 accepted
create type textrange2 as range(subtype=text, collation="C");

-- corpus: line 480 accepted
drop type textrange1;

-- corpus: line 481 accepted
drop type textrange2;

-- corpus: line 487 accepted
create function anyarray_anyrange_func(a anyarray, r anyrange)
  returns anyelement as 'select $1[1] + lower($2);' language sql;

-- corpus: line 495 accepted
drop function anyarray_anyrange_func(anyarray, anyrange);

-- corpus: line 498 accepted
create function bogus_func(anyelement)
  returns anyrange as 'select int4range(1,10)' language sql;

-- corpus: line 502 accepted
create function bogus_func(int)
  returns anyrange as 'select int4range(1,10)' language sql;

-- corpus: line 505 accepted
create function range_add_bounds(anyrange)
  returns anyelement as 'select lower($1) + upper($1)' language sql;

-- corpus: line 511 accepted
create function rangetypes_sql(q anyrange, b anyarray, out c anyelement)
  as $$ select upper($1) + $2[1] $$
  language sql;

-- corpus: line 518 accepted
create function anycompatiblearray_anycompatiblerange_func(a anycompatiblearray, r anycompatiblerange)
  returns anycompatible as 'select $1[1] + lower($2);' language sql;

-- corpus: line 528 accepted
drop function anycompatiblearray_anycompatiblerange_func(anycompatiblearray, anycompatiblerange);

-- corpus: line 531 accepted
create function bogus_func(anycompatible)
  returns anycompatiblerange as 'select int4range(1,10)' language sql;

-- corpus: line 540 accepted
create table i8r_array (f1 int, f2 int8range[]);

-- corpus: line 543 accepted
drop table i8r_array;

-- corpus: line 549 accepted
create type arrayrange as range (subtype=int4[]);

-- corpus: line 561 accepted
create type two_ints as (a int, b int);

-- corpus: line 562 accepted
create type two_ints_range as range (subtype = two_ints);

-- corpus: line 570 accepted
alter type two_ints add attribute c two_ints_range;

-- corpus: line 572 accepted
drop type two_ints cascade;

-- corpus: line 578 accepted
create type cashrange as range (subtype = money);

-- corpus: line 591 accepted
create function outparam_succeed(i anyrange, out r anyrange, out t text)
  as $$ select $1, 'foo'::text $$ language sql;

-- corpus: line 596 accepted
create function outparam2_succeed(r anyrange, out lu anyarray, out ul anyarray)
  as $$ select array[lower($1), upper($1)], array[upper($1), lower($1)] $$
  language sql;

-- corpus: line 603 accepted
create function outparam_succeed2(i anyrange, out r anyarray, out t text)
  as $$ select ARRAY[upper($1)], 'foo'::text $$ language sql;

-- corpus: line 609 accepted
create function inoutparam_succeed(out i anyelement, inout r anyrange)
  as $$ select upper($1), $1 $$ language sql;

-- corpus: line 614 accepted
create function table_succeed(r anyrange)
  returns table(l anyelement, u anyelement)
  as $$ select lower($1), upper($1) $$
  language sql;

-- corpus: line 622 accepted
create function outparam_fail(i anyelement, out r anyrange, out t text)
  as $$ select '[1,10]', 'foo' $$ language sql;

-- corpus: line 626 accepted
create function inoutparam_fail(inout i anyelement, out r anyrange)
  as $$ select $1, '[1,10]' $$ language sql;

-- corpus: line 630 accepted
create function table_fail(i anyelement) returns table(i anyelement, r anyrange)
  as $$ select $1, '[1,10]' $$ language sql;
