-- corpus: line 4 accepted
CREATE TABLE tidrangescan(id integer, data text);

-- corpus: line 23 accepted
VACUUM tidrangescan;

-- corpus: line 99 accepted
DROP TABLE tidrangescan;
