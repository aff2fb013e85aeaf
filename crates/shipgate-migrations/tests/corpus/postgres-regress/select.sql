-- corpus: line 147 accepted
CREATE TEMP TABLE nocols();

-- corpus: line 155 accepted
CREATE TEMP TABLE foo (f1 int);

-- corpus: line 166 accepted
CREATE INDEX fooi ON foo (f1);

-- corpus: line 174 accepted
DROP INDEX fooi;

-- corpus: line 175 accepted
CREATE INDEX fooi ON foo (f1 DESC);

-- corpus: line 182 accepted
DROP INDEX fooi;

-- corpus: line 183 accepted
CREATE INDEX fooi ON foo (f1 DESC NULLS LAST);

-- corpus: line 245 accepted
create function sillysrf(int) returns setof int as
  'values (1),(10),(2),($1)' language sql immutable;

-- corpus: line 251 accepted
drop function sillysrf(int);

-- corpus: line 260 accepted
create table list_parted_tbl (a int,b int) partition by list (a);

-- corpus: line 261 accepted
create table list_parted_tbl1 partition of list_parted_tbl
  for values in (1) partition by list(b);

-- corpus: line 264 accepted
drop table list_parted_tbl;
