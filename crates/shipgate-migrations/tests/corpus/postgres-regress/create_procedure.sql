-- corpus: line 4 accepted
CREATE FUNCTION cp_testfunc1(a int) RETURNS int LANGUAGE SQL AS $$ SELECT a $$;

-- corpus: line 6 accepted
CREATE TABLE cp_test (a int, b text);

-- corpus: line 8 accepted
CREATE PROCEDURE ptest1(x text)
LANGUAGE SQL
AS $$
INSERT INTO cp_test VALUES (1, x);
$$;

-- corpus: line 32 accepted
CREATE PROCEDURE ptest1s(x text)
LANGUAGE SQL
BEGIN ATOMIC
  INSERT INTO cp_test VALUES (1, x);
END;

-- corpus: line 46 accepted
CREATE PROCEDURE ptestx()
LANGUAGE SQL
BEGIN ATOMIC
  CREATE TABLE x (a int);
END;

-- corpus: line 53 accepted
CREATE PROCEDURE ptest2()
LANGUAGE SQL
AS $$
SELECT 5;
$$;

-- corpus: line 65 accepted
CREATE PROCEDURE ptest3(y text)
LANGUAGE SQL
AS $$
CALL ptest1(y);
CALL ptest1($1);
$$;

-- corpus: line 79 accepted
CREATE PROCEDURE ptest4a(INOUT a int, INOUT b int)
LANGUAGE SQL
AS $$
SELECT 1, 2;
$$;

-- corpus: line 87 accepted
CREATE PROCEDURE ptest4b(INOUT b int, INOUT a int)
LANGUAGE SQL
AS $$
CALL ptest4a(a, b);  -- error, not supported
$$;

-- corpus: line 93 accepted
DROP PROCEDURE ptest4a;

-- corpus: line 98 accepted
CREATE OR REPLACE PROCEDURE ptest5(a int, b text, c int default 100)
LANGUAGE SQL
AS $$
INSERT INTO cp_test VALUES(a, b);
INSERT INTO cp_test VALUES(c, b);
$$;

-- corpus: line 117 accepted
CREATE PROCEDURE ptest6(a int, b anyelement)
LANGUAGE SQL
AS $$
SELECT NULL::int;
$$;

-- corpus: line 128 accepted
CREATE PROCEDURE ptest7(a text, b text)
LANGUAGE SQL
AS $$
SELECT a = b;
$$;

-- corpus: line 138 accepted
CREATE PROCEDURE ptest8(x text)
BEGIN ATOMIC
END;

-- corpus: line 149 accepted
CREATE PROCEDURE ptest9(OUT a int)
LANGUAGE SQL
AS $$
INSERT INTO cp_test VALUES (1, 'a');
SELECT 1;
$$;

-- corpus: line 164 accepted
CREATE PROCEDURE ptest10(OUT a int, IN b int, IN c int)
LANGUAGE SQL AS $$ SELECT b - c $$;

-- corpus: line 173 accepted
CREATE PROCEDURE ptest11(a OUT int, VARIADIC b int[]) LANGUAGE SQL
  AS $$ SELECT b[1] + b[2] $$;

-- corpus: line 180 accepted
CREATE PROCEDURE ptest10(IN a int, IN b int, IN c int)
LANGUAGE SQL AS $$ SELECT a + b - c $$;

-- corpus: line 185 accepted
drop procedure ptest10;

-- corpus: line 186 accepted
drop procedure ptest10(int, int, int);

-- corpus: line 188 accepted
drop procedure ptest10(out int, int, int);

-- corpus: line 190 accepted
drop procedure ptest10(int, int, int);

-- corpus: line 193 accepted
drop procedure ptest10(in int, int, int);

-- corpus: line 195 accepted
drop procedure ptest10(int, int, int);

-- corpus: line 203 accepted
CREATE PROCEDURE ptestx() LANGUAGE SQL WINDOW AS $$ INSERT INTO cp_test VALUES (1, 'a') $$;

-- corpus: line 204 accepted
CREATE PROCEDURE ptestx() LANGUAGE SQL STRICT AS $$ INSERT INTO cp_test VALUES (1, 'a') $$;

-- corpus: line 205 accepted
CREATE PROCEDURE ptestx(a VARIADIC int[], b OUT int) LANGUAGE SQL
  AS $$ SELECT a[1] $$;

-- corpus: line 207 accepted
CREATE PROCEDURE ptestx(a int DEFAULT 42, b OUT int) LANGUAGE SQL
  AS $$ SELECT a $$;

-- corpus: line 210 accepted
ALTER PROCEDURE ptest1(text) STRICT;

-- corpus: line 211 accepted
ALTER FUNCTION ptest1(text) VOLATILE;

-- corpus: line 212 accepted
ALTER PROCEDURE cp_testfunc1(int) VOLATILE;

-- corpus: line 213 accepted
ALTER PROCEDURE nonexistent() VOLATILE;

-- corpus: line 215 accepted
DROP FUNCTION ptest1(text);

-- corpus: line 216 accepted
DROP PROCEDURE cp_testfunc1(int);

-- corpus: line 217 accepted
DROP PROCEDURE nonexistent();

-- corpus: line 222 accepted
CREATE USER regress_cp_user1;

-- corpus: line 223 accepted
GRANT INSERT ON cp_test TO regress_cp_user1;

-- corpus: line 224 accepted
REVOKE EXECUTE ON PROCEDURE ptest1(text) FROM PUBLIC;

-- corpus: line 228 accepted
GRANT EXECUTE ON PROCEDURE ptest1(text) TO regress_cp_user1;

-- corpus: line 236 accepted
ALTER ROUTINE cp_testfunc1(int) RENAME TO cp_testfunc1a;

-- corpus: line 237 accepted
ALTER ROUTINE cp_testfunc1a RENAME TO cp_testfunc1;

-- corpus: line 239 accepted
ALTER ROUTINE ptest1(text) RENAME TO ptest1a;

-- corpus: line 240 accepted
ALTER ROUTINE ptest1a RENAME TO ptest1;

-- corpus: line 242 accepted
DROP ROUTINE cp_testfunc1(int);

-- corpus: line 247 accepted
DROP PROCEDURE ptest1;

-- corpus: line 248 accepted
DROP PROCEDURE ptest1s;

-- corpus: line 249 accepted
DROP PROCEDURE ptest2;

-- corpus: line 251 accepted
DROP TABLE cp_test;

-- corpus: line 253 accepted
DROP USER regress_cp_user1;
