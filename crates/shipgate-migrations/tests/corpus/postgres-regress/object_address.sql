-- corpus: line 7 accepted
DROP ROLE IF EXISTS regress_addr_user;

-- corpus: line 10 accepted
CREATE USER regress_addr_user;

-- corpus: line 13 accepted
CREATE SCHEMA addr_nsp;

-- corpus: line 15 accepted
CREATE FOREIGN DATA WRAPPER addr_fdw;

-- corpus: line 16 accepted
CREATE SERVER addr_fserv FOREIGN DATA WRAPPER addr_fdw;

-- corpus: line 17 accepted
CREATE TEXT SEARCH DICTIONARY addr_ts_dict (template=simple);

-- corpus: line 18 accepted
CREATE TEXT SEARCH CONFIGURATION addr_ts_conf (copy=english);

-- corpus: line 19 accepted
CREATE TEXT SEARCH TEMPLATE addr_ts_temp (lexize=dsimple_lexize);

-- corpus: line 20 accepted
CREATE TEXT SEARCH PARSER addr_ts_prs
    (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);

-- corpus: line 22 accepted
CREATE TABLE addr_nsp.gentable (
    a serial primary key CONSTRAINT a_chk CHECK (a > 0),
    b text DEFAULT 'hello'
);

-- corpus: line 26 accepted
CREATE TABLE addr_nsp.parttable (
    a int PRIMARY KEY
) PARTITION BY RANGE (a);

-- corpus: line 29 accepted
CREATE VIEW addr_nsp.genview AS SELECT * from addr_nsp.gentable;

-- corpus: line 30 accepted
CREATE MATERIALIZED VIEW addr_nsp.genmatview AS SELECT * FROM addr_nsp.gentable;

-- corpus: line 31 accepted
CREATE TYPE addr_nsp.gencomptype AS (a int);

-- corpus: line 32 accepted
CREATE TYPE addr_nsp.genenum AS ENUM ('one', 'two');

-- corpus: line 33 accepted
CREATE FOREIGN TABLE addr_nsp.genftable (a int) SERVER addr_fserv;

-- corpus: line 34 accepted
CREATE AGGREGATE addr_nsp.genaggr(int4) (sfunc = int4pl, stype = int4);

-- corpus: line 35 accepted
CREATE DOMAIN addr_nsp.gendomain AS int4 CONSTRAINT domconstr CHECK (value > 0);

-- corpus: line 36 accepted
CREATE FUNCTION addr_nsp.trig() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN END; $$;

-- corpus: line 37 accepted
CREATE TRIGGER t BEFORE INSERT ON addr_nsp.gentable FOR EACH ROW EXECUTE PROCEDURE addr_nsp.trig();

-- corpus: line 38 accepted
CREATE POLICY genpol ON addr_nsp.gentable;

-- corpus: line 39 accepted
CREATE PROCEDURE addr_nsp.proc(int4) LANGUAGE SQL AS $$ $$;

-- corpus: line 40 accepted
CREATE SERVER "integer" FOREIGN DATA WRAPPER addr_fdw;

-- corpus: line 41 accepted
CREATE USER MAPPING FOR regress_addr_user SERVER "integer";

-- corpus: line 42 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_addr_user IN SCHEMA public GRANT ALL ON TABLES TO regress_addr_user;

-- corpus: line 43 accepted
ALTER DEFAULT PRIVILEGES FOR ROLE regress_addr_user REVOKE DELETE ON TABLES FROM regress_addr_user;

-- corpus: line 46 accepted
CREATE TRANSFORM FOR int LANGUAGE SQL (
    FROM SQL WITH FUNCTION prsd_lextype(internal),
    TO SQL WITH FUNCTION int4recv(internal));

-- corpus: line 51 accepted
CREATE PUBLICATION addr_pub FOR TABLE addr_nsp.gentable;

-- corpus: line 52 accepted
CREATE PUBLICATION addr_pub_schema FOR TABLES IN SCHEMA addr_nsp;

-- corpus: line 54 accepted
CREATE SUBSCRIPTION regress_addr_sub CONNECTION '' PUBLICATION bar WITH (connect = false, slot_name = NONE);

-- corpus: line 55 accepted
CREATE STATISTICS addr_nsp.gentable_stat ON a, b FROM addr_nsp.gentable;

-- corpus: line 227 accepted
DROP FOREIGN DATA WRAPPER addr_fdw CASCADE;

-- corpus: line 228 accepted
DROP PUBLICATION addr_pub;

-- corpus: line 229 accepted
DROP PUBLICATION addr_pub_schema;

-- corpus: line 230 accepted
DROP SUBSCRIPTION regress_addr_sub;

-- corpus: line 232 accepted
DROP SCHEMA addr_nsp CASCADE;

-- corpus: line 234 accepted
DROP OWNED BY regress_addr_user;

-- corpus: line 235 accepted
DROP USER regress_addr_user;
