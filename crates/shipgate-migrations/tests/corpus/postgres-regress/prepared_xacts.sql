-- corpus: line 11 accepted
CREATE TABLE pxtest1 (foobar VARCHAR(10));

-- corpus: line 89 accepted
DROP TABLE pxtest1;

-- corpus: line 99 accepted
CREATE TABLE pxtest2 (a int);

-- corpus: line 108 accepted
CREATE TABLE pxtest3(fff int);

-- corpus: line 112 accepted
DROP TABLE pxtest3;

-- corpus: line 113 accepted
CREATE TABLE pxtest4 (a int);

-- corpus: line 162 accepted
DROP TABLE pxtest2;

-- corpus: line 163 accepted
DROP TABLE pxtest3;

-- corpus: line 164 accepted
DROP TABLE pxtest4;
