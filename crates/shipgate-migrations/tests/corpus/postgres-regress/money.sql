-- corpus: line 7 accepted
CREATE TABLE money_data (m money);
