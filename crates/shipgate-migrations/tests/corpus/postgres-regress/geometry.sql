-- corpus: line 503 accepted
CREATE INDEX gcircleind ON circle_tbl USING gist (f1);

-- corpus: line 516 accepted
CREATE INDEX gpolygonind ON polygon_tbl USING gist (f1);
