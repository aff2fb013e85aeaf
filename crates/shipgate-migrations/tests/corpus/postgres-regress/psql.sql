-- corpus: line 123 accepted
CREATE TABLE bububu(a int)

-- corpus: line 146 accepted
create temporary table gexec_test(a int, b text, c date, d float);

-- corpus: line 450 accepted
create table psql_serial_tab (id serial);

-- corpus: line 498 accepted
CREATE SCHEMA tableam_display;

-- corpus: line 499 accepted
CREATE ROLE regress_display_role;

-- corpus: line 500 accepted
ALTER SCHEMA tableam_display OWNER TO regress_display_role;

-- corpus: line 502 accepted
CREATE ACCESS METHOD heap_psql TYPE TABLE HANDLER heap_tableam_handler;

-- corpus: line 505 accepted
CREATE TABLE tbl_heap_psql(f1 int, f2 char(100)) using heap_psql;

-- corpus: line 506 accepted
CREATE TABLE tbl_heap(f1 int, f2 char(100)) using heap;

-- corpus: line 507 accepted
CREATE VIEW view_heap_psql AS SELECT f1 from tbl_heap_psql;

-- corpus: line 508 accepted
CREATE MATERIALIZED VIEW mat_view_heap_psql USING heap_psql AS SELECT f1 from tbl_heap_psql;

-- corpus: line 524 accepted
DROP SCHEMA tableam_display CASCADE;

-- corpus: line 525 accepted
DROP ACCESS METHOD heap_psql;

-- corpus: line 526 accepted
DROP ROLE regress_display_role;

-- corpus: line 830 accepted
drop table psql_serial_tab;

-- corpus: line 1123 accepted
DROP TABLE this_table_does_not_exist;

-- corpus: line 1176 accepted
create schema testpart;

-- corpus: line 1177 accepted
create role regress_partitioning_role;

-- corpus: line 1179 accepted
alter schema testpart owner to regress_partitioning_role;

-- corpus: line 1186 accepted
create table testtable_apple(logdate date);

-- corpus: line 1187 accepted
create table testtable_orange(logdate date);

-- corpus: line 1188 accepted
create index testtable_apple_index on testtable_apple(logdate);

-- corpus: line 1189 accepted
create index testtable_orange_index on testtable_orange(logdate);

-- corpus: line 1191 accepted
create table testpart_apple(logdate date) partition by range(logdate);

-- corpus: line 1192 accepted
create table testpart_orange(logdate date) partition by range(logdate);

-- corpus: line 1194 accepted
create index testpart_apple_index on testpart_apple(logdate);

-- corpus: line 1195 accepted
create index testpart_orange_index on testpart_orange(logdate);

-- corpus: line 1202 accepted
drop table testtable_apple;

-- corpus: line 1203 accepted
drop table testtable_orange;

-- corpus: line 1204 accepted
drop table testpart_apple;

-- corpus: line 1205 accepted
drop table testpart_orange;

-- corpus: line 1207 accepted
create table parent_tab (id int) partition by range (id);

-- corpus: line 1208 accepted
create index parent_index on parent_tab (id);

-- corpus: line 1209 accepted
create table child_0_10 partition of parent_tab
  for values from (0) to (10);

-- corpus: line 1211 accepted
create table child_10_20 partition of parent_tab
  for values from (10) to (20);

-- corpus: line 1213 accepted
create table child_20_30 partition of parent_tab
  for values from (20) to (30);

-- corpus: line 1216 accepted
create table child_30_40 partition of parent_tab
for values from (30) to (40)
  partition by range(id);

-- corpus: line 1219 accepted
create table child_30_35 partition of child_30_40
  for values from (30) to (35);

-- corpus: line 1221 accepted
create table child_35_40 partition of child_30_40
   for values from (35) to (40);

-- corpus: line 1236 accepted
drop table parent_tab cascade;

-- corpus: line 1238 accepted
drop schema testpart;

-- corpus: line 1243 accepted
drop role regress_partitioning_role;

-- corpus: line 1288 accepted
create role regress_psql_user superuser;

-- corpus: line 1292 accepted
create function psql_df_internal (float8)
  returns float8
  language internal immutable parallel safe strict
  as 'dsin';

-- corpus: line 1296 accepted
create function psql_df_sql (x integer)
  returns integer
  security definer
  begin atomic select x + 1; end;

-- corpus: line 1300 accepted
create function psql_df_plpgsql ()
  returns void
  language plpgsql
  as $$ begin return; end; $$;

-- corpus: line 1304 accepted
comment on function psql_df_plpgsql () is 'some comment';

-- corpus: line 1308 accepted
drop role regress_psql_user;

-- corpus: line 1319 accepted
CREATE TABLE ac_test (a int);

-- corpus: line 1345 accepted
DROP TABLE ac_test;

-- corpus: line 1351 accepted
CREATE TABLE oer_test (a int);

-- corpus: line 1372 accepted
DROP TABLE oer_test;

-- corpus: line 1383 accepted
CREATE FUNCTION warn(msg TEXT) RETURNS BOOLEAN LANGUAGE plpgsql
AS $$
  BEGIN RAISE NOTICE 'warn %', msg ; RETURN TRUE ; END
$$;

-- corpus: line 1403 accepted
CREATE TABLE psql_comics(s TEXT);

-- corpus: line 1420 accepted
DROP FUNCTION warn(TEXT);

-- corpus: line 1428 accepted
CREATE TEMPORARY TABLE reload_output(
  lineno int NOT NULL GENERATED ALWAYS AS IDENTITY,
  line text
);

-- corpus: line 1484 accepted
DROP TABLE reload_output;

-- corpus: line 1493 accepted
CREATE TABLE foo(s TEXT);

-- corpus: line 1496 accepted
CREATE TABLE foo(s TEXT);

-- corpus: line 1500 accepted
DROP TABLE foo;

-- corpus: line 1505 accepted
DROP TABLE foo;

-- corpus: line 1513 accepted
CREATE TABLE foo(s TEXT);

-- corpus: line 1518 accepted
DROP TABLE foo;

-- corpus: line 1523 accepted
DROP TABLE foo;

-- corpus: line 1528 accepted
CREATE FUNCTION psql_error(msg TEXT) RETURNS BOOLEAN AS $$
  BEGIN
    RAISE EXCEPTION 'error %', msg;
  END;
$$ LANGUAGE plpgsql;

-- corpus: line 1539 accepted
CREATE TABLE bla(s NO_SUCH_TYPE);

-- corpus: line 1540 accepted
CREATE TABLE bla(s TEXT);

-- corpus: line 1582 accepted
DROP TABLE bla;

-- corpus: line 1583 accepted
DROP FUNCTION psql_error;

-- corpus: line 1828 accepted
CREATE ROLE regress_du_role0;

-- corpus: line 1829 accepted
CREATE ROLE regress_du_role1;

-- corpus: line 1830 accepted
CREATE ROLE regress_du_role2;

-- corpus: line 1831 accepted
CREATE ROLE regress_du_admin;

-- corpus: line 1833 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role0 TO regress_du_admin WITH ADMIN TRUE;

-- corpus: line 1834 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role1 TO regress_du_admin WITH ADMIN TRUE;

-- corpus: line 1835 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role2 TO regress_du_admin WITH ADMIN TRUE;

-- corpus: line 1837 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role0 TO regress_du_role1 WITH ADMIN TRUE,  INHERIT TRUE,  SET TRUE  GRANTED BY regress_du_admin;

-- corpus: line 1838 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role0 TO regress_du_role2 WITH ADMIN TRUE,  INHERIT FALSE, SET FALSE GRANTED BY regress_du_admin;

-- corpus: line 1839 rejected 42601 syntax error at or near "TRUE"
GRANT regress_du_role1 TO regress_du_role2 WITH ADMIN TRUE , INHERIT FALSE, SET TRUE  GRANTED BY regress_du_admin;

-- corpus: line 1840 rejected 42601 syntax error at or near "FALSE"
GRANT regress_du_role0 TO regress_du_role1 WITH ADMIN FALSE, INHERIT TRUE,  SET FALSE GRANTED BY regress_du_role1;

-- corpus: line 1841 rejected 42601 syntax error at or near "FALSE"
GRANT regress_du_role0 TO regress_du_role2 WITH ADMIN FALSE, INHERIT TRUE , SET TRUE  GRANTED BY regress_du_role1;

-- corpus: line 1842 rejected 42601 syntax error at or near "FALSE"
GRANT regress_du_role0 TO regress_du_role1 WITH ADMIN FALSE, INHERIT FALSE, SET TRUE  GRANTED BY regress_du_role2;

-- corpus: line 1843 rejected 42601 syntax error at or near "FALSE"
GRANT regress_du_role0 TO regress_du_role2 WITH ADMIN FALSE, INHERIT FALSE, SET FALSE GRANTED BY regress_du_role2;

-- corpus: line 1848 accepted
DROP ROLE regress_du_role0;

-- corpus: line 1849 accepted
DROP ROLE regress_du_role1;

-- corpus: line 1850 accepted
DROP ROLE regress_du_role2;

-- corpus: line 1851 accepted
DROP ROLE regress_du_admin;
