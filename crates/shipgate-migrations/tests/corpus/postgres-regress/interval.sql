-- corpus: line 18 accepted
CREATE TABLE INTERVAL_TBL (f1 interval);

-- corpus: line 70 accepted
CREATE TEMP TABLE INTERVAL_TBL_OF (f1 interval);

-- corpus: line 91 accepted
CREATE INDEX ON INTERVAL_TBL_OF USING btree (f1);

-- corpus: line 98 accepted
DROP TABLE INTERVAL_TBL_OF;

-- corpus: line 108 accepted
CREATE TABLE INTERVAL_MULDIV_TBL (span interval);

-- corpus: line 132 accepted
DROP TABLE INTERVAL_MULDIV_TBL;
