\set ON_ERROR_STOP on
SET lock_timeout = '5s';
CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
/* outer /* nested */ still comment; */
COPY t (a, b) FROM stdin;
1	x;y
\.
SELECT E'it\'s', 'a''b', "q;uoted";
