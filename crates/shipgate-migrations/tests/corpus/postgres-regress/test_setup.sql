-- corpus: line 24 accepted
GRANT ALL ON SCHEMA public TO public;

-- corpus: line 28 accepted
CREATE TABLESPACE regress_tblspace LOCATION '';

-- corpus: line 38 accepted
CREATE TABLE CHAR_TBL(f1 char(4));

-- corpus: line 45 accepted
VACUUM CHAR_TBL;

-- corpus: line 47 accepted
CREATE TABLE FLOAT8_TBL(f1 float8);

-- corpus: line 55 accepted
VACUUM FLOAT8_TBL;

-- corpus: line 57 accepted
CREATE TABLE INT2_TBL(f1 int2);

-- corpus: line 65 accepted
VACUUM INT2_TBL;

-- corpus: line 67 accepted
CREATE TABLE INT4_TBL(f1 int4);

-- corpus: line 75 accepted
VACUUM INT4_TBL;

-- corpus: line 77 accepted
CREATE TABLE INT8_TBL(q1 int8, q2 int8);

-- corpus: line 85 accepted
VACUUM INT8_TBL;

-- corpus: line 87 accepted
CREATE TABLE POINT_TBL(f1 point);

-- corpus: line 102 accepted
CREATE TABLE TEXT_TBL (f1 text);

-- corpus: line 107 accepted
VACUUM TEXT_TBL;

-- corpus: line 109 accepted
CREATE TABLE VARCHAR_TBL(f1 varchar(4));

-- corpus: line 116 accepted
VACUUM VARCHAR_TBL;

-- corpus: line 118 accepted
CREATE TABLE onek (
	unique1		int4,
	unique2		int4,
	two			int4,
	four		int4,
	ten			int4,
	twenty		int4,
	hundred		int4,
	thousand	int4,
	twothousand	int4,
	fivethous	int4,
	tenthous	int4,
	odd			int4,
	even		int4,
	stringu1	name,
	stringu2	name,
	string4		name
);

-- corpus: line 139 accepted
VACUUM ANALYZE onek;

-- corpus: line 141 accepted
CREATE TABLE onek2 AS SELECT * FROM onek;

-- corpus: line 142 accepted
VACUUM ANALYZE onek2;

-- corpus: line 144 accepted
CREATE TABLE tenk1 (
	unique1		int4,
	unique2		int4,
	two			int4,
	four		int4,
	ten			int4,
	twenty		int4,
	hundred		int4,
	thousand	int4,
	twothousand	int4,
	fivethous	int4,
	tenthous	int4,
	odd			int4,
	even		int4,
	stringu1	name,
	stringu2	name,
	string4		name
);

-- corpus: line 165 accepted
VACUUM ANALYZE tenk1;

-- corpus: line 167 accepted
CREATE TABLE tenk2 AS SELECT * FROM tenk1;

-- corpus: line 168 accepted
VACUUM ANALYZE tenk2;

-- corpus: line 170 accepted
CREATE TABLE person (
	name 		text,
	age			int4,
	location 	point
);

-- corpus: line 178 accepted
VACUUM ANALYZE person;

-- corpus: line 180 accepted
CREATE TABLE emp (
	salary 		int4,
	manager 	name
) INHERITS (person);

-- corpus: line 187 accepted
VACUUM ANALYZE emp;

-- corpus: line 189 accepted
CREATE TABLE student (
	gpa 		float8
) INHERITS (person);

-- corpus: line 195 accepted
VACUUM ANALYZE student;

-- corpus: line 197 accepted
CREATE TABLE stud_emp (
	percent 	int4
) INHERITS (emp, student);

-- corpus: line 203 accepted
VACUUM ANALYZE stud_emp;

-- corpus: line 205 accepted
CREATE TABLE road (
	name		text,
	thepath 	path
);

-- corpus: line 212 accepted
VACUUM ANALYZE road;

-- corpus: line 214 accepted
CREATE TABLE ihighway () INHERITS (road);

-- corpus: line 220 accepted
VACUUM ANALYZE ihighway;

-- corpus: line 222 accepted
CREATE TABLE shighway (
	surface		text
) INHERITS (road);

-- corpus: line 230 accepted
VACUUM ANALYZE shighway;

-- corpus: line 236 accepted
create type stoplight as enum ('red', 'yellow', 'green');

-- corpus: line 242 accepted
create type float8range as range (subtype = float8, subtype_diff = float8mi);

-- corpus: line 244 accepted
create type textrange as range (subtype = text, collation = "C");

-- corpus: line 270 accepted
create function part_hashint4_noop(value int4, seed int8)
    returns int8 as $$
    select value + seed;
    $$ language sql strict immutable parallel safe;

-- corpus: line 275 accepted
create operator class part_test_int4_ops for type int4 using hash as
    operator 1 =,
    function 2 part_hashint4_noop(int4, int8);

-- corpus: line 279 accepted
create function part_hashtext_length(value text, seed int8)
    returns int8 as $$
    select length(coalesce(value, ''))::int8
    $$ language sql strict immutable parallel safe;

-- corpus: line 284 accepted
create operator class part_test_text_ops for type text using hash as
    operator 1 =,
    function 2 part_hashtext_length(text, int8);

-- corpus: line 293 accepted
create function fipshash(bytea)
    returns text
    strict immutable parallel safe leakproof
    return substr(encode(sha256($1), 'hex'), 1, 32);

-- corpus: line 298 accepted
create function fipshash(text)
    returns text
    strict immutable parallel safe leakproof
    return substr(encode(sha256($1::bytea), 'hex'), 1, 32);
