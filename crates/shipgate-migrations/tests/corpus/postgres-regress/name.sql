-- corpus: line 15 accepted
CREATE TABLE NAME_TBL(f1 name);

-- corpus: line 54 accepted
DROP TABLE NAME_TBL;
