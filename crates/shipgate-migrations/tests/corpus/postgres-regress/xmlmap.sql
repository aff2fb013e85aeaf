-- corpus: line 1 accepted
CREATE SCHEMA testxmlschema;

-- corpus: line 3 accepted
CREATE TABLE testxmlschema.test1 (a int, b text);

-- corpus: line 5 accepted
CREATE DOMAIN testxmldomain AS varchar;

-- corpus: line 6 accepted
CREATE TABLE testxmlschema.test2 (z int, y varchar(500), x char(6),
    w numeric(9,2), v smallint, u bigint, t real,
    s time, stz timetz, r timestamp, rtz timestamptz, q date,
    p xml, o testxmldomain, n bool, m bytea, aaa text);

-- corpus: line 10 accepted
ALTER TABLE testxmlschema.test2 DROP COLUMN aaa;

-- corpus: line 53 accepted
CREATE DOMAIN testboolxmldomain AS bool;

-- corpus: line 54 accepted
CREATE DOMAIN testdatexmldomain AS date;

-- corpus: line 56 accepted
CREATE TABLE testxmlschema.test3
    AS SELECT true c1,
              true::testboolxmldomain c2,
              '2013-02-21'::date c3,
              '2013-02-21'::testdatexmldomain c4;
