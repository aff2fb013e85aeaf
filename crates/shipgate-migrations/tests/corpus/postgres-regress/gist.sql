-- corpus: line 7 accepted
create table gist_point_tbl(id int4, p point);

-- corpus: line 8 accepted
create index gist_pointidx on gist_point_tbl using gist(p);

-- corpus: line 11 accepted
create index gist_pointidx2 on gist_point_tbl using gist(p) with (buffering = on, fillfactor=50);

-- corpus: line 12 accepted
create index gist_pointidx3 on gist_point_tbl using gist(p) with (buffering = off);

-- corpus: line 13 accepted
create index gist_pointidx4 on gist_point_tbl using gist(p) with (buffering = auto);

-- corpus: line 14 accepted
drop index gist_pointidx2, gist_pointidx3, gist_pointidx4;

-- corpus: line 17 accepted
create index gist_pointidx5 on gist_point_tbl using gist(p) with (buffering = invalid_value);

-- corpus: line 18 accepted
create index gist_pointidx5 on gist_point_tbl using gist(p) with (fillfactor=9);

-- corpus: line 19 accepted
create index gist_pointidx5 on gist_point_tbl using gist(p) with (fillfactor=101);

-- corpus: line 34 accepted
vacuum analyze gist_point_tbl;

-- corpus: line 37 accepted
alter index gist_pointidx SET (fillfactor = 40);

-- corpus: line 38 accepted
reindex index gist_pointidx;

-- corpus: line 44 accepted
create table gist_tbl (b box, p point, c circle);

-- corpus: line 52 accepted
vacuum analyze gist_tbl;

-- corpus: line 59 accepted
create index gist_tbl_point_index on gist_tbl using gist (p);

-- corpus: line 100 accepted
drop index gist_tbl_point_index;

-- corpus: line 103 accepted
create index gist_tbl_box_index on gist_tbl using gist (b);

-- corpus: line 128 accepted
drop index gist_tbl_box_index;

-- corpus: line 132 accepted
create index gist_tbl_multi_index on gist_tbl using gist (p, c);

-- corpus: line 143 accepted
drop index gist_tbl_multi_index;

-- corpus: line 149 accepted
create index gist_tbl_multi_index on gist_tbl using gist (circle(p,1), p);

-- corpus: line 173 accepted
create index gist_tbl_box_index_forcing_buffering on gist_tbl using gist (p)
  with (buffering=on, fillfactor=50);

-- corpus: line 181 accepted
drop table gist_tbl;

-- corpus: line 184 accepted
create unlogged table gist_tbl (b box);

-- corpus: line 185 accepted
create index gist_tbl_box_index on gist_tbl using gist (b);

-- corpus: line 188 accepted
drop table gist_tbl;
