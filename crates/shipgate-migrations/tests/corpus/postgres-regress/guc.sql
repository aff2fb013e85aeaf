-- corpus: line 176 accepted
CREATE TEMP TABLE reset_test ( data text ) ON COMMIT DELETE ROWS;

-- corpus: line 190 accepted
CREATE TEMP TABLE tmp_foo (data text) ON COMMIT DELETE ROWS;

-- corpus: line 191 accepted
CREATE ROLE regress_guc_user;

-- corpus: line 209 accepted
DROP ROLE regress_guc_user;

-- corpus: line 217 accepted
create schema not_there_initially;

-- corpus: line 219 accepted
drop schema not_there_initially;

-- corpus: line 229 accepted
create function report_guc(text) returns text as
$$ select current_setting($1) $$ language sql
set work_mem = '1MB';

-- corpus: line 235 accepted
alter function report_guc(text) set work_mem = '2MB';

-- corpus: line 239 accepted
alter function report_guc(text) reset all;

-- corpus: line 244 accepted
create or replace function myfunc(int) returns text as $$
begin
  set local work_mem = '2MB';
  return current_setting('work_mem');
end $$
language plpgsql
set work_mem = '1MB';

-- corpus: line 254 accepted
alter function myfunc(int) reset all;

-- corpus: line 261 accepted
create or replace function myfunc(int) returns text as $$
begin
  set work_mem = '2MB';
  return current_setting('work_mem');
end $$
language plpgsql
set work_mem = '1MB';

-- corpus: line 274 accepted
create or replace function myfunc(int) returns text as $$
begin
  set work_mem = '2MB';
  perform 1/$1;
  return current_setting('work_mem');
end $$
language plpgsql
set work_mem = '1MB';

-- corpus: line 304 accepted
create function func_with_bad_set() returns int as $$ select 1 $$
language sql
set default_text_search_config = no_such_config;

-- corpus: line 310 accepted
create function func_with_bad_set() returns int as $$ select 1 $$
language sql
set default_text_search_config = no_such_config;

-- corpus: line 325 accepted
CREATE TABLE tab_settings_flags AS SELECT name, category,
    'EXPLAIN'          = ANY(flags) AS explain,
    'NO_RESET'         = ANY(flags) AS no_reset,
    'NO_RESET_ALL'     = ANY(flags) AS no_reset_all,
    'NOT_IN_SAMPLE'    = ANY(flags) AS not_in_sample,
    'RUNTIME_COMPUTED' = ANY(flags) AS runtime_computed
  FROM pg_show_all_settings() AS psas,
    pg_settings_get_flags(psas.name) AS flags;

-- corpus: line 355 accepted
DROP TABLE tab_settings_flags;
