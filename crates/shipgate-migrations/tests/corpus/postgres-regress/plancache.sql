-- corpus: line 5 accepted
CREATE TEMP TABLE pcachetest AS SELECT * FROM int8_tbl;

-- corpus: line 18 accepted
DROP TABLE pcachetest;

-- corpus: line 25 accepted
CREATE TEMP TABLE pcachetest AS SELECT * FROM int8_tbl ORDER BY 2;

-- corpus: line 32 accepted
ALTER TABLE pcachetest ADD COLUMN q3 bigint;

-- corpus: line 38 accepted
ALTER TABLE pcachetest DROP COLUMN q3;

-- corpus: line 45 accepted
CREATE TEMP VIEW pcacheview AS
  SELECT * FROM pcachetest;

-- corpus: line 52 accepted
CREATE OR REPLACE TEMP VIEW pcacheview AS
  SELECT q1, q2/2 AS q2 FROM pcachetest;

-- corpus: line 59 accepted
create function cache_test(int) returns int as $$
declare total int;
begin
	create temp table t1(f1 int);
	insert into t1 values($1);
	insert into t1 values(11);
	insert into t1 values(12);
	insert into t1 values(13);
	select sum(f1) into total from t1;
	drop table t1;
	return total;
end
$$ language plpgsql;

-- corpus: line 79 accepted
create temp view v1 as
  select 2+2 as f1;

-- corpus: line 82 accepted
create function cache_test_2() returns int as $$
begin
	return f1 from v1;
end$$ language plpgsql;

-- corpus: line 89 accepted
create or replace temp view v1 as
  select 2+2+4 as f1;

-- corpus: line 93 accepted
create or replace temp view v1 as
  select 2+2+4+(select max(unique1) from tenk1) as f1;

-- corpus: line 99 accepted
create schema s1
  create table abc (f1 int);

-- corpus: line 102 accepted
create schema s2
  create table abc (f1 int);

-- corpus: line 120 accepted
alter table s1.abc add column f2 float8;

-- corpus: line 124 accepted
drop schema s1 cascade;

-- corpus: line 125 accepted
drop schema s2 cascade;

-- corpus: line 131 accepted
create temp sequence seq;

-- corpus: line 137 accepted
drop sequence seq;

-- corpus: line 139 accepted
create temp sequence seq;

-- corpus: line 146 accepted
create function cachebug() returns void as $$
declare r int;
begin
  drop table if exists temptable cascade;
  create temp table temptable as select * from generate_series(1,3) as f1;
  create temp view vv as select * from temptable;
  for r in select * from vv loop
    raise notice '%', r;
  end loop;
end$$ language plpgsql;

-- corpus: line 162 accepted
create table pc_list_parted (a int) partition by list(a);

-- corpus: line 163 accepted
create table pc_list_part_null partition of pc_list_parted for values in (null);

-- corpus: line 164 accepted
create table pc_list_part_1 partition of pc_list_parted for values in (1);

-- corpus: line 165 accepted
create table pc_list_part_def partition of pc_list_parted default;

-- corpus: line 170 accepted
create table pc_list_part_2 partition of pc_list_parted for values in (2);

-- corpus: line 172 accepted
alter table pc_list_parted detach partition pc_list_part_null;

-- corpus: line 175 accepted
drop table pc_list_part_1;

-- corpus: line 178 accepted
drop table pc_list_parted, pc_list_part_null;

-- corpus: line 183 accepted
create table test_mode (a int);

-- corpus: line 185 accepted
create index on test_mode (a);

-- corpus: line 225 accepted
drop table test_mode;
