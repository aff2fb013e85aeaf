-- corpus: line 6 accepted
DROP TABLE num_data;

-- corpus: line 7 accepted
DROP TABLE num_exp_add;

-- corpus: line 8 accepted
DROP TABLE num_exp_sub;

-- corpus: line 9 accepted
DROP TABLE num_exp_div;

-- corpus: line 10 accepted
DROP TABLE num_exp_mul;

-- corpus: line 11 accepted
DROP TABLE num_exp_sqrt;

-- corpus: line 12 accepted
DROP TABLE num_exp_ln;

-- corpus: line 13 accepted
DROP TABLE num_exp_log10;

-- corpus: line 14 accepted
DROP TABLE num_exp_power_10_ln;

-- corpus: line 15 accepted
DROP TABLE num_result;

-- corpus: line 17 accepted
CREATE TABLE num_data (id int4, val numeric(1000,800));

-- corpus: line 18 accepted
CREATE TABLE num_exp_add (id1 int4, id2 int4, expected numeric(1000,800));

-- corpus: line 19 accepted
CREATE TABLE num_exp_sub (id1 int4, id2 int4, expected numeric(1000,800));

-- corpus: line 20 accepted
CREATE TABLE num_exp_div (id1 int4, id2 int4, expected numeric(1000,800));

-- corpus: line 21 accepted
CREATE TABLE num_exp_mul (id1 int4, id2 int4, expected numeric(1000,800));

-- corpus: line 22 accepted
CREATE TABLE num_exp_sqrt (id int4, expected numeric(1000,800));

-- corpus: line 23 accepted
CREATE TABLE num_exp_ln (id int4, expected numeric(1000,800));

-- corpus: line 24 accepted
CREATE TABLE num_exp_log10 (id int4, expected numeric(1000,800));

-- corpus: line 25 accepted
CREATE TABLE num_exp_power_10_ln (id int4, expected numeric(1000,800));

-- corpus: line 27 accepted
CREATE TABLE num_result (id1 int4, id2 int4, result numeric(1000,800));

-- corpus: line 502 accepted
CREATE UNIQUE INDEX num_exp_add_idx ON num_exp_add (id1, id2);

-- corpus: line 503 accepted
CREATE UNIQUE INDEX num_exp_sub_idx ON num_exp_sub (id1, id2);

-- corpus: line 504 accepted
CREATE UNIQUE INDEX num_exp_div_idx ON num_exp_div (id1, id2);

-- corpus: line 505 accepted
CREATE UNIQUE INDEX num_exp_mul_idx ON num_exp_mul (id1, id2);

-- corpus: line 506 accepted
CREATE UNIQUE INDEX num_exp_sqrt_idx ON num_exp_sqrt (id);

-- corpus: line 507 accepted
CREATE UNIQUE INDEX num_exp_ln_idx ON num_exp_ln (id);

-- corpus: line 508 accepted
CREATE UNIQUE INDEX num_exp_log10_idx ON num_exp_log10 (id);

-- corpus: line 509 accepted
CREATE UNIQUE INDEX num_exp_power_10_ln_idx ON num_exp_power_10_ln (id);

-- corpus: line 511 accepted
VACUUM ANALYZE num_exp_add;

-- corpus: line 512 accepted
VACUUM ANALYZE num_exp_sub;

-- corpus: line 513 accepted
VACUUM ANALYZE num_exp_div;

-- corpus: line 514 accepted
VACUUM ANALYZE num_exp_mul;

-- corpus: line 515 accepted
VACUUM ANALYZE num_exp_sqrt;

-- corpus: line 516 accepted
VACUUM ANALYZE num_exp_ln;

-- corpus: line 517 accepted
VACUUM ANALYZE num_exp_log10;

-- corpus: line 518 accepted
VACUUM ANALYZE num_exp_power_10_ln;
