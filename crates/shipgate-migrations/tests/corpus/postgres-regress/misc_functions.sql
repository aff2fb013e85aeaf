-- corpus: line 85 accepted
CREATE ROLE regress_log_memory;

-- corpus: line 90 accepted
GRANT EXECUTE ON FUNCTION pg_log_backend_memory_contexts(integer)
  TO regress_log_memory;

-- corpus: line 100 accepted
REVOKE EXECUTE ON FUNCTION pg_log_backend_memory_contexts(integer)
  FROM regress_log_memory;

-- corpus: line 103 accepted
DROP ROLE regress_log_memory;

-- corpus: line 172 accepted
CREATE ROLE regress_slot_dir_funcs;

-- corpus: line 180 accepted
GRANT pg_monitor TO regress_slot_dir_funcs;

-- corpus: line 188 accepted
DROP ROLE regress_slot_dir_funcs;

-- corpus: line 194 accepted
CREATE FUNCTION my_int_eq(int, int) RETURNS bool
  LANGUAGE internal STRICT IMMUTABLE PARALLEL SAFE
  AS $$int4eq$$;

-- corpus: line 209 accepted
ALTER FUNCTION my_int_eq(int, int) SUPPORT test_support_func;

-- corpus: line 216 accepted
CREATE FUNCTION my_gen_series(int, int) RETURNS SETOF integer
  LANGUAGE internal STRICT IMMUTABLE PARALLEL SAFE
  AS $$generate_series_int4$$
  SUPPORT test_support_func;
