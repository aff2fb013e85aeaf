-- corpus: line 6 accepted
CREATE AGGREGATE newavg (
   sfunc = int4_avg_accum, basetype = int4, stype = _int8,
   finalfunc = int8_avg,
   initcond1 = '{0,0}'
);

-- corpus: line 13 accepted
COMMENT ON AGGREGATE newavg_wrong (int4) IS 'an agg comment';

-- corpus: line 14 accepted
COMMENT ON AGGREGATE newavg (int4) IS 'an agg comment';

-- corpus: line 15 accepted
COMMENT ON AGGREGATE newavg (int4) IS NULL;

-- corpus: line 18 accepted
CREATE AGGREGATE newsum (
   sfunc1 = int4pl, basetype = int4, stype1 = int4,
   initcond1 = '0'
);

-- corpus: line 24 accepted
CREATE AGGREGATE newcnt (*) (
   sfunc = int8inc, stype = int8,
   initcond = '0', parallel = safe
);

-- corpus: line 30 accepted
CREATE AGGREGATE oldcnt (
   sfunc = int8inc, basetype = 'ANY', stype = int8,
   initcond = '0'
);

-- corpus: line 36 accepted
CREATE AGGREGATE newcnt ("any") (
   sfunc = int8inc_any, stype = int8,
   initcond = '0'
);

-- corpus: line 41 accepted
COMMENT ON AGGREGATE nosuchagg (*) IS 'should fail';

-- corpus: line 42 accepted
COMMENT ON AGGREGATE newcnt (*) IS 'an agg(*) comment';

-- corpus: line 43 accepted
COMMENT ON AGGREGATE newcnt ("any") IS 'an agg(any) comment';

-- corpus: line 46 accepted
create function sum3(int8,int8,int8) returns int8 as
'select $1 + $2 + $3' language sql strict immutable;

-- corpus: line 49 accepted
create aggregate sum2(int8,int8) (
   sfunc = sum3, stype = int8,
   initcond = '0'
);

-- corpus: line 55 accepted
create type aggtype as (a integer, b integer, c text);

-- corpus: line 57 accepted
create function aggf_trans(aggtype[],integer,integer,text) returns aggtype[]
as 'select array_append($1,ROW($2,$3,$4)::aggtype)'
language sql strict immutable;

-- corpus: line 61 accepted
create function aggfns_trans(aggtype[],integer,integer,text) returns aggtype[]
as 'select array_append($1,ROW($2,$3,$4)::aggtype)'
language sql immutable;

-- corpus: line 65 accepted
create aggregate aggfstr(integer,integer,text) (
   sfunc = aggf_trans, stype = aggtype[],
   initcond = '{}'
);

-- corpus: line 70 accepted
create aggregate aggfns(integer,integer,text) (
   sfunc = aggfns_trans, stype = aggtype[], sspace = 10000,
   initcond = '{}'
);

-- corpus: line 76 accepted
create function least_accum(int8, int8) returns int8 language sql as
  'select least($1, $2)';

-- corpus: line 79 accepted
create aggregate least_agg(int4) (
  stype = int8, sfunc = least_accum
);

-- corpus: line 83 accepted
drop function least_accum(int8, int8);

-- corpus: line 85 accepted
create function least_accum(anycompatible, anycompatible)
returns anycompatible language sql as
  'select least($1, $2)';

-- corpus: line 89 accepted
create aggregate least_agg(int4) (
  stype = int8, sfunc = least_accum
);

-- corpus: line 93 accepted
create aggregate least_agg(int8) (
  stype = int8, sfunc = least_accum
);

-- corpus: line 97 accepted
drop function least_accum(anycompatible, anycompatible) cascade;

-- corpus: line 100 accepted
create function least_accum(anyelement, variadic anyarray)
returns anyelement language sql as
  'select least($1, min($2[i])) from generate_subscripts($2,1) g(i)';

-- corpus: line 104 accepted
create aggregate least_agg(variadic items anyarray) (
  stype = anyelement, sfunc = least_accum
);

-- corpus: line 108 accepted
create function cleast_accum(anycompatible, variadic anycompatiblearray)
returns anycompatible language sql as
  'select least($1, min($2[i])) from generate_subscripts($2,1) g(i)';

-- corpus: line 112 accepted
create aggregate cleast_agg(variadic items anycompatiblearray) (
  stype = anycompatible, sfunc = cleast_accum
);

-- corpus: line 117 accepted
create aggregate my_percentile_disc(float8 ORDER BY anyelement) (
  stype = internal,
  sfunc = ordered_set_transition,
  finalfunc = percentile_disc_final,
  finalfunc_extra = true,
  finalfunc_modify = read_write
);

-- corpus: line 125 accepted
create aggregate my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
  stype = internal,
  sfunc = ordered_set_transition_multi,
  finalfunc = rank_final,
  finalfunc_extra = true,
  hypothetical
);

-- corpus: line 133 accepted
alter aggregate my_percentile_disc(float8 ORDER BY anyelement)
  rename to test_percentile_disc;

-- corpus: line 135 accepted
alter aggregate my_rank(VARIADIC "any" ORDER BY VARIADIC "any")
  rename to test_rank;

-- corpus: line 142 accepted
CREATE AGGREGATE sumdouble (float8)
(
    stype = float8,
    sfunc = float8pl,
    mstype = float8,
    msfunc = float8pl,
    minvfunc = float8mi
);

-- corpus: line 154 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	serialfunc = numeric_avg_serialize
);

-- corpus: line 162 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	serialfunc = numeric_avg_deserialize,
	deserialfunc = numeric_avg_deserialize
);

-- corpus: line 171 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	serialfunc = numeric_avg_serialize,
	deserialfunc = numeric_avg_serialize
);

-- corpus: line 180 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	serialfunc = numeric_avg_serialize,
	deserialfunc = numeric_avg_deserialize,
	combinefunc = int4larger
);

-- corpus: line 190 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	finalfunc = numeric_avg,
	serialfunc = numeric_avg_serialize,
	deserialfunc = numeric_avg_deserialize,
	combinefunc = numeric_avg_combine,
	finalfunc_modify = shareable  -- just to test a non-default setting
);

-- corpus: line 207 accepted
DROP AGGREGATE myavg (numeric);

-- corpus: line 210 accepted
CREATE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	finalfunc = numeric_avg
);

-- corpus: line 217 accepted
CREATE OR REPLACE AGGREGATE myavg (numeric)
(
	stype = internal,
	sfunc = numeric_avg_accum,
	finalfunc = numeric_avg,
	serialfunc = numeric_avg_serialize,
	deserialfunc = numeric_avg_deserialize,
	combinefunc = numeric_avg_combine,
	finalfunc_modify = shareable  -- just to test a non-default setting
);

-- corpus: line 235 accepted
CREATE OR REPLACE AGGREGATE myavg (numeric)
(
	stype = numeric,
	sfunc = numeric_add
);

-- corpus: line 246 accepted
CREATE OR REPLACE AGGREGATE myavg (numeric)
(
	stype = numeric,
	sfunc = numeric_add,
	finalfunc = numeric_out
);

-- corpus: line 254 accepted
CREATE OR REPLACE AGGREGATE myavg (order by numeric)
(
	stype = numeric,
	sfunc = numeric_add
);

-- corpus: line 261 accepted
create function sum4(int8,int8,int8,int8) returns int8 as
'select $1 + $2 + $3 + $4' language sql strict immutable;

-- corpus: line 264 accepted
CREATE OR REPLACE AGGREGATE sum3 (int8,int8,int8)
(
	stype = int8,
	sfunc = sum4
);

-- corpus: line 270 accepted
drop function sum4(int8,int8,int8,int8);

-- corpus: line 272 accepted
DROP AGGREGATE myavg (numeric);

-- corpus: line 275 accepted
CREATE AGGREGATE mysum (int)
(
	stype = int,
	sfunc = int4pl,
	parallel = pear
);

-- corpus: line 284 accepted
CREATE FUNCTION float8mi_n(float8, float8) RETURNS float8 AS
$$ SELECT $1 - $2; $$
LANGUAGE SQL;

-- corpus: line 288 accepted
CREATE AGGREGATE invalidsumdouble (float8)
(
    stype = float8,
    sfunc = float8pl,
    mstype = float8,
    msfunc = float8pl,
    minvfunc = float8mi_n
);

-- corpus: line 299 accepted
CREATE FUNCTION float8mi_int(float8, float8) RETURNS int AS
$$ SELECT CAST($1 - $2 AS INT); $$
LANGUAGE SQL;

-- corpus: line 303 accepted
CREATE AGGREGATE wrongreturntype (float8)
(
    stype = float8,
    sfunc = float8pl,
    mstype = float8,
    msfunc = float8pl,
    minvfunc = float8mi_int
);

-- corpus: line 314 accepted
CREATE AGGREGATE case_agg ( -- old syntax
	"Sfunc1" = int4pl,
	"Basetype" = int4,
	"Stype1" = int4,
	"Initcond1" = '0',
	"Parallel" = safe
);

-- corpus: line 322 accepted
CREATE AGGREGATE case_agg(float8)
(
	"Stype" = internal,
	"Sfunc" = ordered_set_transition,
	"Finalfunc" = percentile_disc_final,
	"Finalfunc_extra" = true,
	"Finalfunc_modify" = read_write,
	"Parallel" = safe
);
