-- corpus: line 5 accepted
CREATE TABLE macaddr_data (a int, b macaddr);

-- corpus: line 25 accepted
CREATE INDEX macaddr_data_btree ON macaddr_data USING btree (b);

-- corpus: line 26 accepted
CREATE INDEX macaddr_data_hash ON macaddr_data USING hash (b);

-- corpus: line 43 accepted
DROP TABLE macaddr_data;
