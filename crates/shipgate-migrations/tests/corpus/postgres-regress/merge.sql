-- corpus: line 5 accepted
CREATE USER regress_merge_privs;

-- corpus: line 6 accepted
CREATE USER regress_merge_no_privs;

-- corpus: line 7 accepted
DROP TABLE IF EXISTS target;

-- corpus: line 8 accepted
DROP TABLE IF EXISTS source;

-- corpus: line 9 accepted
CREATE TABLE target (tid integer, balance integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 11 accepted
CREATE TABLE source (sid integer, delta integer) -- no index
  WITH (autovacuum_enabled=off);

-- corpus: line 18 accepted
ALTER TABLE target OWNER TO regress_merge_privs;

-- corpus: line 19 accepted
ALTER TABLE source OWNER TO regress_merge_privs;

-- corpus: line 21 accepted
CREATE TABLE target2 (tid integer, balance integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 23 accepted
CREATE TABLE source2 (sid integer, delta integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 26 accepted
ALTER TABLE target2 OWNER TO regress_merge_no_privs;

-- corpus: line 27 accepted
ALTER TABLE source2 OWNER TO regress_merge_no_privs;

-- corpus: line 29 accepted
GRANT INSERT ON target TO regress_merge_no_privs;

-- corpus: line 102 accepted
CREATE VIEW tv AS SELECT * FROM target;

-- corpus: line 108 accepted
DROP VIEW tv;

-- corpus: line 111 accepted
CREATE MATERIALIZED VIEW mv AS SELECT * FROM target;

-- corpus: line 117 accepted
DROP MATERIALIZED VIEW mv;

-- corpus: line 127 accepted
GRANT INSERT ON target TO regress_merge_no_privs;

-- corpus: line 136 accepted
GRANT UPDATE ON target2 TO regress_merge_privs;

-- corpus: line 218 accepted
ALTER TABLE target ADD PRIMARY KEY (tid);

-- corpus: line 330 accepted
alter table target drop CONSTRAINT target_pkey;

-- corpus: line 331 accepted
alter table target alter column tid drop not null;

-- corpus: line 446 accepted
CREATE TABLE wq_target (tid integer not null, balance integer DEFAULT -1)
  WITH (autovacuum_enabled=off);

-- corpus: line 448 accepted
CREATE TABLE wq_source (balance integer, sid integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 567 accepted
DROP TABLE wq_target, wq_source;

-- corpus: line 570 accepted
create or replace function merge_trigfunc () returns trigger
language plpgsql as
$$
DECLARE
	line text;
BEGIN
	SELECT INTO line format('%s %s %s trigger%s',
		TG_WHEN, TG_OP, TG_LEVEL, CASE
		WHEN TG_OP = 'INSERT' AND TG_LEVEL = 'ROW'
			THEN format(' row: %s', NEW)
		WHEN TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW'
			THEN format(' row: %s -> %s', OLD, NEW)
		WHEN TG_OP = 'DELETE' AND TG_LEVEL = 'ROW'
			THEN format(' row: %s', OLD)
		END);

	RAISE NOTICE '%', line;
	IF (TG_WHEN = 'BEFORE' AND TG_LEVEL = 'ROW') THEN
		IF (TG_OP = 'DELETE') THEN
			RETURN OLD;
		ELSE
			RETURN NEW;
		END IF;
	ELSE
		RETURN NULL;
	END IF;
END;
$$;

-- corpus: line 598 accepted
CREATE TRIGGER merge_bsi BEFORE INSERT ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 599 accepted
CREATE TRIGGER merge_bsu BEFORE UPDATE ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 600 accepted
CREATE TRIGGER merge_bsd BEFORE DELETE ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 601 accepted
CREATE TRIGGER merge_asi AFTER INSERT ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 602 accepted
CREATE TRIGGER merge_asu AFTER UPDATE ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 603 accepted
CREATE TRIGGER merge_asd AFTER DELETE ON target FOR EACH STATEMENT EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 604 accepted
CREATE TRIGGER merge_bri BEFORE INSERT ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 605 accepted
CREATE TRIGGER merge_bru BEFORE UPDATE ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 606 accepted
CREATE TRIGGER merge_brd BEFORE DELETE ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 607 accepted
CREATE TRIGGER merge_ari AFTER INSERT ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 608 accepted
CREATE TRIGGER merge_aru AFTER UPDATE ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 609 accepted
CREATE TRIGGER merge_ard AFTER DELETE ON target FOR EACH ROW EXECUTE PROCEDURE merge_trigfunc ();

-- corpus: line 628 accepted
create or replace function skip_merge_op() returns trigger
language plpgsql as
$$
BEGIN
	RETURN NULL;
END;
$$;

-- corpus: line 637 accepted
create trigger merge_skip BEFORE INSERT OR UPDATE or DELETE
  ON target FOR EACH ROW EXECUTE FUNCTION skip_merge_op();

-- corpus: line 659 accepted
DROP TRIGGER merge_skip ON target;

-- corpus: line 660 accepted
DROP FUNCTION skip_merge_op();

-- corpus: line 742 accepted
CREATE FUNCTION merge_func (p_id integer, p_bal integer)
RETURNS INTEGER
LANGUAGE plpgsql
AS $$
DECLARE
 result integer;
BEGIN
MERGE INTO target t
USING (SELECT p_id AS sid) AS s
ON t.tid = s.sid
WHEN MATCHED THEN
	UPDATE SET balance = t.balance - p_bal;
IF FOUND THEN
	GET DIAGNOSTICS result := ROW_COUNT;
END IF;
RETURN result;
END;
$$;

-- corpus: line 785 accepted
CREATE TABLE sq_target (tid integer NOT NULL, balance integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 787 accepted
CREATE TABLE sq_source (delta integer, sid integer, balance integer DEFAULT 0)
  WITH (autovacuum_enabled=off);

-- corpus: line 803 accepted
CREATE VIEW v AS SELECT * FROM sq_source WHERE sid < 2;

-- corpus: line 874 accepted
CREATE TABLE ex_mtarget (a int, b int)
  WITH (autovacuum_enabled=off);

-- corpus: line 876 accepted
CREATE TABLE ex_msource (a int, b int)
  WITH (autovacuum_enabled=off);

-- corpus: line 881 accepted
CREATE FUNCTION explain_merge(query text) RETURNS SETOF text
LANGUAGE plpgsql AS
$$
DECLARE ln text;
BEGIN
    FOR ln IN
        EXECUTE 'explain (analyze, timing off, summary off, costs off) ' ||
		  query
    LOOP
        ln := regexp_replace(ln, '(Memory( Usage)?|Buckets|Batches): \S*',  '\1: xxx', 'g');
        RETURN NEXT ln;
    END LOOP;
END;
$$;

-- corpus: line 938 accepted
DROP TABLE ex_msource, ex_mtarget;

-- corpus: line 939 accepted
DROP FUNCTION explain_merge(text);

-- corpus: line 969 accepted
DROP TABLE sq_target, sq_source CASCADE;

-- corpus: line 971 accepted
CREATE TABLE pa_target (tid integer, balance float, val text)
	PARTITION BY LIST (tid);

-- corpus: line 974 accepted
CREATE TABLE part1 PARTITION OF pa_target FOR VALUES IN (1,4)
  WITH (autovacuum_enabled=off);

-- corpus: line 976 accepted
CREATE TABLE part2 PARTITION OF pa_target FOR VALUES IN (2,5,6)
  WITH (autovacuum_enabled=off);

-- corpus: line 978 accepted
CREATE TABLE part3 PARTITION OF pa_target FOR VALUES IN (3,8,9)
  WITH (autovacuum_enabled=off);

-- corpus: line 980 accepted
CREATE TABLE part4 PARTITION OF pa_target DEFAULT
  WITH (autovacuum_enabled=off);

-- corpus: line 983 accepted
CREATE TABLE pa_source (sid integer, delta float);

-- corpus: line 1015 accepted
CREATE FUNCTION merge_func() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  result integer;
BEGIN
MERGE INTO pa_target t
  USING pa_source s
  ON t.tid = s.sid
  WHEN MATCHED THEN
    UPDATE SET tid = tid + 1, balance = balance + delta, val = val || ' updated by merge'
  WHEN NOT MATCHED THEN
    INSERT VALUES (sid, delta, 'inserted by merge');
IF FOUND THEN
  GET DIAGNOSTICS result := ROW_COUNT;
END IF;
RETURN result;
END;
$$;

-- corpus: line 1036 accepted
DROP TABLE pa_target CASCADE;

-- corpus: line 1040 accepted
CREATE TABLE pa_target (tid integer, balance float, val text)
	PARTITION BY LIST (tid);

-- corpus: line 1043 accepted
CREATE TABLE part1 (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1045 accepted
CREATE TABLE part2 (balance float, tid integer, val text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1047 accepted
CREATE TABLE part3 (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1049 accepted
CREATE TABLE part4 (extraid text, tid integer, balance float, val text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1051 accepted
ALTER TABLE part4 DROP COLUMN extraid;

-- corpus: line 1053 accepted
ALTER TABLE pa_target ATTACH PARTITION part1 FOR VALUES IN (1,4);

-- corpus: line 1054 accepted
ALTER TABLE pa_target ATTACH PARTITION part2 FOR VALUES IN (2,5,6);

-- corpus: line 1055 accepted
ALTER TABLE pa_target ATTACH PARTITION part3 FOR VALUES IN (3,8,9);

-- corpus: line 1056 accepted
ALTER TABLE pa_target ATTACH PARTITION part4 DEFAULT;

-- corpus: line 1100 accepted
ALTER TABLE pa_target ENABLE ROW LEVEL SECURITY;

-- corpus: line 1101 accepted
ALTER TABLE pa_target FORCE ROW LEVEL SECURITY;

-- corpus: line 1102 accepted
CREATE POLICY pa_target_pol ON pa_target USING (tid != 0);

-- corpus: line 1110 accepted
DROP TABLE pa_source;

-- corpus: line 1111 accepted
DROP TABLE pa_target CASCADE;

-- corpus: line 1114 accepted
CREATE TABLE pa_target (logts timestamp, tid integer, balance float, val text)
	PARTITION BY RANGE (logts);

-- corpus: line 1117 accepted
CREATE TABLE part_m01 PARTITION OF pa_target
	FOR VALUES FROM ('2017-01-01') TO ('2017-02-01')
	PARTITION BY LIST (tid);

-- corpus: line 1120 accepted
CREATE TABLE part_m01_odd PARTITION OF part_m01
	FOR VALUES IN (1,3,5,7,9) WITH (autovacuum_enabled=off);

-- corpus: line 1122 accepted
CREATE TABLE part_m01_even PARTITION OF part_m01
	FOR VALUES IN (2,4,6,8) WITH (autovacuum_enabled=off);

-- corpus: line 1124 accepted
CREATE TABLE part_m02 PARTITION OF pa_target
	FOR VALUES FROM ('2017-02-01') TO ('2017-03-01')
	PARTITION BY LIST (tid);

-- corpus: line 1127 accepted
CREATE TABLE part_m02_odd PARTITION OF part_m02
	FOR VALUES IN (1,3,5,7,9) WITH (autovacuum_enabled=off);

-- corpus: line 1129 accepted
CREATE TABLE part_m02_even PARTITION OF part_m02
	FOR VALUES IN (2,4,6,8) WITH (autovacuum_enabled=off);

-- corpus: line 1132 accepted
CREATE TABLE pa_source (sid integer, delta float)
  WITH (autovacuum_enabled=off);

-- corpus: line 1152 accepted
DROP TABLE pa_source;

-- corpus: line 1153 accepted
DROP TABLE pa_target CASCADE;

-- corpus: line 1157 accepted
CREATE TABLE pa_target (tid integer PRIMARY KEY) PARTITION BY LIST (tid);

-- corpus: line 1158 accepted
CREATE TABLE pa_targetp PARTITION OF pa_target DEFAULT;

-- corpus: line 1159 accepted
CREATE TABLE pa_source (sid integer);

-- corpus: line 1175 accepted
DROP TABLE pa_targetp;

-- corpus: line 1184 accepted
DROP TABLE pa_source;

-- corpus: line 1185 accepted
DROP TABLE pa_target CASCADE;

-- corpus: line 1189 accepted
CREATE TABLE cj_target (tid integer, balance float, val text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1191 accepted
CREATE TABLE cj_source1 (sid1 integer, scat integer, delta integer)
  WITH (autovacuum_enabled=off);

-- corpus: line 1193 accepted
CREATE TABLE cj_source2 (sid2 integer, sval text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1250 accepted
ALTER TABLE cj_source1 RENAME COLUMN sid1 TO sid;

-- corpus: line 1251 accepted
ALTER TABLE cj_source2 RENAME COLUMN sid2 TO sid;

-- corpus: line 1262 accepted
DROP TABLE cj_source2, cj_source1, cj_target;

-- corpus: line 1265 accepted
CREATE TABLE fs_target (a int, b int, c text)
  WITH (autovacuum_enabled=off);

-- corpus: line 1284 accepted
DROP TABLE fs_target;

-- corpus: line 1290 accepted
CREATE TABLE measurement (
    city_id         int not null,
    logdate         date not null,
    peaktemp        int,
    unitsales       int
) WITH (autovacuum_enabled=off);

-- corpus: line 1296 accepted
CREATE TABLE measurement_y2006m02 (
    CHECK ( logdate >= DATE '2006-02-01' AND logdate < DATE '2006-03-01' )
) INHERITS (measurement) WITH (autovacuum_enabled=off);

-- corpus: line 1299 accepted
CREATE TABLE measurement_y2006m03 (
    CHECK ( logdate >= DATE '2006-03-01' AND logdate < DATE '2006-04-01' )
) INHERITS (measurement) WITH (autovacuum_enabled=off);

-- corpus: line 1302 accepted
CREATE TABLE measurement_y2007m01 (
    filler          text,
    peaktemp        int,
    logdate         date not null,
    city_id         int not null,
    unitsales       int
    CHECK ( logdate >= DATE '2007-01-01' AND logdate < DATE '2007-02-01')
) WITH (autovacuum_enabled=off);

-- corpus: line 1310 accepted
ALTER TABLE measurement_y2007m01 DROP COLUMN filler;

-- corpus: line 1311 accepted
ALTER TABLE measurement_y2007m01 INHERIT measurement;

-- corpus: line 1314 accepted
CREATE OR REPLACE FUNCTION measurement_insert_trigger()
RETURNS TRIGGER AS $$
BEGIN
    IF ( NEW.logdate >= DATE '2006-02-01' AND
         NEW.logdate < DATE '2006-03-01' ) THEN
        INSERT INTO measurement_y2006m02 VALUES (NEW.*);
    ELSIF ( NEW.logdate >= DATE '2006-03-01' AND
            NEW.logdate < DATE '2006-04-01' ) THEN
        INSERT INTO measurement_y2006m03 VALUES (NEW.*);
    ELSIF ( NEW.logdate >= DATE '2007-01-01' AND
            NEW.logdate < DATE '2007-02-01' ) THEN
        INSERT INTO measurement_y2007m01 (city_id, logdate, peaktemp, unitsales)
            VALUES (NEW.*);
    ELSE
        RAISE EXCEPTION 'Date out of range.  Fix the measurement_insert_trigger() function!';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql ;

-- corpus: line 1333 accepted
CREATE TRIGGER insert_measurement_trigger
    BEFORE INSERT ON measurement
    FOR EACH ROW EXECUTE PROCEDURE measurement_insert_trigger();

-- corpus: line 1345 accepted
CREATE TABLE new_measurement (LIKE measurement) WITH (autovacuum_enabled=off);

-- corpus: line 1399 accepted
DROP TABLE measurement, new_measurement CASCADE;

-- corpus: line 1400 accepted
DROP FUNCTION measurement_insert_trigger();

-- corpus: line 1405 accepted
DROP TABLE target, target2;

-- corpus: line 1406 accepted
DROP TABLE source, source2;

-- corpus: line 1407 accepted
DROP FUNCTION merge_trigfunc();

-- corpus: line 1408 accepted
DROP USER regress_merge_privs;

-- corpus: line 1409 accepted
DROP USER regress_merge_no_privs;
