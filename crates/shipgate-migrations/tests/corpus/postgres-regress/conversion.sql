-- corpus: line 15 accepted
CREATE USER regress_conversion_user WITH NOCREATEDB NOCREATEROLE;

-- corpus: line 17 accepted
CREATE CONVERSION myconv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 21 accepted
CREATE CONVERSION myconv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 25 accepted
CREATE DEFAULT CONVERSION public.mydef FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 29 accepted
CREATE DEFAULT CONVERSION public.mydef2 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;

-- corpus: line 31 accepted
COMMENT ON CONVERSION myconv_bad IS 'foo';

-- corpus: line 32 accepted
COMMENT ON CONVERSION myconv IS 'bar';

-- corpus: line 33 accepted
COMMENT ON CONVERSION myconv IS NULL;

-- corpus: line 37 accepted
DROP CONVERSION myconv;

-- corpus: line 38 accepted
DROP CONVERSION mydef;

-- corpus: line 47 accepted
DROP USER regress_conversion_user;

-- corpus: line 55 accepted
create or replace function test_conv(
  input IN bytea,
  src_encoding IN text,
  dst_encoding IN text,

  result OUT bytea,
  errorat OUT bytea,
  error OUT text)
language plpgsql as
$$
declare
  validlen int;
begin
  -- First try to perform the conversion with noError = false. If that errors out,
  -- capture the error message, and try again with noError = true. The second call
  -- should succeed and return the position of the error, return that too.
  begin
    select * into validlen, result from test_enc_conversion(input, src_encoding, dst_encoding, false);
    errorat = NULL;
    error := NULL;
  exception when others then
    error := sqlerrm;
    select * into validlen, result from test_enc_conversion(input, src_encoding, dst_encoding, true);
    errorat = substr(input, validlen + 1);
  end;
  return;
end;
$$;

-- corpus: line 89 accepted
CREATE TABLE utf8_verification_inputs (inbytes bytea, description text PRIMARY KEY);

-- corpus: line 221 accepted
CREATE TABLE utf8_inputs (inbytes bytea, description text);

-- corpus: line 250 accepted
CREATE TABLE euc_jis_2004_inputs (inbytes bytea, description text);

-- corpus: line 269 accepted
CREATE TABLE shiftjis2004_inputs (inbytes bytea, description text);

-- corpus: line 290 accepted
CREATE TABLE gb18030_inputs (inbytes bytea, description text);

-- corpus: line 310 accepted
CREATE TABLE iso8859_5_inputs (inbytes bytea, description text);

-- corpus: line 328 accepted
CREATE TABLE big5_inputs (inbytes bytea, description text);

-- corpus: line 345 accepted
CREATE TABLE mic_inputs (inbytes bytea, description text);
