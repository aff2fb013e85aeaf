-- corpus: line 4 accepted
CREATE TABLE testjsonb (
       j jsonb
);

-- corpus: line 100 accepted
CREATE TEMP TABLE rows AS
SELECT x, 'txt' || x as y
FROM generate_series(1,3) AS x;

-- corpus: line 150 accepted
CREATE TEMP TABLE test_jsonb (
       json_type text,
       test_json jsonb
);

-- corpus: line 403 accepted
CREATE TEMP TABLE foo (serial_num int, name text, type text);

-- corpus: line 545 accepted
CREATE TYPE jbpop AS (a text, b int, c timestamp);

-- corpus: line 547 accepted
CREATE DOMAIN jsb_int_not_null  AS int     NOT NULL;

-- corpus: line 548 accepted
CREATE DOMAIN jsb_int_array_1d  AS int[]   CHECK(array_length(VALUE, 1) = 3);

-- corpus: line 549 accepted
CREATE DOMAIN jsb_int_array_2d  AS int[][] CHECK(array_length(VALUE, 2) = 3);

-- corpus: line 551 accepted
create type jb_unordered_pair as (x int, y int);

-- corpus: line 552 accepted
create domain jb_ordered_pair as jb_unordered_pair check((value).x <= (value).y);

-- corpus: line 554 accepted
CREATE TYPE jsbrec AS (
	i	int,
	ia	_int4,
	ia1	int[],
	ia2	int[][],
	ia3	int[][][],
	ia1d	jsb_int_array_1d,
	ia2d	jsb_int_array_2d,
	t	text,
	ta	text[],
	c	char(10),
	ca	char(10)[],
	ts	timestamp,
	js	json,
	jsb	jsonb,
	jsa	json[],
	rec	jbpop,
	reca	jbpop[]
);

-- corpus: line 574 accepted
CREATE TYPE jsbrec_i_not_null AS (
	i	jsb_int_not_null
);

-- corpus: line 766 accepted
CREATE TEMP TABLE jsbpoptest (js jsonb);

-- corpus: line 778 accepted
DROP TYPE jsbrec;

-- corpus: line 779 accepted
DROP TYPE jsbrec_i_not_null;

-- corpus: line 780 accepted
DROP DOMAIN jsb_int_not_null;

-- corpus: line 781 accepted
DROP DOMAIN jsb_int_array_1d;

-- corpus: line 782 accepted
DROP DOMAIN jsb_int_array_2d;

-- corpus: line 783 accepted
DROP DOMAIN jb_ordered_pair;

-- corpus: line 784 accepted
DROP TYPE jb_unordered_pair;

-- corpus: line 815 accepted
CREATE INDEX jidx ON testjsonb USING gin (j);

-- corpus: line 866 accepted
CREATE INDEX jidx_array ON testjsonb USING gin((j->'array'));

-- corpus: line 892 accepted
DROP INDEX jidx;

-- corpus: line 893 accepted
DROP INDEX jidx_array;

-- corpus: line 895 accepted
CREATE INDEX jidx ON testjsonb USING btree (j);

-- corpus: line 902 accepted
DROP INDEX jidx;

-- corpus: line 903 accepted
CREATE INDEX jidx ON testjsonb USING gin (j jsonb_path_ops);

-- corpus: line 943 accepted
DROP INDEX jidx;

-- corpus: line 982 accepted
create temp table nestjsonb (j jsonb);

-- corpus: line 986 accepted
create index on nestjsonb using gin(j jsonb_path_ops);

-- corpus: line 1281 accepted
create TEMP TABLE test_jsonb_subscript (
       id int,
       test_json jsonb
);

-- corpus: line 1429 accepted
drop table test_jsonb_subscript;

-- corpus: line 1430 accepted
create temp table test_jsonb_subscript (
       id text,
       test_json jsonb
);
