-- corpus: line 17 accepted
CREATE TABLE clean_aborted_self(key int, data text);

-- corpus: line 18 accepted
CREATE INDEX clean_aborted_self_key ON clean_aborted_self(key);
