-- corpus: line 14 accepted
create type int8alias1;

-- corpus: line 15 accepted
create function int8alias1in(cstring) returns int8alias1
  strict immutable language internal as 'int8in';

-- corpus: line 17 accepted
create function int8alias1out(int8alias1) returns cstring
  strict immutable language internal as 'int8out';

-- corpus: line 19 accepted
create type int8alias1 (
    input = int8alias1in,
    output = int8alias1out,
    like = int8
);

-- corpus: line 25 accepted
create type int8alias2;

-- corpus: line 26 accepted
create function int8alias2in(cstring) returns int8alias2
  strict immutable language internal as 'int8in';

-- corpus: line 28 accepted
create function int8alias2out(int8alias2) returns cstring
  strict immutable language internal as 'int8out';

-- corpus: line 30 accepted
create type int8alias2 (
    input = int8alias2in,
    output = int8alias2out,
    like = int8
);

-- corpus: line 36 accepted
create cast (int8 as int8alias1) without function;

-- corpus: line 37 accepted
create cast (int8 as int8alias2) without function;

-- corpus: line 38 accepted
create cast (int8alias1 as int8) without function;

-- corpus: line 39 accepted
create cast (int8alias2 as int8) without function;

-- corpus: line 41 accepted
create function int8alias1eq(int8alias1, int8alias1) returns bool
  strict immutable language internal as 'int8eq';

-- corpus: line 43 accepted
create operator = (
    procedure = int8alias1eq,
    leftarg = int8alias1, rightarg = int8alias1,
    commutator = =,
    restrict = eqsel, join = eqjoinsel,
    merges
);

-- corpus: line 50 accepted
alter operator family integer_ops using btree add
  operator 3 = (int8alias1, int8alias1);

-- corpus: line 53 accepted
create function int8alias2eq(int8alias2, int8alias2) returns bool
  strict immutable language internal as 'int8eq';

-- corpus: line 55 accepted
create operator = (
    procedure = int8alias2eq,
    leftarg = int8alias2, rightarg = int8alias2,
    commutator = =,
    restrict = eqsel, join = eqjoinsel,
    merges
);

-- corpus: line 62 accepted
alter operator family integer_ops using btree add
  operator 3 = (int8alias2, int8alias2);

-- corpus: line 65 accepted
create function int8alias1eq(int8, int8alias1) returns bool
  strict immutable language internal as 'int8eq';

-- corpus: line 67 accepted
create operator = (
    procedure = int8alias1eq,
    leftarg = int8, rightarg = int8alias1,
    restrict = eqsel, join = eqjoinsel,
    merges
);

-- corpus: line 73 accepted
alter operator family integer_ops using btree add
  operator 3 = (int8, int8alias1);

-- corpus: line 76 accepted
create function int8alias1eq(int8alias1, int8alias2) returns bool
  strict immutable language internal as 'int8eq';

-- corpus: line 78 accepted
create operator = (
    procedure = int8alias1eq,
    leftarg = int8alias1, rightarg = int8alias2,
    restrict = eqsel, join = eqjoinsel,
    merges
);

-- corpus: line 84 accepted
alter operator family integer_ops using btree add
  operator 3 = (int8alias1, int8alias2);

-- corpus: line 87 accepted
create function int8alias1lt(int8alias1, int8alias1) returns bool
  strict immutable language internal as 'int8lt';

-- corpus: line 89 accepted
create operator < (
    procedure = int8alias1lt,
    leftarg = int8alias1, rightarg = int8alias1
);

-- corpus: line 93 accepted
alter operator family integer_ops using btree add
  operator 1 < (int8alias1, int8alias1);

-- corpus: line 96 accepted
create function int8alias1cmp(int8, int8alias1) returns int
  strict immutable language internal as 'btint8cmp';

-- corpus: line 98 accepted
alter operator family integer_ops using btree add
  function 1 int8alias1cmp (int8, int8alias1);

-- corpus: line 101 accepted
create table ec0 (ff int8 primary key, f1 int8, f2 int8);

-- corpus: line 102 accepted
create table ec1 (ff int8 primary key, f1 int8alias1, f2 int8alias2);

-- corpus: line 103 accepted
create table ec2 (xf int8 primary key, x1 int8alias1, x2 int8alias2);

-- corpus: line 135 accepted
create unique index ec1_expr1 on ec1((ff + 1));

-- corpus: line 136 accepted
create unique index ec1_expr2 on ec1((ff + 2 + 1));

-- corpus: line 137 accepted
create unique index ec1_expr3 on ec1((ff + 3 + 1));

-- corpus: line 138 accepted
create unique index ec1_expr4 on ec1((ff + 4));

-- corpus: line 200 accepted
drop index ec1_expr3;

-- corpus: line 230 accepted
alter table ec1 enable row level security;

-- corpus: line 231 accepted
create policy p1 on ec1 using (f1 < '5'::int8alias1);

-- corpus: line 233 accepted
create user regress_user_ectest;

-- corpus: line 234 accepted
grant select on ec0 to regress_user_ectest;

-- corpus: line 235 accepted
grant select on ec1 to regress_user_ectest;

-- corpus: line 253 accepted
revoke select on ec0 from regress_user_ectest;

-- corpus: line 254 accepted
revoke select on ec1 from regress_user_ectest;

-- corpus: line 256 accepted
drop user regress_user_ectest;

-- corpus: line 267 accepted
create temp table undername (f1 name, f2 int);

-- corpus: line 268 accepted
create temp view overview as
  select f1::information_schema.sql_identifier as sqli, f2 from undername;
