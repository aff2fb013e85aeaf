-- corpus: line 7 accepted
CREATE TABLE LSEG_TBL (s lseg);
