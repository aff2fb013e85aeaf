-- corpus: line 28 accepted
CREATE TABLE few(id int, dataa text, datab text);

-- corpus: line 109 accepted
CREATE TABLE fewmore AS SELECT generate_series(1,3) AS data;

-- corpus: line 167 accepted
CREATE OPERATOR |@| (PROCEDURE = unnest, RIGHTARG = ANYARRAY);

-- corpus: line 184 accepted
DROP TABLE few;

-- corpus: line 185 accepted
DROP TABLE fewmore;
