-- corpus: line 34 accepted
CREATE TABLE macaddr8_data (a int, b macaddr8);

-- corpus: line 62 accepted
CREATE INDEX macaddr8_data_btree ON macaddr8_data USING btree (b);

-- corpus: line 63 accepted
CREATE INDEX macaddr8_data_hash ON macaddr8_data USING hash (b);

-- corpus: line 89 accepted
DROP TABLE macaddr8_data;
