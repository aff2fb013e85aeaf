-- corpus: line 7 accepted
create table spgist_point_tbl(id int4, p point);

-- corpus: line 8 accepted
create index spgist_point_idx on spgist_point_tbl using spgist(p) with (fillfactor = 75);

-- corpus: line 15 accepted
vacuum spgist_point_tbl;

-- corpus: line 31 accepted
vacuum spgist_point_tbl;

-- corpus: line 37 accepted
create table spgist_box_tbl(id serial, b box);

-- corpus: line 43 accepted
create index spgist_box_idx on spgist_box_tbl using spgist (b);

-- corpus: line 53 accepted
create table spgist_text_tbl(id int4, t text);

-- corpus: line 54 accepted
create index spgist_text_idx on spgist_text_tbl using spgist(t);

-- corpus: line 68 accepted
create index spgist_point_idx2 on spgist_point_tbl using spgist(p) with (fillfactor = 9);

-- corpus: line 69 accepted
create index spgist_point_idx2 on spgist_point_tbl using spgist(p) with (fillfactor = 101);

-- corpus: line 72 accepted
alter index spgist_point_idx set (fillfactor = 90);

-- corpus: line 73 accepted
reindex index spgist_point_idx;

-- corpus: line 76 accepted
create domain spgist_text as varchar;

-- corpus: line 77 accepted
create table spgist_domain_tbl (f1 spgist_text);

-- corpus: line 78 accepted
create index spgist_domain_idx on spgist_domain_tbl using spgist(f1);

-- corpus: line 85 accepted
create unlogged table spgist_unlogged_tbl(id serial, b box);

-- corpus: line 86 accepted
create index spgist_unlogged_idx on spgist_unlogged_tbl using spgist (b);
