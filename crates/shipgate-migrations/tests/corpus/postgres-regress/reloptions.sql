-- corpus: line 3 accepted
CREATE TABLE reloptions_test(i INT) WITH (FiLLFaCToR=30,
	autovacuum_enabled = false, autovacuum_analyze_scale_factor = 0.2);

-- corpus: line 8 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor=2);

-- corpus: line 9 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor=110);

-- corpus: line 10 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_analyze_scale_factor = -10.0);

-- corpus: line 11 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_analyze_scale_factor = 110.0);

-- corpus: line 14 accepted
CREATE TABLE reloptions_test2(i INT) WITH (not_existing_option=2);

-- corpus: line 15 accepted
CREATE TABLE reloptions_test2(i INT) WITH (not_existing_namespace.fillfactor=2);

-- corpus: line 18 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor=-30.1);

-- corpus: line 19 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor='string');

-- corpus: line 20 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor=true);

-- corpus: line 21 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_enabled=12);

-- corpus: line 22 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_enabled=30.5);

-- corpus: line 23 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_enabled='string');

-- corpus: line 24 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_analyze_scale_factor='string');

-- corpus: line 25 accepted
CREATE TABLE reloptions_test2(i INT) WITH (autovacuum_analyze_scale_factor=true);

-- corpus: line 28 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor=30, fillfactor=40);

-- corpus: line 31 accepted
CREATE TABLE reloptions_test2(i INT) WITH (fillfactor);

-- corpus: line 34 accepted
ALTER TABLE reloptions_test SET (fillfactor=31,
	autovacuum_analyze_scale_factor = 0.3);

-- corpus: line 39 accepted
ALTER TABLE reloptions_test SET (autovacuum_enabled, fillfactor=32);

-- corpus: line 43 accepted
ALTER TABLE reloptions_test RESET (fillfactor);

-- corpus: line 47 accepted
ALTER TABLE reloptions_test RESET (autovacuum_enabled,
	autovacuum_analyze_scale_factor);

-- corpus: line 53 accepted
ALTER TABLE reloptions_test RESET (fillfactor=12);

-- corpus: line 56 accepted
DROP TABLE reloptions_test;

-- corpus: line 58 accepted
CREATE TEMP TABLE reloptions_test(i INT NOT NULL, j text)
	WITH (vacuum_truncate=false,
	toast.vacuum_truncate=false,
	autovacuum_enabled=false);

-- corpus: line 65 accepted
VACUUM (FREEZE, DISABLE_PAGE_SKIPPING) reloptions_test;

-- corpus: line 72 accepted
ALTER TABLE reloptions_test RESET (vacuum_truncate);

-- corpus: line 76 accepted
VACUUM (FREEZE, DISABLE_PAGE_SKIPPING) reloptions_test;

-- corpus: line 80 accepted
DROP TABLE reloptions_test;

-- corpus: line 82 accepted
CREATE TABLE reloptions_test (s VARCHAR)
	WITH (toast.autovacuum_vacuum_cost_delay = 23);

-- corpus: line 88 accepted
ALTER TABLE reloptions_test SET (toast.autovacuum_vacuum_cost_delay = 24);

-- corpus: line 91 accepted
ALTER TABLE reloptions_test RESET (toast.autovacuum_vacuum_cost_delay);

-- corpus: line 95 accepted
CREATE TABLE reloptions_test2 (i int) WITH (toast.not_existing_option = 42);

-- corpus: line 98 accepted
DROP TABLE reloptions_test;

-- corpus: line 100 accepted
CREATE TABLE reloptions_test (s VARCHAR) WITH
	(toast.autovacuum_vacuum_cost_delay = 23,
	autovacuum_vacuum_cost_delay = 24, fillfactor = 40);

-- corpus: line 112 accepted
CREATE INDEX reloptions_test_idx ON reloptions_test (s) WITH (fillfactor=30);

-- corpus: line 116 accepted
CREATE INDEX reloptions_test_idx ON reloptions_test (s)
	WITH (not_existing_option=2);

-- corpus: line 118 accepted
CREATE INDEX reloptions_test_idx ON reloptions_test (s)
	WITH (not_existing_ns.fillfactor=2);

-- corpus: line 122 accepted
CREATE INDEX reloptions_test_idx2 ON reloptions_test (s) WITH (fillfactor=1);

-- corpus: line 123 accepted
CREATE INDEX reloptions_test_idx2 ON reloptions_test (s) WITH (fillfactor=130);

-- corpus: line 126 accepted
ALTER INDEX reloptions_test_idx SET (fillfactor=40);

-- corpus: line 130 accepted
CREATE INDEX reloptions_test_idx3 ON reloptions_test (s);

-- corpus: line 131 accepted
ALTER INDEX reloptions_test_idx3 SET (fillfactor=40);
