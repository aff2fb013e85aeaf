-- corpus: line 30 accepted
CREATE TABLE SUBSELECT_TBL (
  f1 integer,
  f2 integer,
  f3 float
);

-- corpus: line 92 rejected 42601 subquery in FROM must have an alias
CREATE VIEW view_unnamed_ss AS
SELECT * FROM (SELECT * FROM (SELECT abs(f1) AS a1 FROM int4_tbl)),
              (SELECT * FROM int8_tbl)
  WHERE a1 < 10 AND q1 > a1 ORDER BY q1, q2;

-- corpus: line 101 accepted
DROP VIEW view_unnamed_ss;

-- corpus: line 105 rejected 42601 subquery in FROM must have an alias
CREATE VIEW view_unnamed_ss_locking AS
SELECT * FROM (SELECT * FROM int4_tbl), int8_tbl AS unnamed_subquery
  WHERE f1 = q1
  FOR UPDATE OF unnamed_subquery;

-- corpus: line 112 accepted
DROP VIEW view_unnamed_ss_locking;

-- corpus: line 178 accepted
CREATE TEMP TABLE foo (id integer);

-- corpus: line 179 accepted
CREATE TEMP TABLE bar (id1 integer, id2 integer);

-- corpus: line 210 accepted
CREATE TABLE orderstest (
    approver_ref integer,
    po_ref integer,
    ordercanceled boolean
);

-- corpus: line 228 accepted
CREATE VIEW orders_view AS
SELECT *,
(SELECT CASE
   WHEN ord.approver_ref=1 THEN '---' ELSE 'Approved'
 END) AS "Approved",
(SELECT CASE
 WHEN ord.ordercanceled
 THEN 'Canceled'
 ELSE
  (SELECT CASE
		WHEN ord.po_ref=1
		THEN
		 (SELECT CASE
				WHEN ord.approver_ref=1
				THEN '---'
				ELSE 'Approved'
			END)
		ELSE 'PO'
	END)
END) AS "Status",
(CASE
 WHEN ord.ordercanceled
 THEN 'Canceled'
 ELSE
  (CASE
		WHEN ord.po_ref=1
		THEN
		 (CASE
				WHEN ord.approver_ref=1
				THEN '---'
				ELSE 'Approved'
			END)
		ELSE 'PO'
	END)
END) AS "Status_OK"
FROM orderstest ord;

-- corpus: line 267 accepted
DROP TABLE orderstest cascade;

-- corpus: line 274 accepted
create temp table parts (
    partnum     text,
    cost        float8
);

-- corpus: line 279 accepted
create temp table shipped (
    ttype       char(2),
    ordnum      int4,
    partnum     text,
    value       float8
);

-- corpus: line 286 accepted
create temp view shipped_view as
    select * from shipped where ttype = 'wt';

-- corpus: line 289 accepted
create rule shipped_view_insert as on insert to shipped_view do instead
    insert into shipped values('wt', new.ordnum, new.partnum, new.value);

-- corpus: line 299 accepted
create rule shipped_view_update as on update to shipped_view do instead
    update shipped set partnum = new.partnum, value = new.value
        where ttype = new.ttype and ordnum = new.ordnum;

-- corpus: line 338 accepted
create temp table numeric_table (num_col numeric);

-- corpus: line 341 accepted
create temp table float_table (float_col float8);

-- corpus: line 354 accepted
create temp table ta (id int primary key, val int);

-- corpus: line 359 accepted
create temp table tb (id int primary key, aval int);

-- corpus: line 366 accepted
create temp table tc (id int primary key, aid int);

-- corpus: line 380 accepted
create temp table t1 (f1 numeric(14,0), f2 varchar(30));

-- corpus: line 391 accepted
create temp table table_a(id integer);

-- corpus: line 394 accepted
create temp view view_a as select * from table_a;

-- corpus: line 443 accepted
create temp table upsert(key int4 primary key, val text);

-- corpus: line 458 accepted
create temp table outer_7597 (f1 int4, f2 int4);

-- corpus: line 464 accepted
create temp table inner_7597(c1 int8, c2 int8);

-- corpus: line 475 accepted
create temp table outer_text (f1 text, f2 text);

-- corpus: line 481 accepted
create temp table inner_text (c1 text, c2 text);

-- corpus: line 524 accepted
create function bogus_int8_text_eq(int8, text) returns boolean
language sql as 'select $1::text = $2';

-- corpus: line 527 accepted
create operator = (procedure=bogus_int8_text_eq, leftarg=int8, rightarg=text);

-- corpus: line 535 accepted
create or replace function bogus_int8_text_eq(int8, text) returns boolean
language sql as 'select $1::text = $2 and $1::text = $2';

-- corpus: line 544 accepted
create or replace function bogus_int8_text_eq(int8, text) returns boolean
language sql as 'select $2 = $1::text';

-- corpus: line 571 accepted
create temp table exists_tbl (c1 int, c2 int, c3 int) partition by list (c1);

-- corpus: line 572 accepted
create temp table exists_tbl_null partition of exists_tbl for values in (null);

-- corpus: line 573 accepted
create temp table exists_tbl_def partition of exists_tbl default;

-- corpus: line 675 accepted
create temp table notinouter (a int);

-- corpus: line 676 accepted
create temp table notininner (b int not null);

-- corpus: line 684 accepted
create temp table nocolumns();

-- corpus: line 771 accepted
create temp sequence ts1;

-- corpus: line 784 accepted
create function tattle(x int, y int) returns bool
volatile language plpgsql as $$
begin
  raise notice 'x = %, y = %', x, y;
  return x > y;
end$$;

-- corpus: line 801 accepted
alter function tattle(x int, y int) stable;

-- corpus: line 822 accepted
drop function tattle(x int, y int);

-- corpus: line 830 accepted
create table sq_limit (pk int primary key, c1 int, c2 int);

-- corpus: line 841 accepted
create function explain_sq_limit() returns setof text language plpgsql as
$$
declare ln text;
begin
    for ln in
        explain (analyze, summary off, timing off, costs off)
        select * from (select pk,c2 from sq_limit order by c1,pk) as x limit 3
    loop
        ln := regexp_replace(ln, 'Memory: \S*',  'Memory: xxx');
        return next ln;
    end loop;
end;
$$;

-- corpus: line 859 accepted
drop function explain_sq_limit();

-- corpus: line 861 accepted
drop table sq_limit;
