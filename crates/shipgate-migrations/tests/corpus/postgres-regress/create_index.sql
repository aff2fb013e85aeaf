-- corpus: line 12 accepted
CREATE INDEX onek_unique1 ON onek USING btree(unique1 int4_ops);

-- corpus: line 14 accepted
CREATE INDEX IF NOT EXISTS onek_unique1 ON onek USING btree(unique1 int4_ops);

-- corpus: line 16 rejected 42601 syntax error at or near "ON"
CREATE INDEX IF NOT EXISTS ON onek USING btree(unique1 int4_ops);

-- corpus: line 18 accepted
CREATE INDEX onek_unique2 ON onek USING btree(unique2 int4_ops);

-- corpus: line 20 accepted
CREATE INDEX onek_hundred ON onek USING btree(hundred int4_ops);

-- corpus: line 22 accepted
CREATE INDEX onek_stringu1 ON onek USING btree(stringu1 name_ops);

-- corpus: line 24 accepted
CREATE INDEX tenk1_unique1 ON tenk1 USING btree(unique1 int4_ops);

-- corpus: line 26 accepted
CREATE INDEX tenk1_unique2 ON tenk1 USING btree(unique2 int4_ops);

-- corpus: line 28 accepted
CREATE INDEX tenk1_hundred ON tenk1 USING btree(hundred int4_ops);

-- corpus: line 30 accepted
CREATE INDEX tenk1_thous_tenthous ON tenk1 (thousand, tenthous);

-- corpus: line 32 accepted
CREATE INDEX tenk2_unique1 ON tenk2 USING btree(unique1 int4_ops);

-- corpus: line 34 accepted
CREATE INDEX tenk2_unique2 ON tenk2 USING btree(unique2 int4_ops);

-- corpus: line 36 accepted
CREATE INDEX tenk2_hundred ON tenk2 USING btree(hundred int4_ops);

-- corpus: line 38 accepted
CREATE INDEX rix ON road USING btree (name text_ops);

-- corpus: line 40 accepted
CREATE INDEX iix ON ihighway USING btree (name text_ops);

-- corpus: line 42 accepted
CREATE INDEX six ON shighway USING btree (name text_ops);

-- corpus: line 45 accepted
COMMENT ON INDEX six_wrong IS 'bad index';

-- corpus: line 46 accepted
COMMENT ON INDEX six IS 'good index';

-- corpus: line 47 accepted
COMMENT ON INDEX six IS NULL;

-- corpus: line 52 accepted
CREATE INDEX onek2_u1_prtl ON onek2 USING btree(unique1 int4_ops)
	where unique1 < 20 or unique1 > 980;

-- corpus: line 55 accepted
CREATE INDEX onek2_u2_prtl ON onek2 USING btree(unique2 int4_ops)
	where stringu1 < 'B';

-- corpus: line 58 accepted
CREATE INDEX onek2_stu1_prtl ON onek2 USING btree(stringu1 name_ops)
	where onek2.stringu1 >= 'J' and onek2.stringu1 < 'K';

-- corpus: line 65 accepted
CREATE TABLE slow_emp4000 (
	home_base	 box
);

-- corpus: line 69 accepted
CREATE TABLE fast_emp4000 (
	home_base	 box
);

-- corpus: line 81 accepted
CREATE INDEX grect2ind ON fast_emp4000 USING gist (home_base);

-- corpus: line 84 accepted
CREATE TEMP TABLE point_tbl AS SELECT * FROM public.point_tbl;

-- corpus: line 87 accepted
CREATE INDEX gpointind ON point_tbl USING gist (f1);

-- corpus: line 89 accepted
CREATE TEMP TABLE gpolygon_tbl AS
    SELECT polygon(home_base) AS f1 FROM slow_emp4000;

-- corpus: line 94 accepted
CREATE TEMP TABLE gcircle_tbl AS
    SELECT circle(home_base) AS f1 FROM slow_emp4000;

-- corpus: line 97 accepted
CREATE INDEX ggpolygonind ON gpolygon_tbl USING gist (f1);

-- corpus: line 99 accepted
CREATE INDEX ggcircleind ON gcircle_tbl USING gist (f1);

-- corpus: line 265 accepted
CREATE TABLE array_index_op_test (
	seqno		int4,
	i			int4[],
	t			text[]
);

-- corpus: line 284 accepted
CREATE INDEX intarrayidx ON array_index_op_test USING gin (i);

-- corpus: line 302 accepted
CREATE INDEX textarrayidx ON array_index_op_test USING gin (t);

-- corpus: line 322 accepted
DROP INDEX intarrayidx, textarrayidx;

-- corpus: line 324 accepted
CREATE INDEX botharrayidx ON array_index_op_test USING gin (i, t);

-- corpus: line 342 accepted
CREATE TABLE array_gin_test (a int[]);

-- corpus: line 346 accepted
CREATE INDEX array_gin_test_idx ON array_gin_test USING gin (a);

-- corpus: line 350 accepted
DROP TABLE array_gin_test;

-- corpus: line 355 accepted
CREATE INDEX gin_relopts_test ON array_index_op_test USING gin (i)
  WITH (FASTUPDATE=on, GIN_PENDING_LIST_LIMIT=128);

-- corpus: line 362 accepted
CREATE UNLOGGED TABLE unlogged_hash_table (id int4);

-- corpus: line 363 accepted
CREATE INDEX unlogged_hash_index ON unlogged_hash_table USING hash (id int4_ops);

-- corpus: line 364 accepted
DROP TABLE unlogged_hash_table;

-- corpus: line 371 accepted
CREATE INDEX hash_tuplesort_idx ON tenk1 USING hash (stringu1 name_ops) WITH (fillfactor = 10);

-- corpus: line 375 accepted
DROP INDEX hash_tuplesort_idx;

-- corpus: line 382 accepted
CREATE TABLE unique_tbl (i int, t text);

-- corpus: line 384 accepted
CREATE UNIQUE INDEX unique_idx1 ON unique_tbl (i) NULLS DISTINCT;

-- corpus: line 385 accepted
CREATE UNIQUE INDEX unique_idx2 ON unique_tbl (i) NULLS NOT DISTINCT;

-- corpus: line 395 accepted
DROP INDEX unique_idx1, unique_idx2;

-- corpus: line 400 accepted
CREATE UNIQUE INDEX unique_idx3 ON unique_tbl (i) NULLS DISTINCT;

-- corpus: line 401 accepted
CREATE UNIQUE INDEX unique_idx4 ON unique_tbl (i) NULLS NOT DISTINCT;

-- corpus: line 405 accepted
CREATE UNIQUE INDEX unique_idx4 ON unique_tbl (i) NULLS NOT DISTINCT;

-- corpus: line 413 accepted
DROP TABLE unique_tbl;

-- corpus: line 419 accepted
CREATE TABLE func_index_heap (f1 text, f2 text);

-- corpus: line 420 accepted
CREATE UNIQUE INDEX func_index_index on func_index_heap (textcat(f1,f2));

-- corpus: line 438 accepted
DROP TABLE func_index_heap;

-- corpus: line 439 accepted
CREATE TABLE func_index_heap (f1 text, f2 text);

-- corpus: line 440 accepted
CREATE UNIQUE INDEX func_index_index on func_index_heap ((f1 || f2) text_ops);

-- corpus: line 455 accepted
create index on func_index_heap ((f1 || f2), (row(f1, f2)));

-- corpus: line 461 accepted
CREATE TABLE covering_index_heap (f1 int, f2 int, f3 text);

-- corpus: line 462 accepted
CREATE UNIQUE INDEX covering_index_index on covering_index_heap (f1,f2) INCLUDE(f3);

-- corpus: line 471 accepted
CREATE UNIQUE INDEX covering_pkey on covering_index_heap (f1,f2) INCLUDE(f3);

-- corpus: line 473 accepted
ALTER TABLE covering_index_heap ADD CONSTRAINT covering_pkey PRIMARY KEY USING INDEX
covering_pkey;

-- corpus: line 475 accepted
DROP TABLE covering_index_heap;

-- corpus: line 483 accepted
CREATE TABLE concur_heap (f1 text, f2 text);

-- corpus: line 485 accepted
CREATE INDEX CONCURRENTLY concur_index1 ON concur_heap(f2,f1);

-- corpus: line 486 accepted
CREATE INDEX CONCURRENTLY IF NOT EXISTS concur_index1 ON concur_heap(f2,f1);

-- corpus: line 490 accepted
CREATE UNIQUE INDEX CONCURRENTLY concur_index2 ON concur_heap(f1);

-- corpus: line 491 accepted
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS concur_index2 ON concur_heap(f1);

-- corpus: line 495 accepted
CREATE UNIQUE INDEX CONCURRENTLY concur_index3 ON concur_heap(f2);

-- corpus: line 497 accepted
CREATE INDEX CONCURRENTLY concur_index4 on concur_heap(f2) WHERE f1='a';

-- corpus: line 498 accepted
CREATE INDEX CONCURRENTLY concur_index5 on concur_heap(f2) WHERE f1='x';

-- corpus: line 500 accepted
CREATE INDEX CONCURRENTLY on concur_heap((f2||f1));

-- corpus: line 503 accepted
CREATE INDEX CONCURRENTLY concur_index7 ON concur_heap(f1);

-- corpus: line 507 accepted
CREATE FUNCTION predicate_stable() RETURNS bool IMMUTABLE
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'SELECT txid_current()';
  RETURN true;
END; $$;

-- corpus: line 513 accepted
CREATE INDEX CONCURRENTLY concur_index8 ON concur_heap (f1)
  WHERE predicate_stable();

-- corpus: line 515 accepted
DROP INDEX concur_index8;

-- corpus: line 516 accepted
DROP FUNCTION predicate_stable();

-- corpus: line 520 accepted
CREATE INDEX std_index on concur_heap(f2);

-- corpus: line 524 accepted
VACUUM FULL concur_heap;

-- corpus: line 525 accepted
REINDEX TABLE concur_heap;

-- corpus: line 527 accepted
VACUUM FULL concur_heap;

-- corpus: line 529 accepted
REINDEX TABLE concur_heap;

-- corpus: line 535 accepted
CREATE TEMP TABLE concur_temp (f1 int, f2 text)
  ON COMMIT PRESERVE ROWS;

-- corpus: line 538 accepted
CREATE INDEX CONCURRENTLY concur_temp_ind ON concur_temp(f1);

-- corpus: line 539 accepted
DROP INDEX CONCURRENTLY concur_temp_ind;

-- corpus: line 540 accepted
DROP TABLE concur_temp;

-- corpus: line 543 accepted
CREATE TEMP TABLE concur_temp (f1 int, f2 text)
  ON COMMIT DROP;

-- corpus: line 547 accepted
CREATE INDEX CONCURRENTLY concur_temp_ind ON concur_temp(f1);

-- corpus: line 550 accepted
CREATE TEMP TABLE concur_temp (f1 int, f2 text)
  ON COMMIT DELETE ROWS;

-- corpus: line 553 accepted
CREATE INDEX CONCURRENTLY concur_temp_ind ON concur_temp(f1);

-- corpus: line 554 accepted
DROP INDEX CONCURRENTLY concur_temp_ind;

-- corpus: line 555 accepted
DROP TABLE concur_temp;

-- corpus: line 560 accepted
DROP INDEX CONCURRENTLY "concur_index2";

-- corpus: line 561 accepted
DROP INDEX CONCURRENTLY IF EXISTS "concur_index2";

-- corpus: line 564 accepted
DROP INDEX CONCURRENTLY "concur_index2", "concur_index3";

-- corpus: line 566 accepted
DROP INDEX CONCURRENTLY "concur_index5";

-- corpus: line 570 accepted
DROP INDEX CONCURRENTLY IF EXISTS "concur_index3";

-- corpus: line 571 accepted
DROP INDEX CONCURRENTLY "concur_index4";

-- corpus: line 572 accepted
DROP INDEX CONCURRENTLY "concur_index5";

-- corpus: line 573 accepted
DROP INDEX CONCURRENTLY "concur_index1";

-- corpus: line 574 accepted
DROP INDEX CONCURRENTLY "concur_heap_expr_idx";

-- corpus: line 578 accepted
DROP TABLE concur_heap;

-- corpus: line 584 accepted
CREATE TABLE cwi_test( a int , b varchar(10), c char);

-- corpus: line 590 accepted
CREATE UNIQUE INDEX cwi_uniq_idx ON cwi_test(a , b);

-- corpus: line 591 accepted
ALTER TABLE cwi_test ADD primary key USING INDEX cwi_uniq_idx;

-- corpus: line 596 accepted
CREATE UNIQUE INDEX cwi_uniq2_idx ON cwi_test(b , a);

-- corpus: line 597 accepted
ALTER TABLE cwi_test DROP CONSTRAINT cwi_uniq_idx,
	ADD CONSTRAINT cwi_replaced_pkey PRIMARY KEY
		USING INDEX cwi_uniq2_idx;

-- corpus: line 604 accepted
DROP INDEX cwi_replaced_pkey;

-- corpus: line 607 accepted
CREATE UNIQUE INDEX cwi_uniq3_idx ON cwi_test(a desc);

-- corpus: line 608 accepted
ALTER TABLE cwi_test ADD UNIQUE USING INDEX cwi_uniq3_idx;

-- corpus: line 609 accepted
CREATE UNIQUE INDEX cwi_uniq4_idx ON cwi_test(b collate "POSIX");

-- corpus: line 610 accepted
ALTER TABLE cwi_test ADD UNIQUE USING INDEX cwi_uniq4_idx;

-- corpus: line 612 accepted
DROP TABLE cwi_test;

-- corpus: line 615 accepted
CREATE TABLE cwi_test(a int) PARTITION BY hash (a);

-- corpus: line 616 accepted
create unique index on cwi_test (a);

-- corpus: line 617 accepted
alter table cwi_test add primary key using index cwi_test_a_idx ;

-- corpus: line 618 accepted
DROP TABLE cwi_test;

-- corpus: line 621 accepted
CREATE TABLE cwi_test(a int, b int);

-- corpus: line 622 accepted
CREATE UNIQUE INDEX cwi_a_nnd ON cwi_test (a) NULLS NOT DISTINCT;

-- corpus: line 623 accepted
ALTER TABLE cwi_test ADD PRIMARY KEY USING INDEX cwi_a_nnd;

-- corpus: line 624 accepted
DROP TABLE cwi_test;

-- corpus: line 629 accepted
CREATE TABLE syscol_table (a INT);

-- corpus: line 632 accepted
CREATE INDEX ON syscolcol_table (ctid);

-- corpus: line 635 accepted
CREATE INDEX ON syscol_table ((ctid >= '(1000,0)'));

-- corpus: line 638 accepted
CREATE INDEX ON syscol_table (a) WHERE ctid >= '(1000,0)';

-- corpus: line 640 accepted
DROP TABLE syscol_table;

-- corpus: line 646 accepted
CREATE TABLE onek_with_null AS SELECT unique1, unique2 FROM onek;

-- corpus: line 648 accepted
CREATE UNIQUE INDEX onek_nulltest ON onek_with_null (unique2,unique1);

-- corpus: line 661 accepted
DROP INDEX onek_nulltest;

-- corpus: line 663 accepted
CREATE UNIQUE INDEX onek_nulltest ON onek_with_null (unique2 desc,unique1);

-- corpus: line 672 accepted
DROP INDEX onek_nulltest;

-- corpus: line 674 accepted
CREATE UNIQUE INDEX onek_nulltest ON onek_with_null (unique2 desc nulls last,unique1);

-- corpus: line 683 accepted
DROP INDEX onek_nulltest;

-- corpus: line 685 accepted
CREATE UNIQUE INDEX onek_nulltest ON onek_with_null (unique2  nulls first,unique1);

-- corpus: line 694 accepted
DROP INDEX onek_nulltest;

-- corpus: line 698 accepted
CREATE UNIQUE INDEX onek_nulltest ON onek_with_null (unique2);

-- corpus: line 722 accepted
DROP TABLE onek_with_null;

-- corpus: line 744 accepted
CREATE TABLE dupindexcols AS
  SELECT unique1 as id, stringu2::text as f1 FROM tenk1;

-- corpus: line 746 accepted
CREATE INDEX dupindexcols_i ON dupindexcols (f1, id, f1 text_pattern_ops);

-- corpus: line 801 accepted
create temp table boolindex (b bool, i int, unique(b, i), junk float);

-- corpus: line 819 accepted
CREATE TABLE reindex_verbose(id integer primary key);

-- corpus: line 821 accepted
REINDEX (VERBOSE) TABLE reindex_verbose;

-- corpus: line 823 accepted
DROP TABLE reindex_verbose;

-- corpus: line 828 accepted
CREATE TABLE concur_reindex_tab (c1 int);

-- corpus: line 830 accepted
REINDEX TABLE concur_reindex_tab;

-- corpus: line 831 accepted
REINDEX (CONCURRENTLY) TABLE concur_reindex_tab;

-- corpus: line 832 accepted
ALTER TABLE concur_reindex_tab ADD COLUMN c2 text;

-- corpus: line 834 accepted
CREATE UNIQUE INDEX concur_reindex_ind1 ON concur_reindex_tab(c1);

-- corpus: line 836 accepted
CREATE INDEX concur_reindex_ind2 ON concur_reindex_tab(c2);

-- corpus: line 838 accepted
CREATE UNIQUE INDEX concur_reindex_ind3 ON concur_reindex_tab(abs(c1));

-- corpus: line 840 accepted
CREATE INDEX concur_reindex_ind4 ON concur_reindex_tab(c1, c1, c2);

-- corpus: line 842 accepted
ALTER TABLE concur_reindex_tab ADD PRIMARY KEY USING INDEX concur_reindex_ind1;

-- corpus: line 843 accepted
CREATE TABLE concur_reindex_tab2 (c1 int REFERENCES concur_reindex_tab);

-- corpus: line 847 accepted
CREATE TABLE concur_reindex_tab3 (c1 int, c2 int4range, EXCLUDE USING gist (c2 WITH &&));

-- corpus: line 849 accepted
REINDEX INDEX CONCURRENTLY  concur_reindex_tab3_c2_excl;

-- corpus: line 850 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_tab3;

-- corpus: line 853 accepted
CREATE MATERIALIZED VIEW concur_reindex_matview AS SELECT * FROM concur_reindex_tab;

-- corpus: line 868 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_ind1;

-- corpus: line 869 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_tab;

-- corpus: line 870 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_matview;

-- corpus: line 884 accepted
CREATE TABLE testcomment (i int);

-- corpus: line 885 accepted
CREATE INDEX testcomment_idx1 ON testcomment (i);

-- corpus: line 886 accepted
COMMENT ON INDEX testcomment_idx1 IS 'test comment';

-- corpus: line 888 accepted
REINDEX TABLE testcomment;

-- corpus: line 890 accepted
REINDEX TABLE CONCURRENTLY testcomment ;

-- corpus: line 892 accepted
DROP TABLE testcomment;

-- corpus: line 894 accepted
CREATE TABLE concur_clustered(i int);

-- corpus: line 895 accepted
CREATE INDEX concur_clustered_i_idx ON concur_clustered(i);

-- corpus: line 896 accepted
ALTER TABLE concur_clustered CLUSTER ON concur_clustered_i_idx;

-- corpus: line 897 accepted
REINDEX TABLE CONCURRENTLY concur_clustered;

-- corpus: line 900 accepted
DROP TABLE concur_clustered;

-- corpus: line 902 accepted
CREATE TABLE concur_replident(i int NOT NULL);

-- corpus: line 903 accepted
CREATE UNIQUE INDEX concur_replident_i_idx ON concur_replident(i);

-- corpus: line 904 accepted
ALTER TABLE concur_replident REPLICA IDENTITY
  USING INDEX concur_replident_i_idx;

-- corpus: line 908 accepted
REINDEX TABLE CONCURRENTLY concur_replident;

-- corpus: line 911 accepted
DROP TABLE concur_replident;

-- corpus: line 913 accepted
CREATE TABLE concur_appclass_tab(i tsvector, j tsvector, k tsvector);

-- corpus: line 914 accepted
CREATE INDEX concur_appclass_ind on concur_appclass_tab
  USING gist (i tsvector_ops (siglen='1000'), j tsvector_ops (siglen='500'));

-- corpus: line 916 accepted
CREATE INDEX concur_appclass_ind_2 on concur_appclass_tab
  USING gist (k tsvector_ops (siglen='300'), j tsvector_ops);

-- corpus: line 918 accepted
REINDEX TABLE CONCURRENTLY concur_appclass_tab;

-- corpus: line 920 accepted
DROP TABLE concur_appclass_tab;

-- corpus: line 924 accepted
CREATE TABLE concur_reindex_part (c1 int, c2 int) PARTITION BY RANGE (c1);

-- corpus: line 925 accepted
CREATE TABLE concur_reindex_part_0 PARTITION OF concur_reindex_part
  FOR VALUES FROM (0) TO (10) PARTITION BY list (c2);

-- corpus: line 927 accepted
CREATE TABLE concur_reindex_part_0_1 PARTITION OF concur_reindex_part_0
  FOR VALUES IN (1);

-- corpus: line 929 accepted
CREATE TABLE concur_reindex_part_0_2 PARTITION OF concur_reindex_part_0
  FOR VALUES IN (2);

-- corpus: line 932 accepted
CREATE TABLE concur_reindex_part_10 PARTITION OF concur_reindex_part
  FOR VALUES FROM (10) TO (20) PARTITION BY list (c2);

-- corpus: line 935 accepted
CREATE INDEX concur_reindex_part_index ON ONLY concur_reindex_part (c1);

-- corpus: line 936 accepted
CREATE INDEX concur_reindex_part_index_0 ON ONLY concur_reindex_part_0 (c1);

-- corpus: line 937 accepted
ALTER INDEX concur_reindex_part_index ATTACH PARTITION concur_reindex_part_index_0;

-- corpus: line 939 accepted
CREATE INDEX concur_reindex_part_index_10 ON ONLY concur_reindex_part_10 (c1);

-- corpus: line 940 accepted
ALTER INDEX concur_reindex_part_index ATTACH PARTITION concur_reindex_part_index_10;

-- corpus: line 941 accepted
CREATE INDEX concur_reindex_part_index_0_1 ON ONLY concur_reindex_part_0_1 (c1);

-- corpus: line 942 accepted
ALTER INDEX concur_reindex_part_index_0 ATTACH PARTITION concur_reindex_part_index_0_1;

-- corpus: line 943 accepted
CREATE INDEX concur_reindex_part_index_0_2 ON ONLY concur_reindex_part_0_2 (c1);

-- corpus: line 944 accepted
ALTER INDEX concur_reindex_part_index_0 ATTACH PARTITION concur_reindex_part_index_0_2;

-- corpus: line 964 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_part_index_0_1;

-- corpus: line 965 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_part_index_0_2;

-- corpus: line 968 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_part_0_1;

-- corpus: line 969 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_part_0_2;

-- corpus: line 990 accepted
REINDEX TABLE concur_reindex_part_index;

-- corpus: line 991 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_part_index;

-- corpus: line 993 accepted
REINDEX TABLE concur_reindex_part_index_10;

-- corpus: line 994 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_part_index_10;

-- corpus: line 997 accepted
REINDEX INDEX concur_reindex_part_index;

-- corpus: line 1001 accepted
CREATE OR REPLACE FUNCTION create_relfilenode_part(relname text, indname text)
  RETURNS VOID AS
  $func$
  BEGIN
  EXECUTE format('
    CREATE TABLE %I AS
      SELECT oid, relname, relfilenode, relkind, reltoastrelid
      FROM pg_class
      WHERE oid IN
         (SELECT relid FROM pg_partition_tree(''%I''));',
	 relname, indname);
  END
  $func$ LANGUAGE plpgsql;

-- corpus: line 1014 accepted
CREATE OR REPLACE FUNCTION compare_relfilenode_part(tabname text)
  RETURNS TABLE (relname name, relkind "char", state text) AS
  $func$
  BEGIN
    RETURN QUERY EXECUTE
      format(
        'SELECT  b.relname,
                 b.relkind,
                 CASE WHEN a.relfilenode = b.relfilenode THEN ''relfilenode is unchanged''
                 ELSE ''relfilenode has changed'' END
           -- Do not join with OID here as CONCURRENTLY changes it.
           FROM %I b JOIN pg_class a ON b.relname = a.relname
           ORDER BY 1;', tabname);
  END
  $func$ LANGUAGE plpgsql;

-- corpus: line 1031 accepted
REINDEX INDEX concur_reindex_part_index;

-- corpus: line 1033 accepted
DROP TABLE reindex_index_status;

-- corpus: line 1036 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_part_index;

-- corpus: line 1038 accepted
DROP TABLE reindex_index_status;

-- corpus: line 1043 accepted
REINDEX INDEX concur_reindex_part;

-- corpus: line 1044 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_part;

-- corpus: line 1046 accepted
REINDEX INDEX concur_reindex_part_10;

-- corpus: line 1047 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_part_10;

-- corpus: line 1050 accepted
REINDEX TABLE concur_reindex_part;

-- corpus: line 1055 accepted
REINDEX TABLE concur_reindex_part;

-- corpus: line 1057 accepted
DROP TABLE reindex_index_status;

-- corpus: line 1060 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_part;

-- corpus: line 1062 accepted
DROP TABLE reindex_index_status;

-- corpus: line 1064 accepted
DROP FUNCTION create_relfilenode_part;

-- corpus: line 1065 accepted
DROP FUNCTION compare_relfilenode_part;

-- corpus: line 1068 accepted
DROP TABLE concur_reindex_part;

-- corpus: line 1073 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_tab;

-- corpus: line 1075 accepted
REINDEX TABLE CONCURRENTLY pg_class;

-- corpus: line 1076 accepted
REINDEX INDEX CONCURRENTLY pg_class_oid_index;

-- corpus: line 1078 accepted
REINDEX TABLE CONCURRENTLY pg_toast.pg_toast_1260;

-- corpus: line 1079 accepted
REINDEX INDEX CONCURRENTLY pg_toast.pg_toast_1260_index;

-- corpus: line 1080 accepted
REINDEX SYSTEM CONCURRENTLY postgres;

-- corpus: line 1081 accepted
REINDEX (CONCURRENTLY) SYSTEM postgres;

-- corpus: line 1082 rejected 42601 syntax error at or near ";"
REINDEX (CONCURRENTLY) SYSTEM;

-- corpus: line 1084 accepted
REINDEX SCHEMA CONCURRENTLY pg_catalog;

-- corpus: line 1086 accepted
REINDEX DATABASE not_current_database;

-- corpus: line 1090 accepted
DROP MATERIALIZED VIEW concur_reindex_matview;

-- corpus: line 1091 accepted
DROP TABLE concur_reindex_tab, concur_reindex_tab2, concur_reindex_tab3;

-- corpus: line 1094 accepted
CREATE TABLE concur_reindex_tab4 (c1 int);

-- corpus: line 1097 accepted
CREATE UNIQUE INDEX CONCURRENTLY concur_reindex_ind5 ON concur_reindex_tab4 (c1);

-- corpus: line 1100 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_ind5;

-- corpus: line 1102 accepted
DROP INDEX concur_reindex_ind5_ccnew;

-- corpus: line 1106 accepted
REINDEX TABLE CONCURRENTLY concur_reindex_tab4;

-- corpus: line 1109 accepted
REINDEX INDEX CONCURRENTLY concur_reindex_ind5;

-- corpus: line 1111 accepted
DROP TABLE concur_reindex_tab4;

-- corpus: line 1116 accepted
CREATE TABLE concur_exprs_tab (c1 int , c2 boolean);

-- corpus: line 1120 accepted
CREATE UNIQUE INDEX concur_exprs_index_expr
  ON concur_exprs_tab ((c1::text COLLATE "C"));

-- corpus: line 1122 accepted
CREATE UNIQUE INDEX concur_exprs_index_pred ON concur_exprs_tab (c1)
  WHERE (c1::text > 500000000::text COLLATE "C");

-- corpus: line 1124 accepted
CREATE UNIQUE INDEX concur_exprs_index_pred_2
  ON concur_exprs_tab ((1 / c1))
  WHERE ('-H') >= (c2::TEXT) COLLATE "C";

-- corpus: line 1127 accepted
ALTER INDEX concur_exprs_index_expr ALTER COLUMN 1 SET STATISTICS 100;

-- corpus: line 1137 accepted
REINDEX TABLE CONCURRENTLY concur_exprs_tab;

-- corpus: line 1142 accepted
ALTER TABLE concur_exprs_tab ALTER c2 TYPE TEXT;

-- corpus: line 1159 accepted
DROP TABLE concur_exprs_tab;

-- corpus: line 1163 accepted
CREATE TEMP TABLE concur_temp_tab_1 (c1 int, c2 text)
  ON COMMIT PRESERVE ROWS;

-- corpus: line 1166 accepted
CREATE INDEX concur_temp_ind_1 ON concur_temp_tab_1(c2);

-- corpus: line 1167 accepted
REINDEX TABLE CONCURRENTLY concur_temp_tab_1;

-- corpus: line 1168 accepted
REINDEX INDEX CONCURRENTLY concur_temp_ind_1;

-- corpus: line 1171 accepted
REINDEX INDEX CONCURRENTLY concur_temp_ind_1;

-- corpus: line 1174 accepted
CREATE TEMP TABLE concur_temp_tab_2 (c1 int, c2 text)
  ON COMMIT DELETE ROWS;

-- corpus: line 1176 accepted
CREATE INDEX concur_temp_ind_2 ON concur_temp_tab_2(c2);

-- corpus: line 1177 accepted
REINDEX TABLE CONCURRENTLY concur_temp_tab_2;

-- corpus: line 1178 accepted
REINDEX INDEX CONCURRENTLY concur_temp_ind_2;

-- corpus: line 1181 accepted
CREATE TEMP TABLE concur_temp_tab_3 (c1 int, c2 text)
  ON COMMIT PRESERVE ROWS;

-- corpus: line 1184 accepted
CREATE INDEX concur_temp_ind_3 ON concur_temp_tab_3(c2);

-- corpus: line 1186 accepted
REINDEX INDEX CONCURRENTLY concur_temp_ind_3;

-- corpus: line 1189 accepted
CREATE TABLE reindex_temp_before AS
SELECT oid, relname, relfilenode, relkind, reltoastrelid
  FROM pg_class
  WHERE relname IN ('concur_temp_ind_1', 'concur_temp_ind_2');

-- corpus: line 1201 accepted
DROP TABLE concur_temp_tab_1, concur_temp_tab_2, reindex_temp_before;

-- corpus: line 1206 accepted
REINDEX SCHEMA schema_to_reindex;

-- corpus: line 1207 accepted
CREATE SCHEMA schema_to_reindex;

-- corpus: line 1209 accepted
CREATE TABLE table1(col1 SERIAL PRIMARY KEY);

-- corpus: line 1211 accepted
CREATE TABLE table2(col1 SERIAL PRIMARY KEY, col2 TEXT NOT NULL);

-- corpus: line 1213 accepted
CREATE INDEX ON table2(col2);

-- corpus: line 1214 accepted
CREATE MATERIALIZED VIEW matview AS SELECT col1 FROM table2;

-- corpus: line 1215 accepted
CREATE INDEX ON matview(col1);

-- corpus: line 1216 accepted
CREATE VIEW view AS SELECT col2 FROM table2;

-- corpus: line 1217 accepted
CREATE TABLE reindex_before AS
SELECT oid, relname, relfilenode, relkind, reltoastrelid
	FROM pg_class
	where relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = 'schema_to_reindex');

-- corpus: line 1230 accepted
REINDEX SCHEMA schema_to_reindex;

-- corpus: line 1231 accepted
CREATE TABLE reindex_after AS SELECT oid, relname, relfilenode, relkind
	FROM pg_class
	where relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = 'schema_to_reindex');

-- corpus: line 1240 accepted
REINDEX SCHEMA schema_to_reindex;

-- corpus: line 1242 accepted
REINDEX SCHEMA schema_to_reindex;

-- corpus: line 1246 accepted
REINDEX SCHEMA CONCURRENTLY schema_to_reindex;

-- corpus: line 1249 accepted
CREATE ROLE regress_reindexuser NOLOGIN;

-- corpus: line 1251 accepted
REINDEX SCHEMA schema_to_reindex;

-- corpus: line 1254 accepted
GRANT USAGE ON SCHEMA pg_toast TO regress_reindexuser;

-- corpus: line 1256 accepted
REINDEX TABLE pg_toast.pg_toast_1260;

-- corpus: line 1257 accepted
REINDEX INDEX pg_toast.pg_toast_1260_index;

-- corpus: line 1261 accepted
REVOKE USAGE ON SCHEMA pg_toast FROM regress_reindexuser;

-- corpus: line 1262 accepted
DROP ROLE regress_reindexuser;

-- corpus: line 1263 accepted
DROP SCHEMA schema_to_reindex CASCADE;
