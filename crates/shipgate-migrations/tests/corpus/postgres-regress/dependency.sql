-- corpus: line 5 accepted
CREATE USER regress_dep_user;

-- corpus: line 6 accepted
CREATE USER regress_dep_user2;

-- corpus: line 7 accepted
CREATE USER regress_dep_user3;

-- corpus: line 8 accepted
CREATE GROUP regress_dep_group;

-- corpus: line 10 accepted
CREATE TABLE deptest (f1 serial primary key, f2 text);

-- corpus: line 12 accepted
GRANT SELECT ON TABLE deptest TO GROUP regress_dep_group;

-- corpus: line 13 accepted
GRANT ALL ON TABLE deptest TO regress_dep_user, regress_dep_user2;

-- corpus: line 16 accepted
DROP USER regress_dep_user;

-- corpus: line 17 accepted
DROP GROUP regress_dep_group;

-- corpus: line 20 accepted
REVOKE SELECT ON deptest FROM GROUP regress_dep_group;

-- corpus: line 21 accepted
DROP GROUP regress_dep_group;

-- corpus: line 24 accepted
REVOKE SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON deptest FROM regress_dep_user;

-- corpus: line 25 accepted
DROP USER regress_dep_user;

-- corpus: line 28 accepted
REVOKE TRIGGER ON deptest FROM regress_dep_user;

-- corpus: line 29 accepted
DROP USER regress_dep_user;

-- corpus: line 32 accepted
REVOKE ALL ON deptest FROM regress_dep_user2;

-- corpus: line 33 accepted
DROP USER regress_dep_user2;

-- corpus: line 39 accepted
ALTER TABLE deptest OWNER TO regress_dep_user3;

-- corpus: line 40 accepted
DROP USER regress_dep_user3;

-- corpus: line 44 accepted
DROP TABLE deptest;

-- corpus: line 45 accepted
DROP USER regress_dep_user3;

-- corpus: line 48 accepted
CREATE USER regress_dep_user0;

-- corpus: line 49 accepted
CREATE USER regress_dep_user1;

-- corpus: line 50 accepted
CREATE USER regress_dep_user2;

-- corpus: line 53 accepted
DROP OWNED BY regress_dep_user1;

-- corpus: line 54 accepted
DROP OWNED BY regress_dep_user0, regress_dep_user2;

-- corpus: line 58 accepted
DROP OWNED BY regress_dep_user0;

-- corpus: line 60 accepted
CREATE TABLE deptest1 (f1 int unique);

-- corpus: line 61 accepted
GRANT ALL ON deptest1 TO regress_dep_user1 WITH GRANT OPTION;

-- corpus: line 64 accepted
CREATE TABLE deptest (a serial primary key, b text);

-- corpus: line 65 accepted
GRANT ALL ON deptest1 TO regress_dep_user2;

-- corpus: line 69 accepted
DROP OWNED BY regress_dep_user1;

-- corpus: line 76 accepted
GRANT ALL ON deptest1 TO regress_dep_user1;

-- corpus: line 77 accepted
GRANT CREATE ON DATABASE regression TO regress_dep_user1;

-- corpus: line 80 accepted
CREATE SCHEMA deptest;

-- corpus: line 81 accepted
CREATE TABLE deptest (a serial primary key, b text);

-- corpus: line 82 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_dep_user1 IN SCHEMA deptest
  GRANT ALL ON TABLES TO regress_dep_user2;

-- corpus: line 84 accepted
CREATE FUNCTION deptest_func() RETURNS void LANGUAGE plpgsql
  AS $$ BEGIN END; $$;

-- corpus: line 86 accepted
CREATE TYPE deptest_enum AS ENUM ('red');

-- corpus: line 87 accepted
CREATE TYPE deptest_range AS RANGE (SUBTYPE = int4);

-- corpus: line 89 accepted
CREATE TABLE deptest2 (f1 int);

-- corpus: line 91 accepted
CREATE SEQUENCE ss1;

-- corpus: line 92 accepted
ALTER TABLE deptest2 ALTER f1 SET DEFAULT nextval('ss1');

-- corpus: line 93 accepted
ALTER SEQUENCE ss1 OWNED BY deptest2.f1;

-- corpus: line 97 accepted
CREATE TYPE deptest_t AS (a int);

-- corpus: line 109 accepted
DROP USER regress_dep_user1;

-- corpus: line 110 accepted
DROP OWNED BY regress_dep_user1;

-- corpus: line 111 accepted
DROP USER regress_dep_user1;

-- corpus: line 113 accepted
DROP USER regress_dep_user2;

-- corpus: line 114 accepted
DROP OWNED BY regress_dep_user2, regress_dep_user0;

-- corpus: line 115 accepted
DROP USER regress_dep_user2;

-- corpus: line 116 accepted
DROP USER regress_dep_user0;
