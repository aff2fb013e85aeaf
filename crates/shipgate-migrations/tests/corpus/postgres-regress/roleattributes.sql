-- corpus: line 2 accepted
CREATE ROLE regress_test_def_superuser;

-- corpus: line 5 accepted
CREATE ROLE regress_test_superuser WITH SUPERUSER;

-- corpus: line 7 accepted
ALTER ROLE regress_test_superuser WITH NOSUPERUSER;

-- corpus: line 9 accepted
ALTER ROLE regress_test_superuser WITH SUPERUSER;

-- corpus: line 13 accepted
CREATE ROLE regress_test_def_inherit;

-- corpus: line 15 accepted
CREATE ROLE regress_test_inherit WITH NOINHERIT;

-- corpus: line 17 accepted
ALTER ROLE regress_test_inherit WITH INHERIT;

-- corpus: line 19 accepted
ALTER ROLE regress_test_inherit WITH NOINHERIT;

-- corpus: line 23 accepted
CREATE ROLE regress_test_def_createrole;

-- corpus: line 25 accepted
CREATE ROLE regress_test_createrole WITH CREATEROLE;

-- corpus: line 27 accepted
ALTER ROLE regress_test_createrole WITH NOCREATEROLE;

-- corpus: line 29 accepted
ALTER ROLE regress_test_createrole WITH CREATEROLE;

-- corpus: line 33 accepted
CREATE ROLE regress_test_def_createdb;

-- corpus: line 35 accepted
CREATE ROLE regress_test_createdb WITH CREATEDB;

-- corpus: line 37 accepted
ALTER ROLE regress_test_createdb WITH NOCREATEDB;

-- corpus: line 39 accepted
ALTER ROLE regress_test_createdb WITH CREATEDB;

-- corpus: line 43 accepted
CREATE ROLE regress_test_def_role_canlogin;

-- corpus: line 45 accepted
CREATE ROLE regress_test_role_canlogin WITH LOGIN;

-- corpus: line 47 accepted
ALTER ROLE regress_test_role_canlogin WITH NOLOGIN;

-- corpus: line 49 accepted
ALTER ROLE regress_test_role_canlogin WITH LOGIN;

-- corpus: line 53 accepted
CREATE USER regress_test_def_user_canlogin;

-- corpus: line 55 accepted
CREATE USER regress_test_user_canlogin WITH NOLOGIN;

-- corpus: line 57 accepted
ALTER USER regress_test_user_canlogin WITH LOGIN;

-- corpus: line 59 accepted
ALTER USER regress_test_user_canlogin WITH NOLOGIN;

-- corpus: line 63 accepted
CREATE ROLE regress_test_def_replication;

-- corpus: line 65 accepted
CREATE ROLE regress_test_replication WITH REPLICATION;

-- corpus: line 67 accepted
ALTER ROLE regress_test_replication WITH NOREPLICATION;

-- corpus: line 69 accepted
ALTER ROLE regress_test_replication WITH REPLICATION;

-- corpus: line 73 accepted
CREATE ROLE regress_test_def_bypassrls;

-- corpus: line 75 accepted
CREATE ROLE regress_test_bypassrls WITH BYPASSRLS;

-- corpus: line 77 accepted
ALTER ROLE regress_test_bypassrls WITH NOBYPASSRLS;

-- corpus: line 79 accepted
ALTER ROLE regress_test_bypassrls WITH BYPASSRLS;

-- corpus: line 83 accepted
DROP ROLE regress_test_def_superuser;

-- corpus: line 84 accepted
DROP ROLE regress_test_superuser;

-- corpus: line 85 accepted
DROP ROLE regress_test_def_inherit;

-- corpus: line 86 accepted
DROP ROLE regress_test_inherit;

-- corpus: line 87 accepted
DROP ROLE regress_test_def_createrole;

-- corpus: line 88 accepted
DROP ROLE regress_test_createrole;

-- corpus: line 89 accepted
DROP ROLE regress_test_def_createdb;

-- corpus: line 90 accepted
DROP ROLE regress_test_createdb;

-- corpus: line 91 accepted
DROP ROLE regress_test_def_role_canlogin;

-- corpus: line 92 accepted
DROP ROLE regress_test_role_canlogin;

-- corpus: line 93 accepted
DROP USER regress_test_def_user_canlogin;

-- corpus: line 94 accepted
DROP USER regress_test_user_canlogin;

-- corpus: line 95 accepted
DROP ROLE regress_test_def_replication;

-- corpus: line 96 accepted
DROP ROLE regress_test_replication;

-- corpus: line 97 accepted
DROP ROLE regress_test_def_bypassrls;

-- corpus: line 98 accepted
DROP ROLE regress_test_bypassrls;
