-- corpus: line 5 accepted
CREATE TYPE rainbow AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple');

-- corpus: line 30 accepted
CREATE TYPE planets AS ENUM ( 'venus', 'earth', 'mars' );

-- corpus: line 37 accepted
ALTER TYPE planets ADD VALUE 'uranus';

-- corpus: line 44 accepted
ALTER TYPE planets ADD VALUE 'mercury' BEFORE 'venus';

-- corpus: line 45 accepted
ALTER TYPE planets ADD VALUE 'saturn' BEFORE 'uranus';

-- corpus: line 46 accepted
ALTER TYPE planets ADD VALUE 'jupiter' AFTER 'mars';

-- corpus: line 47 accepted
ALTER TYPE planets ADD VALUE 'neptune' AFTER 'uranus';

-- corpus: line 60 accepted
ALTER TYPE planets ADD VALUE
  'plutoplutoplutoplutoplutoplutoplutoplutoplutoplutoplutoplutoplutopluto';

-- corpus: line 63 accepted
ALTER TYPE planets ADD VALUE 'pluto' AFTER 'zeus';

-- corpus: line 68 accepted
ALTER TYPE planets ADD VALUE 'mercury';

-- corpus: line 71 accepted
ALTER TYPE planets ADD VALUE IF NOT EXISTS 'mercury';

-- corpus: line 76 accepted
ALTER TYPE planets ADD VALUE IF NOT EXISTS 'pluto';

-- corpus: line 85 accepted
create type insenum as enum ('L1', 'L2');

-- corpus: line 87 accepted
alter type insenum add value 'i1' before 'L2';

-- corpus: line 88 accepted
alter type insenum add value 'i2' before 'L2';

-- corpus: line 89 accepted
alter type insenum add value 'i3' before 'L2';

-- corpus: line 90 accepted
alter type insenum add value 'i4' before 'L2';

-- corpus: line 91 accepted
alter type insenum add value 'i5' before 'L2';

-- corpus: line 92 accepted
alter type insenum add value 'i6' before 'L2';

-- corpus: line 93 accepted
alter type insenum add value 'i7' before 'L2';

-- corpus: line 94 accepted
alter type insenum add value 'i8' before 'L2';

-- corpus: line 95 accepted
alter type insenum add value 'i9' before 'L2';

-- corpus: line 96 accepted
alter type insenum add value 'i10' before 'L2';

-- corpus: line 97 accepted
alter type insenum add value 'i11' before 'L2';

-- corpus: line 98 accepted
alter type insenum add value 'i12' before 'L2';

-- corpus: line 99 accepted
alter type insenum add value 'i13' before 'L2';

-- corpus: line 100 accepted
alter type insenum add value 'i14' before 'L2';

-- corpus: line 101 accepted
alter type insenum add value 'i15' before 'L2';

-- corpus: line 102 accepted
alter type insenum add value 'i16' before 'L2';

-- corpus: line 103 accepted
alter type insenum add value 'i17' before 'L2';

-- corpus: line 104 accepted
alter type insenum add value 'i18' before 'L2';

-- corpus: line 105 accepted
alter type insenum add value 'i19' before 'L2';

-- corpus: line 106 accepted
alter type insenum add value 'i20' before 'L2';

-- corpus: line 107 accepted
alter type insenum add value 'i21' before 'L2';

-- corpus: line 108 accepted
alter type insenum add value 'i22' before 'L2';

-- corpus: line 109 accepted
alter type insenum add value 'i23' before 'L2';

-- corpus: line 110 accepted
alter type insenum add value 'i24' before 'L2';

-- corpus: line 111 accepted
alter type insenum add value 'i25' before 'L2';

-- corpus: line 112 accepted
alter type insenum add value 'i26' before 'L2';

-- corpus: line 113 accepted
alter type insenum add value 'i27' before 'L2';

-- corpus: line 114 accepted
alter type insenum add value 'i28' before 'L2';

-- corpus: line 115 accepted
alter type insenum add value 'i29' before 'L2';

-- corpus: line 116 accepted
alter type insenum add value 'i30' before 'L2';

-- corpus: line 131 accepted
CREATE TABLE enumtest (col rainbow);

-- corpus: line 171 accepted
CREATE UNIQUE INDEX enumtest_btree ON enumtest USING btree (col);

-- corpus: line 181 accepted
DROP INDEX enumtest_btree;

-- corpus: line 186 accepted
CREATE INDEX enumtest_hash ON enumtest USING hash (col);

-- corpus: line 188 accepted
DROP INDEX enumtest_hash;

-- corpus: line 199 accepted
CREATE DOMAIN rgb AS rainbow CHECK (VALUE IN ('red', 'green', 'blue'));

-- corpus: line 203 accepted
DROP DOMAIN rgb;

-- corpus: line 229 accepted
CREATE FUNCTION echo_me(anyenum) RETURNS text AS $$
BEGIN
RETURN $1::text || 'omg';
END
$$ LANGUAGE plpgsql;

-- corpus: line 238 accepted
CREATE FUNCTION echo_me(rainbow) RETURNS text AS $$
BEGIN
RETURN $1::text || 'wtf';
END
$$ LANGUAGE plpgsql;

-- corpus: line 248 accepted
DROP FUNCTION echo_me(anyenum);

-- corpus: line 250 accepted
DROP FUNCTION echo_me(rainbow);

-- corpus: line 255 accepted
CREATE TABLE enumtest_parent (id rainbow PRIMARY KEY);

-- corpus: line 256 accepted
CREATE TABLE enumtest_child (parent rainbow REFERENCES enumtest_parent);

-- corpus: line 264 accepted
CREATE TYPE bogus AS ENUM('good', 'bad', 'ugly');

-- corpus: line 265 accepted
CREATE TABLE enumtest_bogus_child(parent bogus REFERENCES enumtest_parent);

-- corpus: line 266 accepted
DROP TYPE bogus;

-- corpus: line 269 accepted
ALTER TYPE rainbow RENAME VALUE 'red' TO 'crimson';

-- corpus: line 275 accepted
ALTER TYPE rainbow RENAME VALUE 'red' TO 'crimson';

-- corpus: line 277 accepted
ALTER TYPE rainbow RENAME VALUE 'blue' TO 'green';

-- corpus: line 282 accepted
CREATE TYPE bogus AS ENUM('good');

-- corpus: line 287 accepted
ALTER TYPE bogus ADD VALUE 'new';

-- corpus: line 306 accepted
ALTER TYPE bogus RENAME TO bogon;

-- corpus: line 307 accepted
ALTER TYPE bogon ADD VALUE 'bad';

-- corpus: line 313 accepted
ALTER TYPE bogus RENAME VALUE 'good' to 'bad';

-- corpus: line 317 accepted
DROP TYPE bogus;

-- corpus: line 321 accepted
CREATE TYPE bogus AS ENUM('good','bad','ugly');

-- corpus: line 322 accepted
ALTER TYPE bogus RENAME TO bogon;

-- corpus: line 329 accepted
CREATE TYPE bogus AS ENUM('good');

-- corpus: line 330 accepted
ALTER TYPE bogus RENAME TO bogon;

-- corpus: line 331 accepted
ALTER TYPE bogon ADD VALUE 'bad';

-- corpus: line 332 accepted
ALTER TYPE bogon ADD VALUE 'ugly';

-- corpus: line 339 accepted
DROP TABLE enumtest_child;

-- corpus: line 340 accepted
DROP TABLE enumtest_parent;

-- corpus: line 341 accepted
DROP TABLE enumtest;

-- corpus: line 342 accepted
DROP TYPE rainbow;
