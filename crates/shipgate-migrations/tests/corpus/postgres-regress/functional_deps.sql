-- corpus: line 3 accepted
CREATE TEMP TABLE articles (
    id int CONSTRAINT articles_pkey PRIMARY KEY,
    keywords text,
    title text UNIQUE NOT NULL,
    body text UNIQUE,
    created date
);

-- corpus: line 11 accepted
CREATE TEMP TABLE articles_in_category (
    article_id int,
    category_id int,
    changed date,
    PRIMARY KEY (article_id, category_id)
);

-- corpus: line 85 accepted
CREATE TEMP TABLE products (product_id int, name text, price numeric);

-- corpus: line 86 accepted
CREATE TEMP TABLE sales (product_id int, units int);

-- corpus: line 98 accepted
ALTER TABLE products ADD PRIMARY KEY (product_id);

-- corpus: line 108 accepted
CREATE TEMP TABLE node (
    nid SERIAL,
    vid integer NOT NULL default '0',
    type varchar(32) NOT NULL default '',
    title varchar(128) NOT NULL default '',
    uid integer NOT NULL default '0',
    status integer NOT NULL default '1',
    created integer NOT NULL default '0',
    -- snip
    PRIMARY KEY (nid, vid)
);

-- corpus: line 120 accepted
CREATE TEMP TABLE users (
    uid integer NOT NULL default '0',
    name varchar(60) NOT NULL default '',
    pass varchar(32) NOT NULL default '',
    -- snip
    PRIMARY KEY (uid),
    UNIQUE (name)
);

-- corpus: line 145 accepted
CREATE TEMP VIEW fdv1 AS
SELECT id, keywords, title, body, created
FROM articles
GROUP BY body;

-- corpus: line 151 accepted
CREATE TEMP VIEW fdv1 AS
SELECT id, keywords, title, body, created
FROM articles
GROUP BY id;

-- corpus: line 157 accepted
ALTER TABLE articles DROP CONSTRAINT articles_pkey RESTRICT;

-- corpus: line 159 accepted
DROP VIEW fdv1;

-- corpus: line 163 accepted
CREATE TEMP VIEW fdv2 AS
SELECT a.id, a.keywords, a.title, aic.category_id, aic.changed
FROM articles AS a JOIN articles_in_category AS aic ON a.id = aic.article_id
WHERE aic.category_id in (14,62,70,53,138)
GROUP BY a.id, aic.category_id, aic.article_id;

-- corpus: line 169 accepted
ALTER TABLE articles DROP CONSTRAINT articles_pkey RESTRICT;

-- corpus: line 170 accepted
ALTER TABLE articles_in_category DROP CONSTRAINT articles_in_category_pkey RESTRICT;

-- corpus: line 172 accepted
DROP VIEW fdv2;

-- corpus: line 177 accepted
CREATE TEMP VIEW fdv3 AS
SELECT id, keywords, title, body, created
FROM articles
GROUP BY id
UNION
SELECT id, keywords, title, body, created
FROM articles
GROUP BY id;

-- corpus: line 186 accepted
ALTER TABLE articles DROP CONSTRAINT articles_pkey RESTRICT;

-- corpus: line 188 accepted
DROP VIEW fdv3;

-- corpus: line 191 accepted
CREATE TEMP VIEW fdv4 AS
SELECT * FROM articles WHERE title IN (SELECT title FROM articles GROUP BY id);

-- corpus: line 194 accepted
ALTER TABLE articles DROP CONSTRAINT articles_pkey RESTRICT;

-- corpus: line 196 accepted
DROP VIEW fdv4;

-- corpus: line 208 accepted
ALTER TABLE articles DROP CONSTRAINT articles_pkey RESTRICT;
