-- corpus: line 8 accepted
CREATE TABLE bt_i4_heap (
	seqno 		int4,
	random 		int4
);

-- corpus: line 13 accepted
CREATE TABLE bt_name_heap (
	seqno 		name,
	random 		int4
);

-- corpus: line 18 accepted
CREATE TABLE bt_txt_heap (
	seqno 		text,
	random 		int4
);

-- corpus: line 23 accepted
CREATE TABLE bt_f8_heap (
	seqno 		float8,
	random 		int4
);

-- corpus: line 53 accepted
CREATE INDEX bt_i4_index ON bt_i4_heap USING btree (seqno int4_ops);

-- corpus: line 55 accepted
CREATE INDEX bt_name_index ON bt_name_heap USING btree (seqno name_ops);

-- corpus: line 57 accepted
CREATE INDEX bt_txt_index ON bt_txt_heap USING btree (seqno text_ops);

-- corpus: line 59 accepted
CREATE INDEX bt_f8_index ON bt_f8_heap USING btree (seqno float8_ops);

-- corpus: line 147 accepted
create temp table btree_bpchar (f1 text collate "C");

-- corpus: line 148 accepted
create index on btree_bpchar(f1 bpchar_ops) WITH (deduplicate_items=on);

-- corpus: line 171 accepted
CREATE TABLE dedup_unique_test_table (a int) WITH (autovacuum_enabled=false);

-- corpus: line 172 accepted
CREATE UNIQUE INDEX dedup_unique ON dedup_unique_test_table (a) WITH (deduplicate_items=on);

-- corpus: line 173 accepted
CREATE UNIQUE INDEX plain_unique ON dedup_unique_test_table (a) WITH (deduplicate_items=off);

-- corpus: line 189 accepted
DROP INDEX plain_unique;

-- corpus: line 206 accepted
create table btree_tall_tbl(id int4, t text);

-- corpus: line 207 accepted
alter table btree_tall_tbl alter COLUMN t set storage plain;

-- corpus: line 208 accepted
create index btree_tall_idx on btree_tall_tbl (t, id) with (fillfactor = 10);

-- corpus: line 215 accepted
CREATE TABLE delete_test_table (a bigint, b bigint, c bigint, d bigint);

-- corpus: line 217 accepted
ALTER TABLE delete_test_table ADD PRIMARY KEY (a,b,c,d);

-- corpus: line 221 accepted
VACUUM delete_test_table;

-- corpus: line 233 accepted
create index on btree_tall_tbl (id int4_ops(foo=1));

-- corpus: line 237 accepted
CREATE INDEX btree_tall_idx2 ON btree_tall_tbl (id);

-- corpus: line 238 accepted
ALTER INDEX btree_tall_idx2 ALTER COLUMN id SET (n_distinct=100);

-- corpus: line 239 accepted
DROP INDEX btree_tall_idx2;

-- corpus: line 241 accepted
CREATE TABLE btree_part (id int4) PARTITION BY RANGE (id);

-- corpus: line 242 accepted
CREATE INDEX btree_part_idx ON btree_part(id);

-- corpus: line 243 accepted
ALTER INDEX btree_part_idx ALTER COLUMN id SET (n_distinct=100);

-- corpus: line 244 accepted
DROP TABLE btree_part;
