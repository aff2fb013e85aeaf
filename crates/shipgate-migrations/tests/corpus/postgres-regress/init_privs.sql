-- corpus: line 7 accepted
GRANT SELECT ON pg_proc TO CURRENT_USER;

-- corpus: line 8 accepted
GRANT SELECT (prosrc) ON pg_proc TO CURRENT_USER;

-- corpus: line 10 accepted
GRANT SELECT (rolname, rolsuper) ON pg_authid TO CURRENT_USER;
