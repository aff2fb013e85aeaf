-- corpus: line 8 accepted
CREATE TABLE arrtest (
	a 			int2[],
	b 			int4[][][],
	c 			name[],
	d			text[][],
	e 			float8[],
	f			char(5)[],
	g			varchar(5)[]
);

-- corpus: line 18 accepted
CREATE TABLE array_op_test (
	seqno		int4,
	i			int4[],
	t			text[]
);

-- corpus: line 151 accepted
CREATE TEMP TABLE arrtest_s (
  a       int2[],
  b       int2[][]
);

-- corpus: line 176 accepted
CREATE TEMP TABLE point_tbl AS SELECT * FROM public.point_tbl;

-- corpus: line 198 accepted
CREATE TEMP TABLE arrtest1 (i int[], t text[]);

-- corpus: line 236 accepted
CREATE TEMP TABLE arrtest2 (i integer ARRAY[4], f float8[], n numeric[], t text[], d timestamp[]);

-- corpus: line 246 accepted
CREATE TEMP TABLE arrtest_f (f0 int, f1 text, f2 float8);

-- corpus: line 257 accepted
CREATE TEMP TABLE arrtest_i (f0 int, f1 text, f2 int);

-- corpus: line 410 accepted
create temp table arr_tbl (f1 int[] unique);

-- corpus: line 425 accepted
create temp table arr_pk_tbl (pk int4 primary key, f1 int[]);

-- corpus: line 499 accepted
CREATE TEMP TABLE arraggtest ( f1 INT[], f2 TEXT[][], f3 FLOAT[]);

-- corpus: line 525 accepted
create type comptype as (f1 int, f2 text);

-- corpus: line 527 accepted
create table comptable (c1 comptype, c2 comptype[]);

-- corpus: line 534 accepted
create type _comptype as enum('fooey');

-- corpus: line 539 accepted
drop type _comptype;

-- corpus: line 540 accepted
drop table comptable;

-- corpus: line 541 accepted
drop type comptype;

-- corpus: line 543 accepted
create or replace function unnest1(anyarray)
returns setof anyelement as $$
select $1[s] from generate_subscripts($1,1) g(s);
$$ language sql immutable;

-- corpus: line 548 accepted
create or replace function unnest2(anyarray)
returns setof anyelement as $$
select $1[s1][s2] from generate_subscripts($1,1) g1(s1),
                   generate_subscripts($1,2) g2(s2);
$$ language sql immutable;

-- corpus: line 557 accepted
drop function unnest1(anyarray);

-- corpus: line 558 accepted
drop function unnest2(anyarray);

-- corpus: line 685 accepted
create temp table t1 (f1 int8_tbl[]);

-- corpus: line 693 accepted
create temp table src (f1 text);

-- corpus: line 696 accepted
create type textandtext as (c1 text, c2 text);

-- corpus: line 697 accepted
create temp table dest (f1 textandtext[]);

-- corpus: line 703 accepted
drop table src;

-- corpus: line 705 accepted
drop table dest;

-- corpus: line 706 accepted
drop type textandtext;
