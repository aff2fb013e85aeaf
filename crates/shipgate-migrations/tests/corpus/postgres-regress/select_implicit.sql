-- corpus: line 10 accepted
CREATE TABLE test_missing_target (a int, b int, c char(8), d char);

-- corpus: line 89 accepted
CREATE TABLE test_missing_target2 AS
SELECT count(*)
FROM test_missing_target x, test_missing_target y
	WHERE x.a = y.a
	GROUP BY x.b ORDER BY x.b;

-- corpus: line 146 accepted
CREATE TABLE test_missing_target3 AS
SELECT count(x.b)
FROM test_missing_target x, test_missing_target y
	WHERE x.a = y.a
	GROUP BY x.b/2 ORDER BY x.b/2;

-- corpus: line 154 accepted
DROP TABLE test_missing_target;

-- corpus: line 155 accepted
DROP TABLE test_missing_target2;

-- corpus: line 156 accepted
DROP TABLE test_missing_target3;
