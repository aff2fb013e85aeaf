-- corpus: line 21 accepted
CREATE TABLE pagg_tab (a int, b int, c text, d int) PARTITION BY LIST(c);

-- corpus: line 22 accepted
CREATE TABLE pagg_tab_p1 PARTITION OF pagg_tab FOR VALUES IN ('0000', '0001', '0002', '0003', '0004');

-- corpus: line 23 accepted
CREATE TABLE pagg_tab_p2 PARTITION OF pagg_tab FOR VALUES IN ('0005', '0006', '0007', '0008');

-- corpus: line 24 accepted
CREATE TABLE pagg_tab_p3 PARTITION OF pagg_tab FOR VALUES IN ('0009', '0010', '0011');

-- corpus: line 98 accepted
CREATE TABLE pagg_tab1(x int, y int) PARTITION BY RANGE(x);

-- corpus: line 99 accepted
CREATE TABLE pagg_tab1_p1 PARTITION OF pagg_tab1 FOR VALUES FROM (0) TO (10);

-- corpus: line 100 accepted
CREATE TABLE pagg_tab1_p2 PARTITION OF pagg_tab1 FOR VALUES FROM (10) TO (20);

-- corpus: line 101 accepted
CREATE TABLE pagg_tab1_p3 PARTITION OF pagg_tab1 FOR VALUES FROM (20) TO (30);

-- corpus: line 103 accepted
CREATE TABLE pagg_tab2(x int, y int) PARTITION BY RANGE(y);

-- corpus: line 104 accepted
CREATE TABLE pagg_tab2_p1 PARTITION OF pagg_tab2 FOR VALUES FROM (0) TO (10);

-- corpus: line 105 accepted
CREATE TABLE pagg_tab2_p2 PARTITION OF pagg_tab2 FOR VALUES FROM (10) TO (20);

-- corpus: line 106 accepted
CREATE TABLE pagg_tab2_p3 PARTITION OF pagg_tab2 FOR VALUES FROM (20) TO (30);

-- corpus: line 181 accepted
CREATE TABLE pagg_tab_m (a int, b int, c int) PARTITION BY RANGE(a, ((a+b)/2));

-- corpus: line 182 accepted
CREATE TABLE pagg_tab_m_p1 PARTITION OF pagg_tab_m FOR VALUES FROM (0, 0) TO (12, 12);

-- corpus: line 183 accepted
CREATE TABLE pagg_tab_m_p2 PARTITION OF pagg_tab_m FOR VALUES FROM (12, 12) TO (22, 22);

-- corpus: line 184 accepted
CREATE TABLE pagg_tab_m_p3 PARTITION OF pagg_tab_m FOR VALUES FROM (22, 22) TO (30, 30);

-- corpus: line 206 accepted
CREATE TABLE pagg_tab_ml (a int, b int, c text) PARTITION BY RANGE(a);

-- corpus: line 207 accepted
CREATE TABLE pagg_tab_ml_p1 PARTITION OF pagg_tab_ml FOR VALUES FROM (0) TO (12);

-- corpus: line 208 accepted
CREATE TABLE pagg_tab_ml_p2 PARTITION OF pagg_tab_ml FOR VALUES FROM (12) TO (20) PARTITION BY LIST (c);

-- corpus: line 209 accepted
CREATE TABLE pagg_tab_ml_p2_s1 PARTITION OF pagg_tab_ml_p2 FOR VALUES IN ('0000', '0001', '0002');

-- corpus: line 210 accepted
CREATE TABLE pagg_tab_ml_p2_s2 PARTITION OF pagg_tab_ml_p2 FOR VALUES IN ('0003');

-- corpus: line 213 accepted
CREATE TABLE pagg_tab_ml_p3(b int, c text, a int) PARTITION BY RANGE (b);

-- corpus: line 214 accepted
CREATE TABLE pagg_tab_ml_p3_s1(c text, a int, b int);

-- corpus: line 215 accepted
CREATE TABLE pagg_tab_ml_p3_s2 PARTITION OF pagg_tab_ml_p3 FOR VALUES FROM (7) TO (10);

-- corpus: line 217 accepted
ALTER TABLE pagg_tab_ml_p3 ATTACH PARTITION pagg_tab_ml_p3_s1 FOR VALUES FROM (0) TO (7);

-- corpus: line 218 accepted
ALTER TABLE pagg_tab_ml ATTACH PARTITION pagg_tab_ml_p3 FOR VALUES FROM (20) TO (30);

-- corpus: line 294 accepted
CREATE TABLE pagg_tab_para(x int, y int) PARTITION BY RANGE(x);

-- corpus: line 295 accepted
CREATE TABLE pagg_tab_para_p1 PARTITION OF pagg_tab_para FOR VALUES FROM (0) TO (12);

-- corpus: line 296 accepted
CREATE TABLE pagg_tab_para_p2 PARTITION OF pagg_tab_para FOR VALUES FROM (12) TO (22);

-- corpus: line 297 accepted
CREATE TABLE pagg_tab_para_p3 PARTITION OF pagg_tab_para FOR VALUES FROM (22) TO (30);

-- corpus: line 315 accepted
ALTER TABLE pagg_tab_para_p1 SET (parallel_workers = 0);

-- corpus: line 316 accepted
ALTER TABLE pagg_tab_para_p3 SET (parallel_workers = 0);

-- corpus: line 323 accepted
ALTER TABLE pagg_tab_para_p2 SET (parallel_workers = 0);
