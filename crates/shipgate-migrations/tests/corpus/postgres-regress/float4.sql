-- corpus: line 5 accepted
CREATE TABLE FLOAT4_TBL (f1  float4);

-- corpus: line 154 accepted
create type xfloat4;

-- corpus: line 155 accepted
create function xfloat4in(cstring) returns xfloat4 immutable strict
  language internal as 'int4in';

-- corpus: line 157 accepted
create function xfloat4out(xfloat4) returns cstring immutable strict
  language internal as 'int4out';

-- corpus: line 159 accepted
create type xfloat4 (input = xfloat4in, output = xfloat4out, like = float4);

-- corpus: line 160 accepted
create cast (xfloat4 as float4) without function;

-- corpus: line 161 accepted
create cast (float4 as xfloat4) without function;

-- corpus: line 162 accepted
create cast (xfloat4 as integer) without function;

-- corpus: line 163 accepted
create cast (integer as xfloat4) without function;

-- corpus: line 360 accepted
drop type xfloat4 cascade;
