-- corpus: line 10 accepted
create table rtest_t1 (a int4, b int4);

-- corpus: line 11 accepted
create table rtest_t2 (a int4, b int4);

-- corpus: line 12 accepted
create table rtest_t3 (a int4, b int4);

-- corpus: line 14 accepted
create view rtest_v1 as select * from rtest_t1;

-- corpus: line 15 accepted
create rule rtest_v1_ins as on insert to rtest_v1 do instead
	insert into rtest_t1 values (new.a, new.b);

-- corpus: line 17 accepted
create rule rtest_v1_upd as on update to rtest_v1 do instead
	update rtest_t1 set a = new.a, b = new.b
	where a = old.a;

-- corpus: line 20 accepted
create rule rtest_v1_del as on delete to rtest_v1 do instead
	delete from rtest_t1 where a = old.a;

-- corpus: line 23 accepted
COMMENT ON RULE rtest_v1_bad ON rtest_v1 IS 'bad rule';

-- corpus: line 24 accepted
COMMENT ON RULE rtest_v1_del ON rtest_v1 IS 'delete rule';

-- corpus: line 25 accepted
COMMENT ON RULE rtest_v1_del ON rtest_v1 IS NULL;

-- corpus: line 34 accepted
create table rtest_system (sysname text, sysdesc text);

-- corpus: line 35 accepted
create table rtest_interface (sysname text, ifname text);

-- corpus: line 36 accepted
create table rtest_person (pname text, pdesc text);

-- corpus: line 37 accepted
create table rtest_admin (pname text, sysname text);

-- corpus: line 39 accepted
create rule rtest_sys_upd as on update to rtest_system do also (
	update rtest_interface set sysname = new.sysname
		where sysname = old.sysname;
	update rtest_admin set sysname = new.sysname
		where sysname = old.sysname
	);

-- corpus: line 46 accepted
create rule rtest_sys_del as on delete to rtest_system do also (
	delete from rtest_interface where sysname = old.sysname;
	delete from rtest_admin where sysname = old.sysname;
	);

-- corpus: line 51 accepted
create rule rtest_pers_upd as on update to rtest_person do also
	update rtest_admin set pname = new.pname where pname = old.pname;

-- corpus: line 54 accepted
create rule rtest_pers_del as on delete to rtest_person do also
	delete from rtest_admin where pname = old.pname;

-- corpus: line 60 accepted
create table rtest_emp (ename char(20), salary money);

-- corpus: line 61 accepted
create table rtest_emplog (ename char(20), who name, action char(10), newsal money, oldsal money);

-- corpus: line 62 accepted
create table rtest_empmass (ename char(20), salary money);

-- corpus: line 64 accepted
create rule rtest_emp_ins as on insert to rtest_emp do
	insert into rtest_emplog values (new.ename, current_user,
			'hired', new.salary, '0.00');

-- corpus: line 68 accepted
create rule rtest_emp_upd as on update to rtest_emp where new.salary != old.salary do
	insert into rtest_emplog values (new.ename, current_user,
			'honored', new.salary, old.salary);

-- corpus: line 72 accepted
create rule rtest_emp_del as on delete to rtest_emp do
	insert into rtest_emplog values (old.ename, current_user,
			'fired', '0.00', old.salary);

-- corpus: line 80 accepted
create table rtest_t4 (a int4, b text);

-- corpus: line 81 accepted
create table rtest_t5 (a int4, b text);

-- corpus: line 82 accepted
create table rtest_t6 (a int4, b text);

-- corpus: line 83 accepted
create table rtest_t7 (a int4, b text);

-- corpus: line 84 accepted
create table rtest_t8 (a int4, b text);

-- corpus: line 85 accepted
create table rtest_t9 (a int4, b text);

-- corpus: line 87 accepted
create rule rtest_t4_ins1 as on insert to rtest_t4
		where new.a >= 10 and new.a < 20 do instead
	insert into rtest_t5 values (new.a, new.b);

-- corpus: line 91 accepted
create rule rtest_t4_ins2 as on insert to rtest_t4
		where new.a >= 20 and new.a < 30 do
	insert into rtest_t6 values (new.a, new.b);

-- corpus: line 95 accepted
create rule rtest_t5_ins as on insert to rtest_t5
		where new.a > 15 do
	insert into rtest_t7 values (new.a, new.b);

-- corpus: line 99 accepted
create rule rtest_t6_ins as on insert to rtest_t6
		where new.a > 25 do instead
	insert into rtest_t8 values (new.a, new.b);

-- corpus: line 109 accepted
create table rtest_order1 (a int4);

-- corpus: line 110 accepted
create table rtest_order2 (a int4, b int4, c text);

-- corpus: line 112 accepted
create sequence rtest_seq;

-- corpus: line 114 accepted
create rule rtest_order_r3 as on insert to rtest_order1 do instead
	insert into rtest_order2 values (new.a, nextval('rtest_seq'),
		'rule 3 - this should run 3rd');

-- corpus: line 118 accepted
create rule rtest_order_r4 as on insert to rtest_order1
		where a < 100 do instead
	insert into rtest_order2 values (new.a, nextval('rtest_seq'),
		'rule 4 - this should run 4th');

-- corpus: line 123 accepted
create rule rtest_order_r2 as on insert to rtest_order1 do
	insert into rtest_order2 values (new.a, nextval('rtest_seq'),
		'rule 2 - this should run 2nd');

-- corpus: line 127 accepted
create rule rtest_order_r1 as on insert to rtest_order1 do instead
	insert into rtest_order2 values (new.a, nextval('rtest_seq'),
		'rule 1 - this should run 1st');

-- corpus: line 134 accepted
create table rtest_nothn1 (a int4, b text);

-- corpus: line 135 accepted
create table rtest_nothn2 (a int4, b text);

-- corpus: line 136 accepted
create table rtest_nothn3 (a int4, b text);

-- corpus: line 137 accepted
create table rtest_nothn4 (a int4, b text);

-- corpus: line 139 accepted
create rule rtest_nothn_r1 as on insert to rtest_nothn1
	where new.a >= 10 and new.a < 20 do instead nothing;

-- corpus: line 142 accepted
create rule rtest_nothn_r2 as on insert to rtest_nothn1
	where new.a >= 30 and new.a < 40 do instead nothing;

-- corpus: line 145 accepted
create rule rtest_nothn_r3 as on insert to rtest_nothn2
	where new.a >= 100 do instead
	insert into rtest_nothn3 values (new.a, new.b);

-- corpus: line 149 accepted
create rule rtest_nothn_r4 as on insert to rtest_nothn2
	do instead nothing;

-- corpus: line 419 accepted
create table rtest_view1 (a int4, b text, v bool);

-- corpus: line 420 accepted
create table rtest_view2 (a int4);

-- corpus: line 421 accepted
create table rtest_view3 (a int4, b text);

-- corpus: line 422 accepted
create table rtest_view4 (a int4, b text, c int4);

-- corpus: line 423 accepted
create view rtest_vview1 as select a, b from rtest_view1 X
	where 0 < (select count(*) from rtest_view2 Y where Y.a = X.a);

-- corpus: line 425 accepted
create view rtest_vview2 as select a, b from rtest_view1 where v;

-- corpus: line 426 accepted
create view rtest_vview3 as select a, b from rtest_vview2 X
	where 0 < (select count(*) from rtest_view2 Y where Y.a = X.a);

-- corpus: line 428 accepted
create view rtest_vview4 as select X.a, X.b, count(Y.a) as refcount
	from rtest_view1 X, rtest_view2 Y
	where X.a = Y.a
	group by X.a, X.b;

-- corpus: line 432 accepted
create function rtest_viewfunc1(int4) returns int4 as
	'select count(*)::int4 from rtest_view2 where a = $1'
	language sql;

-- corpus: line 435 accepted
create view rtest_vview5 as select a, b, rtest_viewfunc1(a) as refcount
	from rtest_view1;

-- corpus: line 484 accepted
create table rtest_comp (
	part	text,
	unit	char(4),
	size	float
);

-- corpus: line 491 accepted
create table rtest_unitfact (
	unit	char(4),
	factor	float
);

-- corpus: line 496 accepted
create view rtest_vcomp as
	select X.part, (X.size * Y.factor) as size_in_cm
			from rtest_comp X, rtest_unitfact Y
			where X.unit = Y.unit;

-- corpus: line 521 accepted
CREATE TABLE shoe_data (
	shoename   char(10),      -- primary key
	sh_avail   integer,       -- available # of pairs
	slcolor    char(10),      -- preferred shoelace color
	slminlen   float,         -- minimum shoelace length
	slmaxlen   float,         -- maximum shoelace length
	slunit     char(8)        -- length unit
);

-- corpus: line 530 accepted
CREATE TABLE shoelace_data (
	sl_name    char(10),      -- primary key
	sl_avail   integer,       -- available # of pairs
	sl_color   char(10),      -- shoelace color
	sl_len     float,         -- shoelace length
	sl_unit    char(8)        -- length unit
);

-- corpus: line 538 accepted
CREATE TABLE unit (
	un_name    char(8),       -- the primary key
	un_fact    float          -- factor to transform to cm
);

-- corpus: line 543 accepted
CREATE VIEW shoe AS
	SELECT sh.shoename,
		   sh.sh_avail,
		   sh.slcolor,
		   sh.slminlen,
		   sh.slminlen * un.un_fact AS slminlen_cm,
		   sh.slmaxlen,
		   sh.slmaxlen * un.un_fact AS slmaxlen_cm,
		   sh.slunit
	  FROM shoe_data sh, unit un
	 WHERE sh.slunit = un.un_name;

-- corpus: line 555 accepted
CREATE VIEW shoelace AS
	SELECT s.sl_name,
		   s.sl_avail,
		   s.sl_color,
		   s.sl_len,
		   s.sl_unit,
		   s.sl_len * u.un_fact AS sl_len_cm
	  FROM shoelace_data s, unit u
	 WHERE s.sl_unit = u.un_name;

-- corpus: line 565 accepted
CREATE VIEW shoe_ready AS
	SELECT rsh.shoename,
		   rsh.sh_avail,
		   rsl.sl_name,
		   rsl.sl_avail,
		   int4smaller(rsh.sh_avail, rsl.sl_avail) AS total_avail
	  FROM shoe rsh, shoelace rsl
	 WHERE rsl.sl_color = rsh.slcolor
	   AND rsl.sl_len_cm >= rsh.slminlen_cm
	   AND rsl.sl_len_cm <= rsh.slmaxlen_cm;

-- corpus: line 598 accepted
CREATE TABLE shoelace_log (
        sl_name    char(10),      -- shoelace changed
        sl_avail   integer,       -- new available value
        log_who    name,          -- who did it
        log_when   timestamp      -- when
    );

-- corpus: line 609 accepted
CREATE RULE log_shoelace AS ON UPDATE TO shoelace_data
        WHERE NEW.sl_avail != OLD.sl_avail
        DO INSERT INTO shoelace_log VALUES (
                                        NEW.sl_name,
                                        NEW.sl_avail,
                                        'Al Bundy',
                                        'epoch'
                                    );

-- corpus: line 622 accepted
CREATE RULE shoelace_ins AS ON INSERT TO shoelace
        DO INSTEAD
        INSERT INTO shoelace_data VALUES (
               NEW.sl_name,
               NEW.sl_avail,
               NEW.sl_color,
               NEW.sl_len,
               NEW.sl_unit);

-- corpus: line 631 accepted
CREATE RULE shoelace_upd AS ON UPDATE TO shoelace
        DO INSTEAD
        UPDATE shoelace_data SET
               sl_name = NEW.sl_name,
               sl_avail = NEW.sl_avail,
               sl_color = NEW.sl_color,
               sl_len = NEW.sl_len,
               sl_unit = NEW.sl_unit
         WHERE sl_name = OLD.sl_name;

-- corpus: line 641 accepted
CREATE RULE shoelace_del AS ON DELETE TO shoelace
        DO INSTEAD
        DELETE FROM shoelace_data
         WHERE sl_name = OLD.sl_name;

-- corpus: line 646 accepted
CREATE TABLE shoelace_arrive (
        arr_name    char(10),
        arr_quant   integer
    );

-- corpus: line 651 accepted
CREATE TABLE shoelace_ok (
        ok_name     char(10),
        ok_quant    integer
    );

-- corpus: line 656 accepted
CREATE RULE shoelace_ok_ins AS ON INSERT TO shoelace_ok
        DO INSTEAD
        UPDATE shoelace SET
               sl_avail = sl_avail + NEW.ok_quant
         WHERE sl_name = NEW.ok_name;

-- corpus: line 674 accepted
CREATE VIEW shoelace_obsolete AS
	SELECT * FROM shoelace WHERE NOT EXISTS
	    (SELECT shoename FROM shoe WHERE slcolor = sl_color);

-- corpus: line 678 accepted
CREATE VIEW shoelace_candelete AS
	SELECT * FROM shoelace_obsolete WHERE sl_avail = 0;

-- corpus: line 703 accepted
create table rules_foo (f1 int);

-- corpus: line 704 accepted
create table rules_foo2 (f1 int);

-- corpus: line 706 accepted
create rule rules_foorule as on insert to rules_foo where f1 < 100
do instead nothing;

-- corpus: line 713 accepted
drop rule rules_foorule on rules_foo;

-- corpus: line 716 accepted
create rule rules_foorule as on insert to rules_foo where f1 < 100
do instead insert into rules_foo2 values (f1);

-- corpus: line 719 accepted
create rule rules_foorule as on insert to rules_foo where f1 < 100
do instead insert into rules_foo2 values (new.f1);

-- corpus: line 728 accepted
drop rule rules_foorule on rules_foo;

-- corpus: line 729 accepted
drop table rules_foo;

-- corpus: line 730 accepted
drop table rules_foo2;

-- corpus: line 737 accepted
create table pparent (pid int, txt text);

-- corpus: line 741 accepted
create table cchild (pid int, descrip text);

-- corpus: line 744 accepted
create view vview as
  select pparent.pid, txt, descrip from
    pparent left join cchild using (pid);

-- corpus: line 748 accepted
create rule rrule as
  on update to vview do instead
(
  insert into cchild (pid, descrip)
    select old.pid, new.descrip where old.descrip isnull;
  update cchild set descrip = new.descrip where cchild.pid = old.pid;
);

-- corpus: line 765 accepted
drop rule rrule on vview;

-- corpus: line 766 accepted
drop view vview;

-- corpus: line 767 accepted
drop table pparent;

-- corpus: line 768 accepted
drop table cchild;

-- corpus: line 793 accepted
CREATE TABLE ruletest_tbl (a int, b int);

-- corpus: line 794 accepted
CREATE TABLE ruletest_tbl2 (a int, b int);

-- corpus: line 796 accepted
CREATE OR REPLACE RULE myrule AS ON INSERT TO ruletest_tbl
	DO INSTEAD INSERT INTO ruletest_tbl2 VALUES (10, 10);

-- corpus: line 801 accepted
CREATE OR REPLACE RULE myrule AS ON INSERT TO ruletest_tbl
	DO INSTEAD INSERT INTO ruletest_tbl2 VALUES (1000, 1000);

-- corpus: line 810 accepted
create table rule_and_refint_t1 (
	id1a integer,
	id1b integer,

	primary key (id1a, id1b)
);

-- corpus: line 817 accepted
create table rule_and_refint_t2 (
	id2a integer,
	id2c integer,

	primary key (id2a, id2c)
);

-- corpus: line 824 accepted
create table rule_and_refint_t3 (
	id3a integer,
	id3b integer,
	id3c integer,
	data text,

	primary key (id3a, id3b, id3c),

	foreign key (id3a, id3b) references rule_and_refint_t1 (id1a, id1b),
	foreign key (id3a, id3c) references rule_and_refint_t2 (id2a, id2c)
);

-- corpus: line 865 accepted
create rule rule_and_refint_t3_ins as on insert to rule_and_refint_t3
	where (exists (select 1 from rule_and_refint_t3
			where (((rule_and_refint_t3.id3a = new.id3a)
			and (rule_and_refint_t3.id3b = new.id3b))
			and (rule_and_refint_t3.id3c = new.id3c))))
	do instead update rule_and_refint_t3 set data = new.data
	where (((rule_and_refint_t3.id3a = new.id3a)
	and (rule_and_refint_t3.id3b = new.id3b))
	and (rule_and_refint_t3.id3c = new.id3c));

-- corpus: line 882 accepted
create view rules_fooview as select 'rules_foo'::text;

-- corpus: line 883 accepted
drop rule "_RETURN" on rules_fooview;

-- corpus: line 884 accepted
drop view rules_fooview;

-- corpus: line 891 accepted
create table rules_fooview (x int, y text);

-- corpus: line 892 accepted
create rule "_RETURN" as on select to rules_fooview do instead
  select 1 as x, 'aaa'::text as y;

-- corpus: line 894 accepted
drop table rules_fooview;

-- corpus: line 897 accepted
create table rules_fooview (x int, y text) partition by list (x);

-- corpus: line 898 accepted
create rule "_RETURN" as on select to rules_fooview do instead
  select 1 as x, 'aaa'::text as y;

-- corpus: line 901 accepted
create table rules_fooview_part partition of rules_fooview for values in (1);

-- corpus: line 902 accepted
create rule "_RETURN" as on select to rules_fooview_part do instead
  select 1 as x, 'aaa'::text as y;

-- corpus: line 905 accepted
drop table rules_fooview;

-- corpus: line 911 accepted
create table id (id serial primary key, name text);

-- corpus: line 913 accepted
create table test_1 (id integer primary key) inherits (id);

-- corpus: line 914 accepted
create table test_2 (id integer primary key) inherits (id);

-- corpus: line 915 accepted
create table test_3 (id integer primary key) inherits (id);

-- corpus: line 924 accepted
create view id_ordered as select * from id order by id;

-- corpus: line 926 accepted
create rule update_id_ordered as on update to id_ordered
	do instead update id set name = new.name where id = old.id;

-- corpus: line 935 accepted
drop table id cascade;

-- corpus: line 942 accepted
create temp table t1 (a integer primary key);

-- corpus: line 944 accepted
create temp table t1_1 (check (a >= 0 and a < 10)) inherits (t1);

-- corpus: line 945 accepted
create temp table t1_2 (check (a >= 10 and a < 20)) inherits (t1);

-- corpus: line 947 accepted
create rule t1_ins_1 as on insert to t1
	where new.a >= 0 and new.a < 10
	do instead
	insert into t1_1 values (new.a);

-- corpus: line 951 accepted
create rule t1_ins_2 as on insert to t1
	where new.a >= 10 and new.a < 20
	do instead
	insert into t1_2 values (new.a);

-- corpus: line 956 accepted
create rule t1_upd_1 as on update to t1
	where old.a >= 0 and old.a < 10
	do instead
	update t1_1 set a = new.a where a = old.a;

-- corpus: line 960 accepted
create rule t1_upd_2 as on update to t1
	where old.a >= 10 and old.a < 20
	do instead
	update t1_2 set a = new.a where a = old.a;

-- corpus: line 978 accepted
create table rules_base(f1 int, f2 int);

-- corpus: line 980 accepted
create rule r1 as on update to rules_base do instead
  select * from rules_base where f1 = 1 for update;

-- corpus: line 983 accepted
create or replace rule r1 as on update to rules_base do instead
  select * from rules_base where f1 = 11 for update of rules_base;

-- corpus: line 986 accepted
create or replace rule r1 as on update to rules_base do instead
  select * from rules_base where f1 = 11 for update of old;

-- corpus: line 988 accepted
drop table rules_base;

-- corpus: line 1000 accepted
create table rules_src(f1 int, f2 int default 0);

-- corpus: line 1001 accepted
create table rules_log(f1 int, f2 int, tag text, id serial);

-- corpus: line 1003 accepted
create rule r1 as on update to rules_src do also
  insert into rules_log values(old.*, 'old', default), (new.*, 'new', default);

-- corpus: line 1009 accepted
create rule r2 as on update to rules_src do also
  values(old.*, 'old'), (new.*, 'new');

-- corpus: line 1012 accepted
create rule r3 as on insert to rules_src do also
  insert into rules_log values(null, null, '-', default), (new.*, 'new', default);

-- corpus: line 1017 accepted
create rule r4 as on delete to rules_src do notify rules_src_deletion;

-- corpus: line 1022 accepted
create rule r5 as on insert to rules_src do instead insert into rules_log AS trgt SELECT NEW.* RETURNING trgt.f1, trgt.f2;

-- corpus: line 1023 accepted
create rule r6 as on update to rules_src do instead UPDATE rules_log AS trgt SET tag = 'updated' WHERE trgt.f1 = new.f1;

-- corpus: line 1028 accepted
create rule r7 as on delete to rules_src do instead
  with wins as (insert into int4_tbl as trgt values (0) returning *),
       wupd as (update int4_tbl trgt set f1 = f1+1 returning *),
       wdel as (delete from int4_tbl trgt where f1 = 0 returning *)
  insert into rules_log AS trgt select old.* from wins, wupd, wdel
  returning trgt.f1, trgt.f2;

-- corpus: line 1041 accepted
create table rule_t1(f1 int, f2 int);

-- corpus: line 1042 accepted
create table rule_dest(f1 int, f2 int[], tag text);

-- corpus: line 1043 accepted
create rule rr as on update to rule_t1 do instead UPDATE rule_dest trgt
  SET (f2[1], f1, tag) = (SELECT new.f2, new.f1, 'updated'::varchar)
  WHERE trgt.f1 = new.f1 RETURNING new.*;

-- corpus: line 1047 accepted
drop table rule_t1, rule_dest;

-- corpus: line 1052 accepted
CREATE TABLE rule_t1(a int, b text DEFAULT 'xxx', c int);

-- corpus: line 1053 accepted
CREATE VIEW rule_v1 AS SELECT * FROM rule_t1;

-- corpus: line 1054 accepted
CREATE RULE v1_ins AS ON INSERT TO rule_v1
  DO ALSO INSERT INTO rule_t1
  SELECT * FROM (SELECT a + 10 FROM rule_t1 WHERE a = NEW.a) tt;

-- corpus: line 1057 accepted
CREATE RULE v1_upd AS ON UPDATE TO rule_v1
  DO ALSO UPDATE rule_t1 t
  SET c = tt.a * 10
  FROM (SELECT a FROM rule_t1 WHERE a = OLD.a) tt WHERE t.a = tt.a;

-- corpus: line 1064 accepted
DROP TABLE rule_t1 CASCADE;

-- corpus: line 1069 accepted
CREATE TABLE rule_t1 (a INT);

-- corpus: line 1070 accepted
CREATE VIEW rule_v1 AS SELECT * FROM rule_t1;

-- corpus: line 1072 accepted
CREATE RULE InsertRule AS
    ON INSERT TO rule_v1
    DO INSTEAD
        INSERT INTO rule_t1 VALUES(new.a);

-- corpus: line 1077 accepted
ALTER RULE InsertRule ON rule_v1 RENAME to NewInsertRule;

-- corpus: line 1087 accepted
ALTER RULE InsertRule ON rule_v1 RENAME TO NewInsertRule;

-- corpus: line 1088 accepted
ALTER RULE NewInsertRule ON rule_v1 RENAME TO "_RETURN";

-- corpus: line 1089 accepted
ALTER RULE "_RETURN" ON rule_v1 RENAME TO abc;

-- corpus: line 1091 accepted
DROP VIEW rule_v1;

-- corpus: line 1092 accepted
DROP TABLE rule_t1;

-- corpus: line 1097 accepted
create view rule_v1 as values(1,2);

-- corpus: line 1099 accepted
alter table rule_v1 rename column column2 to q2;

-- corpus: line 1101 accepted
drop view rule_v1;

-- corpus: line 1102 accepted
create view rule_v1(x) as values(1,2);

-- corpus: line 1104 accepted
drop view rule_v1;

-- corpus: line 1105 accepted
create view rule_v1(x) as select * from (values(1,2)) v;

-- corpus: line 1107 accepted
drop view rule_v1;

-- corpus: line 1108 accepted
create view rule_v1(x) as select * from (values(1,2)) v(q,w);

-- corpus: line 1110 accepted
drop view rule_v1;

-- corpus: line 1115 accepted
CREATE TABLE hats (
	hat_name    char(10) primary key,
	hat_color   char(10)      -- hat color
);

-- corpus: line 1120 accepted
CREATE TABLE hat_data (
	hat_name    char(10),
	hat_color   char(10)      -- hat color
);

-- corpus: line 1124 accepted
create unique index hat_data_unique_idx
  on hat_data (hat_name COLLATE "C" bpchar_pattern_ops);

-- corpus: line 1128 accepted
CREATE RULE hat_nosert AS ON INSERT TO hats
    DO INSTEAD
    INSERT INTO hat_data VALUES (
           NEW.hat_name,
           NEW.hat_color)
        ON CONFLICT (hat_name COLLATE "C" bpchar_pattern_ops) WHERE hat_color = 'green'
        DO NOTHING
        RETURNING *;

-- corpus: line 1144 accepted
DROP RULE hat_nosert ON hats;

-- corpus: line 1147 accepted
CREATE RULE hat_nosert_all AS ON INSERT TO hats
    DO INSTEAD
    INSERT INTO hat_data VALUES (
           NEW.hat_name,
           NEW.hat_color)
        ON CONFLICT
        DO NOTHING
        RETURNING *;

-- corpus: line 1156 accepted
DROP RULE hat_nosert_all ON hats;

-- corpus: line 1162 accepted
CREATE RULE hat_upsert AS ON INSERT TO hats
    DO INSTEAD
    INSERT INTO hat_data VALUES (
           NEW.hat_name,
           NEW.hat_color)
        ON CONFLICT (hat_name)
        DO UPDATE
           SET hat_name = hat_data.hat_name, hat_color = excluded.hat_color
           WHERE excluded.hat_color <>  'forbidden' AND hat_data.* != excluded.*
        RETURNING *;

-- corpus: line 1206 accepted
DROP RULE hat_upsert ON hats;

-- corpus: line 1208 accepted
drop table hats;

-- corpus: line 1209 accepted
drop table hat_data;

-- corpus: line 1213 accepted
CREATE FUNCTION func_with_set_params() RETURNS integer
    AS 'select 1;'
    LANGUAGE SQL
    SET search_path TO PG_CATALOG
    SET extra_float_digits TO 2
    SET work_mem TO '4MB'
    SET datestyle to iso, mdy
    SET local_preload_libraries TO "Mixed/Case", 'c:/''a"/path', '', '0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789'
    IMMUTABLE STRICT;

-- corpus: line 1240 accepted
CREATE TABLE rules_parted_table (a int) PARTITION BY LIST (a);

-- corpus: line 1241 accepted
CREATE TABLE rules_parted_table_1 PARTITION OF rules_parted_table FOR VALUES IN (1);

-- corpus: line 1242 accepted
CREATE RULE rules_parted_table_insert AS ON INSERT to rules_parted_table
    DO INSTEAD INSERT INTO rules_parted_table_1 VALUES (NEW.*);

-- corpus: line 1244 accepted
ALTER RULE rules_parted_table_insert ON rules_parted_table RENAME TO rules_parted_table_insert_redirect;

-- corpus: line 1245 accepted
DROP TABLE rules_parted_table;

-- corpus: line 1250 accepted
CREATE TABLE rule_merge1 (a int, b text);

-- corpus: line 1251 accepted
CREATE TABLE rule_merge2 (a int, b text);

-- corpus: line 1252 accepted
CREATE RULE rule1 AS ON INSERT TO rule_merge1
	DO INSTEAD INSERT INTO rule_merge2 VALUES (NEW.*);

-- corpus: line 1254 accepted
CREATE RULE rule2 AS ON UPDATE TO rule_merge1
	DO INSTEAD UPDATE rule_merge2 SET a = NEW.a, b = NEW.b
	WHERE a = OLD.a;

-- corpus: line 1257 accepted
CREATE RULE rule3 AS ON DELETE TO rule_merge1
	DO INSTEAD DELETE FROM rule_merge2 WHERE a = OLD.a;

-- corpus: line 1281 accepted
CREATE TABLE sf_target(id int, data text, filling int[]);

-- corpus: line 1283 accepted
CREATE FUNCTION merge_sf_test()
 RETURNS void
 LANGUAGE sql
BEGIN ATOMIC
 MERGE INTO sf_target t
   USING rule_merge1 s
   ON (s.a = t.id)
WHEN MATCHED
   AND (s.a + t.id) = 42
   THEN UPDATE SET data = repeat(t.data, s.a) || s.b, id = length(s.b)
WHEN NOT MATCHED
   AND (s.b IS NOT NULL)
   THEN INSERT (data, id)
   VALUES (s.b, s.a)
WHEN MATCHED
   AND length(s.b || t.data) > 10
   THEN UPDATE SET data = s.b
WHEN MATCHED
   AND s.a > 200
   THEN UPDATE SET filling[s.a] = t.id
WHEN MATCHED
   AND s.a > 100
   THEN DELETE
WHEN MATCHED
   THEN DO NOTHING
WHEN NOT MATCHED
   AND s.a > 200
   THEN INSERT DEFAULT VALUES
WHEN NOT MATCHED
   AND s.a > 100
   THEN INSERT (id, data) OVERRIDING USER VALUE
   VALUES (s.a, DEFAULT)
WHEN NOT MATCHED
   AND s.a > 0
   THEN INSERT
   VALUES (s.a, s.b, DEFAULT)
WHEN NOT MATCHED
   THEN INSERT (filling[1], id)
   VALUES (s.a, s.a);
END;

-- corpus: line 1326 accepted
DROP FUNCTION merge_sf_test;

-- corpus: line 1327 accepted
DROP TABLE sf_target;

-- corpus: line 1332 accepted
CREATE TABLE ruletest1 (a int);

-- corpus: line 1333 accepted
CREATE TABLE ruletest2 (b int);

-- corpus: line 1335 accepted
CREATE RULE rule1 AS ON INSERT TO ruletest1
    DO INSTEAD INSERT INTO ruletest2 VALUES (NEW.*);

-- corpus: line 1339 accepted
ALTER TABLE ruletest1 DISABLE RULE rule1;

-- corpus: line 1341 accepted
ALTER TABLE ruletest1 ENABLE RULE rule1;

-- corpus: line 1344 accepted
ALTER TABLE ruletest1 ENABLE REPLICA RULE rule1;

-- corpus: line 1352 accepted
DROP TABLE ruletest1;

-- corpus: line 1353 accepted
DROP TABLE ruletest2;

-- corpus: line 1359 accepted
CREATE USER regress_rule_user1;

-- corpus: line 1361 accepted
CREATE TABLE ruletest_t1 (x int);

-- corpus: line 1362 accepted
CREATE TABLE ruletest_t2 (x int);

-- corpus: line 1363 accepted
CREATE VIEW ruletest_v1 WITH (security_invoker=true) AS
    SELECT * FROM ruletest_t1;

-- corpus: line 1365 accepted
GRANT INSERT ON ruletest_v1 TO regress_rule_user1;

-- corpus: line 1367 accepted
CREATE RULE rule1 AS ON INSERT TO ruletest_v1
    DO INSTEAD INSERT INTO ruletest_t2 VALUES (NEW.*);

-- corpus: line 1377 accepted
CREATE TABLE ruletest_t3 (x int);

-- corpus: line 1378 accepted
CREATE RULE rule2 AS ON UPDATE TO ruletest_t1
    DO INSTEAD INSERT INTO ruletest_t2 VALUES (OLD.*);

-- corpus: line 1380 accepted
REVOKE ALL ON ruletest_t2 FROM regress_rule_user1;

-- corpus: line 1381 accepted
REVOKE ALL ON ruletest_t3 FROM regress_rule_user1;

-- corpus: line 1382 accepted
ALTER TABLE ruletest_t1 OWNER TO regress_rule_user1;

-- corpus: line 1390 accepted
DROP VIEW ruletest_v1;

-- corpus: line 1391 accepted
DROP RULE rule2 ON ruletest_t1;

-- corpus: line 1392 accepted
DROP TABLE ruletest_t3;

-- corpus: line 1393 accepted
DROP TABLE ruletest_t2;

-- corpus: line 1394 accepted
DROP TABLE ruletest_t1;

-- corpus: line 1396 accepted
DROP USER regress_rule_user1;
