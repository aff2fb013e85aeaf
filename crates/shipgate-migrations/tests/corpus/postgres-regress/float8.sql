-- corpus: line 10 accepted
CREATE TEMP TABLE FLOAT8_TBL(f1 float8);

-- corpus: line 257 accepted
DROP TABLE FLOAT8_TBL;

-- corpus: line 326 accepted
create type xfloat8;

-- corpus: line 327 accepted
create function xfloat8in(cstring) returns xfloat8 immutable strict
  language internal as 'int8in';

-- corpus: line 329 accepted
create function xfloat8out(xfloat8) returns cstring immutable strict
  language internal as 'int8out';

-- corpus: line 331 accepted
create type xfloat8 (input = xfloat8in, output = xfloat8out, like = float8);

-- corpus: line 332 accepted
create cast (xfloat8 as float8) without function;

-- corpus: line 333 accepted
create cast (float8 as xfloat8) without function;

-- corpus: line 334 accepted
create cast (xfloat8 as bigint) without function;

-- corpus: line 335 accepted
create cast (bigint as xfloat8) without function;

-- corpus: line 514 accepted
drop type xfloat8 cascade;
