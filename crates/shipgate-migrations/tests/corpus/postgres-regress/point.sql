-- corpus: line 80 accepted
CREATE TEMP TABLE point_gist_tbl(f1 point);

-- corpus: line 82 accepted
CREATE INDEX point_gist_tbl_index ON point_gist_tbl USING gist (f1);
