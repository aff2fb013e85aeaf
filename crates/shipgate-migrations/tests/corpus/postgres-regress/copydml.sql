-- corpus: line 4 accepted
create table copydml_test (id serial, t text);

-- corpus: line 30 accepted
create rule qqq as on insert to copydml_test do instead nothing;

-- corpus: line 32 accepted
drop rule qqq on copydml_test;

-- corpus: line 33 accepted
create rule qqq as on insert to copydml_test do also delete from copydml_test;

-- corpus: line 35 accepted
drop rule qqq on copydml_test;

-- corpus: line 36 accepted
create rule qqq as on insert to copydml_test do instead (delete from copydml_test; delete from copydml_test);

-- corpus: line 38 accepted
drop rule qqq on copydml_test;

-- corpus: line 39 accepted
create rule qqq as on insert to copydml_test where new.t <> 'f' do instead delete from copydml_test;

-- corpus: line 41 accepted
drop rule qqq on copydml_test;

-- corpus: line 43 accepted
create rule qqq as on update to copydml_test do instead nothing;

-- corpus: line 45 accepted
drop rule qqq on copydml_test;

-- corpus: line 46 accepted
create rule qqq as on update to copydml_test do also delete from copydml_test;

-- corpus: line 48 accepted
drop rule qqq on copydml_test;

-- corpus: line 49 accepted
create rule qqq as on update to copydml_test do instead (delete from copydml_test; delete from copydml_test);

-- corpus: line 51 accepted
drop rule qqq on copydml_test;

-- corpus: line 52 accepted
create rule qqq as on update to copydml_test where new.t <> 'f' do instead delete from copydml_test;

-- corpus: line 54 accepted
drop rule qqq on copydml_test;

-- corpus: line 56 accepted
create rule qqq as on delete to copydml_test do instead nothing;

-- corpus: line 58 accepted
drop rule qqq on copydml_test;

-- corpus: line 59 accepted
create rule qqq as on delete to copydml_test do also insert into copydml_test default values;

-- corpus: line 61 accepted
drop rule qqq on copydml_test;

-- corpus: line 62 accepted
create rule qqq as on delete to copydml_test do instead (insert into copydml_test default values; insert into copydml_test default values);

-- corpus: line 64 accepted
drop rule qqq on copydml_test;

-- corpus: line 65 accepted
create rule qqq as on delete to copydml_test where old.t <> 'f' do instead insert into copydml_test default values;

-- corpus: line 67 accepted
drop rule qqq on copydml_test;

-- corpus: line 70 accepted
create function qqq_trig() returns trigger as $$
begin
if tg_op in ('INSERT', 'UPDATE') then
    raise notice '% % %', tg_when, tg_op, new.id;
    return new;
else
    raise notice '% % %', tg_when, tg_op, old.id;
    return old;
end if;
end
$$ language plpgsql;

-- corpus: line 81 accepted
create trigger qqqbef before insert or update or delete on copydml_test
    for each row execute procedure qqq_trig();

-- corpus: line 83 accepted
create trigger qqqaf after insert or update or delete on copydml_test
    for each row execute procedure qqq_trig();

-- corpus: line 90 accepted
drop table copydml_test;

-- corpus: line 91 accepted
drop function qqq_trig();
