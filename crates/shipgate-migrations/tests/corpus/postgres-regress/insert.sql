-- corpus: line 4 accepted
create table inserttest (col1 int4, col2 int4 NOT NULL, col3 text default 'testing');

-- corpus: line 38 accepted
drop table inserttest;

-- corpus: line 43 accepted
CREATE TABLE large_tuple_test (a int, b text) WITH (fillfactor = 10);

-- corpus: line 44 accepted
ALTER TABLE large_tuple_test ALTER COLUMN b SET STORAGE plain;

-- corpus: line 60 accepted
DROP TABLE large_tuple_test;

-- corpus: line 68 accepted
create type insert_test_type as (if1 int, if2 text[]);

-- corpus: line 70 accepted
create table inserttest (f1 int, f2 int[],
                         f3 insert_test_type, f4 insert_test_type[]);

-- corpus: line 94 accepted
create table inserttest2 (f1 bigint, f2 text);

-- corpus: line 95 accepted
create rule irule1 as on insert to inserttest2 do also
  insert into inserttest (f3.if2[1], f3.if2[2])
  values (new.f1,new.f2);

-- corpus: line 98 accepted
create rule irule2 as on insert to inserttest2 do also
  insert into inserttest (f4[1].if1, f4[1].if2[2])
  values (1,'fool'),(new.f1,new.f2);

-- corpus: line 101 accepted
create rule irule3 as on insert to inserttest2 do also
  insert into inserttest (f4[1].if1, f4[1].if2[2])
  select new.f1, new.f2;

-- corpus: line 106 accepted
drop table inserttest2;

-- corpus: line 107 accepted
drop table inserttest;

-- corpus: line 108 accepted
drop type insert_test_type;

-- corpus: line 111 accepted
create table range_parted (
	a text,
	b int
) partition by range (a, (b+0));

-- corpus: line 119 accepted
create table part1 partition of range_parted for values from ('a', 1) to ('a', 10);

-- corpus: line 120 accepted
create table part2 partition of range_parted for values from ('a', 10) to ('a', 20);

-- corpus: line 121 accepted
create table part3 partition of range_parted for values from ('b', 1) to ('b', 10);

-- corpus: line 122 accepted
create table part4 partition of range_parted for values from ('b', 10) to ('b', 20);

-- corpus: line 140 accepted
create table list_parted (
	a text,
	b int
) partition by list (lower(a));

-- corpus: line 144 accepted
create table part_aa_bb partition of list_parted FOR VALUES IN ('aa', 'bb');

-- corpus: line 145 accepted
create table part_cc_dd partition of list_parted FOR VALUES IN ('cc', 'dd');

-- corpus: line 146 accepted
create table part_null partition of list_parted FOR VALUES IN (null);

-- corpus: line 157 accepted
create table part_ee_ff partition of list_parted for values in ('ee', 'ff') partition by range (b);

-- corpus: line 158 accepted
create table part_ee_ff1 partition of part_ee_ff for values from (1) to (10);

-- corpus: line 159 accepted
create table part_ee_ff2 partition of part_ee_ff for values from (10) to (20);

-- corpus: line 162 accepted
create table part_default partition of list_parted default;

-- corpus: line 171 accepted
drop table part_default;

-- corpus: line 172 accepted
create table part_xx_yy partition of list_parted for values in ('xx', 'yy') partition by list (a);

-- corpus: line 173 accepted
create table part_xx_yy_p1 partition of part_xx_yy for values in ('xx');

-- corpus: line 174 accepted
create table part_xx_yy_defpart partition of part_xx_yy default;

-- corpus: line 175 accepted
create table part_default partition of list_parted default partition by range(b);

-- corpus: line 176 accepted
create table part_default_p1 partition of part_default for values from (20) to (30);

-- corpus: line 177 accepted
create table part_default_p2 partition of part_default for values from (30) to (40);

-- corpus: line 211 accepted
create table part_def partition of range_parted default;

-- corpus: line 234 accepted
create table part_gg partition of list_parted for values in ('gg') partition by range (b);

-- corpus: line 235 accepted
create table part_gg1 partition of part_gg for values from (minvalue) to (1);

-- corpus: line 236 accepted
create table part_gg2 partition of part_gg for values from (1) to (10) partition by range (b);

-- corpus: line 237 accepted
create table part_gg2_1 partition of part_gg2 for values from (1) to (5);

-- corpus: line 238 accepted
create table part_gg2_2 partition of part_gg2 for values from (5) to (10);

-- corpus: line 240 accepted
create table part_ee_ff3 partition of part_ee_ff for values from (20) to (30) partition by range (b);

-- corpus: line 241 accepted
create table part_ee_ff3_1 partition of part_ee_ff3 for values from (20) to (25);

-- corpus: line 242 accepted
create table part_ee_ff3_2 partition of part_ee_ff3 for values from (25) to (30);

-- corpus: line 253 accepted
create table hash_parted (
	a int
) partition by hash (a part_test_int4_ops);

-- corpus: line 256 accepted
create table hpart0 partition of hash_parted for values with (modulus 4, remainder 0);

-- corpus: line 257 accepted
create table hpart1 partition of hash_parted for values with (modulus 4, remainder 1);

-- corpus: line 258 accepted
create table hpart2 partition of hash_parted for values with (modulus 4, remainder 2);

-- corpus: line 259 accepted
create table hpart3 partition of hash_parted for values with (modulus 4, remainder 3);

-- corpus: line 279 accepted
drop table range_parted, list_parted;

-- corpus: line 280 accepted
drop table hash_parted;

-- corpus: line 284 accepted
create table list_parted (a int) partition by list (a);

-- corpus: line 285 accepted
create table part_default partition of list_parted default;

-- corpus: line 292 accepted
drop table list_parted;

-- corpus: line 295 accepted
create table mlparted (a int, b int) partition by range (a, b);

-- corpus: line 296 accepted
create table mlparted1 (b int not null, a int not null) partition by range ((b+0));

-- corpus: line 297 accepted
create table mlparted11 (like mlparted1);

-- corpus: line 298 accepted
alter table mlparted11 drop a;

-- corpus: line 299 accepted
alter table mlparted11 add a int;

-- corpus: line 300 accepted
alter table mlparted11 drop a;

-- corpus: line 301 accepted
alter table mlparted11 add a int not null;

-- corpus: line 311 accepted
alter table mlparted1 attach partition mlparted11 for values from (2) to (5);

-- corpus: line 312 accepted
alter table mlparted attach partition mlparted1 for values from (1, 2) to (1, 10);

-- corpus: line 322 accepted
alter table mlparted add constraint check_b check (b = 3);

-- corpus: line 325 accepted
create function mlparted11_trig_fn()
returns trigger AS
$$
begin
  NEW.b := 4;
  return NEW;
end;
$$
language plpgsql;

-- corpus: line 334 accepted
create trigger mlparted11_trig before insert ON mlparted11
  for each row execute procedure mlparted11_trig_fn();

-- corpus: line 341 accepted
drop trigger mlparted11_trig on mlparted11;

-- corpus: line 342 accepted
drop function mlparted11_trig_fn();

-- corpus: line 350 accepted
create table lparted_nonullpart (a int, b char) partition by list (b);

-- corpus: line 351 accepted
create table lparted_nonullpart_a partition of lparted_nonullpart for values in ('a');

-- corpus: line 353 accepted
drop table lparted_nonullpart;

-- corpus: line 356 accepted
alter table mlparted drop constraint check_b;

-- corpus: line 357 accepted
create table mlparted12 partition of mlparted1 for values from (5) to (10);

-- corpus: line 358 accepted
create table mlparted2 (b int not null, a int not null);

-- corpus: line 359 accepted
alter table mlparted attach partition mlparted2 for values from (1, 10) to (1, 20);

-- corpus: line 360 accepted
create table mlparted3 partition of mlparted for values from (1, 20) to (1, 30);

-- corpus: line 361 accepted
create table mlparted4 (like mlparted);

-- corpus: line 362 accepted
alter table mlparted4 drop a;

-- corpus: line 363 accepted
alter table mlparted4 add a int not null;

-- corpus: line 364 accepted
alter table mlparted attach partition mlparted4 for values from (1, 30) to (1, 40);

-- corpus: line 369 accepted
alter table mlparted add c text;

-- corpus: line 370 accepted
create table mlparted5 (c text, a int not null, b int not null) partition by list (c);

-- corpus: line 371 accepted
create table mlparted5a (a int not null, c text, b int not null);

-- corpus: line 372 accepted
alter table mlparted5 attach partition mlparted5a for values in ('a');

-- corpus: line 373 accepted
alter table mlparted attach partition mlparted5 for values from (1, 40) to (1, 50);

-- corpus: line 374 accepted
alter table mlparted add constraint check_b check (a = 1 and b < 45);

-- corpus: line 376 accepted
create function mlparted5abrtrig_func() returns trigger as $$ begin new.c = 'b'; return new; end; $$ language plpgsql;

-- corpus: line 377 accepted
create trigger mlparted5abrtrig before insert on mlparted5a for each row execute procedure mlparted5abrtrig_func();

-- corpus: line 379 accepted
drop table mlparted5;

-- corpus: line 380 accepted
alter table mlparted drop constraint check_b;

-- corpus: line 383 accepted
create table mlparted_def partition of mlparted default partition by range(a);

-- corpus: line 384 accepted
create table mlparted_def1 partition of mlparted_def for values from (40) to (50);

-- corpus: line 385 accepted
create table mlparted_def2 partition of mlparted_def for values from (50) to (60);

-- corpus: line 394 accepted
create table mlparted_defd partition of mlparted_def default;

-- corpus: line 401 accepted
alter table mlparted add d int, add e int;

-- corpus: line 402 accepted
alter table mlparted drop e;

-- corpus: line 403 accepted
create table mlparted5 partition of mlparted
  for values from (1, 40) to (1, 50) partition by range (c);

-- corpus: line 405 accepted
create table mlparted5_ab partition of mlparted5
  for values from ('a') to ('c') partition by list (c);

-- corpus: line 408 accepted
create table mlparted5_cd partition of mlparted5
  for values from ('c') to ('e') partition by list (c);

-- corpus: line 410 accepted
create table mlparted5_a partition of mlparted5_ab for values in ('a');

-- corpus: line 411 accepted
create table mlparted5_b (d int, b int, c text, a int);

-- corpus: line 412 accepted
alter table mlparted5_ab attach partition mlparted5_b for values in ('b');

-- corpus: line 420 accepted
alter table mlparted drop d;

-- corpus: line 423 accepted
alter table mlparted add e int, add d int;

-- corpus: line 424 accepted
alter table mlparted drop e;

-- corpus: line 431 accepted
alter table mlparted drop d;

-- corpus: line 432 accepted
drop table mlparted5;

-- corpus: line 436 accepted
create table key_desc (a int, b int) partition by list ((a+0));

-- corpus: line 437 accepted
create table key_desc_1 partition of key_desc for values in (1) partition by range (b);

-- corpus: line 439 accepted
create user regress_insert_other_user;

-- corpus: line 440 accepted
grant select (a) on key_desc_1 to regress_insert_other_user;

-- corpus: line 441 accepted
grant insert on key_desc to regress_insert_other_user;

-- corpus: line 448 accepted
grant select (b) on key_desc_1 to regress_insert_other_user;

-- corpus: line 456 accepted
revoke all on key_desc from regress_insert_other_user;

-- corpus: line 457 accepted
revoke all on key_desc_1 from regress_insert_other_user;

-- corpus: line 458 accepted
drop role regress_insert_other_user;

-- corpus: line 459 accepted
drop table key_desc, key_desc_1;

-- corpus: line 462 accepted
create table mcrparted (a int, b int, c int) partition by range (a, abs(b), c);

-- corpus: line 463 accepted
create table mcrparted0 partition of mcrparted for values from (minvalue, 0, 0) to (1, maxvalue, maxvalue);

-- corpus: line 464 accepted
create table mcrparted2 partition of mcrparted for values from (10, 6, minvalue) to (10, maxvalue, minvalue);

-- corpus: line 465 accepted
create table mcrparted4 partition of mcrparted for values from (21, minvalue, 0) to (30, 20, minvalue);

-- corpus: line 469 accepted
create table mcrparted0 partition of mcrparted for values from (minvalue, minvalue, minvalue) to (1, maxvalue, maxvalue);

-- corpus: line 470 accepted
create table mcrparted1 partition of mcrparted for values from (2, 1, minvalue) to (10, 5, 10);

-- corpus: line 471 accepted
create table mcrparted2 partition of mcrparted for values from (10, 6, minvalue) to (10, maxvalue, maxvalue);

-- corpus: line 472 accepted
create table mcrparted3 partition of mcrparted for values from (11, 1, 1) to (20, 10, 10);

-- corpus: line 473 accepted
create table mcrparted4 partition of mcrparted for values from (21, minvalue, minvalue) to (30, 20, maxvalue);

-- corpus: line 474 accepted
create table mcrparted5 partition of mcrparted for values from (30, 21, 20) to (maxvalue, maxvalue, maxvalue);

-- corpus: line 510 accepted
drop table mcrparted;

-- corpus: line 513 accepted
create table brtrigpartcon (a int, b text) partition by list (a);

-- corpus: line 514 accepted
create table brtrigpartcon1 partition of brtrigpartcon for values in (1);

-- corpus: line 515 accepted
create or replace function brtrigpartcon1trigf() returns trigger as $$begin new.a := 2; return new; end$$ language plpgsql;

-- corpus: line 516 accepted
create trigger brtrigpartcon1trig before insert on brtrigpartcon1 for each row execute procedure brtrigpartcon1trigf();

-- corpus: line 522 accepted
create table inserttest3 (f1 text default 'foo', f2 text default 'bar', f3 int);

-- corpus: line 523 accepted
create role regress_coldesc_role;

-- corpus: line 524 accepted
grant insert on inserttest3 to regress_coldesc_role;

-- corpus: line 525 accepted
grant insert on brtrigpartcon to regress_coldesc_role;

-- corpus: line 526 accepted
revoke select on brtrigpartcon from regress_coldesc_role;

-- corpus: line 533 accepted
revoke all on inserttest3 from regress_coldesc_role;

-- corpus: line 534 accepted
revoke all on brtrigpartcon from regress_coldesc_role;

-- corpus: line 535 accepted
drop role regress_coldesc_role;

-- corpus: line 536 accepted
drop table inserttest3;

-- corpus: line 537 accepted
drop table brtrigpartcon;

-- corpus: line 538 accepted
drop function brtrigpartcon1trigf();

-- corpus: line 541 accepted
create table donothingbrtrig_test (a int, b text) partition by list (a);

-- corpus: line 542 accepted
create table donothingbrtrig_test1 (b text, a int);

-- corpus: line 543 accepted
create table donothingbrtrig_test2 (c text, b text, a int);

-- corpus: line 544 accepted
alter table donothingbrtrig_test2 drop column c;

-- corpus: line 545 accepted
create or replace function donothingbrtrig_func() returns trigger as $$begin raise notice 'b: %', new.b; return NULL; end$$ language plpgsql;

-- corpus: line 546 accepted
create trigger donothingbrtrig1 before insert on donothingbrtrig_test1 for each row execute procedure donothingbrtrig_func();

-- corpus: line 547 accepted
create trigger donothingbrtrig2 before insert on donothingbrtrig_test2 for each row execute procedure donothingbrtrig_func();

-- corpus: line 548 accepted
alter table donothingbrtrig_test attach partition donothingbrtrig_test1 for values in (1);

-- corpus: line 549 accepted
alter table donothingbrtrig_test attach partition donothingbrtrig_test2 for values in (2);

-- corpus: line 558 accepted
drop table donothingbrtrig_test;

-- corpus: line 559 accepted
drop function donothingbrtrig_func();

-- corpus: line 562 accepted
create table mcrparted (a text, b int) partition by range(a, b);

-- corpus: line 563 accepted
create table mcrparted1_lt_b partition of mcrparted for values from (minvalue, minvalue) to ('b', minvalue);

-- corpus: line 564 accepted
create table mcrparted2_b partition of mcrparted for values from ('b', minvalue) to ('c', minvalue);

-- corpus: line 565 accepted
create table mcrparted3_c_to_common partition of mcrparted for values from ('c', minvalue) to ('common', minvalue);

-- corpus: line 566 accepted
create table mcrparted4_common_lt_0 partition of mcrparted for values from ('common', minvalue) to ('common', 0);

-- corpus: line 567 accepted
create table mcrparted5_common_0_to_10 partition of mcrparted for values from ('common', 0) to ('common', 10);

-- corpus: line 568 accepted
create table mcrparted6_common_ge_10 partition of mcrparted for values from ('common', 10) to ('common', maxvalue);

-- corpus: line 569 accepted
create table mcrparted7_gt_common_lt_d partition of mcrparted for values from ('common', maxvalue) to ('d', minvalue);

-- corpus: line 570 accepted
create table mcrparted8_ge_d partition of mcrparted for values from ('d', minvalue) to (maxvalue, maxvalue);

-- corpus: line 586 accepted
drop table mcrparted;

-- corpus: line 589 accepted
create table returningwrtest (a int) partition by list (a);

-- corpus: line 590 accepted
create table returningwrtest1 partition of returningwrtest for values in (1);

-- corpus: line 594 accepted
alter table returningwrtest add b text;

-- corpus: line 595 accepted
create table returningwrtest2 (b text, c int, a int);

-- corpus: line 596 accepted
alter table returningwrtest2 drop c;

-- corpus: line 597 accepted
alter table returningwrtest attach partition returningwrtest2 for values in (2);

-- corpus: line 599 accepted
drop table returningwrtest;
