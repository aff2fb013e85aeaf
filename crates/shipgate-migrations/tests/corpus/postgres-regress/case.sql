-- corpus: line 6 accepted
CREATE TABLE CASE_TBL (
  i integer,
  f double precision
);

-- corpus: line 11 accepted
CREATE TABLE CASE2_TBL (
  i integer,
  j integer
);

-- corpus: line 190 accepted
CREATE FUNCTION vol(text) returns text as
  'begin return $1; end' language plpgsql volatile;

-- corpus: line 204 accepted
CREATE DOMAIN foodomain AS text;

-- corpus: line 206 accepted
CREATE FUNCTION volfoo(text) returns foodomain as
  'begin return $1::foodomain; end' language plpgsql volatile;

-- corpus: line 209 accepted
CREATE FUNCTION inline_eq(foodomain, foodomain) returns boolean as
  'SELECT CASE $2::text WHEN $1::text THEN true ELSE false END' language sql;

-- corpus: line 212 accepted
CREATE OPERATOR = (procedure = inline_eq,
                   leftarg = foodomain, rightarg = foodomain);

-- corpus: line 224 accepted
CREATE DOMAIN arrdomain AS int[];

-- corpus: line 226 accepted
CREATE FUNCTION make_ad(int,int) returns arrdomain as
  'declare x arrdomain;
   begin
     x := array[$1,$2];
     return x;
   end' language plpgsql volatile;

-- corpus: line 233 accepted
CREATE FUNCTION ad_eq(arrdomain, arrdomain) returns boolean as
  'begin return array_eq($1, $2); end' language plpgsql;

-- corpus: line 236 accepted
CREATE OPERATOR = (procedure = ad_eq,
                   leftarg = arrdomain, rightarg = arrdomain);

-- corpus: line 250 accepted
CREATE TYPE casetestenum AS ENUM ('e', 'f', 'g');

-- corpus: line 264 accepted
DROP TABLE CASE_TBL;

-- corpus: line 265 accepted
DROP TABLE CASE2_TBL;
