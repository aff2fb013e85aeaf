-- corpus: line 5 accepted
CREATE TABLE update_test (
    a   INT DEFAULT 10,
    b   INT,
    c   TEXT
);

-- corpus: line 11 accepted
CREATE TABLE upsert_test (
    a   INT PRIMARY KEY,
    b   TEXT
);

-- corpus: line 130 accepted
DROP TABLE update_test;

-- corpus: line 131 accepted
DROP TABLE upsert_test;

-- corpus: line 135 accepted
CREATE TABLE upsert_test (
    a   INT PRIMARY KEY,
    b   TEXT
) PARTITION BY LIST (a);

-- corpus: line 140 accepted
CREATE TABLE upsert_test_1 PARTITION OF upsert_test FOR VALUES IN (1);

-- corpus: line 141 accepted
CREATE TABLE upsert_test_2 (b TEXT, a INT PRIMARY KEY);

-- corpus: line 142 accepted
ALTER TABLE upsert_test ATTACH PARTITION upsert_test_2 FOR VALUES IN (2);

-- corpus: line 154 accepted
DROP TABLE upsert_test;

-- corpus: line 169 accepted
CREATE TABLE range_parted (
	a text,
	b bigint,
	c numeric,
	d int,
	e varchar
) PARTITION BY RANGE (a, b);

-- corpus: line 179 accepted
CREATE TABLE part_b_20_b_30 (e varchar, c numeric, a text, b bigint, d int);

-- corpus: line 180 accepted
ALTER TABLE range_parted ATTACH PARTITION part_b_20_b_30 FOR VALUES FROM ('b', 20) TO ('b', 30);

-- corpus: line 181 accepted
CREATE TABLE part_b_10_b_20 (e varchar, c numeric, a text, b bigint, d int) PARTITION BY RANGE (c);

-- corpus: line 182 accepted
CREATE TABLE part_b_1_b_10 PARTITION OF range_parted FOR VALUES FROM ('b', 1) TO ('b', 10);

-- corpus: line 183 accepted
ALTER TABLE range_parted ATTACH PARTITION part_b_10_b_20 FOR VALUES FROM ('b', 10) TO ('b', 20);

-- corpus: line 184 accepted
CREATE TABLE part_a_10_a_20 PARTITION OF range_parted FOR VALUES FROM ('a', 10) TO ('a', 20);

-- corpus: line 185 accepted
CREATE TABLE part_a_1_a_10 PARTITION OF range_parted FOR VALUES FROM ('a', 1) TO ('a', 10);

-- corpus: line 194 accepted
CREATE TABLE part_c_100_200 (e varchar, c numeric, a text, b bigint, d int) PARTITION BY range (abs(d));

-- corpus: line 195 accepted
ALTER TABLE part_c_100_200 DROP COLUMN e, DROP COLUMN c, DROP COLUMN a;

-- corpus: line 196 accepted
ALTER TABLE part_c_100_200 ADD COLUMN c numeric, ADD COLUMN e varchar, ADD COLUMN a text;

-- corpus: line 197 accepted
ALTER TABLE part_c_100_200 DROP COLUMN b;

-- corpus: line 198 accepted
ALTER TABLE part_c_100_200 ADD COLUMN b bigint;

-- corpus: line 199 accepted
CREATE TABLE part_d_1_15 PARTITION OF part_c_100_200 FOR VALUES FROM (1) TO (15);

-- corpus: line 200 accepted
CREATE TABLE part_d_15_20 PARTITION OF part_c_100_200 FOR VALUES FROM (15) TO (20);

-- corpus: line 202 accepted
ALTER TABLE part_b_10_b_20 ATTACH PARTITION part_c_100_200 FOR VALUES FROM (100) TO (200);

-- corpus: line 204 accepted
CREATE TABLE part_c_1_100 (e varchar, d int, c numeric, b bigint, a text);

-- corpus: line 205 accepted
ALTER TABLE part_b_10_b_20 ATTACH PARTITION part_c_1_100 FOR VALUES FROM (1) TO (100);

-- corpus: line 238 accepted
CREATE TABLE mintab(c1 int);

-- corpus: line 242 accepted
CREATE VIEW upview AS SELECT * FROM range_parted WHERE (select c > c1 FROM mintab) WITH CHECK OPTION;

-- corpus: line 255 accepted
DROP VIEW upview;

-- corpus: line 266 accepted
CREATE FUNCTION trans_updatetrigfunc() RETURNS trigger LANGUAGE plpgsql AS
$$
  begin
    raise notice 'trigger = %, old table = %, new table = %',
                 TG_NAME,
                 (select string_agg(old_table::text, ', ' ORDER BY a) FROM old_table),
                 (select string_agg(new_table::text, ', ' ORDER BY a) FROM new_table);
    return null;
  end;
$$;

-- corpus: line 277 accepted
CREATE TRIGGER trans_updatetrig
  AFTER UPDATE ON range_parted REFERENCING OLD TABLE AS old_table NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE PROCEDURE trans_updatetrigfunc();

-- corpus: line 288 accepted
CREATE TRIGGER trans_deletetrig
  AFTER DELETE ON range_parted REFERENCING OLD TABLE AS old_table
  FOR EACH STATEMENT EXECUTE PROCEDURE trans_updatetrigfunc();

-- corpus: line 291 accepted
CREATE TRIGGER trans_inserttrig
  AFTER INSERT ON range_parted REFERENCING NEW TABLE AS new_table
  FOR EACH STATEMENT EXECUTE PROCEDURE trans_updatetrigfunc();

-- corpus: line 296 accepted
DROP TRIGGER trans_deletetrig ON range_parted;

-- corpus: line 297 accepted
DROP TRIGGER trans_inserttrig ON range_parted;

-- corpus: line 307 accepted
CREATE FUNCTION func_parted_mod_b() RETURNS trigger AS $$
BEGIN
   NEW.b = NEW.b + 1;
   return NEW;
END $$ language plpgsql;

-- corpus: line 312 accepted
CREATE TRIGGER trig_c1_100 BEFORE UPDATE OR INSERT ON part_c_1_100
   FOR EACH ROW EXECUTE PROCEDURE func_parted_mod_b();

-- corpus: line 314 accepted
CREATE TRIGGER trig_d1_15 BEFORE UPDATE OR INSERT ON part_d_1_15
   FOR EACH ROW EXECUTE PROCEDURE func_parted_mod_b();

-- corpus: line 316 accepted
CREATE TRIGGER trig_d15_20 BEFORE UPDATE OR INSERT ON part_d_15_20
   FOR EACH ROW EXECUTE PROCEDURE func_parted_mod_b();

-- corpus: line 332 accepted
DROP TRIGGER trans_updatetrig ON range_parted;

-- corpus: line 333 accepted
DROP TRIGGER trig_c1_100 ON part_c_1_100;

-- corpus: line 334 accepted
DROP TRIGGER trig_d1_15 ON part_d_1_15;

-- corpus: line 335 accepted
DROP TRIGGER trig_d15_20 ON part_d_15_20;

-- corpus: line 336 accepted
DROP FUNCTION func_parted_mod_b();

-- corpus: line 341 accepted
ALTER TABLE range_parted ENABLE ROW LEVEL SECURITY;

-- corpus: line 342 accepted
CREATE USER regress_range_parted_user;

-- corpus: line 343 accepted
GRANT ALL ON range_parted, mintab TO regress_range_parted_user;

-- corpus: line 344 accepted
CREATE POLICY seeall ON range_parted AS PERMISSIVE FOR SELECT USING (true);

-- corpus: line 345 accepted
CREATE POLICY policy_range_parted ON range_parted for UPDATE USING (true) WITH CHECK (c % 2 = 0);

-- corpus: line 355 accepted
CREATE FUNCTION func_d_1_15() RETURNS trigger AS $$
BEGIN
   NEW.c = NEW.c + 1; -- Make even numbers odd, or vice versa
   return NEW;
END $$ LANGUAGE plpgsql;

-- corpus: line 360 accepted
CREATE TRIGGER trig_d_1_15 BEFORE INSERT ON part_d_1_15
   FOR EACH ROW EXECUTE PROCEDURE func_d_1_15();

-- corpus: line 381 accepted
DROP TRIGGER trig_d_1_15 ON part_d_1_15;

-- corpus: line 382 accepted
DROP FUNCTION func_d_1_15();

-- corpus: line 387 accepted
CREATE POLICY policy_range_parted_subplan on range_parted
    AS RESTRICTIVE for UPDATE USING (true)
    WITH CHECK ((SELECT range_parted.c <= c1 FROM mintab));

-- corpus: line 400 accepted
CREATE POLICY policy_range_parted_wholerow on range_parted AS RESTRICTIVE for UPDATE USING (true)
   WITH CHECK (range_parted = row('b', 10, 112, 1, NULL)::range_parted);

-- corpus: line 413 accepted
DROP POLICY policy_range_parted ON range_parted;

-- corpus: line 414 accepted
DROP POLICY policy_range_parted_subplan ON range_parted;

-- corpus: line 415 accepted
DROP POLICY policy_range_parted_wholerow ON range_parted;

-- corpus: line 416 accepted
REVOKE ALL ON range_parted, mintab FROM regress_range_parted_user;

-- corpus: line 417 accepted
DROP USER regress_range_parted_user;

-- corpus: line 418 accepted
DROP TABLE mintab;

-- corpus: line 426 accepted
CREATE FUNCTION trigfunc() returns trigger language plpgsql as
$$
  begin
    raise notice 'trigger = % fired on table % during %',
                 TG_NAME, TG_TABLE_NAME, TG_OP;
    return null;
  end;
$$;

-- corpus: line 435 accepted
CREATE TRIGGER parent_delete_trig
  AFTER DELETE ON range_parted for each statement execute procedure trigfunc();

-- corpus: line 437 accepted
CREATE TRIGGER parent_update_trig
  AFTER UPDATE ON range_parted for each statement execute procedure trigfunc();

-- corpus: line 439 accepted
CREATE TRIGGER parent_insert_trig
  AFTER INSERT ON range_parted for each statement execute procedure trigfunc();

-- corpus: line 443 accepted
CREATE TRIGGER c1_delete_trig
  AFTER DELETE ON part_c_1_100 for each statement execute procedure trigfunc();

-- corpus: line 445 accepted
CREATE TRIGGER c1_update_trig
  AFTER UPDATE ON part_c_1_100 for each statement execute procedure trigfunc();

-- corpus: line 447 accepted
CREATE TRIGGER c1_insert_trig
  AFTER INSERT ON part_c_1_100 for each statement execute procedure trigfunc();

-- corpus: line 451 accepted
CREATE TRIGGER d1_delete_trig
  AFTER DELETE ON part_d_1_15 for each statement execute procedure trigfunc();

-- corpus: line 453 accepted
CREATE TRIGGER d1_update_trig
  AFTER UPDATE ON part_d_1_15 for each statement execute procedure trigfunc();

-- corpus: line 455 accepted
CREATE TRIGGER d1_insert_trig
  AFTER INSERT ON part_d_1_15 for each statement execute procedure trigfunc();

-- corpus: line 458 accepted
CREATE TRIGGER d15_delete_trig
  AFTER DELETE ON part_d_15_20 for each statement execute procedure trigfunc();

-- corpus: line 460 accepted
CREATE TRIGGER d15_update_trig
  AFTER UPDATE ON part_d_15_20 for each statement execute procedure trigfunc();

-- corpus: line 462 accepted
CREATE TRIGGER d15_insert_trig
  AFTER INSERT ON part_d_15_20 for each statement execute procedure trigfunc();

-- corpus: line 470 accepted
DROP TRIGGER parent_delete_trig ON range_parted;

-- corpus: line 471 accepted
DROP TRIGGER parent_update_trig ON range_parted;

-- corpus: line 472 accepted
DROP TRIGGER parent_insert_trig ON range_parted;

-- corpus: line 473 accepted
DROP TRIGGER c1_delete_trig ON part_c_1_100;

-- corpus: line 474 accepted
DROP TRIGGER c1_update_trig ON part_c_1_100;

-- corpus: line 475 accepted
DROP TRIGGER c1_insert_trig ON part_c_1_100;

-- corpus: line 476 accepted
DROP TRIGGER d1_delete_trig ON part_d_1_15;

-- corpus: line 477 accepted
DROP TRIGGER d1_update_trig ON part_d_1_15;

-- corpus: line 478 accepted
DROP TRIGGER d1_insert_trig ON part_d_1_15;

-- corpus: line 479 accepted
DROP TRIGGER d15_delete_trig ON part_d_15_20;

-- corpus: line 480 accepted
DROP TRIGGER d15_update_trig ON part_d_15_20;

-- corpus: line 481 accepted
DROP TRIGGER d15_insert_trig ON part_d_15_20;

-- corpus: line 486 accepted
create table part_def partition of range_parted default;

-- corpus: line 510 accepted
DROP TABLE range_parted;

-- corpus: line 512 accepted
CREATE TABLE list_parted (
	a text,
	b int
) PARTITION BY list (a);

-- corpus: line 516 accepted
CREATE TABLE list_part1  PARTITION OF list_parted for VALUES in ('a', 'b');

-- corpus: line 517 accepted
CREATE TABLE list_default PARTITION OF list_parted default;

-- corpus: line 526 accepted
DROP TABLE list_parted;

-- corpus: line 531 accepted
create table utrtest (a int, b text) partition by list (a);

-- corpus: line 532 accepted
create table utr1 (a int check (a in (1)), q text, b text);

-- corpus: line 533 accepted
create table utr2 (a int check (a in (2)), b text);

-- corpus: line 534 accepted
alter table utr1 drop column q;

-- corpus: line 535 accepted
alter table utrtest attach partition utr1 for values in (1);

-- corpus: line 536 accepted
alter table utrtest attach partition utr2 for values in (2);

-- corpus: line 557 accepted
drop table utrtest;

-- corpus: line 566 accepted
CREATE TABLE list_parted (a numeric, b int, c int8) PARTITION BY list (a);

-- corpus: line 567 accepted
CREATE TABLE sub_parted PARTITION OF list_parted for VALUES in (1) PARTITION BY list (b);

-- corpus: line 569 accepted
CREATE TABLE sub_part1(b int, c int8, a numeric);

-- corpus: line 570 accepted
ALTER TABLE sub_parted ATTACH PARTITION sub_part1 for VALUES in (1);

-- corpus: line 571 accepted
CREATE TABLE sub_part2(b int, c int8, a numeric);

-- corpus: line 572 accepted
ALTER TABLE sub_parted ATTACH PARTITION sub_part2 for VALUES in (2);

-- corpus: line 574 accepted
CREATE TABLE list_part1(a numeric, b int, c int8);

-- corpus: line 575 accepted
ALTER TABLE list_parted ATTACH PARTITION list_part1 for VALUES in (2,3);

-- corpus: line 594 accepted
CREATE FUNCTION func_parted_mod_b() returns trigger as $$
BEGIN
   NEW.b = 2; -- This is changing partition key column.
   return NEW;
END $$ LANGUAGE plpgsql;

-- corpus: line 599 accepted
CREATE TRIGGER parted_mod_b before update on sub_part1
   for each row execute procedure func_parted_mod_b();

-- corpus: line 609 accepted
DROP TRIGGER parted_mod_b ON sub_part1;

-- corpus: line 613 accepted
CREATE OR REPLACE FUNCTION func_parted_mod_b() returns trigger as $$
BEGIN
   raise notice 'Trigger: Got OLD row %, but returning NULL', OLD;
   return NULL;
END $$ LANGUAGE plpgsql;

-- corpus: line 618 accepted
CREATE TRIGGER trig_skip_delete before delete on sub_part2
   for each row execute procedure func_parted_mod_b();

-- corpus: line 623 accepted
DROP TRIGGER trig_skip_delete ON sub_part2;

-- corpus: line 626 accepted
DROP FUNCTION func_parted_mod_b();

-- corpus: line 631 accepted
CREATE TABLE non_parted (id int);

-- corpus: line 635 accepted
DROP TABLE non_parted;

-- corpus: line 638 accepted
DROP TABLE list_parted;

-- corpus: line 642 accepted
create or replace function dummy_hashint4(a int4, seed int8) returns int8 as
$$ begin return (a + seed); end; $$ language 'plpgsql' immutable;

-- corpus: line 644 accepted
create operator class custom_opclass for type int4 using hash as
operator 1 = , function 2 dummy_hashint4(int4, int8);

-- corpus: line 647 accepted
create table hash_parted (
	a int,
	b int
) partition by hash (a custom_opclass, b custom_opclass);

-- corpus: line 651 accepted
create table hpart1 partition of hash_parted for values with (modulus 2, remainder 1);

-- corpus: line 652 accepted
create table hpart2 partition of hash_parted for values with (modulus 4, remainder 2);

-- corpus: line 653 accepted
create table hpart3 partition of hash_parted for values with (modulus 8, remainder 0);

-- corpus: line 654 accepted
create table hpart4 partition of hash_parted for values with (modulus 8, remainder 4);

-- corpus: line 667 accepted
drop table hash_parted;

-- corpus: line 668 accepted
drop operator class custom_opclass using hash;

-- corpus: line 669 accepted
drop function dummy_hashint4(a int4, seed int8);
