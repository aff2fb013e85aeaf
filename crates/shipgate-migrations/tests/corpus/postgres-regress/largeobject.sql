-- corpus: line 13 accepted
CREATE ROLE regress_lo_user;

-- corpus: line 15 accepted
ALTER LARGE OBJECT 42 OWNER TO regress_lo_user;

-- corpus: line 16 accepted
GRANT SELECT ON LARGE OBJECT 42 TO public;

-- corpus: line 17 accepted
COMMENT ON LARGE OBJECT 42 IS 'the ultimate answer';

-- corpus: line 26 accepted
CREATE TABLE lotest_stash_values (loid oid, fd integer);

-- corpus: line 272 accepted
COMMENT ON LARGE OBJECT 2121 IS 'testing comments';

-- corpus: line 319 accepted
DROP TABLE lotest_stash_values;

-- corpus: line 321 accepted
DROP ROLE regress_lo_user;
