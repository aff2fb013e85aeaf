-- corpus: line 5 accepted
CREATE TABLE OID_TBL(f1 oid);

-- corpus: line 57 accepted
DROP TABLE OID_TBL;
