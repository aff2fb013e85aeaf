-- corpus: line 46 accepted
CREATE TABLE test_tsvector(
	t text,
	a tsvector
);

-- corpus: line 83 accepted
create index wowidx on test_tsvector using gist (a);

-- corpus: line 147 accepted
CREATE INDEX wowidx1 ON test_tsvector USING gist (a tsvector_ops(foo=1));

-- corpus: line 148 accepted
CREATE INDEX wowidx1 ON test_tsvector USING gist (a tsvector_ops(siglen=0));

-- corpus: line 149 accepted
CREATE INDEX wowidx1 ON test_tsvector USING gist (a tsvector_ops(siglen=2048));

-- corpus: line 150 accepted
CREATE INDEX wowidx1 ON test_tsvector USING gist (a tsvector_ops(siglen=100,foo='bar'));

-- corpus: line 151 accepted
CREATE INDEX wowidx1 ON test_tsvector USING gist (a tsvector_ops(siglen=100, siglen = 200));

-- corpus: line 153 accepted
CREATE INDEX wowidx2 ON test_tsvector USING gist (a tsvector_ops(siglen=1));

-- corpus: line 157 accepted
DROP INDEX wowidx;

-- corpus: line 186 accepted
DROP INDEX wowidx2;

-- corpus: line 188 accepted
CREATE INDEX wowidx ON test_tsvector USING gist (a tsvector_ops(siglen=484));

-- corpus: line 223 accepted
DROP INDEX wowidx;

-- corpus: line 225 accepted
CREATE INDEX wowidx ON test_tsvector USING gin (a);

-- corpus: line 651 accepted
CREATE TABLE test_tsquery (txtkeyword TEXT, txtsample TEXT);

-- corpus: line 663 accepted
ALTER TABLE test_tsquery ADD COLUMN keyword tsquery;

-- corpus: line 665 accepted
ALTER TABLE test_tsquery ADD COLUMN sample tsquery;

-- corpus: line 675 accepted
CREATE UNIQUE INDEX bt_tsq ON test_tsquery (keyword);

-- corpus: line 719 accepted
CREATE INDEX qq ON test_tsquery USING gist (keyword tsquery_ops);

-- corpus: line 755 accepted
CREATE TRIGGER tsvectorupdate
BEFORE UPDATE OR INSERT ON test_tsvector
FOR EACH ROW EXECUTE PROCEDURE tsvector_update_trigger(a, 'pg_catalog.english', t);

-- corpus: line 781 accepted
create temp table pendtest (ts tsvector);

-- corpus: line 782 accepted
create index pendtest_idx on pendtest using gin(ts);

-- corpus: line 792 accepted
create temp table phrase_index_test(fts tsvector);

-- corpus: line 795 accepted
create index phrase_index_test_idx on phrase_index_test using gin(fts);
