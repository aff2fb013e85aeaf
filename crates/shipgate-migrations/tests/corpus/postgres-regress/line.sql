-- corpus: line 7 accepted
CREATE TABLE LINE_TBL (s line);
