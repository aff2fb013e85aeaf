-- corpus: line 10 accepted
CREATE TEMP TABLE VARCHAR_TBL(f1 varchar(1));

-- corpus: line 57 accepted
DROP TABLE VARCHAR_TBL;
