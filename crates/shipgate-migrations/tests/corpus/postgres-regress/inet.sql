-- corpus: line 7 accepted
DROP TABLE INET_TBL;

-- corpus: line 8 accepted
CREATE TABLE INET_TBL (c cidr, i inet);

-- corpus: line 67 accepted
CREATE INDEX inet_idx1 ON inet_tbl(i);

-- corpus: line 82 accepted
DROP INDEX inet_idx1;

-- corpus: line 85 accepted
CREATE INDEX inet_idx2 ON inet_tbl using gist (i inet_ops);

-- corpus: line 105 accepted
DROP INDEX inet_idx2;

-- corpus: line 108 accepted
CREATE INDEX inet_idx3 ON inet_tbl using spgist (i);

-- corpus: line 128 accepted
DROP INDEX inet_idx3;
