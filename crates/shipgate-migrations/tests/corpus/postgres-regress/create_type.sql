-- corpus: line 35 accepted
CREATE TYPE widget (
   internallength = 24,
   input = widget_in,
   output = widget_out,
   typmod_in = numerictypmodin,
   typmod_out = numerictypmodout,
   alignment = double
);

-- corpus: line 44 accepted
CREATE TYPE city_budget (
   internallength = 16,
   input = int44in,
   output = int44out,
   element = int4,
   category = 'x',   -- just to verify the system will take it
   preferred = true  -- ditto
);

-- corpus: line 54 accepted
CREATE TYPE shell;

-- corpus: line 55 accepted
CREATE TYPE shell;

-- corpus: line 56 accepted
DROP TYPE shell;

-- corpus: line 57 accepted
DROP TYPE shell;

-- corpus: line 60 accepted
CREATE TYPE myshell;

-- corpus: line 68 accepted
CREATE TYPE int42;

-- corpus: line 69 accepted
CREATE TYPE text_w_default;

-- corpus: line 72 accepted
CREATE FUNCTION int42_in(cstring)
   RETURNS int42
   AS 'int4in'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 76 accepted
CREATE FUNCTION int42_out(int42)
   RETURNS cstring
   AS 'int4out'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 80 accepted
CREATE FUNCTION text_w_default_in(cstring)
   RETURNS text_w_default
   AS 'textin'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 84 accepted
CREATE FUNCTION text_w_default_out(text_w_default)
   RETURNS cstring
   AS 'textout'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 89 accepted
CREATE TYPE int42 (
   internallength = 4,
   input = int42_in,
   output = int42_out,
   alignment = int4,
   default = 42,
   passedbyvalue
);

-- corpus: line 98 accepted
CREATE TYPE text_w_default (
   internallength = variable,
   input = text_w_default_in,
   output = text_w_default_out,
   alignment = int4,
   default = 'zippo'
);

-- corpus: line 106 accepted
CREATE TABLE default_test (f1 text_w_default, f2 int42);

-- corpus: line 113 accepted
CREATE TYPE bogus_type;

-- corpus: line 116 accepted
CREATE TYPE bogus_type (
	"Internallength" = 4,
	"Input" = int42_in,
	"Output" = int42_out,
	"Alignment" = int4,
	"Default" = 42,
	"Passedbyvalue"
);

-- corpus: line 126 accepted
CREATE TYPE bogus_type (INPUT = array_in,
    OUTPUT = array_out,
    ELEMENT = int,
    INTERNALLENGTH = 32);

-- corpus: line 131 accepted
DROP TYPE bogus_type;

-- corpus: line 134 accepted
CREATE TYPE bogus_type (INPUT = array_in,
    OUTPUT = array_out,
    ELEMENT = int,
    INTERNALLENGTH = 32);

-- corpus: line 141 accepted
CREATE TYPE default_test_row AS (f1 text_w_default, f2 int42);

-- corpus: line 143 accepted
CREATE FUNCTION get_default_test() RETURNS SETOF default_test_row AS '
  SELECT * FROM default_test;
' LANGUAGE SQL;

-- corpus: line 150 accepted
COMMENT ON TYPE bad IS 'bad comment';

-- corpus: line 151 accepted
COMMENT ON TYPE default_test_row IS 'good comment';

-- corpus: line 152 accepted
COMMENT ON TYPE default_test_row IS NULL;

-- corpus: line 153 accepted
COMMENT ON COLUMN default_test_row.nope IS 'bad comment';

-- corpus: line 154 accepted
COMMENT ON COLUMN default_test_row.f1 IS 'good comment';

-- corpus: line 155 accepted
COMMENT ON COLUMN default_test_row.f1 IS NULL;

-- corpus: line 158 accepted
CREATE TYPE text_w_default;

-- corpus: line 160 accepted
DROP TYPE default_test_row CASCADE;

-- corpus: line 162 accepted
DROP TABLE default_test;

-- corpus: line 165 accepted
CREATE TYPE base_type;

-- corpus: line 166 accepted
CREATE FUNCTION base_fn_in(cstring) RETURNS base_type AS 'boolin'
    LANGUAGE internal IMMUTABLE STRICT;

-- corpus: line 168 accepted
CREATE FUNCTION base_fn_out(base_type) RETURNS cstring AS 'boolout'
    LANGUAGE internal IMMUTABLE STRICT;

-- corpus: line 170 accepted
CREATE TYPE base_type(INPUT = base_fn_in, OUTPUT = base_fn_out);

-- corpus: line 171 accepted
DROP FUNCTION base_fn_in(cstring);

-- corpus: line 172 accepted
DROP FUNCTION base_fn_out(base_type);

-- corpus: line 173 accepted
DROP TYPE base_type;

-- corpus: line 174 accepted
DROP TYPE base_type CASCADE;

-- corpus: line 179 accepted
CREATE TEMP TABLE mytab (foo widget(42,13,7));

-- corpus: line 180 accepted
CREATE TEMP TABLE mytab (foo widget(42,13));

-- corpus: line 210 accepted
CREATE OPERATOR <% (
   leftarg = point,
   rightarg = widget,
   procedure = pt_in_widget,
   commutator = >% ,
   negator = >=%
);

-- corpus: line 222 accepted
CREATE TABLE city (
	name		name,
	location 	box,
	budget 		city_budget
);

-- corpus: line 238 accepted
CREATE TYPE myvarchar;

-- corpus: line 240 accepted
CREATE FUNCTION myvarcharin(cstring, oid, integer) RETURNS myvarchar
LANGUAGE internal IMMUTABLE PARALLEL SAFE STRICT AS 'varcharin';

-- corpus: line 243 accepted
CREATE FUNCTION myvarcharout(myvarchar) RETURNS cstring
LANGUAGE internal IMMUTABLE PARALLEL SAFE STRICT AS 'varcharout';

-- corpus: line 246 accepted
CREATE FUNCTION myvarcharsend(myvarchar) RETURNS bytea
LANGUAGE internal STABLE PARALLEL SAFE STRICT AS 'varcharsend';

-- corpus: line 249 accepted
CREATE FUNCTION myvarcharrecv(internal, oid, integer) RETURNS myvarchar
LANGUAGE internal STABLE PARALLEL SAFE STRICT AS 'varcharrecv';

-- corpus: line 253 accepted
ALTER TYPE myvarchar SET (storage = extended);

-- corpus: line 255 accepted
CREATE TYPE myvarchar (
    input = myvarcharin,
    output = myvarcharout,
    alignment = integer,
    storage = main
);

-- corpus: line 263 accepted
CREATE DOMAIN myvarchardom AS myvarchar;

-- corpus: line 265 accepted
ALTER TYPE myvarchar SET (storage = plain);

-- corpus: line 267 accepted
ALTER TYPE myvarchar SET (storage = extended);

-- corpus: line 269 accepted
ALTER TYPE myvarchar SET (
    send = myvarcharsend,
    receive = myvarcharrecv,
    typmod_in = varchartypmodin,
    typmod_out = varchartypmodout,
    -- these are bogus, but it's safe as long as we don't use the type:
    analyze = ts_typanalyze,
    subscript = raw_array_subscript_handler
);

-- corpus: line 296 accepted
DROP FUNCTION myvarcharsend(myvarchar);

-- corpus: line 297 accepted
DROP TYPE myvarchar;

-- corpus: line 299 accepted
DROP TYPE myvarchar CASCADE;
