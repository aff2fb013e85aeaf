-- corpus: line 5 accepted
CREATE OPERATOR ## (
   leftarg = path,
   rightarg = path,
   function = path_inter,
   commutator = ##
);

-- corpus: line 12 accepted
CREATE OPERATOR @#@ (
   rightarg = int8,		-- prefix
   procedure = factorial
);

-- corpus: line 17 accepted
CREATE OPERATOR #%# (
   leftarg = int8,		-- fail, postfix is no longer supported
   procedure = factorial
);

-- corpus: line 26 accepted
COMMENT ON OPERATOR ###### (NONE, int4) IS 'bad prefix';

-- corpus: line 27 accepted
COMMENT ON OPERATOR ###### (int4, NONE) IS 'bad postfix';

-- corpus: line 28 accepted
COMMENT ON OPERATOR ###### (int4, int8) IS 'bad infix';

-- corpus: line 31 accepted
DROP OPERATOR ###### (NONE, int4);

-- corpus: line 32 accepted
DROP OPERATOR ###### (int4, NONE);

-- corpus: line 33 accepted
DROP OPERATOR ###### (int4, int8);

-- corpus: line 36 rejected 42601 syntax error at or near "=>"
CREATE OPERATOR => (
   rightarg = int8,
   procedure = factorial
);

-- corpus: line 45 accepted
CREATE OPERATOR !=- (
   rightarg = int8,
   procedure = factorial
);

-- corpus: line 76 accepted
CREATE ROLE regress_rol_op1;

-- corpus: line 77 accepted
CREATE SCHEMA schema_op1;

-- corpus: line 78 accepted
GRANT USAGE ON SCHEMA schema_op1 TO PUBLIC;

-- corpus: line 79 accepted
REVOKE USAGE ON SCHEMA schema_op1 FROM regress_rol_op1;

-- corpus: line 81 accepted
CREATE OPERATOR schema_op1.#*# (
   rightarg = int8,
   procedure = factorial
);

-- corpus: line 90 accepted
CREATE OPERATOR #*# (
   leftarg = SETOF int8,
   procedure = factorial
);

-- corpus: line 99 accepted
CREATE OPERATOR #*# (
   rightarg = SETOF int8,
   procedure = factorial
);

-- corpus: line 108 accepted
CREATE OR REPLACE FUNCTION fn_op2(boolean, boolean)
RETURNS boolean AS $$
    SELECT NULL::BOOLEAN;
$$ LANGUAGE sql IMMUTABLE;

-- corpus: line 112 accepted
CREATE OPERATOR === (
    LEFTARG = boolean,
    RIGHTARG = boolean,
    PROCEDURE = fn_op2,
    COMMUTATOR = ===,
    NEGATOR = !==,
    RESTRICT = contsel,
    JOIN = contjoinsel,
    SORT1, SORT2, LTCMP, GTCMP, HASHES, MERGES
);

-- corpus: line 125 accepted
CREATE OPERATOR #@%# (
   rightarg = int8,
   procedure = factorial,
   invalid_att = int8
);

-- corpus: line 132 accepted
CREATE OPERATOR #@%# (
   procedure = factorial
);

-- corpus: line 137 accepted
CREATE OPERATOR #@%# (
   rightarg = int8
);

-- corpus: line 143 accepted
CREATE ROLE regress_rol_op3;

-- corpus: line 144 accepted
CREATE TYPE type_op3 AS ENUM ('new', 'open', 'closed');

-- corpus: line 145 accepted
CREATE FUNCTION fn_op3(type_op3, int8)
RETURNS int8 AS $$
    SELECT NULL::int8;
$$ LANGUAGE sql IMMUTABLE;

-- corpus: line 149 accepted
REVOKE USAGE ON TYPE type_op3 FROM regress_rol_op3;

-- corpus: line 150 accepted
REVOKE USAGE ON TYPE type_op3 FROM PUBLIC;

-- corpus: line 152 accepted
CREATE OPERATOR #*# (
   leftarg = type_op3,
   rightarg = int8,
   procedure = fn_op3
);

-- corpus: line 161 accepted
CREATE ROLE regress_rol_op4;

-- corpus: line 162 accepted
CREATE TYPE type_op4 AS ENUM ('new', 'open', 'closed');

-- corpus: line 163 accepted
CREATE FUNCTION fn_op4(int8, type_op4)
RETURNS int8 AS $$
    SELECT NULL::int8;
$$ LANGUAGE sql IMMUTABLE;

-- corpus: line 167 accepted
REVOKE USAGE ON TYPE type_op4 FROM regress_rol_op4;

-- corpus: line 168 accepted
REVOKE USAGE ON TYPE type_op4 FROM PUBLIC;

-- corpus: line 170 accepted
CREATE OPERATOR #*# (
   leftarg = int8,
   rightarg = type_op4,
   procedure = fn_op4
);

-- corpus: line 179 accepted
CREATE ROLE regress_rol_op5;

-- corpus: line 180 accepted
CREATE TYPE type_op5 AS ENUM ('new', 'open', 'closed');

-- corpus: line 181 accepted
CREATE FUNCTION fn_op5(int8, int8)
RETURNS int8 AS $$
    SELECT NULL::int8;
$$ LANGUAGE sql IMMUTABLE;

-- corpus: line 185 accepted
REVOKE EXECUTE ON FUNCTION fn_op5(int8, int8) FROM regress_rol_op5;

-- corpus: line 186 accepted
REVOKE EXECUTE ON FUNCTION fn_op5(int8, int8) FROM PUBLIC;

-- corpus: line 188 accepted
CREATE OPERATOR #*# (
   leftarg = int8,
   rightarg = int8,
   procedure = fn_op5
);

-- corpus: line 197 accepted
CREATE ROLE regress_rol_op6;

-- corpus: line 198 accepted
CREATE TYPE type_op6 AS ENUM ('new', 'open', 'closed');

-- corpus: line 199 accepted
CREATE FUNCTION fn_op6(int8, int8)
RETURNS type_op6 AS $$
    SELECT NULL::type_op6;
$$ LANGUAGE sql IMMUTABLE;

-- corpus: line 203 accepted
REVOKE USAGE ON TYPE type_op6 FROM regress_rol_op6;

-- corpus: line 204 accepted
REVOKE USAGE ON TYPE type_op6 FROM PUBLIC;

-- corpus: line 206 accepted
CREATE OPERATOR #*# (
   leftarg = int8,
   rightarg = int8,
   procedure = fn_op6
);

-- corpus: line 214 accepted
CREATE OPERATOR ===
(
	"Leftarg" = box,
	"Rightarg" = box,
	"Procedure" = area_equal_function,
	"Commutator" = ===,
	"Negator" = !==,
	"Restrict" = area_restriction_function,
	"Join" = area_join_function,
	"Hashes",
	"Merges"
);
