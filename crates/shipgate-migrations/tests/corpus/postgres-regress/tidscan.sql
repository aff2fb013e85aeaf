-- corpus: line 3 accepted
CREATE TABLE tidscan(id integer);

-- corpus: line 104 accepted
DROP TABLE tidscan;
