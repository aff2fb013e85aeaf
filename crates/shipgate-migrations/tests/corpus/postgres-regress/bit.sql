-- corpus: line 9 accepted
CREATE TABLE BIT_TABLE(b BIT(11));

-- corpus: line 21 accepted
CREATE TABLE VARBIT_TABLE(v BIT VARYING(11));

-- corpus: line 65 accepted
DROP TABLE varbit_table;

-- corpus: line 66 accepted
CREATE TABLE varbit_table (a BIT VARYING(16), b BIT VARYING(16));

-- corpus: line 86 accepted
DROP TABLE varbit_table;

-- corpus: line 89 accepted
DROP TABLE bit_table;

-- corpus: line 90 accepted
CREATE TABLE bit_table (a BIT(16), b BIT(16));

-- corpus: line 110 accepted
DROP TABLE bit_table;

-- corpus: line 169 accepted
CREATE TABLE BIT_SHIFT_TABLE(b BIT(16));

-- corpus: line 189 accepted
CREATE TABLE VARBIT_SHIFT_TABLE(v BIT VARYING(20));

-- corpus: line 204 accepted
DROP TABLE BIT_SHIFT_TABLE;

-- corpus: line 205 accepted
DROP TABLE VARBIT_SHIFT_TABLE;

-- corpus: line 223 accepted
CREATE TABLE bit_defaults(
  b1 bit(4) DEFAULT '1001',
  b2 bit(4) DEFAULT B'0101',
  b3 bit varying(5) DEFAULT '1001',
  b4 bit varying(5) DEFAULT B'0101'
);
