-- corpus: line 43 accepted
CREATE RECURSIVE VIEW nums (n) AS
    VALUES (1)
UNION ALL
    SELECT n+1 FROM nums WHERE n < 5;

-- corpus: line 50 accepted
CREATE OR REPLACE RECURSIVE VIEW nums (n) AS
    VALUES (1)
UNION ALL
    SELECT n+1 FROM nums WHERE n < 6;

-- corpus: line 152 accepted
CREATE TEMP TABLE department (
	id INTEGER PRIMARY KEY,  -- department ID
	parent_department INTEGER REFERENCES department, -- upper department ID
	name TEXT -- department name
);

-- corpus: line 239 accepted
CREATE TEMPORARY VIEW vsubdepartment AS
	WITH RECURSIVE subdepartment AS
	(
		 -- non recursive term
		SELECT * FROM department WHERE name = 'A'
		UNION ALL
		-- recursive term
		SELECT d.* FROM department AS d, subdepartment AS sd
			WHERE d.parent_department = sd.id
	)
	SELECT * FROM subdepartment;

-- corpus: line 258 accepted
CREATE VIEW sums_1_100 AS
WITH RECURSIVE t(n) AS (
    VALUES (1)
UNION ALL
    SELECT n+1 FROM t WHERE n < 100
)
SELECT sum(n) FROM t;

-- corpus: line 302 accepted
CREATE TEMPORARY TABLE tree(
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tree(id)
);

-- corpus: line 352 accepted
create temp table graph0( f int, t int, label text );

-- corpus: line 513 accepted
create temp view v_search as
with recursive search_graph(f, t, label) as (
	select * from graph0 g
	union all
	select g.*
	from graph0 g, search_graph sg
	where g.f = sg.t
) search depth first by f, t set seq
select f, t, label from search_graph;

-- corpus: line 530 accepted
create temp table graph( f int, t int, label text );

-- corpus: line 758 accepted
create temp view v_cycle1 as
with recursive search_graph(f, t, label) as (
	select * from graph g
	union all
	select g.*
	from graph g, search_graph sg
	where g.f = sg.t
) cycle f, t set is_cycle using path
select f, t, label from search_graph;

-- corpus: line 768 accepted
create temp view v_cycle2 as
with recursive search_graph(f, t, label) as (
	select * from graph g
	union all
	select g.*
	from graph g, search_graph sg
	where g.f = sg.t
) cycle f, t set is_cycle to 'Y' default 'N' using path
select f, t, label from search_graph;

-- corpus: line 834 accepted
CREATE TEMPORARY TABLE y (a INTEGER);

-- corpus: line 861 accepted
DROP TABLE y;

-- corpus: line 892 accepted
CREATE TEMPORARY TABLE y (a INTEGER);

-- corpus: line 999 accepted
CREATE TEMPORARY TABLE x (n integer);

-- corpus: line 1000 accepted
CREATE RULE r2 AS ON UPDATE TO x DO INSTEAD
    WITH t AS (SELECT OLD.*) UPDATE y SET a = t.n FROM t;

-- corpus: line 1198 accepted
CREATE RULE y_rule AS ON DELETE TO y DO INSTEAD
  INSERT INTO y VALUES(42) RETURNING *;

-- corpus: line 1208 accepted
DROP RULE y_rule ON y;

-- corpus: line 1211 accepted
CREATE TEMP TABLE bug6051 AS
  select i from generate_series(1,3) as t(i);

-- corpus: line 1221 accepted
CREATE TEMP TABLE bug6051_2 (i int);

-- corpus: line 1223 accepted
CREATE RULE bug6051_ins AS ON INSERT TO bug6051 DO INSTEAD
 INSERT INTO bug6051_2
 VALUES(NEW.i);

-- corpus: line 1235 accepted
CREATE OR REPLACE RULE bug6051_ins AS ON INSERT TO bug6051 DO INSTEAD
 INSERT INTO bug6051_2
 SELECT NEW.i;

-- corpus: line 1243 accepted
CREATE TEMP TABLE bug6051_3 AS
  SELECT a FROM generate_series(11,13) AS a;

-- corpus: line 1246 accepted
CREATE RULE bug6051_3_ins AS ON INSERT TO bug6051_3 DO INSTEAD
  SELECT i FROM bug6051_2;

-- corpus: line 1321 accepted
CREATE TABLE withz AS SELECT i AS k, (i || ' v')::text v FROM generate_series(1, 16, 3) i;

-- corpus: line 1322 accepted
ALTER TABLE withz ADD UNIQUE (k);

-- corpus: line 1376 accepted
DROP TABLE withz;

-- corpus: line 1379 accepted
CREATE TABLE m AS SELECT i AS k, (i || ' v')::text v FROM generate_series(1, 16, 3) i;

-- corpus: line 1380 accepted
ALTER TABLE m ADD UNIQUE (k);

-- corpus: line 1432 accepted
DROP TABLE m;

-- corpus: line 1438 accepted
CREATE TEMPORARY TABLE yy (a INTEGER);

-- corpus: line 1465 accepted
CREATE FUNCTION y_trigger() RETURNS trigger AS $$
begin
  raise notice 'y_trigger: a = %', new.a;
  return new;
end;
$$ LANGUAGE plpgsql;

-- corpus: line 1472 accepted
CREATE TRIGGER y_trig BEFORE INSERT ON y FOR EACH ROW
    EXECUTE PROCEDURE y_trigger();

-- corpus: line 1487 accepted
DROP TRIGGER y_trig ON y;

-- corpus: line 1489 accepted
CREATE TRIGGER y_trig AFTER INSERT ON y FOR EACH ROW
    EXECUTE PROCEDURE y_trigger();

-- corpus: line 1504 accepted
DROP TRIGGER y_trig ON y;

-- corpus: line 1506 accepted
CREATE OR REPLACE FUNCTION y_trigger() RETURNS trigger AS $$
begin
  raise notice 'y_trigger';
  return null;
end;
$$ LANGUAGE plpgsql;

-- corpus: line 1513 accepted
CREATE TRIGGER y_trig AFTER INSERT ON y FOR EACH STATEMENT
    EXECUTE PROCEDURE y_trigger();

-- corpus: line 1528 accepted
DROP TRIGGER y_trig ON y;

-- corpus: line 1529 accepted
DROP FUNCTION y_trigger();

-- corpus: line 1533 accepted
CREATE TEMP TABLE parent ( id int, val text );

-- corpus: line 1534 accepted
CREATE TEMP TABLE child1 ( ) INHERITS ( parent );

-- corpus: line 1535 accepted
CREATE TEMP TABLE child2 ( ) INHERITS ( parent );

-- corpus: line 1589 accepted
CREATE RULE y_rule AS ON INSERT TO y WHERE a=0 DO INSTEAD DELETE FROM y;

-- corpus: line 1594 accepted
CREATE OR REPLACE RULE y_rule AS ON INSERT TO y DO INSTEAD NOTHING;

-- corpus: line 1599 accepted
CREATE OR REPLACE RULE y_rule AS ON INSERT TO y DO INSTEAD NOTIFY foo;

-- corpus: line 1604 accepted
CREATE OR REPLACE RULE y_rule AS ON INSERT TO y DO ALSO NOTIFY foo;

-- corpus: line 1609 accepted
CREATE OR REPLACE RULE y_rule AS ON INSERT TO y
  DO INSTEAD (NOTIFY foo; NOTIFY bar);

-- corpus: line 1615 accepted
DROP RULE y_rule ON y;

-- corpus: line 1618 rejected 42601 syntax error at or near "with"
create table foo (with baz);

-- corpus: line 1619 rejected 42601 syntax error at or near "with"
create table foo (with ordinality);

-- corpus: line 1628 accepted
create temp table with_test (i int);

-- corpus: line 1631 accepted
drop table with_test;
