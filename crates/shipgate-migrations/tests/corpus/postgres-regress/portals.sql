-- corpus: line 271 accepted
CREATE FUNCTION declares_cursor(text)
   RETURNS void
   AS 'DECLARE c CURSOR FOR SELECT stringu1 FROM tenk1 WHERE stringu1 LIKE $1;'
   LANGUAGE SQL;

-- corpus: line 288 accepted
create temp table tt1(f1 int);

-- corpus: line 290 accepted
create function count_tt1_v() returns int8 as
'select count(*) from tt1' language sql volatile;

-- corpus: line 293 accepted
create function count_tt1_s() returns int8 as
'select count(*) from tt1' language sql stable;

-- corpus: line 322 accepted
drop function count_tt1_v();

-- corpus: line 323 accepted
drop function count_tt1_s();

-- corpus: line 355 accepted
CREATE TEMP TABLE uctest(f1 int, f2 text);

-- corpus: line 438 accepted
CREATE TEMP TABLE ucchild () inherits (uctest);

-- corpus: line 503 accepted
CREATE TEMP VIEW ucview AS SELECT * FROM uctest;

-- corpus: line 504 accepted
CREATE RULE ucrule AS ON DELETE TO ucview DO INSTEAD
  DELETE FROM uctest WHERE f1 = OLD.f1;

-- corpus: line 525 accepted
CREATE TABLE current_check (currentid int, payload text);

-- corpus: line 526 accepted
CREATE TABLE current_check_1 () INHERITS (current_check);

-- corpus: line 527 accepted
CREATE TABLE current_check_2 () INHERITS (current_check);

-- corpus: line 550 accepted
CREATE TABLE cursor (a int);

-- corpus: line 556 accepted
DROP TABLE cursor;

-- corpus: line 561 accepted
create function nochange(int) returns int
  as 'select $1 limit 1' language sql stable;

-- corpus: line 592 accepted
create table toasted_data (f1 int[]);

-- corpus: line 603 accepted
drop table toasted_data;
