-- corpus: line 5 accepted
CREATE TABLE num_data (id int4, val numeric(210,10));

-- corpus: line 6 accepted
CREATE TABLE num_exp_add (id1 int4, id2 int4, expected numeric(210,10));

-- corpus: line 7 accepted
CREATE TABLE num_exp_sub (id1 int4, id2 int4, expected numeric(210,10));

-- corpus: line 8 accepted
CREATE TABLE num_exp_div (id1 int4, id2 int4, expected numeric(210,10));

-- corpus: line 9 accepted
CREATE TABLE num_exp_mul (id1 int4, id2 int4, expected numeric(210,10));

-- corpus: line 10 accepted
CREATE TABLE num_exp_sqrt (id int4, expected numeric(210,10));

-- corpus: line 11 accepted
CREATE TABLE num_exp_ln (id int4, expected numeric(210,10));

-- corpus: line 12 accepted
CREATE TABLE num_exp_log10 (id int4, expected numeric(210,10));

-- corpus: line 13 accepted
CREATE TABLE num_exp_power_10_ln (id int4, expected numeric(210,10));

-- corpus: line 15 accepted
CREATE TABLE num_result (id1 int4, id2 int4, result numeric(210,10));

-- corpus: line 490 accepted
CREATE UNIQUE INDEX num_exp_add_idx ON num_exp_add (id1, id2);

-- corpus: line 491 accepted
CREATE UNIQUE INDEX num_exp_sub_idx ON num_exp_sub (id1, id2);

-- corpus: line 492 accepted
CREATE UNIQUE INDEX num_exp_div_idx ON num_exp_div (id1, id2);

-- corpus: line 493 accepted
CREATE UNIQUE INDEX num_exp_mul_idx ON num_exp_mul (id1, id2);

-- corpus: line 494 accepted
CREATE UNIQUE INDEX num_exp_sqrt_idx ON num_exp_sqrt (id);

-- corpus: line 495 accepted
CREATE UNIQUE INDEX num_exp_ln_idx ON num_exp_ln (id);

-- corpus: line 496 accepted
CREATE UNIQUE INDEX num_exp_log10_idx ON num_exp_log10 (id);

-- corpus: line 497 accepted
CREATE UNIQUE INDEX num_exp_power_10_ln_idx ON num_exp_power_10_ln (id);

-- corpus: line 499 accepted
VACUUM ANALYZE num_exp_add;

-- corpus: line 500 accepted
VACUUM ANALYZE num_exp_sub;

-- corpus: line 501 accepted
VACUUM ANALYZE num_exp_div;

-- corpus: line 502 accepted
VACUUM ANALYZE num_exp_mul;

-- corpus: line 503 accepted
VACUUM ANALYZE num_exp_sqrt;

-- corpus: line 504 accepted
VACUUM ANALYZE num_exp_ln;

-- corpus: line 505 accepted
VACUUM ANALYZE num_exp_log10;

-- corpus: line 506 accepted
VACUUM ANALYZE num_exp_power_10_ln;

-- corpus: line 761 accepted
CREATE TABLE fract_only (id int, val numeric(4,4));

-- corpus: line 774 accepted
DROP TABLE fract_only;

-- corpus: line 815 accepted
CREATE TABLE ceil_floor_round (a numeric);

-- corpus: line 824 accepted
DROP TABLE ceil_floor_round;

-- corpus: line 852 accepted
CREATE TABLE width_bucket_test (operand_num numeric, operand_f8 float8);

-- corpus: line 903 accepted
DROP TABLE width_bucket_test;

-- corpus: line 1054 accepted
CREATE TABLE num_input_test (n1 numeric);

-- corpus: line 1127 accepted
CREATE TABLE num_typemod_test (
  millions numeric(3, -6),
  thousands numeric(3, -3),
  units numeric(3, 0),
  thousandths numeric(3, 3),
  millionths numeric(3, 6)
);

-- corpus: line 1423 accepted
CREATE TABLE num_variance (a numeric);

-- corpus: line 1435 accepted
ALTER TABLE num_variance SET (parallel_workers = 4);

-- corpus: line 1448 accepted
ALTER TABLE num_variance SET (parallel_workers = 4);

-- corpus: line 1454 accepted
DROP TABLE num_variance;
