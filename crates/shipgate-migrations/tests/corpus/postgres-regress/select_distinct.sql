-- corpus: line 64 accepted
CREATE TABLE distinct_group_1 AS
SELECT DISTINCT g%1000 FROM generate_series(0,9999) g;

-- corpus: line 69 accepted
CREATE TABLE distinct_group_2 AS
SELECT DISTINCT (g%1000)::text FROM generate_series(0,9999) g;

-- corpus: line 91 accepted
CREATE TABLE distinct_hash_1 AS
SELECT DISTINCT g%1000 FROM generate_series(0,9999) g;

-- corpus: line 96 accepted
CREATE TABLE distinct_hash_2 AS
SELECT DISTINCT (g%1000)::text FROM generate_series(0,9999) g;

-- corpus: line 113 accepted
DROP TABLE distinct_hash_1;

-- corpus: line 114 accepted
DROP TABLE distinct_hash_2;

-- corpus: line 115 accepted
DROP TABLE distinct_group_1;

-- corpus: line 116 accepted
DROP TABLE distinct_group_2;

-- corpus: line 131 accepted
CREATE OR REPLACE FUNCTION distinct_func(a INT) RETURNS INT AS $$
  BEGIN
    RETURN a;
  END;
$$ LANGUAGE plpgsql PARALLEL UNSAFE;

-- corpus: line 142 accepted
CREATE OR REPLACE FUNCTION distinct_func(a INT) RETURNS INT AS $$
  BEGIN
    RETURN a;
  END;
$$ LANGUAGE plpgsql PARALLEL SAFE;

-- corpus: line 188 accepted
CREATE TEMP TABLE disttable (f1 integer);
