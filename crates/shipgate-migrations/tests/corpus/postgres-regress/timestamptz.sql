-- corpus: line 5 accepted
CREATE TABLE TIMESTAMPTZ_TBL (d1 timestamp(2) with time zone);

-- corpus: line 398 accepted
CREATE TABLE TIMESTAMPTZ_TST (a int , b timestamptz);

-- corpus: line 410 accepted
DROP TABLE TIMESTAMPTZ_TST;

-- corpus: line 617 accepted
create temp table tmptz (f1 timestamptz primary key);
