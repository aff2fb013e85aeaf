-- corpus: line 98 accepted
CREATE TABLE TEMP_FLOAT (f1 FLOAT8);

-- corpus: line 111 accepted
CREATE TABLE TEMP_INT4 (f1 INT4);

-- corpus: line 125 accepted
CREATE TABLE TEMP_INT2 (f1 INT2);

-- corpus: line 142 accepted
CREATE TABLE TEMP_GROUP (f1 INT4, f2 INT4, f3 FLOAT8);

-- corpus: line 178 accepted
DROP TABLE TEMP_INT2;

-- corpus: line 180 accepted
DROP TABLE TEMP_INT4;

-- corpus: line 182 accepted
DROP TABLE TEMP_FLOAT;

-- corpus: line 184 accepted
DROP TABLE TEMP_GROUP;
