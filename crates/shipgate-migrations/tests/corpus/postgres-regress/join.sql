-- corpus: line 6 accepted
CREATE TABLE J1_TBL (
  i integer,
  j integer,
  t text
);

-- corpus: line 12 accepted
CREATE TABLE J2_TBL (
  i integer,
  k integer
);

-- corpus: line 41 accepted
create temp table onerow();

-- corpus: line 231 accepted
CREATE TABLE t1 (name TEXT, n INTEGER);

-- corpus: line 232 accepted
CREATE TABLE t2 (name TEXT, n INTEGER);

-- corpus: line 233 accepted
CREATE TABLE t3 (name TEXT, n INTEGER);

-- corpus: line 327 accepted
create temp table x (x1 int, x2 int);

-- corpus: line 334 accepted
create temp table y (y1 int, y2 int);

-- corpus: line 607 accepted
DROP TABLE t1;

-- corpus: line 608 accepted
DROP TABLE t2;

-- corpus: line 609 accepted
DROP TABLE t3;

-- corpus: line 611 accepted
DROP TABLE J1_TBL;

-- corpus: line 612 accepted
DROP TABLE J2_TBL;

-- corpus: line 617 accepted
CREATE TEMP TABLE t1 (a int, b int);

-- corpus: line 618 accepted
CREATE TEMP TABLE t2 (a int, b int);

-- corpus: line 619 accepted
CREATE TEMP TABLE t3 (x int, y int);

-- corpus: line 640 accepted
create temp table t2a () inherits (t2);

-- corpus: line 676 accepted
CREATE TEMP TABLE tt1 ( tt1_id int4, joincol int4 );

-- corpus: line 680 accepted
CREATE TEMP TABLE tt2 ( tt2_id int4, joincol int4 );

-- corpus: line 718 accepted
create temp table tt3(f1 int, f2 text);

-- corpus: line 722 accepted
create temp table tt4(f1 int);

-- corpus: line 780 accepted
create temp table tt4x(c1 int, c2 int, c3 int);

-- corpus: line 797 accepted
create temp table tt5(f1 int, f2 int);

-- corpus: line 798 accepted
create temp table tt6(f1 int, f2 int);

-- corpus: line 813 accepted
create temp table xx (pkxx int);

-- corpus: line 814 accepted
create temp table yy (pkyy int, pkxx int);

-- corpus: line 836 accepted
create temp table zt1 (f1 int primary key);

-- corpus: line 837 accepted
create temp table zt2 (f2 int primary key);

-- corpus: line 838 accepted
create temp table zt3 (f3 int primary key);

-- corpus: line 847 accepted
create temp view zv1 as select *,'dummy'::text AS junk from zt1;

-- corpus: line 884 accepted
create temp table a (i integer);

-- corpus: line 885 accepted
create temp table b (x integer, y integer);

-- corpus: line 896 accepted
create type mycomptype as (id int, v bigint);

-- corpus: line 898 accepted
create temp table tidv (idv mycomptype);

-- corpus: line 899 accepted
create index on tidv (idv);

-- corpus: line 938 accepted
create temp table a (
     code char not null,
     constraint a_pk primary key (code)
);

-- corpus: line 942 accepted
create temp table b (
     a char not null,
     num integer not null,
     constraint b_pk primary key (a, num)
);

-- corpus: line 947 accepted
create temp table c (
     name char not null,
     a char,
     constraint c_pk primary key (name)
);

-- corpus: line 1035 accepted
create temp table nt1 (
  id int primary key,
  a1 boolean,
  a2 boolean
);

-- corpus: line 1040 accepted
create temp table nt2 (
  id int primary key,
  nt1_id int,
  b1 boolean,
  b2 boolean,
  foreign key (nt1_id) references nt1(id)
);

-- corpus: line 1047 accepted
create temp table nt3 (
  id int primary key,
  nt2_id int,
  c1 boolean,
  foreign key (nt2_id) references nt2(id)
);

-- corpus: line 1147 accepted
create temp table q1 as select 1 as q1;

-- corpus: line 1148 accepted
create temp table q2 as select 0 as q2;

-- corpus: line 1311 accepted
create function f_immutable_int4(i integer) returns integer as
$$ begin return i; end; $$ language plpgsql immutable;

-- corpus: line 1363 accepted
drop function f_immutable_int4(int);

-- corpus: line 1367 accepted
create function mki8(bigint, bigint) returns int8_tbl as
$$select row($1,$2)::int8_tbl$$ language sql;

-- corpus: line 1370 accepted
create function mki4(int) returns int4_tbl as
$$select row($1)::int4_tbl$$ language sql;

-- corpus: line 1381 accepted
drop function mki8(bigint, bigint);

-- corpus: line 1382 accepted
drop function mki4(int);

-- corpus: line 1760 accepted
create temp table t (a int unique);

-- corpus: line 1915 accepted
CREATE TEMP TABLE a (id int PRIMARY KEY, b_id int);

-- corpus: line 1916 accepted
CREATE TEMP TABLE b (id int PRIMARY KEY, c_id int);

-- corpus: line 1917 accepted
CREATE TEMP TABLE c (id int PRIMARY KEY);

-- corpus: line 1918 accepted
CREATE TEMP TABLE d (a int, b int);

-- corpus: line 2078 accepted
CREATE TEMP TABLE parted_b (id int PRIMARY KEY) partition by range(id);

-- corpus: line 2079 accepted
CREATE TEMP TABLE parted_b1 partition of parted_b for values from (0) to (10);

-- corpus: line 2087 accepted
create temp table parent (k int primary key, pd int);

-- corpus: line 2088 accepted
create temp table child (k int unique, cd int);

-- corpus: line 2126 accepted
CREATE TEMP TABLE a (id int PRIMARY KEY);

-- corpus: line 2127 accepted
CREATE TEMP TABLE b (id int PRIMARY KEY, a_id int);

-- corpus: line 2139 accepted
create temp table innertab (id int8 primary key, dat1 int8);

-- corpus: line 2177 accepted
create temp table uniquetbl (f1 text unique);

-- corpus: line 2217 accepted
create temp table t (a int unique);

-- corpus: line 2240 accepted
create temp table t (a int unique, b int);

-- corpus: line 2289 accepted
create temp table parttbl (a integer primary key) partition by range (a);

-- corpus: line 2290 accepted
create temp table parttbl1 partition of parttbl for values from (1) to (100);

-- corpus: line 2611 accepted
create temp table xx1 as select f1 as x1, -f1 as x2 from int4_tbl;

-- corpus: line 2630 accepted
create table join_pt1 (a int, b int, c varchar) partition by range(a);

-- corpus: line 2631 accepted
create table join_pt1p1 partition of join_pt1 for values from (0) to (100) partition by range(b);

-- corpus: line 2632 accepted
create table join_pt1p2 partition of join_pt1 for values from (100) to (200);

-- corpus: line 2633 accepted
create table join_pt1p1p1 partition of join_pt1p1 for values from (0) to (100);

-- corpus: line 2635 accepted
create table join_ut1 (a int, b int, c varchar);

-- corpus: line 2647 accepted
drop table join_pt1;

-- corpus: line 2648 accepted
drop table join_ut1;

-- corpus: line 2656 accepted
create table fkest (x integer, x10 integer, x10b integer, x100 integer);

-- corpus: line 2658 accepted
create unique index on fkest(x, x10, x100);

-- corpus: line 2667 accepted
alter table fkest add constraint fk
  foreign key (x, x10b, x100) references fkest (x, x10, x100);

-- corpus: line 2684 accepted
create table fkest (a int, b int, c int unique, primary key(a,b));

-- corpus: line 2685 accepted
create table fkest1 (a int, b int, primary key(a,b));

-- corpus: line 2690 accepted
alter table fkest1
  add constraint fkest1_a_b_fkey foreign key (a,b) references fkest;

-- corpus: line 2710 accepted
create table j1 (id int primary key);

-- corpus: line 2711 accepted
create table j2 (id int primary key);

-- corpus: line 2712 accepted
create table j3 (id int);

-- corpus: line 2764 accepted
drop table j1;

-- corpus: line 2765 accepted
drop table j2;

-- corpus: line 2766 accepted
drop table j3;

-- corpus: line 2770 accepted
create table j1 (id1 int, id2 int, primary key(id1,id2));

-- corpus: line 2771 accepted
create table j2 (id1 int, id2 int, primary key(id1,id2));

-- corpus: line 2772 accepted
create table j3 (id1 int, id2 int, primary key(id1,id2));

-- corpus: line 2804 accepted
create unique index j1_id2_idx on j1(id2) where id2 is not null;

-- corpus: line 2811 accepted
drop index j1_id2_idx;

-- corpus: line 2821 accepted
create index j1_id1_idx on j1 (id1) where id1 % 1000 = 1;

-- corpus: line 2822 accepted
create index j2_id1_idx on j2 (id1) where id1 % 1000 = 1;

-- corpus: line 2858 accepted
drop table j1;

-- corpus: line 2859 accepted
drop table j2;

-- corpus: line 2860 accepted
drop table j3;

-- corpus: line 2871 accepted
create table j3 as select unique1, tenthous from onek;

-- corpus: line 2872 accepted
vacuum analyze j3;

-- corpus: line 2873 accepted
create unique index on j3(unique1, tenthous);

-- corpus: line 2882 accepted
drop table j3;
