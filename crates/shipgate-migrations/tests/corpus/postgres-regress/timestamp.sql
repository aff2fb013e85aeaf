-- corpus: line 5 accepted
CREATE TABLE TIMESTAMP_TBL (d1 timestamp(2) without time zone);
