-- corpus: line 275 accepted
CREATE TABLE TEMP_TIMESTAMP (f1 timestamp with time zone);

-- corpus: line 316 accepted
DROP TABLE TEMP_TIMESTAMP;
