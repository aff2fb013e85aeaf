-- corpus: line 15 accepted
CREATE TEMP TABLE CHAR_TBL(f1 char);

-- corpus: line 62 accepted
DROP TABLE CHAR_TBL;
