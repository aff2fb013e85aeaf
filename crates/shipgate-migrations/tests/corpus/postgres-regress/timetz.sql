-- corpus: line 5 accepted
CREATE TABLE TIMETZ_TBL (f1 time(2) with time zone);

-- corpus: line 93 accepted
CREATE VIEW timetz_local_view AS
  SELECT f1 AS dat,
       f1 AT TIME ZONE current_setting('TimeZone') AS dat_at_tz,
       f1 AT TIME ZONE INTERVAL '00:00' AS dat_at_int
  FROM TIMETZ_TBL
  ORDER BY f1;
