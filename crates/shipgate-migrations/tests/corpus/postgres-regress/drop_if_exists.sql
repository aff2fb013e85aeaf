-- corpus: line 7 accepted
DROP TABLE test_exists;

-- corpus: line 9 accepted
DROP TABLE IF EXISTS test_exists;

-- corpus: line 11 accepted
CREATE TABLE test_exists (a int, b text);

-- corpus: line 15 accepted
DROP VIEW test_view_exists;

-- corpus: line 17 accepted
DROP VIEW IF EXISTS test_view_exists;

-- corpus: line 19 accepted
CREATE VIEW test_view_exists AS select * from test_exists;

-- corpus: line 21 accepted
DROP VIEW IF EXISTS test_view_exists;

-- corpus: line 23 accepted
DROP VIEW test_view_exists;

-- corpus: line 27 accepted
DROP INDEX test_index_exists;

-- corpus: line 29 accepted
DROP INDEX IF EXISTS test_index_exists;

-- corpus: line 31 accepted
CREATE INDEX test_index_exists on test_exists(a);

-- corpus: line 33 accepted
DROP INDEX IF EXISTS test_index_exists;

-- corpus: line 35 accepted
DROP INDEX test_index_exists;

-- corpus: line 39 accepted
DROP SEQUENCE test_sequence_exists;

-- corpus: line 41 accepted
DROP SEQUENCE IF EXISTS test_sequence_exists;

-- corpus: line 43 accepted
CREATE SEQUENCE test_sequence_exists;

-- corpus: line 45 accepted
DROP SEQUENCE IF EXISTS test_sequence_exists;

-- corpus: line 47 accepted
DROP SEQUENCE test_sequence_exists;

-- corpus: line 51 accepted
DROP SCHEMA test_schema_exists;

-- corpus: line 53 accepted
DROP SCHEMA IF EXISTS test_schema_exists;

-- corpus: line 55 accepted
CREATE SCHEMA test_schema_exists;

-- corpus: line 57 accepted
DROP SCHEMA IF EXISTS test_schema_exists;

-- corpus: line 59 accepted
DROP SCHEMA test_schema_exists;

-- corpus: line 63 accepted
DROP TYPE test_type_exists;

-- corpus: line 65 accepted
DROP TYPE IF EXISTS test_type_exists;

-- corpus: line 67 accepted
CREATE type test_type_exists as (a int, b text);

-- corpus: line 69 accepted
DROP TYPE IF EXISTS test_type_exists;

-- corpus: line 71 accepted
DROP TYPE test_type_exists;

-- corpus: line 75 accepted
DROP DOMAIN test_domain_exists;

-- corpus: line 77 accepted
DROP DOMAIN IF EXISTS test_domain_exists;

-- corpus: line 79 accepted
CREATE domain test_domain_exists as int not null check (value > 0);

-- corpus: line 81 accepted
DROP DOMAIN IF EXISTS test_domain_exists;

-- corpus: line 83 accepted
DROP DOMAIN test_domain_exists;

-- corpus: line 89 accepted
CREATE USER regress_test_u1;

-- corpus: line 90 accepted
CREATE ROLE regress_test_r1;

-- corpus: line 91 accepted
CREATE GROUP regress_test_g1;

-- corpus: line 93 accepted
DROP USER regress_test_u2;

-- corpus: line 95 accepted
DROP USER IF EXISTS regress_test_u1, regress_test_u2;

-- corpus: line 97 accepted
DROP USER regress_test_u1;

-- corpus: line 99 accepted
DROP ROLE regress_test_r2;

-- corpus: line 101 accepted
DROP ROLE IF EXISTS regress_test_r1, regress_test_r2;

-- corpus: line 103 accepted
DROP ROLE regress_test_r1;

-- corpus: line 105 accepted
DROP GROUP regress_test_g2;

-- corpus: line 107 accepted
DROP GROUP IF EXISTS regress_test_g1, regress_test_g2;

-- corpus: line 109 accepted
DROP GROUP regress_test_g1;

-- corpus: line 112 accepted
DROP COLLATION IF EXISTS test_collation_exists;

-- corpus: line 115 accepted
DROP CONVERSION test_conversion_exists;

-- corpus: line 116 accepted
DROP CONVERSION IF EXISTS test_conversion_exists;

-- corpus: line 117 accepted
CREATE CONVERSION test_conversion_exists
    FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 119 accepted
DROP CONVERSION test_conversion_exists;

-- corpus: line 122 accepted
DROP TEXT SEARCH PARSER test_tsparser_exists;

-- corpus: line 123 accepted
DROP TEXT SEARCH PARSER IF EXISTS test_tsparser_exists;

-- corpus: line 126 accepted
DROP TEXT SEARCH DICTIONARY test_tsdict_exists;

-- corpus: line 127 accepted
DROP TEXT SEARCH DICTIONARY IF EXISTS test_tsdict_exists;

-- corpus: line 128 accepted
CREATE TEXT SEARCH DICTIONARY test_tsdict_exists (
        Template=ispell,
        DictFile=ispell_sample,
        AffFile=ispell_sample
);

-- corpus: line 133 accepted
DROP TEXT SEARCH DICTIONARY test_tsdict_exists;

-- corpus: line 136 accepted
DROP TEXT SEARCH TEMPLATE test_tstemplate_exists;

-- corpus: line 137 accepted
DROP TEXT SEARCH TEMPLATE IF EXISTS test_tstemplate_exists;

-- corpus: line 140 accepted
DROP TEXT SEARCH CONFIGURATION test_tsconfig_exists;

-- corpus: line 141 accepted
DROP TEXT SEARCH CONFIGURATION IF EXISTS test_tsconfig_exists;

-- corpus: line 142 accepted
CREATE TEXT SEARCH CONFIGURATION test_tsconfig_exists (COPY=english);

-- corpus: line 143 accepted
DROP TEXT SEARCH CONFIGURATION test_tsconfig_exists;

-- corpus: line 146 accepted
DROP EXTENSION test_extension_exists;

-- corpus: line 147 accepted
DROP EXTENSION IF EXISTS test_extension_exists;

-- corpus: line 150 accepted
DROP FUNCTION test_function_exists();

-- corpus: line 151 accepted
DROP FUNCTION IF EXISTS test_function_exists();

-- corpus: line 153 accepted
DROP FUNCTION test_function_exists(int, text, int[]);

-- corpus: line 154 accepted
DROP FUNCTION IF EXISTS test_function_exists(int, text, int[]);

-- corpus: line 157 accepted
DROP AGGREGATE test_aggregate_exists(*);

-- corpus: line 158 accepted
DROP AGGREGATE IF EXISTS test_aggregate_exists(*);

-- corpus: line 160 accepted
DROP AGGREGATE test_aggregate_exists(int);

-- corpus: line 161 accepted
DROP AGGREGATE IF EXISTS test_aggregate_exists(int);

-- corpus: line 164 accepted
DROP OPERATOR @#@ (int, int);

-- corpus: line 165 accepted
DROP OPERATOR IF EXISTS @#@ (int, int);

-- corpus: line 166 accepted
CREATE OPERATOR @#@
        (leftarg = int8, rightarg = int8, procedure = int8xor);

-- corpus: line 168 accepted
DROP OPERATOR @#@ (int8, int8);

-- corpus: line 171 accepted
DROP LANGUAGE test_language_exists;

-- corpus: line 172 accepted
DROP LANGUAGE IF EXISTS test_language_exists;

-- corpus: line 175 accepted
DROP CAST (text AS text);

-- corpus: line 176 accepted
DROP CAST IF EXISTS (text AS text);

-- corpus: line 179 accepted
DROP TRIGGER test_trigger_exists ON test_exists;

-- corpus: line 180 accepted
DROP TRIGGER IF EXISTS test_trigger_exists ON test_exists;

-- corpus: line 182 accepted
DROP TRIGGER test_trigger_exists ON no_such_table;

-- corpus: line 183 accepted
DROP TRIGGER IF EXISTS test_trigger_exists ON no_such_table;

-- corpus: line 185 accepted
DROP TRIGGER test_trigger_exists ON no_such_schema.no_such_table;

-- corpus: line 186 accepted
DROP TRIGGER IF EXISTS test_trigger_exists ON no_such_schema.no_such_table;

-- corpus: line 188 accepted
CREATE TRIGGER test_trigger_exists
    BEFORE UPDATE ON test_exists
    FOR EACH ROW EXECUTE PROCEDURE suppress_redundant_updates_trigger();

-- corpus: line 191 accepted
DROP TRIGGER test_trigger_exists ON test_exists;

-- corpus: line 194 accepted
DROP RULE test_rule_exists ON test_exists;

-- corpus: line 195 accepted
DROP RULE IF EXISTS test_rule_exists ON test_exists;

-- corpus: line 197 accepted
DROP RULE test_rule_exists ON no_such_table;

-- corpus: line 198 accepted
DROP RULE IF EXISTS test_rule_exists ON no_such_table;

-- corpus: line 200 accepted
DROP RULE test_rule_exists ON no_such_schema.no_such_table;

-- corpus: line 201 accepted
DROP RULE IF EXISTS test_rule_exists ON no_such_schema.no_such_table;

-- corpus: line 203 accepted
CREATE RULE test_rule_exists AS ON INSERT TO test_exists
    DO INSTEAD
    INSERT INTO test_exists VALUES (NEW.a, NEW.b || NEW.a::text);

-- corpus: line 206 accepted
DROP RULE test_rule_exists ON test_exists;

-- corpus: line 209 accepted
DROP FOREIGN DATA WRAPPER test_fdw_exists;

-- corpus: line 210 accepted
DROP FOREIGN DATA WRAPPER IF EXISTS test_fdw_exists;

-- corpus: line 213 accepted
DROP SERVER test_server_exists;

-- corpus: line 214 accepted
DROP SERVER IF EXISTS test_server_exists;

-- corpus: line 217 accepted
DROP OPERATOR CLASS test_operator_class USING btree;

-- corpus: line 218 accepted
DROP OPERATOR CLASS IF EXISTS test_operator_class USING btree;

-- corpus: line 220 accepted
DROP OPERATOR CLASS test_operator_class USING no_such_am;

-- corpus: line 221 accepted
DROP OPERATOR CLASS IF EXISTS test_operator_class USING no_such_am;

-- corpus: line 224 accepted
DROP OPERATOR FAMILY test_operator_family USING btree;

-- corpus: line 225 accepted
DROP OPERATOR FAMILY IF EXISTS test_operator_family USING btree;

-- corpus: line 227 accepted
DROP OPERATOR FAMILY test_operator_family USING no_such_am;

-- corpus: line 228 accepted
DROP OPERATOR FAMILY IF EXISTS test_operator_family USING no_such_am;

-- corpus: line 231 accepted
DROP ACCESS METHOD no_such_am;

-- corpus: line 232 accepted
DROP ACCESS METHOD IF EXISTS no_such_am;

-- corpus: line 236 accepted
DROP TABLE IF EXISTS test_exists;

-- corpus: line 238 accepted
DROP TABLE test_exists;

-- corpus: line 242 accepted
DROP AGGREGATE IF EXISTS no_such_schema.foo(int);

-- corpus: line 243 accepted
DROP AGGREGATE IF EXISTS foo(no_such_type);

-- corpus: line 244 accepted
DROP AGGREGATE IF EXISTS foo(no_such_schema.no_such_type);

-- corpus: line 245 accepted
DROP CAST IF EXISTS (INTEGER AS no_such_type2);

-- corpus: line 246 accepted
DROP CAST IF EXISTS (no_such_type1 AS INTEGER);

-- corpus: line 247 accepted
DROP CAST IF EXISTS (INTEGER AS no_such_schema.bar);

-- corpus: line 248 accepted
DROP CAST IF EXISTS (no_such_schema.foo AS INTEGER);

-- corpus: line 249 accepted
DROP COLLATION IF EXISTS no_such_schema.foo;

-- corpus: line 250 accepted
DROP CONVERSION IF EXISTS no_such_schema.foo;

-- corpus: line 251 accepted
DROP DOMAIN IF EXISTS no_such_schema.foo;

-- corpus: line 252 accepted
DROP FOREIGN TABLE IF EXISTS no_such_schema.foo;

-- corpus: line 253 accepted
DROP FUNCTION IF EXISTS no_such_schema.foo();

-- corpus: line 254 accepted
DROP FUNCTION IF EXISTS foo(no_such_type);

-- corpus: line 255 accepted
DROP FUNCTION IF EXISTS foo(no_such_schema.no_such_type);

-- corpus: line 256 accepted
DROP INDEX IF EXISTS no_such_schema.foo;

-- corpus: line 257 accepted
DROP MATERIALIZED VIEW IF EXISTS no_such_schema.foo;

-- corpus: line 258 accepted
DROP OPERATOR IF EXISTS no_such_schema.+ (int, int);

-- corpus: line 259 accepted
DROP OPERATOR IF EXISTS + (no_such_type, no_such_type);

-- corpus: line 260 accepted
DROP OPERATOR IF EXISTS + (no_such_schema.no_such_type, no_such_schema.no_such_type);

-- corpus: line 261 accepted
DROP OPERATOR IF EXISTS # (NONE, no_such_schema.no_such_type);

-- corpus: line 262 accepted
DROP OPERATOR CLASS IF EXISTS no_such_schema.widget_ops USING btree;

-- corpus: line 263 accepted
DROP OPERATOR FAMILY IF EXISTS no_such_schema.float_ops USING btree;

-- corpus: line 264 accepted
DROP RULE IF EXISTS foo ON no_such_schema.bar;

-- corpus: line 265 accepted
DROP SEQUENCE IF EXISTS no_such_schema.foo;

-- corpus: line 266 accepted
DROP TABLE IF EXISTS no_such_schema.foo;

-- corpus: line 267 accepted
DROP TEXT SEARCH CONFIGURATION IF EXISTS no_such_schema.foo;

-- corpus: line 268 accepted
DROP TEXT SEARCH DICTIONARY IF EXISTS no_such_schema.foo;

-- corpus: line 269 accepted
DROP TEXT SEARCH PARSER IF EXISTS no_such_schema.foo;

-- corpus: line 270 accepted
DROP TEXT SEARCH TEMPLATE IF EXISTS no_such_schema.foo;

-- corpus: line 271 accepted
DROP TRIGGER IF EXISTS foo ON no_such_schema.bar;

-- corpus: line 272 accepted
DROP TYPE IF EXISTS no_such_schema.foo;

-- corpus: line 273 accepted
DROP VIEW IF EXISTS no_such_schema.foo;

-- corpus: line 277 accepted
CREATE FUNCTION test_ambiguous_funcname(int) returns int as $$ select $1; $$ language sql;

-- corpus: line 278 accepted
CREATE FUNCTION test_ambiguous_funcname(text) returns text as $$ select $1; $$ language sql;

-- corpus: line 279 accepted
DROP FUNCTION test_ambiguous_funcname;

-- corpus: line 280 accepted
DROP FUNCTION IF EXISTS test_ambiguous_funcname;

-- corpus: line 283 accepted
DROP FUNCTION test_ambiguous_funcname(int);

-- corpus: line 284 accepted
DROP FUNCTION test_ambiguous_funcname(text);

-- corpus: line 287 accepted
CREATE PROCEDURE test_ambiguous_procname(int) as $$ begin end; $$ language plpgsql;

-- corpus: line 288 accepted
CREATE PROCEDURE test_ambiguous_procname(text) as $$ begin end; $$ language plpgsql;

-- corpus: line 289 accepted
DROP PROCEDURE test_ambiguous_procname;

-- corpus: line 290 accepted
DROP PROCEDURE IF EXISTS test_ambiguous_procname;

-- corpus: line 293 accepted
DROP ROUTINE IF EXISTS test_ambiguous_procname;

-- corpus: line 296 accepted
DROP PROCEDURE test_ambiguous_procname(int);

-- corpus: line 297 accepted
DROP PROCEDURE test_ambiguous_procname(text);

-- corpus: line 301 accepted
drop database test_database_exists (force);

-- corpus: line 302 accepted
drop database test_database_exists with (force);

-- corpus: line 303 accepted
drop database if exists test_database_exists (force);

-- corpus: line 304 accepted
drop database if exists test_database_exists with (force);
