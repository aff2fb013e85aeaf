-- corpus: line 1 accepted
CREATE TABLE ttable1 OF nothing;

-- corpus: line 3 accepted
CREATE TYPE person_type AS (id int, name text);

-- corpus: line 4 accepted
CREATE TABLE persons OF person_type;

-- corpus: line 5 accepted
CREATE TABLE IF NOT EXISTS persons OF person_type;

-- corpus: line 9 accepted
CREATE FUNCTION get_all_persons() RETURNS SETOF person_type
LANGUAGE SQL
AS $$
    SELECT * FROM persons;
$$;

-- corpus: line 18 accepted
ALTER TABLE persons ADD COLUMN comment text;

-- corpus: line 19 accepted
ALTER TABLE persons DROP COLUMN name;

-- corpus: line 20 accepted
ALTER TABLE persons RENAME COLUMN id TO num;

-- corpus: line 21 accepted
ALTER TABLE persons ALTER COLUMN name TYPE varchar;

-- corpus: line 22 accepted
CREATE TABLE stuff (id int);

-- corpus: line 23 accepted
ALTER TABLE persons INHERIT stuff;

-- corpus: line 25 accepted
CREATE TABLE personsx OF person_type (myname WITH OPTIONS NOT NULL);

-- corpus: line 27 accepted
CREATE TABLE persons2 OF person_type (
    id WITH OPTIONS PRIMARY KEY,
    UNIQUE (name)
);

-- corpus: line 34 accepted
CREATE TABLE persons3 OF person_type (
    PRIMARY KEY (id),
    name WITH OPTIONS DEFAULT ''
);

-- corpus: line 41 accepted
CREATE TABLE persons4 OF person_type (
    name WITH OPTIONS NOT NULL,
    name WITH OPTIONS DEFAULT ''  -- error, specified more than once
);

-- corpus: line 46 accepted
DROP TYPE person_type RESTRICT;

-- corpus: line 47 accepted
DROP TYPE person_type CASCADE;

-- corpus: line 49 accepted
CREATE TABLE persons5 OF stuff;

-- corpus: line 51 accepted
DROP TABLE stuff;

-- corpus: line 56 accepted
CREATE TYPE person_type AS (id int, name text);

-- corpus: line 57 accepted
CREATE TABLE persons OF person_type;

-- corpus: line 60 accepted
CREATE FUNCTION namelen(person_type) RETURNS int LANGUAGE SQL AS $$ SELECT length($1.name) $$;

-- corpus: line 63 accepted
CREATE TABLE persons2 OF person_type (
    id WITH OPTIONS PRIMARY KEY,
    UNIQUE (name)
);

-- corpus: line 70 accepted
CREATE TABLE persons3 OF person_type (
    PRIMARY KEY (id),
    name NOT NULL DEFAULT ''
);
