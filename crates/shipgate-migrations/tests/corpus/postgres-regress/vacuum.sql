-- corpus: line 5 accepted
CREATE TABLE vactst (i INT);

-- corpus: line 22 accepted
VACUUM FULL vactst;

-- corpus: line 38 accepted
VACUUM (FULL) vactst;

-- corpus: line 42 accepted
VACUUM (FULL, FREEZE) vactst;

-- corpus: line 43 accepted
VACUUM (ANALYZE, FULL) vactst;

-- corpus: line 45 accepted
CREATE TABLE vaccluster (i INT PRIMARY KEY);

-- corpus: line 46 accepted
ALTER TABLE vaccluster CLUSTER ON vaccluster_pkey;

-- corpus: line 47 accepted
CLUSTER vaccluster;

-- corpus: line 49 accepted
CREATE FUNCTION do_analyze() RETURNS VOID VOLATILE LANGUAGE SQL
	AS 'ANALYZE pg_am';

-- corpus: line 51 accepted
CREATE FUNCTION wrap_do_analyze(c INT) RETURNS INT IMMUTABLE LANGUAGE SQL
	AS 'SELECT $1 FROM do_analyze()';

-- corpus: line 53 accepted
CREATE INDEX ON vaccluster(wrap_do_analyze(i));

-- corpus: line 70 accepted
VACUUM FULL pg_am;

-- corpus: line 71 accepted
VACUUM FULL pg_class;

-- corpus: line 72 accepted
VACUUM FULL pg_database;

-- corpus: line 73 accepted
VACUUM FULL vaccluster;

-- corpus: line 74 accepted
VACUUM FULL vactst;

-- corpus: line 76 accepted
VACUUM (DISABLE_PAGE_SKIPPING) vaccluster;

-- corpus: line 79 accepted
CREATE TABLE pvactst (i INT, a INT[], p POINT) with (autovacuum_enabled = off);

-- corpus: line 81 accepted
CREATE INDEX btree_pvactst ON pvactst USING btree (i);

-- corpus: line 82 accepted
CREATE INDEX hash_pvactst ON pvactst USING hash (i);

-- corpus: line 83 accepted
CREATE INDEX brin_pvactst ON pvactst USING brin (i);

-- corpus: line 84 accepted
CREATE INDEX gin_pvactst ON pvactst USING gin (a);

-- corpus: line 85 accepted
CREATE INDEX gist_pvactst ON pvactst USING gist (p);

-- corpus: line 86 accepted
CREATE INDEX spgist_pvactst ON pvactst USING spgist (p);

-- corpus: line 90 accepted
VACUUM (PARALLEL 2) pvactst;

-- corpus: line 94 accepted
VACUUM (PARALLEL 2) pvactst;

-- corpus: line 97 accepted
VACUUM (PARALLEL 0) pvactst;

-- corpus: line 99 accepted
VACUUM (PARALLEL -1) pvactst;

-- corpus: line 100 accepted
VACUUM (PARALLEL 2, INDEX_CLEANUP FALSE) pvactst;

-- corpus: line 101 accepted
VACUUM (PARALLEL 2, FULL TRUE) pvactst;

-- corpus: line 102 accepted
VACUUM (PARALLEL) pvactst;

-- corpus: line 105 accepted
CREATE TEMPORARY TABLE tmp (a int PRIMARY KEY);

-- corpus: line 106 accepted
CREATE INDEX tmp_idx1 ON tmp (a);

-- corpus: line 107 accepted
VACUUM (PARALLEL 1, FULL FALSE) tmp;

-- corpus: line 108 accepted
VACUUM (PARALLEL 0, FULL TRUE) tmp;

-- corpus: line 110 accepted
DROP TABLE pvactst;

-- corpus: line 113 accepted
CREATE TABLE no_index_cleanup (i INT PRIMARY KEY, t TEXT);

-- corpus: line 115 accepted
CREATE INDEX no_index_cleanup_idx ON no_index_cleanup(t);

-- corpus: line 116 accepted
ALTER TABLE no_index_cleanup ALTER COLUMN t SET STORAGE EXTERNAL;

-- corpus: line 120 accepted
VACUUM (INDEX_CLEANUP TRUE, FULL TRUE) no_index_cleanup;

-- corpus: line 121 accepted
VACUUM (FULL TRUE) no_index_cleanup;

-- corpus: line 123 accepted
ALTER TABLE no_index_cleanup SET (vacuum_index_cleanup = false);

-- corpus: line 126 accepted
VACUUM no_index_cleanup;

-- corpus: line 128 accepted
ALTER TABLE no_index_cleanup SET (vacuum_index_cleanup = true);

-- corpus: line 129 accepted
VACUUM no_index_cleanup;

-- corpus: line 130 accepted
ALTER TABLE no_index_cleanup SET (vacuum_index_cleanup = auto);

-- corpus: line 131 accepted
VACUUM no_index_cleanup;

-- corpus: line 137 accepted
ALTER TABLE no_index_cleanup SET (vacuum_index_cleanup = off,
    toast.vacuum_index_cleanup = yes);

-- corpus: line 139 accepted
VACUUM no_index_cleanup;

-- corpus: line 141 accepted
ALTER TABLE no_index_cleanup SET (vacuum_index_cleanup = true,
    toast.vacuum_index_cleanup = false);

-- corpus: line 143 accepted
VACUUM no_index_cleanup;

-- corpus: line 145 accepted
VACUUM (INDEX_CLEANUP FALSE) vaccluster;

-- corpus: line 146 accepted
VACUUM (INDEX_CLEANUP AUTO) vactst;

-- corpus: line 147 accepted
VACUUM (INDEX_CLEANUP FALSE, FREEZE TRUE) vaccluster;

-- corpus: line 150 accepted
CREATE TEMP TABLE vac_truncate_test(i INT NOT NULL, j text)
	WITH (vacuum_truncate=true, autovacuum_enabled=false);

-- corpus: line 153 accepted
VACUUM (TRUNCATE FALSE, DISABLE_PAGE_SKIPPING) vac_truncate_test;

-- corpus: line 155 accepted
VACUUM (DISABLE_PAGE_SKIPPING) vac_truncate_test;

-- corpus: line 157 accepted
VACUUM (TRUNCATE FALSE, FULL TRUE) vac_truncate_test;

-- corpus: line 158 accepted
DROP TABLE vac_truncate_test;

-- corpus: line 161 accepted
CREATE TABLE vacparted (a int, b char) PARTITION BY LIST (a);

-- corpus: line 162 accepted
CREATE TABLE vacparted1 PARTITION OF vacparted FOR VALUES IN (1);

-- corpus: line 165 accepted
VACUUM (ANALYZE) vacparted;

-- corpus: line 166 accepted
VACUUM (FULL) vacparted;

-- corpus: line 167 accepted
VACUUM (FREEZE) vacparted;

-- corpus: line 170 accepted
VACUUM ANALYZE vacparted(a,b,a);

-- corpus: line 174 accepted
CREATE TABLE vacparted_i (a int primary key, b varchar(100))
  PARTITION BY HASH (a);

-- corpus: line 176 accepted
CREATE TABLE vacparted_i1 PARTITION OF vacparted_i
  FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- corpus: line 178 accepted
CREATE TABLE vacparted_i2 PARTITION OF vacparted_i
  FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- corpus: line 181 accepted
VACUUM (ANALYZE) vacparted_i;

-- corpus: line 182 accepted
VACUUM (FULL) vacparted_i;

-- corpus: line 183 accepted
VACUUM (FREEZE) vacparted_i;

-- corpus: line 187 accepted
DROP TABLE vacparted_i;

-- corpus: line 190 accepted
VACUUM vaccluster, vactst;

-- corpus: line 191 accepted
VACUUM vacparted, does_not_exist;

-- corpus: line 192 accepted
VACUUM (FREEZE) vacparted, vaccluster, vactst;

-- corpus: line 193 accepted
VACUUM (FREEZE) does_not_exist, vaccluster;

-- corpus: line 194 accepted
VACUUM ANALYZE vactst, vacparted (a);

-- corpus: line 195 accepted
VACUUM ANALYZE vactst (does_not_exist), vacparted (b);

-- corpus: line 196 accepted
VACUUM FULL vacparted, vactst;

-- corpus: line 197 accepted
VACUUM FULL vactst, vacparted (a, b), vaccluster (i);

-- corpus: line 220 accepted
VACUUM (SKIP_LOCKED) vactst;

-- corpus: line 221 accepted
VACUUM (SKIP_LOCKED, FULL) vactst;

-- corpus: line 227 accepted
VACUUM vactst;

-- corpus: line 235 accepted
CREATE TABLE vac_option_tab (a INT, t TEXT);

-- corpus: line 237 accepted
ALTER TABLE vac_option_tab ALTER COLUMN t SET STORAGE EXTERNAL;

-- corpus: line 241 accepted
CREATE VIEW vac_option_tab_counts AS
  SELECT CASE WHEN c.relname IS NULL
    THEN 'main' ELSE 'toast' END as rel,
  s.vacuum_count
  FROM pg_stat_all_tables s
  LEFT JOIN pg_class c ON s.relid = c.reltoastrelid
  WHERE c.relname = 'vac_option_tab' OR s.relname = 'vac_option_tab'
  ORDER BY rel;

-- corpus: line 249 accepted
VACUUM (PROCESS_TOAST TRUE) vac_option_tab;

-- corpus: line 251 accepted
VACUUM (PROCESS_TOAST FALSE) vac_option_tab;

-- corpus: line 253 accepted
VACUUM (PROCESS_TOAST FALSE, FULL) vac_option_tab;

-- corpus: line 257 accepted
VACUUM (PROCESS_MAIN FALSE) vac_option_tab;

-- corpus: line 260 accepted
VACUUM (PROCESS_MAIN FALSE, PROCESS_TOAST FALSE) vac_option_tab;

-- corpus: line 268 accepted
VACUUM (PROCESS_MAIN FALSE, FULL) vac_option_tab;

-- corpus: line 276 accepted
VACUUM (BUFFER_USAGE_LIMIT '512 kB') vac_option_tab;

-- corpus: line 279 accepted
VACUUM (BUFFER_USAGE_LIMIT 0) vac_option_tab;

-- corpus: line 282 accepted
VACUUM (BUFFER_USAGE_LIMIT 16777220) vac_option_tab;

-- corpus: line 284 accepted
VACUUM (BUFFER_USAGE_LIMIT 120) vac_option_tab;

-- corpus: line 286 accepted
VACUUM (BUFFER_USAGE_LIMIT 10000000000) vac_option_tab;

-- corpus: line 288 accepted
VACUUM (BUFFER_USAGE_LIMIT '512 kB', FULL) vac_option_tab;

-- corpus: line 291 accepted
VACUUM (SKIP_DATABASE_STATS) vactst;

-- corpus: line 294 accepted
VACUUM (ONLY_DATABASE_STATS);

-- corpus: line 295 accepted
VACUUM (ONLY_DATABASE_STATS) vactst;

-- corpus: line 297 accepted
DROP VIEW vac_option_tab_counts;

-- corpus: line 298 accepted
DROP TABLE vac_option_tab;

-- corpus: line 299 accepted
DROP TABLE vaccluster;

-- corpus: line 300 accepted
DROP TABLE vactst;

-- corpus: line 301 accepted
DROP TABLE vacparted;

-- corpus: line 302 accepted
DROP TABLE no_index_cleanup;

-- corpus: line 305 accepted
CREATE TABLE vacowned (a int);

-- corpus: line 306 accepted
CREATE TABLE vacowned_parted (a int) PARTITION BY LIST (a);

-- corpus: line 307 accepted
CREATE TABLE vacowned_part1 PARTITION OF vacowned_parted FOR VALUES IN (1);

-- corpus: line 308 accepted
CREATE TABLE vacowned_part2 PARTITION OF vacowned_parted FOR VALUES IN (2);

-- corpus: line 309 accepted
CREATE ROLE regress_vacuum;

-- corpus: line 312 accepted
VACUUM vacowned;

-- corpus: line 314 accepted
VACUUM (ANALYZE) vacowned;

-- corpus: line 316 accepted
VACUUM pg_catalog.pg_class;

-- corpus: line 318 accepted
VACUUM (ANALYZE) pg_catalog.pg_class;

-- corpus: line 320 accepted
VACUUM pg_catalog.pg_authid;

-- corpus: line 322 accepted
VACUUM (ANALYZE) pg_catalog.pg_authid;

-- corpus: line 326 accepted
VACUUM vacowned_parted;

-- corpus: line 327 accepted
VACUUM vacowned_part1;

-- corpus: line 328 accepted
VACUUM vacowned_part2;

-- corpus: line 332 accepted
VACUUM (ANALYZE) vacowned_parted;

-- corpus: line 333 accepted
VACUUM (ANALYZE) vacowned_part1;

-- corpus: line 334 accepted
VACUUM (ANALYZE) vacowned_part2;

-- corpus: line 337 accepted
ALTER TABLE vacowned_parted OWNER TO regress_vacuum;

-- corpus: line 338 accepted
ALTER TABLE vacowned_part1 OWNER TO regress_vacuum;

-- corpus: line 340 accepted
VACUUM vacowned_parted;

-- corpus: line 341 accepted
VACUUM vacowned_part1;

-- corpus: line 342 accepted
VACUUM vacowned_part2;

-- corpus: line 346 accepted
VACUUM (ANALYZE) vacowned_parted;

-- corpus: line 347 accepted
VACUUM (ANALYZE) vacowned_part1;

-- corpus: line 348 accepted
VACUUM (ANALYZE) vacowned_part2;

-- corpus: line 351 accepted
ALTER TABLE vacowned_parted OWNER TO CURRENT_USER;

-- corpus: line 353 accepted
VACUUM vacowned_parted;

-- corpus: line 354 accepted
VACUUM vacowned_part1;

-- corpus: line 355 accepted
VACUUM vacowned_part2;

-- corpus: line 359 accepted
VACUUM (ANALYZE) vacowned_parted;

-- corpus: line 360 accepted
VACUUM (ANALYZE) vacowned_part1;

-- corpus: line 361 accepted
VACUUM (ANALYZE) vacowned_part2;

-- corpus: line 364 accepted
ALTER TABLE vacowned_parted OWNER TO regress_vacuum;

-- corpus: line 365 accepted
ALTER TABLE vacowned_part1 OWNER TO CURRENT_USER;

-- corpus: line 367 accepted
VACUUM vacowned_parted;

-- corpus: line 368 accepted
VACUUM vacowned_part1;

-- corpus: line 369 accepted
VACUUM vacowned_part2;

-- corpus: line 373 accepted
VACUUM (ANALYZE) vacowned_parted;

-- corpus: line 374 accepted
VACUUM (ANALYZE) vacowned_part1;

-- corpus: line 375 accepted
VACUUM (ANALYZE) vacowned_part2;

-- corpus: line 377 accepted
DROP TABLE vacowned;

-- corpus: line 378 accepted
DROP TABLE vacowned_parted;

-- corpus: line 379 accepted
DROP ROLE regress_vacuum;
