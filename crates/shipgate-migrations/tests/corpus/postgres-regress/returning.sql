-- corpus: line 7 accepted
CREATE TEMP TABLE foo (f1 serial, f2 text, f3 int default 42);

-- corpus: line 57 accepted
CREATE TEMP TABLE foochild (fc int) INHERITS (foo);

-- corpus: line 61 accepted
ALTER TABLE foo ADD COLUMN f4 int8 DEFAULT 99;

-- corpus: line 87 accepted
DROP TABLE foochild;

-- corpus: line 91 accepted
CREATE TEMP VIEW voo AS SELECT f1, f2 FROM foo;

-- corpus: line 93 accepted
CREATE RULE voo_i AS ON INSERT TO voo DO INSTEAD
  INSERT INTO foo VALUES(new.*, 57);

-- corpus: line 101 accepted
CREATE OR REPLACE RULE voo_i AS ON INSERT TO voo DO INSTEAD
  INSERT INTO foo VALUES(new.*, 57) RETURNING *;

-- corpus: line 104 accepted
CREATE OR REPLACE RULE voo_i AS ON INSERT TO voo DO INSTEAD
  INSERT INTO foo VALUES(new.*, 57) RETURNING f1, f2;

-- corpus: line 115 accepted
CREATE OR REPLACE RULE voo_u AS ON UPDATE TO voo DO INSTEAD
  UPDATE foo SET f1 = new.f1, f2 = new.f2 WHERE f1 = old.f1
  RETURNING f1, f2;

-- corpus: line 125 accepted
CREATE OR REPLACE RULE voo_d AS ON DELETE TO voo DO INSTEAD
  DELETE FROM foo WHERE f1 = old.f1
  RETURNING f1, f2;

-- corpus: line 137 accepted
CREATE TEMP TABLE joinme (f2j text, other int);

-- corpus: line 142 accepted
CREATE TEMP VIEW joinview AS
  SELECT foo.*, other FROM foo JOIN joinme ON (f2 = f2j);

-- corpus: line 147 accepted
CREATE RULE joinview_u AS ON UPDATE TO joinview DO INSTEAD
  UPDATE foo SET f1 = new.f1, f3 = new.f3
    FROM joinme WHERE f2 = f2j AND f2 = old.f2
    RETURNING foo.*, other;
