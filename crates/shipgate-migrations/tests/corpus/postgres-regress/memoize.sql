-- corpus: line 7 accepted
create function explain_memoize(query text, hide_hitmiss bool) returns setof text
language plpgsql as
$$
declare
    ln text;
begin
    for ln in
        execute format('explain (analyze, costs off, summary off, timing off) %s',
            query)
    loop
        if hide_hitmiss = true then
                ln := regexp_replace(ln, 'Hits: 0', 'Hits: Zero');
                ln := regexp_replace(ln, 'Hits: \d+', 'Hits: N');
                ln := regexp_replace(ln, 'Misses: 0', 'Misses: Zero');
                ln := regexp_replace(ln, 'Misses: \d+', 'Misses: N');
        end if;
        ln := regexp_replace(ln, 'Evictions: 0', 'Evictions: Zero');
        ln := regexp_replace(ln, 'Evictions: \d+', 'Evictions: N');
        ln := regexp_replace(ln, 'Memory Usage: \d+', 'Memory Usage: N');
	ln := regexp_replace(ln, 'Heap Fetches: \d+', 'Heap Fetches: N');
	ln := regexp_replace(ln, 'loops=\d+', 'loops=N');
        return next ln;
    end loop;
end;
$$;

-- corpus: line 72 accepted
CREATE TABLE flt (f float);

-- corpus: line 73 accepted
CREATE INDEX flt_f_idx ON flt (f);

-- corpus: line 87 accepted
DROP TABLE flt;

-- corpus: line 91 accepted
CREATE TABLE strtest (n name, t text);

-- corpus: line 92 accepted
CREATE INDEX strtest_n_idx ON strtest (n);

-- corpus: line 93 accepted
CREATE INDEX strtest_t_idx ON strtest (t);

-- corpus: line 107 accepted
DROP TABLE strtest;

-- corpus: line 112 accepted
CREATE TABLE prt (a int) PARTITION BY RANGE(a);

-- corpus: line 113 accepted
CREATE TABLE prt_p1 PARTITION OF prt FOR VALUES FROM (0) TO (10);

-- corpus: line 114 accepted
CREATE TABLE prt_p2 PARTITION OF prt FOR VALUES FROM (10) TO (20);

-- corpus: line 117 accepted
CREATE INDEX iprt_p1_a ON prt_p1 (a);

-- corpus: line 118 accepted
CREATE INDEX iprt_p2_a ON prt_p2 (a);

-- corpus: line 132 accepted
DROP TABLE prt;
