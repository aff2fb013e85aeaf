-- corpus: line 15 accepted
CREATE TABLE bmscantest (a int, b int, t text);

-- corpus: line 21 accepted
CREATE INDEX i_bmtest_a ON bmscantest(a);

-- corpus: line 22 accepted
CREATE INDEX i_bmtest_b ON bmscantest(b);

-- corpus: line 41 accepted
DROP TABLE bmscantest;
