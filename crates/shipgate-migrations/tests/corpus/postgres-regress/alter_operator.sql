-- corpus: line 1 accepted
CREATE FUNCTION alter_op_test_fn(boolean, boolean)
RETURNS boolean AS $$ SELECT NULL::BOOLEAN; $$ LANGUAGE sql IMMUTABLE;

-- corpus: line 4 accepted
CREATE FUNCTION customcontsel(internal, oid, internal, integer)
RETURNS float8 AS 'contsel' LANGUAGE internal STABLE STRICT;

-- corpus: line 7 accepted
CREATE OPERATOR === (
    LEFTARG = boolean,
    RIGHTARG = boolean,
    PROCEDURE = alter_op_test_fn,
    COMMUTATOR = ===,
    NEGATOR = !==,
    RESTRICT = customcontsel,
    JOIN = contjoinsel,
    HASHES, MERGES
);

-- corpus: line 28 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = NONE);

-- corpus: line 29 accepted
ALTER OPERATOR === (boolean, boolean) SET (JOIN = NONE);

-- corpus: line 40 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = contsel);

-- corpus: line 41 accepted
ALTER OPERATOR === (boolean, boolean) SET (JOIN = contjoinsel);

-- corpus: line 52 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = NONE, JOIN = NONE);

-- corpus: line 63 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = customcontsel, JOIN = contjoinsel);

-- corpus: line 77 accepted
ALTER OPERATOR === (boolean, boolean) SET (COMMUTATOR = ====);

-- corpus: line 78 accepted
ALTER OPERATOR === (boolean, boolean) SET (NEGATOR = ====);

-- corpus: line 79 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = non_existent_func);

-- corpus: line 80 accepted
ALTER OPERATOR === (boolean, boolean) SET (JOIN = non_existent_func);

-- corpus: line 81 accepted
ALTER OPERATOR === (boolean, boolean) SET (COMMUTATOR = !==);

-- corpus: line 82 accepted
ALTER OPERATOR === (boolean, boolean) SET (NEGATOR = !==);

-- corpus: line 85 accepted
ALTER OPERATOR & (bit, bit) SET ("Restrict" = _int_contsel, "Join" = _int_contjoinsel);

-- corpus: line 90 accepted
CREATE USER regress_alter_op_user;

-- corpus: line 93 accepted
ALTER OPERATOR === (boolean, boolean) SET (RESTRICT = NONE);

-- corpus: line 97 accepted
DROP USER regress_alter_op_user;

-- corpus: line 98 accepted
DROP OPERATOR === (boolean, boolean);

-- corpus: line 99 accepted
DROP FUNCTION customcontsel(internal, oid, internal, integer);

-- corpus: line 100 accepted
DROP FUNCTION alter_op_test_fn(boolean, boolean);
