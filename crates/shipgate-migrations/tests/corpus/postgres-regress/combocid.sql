-- corpus: line 4 accepted
CREATE TEMP TABLE combocidtest (foobar int);

-- corpus: line 97 accepted
CREATE TABLE IF NOT EXISTS testcase(
	id int PRIMARY KEY,
	balance numeric
);

-- corpus: line 111 accepted
DROP TABLE testcase;
