-- corpus: line 25 accepted
CREATE TABLE prevstats AS
SELECT t.seq_scan, t.seq_tup_read, t.idx_scan, t.idx_tup_fetch,
       (b.heap_blks_read + b.heap_blks_hit) AS heap_blks,
       (b.idx_blks_read + b.idx_blks_hit) AS idx_blks,
       pg_stat_get_snapshot_timestamp() as snap_ts
  FROM pg_catalog.pg_stat_user_tables AS t,
       pg_catalog.pg_statio_user_tables AS b
 WHERE t.relname='tenk2' AND b.relname='tenk2';

-- corpus: line 36 accepted
CREATE TABLE trunc_stats_test(id serial);

-- corpus: line 37 accepted
CREATE TABLE trunc_stats_test1(id serial, stuff text);

-- corpus: line 38 accepted
CREATE TABLE trunc_stats_test2(id serial);

-- corpus: line 39 accepted
CREATE TABLE trunc_stats_test3(id serial, stuff text);

-- corpus: line 40 accepted
CREATE TABLE trunc_stats_test4(id serial);

-- corpus: line 132 accepted
CREATE FUNCTION stats_test_func1() RETURNS VOID LANGUAGE plpgsql AS $$BEGIN END;$$;

-- corpus: line 134 accepted
CREATE FUNCTION stats_test_func2() RETURNS VOID LANGUAGE plpgsql AS $$BEGIN END;$$;

-- corpus: line 176 accepted
DROP FUNCTION stats_test_func1();

-- corpus: line 188 accepted
DROP FUNCTION stats_test_func1();

-- corpus: line 199 accepted
DROP FUNCTION stats_test_func2();

-- corpus: line 207 accepted
CREATE TABLE drop_stats_test();

-- corpus: line 211 accepted
CREATE TABLE drop_stats_test_xact();

-- corpus: line 215 accepted
CREATE TABLE drop_stats_test_subxact();

-- corpus: line 222 accepted
DROP TABLE drop_stats_test;

-- corpus: line 234 accepted
DROP TABLE drop_stats_test_xact;

-- corpus: line 247 accepted
DROP TABLE drop_stats_test_xact;

-- corpus: line 262 accepted
DROP TABLE drop_stats_test_subxact;

-- corpus: line 273 accepted
DROP TABLE drop_stats_test_subxact;

-- corpus: line 283 accepted
DROP TABLE drop_stats_test_subxact;

-- corpus: line 289 accepted
DROP TABLE trunc_stats_test, trunc_stats_test1, trunc_stats_test2, trunc_stats_test3, trunc_stats_test4;

-- corpus: line 290 accepted
DROP TABLE prevstats;

-- corpus: line 303 accepted
CREATE TEMPORARY TABLE test_last_scan(idx_col int primary key, noidx_col int);

-- corpus: line 426 accepted
CREATE TEMP TABLE test_stats_temp AS SELECT 17;

-- corpus: line 427 accepted
DROP TABLE test_stats_temp;

-- corpus: line 541 accepted
CREATE table stats_test_tab1 as select generate_series(1,10) a;

-- corpus: line 542 accepted
CREATE index stats_test_idx1 on stats_test_tab1(a);

-- corpus: line 550 accepted
DROP index stats_test_idx1;

-- corpus: line 555 accepted
CREATE index stats_test_idx1 on stats_test_tab1(a);

-- corpus: line 563 accepted
CREATE index stats_test_idx1 on stats_test_tab1(a);

-- corpus: line 567 accepted
REINDEX index CONCURRENTLY stats_test_idx1;

-- corpus: line 577 accepted
DROP index stats_test_idx1;

-- corpus: line 606 accepted
CREATE TABLE test_io_shared(a int);

-- corpus: line 632 accepted
ALTER TABLE test_io_shared SET TABLESPACE regress_tblspace;

-- corpus: line 660 accepted
DROP TABLE test_io_shared;

-- corpus: line 673 accepted
CREATE TEMPORARY TABLE test_io_local(a int, b TEXT);

-- corpus: line 703 accepted
ALTER TABLE test_io_local SET TABLESPACE regress_tblspace;

-- corpus: line 726 accepted
CREATE TABLE test_io_vac_strategy(a int, b int) WITH (autovacuum_enabled = 'false');

-- corpus: line 730 accepted
VACUUM (FULL) test_io_vac_strategy;

-- corpus: line 733 accepted
VACUUM (PARALLEL 0, BUFFER_USAGE_LIMIT 128) test_io_vac_strategy;

-- corpus: line 746 accepted
CREATE TABLE test_io_bulkwrite_strategy AS SELECT i FROM generate_series(1,100)i;

-- corpus: line 763 accepted
CREATE TABLE brin_hot (
  id  integer PRIMARY KEY,
  val integer NOT NULL
) WITH (autovacuum_enabled = off, fillfactor = 70);

-- corpus: line 769 accepted
CREATE INDEX val_brin ON brin_hot using brin(val);

-- corpus: line 771 accepted
CREATE FUNCTION wait_for_hot_stats() RETURNS void AS $$
DECLARE
  start_time timestamptz := clock_timestamp();
  updated bool;
BEGIN
  -- we don't want to wait forever; loop will exit after 30 seconds
  FOR i IN 1 .. 300 LOOP
    SELECT (pg_stat_get_tuples_hot_updated('brin_hot'::regclass::oid) > 0) INTO updated;
    EXIT WHEN updated;

    -- wait a little
    PERFORM pg_sleep_for('100 milliseconds');
    -- reset stats snapshot so we can test again
    PERFORM pg_stat_clear_snapshot();
  END LOOP;
  -- report time waited in postmaster log (where it won't change test output)
  RAISE log 'wait_for_hot_stats delayed % seconds',
    EXTRACT(epoch FROM clock_timestamp() - start_time);
END
$$ LANGUAGE plpgsql;

-- corpus: line 805 accepted
DROP TABLE brin_hot;

-- corpus: line 806 accepted
DROP FUNCTION wait_for_hot_stats();

-- corpus: line 812 accepted
CREATE TABLE brin_hot_2 (a int, b int);

-- corpus: line 814 accepted
CREATE INDEX ON brin_hot_2 USING brin (b) WHERE a = 2;

-- corpus: line 826 accepted
DROP TABLE brin_hot_2;

-- corpus: line 831 accepted
CREATE TABLE brin_hot_3 (a int, filler text) WITH (fillfactor = 10);

-- corpus: line 833 accepted
CREATE INDEX ON brin_hot_3 USING brin (a) WITH (pages_per_range = 1);

-- corpus: line 839 accepted
DROP TABLE brin_hot_3;
