-- corpus: line 18 accepted
CREATE TABLE DEFAULT_TBL (i int DEFAULT 100,
	x text DEFAULT 'vadim', f float8 DEFAULT 123.456);

-- corpus: line 29 accepted
CREATE SEQUENCE DEFAULT_SEQ;

-- corpus: line 31 accepted
CREATE TABLE DEFAULTEXPR_TBL (i1 int DEFAULT 100 + (200-199) * 2,
	i2 int DEFAULT nextval('default_seq'));

-- corpus: line 43 rejected 42601 syntax error at or near ")"
CREATE TABLE error_tbl (i int DEFAULT (100, ));

-- corpus: line 47 rejected 42601 syntax error at or near "IN"
CREATE TABLE error_tbl (b1 bool DEFAULT 1 IN (1, 2));

-- corpus: line 49 accepted
CREATE TABLE error_tbl (b1 bool DEFAULT (1 IN (1, 2)));

-- corpus: line 51 accepted
DROP TABLE error_tbl;

-- corpus: line 57 accepted
CREATE TABLE CHECK_TBL (x int,
	CONSTRAINT CHECK_CON CHECK (x > 3));

-- corpus: line 69 accepted
CREATE SEQUENCE CHECK_SEQ;

-- corpus: line 71 accepted
CREATE TABLE CHECK2_TBL (x int, y text, z int,
	CONSTRAINT SEQUENCE_CON
	CHECK (x > 3 and y <> 'check failed' and z < 8));

-- corpus: line 88 accepted
CREATE SEQUENCE INSERT_SEQ;

-- corpus: line 90 accepted
CREATE TABLE INSERT_TBL (x INT DEFAULT nextval('insert_seq'),
	y TEXT DEFAULT '-NULL-',
	z INT DEFAULT -1 * currval('insert_seq'),
	CONSTRAINT INSERT_TBL_CON CHECK (x >= 3 AND y <> 'check failed' AND x < 8),
	CHECK (x + z = 0));

-- corpus: line 136 accepted
CREATE TABLE SYS_COL_CHECK_TBL (city text, state text, is_capital bool,
                  altitude int,
                  CHECK (NOT (is_capital AND tableoid::regclass::text = 'sys_col_check_tbl')));

-- corpus: line 145 accepted
DROP TABLE SYS_COL_CHECK_TBL;

-- corpus: line 150 accepted
CREATE TABLE SYS_COL_CHECK_TBL (city text, state text, is_capital bool,
                  altitude int,
				  CHECK (NOT (is_capital AND ctid::text = 'sys_col_check_tbl')));

-- corpus: line 158 accepted
CREATE TABLE INSERT_CHILD (cx INT default 42,
	cy INT CHECK (cy > x))
	INHERITS (INSERT_TBL);

-- corpus: line 169 accepted
DROP TABLE INSERT_CHILD;

-- corpus: line 175 accepted
CREATE TABLE ATACC1 (TEST INT
	CHECK (TEST > 0) NO INHERIT);

-- corpus: line 178 accepted
CREATE TABLE ATACC2 (TEST2 INT) INHERITS (ATACC1);

-- corpus: line 183 accepted
DROP TABLE ATACC1 CASCADE;

-- corpus: line 185 accepted
CREATE TABLE ATACC1 (TEST INT, TEST2 INT
	CHECK (TEST > 0), CHECK (TEST2 > 10) NO INHERIT);

-- corpus: line 188 accepted
CREATE TABLE ATACC2 () INHERITS (ATACC1);

-- corpus: line 197 accepted
DROP TABLE ATACC1 CASCADE;

-- corpus: line 205 accepted
ALTER SEQUENCE INSERT_SEQ RESTART WITH 4;

-- corpus: line 207 accepted
CREATE TEMP TABLE tmp (xd INT, yd TEXT, zd INT);

-- corpus: line 222 accepted
DROP TABLE tmp;

-- corpus: line 241 accepted
CREATE TABLE COPY_TBL (x INT, y TEXT, z INT,
	CONSTRAINT COPY_CON
	CHECK (x > 3 AND y <> 'check failed' AND x < 7 ));

-- corpus: line 259 accepted
CREATE TABLE PRIMARY_TBL (i int PRIMARY KEY, t text);

-- corpus: line 270 accepted
DROP TABLE PRIMARY_TBL;

-- corpus: line 272 accepted
CREATE TABLE PRIMARY_TBL (i int, t text,
	PRIMARY KEY(i,t));

-- corpus: line 284 accepted
DROP TABLE PRIMARY_TBL;

-- corpus: line 290 accepted
CREATE TABLE UNIQUE_TBL (i int UNIQUE, t text);

-- corpus: line 307 accepted
DROP TABLE UNIQUE_TBL;

-- corpus: line 309 accepted
CREATE TABLE UNIQUE_TBL (i int UNIQUE NULLS NOT DISTINCT, t text);

-- corpus: line 322 accepted
DROP TABLE UNIQUE_TBL;

-- corpus: line 324 accepted
CREATE TABLE UNIQUE_TBL (i int, t text,
	UNIQUE(i,t));

-- corpus: line 336 accepted
DROP TABLE UNIQUE_TBL;

-- corpus: line 342 accepted
CREATE TABLE unique_tbl (i int UNIQUE DEFERRABLE, t text);

-- corpus: line 375 accepted
ALTER TABLE unique_tbl DROP CONSTRAINT unique_tbl_i_key;

-- corpus: line 376 accepted
ALTER TABLE unique_tbl ADD CONSTRAINT unique_tbl_i_key
	UNIQUE (i) DEFERRABLE INITIALLY DEFERRED;

-- corpus: line 418 accepted
CREATE TABLE parted_uniq_tbl (i int UNIQUE DEFERRABLE) partition by range (i);

-- corpus: line 419 accepted
CREATE TABLE parted_uniq_tbl_1 PARTITION OF parted_uniq_tbl FOR VALUES FROM (0) TO (10);

-- corpus: line 420 accepted
CREATE TABLE parted_uniq_tbl_2 PARTITION OF parted_uniq_tbl FOR VALUES FROM (20) TO (30);

-- corpus: line 431 accepted
DROP TABLE parted_uniq_tbl;

-- corpus: line 434 accepted
CREATE TABLE parted_fk_naming (
    id bigint NOT NULL default 1,
    id_abc bigint,
    CONSTRAINT dummy_constr FOREIGN KEY (id_abc)
        REFERENCES parted_fk_naming (id),
    PRIMARY KEY (id)
)
PARTITION BY LIST (id);

-- corpus: line 442 accepted
CREATE TABLE parted_fk_naming_1 (
    id bigint NOT NULL default 1,
    id_abc bigint,
    PRIMARY KEY (id),
    CONSTRAINT dummy_constr CHECK (true)
);

-- corpus: line 448 accepted
ALTER TABLE parted_fk_naming ATTACH PARTITION parted_fk_naming_1 FOR VALUES IN ('1');

-- corpus: line 450 accepted
DROP TABLE parted_fk_naming;

-- corpus: line 479 accepted
DROP TABLE unique_tbl;

-- corpus: line 485 accepted
CREATE TABLE circles (
  c1 CIRCLE,
  c2 TEXT,
  EXCLUDE USING gist
    (c1 WITH &&, (c2::circle) WITH &&)
    WHERE (circle_center(c1) <> '(0,0)')
);

-- corpus: line 513 accepted
ALTER TABLE circles ADD EXCLUDE USING gist
  (c1 WITH &&, (c2::circle) WITH &&);

-- corpus: line 517 accepted
REINDEX INDEX circles_c1_c2_excl;

-- corpus: line 519 accepted
DROP TABLE circles;

-- corpus: line 523 accepted
CREATE TABLE deferred_excl (
  f1 int,
  f2 int,
  CONSTRAINT deferred_excl_con EXCLUDE (f1 WITH =) INITIALLY DEFERRED
);

-- corpus: line 550 accepted
ALTER TABLE deferred_excl DROP CONSTRAINT deferred_excl_con;

-- corpus: line 555 accepted
ALTER TABLE deferred_excl ADD EXCLUDE (f1 WITH =);

-- corpus: line 557 accepted
DROP TABLE deferred_excl;

-- corpus: line 561 accepted
CREATE ROLE regress_constraint_comments;

-- corpus: line 564 accepted
CREATE TABLE constraint_comments_tbl (a int CONSTRAINT the_constraint CHECK (a > 0));

-- corpus: line 565 accepted
CREATE DOMAIN constraint_comments_dom AS int CONSTRAINT the_constraint CHECK (value > 0);

-- corpus: line 567 accepted
COMMENT ON CONSTRAINT the_constraint ON constraint_comments_tbl IS 'yes, the comment';

-- corpus: line 568 accepted
COMMENT ON CONSTRAINT the_constraint ON DOMAIN constraint_comments_dom IS 'yes, another comment';

-- corpus: line 571 accepted
COMMENT ON CONSTRAINT no_constraint ON constraint_comments_tbl IS 'yes, the comment';

-- corpus: line 572 accepted
COMMENT ON CONSTRAINT no_constraint ON DOMAIN constraint_comments_dom IS 'yes, another comment';

-- corpus: line 575 accepted
COMMENT ON CONSTRAINT the_constraint ON no_comments_tbl IS 'bad comment';

-- corpus: line 576 accepted
COMMENT ON CONSTRAINT the_constraint ON DOMAIN no_comments_dom IS 'another bad comment';

-- corpus: line 578 accepted
COMMENT ON CONSTRAINT the_constraint ON constraint_comments_tbl IS NULL;

-- corpus: line 579 accepted
COMMENT ON CONSTRAINT the_constraint ON DOMAIN constraint_comments_dom IS NULL;

-- corpus: line 583 accepted
CREATE ROLE regress_constraint_comments_noaccess;

-- corpus: line 585 accepted
COMMENT ON CONSTRAINT the_constraint ON constraint_comments_tbl IS 'no, the comment';

-- corpus: line 586 accepted
COMMENT ON CONSTRAINT the_constraint ON DOMAIN constraint_comments_dom IS 'no, another comment';

-- corpus: line 589 accepted
DROP TABLE constraint_comments_tbl;

-- corpus: line 590 accepted
DROP DOMAIN constraint_comments_dom;

-- corpus: line 592 accepted
DROP ROLE regress_constraint_comments;

-- corpus: line 593 accepted
DROP ROLE regress_constraint_comments_noaccess;
