-- corpus: line 38 accepted
create table pkeys (pkey1 int4 not null, pkey2 text not null);

-- corpus: line 39 accepted
create table fkeys (fkey1 int4, fkey2 text, fkey3 int);

-- corpus: line 40 accepted
create table fkeys2 (fkey21 int4, fkey22 text, pkey23 int not null);

-- corpus: line 42 accepted
create index fkeys_i on fkeys (fkey1, fkey2);

-- corpus: line 43 accepted
create index fkeys2_i on fkeys2 (fkey21, fkey22);

-- corpus: line 44 accepted
create index fkeys2p_i on fkeys2 (pkey23);

-- corpus: line 52 accepted
create unique index pkeys_i on pkeys (pkey1, pkey2);

-- corpus: line 59 accepted
create trigger check_fkeys_pkey_exist
	before insert or update on fkeys
	for each row
	execute function
	check_primary_key ('fkey1', 'fkey2', 'pkeys', 'pkey1', 'pkey2');

-- corpus: line 65 accepted
create trigger check_fkeys_pkey2_exist
	before insert or update on fkeys
	for each row
	execute function check_primary_key ('fkey3', 'fkeys2', 'pkey23');

-- corpus: line 74 accepted
create trigger check_fkeys2_pkey_exist
	before insert or update on fkeys2
	for each row
	execute procedure
	check_primary_key ('fkey21', 'fkey22', 'pkeys', 'pkey1', 'pkey2');

-- corpus: line 81 accepted
COMMENT ON TRIGGER check_fkeys2_pkey_bad ON fkeys2 IS 'wrong';

-- corpus: line 82 accepted
COMMENT ON TRIGGER check_fkeys2_pkey_exist ON fkeys2 IS 'right';

-- corpus: line 83 accepted
COMMENT ON TRIGGER check_fkeys2_pkey_exist ON fkeys2 IS NULL;

-- corpus: line 90 accepted
create trigger check_pkeys_fkey_cascade
	before delete or update on pkeys
	for each row
	execute procedure
	check_foreign_key (2, 'cascade', 'pkey1', 'pkey2',
	'fkeys', 'fkey1', 'fkey2', 'fkeys2', 'fkey21', 'fkey22');

-- corpus: line 102 accepted
create trigger check_fkeys2_fkey_restrict
	before delete or update on fkeys2
	for each row
	execute procedure check_foreign_key (1, 'restrict', 'pkey23', 'fkeys', 'fkey3');

-- corpus: line 135 accepted
DROP TABLE pkeys;

-- corpus: line 136 accepted
DROP TABLE fkeys;

-- corpus: line 137 accepted
DROP TABLE fkeys2;

-- corpus: line 140 accepted
create table trigtest (f1 int, f2 text);

-- corpus: line 142 accepted
create trigger trigger_return_old
	before insert or delete or update on trigtest
	for each row execute procedure trigger_return_old();

-- corpus: line 154 accepted
create function f1_times_10() returns trigger as
$$ begin new.f1 := new.f1 * 10; return new; end $$ language plpgsql;

-- corpus: line 157 accepted
create trigger trigger_alpha
	before insert or update on trigtest
	for each row execute procedure f1_times_10();

-- corpus: line 168 accepted
create trigger trigger_zed
	before insert or update on trigtest
	for each row execute procedure f1_times_10();

-- corpus: line 179 accepted
drop trigger trigger_alpha on trigtest;

-- corpus: line 188 accepted
drop table trigtest;

-- corpus: line 191 accepted
create table trigtest (
  a integer,
  b bool default true not null,
  c text default 'xyzzy' not null);

-- corpus: line 196 accepted
create trigger trigger_return_old
	before insert or delete or update on trigtest
	for each row execute procedure trigger_return_old();

-- corpus: line 203 accepted
alter table trigtest add column d integer default 42 not null;

-- corpus: line 209 accepted
alter table trigtest drop column b;

-- corpus: line 215 accepted
drop table trigtest;

-- corpus: line 217 accepted
create sequence ttdummy_seq increment 10 start 0 minvalue 0;

-- corpus: line 219 accepted
create table tttest (
	price_id	int4,
	price_val	int4,
	price_on	int4,
	price_off	int4 default 999999
);

-- corpus: line 226 accepted
create trigger ttdummy
	before delete or update on tttest
	for each row
	execute procedure
	ttdummy (price_on, price_off);

-- corpus: line 232 accepted
create trigger ttserial
	before insert or update on tttest
	for each row
	execute procedure
	autoinc (price_on, ttdummy_seq);

-- corpus: line 285 accepted
drop table tttest;

-- corpus: line 286 accepted
drop sequence ttdummy_seq;

-- corpus: line 292 accepted
CREATE TABLE log_table (tstamp timestamp default timeofday()::timestamp);

-- corpus: line 294 accepted
CREATE TABLE main_table (a int unique, b int);

-- corpus: line 304 accepted
CREATE FUNCTION trigger_func() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
	RAISE NOTICE ''trigger_func(%) called: action = %, when = %, level = %'', TG_ARGV[0], TG_OP, TG_WHEN, TG_LEVEL;
	RETURN NULL;
END;';

-- corpus: line 310 accepted
CREATE TRIGGER before_ins_stmt_trig BEFORE INSERT ON main_table
FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func('before_ins_stmt');

-- corpus: line 313 accepted
CREATE TRIGGER after_ins_stmt_trig AFTER INSERT ON main_table
FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func('after_ins_stmt');

-- corpus: line 320 accepted
CREATE TRIGGER after_upd_stmt_trig AFTER UPDATE ON main_table
EXECUTE PROCEDURE trigger_func('after_upd_stmt');

-- corpus: line 329 accepted
CREATE TRIGGER after_upd_row_trig AFTER UPDATE ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('after_upd_row');

-- corpus: line 339 accepted
ALTER TABLE main_table DROP CONSTRAINT main_table_a_key;

-- corpus: line 353 accepted
CREATE TRIGGER modified_a BEFORE UPDATE OF a ON main_table
FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE PROCEDURE trigger_func('modified_a');

-- corpus: line 355 accepted
CREATE TRIGGER modified_any BEFORE UPDATE OF a ON main_table
FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE PROCEDURE trigger_func('modified_any');

-- corpus: line 357 accepted
CREATE TRIGGER insert_a AFTER INSERT ON main_table
FOR EACH ROW WHEN (NEW.a = 123) EXECUTE PROCEDURE trigger_func('insert_a');

-- corpus: line 359 accepted
CREATE TRIGGER delete_a AFTER DELETE ON main_table
FOR EACH ROW WHEN (OLD.a = 123) EXECUTE PROCEDURE trigger_func('delete_a');

-- corpus: line 361 accepted
CREATE TRIGGER insert_when BEFORE INSERT ON main_table
FOR EACH STATEMENT WHEN (true) EXECUTE PROCEDURE trigger_func('insert_when');

-- corpus: line 363 accepted
CREATE TRIGGER delete_when AFTER DELETE ON main_table
FOR EACH STATEMENT WHEN (true) EXECUTE PROCEDURE trigger_func('delete_when');

-- corpus: line 384 accepted
ALTER TRIGGER modified_a ON main_table RENAME TO modified_modified_a;

-- corpus: line 388 accepted
DROP TRIGGER modified_modified_a ON main_table;

-- corpus: line 389 accepted
DROP TRIGGER modified_any ON main_table;

-- corpus: line 390 accepted
DROP TRIGGER insert_a ON main_table;

-- corpus: line 391 accepted
DROP TRIGGER delete_a ON main_table;

-- corpus: line 392 accepted
DROP TRIGGER insert_when ON main_table;

-- corpus: line 393 accepted
DROP TRIGGER delete_when ON main_table;

-- corpus: line 396 accepted
create table table_with_oids(a int);

-- corpus: line 398 accepted
create trigger oid_unchanged_trig after update on table_with_oids
	for each row
	when (new.tableoid = old.tableoid AND new.tableoid <> 0)
	execute procedure trigger_func('after_upd_oid_unchanged');

-- corpus: line 403 accepted
drop table table_with_oids;

-- corpus: line 406 accepted
DROP TRIGGER after_upd_row_trig ON main_table;

-- corpus: line 408 accepted
CREATE TRIGGER before_upd_a_row_trig BEFORE UPDATE OF a ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_upd_a_row');

-- corpus: line 410 accepted
CREATE TRIGGER after_upd_b_row_trig AFTER UPDATE OF b ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('after_upd_b_row');

-- corpus: line 412 accepted
CREATE TRIGGER after_upd_a_b_row_trig AFTER UPDATE OF a, b ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('after_upd_a_b_row');

-- corpus: line 415 accepted
CREATE TRIGGER before_upd_a_stmt_trig BEFORE UPDATE OF a ON main_table
FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func('before_upd_a_stmt');

-- corpus: line 417 accepted
CREATE TRIGGER after_upd_b_stmt_trig AFTER UPDATE OF b ON main_table
FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func('after_upd_b_stmt');

-- corpus: line 429 accepted
CREATE TABLE some_t (some_col boolean NOT NULL);

-- corpus: line 430 accepted
CREATE FUNCTION dummy_update_func() RETURNS trigger AS $$
BEGIN
  RAISE NOTICE 'dummy_update_func(%) called: action = %, old = %, new = %',
    TG_ARGV[0], TG_OP, OLD, NEW;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 437 accepted
CREATE TRIGGER some_trig_before BEFORE UPDATE ON some_t FOR EACH ROW
  EXECUTE PROCEDURE dummy_update_func('before');

-- corpus: line 439 accepted
CREATE TRIGGER some_trig_aftera AFTER UPDATE ON some_t FOR EACH ROW
  WHEN (NOT OLD.some_col AND NEW.some_col)
  EXECUTE PROCEDURE dummy_update_func('aftera');

-- corpus: line 442 accepted
CREATE TRIGGER some_trig_afterb AFTER UPDATE ON some_t FOR EACH ROW
  WHEN (NOT NEW.some_col)
  EXECUTE PROCEDURE dummy_update_func('afterb');

-- corpus: line 449 accepted
DROP TABLE some_t;

-- corpus: line 452 rejected 42601 duplicate trigger events specified at or near "ON"
CREATE TRIGGER error_upd_and_col BEFORE UPDATE OR UPDATE OF a ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('error_upd_and_col');

-- corpus: line 454 accepted
CREATE TRIGGER error_upd_a_a BEFORE UPDATE OF a, a ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('error_upd_a_a');

-- corpus: line 456 rejected 42601 syntax error at or near "OF"
CREATE TRIGGER error_ins_a BEFORE INSERT OF a ON main_table
FOR EACH ROW EXECUTE PROCEDURE trigger_func('error_ins_a');

-- corpus: line 458 accepted
CREATE TRIGGER error_ins_when BEFORE INSERT OR UPDATE ON main_table
FOR EACH ROW WHEN (OLD.a <> NEW.a)
EXECUTE PROCEDURE trigger_func('error_ins_old');

-- corpus: line 461 accepted
CREATE TRIGGER error_del_when BEFORE DELETE OR UPDATE ON main_table
FOR EACH ROW WHEN (OLD.a <> NEW.a)
EXECUTE PROCEDURE trigger_func('error_del_new');

-- corpus: line 464 accepted
CREATE TRIGGER error_del_when BEFORE INSERT OR UPDATE ON main_table
FOR EACH ROW WHEN (NEW.tableoid <> 0)
EXECUTE PROCEDURE trigger_func('error_when_sys_column');

-- corpus: line 467 accepted
CREATE TRIGGER error_stmt_when BEFORE UPDATE OF a ON main_table
FOR EACH STATEMENT WHEN (OLD.* IS DISTINCT FROM NEW.*)
EXECUTE PROCEDURE trigger_func('error_stmt_when');

-- corpus: line 472 accepted
ALTER TABLE main_table DROP COLUMN b;

-- corpus: line 475 accepted
DROP TRIGGER after_upd_a_b_row_trig ON main_table;

-- corpus: line 476 accepted
DROP TRIGGER after_upd_b_row_trig ON main_table;

-- corpus: line 477 accepted
DROP TRIGGER after_upd_b_stmt_trig ON main_table;

-- corpus: line 478 accepted
ALTER TABLE main_table DROP COLUMN b;

-- corpus: line 483 accepted
create table trigtest (i serial primary key);

-- corpus: line 485 accepted
create table trigtest2 (i int references trigtest(i) on delete cascade);

-- corpus: line 487 accepted
create function trigtest() returns trigger as $$
begin
	raise notice '% % % %', TG_TABLE_NAME, TG_OP, TG_WHEN, TG_LEVEL;
	return new;
end;$$ language plpgsql;

-- corpus: line 493 accepted
create trigger trigtest_b_row_tg before insert or update or delete on trigtest
for each row execute procedure trigtest();

-- corpus: line 495 accepted
create trigger trigtest_a_row_tg after insert or update or delete on trigtest
for each row execute procedure trigtest();

-- corpus: line 497 accepted
create trigger trigtest_b_stmt_tg before insert or update or delete on trigtest
for each statement execute procedure trigtest();

-- corpus: line 499 accepted
create trigger trigtest_a_stmt_tg after insert or update or delete on trigtest
for each statement execute procedure trigtest();

-- corpus: line 503 accepted
alter table trigtest disable trigger trigtest_b_row_tg;

-- corpus: line 505 accepted
alter table trigtest disable trigger user;

-- corpus: line 507 accepted
alter table trigtest enable trigger trigtest_a_stmt_tg;

-- corpus: line 511 accepted
alter table trigtest enable always trigger trigtest_a_stmt_tg;

-- corpus: line 518 accepted
alter table trigtest disable trigger all;

-- corpus: line 524 accepted
drop table trigtest2;

-- corpus: line 525 accepted
drop table trigtest;

-- corpus: line 529 accepted
CREATE TABLE trigger_test (
        i int,
        v varchar
);

-- corpus: line 534 accepted
CREATE OR REPLACE FUNCTION trigger_data()  RETURNS trigger
LANGUAGE plpgsql AS $$

declare

	argstr text;
	relid text;

begin

	relid := TG_relid::regclass;

	-- plpgsql can't discover its trigger data in a hash like perl and python
	-- can, or by a sort of reflection like tcl can,
	-- so we have to hard code the names.
	raise NOTICE 'TG_NAME: %', TG_name;
	raise NOTICE 'TG_WHEN: %', TG_when;
	raise NOTICE 'TG_LEVEL: %', TG_level;
	raise NOTICE 'TG_OP: %', TG_op;
	raise NOTICE 'TG_RELID::regclass: %', relid;
	raise NOTICE 'TG_RELNAME: %', TG_relname;
	raise NOTICE 'TG_TABLE_NAME: %', TG_table_name;
	raise NOTICE 'TG_TABLE_SCHEMA: %', TG_table_schema;
	raise NOTICE 'TG_NARGS: %', TG_nargs;

	argstr := '[';
	for i in 0 .. TG_nargs - 1 loop
		if i > 0 then
			argstr := argstr || ', ';
		end if;
		argstr := argstr || TG_argv[i];
	end loop;
	argstr := argstr || ']';
	raise NOTICE 'TG_ARGV: %', argstr;

	if TG_OP != 'INSERT' then
		raise NOTICE 'OLD: %', OLD;
	end if;

	if TG_OP != 'DELETE' then
		raise NOTICE 'NEW: %', NEW;
	end if;

	if TG_OP = 'DELETE' then
		return OLD;
	else
		return NEW;
	end if;

end;
$$;

-- corpus: line 586 accepted
CREATE TRIGGER show_trigger_data_trig
BEFORE INSERT OR UPDATE OR DELETE ON trigger_test
FOR EACH ROW EXECUTE PROCEDURE trigger_data(23,'skidoo');

-- corpus: line 594 accepted
DROP TRIGGER show_trigger_data_trig on trigger_test;

-- corpus: line 596 accepted
DROP FUNCTION trigger_data();

-- corpus: line 598 accepted
DROP TABLE trigger_test;

-- corpus: line 604 accepted
CREATE TABLE trigger_test (f1 int, f2 text, f3 text);

-- corpus: line 607 accepted
CREATE FUNCTION mytrigger() RETURNS trigger LANGUAGE plpgsql as $$
begin
	if row(old.*) = row(new.*) then
		raise notice 'row % not changed', new.f1;
	else
		raise notice 'row % changed', new.f1;
	end if;
	return new;
end$$;

-- corpus: line 617 accepted
CREATE TRIGGER t
BEFORE UPDATE ON trigger_test
FOR EACH ROW EXECUTE PROCEDURE mytrigger();

-- corpus: line 630 accepted
CREATE OR REPLACE FUNCTION mytrigger() RETURNS trigger LANGUAGE plpgsql as $$
begin
	if row(old.*) is distinct from row(new.*) then
		raise notice 'row % changed', new.f1;
	else
		raise notice 'row % not changed', new.f1;
	end if;
	return new;
end$$;

-- corpus: line 644 accepted
DROP TABLE trigger_test;

-- corpus: line 646 accepted
DROP FUNCTION mytrigger();

-- corpus: line 650 accepted
CREATE FUNCTION serializable_update_trig() RETURNS trigger LANGUAGE plpgsql AS
$$
declare
	rec record;
begin
	new.description = 'updated in trigger';
	return new;
end;
$$;

-- corpus: line 660 accepted
CREATE TABLE serializable_update_tab (
	id int,
	filler  text,
	description text
);

-- corpus: line 666 accepted
CREATE TRIGGER serializable_update_trig BEFORE UPDATE ON serializable_update_tab
	FOR EACH ROW EXECUTE PROCEDURE serializable_update_trig();

-- corpus: line 677 accepted
DROP TABLE serializable_update_tab;

-- corpus: line 681 accepted
CREATE TABLE min_updates_test (
	f1	text,
	f2 int,
	f3 int);

-- corpus: line 688 accepted
CREATE TRIGGER z_min_update
BEFORE UPDATE ON min_updates_test
FOR EACH ROW EXECUTE PROCEDURE suppress_redundant_updates_trigger();

-- corpus: line 704 accepted
DROP TABLE min_updates_test;

-- corpus: line 710 accepted
CREATE VIEW main_view AS SELECT a, b FROM main_table;

-- corpus: line 713 accepted
CREATE OR REPLACE FUNCTION view_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
declare
    argstr text := '';
begin
    for i in 0 .. TG_nargs - 1 loop
        if i > 0 then
            argstr := argstr || ', ';
        end if;
        argstr := argstr || TG_argv[i];
    end loop;

    raise notice '% % % % (%)', TG_TABLE_NAME, TG_WHEN, TG_OP, TG_LEVEL, argstr;

    if TG_LEVEL = 'ROW' then
        if TG_OP = 'INSERT' then
            raise NOTICE 'NEW: %', NEW;
            INSERT INTO main_table VALUES (NEW.a, NEW.b);
            RETURN NEW;
        end if;

        if TG_OP = 'UPDATE' then
            raise NOTICE 'OLD: %, NEW: %', OLD, NEW;
            UPDATE main_table SET a = NEW.a, b = NEW.b WHERE a = OLD.a AND b = OLD.b;
            if NOT FOUND then RETURN NULL; end if;
            RETURN NEW;
        end if;

        if TG_OP = 'DELETE' then
            raise NOTICE 'OLD: %', OLD;
            DELETE FROM main_table WHERE a = OLD.a AND b = OLD.b;
            if NOT FOUND then RETURN NULL; end if;
            RETURN OLD;
        end if;
    end if;

    RETURN NULL;
end;
$$;

-- corpus: line 754 accepted
CREATE TRIGGER invalid_trig BEFORE INSERT ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_ins_row');

-- corpus: line 757 accepted
CREATE TRIGGER invalid_trig BEFORE UPDATE ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_upd_row');

-- corpus: line 760 accepted
CREATE TRIGGER invalid_trig BEFORE DELETE ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_del_row');

-- corpus: line 764 accepted
CREATE TRIGGER invalid_trig AFTER INSERT ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_ins_row');

-- corpus: line 767 accepted
CREATE TRIGGER invalid_trig AFTER UPDATE ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_upd_row');

-- corpus: line 770 accepted
CREATE TRIGGER invalid_trig AFTER DELETE ON main_view
FOR EACH ROW EXECUTE PROCEDURE trigger_func('before_del_row');

-- corpus: line 774 accepted
CREATE TRIGGER invalid_trig BEFORE TRUNCATE ON main_view
EXECUTE PROCEDURE trigger_func('before_tru_row');

-- corpus: line 777 accepted
CREATE TRIGGER invalid_trig AFTER TRUNCATE ON main_view
EXECUTE PROCEDURE trigger_func('before_tru_row');

-- corpus: line 781 accepted
CREATE TRIGGER invalid_trig INSTEAD OF INSERT ON main_table
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_ins');

-- corpus: line 784 accepted
CREATE TRIGGER invalid_trig INSTEAD OF UPDATE ON main_table
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_upd');

-- corpus: line 787 accepted
CREATE TRIGGER invalid_trig INSTEAD OF DELETE ON main_table
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_del');

-- corpus: line 791 accepted
CREATE TRIGGER invalid_trig INSTEAD OF UPDATE ON main_view
FOR EACH ROW WHEN (OLD.a <> NEW.a) EXECUTE PROCEDURE view_trigger('instead_of_upd');

-- corpus: line 795 accepted
CREATE TRIGGER invalid_trig INSTEAD OF UPDATE OF a ON main_view
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_upd');

-- corpus: line 799 accepted
CREATE TRIGGER invalid_trig INSTEAD OF UPDATE ON main_view
EXECUTE PROCEDURE view_trigger('instead_of_upd');

-- corpus: line 803 accepted
CREATE TRIGGER instead_of_insert_trig INSTEAD OF INSERT ON main_view
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_ins');

-- corpus: line 806 accepted
CREATE TRIGGER instead_of_update_trig INSTEAD OF UPDATE ON main_view
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_upd');

-- corpus: line 809 accepted
CREATE TRIGGER instead_of_delete_trig INSTEAD OF DELETE ON main_view
FOR EACH ROW EXECUTE PROCEDURE view_trigger('instead_of_del');

-- corpus: line 813 accepted
CREATE TRIGGER before_ins_stmt_trig BEFORE INSERT ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('before_view_ins_stmt');

-- corpus: line 816 accepted
CREATE TRIGGER before_upd_stmt_trig BEFORE UPDATE ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('before_view_upd_stmt');

-- corpus: line 819 accepted
CREATE TRIGGER before_del_stmt_trig BEFORE DELETE ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('before_view_del_stmt');

-- corpus: line 823 accepted
CREATE TRIGGER after_ins_stmt_trig AFTER INSERT ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('after_view_ins_stmt');

-- corpus: line 826 accepted
CREATE TRIGGER after_upd_stmt_trig AFTER UPDATE ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('after_view_upd_stmt');

-- corpus: line 829 accepted
CREATE TRIGGER after_del_stmt_trig AFTER DELETE ON main_view
FOR EACH STATEMENT EXECUTE PROCEDURE view_trigger('after_view_del_stmt');

-- corpus: line 843 accepted
DROP TRIGGER before_upd_a_row_trig ON main_table;

-- corpus: line 860 accepted
DROP TRIGGER instead_of_insert_trig ON main_view;

-- corpus: line 861 accepted
DROP TRIGGER instead_of_delete_trig ON main_view;

-- corpus: line 863 accepted
DROP VIEW main_view;

-- corpus: line 868 accepted
CREATE TABLE country_table (
    country_id        serial primary key,
    country_name    text unique not null,
    continent        text not null
);

-- corpus: line 880 accepted
CREATE TABLE city_table (
    city_id        serial primary key,
    city_name    text not null,
    population    bigint,
    country_id    int references country_table
);

-- corpus: line 887 accepted
CREATE VIEW city_view AS
    SELECT city_id, city_name, population, country_name, continent
    FROM city_table ci
    LEFT JOIN country_table co ON co.country_id = ci.country_id;

-- corpus: line 892 accepted
CREATE FUNCTION city_insert() RETURNS trigger LANGUAGE plpgsql AS $$
declare
    ctry_id int;
begin
    if NEW.country_name IS NOT NULL then
        SELECT country_id, continent INTO ctry_id, NEW.continent
            FROM country_table WHERE country_name = NEW.country_name;
        if NOT FOUND then
            raise exception 'No such country: "%"', NEW.country_name;
        end if;
    else
        NEW.continent := NULL;
    end if;

    if NEW.city_id IS NOT NULL then
        INSERT INTO city_table
            VALUES(NEW.city_id, NEW.city_name, NEW.population, ctry_id);
    else
        INSERT INTO city_table(city_name, population, country_id)
            VALUES(NEW.city_name, NEW.population, ctry_id)
            RETURNING city_id INTO NEW.city_id;
    end if;

    RETURN NEW;
end;
$$;

-- corpus: line 919 accepted
CREATE TRIGGER city_insert_trig INSTEAD OF INSERT ON city_view
FOR EACH ROW EXECUTE PROCEDURE city_insert();

-- corpus: line 922 accepted
CREATE FUNCTION city_delete() RETURNS trigger LANGUAGE plpgsql AS $$
begin
    DELETE FROM city_table WHERE city_id = OLD.city_id;
    if NOT FOUND then RETURN NULL; end if;
    RETURN OLD;
end;
$$;

-- corpus: line 930 accepted
CREATE TRIGGER city_delete_trig INSTEAD OF DELETE ON city_view
FOR EACH ROW EXECUTE PROCEDURE city_delete();

-- corpus: line 933 accepted
CREATE FUNCTION city_update() RETURNS trigger LANGUAGE plpgsql AS $$
declare
    ctry_id int;
begin
    if NEW.country_name IS DISTINCT FROM OLD.country_name then
        SELECT country_id, continent INTO ctry_id, NEW.continent
            FROM country_table WHERE country_name = NEW.country_name;
        if NOT FOUND then
            raise exception 'No such country: "%"', NEW.country_name;
        end if;

        UPDATE city_table SET city_name = NEW.city_name,
                              population = NEW.population,
                              country_id = ctry_id
            WHERE city_id = OLD.city_id;
    else
        UPDATE city_table SET city_name = NEW.city_name,
                              population = NEW.population
            WHERE city_id = OLD.city_id;
        NEW.continent := OLD.continent;
    end if;

    if NOT FOUND then RETURN NULL; end if;
    RETURN NEW;
end;
$$;

-- corpus: line 960 accepted
CREATE TRIGGER city_update_trig INSTEAD OF UPDATE ON city_view
FOR EACH ROW EXECUTE PROCEDURE city_update();

-- corpus: line 990 accepted
CREATE VIEW european_city_view AS
    SELECT * FROM city_view WHERE continent = 'Europe';

-- corpus: line 994 accepted
CREATE FUNCTION no_op_trig_fn() RETURNS trigger LANGUAGE plpgsql
AS 'begin RETURN NULL; end';

-- corpus: line 997 accepted
CREATE TRIGGER no_op_trig INSTEAD OF INSERT OR UPDATE OR DELETE
ON european_city_view FOR EACH ROW EXECUTE PROCEDURE no_op_trig_fn();

-- corpus: line 1009 accepted
CREATE RULE european_city_insert_rule AS ON INSERT TO european_city_view
DO INSTEAD INSERT INTO city_view
VALUES (NEW.city_id, NEW.city_name, NEW.population, NEW.country_name, NEW.continent)
RETURNING *;

-- corpus: line 1014 accepted
CREATE RULE european_city_update_rule AS ON UPDATE TO european_city_view
DO INSTEAD UPDATE city_view SET
    city_name = NEW.city_name,
    population = NEW.population,
    country_name = NEW.country_name
WHERE city_id = OLD.city_id
RETURNING NEW.*;

-- corpus: line 1022 accepted
CREATE RULE european_city_delete_rule AS ON DELETE TO european_city_view
DO INSTEAD DELETE FROM city_view WHERE city_id = OLD.city_id RETURNING *;

-- corpus: line 1053 accepted
DROP TABLE city_table CASCADE;

-- corpus: line 1054 accepted
DROP TABLE country_table;

-- corpus: line 1059 accepted
create table depth_a (id int not null primary key);

-- corpus: line 1060 accepted
create table depth_b (id int not null primary key);

-- corpus: line 1061 accepted
create table depth_c (id int not null primary key);

-- corpus: line 1063 accepted
create function depth_a_tf() returns trigger
  language plpgsql as $$
begin
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  insert into depth_b values (new.id);
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  return new;
end;
$$;

-- corpus: line 1072 accepted
create trigger depth_a_tr before insert on depth_a
  for each row execute procedure depth_a_tf();

-- corpus: line 1075 accepted
create function depth_b_tf() returns trigger
  language plpgsql as $$
begin
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  begin
    execute 'insert into depth_c values (' || new.id::text || ')';
  exception
    when sqlstate 'U9999' then
      raise notice 'SQLSTATE = U9999: depth = %', pg_trigger_depth();
  end;
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  if new.id = 1 then
    execute 'insert into depth_c values (' || new.id::text || ')';
  end if;
  return new;
end;
$$;

-- corpus: line 1092 accepted
create trigger depth_b_tr before insert on depth_b
  for each row execute procedure depth_b_tf();

-- corpus: line 1095 accepted
create function depth_c_tf() returns trigger
  language plpgsql as $$
begin
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  if new.id = 1 then
    raise exception sqlstate 'U9999';
  end if;
  raise notice '%: depth = %', tg_name, pg_trigger_depth();
  return new;
end;
$$;

-- corpus: line 1106 accepted
create trigger depth_c_tr before insert on depth_c
  for each row execute procedure depth_c_tf();

-- corpus: line 1115 accepted
drop table depth_a, depth_b, depth_c;

-- corpus: line 1116 accepted
drop function depth_a_tf();

-- corpus: line 1117 accepted
drop function depth_b_tf();

-- corpus: line 1118 accepted
drop function depth_c_tf();

-- corpus: line 1125 accepted
create temp table parent (
    aid int not null primary key,
    val1 text,
    val2 text,
    val3 text,
    val4 text,
    bcnt int not null default 0);

-- corpus: line 1132 accepted
create temp table child (
    bid int not null primary key,
    aid int not null,
    val1 text);

-- corpus: line 1137 accepted
create function parent_upd_func()
  returns trigger language plpgsql as
$$
begin
  if old.val1 <> new.val1 then
    new.val2 = new.val1;
    delete from child where child.aid = new.aid and child.val1 = new.val1;
  end if;
  return new;
end;
$$;

-- corpus: line 1148 accepted
create trigger parent_upd_trig before update on parent
  for each row execute procedure parent_upd_func();

-- corpus: line 1151 accepted
create function parent_del_func()
  returns trigger language plpgsql as
$$
begin
  delete from child where aid = old.aid;
  return old;
end;
$$;

-- corpus: line 1159 accepted
create trigger parent_del_trig before delete on parent
  for each row execute procedure parent_del_func();

-- corpus: line 1162 accepted
create function child_ins_func()
  returns trigger language plpgsql as
$$
begin
  update parent set bcnt = bcnt + 1 where aid = new.aid;
  return new;
end;
$$;

-- corpus: line 1170 accepted
create trigger child_ins_trig after insert on child
  for each row execute procedure child_ins_func();

-- corpus: line 1173 accepted
create function child_del_func()
  returns trigger language plpgsql as
$$
begin
  update parent set bcnt = bcnt - 1 where aid = old.aid;
  return old;
end;
$$;

-- corpus: line 1181 accepted
create trigger child_del_trig after delete on child
  for each row execute procedure child_del_func();

-- corpus: line 1196 accepted
create or replace function parent_del_func()
  returns trigger language plpgsql as
$$
begin
  delete from child where aid = old.aid;
  if found then
    delete from parent where aid = old.aid;
    return null; -- cancel outer deletion
  end if;
  return old;
end;
$$;

-- corpus: line 1212 accepted
drop table parent, child;

-- corpus: line 1214 accepted
drop function parent_upd_func();

-- corpus: line 1215 accepted
drop function parent_del_func();

-- corpus: line 1216 accepted
drop function child_ins_func();

-- corpus: line 1217 accepted
drop function child_del_func();

-- corpus: line 1222 accepted
create temp table self_ref_trigger (
    id int primary key,
    parent int references self_ref_trigger,
    data text,
    nchildren int not null default 0
);

-- corpus: line 1229 accepted
create function self_ref_trigger_ins_func()
  returns trigger language plpgsql as
$$
begin
  if new.parent is not null then
    update self_ref_trigger set nchildren = nchildren + 1
      where id = new.parent;
  end if;
  return new;
end;
$$;

-- corpus: line 1240 accepted
create trigger self_ref_trigger_ins_trig before insert on self_ref_trigger
  for each row execute procedure self_ref_trigger_ins_func();

-- corpus: line 1243 accepted
create function self_ref_trigger_del_func()
  returns trigger language plpgsql as
$$
begin
  if old.parent is not null then
    update self_ref_trigger set nchildren = nchildren - 1
      where id = old.parent;
  end if;
  return old;
end;
$$;

-- corpus: line 1254 accepted
create trigger self_ref_trigger_del_trig before delete on self_ref_trigger
  for each row execute procedure self_ref_trigger_del_func();

-- corpus: line 1271 accepted
drop table self_ref_trigger;

-- corpus: line 1272 accepted
drop function self_ref_trigger_ins_func();

-- corpus: line 1273 accepted
drop function self_ref_trigger_del_func();

-- corpus: line 1279 accepted
create table stmt_trig_on_empty_upd (a int);

-- corpus: line 1280 accepted
create table stmt_trig_on_empty_upd1 () inherits (stmt_trig_on_empty_upd);

-- corpus: line 1281 accepted
create function update_stmt_notice() returns trigger as $$
begin
	raise notice 'updating %', TG_TABLE_NAME;
	return null;
end;
$$ language plpgsql;

-- corpus: line 1287 accepted
create trigger before_stmt_trigger
	before update on stmt_trig_on_empty_upd
	execute procedure update_stmt_notice();

-- corpus: line 1290 accepted
create trigger before_stmt_trigger
	before update on stmt_trig_on_empty_upd1
	execute procedure update_stmt_notice();

-- corpus: line 1299 accepted
drop table stmt_trig_on_empty_upd cascade;

-- corpus: line 1300 accepted
drop function update_stmt_notice();

-- corpus: line 1306 accepted
create table trigger_ddl_table (
   col1 integer,
   col2 integer
);

-- corpus: line 1311 accepted
create function trigger_ddl_func() returns trigger as $$
begin
  alter table trigger_ddl_table add primary key (col1);
  return new;
end$$ language plpgsql;

-- corpus: line 1317 accepted
create trigger trigger_ddl_func before insert on trigger_ddl_table for each row
  execute procedure trigger_ddl_func();

-- corpus: line 1322 accepted
create or replace function trigger_ddl_func() returns trigger as $$
begin
  create index on trigger_ddl_table (col2);
  return new;
end$$ language plpgsql;

-- corpus: line 1330 accepted
drop table trigger_ddl_table;

-- corpus: line 1331 accepted
drop function trigger_ddl_func();

-- corpus: line 1337 accepted
create table upsert (key int4 primary key, color text);

-- corpus: line 1339 accepted
create function upsert_before_func()
  returns trigger language plpgsql as
$$
begin
  if (TG_OP = 'UPDATE') then
    raise warning 'before update (old): %', old.*::text;
    raise warning 'before update (new): %', new.*::text;
  elsif (TG_OP = 'INSERT') then
    raise warning 'before insert (new): %', new.*::text;
    if new.key % 2 = 0 then
      new.key := new.key + 1;
      new.color := new.color || ' trig modified';
      raise warning 'before insert (new, modified): %', new.*::text;
    end if;
  end if;
  return new;
end;
$$;

-- corpus: line 1357 accepted
create trigger upsert_before_trig before insert or update on upsert
  for each row execute procedure upsert_before_func();

-- corpus: line 1360 accepted
create function upsert_after_func()
  returns trigger language plpgsql as
$$
begin
  if (TG_OP = 'UPDATE') then
    raise warning 'after update (old): %', old.*::text;
    raise warning 'after update (new): %', new.*::text;
  elsif (TG_OP = 'INSERT') then
    raise warning 'after insert (new): %', new.*::text;
  end if;
  return null;
end;
$$;

-- corpus: line 1373 accepted
create trigger upsert_after_trig after insert or update on upsert
  for each row execute procedure upsert_after_func();

-- corpus: line 1387 accepted
drop table upsert;

-- corpus: line 1388 accepted
drop function upsert_before_func();

-- corpus: line 1389 accepted
drop function upsert_after_func();

-- corpus: line 1396 accepted
create table my_table (i int);

-- corpus: line 1397 accepted
create view my_view as select * from my_table;

-- corpus: line 1398 accepted
create function my_trigger_function() returns trigger as $$ begin end; $$ language plpgsql;

-- corpus: line 1399 accepted
create trigger my_trigger after update on my_view referencing old table as old_table
   for each statement execute procedure my_trigger_function();

-- corpus: line 1401 accepted
drop function my_trigger_function();

-- corpus: line 1402 accepted
drop view my_view;

-- corpus: line 1403 accepted
drop table my_table;

-- corpus: line 1408 accepted
create table parted_trig (a int) partition by list (a);

-- corpus: line 1409 accepted
create function trigger_nothing() returns trigger
  language plpgsql as $$ begin end; $$;

-- corpus: line 1411 accepted
create trigger failed instead of update on parted_trig
  for each row execute procedure trigger_nothing();

-- corpus: line 1413 accepted
create trigger failed after update on parted_trig
  referencing old table as old_table
  for each row execute procedure trigger_nothing();

-- corpus: line 1416 accepted
drop table parted_trig;

-- corpus: line 1421 accepted
create table trigpart (a int, b int) partition by range (a);

-- corpus: line 1422 accepted
create table trigpart1 partition of trigpart for values from (0) to (1000);

-- corpus: line 1423 accepted
create trigger trg1 after insert on trigpart for each row execute procedure trigger_nothing();

-- corpus: line 1424 accepted
create table trigpart2 partition of trigpart for values from (1000) to (2000);

-- corpus: line 1425 accepted
create table trigpart3 (like trigpart);

-- corpus: line 1426 accepted
alter table trigpart attach partition trigpart3 for values from (2000) to (3000);

-- corpus: line 1427 accepted
create table trigpart4 partition of trigpart for values from (3000) to (4000) partition by range (a);

-- corpus: line 1428 accepted
create table trigpart41 partition of trigpart4 for values from (3000) to (3500);

-- corpus: line 1429 accepted
create table trigpart42 (like trigpart);

-- corpus: line 1430 accepted
alter table trigpart4 attach partition trigpart42 for values from (3500) to (4000);

-- corpus: line 1433 accepted
drop trigger trg1 on trigpart1;

-- corpus: line 1434 accepted
drop trigger trg1 on trigpart2;

-- corpus: line 1435 accepted
drop trigger trg1 on trigpart3;

-- corpus: line 1436 accepted
drop table trigpart2;

-- corpus: line 1439 accepted
drop trigger trg1 on trigpart;

-- corpus: line 1444 accepted
create trigger trg1 after insert on trigpart for each row execute procedure trigger_nothing();

-- corpus: line 1446 accepted
alter table trigpart detach partition trigpart3;

-- corpus: line 1447 accepted
drop trigger trg1 on trigpart3;

-- corpus: line 1448 accepted
alter table trigpart detach partition trigpart4;

-- corpus: line 1449 accepted
drop trigger trg1 on trigpart41;

-- corpus: line 1450 accepted
drop table trigpart4;

-- corpus: line 1451 accepted
alter table trigpart attach partition trigpart3 for values from (2000) to (3000);

-- corpus: line 1452 accepted
alter table trigpart detach partition trigpart3;

-- corpus: line 1453 accepted
alter table trigpart attach partition trigpart3 for values from (2000) to (3000);

-- corpus: line 1454 accepted
drop table trigpart3;

-- corpus: line 1458 accepted
create table trigpart3 (like trigpart);

-- corpus: line 1459 accepted
create trigger trg1 after insert on trigpart3 for each row execute procedure trigger_nothing();

-- corpus: line 1461 accepted
alter table trigpart attach partition trigpart3 FOR VALUES FROM (2000) to (3000);

-- corpus: line 1462 accepted
drop table trigpart3;

-- corpus: line 1465 accepted
create trigger samename after delete on trigpart execute function trigger_nothing();

-- corpus: line 1466 accepted
create trigger samename after delete on trigpart1 execute function trigger_nothing();

-- corpus: line 1469 accepted
drop table trigpart;

-- corpus: line 1470 accepted
drop function trigger_nothing();

-- corpus: line 1475 accepted
create table parted_stmt_trig (a int) partition by list (a);

-- corpus: line 1476 accepted
create table parted_stmt_trig1 partition of parted_stmt_trig for values in (1);

-- corpus: line 1477 accepted
create table parted_stmt_trig2 partition of parted_stmt_trig for values in (2);

-- corpus: line 1479 accepted
create table parted2_stmt_trig (a int) partition by list (a);

-- corpus: line 1480 accepted
create table parted2_stmt_trig1 partition of parted2_stmt_trig for values in (1);

-- corpus: line 1481 accepted
create table parted2_stmt_trig2 partition of parted2_stmt_trig for values in (2);

-- corpus: line 1483 accepted
create or replace function trigger_notice() returns trigger as $$
  begin
    raise notice 'trigger % on % % % for %', TG_NAME, TG_TABLE_NAME, TG_WHEN, TG_OP, TG_LEVEL;
    if TG_LEVEL = 'ROW' then
       return NEW;
    end if;
    return null;
  end;
  $$ language plpgsql;

-- corpus: line 1494 accepted
create trigger trig_ins_before before insert on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1496 accepted
create trigger trig_ins_after after insert on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1498 accepted
create trigger trig_upd_before before update on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1500 accepted
create trigger trig_upd_after after update on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1502 accepted
create trigger trig_del_before before delete on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1504 accepted
create trigger trig_del_after after delete on parted_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1508 accepted
create trigger trig_ins_after_parent after insert on parted_stmt_trig
  for each row execute procedure trigger_notice();

-- corpus: line 1510 accepted
create trigger trig_upd_after_parent after update on parted_stmt_trig
  for each row execute procedure trigger_notice();

-- corpus: line 1512 accepted
create trigger trig_del_after_parent after delete on parted_stmt_trig
  for each row execute procedure trigger_notice();

-- corpus: line 1516 accepted
create trigger trig_ins_before_child before insert on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1518 accepted
create trigger trig_ins_after_child after insert on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1520 accepted
create trigger trig_upd_before_child before update on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1522 accepted
create trigger trig_upd_after_child after update on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1524 accepted
create trigger trig_del_before_child before delete on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1526 accepted
create trigger trig_del_after_child after delete on parted_stmt_trig1
  for each row execute procedure trigger_notice();

-- corpus: line 1530 accepted
create trigger trig_ins_before_3 before insert on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1532 accepted
create trigger trig_ins_after_3 after insert on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1534 accepted
create trigger trig_upd_before_3 before update on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1536 accepted
create trigger trig_upd_after_3 after update on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1538 accepted
create trigger trig_del_before_3 before delete on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1540 accepted
create trigger trig_del_after_3 after delete on parted2_stmt_trig
  for each statement execute procedure trigger_notice();

-- corpus: line 1565 accepted
alter table parted_stmt_trig disable trigger trig_ins_after_parent;

-- corpus: line 1567 accepted
alter table parted_stmt_trig enable trigger trig_ins_after_parent;

-- corpus: line 1570 accepted
drop table parted_stmt_trig, parted2_stmt_trig;

-- corpus: line 1573 accepted
create table parted_trig (a int) partition by range (a);

-- corpus: line 1574 accepted
create table parted_trig_1 partition of parted_trig for values from (0) to (1000)
   partition by range (a);

-- corpus: line 1576 accepted
create table parted_trig_1_1 partition of parted_trig_1 for values from (0) to (100);

-- corpus: line 1577 accepted
create table parted_trig_2 partition of parted_trig for values from (1000) to (2000);

-- corpus: line 1578 accepted
create trigger zzz after insert on parted_trig for each row execute procedure trigger_notice();

-- corpus: line 1579 accepted
create trigger mmm after insert on parted_trig_1_1 for each row execute procedure trigger_notice();

-- corpus: line 1580 accepted
create trigger aaa after insert on parted_trig_1 for each row execute procedure trigger_notice();

-- corpus: line 1581 accepted
create trigger bbb after insert on parted_trig for each row execute procedure trigger_notice();

-- corpus: line 1582 accepted
create trigger qqq after insert on parted_trig_1_1 for each row execute procedure trigger_notice();

-- corpus: line 1584 accepted
drop table parted_trig;

-- corpus: line 1587 accepted
create table parted_trig (a int) partition by list (a);

-- corpus: line 1588 accepted
create table parted_trig1 partition of parted_trig for values in (1);

-- corpus: line 1589 accepted
create or replace function trigger_notice() returns trigger as $$
  declare
    arg1 text = TG_ARGV[0];
    arg2 integer = TG_ARGV[1];
  begin
    raise notice 'trigger % on % % % for % args % %',
		TG_NAME, TG_TABLE_NAME, TG_WHEN, TG_OP, TG_LEVEL, arg1, arg2;
    return null;
  end;
  $$ language plpgsql;

-- corpus: line 1599 accepted
create trigger aaa after insert on parted_trig
   for each row execute procedure trigger_notice('quirky', 1);

-- corpus: line 1603 accepted
create table parted_trig2 partition of parted_trig for values in (2);

-- corpus: line 1604 accepted
create table parted_trig3 (like parted_trig);

-- corpus: line 1605 accepted
alter table parted_trig attach partition parted_trig3 for values in (3);

-- corpus: line 1607 accepted
drop table parted_trig;

-- corpus: line 1611 accepted
create function bark(text) returns bool language plpgsql immutable
  as $$ begin raise notice '% <- woof!', $1; return true; end; $$;

-- corpus: line 1613 accepted
create or replace function trigger_notice_ab() returns trigger as $$
  begin
    raise notice 'trigger % on % % % for %: (a,b)=(%,%)',
		TG_NAME, TG_TABLE_NAME, TG_WHEN, TG_OP, TG_LEVEL,
		NEW.a, NEW.b;
    if TG_LEVEL = 'ROW' then
       return NEW;
    end if;
    return null;
  end;
  $$ language plpgsql;

-- corpus: line 1624 accepted
create table parted_irreg_ancestor (fd text, b text, fd2 int, fd3 int, a int)
  partition by range (b);

-- corpus: line 1626 accepted
alter table parted_irreg_ancestor drop column fd,
  drop column fd2, drop column fd3;

-- corpus: line 1628 accepted
create table parted_irreg (fd int, a int, fd2 int, b text)
  partition by range (b);

-- corpus: line 1630 accepted
alter table parted_irreg drop column fd, drop column fd2;

-- corpus: line 1631 accepted
alter table parted_irreg_ancestor attach partition parted_irreg
  for values from ('aaaa') to ('zzzz');

-- corpus: line 1633 accepted
create table parted1_irreg (b text, fd int, a int);

-- corpus: line 1634 accepted
alter table parted1_irreg drop column fd;

-- corpus: line 1635 accepted
alter table parted_irreg attach partition parted1_irreg
  for values from ('aaaa') to ('bbbb');

-- corpus: line 1637 accepted
create trigger parted_trig after insert on parted_irreg
  for each row execute procedure trigger_notice_ab();

-- corpus: line 1639 accepted
create trigger parted_trig_odd after insert on parted_irreg for each row
  when (bark(new.b) AND new.a % 2 = 1) execute procedure trigger_notice_ab();

-- corpus: line 1646 accepted
drop table parted_irreg_ancestor;

-- corpus: line 1649 accepted
create table parted (a int, b int, c text) partition by list (a);

-- corpus: line 1650 accepted
create table parted_1 partition of parted for values in (1)
  partition by list (b);

-- corpus: line 1652 accepted
create table parted_1_1 partition of parted_1 for values in (1);

-- corpus: line 1653 accepted
create function parted_trigfunc() returns trigger language plpgsql as $$
begin
  new.a = new.a + 1;
  return new;
end;
$$;

-- corpus: line 1660 accepted
create trigger t before insert or update or delete on parted
  for each row execute function parted_trigfunc();

-- corpus: line 1664 accepted
create or replace function parted_trigfunc() returns trigger language plpgsql as $$
begin
  new.b = new.b + 1;
  return new;
end;
$$;

-- corpus: line 1672 accepted
create or replace function parted_trigfunc() returns trigger language plpgsql as $$
begin
  new.c = new.c || ' did '|| TG_OP;
  return new;
end;
$$;

-- corpus: line 1684 accepted
create table parted_2 partition of parted for values in (2);

-- corpus: line 1690 accepted
create or replace function parted_trigfunc2() returns trigger language plpgsql as $$
begin
  new.a = new.a + 1;
  return new;
end;
$$;

-- corpus: line 1696 accepted
create trigger t2 before update on parted
  for each row execute function parted_trigfunc2();

-- corpus: line 1700 accepted
create table parted_3 partition of parted for values in (3);

-- corpus: line 1708 accepted
drop table parted;

-- corpus: line 1709 accepted
create table parted (a int, b int, c text) partition by list ((a + b));

-- corpus: line 1710 accepted
create or replace function parted_trigfunc() returns trigger language plpgsql as $$
begin
  new.a = new.a + new.b;
  return new;
end;
$$;

-- corpus: line 1716 accepted
create table parted_1 partition of parted for values in (1, 2);

-- corpus: line 1717 accepted
create table parted_2 partition of parted for values in (3, 4);

-- corpus: line 1718 accepted
create trigger t before insert or update on parted
  for each row execute function parted_trigfunc();

-- corpus: line 1724 accepted
drop table parted;

-- corpus: line 1725 accepted
drop function parted_trigfunc();

-- corpus: line 1729 accepted
create table parted_constr_ancestor (a int, b text)
  partition by range (b);

-- corpus: line 1731 accepted
create table parted_constr (a int, b text)
  partition by range (b);

-- corpus: line 1733 accepted
alter table parted_constr_ancestor attach partition parted_constr
  for values from ('aaaa') to ('zzzz');

-- corpus: line 1735 accepted
create table parted1_constr (a int, b text);

-- corpus: line 1736 accepted
alter table parted_constr attach partition parted1_constr
  for values from ('aaaa') to ('bbbb');

-- corpus: line 1738 accepted
create constraint trigger parted_trig after insert on parted_constr_ancestor
  deferrable
  for each row execute procedure trigger_notice_ab();

-- corpus: line 1741 accepted
create constraint trigger parted_trig_two after insert on parted_constr
  deferrable initially deferred
  for each row when (bark(new.b) AND new.a % 2 = 1)
  execute procedure trigger_notice_ab();

-- corpus: line 1762 accepted
drop table parted_constr_ancestor;

-- corpus: line 1763 accepted
drop function bark(text);

-- corpus: line 1766 accepted
create table parted_trigger (a int, b text) partition by range (a);

-- corpus: line 1767 accepted
create table parted_trigger_1 partition of parted_trigger for values from (0) to (1000);

-- corpus: line 1768 accepted
create table parted_trigger_2 (drp int, a int, b text);

-- corpus: line 1769 accepted
alter table parted_trigger_2 drop column drp;

-- corpus: line 1770 accepted
alter table parted_trigger attach partition parted_trigger_2 for values from (1000) to (2000);

-- corpus: line 1771 accepted
create trigger parted_trigger after update on parted_trigger
  for each row when (new.a % 2 = 1 and length(old.b) >= 2) execute procedure trigger_notice_ab();

-- corpus: line 1773 accepted
create table parted_trigger_3 (b text, a int) partition by range (length(b));

-- corpus: line 1774 accepted
create table parted_trigger_3_1 partition of parted_trigger_3 for values from (1) to (3);

-- corpus: line 1775 accepted
create table parted_trigger_3_2 partition of parted_trigger_3 for values from (3) to (5);

-- corpus: line 1776 accepted
alter table parted_trigger attach partition parted_trigger_3 for values from (2000) to (3000);

-- corpus: line 1782 accepted
drop table parted_trigger;

-- corpus: line 1785 accepted
create table parted_referenced (a int);

-- corpus: line 1786 accepted
create table unparted_trigger (a int, b text);

-- corpus: line 1787 accepted
create table parted_trigger (a int, b text) partition by range (a);

-- corpus: line 1788 accepted
create table parted_trigger_1 partition of parted_trigger for values from (0) to (1000);

-- corpus: line 1789 accepted
create table parted_trigger_2 (drp int, a int, b text);

-- corpus: line 1790 accepted
alter table parted_trigger_2 drop column drp;

-- corpus: line 1791 accepted
alter table parted_trigger attach partition parted_trigger_2 for values from (1000) to (2000);

-- corpus: line 1792 accepted
create constraint trigger parted_trigger after update on parted_trigger
  from parted_referenced
  for each row execute procedure trigger_notice_ab();

-- corpus: line 1795 accepted
create constraint trigger parted_trigger after update on unparted_trigger
  from parted_referenced
  for each row execute procedure trigger_notice_ab();

-- corpus: line 1798 accepted
create table parted_trigger_3 (b text, a int) partition by range (length(b));

-- corpus: line 1799 accepted
create table parted_trigger_3_1 partition of parted_trigger_3 for values from (1) to (3);

-- corpus: line 1800 accepted
create table parted_trigger_3_2 partition of parted_trigger_3 for values from (3) to (5);

-- corpus: line 1801 accepted
alter table parted_trigger attach partition parted_trigger_3 for values from (2000) to (3000);

-- corpus: line 1807 accepted
drop table parted_referenced, parted_trigger, unparted_trigger;

-- corpus: line 1810 accepted
create table parted_trigger (a int, b text) partition by range (a);

-- corpus: line 1811 accepted
create table parted_trigger_1 partition of parted_trigger for values from (0) to (1000);

-- corpus: line 1812 accepted
create table parted_trigger_2 (drp int, a int, b text);

-- corpus: line 1813 accepted
alter table parted_trigger_2 drop column drp;

-- corpus: line 1814 accepted
alter table parted_trigger attach partition parted_trigger_2 for values from (1000) to (2000);

-- corpus: line 1815 accepted
create trigger parted_trigger after update of b on parted_trigger
  for each row execute procedure trigger_notice_ab();

-- corpus: line 1817 accepted
create table parted_trigger_3 (b text, a int) partition by range (length(b));

-- corpus: line 1818 accepted
create table parted_trigger_3_1 partition of parted_trigger_3 for values from (1) to (4);

-- corpus: line 1819 accepted
create table parted_trigger_3_2 partition of parted_trigger_3 for values from (4) to (8);

-- corpus: line 1820 accepted
alter table parted_trigger attach partition parted_trigger_3 for values from (2000) to (3000);

-- corpus: line 1824 accepted
drop table parted_trigger;

-- corpus: line 1826 accepted
drop function trigger_notice_ab();

-- corpus: line 1830 accepted
create table trg_clone (a int) partition by range (a);

-- corpus: line 1831 accepted
create table trg_clone1 partition of trg_clone for values from (0) to (1000);

-- corpus: line 1832 accepted
alter table trg_clone add constraint uniq unique (a) deferrable;

-- corpus: line 1833 accepted
create table trg_clone2 partition of trg_clone for values from (1000) to (2000);

-- corpus: line 1834 accepted
create table trg_clone3 partition of trg_clone for values from (2000) to (3000)
  partition by range (a);

-- corpus: line 1836 accepted
create table trg_clone_3_3 partition of trg_clone3 for values from (2000) to (2100);

-- corpus: line 1841 accepted
drop table trg_clone;

-- corpus: line 1846 accepted
create table parent (a int);

-- corpus: line 1847 accepted
create table child1 () inherits (parent);

-- corpus: line 1848 accepted
create function trig_nothing() returns trigger language plpgsql
  as $$ begin return null; end $$;

-- corpus: line 1850 accepted
create trigger tg after insert on parent
  for each row execute function trig_nothing();

-- corpus: line 1852 accepted
create trigger tg after insert on child1
  for each row execute function trig_nothing();

-- corpus: line 1854 accepted
alter table parent disable trigger tg;

-- corpus: line 1858 accepted
alter table only parent enable always trigger tg;

-- corpus: line 1862 accepted
drop table parent, child1;

-- corpus: line 1864 accepted
create table parent (a int) partition by list (a);

-- corpus: line 1865 accepted
create table child1 partition of parent for values in (1);

-- corpus: line 1866 accepted
create trigger tg after insert on parent
  for each row execute procedure trig_nothing();

-- corpus: line 1868 accepted
create trigger tg_stmt after insert on parent
  for statement execute procedure trig_nothing();

-- corpus: line 1873 accepted
alter table only parent enable always trigger tg;

-- corpus: line 1874 accepted
alter table parent enable always trigger tg_stmt;

-- corpus: line 1880 accepted
alter table parent enable always trigger tg;

-- corpus: line 1885 accepted
alter table parent disable trigger user;

-- corpus: line 1889 accepted
drop table parent, child1;

-- corpus: line 1892 accepted
create table parent (a int primary key, f int references parent)
  partition by list (a);

-- corpus: line 1894 accepted
create table child1 partition of parent for values in (1);

-- corpus: line 1899 accepted
alter table parent disable trigger all;

-- corpus: line 1904 accepted
drop table parent, child1;

-- corpus: line 1907 accepted
CREATE TABLE trgfire (i int) PARTITION BY RANGE (i);

-- corpus: line 1908 accepted
CREATE TABLE trgfire1 PARTITION OF trgfire FOR VALUES FROM (1) TO (10);

-- corpus: line 1909 accepted
CREATE OR REPLACE FUNCTION tgf() RETURNS trigger LANGUAGE plpgsql
  AS $$ begin raise exception 'except'; end $$;

-- corpus: line 1911 accepted
CREATE TRIGGER tg AFTER INSERT ON trgfire FOR EACH ROW EXECUTE FUNCTION tgf();

-- corpus: line 1913 accepted
ALTER TABLE trgfire DISABLE TRIGGER tg;

-- corpus: line 1915 accepted
CREATE TABLE trgfire2 PARTITION OF trgfire FOR VALUES FROM (10) TO (20);

-- corpus: line 1917 accepted
CREATE TABLE trgfire3 (LIKE trgfire);

-- corpus: line 1918 accepted
ALTER TABLE trgfire ATTACH PARTITION trgfire3 FOR VALUES FROM (20) TO (30);

-- corpus: line 1920 accepted
CREATE TABLE trgfire4 PARTITION OF trgfire FOR VALUES FROM (30) TO (40) PARTITION BY LIST (i);

-- corpus: line 1921 accepted
CREATE TABLE trgfire4_30 PARTITION OF trgfire4 FOR VALUES IN (30);

-- corpus: line 1923 accepted
CREATE TABLE trgfire5 (LIKE trgfire) PARTITION BY LIST (i);

-- corpus: line 1924 accepted
CREATE TABLE trgfire5_40 PARTITION OF trgfire5 FOR VALUES IN (40);

-- corpus: line 1925 accepted
ALTER TABLE trgfire ATTACH PARTITION trgfire5 FOR VALUES FROM (40) TO (50);

-- corpus: line 1930 accepted
ALTER TABLE trgfire ENABLE TRIGGER tg;

-- corpus: line 1936 accepted
DROP TABLE trgfire;

-- corpus: line 1937 accepted
DROP FUNCTION tgf();

-- corpus: line 1946 accepted
create or replace function dump_insert() returns trigger language plpgsql as
$$
  begin
    raise notice 'trigger = %, new table = %',
                 TG_NAME,
                 (select string_agg(new_table::text, ', ' order by a) from new_table);
    return null;
  end;
$$;

-- corpus: line 1956 accepted
create or replace function dump_update() returns trigger language plpgsql as
$$
  begin
    raise notice 'trigger = %, old table = %, new table = %',
                 TG_NAME,
                 (select string_agg(old_table::text, ', ' order by a) from old_table),
                 (select string_agg(new_table::text, ', ' order by a) from new_table);
    return null;
  end;
$$;

-- corpus: line 1967 accepted
create or replace function dump_delete() returns trigger language plpgsql as
$$
  begin
    raise notice 'trigger = %, old table = %',
                 TG_NAME,
                 (select string_agg(old_table::text, ', ' order by a) from old_table);
    return null;
  end;
$$;

-- corpus: line 1984 accepted
create table parent (a text, b int) partition by list (a);

-- corpus: line 1987 accepted
create table child1 partition of parent for values in ('AAA');

-- corpus: line 1990 accepted
create table child2 (x int, a text, b int);

-- corpus: line 1991 accepted
alter table child2 drop column x;

-- corpus: line 1992 accepted
alter table parent attach partition child2 for values in ('BBB');

-- corpus: line 1995 accepted
create table child3 (b int, a text);

-- corpus: line 1996 accepted
alter table parent attach partition child3 for values in ('CCC');

-- corpus: line 1998 accepted
create trigger parent_insert_trig
  after insert on parent referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2001 accepted
create trigger parent_update_trig
  after update on parent referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2004 accepted
create trigger parent_delete_trig
  after delete on parent referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2008 accepted
create trigger child1_insert_trig
  after insert on child1 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2011 accepted
create trigger child1_update_trig
  after update on child1 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2014 accepted
create trigger child1_delete_trig
  after delete on child1 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2018 accepted
create trigger child2_insert_trig
  after insert on child2 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2021 accepted
create trigger child2_update_trig
  after update on child2 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2024 accepted
create trigger child2_delete_trig
  after delete on child2 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2028 accepted
create trigger child3_insert_trig
  after insert on child3 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2031 accepted
create trigger child3_update_trig
  after update on child3 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2034 accepted
create trigger child3_delete_trig
  after delete on child3 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2075 accepted
drop trigger child1_insert_trig on child1;

-- corpus: line 2076 accepted
drop trigger child1_update_trig on child1;

-- corpus: line 2077 accepted
drop trigger child1_delete_trig on child1;

-- corpus: line 2078 accepted
drop trigger child2_insert_trig on child2;

-- corpus: line 2079 accepted
drop trigger child2_update_trig on child2;

-- corpus: line 2080 accepted
drop trigger child2_delete_trig on child2;

-- corpus: line 2081 accepted
drop trigger child3_insert_trig on child3;

-- corpus: line 2082 accepted
drop trigger child3_update_trig on child3;

-- corpus: line 2083 accepted
drop trigger child3_delete_trig on child3;

-- corpus: line 2096 accepted
create or replace function intercept_insert() returns trigger language plpgsql as
$$
  begin
    new.b = new.b + 1000;
    return new;
  end;
$$;

-- corpus: line 2104 accepted
create trigger intercept_insert_child3
  before insert on child3
  for each row execute procedure intercept_insert();

-- corpus: line 2119 accepted
drop table child1, child2, child3, parent;

-- corpus: line 2120 accepted
drop function intercept_insert();

-- corpus: line 2126 accepted
create table parent (a text, b int) partition by list (a);

-- corpus: line 2127 accepted
create table child partition of parent for values in ('AAA');

-- corpus: line 2130 accepted
create trigger child_row_trig
  after insert on child referencing new table as new_table
  for each row execute procedure dump_insert();

-- corpus: line 2135 accepted
alter table parent detach partition child;

-- corpus: line 2137 accepted
create trigger child_row_trig
  after insert on child referencing new table as new_table
  for each row execute procedure dump_insert();

-- corpus: line 2142 accepted
alter table parent attach partition child for values in ('AAA');

-- corpus: line 2145 accepted
drop trigger child_row_trig on child;

-- corpus: line 2146 accepted
alter table parent attach partition child for values in ('AAA');

-- corpus: line 2148 accepted
drop table child, parent;

-- corpus: line 2158 accepted
create table parent (a text, b int);

-- corpus: line 2161 accepted
create table child1 () inherits (parent);

-- corpus: line 2164 accepted
create table child2 (b int, a text);

-- corpus: line 2165 accepted
alter table child2 inherit parent;

-- corpus: line 2168 accepted
create table child3 (c text) inherits (parent);

-- corpus: line 2170 accepted
create trigger parent_insert_trig
  after insert on parent referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2173 accepted
create trigger parent_update_trig
  after update on parent referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2176 accepted
create trigger parent_delete_trig
  after delete on parent referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2180 accepted
create trigger child1_insert_trig
  after insert on child1 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2183 accepted
create trigger child1_update_trig
  after update on child1 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2186 accepted
create trigger child1_delete_trig
  after delete on child1 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2190 accepted
create trigger child2_insert_trig
  after insert on child2 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2193 accepted
create trigger child2_update_trig
  after update on child2 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2196 accepted
create trigger child2_delete_trig
  after delete on child2 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2200 accepted
create trigger child3_insert_trig
  after insert on child3 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2203 accepted
create trigger child3_update_trig
  after update on child3 referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2206 accepted
create trigger child3_delete_trig
  after delete on child3 referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2241 accepted
create index on parent(b);

-- corpus: line 2248 accepted
drop trigger child1_insert_trig on child1;

-- corpus: line 2249 accepted
drop trigger child1_update_trig on child1;

-- corpus: line 2250 accepted
drop trigger child1_delete_trig on child1;

-- corpus: line 2251 accepted
drop trigger child2_insert_trig on child2;

-- corpus: line 2252 accepted
drop trigger child2_update_trig on child2;

-- corpus: line 2253 accepted
drop trigger child2_delete_trig on child2;

-- corpus: line 2254 accepted
drop trigger child3_insert_trig on child3;

-- corpus: line 2255 accepted
drop trigger child3_update_trig on child3;

-- corpus: line 2256 accepted
drop trigger child3_delete_trig on child3;

-- corpus: line 2259 accepted
drop table child1, child2, child3, parent;

-- corpus: line 2265 accepted
create table parent (a text, b int);

-- corpus: line 2266 accepted
create table child () inherits (parent);

-- corpus: line 2269 accepted
create trigger child_row_trig
  after insert on child referencing new table as new_table
  for each row execute procedure dump_insert();

-- corpus: line 2274 accepted
alter table child no inherit parent;

-- corpus: line 2276 accepted
create trigger child_row_trig
  after insert on child referencing new table as new_table
  for each row execute procedure dump_insert();

-- corpus: line 2281 accepted
alter table child inherit parent;

-- corpus: line 2284 accepted
drop trigger child_row_trig on child;

-- corpus: line 2285 accepted
alter table child inherit parent;

-- corpus: line 2287 accepted
drop table child, parent;

-- corpus: line 2295 accepted
create table table1 (a int);

-- corpus: line 2296 accepted
create table table2 (a text);

-- corpus: line 2297 accepted
create trigger table1_trig
  after insert on table1 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2300 accepted
create trigger table2_trig
  after insert on table2 referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2313 accepted
drop table table1;

-- corpus: line 2314 accepted
drop table table2;

-- corpus: line 2321 accepted
create table my_table (a int primary key, b text);

-- corpus: line 2322 accepted
create trigger my_table_insert_trig
  after insert on my_table referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2325 accepted
create trigger my_table_update_trig
  after update on my_table referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2348 accepted
create table iocdu_tt_parted (a int primary key, b text) partition by list (a);

-- corpus: line 2349 accepted
create table iocdu_tt_parted1 partition of iocdu_tt_parted for values in (1);

-- corpus: line 2350 accepted
create table iocdu_tt_parted2 partition of iocdu_tt_parted for values in (2);

-- corpus: line 2351 accepted
create table iocdu_tt_parted3 partition of iocdu_tt_parted for values in (3);

-- corpus: line 2352 accepted
create table iocdu_tt_parted4 partition of iocdu_tt_parted for values in (4);

-- corpus: line 2353 accepted
create trigger iocdu_tt_parted_insert_trig
  after insert on iocdu_tt_parted referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2356 accepted
create trigger iocdu_tt_parted_update_trig
  after update on iocdu_tt_parted referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2375 accepted
drop table iocdu_tt_parted;

-- corpus: line 2382 accepted
create trigger my_table_multievent_trig
  after insert or update on my_table referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2391 accepted
create trigger my_table_col_update_trig
  after update of b on my_table referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2395 accepted
drop table my_table;

-- corpus: line 2401 accepted
create table refd_table (a int primary key, b text);

-- corpus: line 2402 accepted
create table trig_table (a int, b text,
  foreign key (a) references refd_table on update cascade on delete cascade
);

-- corpus: line 2406 accepted
create trigger trig_table_before_trig
  before insert or update or delete on trig_table
  for each statement execute procedure trigger_func('trig_table');

-- corpus: line 2409 accepted
create trigger trig_table_insert_trig
  after insert on trig_table referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2412 accepted
create trigger trig_table_update_trig
  after update on trig_table referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2415 accepted
create trigger trig_table_delete_trig
  after delete on trig_table referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2439 accepted
drop table refd_table, trig_table;

-- corpus: line 2445 accepted
create table self_ref (a int primary key,
                       b int references self_ref(a) on delete cascade);

-- corpus: line 2448 accepted
create trigger self_ref_before_trig
  before delete on self_ref
  for each statement execute procedure trigger_func('self_ref');

-- corpus: line 2451 accepted
create trigger self_ref_r_trig
  after delete on self_ref referencing old table as old_table
  for each row execute procedure dump_delete();

-- corpus: line 2454 accepted
create trigger self_ref_s_trig
  after delete on self_ref referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2463 accepted
drop trigger self_ref_r_trig on self_ref;

-- corpus: line 2469 accepted
drop table self_ref;

-- corpus: line 2474 accepted
create table merge_target_table (a int primary key, b text);

-- corpus: line 2475 accepted
create trigger merge_target_table_insert_trig
  after insert on merge_target_table referencing new table as new_table
  for each statement execute procedure dump_insert();

-- corpus: line 2478 accepted
create trigger merge_target_table_update_trig
  after update on merge_target_table referencing old table as old_table new table as new_table
  for each statement execute procedure dump_update();

-- corpus: line 2481 accepted
create trigger merge_target_table_delete_trig
  after delete on merge_target_table referencing old table as old_table
  for each statement execute procedure dump_delete();

-- corpus: line 2485 accepted
create table merge_source_table (a int, b text);

-- corpus: line 2516 accepted
drop table merge_source_table, merge_target_table;

-- corpus: line 2519 accepted
drop function dump_insert();

-- corpus: line 2520 accepted
drop function dump_update();

-- corpus: line 2521 accepted
drop function dump_delete();

-- corpus: line 2526 accepted
create table my_table (id integer);

-- corpus: line 2528 accepted
create function funcA() returns trigger as $$
begin
  raise notice 'hello from funcA';
  return null;
end; $$ language plpgsql;

-- corpus: line 2534 accepted
create function funcB() returns trigger as $$
begin
  raise notice 'hello from funcB';
  return null;
end; $$ language plpgsql;

-- corpus: line 2540 accepted
create trigger my_trig
  after insert on my_table
  for each row execute procedure funcA();

-- corpus: line 2544 accepted
create trigger my_trig
  before insert on my_table
  for each row execute procedure funcB();

-- corpus: line 2550 accepted
create or replace trigger my_trig
  before insert on my_table
  for each row execute procedure funcB();

-- corpus: line 2558 accepted
drop table my_table;

-- corpus: line 2561 accepted
create table parted_trig (a int) partition by range (a);

-- corpus: line 2562 accepted
create table parted_trig_1 partition of parted_trig
       for values from (0) to (1000) partition by range (a);

-- corpus: line 2564 accepted
create table parted_trig_1_1 partition of parted_trig_1 for values from (0) to (100);

-- corpus: line 2565 accepted
create table parted_trig_2 partition of parted_trig for values from (1000) to (2000);

-- corpus: line 2566 accepted
create table default_parted_trig partition of parted_trig default;

-- corpus: line 2570 accepted
create or replace trigger my_trig
  after insert on parted_trig
  for each row execute procedure funcA();

-- corpus: line 2574 accepted
create or replace trigger my_trig
  after insert on parted_trig
  for each row execute procedure funcB();

-- corpus: line 2580 accepted
create or replace trigger my_trig
  after insert on parted_trig
  for each row execute procedure funcA();

-- corpus: line 2584 accepted
create or replace trigger my_trig
  after insert on parted_trig_1
  for each row execute procedure funcB();

-- corpus: line 2588 accepted
drop trigger my_trig on parted_trig;

-- corpus: line 2592 accepted
create trigger my_trig
  after insert on parted_trig_1
  for each row execute procedure funcA();

-- corpus: line 2596 accepted
create trigger my_trig
  after insert on parted_trig
  for each row execute procedure funcB();

-- corpus: line 2600 accepted
create or replace trigger my_trig
  after insert on parted_trig
  for each row execute procedure funcB();

-- corpus: line 2606 accepted
drop table parted_trig;

-- corpus: line 2607 accepted
drop function funcA();

-- corpus: line 2608 accepted
drop function funcB();

-- corpus: line 2611 accepted
create table trigger_parted (a int primary key) partition by list (a);

-- corpus: line 2612 accepted
create function trigger_parted_trigfunc() returns trigger language plpgsql as
  $$ begin end; $$;

-- corpus: line 2614 accepted
create trigger aft_row after insert or update on trigger_parted
  for each row execute function trigger_parted_trigfunc();

-- corpus: line 2616 accepted
create table trigger_parted_p1 partition of trigger_parted for values in (1)
  partition by list (a);

-- corpus: line 2618 accepted
create table trigger_parted_p1_1 partition of trigger_parted_p1 for values in (1);

-- corpus: line 2619 accepted
create table trigger_parted_p2 partition of trigger_parted for values in (2)
  partition by list (a);

-- corpus: line 2621 accepted
create table trigger_parted_p2_2 partition of trigger_parted_p2 for values in (2);

-- corpus: line 2622 accepted
alter table only trigger_parted_p2 disable trigger aft_row;

-- corpus: line 2623 accepted
alter table trigger_parted_p2_2 enable always trigger aft_row;

-- corpus: line 2627 accepted
create table convslot_test_parent (col1 text primary key);

-- corpus: line 2628 accepted
create table convslot_test_child (col1 text primary key,
	foreign key (col1) references convslot_test_parent(col1) on delete cascade on update cascade
);

-- corpus: line 2632 accepted
alter table convslot_test_child add column col2 text not null default 'tutu';

-- corpus: line 2638 accepted
create function convslot_trig1()
returns trigger
language plpgsql
AS $$
begin
raise notice 'trigger = %, old_table = %',
          TG_NAME,
          (select string_agg(old_table::text, ', ' order by col1) from old_table);
return null;
end; $$;

-- corpus: line 2649 accepted
create function convslot_trig2()
returns trigger
language plpgsql
AS $$
begin
raise notice 'trigger = %, new table = %',
          TG_NAME,
          (select string_agg(new_table::text, ', ' order by col1) from new_table);
return null;
end; $$;

-- corpus: line 2660 accepted
create trigger but_trigger after update on convslot_test_child
referencing new table as new_table
for each statement execute function convslot_trig2();

-- corpus: line 2666 accepted
create function convslot_trig3()
returns trigger
language plpgsql
AS $$
begin
raise notice 'trigger = %, old_table = %, new table = %',
          TG_NAME,
          (select string_agg(old_table::text, ', ' order by col1) from old_table),
          (select string_agg(new_table::text, ', ' order by col1) from new_table);
return null;
end; $$;

-- corpus: line 2678 accepted
create trigger but_trigger2 after update on convslot_test_child
referencing old table as old_table new table as new_table
for each statement execute function convslot_trig3();

-- corpus: line 2683 accepted
create trigger bdt_trigger after delete on convslot_test_child
referencing old table as old_table
for each statement execute function convslot_trig1();

-- corpus: line 2688 accepted
drop table convslot_test_child, convslot_test_parent;

-- corpus: line 2689 accepted
drop function convslot_trig1();

-- corpus: line 2690 accepted
drop function convslot_trig2();

-- corpus: line 2691 accepted
drop function convslot_trig3();

-- corpus: line 2696 accepted
create table convslot_test_parent (id int primary key, val int)
partition by range (id);

-- corpus: line 2699 accepted
create table convslot_test_part (val int, id int not null);

-- corpus: line 2701 accepted
alter table convslot_test_parent
  attach partition convslot_test_part for values from (1) to (1000);

-- corpus: line 2704 accepted
create function convslot_trig4() returns trigger as
$$begin raise exception 'BOOM!'; end$$ language plpgsql;

-- corpus: line 2707 accepted
create trigger convslot_test_parent_update
    after update on convslot_test_parent
    referencing old table as old_rows new table as new_rows
    for each statement execute procedure convslot_trig4();

-- corpus: line 2720 accepted
drop table convslot_test_parent;

-- corpus: line 2721 accepted
drop function convslot_trig4();

-- corpus: line 2724 accepted
create table grandparent (id int, primary key (id)) partition by range (id);

-- corpus: line 2725 accepted
create table middle partition of grandparent for values from (1) to (10)
partition by range (id);

-- corpus: line 2727 accepted
create table chi partition of middle for values from (1) to (5);

-- corpus: line 2728 accepted
create table cho partition of middle for values from (6) to (10);

-- corpus: line 2729 accepted
create function f () returns trigger as
$$ begin return new; end; $$
language plpgsql;

-- corpus: line 2732 accepted
create trigger a after insert on grandparent
for each row execute procedure f();

-- corpus: line 2735 accepted
alter trigger a on grandparent rename to b;

-- corpus: line 2740 rejected 42601 syntax error at or near "only"
alter trigger a on only grandparent rename to b;

-- corpus: line 2741 accepted
alter trigger b on middle rename to c;

-- corpus: line 2742 accepted
create trigger c after insert on middle
for each row execute procedure f();

-- corpus: line 2744 accepted
alter trigger b on grandparent rename to c;

-- corpus: line 2747 accepted
create trigger p after insert on grandparent for each statement execute function f();

-- corpus: line 2748 accepted
create trigger p after insert on middle for each statement execute function f();

-- corpus: line 2749 accepted
alter trigger p on grandparent rename to q;

-- corpus: line 2755 accepted
drop table grandparent;

-- corpus: line 2758 accepted
create table parent (a int);

-- corpus: line 2759 accepted
create table child () inherits (parent);

-- corpus: line 2760 accepted
create trigger parenttrig after insert on parent
for each row execute procedure f();

-- corpus: line 2762 accepted
create trigger parenttrig after insert on child
for each row execute procedure f();

-- corpus: line 2764 accepted
alter trigger parenttrig on parent rename to anothertrig;

-- corpus: line 2767 accepted
drop table parent, child;

-- corpus: line 2768 accepted
drop function f();
