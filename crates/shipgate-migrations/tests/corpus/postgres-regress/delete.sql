-- corpus: line 1 accepted
CREATE TABLE delete_test (
    id SERIAL PRIMARY KEY,
    a INT,
    b text
);

-- corpus: line 25 accepted
DROP TABLE delete_test;
