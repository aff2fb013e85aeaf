-- corpus: line 7 accepted
create temp view gstest1(a,b,v)
  as values (1,1,10),(1,1,11),(1,2,12),(1,2,13),(1,3,14),
            (2,3,15),
            (3,3,16),(3,4,17),
            (4,1,18),(4,1,19);

-- corpus: line 13 accepted
create temp table gstest2 (a integer, b integer, c integer, d integer,
                           e integer, f integer, g integer, h integer);

-- corpus: line 27 accepted
create temp table gstest3 (a integer, b integer, c integer, d integer);

-- corpus: line 32 accepted
alter table gstest3 add primary key (a);

-- corpus: line 34 accepted
create temp table gstest4(id integer, v integer,
                          unhashable_col bit(4), unsortable_col xid);

-- corpus: line 42 accepted
create temp table gstest_empty (a integer, b integer, v integer);

-- corpus: line 44 accepted
create function gstest_data(v integer, out a integer, out b integer)
  returns setof record
  as $f$
    begin
      return query select v, i from generate_series(1,3) i;
    end;
  $f$ language plpgsql;

-- corpus: line 229 accepted
CREATE VIEW gstest_view AS select a, b, grouping(a,b), sum(c), count(*), max(c)
  from gstest2 group by rollup ((a,b,c),(c,d));

-- corpus: line 485 accepted
create table bug_16784(i int, j int);

-- corpus: line 487 accepted
alter table bug_16784 set (autovacuum_enabled = 'false');

-- corpus: line 507 accepted
create table gs_data_1 as
select g%1000 as g1000, g%100 as g100, g%10 as g10, g
   from generate_series(0,1999) g;

-- corpus: line 512 accepted
alter table gs_data_1 set (autovacuum_enabled = 'false');

-- corpus: line 527 accepted
create table gs_group_1 as
select g100, g10, sum(g::numeric), count(*), max(g::text)
from gs_data_1 group by cube (g1000, g100,g10);

-- corpus: line 540 accepted
create table gs_hash_1 as
select g100, g10, sum(g::numeric), count(*), max(g::text)
from gs_data_1 group by cube (g1000, g100,g10);

-- corpus: line 554 accepted
drop table gs_group_1;

-- corpus: line 555 accepted
drop table gs_hash_1;
