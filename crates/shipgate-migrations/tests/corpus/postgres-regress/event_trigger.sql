-- corpus: line 2 accepted
create event trigger regress_event_trigger
   on ddl_command_start
   execute procedure pg_backend_pid();

-- corpus: line 7 accepted
create function test_event_trigger() returns event_trigger as $$
BEGIN
    RAISE NOTICE 'test_event_trigger: % %', tg_event, tg_tag;
END
$$ language plpgsql;

-- corpus: line 17 accepted
create function test_event_trigger_arg(name text)
returns event_trigger as $$ BEGIN RETURN 1; END $$ language plpgsql;

-- corpus: line 21 accepted
create function test_event_trigger_sql() returns event_trigger as $$
SELECT 1 $$ language sql;

-- corpus: line 25 accepted
create event trigger regress_event_trigger on elephant_bootstrap
   execute procedure test_event_trigger();

-- corpus: line 29 accepted
create event trigger regress_event_trigger on ddl_command_start
   execute procedure test_event_trigger();

-- corpus: line 33 accepted
create event trigger regress_event_trigger_end on ddl_command_end
   execute function test_event_trigger();

-- corpus: line 37 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when food in ('sandwich')
   execute procedure test_event_trigger();

-- corpus: line 42 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('sandwich')
   execute procedure test_event_trigger();

-- corpus: line 47 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('create table', 'create skunkcabbage')
   execute procedure test_event_trigger();

-- corpus: line 52 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('DROP EVENT TRIGGER')
   execute procedure test_event_trigger();

-- corpus: line 57 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('CREATE ROLE')
   execute procedure test_event_trigger();

-- corpus: line 62 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('CREATE DATABASE')
   execute procedure test_event_trigger();

-- corpus: line 67 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('CREATE TABLESPACE')
   execute procedure test_event_trigger();

-- corpus: line 72 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('create table') and tag in ('CREATE FUNCTION')
   execute procedure test_event_trigger();

-- corpus: line 77 rejected 42601 syntax error at or near "'argument not allowed'"
create event trigger regress_event_trigger2 on ddl_command_start
   execute procedure test_event_trigger('argument not allowed');

-- corpus: line 81 accepted
create event trigger regress_event_trigger2 on ddl_command_start
   when tag in ('create table', 'CREATE FUNCTION')
   execute procedure test_event_trigger();

-- corpus: line 86 accepted
comment on event trigger regress_event_trigger is 'test comment';

-- corpus: line 89 accepted
create role regress_evt_user;

-- corpus: line 91 accepted
create event trigger regress_event_trigger_noperms on ddl_command_start
   execute procedure test_event_trigger();

-- corpus: line 96 accepted
alter event trigger regress_event_trigger disable;

-- corpus: line 98 accepted
create table event_trigger_fire1 (a int);

-- corpus: line 99 accepted
alter event trigger regress_event_trigger enable;

-- corpus: line 102 accepted
create table event_trigger_fire2 (a int);

-- corpus: line 103 accepted
alter event trigger regress_event_trigger enable replica;

-- corpus: line 105 accepted
create table event_trigger_fire3 (a int);

-- corpus: line 106 accepted
alter event trigger regress_event_trigger enable always;

-- corpus: line 108 accepted
create table event_trigger_fire4 (a int);

-- corpus: line 111 accepted
create table event_trigger_fire5 (a int);

-- corpus: line 113 accepted
create function f1() returns int
language plpgsql
as $$
begin
  create table event_trigger_fire6 (a int);
  return 0;
end $$;

-- corpus: line 122 accepted
create procedure p1()
language plpgsql
as $$
begin
  create table event_trigger_fire7 (a int);
end $$;

-- corpus: line 131 accepted
alter event trigger regress_event_trigger disable;

-- corpus: line 132 accepted
drop table event_trigger_fire2, event_trigger_fire3, event_trigger_fire4, event_trigger_fire5, event_trigger_fire6, event_trigger_fire7;

-- corpus: line 133 accepted
drop routine f1(), p1();

-- corpus: line 136 accepted
grant all on table event_trigger_fire1 to public;

-- corpus: line 137 accepted
comment on table event_trigger_fire1 is 'here is a comment';

-- corpus: line 138 accepted
revoke all on table event_trigger_fire1 from public;

-- corpus: line 139 accepted
drop table event_trigger_fire1;

-- corpus: line 140 accepted
create foreign data wrapper useless;

-- corpus: line 141 accepted
create server useless_server foreign data wrapper useless;

-- corpus: line 142 accepted
create user mapping for regress_evt_user server useless_server;

-- corpus: line 143 accepted
alter default privileges for role regress_evt_user
 revoke delete on tables from regress_evt_user;

-- corpus: line 147 accepted
alter event trigger regress_event_trigger owner to regress_evt_user;

-- corpus: line 150 accepted
alter role regress_evt_user superuser;

-- corpus: line 151 accepted
alter event trigger regress_event_trigger owner to regress_evt_user;

-- corpus: line 154 accepted
alter event trigger regress_event_trigger rename to regress_event_trigger2;

-- corpus: line 157 accepted
alter event trigger regress_event_trigger rename to regress_event_trigger3;

-- corpus: line 160 accepted
drop event trigger regress_event_trigger;

-- corpus: line 163 accepted
drop role regress_evt_user;

-- corpus: line 167 accepted
drop event trigger if exists regress_event_trigger2;

-- corpus: line 168 accepted
drop event trigger if exists regress_event_trigger2;

-- corpus: line 169 accepted
drop event trigger regress_event_trigger3;

-- corpus: line 170 accepted
drop event trigger regress_event_trigger_end;

-- corpus: line 173 accepted
CREATE SCHEMA schema_one authorization regress_evt_user;

-- corpus: line 174 accepted
CREATE SCHEMA schema_two authorization regress_evt_user;

-- corpus: line 175 accepted
CREATE SCHEMA audit_tbls authorization regress_evt_user;

-- corpus: line 176 accepted
CREATE TEMP TABLE a_temp_tbl ();

-- corpus: line 179 accepted
CREATE TABLE schema_one.table_one(a int);

-- corpus: line 180 accepted
CREATE TABLE schema_one."table two"(a int);

-- corpus: line 181 accepted
CREATE TABLE schema_one.table_three(a int);

-- corpus: line 182 accepted
CREATE TABLE audit_tbls.schema_one_table_two(the_value text);

-- corpus: line 184 accepted
CREATE TABLE schema_two.table_two(a int);

-- corpus: line 185 accepted
CREATE TABLE schema_two.table_three(a int, b text);

-- corpus: line 186 accepted
CREATE TABLE audit_tbls.schema_two_table_three(the_value text);

-- corpus: line 188 accepted
CREATE OR REPLACE FUNCTION schema_two.add(int, int) RETURNS int LANGUAGE plpgsql
  CALLED ON NULL INPUT
  AS $$ BEGIN RETURN coalesce($1,0) + coalesce($2,0); END; $$;

-- corpus: line 191 accepted
CREATE AGGREGATE schema_two.newton
  (BASETYPE = int, SFUNC = schema_two.add, STYPE = int);

-- corpus: line 196 accepted
CREATE TABLE undroppable_objs (
	object_type text,
	object_identity text
);

-- corpus: line 204 accepted
CREATE TABLE dropped_objects (
	type text,
	schema text,
	object text
);

-- corpus: line 212 accepted
CREATE OR REPLACE FUNCTION undroppable() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
	obj record;
BEGIN
	PERFORM 1 FROM pg_tables WHERE tablename = 'undroppable_objs';
	IF NOT FOUND THEN
		RAISE NOTICE 'table undroppable_objs not found, skipping';
		RETURN;
	END IF;
	FOR obj IN
		SELECT * FROM pg_event_trigger_dropped_objects() JOIN
			undroppable_objs USING (object_type, object_identity)
	LOOP
		RAISE EXCEPTION 'object % of type % cannot be dropped',
			obj.object_identity, obj.object_type;
	END LOOP;
END;
$$;

-- corpus: line 232 accepted
CREATE EVENT TRIGGER undroppable ON sql_drop
	EXECUTE PROCEDURE undroppable();

-- corpus: line 235 accepted
CREATE OR REPLACE FUNCTION test_evtrig_dropped_objects() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects()
    LOOP
        IF obj.object_type = 'table' THEN
                EXECUTE format('DROP TABLE IF EXISTS audit_tbls.%I',
					format('%s_%s', obj.schema_name, obj.object_name));
        END IF;

	INSERT INTO dropped_objects
		(type, schema, object) VALUES
		(obj.object_type, obj.schema_name, obj.object_identity);
    END LOOP;
END
$$;

-- corpus: line 254 accepted
CREATE EVENT TRIGGER regress_event_trigger_drop_objects ON sql_drop
	WHEN TAG IN ('drop table', 'drop function', 'drop view',
		'drop owned', 'drop schema', 'alter table')
	EXECUTE PROCEDURE test_evtrig_dropped_objects();

-- corpus: line 259 accepted
ALTER TABLE schema_one.table_one DROP COLUMN a;

-- corpus: line 260 accepted
DROP SCHEMA schema_one, schema_two CASCADE;

-- corpus: line 262 accepted
DROP SCHEMA schema_one, schema_two CASCADE;

-- corpus: line 264 accepted
DROP SCHEMA schema_one, schema_two CASCADE;

-- corpus: line 268 accepted
DROP OWNED BY regress_evt_user;

-- corpus: line 271 accepted
DROP ROLE regress_evt_user;

-- corpus: line 273 accepted
DROP EVENT TRIGGER regress_event_trigger_drop_objects;

-- corpus: line 274 accepted
DROP EVENT TRIGGER undroppable;

-- corpus: line 277 accepted
CREATE OR REPLACE FUNCTION event_trigger_report_dropped()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * from pg_event_trigger_dropped_objects()
    LOOP
    IF NOT r.normal AND NOT r.original THEN
        CONTINUE;
    END IF;
    RAISE NOTICE 'NORMAL: orig=% normal=% istemp=% type=% identity=% name=% args=%',
        r.original, r.normal, r.is_temporary, r.object_type,
        r.object_identity, r.address_names, r.address_args;
    END LOOP;
END; $$;

-- corpus: line 293 accepted
CREATE EVENT TRIGGER regress_event_trigger_report_dropped ON sql_drop
    EXECUTE PROCEDURE event_trigger_report_dropped();

-- corpus: line 295 accepted
CREATE OR REPLACE FUNCTION event_trigger_report_end()
 RETURNS event_trigger
 LANGUAGE plpgsql
AS $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands()
    LOOP
        RAISE NOTICE 'END: command_tag=% type=% identity=%',
            r.command_tag, r.object_type, r.object_identity;
    END LOOP;
END; $$;

-- corpus: line 307 accepted
CREATE EVENT TRIGGER regress_event_trigger_report_end ON ddl_command_end
  EXECUTE PROCEDURE event_trigger_report_end();

-- corpus: line 310 accepted
CREATE SCHEMA evttrig
	CREATE TABLE one (col_a SERIAL PRIMARY KEY, col_b text DEFAULT 'forty two', col_c SERIAL)
	CREATE INDEX one_idx ON one (col_b)
	CREATE TABLE two (col_c INTEGER CHECK (col_c > 0) REFERENCES one DEFAULT 42)
	CREATE TABLE id (col_d int NOT NULL GENERATED ALWAYS AS IDENTITY);

-- corpus: line 317 accepted
CREATE TABLE evttrig.parted (
    id int PRIMARY KEY)
    PARTITION BY RANGE (id);

-- corpus: line 320 accepted
CREATE TABLE evttrig.part_1_10 PARTITION OF evttrig.parted (id)
  FOR VALUES FROM (1) TO (10);

-- corpus: line 322 accepted
CREATE TABLE evttrig.part_10_20 PARTITION OF evttrig.parted (id)
  FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (id);

-- corpus: line 324 accepted
CREATE TABLE evttrig.part_10_15 PARTITION OF evttrig.part_10_20 (id)
  FOR VALUES FROM (10) TO (15);

-- corpus: line 326 accepted
CREATE TABLE evttrig.part_15_20 PARTITION OF evttrig.part_10_20 (id)
  FOR VALUES FROM (15) TO (20);

-- corpus: line 329 accepted
ALTER TABLE evttrig.two DROP COLUMN col_c;

-- corpus: line 330 accepted
ALTER TABLE evttrig.one ALTER COLUMN col_b DROP DEFAULT;

-- corpus: line 331 accepted
ALTER TABLE evttrig.one DROP CONSTRAINT one_pkey;

-- corpus: line 332 accepted
ALTER TABLE evttrig.one DROP COLUMN col_c;

-- corpus: line 333 accepted
ALTER TABLE evttrig.id ALTER COLUMN col_d SET DATA TYPE bigint;

-- corpus: line 334 accepted
ALTER TABLE evttrig.id ALTER COLUMN col_d DROP IDENTITY,
  ALTER COLUMN col_d SET DATA TYPE int;

-- corpus: line 336 accepted
DROP INDEX evttrig.one_idx;

-- corpus: line 337 accepted
DROP SCHEMA evttrig CASCADE;

-- corpus: line 338 accepted
DROP TABLE a_temp_tbl;

-- corpus: line 342 accepted
CREATE OPERATOR CLASS evttrigopclass FOR TYPE int USING btree AS STORAGE int;

-- corpus: line 344 accepted
DROP EVENT TRIGGER regress_event_trigger_report_dropped;

-- corpus: line 345 accepted
DROP EVENT TRIGGER regress_event_trigger_report_end;

-- corpus: line 351 accepted
CREATE OR REPLACE FUNCTION test_evtrig_no_rewrite() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rewrites not allowed';
END;
$$;

-- corpus: line 358 accepted
create event trigger no_rewrite_allowed on table_rewrite
  execute procedure test_evtrig_no_rewrite();

-- corpus: line 361 accepted
create table rewriteme (id serial primary key, foo float, bar timestamptz);

-- corpus: line 364 accepted
alter table rewriteme alter column foo type numeric;

-- corpus: line 365 accepted
alter table rewriteme add column baz int default 0;

-- corpus: line 368 accepted
CREATE OR REPLACE FUNCTION test_evtrig_no_rewrite() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'Table ''%'' is being rewritten (reason = %)',
               pg_event_trigger_table_rewrite_oid()::regclass,
               pg_event_trigger_table_rewrite_reason();
END;
$$;

-- corpus: line 377 accepted
alter table rewriteme
 add column onemore int default 0,
 add column another int default -1,
 alter column foo type numeric(10,4);

-- corpus: line 383 accepted
CREATE MATERIALIZED VIEW heapmv USING heap AS SELECT 1 AS a;

-- corpus: line 384 accepted
ALTER MATERIALIZED VIEW heapmv SET ACCESS METHOD heap2;

-- corpus: line 385 accepted
DROP MATERIALIZED VIEW heapmv;

-- corpus: line 388 accepted
alter table rewriteme alter column foo type numeric(12,4);

-- corpus: line 391 accepted
alter table rewriteme alter column bar type timestamp;

-- corpus: line 393 accepted
alter table rewriteme alter column bar type timestamptz;

-- corpus: line 395 accepted
alter table rewriteme alter column bar type timestamp;

-- corpus: line 400 accepted
CREATE OR REPLACE FUNCTION test_evtrig_no_rewrite() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'Table is being rewritten (reason = %)',
               pg_event_trigger_table_rewrite_reason();
END;
$$;

-- corpus: line 408 accepted
create type rewritetype as (a int);

-- corpus: line 409 accepted
create table rewritemetoo1 of rewritetype;

-- corpus: line 410 accepted
create table rewritemetoo2 of rewritetype;

-- corpus: line 411 accepted
alter type rewritetype alter attribute a type text cascade;

-- corpus: line 414 accepted
create table rewritemetoo3 (a rewritetype);

-- corpus: line 415 accepted
alter type rewritetype alter attribute a type varchar cascade;

-- corpus: line 417 accepted
drop table rewriteme;

-- corpus: line 418 accepted
drop event trigger no_rewrite_allowed;

-- corpus: line 419 accepted
drop function test_evtrig_no_rewrite();

-- corpus: line 423 accepted
CREATE TABLE event_trigger_test (a integer, b text);

-- corpus: line 425 accepted
CREATE OR REPLACE FUNCTION start_command()
RETURNS event_trigger AS $$
BEGIN
RAISE NOTICE '% - ddl_command_start', tg_tag;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 432 accepted
CREATE OR REPLACE FUNCTION end_command()
RETURNS event_trigger AS $$
BEGIN
RAISE NOTICE '% - ddl_command_end', tg_tag;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 439 accepted
CREATE OR REPLACE FUNCTION drop_sql_command()
RETURNS event_trigger AS $$
BEGIN
RAISE NOTICE '% - sql_drop', tg_tag;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 446 accepted
CREATE EVENT TRIGGER start_rls_command ON ddl_command_start
    WHEN TAG IN ('CREATE POLICY', 'ALTER POLICY', 'DROP POLICY') EXECUTE PROCEDURE start_command();

-- corpus: line 449 accepted
CREATE EVENT TRIGGER end_rls_command ON ddl_command_end
    WHEN TAG IN ('CREATE POLICY', 'ALTER POLICY', 'DROP POLICY') EXECUTE PROCEDURE end_command();

-- corpus: line 452 accepted
CREATE EVENT TRIGGER sql_drop_command ON sql_drop
    WHEN TAG IN ('DROP POLICY') EXECUTE PROCEDURE drop_sql_command();

-- corpus: line 455 accepted
CREATE POLICY p1 ON event_trigger_test USING (FALSE);

-- corpus: line 456 accepted
ALTER POLICY p1 ON event_trigger_test USING (TRUE);

-- corpus: line 457 accepted
ALTER POLICY p1 ON event_trigger_test RENAME TO p2;

-- corpus: line 458 accepted
DROP POLICY p2 ON event_trigger_test;

-- corpus: line 471 accepted
DROP EVENT TRIGGER start_rls_command;

-- corpus: line 472 accepted
DROP EVENT TRIGGER end_rls_command;

-- corpus: line 473 accepted
DROP EVENT TRIGGER sql_drop_command;
