-- corpus: line 7 accepted
CREATE TABLE xacttest (a smallint, b real);

-- corpus: line 23 accepted
CREATE TABLE disappear (a int4);

-- corpus: line 54 accepted
CREATE FUNCTION errfunc() RETURNS int LANGUAGE SQL AS 'SELECT 1'
SET transaction_read_only = on;

-- corpus: line 59 accepted
CREATE TABLE writetest (a int);

-- corpus: line 60 accepted
CREATE TEMPORARY TABLE temptest (a int);

-- corpus: line 106 accepted
DROP TABLE writetest;

-- corpus: line 114 accepted
CREATE TABLE test AS SELECT * FROM writetest;

-- corpus: line 117 accepted
DROP TABLE writetest;

-- corpus: line 123 accepted
CREATE TABLE trans_foobar (a int);

-- corpus: line 125 accepted
CREATE TABLE trans_foo (a int);

-- corpus: line 127 accepted
DROP TABLE trans_foo;

-- corpus: line 128 accepted
CREATE TABLE trans_bar (a int);

-- corpus: line 132 accepted
CREATE TABLE trans_baz (a int);

-- corpus: line 134 accepted
drop TABLE trans_foobar;

-- corpus: line 135 accepted
CREATE TABLE trans_barbaz (a int);

-- corpus: line 171 accepted
CREATE TABLE savepoints (a int);

-- corpus: line 257 accepted
DROP TABLE savepoints;

-- corpus: line 304 accepted
create or replace function max_xacttest() returns smallint language sql as
'select max(a) from xacttest' stable;

-- corpus: line 313 accepted
create or replace function max_xacttest() returns smallint language sql as
'select max(a) from xacttest' volatile;

-- corpus: line 322 accepted
create or replace function max_xacttest() returns smallint language plpgsql as
'begin return max(a) from xacttest; end' stable;

-- corpus: line 330 accepted
create or replace function max_xacttest() returns smallint language plpgsql as
'begin return max(a) from xacttest; end' volatile;

-- corpus: line 342 accepted
CREATE TABLE koju (a INT UNIQUE);

-- corpus: line 347 accepted
CREATE TABLE koju (a INT UNIQUE);

-- corpus: line 352 accepted
DROP TABLE trans_foo;

-- corpus: line 353 accepted
DROP TABLE trans_baz;

-- corpus: line 354 accepted
DROP TABLE trans_barbaz;

-- corpus: line 358 accepted
create function inverse(int) returns float8 as
$$
begin
  analyze revalidate_bug;
  return 1::float8/$1;
exception
  when division_by_zero then return 0;
end$$ language plpgsql volatile;

-- corpus: line 367 accepted
create table revalidate_bug (c float8 unique);

-- corpus: line 371 accepted
drop table revalidate_bug;

-- corpus: line 372 accepted
drop function inverse(int);

-- corpus: line 381 accepted
create table trans_abc (a int);

-- corpus: line 394 accepted
create table trans_abc (a int);

-- corpus: line 413 accepted
CREATE FUNCTION invert(x float8) RETURNS float8 LANGUAGE plpgsql AS
$$ begin return 1/x; end $$;

-- corpus: line 416 accepted
CREATE FUNCTION create_temp_tab() RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE new_table (f1 float8);
  -- case of interest is that we fail while holding an open
  -- relcache reference to new_table
  INSERT INTO new_table SELECT invert(0.0);
  RETURN 'foo';
END $$;

-- corpus: line 438 accepted
DROP FUNCTION create_temp_tab();

-- corpus: line 439 accepted
DROP FUNCTION invert(x float8);

-- corpus: line 444 accepted
CREATE TABLE trans_abc (a int);

-- corpus: line 528 accepted
DROP TABLE trans_abc;

-- corpus: line 536 accepted
create temp table i_table (f1 int);

-- corpus: line 572 accepted
VACUUM;

-- corpus: line 573 accepted
VACUUM;

-- corpus: line 593 accepted
CREATE TABLE trans_abc (a int);

-- corpus: line 625 accepted
DROP TABLE trans_abc;
