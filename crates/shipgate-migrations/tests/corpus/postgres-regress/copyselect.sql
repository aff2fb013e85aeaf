-- corpus: line 4 accepted
create table test1 (id serial, t text);

-- corpus: line 11 accepted
create table test2 (id serial, t text);

-- corpus: line 18 accepted
create view v_test1
as select 'v_'||t from test1;

-- corpus: line 96 accepted
drop table test3;
