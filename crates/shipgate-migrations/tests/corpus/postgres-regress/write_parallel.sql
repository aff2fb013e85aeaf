-- corpus: line 19 accepted
create table parallel_write as
    select length(stringu1) from tenk1 group by length(stringu1);

-- corpus: line 21 accepted
drop table parallel_write;

-- corpus: line 27 accepted
drop table parallel_write;

-- corpus: line 31 accepted
create materialized view parallel_mat_view as
    select length(stringu1) from tenk1 group by length(stringu1);

-- corpus: line 33 accepted
create unique index on parallel_mat_view(length);

-- corpus: line 36 accepted
drop materialized view parallel_mat_view;

-- corpus: line 40 accepted
create table parallel_write as execute prep_stmt;

-- corpus: line 41 accepted
drop table parallel_write;
