-- corpus: line 1 accepted
CREATE TABLE xmltest (
    id int,
    data xml
);

-- corpus: line 210 accepted
CREATE VIEW xmlview1 AS SELECT xmlcomment('test');

-- corpus: line 211 accepted
CREATE VIEW xmlview2 AS SELECT xmlconcat('hello', 'you');

-- corpus: line 212 accepted
CREATE VIEW xmlview3 AS SELECT xmlelement(name element, xmlattributes (1 as ":one:", 'deuce' as two), 'content&');

-- corpus: line 213 accepted
CREATE VIEW xmlview4 AS SELECT xmlelement(name employee, xmlforest(name, age, salary as pay)) FROM emp;

-- corpus: line 214 accepted
CREATE VIEW xmlview5 AS SELECT xmlparse(content '<abc>x</abc>');

-- corpus: line 215 accepted
CREATE VIEW xmlview6 AS SELECT xmlpi(name foo, 'bar');

-- corpus: line 216 accepted
CREATE VIEW xmlview7 AS SELECT xmlroot(xml '<foo/>', version no value, standalone yes);

-- corpus: line 217 accepted
CREATE VIEW xmlview8 AS SELECT xmlserialize(content 'good' as char(10));

-- corpus: line 218 accepted
CREATE VIEW xmlview9 AS SELECT xmlserialize(content 'good' as text);

-- corpus: line 304 accepted
CREATE TABLE query ( expr TEXT );

-- corpus: line 362 accepted
CREATE TABLE xmldata(data xml);

-- corpus: line 410 accepted
CREATE VIEW xmltableview1 AS SELECT  xmltable.*
   FROM (SELECT data FROM xmldata) x,
        LATERAL XMLTABLE('/ROWS/ROW'
                         PASSING data
                         COLUMNS id int PATH '@id',
                                  _id FOR ORDINALITY,
                                  country_name text PATH 'COUNTRY_NAME/text()' NOT NULL,
                                  country_id text PATH 'COUNTRY_ID',
                                  region_id int PATH 'REGION_ID',
                                  size float PATH 'SIZE',
                                  unit text PATH 'SIZE/@unit',
                                  premier_name text PATH 'PREMIER_NAME' DEFAULT 'not specified');

-- corpus: line 439 accepted
CREATE VIEW xmltableview2 AS SELECT * FROM XMLTABLE(XMLNAMESPACES('http://x.y' AS zz),
                      '/zz:rows/zz:row'
                      PASSING '<rows xmlns="http://x.y"><row><a>10</a></row></rows>'
                      COLUMNS a int PATH 'zz:a');

-- corpus: line 645 accepted
CREATE TABLE xmltest2(x xml, _path text);
