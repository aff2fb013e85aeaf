-- corpus: line 9 accepted
CREATE SCHEMA test_ns_schema_1
       CREATE UNIQUE INDEX abc_a_idx ON abc (a)

       CREATE VIEW abc_view AS
              SELECT a+1 AS a, b+1 AS b FROM abc

       CREATE TABLE abc (
              a serial,
              b int UNIQUE
       );

-- corpus: line 24 accepted
CREATE SCHEMA test_ns_schema_2
       CREATE VIEW abc_view AS SELECT c FROM abc;

-- corpus: line 33 accepted
CREATE SCHEMA test_ns_schema_2
       CREATE VIEW abc_view AS SELECT a FROM abc;

-- corpus: line 38 accepted
DROP SCHEMA test_ns_schema_2 CASCADE;

-- corpus: line 51 accepted
ALTER SCHEMA test_ns_schema_1 RENAME TO test_ns_schema_renamed;

-- corpus: line 56 accepted
CREATE SCHEMA test_ns_schema_renamed;

-- corpus: line 57 accepted
CREATE SCHEMA IF NOT EXISTS test_ns_schema_renamed;

-- corpus: line 58 rejected 0A000 CREATE SCHEMA IF NOT EXISTS cannot include schema elements
CREATE SCHEMA IF NOT EXISTS test_ns_schema_renamed -- fail, disallowed
       CREATE TABLE abc (
              a serial,
              b int UNIQUE
       );

-- corpus: line 64 accepted
DROP SCHEMA test_ns_schema_renamed CASCADE;
