-- corpus: line 6 accepted
CREATE TABLE parallel_vacuum_table (a int) WITH (autovacuum_enabled = off);

-- corpus: line 12 accepted
CREATE INDEX regular_sized_index ON parallel_vacuum_table(a);

-- corpus: line 13 accepted
CREATE INDEX typically_sized_index ON parallel_vacuum_table(a);

-- corpus: line 16 accepted
CREATE INDEX vacuum_in_leader_small_index ON parallel_vacuum_table((1));

-- corpus: line 36 accepted
VACUUM (PARALLEL 4, INDEX_CLEANUP ON) parallel_vacuum_table;
