-- corpus: line 2 accepted
CREATE TABLESPACE regress_tblspace LOCATION 'relative';

-- corpus: line 5 accepted
CREATE TABLESPACE regress_tblspace LOCATION '';

-- corpus: line 14 accepted
CREATE TABLESPACE regress_tblspacewith LOCATION '' WITH (some_nonexistent_parameter = true);

-- corpus: line 15 accepted
CREATE TABLESPACE regress_tblspacewith LOCATION '' WITH (random_page_cost = 3.0);

-- corpus: line 21 accepted
DROP TABLESPACE regress_tblspacewith;

-- corpus: line 29 accepted
ALTER TABLESPACE regress_tblspace SET (random_page_cost = 1.0, seq_page_cost = 1.1);

-- corpus: line 30 accepted
ALTER TABLESPACE regress_tblspace SET (some_nonexistent_parameter = true);

-- corpus: line 31 accepted
ALTER TABLESPACE regress_tblspace RESET (random_page_cost = 2.0);

-- corpus: line 32 accepted
ALTER TABLESPACE regress_tblspace RESET (random_page_cost, effective_io_concurrency);

-- corpus: line 37 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE pg_am;

-- corpus: line 38 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE CONCURRENTLY pg_am;

-- corpus: line 40 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE pg_authid;

-- corpus: line 41 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE CONCURRENTLY pg_authid;

-- corpus: line 43 accepted
REINDEX (TABLESPACE regress_tblspace) INDEX pg_toast.pg_toast_1260_index;

-- corpus: line 44 accepted
REINDEX (TABLESPACE regress_tblspace) INDEX CONCURRENTLY pg_toast.pg_toast_1260_index;

-- corpus: line 45 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE pg_toast.pg_toast_1260;

-- corpus: line 46 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE CONCURRENTLY pg_toast.pg_toast_1260;

-- corpus: line 48 accepted
REINDEX (TABLESPACE pg_global) TABLE pg_authid;

-- corpus: line 49 accepted
REINDEX (TABLESPACE pg_global) TABLE CONCURRENTLY pg_authid;

-- corpus: line 52 accepted
CREATE TABLE regress_tblspace_test_tbl (num1 bigint, num2 double precision, t text);

-- corpus: line 56 accepted
CREATE INDEX regress_tblspace_test_tbl_idx ON regress_tblspace_test_tbl (num1);

-- corpus: line 58 accepted
REINDEX (TABLESPACE pg_global) INDEX regress_tblspace_test_tbl_idx;

-- corpus: line 59 accepted
REINDEX (TABLESPACE pg_global) INDEX CONCURRENTLY regress_tblspace_test_tbl_idx;

-- corpus: line 63 accepted
REINDEX (TABLESPACE regress_tblspace) INDEX regress_tblspace_test_tbl_idx;

-- corpus: line 64 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE regress_tblspace_test_tbl;

-- corpus: line 82 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE regress_tblspace_test_tbl;

-- corpus: line 86 accepted
ALTER TABLE regress_tblspace_test_tbl SET TABLESPACE regress_tblspace;

-- corpus: line 87 accepted
ALTER TABLE regress_tblspace_test_tbl SET TABLESPACE pg_default;

-- corpus: line 92 accepted
ALTER INDEX regress_tblspace_test_tbl_idx SET TABLESPACE pg_default;

-- corpus: line 96 accepted
REINDEX (TABLESPACE regress_tblspace, CONCURRENTLY) TABLE regress_tblspace_test_tbl;

-- corpus: line 109 accepted
DROP TABLE regress_tblspace_test_tbl;

-- corpus: line 114 accepted
CREATE TABLE tbspace_reindex_part (c1 int, c2 int) PARTITION BY RANGE (c1);

-- corpus: line 115 accepted
CREATE TABLE tbspace_reindex_part_0 PARTITION OF tbspace_reindex_part
  FOR VALUES FROM (0) TO (10) PARTITION BY list (c2);

-- corpus: line 117 accepted
CREATE TABLE tbspace_reindex_part_0_1 PARTITION OF tbspace_reindex_part_0
  FOR VALUES IN (1);

-- corpus: line 119 accepted
CREATE TABLE tbspace_reindex_part_0_2 PARTITION OF tbspace_reindex_part_0
  FOR VALUES IN (2);

-- corpus: line 122 accepted
CREATE TABLE tbspace_reindex_part_10 PARTITION OF tbspace_reindex_part
   FOR VALUES FROM (10) TO (20) PARTITION BY list (c2);

-- corpus: line 125 accepted
CREATE INDEX tbspace_reindex_part_index ON ONLY tbspace_reindex_part (c1);

-- corpus: line 126 accepted
CREATE INDEX tbspace_reindex_part_index_0 ON ONLY tbspace_reindex_part_0 (c1);

-- corpus: line 127 accepted
ALTER INDEX tbspace_reindex_part_index ATTACH PARTITION tbspace_reindex_part_index_0;

-- corpus: line 129 accepted
CREATE INDEX tbspace_reindex_part_index_10 ON ONLY tbspace_reindex_part_10 (c1);

-- corpus: line 130 accepted
ALTER INDEX tbspace_reindex_part_index ATTACH PARTITION tbspace_reindex_part_index_10;

-- corpus: line 131 accepted
CREATE INDEX tbspace_reindex_part_index_0_1 ON ONLY tbspace_reindex_part_0_1 (c1);

-- corpus: line 132 accepted
ALTER INDEX tbspace_reindex_part_index_0 ATTACH PARTITION tbspace_reindex_part_index_0_1;

-- corpus: line 133 accepted
CREATE INDEX tbspace_reindex_part_index_0_2 ON ONLY tbspace_reindex_part_0_2 (c1);

-- corpus: line 134 accepted
ALTER INDEX tbspace_reindex_part_index_0 ATTACH PARTITION tbspace_reindex_part_index_0_2;

-- corpus: line 139 accepted
CREATE TEMP TABLE reindex_temp_before AS
  SELECT oid, relname, relfilenode, reltablespace
  FROM pg_class
    WHERE relname ~ 'tbspace_reindex_part_index';

-- corpus: line 143 accepted
REINDEX (TABLESPACE regress_tblspace, CONCURRENTLY) TABLE tbspace_reindex_part;

-- corpus: line 153 accepted
DROP TABLE tbspace_reindex_part;

-- corpus: line 156 accepted
CREATE SCHEMA testschema;

-- corpus: line 159 accepted
CREATE TABLE testschema.foo (i int) TABLESPACE regress_tblspace;

-- corpus: line 167 accepted
CREATE TABLE testschema.asselect TABLESPACE regress_tblspace AS SELECT 1;

-- corpus: line 172 accepted
CREATE TABLE testschema.asexecute TABLESPACE regress_tblspace
    AS EXECUTE selectsource(2);

-- corpus: line 178 accepted
CREATE INDEX foo_idx on testschema.foo(i) TABLESPACE regress_tblspace;

-- corpus: line 189 accepted
CREATE TABLE testschema.part (a int) PARTITION BY LIST (a);

-- corpus: line 191 accepted
CREATE TABLE testschema.part_1 PARTITION OF testschema.part FOR VALUES IN (1);

-- corpus: line 193 accepted
CREATE TABLE testschema.part_1 PARTITION OF testschema.part FOR VALUES IN (1);

-- corpus: line 195 accepted
CREATE TABLE testschema.part_2 PARTITION OF testschema.part FOR VALUES IN (2);

-- corpus: line 197 accepted
CREATE TABLE testschema.part_3 PARTITION OF testschema.part FOR VALUES IN (3);

-- corpus: line 198 accepted
ALTER TABLE testschema.part SET TABLESPACE regress_tblspace;

-- corpus: line 199 accepted
CREATE TABLE testschema.part_3 PARTITION OF testschema.part FOR VALUES IN (3);

-- corpus: line 200 accepted
CREATE TABLE testschema.part_4 PARTITION OF testschema.part FOR VALUES IN (4)
  TABLESPACE pg_default;

-- corpus: line 202 accepted
CREATE TABLE testschema.part_56 PARTITION OF testschema.part FOR VALUES IN (5, 6)
  PARTITION BY LIST (a);

-- corpus: line 204 accepted
ALTER TABLE testschema.part SET TABLESPACE pg_default;

-- corpus: line 205 accepted
CREATE TABLE testschema.part_78 PARTITION OF testschema.part FOR VALUES IN (7, 8)
  PARTITION BY LIST (a);

-- corpus: line 207 accepted
CREATE TABLE testschema.part_910 PARTITION OF testschema.part FOR VALUES IN (9, 10)
  PARTITION BY LIST (a) TABLESPACE regress_tblspace;

-- corpus: line 210 accepted
CREATE TABLE testschema.part_78 PARTITION OF testschema.part FOR VALUES IN (7, 8)
  PARTITION BY LIST (a);

-- corpus: line 218 accepted
DROP TABLE testschema.part;

-- corpus: line 221 accepted
CREATE TABLE testschema.part (a int) PARTITION BY LIST (a);

-- corpus: line 222 accepted
CREATE TABLE testschema.part1 PARTITION OF testschema.part FOR VALUES IN (1);

-- corpus: line 223 accepted
CREATE INDEX part_a_idx ON testschema.part (a) TABLESPACE regress_tblspace;

-- corpus: line 224 accepted
CREATE TABLE testschema.part2 PARTITION OF testschema.part FOR VALUES IN (2);

-- corpus: line 235 accepted
CREATE TABLE testschema.dflt (a int PRIMARY KEY) PARTITION BY LIST (a) TABLESPACE pg_default;

-- corpus: line 236 accepted
CREATE TABLE testschema.dflt (a int PRIMARY KEY USING INDEX TABLESPACE pg_default) PARTITION BY LIST (a);

-- corpus: line 238 accepted
CREATE TABLE testschema.dflt (a int PRIMARY KEY) PARTITION BY LIST (a) TABLESPACE regress_tblspace;

-- corpus: line 239 accepted
CREATE TABLE testschema.dflt (a int PRIMARY KEY USING INDEX TABLESPACE regress_tblspace) PARTITION BY LIST (a);

-- corpus: line 241 accepted
CREATE TABLE testschema.dflt (a int PRIMARY KEY USING INDEX TABLESPACE regress_tblspace) PARTITION BY LIST (a) TABLESPACE regress_tblspace;

-- corpus: line 243 accepted
CREATE TABLE testschema.dflt2 (a int PRIMARY KEY) PARTITION BY LIST (a);

-- corpus: line 244 accepted
DROP TABLE testschema.dflt, testschema.dflt2;

-- corpus: line 247 accepted
CREATE TABLE testschema.test_default_tab(id bigint) TABLESPACE regress_tblspace;

-- corpus: line 249 accepted
CREATE INDEX test_index1 on testschema.test_default_tab (id);

-- corpus: line 250 accepted
CREATE INDEX test_index2 on testschema.test_default_tab (id) TABLESPACE regress_tblspace;

-- corpus: line 251 accepted
ALTER TABLE testschema.test_default_tab ADD CONSTRAINT test_index3 PRIMARY KEY (id);

-- corpus: line 252 accepted
ALTER TABLE testschema.test_default_tab ADD CONSTRAINT test_index4 UNIQUE (id) USING INDEX TABLESPACE regress_tblspace;

-- corpus: line 261 accepted
ALTER TABLE testschema.test_default_tab ALTER id TYPE bigint;

-- corpus: line 268 accepted
ALTER TABLE testschema.test_default_tab ALTER id TYPE int;

-- corpus: line 277 accepted
ALTER TABLE testschema.test_default_tab ALTER id TYPE int;

-- corpus: line 283 accepted
ALTER TABLE testschema.test_default_tab ALTER id TYPE bigint;

-- corpus: line 288 accepted
DROP TABLE testschema.test_default_tab;

-- corpus: line 292 accepted
CREATE TABLE testschema.test_default_tab_p(id bigint, val bigint)
    PARTITION BY LIST (id) TABLESPACE regress_tblspace;

-- corpus: line 294 accepted
CREATE TABLE testschema.test_default_tab_p1 PARTITION OF testschema.test_default_tab_p
    FOR VALUES IN (1);

-- corpus: line 297 accepted
CREATE INDEX test_index1 on testschema.test_default_tab_p (val);

-- corpus: line 298 accepted
CREATE INDEX test_index2 on testschema.test_default_tab_p (val) TABLESPACE regress_tblspace;

-- corpus: line 299 accepted
ALTER TABLE testschema.test_default_tab_p ADD CONSTRAINT test_index3 PRIMARY KEY (id);

-- corpus: line 300 accepted
ALTER TABLE testschema.test_default_tab_p ADD CONSTRAINT test_index4 UNIQUE (id) USING INDEX TABLESPACE regress_tblspace;

-- corpus: line 309 accepted
ALTER TABLE testschema.test_default_tab_p ALTER val TYPE bigint;

-- corpus: line 316 accepted
ALTER TABLE testschema.test_default_tab_p ALTER val TYPE int;

-- corpus: line 325 accepted
ALTER TABLE testschema.test_default_tab_p ALTER val TYPE int;

-- corpus: line 331 accepted
ALTER TABLE testschema.test_default_tab_p ALTER val TYPE bigint;

-- corpus: line 336 accepted
DROP TABLE testschema.test_default_tab_p;

-- corpus: line 339 accepted
CREATE TABLE testschema.test_tab(id int) TABLESPACE regress_tblspace;

-- corpus: line 342 accepted
ALTER TABLE testschema.test_tab ADD CONSTRAINT test_tab_unique UNIQUE (id);

-- corpus: line 344 accepted
ALTER TABLE testschema.test_tab ADD CONSTRAINT test_tab_pkey PRIMARY KEY (id);

-- corpus: line 348 accepted
DROP TABLE testschema.test_tab;

-- corpus: line 352 accepted
CREATE TABLE testschema.test_tab(a int, b int, c int);

-- corpus: line 354 accepted
ALTER TABLE testschema.test_tab ADD CONSTRAINT test_tab_unique UNIQUE (a);

-- corpus: line 355 accepted
CREATE INDEX test_tab_a_idx ON testschema.test_tab (a);

-- corpus: line 357 accepted
CREATE INDEX test_tab_b_idx ON testschema.test_tab (b);

-- corpus: line 361 accepted
ALTER TABLE testschema.test_tab ALTER b TYPE bigint, ADD UNIQUE (c);

-- corpus: line 365 accepted
DROP TABLE testschema.test_tab;

-- corpus: line 368 accepted
CREATE TABLE testschema.atable AS VALUES (1), (2);

-- corpus: line 369 accepted
CREATE UNIQUE INDEX anindex ON testschema.atable(column1);

-- corpus: line 371 accepted
ALTER TABLE testschema.atable SET TABLESPACE regress_tblspace;

-- corpus: line 372 accepted
ALTER INDEX testschema.anindex SET TABLESPACE regress_tblspace;

-- corpus: line 373 accepted
ALTER INDEX testschema.part_a_idx SET TABLESPACE pg_global;

-- corpus: line 374 accepted
ALTER INDEX testschema.part_a_idx SET TABLESPACE pg_default;

-- corpus: line 375 accepted
ALTER INDEX testschema.part_a_idx SET TABLESPACE regress_tblspace;

-- corpus: line 382 accepted
CREATE MATERIALIZED VIEW testschema.amv AS SELECT * FROM testschema.atable;

-- corpus: line 383 accepted
ALTER MATERIALIZED VIEW testschema.amv SET TABLESPACE regress_tblspace;

-- corpus: line 388 accepted
CREATE TABLESPACE regress_badspace LOCATION '/no/such/location';

-- corpus: line 391 accepted
CREATE TABLE bar (i int) TABLESPACE regress_nosuchspace;

-- corpus: line 394 accepted
DROP TABLESPACE regress_tblspace;

-- corpus: line 395 accepted
ALTER INDEX testschema.part_a_idx SET TABLESPACE pg_default;

-- corpus: line 397 accepted
DROP TABLESPACE regress_tblspace;

-- corpus: line 399 accepted
CREATE ROLE regress_tablespace_user1 login;

-- corpus: line 400 accepted
CREATE ROLE regress_tablespace_user2 login;

-- corpus: line 401 accepted
GRANT USAGE ON SCHEMA testschema TO regress_tablespace_user2;

-- corpus: line 403 accepted
ALTER TABLESPACE regress_tblspace OWNER TO regress_tablespace_user1;

-- corpus: line 405 accepted
CREATE TABLE testschema.tablespace_acl (c int);

-- corpus: line 407 accepted
CREATE INDEX k ON testschema.tablespace_acl (c) TABLESPACE regress_tblspace;

-- corpus: line 408 accepted
ALTER TABLE testschema.tablespace_acl OWNER TO regress_tablespace_user2;

-- corpus: line 411 accepted
CREATE TABLE tablespace_table (i int) TABLESPACE regress_tblspace;

-- corpus: line 412 accepted
ALTER TABLE testschema.tablespace_acl ALTER c TYPE bigint;

-- corpus: line 413 accepted
REINDEX (TABLESPACE regress_tblspace) TABLE tablespace_table;

-- corpus: line 414 accepted
REINDEX (TABLESPACE regress_tblspace, CONCURRENTLY) TABLE tablespace_table;

-- corpus: line 417 accepted
ALTER TABLESPACE regress_tblspace RENAME TO regress_tblspace_renamed;

-- corpus: line 419 accepted
ALTER TABLE ALL IN TABLESPACE regress_tblspace_renamed SET TABLESPACE pg_default;

-- corpus: line 420 accepted
ALTER INDEX ALL IN TABLESPACE regress_tblspace_renamed SET TABLESPACE pg_default;

-- corpus: line 421 accepted
ALTER MATERIALIZED VIEW ALL IN TABLESPACE regress_tblspace_renamed SET TABLESPACE pg_default;

-- corpus: line 424 accepted
ALTER TABLE ALL IN TABLESPACE regress_tblspace_renamed SET TABLESPACE pg_default;

-- corpus: line 425 accepted
ALTER MATERIALIZED VIEW ALL IN TABLESPACE regress_tblspace_renamed SET TABLESPACE pg_default;

-- corpus: line 428 accepted
DROP TABLESPACE regress_tblspace_renamed;

-- corpus: line 430 accepted
DROP SCHEMA testschema CASCADE;

-- corpus: line 432 accepted
DROP ROLE regress_tablespace_user1;

-- corpus: line 433 accepted
DROP ROLE regress_tablespace_user2;
