-- corpus: line 1 accepted
CREATE TEMP TABLE x (
	a serial,
	b int,
	c text not null default 'stuff',
	d text,
	e text
) ;

-- corpus: line 9 accepted
CREATE FUNCTION fn_x_before () RETURNS TRIGGER AS '
  BEGIN
		NEW.e := ''before trigger fired''::text;
		return NEW;
	END;
' LANGUAGE plpgsql;

-- corpus: line 16 accepted
CREATE FUNCTION fn_x_after () RETURNS TRIGGER AS '
  BEGIN
		UPDATE x set e=''after trigger fired'' where c=''stuff'';
		return NULL;
	END;
' LANGUAGE plpgsql;

-- corpus: line 23 accepted
CREATE TRIGGER trg_x_after AFTER INSERT ON x
FOR EACH ROW EXECUTE PROCEDURE fn_x_after();

-- corpus: line 26 accepted
CREATE TRIGGER trg_x_before BEFORE INSERT ON x
FOR EACH ROW EXECUTE PROCEDURE fn_x_before();

-- corpus: line 193 accepted
CREATE TEMP TABLE testeoc (a text);

-- corpus: line 206 accepted
CREATE TEMP TABLE testnull(a int, b text);

-- corpus: line 219 accepted
CREATE TABLE vistest (LIKE testeoc);

-- corpus: line 291 accepted
CREATE FUNCTION truncate_in_subxact() RETURNS VOID AS
$$
BEGIN
	TRUNCATE vistest;
EXCEPTION
  WHEN OTHERS THEN
	INSERT INTO vistest VALUES ('subxact failure');
END;
$$ language plpgsql;

-- corpus: line 311 accepted
CREATE TEMP TABLE forcetest (
    a INT NOT NULL,
    b TEXT NOT NULL,
    c TEXT,
    d TEXT,
    e TEXT
);

-- corpus: line 368 accepted
CREATE ROLE regress_rls_copy_user;

-- corpus: line 369 accepted
CREATE ROLE regress_rls_copy_user_colperms;

-- corpus: line 370 accepted
CREATE TABLE rls_t1 (a int, b int, c int);

-- corpus: line 379 accepted
CREATE POLICY p1 ON rls_t1 FOR SELECT USING (a % 2 = 0);

-- corpus: line 380 accepted
ALTER TABLE rls_t1 ENABLE ROW LEVEL SECURITY;

-- corpus: line 381 accepted
ALTER TABLE rls_t1 FORCE ROW LEVEL SECURITY;

-- corpus: line 383 accepted
GRANT SELECT ON TABLE rls_t1 TO regress_rls_copy_user;

-- corpus: line 384 accepted
GRANT SELECT (a, b) ON TABLE rls_t1 TO regress_rls_copy_user_colperms;

-- corpus: line 428 accepted
CREATE TABLE instead_of_insert_tbl(id serial, name text);

-- corpus: line 429 accepted
CREATE VIEW instead_of_insert_tbl_view AS SELECT ''::text AS str;

-- corpus: line 435 accepted
CREATE FUNCTION fun_instead_of_insert_tbl() RETURNS trigger AS $$
BEGIN
  INSERT INTO instead_of_insert_tbl (name) VALUES (NEW.str);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- corpus: line 441 accepted
CREATE TRIGGER trig_instead_of_insert_tbl_view
  INSTEAD OF INSERT ON instead_of_insert_tbl_view
  FOR EACH ROW EXECUTE PROCEDURE fun_instead_of_insert_tbl();

-- corpus: line 455 accepted
CREATE VIEW instead_of_insert_tbl_view_2 as select ''::text as str;

-- corpus: line 456 accepted
CREATE TRIGGER trig_instead_of_insert_tbl_view_2
  INSTEAD OF INSERT ON instead_of_insert_tbl_view_2
  FOR EACH ROW EXECUTE PROCEDURE fun_instead_of_insert_tbl();

-- corpus: line 468 accepted
DROP TABLE forcetest;

-- corpus: line 469 accepted
DROP TABLE vistest;

-- corpus: line 470 accepted
DROP FUNCTION truncate_in_subxact();

-- corpus: line 471 accepted
DROP TABLE x, y;

-- corpus: line 472 accepted
DROP TABLE rls_t1 CASCADE;

-- corpus: line 473 accepted
DROP ROLE regress_rls_copy_user;

-- corpus: line 474 accepted
DROP ROLE regress_rls_copy_user_colperms;

-- corpus: line 475 accepted
DROP FUNCTION fn_x_before();

-- corpus: line 476 accepted
DROP FUNCTION fn_x_after();

-- corpus: line 477 accepted
DROP TABLE instead_of_insert_tbl;

-- corpus: line 478 accepted
DROP VIEW instead_of_insert_tbl_view;

-- corpus: line 479 accepted
DROP VIEW instead_of_insert_tbl_view_2;

-- corpus: line 480 accepted
DROP FUNCTION fun_instead_of_insert_tbl();

-- corpus: line 486 accepted
create temp table copy_default (
	id integer primary key,
	text_value text not null default 'test',
	ts_value timestamp without time zone not null default '2022-07-05'
);
