-- corpus: line 2 accepted
CREATE TABLE truncate_a (col1 integer primary key);

-- corpus: line 18 accepted
CREATE TABLE trunc_b (a int REFERENCES truncate_a);

-- corpus: line 19 accepted
CREATE TABLE trunc_c (a serial PRIMARY KEY);

-- corpus: line 20 accepted
CREATE TABLE trunc_d (a int REFERENCES trunc_c);

-- corpus: line 21 accepted
CREATE TABLE trunc_e (a int REFERENCES truncate_a, b int REFERENCES trunc_c);

-- corpus: line 37 accepted
ALTER TABLE truncate_a ADD FOREIGN KEY (col1) REFERENCES trunc_c;

-- corpus: line 79 accepted
DROP TABLE truncate_a,trunc_c,trunc_b,trunc_d,trunc_e CASCADE;

-- corpus: line 83 accepted
CREATE TABLE trunc_f (col1 integer primary key);

-- corpus: line 87 accepted
CREATE TABLE trunc_fa (col2a text) INHERITS (trunc_f);

-- corpus: line 90 accepted
CREATE TABLE trunc_fb (col2b int) INHERITS (trunc_f);

-- corpus: line 93 accepted
CREATE TABLE trunc_faa (col3 text) INHERITS (trunc_fa);

-- corpus: line 128 accepted
DROP TABLE trunc_f CASCADE;

-- corpus: line 132 accepted
CREATE TABLE trunc_trigger_test (f1 int, f2 text, f3 text);

-- corpus: line 133 accepted
CREATE TABLE trunc_trigger_log (tgop text, tglevel text, tgwhen text,
        tgargv text, tgtable name, rowcount bigint);

-- corpus: line 136 accepted
CREATE FUNCTION trunctrigger() RETURNS trigger as $$
declare c bigint;
begin
    execute 'select count(*) from ' || quote_ident(tg_table_name) into c;
    insert into trunc_trigger_log values
      (TG_OP, TG_LEVEL, TG_WHEN, TG_ARGV[0], tg_table_name, c);
    return null;
end;
$$ LANGUAGE plpgsql;

-- corpus: line 149 accepted
CREATE TRIGGER t
BEFORE TRUNCATE ON trunc_trigger_test
FOR EACH STATEMENT
EXECUTE PROCEDURE trunctrigger('before trigger truncate');

-- corpus: line 160 accepted
DROP TRIGGER t ON trunc_trigger_test;

-- corpus: line 167 accepted
CREATE TRIGGER tt
AFTER TRUNCATE ON trunc_trigger_test
FOR EACH STATEMENT
EXECUTE PROCEDURE trunctrigger('after trigger truncate');

-- corpus: line 178 accepted
DROP TABLE trunc_trigger_test;

-- corpus: line 179 accepted
DROP TABLE trunc_trigger_log;

-- corpus: line 181 accepted
DROP FUNCTION trunctrigger();

-- corpus: line 184 accepted
CREATE SEQUENCE truncate_a_id1 START WITH 33;

-- corpus: line 185 accepted
CREATE TABLE truncate_a (id serial,
                         id1 integer default nextval('truncate_a_id1'));

-- corpus: line 187 accepted
ALTER SEQUENCE truncate_a_id1 OWNED BY truncate_a.id1;

-- corpus: line 205 accepted
CREATE TABLE truncate_b (id int GENERATED ALWAYS AS IDENTITY (START WITH 44));

-- corpus: line 233 accepted
DROP TABLE truncate_a;

-- corpus: line 238 accepted
CREATE TABLE truncparted (a int, b char) PARTITION BY LIST (a);

-- corpus: line 241 accepted
CREATE TABLE truncparted1 PARTITION OF truncparted FOR VALUES IN (1);

-- corpus: line 246 accepted
DROP TABLE truncparted;

-- corpus: line 250 accepted
CREATE FUNCTION tp_ins_data() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
	INSERT INTO truncprim VALUES (1), (100), (150);
	INSERT INTO truncpart VALUES (1), (100), (150);
  END
$$;

-- corpus: line 256 accepted
CREATE FUNCTION tp_chk_data(OUT pktb regclass, OUT pkval int, OUT fktb regclass, OUT fkval int)
  RETURNS SETOF record LANGUAGE plpgsql AS $$
  BEGIN
    RETURN QUERY SELECT
      pk.tableoid::regclass, pk.a, fk.tableoid::regclass, fk.a
    FROM truncprim pk FULL JOIN truncpart fk USING (a)
    ORDER BY 2, 4;
  END
$$;

-- corpus: line 265 accepted
CREATE TABLE truncprim (a int PRIMARY KEY);

-- corpus: line 266 accepted
CREATE TABLE truncpart (a int REFERENCES truncprim)
  PARTITION BY RANGE (a);

-- corpus: line 268 accepted
CREATE TABLE truncpart_1 PARTITION OF truncpart FOR VALUES FROM (0) TO (100);

-- corpus: line 269 accepted
CREATE TABLE truncpart_2 PARTITION OF truncpart FOR VALUES FROM (100) TO (200)
  PARTITION BY RANGE (a);

-- corpus: line 271 accepted
CREATE TABLE truncpart_2_1 PARTITION OF truncpart_2 FOR VALUES FROM (100) TO (150);

-- corpus: line 272 accepted
CREATE TABLE truncpart_2_d PARTITION OF truncpart_2 DEFAULT;

-- corpus: line 290 accepted
DROP TABLE truncprim, truncpart;

-- corpus: line 291 accepted
DROP FUNCTION tp_ins_data(), tp_chk_data();

-- corpus: line 294 accepted
CREATE TABLE trunc_a (a INT PRIMARY KEY) PARTITION BY RANGE (a);

-- corpus: line 295 accepted
CREATE TABLE trunc_a1 PARTITION OF trunc_a FOR VALUES FROM (0) TO (10);

-- corpus: line 296 accepted
CREATE TABLE trunc_a2 PARTITION OF trunc_a FOR VALUES FROM (10) TO (20)
  PARTITION BY RANGE (a);

-- corpus: line 298 accepted
CREATE TABLE trunc_a21 PARTITION OF trunc_a2 FOR VALUES FROM (10) TO (12);

-- corpus: line 299 accepted
CREATE TABLE trunc_a22 PARTITION OF trunc_a2 FOR VALUES FROM (12) TO (16);

-- corpus: line 300 accepted
CREATE TABLE trunc_a2d PARTITION OF trunc_a2 DEFAULT;

-- corpus: line 301 accepted
CREATE TABLE trunc_a3 PARTITION OF trunc_a FOR VALUES FROM (20) TO (30);

-- corpus: line 305 accepted
CREATE TABLE ref_b (
    b INT PRIMARY KEY,
    a INT REFERENCES trunc_a(a) ON DELETE CASCADE
);

-- corpus: line 314 accepted
DROP TABLE ref_b;

-- corpus: line 317 accepted
CREATE TABLE ref_c (
    c INT PRIMARY KEY,
    a INT REFERENCES trunc_a(a) ON DELETE CASCADE
) PARTITION BY RANGE (c);

-- corpus: line 321 accepted
CREATE TABLE ref_c1 PARTITION OF ref_c FOR VALUES FROM (100) TO (200);

-- corpus: line 322 accepted
CREATE TABLE ref_c2 PARTITION OF ref_c FOR VALUES FROM (200) TO (300);

-- corpus: line 329 accepted
DROP TABLE trunc_a, ref_c;
