-- corpus: line 5 accepted
create function sp_parallel_restricted(int) returns int as
  $$begin return $1; end$$ language plpgsql parallel restricted;

-- corpus: line 22 accepted
alter table c_star set (parallel_workers = 0);

-- corpus: line 23 accepted
alter table d_star set (parallel_workers = 0);

-- corpus: line 29 accepted
alter table a_star set (parallel_workers = 0);

-- corpus: line 30 accepted
alter table b_star set (parallel_workers = 0);

-- corpus: line 31 accepted
alter table e_star set (parallel_workers = 0);

-- corpus: line 32 accepted
alter table f_star set (parallel_workers = 0);

-- corpus: line 38 accepted
alter table a_star reset (parallel_workers);

-- corpus: line 39 accepted
alter table b_star reset (parallel_workers);

-- corpus: line 40 accepted
alter table c_star reset (parallel_workers);

-- corpus: line 41 accepted
alter table d_star reset (parallel_workers);

-- corpus: line 42 accepted
alter table e_star reset (parallel_workers);

-- corpus: line 43 accepted
alter table f_star reset (parallel_workers);

-- corpus: line 51 accepted
create function sp_test_func() returns setof text as
$$ select 'foo'::varchar union all select 'bar'::varchar $$
language sql stable;

-- corpus: line 57 accepted
create table part_pa_test(a int, b int) partition by range(a);

-- corpus: line 58 accepted
create table part_pa_test_p1 partition of part_pa_test for values from (minvalue) to (0);

-- corpus: line 59 accepted
create table part_pa_test_p2 partition of part_pa_test for values from (0) to (maxvalue);

-- corpus: line 63 accepted
drop table part_pa_test;

-- corpus: line 82 accepted
alter table tenk1 set (parallel_workers = 4);

-- corpus: line 108 accepted
alter table tenk2 set (parallel_workers = 0);

-- corpus: line 118 accepted
alter table tenk2 reset (parallel_workers);

-- corpus: line 124 accepted
alter table tenk2 set (parallel_workers = 2);

-- corpus: line 135 accepted
alter table tenk2 reset (parallel_workers);

-- corpus: line 173 accepted
alter table tenk1 set (parallel_workers = 0);

-- corpus: line 174 accepted
alter table tenk2 set (parallel_workers = 1);

-- corpus: line 185 accepted
alter table tenk1 set (parallel_workers = 4);

-- corpus: line 186 accepted
alter table tenk2 reset (parallel_workers);

-- corpus: line 210 accepted
create table bmscantest (a int, t text);

-- corpus: line 212 accepted
create index i_bmtest ON bmscantest(a);

-- corpus: line 217 accepted
alter table tenk2 set (parallel_workers = 0);

-- corpus: line 221 accepted
alter table tenk2 reset (parallel_workers);

-- corpus: line 224 accepted
create function explain_parallel_sort_stats() returns setof text
language plpgsql as
$$
declare ln text;
begin
    for ln in
        explain (analyze, timing off, summary off, costs off)
          select * from
          (select ten from tenk1 where ten < 100 order by ten) ss
          right join (values (1),(2),(3)) v(x) on true
    loop
        ln := regexp_replace(ln, 'Memory: \S*',  'Memory: xxx');
        return next ln;
    end loop;
end;
$$;

-- corpus: line 247 accepted
drop table bmscantest;

-- corpus: line 248 accepted
drop function explain_parallel_sort_stats();

-- corpus: line 270 accepted
create function sp_simple_func(var1 integer) returns integer
as $$
begin
        return var1 + 10;
end;
$$ language plpgsql PARALLEL SAFE;

-- corpus: line 280 accepted
drop function sp_simple_func(integer);

-- corpus: line 353 accepted
CREATE FUNCTION make_record(n int)
  RETURNS RECORD LANGUAGE plpgsql PARALLEL SAFE AS
$$
BEGIN
  RETURN CASE n
           WHEN 1 THEN ROW(1)
           WHEN 2 THEN ROW(1, 2)
           WHEN 3 THEN ROW(1, 2, 3)
           WHEN 4 THEN ROW(1, 2, 3, 4)
           ELSE ROW(1, 2, 3, 4, 5)
         END;
END;
$$;

-- corpus: line 370 accepted
DROP function make_record(n int);

-- corpus: line 373 accepted
drop role if exists regress_parallel_worker;

-- corpus: line 374 accepted
create role regress_parallel_worker;

-- corpus: line 377 accepted
drop role regress_parallel_worker;

-- corpus: line 443 accepted
CREATE FUNCTION make_some_array(int,int) returns int[] as
$$declare x int[];
  begin
    x[1] := $1;
    x[2] := $2;
    return x;
  end$$ language plpgsql parallel safe;

-- corpus: line 450 accepted
CREATE TABLE fooarr(f1 text, f2 int[], f3 text);

-- corpus: line 459 accepted
CREATE VIEW tenk1_vw_sec WITH (security_barrier) AS SELECT * FROM tenk1;
