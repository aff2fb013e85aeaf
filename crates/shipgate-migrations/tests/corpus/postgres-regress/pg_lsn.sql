-- corpus: line 5 accepted
CREATE TABLE PG_LSN_TBL (f1 pg_lsn);

-- corpus: line 25 accepted
DROP TABLE PG_LSN_TBL;
