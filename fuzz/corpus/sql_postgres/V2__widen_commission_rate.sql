SET lock_timeout = '2s';

-- numeric(5,4) -> numeric(8,4): same scale, larger precision; PostgreSQL does not rewrite.
ALTER TABLE commissions ALTER COLUMN rate TYPE numeric(8,4);
