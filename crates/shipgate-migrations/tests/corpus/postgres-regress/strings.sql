-- corpus: line 499 accepted
CREATE TABLE texttest (a text PRIMARY KEY, b int);

-- corpus: line 502 accepted
CREATE TABLE byteatest (a bytea PRIMARY KEY, b int);

-- corpus: line 505 accepted
DROP TABLE texttest, byteatest;

-- corpus: line 526 accepted
CREATE TABLE toasttest(f1 text);

-- corpus: line 535 accepted
alter table toasttest alter column f1 set storage external;

-- corpus: line 564 accepted
ALTER TABLE toasttest set (toast_tuple_target = 4080);

-- corpus: line 573 accepted
DROP TABLE toasttest;

-- corpus: line 578 accepted
CREATE TABLE toasttest(f1 bytea);

-- corpus: line 587 accepted
alter table toasttest alter column f1 set storage external;

-- corpus: line 606 accepted
DROP TABLE toasttest;

-- corpus: line 615 accepted
CREATE TABLE toasttest (c char(4096));

-- corpus: line 619 accepted
DROP TABLE toasttest;
