-- corpus: line 20 accepted
CREATE TABLE indtoasttest(descr text, cnt int DEFAULT 0, f1 text, f2 text);

-- corpus: line 43 accepted
VACUUM FREEZE indtoasttest;

-- corpus: line 47 accepted
CREATE FUNCTION update_using_indirect()
        RETURNS trigger
        LANGUAGE plpgsql AS $$
BEGIN
    NEW := make_tuple_indirect(NEW);
    RETURN NEW;
END$$;

-- corpus: line 55 accepted
CREATE TRIGGER indtoasttest_update_indirect
        BEFORE INSERT OR UPDATE
        ON indtoasttest
        FOR EACH ROW
        EXECUTE PROCEDURE update_using_indirect();

-- corpus: line 76 accepted
VACUUM FREEZE indtoasttest;

-- corpus: line 79 accepted
DROP TABLE indtoasttest;

-- corpus: line 80 accepted
DROP FUNCTION update_using_indirect();
