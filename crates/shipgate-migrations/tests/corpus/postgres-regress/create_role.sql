-- corpus: line 2 accepted
CREATE ROLE regress_role_super SUPERUSER;

-- corpus: line 3 accepted
CREATE ROLE regress_role_admin CREATEDB CREATEROLE REPLICATION BYPASSRLS;

-- corpus: line 4 accepted
GRANT CREATE ON DATABASE regression TO regress_role_admin WITH GRANT OPTION;

-- corpus: line 5 accepted
CREATE ROLE regress_role_limited_admin CREATEROLE;

-- corpus: line 6 accepted
CREATE ROLE regress_role_normal;

-- corpus: line 10 accepted
CREATE ROLE regress_nosuch_superuser SUPERUSER;

-- corpus: line 11 accepted
CREATE ROLE regress_nosuch_replication_bypassrls REPLICATION BYPASSRLS;

-- corpus: line 12 accepted
CREATE ROLE regress_nosuch_replication REPLICATION;

-- corpus: line 13 accepted
CREATE ROLE regress_nosuch_bypassrls BYPASSRLS;

-- corpus: line 14 accepted
CREATE ROLE regress_nosuch_createdb CREATEDB;

-- corpus: line 17 accepted
CREATE ROLE regress_role_limited;

-- corpus: line 20 accepted
ALTER ROLE regress_role_limited SUPERUSER;

-- corpus: line 21 accepted
ALTER ROLE regress_role_limited REPLICATION;

-- corpus: line 22 accepted
ALTER ROLE regress_role_limited CREATEDB;

-- corpus: line 23 accepted
ALTER ROLE regress_role_limited BYPASSRLS;

-- corpus: line 24 accepted
DROP ROLE regress_role_limited;

-- corpus: line 28 accepted
CREATE ROLE regress_replication_bypassrls REPLICATION BYPASSRLS;

-- corpus: line 29 accepted
CREATE ROLE regress_replication REPLICATION;

-- corpus: line 30 accepted
CREATE ROLE regress_bypassrls BYPASSRLS;

-- corpus: line 31 accepted
CREATE ROLE regress_createdb CREATEDB;

-- corpus: line 34 accepted
ALTER ROLE regress_replication NOREPLICATION;

-- corpus: line 35 accepted
ALTER ROLE regress_replication REPLICATION;

-- corpus: line 36 accepted
ALTER ROLE regress_bypassrls NOBYPASSRLS;

-- corpus: line 37 accepted
ALTER ROLE regress_bypassrls BYPASSRLS;

-- corpus: line 38 accepted
ALTER ROLE regress_createdb NOCREATEDB;

-- corpus: line 39 accepted
ALTER ROLE regress_createdb CREATEDB;

-- corpus: line 42 accepted
ALTER ROLE regress_createdb SUPERUSER;

-- corpus: line 43 accepted
ALTER ROLE regress_createdb NOSUPERUSER;

-- corpus: line 46 accepted
CREATE ROLE regress_createrole CREATEROLE NOINHERIT;

-- corpus: line 47 accepted
GRANT CREATE ON DATABASE regression TO regress_createrole WITH GRANT OPTION;

-- corpus: line 48 accepted
CREATE ROLE regress_login LOGIN;

-- corpus: line 49 accepted
CREATE ROLE regress_inherit INHERIT;

-- corpus: line 50 accepted
CREATE ROLE regress_connection_limit CONNECTION LIMIT 5;

-- corpus: line 51 accepted
CREATE ROLE regress_encrypted_password ENCRYPTED PASSWORD 'foo';

-- corpus: line 52 accepted
CREATE ROLE regress_password_null PASSWORD NULL;

-- corpus: line 55 accepted
CREATE ROLE regress_noiseword SYSID 12345;

-- corpus: line 58 accepted
CREATE ROLE regress_nosuch_super IN ROLE regress_role_super;

-- corpus: line 61 accepted
CREATE ROLE regress_nosuch_dbowner IN ROLE pg_database_owner;

-- corpus: line 64 accepted
CREATE ROLE regress_inroles ROLE
	regress_role_super, regress_createdb, regress_createrole, regress_login,
	regress_inherit, regress_connection_limit, regress_encrypted_password, regress_password_null;

-- corpus: line 69 accepted
CREATE ROLE regress_nosuch_recursive ROLE regress_nosuch_recursive;

-- corpus: line 72 accepted
CREATE ROLE regress_adminroles ADMIN
	regress_role_super, regress_createdb, regress_createrole, regress_login,
	regress_inherit, regress_connection_limit, regress_encrypted_password, regress_password_null;

-- corpus: line 77 accepted
CREATE ROLE regress_nosuch_admin_recursive ADMIN regress_nosuch_admin_recursive;

-- corpus: line 81 accepted
CREATE DATABASE regress_nosuch_db;

-- corpus: line 84 accepted
CREATE ROLE regress_plainrole;

-- corpus: line 87 accepted
CREATE ROLE regress_rolecreator CREATEROLE;

-- corpus: line 91 accepted
CREATE ROLE regress_hasprivs CREATEROLE LOGIN INHERIT CONNECTION LIMIT 5;

-- corpus: line 94 accepted
COMMENT ON ROLE regress_hasprivs IS 'some comment';

-- corpus: line 95 accepted
ALTER ROLE regress_hasprivs RENAME TO regress_tenant;

-- corpus: line 96 accepted
ALTER ROLE regress_tenant NOINHERIT NOLOGIN CONNECTION LIMIT 7;

-- corpus: line 99 accepted
COMMENT ON ROLE regress_role_normal IS 'some comment';

-- corpus: line 100 accepted
ALTER ROLE regress_role_normal RENAME TO regress_role_abnormal;

-- corpus: line 101 accepted
ALTER ROLE regress_role_normal NOINHERIT NOLOGIN CONNECTION LIMIT 7;

-- corpus: line 105 accepted
CREATE TABLE tenant_table (i integer);

-- corpus: line 106 accepted
CREATE INDEX tenant_idx ON tenant_table(i);

-- corpus: line 107 accepted
CREATE VIEW tenant_view AS SELECT * FROM pg_catalog.pg_class;

-- corpus: line 108 accepted
REVOKE ALL PRIVILEGES ON tenant_table FROM PUBLIC;

-- corpus: line 112 accepted
DROP INDEX tenant_idx;

-- corpus: line 113 accepted
ALTER TABLE tenant_table ADD COLUMN t text;

-- corpus: line 114 accepted
DROP TABLE tenant_table;

-- corpus: line 115 accepted
ALTER VIEW tenant_view OWNER TO regress_role_admin;

-- corpus: line 116 accepted
DROP VIEW tenant_view;

-- corpus: line 119 accepted
CREATE SCHEMA regress_tenant_schema AUTHORIZATION regress_tenant;

-- corpus: line 126 accepted
CREATE ROLE regress_tenant2;

-- corpus: line 127 accepted
GRANT CREATE ON DATABASE regression TO regress_tenant2;

-- corpus: line 131 accepted
CREATE TABLE tenant2_table (i integer);

-- corpus: line 132 accepted
REVOKE ALL PRIVILEGES ON tenant2_table FROM PUBLIC;

-- corpus: line 136 accepted
CREATE SCHEMA regress_tenant2_schema AUTHORIZATION regress_tenant2;

-- corpus: line 137 accepted
ALTER SCHEMA regress_tenant2_schema OWNER TO regress_createrole;

-- corpus: line 138 accepted
ALTER TABLE tenant2_table OWNER TO regress_createrole;

-- corpus: line 139 accepted
ALTER TABLE tenant2_table OWNER TO regress_tenant2;

-- corpus: line 142 rejected 42601 syntax error at or near "OPTION"
REVOKE INHERIT OPTION FOR regress_tenant2 FROM regress_createrole;

-- corpus: line 143 accepted
ALTER SCHEMA regress_tenant2_schema OWNER TO regress_tenant2;

-- corpus: line 144 accepted
ALTER TABLE tenant2_table OWNER TO regress_createrole;

-- corpus: line 147 rejected 42601 syntax error at or near "INHERIT"
GRANT regress_tenant2 TO regress_createrole WITH INHERIT TRUE, SET FALSE;

-- corpus: line 148 accepted
ALTER TABLE tenant2_table OWNER TO regress_createrole;

-- corpus: line 149 accepted
ALTER TABLE tenant2_table OWNER TO regress_tenant2;

-- corpus: line 150 accepted
DROP TABLE tenant2_table;

-- corpus: line 153 accepted
CREATE ROLE regress_read_all_data IN ROLE pg_read_all_data;

-- corpus: line 154 accepted
CREATE ROLE regress_write_all_data IN ROLE pg_write_all_data;

-- corpus: line 155 accepted
CREATE ROLE regress_monitor IN ROLE pg_monitor;

-- corpus: line 156 accepted
CREATE ROLE regress_read_all_settings IN ROLE pg_read_all_settings;

-- corpus: line 157 accepted
CREATE ROLE regress_read_all_stats IN ROLE pg_read_all_stats;

-- corpus: line 158 accepted
CREATE ROLE regress_stat_scan_tables IN ROLE pg_stat_scan_tables;

-- corpus: line 159 accepted
CREATE ROLE regress_read_server_files IN ROLE pg_read_server_files;

-- corpus: line 160 accepted
CREATE ROLE regress_write_server_files IN ROLE pg_write_server_files;

-- corpus: line 161 accepted
CREATE ROLE regress_execute_server_program IN ROLE pg_execute_server_program;

-- corpus: line 162 accepted
CREATE ROLE regress_signal_backend IN ROLE pg_signal_backend;

-- corpus: line 165 accepted
DROP ROLE regress_tenant;

-- corpus: line 169 accepted
DROP ROLE regress_nosuch_superuser;

-- corpus: line 170 accepted
DROP ROLE regress_nosuch_replication_bypassrls;

-- corpus: line 171 accepted
DROP ROLE regress_nosuch_replication;

-- corpus: line 172 accepted
DROP ROLE regress_nosuch_bypassrls;

-- corpus: line 173 accepted
DROP ROLE regress_nosuch_super;

-- corpus: line 174 accepted
DROP ROLE regress_nosuch_dbowner;

-- corpus: line 175 accepted
DROP ROLE regress_nosuch_recursive;

-- corpus: line 176 accepted
DROP ROLE regress_nosuch_admin_recursive;

-- corpus: line 177 accepted
DROP ROLE regress_plainrole;

-- corpus: line 180 accepted
REVOKE CREATE ON DATABASE regression FROM regress_createrole CASCADE;

-- corpus: line 183 accepted
DROP ROLE regress_replication_bypassrls;

-- corpus: line 184 accepted
DROP ROLE regress_replication;

-- corpus: line 185 accepted
DROP ROLE regress_bypassrls;

-- corpus: line 186 accepted
DROP ROLE regress_createdb;

-- corpus: line 187 accepted
DROP ROLE regress_createrole;

-- corpus: line 188 accepted
DROP ROLE regress_login;

-- corpus: line 189 accepted
DROP ROLE regress_inherit;

-- corpus: line 190 accepted
DROP ROLE regress_connection_limit;

-- corpus: line 191 accepted
DROP ROLE regress_encrypted_password;

-- corpus: line 192 accepted
DROP ROLE regress_password_null;

-- corpus: line 193 accepted
DROP ROLE regress_noiseword;

-- corpus: line 194 accepted
DROP ROLE regress_inroles;

-- corpus: line 195 accepted
DROP ROLE regress_adminroles;

-- corpus: line 198 accepted
DROP ROLE regress_role_super;

-- corpus: line 199 accepted
DROP ROLE regress_role_admin;

-- corpus: line 200 accepted
DROP ROLE regress_rolecreator;

-- corpus: line 204 accepted
REVOKE CREATE ON DATABASE regression FROM regress_role_admin CASCADE;

-- corpus: line 205 accepted
DROP INDEX tenant_idx;

-- corpus: line 206 accepted
DROP TABLE tenant_table;

-- corpus: line 207 accepted
DROP VIEW tenant_view;

-- corpus: line 208 accepted
DROP SCHEMA regress_tenant2_schema;

-- corpus: line 209 accepted
DROP ROLE regress_tenant;

-- corpus: line 210 accepted
DROP ROLE regress_tenant2;

-- corpus: line 211 accepted
DROP ROLE regress_rolecreator;

-- corpus: line 212 accepted
DROP ROLE regress_role_admin;

-- corpus: line 213 accepted
DROP ROLE regress_role_limited_admin;

-- corpus: line 214 accepted
DROP ROLE regress_role_super;

-- corpus: line 215 accepted
DROP ROLE regress_role_normal;
