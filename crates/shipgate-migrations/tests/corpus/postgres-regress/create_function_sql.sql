-- corpus: line 9 accepted
CREATE USER regress_unpriv_user;

-- corpus: line 11 accepted
CREATE SCHEMA temp_func_test;

-- corpus: line 12 accepted
GRANT ALL ON SCHEMA temp_func_test TO public;

-- corpus: line 23 accepted
CREATE FUNCTION functest_A_1(text, date) RETURNS bool LANGUAGE 'sql'
       AS 'SELECT $1 = ''abcd'' AND $2 > ''2001-01-01''';

-- corpus: line 25 accepted
CREATE FUNCTION functest_A_2(text[]) RETURNS int LANGUAGE 'sql'
       AS 'SELECT $1[1]::int';

-- corpus: line 27 accepted
CREATE FUNCTION functest_A_3() RETURNS bool LANGUAGE 'sql'
       AS 'SELECT false';

-- corpus: line 41 accepted
CREATE FUNCTION functest_B_1(int) RETURNS bool LANGUAGE 'sql'
       AS 'SELECT $1 > 0';

-- corpus: line 43 accepted
CREATE FUNCTION functest_B_2(int) RETURNS bool LANGUAGE 'sql'
       IMMUTABLE AS 'SELECT $1 > 0';

-- corpus: line 45 accepted
CREATE FUNCTION functest_B_3(int) RETURNS bool LANGUAGE 'sql'
       STABLE AS 'SELECT $1 = 0';

-- corpus: line 47 accepted
CREATE FUNCTION functest_B_4(int) RETURNS bool LANGUAGE 'sql'
       VOLATILE AS 'SELECT $1 < 0';

-- corpus: line 55 accepted
ALTER FUNCTION functest_B_2(int) VOLATILE;

-- corpus: line 56 accepted
ALTER FUNCTION functest_B_3(int) COST 100;

-- corpus: line 66 accepted
CREATE FUNCTION functest_C_1(int) RETURNS bool LANGUAGE 'sql'
       AS 'SELECT $1 > 0';

-- corpus: line 68 accepted
CREATE FUNCTION functest_C_2(int) RETURNS bool LANGUAGE 'sql'
       SECURITY DEFINER AS 'SELECT $1 = 0';

-- corpus: line 70 accepted
CREATE FUNCTION functest_C_3(int) RETURNS bool LANGUAGE 'sql'
       SECURITY INVOKER AS 'SELECT $1 < 0';

-- corpus: line 77 accepted
ALTER FUNCTION functest_C_1(int) IMMUTABLE;

-- corpus: line 78 accepted
ALTER FUNCTION functest_C_2(int) SECURITY INVOKER;

-- corpus: line 79 accepted
ALTER FUNCTION functest_C_3(int) SECURITY DEFINER;

-- corpus: line 88 accepted
CREATE FUNCTION functest_E_1(int) RETURNS bool LANGUAGE 'sql'
       AS 'SELECT $1 > 100';

-- corpus: line 90 accepted
CREATE FUNCTION functest_E_2(int) RETURNS bool LANGUAGE 'sql'
       LEAKPROOF AS 'SELECT $1 > 100';

-- corpus: line 96 accepted
ALTER FUNCTION functest_E_1(int) LEAKPROOF;

-- corpus: line 97 accepted
ALTER FUNCTION functest_E_2(int) STABLE;

-- corpus: line 102 accepted
ALTER FUNCTION functest_E_2(int) NOT LEAKPROOF;

-- corpus: line 108 accepted
ALTER FUNCTION functest_E_1(int) OWNER TO regress_unpriv_user;

-- corpus: line 109 accepted
ALTER FUNCTION functest_E_2(int) OWNER TO regress_unpriv_user;

-- corpus: line 113 accepted
ALTER FUNCTION functest_E_1(int) NOT LEAKPROOF;

-- corpus: line 114 accepted
ALTER FUNCTION functest_E_2(int) LEAKPROOF;

-- corpus: line 116 accepted
CREATE FUNCTION functest_E_3(int) RETURNS bool LANGUAGE 'sql'
       LEAKPROOF AS 'SELECT $1 < 200';

-- corpus: line 124 accepted
CREATE FUNCTION functest_F_1(int) RETURNS bool LANGUAGE 'sql'
       AS 'SELECT $1 > 50';

-- corpus: line 126 accepted
CREATE FUNCTION functest_F_2(int) RETURNS bool LANGUAGE 'sql'
       CALLED ON NULL INPUT AS 'SELECT $1 = 50';

-- corpus: line 128 accepted
CREATE FUNCTION functest_F_3(int) RETURNS bool LANGUAGE 'sql'
       RETURNS NULL ON NULL INPUT AS 'SELECT $1 < 50';

-- corpus: line 130 accepted
CREATE FUNCTION functest_F_4(int) RETURNS bool LANGUAGE 'sql'
       STRICT AS 'SELECT $1 = 50';

-- corpus: line 138 accepted
ALTER FUNCTION functest_F_1(int) IMMUTABLE;

-- corpus: line 139 accepted
ALTER FUNCTION functest_F_2(int) STRICT;

-- corpus: line 140 accepted
ALTER FUNCTION functest_F_3(int) CALLED ON NULL INPUT;

-- corpus: line 159 accepted
CREATE FUNCTION functest_S_1(a text, b date) RETURNS boolean
    LANGUAGE SQL
    RETURN a = 'abcd' AND b > '2001-01-01';

-- corpus: line 162 accepted
CREATE FUNCTION functest_S_2(a text[]) RETURNS int
    RETURN a[1]::int;

-- corpus: line 164 accepted
CREATE FUNCTION functest_S_3() RETURNS boolean
    RETURN false;

-- corpus: line 166 accepted
CREATE FUNCTION functest_S_3a() RETURNS boolean
    BEGIN ATOMIC
        ;;RETURN false;;
    END;

-- corpus: line 171 accepted
CREATE FUNCTION functest_S_10(a text, b date) RETURNS boolean
    LANGUAGE SQL
    BEGIN ATOMIC
        SELECT a = 'abcd' AND b > '2001-01-01';
    END;

-- corpus: line 177 accepted
CREATE FUNCTION functest_S_13() RETURNS boolean
    BEGIN ATOMIC
        SELECT 1;
        SELECT false;
    END;

-- corpus: line 184 accepted
CREATE TABLE functest1 (i int);

-- corpus: line 185 accepted
CREATE FUNCTION functest_S_16(a int, b int) RETURNS void
    LANGUAGE SQL
    BEGIN ATOMIC
        INSERT INTO functest1 SELECT a + $2;
    END;

-- corpus: line 192 accepted
CREATE FUNCTION functest_S_xxx(x int) RETURNS int
    LANGUAGE SQL
    AS $$ SELECT x * 2 $$
    RETURN x * 3;

-- corpus: line 198 accepted
CREATE FUNCTION functest_S_xx(x anyarray) RETURNS anyelement
    LANGUAGE SQL
    RETURN x[1];

-- corpus: line 203 accepted
CREATE FUNCTION functest_S_xx(x date) RETURNS boolean
    LANGUAGE SQL
    RETURN x > 1;

-- corpus: line 208 accepted
CREATE FUNCTION functest_S_15(x int) RETURNS boolean
LANGUAGE SQL
BEGIN ATOMIC
    select case when x % 2 = 0 then true else false end;
END;

-- corpus: line 230 accepted
DROP TABLE functest1 CASCADE;

-- corpus: line 233 accepted
CREATE TABLE functest3 (a int);

-- corpus: line 235 accepted
CREATE VIEW functestv3 AS SELECT * FROM functest3;

-- corpus: line 237 accepted
CREATE FUNCTION functest_S_14() RETURNS bigint
    RETURN (SELECT count(*) FROM functestv3);

-- corpus: line 242 accepted
DROP TABLE functest3 CASCADE;

-- corpus: line 247 accepted
CREATE FUNCTION functest_IS_1(a int, b int default 1, c text default 'foo')
    RETURNS int
    LANGUAGE SQL
    AS 'SELECT $1 + $2';

-- corpus: line 252 accepted
CREATE FUNCTION functest_IS_2(out a int, b int default 1)
    RETURNS int
    LANGUAGE SQL
    AS 'SELECT $1';

-- corpus: line 257 accepted
CREATE FUNCTION functest_IS_3(a int default 1, out b int)
    RETURNS int
    LANGUAGE SQL
    AS 'SELECT $1';

-- corpus: line 267 accepted
DROP FUNCTION functest_IS_1(int, int, text), functest_IS_2(int), functest_IS_3(int);

-- corpus: line 271 accepted
CREATE FUNCTION functest_IS_4a() RETURNS int LANGUAGE SQL AS 'SELECT 1';

-- corpus: line 272 accepted
CREATE FUNCTION functest_IS_4b(x int DEFAULT functest_IS_4a()) RETURNS int LANGUAGE SQL AS 'SELECT x';

-- corpus: line 274 accepted
CREATE SEQUENCE functest1;

-- corpus: line 275 accepted
CREATE FUNCTION functest_IS_5(x int DEFAULT nextval('functest1'))
    RETURNS int
    LANGUAGE SQL
    AS 'SELECT x';

-- corpus: line 280 accepted
CREATE FUNCTION functest_IS_6()
    RETURNS int
    LANGUAGE SQL
    RETURN nextval('functest1');

-- corpus: line 285 accepted
CREATE TABLE functest2 (a int, b int);

-- corpus: line 287 accepted
CREATE FUNCTION functest_IS_7()
    RETURNS int
    LANGUAGE SQL
    RETURN (SELECT count(a) FROM functest2);

-- corpus: line 309 accepted
DROP FUNCTION functest_IS_4a CASCADE;

-- corpus: line 310 accepted
DROP SEQUENCE functest1 CASCADE;

-- corpus: line 311 accepted
DROP TABLE functest2 CASCADE;

-- corpus: line 315 accepted
CREATE FUNCTION functest_B_2(bigint) RETURNS bool LANGUAGE 'sql'
       IMMUTABLE AS 'SELECT $1 > 0';

-- corpus: line 318 accepted
DROP FUNCTION functest_b_1;

-- corpus: line 319 accepted
DROP FUNCTION functest_b_1;

-- corpus: line 320 accepted
DROP FUNCTION functest_b_2;

-- corpus: line 325 accepted
CREATE FUNCTION functest1(a int) RETURNS int LANGUAGE SQL AS 'SELECT $1';

-- corpus: line 326 accepted
CREATE OR REPLACE FUNCTION functest1(a int) RETURNS int LANGUAGE SQL WINDOW AS 'SELECT $1';

-- corpus: line 327 accepted
CREATE OR REPLACE PROCEDURE functest1(a int) LANGUAGE SQL AS 'SELECT $1';

-- corpus: line 328 accepted
DROP FUNCTION functest1(a int);

-- corpus: line 333 accepted
CREATE TABLE functest3 (a int);

-- corpus: line 336 accepted
CREATE FUNCTION functest_sri1() RETURNS SETOF int
LANGUAGE SQL
STABLE
AS '
    SELECT * FROM functest3;
';

-- corpus: line 346 accepted
CREATE FUNCTION functest_sri2() RETURNS SETOF int
LANGUAGE SQL
STABLE
BEGIN ATOMIC
    SELECT * FROM functest3;
END;

-- corpus: line 356 accepted
DROP TABLE functest3 CASCADE;

-- corpus: line 361 accepted
CREATE FUNCTION voidtest1(a int) RETURNS VOID LANGUAGE SQL AS
$$ SELECT a + 1 $$;

-- corpus: line 365 accepted
CREATE FUNCTION voidtest2(a int, b int) RETURNS VOID LANGUAGE SQL AS
$$ SELECT voidtest1(a + b) $$;

-- corpus: line 372 accepted
CREATE TEMP TABLE sometable(f1 int);

-- corpus: line 374 accepted
CREATE FUNCTION voidtest3(a int) RETURNS VOID LANGUAGE SQL AS
$$ INSERT INTO sometable VALUES(a + 1) $$;

-- corpus: line 378 accepted
CREATE FUNCTION voidtest4(a int) RETURNS VOID LANGUAGE SQL AS
$$ INSERT INTO sometable VALUES(a - 1) RETURNING f1 $$;

-- corpus: line 384 accepted
CREATE FUNCTION voidtest5(a int) RETURNS SETOF VOID LANGUAGE SQL AS
$$ SELECT generate_series(1, a) $$ STABLE;

-- corpus: line 394 accepted
CREATE FUNCTION double_append(anyarray, anyelement) RETURNS SETOF anyarray
LANGUAGE SQL IMMUTABLE AS
$$ SELECT array_append($1, $2) || array_append($1, $2) $$;

-- corpus: line 403 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE SQL
    AS 'SELECT ''not an integer'';';

-- corpus: line 406 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE SQL
    AS 'not even SQL';

-- corpus: line 409 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE SQL
    AS 'SELECT 1, 2, 3;';

-- corpus: line 412 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE SQL
    AS 'SELECT $2;';

-- corpus: line 415 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE SQL
    AS 'a', 'b';

-- corpus: line 419 accepted
DROP SCHEMA temp_func_test CASCADE;

-- corpus: line 420 accepted
DROP USER regress_unpriv_user;
