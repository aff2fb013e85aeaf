-- corpus: line 3 accepted
CREATE TABLE guid1
(
	guid_field UUID,
	text_field TEXT DEFAULT(now())
);

-- corpus: line 8 accepted
CREATE TABLE guid2
(
	guid_field UUID,
	text_field TEXT DEFAULT(now())
);

-- corpus: line 61 accepted
CREATE INDEX guid1_btree ON guid1 USING BTREE (guid_field);

-- corpus: line 62 accepted
CREATE INDEX guid1_hash  ON guid1 USING HASH  (guid_field);

-- corpus: line 65 accepted
CREATE UNIQUE INDEX guid1_unique_BTREE ON guid1 USING BTREE (guid_field);

-- corpus: line 89 accepted
DROP TABLE guid1, guid2 CASCADE;
