-- corpus: line 5 accepted
CREATE TABLE DATE_TBL (f1 date);
