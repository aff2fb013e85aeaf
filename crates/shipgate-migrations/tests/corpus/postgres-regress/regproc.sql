-- corpus: line 7 accepted
CREATE ROLE regress_regrole_test;

-- corpus: line 58 accepted
DROP ROLE regress_regrole_test;
