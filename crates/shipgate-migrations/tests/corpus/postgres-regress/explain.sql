-- corpus: line 13 accepted
create function explain_filter(text) returns setof text
language plpgsql as
$$
declare
    ln text;
begin
    for ln in execute $1
    loop
        -- Replace any numeric word with just 'N'
        ln := regexp_replace(ln, '-?\m\d+\M', 'N', 'g');
        -- In sort output, the above won't match units-suffixed numbers
        ln := regexp_replace(ln, '\m\d+kB', 'NkB', 'g');
        -- Ignore text-mode buffers output because it varies depending
        -- on the system state
        CONTINUE WHEN (ln ~ ' +Buffers: .*');
        -- Ignore text-mode "Planning:" line because whether it's output
        -- varies depending on the system state
        CONTINUE WHEN (ln = 'Planning:');
        return next ln;
    end loop;
end;
$$;

-- corpus: line 37 accepted
create function explain_filter_to_json(text) returns jsonb
language plpgsql as
$$
declare
    data text := '';
    ln text;
begin
    for ln in execute $1
    loop
        -- Replace any numeric word with just '0'
        ln := regexp_replace(ln, '\m\d+\M', '0', 'g');
        data := data || ln;
    end loop;
    return data::jsonb;
end;
$$;

-- corpus: line 100 accepted
create table gen_part (
  key1 integer not null,
  key2 integer not null
) partition by list (key1);

-- corpus: line 104 accepted
create table gen_part_1
  partition of gen_part for values in (1)
  partition by range (key2);

-- corpus: line 107 accepted
create table gen_part_1_1
  partition of gen_part_1 for values from (1) to (2);

-- corpus: line 109 accepted
create table gen_part_1_2
  partition of gen_part_1 for values from (2) to (3);

-- corpus: line 111 accepted
create table gen_part_2
  partition of gen_part for values in (2);

-- corpus: line 115 accepted
drop table gen_part;

-- corpus: line 147 accepted
create temp table t1(f1 float8);

-- corpus: line 149 accepted
create function pg_temp.mysin(float8) returns float8 language plpgsql
as 'begin return sin($1); end';
