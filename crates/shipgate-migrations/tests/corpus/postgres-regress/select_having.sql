-- corpus: line 6 accepted
CREATE TABLE test_having (a int, b int, c char(8), d char);

-- corpus: line 50 accepted
DROP TABLE test_having;
