-- corpus: line 99 accepted
CREATE TABLE BOOLTBL1 (f1 bool);

-- corpus: line 132 accepted
CREATE TABLE BOOLTBL2 (f1 bool);

-- corpus: line 212 accepted
CREATE TABLE BOOLTBL3 (d text, b bool, o int);

-- corpus: line 231 accepted
CREATE TABLE booltbl4(isfalse bool, istrue bool, isnul bool);

-- corpus: line 261 accepted
DROP TABLE  BOOLTBL1;

-- corpus: line 263 accepted
DROP TABLE  BOOLTBL2;

-- corpus: line 265 accepted
DROP TABLE  BOOLTBL3;

-- corpus: line 267 accepted
DROP TABLE  BOOLTBL4;
