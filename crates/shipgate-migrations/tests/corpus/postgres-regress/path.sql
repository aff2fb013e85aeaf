-- corpus: line 7 accepted
CREATE TABLE PATH_TBL (f1 path);
