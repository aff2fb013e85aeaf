-- corpus: line 6 accepted
CREATE SCHEMA fast_default;

-- corpus: line 7 accepted
CREATE TABLE m(id OID);

-- corpus: line 10 accepted
CREATE FUNCTION set(tabname name) RETURNS VOID
AS $$
BEGIN
  UPDATE m
  SET id = (SELECT c.relfilenode
            FROM pg_class AS c, pg_namespace AS s
            WHERE c.relname = tabname
                AND c.relnamespace = s.oid
                AND s.nspname = 'fast_default');
END;
$$ LANGUAGE 'plpgsql';

-- corpus: line 22 accepted
CREATE FUNCTION comp() RETURNS TEXT
AS $$
BEGIN
  RETURN (SELECT CASE
               WHEN m.id = c.relfilenode THEN 'Unchanged'
               ELSE 'Rewritten'
               END
           FROM m, pg_class AS c, pg_namespace AS s
           WHERE c.relname = 't'
               AND c.relnamespace = s.oid
               AND s.nspname = 'fast_default');
END;
$$ LANGUAGE 'plpgsql';

-- corpus: line 36 accepted
CREATE FUNCTION log_rewrite() RETURNS event_trigger
LANGUAGE plpgsql as
$func$

declare
   this_schema text;
begin
    select into this_schema relnamespace::regnamespace::text
    from pg_class
    where oid = pg_event_trigger_table_rewrite_oid();
    if this_schema = 'fast_default'
    then
        RAISE NOTICE 'rewriting table % for reason %',
          pg_event_trigger_table_rewrite_oid()::regclass,
          pg_event_trigger_table_rewrite_reason();
    end if;
end;
$func$;

-- corpus: line 55 accepted
CREATE TABLE has_volatile AS
SELECT * FROM generate_series(1,10) id;

-- corpus: line 59 accepted
CREATE EVENT TRIGGER has_volatile_rewrite
                  ON table_rewrite
   EXECUTE PROCEDURE log_rewrite();

-- corpus: line 64 accepted
ALTER TABLE has_volatile ADD col1 int;

-- corpus: line 65 accepted
ALTER TABLE has_volatile ADD col2 int DEFAULT 1;

-- corpus: line 66 accepted
ALTER TABLE has_volatile ADD col3 timestamptz DEFAULT current_timestamp;

-- corpus: line 67 accepted
ALTER TABLE has_volatile ADD col4 int DEFAULT (random() * 10000)::int;

-- corpus: line 72 accepted
CREATE TABLE T(pk INT NOT NULL PRIMARY KEY, c_int INT DEFAULT 1);

-- corpus: line 78 accepted
ALTER TABLE T ADD COLUMN c_bpchar BPCHAR(5) DEFAULT 'hello',
              ALTER COLUMN c_int SET DEFAULT 2;

-- corpus: line 84 accepted
ALTER TABLE T ADD COLUMN c_text TEXT  DEFAULT 'world',
              ALTER COLUMN c_bpchar SET DEFAULT 'dog';

-- corpus: line 89 accepted
ALTER TABLE T ADD COLUMN c_date DATE DEFAULT '2016-06-02',
              ALTER COLUMN c_text SET DEFAULT 'cat';

-- corpus: line 94 accepted
ALTER TABLE T ADD COLUMN c_timestamp TIMESTAMP DEFAULT '2016-09-01 12:00:00',
              ADD COLUMN c_timestamp_null TIMESTAMP,
              ALTER COLUMN c_date SET DEFAULT '2010-01-01';

-- corpus: line 100 accepted
ALTER TABLE T ADD COLUMN c_array TEXT[]
                  DEFAULT '{"This", "is", "the", "real", "world"}',
              ALTER COLUMN c_timestamp SET DEFAULT '1970-12-31 11:12:13',
              ALTER COLUMN c_timestamp_null SET DEFAULT '2016-09-29 12:00:00';

-- corpus: line 107 accepted
ALTER TABLE T ADD COLUMN c_small SMALLINT DEFAULT -5,
              ADD COLUMN c_small_null SMALLINT,
              ALTER COLUMN c_array
                  SET DEFAULT '{"This", "is", "no", "fantasy"}';

-- corpus: line 114 accepted
ALTER TABLE T ADD COLUMN c_big BIGINT DEFAULT 180000000000018,
              ALTER COLUMN c_small SET DEFAULT 9,
              ALTER COLUMN c_small_null SET DEFAULT 13;

-- corpus: line 120 accepted
ALTER TABLE T ADD COLUMN c_num NUMERIC DEFAULT 1.00000000001,
              ALTER COLUMN c_big SET DEFAULT -9999999999999999;

-- corpus: line 125 accepted
ALTER TABLE T ADD COLUMN c_time TIME DEFAULT '12:00:00',
              ALTER COLUMN c_num SET DEFAULT 2.000000000000002;

-- corpus: line 130 accepted
ALTER TABLE T ADD COLUMN c_interval INTERVAL DEFAULT '1 day',
              ALTER COLUMN c_time SET DEFAULT '23:59:59';

-- corpus: line 135 accepted
ALTER TABLE T ADD COLUMN c_hugetext TEXT DEFAULT repeat('abcdefg',1000),
              ALTER COLUMN c_interval SET DEFAULT '3 hours';

-- corpus: line 140 accepted
ALTER TABLE T ALTER COLUMN c_interval DROP DEFAULT,
              ALTER COLUMN c_hugetext SET DEFAULT repeat('poiuyt', 1000);

-- corpus: line 145 accepted
ALTER TABLE T ALTER COLUMN c_bpchar    DROP DEFAULT,
              ALTER COLUMN c_date      DROP DEFAULT,
              ALTER COLUMN c_text      DROP DEFAULT,
              ALTER COLUMN c_timestamp DROP DEFAULT,
              ALTER COLUMN c_array     DROP DEFAULT,
              ALTER COLUMN c_small     DROP DEFAULT,
              ALTER COLUMN c_big       DROP DEFAULT,
              ALTER COLUMN c_num       DROP DEFAULT,
              ALTER COLUMN c_time      DROP DEFAULT,
              ALTER COLUMN c_hugetext  DROP DEFAULT;

-- corpus: line 167 accepted
DROP TABLE T;

-- corpus: line 170 accepted
CREATE OR REPLACE FUNCTION foo(a INT) RETURNS TEXT AS $$
DECLARE res TEXT := '';
        i INT;
BEGIN
  i := 0;
  WHILE (i < a) LOOP
    res := res || chr(ascii('a') + i);
    i := i + 1;
  END LOOP;
  RETURN res;
END; $$ LANGUAGE PLPGSQL STABLE;

-- corpus: line 182 accepted
CREATE TABLE T(pk INT NOT NULL PRIMARY KEY, c_int INT DEFAULT LENGTH(foo(6)));

-- corpus: line 188 accepted
ALTER TABLE T ADD COLUMN c_bpchar BPCHAR(5) DEFAULT foo(4),
              ALTER COLUMN c_int SET DEFAULT LENGTH(foo(8));

-- corpus: line 193 accepted
ALTER TABLE T ADD COLUMN c_text TEXT  DEFAULT foo(6),
              ALTER COLUMN c_bpchar SET DEFAULT foo(3);

-- corpus: line 198 accepted
ALTER TABLE T ADD COLUMN c_date DATE
                  DEFAULT '2016-06-02'::DATE  + LENGTH(foo(10)),
              ALTER COLUMN c_text SET DEFAULT foo(12);

-- corpus: line 204 accepted
ALTER TABLE T ADD COLUMN c_timestamp TIMESTAMP
                  DEFAULT '2016-09-01'::DATE + LENGTH(foo(10)),
              ALTER COLUMN c_date
                  SET DEFAULT '2010-01-01'::DATE - LENGTH(foo(4));

-- corpus: line 211 accepted
ALTER TABLE T ADD COLUMN c_array TEXT[]
                  DEFAULT ('{"This", "is", "' || foo(4) ||
                           '","the", "real", "world"}')::TEXT[],
              ALTER COLUMN c_timestamp
                  SET DEFAULT '1970-12-31'::DATE + LENGTH(foo(30));

-- corpus: line 219 accepted
ALTER TABLE T ALTER COLUMN c_int DROP DEFAULT,
              ALTER COLUMN c_array
                  SET DEFAULT ('{"This", "is", "' || foo(1) ||
                               '", "fantasy"}')::text[];

-- corpus: line 226 accepted
ALTER TABLE T ALTER COLUMN c_bpchar    DROP DEFAULT,
              ALTER COLUMN c_date      DROP DEFAULT,
              ALTER COLUMN c_text      DROP DEFAULT,
              ALTER COLUMN c_timestamp DROP DEFAULT,
              ALTER COLUMN c_array     DROP DEFAULT;

-- corpus: line 238 accepted
DROP TABLE T;

-- corpus: line 240 accepted
DROP FUNCTION foo(INT);

-- corpus: line 243 accepted
CREATE TABLE T(pk INT NOT NULL PRIMARY KEY);

-- corpus: line 250 accepted
ALTER TABLE T ADD COLUMN c1 TIMESTAMP DEFAULT now();

-- corpus: line 255 accepted
ALTER TABLE T ADD COLUMN c2 TIMESTAMP DEFAULT clock_timestamp();

-- corpus: line 259 accepted
DROP TABLE T;

-- corpus: line 262 accepted
CREATE TABLE T (pk INT NOT NULL PRIMARY KEY);

-- corpus: line 268 accepted
ALTER TABLE T ADD COLUMN c_bigint BIGINT NOT NULL DEFAULT -1;

-- corpus: line 272 accepted
ALTER TABLE T ADD COLUMN c_text TEXT DEFAULT 'hello';

-- corpus: line 318 accepted
DROP TABLE T;

-- corpus: line 322 accepted
CREATE TABLE T(pk INT NOT NULL PRIMARY KEY);

-- corpus: line 328 accepted
ALTER TABLE T ADD COLUMN c_int INT NOT NULL DEFAULT -1;

-- corpus: line 332 accepted
ALTER TABLE T ADD COLUMN c_text TEXT DEFAULT 'Hello';

-- corpus: line 336 accepted
ALTER TABLE T ALTER COLUMN c_text SET DEFAULT 'world',
              ALTER COLUMN c_int  SET DEFAULT 1;

-- corpus: line 344 accepted
CREATE INDEX i ON T(c_int, c_text);

-- corpus: line 351 accepted
CREATE TABLE t1 AS
SELECT 1::int AS a , 2::int AS b
FROM generate_series(1,20) q;

-- corpus: line 355 accepted
ALTER TABLE t1 ADD COLUMN c text;

-- corpus: line 363 accepted
DROP TABLE T;

-- corpus: line 368 accepted
CREATE FUNCTION test_trigger()
RETURNS trigger
LANGUAGE plpgsql
AS $$

begin
    raise notice 'old tuple: %', to_json(OLD)::text;
    if TG_OP = 'DELETE'
    then
       return OLD;
    else
       return NEW;
    end if;
end;

$$;

-- corpus: line 386 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 388 accepted
ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 4;

-- corpus: line 389 accepted
ALTER TABLE t ADD COLUMN y int NOT NULL DEFAULT 5;

-- corpus: line 390 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 394 accepted
DROP TABLE t;

-- corpus: line 397 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 399 accepted
ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 4;

-- corpus: line 400 accepted
ALTER TABLE t ADD COLUMN y int;

-- corpus: line 401 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 405 accepted
DROP TABLE t;

-- corpus: line 408 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 410 accepted
ALTER TABLE t ADD COLUMN x int;

-- corpus: line 411 accepted
ALTER TABLE t ADD COLUMN y int NOT NULL DEFAULT 5;

-- corpus: line 412 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 416 accepted
DROP TABLE t;

-- corpus: line 419 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 421 accepted
ALTER TABLE t ADD COLUMN x int;

-- corpus: line 422 accepted
ALTER TABLE t ADD COLUMN y int;

-- corpus: line 423 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 427 accepted
DROP TABLE t;

-- corpus: line 431 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 433 accepted
ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 4;

-- corpus: line 434 accepted
ALTER TABLE t ADD COLUMN y int NOT NULL DEFAULT 5;

-- corpus: line 435 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 439 accepted
DROP TABLE t;

-- corpus: line 442 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 444 accepted
ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 4;

-- corpus: line 445 accepted
ALTER TABLE t ADD COLUMN y int;

-- corpus: line 446 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 450 accepted
DROP TABLE t;

-- corpus: line 453 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 455 accepted
ALTER TABLE t ADD COLUMN x int;

-- corpus: line 456 accepted
ALTER TABLE t ADD COLUMN y int NOT NULL DEFAULT 5;

-- corpus: line 457 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 461 accepted
DROP TABLE t;

-- corpus: line 464 accepted
CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int);

-- corpus: line 466 accepted
ALTER TABLE t ADD COLUMN x int;

-- corpus: line 467 accepted
ALTER TABLE t ADD COLUMN y int;

-- corpus: line 468 accepted
CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE test_trigger();

-- corpus: line 472 accepted
DROP TABLE t;

-- corpus: line 477 accepted
CREATE TABLE leader (a int PRIMARY KEY, b int);

-- corpus: line 478 accepted
CREATE TABLE follower (a int REFERENCES leader ON DELETE CASCADE, b int);

-- corpus: line 480 accepted
ALTER TABLE leader ADD c int;

-- corpus: line 481 accepted
ALTER TABLE leader DROP c;

-- corpus: line 486 accepted
CREATE TABLE vtype( a integer);

-- corpus: line 488 accepted
ALTER TABLE vtype ADD COLUMN b DOUBLE PRECISION DEFAULT 0.2;

-- corpus: line 489 accepted
ALTER TABLE vtype ADD COLUMN c BOOLEAN DEFAULT true;

-- corpus: line 491 accepted
ALTER TABLE vtype
      ALTER b TYPE text USING b::text,
      ALTER c TYPE text USING c::text;

-- corpus: line 498 accepted
CREATE TABLE vtype2 (a int);

-- corpus: line 500 accepted
ALTER TABLE vtype2 ADD COLUMN b varchar(10) DEFAULT 'xxx';

-- corpus: line 501 accepted
ALTER TABLE vtype2 ALTER COLUMN b SET DEFAULT 'yyy';

-- corpus: line 504 accepted
ALTER TABLE vtype2 ALTER COLUMN b TYPE varchar(20) USING b::varchar(20);

-- corpus: line 512 accepted
CREATE TABLE t();

-- corpus: line 514 accepted
ALTER TABLE t ADD COLUMN a int DEFAULT 1;

-- corpus: line 515 accepted
CREATE INDEX ON t(a);

-- corpus: line 529 accepted
CREATE FOREIGN DATA WRAPPER dummy;

-- corpus: line 530 accepted
CREATE SERVER s0 FOREIGN DATA WRAPPER dummy;

-- corpus: line 531 accepted
CREATE FOREIGN TABLE ft1 (c1 integer NOT NULL) SERVER s0;

-- corpus: line 532 accepted
ALTER FOREIGN TABLE ft1 ADD COLUMN c8 integer DEFAULT 0;

-- corpus: line 533 accepted
ALTER FOREIGN TABLE ft1 ALTER COLUMN c8 TYPE char(10);

-- corpus: line 540 accepted
DROP FOREIGN TABLE ft1;

-- corpus: line 541 accepted
DROP SERVER s0;

-- corpus: line 542 accepted
DROP FOREIGN DATA WRAPPER dummy;

-- corpus: line 543 accepted
DROP TABLE vtype;

-- corpus: line 544 accepted
DROP TABLE vtype2;

-- corpus: line 545 accepted
DROP TABLE follower;

-- corpus: line 546 accepted
DROP TABLE leader;

-- corpus: line 547 accepted
DROP FUNCTION test_trigger();

-- corpus: line 548 accepted
DROP TABLE t1;

-- corpus: line 549 accepted
DROP FUNCTION set(name);

-- corpus: line 550 accepted
DROP FUNCTION comp();

-- corpus: line 551 accepted
DROP TABLE m;

-- corpus: line 552 accepted
DROP TABLE has_volatile;

-- corpus: line 553 accepted
DROP EVENT TRIGGER has_volatile_rewrite;

-- corpus: line 554 accepted
DROP FUNCTION log_rewrite;

-- corpus: line 555 accepted
DROP SCHEMA fast_default;

-- corpus: line 559 accepted
create table has_fast_default(f1 int);

-- corpus: line 561 accepted
alter table has_fast_default add column f2 int default 42;
