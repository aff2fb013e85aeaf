-- corpus: line 229 accepted
create type ct1 as (f1 money);

-- corpus: line 233 accepted
drop type ct1;

-- corpus: line 355 accepted
CREATE TEMP TABLE t1 (a text, b text);

-- corpus: line 356 accepted
CREATE INDEX t1_ab_idx on t1 ((a || b));

-- corpus: line 357 accepted
CREATE TEMP TABLE t2 (ab text primary key);

-- corpus: line 384 accepted
CREATE TEMP TABLE t1c (b text, a text);

-- corpus: line 385 accepted
ALTER TABLE t1c INHERIT t1;

-- corpus: line 386 accepted
CREATE TEMP TABLE t2c (primary key (ab)) INHERITS (t2);

-- corpus: line 389 accepted
CREATE INDEX t1c_ab_idx on t1c ((a || b));

-- corpus: line 413 accepted
create table events (event_id int primary key);

-- corpus: line 414 accepted
create table other_events (event_id int primary key);

-- corpus: line 415 accepted
create table events_child () inherits (events);

-- corpus: line 424 accepted
drop table events_child, events, other_events;

-- corpus: line 512 accepted
create function expensivefunc(int) returns int
language plpgsql immutable strict cost 10000
as $$begin return $1; end$$;

-- corpus: line 516 accepted
create temp table t3 as select generate_series(-1000,1000) as x;

-- corpus: line 517 accepted
create index t3i on t3 (expensivefunc(x));

-- corpus: line 528 accepted
drop table t3;

-- corpus: line 529 accepted
drop function expensivefunc(int);
