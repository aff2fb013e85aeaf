-- corpus: line 123 accepted
CREATE TEMP TABLE rows AS
SELECT x, 'txt' || x as y
FROM generate_series(1,3) AS x;

-- corpus: line 196 accepted
CREATE TEMP TABLE test_json (
       json_type text,
       test_json json
);

-- corpus: line 416 accepted
create type jpop as (a text, b int, c timestamp);

-- corpus: line 418 accepted
CREATE DOMAIN js_int_not_null  AS int     NOT NULL;

-- corpus: line 419 accepted
CREATE DOMAIN js_int_array_1d  AS int[]   CHECK(array_length(VALUE, 1) = 3);

-- corpus: line 420 accepted
CREATE DOMAIN js_int_array_2d  AS int[][] CHECK(array_length(VALUE, 2) = 3);

-- corpus: line 422 accepted
create type j_unordered_pair as (x int, y int);

-- corpus: line 423 accepted
create domain j_ordered_pair as j_unordered_pair check((value).x <= (value).y);

-- corpus: line 425 accepted
CREATE TYPE jsrec AS (
	i	int,
	ia	_int4,
	ia1	int[],
	ia2	int[][],
	ia3	int[][][],
	ia1d	js_int_array_1d,
	ia2d	js_int_array_2d,
	t	text,
	ta	text[],
	c	char(10),
	ca	char(10)[],
	ts	timestamp,
	js	json,
	jsb	jsonb,
	jsa	json[],
	rec	jpop,
	reca	jpop[]
);

-- corpus: line 445 accepted
CREATE TYPE jsrec_i_not_null AS (
	i	js_int_not_null
);

-- corpus: line 573 accepted
create type jpop2 as (a int, b json, c int, d int);

-- corpus: line 607 accepted
CREATE TEMP TABLE jspoptest (js json);

-- corpus: line 619 accepted
DROP TYPE jsrec;

-- corpus: line 620 accepted
DROP TYPE jsrec_i_not_null;

-- corpus: line 621 accepted
DROP DOMAIN js_int_not_null;

-- corpus: line 622 accepted
DROP DOMAIN js_int_array_1d;

-- corpus: line 623 accepted
DROP DOMAIN js_int_array_2d;

-- corpus: line 624 accepted
DROP DOMAIN j_ordered_pair;

-- corpus: line 625 accepted
DROP TYPE j_unordered_pair;

-- corpus: line 691 accepted
CREATE TEMP TABLE foo (serial_num int, name text, type text);
