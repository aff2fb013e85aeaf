-- corpus: line 15 accepted
CREATE ROLE regress_alice;

-- corpus: line 17 accepted
CREATE FUNCTION f_leak (text)
       RETURNS bool LANGUAGE 'plpgsql' COST 0.0000001
       AS 'BEGIN RAISE NOTICE ''f_leak => %'', $1; RETURN true; END';

-- corpus: line 21 accepted
CREATE TABLE customer (
       cid      int primary key,
       name     text not null,
       tel      text,
       passwd	text
);

-- corpus: line 28 accepted
CREATE TABLE credit_card (
       cid      int references customer(cid),
       cnum     text,
       climit   int
);

-- corpus: line 34 accepted
CREATE TABLE credit_usage (
       cid      int references customer(cid),
       ymd      date,
       usage    int
);

-- corpus: line 59 accepted
CREATE VIEW my_property_normal AS
       SELECT * FROM customer WHERE name = current_user;

-- corpus: line 61 accepted
CREATE VIEW my_property_secure WITH (security_barrier) AS
       SELECT * FROM customer WHERE name = current_user;

-- corpus: line 64 accepted
CREATE VIEW my_credit_card_normal AS
       SELECT * FROM customer l NATURAL JOIN credit_card r
       WHERE l.name = current_user;

-- corpus: line 67 accepted
CREATE VIEW my_credit_card_secure WITH (security_barrier) AS
       SELECT * FROM customer l NATURAL JOIN credit_card r
       WHERE l.name = current_user;

-- corpus: line 71 accepted
CREATE VIEW my_credit_card_usage_normal AS
       SELECT * FROM my_credit_card_secure l NATURAL JOIN credit_usage r;

-- corpus: line 73 accepted
CREATE VIEW my_credit_card_usage_secure WITH (security_barrier) AS
       SELECT * FROM my_credit_card_secure l NATURAL JOIN credit_usage r;

-- corpus: line 76 accepted
GRANT SELECT ON my_property_normal TO public;

-- corpus: line 77 accepted
GRANT SELECT ON my_property_secure TO public;

-- corpus: line 78 accepted
GRANT SELECT ON my_credit_card_normal TO public;

-- corpus: line 79 accepted
GRANT SELECT ON my_credit_card_secure TO public;

-- corpus: line 80 accepted
GRANT SELECT ON my_credit_card_usage_normal TO public;

-- corpus: line 81 accepted
GRANT SELECT ON my_credit_card_usage_secure TO public;

-- corpus: line 147 accepted
ALTER VIEW my_property_normal SET (security_barrier=true);

-- corpus: line 148 accepted
ALTER VIEW my_property_secure SET (security_barrier=false);

-- corpus: line 155 accepted
DROP ROLE regress_alice;
