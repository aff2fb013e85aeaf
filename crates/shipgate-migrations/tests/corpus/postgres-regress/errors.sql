-- corpus: line 59 rejected 42601 syntax error at or near ";"
drop table;

-- corpus: line 62 accepted
drop table nonesuch;

-- corpus: line 71 rejected 42601 syntax error at or near ";"
alter table rename;

-- corpus: line 74 accepted
alter table nonesuch rename to newnonesuch;

-- corpus: line 77 accepted
alter table nonesuch rename to stud_emp;

-- corpus: line 80 accepted
alter table stud_emp rename to student;

-- corpus: line 83 accepted
alter table stud_emp rename to stud_emp;

-- corpus: line 89 accepted
alter table nonesuchrel rename column nonesuchatt to newnonesuchatt;

-- corpus: line 92 accepted
alter table emp rename column nonesuchatt to newnonesuchatt;

-- corpus: line 95 accepted
alter table emp rename column salary to manager;

-- corpus: line 98 accepted
alter table emp rename column salary to ctid;

-- corpus: line 115 accepted
create aggregate newavg2 (sfunc = int4pl,
			  basetype = int4,
			  stype = int4,
			  finalfunc = int2um,
			  initcond = '0');

-- corpus: line 122 accepted
create aggregate newcnt1 (sfunc = int4inc,
			  stype = int4,
			  initcond = '0');

-- corpus: line 131 rejected 42601 syntax error at or near ";"
drop index;

-- corpus: line 134 rejected 42601 syntax error at or near "314159"
drop index 314159;

-- corpus: line 137 accepted
drop index nonesuch;

-- corpus: line 144 rejected 42601 syntax error at or near ";"
drop aggregate;

-- corpus: line 147 rejected 42601 syntax error at or near ";"
drop aggregate newcnt1;

-- corpus: line 150 rejected 42601 syntax error at or near "314159"
drop aggregate 314159 (int);

-- corpus: line 153 accepted
drop aggregate newcnt (nonesuch);

-- corpus: line 156 accepted
drop aggregate nonesuch (int4);

-- corpus: line 159 accepted
drop aggregate newcnt (float4);

-- corpus: line 166 rejected 42601 syntax error at or near "("
drop function ();

-- corpus: line 169 rejected 42601 syntax error at or near "314159"
drop function 314159();

-- corpus: line 172 accepted
drop function nonesuch();

-- corpus: line 179 rejected 42601 syntax error at or near ";"
drop type;

-- corpus: line 182 rejected 42601 syntax error at or near "314159"
drop type 314159;

-- corpus: line 185 accepted
drop type nonesuch;

-- corpus: line 192 rejected 42601 syntax error at or near ";"
drop operator;

-- corpus: line 195 rejected 42601 syntax error at or near ";"
drop operator equals;

-- corpus: line 198 rejected 42601 syntax error at or near ";"
drop operator ===;

-- corpus: line 201 rejected 42601 syntax error at or near ","
drop operator int4, int4;

-- corpus: line 204 rejected 42601 syntax error at or near "("
drop operator (int4, int4);

-- corpus: line 207 rejected 42601 syntax error at or near ")"
drop operator === ();

-- corpus: line 210 rejected 42601 missing argument
drop operator === (int4);

-- corpus: line 213 accepted
drop operator === (int4, int4);

-- corpus: line 216 rejected 42601 missing argument
drop operator = (nonesuch);

-- corpus: line 219 rejected 42601 syntax error at or near ","
drop operator = ( , int4);

-- corpus: line 222 accepted
drop operator = (nonesuch, int4);

-- corpus: line 225 accepted
drop operator = (int4, nonesuch);

-- corpus: line 228 rejected 42601 syntax error at or near ")"
drop operator = (int4, );

-- corpus: line 235 rejected 42601 syntax error at or near ";"
drop rule;

-- corpus: line 238 rejected 42601 syntax error at or near "314159"
drop rule 314159;

-- corpus: line 241 accepted
drop rule nonesuch on noplace;

-- corpus: line 244 rejected 42601 syntax error at or near "tuple"
drop tuple rule nonesuch;

-- corpus: line 245 rejected 42601 syntax error at or near "instance"
drop instance rule nonesuch on noplace;

-- corpus: line 246 rejected 42601 syntax error at or near "rewrite"
drop rewrite rule nonesuch;

-- corpus: line 281 rejected 42601 syntax error at or near "foo"
CREATE foo;

-- corpus: line 283 rejected 42601 syntax error at or near ";"
CREATE TABLE ;

-- corpus: line 285 rejected 42601 syntax error at or near ";"
CREATE TABLE

-- corpus: line 298 rejected 42601 syntax error at or near "NUL"
CREATE TABLE foo
  (id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY,
	id3 INTEGER NOT NUL,
   id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL);

-- corpus: line 304 rejected 42601 syntax error at or near "NUL"
CREATE TABLE foo(id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY, id3 INTEGER NOT NUL,
id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL);

-- corpus: line 308 rejected 42601 syntax error at or near "NUL"
CREATE TABLE foo(
id3 INTEGER NOT NUL, id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL, id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY);

-- corpus: line 312 rejected 42601 syntax error at or near "NUL"
CREATE TABLE foo(id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY, id3 INTEGER NOT NUL, id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL);

-- corpus: line 315 rejected 42601 syntax error at or near "NUL"
CREATE
TEMPORARY
TABLE
foo(id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY, id3 INTEGER NOT NUL,
id4 INT4
UNIQUE
NOT
NULL,
id5 TEXT
UNIQUE
NOT
NULL)
;

-- corpus: line 330 rejected 42601 syntax error at or near "NUL"
CREATE
TEMPORARY
TABLE
foo(
id3 INTEGER NOT NUL, id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL, id INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY)
;

-- corpus: line 338 rejected 42601 syntax error at or near "NUL"
CREATE
TEMPORARY
TABLE
foo
(id
INT4
UNIQUE NOT NULL, idx INT4 UNIQUE NOT NULL, idy INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY, id3 INTEGER NOT NUL, id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL,
idz INT4 UNIQUE NOT NULL,
idv INT4 UNIQUE NOT NULL);

-- corpus: line 349 rejected 42601 syntax error at or near "NUL"
CREATE
TEMPORARY
TABLE
foo
(id
INT4
UNIQUE
NOT
NULL
,
idm
INT4
UNIQUE
NOT
NULL,
idx INT4 UNIQUE NOT NULL, idy INT4 UNIQUE NOT NULL, id2 TEXT NOT NULL PRIMARY KEY, id3 INTEGER NOT NUL, id4 INT4 UNIQUE NOT NULL, id5 TEXT UNIQUE NOT NULL,
idz INT4 UNIQUE NOT NULL,
idv
INT4
UNIQUE
NOT
NULL);
