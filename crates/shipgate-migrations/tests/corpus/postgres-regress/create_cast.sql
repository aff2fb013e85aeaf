-- corpus: line 6 accepted
CREATE TYPE casttesttype;

-- corpus: line 8 accepted
CREATE FUNCTION casttesttype_in(cstring)
   RETURNS casttesttype
   AS 'textin'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 12 accepted
CREATE FUNCTION casttesttype_out(casttesttype)
   RETURNS cstring
   AS 'textout'
   LANGUAGE internal STRICT IMMUTABLE;

-- corpus: line 17 accepted
CREATE TYPE casttesttype (
   internallength = variable,
   input = casttesttype_in,
   output = casttesttype_out,
   alignment = int4
);

-- corpus: line 25 accepted
CREATE FUNCTION casttestfunc(casttesttype) RETURNS int4 LANGUAGE SQL AS
$$ SELECT 1; $$;

-- corpus: line 31 accepted
CREATE CAST (text AS casttesttype) WITHOUT FUNCTION;

-- corpus: line 34 accepted
DROP CAST (text AS casttesttype);

-- corpus: line 37 accepted
CREATE CAST (text AS casttesttype) WITHOUT FUNCTION AS IMPLICIT;

-- corpus: line 43 accepted
CREATE CAST (int4 AS casttesttype) WITH INOUT;

-- corpus: line 46 accepted
DROP CAST (int4 AS casttesttype);

-- corpus: line 50 accepted
CREATE FUNCTION int4_casttesttype(int4) RETURNS casttesttype LANGUAGE SQL AS
$$ SELECT ('foo'::text || $1::text)::casttesttype; $$;

-- corpus: line 53 accepted
CREATE CAST (int4 AS casttesttype) WITH FUNCTION int4_casttesttype(int4) AS IMPLICIT;

-- corpus: line 56 accepted
DROP FUNCTION int4_casttesttype(int4) CASCADE;

-- corpus: line 60 accepted
CREATE FUNCTION bar_int4_text(int4) RETURNS text LANGUAGE SQL AS
$$ SELECT ('bar'::text || $1::text); $$;

-- corpus: line 63 accepted
CREATE CAST (int4 AS casttesttype) WITH FUNCTION bar_int4_text(int4) AS IMPLICIT;
