-- corpus: line 78 accepted
CREATE TEMP TABLE foo (f1 int, f2 int, f3 int, f4 int);

-- corpus: line 80 accepted
CREATE INDEX fooindex ON foo (f1 desc, f2 asc, f3 nulls first, f4 nulls last);

-- corpus: line 90 accepted
CREATE INDEX foocover ON foo (f1) INCLUDE (f2,f3);
