-- corpus: line 5 accepted
CREATE TABLE clstr_tst_s (rf_a SERIAL PRIMARY KEY,
	b INT);

-- corpus: line 8 accepted
CREATE TABLE clstr_tst (a SERIAL PRIMARY KEY,
	b INT,
	c TEXT,
	d TEXT,
	CONSTRAINT clstr_tst_con FOREIGN KEY (b) REFERENCES clstr_tst_s);

-- corpus: line 14 accepted
CREATE INDEX clstr_tst_b ON clstr_tst (b);

-- corpus: line 15 accepted
CREATE INDEX clstr_tst_c ON clstr_tst (c);

-- corpus: line 16 accepted
CREATE INDEX clstr_tst_c_b ON clstr_tst (c,b);

-- corpus: line 17 accepted
CREATE INDEX clstr_tst_b_c ON clstr_tst (b,c);

-- corpus: line 26 accepted
CREATE TABLE clstr_tst_inh () INHERITS (clstr_tst);

-- corpus: line 62 accepted
CLUSTER clstr_tst_c ON clstr_tst;

-- corpus: line 92 accepted
ALTER TABLE clstr_tst CLUSTER ON clstr_tst_b_c;

-- corpus: line 100 accepted
ALTER TABLE clstr_tst SET WITHOUT CLUSTER;

-- corpus: line 108 accepted
CLUSTER pg_toast.pg_toast_826 USING pg_toast_826_index;

-- corpus: line 111 accepted
CREATE USER regress_clstr_user;

-- corpus: line 112 accepted
CREATE TABLE clstr_1 (a INT PRIMARY KEY);

-- corpus: line 113 accepted
CREATE TABLE clstr_2 (a INT PRIMARY KEY);

-- corpus: line 114 accepted
CREATE TABLE clstr_3 (a INT PRIMARY KEY);

-- corpus: line 115 accepted
ALTER TABLE clstr_1 OWNER TO regress_clstr_user;

-- corpus: line 116 accepted
ALTER TABLE clstr_3 OWNER TO regress_clstr_user;

-- corpus: line 117 accepted
GRANT SELECT ON clstr_2 TO regress_clstr_user;

-- corpus: line 126 accepted
CLUSTER clstr_2;

-- corpus: line 128 accepted
CLUSTER clstr_1_pkey ON clstr_1;

-- corpus: line 129 accepted
CLUSTER clstr_2 USING clstr_2_pkey;

-- corpus: line 148 accepted
CLUSTER;

-- corpus: line 157 accepted
CLUSTER clstr_1;

-- corpus: line 163 accepted
CREATE TABLE clustertest (key int PRIMARY KEY);

-- corpus: line 186 accepted
CLUSTER clustertest_pkey ON clustertest;

-- corpus: line 194 accepted
create temp table clstr_temp (col1 int primary key, col2 text);

-- corpus: line 196 accepted
cluster clstr_temp using clstr_temp_pkey;

-- corpus: line 198 accepted
drop table clstr_temp;

-- corpus: line 203 accepted
DROP TABLE clustertest;

-- corpus: line 204 accepted
CREATE TABLE clustertest (f1 int PRIMARY KEY);

-- corpus: line 205 accepted
CLUSTER clustertest USING clustertest_pkey;

-- corpus: line 206 accepted
CLUSTER clustertest;

-- corpus: line 209 accepted
CREATE TABLE clstrpart (a int) PARTITION BY RANGE (a);

-- corpus: line 210 accepted
CREATE TABLE clstrpart1 PARTITION OF clstrpart FOR VALUES FROM (1) TO (10) PARTITION BY RANGE (a);

-- corpus: line 211 accepted
CREATE TABLE clstrpart11 PARTITION OF clstrpart1 FOR VALUES FROM (1) TO (5);

-- corpus: line 212 accepted
CREATE TABLE clstrpart12 PARTITION OF clstrpart1 FOR VALUES FROM (5) TO (10) PARTITION BY RANGE (a);

-- corpus: line 213 accepted
CREATE TABLE clstrpart2 PARTITION OF clstrpart FOR VALUES FROM (10) TO (20);

-- corpus: line 214 accepted
CREATE TABLE clstrpart3 PARTITION OF clstrpart DEFAULT PARTITION BY RANGE (a);

-- corpus: line 215 accepted
CREATE TABLE clstrpart33 PARTITION OF clstrpart3 DEFAULT;

-- corpus: line 216 accepted
CREATE INDEX clstrpart_only_idx ON ONLY clstrpart (a);

-- corpus: line 217 accepted
CLUSTER clstrpart USING clstrpart_only_idx;

-- corpus: line 218 accepted
DROP INDEX clstrpart_only_idx;

-- corpus: line 219 accepted
CREATE INDEX clstrpart_idx ON clstrpart (a);

-- corpus: line 221 accepted
CREATE TEMP TABLE old_cluster_info AS SELECT relname, level, relfilenode, relkind FROM pg_partition_tree('clstrpart'::regclass) AS tree JOIN pg_class c ON c.oid=tree.relid ;

-- corpus: line 222 accepted
CLUSTER clstrpart USING clstrpart_idx;

-- corpus: line 223 accepted
CREATE TEMP TABLE new_cluster_info AS SELECT relname, level, relfilenode, relkind FROM pg_partition_tree('clstrpart'::regclass) AS tree JOIN pg_class c ON c.oid=tree.relid ;

-- corpus: line 227 accepted
CLUSTER clstrpart;

-- corpus: line 228 accepted
ALTER TABLE clstrpart SET WITHOUT CLUSTER;

-- corpus: line 229 accepted
ALTER TABLE clstrpart CLUSTER ON clstrpart_idx;

-- corpus: line 230 accepted
DROP TABLE clstrpart;

-- corpus: line 233 accepted
CREATE TABLE ptnowner(i int unique) PARTITION BY LIST (i);

-- corpus: line 234 accepted
CREATE INDEX ptnowner_i_idx ON ptnowner(i);

-- corpus: line 235 accepted
CREATE TABLE ptnowner1 PARTITION OF ptnowner FOR VALUES IN (1);

-- corpus: line 236 accepted
CREATE ROLE regress_ptnowner;

-- corpus: line 237 accepted
CREATE TABLE ptnowner2 PARTITION OF ptnowner FOR VALUES IN (2);

-- corpus: line 238 accepted
ALTER TABLE ptnowner1 OWNER TO regress_ptnowner;

-- corpus: line 239 accepted
ALTER TABLE ptnowner OWNER TO regress_ptnowner;

-- corpus: line 240 accepted
CREATE TEMP TABLE ptnowner_oldnodes AS
  SELECT oid, relname, relfilenode FROM pg_partition_tree('ptnowner') AS tree
  JOIN pg_class AS c ON c.oid=tree.relid;

-- corpus: line 244 accepted
CLUSTER ptnowner USING ptnowner_i_idx;

-- corpus: line 248 accepted
DROP TABLE ptnowner;

-- corpus: line 249 accepted
DROP ROLE regress_ptnowner;

-- corpus: line 253 accepted
create table clstr_4 as select * from tenk1;

-- corpus: line 254 accepted
create index cluster_sort on clstr_4 (hundred, thousand, tenthous);

-- corpus: line 260 accepted
cluster clstr_4 using cluster_sort;

-- corpus: line 271 accepted
CREATE TABLE clstr_expression(id serial primary key, a int, b text COLLATE "C");

-- corpus: line 273 accepted
CREATE INDEX clstr_expression_minus_a ON clstr_expression ((-a), b);

-- corpus: line 274 accepted
CREATE INDEX clstr_expression_upper_b ON clstr_expression ((upper(b)));

-- corpus: line 286 accepted
CLUSTER clstr_expression USING clstr_expression_minus_a;

-- corpus: line 299 accepted
CLUSTER clstr_expression USING clstr_expression_upper_b;

-- corpus: line 312 accepted
DROP TABLE clustertest;

-- corpus: line 313 accepted
DROP TABLE clstr_1;

-- corpus: line 314 accepted
DROP TABLE clstr_2;

-- corpus: line 315 accepted
DROP TABLE clstr_3;

-- corpus: line 316 accepted
DROP TABLE clstr_4;

-- corpus: line 317 accepted
DROP TABLE clstr_expression;

-- corpus: line 319 accepted
DROP USER regress_clstr_user;
