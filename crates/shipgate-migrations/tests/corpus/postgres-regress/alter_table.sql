-- corpus: line 7 accepted
DROP ROLE IF EXISTS regress_alter_table_user1;

-- corpus: line 10 accepted
CREATE USER regress_alter_table_user1;

-- corpus: line 16 accepted
CREATE TABLE attmp (initial int4);

-- corpus: line 18 accepted
COMMENT ON TABLE attmp_wrong IS 'table comment';

-- corpus: line 19 accepted
COMMENT ON TABLE attmp IS 'table comment';

-- corpus: line 20 accepted
COMMENT ON TABLE attmp IS NULL;

-- corpus: line 22 accepted
ALTER TABLE attmp ADD COLUMN xmin integer;

-- corpus: line 24 accepted
ALTER TABLE attmp ADD COLUMN a int4 default 3;

-- corpus: line 26 accepted
ALTER TABLE attmp ADD COLUMN b name;

-- corpus: line 28 accepted
ALTER TABLE attmp ADD COLUMN c text;

-- corpus: line 30 accepted
ALTER TABLE attmp ADD COLUMN d float8;

-- corpus: line 32 accepted
ALTER TABLE attmp ADD COLUMN e float4;

-- corpus: line 34 accepted
ALTER TABLE attmp ADD COLUMN f int2;

-- corpus: line 36 accepted
ALTER TABLE attmp ADD COLUMN g polygon;

-- corpus: line 38 accepted
ALTER TABLE attmp ADD COLUMN i char;

-- corpus: line 40 accepted
ALTER TABLE attmp ADD COLUMN k int4;

-- corpus: line 42 accepted
ALTER TABLE attmp ADD COLUMN l tid;

-- corpus: line 44 accepted
ALTER TABLE attmp ADD COLUMN m xid;

-- corpus: line 46 accepted
ALTER TABLE attmp ADD COLUMN n oidvector;

-- corpus: line 49 accepted
ALTER TABLE attmp ADD COLUMN p boolean;

-- corpus: line 51 accepted
ALTER TABLE attmp ADD COLUMN q point;

-- corpus: line 53 accepted
ALTER TABLE attmp ADD COLUMN r lseg;

-- corpus: line 55 accepted
ALTER TABLE attmp ADD COLUMN s path;

-- corpus: line 57 accepted
ALTER TABLE attmp ADD COLUMN t box;

-- corpus: line 59 accepted
ALTER TABLE attmp ADD COLUMN v timestamp;

-- corpus: line 61 accepted
ALTER TABLE attmp ADD COLUMN w interval;

-- corpus: line 63 accepted
ALTER TABLE attmp ADD COLUMN x float8[];

-- corpus: line 65 accepted
ALTER TABLE attmp ADD COLUMN y float4[];

-- corpus: line 67 accepted
ALTER TABLE attmp ADD COLUMN z int2[];

-- corpus: line 80 accepted
DROP TABLE attmp;

-- corpus: line 83 accepted
CREATE TABLE attmp (
	initial 	int4
);

-- corpus: line 87 accepted
ALTER TABLE attmp ADD COLUMN a int4;

-- corpus: line 89 accepted
ALTER TABLE attmp ADD COLUMN b name;

-- corpus: line 91 accepted
ALTER TABLE attmp ADD COLUMN c text;

-- corpus: line 93 accepted
ALTER TABLE attmp ADD COLUMN d float8;

-- corpus: line 95 accepted
ALTER TABLE attmp ADD COLUMN e float4;

-- corpus: line 97 accepted
ALTER TABLE attmp ADD COLUMN f int2;

-- corpus: line 99 accepted
ALTER TABLE attmp ADD COLUMN g polygon;

-- corpus: line 101 accepted
ALTER TABLE attmp ADD COLUMN i char;

-- corpus: line 103 accepted
ALTER TABLE attmp ADD COLUMN k int4;

-- corpus: line 105 accepted
ALTER TABLE attmp ADD COLUMN l tid;

-- corpus: line 107 accepted
ALTER TABLE attmp ADD COLUMN m xid;

-- corpus: line 109 accepted
ALTER TABLE attmp ADD COLUMN n oidvector;

-- corpus: line 112 accepted
ALTER TABLE attmp ADD COLUMN p boolean;

-- corpus: line 114 accepted
ALTER TABLE attmp ADD COLUMN q point;

-- corpus: line 116 accepted
ALTER TABLE attmp ADD COLUMN r lseg;

-- corpus: line 118 accepted
ALTER TABLE attmp ADD COLUMN s path;

-- corpus: line 120 accepted
ALTER TABLE attmp ADD COLUMN t box;

-- corpus: line 122 accepted
ALTER TABLE attmp ADD COLUMN v timestamp;

-- corpus: line 124 accepted
ALTER TABLE attmp ADD COLUMN w interval;

-- corpus: line 126 accepted
ALTER TABLE attmp ADD COLUMN x float8[];

-- corpus: line 128 accepted
ALTER TABLE attmp ADD COLUMN y float4[];

-- corpus: line 130 accepted
ALTER TABLE attmp ADD COLUMN z int2[];

-- corpus: line 143 accepted
CREATE INDEX attmp_idx ON attmp (a, (d + e), b);

-- corpus: line 145 rejected 22023 column number must be in range from 1 to 32767
ALTER INDEX attmp_idx ALTER COLUMN 0 SET STATISTICS 1000;

-- corpus: line 147 accepted
ALTER INDEX attmp_idx ALTER COLUMN 1 SET STATISTICS 1000;

-- corpus: line 149 accepted
ALTER INDEX attmp_idx ALTER COLUMN 2 SET STATISTICS 1000;

-- corpus: line 153 accepted
ALTER INDEX attmp_idx ALTER COLUMN 3 SET STATISTICS 1000;

-- corpus: line 155 accepted
ALTER INDEX attmp_idx ALTER COLUMN 4 SET STATISTICS 1000;

-- corpus: line 157 accepted
ALTER INDEX attmp_idx ALTER COLUMN 2 SET STATISTICS -1;

-- corpus: line 159 accepted
DROP TABLE attmp;

-- corpus: line 165 accepted
CREATE TABLE attmp (regtable int);

-- corpus: line 166 accepted
CREATE TEMP TABLE attmp (attmptable int);

-- corpus: line 168 accepted
ALTER TABLE attmp RENAME TO attmp_new;

-- corpus: line 173 accepted
ALTER TABLE attmp RENAME TO attmp_new2;

-- corpus: line 179 accepted
DROP TABLE attmp_new;

-- corpus: line 180 accepted
DROP TABLE attmp_new2;

-- corpus: line 183 accepted
CREATE TABLE part_attmp (a int primary key) partition by range (a);

-- corpus: line 184 accepted
CREATE TABLE part_attmp1 PARTITION OF part_attmp FOR VALUES FROM (0) TO (100);

-- corpus: line 185 accepted
ALTER INDEX part_attmp_pkey RENAME TO part_attmp_index;

-- corpus: line 186 accepted
ALTER INDEX part_attmp1_pkey RENAME TO part_attmp1_index;

-- corpus: line 187 accepted
ALTER TABLE part_attmp RENAME TO part_at2tmp;

-- corpus: line 188 accepted
ALTER TABLE part_attmp1 RENAME TO part_at2tmp1;

-- corpus: line 190 accepted
ALTER INDEX part_attmp_index RENAME TO fail;

-- corpus: line 191 accepted
ALTER INDEX part_attmp1_index RENAME TO fail;

-- corpus: line 192 accepted
ALTER TABLE part_at2tmp RENAME TO fail;

-- corpus: line 193 accepted
ALTER TABLE part_at2tmp1 RENAME TO fail;

-- corpus: line 195 accepted
DROP TABLE part_at2tmp;

-- corpus: line 201 accepted
CREATE TABLE attmp_array (id int);

-- corpus: line 202 accepted
CREATE TABLE attmp_array2 (id int);

-- corpus: line 205 accepted
ALTER TABLE attmp_array2 RENAME TO _attmp_array;

-- corpus: line 208 accepted
DROP TABLE _attmp_array;

-- corpus: line 209 accepted
DROP TABLE attmp_array;

-- corpus: line 212 accepted
CREATE TABLE attmp_array (id int);

-- corpus: line 214 accepted
ALTER TABLE attmp_array RENAME TO _attmp_array;

-- corpus: line 216 accepted
DROP TABLE _attmp_array;

-- corpus: line 220 accepted
ALTER INDEX IF EXISTS __onek_unique1 RENAME TO attmp_onek_unique1;

-- corpus: line 221 accepted
ALTER INDEX IF EXISTS __attmp_onek_unique1 RENAME TO onek_unique1;

-- corpus: line 223 accepted
ALTER INDEX onek_unique1 RENAME TO attmp_onek_unique1;

-- corpus: line 224 accepted
ALTER INDEX attmp_onek_unique1 RENAME TO onek_unique1;

-- corpus: line 227 accepted
ALTER INDEX onek_unique1 RENAME TO fail;

-- corpus: line 231 accepted
CREATE TABLE alter_idx_rename_test (a INT);

-- corpus: line 232 accepted
CREATE INDEX alter_idx_rename_test_idx ON alter_idx_rename_test (a);

-- corpus: line 233 accepted
CREATE TABLE alter_idx_rename_test_parted (a INT) PARTITION BY LIST (a);

-- corpus: line 234 accepted
CREATE INDEX alter_idx_rename_test_parted_idx ON alter_idx_rename_test_parted (a);

-- corpus: line 236 accepted
ALTER INDEX alter_idx_rename_test RENAME TO alter_idx_rename_test_2;

-- corpus: line 237 accepted
ALTER INDEX alter_idx_rename_test_parted RENAME TO alter_idx_rename_test_parted_2;

-- corpus: line 244 accepted
ALTER INDEX alter_idx_rename_test_idx RENAME TO alter_idx_rename_test_idx_2;

-- corpus: line 245 accepted
ALTER INDEX alter_idx_rename_test_parted_idx RENAME TO alter_idx_rename_test_parted_idx_2;

-- corpus: line 252 accepted
ALTER TABLE alter_idx_rename_test_idx_2 RENAME TO alter_idx_rename_test_idx_3;

-- corpus: line 253 accepted
ALTER TABLE alter_idx_rename_test_parted_idx_2 RENAME TO alter_idx_rename_test_parted_idx_3;

-- corpus: line 259 accepted
DROP TABLE alter_idx_rename_test_2;

-- corpus: line 262 accepted
CREATE VIEW attmp_view (unique1) AS SELECT unique1 FROM tenk1;

-- corpus: line 263 accepted
ALTER TABLE attmp_view RENAME TO attmp_view_new;

-- corpus: line 266 accepted
ALTER VIEW attmp_view_new RENAME TO fail;

-- corpus: line 277 accepted
DROP VIEW attmp_view_new;

-- corpus: line 279 accepted
alter table stud_emp rename to pg_toast_stud_emp;

-- corpus: line 280 accepted
alter table pg_toast_stud_emp rename to stud_emp;

-- corpus: line 283 accepted
ALTER TABLE onek ADD CONSTRAINT onek_unique1_constraint UNIQUE (unique1);

-- corpus: line 284 accepted
ALTER INDEX onek_unique1_constraint RENAME TO onek_unique1_constraint_foo;

-- corpus: line 285 accepted
ALTER TABLE onek DROP CONSTRAINT onek_unique1_constraint_foo;

-- corpus: line 288 accepted
ALTER TABLE onek ADD CONSTRAINT onek_check_constraint CHECK (unique1 >= 0);

-- corpus: line 289 accepted
ALTER TABLE onek RENAME CONSTRAINT onek_check_constraint TO onek_check_constraint_foo;

-- corpus: line 290 accepted
ALTER TABLE onek DROP CONSTRAINT onek_check_constraint_foo;

-- corpus: line 293 accepted
ALTER TABLE onek ADD CONSTRAINT onek_unique1_constraint UNIQUE (unique1);

-- corpus: line 294 accepted
DROP INDEX onek_unique1_constraint;

-- corpus: line 295 accepted
ALTER TABLE onek RENAME CONSTRAINT onek_unique1_constraint TO onek_unique1_constraint_foo;

-- corpus: line 296 accepted
DROP INDEX onek_unique1_constraint_foo;

-- corpus: line 297 accepted
ALTER TABLE onek DROP CONSTRAINT onek_unique1_constraint_foo;

-- corpus: line 300 accepted
CREATE TABLE constraint_rename_test (a int CONSTRAINT con1 CHECK (a > 0), b int, c int);

-- corpus: line 302 accepted
CREATE TABLE constraint_rename_test2 (a int CONSTRAINT con1 CHECK (a > 0), d int) INHERITS (constraint_rename_test);

-- corpus: line 304 accepted
ALTER TABLE constraint_rename_test2 RENAME CONSTRAINT con1 TO con1foo;

-- corpus: line 305 accepted
ALTER TABLE ONLY constraint_rename_test RENAME CONSTRAINT con1 TO con1foo;

-- corpus: line 306 accepted
ALTER TABLE constraint_rename_test RENAME CONSTRAINT con1 TO con1foo;

-- corpus: line 309 accepted
ALTER TABLE constraint_rename_test ADD CONSTRAINT con2 CHECK (b > 0) NO INHERIT;

-- corpus: line 310 accepted
ALTER TABLE ONLY constraint_rename_test RENAME CONSTRAINT con2 TO con2foo;

-- corpus: line 311 accepted
ALTER TABLE constraint_rename_test RENAME CONSTRAINT con2foo TO con2bar;

-- corpus: line 314 accepted
ALTER TABLE constraint_rename_test ADD CONSTRAINT con3 PRIMARY KEY (a);

-- corpus: line 315 accepted
ALTER TABLE constraint_rename_test RENAME CONSTRAINT con3 TO con3foo;

-- corpus: line 318 accepted
DROP TABLE constraint_rename_test2;

-- corpus: line 319 accepted
DROP TABLE constraint_rename_test;

-- corpus: line 320 accepted
ALTER TABLE IF EXISTS constraint_not_exist RENAME CONSTRAINT con3 TO con3foo;

-- corpus: line 321 accepted
ALTER TABLE IF EXISTS constraint_rename_test ADD CONSTRAINT con4 UNIQUE (a);

-- corpus: line 324 accepted
CREATE TABLE constraint_rename_cache (a int,
  CONSTRAINT chk_a CHECK (a > 0),
  PRIMARY KEY (a));

-- corpus: line 327 accepted
ALTER TABLE constraint_rename_cache
  RENAME CONSTRAINT chk_a TO chk_a_new;

-- corpus: line 329 accepted
ALTER TABLE constraint_rename_cache
  RENAME CONSTRAINT constraint_rename_cache_pkey TO constraint_rename_pkey_new;

-- corpus: line 331 accepted
CREATE TABLE like_constraint_rename_cache
  (LIKE constraint_rename_cache INCLUDING ALL);

-- corpus: line 334 accepted
DROP TABLE constraint_rename_cache;

-- corpus: line 335 accepted
DROP TABLE like_constraint_rename_cache;

-- corpus: line 339 accepted
CREATE TABLE attmp2 (a int primary key);

-- corpus: line 341 accepted
CREATE TABLE attmp3 (a int, b int);

-- corpus: line 343 accepted
CREATE TABLE attmp4 (a int, b int, unique(a,b));

-- corpus: line 345 accepted
CREATE TABLE attmp5 (a int, b int);

-- corpus: line 359 accepted
ALTER TABLE attmp3 add constraint attmpconstr foreign key(c) references attmp2 match full;

-- corpus: line 362 accepted
ALTER TABLE attmp3 add constraint attmpconstr foreign key(a) references attmp2(b) match full;

-- corpus: line 365 accepted
ALTER TABLE attmp3 add constraint attmpconstr foreign key (a) references attmp2 match full;

-- corpus: line 371 accepted
ALTER TABLE attmp3 add constraint attmpconstr foreign key (a) references attmp2 match full;

-- corpus: line 372 accepted
ALTER TABLE attmp3 drop constraint attmpconstr;

-- corpus: line 377 accepted
ALTER TABLE attmp3 add constraint attmpconstr foreign key (a) references attmp2 match full NOT VALID;

-- corpus: line 378 accepted
ALTER TABLE attmp3 validate constraint attmpconstr;

-- corpus: line 384 accepted
ALTER TABLE attmp3 validate constraint attmpconstr;

-- corpus: line 385 accepted
ALTER TABLE attmp3 validate constraint attmpconstr;

-- corpus: line 388 accepted
ALTER TABLE attmp3 ADD CONSTRAINT b_greater_than_ten CHECK (b > 10);

-- corpus: line 389 accepted
ALTER TABLE attmp3 ADD CONSTRAINT b_greater_than_ten CHECK (b > 10) NOT VALID;

-- corpus: line 390 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT b_greater_than_ten;

-- corpus: line 392 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT b_greater_than_ten;

-- corpus: line 393 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT b_greater_than_ten;

-- corpus: line 397 accepted
CREATE TABLE attmp6 () INHERITS (attmp3);

-- corpus: line 398 accepted
CREATE TABLE attmp7 () INHERITS (attmp3);

-- corpus: line 401 accepted
ALTER TABLE attmp3 ADD CONSTRAINT b_le_20 CHECK (b <= 20) NOT VALID;

-- corpus: line 402 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT b_le_20;

-- corpus: line 404 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT b_le_20;

-- corpus: line 407 accepted
CREATE FUNCTION boo(int) RETURNS int IMMUTABLE STRICT LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'boo: %', $1; RETURN $1; END; $$;

-- corpus: line 409 accepted
ALTER TABLE attmp7 ADD CONSTRAINT identity CHECK (b = boo(b));

-- corpus: line 410 accepted
ALTER TABLE attmp3 ADD CONSTRAINT IDENTITY check (b = boo(b)) NOT VALID;

-- corpus: line 411 accepted
ALTER TABLE attmp3 VALIDATE CONSTRAINT identity;

-- corpus: line 414 accepted
create table parent_noinh_convalid (a int);

-- corpus: line 415 accepted
create table child_noinh_convalid () inherits (parent_noinh_convalid);

-- corpus: line 418 accepted
alter table parent_noinh_convalid add constraint check_a_is_2 check (a = 2) no inherit not valid;

-- corpus: line 420 accepted
alter table parent_noinh_convalid validate constraint check_a_is_2;

-- corpus: line 423 accepted
alter table parent_noinh_convalid validate constraint check_a_is_2;

-- corpus: line 426 accepted
drop table parent_noinh_convalid, child_noinh_convalid;

-- corpus: line 431 accepted
ALTER TABLE attmp5 add constraint attmpconstr foreign key(a) references attmp4(a) match full;

-- corpus: line 433 accepted
DROP TABLE attmp7;

-- corpus: line 435 accepted
DROP TABLE attmp6;

-- corpus: line 437 accepted
DROP TABLE attmp5;

-- corpus: line 439 accepted
DROP TABLE attmp4;

-- corpus: line 441 accepted
DROP TABLE attmp3;

-- corpus: line 443 accepted
DROP TABLE attmp2;

-- corpus: line 448 accepted
create table nv_parent (d date, check (false) no inherit not valid);

-- corpus: line 452 accepted
create table nv_child_2010 () inherits (nv_parent);

-- corpus: line 453 accepted
create table nv_child_2011 () inherits (nv_parent);

-- corpus: line 454 accepted
alter table nv_child_2010 add check (d between '2010-01-01'::date and '2010-12-31'::date) not valid;

-- corpus: line 455 accepted
alter table nv_child_2011 add check (d between '2011-01-01'::date and '2011-12-31'::date) not valid;

-- corpus: line 457 accepted
create table nv_child_2009 (check (d between '2009-01-01'::date and '2009-12-31'::date)) inherits (nv_parent);

-- corpus: line 461 accepted
alter table nv_child_2011 VALIDATE CONSTRAINT nv_child_2011_d_check;

-- corpus: line 465 accepted
alter table nv_parent add check (d between '2001-01-01'::date and '2099-12-31'::date) not valid;

-- corpus: line 474 accepted
CREATE TEMP TABLE PKTABLE (ptest1 int PRIMARY KEY);

-- corpus: line 476 accepted
CREATE TEMP TABLE FKTABLE (ftest1 inet);

-- corpus: line 478 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1) references pktable;

-- corpus: line 481 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1) references pktable(ptest1);

-- corpus: line 482 accepted
DROP TABLE FKTABLE;

-- corpus: line 485 accepted
CREATE TEMP TABLE FKTABLE (ftest1 int8);

-- corpus: line 486 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1) references pktable;

-- corpus: line 490 accepted
DROP TABLE FKTABLE;

-- corpus: line 494 accepted
CREATE TEMP TABLE FKTABLE (ftest1 numeric);

-- corpus: line 495 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1) references pktable;

-- corpus: line 496 accepted
DROP TABLE FKTABLE;

-- corpus: line 497 accepted
DROP TABLE PKTABLE;

-- corpus: line 500 accepted
CREATE TEMP TABLE PKTABLE (ptest1 numeric PRIMARY KEY);

-- corpus: line 502 accepted
CREATE TEMP TABLE FKTABLE (ftest1 int);

-- corpus: line 503 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1) references pktable;

-- corpus: line 507 accepted
DROP TABLE FKTABLE;

-- corpus: line 508 accepted
DROP TABLE PKTABLE;

-- corpus: line 510 accepted
CREATE TEMP TABLE PKTABLE (ptest1 int, ptest2 inet,
                           PRIMARY KEY(ptest1, ptest2));

-- corpus: line 513 accepted
CREATE TEMP TABLE FKTABLE (ftest1 cidr, ftest2 timestamp);

-- corpus: line 514 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1, ftest2) references pktable;

-- corpus: line 515 accepted
DROP TABLE FKTABLE;

-- corpus: line 517 accepted
CREATE TEMP TABLE FKTABLE (ftest1 cidr, ftest2 timestamp);

-- corpus: line 518 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1, ftest2)
     references pktable(ptest1, ptest2);

-- corpus: line 520 accepted
DROP TABLE FKTABLE;

-- corpus: line 522 accepted
CREATE TEMP TABLE FKTABLE (ftest1 int, ftest2 inet);

-- corpus: line 523 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1, ftest2)
     references pktable(ptest2, ptest1);

-- corpus: line 526 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest2, ftest1)
     references pktable(ptest1, ptest2);

-- corpus: line 528 accepted
DROP TABLE FKTABLE;

-- corpus: line 529 accepted
DROP TABLE PKTABLE;

-- corpus: line 533 accepted
CREATE TEMP TABLE PKTABLE (ptest1 int primary key);

-- corpus: line 534 accepted
CREATE TEMP TABLE FKTABLE (ftest1 int);

-- corpus: line 536 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fknd FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION NOT DEFERRABLE;

-- corpus: line 538 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fkdd FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 540 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fkdi FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE;

-- corpus: line 543 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fknd2 FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 545 accepted
ALTER TABLE FKTABLE ALTER CONSTRAINT fknd2 NOT DEFERRABLE;

-- corpus: line 546 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fkdd2 FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION NOT DEFERRABLE;

-- corpus: line 548 accepted
ALTER TABLE FKTABLE ALTER CONSTRAINT fkdd2 DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 549 accepted
ALTER TABLE FKTABLE ADD CONSTRAINT fkdi2 FOREIGN KEY(ftest1) REFERENCES pktable
  ON DELETE CASCADE ON UPDATE NO ACTION NOT DEFERRABLE;

-- corpus: line 551 accepted
ALTER TABLE FKTABLE ALTER CONSTRAINT fkdi2 DEFERRABLE INITIALLY IMMEDIATE;

-- corpus: line 566 accepted
create table atacc1 ( test int );

-- corpus: line 568 accepted
alter table atacc1 add constraint atacc_test1 check (test>3);

-- corpus: line 573 accepted
drop table atacc1;

-- corpus: line 576 accepted
create table atacc1 ( test int );

-- corpus: line 580 accepted
alter table atacc1 add constraint atacc_test1 check (test>3);

-- corpus: line 582 accepted
drop table atacc1;

-- corpus: line 585 accepted
create table atacc1 ( test int );

-- corpus: line 587 accepted
alter table atacc1 add constraint atacc_test1 check (test1>3);

-- corpus: line 588 accepted
drop table atacc1;

-- corpus: line 591 accepted
create table atacc1 ( test int, test2 int, test3 int);

-- corpus: line 593 accepted
alter table atacc1 add constraint atacc_test1 check (test+test2<test3*4);

-- corpus: line 598 accepted
drop table atacc1;

-- corpus: line 601 accepted
create table atacc1 (test int check (test>3), test2 int);

-- corpus: line 602 accepted
alter table atacc1 add check (test2>test);

-- corpus: line 605 accepted
drop table atacc1;

-- corpus: line 608 accepted
create table atacc1 (test int);

-- corpus: line 609 accepted
create table atacc2 (test2 int);

-- corpus: line 610 accepted
create table atacc3 (test3 int) inherits (atacc1, atacc2);

-- corpus: line 611 accepted
alter table atacc2 add constraint foo check (test2>0);

-- corpus: line 618 accepted
drop table atacc3;

-- corpus: line 619 accepted
drop table atacc2;

-- corpus: line 620 accepted
drop table atacc1;

-- corpus: line 623 accepted
create table atacc1 (test int);

-- corpus: line 624 accepted
create table atacc2 (test2 int);

-- corpus: line 625 accepted
create table atacc3 (test3 int) inherits (atacc1, atacc2);

-- corpus: line 626 accepted
alter table atacc3 no inherit atacc2;

-- corpus: line 628 accepted
alter table atacc3 no inherit atacc2;

-- corpus: line 633 accepted
alter table atacc2 add constraint foo check (test2>0);

-- corpus: line 634 accepted
alter table atacc3 inherit atacc2;

-- corpus: line 636 accepted
alter table atacc3 rename test2 to testx;

-- corpus: line 637 accepted
alter table atacc3 inherit atacc2;

-- corpus: line 639 accepted
alter table atacc3 add test2 bool;

-- corpus: line 640 accepted
alter table atacc3 inherit atacc2;

-- corpus: line 641 accepted
alter table atacc3 drop test2;

-- corpus: line 643 accepted
alter table atacc3 add test2 int;

-- corpus: line 645 accepted
alter table atacc3 add constraint foo check (test2>0);

-- corpus: line 646 accepted
alter table atacc3 inherit atacc2;

-- corpus: line 648 accepted
alter table atacc3 inherit atacc2;

-- corpus: line 649 accepted
alter table atacc2 inherit atacc3;

-- corpus: line 650 accepted
alter table atacc2 inherit atacc2;

-- corpus: line 653 accepted
drop table atacc2 cascade;

-- corpus: line 654 accepted
drop table atacc1;

-- corpus: line 658 accepted
create table atacc1 (test int);

-- corpus: line 659 accepted
create table atacc2 (test2 int) inherits (atacc1);

-- corpus: line 661 accepted
alter table atacc1 add constraint foo check (test>0) no inherit;

-- corpus: line 668 accepted
alter table atacc2 add constraint foo check (test>0) no inherit;

-- corpus: line 669 accepted
drop table atacc2;

-- corpus: line 670 accepted
drop table atacc1;

-- corpus: line 674 accepted
create table atacc1 ( test int ) ;

-- corpus: line 676 accepted
alter table atacc1 add constraint atacc_test1 unique (test);

-- corpus: line 684 accepted
alter table atacc1 alter column test type integer using 0;

-- corpus: line 685 accepted
drop table atacc1;

-- corpus: line 688 accepted
create table atacc1 ( test int );

-- corpus: line 693 accepted
alter table atacc1 add constraint atacc_test1 unique (test);

-- corpus: line 695 accepted
drop table atacc1;

-- corpus: line 699 accepted
create table atacc1 ( test int );

-- corpus: line 701 accepted
alter table atacc1 add constraint atacc_test1 unique (test1);

-- corpus: line 702 accepted
drop table atacc1;

-- corpus: line 705 accepted
create table atacc1 ( test int, test2 int);

-- corpus: line 707 accepted
alter table atacc1 add constraint atacc_test1 unique (test, test2);

-- corpus: line 716 accepted
drop table atacc1;

-- corpus: line 719 accepted
create table atacc1 (test int, test2 int, unique(test));

-- corpus: line 720 accepted
alter table atacc1 add unique (test2);

-- corpus: line 724 accepted
drop table atacc1;

-- corpus: line 728 accepted
create table atacc1 ( id serial, test int) ;

-- corpus: line 730 accepted
alter table atacc1 add constraint atacc_test1 primary key (test);

-- corpus: line 740 accepted
alter table atacc1 add constraint atacc_oid1 primary key(id);

-- corpus: line 742 accepted
alter table atacc1 drop constraint atacc_test1 restrict;

-- corpus: line 744 accepted
alter table atacc1 add constraint atacc_oid1 primary key(id);

-- corpus: line 745 accepted
drop table atacc1;

-- corpus: line 748 accepted
create table atacc1 ( test int );

-- corpus: line 753 accepted
alter table atacc1 add constraint atacc_test1 primary key (test);

-- corpus: line 755 accepted
drop table atacc1;

-- corpus: line 758 accepted
create table atacc1 ( test int );

-- corpus: line 762 accepted
alter table atacc1 add constraint atacc_test1 primary key (test);

-- corpus: line 764 accepted
drop table atacc1;

-- corpus: line 768 accepted
create table atacc1 ( test int );

-- corpus: line 770 accepted
alter table atacc1 add constraint atacc_test1 primary key (test1);

-- corpus: line 771 accepted
drop table atacc1;

-- corpus: line 775 accepted
create table atacc1 ( test int );

-- corpus: line 778 accepted
alter table atacc1 add column test2 int primary key;

-- corpus: line 780 accepted
alter table atacc1 add column test2 int default 0 primary key;

-- corpus: line 781 accepted
drop table atacc1;

-- corpus: line 784 accepted
create table atacc1 (a int);

-- corpus: line 786 accepted
alter table atacc1
  add column b float8 not null default random(),
  add primary key(a);

-- corpus: line 789 accepted
drop table atacc1;

-- corpus: line 793 accepted
create table atacc1 (a int primary key);

-- corpus: line 794 accepted
alter table atacc1 add constraint atacc1_fkey foreign key (a) references atacc1 (a) not valid;

-- corpus: line 795 accepted
alter table atacc1 validate constraint atacc1_fkey, alter a type bigint;

-- corpus: line 796 accepted
drop table atacc1;

-- corpus: line 800 accepted
create table atacc1 (a bigint, b int);

-- corpus: line 802 accepted
alter table atacc1 add constraint atacc1_chk check(b = 1) not valid;

-- corpus: line 803 accepted
alter table atacc1 validate constraint atacc1_chk, alter a type int;

-- corpus: line 804 accepted
drop table atacc1;

-- corpus: line 807 accepted
create table atacc1 (a bigint, b int);

-- corpus: line 809 accepted
alter table atacc1 add constraint atacc1_chk check(b = 1) not valid;

-- corpus: line 810 accepted
alter table atacc1 validate constraint atacc1_chk, alter a type int;

-- corpus: line 811 accepted
drop table atacc1;

-- corpus: line 814 accepted
create table atacc1 ( test int, test2 int);

-- corpus: line 816 accepted
alter table atacc1 add constraint atacc_test1 primary key (test, test2);

-- corpus: line 818 accepted
alter table atacc1 add constraint atacc_test2 primary key (test);

-- corpus: line 830 accepted
drop table atacc1;

-- corpus: line 833 accepted
create table atacc1 (test int, test2 int, primary key(test));

-- corpus: line 838 accepted
drop table atacc1;

-- corpus: line 842 accepted
alter table pg_class alter column relname drop not null;

-- corpus: line 843 accepted
alter table pg_class alter relname set not null;

-- corpus: line 846 accepted
alter table non_existent alter column bar set not null;

-- corpus: line 847 accepted
alter table non_existent alter column bar drop not null;

-- corpus: line 851 accepted
create table atacc1 (test int not null);

-- corpus: line 852 accepted
alter table atacc1 add constraint "atacc1_pkey" primary key (test);

-- corpus: line 853 accepted
alter table atacc1 alter column test drop not null;

-- corpus: line 854 accepted
alter table atacc1 drop constraint "atacc1_pkey";

-- corpus: line 855 accepted
alter table atacc1 alter column test drop not null;

-- corpus: line 857 accepted
alter table atacc1 alter test set not null;

-- corpus: line 859 accepted
alter table atacc1 alter test set not null;

-- corpus: line 862 accepted
alter table atacc1 alter bar set not null;

-- corpus: line 863 accepted
alter table atacc1 alter bar drop not null;

-- corpus: line 866 accepted
create view myview as select * from atacc1;

-- corpus: line 867 accepted
alter table myview alter column test drop not null;

-- corpus: line 868 accepted
alter table myview alter column test set not null;

-- corpus: line 869 accepted
drop view myview;

-- corpus: line 871 accepted
drop table atacc1;

-- corpus: line 874 accepted
create table atacc1 (test_a int, test_b int);

-- corpus: line 877 accepted
alter table atacc1 add constraint atacc1_constr_or check(test_a is not null or test_b < 10);

-- corpus: line 878 accepted
alter table atacc1 alter test_a set not null;

-- corpus: line 879 accepted
alter table atacc1 drop constraint atacc1_constr_or;

-- corpus: line 881 accepted
alter table atacc1 add constraint atacc1_constr_invalid check(test_a is not null) not valid;

-- corpus: line 882 accepted
alter table atacc1 alter test_a set not null;

-- corpus: line 883 accepted
alter table atacc1 drop constraint atacc1_constr_invalid;

-- corpus: line 886 accepted
alter table atacc1 add constraint atacc1_constr_a_valid check(test_a is not null);

-- corpus: line 887 accepted
alter table atacc1 alter test_a set not null;

-- corpus: line 891 accepted
alter table atacc1 alter test_a drop not null;

-- corpus: line 894 accepted
alter table atacc1 alter test_a set not null, alter test_b set not null;

-- corpus: line 896 accepted
alter table atacc1 alter test_b set not null, alter test_a set not null;

-- corpus: line 900 accepted
alter table atacc1 alter test_b set not null, alter test_a set not null;

-- corpus: line 902 accepted
alter table atacc1 alter test_a drop not null, alter test_b drop not null;

-- corpus: line 904 accepted
alter table atacc1 add constraint atacc1_constr_b_valid check(test_b is not null);

-- corpus: line 905 accepted
alter table atacc1 alter test_b set not null, alter test_a set not null;

-- corpus: line 906 accepted
drop table atacc1;

-- corpus: line 909 accepted
create table parent (a int);

-- corpus: line 910 accepted
create table child (b varchar(255)) inherits (parent);

-- corpus: line 912 accepted
alter table parent alter a set not null;

-- corpus: line 915 accepted
alter table parent alter a drop not null;

-- corpus: line 918 accepted
alter table only parent alter a set not null;

-- corpus: line 919 accepted
alter table child alter a set not null;

-- corpus: line 921 accepted
alter table only parent alter a set not null;

-- corpus: line 923 accepted
alter table child alter a set not null;

-- corpus: line 926 accepted
alter table child alter a set not null;

-- corpus: line 928 accepted
drop table child;

-- corpus: line 929 accepted
drop table parent;

-- corpus: line 932 accepted
create table def_test (
	c1	int4 default 5,
	c2	text default 'initial_default'
);

-- corpus: line 937 accepted
alter table def_test alter column c1 drop default;

-- corpus: line 939 accepted
alter table def_test alter column c2 drop default;

-- corpus: line 941 accepted
alter table def_test alter column c1 set default 10;

-- corpus: line 942 accepted
alter table def_test alter column c2 set default 'new_default';

-- corpus: line 947 accepted
alter table def_test alter column c1 set default 'wrong_datatype';

-- corpus: line 948 accepted
alter table def_test alter column c2 set default 20;

-- corpus: line 951 accepted
alter table def_test alter column c3 set default 30;

-- corpus: line 956 accepted
create view def_view_test as select * from def_test;

-- corpus: line 957 accepted
create rule def_view_test_ins as
	on insert to def_view_test
	do instead insert into def_test select new.*;

-- corpus: line 961 accepted
alter table def_view_test alter column c1 set default 45;

-- corpus: line 963 accepted
alter table def_view_test alter column c2 set default 'view_default';

-- corpus: line 967 accepted
drop rule def_view_test_ins on def_view_test;

-- corpus: line 968 accepted
drop view def_view_test;

-- corpus: line 969 accepted
drop table def_test;

-- corpus: line 973 accepted
alter table pg_class drop column relname;

-- corpus: line 976 accepted
alter table nosuchtable drop column bar;

-- corpus: line 979 accepted
create table atacc1 (a int4 not null, b int4, c int4 not null, d int4);

-- corpus: line 981 accepted
alter table atacc1 drop a;

-- corpus: line 982 accepted
alter table atacc1 drop a;

-- corpus: line 1027 accepted
alter table atacc1 drop bar;

-- corpus: line 1030 accepted
alter table atacc1 SET WITHOUT OIDS;

-- corpus: line 1033 rejected 42601 syntax error at or near "WITH"
alter table atacc1 SET WITH OIDS;

-- corpus: line 1036 accepted
alter table atacc1 drop xmin;

-- corpus: line 1039 accepted
create view myview as select * from atacc1;

-- corpus: line 1041 accepted
alter table myview drop d;

-- corpus: line 1042 accepted
drop view myview;

-- corpus: line 1047 accepted
vacuum analyze atacc1(a);

-- corpus: line 1048 accepted
vacuum analyze atacc1("........pg.dropped.1........");

-- corpus: line 1049 accepted
comment on column atacc1.a is 'testing';

-- corpus: line 1050 accepted
comment on column atacc1."........pg.dropped.1........" is 'testing';

-- corpus: line 1051 accepted
alter table atacc1 alter a set storage plain;

-- corpus: line 1052 accepted
alter table atacc1 alter "........pg.dropped.1........" set storage plain;

-- corpus: line 1053 accepted
alter table atacc1 alter a set statistics 0;

-- corpus: line 1054 accepted
alter table atacc1 alter "........pg.dropped.1........" set statistics 0;

-- corpus: line 1055 accepted
alter table atacc1 alter a set default 3;

-- corpus: line 1056 accepted
alter table atacc1 alter "........pg.dropped.1........" set default 3;

-- corpus: line 1057 accepted
alter table atacc1 alter a drop default;

-- corpus: line 1058 accepted
alter table atacc1 alter "........pg.dropped.1........" drop default;

-- corpus: line 1059 accepted
alter table atacc1 alter a set not null;

-- corpus: line 1060 accepted
alter table atacc1 alter "........pg.dropped.1........" set not null;

-- corpus: line 1061 accepted
alter table atacc1 alter a drop not null;

-- corpus: line 1062 accepted
alter table atacc1 alter "........pg.dropped.1........" drop not null;

-- corpus: line 1063 accepted
alter table atacc1 rename a to x;

-- corpus: line 1064 accepted
alter table atacc1 rename "........pg.dropped.1........" to x;

-- corpus: line 1065 accepted
alter table atacc1 add primary key(a);

-- corpus: line 1066 accepted
alter table atacc1 add primary key("........pg.dropped.1........");

-- corpus: line 1067 accepted
alter table atacc1 add unique(a);

-- corpus: line 1068 accepted
alter table atacc1 add unique("........pg.dropped.1........");

-- corpus: line 1069 accepted
alter table atacc1 add check (a > 3);

-- corpus: line 1070 accepted
alter table atacc1 add check ("........pg.dropped.1........" > 3);

-- corpus: line 1071 accepted
create table atacc2 (id int4 unique);

-- corpus: line 1072 accepted
alter table atacc1 add foreign key (a) references atacc2(id);

-- corpus: line 1073 accepted
alter table atacc1 add foreign key ("........pg.dropped.1........") references atacc2(id);

-- corpus: line 1074 accepted
alter table atacc2 add foreign key (id) references atacc1(a);

-- corpus: line 1075 accepted
alter table atacc2 add foreign key (id) references atacc1("........pg.dropped.1........");

-- corpus: line 1076 accepted
drop table atacc2;

-- corpus: line 1077 accepted
create index "testing_idx" on atacc1(a);

-- corpus: line 1078 accepted
create index "testing_idx" on atacc1("........pg.dropped.1........");

-- corpus: line 1082 accepted
create table attest1 as select * from atacc1;

-- corpus: line 1084 accepted
drop table attest1;

-- corpus: line 1087 accepted
drop table attest2;

-- corpus: line 1090 accepted
alter table atacc1 drop c;

-- corpus: line 1091 accepted
alter table atacc1 drop d;

-- corpus: line 1092 accepted
alter table atacc1 drop b;

-- corpus: line 1095 accepted
drop table atacc1;

-- corpus: line 1098 accepted
create table atacc1 (id serial primary key, value int check (value < 10));

-- corpus: line 1100 accepted
alter table atacc1 drop column value;

-- corpus: line 1101 accepted
alter table atacc1 add column value int check (value < 10);

-- corpus: line 1104 accepted
drop table atacc1;

-- corpus: line 1107 accepted
create table parent (a int, b int, c int);

-- corpus: line 1109 accepted
alter table parent drop a;

-- corpus: line 1110 accepted
create table child (d varchar(255)) inherits (parent);

-- corpus: line 1115 accepted
alter table parent drop c;

-- corpus: line 1119 accepted
drop table child;

-- corpus: line 1120 accepted
drop table parent;

-- corpus: line 1123 accepted
create table parent (a float8, b numeric(10,4), c text collate "C");

-- corpus: line 1125 accepted
create table child (a float4) inherits (parent);

-- corpus: line 1126 accepted
create table child (b decimal(10,7)) inherits (parent);

-- corpus: line 1127 accepted
create table child (c text collate "POSIX") inherits (parent);

-- corpus: line 1128 accepted
create table child (a double precision, b decimal(10,4)) inherits (parent);

-- corpus: line 1130 accepted
drop table child;

-- corpus: line 1131 accepted
drop table parent;

-- corpus: line 1134 accepted
create table attest (a int4, b int4, c int4);

-- corpus: line 1136 accepted
alter table attest drop a;

-- corpus: line 1154 accepted
drop table attest;

-- corpus: line 1158 accepted
create table dropColumn (a int, b int, e int);

-- corpus: line 1159 accepted
create table dropColumnChild (c int) inherits (dropColumn);

-- corpus: line 1160 accepted
create table dropColumnAnother (d int) inherits (dropColumnChild);

-- corpus: line 1163 accepted
alter table dropColumnchild drop column a;

-- corpus: line 1164 accepted
alter table only dropColumnChild drop column b;

-- corpus: line 1169 accepted
alter table only dropColumn drop column e;

-- corpus: line 1170 accepted
alter table dropColumnChild drop column c;

-- corpus: line 1171 accepted
alter table dropColumn drop column a;

-- corpus: line 1173 accepted
create table renameColumn (a int);

-- corpus: line 1174 accepted
create table renameColumnChild (b int) inherits (renameColumn);

-- corpus: line 1175 accepted
create table renameColumnAnother (c int) inherits (renameColumnChild);

-- corpus: line 1178 accepted
alter table renameColumnChild rename column a to d;

-- corpus: line 1179 accepted
alter table only renameColumnChild rename column a to d;

-- corpus: line 1180 accepted
alter table only renameColumn rename column a to d;

-- corpus: line 1183 accepted
alter table renameColumn rename column a to d;

-- corpus: line 1184 accepted
alter table renameColumnChild rename column b to a;

-- corpus: line 1187 accepted
alter table if exists doesnt_exist_tab rename column a to d;

-- corpus: line 1188 accepted
alter table if exists doesnt_exist_tab rename column b to a;

-- corpus: line 1191 accepted
alter table renameColumn add column w int;

-- corpus: line 1194 accepted
alter table only renameColumn add column x int;

-- corpus: line 1199 accepted
create table p1 (f1 int, f2 int);

-- corpus: line 1200 accepted
create table c1 (f1 int not null) inherits(p1);

-- corpus: line 1203 accepted
alter table c1 drop column f1;

-- corpus: line 1205 accepted
alter table p1 drop column f1;

-- corpus: line 1208 accepted
alter table c1 drop column f1;

-- corpus: line 1211 accepted
drop table p1 cascade;

-- corpus: line 1213 accepted
create table p1 (f1 int, f2 int);

-- corpus: line 1214 accepted
create table c1 () inherits(p1);

-- corpus: line 1217 accepted
alter table c1 drop column f1;

-- corpus: line 1218 accepted
alter table p1 drop column f1;

-- corpus: line 1222 accepted
drop table p1 cascade;

-- corpus: line 1224 accepted
create table p1 (f1 int, f2 int);

-- corpus: line 1225 accepted
create table c1 () inherits(p1);

-- corpus: line 1228 accepted
alter table c1 drop column f1;

-- corpus: line 1229 accepted
alter table only p1 drop column f1;

-- corpus: line 1231 accepted
alter table c1 drop column f1;

-- corpus: line 1233 accepted
drop table p1 cascade;

-- corpus: line 1235 accepted
create table p1 (f1 int, f2 int);

-- corpus: line 1236 accepted
create table c1 (f1 int not null) inherits(p1);

-- corpus: line 1239 accepted
alter table c1 drop column f1;

-- corpus: line 1240 accepted
alter table only p1 drop column f1;

-- corpus: line 1242 accepted
alter table c1 drop column f1;

-- corpus: line 1244 accepted
drop table p1 cascade;

-- corpus: line 1246 accepted
create table p1(id int, name text);

-- corpus: line 1247 accepted
create table p2(id2 int, name text, height int);

-- corpus: line 1248 accepted
create table c1(age int) inherits(p1,p2);

-- corpus: line 1249 accepted
create table gc1() inherits (c1);

-- corpus: line 1257 accepted
alter table only p1 drop column name;

-- corpus: line 1259 accepted
alter table p2 drop column name;

-- corpus: line 1261 accepted
alter table gc1 drop column name;

-- corpus: line 1263 accepted
alter table c1 drop column name;

-- corpus: line 1265 accepted
alter table gc1 drop column name;

-- corpus: line 1267 accepted
alter table p2 drop column height;

-- corpus: line 1270 accepted
create table dropColumnExists ();

-- corpus: line 1271 accepted
alter table dropColumnExists drop column non_existing;

-- corpus: line 1272 accepted
alter table dropColumnExists drop column if exists non_existing;

-- corpus: line 1279 accepted
drop table p1, p2 cascade;

-- corpus: line 1283 accepted
create table depth0();

-- corpus: line 1284 accepted
create table depth1(c text) inherits (depth0);

-- corpus: line 1285 accepted
create table depth2() inherits (depth1);

-- corpus: line 1286 accepted
alter table depth0 add c text;

-- corpus: line 1295 accepted
create table p1 (f1 int);

-- corpus: line 1296 accepted
create table c1 (f2 text, f3 int) inherits (p1);

-- corpus: line 1298 accepted
alter table p1 add column a1 int check (a1 > 0);

-- corpus: line 1299 accepted
alter table p1 add column f2 text;

-- corpus: line 1309 accepted
drop table p1 cascade;

-- corpus: line 1314 accepted
create domain mytype as text;

-- corpus: line 1315 accepted
create temp table foo (f1 text, f2 mytype, f3 text);

-- corpus: line 1320 accepted
drop domain mytype cascade;

-- corpus: line 1330 accepted
alter table foo alter f1 TYPE integer;

-- corpus: line 1331 accepted
alter table foo alter f1 TYPE varchar(10);

-- corpus: line 1333 accepted
create table anothertab (atcol1 serial8, atcol2 boolean,
	constraint anothertab_chk check (atcol1 <= 3));

-- corpus: line 1340 accepted
alter table anothertab alter column atcol1 type boolean;

-- corpus: line 1341 accepted
alter table anothertab alter column atcol1 type boolean using atcol1::int;

-- corpus: line 1342 accepted
alter table anothertab alter column atcol1 type integer;

-- corpus: line 1351 accepted
alter table anothertab alter column atcol2 type text
      using case when atcol2 is true then 'IT WAS TRUE'
                 when atcol2 is false then 'IT WAS FALSE'
                 else 'IT WAS NULL!' end;

-- corpus: line 1357 accepted
alter table anothertab alter column atcol1 type boolean
        using case when atcol1 % 2 = 0 then true else false end;

-- corpus: line 1359 accepted
alter table anothertab alter column atcol1 drop default;

-- corpus: line 1360 accepted
alter table anothertab alter column atcol1 type boolean
        using case when atcol1 % 2 = 0 then true else false end;

-- corpus: line 1362 accepted
alter table anothertab drop constraint anothertab_chk;

-- corpus: line 1363 accepted
alter table anothertab drop constraint anothertab_chk;

-- corpus: line 1364 accepted
alter table anothertab drop constraint IF EXISTS anothertab_chk;

-- corpus: line 1366 accepted
alter table anothertab alter column atcol1 type boolean
        using case when atcol1 % 2 = 0 then true else false end;

-- corpus: line 1371 accepted
drop table anothertab;

-- corpus: line 1374 accepted
create table anothertab(f1 int primary key, f2 int unique,
                        f3 int, f4 int, f5 int);

-- corpus: line 1376 accepted
alter table anothertab
  add exclude using btree (f3 with =);

-- corpus: line 1378 accepted
alter table anothertab
  add exclude using btree (f4 with =) where (f4 is not null);

-- corpus: line 1380 accepted
alter table anothertab
  add exclude using btree (f4 with =) where (f5 > 0);

-- corpus: line 1382 accepted
alter table anothertab
  add unique(f1,f4);

-- corpus: line 1384 accepted
create index on anothertab(f2,f3);

-- corpus: line 1385 accepted
create unique index on anothertab(f4);

-- corpus: line 1388 accepted
alter table anothertab alter column f1 type bigint;

-- corpus: line 1389 accepted
alter table anothertab
  alter column f2 type bigint,
  alter column f3 type bigint,
  alter column f4 type bigint;

-- corpus: line 1393 accepted
alter table anothertab alter column f5 type bigint;

-- corpus: line 1396 accepted
drop table anothertab;

-- corpus: line 1399 accepted
create table another (f1 int, f2 text, f3 text);

-- corpus: line 1407 accepted
alter table another
  alter f1 type text using f2 || ' and ' || f3 || ' more',
  alter f2 type bigint using f1 * 10,
  drop column f3;

-- corpus: line 1414 accepted
drop table another;

-- corpus: line 1419 accepted
create table skip_wal_skip_rewrite_index (c varchar(10) primary key);

-- corpus: line 1420 accepted
alter table skip_wal_skip_rewrite_index alter c type varchar(20);

-- corpus: line 1424 accepted
create table at_tab1 (a int, b text);

-- corpus: line 1425 accepted
create table at_tab2 (x int, y at_tab1);

-- corpus: line 1426 accepted
alter table at_tab1 alter column b type varchar;

-- corpus: line 1427 accepted
drop table at_tab2;

-- corpus: line 1429 accepted
create table at_tab2 (x int, y text, check((x,y)::at_tab1 = (1,'42')::at_tab1));

-- corpus: line 1430 accepted
alter table at_tab1 alter column b type varchar;

-- corpus: line 1432 accepted
drop table at_tab1, at_tab2;

-- corpus: line 1434 accepted
create table at_tab1 (a int, b text) partition by list(a);

-- corpus: line 1435 accepted
create table at_tab2 (x int, y at_tab1);

-- corpus: line 1436 accepted
alter table at_tab1 alter column b type varchar;

-- corpus: line 1437 accepted
drop table at_tab1, at_tab2;

-- corpus: line 1440 accepted
create table at_partitioned (a int, b text) partition by range (a);

-- corpus: line 1441 accepted
create table at_part_1 partition of at_partitioned for values from (0) to (1000);

-- corpus: line 1443 accepted
create table at_part_2 (b text, a int);

-- corpus: line 1445 accepted
create index on at_partitioned (b);

-- corpus: line 1446 accepted
create index on at_partitioned (a);

-- corpus: line 1449 accepted
alter table at_partitioned attach partition at_part_2 for values from (1000) to (2000);

-- corpus: line 1451 accepted
alter table at_partitioned alter column b type numeric using b::numeric;

-- corpus: line 1454 accepted
drop table at_partitioned;

-- corpus: line 1458 accepted
create table at_partitioned(id int, name varchar(64), unique (id, name))
  partition by hash(id);

-- corpus: line 1460 accepted
comment on constraint at_partitioned_id_name_key on at_partitioned is 'parent constraint';

-- corpus: line 1461 accepted
comment on index at_partitioned_id_name_key is 'parent index';

-- corpus: line 1462 accepted
create table at_partitioned_0 partition of at_partitioned
  for values with (modulus 2, remainder 0);

-- corpus: line 1464 accepted
comment on constraint at_partitioned_0_id_name_key on at_partitioned_0 is 'child 0 constraint';

-- corpus: line 1465 accepted
comment on index at_partitioned_0_id_name_key is 'child 0 index';

-- corpus: line 1466 accepted
create table at_partitioned_1 partition of at_partitioned
  for values with (modulus 2, remainder 1);

-- corpus: line 1468 accepted
comment on constraint at_partitioned_1_id_name_key on at_partitioned_1 is 'child 1 constraint';

-- corpus: line 1469 accepted
comment on index at_partitioned_1_id_name_key is 'child 1 index';

-- corpus: line 1473 accepted
create temp table old_oids as
  select relname, oid as oldoid, relfilenode as oldfilenode
  from pg_class where relname like 'at_partitioned%';

-- corpus: line 1494 accepted
alter table at_partitioned alter column name type varchar(127);

-- corpus: line 1516 accepted
drop table at_partitioned;

-- corpus: line 1519 accepted
create temp table recur1 (f1 int);

-- corpus: line 1520 accepted
alter table recur1 add column f2 recur1;

-- corpus: line 1521 accepted
alter table recur1 add column f2 recur1[];

-- corpus: line 1522 accepted
create domain array_of_recur1 as recur1[];

-- corpus: line 1523 accepted
alter table recur1 add column f2 array_of_recur1;

-- corpus: line 1524 accepted
create temp table recur2 (f1 int, f2 recur1);

-- corpus: line 1525 accepted
alter table recur1 add column f2 recur2;

-- corpus: line 1526 accepted
alter table recur1 add column f2 int;

-- corpus: line 1527 accepted
alter table recur1 alter column f2 type recur2;

-- corpus: line 1530 rejected 42601 syntax error at or near "storage"
create table test_storage (a text, c text storage plain);

-- corpus: line 1533 accepted
alter table test_storage alter a set storage plain;

-- corpus: line 1535 accepted
alter table test_storage add b int default random()::int;

-- corpus: line 1538 rejected 42601 syntax error at or near "default"
alter table test_storage alter a set storage default;

-- corpus: line 1543 rejected 42601 syntax error at or near "storage"
create table test_storage_failed (a text, b int storage extended);

-- corpus: line 1546 accepted
create index test_storage_idx on test_storage (b, a);

-- corpus: line 1547 accepted
alter table test_storage alter column a set storage external;

-- corpus: line 1552 accepted
CREATE TABLE test_inh_check (a float check (a > 10.2), b float);

-- corpus: line 1553 accepted
CREATE TABLE test_inh_check_child() INHERITS(test_inh_check);

-- corpus: line 1560 accepted
ALTER TABLE test_inh_check ALTER COLUMN a TYPE numeric;

-- corpus: line 1568 accepted
ALTER TABLE test_inh_check ADD CONSTRAINT bnoinherit CHECK (b > 100) NO INHERIT;

-- corpus: line 1569 accepted
ALTER TABLE test_inh_check_child ADD CONSTRAINT blocal CHECK (b < 1000);

-- corpus: line 1570 accepted
ALTER TABLE test_inh_check_child ADD CONSTRAINT bmerged CHECK (b > 1);

-- corpus: line 1571 accepted
ALTER TABLE test_inh_check ADD CONSTRAINT bmerged CHECK (b > 1);

-- corpus: line 1578 accepted
ALTER TABLE test_inh_check ALTER COLUMN b TYPE numeric;

-- corpus: line 1588 accepted
CREATE TABLE test_type_diff (f1 int);

-- corpus: line 1589 accepted
CREATE TABLE test_type_diff_c (extra smallint) INHERITS (test_type_diff);

-- corpus: line 1590 accepted
ALTER TABLE test_type_diff ADD COLUMN f2 int;

-- corpus: line 1592 accepted
ALTER TABLE test_type_diff ALTER COLUMN f2 TYPE bigint USING f2::bigint;

-- corpus: line 1594 accepted
CREATE TABLE test_type_diff2 (int_two int2, int_four int4, int_eight int8);

-- corpus: line 1595 accepted
CREATE TABLE test_type_diff2_c1 (int_four int4, int_eight int8, int_two int2);

-- corpus: line 1596 accepted
CREATE TABLE test_type_diff2_c2 (int_eight int8, int_two int2, int_four int4);

-- corpus: line 1597 accepted
CREATE TABLE test_type_diff2_c3 (int_two int2, int_four int4, int_eight int8);

-- corpus: line 1598 accepted
ALTER TABLE test_type_diff2_c1 INHERIT test_type_diff2;

-- corpus: line 1599 accepted
ALTER TABLE test_type_diff2_c2 INHERIT test_type_diff2;

-- corpus: line 1600 accepted
ALTER TABLE test_type_diff2_c3 INHERIT test_type_diff2;

-- corpus: line 1604 accepted
ALTER TABLE test_type_diff2 ALTER COLUMN int_four TYPE int8 USING int_four::int8;

-- corpus: line 1606 accepted
ALTER TABLE test_type_diff2 ALTER COLUMN int_four TYPE int4 USING (pg_column_size(test_type_diff2));

-- corpus: line 1609 accepted
CREATE TABLE check_fk_presence_1 (id int PRIMARY KEY, t text);

-- corpus: line 1610 accepted
CREATE TABLE check_fk_presence_2 (id int REFERENCES check_fk_presence_1, t text);

-- corpus: line 1612 accepted
ALTER TABLE check_fk_presence_2 DROP CONSTRAINT check_fk_presence_2_id_fkey;

-- corpus: line 1616 accepted
DROP TABLE check_fk_presence_1, check_fk_presence_2;

-- corpus: line 1619 accepted
create table at_base_table(id int, stuff text);

-- corpus: line 1621 accepted
create view at_view_1 as select * from at_base_table bt;

-- corpus: line 1622 accepted
create view at_view_2 as select *, to_json(v1) as j from at_view_1 v1;

-- corpus: line 1628 accepted
create or replace view at_view_1 as select *, 2+2 as more from at_base_table bt;

-- corpus: line 1634 accepted
drop view at_view_2;

-- corpus: line 1635 accepted
drop view at_view_1;

-- corpus: line 1636 accepted
drop table at_base_table;

-- corpus: line 1640 accepted
create temp table t1 as select * from int8_tbl;

-- corpus: line 1641 accepted
create temp view v1 as select 1::int8 as q1;

-- corpus: line 1642 accepted
create temp view v2 as select * from v1;

-- corpus: line 1643 accepted
create or replace temp view v1 with (security_barrier = true)
  as select * from t1;

-- corpus: line 1646 accepted
create temp table log (q1 int8, q2 int8);

-- corpus: line 1647 accepted
create rule v1_upd_rule as on update to v1
  do also insert into log values (new.*);

-- corpus: line 1661 accepted
CREATE FUNCTION check_ddl_rewrite(p_tablename regclass, p_ddl text)
RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    v_relfilenode oid;
BEGIN
    v_relfilenode := relfilenode FROM pg_class WHERE oid = p_tablename;

    EXECUTE p_ddl;

    RETURN v_relfilenode <> (SELECT relfilenode FROM pg_class WHERE oid = p_tablename);
END;
$$;

-- corpus: line 1675 accepted
CREATE TABLE rewrite_test(col text);

-- corpus: line 1716 accepted
DROP FUNCTION check_ddl_rewrite(regclass, text);

-- corpus: line 1717 accepted
DROP TABLE rewrite_test;

-- corpus: line 1722 accepted
drop type lockmodes;

-- corpus: line 1723 accepted
create type lockmodes as enum (
 'SIReadLock'
,'AccessShareLock'
,'RowShareLock'
,'RowExclusiveLock'
,'ShareUpdateExclusiveLock'
,'ShareLock'
,'ShareRowExclusiveLock'
,'ExclusiveLock'
,'AccessExclusiveLock'
);

-- corpus: line 1735 accepted
drop view my_locks;

-- corpus: line 1736 accepted
create or replace view my_locks as
select case when c.relname like 'pg_toast%' then 'pg_toast' else c.relname end, max(mode::lockmodes) as max_lockmode
from pg_locks l join pg_class c on l.relation = c.oid
where virtualtransaction = (
        select virtualtransaction
        from pg_locks
        where transactionid = pg_current_xact_id()::xid)
and locktype = 'relation'
and relnamespace != (select oid from pg_namespace where nspname = 'pg_catalog')
and c.relname != 'my_locks'
group by c.relname;

-- corpus: line 1748 accepted
create table alterlock (f1 int primary key, f2 text);

-- corpus: line 1750 accepted
create table alterlock2 (f3 int primary key, f1 int);

-- corpus: line 1753 accepted
alter table alterlock alter column f2 set statistics 150;

-- corpus: line 1757 accepted
alter table alterlock cluster on alterlock_pkey;

-- corpus: line 1761 accepted
alter table alterlock set without cluster;

-- corpus: line 1765 accepted
alter table alterlock set (fillfactor = 100);

-- corpus: line 1769 accepted
alter table alterlock reset (fillfactor);

-- corpus: line 1773 accepted
alter table alterlock set (toast.autovacuum_enabled = off);

-- corpus: line 1777 accepted
alter table alterlock set (autovacuum_enabled = off);

-- corpus: line 1781 accepted
alter table alterlock alter column f2 set (n_distinct = 1);

-- corpus: line 1786 accepted
alter table alterlock set (autovacuum_enabled = off, fillfactor = 80);

-- corpus: line 1790 accepted
alter table alterlock alter column f2 set storage extended;

-- corpus: line 1794 accepted
alter table alterlock alter column f2 set default 'x';

-- corpus: line 1799 accepted
create trigger ttdummy
	before delete or update on alterlock
	for each row
	execute procedure
	ttdummy (1, 1);

-- corpus: line 1809 accepted
alter table alterlock2 add foreign key (f1) references alterlock (f1);

-- corpus: line 1814 accepted
alter table alterlock2
add constraint alterlock2nv foreign key (f1) references alterlock (f1) NOT VALID;

-- corpus: line 1819 accepted
alter table alterlock2 validate constraint alterlock2nv;

-- corpus: line 1823 accepted
create or replace view my_locks as
select case when c.relname like 'pg_toast%' then 'pg_toast' else c.relname end, max(mode::lockmodes) as max_lockmode
from pg_locks l join pg_class c on l.relation = c.oid
where virtualtransaction = (
        select virtualtransaction
        from pg_locks
        where transactionid = pg_current_xact_id()::xid)
and locktype = 'relation'
and relnamespace != (select oid from pg_namespace where nspname = 'pg_catalog')
and c.relname = 'my_locks'
group by c.relname;

-- corpus: line 1836 accepted
alter table my_locks set (autovacuum_enabled = false);

-- corpus: line 1837 accepted
alter view my_locks set (autovacuum_enabled = false);

-- corpus: line 1838 accepted
alter table my_locks reset (autovacuum_enabled);

-- corpus: line 1839 accepted
alter view my_locks reset (autovacuum_enabled);

-- corpus: line 1842 accepted
alter view my_locks set (security_barrier=off);

-- corpus: line 1844 accepted
alter view my_locks reset (security_barrier);

-- corpus: line 1851 accepted
alter table my_locks set (security_barrier=off);

-- corpus: line 1853 accepted
alter table my_locks reset (security_barrier);

-- corpus: line 1857 accepted
drop table alterlock2;

-- corpus: line 1858 accepted
drop table alterlock;

-- corpus: line 1859 accepted
drop view my_locks;

-- corpus: line 1860 accepted
drop type lockmodes;

-- corpus: line 1865 accepted
create function test_strict(text) returns text as
    'select coalesce($1, ''got passed a null'');'
    language sql returns null on null input;

-- corpus: line 1869 accepted
alter function test_strict(text) called on null input;

-- corpus: line 1872 accepted
create function non_strict(text) returns text as
    'select coalesce($1, ''got passed a null'');'
    language sql called on null input;

-- corpus: line 1876 accepted
alter function non_strict(text) returns null on null input;

-- corpus: line 1883 accepted
create schema alter1;

-- corpus: line 1884 accepted
create schema alter2;

-- corpus: line 1886 accepted
create table alter1.t1(f1 serial primary key, f2 int check (f2 > 0));

-- corpus: line 1888 accepted
create view alter1.v1 as select * from alter1.t1;

-- corpus: line 1890 accepted
create function alter1.plus1(int) returns int as 'select $1+1' language sql;

-- corpus: line 1892 accepted
create domain alter1.posint integer check (value > 0);

-- corpus: line 1894 accepted
create type alter1.ctype as (f1 int, f2 text);

-- corpus: line 1896 accepted
create function alter1.same(alter1.ctype, alter1.ctype) returns boolean language sql
as 'select $1.f1 is not distinct from $2.f1 and $1.f2 is not distinct from $2.f2';

-- corpus: line 1899 accepted
create operator alter1.=(procedure = alter1.same, leftarg  = alter1.ctype, rightarg = alter1.ctype);

-- corpus: line 1901 accepted
create operator class alter1.ctype_hash_ops default for type alter1.ctype using hash as
  operator 1 alter1.=(alter1.ctype, alter1.ctype);

-- corpus: line 1904 accepted
create conversion alter1.latin1_to_utf8 for 'latin1' to 'utf8' from iso8859_1_to_utf8;

-- corpus: line 1906 accepted
create text search parser alter1.prs(start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- corpus: line 1907 accepted
create text search configuration alter1.cfg(parser = alter1.prs);

-- corpus: line 1908 accepted
create text search template alter1.tmpl(init = dsimple_init, lexize = dsimple_lexize);

-- corpus: line 1909 accepted
create text search dictionary alter1.dict(template = alter1.tmpl);

-- corpus: line 1914 accepted
alter table alter1.t1 set schema alter1;

-- corpus: line 1915 accepted
alter table alter1.t1 set schema alter2;

-- corpus: line 1916 accepted
alter table alter1.v1 set schema alter2;

-- corpus: line 1917 accepted
alter function alter1.plus1(int) set schema alter2;

-- corpus: line 1918 accepted
alter domain alter1.posint set schema alter2;

-- corpus: line 1919 accepted
alter operator class alter1.ctype_hash_ops using hash set schema alter2;

-- corpus: line 1920 accepted
alter operator family alter1.ctype_hash_ops using hash set schema alter2;

-- corpus: line 1921 accepted
alter operator alter1.=(alter1.ctype, alter1.ctype) set schema alter2;

-- corpus: line 1922 accepted
alter function alter1.same(alter1.ctype, alter1.ctype) set schema alter2;

-- corpus: line 1923 accepted
alter type alter1.ctype set schema alter1;

-- corpus: line 1924 accepted
alter type alter1.ctype set schema alter2;

-- corpus: line 1925 accepted
alter conversion alter1.latin1_to_utf8 set schema alter2;

-- corpus: line 1926 accepted
alter text search parser alter1.prs set schema alter2;

-- corpus: line 1927 accepted
alter text search configuration alter1.cfg set schema alter2;

-- corpus: line 1928 accepted
alter text search template alter1.tmpl set schema alter2;

-- corpus: line 1929 accepted
alter text search dictionary alter1.dict set schema alter2;

-- corpus: line 1932 accepted
drop schema alter1;

-- corpus: line 1944 accepted
drop schema alter2 cascade;

-- corpus: line 1950 accepted
CREATE TYPE test_type AS (a int);

-- corpus: line 1953 accepted
ALTER TYPE nosuchtype ADD ATTRIBUTE b text;

-- corpus: line 1955 accepted
ALTER TYPE test_type ADD ATTRIBUTE b text;

-- corpus: line 1958 accepted
ALTER TYPE test_type ADD ATTRIBUTE b text;

-- corpus: line 1960 accepted
ALTER TYPE test_type ALTER ATTRIBUTE b SET DATA TYPE varchar;

-- corpus: line 1963 accepted
ALTER TYPE test_type ALTER ATTRIBUTE b SET DATA TYPE integer;

-- corpus: line 1966 accepted
ALTER TYPE test_type DROP ATTRIBUTE b;

-- corpus: line 1969 accepted
ALTER TYPE test_type DROP ATTRIBUTE c;

-- corpus: line 1971 accepted
ALTER TYPE test_type DROP ATTRIBUTE IF EXISTS c;

-- corpus: line 1973 accepted
ALTER TYPE test_type DROP ATTRIBUTE a, ADD ATTRIBUTE d boolean;

-- corpus: line 1976 accepted
ALTER TYPE test_type RENAME ATTRIBUTE a TO aa;

-- corpus: line 1977 accepted
ALTER TYPE test_type RENAME ATTRIBUTE d TO dd;

-- corpus: line 1980 accepted
DROP TYPE test_type;

-- corpus: line 1982 accepted
CREATE TYPE test_type1 AS (a int, b text);

-- corpus: line 1983 accepted
CREATE TABLE test_tbl1 (x int, y test_type1);

-- corpus: line 1984 accepted
ALTER TYPE test_type1 ALTER ATTRIBUTE b TYPE varchar;

-- corpus: line 1986 accepted
DROP TABLE test_tbl1;

-- corpus: line 1987 accepted
CREATE TABLE test_tbl1 (x int, y text);

-- corpus: line 1988 accepted
CREATE INDEX test_tbl1_idx ON test_tbl1((row(x,y)::test_type1));

-- corpus: line 1989 accepted
ALTER TYPE test_type1 ALTER ATTRIBUTE b TYPE varchar;

-- corpus: line 1991 accepted
DROP TABLE test_tbl1;

-- corpus: line 1992 accepted
DROP TYPE test_type1;

-- corpus: line 1994 accepted
CREATE TYPE test_type2 AS (a int, b text);

-- corpus: line 1995 accepted
CREATE TABLE test_tbl2 OF test_type2;

-- corpus: line 1996 accepted
CREATE TABLE test_tbl2_subclass () INHERITS (test_tbl2);

-- corpus: line 2000 accepted
ALTER TYPE test_type2 ADD ATTRIBUTE c text;

-- corpus: line 2001 accepted
ALTER TYPE test_type2 ADD ATTRIBUTE c text CASCADE;

-- corpus: line 2005 accepted
ALTER TYPE test_type2 ALTER ATTRIBUTE b TYPE varchar;

-- corpus: line 2006 accepted
ALTER TYPE test_type2 ALTER ATTRIBUTE b TYPE varchar CASCADE;

-- corpus: line 2010 accepted
ALTER TYPE test_type2 DROP ATTRIBUTE b;

-- corpus: line 2011 accepted
ALTER TYPE test_type2 DROP ATTRIBUTE b CASCADE;

-- corpus: line 2015 accepted
ALTER TYPE test_type2 RENAME ATTRIBUTE a TO aa;

-- corpus: line 2016 accepted
ALTER TYPE test_type2 RENAME ATTRIBUTE a TO aa CASCADE;

-- corpus: line 2021 accepted
DROP TABLE test_tbl2_subclass, test_tbl2;

-- corpus: line 2022 accepted
DROP TYPE test_type2;

-- corpus: line 2024 accepted
CREATE TYPE test_typex AS (a int, b text);

-- corpus: line 2025 accepted
CREATE TABLE test_tblx (x int, y test_typex check ((y).a > 0));

-- corpus: line 2026 accepted
ALTER TYPE test_typex DROP ATTRIBUTE a;

-- corpus: line 2027 accepted
ALTER TYPE test_typex DROP ATTRIBUTE a CASCADE;

-- corpus: line 2029 accepted
DROP TABLE test_tblx;

-- corpus: line 2030 accepted
DROP TYPE test_typex;

-- corpus: line 2035 accepted
CREATE TYPE test_type3 AS (a int);

-- corpus: line 2036 accepted
CREATE TABLE test_tbl3 (c) AS SELECT '(1)'::test_type3;

-- corpus: line 2037 accepted
ALTER TYPE test_type3 DROP ATTRIBUTE a, ADD ATTRIBUTE b int;

-- corpus: line 2039 accepted
CREATE TYPE test_type_empty AS ();

-- corpus: line 2040 accepted
DROP TYPE test_type_empty;

-- corpus: line 2046 accepted
CREATE TYPE tt_t0 AS (z inet, x int, y numeric(8,2));

-- corpus: line 2047 accepted
ALTER TYPE tt_t0 DROP ATTRIBUTE z;

-- corpus: line 2048 accepted
CREATE TABLE tt0 (x int NOT NULL, y numeric(8,2));

-- corpus: line 2049 accepted
CREATE TABLE tt1 (x int, y bigint);

-- corpus: line 2050 accepted
CREATE TABLE tt2 (x int, y numeric(9,2));

-- corpus: line 2051 accepted
CREATE TABLE tt3 (y numeric(8,2), x int);

-- corpus: line 2052 accepted
CREATE TABLE tt4 (x int);

-- corpus: line 2053 accepted
CREATE TABLE tt5 (x int, y numeric(8,2), z int);

-- corpus: line 2054 accepted
CREATE TABLE tt6 () INHERITS (tt0);

-- corpus: line 2055 accepted
CREATE TABLE tt7 (x int, q text, y numeric(8,2));

-- corpus: line 2056 accepted
ALTER TABLE tt7 DROP q;

-- corpus: line 2058 accepted
ALTER TABLE tt0 OF tt_t0;

-- corpus: line 2059 accepted
ALTER TABLE tt1 OF tt_t0;

-- corpus: line 2060 accepted
ALTER TABLE tt2 OF tt_t0;

-- corpus: line 2061 accepted
ALTER TABLE tt3 OF tt_t0;

-- corpus: line 2062 accepted
ALTER TABLE tt4 OF tt_t0;

-- corpus: line 2063 accepted
ALTER TABLE tt5 OF tt_t0;

-- corpus: line 2064 accepted
ALTER TABLE tt6 OF tt_t0;

-- corpus: line 2065 accepted
ALTER TABLE tt7 OF tt_t0;

-- corpus: line 2067 accepted
CREATE TYPE tt_t1 AS (x int, y numeric(8,2));

-- corpus: line 2068 accepted
ALTER TABLE tt7 OF tt_t1;

-- corpus: line 2069 accepted
ALTER TABLE tt7 NOT OF;

-- corpus: line 2073 accepted
CREATE TABLE test_drop_constr_parent (c text CHECK (c IS NOT NULL));

-- corpus: line 2074 accepted
CREATE TABLE test_drop_constr_child () INHERITS (test_drop_constr_parent);

-- corpus: line 2075 accepted
ALTER TABLE ONLY test_drop_constr_parent DROP CONSTRAINT "test_drop_constr_parent_c_check";

-- corpus: line 2078 accepted
DROP TABLE test_drop_constr_parent CASCADE;

-- corpus: line 2083 accepted
ALTER TABLE IF EXISTS tt8 ADD COLUMN f int;

-- corpus: line 2084 accepted
ALTER TABLE IF EXISTS tt8 ADD CONSTRAINT xxx PRIMARY KEY(f);

-- corpus: line 2085 accepted
ALTER TABLE IF EXISTS tt8 ADD CHECK (f BETWEEN 0 AND 10);

-- corpus: line 2086 accepted
ALTER TABLE IF EXISTS tt8 ALTER COLUMN f SET DEFAULT 0;

-- corpus: line 2087 accepted
ALTER TABLE IF EXISTS tt8 RENAME COLUMN f TO f1;

-- corpus: line 2088 accepted
ALTER TABLE IF EXISTS tt8 SET SCHEMA alter2;

-- corpus: line 2090 accepted
CREATE TABLE tt8(a int);

-- corpus: line 2091 accepted
CREATE SCHEMA alter2;

-- corpus: line 2093 accepted
ALTER TABLE IF EXISTS tt8 ADD COLUMN f int;

-- corpus: line 2094 accepted
ALTER TABLE IF EXISTS tt8 ADD CONSTRAINT xxx PRIMARY KEY(f);

-- corpus: line 2095 accepted
ALTER TABLE IF EXISTS tt8 ADD CHECK (f BETWEEN 0 AND 10);

-- corpus: line 2096 accepted
ALTER TABLE IF EXISTS tt8 ALTER COLUMN f SET DEFAULT 0;

-- corpus: line 2097 accepted
ALTER TABLE IF EXISTS tt8 RENAME COLUMN f TO f1;

-- corpus: line 2098 accepted
ALTER TABLE IF EXISTS tt8 SET SCHEMA alter2;

-- corpus: line 2102 accepted
DROP TABLE alter2.tt8;

-- corpus: line 2103 accepted
DROP SCHEMA alter2;

-- corpus: line 2108 accepted
CREATE TABLE tt9(c integer);

-- corpus: line 2109 accepted
ALTER TABLE tt9 ADD CHECK(c > 1);

-- corpus: line 2110 accepted
ALTER TABLE tt9 ADD CHECK(c > 2);

-- corpus: line 2111 accepted
ALTER TABLE tt9 ADD CONSTRAINT foo CHECK(c > 3);

-- corpus: line 2112 accepted
ALTER TABLE tt9 ADD CONSTRAINT foo CHECK(c > 4);

-- corpus: line 2113 accepted
ALTER TABLE tt9 ADD UNIQUE(c);

-- corpus: line 2114 accepted
ALTER TABLE tt9 ADD UNIQUE(c);

-- corpus: line 2115 accepted
ALTER TABLE tt9 ADD CONSTRAINT tt9_c_key UNIQUE(c);

-- corpus: line 2116 accepted
ALTER TABLE tt9 ADD CONSTRAINT foo UNIQUE(c);

-- corpus: line 2117 accepted
ALTER TABLE tt9 ADD CONSTRAINT tt9_c_key CHECK(c > 5);

-- corpus: line 2118 accepted
ALTER TABLE tt9 ADD CONSTRAINT tt9_c_key2 CHECK(c > 6);

-- corpus: line 2119 accepted
ALTER TABLE tt9 ADD UNIQUE(c);

-- corpus: line 2121 accepted
DROP TABLE tt9;

-- corpus: line 2125 accepted
CREATE TABLE comment_test (
  id int,
  positive_col int CHECK (positive_col > 0),
  indexed_col int,
  CONSTRAINT comment_test_pk PRIMARY KEY (id));

-- corpus: line 2130 accepted
CREATE INDEX comment_test_index ON comment_test(indexed_col);

-- corpus: line 2132 accepted
COMMENT ON COLUMN comment_test.id IS 'Column ''id'' on comment_test';

-- corpus: line 2133 accepted
COMMENT ON INDEX comment_test_index IS 'Simple index on comment_test';

-- corpus: line 2134 accepted
COMMENT ON CONSTRAINT comment_test_positive_col_check ON comment_test IS 'CHECK constraint on comment_test.positive_col';

-- corpus: line 2135 accepted
COMMENT ON CONSTRAINT comment_test_pk ON comment_test IS 'PRIMARY KEY constraint of comment_test';

-- corpus: line 2136 accepted
COMMENT ON INDEX comment_test_pk IS 'Index backing the PRIMARY KEY of comment_test';

-- corpus: line 2146 accepted
ALTER TABLE comment_test ALTER COLUMN indexed_col SET DATA TYPE int;

-- corpus: line 2147 accepted
ALTER TABLE comment_test ALTER COLUMN indexed_col SET DATA TYPE text;

-- corpus: line 2148 accepted
ALTER TABLE comment_test ALTER COLUMN id SET DATA TYPE int;

-- corpus: line 2149 accepted
ALTER TABLE comment_test ALTER COLUMN id SET DATA TYPE text;

-- corpus: line 2150 accepted
ALTER TABLE comment_test ALTER COLUMN positive_col SET DATA TYPE int;

-- corpus: line 2151 accepted
ALTER TABLE comment_test ALTER COLUMN positive_col SET DATA TYPE bigint;

-- corpus: line 2161 accepted
CREATE TABLE comment_test_child (
  id text CONSTRAINT comment_test_child_fk REFERENCES comment_test);

-- corpus: line 2163 accepted
CREATE INDEX comment_test_child_fk ON comment_test_child(id);

-- corpus: line 2164 accepted
COMMENT ON COLUMN comment_test_child.id IS 'Column ''id'' on comment_test_child';

-- corpus: line 2165 accepted
COMMENT ON INDEX comment_test_child_fk IS 'Index backing the FOREIGN KEY of comment_test_child';

-- corpus: line 2166 accepted
COMMENT ON CONSTRAINT comment_test_child_fk ON comment_test_child IS 'FOREIGN KEY constraint of comment_test_child';

-- corpus: line 2169 accepted
ALTER TABLE comment_test ALTER COLUMN id SET DATA TYPE text;

-- corpus: line 2170 accepted
ALTER TABLE comment_test ALTER COLUMN id SET DATA TYPE int USING id::integer;

-- corpus: line 2182 accepted
CREATE TEMP TABLE filenode_mapping AS
SELECT
    oid, mapped_oid, reltablespace, relfilenode, relname
FROM pg_class,
    pg_filenode_relation(reltablespace, pg_relation_filenode(oid)) AS mapped_oid
WHERE relkind IN ('r', 'i', 'S', 't', 'm') AND mapped_oid IS DISTINCT FROM oid;

-- corpus: line 2197 accepted
CREATE TABLE pg_catalog.new_system_table();

-- corpus: line 2199 accepted
CREATE TABLE new_system_table(id serial primary key, othercol text);

-- corpus: line 2200 accepted
ALTER TABLE new_system_table SET SCHEMA pg_catalog;

-- corpus: line 2201 accepted
ALTER TABLE new_system_table SET SCHEMA public;

-- corpus: line 2202 accepted
ALTER TABLE new_system_table SET SCHEMA pg_catalog;

-- corpus: line 2204 accepted
ALTER TABLE new_system_table SET SCHEMA pg_catalog;

-- corpus: line 2205 accepted
ALTER TABLE new_system_table RENAME TO old_system_table;

-- corpus: line 2206 accepted
CREATE INDEX old_system_table__othercol ON old_system_table (othercol);

-- corpus: line 2211 accepted
ALTER TABLE old_system_table DROP CONSTRAINT new_system_table_pkey;

-- corpus: line 2212 accepted
ALTER TABLE old_system_table DROP COLUMN othercol;

-- corpus: line 2213 accepted
DROP TABLE old_system_table;

-- corpus: line 2216 accepted
CREATE UNLOGGED TABLE unlogged1(f1 SERIAL PRIMARY KEY, f2 TEXT);

-- corpus: line 2224 accepted
CREATE UNLOGGED TABLE unlogged2(f1 SERIAL PRIMARY KEY, f2 INTEGER REFERENCES unlogged1);

-- corpus: line 2225 accepted
CREATE UNLOGGED TABLE unlogged3(f1 SERIAL PRIMARY KEY, f2 INTEGER REFERENCES unlogged3);

-- corpus: line 2226 accepted
ALTER TABLE unlogged3 SET LOGGED;

-- corpus: line 2227 accepted
ALTER TABLE unlogged2 SET LOGGED;

-- corpus: line 2228 accepted
ALTER TABLE unlogged1 SET LOGGED;

-- corpus: line 2236 accepted
ALTER TABLE unlogged1 SET LOGGED;

-- corpus: line 2237 accepted
DROP TABLE unlogged3;

-- corpus: line 2238 accepted
DROP TABLE unlogged2;

-- corpus: line 2239 accepted
DROP TABLE unlogged1;

-- corpus: line 2242 accepted
CREATE TABLE logged1(f1 SERIAL PRIMARY KEY, f2 TEXT);

-- corpus: line 2250 accepted
CREATE TABLE logged2(f1 SERIAL PRIMARY KEY, f2 INTEGER REFERENCES logged1);

-- corpus: line 2251 accepted
CREATE TABLE logged3(f1 SERIAL PRIMARY KEY, f2 INTEGER REFERENCES logged3);

-- corpus: line 2252 accepted
ALTER TABLE logged1 SET UNLOGGED;

-- corpus: line 2253 accepted
ALTER TABLE logged3 SET UNLOGGED;

-- corpus: line 2254 accepted
ALTER TABLE logged2 SET UNLOGGED;

-- corpus: line 2255 accepted
ALTER TABLE logged1 SET UNLOGGED;

-- corpus: line 2263 accepted
ALTER TABLE logged1 SET UNLOGGED;

-- corpus: line 2264 accepted
DROP TABLE logged3;

-- corpus: line 2265 accepted
DROP TABLE logged2;

-- corpus: line 2266 accepted
DROP TABLE logged1;

-- corpus: line 2269 accepted
CREATE TABLE test_add_column(c1 integer);

-- corpus: line 2271 accepted
ALTER TABLE test_add_column
	ADD COLUMN c2 integer;

-- corpus: line 2274 accepted
ALTER TABLE test_add_column
	ADD COLUMN c2 integer;

-- corpus: line 2276 accepted
ALTER TABLE ONLY test_add_column
	ADD COLUMN c2 integer;

-- corpus: line 2279 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c2 integer;

-- corpus: line 2281 accepted
ALTER TABLE ONLY test_add_column
	ADD COLUMN IF NOT EXISTS c2 integer;

-- corpus: line 2284 accepted
ALTER TABLE test_add_column
	ADD COLUMN c2 integer, -- fail because c2 already exists
	ADD COLUMN c3 integer primary key;

-- corpus: line 2288 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c2 integer, -- skipping because c2 already exists
	ADD COLUMN c3 integer primary key;

-- corpus: line 2292 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c2 integer, -- skipping because c2 already exists
	ADD COLUMN IF NOT EXISTS c3 integer primary key;

-- corpus: line 2296 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c2 integer, -- skipping because c2 already exists
	ADD COLUMN IF NOT EXISTS c3 integer, -- skipping because c3 already exists
	ADD COLUMN c4 integer REFERENCES test_add_column;

-- corpus: line 2301 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c4 integer REFERENCES test_add_column;

-- corpus: line 2304 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c5 SERIAL CHECK (c5 > 8);

-- corpus: line 2307 accepted
ALTER TABLE test_add_column
	ADD COLUMN IF NOT EXISTS c5 SERIAL CHECK (c5 > 10);

-- corpus: line 2310 accepted
DROP TABLE test_add_column;

-- corpus: line 2314 accepted
CREATE TABLE ataddindex(f1 INT);

-- corpus: line 2316 accepted
CREATE UNIQUE INDEX ataddindexi0 ON ataddindex(f1);

-- corpus: line 2317 accepted
ALTER TABLE ataddindex
  ADD PRIMARY KEY USING INDEX ataddindexi0,
  ALTER f1 TYPE BIGINT;

-- corpus: line 2321 accepted
DROP TABLE ataddindex;

-- corpus: line 2323 accepted
CREATE TABLE ataddindex(f1 VARCHAR(10));

-- corpus: line 2325 accepted
ALTER TABLE ataddindex
  ALTER f1 SET DATA TYPE TEXT,
  ADD EXCLUDE ((f1 LIKE 'a') WITH =);

-- corpus: line 2329 accepted
DROP TABLE ataddindex;

-- corpus: line 2331 accepted
CREATE TABLE ataddindex(id int, ref_id int);

-- corpus: line 2332 accepted
ALTER TABLE ataddindex
  ADD PRIMARY KEY (id),
  ADD FOREIGN KEY (ref_id) REFERENCES ataddindex;

-- corpus: line 2336 accepted
DROP TABLE ataddindex;

-- corpus: line 2338 accepted
CREATE TABLE ataddindex(id int, ref_id int);

-- corpus: line 2339 accepted
ALTER TABLE ataddindex
  ADD UNIQUE (id),
  ADD FOREIGN KEY (ref_id) REFERENCES ataddindex (id);

-- corpus: line 2343 accepted
DROP TABLE ataddindex;

-- corpus: line 2346 accepted
CREATE TABLE partitioned (
	a int,
	b int
) PARTITION BY RANGE (a, (a+b+1));

-- corpus: line 2350 accepted
ALTER TABLE partitioned ADD EXCLUDE USING gist (a WITH &&);

-- corpus: line 2353 accepted
ALTER TABLE partitioned DROP COLUMN a;

-- corpus: line 2354 accepted
ALTER TABLE partitioned ALTER COLUMN a TYPE char(5);

-- corpus: line 2355 accepted
ALTER TABLE partitioned DROP COLUMN b;

-- corpus: line 2356 accepted
ALTER TABLE partitioned ALTER COLUMN b TYPE char(5);

-- corpus: line 2359 accepted
ALTER TABLE partitioned SET (fillfactor=100);

-- corpus: line 2362 accepted
CREATE TABLE nonpartitioned (
	a int,
	b int
);

-- corpus: line 2366 accepted
ALTER TABLE partitioned INHERIT nonpartitioned;

-- corpus: line 2367 accepted
ALTER TABLE nonpartitioned INHERIT partitioned;

-- corpus: line 2370 accepted
ALTER TABLE partitioned ADD CONSTRAINT chk_a CHECK (a > 0) NO INHERIT;

-- corpus: line 2372 accepted
DROP TABLE partitioned, nonpartitioned;

-- corpus: line 2379 accepted
CREATE TABLE unparted (
	a int
);

-- corpus: line 2382 accepted
CREATE TABLE fail_part (like unparted);

-- corpus: line 2383 accepted
ALTER TABLE unparted ATTACH PARTITION fail_part FOR VALUES IN ('a');

-- corpus: line 2384 accepted
DROP TABLE unparted, fail_part;

-- corpus: line 2387 accepted
CREATE TABLE list_parted (
	a int NOT NULL,
	b char(2) COLLATE "C",
	CONSTRAINT check_a CHECK (a > 0)
) PARTITION BY LIST (a);

-- corpus: line 2392 accepted
CREATE TABLE fail_part (LIKE list_parted);

-- corpus: line 2393 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES FROM (1) TO (10);

-- corpus: line 2394 accepted
DROP TABLE fail_part;

-- corpus: line 2397 accepted
ALTER TABLE list_parted ATTACH PARTITION nonexistent FOR VALUES IN (1);

-- corpus: line 2400 accepted
CREATE ROLE regress_test_me;

-- corpus: line 2401 accepted
CREATE ROLE regress_test_not_me;

-- corpus: line 2402 accepted
CREATE TABLE not_owned_by_me (LIKE list_parted);

-- corpus: line 2403 accepted
ALTER TABLE not_owned_by_me OWNER TO regress_test_not_me;

-- corpus: line 2405 accepted
CREATE TABLE owned_by_me (
	a int
) PARTITION BY LIST (a);

-- corpus: line 2408 accepted
ALTER TABLE owned_by_me ATTACH PARTITION not_owned_by_me FOR VALUES IN (1);

-- corpus: line 2410 accepted
DROP TABLE owned_by_me, not_owned_by_me;

-- corpus: line 2411 accepted
DROP ROLE regress_test_not_me;

-- corpus: line 2412 accepted
DROP ROLE regress_test_me;

-- corpus: line 2415 accepted
CREATE TABLE parent (LIKE list_parted);

-- corpus: line 2416 accepted
CREATE TABLE child () INHERITS (parent);

-- corpus: line 2417 accepted
ALTER TABLE list_parted ATTACH PARTITION child FOR VALUES IN (1);

-- corpus: line 2418 accepted
ALTER TABLE list_parted ATTACH PARTITION parent FOR VALUES IN (1);

-- corpus: line 2419 accepted
DROP TABLE parent CASCADE;

-- corpus: line 2422 accepted
CREATE TEMP TABLE temp_parted (a int) PARTITION BY LIST (a);

-- corpus: line 2423 accepted
CREATE TABLE perm_part (a int);

-- corpus: line 2424 accepted
ALTER TABLE temp_parted ATTACH PARTITION perm_part FOR VALUES IN (1);

-- corpus: line 2425 accepted
DROP TABLE temp_parted, perm_part;

-- corpus: line 2428 accepted
CREATE TYPE mytype AS (a int);

-- corpus: line 2429 accepted
CREATE TABLE fail_part OF mytype;

-- corpus: line 2430 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2431 accepted
DROP TYPE mytype CASCADE;

-- corpus: line 2434 accepted
CREATE TABLE fail_part (like list_parted, c int);

-- corpus: line 2435 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2436 accepted
DROP TABLE fail_part;

-- corpus: line 2439 accepted
CREATE TABLE fail_part (a int NOT NULL);

-- corpus: line 2440 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2441 accepted
DROP TABLE fail_part;

-- corpus: line 2444 accepted
CREATE TABLE fail_part (
	b char(3),
	a int NOT NULL
);

-- corpus: line 2448 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2449 accepted
ALTER TABLE fail_part ALTER b TYPE char (2) COLLATE "POSIX";

-- corpus: line 2450 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2451 accepted
DROP TABLE fail_part;

-- corpus: line 2454 accepted
CREATE TABLE fail_part (
	b char(2) COLLATE "C",
	a int NOT NULL
);

-- corpus: line 2458 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2461 accepted
ALTER TABLE fail_part ADD CONSTRAINT check_a CHECK (a >= 0);

-- corpus: line 2462 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2463 accepted
DROP TABLE fail_part;

-- corpus: line 2466 accepted
CREATE TABLE part_1 (
	a int NOT NULL,
	b char(2) COLLATE "C",
	CONSTRAINT check_a CHECK (a > 0)
);

-- corpus: line 2471 accepted
ALTER TABLE list_parted ATTACH PARTITION part_1 FOR VALUES IN (1);

-- corpus: line 2477 accepted
CREATE TABLE fail_part (LIKE part_1 INCLUDING CONSTRAINTS);

-- corpus: line 2478 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_part FOR VALUES IN (1);

-- corpus: line 2479 accepted
DROP TABLE fail_part;

-- corpus: line 2481 accepted
CREATE TABLE def_part (LIKE list_parted INCLUDING CONSTRAINTS);

-- corpus: line 2482 accepted
ALTER TABLE list_parted ATTACH PARTITION def_part DEFAULT;

-- corpus: line 2485 accepted
CREATE TABLE fail_def_part (LIKE part_1 INCLUDING CONSTRAINTS);

-- corpus: line 2486 accepted
ALTER TABLE list_parted ATTACH PARTITION fail_def_part DEFAULT;

-- corpus: line 2489 accepted
CREATE TABLE list_parted2 (
	a int,
	b char
) PARTITION BY LIST (a);

-- corpus: line 2495 accepted
CREATE TABLE part_2 (LIKE list_parted2);

-- corpus: line 2497 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_2 FOR VALUES IN (2);

-- corpus: line 2501 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_2 FOR VALUES IN (2);

-- corpus: line 2504 accepted
CREATE TABLE list_parted2_def PARTITION OF list_parted2 DEFAULT;

-- corpus: line 2506 accepted
CREATE TABLE part_3 (LIKE list_parted2);

-- corpus: line 2507 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_3 FOR VALUES IN (11);

-- corpus: line 2510 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_3 FOR VALUES IN (11);

-- corpus: line 2514 accepted
CREATE TABLE part_3_4 (
	LIKE list_parted2,
	CONSTRAINT check_a CHECK (a IN (3))
);

-- corpus: line 2522 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_3_4 FOR VALUES IN (3, 4);

-- corpus: line 2525 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_3_4;

-- corpus: line 2526 accepted
ALTER TABLE part_3_4 ALTER a SET NOT NULL;

-- corpus: line 2527 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_3_4 FOR VALUES IN (3, 4);

-- corpus: line 2530 accepted
ALTER TABLE list_parted2_def ADD CONSTRAINT check_a CHECK (a IN (5, 6));

-- corpus: line 2531 accepted
CREATE TABLE part_55_66 PARTITION OF list_parted2 FOR VALUES IN (55, 66);

-- corpus: line 2534 accepted
CREATE TABLE range_parted (
	a int,
	b int
) PARTITION BY RANGE (a, b);

-- corpus: line 2540 accepted
CREATE TABLE part1 (
	a int NOT NULL CHECK (a = 1),
	b int NOT NULL CHECK (b >= 1 AND b <= 10)
);

-- corpus: line 2546 accepted
ALTER TABLE range_parted ATTACH PARTITION part1 FOR VALUES FROM (1, 1) TO (1, 10);

-- corpus: line 2550 accepted
ALTER TABLE range_parted ATTACH PARTITION part1 FOR VALUES FROM (1, 1) TO (1, 10);

-- corpus: line 2554 accepted
CREATE TABLE part2 (
	a int NOT NULL CHECK (a = 1),
	b int NOT NULL CHECK (b >= 10 AND b < 18)
);

-- corpus: line 2558 accepted
ALTER TABLE range_parted ATTACH PARTITION part2 FOR VALUES FROM (1, 10) TO (1, 20);

-- corpus: line 2561 accepted
CREATE TABLE partr_def1 PARTITION OF range_parted DEFAULT;

-- corpus: line 2564 accepted
CREATE TABLE partr_def2 (LIKE part1 INCLUDING CONSTRAINTS);

-- corpus: line 2565 accepted
ALTER TABLE range_parted ATTACH PARTITION partr_def2 DEFAULT;

-- corpus: line 2569 accepted
CREATE TABLE part3 (LIKE range_parted);

-- corpus: line 2570 accepted
ALTER TABLE range_parted ATTACH partition part3 FOR VALUES FROM (2, 10) TO (2, 20);

-- corpus: line 2573 accepted
ALTER TABLE range_parted ATTACH partition part3 FOR VALUES FROM (3, 10) TO (3, 20);

-- corpus: line 2577 accepted
CREATE TABLE part_5 (
	LIKE list_parted2
) PARTITION BY LIST (b);

-- corpus: line 2582 accepted
CREATE TABLE part_5_a PARTITION OF part_5 FOR VALUES IN ('a');

-- corpus: line 2584 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_5 FOR VALUES IN (5);

-- corpus: line 2588 accepted
ALTER TABLE part_5 ADD CONSTRAINT check_a CHECK (a IS NOT NULL AND a = 5);

-- corpus: line 2589 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_5 FOR VALUES IN (5);

-- corpus: line 2590 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_5;

-- corpus: line 2591 accepted
ALTER TABLE part_5 DROP CONSTRAINT check_a;

-- corpus: line 2594 accepted
ALTER TABLE part_5 ADD CONSTRAINT check_a CHECK (a IN (5)), ALTER a SET NOT NULL;

-- corpus: line 2595 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_5 FOR VALUES IN (5);

-- corpus: line 2600 accepted
CREATE TABLE part_6 (
	c int,
	LIKE list_parted2,
	CONSTRAINT check_a CHECK (a IS NOT NULL AND a = 6)
);

-- corpus: line 2605 accepted
ALTER TABLE part_6 DROP c;

-- corpus: line 2606 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_6 FOR VALUES IN (6);

-- corpus: line 2611 accepted
CREATE TABLE part_7 (
	LIKE list_parted2,
	CONSTRAINT check_a CHECK (a IS NOT NULL AND a = 7)
) PARTITION BY LIST (b);

-- corpus: line 2615 accepted
CREATE TABLE part_7_a_null (
	c int,
	d int,
	e int,
	LIKE list_parted2,  -- 'a' will have attnum = 4
	CONSTRAINT check_b CHECK (b IS NULL OR b = 'a'),
	CONSTRAINT check_a CHECK (a IS NOT NULL AND a = 7)
);

-- corpus: line 2623 accepted
ALTER TABLE part_7_a_null DROP c, DROP d, DROP e;

-- corpus: line 2624 accepted
ALTER TABLE part_7 ATTACH PARTITION part_7_a_null FOR VALUES IN ('a', null);

-- corpus: line 2625 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_7 FOR VALUES IN (7);

-- corpus: line 2629 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_7;

-- corpus: line 2630 accepted
ALTER TABLE part_7 DROP CONSTRAINT check_a;

-- corpus: line 2633 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_7 FOR VALUES IN (7);

-- corpus: line 2637 accepted
ALTER TABLE part_5 DROP CONSTRAINT check_a;

-- corpus: line 2638 accepted
CREATE TABLE part5_def PARTITION OF part_5 DEFAULT PARTITION BY LIST(a);

-- corpus: line 2639 accepted
CREATE TABLE part5_def_p1 PARTITION OF part5_def FOR VALUES IN (5);

-- corpus: line 2641 accepted
CREATE TABLE part5_p1 (LIKE part_5);

-- corpus: line 2642 accepted
ALTER TABLE part_5 ATTACH PARTITION part5_p1 FOR VALUES IN ('y');

-- corpus: line 2645 accepted
ALTER TABLE part_5 ATTACH PARTITION part5_p1 FOR VALUES IN ('y');

-- corpus: line 2648 accepted
ALTER TABLE list_parted2 ATTACH PARTITION part_2 FOR VALUES IN (2);

-- corpus: line 2651 accepted
ALTER TABLE part_5 ATTACH PARTITION list_parted2 FOR VALUES IN ('b');

-- corpus: line 2652 accepted
ALTER TABLE list_parted2 ATTACH PARTITION list_parted2 FOR VALUES IN (0);

-- corpus: line 2658 accepted
CREATE TABLE quuux (a int, b text) PARTITION BY LIST (a);

-- corpus: line 2659 accepted
CREATE TABLE quuux_default PARTITION OF quuux DEFAULT PARTITION BY LIST (b);

-- corpus: line 2660 accepted
CREATE TABLE quuux_default1 PARTITION OF quuux_default (
	CONSTRAINT check_1 CHECK (a IS NOT NULL AND a = 1)
) FOR VALUES IN ('b');

-- corpus: line 2663 accepted
CREATE TABLE quuux1 (a int, b text);

-- corpus: line 2664 accepted
ALTER TABLE quuux ATTACH PARTITION quuux1 FOR VALUES IN (1);

-- corpus: line 2665 accepted
CREATE TABLE quuux2 (a int, b text);

-- corpus: line 2666 accepted
ALTER TABLE quuux ATTACH PARTITION quuux2 FOR VALUES IN (2);

-- corpus: line 2667 accepted
DROP TABLE quuux1, quuux2;

-- corpus: line 2669 accepted
CREATE TABLE quuux1 PARTITION OF quuux FOR VALUES IN (1);

-- corpus: line 2670 accepted
CREATE TABLE quuux2 PARTITION OF quuux FOR VALUES IN (2);

-- corpus: line 2671 accepted
DROP TABLE quuux;

-- corpus: line 2679 accepted
CREATE TABLE hash_parted (
	a int,
	b int
) PARTITION BY HASH (a part_test_int4_ops);

-- corpus: line 2683 accepted
CREATE TABLE hpart_1 PARTITION OF hash_parted FOR VALUES WITH (MODULUS 4, REMAINDER 0);

-- corpus: line 2684 accepted
CREATE TABLE fail_part (LIKE hpart_1);

-- corpus: line 2685 accepted
ALTER TABLE hash_parted ATTACH PARTITION fail_part FOR VALUES WITH (MODULUS 8, REMAINDER 4);

-- corpus: line 2686 accepted
ALTER TABLE hash_parted ATTACH PARTITION fail_part FOR VALUES WITH (MODULUS 8, REMAINDER 0);

-- corpus: line 2687 accepted
DROP TABLE fail_part;

-- corpus: line 2692 accepted
CREATE TABLE hpart_2 (LIKE hash_parted);

-- corpus: line 2694 accepted
ALTER TABLE hash_parted ATTACH PARTITION hpart_2 FOR VALUES WITH (MODULUS 4, REMAINDER 1);

-- corpus: line 2698 accepted
ALTER TABLE hash_parted ATTACH PARTITION hpart_2 FOR VALUES WITH (MODULUS 4, REMAINDER 1);

-- corpus: line 2702 accepted
CREATE TABLE hpart_5 (
	LIKE hash_parted
) PARTITION BY LIST (b);

-- corpus: line 2707 accepted
CREATE TABLE hpart_5_a PARTITION OF hpart_5 FOR VALUES IN ('1', '2', '3');

-- corpus: line 2709 accepted
ALTER TABLE hash_parted ATTACH PARTITION hpart_5 FOR VALUES WITH (MODULUS 4, REMAINDER 2);

-- corpus: line 2713 accepted
ALTER TABLE hash_parted ATTACH PARTITION hpart_5 FOR VALUES WITH (MODULUS 4, REMAINDER 2);

-- corpus: line 2716 accepted
CREATE TABLE fail_part(LIKE hash_parted);

-- corpus: line 2717 accepted
ALTER TABLE hash_parted ATTACH PARTITION fail_part FOR VALUES WITH (MODULUS 0, REMAINDER 1);

-- corpus: line 2718 accepted
ALTER TABLE hash_parted ATTACH PARTITION fail_part FOR VALUES WITH (MODULUS 8, REMAINDER 8);

-- corpus: line 2719 accepted
ALTER TABLE hash_parted ATTACH PARTITION fail_part FOR VALUES WITH (MODULUS 3, REMAINDER 2);

-- corpus: line 2720 accepted
DROP TABLE fail_part;

-- corpus: line 2727 accepted
CREATE TABLE regular_table (a int);

-- corpus: line 2728 accepted
ALTER TABLE regular_table DETACH PARTITION any_name;

-- corpus: line 2729 accepted
DROP TABLE regular_table;

-- corpus: line 2732 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_4;

-- corpus: line 2733 accepted
ALTER TABLE hash_parted DETACH PARTITION hpart_4;

-- corpus: line 2736 accepted
CREATE TABLE not_a_part (a int);

-- corpus: line 2737 accepted
ALTER TABLE list_parted2 DETACH PARTITION not_a_part;

-- corpus: line 2738 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_1;

-- corpus: line 2740 accepted
ALTER TABLE hash_parted DETACH PARTITION not_a_part;

-- corpus: line 2741 accepted
DROP TABLE not_a_part;

-- corpus: line 2745 accepted
ALTER TABLE list_parted2 DETACH PARTITION part_3_4;

-- corpus: line 2748 accepted
DROP TABLE part_3_4;

-- corpus: line 2751 accepted
CREATE TABLE range_parted2 (
    a int
) PARTITION BY RANGE(a);

-- corpus: line 2754 accepted
CREATE TABLE part_rp PARTITION OF range_parted2 FOR VALUES FROM (0) to (100);

-- corpus: line 2755 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rp;

-- corpus: line 2756 accepted
DROP TABLE range_parted2;

-- corpus: line 2758 accepted
DROP TABLE part_rp;

-- corpus: line 2761 accepted
CREATE TABLE range_parted2 (
	a int
) PARTITION BY RANGE(a);

-- corpus: line 2764 accepted
CREATE TABLE part_rp PARTITION OF range_parted2 FOR VALUES FROM (0) to (100);

-- corpus: line 2767 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rp CONCURRENTLY;

-- corpus: line 2769 accepted
CREATE TABLE part_rpd PARTITION OF range_parted2 DEFAULT;

-- corpus: line 2771 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rp CONCURRENTLY;

-- corpus: line 2773 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rpd CONCURRENTLY;

-- corpus: line 2774 accepted
DROP TABLE part_rpd;

-- corpus: line 2776 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rp CONCURRENTLY;

-- corpus: line 2780 accepted
CREATE TABLE part_rp100 PARTITION OF range_parted2 (CHECK (a>=123 AND a<133 AND a IS NOT NULL)) FOR VALUES FROM (100) to (200);

-- corpus: line 2781 accepted
ALTER TABLE range_parted2 DETACH PARTITION part_rp100 CONCURRENTLY;

-- corpus: line 2784 accepted
DROP TABLE range_parted2;

-- corpus: line 2789 accepted
ALTER TABLE ONLY list_parted2 ADD COLUMN c int;

-- corpus: line 2790 accepted
ALTER TABLE ONLY list_parted2 DROP COLUMN b;

-- corpus: line 2793 accepted
ALTER TABLE part_2 ADD COLUMN c text;

-- corpus: line 2794 accepted
ALTER TABLE part_2 DROP COLUMN b;

-- corpus: line 2797 accepted
ALTER TABLE part_2 RENAME COLUMN b to c;

-- corpus: line 2798 accepted
ALTER TABLE part_2 ALTER COLUMN b TYPE text;

-- corpus: line 2802 accepted
ALTER TABLE ONLY list_parted2 ALTER b SET NOT NULL;

-- corpus: line 2803 accepted
ALTER TABLE ONLY list_parted2 ADD CONSTRAINT check_b CHECK (b <> 'zz');

-- corpus: line 2805 accepted
ALTER TABLE list_parted2 ALTER b SET NOT NULL;

-- corpus: line 2806 accepted
ALTER TABLE ONLY list_parted2 ALTER b DROP NOT NULL;

-- corpus: line 2807 accepted
ALTER TABLE list_parted2 ADD CONSTRAINT check_b CHECK (b <> 'zz');

-- corpus: line 2808 accepted
ALTER TABLE ONLY list_parted2 DROP CONSTRAINT check_b;

-- corpus: line 2811 accepted
CREATE TABLE parted_no_parts (a int) PARTITION BY LIST (a);

-- corpus: line 2812 accepted
ALTER TABLE ONLY parted_no_parts ALTER a SET NOT NULL;

-- corpus: line 2813 accepted
ALTER TABLE ONLY parted_no_parts ADD CONSTRAINT check_a CHECK (a > 0);

-- corpus: line 2814 accepted
ALTER TABLE ONLY parted_no_parts ALTER a DROP NOT NULL;

-- corpus: line 2815 accepted
ALTER TABLE ONLY parted_no_parts DROP CONSTRAINT check_a;

-- corpus: line 2816 accepted
DROP TABLE parted_no_parts;

-- corpus: line 2819 accepted
ALTER TABLE list_parted2 ALTER b SET NOT NULL, ADD CONSTRAINT check_a2 CHECK (a > 0);

-- corpus: line 2820 accepted
ALTER TABLE part_2 ALTER b DROP NOT NULL;

-- corpus: line 2821 accepted
ALTER TABLE part_2 DROP CONSTRAINT check_a2;

-- corpus: line 2824 accepted
ALTER TABLE list_parted2 add constraint check_b2 check (b <> 'zz') NO INHERIT;

-- corpus: line 2827 accepted
CREATE TABLE inh_test () INHERITS (part_2);

-- corpus: line 2828 accepted
CREATE TABLE inh_test (LIKE part_2);

-- corpus: line 2829 accepted
ALTER TABLE inh_test INHERIT part_2;

-- corpus: line 2830 accepted
ALTER TABLE part_2 INHERIT inh_test;

-- corpus: line 2835 accepted
ALTER TABLE list_parted2 DROP COLUMN b;

-- corpus: line 2836 accepted
ALTER TABLE list_parted2 ALTER COLUMN b TYPE text;

-- corpus: line 2839 accepted
ALTER TABLE list_parted DROP COLUMN b;

-- corpus: line 2843 accepted
DROP TABLE list_parted, list_parted2, range_parted;

-- corpus: line 2844 accepted
DROP TABLE fail_def_part;

-- corpus: line 2845 accepted
DROP TABLE hash_parted;

-- corpus: line 2848 accepted
create table p (a int, b int) partition by range (a, b);

-- corpus: line 2849 accepted
create table p1 (b int, a int not null) partition by range (b);

-- corpus: line 2850 accepted
create table p11 (like p1);

-- corpus: line 2851 accepted
alter table p11 drop a;

-- corpus: line 2852 accepted
alter table p11 add a int;

-- corpus: line 2853 accepted
alter table p11 drop a;

-- corpus: line 2854 accepted
alter table p11 add a int not null;

-- corpus: line 2864 accepted
alter table p1 attach partition p11 for values from (2) to (5);

-- corpus: line 2868 accepted
alter table p attach partition p1 for values from (1, 2) to (1, 10);

-- corpus: line 2871 accepted
drop table p;

-- corpus: line 2872 accepted
drop table p1;

-- corpus: line 2875 accepted
create table parted_validate_test (a int) partition by list (a);

-- corpus: line 2876 accepted
create table parted_validate_test_1 partition of parted_validate_test for values in (0, 1);

-- corpus: line 2877 accepted
alter table parted_validate_test add constraint parted_validate_test_chka check (a > 0) not valid;

-- corpus: line 2878 accepted
alter table parted_validate_test validate constraint parted_validate_test_chka;

-- corpus: line 2879 accepted
drop table parted_validate_test;

-- corpus: line 2881 accepted
CREATE TABLE attmp(i integer);

-- corpus: line 2883 accepted
ALTER TABLE attmp ALTER COLUMN i SET (n_distinct = 1, n_distinct_inherited = 2);

-- corpus: line 2884 accepted
ALTER TABLE attmp ALTER COLUMN i RESET (n_distinct_inherited);

-- corpus: line 2886 accepted
DROP TABLE attmp;

-- corpus: line 2888 accepted
DROP USER regress_alter_table_user1;

-- corpus: line 2892 accepted
create table defpart_attach_test (a int) partition by list (a);

-- corpus: line 2893 accepted
create table defpart_attach_test1 partition of defpart_attach_test for values in (1);

-- corpus: line 2894 accepted
create table defpart_attach_test_d (b int, a int);

-- corpus: line 2895 accepted
alter table defpart_attach_test_d drop b;

-- corpus: line 2900 accepted
alter table defpart_attach_test attach partition defpart_attach_test_d default;

-- corpus: line 2902 accepted
alter table defpart_attach_test_d add check (a > 1);

-- corpus: line 2905 accepted
alter table defpart_attach_test attach partition defpart_attach_test_d default;

-- corpus: line 2910 accepted
create table defpart_attach_test_2 (like defpart_attach_test_d);

-- corpus: line 2911 accepted
alter table defpart_attach_test attach partition defpart_attach_test_2 for values in (2);

-- corpus: line 2913 accepted
drop table defpart_attach_test;

-- corpus: line 2917 accepted
create table perm_part_parent (a int) partition by list (a);

-- corpus: line 2918 accepted
create temp table temp_part_parent (a int) partition by list (a);

-- corpus: line 2919 accepted
create table perm_part_child (a int);

-- corpus: line 2920 accepted
create temp table temp_part_child (a int);

-- corpus: line 2921 accepted
alter table temp_part_parent attach partition perm_part_child default;

-- corpus: line 2922 accepted
alter table perm_part_parent attach partition temp_part_child default;

-- corpus: line 2923 accepted
alter table temp_part_parent attach partition temp_part_child default;

-- corpus: line 2924 accepted
drop table perm_part_parent cascade;

-- corpus: line 2925 accepted
drop table temp_part_parent cascade;

-- corpus: line 2929 accepted
create table tab_part_attach (a int) partition by list (a);

-- corpus: line 2930 accepted
create or replace function func_part_attach() returns trigger
  language plpgsql as $$
  begin
    execute 'create table tab_part_attach_1 (a int)';
    execute 'alter table tab_part_attach attach partition tab_part_attach_1 for values in (1)';
    return null;
  end $$;

-- corpus: line 2937 accepted
create trigger trig_part_attach before insert on tab_part_attach
  for each statement execute procedure func_part_attach();

-- corpus: line 2940 accepted
drop table tab_part_attach;

-- corpus: line 2941 accepted
drop function func_part_attach();

-- corpus: line 2946 accepted
create function at_test_sql_partop (int4, int4) returns int language sql
as $$ select case when $1 = $2 then 0 when $1 > $2 then 1 else -1 end; $$;

-- corpus: line 2948 accepted
create operator class at_test_sql_partop for type int4 using btree as
    operator 1 < (int4, int4), operator 2 <= (int4, int4),
    operator 3 = (int4, int4), operator 4 >= (int4, int4),
    operator 5 > (int4, int4), function 1 at_test_sql_partop(int4, int4);

-- corpus: line 2952 accepted
create table at_test_sql_partop (a int) partition by range (a at_test_sql_partop);

-- corpus: line 2953 accepted
create table at_test_sql_partop_1 (a int);

-- corpus: line 2954 accepted
alter table at_test_sql_partop attach partition at_test_sql_partop_1 for values from (0) to (10);

-- corpus: line 2955 accepted
drop table at_test_sql_partop;

-- corpus: line 2956 accepted
drop operator class at_test_sql_partop using btree;

-- corpus: line 2957 accepted
drop function at_test_sql_partop;

-- corpus: line 2965 accepted
create table bar1 (a integer, b integer not null default 1)
  partition by range (a);

-- corpus: line 2967 accepted
create table bar2 (a integer);

-- corpus: line 2969 accepted
alter table bar2 add column b integer not null default 1;

-- corpus: line 2971 accepted
alter table bar1 attach partition bar2 default;

-- corpus: line 2977 accepted
create function xtrig()
  returns trigger language plpgsql
as $$
  declare
    r record;
  begin
    for r in select * from old loop
      raise info 'a=%, b=%', r.a, r.b;
    end loop;
    return NULL;
  end;
$$;

-- corpus: line 2989 accepted
create trigger xtrig
  after update on bar1
  referencing old table as old
  for each statement execute procedure xtrig();

-- corpus: line 3000 accepted
create table attbl (p1 int constraint pk_attbl primary key);

-- corpus: line 3001 accepted
create table atref (c1 int references attbl(p1));

-- corpus: line 3002 accepted
cluster attbl using pk_attbl;

-- corpus: line 3003 accepted
alter table attbl alter column p1 set data type bigint;

-- corpus: line 3004 accepted
alter table atref alter column c1 set data type bigint;

-- corpus: line 3005 accepted
drop table attbl, atref;

-- corpus: line 3007 accepted
create table attbl (p1 int constraint pk_attbl primary key);

-- corpus: line 3008 accepted
alter table attbl replica identity using index pk_attbl;

-- corpus: line 3009 accepted
create table atref (c1 int references attbl(p1));

-- corpus: line 3010 accepted
alter table attbl alter column p1 set data type bigint;

-- corpus: line 3011 accepted
alter table atref alter column c1 set data type bigint;

-- corpus: line 3012 accepted
drop table attbl, atref;

-- corpus: line 3018 accepted
create table alttype_cluster (a int);

-- corpus: line 3019 accepted
alter table alttype_cluster add primary key (a);

-- corpus: line 3020 accepted
create index alttype_cluster_ind on alttype_cluster (a);

-- corpus: line 3021 accepted
alter table alttype_cluster cluster on alttype_cluster_ind;

-- corpus: line 3026 accepted
alter table alttype_cluster alter a type bigint;

-- corpus: line 3031 accepted
alter table alttype_cluster cluster on alttype_cluster_pkey;

-- corpus: line 3035 accepted
alter table alttype_cluster alter a type int;

-- corpus: line 3039 accepted
drop table alttype_cluster;

-- corpus: line 3045 accepted
create table target_parted (a int, b int) partition by list (a);

-- corpus: line 3046 accepted
create table attach_parted (a int, b int) partition by list (b);

-- corpus: line 3047 accepted
create table attach_parted_part1 partition of attach_parted for values in (1);

-- corpus: line 3053 accepted
alter table target_parted attach partition attach_parted for values in (1);

-- corpus: line 3057 accepted
alter table target_parted detach partition attach_parted;

-- corpus: line 3061 accepted
create schema alter1;

-- corpus: line 3062 accepted
create schema alter2;

-- corpus: line 3063 accepted
create table alter1.t1 (a int);

-- corpus: line 3065 accepted
create publication pub1 for table alter1.t1, tables in schema alter2;

-- corpus: line 3067 accepted
alter table alter1.t1 set schema alter2;

-- corpus: line 3069 accepted
drop publication pub1;

-- corpus: line 3070 accepted
drop schema alter1 cascade;

-- corpus: line 3071 accepted
drop schema alter2 cascade;
