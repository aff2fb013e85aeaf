-- corpus: line 9 accepted
CREATE TABLE PKTABLE ( ptest1 int PRIMARY KEY, ptest2 text );

-- corpus: line 10 accepted
CREATE TABLE FKTABLE ( ftest1 int REFERENCES PKTABLE MATCH FULL ON DELETE CASCADE ON UPDATE CASCADE, ftest2 int );

-- corpus: line 43 accepted
DROP TABLE FKTABLE;

-- corpus: line 44 accepted
DROP TABLE PKTABLE;

-- corpus: line 49 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 text, PRIMARY KEY(ptest1, ptest2) );

-- corpus: line 50 accepted
CREATE TABLE FKTABLE ( ftest1 int, ftest2 int, ftest3 int, CONSTRAINT constrname FOREIGN KEY(ftest1, ftest2)
                       REFERENCES PKTABLE MATCH FULL ON DELETE SET NULL ON UPDATE SET NULL);

-- corpus: line 54 accepted
COMMENT ON CONSTRAINT constrname_wrong ON FKTABLE IS 'fk constraint comment';

-- corpus: line 55 accepted
COMMENT ON CONSTRAINT constrname ON FKTABLE IS 'fk constraint comment';

-- corpus: line 56 accepted
COMMENT ON CONSTRAINT constrname ON FKTABLE IS NULL;

-- corpus: line 107 accepted
ALTER TABLE PKTABLE ALTER COLUMN ptest1 TYPE bigint;

-- corpus: line 108 accepted
ALTER TABLE FKTABLE ALTER COLUMN ftest1 TYPE bigint;

-- corpus: line 112 accepted
DROP TABLE PKTABLE CASCADE;

-- corpus: line 113 accepted
DROP TABLE FKTABLE;

-- corpus: line 118 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 text, PRIMARY KEY(ptest1, ptest2) );

-- corpus: line 119 accepted
CREATE TABLE FKTABLE ( ftest1 int DEFAULT -1, ftest2 int DEFAULT -2, ftest3 int, CONSTRAINT constrname2 FOREIGN KEY(ftest1, ftest2)
                       REFERENCES PKTABLE MATCH FULL ON DELETE SET DEFAULT ON UPDATE SET DEFAULT);

-- corpus: line 168 accepted
DROP TABLE PKTABLE;

-- corpus: line 169 accepted
DROP TABLE PKTABLE CASCADE;

-- corpus: line 170 accepted
DROP TABLE FKTABLE;

-- corpus: line 176 accepted
CREATE TABLE PKTABLE ( ptest1 int PRIMARY KEY, ptest2 text );

-- corpus: line 177 accepted
CREATE TABLE FKTABLE ( ftest1 int REFERENCES PKTABLE MATCH FULL, ftest2 int );

-- corpus: line 219 accepted
DROP TABLE FKTABLE;

-- corpus: line 220 accepted
DROP TABLE PKTABLE;

-- corpus: line 225 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, PRIMARY KEY(ptest1, ptest2) );

-- corpus: line 226 accepted
CREATE TABLE FKTABLE ( ftest1 int, ftest2 int );

-- corpus: line 231 accepted
ALTER TABLE FKTABLE ADD FOREIGN KEY(ftest1, ftest2) REFERENCES PKTABLE MATCH FULL;

-- corpus: line 233 accepted
DROP TABLE FKTABLE;

-- corpus: line 234 accepted
DROP TABLE PKTABLE;

-- corpus: line 240 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 int, ptest4 text, PRIMARY KEY(ptest1, ptest2, ptest3) );

-- corpus: line 241 accepted
CREATE TABLE FKTABLE ( ftest1 int, ftest2 int, ftest3 int, ftest4 int,  CONSTRAINT constrname3
			FOREIGN KEY(ftest1, ftest2, ftest3) REFERENCES PKTABLE);

-- corpus: line 280 accepted
DROP TABLE FKTABLE;

-- corpus: line 281 accepted
DROP TABLE PKTABLE;

-- corpus: line 284 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 int, ptest4 text, UNIQUE(ptest1, ptest2, ptest3) );

-- corpus: line 285 accepted
CREATE TABLE FKTABLE ( ftest1 int, ftest2 int, ftest3 int, ftest4 int,  CONSTRAINT constrname3
			FOREIGN KEY(ftest1, ftest2, ftest3) REFERENCES PKTABLE (ptest1, ptest2, ptest3));

-- corpus: line 299 accepted
DROP TABLE FKTABLE;

-- corpus: line 300 accepted
DROP TABLE PKTABLE;

-- corpus: line 303 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 int, ptest4 text, PRIMARY KEY(ptest1, ptest2, ptest3) );

-- corpus: line 304 accepted
CREATE TABLE FKTABLE ( ftest1 int, ftest2 int, ftest3 int, ftest4 int,  CONSTRAINT constrname3
			FOREIGN KEY(ftest1, ftest2, ftest3) REFERENCES PKTABLE
			ON DELETE CASCADE ON UPDATE CASCADE);

-- corpus: line 351 accepted
DROP TABLE FKTABLE;

-- corpus: line 352 accepted
DROP TABLE PKTABLE;

-- corpus: line 355 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 int, ptest4 text, PRIMARY KEY(ptest1, ptest2, ptest3) );

-- corpus: line 356 accepted
CREATE TABLE FKTABLE ( ftest1 int DEFAULT 0, ftest2 int, ftest3 int, ftest4 int,  CONSTRAINT constrname3
			FOREIGN KEY(ftest1, ftest2, ftest3) REFERENCES PKTABLE
			ON DELETE SET DEFAULT ON UPDATE SET NULL);

-- corpus: line 404 accepted
DROP TABLE FKTABLE;

-- corpus: line 405 accepted
DROP TABLE PKTABLE;

-- corpus: line 408 accepted
CREATE TABLE PKTABLE ( ptest1 int, ptest2 int, ptest3 int, ptest4 text, PRIMARY KEY(ptest1, ptest2, ptest3) );

-- corpus: line 409 accepted
CREATE TABLE FKTABLE ( ftest1 int DEFAULT 0, ftest2 int DEFAULT -1, ftest3 int DEFAULT -2, ftest4 int, CONSTRAINT constrname3
			FOREIGN KEY(ftest1, ftest2, ftest3) REFERENCES PKTABLE
			ON DELETE SET NULL ON UPDATE SET DEFAULT);

-- corpus: line 463 accepted
DROP TABLE FKTABLE;

-- corpus: line 464 accepted
DROP TABLE PKTABLE;

-- corpus: line 467 accepted
CREATE TABLE PKTABLE (tid int, id int, PRIMARY KEY (tid, id));

-- corpus: line 468 accepted
CREATE TABLE FKTABLE (tid int, id int, foo int, FOREIGN KEY (tid, id) REFERENCES PKTABLE ON DELETE SET NULL (bar));

-- corpus: line 469 accepted
CREATE TABLE FKTABLE (tid int, id int, foo int, FOREIGN KEY (tid, id) REFERENCES PKTABLE ON DELETE SET NULL (foo));

-- corpus: line 470 rejected 0A000 a column list with SET NULL is only supported for ON DELETE actions
CREATE TABLE FKTABLE (tid int, id int, foo int, FOREIGN KEY (tid, foo) REFERENCES PKTABLE ON UPDATE SET NULL (foo));

-- corpus: line 471 accepted
CREATE TABLE FKTABLE (
  tid int, id int,
  fk_id_del_set_null int,
  fk_id_del_set_default int DEFAULT 0,
  FOREIGN KEY (tid, fk_id_del_set_null) REFERENCES PKTABLE ON DELETE SET NULL (fk_id_del_set_null),
  FOREIGN KEY (tid, fk_id_del_set_default) REFERENCES PKTABLE ON DELETE SET DEFAULT (fk_id_del_set_default)
);

-- corpus: line 490 accepted
DROP TABLE FKTABLE;

-- corpus: line 491 accepted
DROP TABLE PKTABLE;

-- corpus: line 494 accepted
CREATE TABLE PKTABLE (ptest1 int PRIMARY KEY, someoid oid);

-- corpus: line 495 accepted
CREATE TABLE FKTABLE_FAIL1 ( ftest1 int, CONSTRAINT fkfail1 FOREIGN KEY (ftest2) REFERENCES PKTABLE);

-- corpus: line 496 accepted
CREATE TABLE FKTABLE_FAIL2 ( ftest1 int, CONSTRAINT fkfail1 FOREIGN KEY (ftest1) REFERENCES PKTABLE(ptest2));

-- corpus: line 497 accepted
CREATE TABLE FKTABLE_FAIL3 ( ftest1 int, CONSTRAINT fkfail1 FOREIGN KEY (tableoid) REFERENCES PKTABLE(someoid));

-- corpus: line 498 accepted
CREATE TABLE FKTABLE_FAIL4 ( ftest1 oid, CONSTRAINT fkfail1 FOREIGN KEY (ftest1) REFERENCES PKTABLE(tableoid));

-- corpus: line 500 accepted
DROP TABLE PKTABLE;

-- corpus: line 503 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 int, UNIQUE(ptest1, ptest2));

-- corpus: line 504 accepted
CREATE TABLE FKTABLE_FAIL1 (ftest1 int REFERENCES pktable(ptest1));

-- corpus: line 506 accepted
DROP TABLE FKTABLE_FAIL1;

-- corpus: line 507 accepted
DROP TABLE PKTABLE;

-- corpus: line 513 accepted
CREATE TABLE PKTABLE (ptest1 int PRIMARY KEY);

-- corpus: line 516 accepted
CREATE TABLE FKTABLE (ftest1 inet REFERENCES pktable);

-- corpus: line 519 accepted
CREATE TABLE FKTABLE (ftest1 inet REFERENCES pktable(ptest1));

-- corpus: line 522 accepted
CREATE TABLE FKTABLE (ftest1 int8 REFERENCES pktable);

-- corpus: line 528 accepted
DROP TABLE FKTABLE;

-- corpus: line 532 accepted
CREATE TABLE FKTABLE (ftest1 numeric REFERENCES pktable);

-- corpus: line 533 accepted
DROP TABLE PKTABLE;

-- corpus: line 536 accepted
CREATE TABLE PKTABLE (ptest1 numeric PRIMARY KEY);

-- corpus: line 538 accepted
CREATE TABLE FKTABLE (ftest1 int REFERENCES pktable);

-- corpus: line 544 accepted
DROP TABLE FKTABLE;

-- corpus: line 545 accepted
DROP TABLE PKTABLE;

-- corpus: line 548 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, PRIMARY KEY(ptest1, ptest2));

-- corpus: line 550 accepted
CREATE TABLE FKTABLE (ftest1 cidr, ftest2 timestamp, FOREIGN KEY(ftest1, ftest2) REFERENCES pktable);

-- corpus: line 552 accepted
CREATE TABLE FKTABLE (ftest1 cidr, ftest2 timestamp, FOREIGN KEY(ftest1, ftest2) REFERENCES pktable(ptest1, ptest2));

-- corpus: line 554 accepted
CREATE TABLE FKTABLE (ftest1 int, ftest2 inet, FOREIGN KEY(ftest2, ftest1) REFERENCES pktable);

-- corpus: line 556 accepted
CREATE TABLE FKTABLE (ftest1 int, ftest2 inet, FOREIGN KEY(ftest2, ftest1) REFERENCES pktable(ptest1, ptest2));

-- corpus: line 558 accepted
CREATE TABLE FKTABLE (ftest1 int, ftest2 inet, FOREIGN KEY(ftest1, ftest2) REFERENCES pktable(ptest2, ptest1));

-- corpus: line 560 accepted
CREATE TABLE FKTABLE (ftest1 int, ftest2 inet, FOREIGN KEY(ftest2, ftest1) REFERENCES pktable(ptest2, ptest1));

-- corpus: line 561 accepted
DROP TABLE FKTABLE;

-- corpus: line 563 accepted
CREATE TABLE FKTABLE (ftest1 int, ftest2 inet, FOREIGN KEY(ftest1, ftest2) REFERENCES pktable(ptest1, ptest2));

-- corpus: line 564 accepted
DROP TABLE FKTABLE;

-- corpus: line 565 accepted
DROP TABLE PKTABLE;

-- corpus: line 569 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, ptest3 int, ptest4 inet, PRIMARY KEY(ptest1, ptest2), FOREIGN KEY(ptest3,
ptest4) REFERENCES pktable(ptest1, ptest2));

-- corpus: line 571 accepted
DROP TABLE PKTABLE;

-- corpus: line 573 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, ptest3 int, ptest4 inet, PRIMARY KEY(ptest1, ptest2), FOREIGN KEY(ptest3,
ptest4) REFERENCES pktable);

-- corpus: line 575 accepted
DROP TABLE PKTABLE;

-- corpus: line 577 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, ptest3 int, ptest4 inet, PRIMARY KEY(ptest1, ptest2), FOREIGN KEY(ptest3,
ptest4) REFERENCES pktable(ptest2, ptest1));

-- corpus: line 580 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, ptest3 int, ptest4 inet, PRIMARY KEY(ptest1, ptest2), FOREIGN KEY(ptest4,
ptest3) REFERENCES pktable(ptest1, ptest2));

-- corpus: line 583 accepted
CREATE TABLE PKTABLE (ptest1 int, ptest2 inet, ptest3 int, ptest4 inet, PRIMARY KEY(ptest1, ptest2), FOREIGN KEY(ptest4,
ptest3) REFERENCES pktable);

-- corpus: line 589 accepted
create table pktable_base (base1 int not null);

-- corpus: line 590 accepted
create table pktable (ptest1 int, primary key(base1), unique(base1, ptest1)) inherits (pktable_base);

-- corpus: line 591 accepted
create table fktable (ftest1 int references pktable(base1));

-- corpus: line 610 accepted
drop table fktable;

-- corpus: line 614 accepted
create table fktable (ftest1 int, ftest2 int, foreign key(ftest1, ftest2) references pktable(base1, ptest1));

-- corpus: line 633 accepted
drop table fktable;

-- corpus: line 634 accepted
drop table pktable;

-- corpus: line 635 accepted
drop table pktable_base;

-- corpus: line 638 accepted
create table pktable_base(base1 int not null, base2 int);

-- corpus: line 639 accepted
create table pktable(ptest1 int, ptest2 int, primary key(base1, ptest1), foreign key(base2, ptest2) references
                                             pktable(base1, ptest1)) inherits (pktable_base);

-- corpus: line 654 accepted
drop table pktable;

-- corpus: line 655 accepted
drop table pktable_base;

-- corpus: line 658 accepted
create table pktable_base(base1 int not null);

-- corpus: line 659 accepted
create table pktable(ptest1 inet, primary key(base1, ptest1)) inherits (pktable_base);

-- corpus: line 661 accepted
create table fktable(ftest1 cidr, ftest2 int[], foreign key (ftest1, ftest2) references pktable);

-- corpus: line 662 accepted
create table fktable(ftest1 cidr, ftest2 int[], foreign key (ftest1, ftest2) references pktable(base1, ptest1));

-- corpus: line 664 accepted
create table fktable(ftest1 int, ftest2 inet, foreign key(ftest2, ftest1) references pktable);

-- corpus: line 665 accepted
create table fktable(ftest1 int, ftest2 inet, foreign key(ftest2, ftest1) references pktable(base1, ptest1));

-- corpus: line 666 accepted
create table fktable(ftest1 int, ftest2 inet, foreign key(ftest1, ftest2) references pktable(ptest1, base1));

-- corpus: line 667 accepted
drop table pktable;

-- corpus: line 668 accepted
drop table pktable_base;

-- corpus: line 671 accepted
create table pktable_base(base1 int not null, base2 int);

-- corpus: line 672 accepted
create table pktable(ptest1 inet, ptest2 inet[], primary key(base1, ptest1), foreign key(base2, ptest2) references
                                             pktable(base1, ptest1)) inherits (pktable_base);

-- corpus: line 674 accepted
create table pktable(ptest1 inet, ptest2 inet, primary key(base1, ptest1), foreign key(base2, ptest2) references
                                             pktable(ptest1, base1)) inherits (pktable_base);

-- corpus: line 676 accepted
create table pktable(ptest1 inet, ptest2 inet, primary key(base1, ptest1), foreign key(ptest2, base2) references
                                             pktable(base1, ptest1)) inherits (pktable_base);

-- corpus: line 678 accepted
create table pktable(ptest1 inet, ptest2 inet, primary key(base1, ptest1), foreign key(ptest2, base2) references
                                             pktable(base1, ptest1)) inherits (pktable_base);

-- corpus: line 680 accepted
drop table pktable;

-- corpus: line 681 accepted
drop table pktable_base;

-- corpus: line 688 accepted
CREATE TABLE pktable (
	id		INT4 PRIMARY KEY,
	other	INT4
);

-- corpus: line 693 accepted
CREATE TABLE fktable (
	id		INT4 PRIMARY KEY,
	fk		INT4 REFERENCES pktable DEFERRABLE
);

-- corpus: line 711 accepted
DROP TABLE fktable, pktable;

-- corpus: line 714 accepted
CREATE TABLE pktable (
	id		INT4 PRIMARY KEY,
	other	INT4
);

-- corpus: line 719 accepted
CREATE TABLE fktable (
	id		INT4 PRIMARY KEY,
	fk		INT4 REFERENCES pktable DEFERRABLE INITIALLY DEFERRED
);

-- corpus: line 742 accepted
DROP TABLE fktable, pktable;

-- corpus: line 748 accepted
CREATE TABLE pktable (
	id		INT4 PRIMARY KEY,
	other	INT4
);

-- corpus: line 753 accepted
CREATE TABLE fktable (
	id		INT4 PRIMARY KEY,
	fk		INT4 REFERENCES pktable DEFERRABLE
);

-- corpus: line 772 accepted
DROP TABLE fktable, pktable;

-- corpus: line 775 accepted
CREATE TABLE pktable (
	id		INT4 PRIMARY KEY,
	other	INT4
);

-- corpus: line 780 accepted
CREATE TABLE fktable (
	id		INT4 PRIMARY KEY,
	fk		INT4 REFERENCES pktable DEFERRABLE INITIALLY DEFERRED
);

-- corpus: line 793 accepted
DROP TABLE pktable, fktable;

-- corpus: line 798 accepted
CREATE TEMP TABLE pktable (
        id1     INT4 PRIMARY KEY,
        id2     VARCHAR(4) UNIQUE,
        id3     REAL UNIQUE,
        UNIQUE(id1, id2, id3)
);

-- corpus: line 805 accepted
CREATE TEMP TABLE fktable (
        x1      INT4 REFERENCES pktable(id1),
        x2      VARCHAR(4) REFERENCES pktable(id2),
        x3      REAL REFERENCES pktable(id3),
        x4      TEXT,
        x5      INT2
);

-- corpus: line 818 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_2_3
FOREIGN KEY (x2) REFERENCES pktable(id3);

-- corpus: line 822 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_2_1
FOREIGN KEY (x2) REFERENCES pktable(id1);

-- corpus: line 826 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_3_1
FOREIGN KEY (x3) REFERENCES pktable(id1);

-- corpus: line 830 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_1_2
FOREIGN KEY (x1) REFERENCES pktable(id2);

-- corpus: line 836 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_1_3
FOREIGN KEY (x1) REFERENCES pktable(id3);

-- corpus: line 840 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_4_2
FOREIGN KEY (x4) REFERENCES pktable(id2);

-- corpus: line 844 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_5_1
FOREIGN KEY (x5) REFERENCES pktable(id1);

-- corpus: line 851 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_123_123
FOREIGN KEY (x1,x2,x3) REFERENCES pktable(id1,id2,id3);

-- corpus: line 854 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_213_213
FOREIGN KEY (x2,x1,x3) REFERENCES pktable(id2,id1,id3);

-- corpus: line 857 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_253_213
FOREIGN KEY (x2,x5,x3) REFERENCES pktable(id2,id1,id3);

-- corpus: line 862 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_123_231
FOREIGN KEY (x1,x2,x3) REFERENCES pktable(id2,id3,id1);

-- corpus: line 865 accepted
ALTER TABLE fktable ADD CONSTRAINT fk_241_132
FOREIGN KEY (x2,x4,x1) REFERENCES pktable(id1,id3,id2);

-- corpus: line 868 accepted
DROP TABLE pktable, fktable;

-- corpus: line 877 accepted
CREATE TEMP TABLE pktable (
    id int primary key,
    other int
);

-- corpus: line 882 accepted
CREATE TEMP TABLE fktable (
    id int primary key,
    fk int references pktable deferrable initially deferred
);

-- corpus: line 955 accepted
ALTER TABLE fktable ALTER CONSTRAINT fktable_fk_fkey DEFERRABLE INITIALLY IMMEDIATE;

-- corpus: line 972 accepted
ALTER TABLE fktable ALTER CONSTRAINT fktable_fk_fkey NOT DEFERRABLE;

-- corpus: line 974 rejected 42601 constraint declared INITIALLY DEFERRED must be DEFERRABLE
ALTER TABLE fktable ALTER CONSTRAINT fktable_fk_fkey NOT DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 980 accepted
CREATE TEMP TABLE users (
  id INT PRIMARY KEY,
  name VARCHAR NOT NULL
);

-- corpus: line 989 accepted
CREATE TEMP TABLE tasks (
  id INT PRIMARY KEY,
  owner INT REFERENCES users ON UPDATE CASCADE ON DELETE SET NULL,
  worker INT REFERENCES users ON UPDATE CASCADE ON DELETE SET NULL,
  checked_by INT REFERENCES users ON UPDATE CASCADE ON DELETE SET NULL
);

-- corpus: line 1021 accepted
create temp table selfref (
    a int primary key,
    b int,
    foreign key (b) references selfref (a)
        on update cascade on delete cascade
);

-- corpus: line 1043 accepted
create temp table defp (f1 int primary key);

-- corpus: line 1044 accepted
create temp table defc (f1 int default 0
                        references defp on delete set default);

-- corpus: line 1052 accepted
alter table defc alter column f1 set default 1;

-- corpus: line 1060 accepted
create temp table pp (f1 int primary key);

-- corpus: line 1061 accepted
create temp table cc (f1 int references pp on update no action on delete no action);

-- corpus: line 1069 accepted
drop table pp, cc;

-- corpus: line 1071 accepted
create temp table pp (f1 int primary key);

-- corpus: line 1072 accepted
create temp table cc (f1 int references pp on update restrict on delete restrict);

-- corpus: line 1079 accepted
drop table pp, cc;

-- corpus: line 1084 accepted
create temp table t1 (a integer primary key, b text);

-- corpus: line 1085 accepted
create temp table t2 (a integer primary key, b integer references t1);

-- corpus: line 1086 accepted
create rule r1 as on delete to t1 do delete from t2 where t2.b = old.a;

-- corpus: line 1093 accepted
create table pktable2 (a int, b int, c int, d int, e int, primary key (d, e));

-- corpus: line 1094 accepted
create table fktable2 (d int, e int, foreign key (d, e) references pktable2);

-- corpus: line 1099 accepted
drop table pktable2, fktable2;

-- corpus: line 1102 accepted
create table pktable1 (a int primary key);

-- corpus: line 1103 accepted
create table pktable2 (a int, b int, primary key (a, b));

-- corpus: line 1104 accepted
create table fktable2 (
  a int,
  b int,
  very_very_long_column_name_to_exceed_63_characters int,
  foreign key (very_very_long_column_name_to_exceed_63_characters) references pktable1,
  foreign key (a, very_very_long_column_name_to_exceed_63_characters) references pktable2,
  foreign key (a, very_very_long_column_name_to_exceed_63_characters) references pktable2
);

-- corpus: line 1113 accepted
drop table pktable1, pktable2, fktable2;

-- corpus: line 1118 accepted
create table pktable2(f1 int primary key);

-- corpus: line 1119 accepted
create table fktable2(f1 int references pktable2 deferrable initially deferred);

-- corpus: line 1141 accepted
alter table fktable2 drop constraint fktable2_f1_fkey;

-- corpus: line 1146 accepted
alter table fktable2 drop constraint fktable2_f1_fkey;

-- corpus: line 1149 accepted
drop table pktable2, fktable2;

-- corpus: line 1154 accepted
create table pktable2 (a float8, b float8, primary key (a, b));

-- corpus: line 1155 accepted
create table fktable2 (x float8, y float8, foreign key (x, y) references pktable2 (a, b) on update cascade);

-- corpus: line 1169 accepted
drop table pktable2, fktable2;

-- corpus: line 1177 accepted
CREATE TABLE fk_notpartitioned_pk (fdrop1 int, a int, fdrop2 int, b int,
  PRIMARY KEY (a, b));

-- corpus: line 1179 accepted
ALTER TABLE fk_notpartitioned_pk DROP COLUMN fdrop1, DROP COLUMN fdrop2;

-- corpus: line 1180 accepted
CREATE TABLE fk_partitioned_fk (b int, fdrop1 int, a int) PARTITION BY RANGE (a, b);

-- corpus: line 1181 accepted
ALTER TABLE fk_partitioned_fk DROP COLUMN fdrop1;

-- corpus: line 1182 accepted
CREATE TABLE fk_partitioned_fk_1 (fdrop1 int, fdrop2 int, a int, fdrop3 int, b int);

-- corpus: line 1183 accepted
ALTER TABLE fk_partitioned_fk_1 DROP COLUMN fdrop1, DROP COLUMN fdrop2, DROP COLUMN fdrop3;

-- corpus: line 1184 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_1 FOR VALUES FROM (0,0) TO (1000,1000);

-- corpus: line 1185 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk;

-- corpus: line 1186 accepted
CREATE TABLE fk_partitioned_fk_2 (b int, fdrop1 int, fdrop2 int, a int);

-- corpus: line 1187 accepted
ALTER TABLE fk_partitioned_fk_2 DROP COLUMN fdrop1, DROP COLUMN fdrop2;

-- corpus: line 1188 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_2 FOR VALUES FROM (1000,1000) TO (2000,2000);

-- corpus: line 1190 accepted
CREATE TABLE fk_partitioned_fk_3 (fdrop1 int, fdrop2 int, fdrop3 int, fdrop4 int, b int, a int)
  PARTITION BY HASH (a);

-- corpus: line 1192 accepted
ALTER TABLE fk_partitioned_fk_3 DROP COLUMN fdrop1, DROP COLUMN fdrop2,
	DROP COLUMN fdrop3, DROP COLUMN fdrop4;

-- corpus: line 1194 accepted
CREATE TABLE fk_partitioned_fk_3_0 PARTITION OF fk_partitioned_fk_3 FOR VALUES WITH (MODULUS 5, REMAINDER 0);

-- corpus: line 1195 accepted
CREATE TABLE fk_partitioned_fk_3_1 PARTITION OF fk_partitioned_fk_3 FOR VALUES WITH (MODULUS 5, REMAINDER 1);

-- corpus: line 1196 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_3
  FOR VALUES FROM (2000,2000) TO (3000,3000);

-- corpus: line 1201 accepted
ALTER TABLE ONLY fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk;

-- corpus: line 1205 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk NOT VALID;

-- corpus: line 1239 accepted
ALTER TABLE fk_partitioned_fk DROP CONSTRAINT fk_partitioned_fk_a_b_fkey;

-- corpus: line 1241 accepted
DROP TABLE fk_notpartitioned_pk, fk_partitioned_fk;

-- corpus: line 1245 accepted
CREATE TABLE fk_notpartitioned_pk (a INT, PRIMARY KEY(a), CHECK (a > 0));

-- corpus: line 1246 accepted
CREATE TABLE fk_partitioned_fk (a INT REFERENCES fk_notpartitioned_pk(a) PRIMARY KEY) PARTITION BY RANGE(a);

-- corpus: line 1247 accepted
CREATE TABLE fk_partitioned_fk_1 PARTITION OF fk_partitioned_fk FOR VALUES FROM (MINVALUE) TO (MAXVALUE);

-- corpus: line 1250 accepted
ALTER TABLE fk_notpartitioned_pk ALTER COLUMN a TYPE bigint;

-- corpus: line 1252 accepted
DROP TABLE fk_notpartitioned_pk, fk_partitioned_fk;

-- corpus: line 1256 accepted
CREATE TABLE fk_notpartitioned_pk (a int, b int, primary key (a, b));

-- corpus: line 1257 accepted
CREATE TABLE fk_partitioned_fk (a int default 2501, b int default 142857) PARTITION BY LIST (a);

-- corpus: line 1258 accepted
CREATE TABLE fk_partitioned_fk_1 PARTITION OF fk_partitioned_fk FOR VALUES IN (NULL,500,501,502);

-- corpus: line 1259 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk MATCH SIMPLE
  ON DELETE SET NULL ON UPDATE SET NULL;

-- corpus: line 1262 accepted
CREATE TABLE fk_partitioned_fk_2 PARTITION OF fk_partitioned_fk FOR VALUES IN (1500,1502);

-- corpus: line 1263 accepted
CREATE TABLE fk_partitioned_fk_3 (a int, b int);

-- corpus: line 1264 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_3 FOR VALUES IN (2500,2501,2502,2503);

-- corpus: line 1280 accepted
CREATE TABLE fk_partitioned_fk_full (x int, y int) PARTITION BY RANGE (x);

-- corpus: line 1281 accepted
CREATE TABLE fk_partitioned_fk_full_1 PARTITION OF fk_partitioned_fk_full DEFAULT;

-- corpus: line 1283 accepted
ALTER TABLE fk_partitioned_fk_full ADD FOREIGN KEY (x, y) REFERENCES fk_notpartitioned_pk MATCH FULL;

-- corpus: line 1285 accepted
ALTER TABLE fk_partitioned_fk_full ADD FOREIGN KEY (x, y) REFERENCES fk_notpartitioned_pk MATCH FULL;

-- corpus: line 1287 accepted
DROP TABLE fk_partitioned_fk_full;

-- corpus: line 1301 accepted
ALTER TABLE fk_partitioned_fk DROP CONSTRAINT fk_partitioned_fk_a_b_fkey;

-- corpus: line 1302 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk
  ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;

-- corpus: line 1316 accepted
ALTER TABLE fk_partitioned_fk DROP CONSTRAINT fk_partitioned_fk_a_b_fkey;

-- corpus: line 1317 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk
  ON DELETE SET NULL (a);

-- corpus: line 1326 accepted
ALTER TABLE fk_partitioned_fk DROP CONSTRAINT fk_partitioned_fk_a_b_fkey;

-- corpus: line 1327 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk
  ON DELETE SET DEFAULT (a);

-- corpus: line 1340 accepted
ALTER TABLE fk_partitioned_fk DROP CONSTRAINT fk_partitioned_fk_a_b_fkey;

-- corpus: line 1341 accepted
ALTER TABLE fk_partitioned_fk ADD FOREIGN KEY (a, b)
  REFERENCES fk_notpartitioned_pk
  ON DELETE CASCADE ON UPDATE CASCADE;

-- corpus: line 1354 accepted
DROP TABLE fk_partitioned_fk_2;

-- corpus: line 1358 accepted
CREATE TABLE fk_partitioned_fk_2 PARTITION OF fk_partitioned_fk FOR VALUES IN (1500,1502);

-- corpus: line 1359 accepted
ALTER TABLE fk_partitioned_fk DETACH PARTITION fk_partitioned_fk_2;

-- corpus: line 1361 accepted
DROP TABLE fk_partitioned_fk;

-- corpus: line 1365 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_2 FOR VALUES IN (1500,1502);

-- corpus: line 1366 accepted
DROP TABLE fk_partitioned_fk_2;

-- corpus: line 1367 accepted
CREATE TABLE fk_partitioned_fk_2 (b int, c text, a int,
	FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk ON UPDATE CASCADE ON DELETE CASCADE);

-- corpus: line 1369 accepted
ALTER TABLE fk_partitioned_fk_2 DROP COLUMN c;

-- corpus: line 1370 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_2 FOR VALUES IN (1500,1502);

-- corpus: line 1373 accepted
DROP TABLE fk_partitioned_fk_2;

-- corpus: line 1375 accepted
CREATE TABLE fk_partitioned_fk_4 (a int, b int, FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk(a, b) ON UPDATE CASCADE ON DELETE CASCADE) PARTITION BY RANGE (b, a);

-- corpus: line 1376 accepted
CREATE TABLE fk_partitioned_fk_4_1 PARTITION OF fk_partitioned_fk_4 FOR VALUES FROM (1,1) TO (100,100);

-- corpus: line 1377 accepted
CREATE TABLE fk_partitioned_fk_4_2 (a int, b int, FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk(a, b) ON UPDATE SET NULL);

-- corpus: line 1378 accepted
ALTER TABLE fk_partitioned_fk_4 ATTACH PARTITION fk_partitioned_fk_4_2 FOR VALUES FROM (100,100) TO (1000,1000);

-- corpus: line 1379 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_4 FOR VALUES IN (3500,3502);

-- corpus: line 1380 accepted
ALTER TABLE fk_partitioned_fk DETACH PARTITION fk_partitioned_fk_4;

-- corpus: line 1381 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_4 FOR VALUES IN (3500,3502);

-- corpus: line 1388 accepted
CREATE TABLE fk_partitioned_fk_5 (a int, b int,
	FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk(a, b) ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE,
	FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk(a, b) MATCH FULL ON UPDATE CASCADE ON DELETE CASCADE)
  PARTITION BY RANGE (a);

-- corpus: line 1392 accepted
CREATE TABLE fk_partitioned_fk_5_1 (a int, b int, FOREIGN KEY (a, b) REFERENCES fk_notpartitioned_pk);

-- corpus: line 1393 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_5 FOR VALUES IN (4500);

-- corpus: line 1394 accepted
ALTER TABLE fk_partitioned_fk_5 ATTACH PARTITION fk_partitioned_fk_5_1 FOR VALUES FROM (0) TO (10);

-- corpus: line 1395 accepted
ALTER TABLE fk_partitioned_fk DETACH PARTITION fk_partitioned_fk_5;

-- corpus: line 1396 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_5 FOR VALUES IN (4500);

-- corpus: line 1402 accepted
ALTER TABLE fk_partitioned_fk_5 DETACH PARTITION fk_partitioned_fk_5_1;

-- corpus: line 1403 accepted
ALTER TABLE fk_partitioned_fk_5 ATTACH PARTITION fk_partitioned_fk_5_1 FOR VALUES FROM (0) TO (10);

-- corpus: line 1408 accepted
CREATE TABLE fk_partitioned_fk_2 (a int, b int) PARTITION BY RANGE (b);

-- corpus: line 1409 accepted
CREATE TABLE fk_partitioned_fk_2_1 PARTITION OF fk_partitioned_fk_2 FOR VALUES FROM (0) TO (1000);

-- corpus: line 1410 accepted
CREATE TABLE fk_partitioned_fk_2_2 PARTITION OF fk_partitioned_fk_2 FOR VALUES FROM (1000) TO (2000);

-- corpus: line 1412 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_2
  FOR VALUES IN (1600);

-- corpus: line 1415 accepted
ALTER TABLE fk_partitioned_fk ATTACH PARTITION fk_partitioned_fk_2
  FOR VALUES IN (1600);

-- corpus: line 1421 accepted
create role regress_other_partitioned_fk_owner;

-- corpus: line 1422 accepted
grant references on fk_notpartitioned_pk to regress_other_partitioned_fk_owner;

-- corpus: line 1424 accepted
create table other_partitioned_fk(a int, b int) partition by list (a);

-- corpus: line 1425 accepted
create table other_partitioned_fk_1 partition of other_partitioned_fk
  for values in (2048);

-- corpus: line 1430 accepted
alter table other_partitioned_fk add foreign key (a, b)
  references fk_notpartitioned_pk(a, b);

-- corpus: line 1437 accepted
alter table other_partitioned_fk add foreign key (a, b)
  references fk_notpartitioned_pk(a, b);

-- corpus: line 1440 accepted
drop table other_partitioned_fk;

-- corpus: line 1442 accepted
revoke all on fk_notpartitioned_pk from regress_other_partitioned_fk_owner;

-- corpus: line 1443 accepted
drop role regress_other_partitioned_fk_owner;

-- corpus: line 1449 accepted
CREATE TABLE parted_self_fk (
    id bigint NOT NULL PRIMARY KEY,
    id_abc bigint,
    FOREIGN KEY (id_abc) REFERENCES parted_self_fk(id)
)
PARTITION BY RANGE (id);

-- corpus: line 1455 accepted
CREATE TABLE part1_self_fk (
    id bigint NOT NULL PRIMARY KEY,
    id_abc bigint
);

-- corpus: line 1459 accepted
ALTER TABLE parted_self_fk ATTACH PARTITION part1_self_fk FOR VALUES FROM (0) TO (10);

-- corpus: line 1460 accepted
CREATE TABLE part2_self_fk PARTITION OF parted_self_fk FOR VALUES FROM (10) TO (20);

-- corpus: line 1461 accepted
CREATE TABLE part3_self_fk (	-- a partitioned partition
	id bigint NOT NULL PRIMARY KEY,
	id_abc bigint
) PARTITION BY RANGE (id);

-- corpus: line 1465 accepted
CREATE TABLE part32_self_fk PARTITION OF part3_self_fk FOR VALUES FROM (20) TO (30);

-- corpus: line 1466 accepted
ALTER TABLE parted_self_fk ATTACH PARTITION part3_self_fk FOR VALUES FROM (20) TO (40);

-- corpus: line 1467 accepted
CREATE TABLE part33_self_fk (
	id bigint NOT NULL PRIMARY KEY,
	id_abc bigint
);

-- corpus: line 1471 accepted
ALTER TABLE part3_self_fk ATTACH PARTITION part33_self_fk FOR VALUES FROM (30) TO (40);

-- corpus: line 1483 accepted
ALTER TABLE parted_self_fk DETACH PARTITION part2_self_fk;

-- corpus: line 1484 accepted
ALTER TABLE parted_self_fk ATTACH PARTITION part2_self_fk FOR VALUES FROM (10) TO (20);

-- corpus: line 1485 accepted
ALTER TABLE parted_self_fk DETACH PARTITION part2_self_fk;

-- corpus: line 1486 accepted
ALTER TABLE parted_self_fk ATTACH PARTITION part2_self_fk FOR VALUES FROM (10) TO (20);

-- corpus: line 1503 accepted
create schema fkpart0
  create table pkey (a int primary key)
  create table fk_part (a int) partition by list (a)
  create table fk_part_1 partition of fk_part
      (foreign key (a) references fkpart0.pkey) for values in (1)
  create table fk_part_23 partition of fk_part
      (foreign key (a) references fkpart0.pkey) for values in (2, 3)
      partition by list (a)
  create table fk_part_23_2 partition of fk_part_23 for values in (2);

-- corpus: line 1513 accepted
alter table fkpart0.fk_part add foreign key (a) references fkpart0.pkey;

-- corpus: line 1515 accepted
alter table fkpart0.fk_part_1 drop constraint fk_part_1_a_fkey;

-- corpus: line 1519 accepted
alter table fkpart0.fk_part_23 drop constraint fk_part_23_a_fkey;

-- corpus: line 1520 accepted
alter table fkpart0.fk_part_23_2 drop constraint fk_part_23_a_fkey;

-- corpus: line 1522 accepted
create table fkpart0.fk_part_4 partition of fkpart0.fk_part for values in (4);

-- corpus: line 1524 accepted
alter table fkpart0.fk_part_4 drop constraint fk_part_a_fkey;

-- corpus: line 1526 accepted
create table fkpart0.fk_part_56 partition of fkpart0.fk_part
    for values in (5,6) partition by list (a);

-- corpus: line 1528 accepted
create table fkpart0.fk_part_56_5 partition of fkpart0.fk_part_56
    for values in (5);

-- corpus: line 1531 accepted
alter table fkpart0.fk_part_56 drop constraint fk_part_a_fkey;

-- corpus: line 1532 accepted
alter table fkpart0.fk_part_56_5 drop constraint fk_part_a_fkey;

-- corpus: line 1536 accepted
create schema fkpart1
  create table pkey (a int primary key)
  create table fk_part (a int) partition by list (a)
  create table fk_part_1 partition of fk_part for values in (1) partition by list (a)
  create table fk_part_1_1 partition of fk_part_1 for values in (1);

-- corpus: line 1541 accepted
alter table fkpart1.fk_part add foreign key (a) references fkpart1.pkey;

-- corpus: line 1546 accepted
alter table fkpart1.fk_part detach partition fkpart1.fk_part_1;

-- corpus: line 1547 accepted
create table fkpart1.fk_part_1_2 partition of fkpart1.fk_part_1 for values in (2);

-- corpus: line 1553 accepted
create schema fkpart2
  create table pkey (a int primary key)
  create table fk_part (a int, constraint fkey foreign key (a) references fkpart2.pkey) partition by list (a)
  create table fk_part_1 partition of fkpart2.fk_part for values in (1) partition by list (a)
  create table fk_part_1_1 (a int, constraint my_fkey foreign key (a) references fkpart2.pkey);

-- corpus: line 1558 accepted
alter table fkpart2.fk_part_1 attach partition fkpart2.fk_part_1_1 for values in (1);

-- corpus: line 1559 accepted
alter table fkpart2.fk_part_1 drop constraint fkey;

-- corpus: line 1560 accepted
alter table fkpart2.fk_part_1_1 drop constraint my_fkey;

-- corpus: line 1561 accepted
alter table fkpart2.fk_part detach partition fkpart2.fk_part_1;

-- corpus: line 1562 accepted
alter table fkpart2.fk_part_1 drop constraint fkey;

-- corpus: line 1563 accepted
alter table fkpart2.fk_part_1_1 drop constraint my_fkey;

-- corpus: line 1566 accepted
create schema fkpart3
  create table pkey (a int primary key)
  create table fk_part (a int, constraint fkey foreign key (a) references fkpart3.pkey deferrable initially immediate) partition by list (a)
  create table fk_part_1 partition of fkpart3.fk_part for values in (1) partition by list (a)
  create table fk_part_1_1 partition of fkpart3.fk_part_1 for values in (1)
  create table fk_part_2 partition of fkpart3.fk_part for values in (2);

-- corpus: line 1583 accepted
drop schema fkpart0, fkpart1, fkpart2, fkpart3 cascade;

-- corpus: line 1590 accepted
CREATE SCHEMA fkpart3;

-- corpus: line 1593 accepted
CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY RANGE (a);

-- corpus: line 1594 accepted
CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (1000);

-- corpus: line 1595 accepted
CREATE TABLE pk2 (b int, a int);

-- corpus: line 1596 accepted
ALTER TABLE pk2 DROP COLUMN b;

-- corpus: line 1597 accepted
ALTER TABLE pk2 ALTER a SET NOT NULL;

-- corpus: line 1598 accepted
ALTER TABLE pk ATTACH PARTITION pk2 FOR VALUES FROM (1000) TO (2000);

-- corpus: line 1600 accepted
CREATE TABLE fk (a int) PARTITION BY RANGE (a);

-- corpus: line 1601 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES FROM (0) TO (750);

-- corpus: line 1602 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk;

-- corpus: line 1603 accepted
CREATE TABLE fk2 (b int, a int) ;

-- corpus: line 1604 accepted
ALTER TABLE fk2 DROP COLUMN b;

-- corpus: line 1605 accepted
ALTER TABLE fk ATTACH PARTITION fk2 FOR VALUES FROM (750) TO (3500);

-- corpus: line 1607 accepted
CREATE TABLE pk3 PARTITION OF pk FOR VALUES FROM (2000) TO (3000);

-- corpus: line 1608 accepted
CREATE TABLE pk4 (LIKE pk);

-- corpus: line 1609 accepted
ALTER TABLE pk ATTACH PARTITION pk4 FOR VALUES FROM (3000) TO (4000);

-- corpus: line 1611 accepted
CREATE TABLE pk5 (c int, b int, a int NOT NULL) PARTITION BY RANGE (a);

-- corpus: line 1612 accepted
ALTER TABLE pk5 DROP COLUMN b, DROP COLUMN c;

-- corpus: line 1613 accepted
CREATE TABLE pk51 PARTITION OF pk5 FOR VALUES FROM (4000) TO (4500);

-- corpus: line 1614 accepted
CREATE TABLE pk52 PARTITION OF pk5 FOR VALUES FROM (4500) TO (5000);

-- corpus: line 1615 accepted
ALTER TABLE pk ATTACH PARTITION pk5 FOR VALUES FROM (4000) TO (5000);

-- corpus: line 1617 accepted
CREATE TABLE fk3 PARTITION OF fk FOR VALUES FROM (3500) TO (5000);

-- corpus: line 1658 accepted
CREATE SCHEMA fkpart4;

-- corpus: line 1662 accepted
CREATE TABLE droppk (a int PRIMARY KEY) PARTITION BY RANGE (a);

-- corpus: line 1663 accepted
CREATE TABLE droppk1 PARTITION OF droppk FOR VALUES FROM (0) TO (1000);

-- corpus: line 1664 accepted
CREATE TABLE droppk_d PARTITION OF droppk DEFAULT;

-- corpus: line 1665 accepted
CREATE TABLE droppk2 PARTITION OF droppk FOR VALUES FROM (1000) TO (2000)
  PARTITION BY RANGE (a);

-- corpus: line 1667 accepted
CREATE TABLE droppk21 PARTITION OF droppk2 FOR VALUES FROM (1000) TO (1400);

-- corpus: line 1668 accepted
CREATE TABLE droppk2_d PARTITION OF droppk2 DEFAULT;

-- corpus: line 1670 accepted
CREATE TABLE dropfk (a int REFERENCES droppk);

-- corpus: line 1673 accepted
ALTER TABLE droppk DETACH PARTITION droppk_d;

-- corpus: line 1674 accepted
ALTER TABLE droppk2 DETACH PARTITION droppk2_d;

-- corpus: line 1675 accepted
ALTER TABLE droppk DETACH PARTITION droppk1;

-- corpus: line 1676 accepted
ALTER TABLE droppk DETACH PARTITION droppk2;

-- corpus: line 1677 accepted
ALTER TABLE droppk2 DETACH PARTITION droppk21;

-- corpus: line 1679 accepted
DROP TABLE droppk_d;

-- corpus: line 1680 accepted
DROP TABLE droppk2_d;

-- corpus: line 1681 accepted
DROP TABLE droppk1;

-- corpus: line 1682 accepted
DROP TABLE droppk2;

-- corpus: line 1683 accepted
DROP TABLE droppk21;

-- corpus: line 1686 accepted
DROP TABLE droppk_d;

-- corpus: line 1687 accepted
DROP TABLE droppk2_d;

-- corpus: line 1688 accepted
DROP TABLE droppk1;

-- corpus: line 1690 accepted
ALTER TABLE droppk2 DETACH PARTITION droppk21;

-- corpus: line 1691 accepted
DROP TABLE droppk2;

-- corpus: line 1694 accepted
CREATE SCHEMA fkpart5;

-- corpus: line 1696 accepted
CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY LIST (a);

-- corpus: line 1697 accepted
CREATE TABLE pk1 PARTITION OF pk FOR VALUES IN (1) PARTITION BY LIST (a);

-- corpus: line 1698 accepted
CREATE TABLE pk11 PARTITION OF pk1 FOR VALUES IN (1);

-- corpus: line 1699 accepted
CREATE TABLE fk (a int) PARTITION BY LIST (a);

-- corpus: line 1700 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES IN (1) PARTITION BY LIST (a);

-- corpus: line 1701 accepted
CREATE TABLE fk11 PARTITION OF fk1 FOR VALUES IN (1);

-- corpus: line 1702 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk;

-- corpus: line 1703 accepted
CREATE TABLE pk2 PARTITION OF pk FOR VALUES IN (2);

-- corpus: line 1704 accepted
CREATE TABLE pk3 (a int NOT NULL) PARTITION BY LIST (a);

-- corpus: line 1705 accepted
CREATE TABLE pk31 PARTITION OF pk3 FOR VALUES IN (31);

-- corpus: line 1706 accepted
CREATE TABLE pk32 (b int, a int NOT NULL);

-- corpus: line 1707 accepted
ALTER TABLE pk32 DROP COLUMN b;

-- corpus: line 1708 accepted
ALTER TABLE pk3 ATTACH PARTITION pk32 FOR VALUES IN (32);

-- corpus: line 1709 accepted
ALTER TABLE pk ATTACH PARTITION pk3 FOR VALUES IN (31, 32);

-- corpus: line 1710 accepted
CREATE TABLE fk2 PARTITION OF fk FOR VALUES IN (2);

-- corpus: line 1711 accepted
CREATE TABLE fk3 (b int, a int);

-- corpus: line 1712 accepted
ALTER TABLE fk3 DROP COLUMN b;

-- corpus: line 1713 accepted
ALTER TABLE fk ATTACH PARTITION fk3 FOR VALUES IN (3);

-- corpus: line 1719 accepted
CREATE TABLE fk4 (LIKE fk);

-- corpus: line 1721 accepted
ALTER TABLE fk ATTACH PARTITION fk4 FOR VALUES IN (50);

-- corpus: line 1724 accepted
CREATE SCHEMA fkpart9;

-- corpus: line 1726 accepted
CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY LIST (a);

-- corpus: line 1727 accepted
CREATE TABLE pk1 PARTITION OF pk FOR VALUES IN (1, 2) PARTITION BY LIST (a);

-- corpus: line 1728 accepted
CREATE TABLE pk11 PARTITION OF pk1 FOR VALUES IN (1);

-- corpus: line 1729 accepted
CREATE TABLE pk3 PARTITION OF pk FOR VALUES IN (3);

-- corpus: line 1730 accepted
CREATE TABLE fk (a int REFERENCES pk DEFERRABLE INITIALLY IMMEDIATE);

-- corpus: line 1749 accepted
CREATE TABLE pt(f1 int, f2 int, f3 int, PRIMARY KEY(f1,f2));

-- corpus: line 1750 accepted
CREATE TABLE ref(f1 int, f2 int, f3 int)
  PARTITION BY list(f1);

-- corpus: line 1752 accepted
CREATE TABLE ref1 PARTITION OF ref FOR VALUES IN (1);

-- corpus: line 1753 accepted
CREATE TABLE ref2 PARTITION OF ref FOR VALUES in (2);

-- corpus: line 1754 accepted
ALTER TABLE ref ADD FOREIGN KEY(f1,f2) REFERENCES pt;

-- corpus: line 1755 accepted
ALTER TABLE ref ALTER CONSTRAINT ref_f1_f2_fkey
  DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 1763 accepted
DROP TABLE pt, ref;

-- corpus: line 1765 accepted
CREATE TABLE pt(f1 int, f2 int, f3 int, PRIMARY KEY(f1,f2));

-- corpus: line 1766 accepted
CREATE TABLE ref(f1 int, f2 int, f3 int)
  PARTITION BY list(f1);

-- corpus: line 1768 accepted
CREATE TABLE ref1_2 PARTITION OF ref FOR VALUES IN (1, 2) PARTITION BY list (f2);

-- corpus: line 1769 accepted
CREATE TABLE ref1 PARTITION OF ref1_2 FOR VALUES IN (1);

-- corpus: line 1770 accepted
CREATE TABLE ref2 PARTITION OF ref1_2 FOR VALUES IN (2) PARTITION BY list (f2);

-- corpus: line 1771 accepted
CREATE TABLE ref22 PARTITION OF ref2 FOR VALUES IN (2);

-- corpus: line 1772 accepted
ALTER TABLE ref ADD FOREIGN KEY(f1,f2) REFERENCES pt;

-- corpus: line 1775 accepted
ALTER TABLE ref22 ALTER CONSTRAINT ref_f1_f2_fkey
  DEFERRABLE INITIALLY IMMEDIATE;

-- corpus: line 1777 accepted
ALTER TABLE ref ALTER CONSTRAINT ref_f1_f2_fkey
  DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 1783 accepted
DROP TABLE pt, ref;

-- corpus: line 1786 accepted
CREATE TABLE pt(f1 int, f2 int, f3 int, PRIMARY KEY(f1,f2))
  PARTITION BY LIST(f1);

-- corpus: line 1788 accepted
CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1);

-- corpus: line 1789 accepted
CREATE TABLE pt2 PARTITION OF pt FOR VALUES IN (2);

-- corpus: line 1790 accepted
CREATE TABLE ref(f1 int, f2 int, f3 int);

-- corpus: line 1791 accepted
ALTER TABLE ref ADD FOREIGN KEY(f1,f2) REFERENCES pt;

-- corpus: line 1792 accepted
ALTER TABLE ref ALTER CONSTRAINT ref_f1_f2_fkey
  DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 1800 accepted
DROP TABLE pt, ref;

-- corpus: line 1802 accepted
CREATE TABLE pt(f1 int, f2 int, f3 int, PRIMARY KEY(f1,f2))
  PARTITION BY LIST(f1);

-- corpus: line 1804 accepted
CREATE TABLE pt1_2 PARTITION OF pt FOR VALUES IN (1, 2) PARTITION BY LIST (f1);

-- corpus: line 1805 accepted
CREATE TABLE pt1 PARTITION OF pt1_2 FOR VALUES IN (1);

-- corpus: line 1806 accepted
CREATE TABLE pt2 PARTITION OF pt1_2 FOR VALUES IN (2);

-- corpus: line 1807 accepted
CREATE TABLE ref(f1 int, f2 int, f3 int);

-- corpus: line 1808 accepted
ALTER TABLE ref ADD FOREIGN KEY(f1,f2) REFERENCES pt;

-- corpus: line 1809 accepted
ALTER TABLE ref ALTER CONSTRAINT ref_f1_f2_fkey1
  DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 1811 accepted
ALTER TABLE ref ALTER CONSTRAINT ref_f1_f2_fkey
  DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 1819 accepted
DROP TABLE pt, ref;

-- corpus: line 1821 accepted
DROP SCHEMA fkpart9 CASCADE;

-- corpus: line 1824 accepted
CREATE SCHEMA fkpart6;

-- corpus: line 1826 accepted
CREATE TABLE pk (a int PRIMARY KEY) PARTITION BY RANGE (a);

-- corpus: line 1827 accepted
CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (1) TO (100) PARTITION BY RANGE (a);

-- corpus: line 1828 accepted
CREATE TABLE pk11 PARTITION OF pk1 FOR VALUES FROM (1) TO (50);

-- corpus: line 1829 accepted
CREATE TABLE pk12 PARTITION OF pk1 FOR VALUES FROM (50) TO (100);

-- corpus: line 1830 accepted
CREATE TABLE fk (a int) PARTITION BY RANGE (a);

-- corpus: line 1831 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES FROM (1) TO (100) PARTITION BY RANGE (a);

-- corpus: line 1832 accepted
CREATE TABLE fk11 PARTITION OF fk1 FOR VALUES FROM (1) TO (10);

-- corpus: line 1833 accepted
CREATE TABLE fk12 PARTITION OF fk1 FOR VALUES FROM (10) TO (100);

-- corpus: line 1834 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk ON UPDATE CASCADE ON DELETE CASCADE;

-- corpus: line 1835 accepted
CREATE TABLE fk_d PARTITION OF fk DEFAULT;

-- corpus: line 1842 accepted
DROP TABLE fk;

-- corpus: line 1846 accepted
CREATE TABLE fk (a int) PARTITION BY RANGE (a);

-- corpus: line 1847 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES FROM (1) TO (100) PARTITION BY RANGE (a);

-- corpus: line 1848 accepted
CREATE TABLE fk11 PARTITION OF fk1 FOR VALUES FROM (1) TO (10);

-- corpus: line 1849 accepted
CREATE TABLE fk12 PARTITION OF fk1 FOR VALUES FROM (10) TO (100);

-- corpus: line 1850 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk ON UPDATE SET NULL ON DELETE SET NULL;

-- corpus: line 1851 accepted
CREATE TABLE fk_d PARTITION OF fk DEFAULT;

-- corpus: line 1856 accepted
DROP TABLE fk;

-- corpus: line 1860 accepted
CREATE TABLE fk (id int, a int DEFAULT 50) PARTITION BY RANGE (a);

-- corpus: line 1861 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES FROM (1) TO (100) PARTITION BY RANGE (a);

-- corpus: line 1862 accepted
CREATE TABLE fk11 PARTITION OF fk1 FOR VALUES FROM (1) TO (10);

-- corpus: line 1863 accepted
CREATE TABLE fk12 PARTITION OF fk1 FOR VALUES FROM (10) TO (100);

-- corpus: line 1864 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk ON UPDATE SET DEFAULT ON DELETE SET DEFAULT;

-- corpus: line 1865 accepted
CREATE TABLE fk_d PARTITION OF fk DEFAULT;

-- corpus: line 1870 accepted
DROP TABLE fk;

-- corpus: line 1874 accepted
CREATE TABLE fk (a int DEFAULT 50) PARTITION BY RANGE (a);

-- corpus: line 1875 accepted
CREATE TABLE fk1 PARTITION OF fk FOR VALUES FROM (1) TO (100) PARTITION BY RANGE (a);

-- corpus: line 1876 accepted
CREATE TABLE fk11 PARTITION OF fk1 FOR VALUES FROM (1) TO (10);

-- corpus: line 1877 accepted
CREATE TABLE fk12 PARTITION OF fk1 FOR VALUES FROM (10) TO (100);

-- corpus: line 1878 accepted
ALTER TABLE fk ADD FOREIGN KEY (a) REFERENCES pk ON UPDATE RESTRICT ON DELETE RESTRICT;

-- corpus: line 1879 accepted
CREATE TABLE fk_d PARTITION OF fk DEFAULT;

-- corpus: line 1884 accepted
DROP TABLE fk;

-- corpus: line 1888 accepted
CREATE SCHEMA fkpart7
  CREATE TABLE pkpart (a int) PARTITION BY LIST (a)
  CREATE TABLE pkpart1 PARTITION OF pkpart FOR VALUES IN (1);

-- corpus: line 1891 accepted
ALTER TABLE fkpart7.pkpart1 ADD PRIMARY KEY (a);

-- corpus: line 1892 accepted
ALTER TABLE fkpart7.pkpart ADD PRIMARY KEY (a);

-- corpus: line 1893 accepted
CREATE TABLE fkpart7.fk (a int REFERENCES fkpart7.pkpart);

-- corpus: line 1894 accepted
DROP SCHEMA fkpart7 CASCADE;

-- corpus: line 1897 accepted
CREATE SCHEMA fkpart8
  CREATE TABLE tbl1(f1 int PRIMARY KEY)
  CREATE TABLE tbl2(f1 int REFERENCES tbl1 DEFERRABLE INITIALLY DEFERRED) PARTITION BY RANGE(f1)
  CREATE TABLE tbl2_p1 PARTITION OF tbl2 FOR VALUES FROM (minvalue) TO (maxvalue);

-- corpus: line 1904 accepted
ALTER TABLE fkpart8.tbl2 DROP CONSTRAINT tbl2_f1_fkey;

-- corpus: line 1906 accepted
DROP SCHEMA fkpart8 CASCADE;

-- corpus: line 1910 accepted
CREATE SCHEMA fkpart9
  CREATE TABLE pk (a INT PRIMARY KEY) PARTITION BY RANGE (a)
  CREATE TABLE fk (
    fk_a INT REFERENCES pk(a) ON DELETE CASCADE
  )
  CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (30) TO (50) PARTITION BY RANGE (a)
  CREATE TABLE pk11 PARTITION OF pk1 FOR VALUES FROM (30) TO (40);

-- corpus: line 1922 accepted
DROP SCHEMA fkpart9 CASCADE;

-- corpus: line 1926 accepted
CREATE SCHEMA fkpart10
  CREATE TABLE tbl1(f1 int PRIMARY KEY) PARTITION BY RANGE(f1)
  CREATE TABLE tbl1_p1 PARTITION OF tbl1 FOR VALUES FROM (minvalue) TO (1)
  CREATE TABLE tbl1_p2 PARTITION OF tbl1 FOR VALUES FROM (1) TO (maxvalue)
  CREATE TABLE tbl2(f1 int REFERENCES tbl1 DEFERRABLE INITIALLY DEFERRED)
  CREATE TABLE tbl3(f1 int PRIMARY KEY) PARTITION BY RANGE(f1)
  CREATE TABLE tbl3_p1 PARTITION OF tbl3 FOR VALUES FROM (minvalue) TO (1)
  CREATE TABLE tbl3_p2 PARTITION OF tbl3 FOR VALUES FROM (1) TO (maxvalue)
  CREATE TABLE tbl4(f1 int REFERENCES tbl3 DEFERRABLE INITIALLY DEFERRED);

-- corpus: line 1969 accepted
CREATE TABLE fkpart10.tbl5(f1 int REFERENCES fkpart10.tbl3);

-- corpus: line 1984 accepted
DROP SCHEMA fkpart10 CASCADE;

-- corpus: line 1988 accepted
CREATE SCHEMA fkpart11
  CREATE TABLE pk (a INT PRIMARY KEY, b text) PARTITION BY LIST (a)
  CREATE TABLE fk (
    a INT,
    CONSTRAINT fkey FOREIGN KEY (a) REFERENCES pk(a) ON UPDATE CASCADE ON DELETE CASCADE
  )
  CREATE TABLE fk_parted (
    a INT PRIMARY KEY,
    CONSTRAINT fkey FOREIGN KEY (a) REFERENCES pk(a) ON UPDATE CASCADE ON DELETE CASCADE
  ) PARTITION BY LIST (a)
  CREATE TABLE fk_another (
    a INT,
    CONSTRAINT fkey FOREIGN KEY (a) REFERENCES fk_parted (a) ON UPDATE CASCADE ON DELETE CASCADE
  )
  CREATE TABLE pk1 PARTITION OF pk FOR VALUES IN (1, 2) PARTITION BY LIST (a)
  CREATE TABLE pk2 PARTITION OF pk FOR VALUES IN (3)
  CREATE TABLE pk3 PARTITION OF pk FOR VALUES IN (4)
  CREATE TABLE fk1 PARTITION OF fk_parted FOR VALUES IN (1, 2)
  CREATE TABLE fk2 PARTITION OF fk_parted FOR VALUES IN (3)
  CREATE TABLE fk3 PARTITION OF fk_parted FOR VALUES IN (4);

-- corpus: line 2008 accepted
CREATE TABLE fkpart11.pk11 (b text, a int NOT NULL);

-- corpus: line 2009 accepted
ALTER TABLE fkpart11.pk1 ATTACH PARTITION fkpart11.pk11 FOR VALUES IN (1);

-- corpus: line 2010 accepted
CREATE TABLE fkpart11.pk12 (b text, c int, a int NOT NULL);

-- corpus: line 2011 accepted
ALTER TABLE fkpart11.pk12 DROP c;

-- corpus: line 2012 accepted
ALTER TABLE fkpart11.pk1 ATTACH PARTITION fkpart11.pk12 FOR VALUES IN (2);

-- corpus: line 2032 accepted
ALTER TABLE fkpart11.fk DROP CONSTRAINT fkey;

-- corpus: line 2034 accepted
ALTER TABLE fkpart11.fk ADD CONSTRAINT fkey FOREIGN KEY (a) REFERENCES fkpart11.pk1 (a) ON UPDATE CASCADE ON DELETE CASCADE;

-- corpus: line 2047 accepted
ALTER TABLE fkpart11.fk DROP CONSTRAINT fkey;

-- corpus: line 2048 accepted
ALTER TABLE fkpart11.fk ADD CONSTRAINT fkey FOREIGN KEY (a) REFERENCES fkpart11.pk11 (a) ON UPDATE CASCADE ON DELETE CASCADE;

-- corpus: line 2052 accepted
DROP TABLE fkpart11.fk;

-- corpus: line 2056 accepted
CREATE FUNCTION fkpart11.print_row () RETURNS TRIGGER LANGUAGE plpgsql AS $$
  BEGIN
    RAISE NOTICE 'TABLE: %, OP: %, OLD: %, NEW: %', TG_RELNAME, TG_OP, OLD, NEW;
    RETURN NULL;
  END;
$$;

-- corpus: line 2062 accepted
CREATE TRIGGER trig_upd_pk AFTER UPDATE ON fkpart11.pk FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2063 accepted
CREATE TRIGGER trig_del_pk AFTER DELETE ON fkpart11.pk FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2064 accepted
CREATE TRIGGER trig_ins_pk AFTER INSERT ON fkpart11.pk FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2065 accepted
CREATE CONSTRAINT TRIGGER trig_upd_fk_parted AFTER UPDATE ON fkpart11.fk_parted INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2066 accepted
CREATE CONSTRAINT TRIGGER trig_del_fk_parted AFTER DELETE ON fkpart11.fk_parted INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2067 accepted
CREATE CONSTRAINT TRIGGER trig_ins_fk_parted AFTER INSERT ON fkpart11.fk_parted INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fkpart11.print_row();

-- corpus: line 2071 accepted
DROP SCHEMA fkpart11 CASCADE;
