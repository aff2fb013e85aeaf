-- corpus: line 53 accepted
create table xid8_t1 (x xid8);

-- corpus: line 58 accepted
create index on xid8_t1 using btree(x);

-- corpus: line 59 accepted
create index on xid8_t1 using hash(x);

-- corpus: line 60 accepted
drop table xid8_t1;

-- corpus: line 86 accepted
create temp table snapshot_test (
	nr	integer,
	snap	pg_snapshot
);

-- corpus: line 157 accepted
CREATE FUNCTION test_future_xid_status(xid8)
RETURNS void
LANGUAGE plpgsql
AS
$$
BEGIN
  PERFORM pg_xact_status($1);
  RAISE EXCEPTION 'didn''t ERROR at xid in the future as expected';
EXCEPTION
  WHEN invalid_parameter_value THEN
    RAISE NOTICE 'Got expected error for xid in the future';
END;
$$;
