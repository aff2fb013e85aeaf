-- corpus: line 223 rejected 42601 syntax error at or near ":"
CREATE VIEW json_object_view AS
SELECT JSON_OBJECT('foo' : '1' FORMAT JSON, 'bar' : 'baz' RETURNING json);

-- corpus: line 228 accepted
DROP VIEW json_object_view;

-- corpus: line 234 rejected 42601 syntax error at or near "FORMAT"
CREATE VIEW json_array_view AS
SELECT JSON_ARRAY('1' FORMAT JSON, 2 RETURNING json);

-- corpus: line 239 accepted
DROP VIEW json_array_view;

-- corpus: line 250 rejected 42601 syntax error at or near ":"
CREATE VIEW json_objectagg_view AS
SELECT JSON_OBJECTAGG(i: ('111' || i)::bytea FORMAT JSON WITH UNIQUE RETURNING text) FILTER (WHERE i > 3)
FROM generate_series(1,5) i;

-- corpus: line 256 accepted
DROP VIEW json_objectagg_view;

-- corpus: line 267 rejected 42601 syntax error at or near "FORMAT"
CREATE VIEW json_arrayagg_view AS
SELECT JSON_ARRAYAGG(('111' || i)::bytea FORMAT JSON NULL ON NULL RETURNING text) FILTER (WHERE i > 3)
FROM generate_series(1,5) i;

-- corpus: line 273 accepted
DROP VIEW json_arrayagg_view;

-- corpus: line 279 rejected 42601 syntax error at or near "SELECT"
CREATE VIEW json_array_subquery_view AS
SELECT JSON_ARRAY(SELECT i FROM (VALUES (1), (2), (NULL), (4)) foo(i) RETURNING jsonb);

-- corpus: line 284 accepted
DROP VIEW json_array_subquery_view;

-- corpus: line 299 accepted
CREATE TABLE test_is_json (js text);

-- corpus: line 375 rejected 42601 syntax error at or near "JSON"
CREATE VIEW is_json_view AS
SELECT '1' IS JSON AS "any", ('1' || i) IS JSON SCALAR AS "scalar", '[]' IS NOT JSON ARRAY AS "array", '{}' IS JSON OBJECT WITH UNIQUE AS "object" FROM generate_series(1, 3) i;

-- corpus: line 380 accepted
DROP VIEW is_json_view;
