-- corpus: line 8 accepted
CREATE TABLE temptest(col int);

-- corpus: line 10 accepted
CREATE INDEX i_temptest ON temptest(col);

-- corpus: line 12 accepted
CREATE TEMP TABLE temptest(tcol int);

-- corpus: line 14 accepted
CREATE INDEX i_temptest ON temptest(tcol);

-- corpus: line 18 accepted
DROP INDEX i_temptest;

-- corpus: line 20 accepted
DROP TABLE temptest;

-- corpus: line 24 accepted
DROP INDEX i_temptest;

-- corpus: line 26 accepted
DROP TABLE temptest;

-- corpus: line 30 accepted
CREATE TABLE temptest(col int);

-- corpus: line 34 accepted
CREATE TEMP TABLE temptest(tcol float);

-- corpus: line 40 accepted
DROP TABLE temptest;

-- corpus: line 44 accepted
DROP TABLE temptest;

-- corpus: line 48 accepted
CREATE TEMP TABLE temptest(col int);

-- corpus: line 56 accepted
CREATE TEMP TABLE temptest(col int) ON COMMIT DELETE ROWS;

-- corpus: line 59 accepted
CREATE INDEX ON temptest(bit_length(''));

-- corpus: line 70 accepted
DROP TABLE temptest;

-- corpus: line 73 accepted
CREATE TEMP TABLE temptest(col) ON COMMIT DELETE ROWS AS SELECT 1;

-- corpus: line 80 accepted
DROP TABLE temptest;

-- corpus: line 86 accepted
CREATE TEMP TABLE temptest(col int) ON COMMIT DROP;

-- corpus: line 97 accepted
CREATE TEMP TABLE temptest(col) ON COMMIT DROP AS SELECT 1;

-- corpus: line 122 accepted
CREATE TABLE temptest(col int) ON COMMIT DELETE ROWS;

-- corpus: line 123 accepted
CREATE TABLE temptest(col) ON COMMIT DELETE ROWS AS SELECT 1;

-- corpus: line 127 accepted
CREATE TEMP TABLE temptest1(col int PRIMARY KEY);

-- corpus: line 128 accepted
CREATE TEMP TABLE temptest2(col int REFERENCES temptest1)
  ON COMMIT DELETE ROWS;

-- corpus: line 137 accepted
CREATE TEMP TABLE temptest3(col int PRIMARY KEY) ON COMMIT DELETE ROWS;

-- corpus: line 138 accepted
CREATE TEMP TABLE temptest4(col int REFERENCES temptest3);

-- corpus: line 143 accepted
create table public.whereami (f1 text);

-- corpus: line 146 accepted
create temp table whereami (f1 text);

-- corpus: line 149 accepted
create function public.whoami() returns text
  as $$select 'public'::text$$ language sql;

-- corpus: line 152 accepted
create function pg_temp.whoami() returns text
  as $$select 'temp'::text$$ language sql;

-- corpus: line 172 accepted
drop table public.whereami;

-- corpus: line 176 accepted
create domain pg_temp.nonempty as text check (value <> '');

-- corpus: line 188 accepted
create temp table temp_parted_oncommit (a int)
  partition by list (a) on commit delete rows;

-- corpus: line 190 accepted
create temp table temp_parted_oncommit_1
  partition of temp_parted_oncommit
  for values in (1) on commit delete rows;

-- corpus: line 197 accepted
drop table temp_parted_oncommit;

-- corpus: line 203 accepted
create temp table temp_parted_oncommit_test (a int)
  partition by list (a) on commit drop;

-- corpus: line 205 accepted
create temp table temp_parted_oncommit_test1
  partition of temp_parted_oncommit_test
  for values in (1) on commit delete rows;

-- corpus: line 208 accepted
create temp table temp_parted_oncommit_test2
  partition of temp_parted_oncommit_test
  for values in (2) on commit drop;

-- corpus: line 218 accepted
create temp table temp_parted_oncommit_test (a int)
  partition by list (a) on commit delete rows;

-- corpus: line 220 accepted
create temp table temp_parted_oncommit_test1
  partition of temp_parted_oncommit_test
  for values in (1) on commit preserve rows;

-- corpus: line 223 accepted
create temp table temp_parted_oncommit_test2
  partition of temp_parted_oncommit_test
  for values in (2) on commit drop;

-- corpus: line 234 accepted
drop table temp_parted_oncommit_test;

-- corpus: line 239 accepted
create temp table temp_inh_oncommit_test (a int) on commit drop;

-- corpus: line 240 accepted
create temp table temp_inh_oncommit_test1 ()
  inherits(temp_inh_oncommit_test) on commit delete rows;

-- corpus: line 248 accepted
create temp table temp_inh_oncommit_test (a int) on commit delete rows;

-- corpus: line 249 accepted
create temp table temp_inh_oncommit_test1 ()
  inherits(temp_inh_oncommit_test) on commit drop;

-- corpus: line 257 accepted
drop table temp_inh_oncommit_test;

-- corpus: line 266 accepted
create function pg_temp.twophase_func() returns void as
  $$ select '2pc_func'::text $$ language sql;

-- corpus: line 270 accepted
create function pg_temp.twophase_func() returns void as
  $$ select '2pc_func'::text $$ language sql;

-- corpus: line 273 accepted
drop function pg_temp.twophase_func();

-- corpus: line 277 accepted
create operator pg_temp.@@ (leftarg = int4, rightarg = int4, procedure = int4mi);

-- corpus: line 282 accepted
create type pg_temp.twophase_type as (a int);

-- corpus: line 285 accepted
create view pg_temp.twophase_view as select 1;

-- corpus: line 288 accepted
create sequence pg_temp.twophase_seq;

-- corpus: line 292 accepted
create temp table twophase_tab (a int);

-- corpus: line 303 accepted
drop table twophase_tab;
