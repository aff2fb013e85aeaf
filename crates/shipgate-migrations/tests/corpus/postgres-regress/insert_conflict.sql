-- corpus: line 4 accepted
create table insertconflicttest(key int4, fruit text);

-- corpus: line 10 accepted
create unique index op_index_key on insertconflicttest(key, fruit text_pattern_ops);

-- corpus: line 11 accepted
create unique index collation_index_key on insertconflicttest(key, fruit collate "C");

-- corpus: line 12 accepted
create unique index both_index_key on insertconflicttest(key, fruit collate "C" text_pattern_ops);

-- corpus: line 13 accepted
create unique index both_index_expr_key on insertconflicttest(key, lower(fruit) collate "C" text_pattern_ops);

-- corpus: line 55 accepted
drop index op_index_key;

-- corpus: line 56 accepted
drop index collation_index_key;

-- corpus: line 57 accepted
drop index both_index_key;

-- corpus: line 58 accepted
drop index both_index_expr_key;

-- corpus: line 63 accepted
create unique index cross_match on insertconflicttest(lower(fruit) collate "C", upper(fruit) text_pattern_ops);

-- corpus: line 70 accepted
drop index cross_match;

-- corpus: line 75 accepted
create unique index key_index on insertconflicttest(key);

-- corpus: line 121 accepted
drop index key_index;

-- corpus: line 126 accepted
create unique index comp_key_index on insertconflicttest(key, fruit);

-- corpus: line 138 accepted
drop index comp_key_index;

-- corpus: line 143 accepted
create unique index part_comp_key_index on insertconflicttest(key, fruit) where key < 5;

-- corpus: line 144 accepted
create unique index expr_part_comp_key_index on insertconflicttest(key, lower(fruit)) where key < 5;

-- corpus: line 154 accepted
drop index part_comp_key_index;

-- corpus: line 155 accepted
drop index expr_part_comp_key_index;

-- corpus: line 160 accepted
create unique index expr_key_index on insertconflicttest(lower(fruit));

-- corpus: line 170 accepted
drop index expr_key_index;

-- corpus: line 175 accepted
create unique index expr_comp_key_index on insertconflicttest(key, lower(fruit));

-- corpus: line 176 accepted
create unique index tricky_expr_comp_key_index on insertconflicttest(key, lower(fruit), upper(fruit));

-- corpus: line 189 accepted
drop index expr_comp_key_index;

-- corpus: line 190 accepted
drop index tricky_expr_comp_key_index;

-- corpus: line 195 accepted
create unique index key_index on insertconflicttest(key);

-- corpus: line 196 accepted
create unique index fruit_index on insertconflicttest(fruit);

-- corpus: line 207 accepted
drop index key_index;

-- corpus: line 208 accepted
drop index fruit_index;

-- corpus: line 213 accepted
create unique index partial_key_index on insertconflicttest(key) where fruit like '%berry';

-- corpus: line 224 accepted
drop index partial_key_index;

-- corpus: line 229 accepted
create unique index plain on insertconflicttest(key);

-- corpus: line 247 accepted
drop index plain;

-- corpus: line 250 accepted
drop table insertconflicttest;

-- corpus: line 258 accepted
create table syscolconflicttest(key int4, data text);

-- corpus: line 261 accepted
drop table syscolconflicttest;

-- corpus: line 267 accepted
create table insertconflict (a bigint, b bigint);

-- corpus: line 269 accepted
create unique index insertconflicti1 on insertconflict(coalesce(a, 0));

-- corpus: line 271 accepted
create unique index insertconflicti2 on insertconflict(b)
  where coalesce(a, 1) > 0;

-- corpus: line 283 accepted
drop table insertconflict;

-- corpus: line 289 accepted
create table insertconflict (f1 int primary key, f2 text);

-- corpus: line 290 accepted
create view insertconflictv as
  select * from insertconflict with cascaded check option;

-- corpus: line 300 accepted
drop view insertconflictv;

-- corpus: line 301 accepted
drop table insertconflict;

-- corpus: line 309 accepted
create table cities (
	name		text,
	population	float8,
	altitude	int		-- (in ft)
);

-- corpus: line 315 accepted
create table capitals (
	state		char(2)
) inherits (cities);

-- corpus: line 322 accepted
create unique index cities_names_unique on cities (name);

-- corpus: line 323 accepted
create unique index capitals_names_unique on capitals (name);

-- corpus: line 355 accepted
drop table capitals;

-- corpus: line 356 accepted
drop table cities;

-- corpus: line 360 accepted
create table excluded(key int primary key, data text);

-- corpus: line 372 accepted
drop table excluded;

-- corpus: line 376 accepted
create table dropcol(key int primary key, drop1 int, keep1 text, drop2 numeric, keep2 float);

-- corpus: line 390 accepted
alter table dropcol drop column drop1, drop column drop2;

-- corpus: line 404 accepted
DROP TABLE dropcol;

-- corpus: line 408 accepted
create table twoconstraints (f1 int unique, f2 box,
                             exclude using gist(f2 with &&));

-- corpus: line 418 accepted
drop table twoconstraints;

-- corpus: line 422 accepted
create table selfconflict (f1 int primary key, f2 int);

-- corpus: line 450 accepted
drop table selfconflict;

-- corpus: line 453 accepted
create table parted_conflict_test (a int unique, b char) partition by list (a);

-- corpus: line 454 accepted
create table parted_conflict_test_1 partition of parted_conflict_test (b unique) for values in (1, 2);

-- corpus: line 478 accepted
create table parted_conflict_test_2 (b char, a int unique);

-- corpus: line 479 accepted
alter table parted_conflict_test attach partition parted_conflict_test_2 for values in (3);

-- corpus: line 488 accepted
alter table parted_conflict_test drop b, add b char;

-- corpus: line 489 accepted
create table parted_conflict_test_3 partition of parted_conflict_test for values in (4);

-- corpus: line 498 accepted
create table parted_conflict_test_4 partition of parted_conflict_test for values in (5) partition by list (a);

-- corpus: line 499 accepted
create table parted_conflict_test_4_1 partition of parted_conflict_test_4 for values in (5);

-- corpus: line 515 accepted
drop table parted_conflict_test;

-- corpus: line 519 accepted
create table parted_conflict (a int primary key, b text) partition by range (a);

-- corpus: line 520 accepted
create table parted_conflict_1 partition of parted_conflict for values from (0) to (1000) partition by range (a);

-- corpus: line 521 accepted
create table parted_conflict_1_1 partition of parted_conflict_1 for values from (0) to (500);

-- corpus: line 525 accepted
drop table parted_conflict;

-- corpus: line 529 accepted
create table parted_conflict (a int, b text) partition by range (a);

-- corpus: line 530 accepted
create table parted_conflict_1 partition of parted_conflict for values from (0) to (1000) partition by range (a);

-- corpus: line 531 accepted
create table parted_conflict_1_1 partition of parted_conflict_1 for values from (0) to (500);

-- corpus: line 532 accepted
create unique index on only parted_conflict_1 (a);

-- corpus: line 533 accepted
create unique index on only parted_conflict (a);

-- corpus: line 534 accepted
alter index parted_conflict_a_idx attach partition parted_conflict_1_a_idx;

-- corpus: line 538 accepted
drop table parted_conflict;

-- corpus: line 541 accepted
create table parted_conflict (a int, b text, c int) partition by range (a);

-- corpus: line 542 accepted
create table parted_conflict_1 (drp text, c int, a int, b text);

-- corpus: line 543 accepted
alter table parted_conflict_1 drop column drp;

-- corpus: line 544 accepted
create unique index on parted_conflict (a, b);

-- corpus: line 545 accepted
alter table parted_conflict attach partition parted_conflict_1 for values from (0) to (1000);

-- corpus: line 557 accepted
create or replace function parted_conflict_update_func() returns trigger as $$
declare
    r record;
begin
 for r in select * from inserted loop
	raise notice 'a = %, b = %, c = %', r.a, r.b, r.c;
 end loop;
 return new;
end;
$$ language plpgsql;

-- corpus: line 568 accepted
create trigger parted_conflict_update
    after update on parted_conflict
    referencing new table as inserted
    for each statement
    execute procedure parted_conflict_update_func();

-- corpus: line 581 accepted
drop table parted_conflict;

-- corpus: line 582 accepted
drop function parted_conflict_update_func();
