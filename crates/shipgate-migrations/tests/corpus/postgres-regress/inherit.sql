-- corpus: line 4 accepted
CREATE TABLE a (aa TEXT);

-- corpus: line 5 accepted
CREATE TABLE b (bb TEXT) INHERITS (a);

-- corpus: line 6 accepted
CREATE TABLE c (cc TEXT) INHERITS (a);

-- corpus: line 7 accepted
CREATE TABLE d (dd TEXT) INHERITS (b,c,a);

-- corpus: line 97 accepted
CREATE TEMP TABLE z (b TEXT, PRIMARY KEY(aa, b)) inherits (a);

-- corpus: line 101 accepted
create table some_tab (f1 int, f2 int, f3 int, check (f1 < 10) no inherit);

-- corpus: line 102 accepted
create table some_tab_child () inherits(some_tab);

-- corpus: line 104 accepted
create index on some_tab_child(f1, f2);

-- corpus: line 106 accepted
create function some_tab_stmt_trig_func() returns trigger as
$$begin raise notice 'updating some_tab'; return NULL; end;$$
language plpgsql;

-- corpus: line 109 accepted
create trigger some_tab_stmt_trig
  before update on some_tab execute function some_tab_stmt_trig_func();

-- corpus: line 116 accepted
drop table some_tab cascade;

-- corpus: line 117 accepted
drop function some_tab_stmt_trig_func();

-- corpus: line 120 accepted
create table some_tab (a int, b int);

-- corpus: line 121 accepted
create table some_tab_child () inherits (some_tab);

-- corpus: line 132 accepted
drop table some_tab cascade;

-- corpus: line 135 accepted
create temp table foo(f1 int, f2 int);

-- corpus: line 136 accepted
create temp table foo2(f3 int) inherits (foo);

-- corpus: line 137 accepted
create temp table bar(f1 int, f2 int);

-- corpus: line 138 accepted
create temp table bar2(f3 int) inherits (bar);

-- corpus: line 166 accepted
create table some_tab (a int);

-- corpus: line 168 accepted
create table some_tab_child () inherits (some_tab);

-- corpus: line 170 accepted
create table parted_tab (a int, b char) partition by list (a);

-- corpus: line 171 accepted
create table parted_tab_part1 partition of parted_tab for values in (1);

-- corpus: line 172 accepted
create table parted_tab_part2 partition of parted_tab for values in (2);

-- corpus: line 173 accepted
create table parted_tab_part3 partition of parted_tab for values in (3);

-- corpus: line 193 accepted
drop table parted_tab;

-- corpus: line 196 accepted
create table mlparted_tab (a int, b char, c text) partition by list (a);

-- corpus: line 197 accepted
create table mlparted_tab_part1 partition of mlparted_tab for values in (1);

-- corpus: line 198 accepted
create table mlparted_tab_part2 partition of mlparted_tab for values in (2) partition by list (b);

-- corpus: line 199 accepted
create table mlparted_tab_part3 partition of mlparted_tab for values in (3);

-- corpus: line 200 accepted
create table mlparted_tab_part2a partition of mlparted_tab_part2 for values in ('a');

-- corpus: line 201 accepted
create table mlparted_tab_part2b partition of mlparted_tab_part2 for values in ('b');

-- corpus: line 210 accepted
drop table mlparted_tab;

-- corpus: line 211 accepted
drop table some_tab cascade;

-- corpus: line 215 accepted
CREATE TABLE firstparent (tomorrow date default now()::date + 1);

-- corpus: line 216 accepted
CREATE TABLE secondparent (tomorrow date default  now() :: date  +  1);

-- corpus: line 217 accepted
CREATE TABLE jointchild () INHERITS (firstparent, secondparent);

-- corpus: line 218 accepted
CREATE TABLE thirdparent (tomorrow date default now()::date - 1);

-- corpus: line 219 accepted
CREATE TABLE otherchild () INHERITS (firstparent, thirdparent);

-- corpus: line 220 accepted
CREATE TABLE otherchild (tomorrow date default now())
  INHERITS (firstparent, thirdparent);

-- corpus: line 223 accepted
DROP TABLE firstparent, secondparent, jointchild, thirdparent, otherchild;

-- corpus: line 227 accepted
alter table a alter column aa type integer using bit_length(aa);

-- corpus: line 233 accepted
create temp table parent1(f1 int, f2 int);

-- corpus: line 234 accepted
create temp table parent2(f1 int, f3 bigint);

-- corpus: line 235 accepted
create temp table childtab(f4 int) inherits(parent1, parent2);

-- corpus: line 236 accepted
alter table parent1 alter column f1 type bigint;

-- corpus: line 237 accepted
alter table parent1 alter column f2 type bigint;

-- corpus: line 240 accepted
create table p1(ff1 int);

-- corpus: line 241 accepted
alter table p1 add constraint p1chk check (ff1 > 0) no inherit;

-- corpus: line 242 accepted
alter table p1 add constraint p2chk check (ff1 > 10);

-- corpus: line 247 accepted
create table c1 () inherits (p1);

-- corpus: line 252 accepted
create table c2 (constraint p2chk check (ff1 > 10) no inherit) inherits (p1);

-- corpus: line 254 accepted
drop table p1 cascade;

-- corpus: line 258 accepted
create table base (i integer);

-- corpus: line 259 accepted
create table derived () inherits (base);

-- corpus: line 260 accepted
create table more_derived (like derived, b int) inherits (derived);

-- corpus: line 267 accepted
drop table more_derived;

-- corpus: line 268 accepted
drop table derived;

-- corpus: line 269 accepted
drop table base;

-- corpus: line 271 accepted
create table p1(ff1 int);

-- corpus: line 272 accepted
create table p2(f1 text);

-- corpus: line 273 accepted
create function p2text(p2) returns text as 'select $1.f1' language sql;

-- corpus: line 274 accepted
create table c1(f3 int) inherits(p1,p2);

-- corpus: line 277 accepted
drop function p2text(p2);

-- corpus: line 278 accepted
drop table c1;

-- corpus: line 279 accepted
drop table p2;

-- corpus: line 280 accepted
drop table p1;

-- corpus: line 282 accepted
CREATE TABLE ac (aa TEXT);

-- corpus: line 283 accepted
alter table ac add constraint ac_check check (aa is not null);

-- corpus: line 284 accepted
CREATE TABLE bc (bb TEXT) INHERITS (ac);

-- corpus: line 290 accepted
alter table bc drop constraint ac_check;

-- corpus: line 291 accepted
alter table ac drop constraint ac_check;

-- corpus: line 295 accepted
alter table ac add check (aa is not null);

-- corpus: line 301 accepted
alter table bc drop constraint ac_aa_check;

-- corpus: line 302 accepted
alter table ac drop constraint ac_aa_check;

-- corpus: line 305 accepted
alter table ac add constraint ac_check check (aa is not null);

-- corpus: line 306 accepted
alter table bc no inherit ac;

-- corpus: line 308 accepted
alter table bc drop constraint ac_check;

-- corpus: line 310 accepted
alter table ac drop constraint ac_check;

-- corpus: line 313 accepted
drop table bc;

-- corpus: line 314 accepted
drop table ac;

-- corpus: line 316 accepted
create table ac (a int constraint check_a check (a <> 0));

-- corpus: line 317 accepted
create table bc (a int constraint check_a check (a <> 0), b int constraint check_b check (b <> 0)) inherits (ac);

-- corpus: line 320 accepted
drop table bc;

-- corpus: line 321 accepted
drop table ac;

-- corpus: line 323 accepted
create table ac (a int constraint check_a check (a <> 0));

-- corpus: line 324 accepted
create table bc (b int constraint check_b check (b <> 0));

-- corpus: line 325 accepted
create table cc (c int constraint check_c check (c <> 0)) inherits (ac, bc);

-- corpus: line 328 accepted
alter table cc no inherit bc;

-- corpus: line 331 accepted
drop table cc;

-- corpus: line 332 accepted
drop table bc;

-- corpus: line 333 accepted
drop table ac;

-- corpus: line 335 accepted
create table p1(f1 int);

-- corpus: line 336 accepted
create table p2(f2 int);

-- corpus: line 337 accepted
create table c1(f3 int) inherits(p1,p2);

-- corpus: line 339 accepted
alter table p2 add constraint cc check (f2>0);

-- corpus: line 340 accepted
alter table p2 add check (f2>0);

-- corpus: line 343 accepted
alter table p2 add check (f2>0);

-- corpus: line 345 accepted
create table c2(f3 int) inherits(p1,p2);

-- corpus: line 347 accepted
create table c3 (f4 int) inherits(c1,c2);

-- corpus: line 349 accepted
drop table p1 cascade;

-- corpus: line 350 accepted
drop table p2 cascade;

-- corpus: line 352 accepted
create table pp1 (f1 int);

-- corpus: line 353 accepted
create table cc1 (f2 text, f3 int) inherits (pp1);

-- corpus: line 354 accepted
alter table pp1 add column a1 int check (a1 > 0);

-- corpus: line 356 accepted
create table cc2(f4 float) inherits(pp1,cc1);

-- corpus: line 358 accepted
alter table pp1 add column a2 int check (a2 > 0);

-- corpus: line 360 accepted
drop table pp1 cascade;

-- corpus: line 363 accepted
CREATE TABLE inht1 (a int, b int);

-- corpus: line 364 accepted
CREATE TABLE inhs1 (b int, c int);

-- corpus: line 365 accepted
CREATE TABLE inhts (d int) INHERITS (inht1, inhs1);

-- corpus: line 367 accepted
ALTER TABLE inht1 RENAME a TO aa;

-- corpus: line 368 accepted
ALTER TABLE inht1 RENAME b TO bb;

-- corpus: line 369 accepted
ALTER TABLE inhts RENAME aa TO aaa;

-- corpus: line 370 accepted
ALTER TABLE inhts RENAME d TO dd;

-- corpus: line 373 accepted
DROP TABLE inhts;

-- corpus: line 376 accepted
CREATE TABLE inht2 (x int) INHERITS (inht1);

-- corpus: line 377 accepted
CREATE TABLE inht3 (y int) INHERITS (inht1);

-- corpus: line 378 accepted
CREATE TABLE inht4 (z int) INHERITS (inht2, inht3);

-- corpus: line 380 accepted
ALTER TABLE inht1 RENAME aa TO aaa;

-- corpus: line 383 accepted
CREATE TABLE inhts (d int) INHERITS (inht2, inhs1);

-- corpus: line 384 accepted
ALTER TABLE inht1 RENAME aaa TO aaaa;

-- corpus: line 385 accepted
ALTER TABLE inht1 RENAME b TO bb;

-- corpus: line 399 accepted
DROP TABLE inht1, inhs1 CASCADE;

-- corpus: line 403 accepted
CREATE TABLE test_constraints (id int, val1 varchar, val2 int, UNIQUE(val1, val2));

-- corpus: line 404 accepted
CREATE TABLE test_constraints_inh () INHERITS (test_constraints);

-- corpus: line 406 accepted
ALTER TABLE ONLY test_constraints DROP CONSTRAINT test_constraints_val1_val2_key;

-- corpus: line 409 accepted
DROP TABLE test_constraints_inh;

-- corpus: line 410 accepted
DROP TABLE test_constraints;

-- corpus: line 412 accepted
CREATE TABLE test_ex_constraints (
    c circle,
    EXCLUDE USING gist (c WITH &&)
);

-- corpus: line 416 accepted
CREATE TABLE test_ex_constraints_inh () INHERITS (test_ex_constraints);

-- corpus: line 418 accepted
ALTER TABLE test_ex_constraints DROP CONSTRAINT test_ex_constraints_c_excl;

-- corpus: line 421 accepted
DROP TABLE test_ex_constraints_inh;

-- corpus: line 422 accepted
DROP TABLE test_ex_constraints;

-- corpus: line 425 accepted
CREATE TABLE test_primary_constraints(id int PRIMARY KEY);

-- corpus: line 426 accepted
CREATE TABLE test_foreign_constraints(id1 int REFERENCES test_primary_constraints(id));

-- corpus: line 427 accepted
CREATE TABLE test_foreign_constraints_inh () INHERITS (test_foreign_constraints);

-- corpus: line 430 accepted
ALTER TABLE test_foreign_constraints DROP CONSTRAINT test_foreign_constraints_id1_fkey;

-- corpus: line 433 accepted
DROP TABLE test_foreign_constraints_inh;

-- corpus: line 434 accepted
DROP TABLE test_foreign_constraints;

-- corpus: line 435 accepted
DROP TABLE test_primary_constraints;

-- corpus: line 438 accepted
create table inh_fk_1 (a int primary key);

-- corpus: line 440 accepted
create table inh_fk_2 (x int primary key, y int references inh_fk_1 on delete cascade);

-- corpus: line 442 accepted
create table inh_fk_2_child () inherits (inh_fk_2);

-- corpus: line 447 accepted
drop table inh_fk_1, inh_fk_2, inh_fk_2_child;

-- corpus: line 450 accepted
create table p1(f1 int);

-- corpus: line 451 accepted
create table p1_c1() inherits(p1);

-- corpus: line 453 accepted
alter table p1 add constraint inh_check_constraint1 check (f1 > 0);

-- corpus: line 454 accepted
alter table p1_c1 add constraint inh_check_constraint1 check (f1 > 0);

-- corpus: line 456 accepted
alter table p1_c1 add constraint inh_check_constraint2 check (f1 < 10);

-- corpus: line 457 accepted
alter table p1 add constraint inh_check_constraint2 check (f1 < 10);

-- corpus: line 463 accepted
drop table p1 cascade;

-- corpus: line 466 accepted
create table invalid_check_con(f1 int);

-- corpus: line 467 accepted
create table invalid_check_con_child() inherits(invalid_check_con);

-- corpus: line 469 accepted
alter table invalid_check_con_child add constraint inh_check_constraint check(f1 > 0) not valid;

-- corpus: line 470 accepted
alter table invalid_check_con add constraint inh_check_constraint check(f1 > 0);

-- corpus: line 471 accepted
alter table invalid_check_con_child drop constraint inh_check_constraint;

-- corpus: line 475 accepted
alter table invalid_check_con_child add constraint inh_check_constraint check(f1 > 0);

-- corpus: line 476 accepted
alter table invalid_check_con add constraint inh_check_constraint check(f1 > 0) not valid;

-- corpus: line 492 accepted
create temp table patest0 (id, x) as
  select x, x from generate_series(0,1000) x;

-- corpus: line 494 accepted
create temp table patest1() inherits (patest0);

-- corpus: line 497 accepted
create temp table patest2() inherits (patest0);

-- corpus: line 500 accepted
create index patest0i on patest0(id);

-- corpus: line 501 accepted
create index patest1i on patest1(id);

-- corpus: line 502 accepted
create index patest2i on patest2(id);

-- corpus: line 511 accepted
drop index patest2i;

-- corpus: line 517 accepted
drop table patest0 cascade;

-- corpus: line 523 accepted
create table matest0 (id serial primary key, name text);

-- corpus: line 524 accepted
create table matest1 (id integer primary key) inherits (matest0);

-- corpus: line 525 accepted
create table matest2 (id integer primary key) inherits (matest0);

-- corpus: line 526 accepted
create table matest3 (id integer primary key) inherits (matest0);

-- corpus: line 528 accepted
create index matest0i on matest0 ((1-id));

-- corpus: line 529 accepted
create index matest1i on matest1 ((1-id));

-- corpus: line 531 accepted
create index matest3i on matest3 ((1-id));

-- corpus: line 556 accepted
drop table matest0 cascade;

-- corpus: line 563 accepted
create table matest0 (a int, b int, c int, d int);

-- corpus: line 564 accepted
create table matest1 () inherits(matest0);

-- corpus: line 565 accepted
create index matest0i on matest0 (b, c);

-- corpus: line 566 accepted
create index matest1i on matest1 (b, c);

-- corpus: line 577 accepted
drop table matest0 cascade;

-- corpus: line 654 accepted
create table inhpar(f1 int, f2 name);

-- corpus: line 655 accepted
create table inhcld(f2 name, f1 int);

-- corpus: line 656 accepted
alter table inhcld inherit inhpar;

-- corpus: line 665 accepted
drop table inhpar cascade;

-- corpus: line 670 accepted
create table inhpar(f1 int primary key, f2 name) partition by range (f1);

-- corpus: line 671 accepted
create table inhcld1(f2 name, f1 int primary key);

-- corpus: line 672 accepted
create table inhcld2(f1 int primary key, f2 name);

-- corpus: line 673 accepted
alter table inhpar attach partition inhcld1 for values from (1) to (5);

-- corpus: line 674 accepted
alter table inhpar attach partition inhcld2 for values from (5) to (100);

-- corpus: line 687 accepted
drop table inhpar cascade;

-- corpus: line 692 accepted
create table cnullparent (f1 int);

-- corpus: line 693 accepted
create table cnullchild (check (f1 = 1 or f1 = null)) inherits(cnullparent);

-- corpus: line 699 accepted
drop table cnullparent cascade;

-- corpus: line 704 accepted
create table inh_perm_parent (a1 int);

-- corpus: line 705 accepted
create temp table inh_temp_parent (a1 int);

-- corpus: line 706 accepted
create temp table inh_temp_child () inherits (inh_perm_parent);

-- corpus: line 707 accepted
create table inh_perm_child () inherits (inh_temp_parent);

-- corpus: line 708 accepted
create temp table inh_temp_child_2 () inherits (inh_temp_parent);

-- corpus: line 715 accepted
drop table inh_perm_parent cascade;

-- corpus: line 716 accepted
drop table inh_temp_parent cascade;

-- corpus: line 722 accepted
create table list_parted (
	a	varchar
) partition by list (a);

-- corpus: line 725 accepted
create table part_ab_cd partition of list_parted for values in ('ab', 'cd');

-- corpus: line 726 accepted
create table part_ef_gh partition of list_parted for values in ('ef', 'gh');

-- corpus: line 727 accepted
create table part_null_xy partition of list_parted for values in (null, 'xy');

-- corpus: line 736 accepted
create table range_list_parted (
	a	int,
	b	char(2)
) partition by range (a);

-- corpus: line 740 accepted
create table part_1_10 partition of range_list_parted for values from (1) to (10) partition by list (b);

-- corpus: line 741 accepted
create table part_1_10_ab partition of part_1_10 for values in ('ab');

-- corpus: line 742 accepted
create table part_1_10_cd partition of part_1_10 for values in ('cd');

-- corpus: line 743 accepted
create table part_10_20 partition of range_list_parted for values from (10) to (20) partition by list (b);

-- corpus: line 744 accepted
create table part_10_20_ab partition of part_10_20 for values in ('ab');

-- corpus: line 745 accepted
create table part_10_20_cd partition of part_10_20 for values in ('cd');

-- corpus: line 746 accepted
create table part_21_30 partition of range_list_parted for values from (21) to (30) partition by list (b);

-- corpus: line 747 accepted
create table part_21_30_ab partition of part_21_30 for values in ('ab');

-- corpus: line 748 accepted
create table part_21_30_cd partition of part_21_30 for values in ('cd');

-- corpus: line 749 accepted
create table part_40_inf partition of range_list_parted for values from (40) to (maxvalue) partition by list (b);

-- corpus: line 750 accepted
create table part_40_inf_ab partition of part_40_inf for values in ('ab');

-- corpus: line 751 accepted
create table part_40_inf_cd partition of part_40_inf for values in ('cd');

-- corpus: line 752 accepted
create table part_40_inf_null partition of part_40_inf for values in (null);

-- corpus: line 767 accepted
drop table list_parted;

-- corpus: line 768 accepted
drop table range_list_parted;

-- corpus: line 772 accepted
create table mcrparted (a int, b int, c int) partition by range (a, abs(b), c);

-- corpus: line 773 accepted
create table mcrparted_def partition of mcrparted default;

-- corpus: line 774 accepted
create table mcrparted0 partition of mcrparted for values from (minvalue, minvalue, minvalue) to (1, 1, 1);

-- corpus: line 775 accepted
create table mcrparted1 partition of mcrparted for values from (1, 1, 1) to (10, 5, 10);

-- corpus: line 776 accepted
create table mcrparted2 partition of mcrparted for values from (10, 5, 10) to (10, 10, 10);

-- corpus: line 777 accepted
create table mcrparted3 partition of mcrparted for values from (11, 1, 1) to (20, 10, 10);

-- corpus: line 778 accepted
create table mcrparted4 partition of mcrparted for values from (20, 10, 10) to (20, 20, 20);

-- corpus: line 779 accepted
create table mcrparted5 partition of mcrparted for values from (20, 20, 20) to (maxvalue, maxvalue, maxvalue);

-- corpus: line 790 accepted
create table parted_minmax (a int, b varchar(16)) partition by range (a);

-- corpus: line 791 accepted
create table parted_minmax1 partition of parted_minmax for values from (1) to (10);

-- corpus: line 792 accepted
create index parted_minmax1i on parted_minmax1 (a, b);

-- corpus: line 796 accepted
drop table parted_minmax;

-- corpus: line 801 accepted
create index mcrparted_a_abs_c_idx on mcrparted (a, abs(b), c);

-- corpus: line 806 accepted
drop table mcrparted_def;

-- corpus: line 817 accepted
drop table mcrparted5;

-- corpus: line 818 accepted
create table mcrparted5 partition of mcrparted for values from (20, 20, 20) to (maxvalue, maxvalue, maxvalue) partition by list (a);

-- corpus: line 819 accepted
create table mcrparted5a partition of mcrparted5 for values in(20);

-- corpus: line 820 accepted
create table mcrparted5_def partition of mcrparted5 default;

-- corpus: line 824 accepted
drop table mcrparted5_def;

-- corpus: line 837 accepted
create table mclparted (a int) partition by list(a);

-- corpus: line 838 accepted
create table mclparted1 partition of mclparted for values in(1);

-- corpus: line 839 accepted
create table mclparted2 partition of mclparted for values in(2);

-- corpus: line 840 accepted
create index on mclparted (a);

-- corpus: line 847 accepted
create table mclparted3_5 partition of mclparted for values in(3,5);

-- corpus: line 848 accepted
create table mclparted4 partition of mclparted for values in(4);

-- corpus: line 854 accepted
create table mclparted_null partition of mclparted for values in(null);

-- corpus: line 855 accepted
create table mclparted_def partition of mclparted default;

-- corpus: line 862 accepted
drop table mclparted_null;

-- corpus: line 863 accepted
create table mclparted_0_null partition of mclparted for values in(0,null);

-- corpus: line 875 accepted
drop table mclparted;

-- corpus: line 881 accepted
drop index mcrparted_a_abs_c_idx;

-- corpus: line 882 accepted
create index on mcrparted1 (a, abs(b), c);

-- corpus: line 883 accepted
create index on mcrparted2 (a, abs(b), c);

-- corpus: line 884 accepted
create index on mcrparted3 (a, abs(b), c);

-- corpus: line 885 accepted
create index on mcrparted4 (a, abs(b), c);

-- corpus: line 895 accepted
drop table mcrparted;

-- corpus: line 898 accepted
create table bool_lp (b bool) partition by list(b);

-- corpus: line 899 accepted
create table bool_lp_true partition of bool_lp for values in(true);

-- corpus: line 900 accepted
create table bool_lp_false partition of bool_lp for values in(false);

-- corpus: line 901 accepted
create index on bool_lp (b);

-- corpus: line 905 accepted
drop table bool_lp;

-- corpus: line 908 accepted
create table bool_rp (b bool, a int) partition by range(b,a);

-- corpus: line 909 accepted
create table bool_rp_false_1k partition of bool_rp for values from (false,0) to (false,1000);

-- corpus: line 910 accepted
create table bool_rp_true_1k partition of bool_rp for values from (true,0) to (true,1000);

-- corpus: line 911 accepted
create table bool_rp_false_2k partition of bool_rp for values from (false,1000) to (false,2000);

-- corpus: line 912 accepted
create table bool_rp_true_2k partition of bool_rp for values from (true,1000) to (true,2000);

-- corpus: line 913 accepted
create index on bool_rp (b,a);

-- corpus: line 919 accepted
drop table bool_rp;

-- corpus: line 923 accepted
create table range_parted (a int, b int, c int) partition by range(a, b);

-- corpus: line 924 accepted
create table range_parted1 partition of range_parted for values from (0,0) to (10,10);

-- corpus: line 925 accepted
create table range_parted2 partition of range_parted for values from (10,10) to (20,20);

-- corpus: line 926 accepted
create index on range_parted (a,b,c);

-- corpus: line 931 accepted
drop table range_parted;

-- corpus: line 935 accepted
create table permtest_parent (a int, b text, c text) partition by list (a);

-- corpus: line 936 accepted
create table permtest_child (b text, c text, a int) partition by list (b);

-- corpus: line 937 accepted
create table permtest_grandchild (c text, b text, a int);

-- corpus: line 938 accepted
alter table permtest_child attach partition permtest_grandchild for values in ('a');

-- corpus: line 939 accepted
alter table permtest_parent attach partition permtest_child for values in (1);

-- corpus: line 940 accepted
create index on permtest_parent (left(c, 3));

-- corpus: line 944 accepted
create role regress_no_child_access;

-- corpus: line 945 accepted
revoke all on permtest_grandchild from regress_no_child_access;

-- corpus: line 946 accepted
grant select on permtest_parent to regress_no_child_access;

-- corpus: line 956 accepted
revoke all on permtest_parent from regress_no_child_access;

-- corpus: line 957 accepted
grant select(a,c) on permtest_parent to regress_no_child_access;

-- corpus: line 967 accepted
revoke all on permtest_parent from regress_no_child_access;

-- corpus: line 968 accepted
drop role regress_no_child_access;

-- corpus: line 969 accepted
drop table permtest_parent;

-- corpus: line 973 accepted
CREATE TABLE errtst_parent (
    partid int not null,
    shdata int not null,
    data int NOT NULL DEFAULT 0,
    CONSTRAINT shdata_small CHECK(shdata < 3)
) PARTITION BY RANGE (partid);

-- corpus: line 982 accepted
CREATE TABLE errtst_child_fastdef (
    partid int not null,
    shdata int not null,
    CONSTRAINT shdata_small CHECK(shdata < 3)
);

-- corpus: line 989 accepted
CREATE TABLE errtst_child_plaindef (
    partid int not null,
    shdata int not null,
    data int NOT NULL DEFAULT 0,
    CONSTRAINT shdata_small CHECK(shdata < 3),
    CHECK(data < 10)
);

-- corpus: line 998 accepted
CREATE TABLE errtst_child_reorder (
    data int NOT NULL DEFAULT 0,
    shdata int not null,
    partid int not null,
    CONSTRAINT shdata_small CHECK(shdata < 3),
    CHECK(data < 10)
);

-- corpus: line 1006 accepted
ALTER TABLE errtst_child_fastdef ADD COLUMN data int NOT NULL DEFAULT 0;

-- corpus: line 1007 accepted
ALTER TABLE errtst_child_fastdef ADD CONSTRAINT errtest_child_fastdef_data_check CHECK (data < 10);

-- corpus: line 1009 accepted
ALTER TABLE errtst_parent ATTACH PARTITION errtst_child_fastdef FOR VALUES FROM (0) TO (10);

-- corpus: line 1010 accepted
ALTER TABLE errtst_parent ATTACH PARTITION errtst_child_plaindef FOR VALUES FROM (10) TO (20);

-- corpus: line 1011 accepted
ALTER TABLE errtst_parent ATTACH PARTITION errtst_child_reorder FOR VALUES FROM (20) TO (30);

-- corpus: line 1072 accepted
DROP TABLE errtst_parent;
