-- corpus: line 9 accepted
CREATE TABLE CIRCLE_TBL (f1 circle);
