-- corpus: line 1 accepted
CREATE TABLE brintest (byteacol bytea,
	charcol "char",
	namecol name,
	int8col bigint,
	int2col smallint,
	int4col integer,
	textcol text,
	oidcol oid,
	tidcol tid,
	float4col real,
	float8col double precision,
	macaddrcol macaddr,
	inetcol inet,
	cidrcol cidr,
	bpcharcol character,
	datecol date,
	timecol time without time zone,
	timestampcol timestamp without time zone,
	timestamptzcol timestamp with time zone,
	intervalcol interval,
	timetzcol time with time zone,
	bitcol bit(10),
	varbitcol bit varying(16),
	numericcol numeric,
	uuidcol uuid,
	int4rangecol int4range,
	lsncol pg_lsn,
	boxcol box
) WITH (fillfactor=10, autovacuum_enabled=off);

-- corpus: line 68 accepted
CREATE INDEX brinidx ON brintest USING brin (
	byteacol,
	charcol,
	namecol,
	int8col,
	int2col,
	int4col,
	textcol,
	oidcol,
	tidcol,
	float4col,
	float8col,
	macaddrcol,
	inetcol inet_inclusion_ops,
	inetcol inet_minmax_ops,
	cidrcol inet_inclusion_ops,
	cidrcol inet_minmax_ops,
	bpcharcol,
	datecol,
	timecol,
	timestampcol,
	timestamptzcol,
	intervalcol,
	timetzcol,
	bitcol,
	varbitcol,
	numericcol,
	uuidcol,
	int4rangecol,
	lsncol,
	boxcol
) with (pages_per_range = 1);

-- corpus: line 101 accepted
CREATE TABLE brinopers (colname name, typ text,
	op text[], value text[], matches int[],
	check (cardinality(op) = cardinality(value)),
	check (cardinality(op) = cardinality(matches)));

-- corpus: line 407 accepted
VACUUM brintest;

-- corpus: line 424 accepted
CREATE TABLE brin_summarize (
    value int
) WITH (fillfactor=10, autovacuum_enabled=false);

-- corpus: line 427 accepted
CREATE INDEX brin_summarize_idx ON brin_summarize USING brin (value) WITH (pages_per_range=2);

-- corpus: line 452 accepted
CREATE TABLE brintest_2 (n numrange);

-- corpus: line 453 accepted
CREATE INDEX brinidx_2 ON brintest_2 USING brin (n);

-- corpus: line 460 accepted
DROP TABLE brintest_2;

-- corpus: line 463 accepted
CREATE TABLE brin_test (a INT, b INT);

-- corpus: line 465 accepted
CREATE INDEX brin_test_a_idx ON brin_test USING brin (a) WITH (pages_per_range = 2);

-- corpus: line 466 accepted
CREATE INDEX brin_test_b_idx ON brin_test USING brin (b) WITH (pages_per_range = 2);

-- corpus: line 467 accepted
VACUUM ANALYZE brin_test;

-- corpus: line 475 accepted
CREATE TABLE brintest_3 (a text, b text, c text, d text);

-- corpus: line 483 accepted
CREATE INDEX brin_test_toast_idx ON brintest_3 USING brin (b, c);

-- corpus: line 489 accepted
CREATE INDEX CONCURRENTLY brin_test_temp_idx ON brintest_3(a);

-- corpus: line 490 accepted
DROP INDEX brin_test_temp_idx;

-- corpus: line 493 accepted
VACUUM brintest_3;

-- corpus: line 510 accepted
DROP TABLE brintest_3;

-- corpus: line 514 accepted
CREATE UNLOGGED TABLE brintest_unlogged (n numrange);

-- corpus: line 515 accepted
CREATE INDEX brinidx_unlogged ON brintest_unlogged USING brin (n);

-- corpus: line 517 accepted
DROP TABLE brintest_unlogged;
