-- corpus: line 12 accepted
CREATE TABLE aggtest (
	a 			int2,
	b			float4
);

-- corpus: line 138 accepted
CREATE TABLE regr_test (x float8, y float8);

-- corpus: line 159 accepted
DROP TABLE regr_test;

-- corpus: line 223 accepted
CREATE TEMPORARY TABLE bitwise_test(
  i2 INT2,
  i4 INT4,
  i8 INT8,
  i INTEGER,
  x INT2,
  y BIT(4)
);

-- corpus: line 301 accepted
CREATE TEMPORARY TABLE bool_test(
  b1 BOOL,
  b2 BOOL,
  b3 BOOL,
  b4 BOOL);

-- corpus: line 414 accepted
create table minmaxtest(f1 int);

-- corpus: line 415 accepted
create table minmaxtest1() inherits (minmaxtest);

-- corpus: line 416 accepted
create table minmaxtest2() inherits (minmaxtest);

-- corpus: line 417 accepted
create table minmaxtest3() inherits (minmaxtest);

-- corpus: line 418 accepted
create index minmaxtesti on minmaxtest(f1);

-- corpus: line 419 accepted
create index minmaxtest1i on minmaxtest1(f1);

-- corpus: line 420 accepted
create index minmaxtest2i on minmaxtest2(f1 desc);

-- corpus: line 421 accepted
create index minmaxtest3i on minmaxtest3(f1) where f1 is not null;

-- corpus: line 437 accepted
drop table minmaxtest cascade;

-- corpus: line 450 accepted
create temp table t1 (a int, b int, c int, d int, primary key (a, b));

-- corpus: line 451 accepted
create temp table t2 (x int, y int, z int, primary key (x, y));

-- corpus: line 452 accepted
create temp table t3 (a int, b int, c int, primary key(a, b) deferrable);

-- corpus: line 473 accepted
create temp table t1c () inherits (t1);

-- corpus: line 481 accepted
create temp table p_t1 (
  a int,
  b int,
  c int,
  d int,
  primary key(a,b)
) partition by list(a);

-- corpus: line 488 accepted
create temp table p_t1_1 partition of p_t1 for values in(1);

-- corpus: line 489 accepted
create temp table p_t1_2 partition of p_t1 for values in(2);

-- corpus: line 494 accepted
drop table t1 cascade;

-- corpus: line 495 accepted
drop table t2;

-- corpus: line 496 accepted
drop table t3;

-- corpus: line 497 accepted
drop table p_t1;

-- corpus: line 503 accepted
create temp table t1(f1 int, f2 int);

-- corpus: line 504 accepted
create temp table t2(f1 bigint, f2 oid);

-- corpus: line 522 accepted
drop table t1, t2;

-- corpus: line 648 accepted
create view agg_view1 as
  select aggfns(a,b,c)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c);

-- corpus: line 655 accepted
create or replace view agg_view1 as
  select aggfns(distinct a,b,c)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c),
         generate_series(1,3) i;

-- corpus: line 663 accepted
create or replace view agg_view1 as
  select aggfns(distinct a,b,c order by b)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c),
         generate_series(1,3) i;

-- corpus: line 671 accepted
create or replace view agg_view1 as
  select aggfns(a,b,c order by b+1)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c);

-- corpus: line 678 accepted
create or replace view agg_view1 as
  select aggfns(a,a,c order by b)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c);

-- corpus: line 685 accepted
create or replace view agg_view1 as
  select aggfns(a,b,c order by c using ~<~)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c);

-- corpus: line 692 accepted
create or replace view agg_view1 as
  select aggfns(distinct a,b,c order by a,c using ~<~,b)
    from (values (1,3,'foo'),(0,null,null),(2,2,'bar'),(3,1,'baz')) v(a,b,c),
         generate_series(1,2) i;

-- corpus: line 700 accepted
drop view agg_view1;

-- corpus: line 726 accepted
create table bytea_test_table(v bytea);

-- corpus: line 740 accepted
drop table bytea_test_table;

-- corpus: line 743 accepted
create table pagg_test (x int, y int);

-- corpus: line 756 accepted
create view v_pagg_test AS
select
	y,
	min(t) AS tmin,max(t) AS tmax,count(distinct t) AS tndistinct,
	min(b) AS bmin,max(b) AS bmax,count(distinct b) AS bndistinct,
	min(a) AS amin,max(a) AS amax,count(distinct a) AS andistinct,
	min(aa) AS aamin,max(aa) AS aamax,count(distinct aa) AS aandistinct
from (
	select
		y,
		unnest(regexp_split_to_array(a1.t, ','))::int AS t,
		unnest(regexp_split_to_array(a1.b::text, ',')) AS b,
		unnest(a1.a) AS a,
		unnest(a1.aa) AS aa
	from (
		select
			y,
			string_agg(x::text, ',') AS t,
			string_agg(x::text::bytea, ',') AS b,
			array_agg(x) AS a,
			array_agg(ARRAY[x]) AS aa
		from pagg_test
		group by y
	) a1
) a2
group by y;

-- corpus: line 802 accepted
drop view v_pagg_test;

-- corpus: line 803 accepted
drop table pagg_test;

-- corpus: line 941 accepted
create view aggordview1 as
select ten,
       percentile_disc(0.5) within group (order by thousand) as p50,
       percentile_disc(0.5) within group (order by thousand) filter (where hundred=1) as px,
       rank(5,'AZZZZ',50) within group (order by hundred, string4 desc, hundred)
  from tenk1
 group by ten order by ten;

-- corpus: line 951 accepted
drop view aggordview1;

-- corpus: line 965 accepted
create type avg_state as (total bigint, count bigint);

-- corpus: line 967 accepted
create or replace function avg_transfn(state avg_state, n int) returns avg_state as
$$
declare new_state avg_state;
begin
	raise notice 'avg_transfn called with %', n;
	if state is null then
		if n is not null then
			new_state.total := n;
			new_state.count := 1;
			return new_state;
		end if;
		return null;
	elsif n is not null then
		state.total := state.total + n;
		state.count := state.count + 1;
		return state;
	end if;

	return null;
end
$$ language plpgsql;

-- corpus: line 989 accepted
create function avg_finalfn(state avg_state) returns int4 as
$$
begin
	if state is null then
		return NULL;
	else
		return state.total / state.count;
	end if;
end
$$ language plpgsql;

-- corpus: line 1000 accepted
create function sum_finalfn(state avg_state) returns int4 as
$$
begin
	if state is null then
		return NULL;
	else
		return state.total;
	end if;
end
$$ language plpgsql;

-- corpus: line 1011 accepted
create aggregate my_avg(int4)
(
   stype = avg_state,
   sfunc = avg_transfn,
   finalfunc = avg_finalfn
);

-- corpus: line 1018 accepted
create aggregate my_sum(int4)
(
   stype = avg_state,
   sfunc = avg_transfn,
   finalfunc = sum_finalfn
);

-- corpus: line 1061 accepted
create aggregate my_sum_init(int4)
(
   stype = avg_state,
   sfunc = avg_transfn,
   finalfunc = sum_finalfn,
   initcond = '(10,0)'
);

-- corpus: line 1069 accepted
create aggregate my_avg_init(int4)
(
   stype = avg_state,
   sfunc = avg_transfn,
   finalfunc = avg_finalfn,
   initcond = '(10,0)'
);

-- corpus: line 1077 accepted
create aggregate my_avg_init2(int4)
(
   stype = avg_state,
   sfunc = avg_transfn,
   finalfunc = avg_finalfn,
   initcond = '(4,0)'
);

-- corpus: line 1097 accepted
create or replace function sum_transfn(state int4, n int4) returns int4 as
$$
declare new_state int4;
begin
	raise notice 'sum_transfn called with %', n;
	if state is null then
		if n is not null then
			new_state := n;
			return new_state;
		end if;
		return null;
	elsif n is not null then
		state := state + n;
		return state;
	end if;

	return null;
end
$$ language plpgsql;

-- corpus: line 1117 accepted
create function halfsum_finalfn(state int4) returns int4 as
$$
begin
	if state is null then
		return NULL;
	else
		return state / 2;
	end if;
end
$$ language plpgsql;

-- corpus: line 1128 accepted
create aggregate my_sum(int4)
(
   stype = int4,
   sfunc = sum_transfn
);

-- corpus: line 1134 accepted
create aggregate my_half_sum(int4)
(
   stype = int4,
   sfunc = sum_transfn,
   finalfunc = halfsum_finalfn
);

-- corpus: line 1152 accepted
CREATE FUNCTION balkifnull(int8, int4)
RETURNS int8
STRICT
LANGUAGE plpgsql AS $$
BEGIN
    IF $1 IS NULL THEN
       RAISE 'erroneously called with NULL argument';
    END IF;
    RETURN NULL;
END$$;

-- corpus: line 1163 accepted
CREATE AGGREGATE balk(int4)
(
    SFUNC = balkifnull(int8, int4),
    STYPE = int8,
    PARALLEL = SAFE,
    INITCOND = '0'
);

-- corpus: line 1179 accepted
CREATE FUNCTION balkifnull(int8, int8)
RETURNS int8
PARALLEL SAFE
STRICT
LANGUAGE plpgsql AS $$
BEGIN
    IF $1 IS NULL THEN
       RAISE 'erroneously called with NULL argument';
    END IF;
    RETURN NULL;
END$$;

-- corpus: line 1191 accepted
CREATE AGGREGATE balk(int4)
(
    SFUNC = int4_sum(int8, int4),
    STYPE = int8,
    COMBINEFUNC = balkifnull(int8, int8),
    PARALLEL = SAFE,
    INITCOND = '0'
);

-- corpus: line 1201 accepted
ALTER TABLE tenk1 set (parallel_workers = 4);

-- corpus: line 1213 accepted
CREATE FUNCTION rwagg_sfunc(x anyarray, y anyarray) RETURNS anyarray
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN array_fill(y[1], ARRAY[4]);
END;
$$;

-- corpus: line 1220 accepted
CREATE FUNCTION rwagg_finalfunc(x anyarray) RETURNS anyarray
LANGUAGE plpgsql STRICT IMMUTABLE AS $$
DECLARE
    res x%TYPE;
BEGIN
    -- assignment is essential for this test, it expands the array to R/W
    res := array_fill(x[1], ARRAY[4]);
    RETURN res;
END;
$$;

-- corpus: line 1231 accepted
CREATE AGGREGATE rwagg(anyarray) (
    STYPE = anyarray,
    SFUNC = rwagg_sfunc,
    FINALFUNC = rwagg_finalfunc
);

-- corpus: line 1237 accepted
CREATE FUNCTION eatarray(x real[]) RETURNS real[]
LANGUAGE plpgsql STRICT IMMUTABLE AS $$
BEGIN
    x[1] := x[1] + 1;
    RETURN x;
END;
$$;

-- corpus: line 1341 accepted
create table agg_data_2k as
select g from generate_series(0, 1999) g;

-- corpus: line 1345 accepted
create table agg_data_20k as
select g from generate_series(0, 19999) g;

-- corpus: line 1359 accepted
create table agg_group_1 as
select g%10000 as c1, sum(g::numeric) as c2, count(*) as c3
  from agg_data_20k group by g%10000;

-- corpus: line 1363 accepted
create table agg_group_2 as
select * from
  (values (100), (300), (500)) as r(a),
  lateral (
    select (g/2)::numeric as c1,
           array_agg(g::numeric) as c2,
	   count(*) as c3
    from agg_data_2k
    where g < r.a
    group by g/2) as s;

-- corpus: line 1376 accepted
create table agg_group_3 as
select (g/2)::numeric as c1, sum(7::int4) as c2, count(*) as c3
  from agg_data_2k group by g/2;

-- corpus: line 1380 accepted
create table agg_group_4 as
select (g/2)::numeric as c1, array_agg(g::numeric) as c2, count(*) as c3
  from agg_data_2k group by g/2;

-- corpus: line 1395 accepted
create table agg_hash_1 as
select g%10000 as c1, sum(g::numeric) as c2, count(*) as c3
  from agg_data_20k group by g%10000;

-- corpus: line 1399 accepted
create table agg_hash_2 as
select * from
  (values (100), (300), (500)) as r(a),
  lateral (
    select (g/2)::numeric as c1,
           array_agg(g::numeric) as c2,
	   count(*) as c3
    from agg_data_2k
    where g < r.a
    group by g/2) as s;

-- corpus: line 1412 accepted
create table agg_hash_3 as
select (g/2)::numeric as c1, sum(7::int4) as c2, count(*) as c3
  from agg_data_2k group by g/2;

-- corpus: line 1416 accepted
create table agg_hash_4 as
select (g/2)::numeric as c1, array_agg(g::numeric) as c2, count(*) as c3
  from agg_data_2k group by g/2;

-- corpus: line 1441 accepted
drop table agg_group_1;

-- corpus: line 1442 accepted
drop table agg_group_2;

-- corpus: line 1443 accepted
drop table agg_group_3;

-- corpus: line 1444 accepted
drop table agg_group_4;

-- corpus: line 1445 accepted
drop table agg_hash_1;

-- corpus: line 1446 accepted
drop table agg_hash_2;

-- corpus: line 1447 accepted
drop table agg_hash_3;

-- corpus: line 1448 accepted
drop table agg_hash_4;
