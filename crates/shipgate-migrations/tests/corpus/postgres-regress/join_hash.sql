-- corpus: line 15 accepted
create or replace function find_hash(node json)
returns json language plpgsql
as
$$
declare
  x json;
  child json;
begin
  if node->>'Node Type' = 'Hash' then
    return node;
  else
    for child in select json_array_elements(node->'Plans')
    loop
      x := find_hash(child);
      if x is not null then
        return x;
      end if;
    end loop;
    return null;
  end if;
end;
$$;

-- corpus: line 37 accepted
create or replace function hash_join_batches(query text)
returns table (original int, final int) language plpgsql
as
$$
declare
  whole_plan json;
  hash_node json;
begin
  for whole_plan in
    execute 'explain (analyze, format ''json'') ' || query
  loop
    hash_node := find_hash(json_extract_path(whole_plan, '0', 'Plan'));
    original := hash_node->>'Original Hash Batches';
    final := hash_node->>'Hash Batches';
    return next;
  end loop;
end;
$$;

-- corpus: line 58 accepted
create table simple as
  select generate_series(1, 20000) AS id, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

-- corpus: line 60 accepted
alter table simple set (parallel_workers = 2);

-- corpus: line 65 accepted
create table bigger_than_it_looks as
  select generate_series(1, 20000) as id, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

-- corpus: line 67 accepted
alter table bigger_than_it_looks set (autovacuum_enabled = 'false');

-- corpus: line 68 accepted
alter table bigger_than_it_looks set (parallel_workers = 2);

-- corpus: line 75 accepted
create table extremely_skewed (id int, t text);

-- corpus: line 76 accepted
alter table extremely_skewed set (autovacuum_enabled = 'false');

-- corpus: line 77 accepted
alter table extremely_skewed set (parallel_workers = 2);

-- corpus: line 87 accepted
create table wide as select generate_series(1, 2) as id, rpad('', 320000, 'x') as t;

-- corpus: line 88 accepted
alter table wide set (parallel_workers = 2);

-- corpus: line 313 accepted
create table join_foo as select generate_series(1, 3) as id, 'xxxxx'::text as t;

-- corpus: line 314 accepted
alter table join_foo set (parallel_workers = 0);

-- corpus: line 315 accepted
create table join_bar as select generate_series(1, 10000) as id, 'xxxxx'::text as t;

-- corpus: line 316 accepted
alter table join_bar set (parallel_workers = 2);

-- corpus: line 519 accepted
CREATE TABLE hjtest_matchbits_t1(id int);

-- corpus: line 520 accepted
CREATE TABLE hjtest_matchbits_t2(id int);

-- corpus: line 554 accepted
CREATE TABLE hjtest_1 (a text, b int, id int, c bool);

-- corpus: line 555 accepted
CREATE TABLE hjtest_2 (a bool, id int, b text, c int);
