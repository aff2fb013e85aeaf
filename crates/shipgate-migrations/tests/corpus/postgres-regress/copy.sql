-- corpus: line 12 accepted
create temp table copytest (
	style	text,
	test 	text,
	filler	int);

-- corpus: line 25 accepted
create temp table copytest2 (like copytest);

-- corpus: line 44 accepted
create temp table copytest3 (
	c1 int,
	"col with , comma" text,
	"col with "" quote"  int);

-- corpus: line 57 accepted
create temp table copytest4 (
	c1 int,
	"colname with tab: 	" text);

-- corpus: line 70 accepted
create table parted_copytest (
	a int,
	b int,
	c text
) partition by list (b);

-- corpus: line 76 accepted
create table parted_copytest_a1 (c text, b int, a int);

-- corpus: line 77 accepted
create table parted_copytest_a2 (a int, c text, b int);

-- corpus: line 79 accepted
alter table parted_copytest attach partition parted_copytest_a1 for values in(1);

-- corpus: line 80 accepted
alter table parted_copytest attach partition parted_copytest_a2 for values in(2);

-- corpus: line 107 accepted
create function part_ins_func() returns trigger language plpgsql as $$
begin
  return new;
end;
$$;

-- corpus: line 113 accepted
create trigger part_ins_trig
	before insert on parted_copytest_a2
	for each row
	execute procedure part_ins_func();

-- corpus: line 124 accepted
create index on parted_copytest (b);

-- corpus: line 125 accepted
drop trigger part_ins_trig on parted_copytest_a2;

-- corpus: line 136 accepted
drop table parted_copytest;

-- corpus: line 141 accepted
create table tab_progress_reporting (
	name text,
	age int4,
	location point,
	salary int4,
	manager name
);

-- corpus: line 153 accepted
create function notice_after_tab_progress_reporting() returns trigger AS
$$
declare report record;
begin
  -- The fields ignored here are the ones that may not remain
  -- consistent across multiple runs.  The sizes reported may differ
  -- across platforms, so just check if these are strictly positive.
  with progress_data as (
    select
       relid::regclass::text as relname,
       command,
       type,
       bytes_processed > 0 as has_bytes_processed,
       bytes_total > 0 as has_bytes_total,
       tuples_processed,
       tuples_excluded
      from pg_stat_progress_copy
      where pid = pg_backend_pid())
  select into report (to_jsonb(r)) as value
    from progress_data r;

  raise info 'progress: %', report.value::text;
  return new;
end;
$$ language plpgsql;

-- corpus: line 179 accepted
create trigger check_after_tab_progress_reporting
	after insert on tab_progress_reporting
	for each statement
	execute function notice_after_tab_progress_reporting();

-- corpus: line 197 accepted
drop trigger check_after_tab_progress_reporting on tab_progress_reporting;

-- corpus: line 198 accepted
drop function notice_after_tab_progress_reporting();

-- corpus: line 199 accepted
drop table tab_progress_reporting;

-- corpus: line 202 accepted
create table header_copytest (
	a int,
	b int,
	c text
);

-- corpus: line 208 accepted
alter table header_copytest drop column c;

-- corpus: line 209 accepted
alter table header_copytest add column c text;

-- corpus: line 249 accepted
alter table header_copytest drop column b;

-- corpus: line 270 accepted
drop table header_copytest;

-- corpus: line 273 accepted
create temp table oversized_column_default (
    col1 varchar(5) DEFAULT 'more than 5 chars',
    col2 varchar(5));

-- corpus: line 285 accepted
drop table oversized_column_default;

-- corpus: line 296 accepted
CREATE TABLE parted_si (
  id int not null,
  data text not null,
  -- prevent use of bulk insert by having a volatile function
  rand float8 not null default random()
)
PARTITION BY LIST((id % 2));

-- corpus: line 304 accepted
CREATE TABLE parted_si_p_even PARTITION OF parted_si FOR VALUES IN (0);

-- corpus: line 305 accepted
CREATE TABLE parted_si_p_odd PARTITION OF parted_si FOR VALUES IN (1);

-- corpus: line 322 accepted
DROP TABLE parted_si;
