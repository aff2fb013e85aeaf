-- corpus: line 23 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE C
    AS 'nosuchfile';

-- corpus: line 34 accepted
CREATE FUNCTION test1 (int) RETURNS int LANGUAGE internal
    AS 'nosuch';
