-- corpus: line 5 accepted
CREATE TABLE TIME_TBL (f1 time(2));
