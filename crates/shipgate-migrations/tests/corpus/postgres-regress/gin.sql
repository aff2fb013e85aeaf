-- corpus: line 8 accepted
create table gin_test_tbl(i int4[]) with (autovacuum_enabled = off);

-- corpus: line 9 accepted
create index gin_test_idx on gin_test_tbl using gin (i)
  with (fastupdate = on, gin_pending_list_limit = 4096);

-- corpus: line 18 accepted
vacuum gin_test_tbl;

-- corpus: line 24 accepted
vacuum gin_test_tbl;

-- corpus: line 30 accepted
alter index gin_test_idx set (fastupdate = off);

-- corpus: line 36 accepted
vacuum gin_test_tbl;

-- corpus: line 55 accepted
create temp table t_gin_test_tbl(i int4[], j int4[]);

-- corpus: line 56 accepted
create index on t_gin_test_tbl using gin (i, j);

-- corpus: line 80 accepted
create function explain_query_json(query_sql text)
returns table (explain_line json)
language plpgsql as
$$
begin
  set enable_seqscan = off;
  set enable_bitmapscan = on;
  return query execute 'EXPLAIN (ANALYZE, FORMAT json) ' || query_sql;
end;
$$;

-- corpus: line 91 accepted
create function execute_text_query_index(query_sql text)
returns setof text
language plpgsql
as
$$
begin
  set enable_seqscan = off;
  set enable_bitmapscan = on;
  return query execute query_sql;
end;
$$;

-- corpus: line 103 accepted
create function execute_text_query_heap(query_sql text)
returns setof text
language plpgsql
as
$$
begin
  set enable_seqscan = on;
  set enable_bitmapscan = off;
  return query execute query_sql;
end;
$$;

-- corpus: line 164 accepted
vacuum t_gin_test_tbl;

-- corpus: line 173 accepted
drop table t_gin_test_tbl;

-- corpus: line 176 accepted
create unlogged table t_gin_test_tbl(i int4[], j int4[]);

-- corpus: line 177 accepted
create index on t_gin_test_tbl using gin (i, j);

-- corpus: line 183 accepted
drop table t_gin_test_tbl;
