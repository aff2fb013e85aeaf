-- corpus: line 99 accepted
CREATE TABLE nummultirange_test (nmr NUMMULTIRANGE);

-- corpus: line 100 accepted
CREATE INDEX nummultirange_test_btree ON nummultirange_test(nmr);

-- corpus: line 434 accepted
create table test_multirange_gist(mr int4multirange);

-- corpus: line 440 accepted
create index test_mulrirange_gist_idx on test_multirange_gist using gist (mr);

-- corpus: line 537 accepted
drop table test_multirange_gist;

-- corpus: line 542 accepted
create table reservations ( room_id integer not null, booked_during daterange );

-- corpus: line 609 accepted
create table nummultirange_test2(nmr nummultirange);

-- corpus: line 610 accepted
create index nummultirange_test2_hash_idx on nummultirange_test2 using hash (nmr);

-- corpus: line 639 accepted
DROP TABLE nummultirange_test2;

-- corpus: line 646 accepted
create table float8multirange_test(f8mr float8multirange, i int);

-- corpus: line 649 accepted
drop table float8multirange_test;

-- corpus: line 655 accepted
create domain mydomain as int4;

-- corpus: line 656 accepted
create type mydomainrange as range(subtype=mydomain);

-- corpus: line 658 accepted
drop domain mydomain cascade;

-- corpus: line 664 accepted
create domain restrictedmultirange as int4multirange check (upper(value) < 10);

-- corpus: line 667 accepted
drop domain restrictedmultirange;

-- corpus: line 673 accepted
create type intr as range(subtype=int);

-- corpus: line 675 accepted
drop type intr;

-- corpus: line 676 accepted
create type intmultirange as (x int, y int);

-- corpus: line 677 accepted
create type intrange as range(subtype=int);

-- corpus: line 678 accepted
drop type intmultirange;

-- corpus: line 679 accepted
create type intr_multirange as (x int, y int);

-- corpus: line 680 accepted
create type intr as range(subtype=int);

-- corpus: line 681 accepted
drop type intr_multirange;

-- corpus: line 689 accepted
create type textrange1 as range(subtype=text, multirange_type_name=int, collation="C");

-- corpus: line 691 accepted
create type textrange1 as range(subtype=text, multirange_type_name=multirange_of_text, collation="C");

-- corpus: line 693 accepted
create type textrange2 as range(subtype=text, multirange_type_name=_textrange1, collation="C");

-- corpus: line 700 accepted
drop type textrange1;

-- corpus: line 701 accepted
drop type textrange2;

-- corpus: line 707 accepted
create function anyarray_anymultirange_func(a anyarray, r anymultirange)
  returns anyelement as 'select $1[1] + lower($2);' language sql;

-- corpus: line 715 accepted
drop function anyarray_anymultirange_func(anyarray, anymultirange);

-- corpus: line 718 accepted
create function bogus_func(anyelement)
  returns anymultirange as 'select int4multirange(int4range(1,10))' language sql;

-- corpus: line 722 accepted
create function bogus_func(int)
  returns anymultirange as 'select int4multirange(int4range(1,10))' language sql;

-- corpus: line 725 accepted
create function range_add_bounds(anymultirange)
  returns anyelement as 'select lower($1) + upper($1)' language sql;

-- corpus: line 731 accepted
create function multirangetypes_sql(q anymultirange, b anyarray, out c anyelement)
  as $$ select upper($1) + $2[1] $$
  language sql;

-- corpus: line 738 accepted
create function anycompatiblearray_anycompatiblemultirange_func(a anycompatiblearray, mr anycompatiblemultirange)
  returns anycompatible as 'select $1[1] + lower($2);' language sql;

-- corpus: line 748 accepted
drop function anycompatiblearray_anycompatiblemultirange_func(anycompatiblearray, anycompatiblemultirange);

-- corpus: line 750 accepted
create function anycompatiblerange_anycompatiblemultirange_func(r anycompatiblerange, mr anycompatiblemultirange)
  returns anycompatible as 'select lower($1) + lower($2);' language sql;

-- corpus: line 758 accepted
drop function anycompatiblerange_anycompatiblemultirange_func(anycompatiblerange, anycompatiblemultirange);

-- corpus: line 761 accepted
create function bogus_func(anycompatible)
  returns anycompatiblerange as 'select int4range(1,10)' language sql;

-- corpus: line 770 accepted
create table i8mr_array (f1 int, f2 int8multirange[]);

-- corpus: line 773 accepted
drop table i8mr_array;

-- corpus: line 789 accepted
create type two_ints as (a int, b int);

-- corpus: line 790 accepted
create type two_ints_range as range (subtype = two_ints);

-- corpus: line 797 accepted
drop type two_ints cascade;

-- corpus: line 814 accepted
create function mr_outparam_succeed(i anymultirange, out r anymultirange, out t text)
  as $$ select $1, 'foo'::text $$ language sql;

-- corpus: line 820 accepted
create function mr_outparam_succeed2(i anymultirange, out r anyarray, out t text)
  as $$ select ARRAY[upper($1)], 'foo'::text $$ language sql;

-- corpus: line 826 accepted
create function mr_outparam_succeed3(i anymultirange, out r anyrange, out t text)
  as $$ select range_merge($1), 'foo'::text $$ language sql;

-- corpus: line 831 accepted
create function mr_outparam_succeed4(i anyrange, out r anymultirange, out t text)
  as $$ select multirange($1), 'foo'::text $$ language sql;

-- corpus: line 837 accepted
create function mr_inoutparam_succeed(out i anyelement, inout r anymultirange)
  as $$ select upper($1), $1 $$ language sql;

-- corpus: line 843 accepted
create function mr_table_succeed(i anyelement, r anymultirange) returns table(i anyelement, r anymultirange)
  as $$ select $1, $2 $$ language sql;

-- corpus: line 849 accepted
create function mr_polymorphic(i anyrange) returns anymultirange
  as $$ begin return multirange($1); end; $$ language plpgsql;

-- corpus: line 854 accepted
create function mr_outparam_fail(i anyelement, out r anymultirange, out t text)
  as $$ select '[1,10]', 'foo' $$ language sql;

-- corpus: line 858 accepted
create function mr_inoutparam_fail(inout i anyelement, out r anymultirange)
  as $$ select $1, '[1,10]' $$ language sql;

-- corpus: line 862 accepted
create function mr_table_fail(i anyelement) returns table(i anyelement, r anymultirange)
  as $$ select $1, '[1,10]' $$ language sql;
