-- corpus: line 202 accepted
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- corpus: line 209 accepted
DROP TYPE mood;

-- corpus: line 240 accepted
CREATE TYPE hash_test_t1 AS (a int, b text);

-- corpus: line 247 accepted
DROP TYPE hash_test_t1;

-- corpus: line 250 accepted
CREATE TYPE hash_test_t2 AS (a money, b text);

-- corpus: line 255 accepted
DROP TYPE hash_test_t2;
