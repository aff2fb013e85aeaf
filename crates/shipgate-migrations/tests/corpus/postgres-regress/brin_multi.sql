-- corpus: line 1 accepted
CREATE TABLE brintest_multi (
	int8col bigint,
	int2col smallint,
	int4col integer,
	oidcol oid,
	tidcol tid,
	float4col real,
	float8col double precision,
	macaddrcol macaddr,
	macaddr8col macaddr8,
	inetcol inet,
	cidrcol cidr,
	datecol date,
	timecol time without time zone,
	timestampcol timestamp without time zone,
	timestamptzcol timestamp with time zone,
	intervalcol interval,
	timetzcol time with time zone,
	numericcol numeric,
	uuidcol uuid,
	lsncol pg_lsn
) WITH (fillfactor=10);

-- corpus: line 55 accepted
CREATE INDEX brinidx_multi ON brintest_multi USING brin (
	int8col int8_minmax_multi_ops(values_per_range = 7)
);

-- corpus: line 59 accepted
CREATE INDEX brinidx_multi ON brintest_multi USING brin (
	int8col int8_minmax_multi_ops(values_per_range = 257)
);

-- corpus: line 65 accepted
CREATE INDEX brinidx_multi ON brintest_multi USING brin (
	int8col int8_minmax_multi_ops,
	int2col int2_minmax_multi_ops,
	int4col int4_minmax_multi_ops,
	oidcol oid_minmax_multi_ops,
	tidcol tid_minmax_multi_ops,
	float4col float4_minmax_multi_ops,
	float8col float8_minmax_multi_ops,
	macaddrcol macaddr_minmax_multi_ops,
	macaddr8col macaddr8_minmax_multi_ops,
	inetcol inet_minmax_multi_ops,
	cidrcol inet_minmax_multi_ops,
	datecol date_minmax_multi_ops,
	timecol time_minmax_multi_ops,
	timestampcol timestamp_minmax_multi_ops,
	timestamptzcol timestamptz_minmax_multi_ops,
	intervalcol interval_minmax_multi_ops,
	timetzcol timetz_minmax_multi_ops,
	numericcol numeric_minmax_multi_ops,
	uuidcol uuid_minmax_multi_ops,
	lsncol pg_lsn_minmax_multi_ops
);

-- corpus: line 88 accepted
DROP INDEX brinidx_multi;

-- corpus: line 90 accepted
CREATE INDEX brinidx_multi ON brintest_multi USING brin (
	int8col int8_minmax_multi_ops,
	int2col int2_minmax_multi_ops,
	int4col int4_minmax_multi_ops,
	oidcol oid_minmax_multi_ops,
	tidcol tid_minmax_multi_ops,
	float4col float4_minmax_multi_ops,
	float8col float8_minmax_multi_ops,
	macaddrcol macaddr_minmax_multi_ops,
	macaddr8col macaddr8_minmax_multi_ops,
	inetcol inet_minmax_multi_ops,
	cidrcol inet_minmax_multi_ops,
	datecol date_minmax_multi_ops,
	timecol time_minmax_multi_ops,
	timestampcol timestamp_minmax_multi_ops,
	timestamptzcol timestamptz_minmax_multi_ops,
	intervalcol interval_minmax_multi_ops,
	timetzcol timetz_minmax_multi_ops,
	numericcol numeric_minmax_multi_ops,
	uuidcol uuid_minmax_multi_ops,
	lsncol pg_lsn_minmax_multi_ops
) with (pages_per_range = 1);

-- corpus: line 113 accepted
CREATE TABLE brinopers_multi (colname name, typ text,
	op text[], value text[], matches int[],
	check (cardinality(op) = cardinality(value)),
	check (cardinality(op) = cardinality(matches)));

-- corpus: line 352 accepted
VACUUM brintest_multi;

-- corpus: line 361 accepted
CREATE TABLE brin_test_inet (a inet);

-- corpus: line 362 accepted
CREATE INDEX ON brin_test_inet USING brin (a inet_minmax_multi_ops);

-- corpus: line 365 accepted
DROP TABLE brin_test_inet;

-- corpus: line 379 accepted
CREATE TABLE brin_large_range (a int4);

-- corpus: line 381 accepted
CREATE INDEX brin_large_range_idx ON brin_large_range USING brin (a int4_minmax_multi_ops);

-- corpus: line 382 accepted
DROP TABLE brin_large_range;

-- corpus: line 385 accepted
CREATE TABLE brin_summarize_multi (
    value int
) WITH (fillfactor=10, autovacuum_enabled=false);

-- corpus: line 388 accepted
CREATE INDEX brin_summarize_multi_idx ON brin_summarize_multi USING brin (value) WITH (pages_per_range=2);

-- corpus: line 414 accepted
CREATE TABLE brin_test_multi (a INT, b INT);

-- corpus: line 416 accepted
CREATE INDEX brin_test_multi_a_idx ON brin_test_multi USING brin (a) WITH (pages_per_range = 2);

-- corpus: line 417 accepted
CREATE INDEX brin_test_multi_b_idx ON brin_test_multi USING brin (b) WITH (pages_per_range = 2);

-- corpus: line 418 accepted
VACUUM ANALYZE brin_test_multi;

-- corpus: line 426 accepted
CREATE TABLE brin_timestamp_test(a TIMESTAMPTZ);

-- corpus: line 440 accepted
CREATE INDEX ON brin_timestamp_test USING brin (a timestamptz_minmax_multi_ops) WITH (pages_per_range=1);

-- corpus: line 441 accepted
DROP TABLE brin_timestamp_test;

-- corpus: line 444 accepted
CREATE TABLE brin_date_test(a DATE);

-- corpus: line 452 accepted
CREATE INDEX ON brin_date_test USING brin (a date_minmax_multi_ops) WITH (pages_per_range=1);

-- corpus: line 460 accepted
DROP TABLE brin_date_test;

-- corpus: line 464 accepted
CREATE TABLE brin_timestamp_test(a TIMESTAMP);

-- corpus: line 470 accepted
CREATE INDEX ON brin_timestamp_test USING brin (a timestamp_minmax_multi_ops) WITH (pages_per_range=1);

-- corpus: line 480 accepted
DROP TABLE brin_timestamp_test;

-- corpus: line 484 accepted
CREATE TABLE brin_date_test(a DATE);

-- corpus: line 489 accepted
CREATE INDEX ON brin_date_test USING brin (a date_minmax_multi_ops) WITH (pages_per_range=1);

-- corpus: line 499 accepted
DROP TABLE brin_date_test;

-- corpus: line 504 accepted
CREATE TABLE brin_interval_test(a INTERVAL);

-- corpus: line 510 accepted
CREATE INDEX ON brin_interval_test USING brin (a interval_minmax_multi_ops) WITH (pages_per_range=1);

-- corpus: line 520 accepted
DROP TABLE brin_interval_test;
