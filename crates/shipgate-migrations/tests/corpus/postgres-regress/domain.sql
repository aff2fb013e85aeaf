-- corpus: line 6 accepted
create domain domaindroptest int4;

-- corpus: line 7 accepted
comment on domain domaindroptest is 'About to drop this..';

-- corpus: line 9 accepted
create domain dependenttypetest domaindroptest;

-- corpus: line 12 accepted
drop domain domaindroptest;

-- corpus: line 14 accepted
drop domain domaindroptest cascade;

-- corpus: line 17 accepted
drop domain domaindroptest cascade;

-- corpus: line 25 accepted
create domain domainvarchar varchar(5);

-- corpus: line 26 accepted
create domain domainnumeric numeric(8,2);

-- corpus: line 27 accepted
create domain domainint4 int4;

-- corpus: line 28 accepted
create domain domaintext text;

-- corpus: line 35 accepted
create table basictest
           ( testint4 domainint4
           , testtext domaintext
           , testvarchar domainvarchar
           , testnumeric domainnumeric
           );

-- corpus: line 65 accepted
drop table basictest;

-- corpus: line 66 accepted
drop domain domainvarchar restrict;

-- corpus: line 67 accepted
drop domain domainnumeric restrict;

-- corpus: line 68 accepted
drop domain domainint4 restrict;

-- corpus: line 69 accepted
drop domain domaintext;

-- corpus: line 74 accepted
create domain positiveint int4 check(value > 0);

-- corpus: line 75 accepted
create domain weirdfloat float8 check((1 / value) < 10);

-- corpus: line 87 accepted
drop domain positiveint;

-- corpus: line 88 accepted
drop domain weirdfloat;

-- corpus: line 93 accepted
create domain domainint4arr int4[1];

-- corpus: line 94 accepted
create domain domainchar4arr varchar(4)[2][3];

-- corpus: line 96 accepted
create table domarrtest
           ( testint4arr domainint4arr
           , testchar4arr domainchar4arr
            );

-- corpus: line 129 accepted
drop table domarrtest;

-- corpus: line 130 accepted
drop domain domainint4arr restrict;

-- corpus: line 131 accepted
drop domain domainchar4arr restrict;

-- corpus: line 133 accepted
create domain dia as int[];

-- corpus: line 138 accepted
drop domain dia;

-- corpus: line 143 accepted
create type comptype as (r float8, i float8);

-- corpus: line 144 accepted
create domain dcomptype as comptype;

-- corpus: line 145 accepted
create table dcomptable (d1 dcomptype unique);

-- corpus: line 157 accepted
alter domain dcomptype add constraint c1 check ((value).r <= (value).i);

-- corpus: line 158 accepted
alter domain dcomptype add constraint c2 check ((value).r > (value).i);

-- corpus: line 172 accepted
create rule silly as on delete to dcomptable do instead
  update dcomptable set d1.r = (d1).r - 1, d1.i = (d1).i + 1 where (d1).i > 0;

-- corpus: line 176 accepted
create function makedcomp(r float8, i float8) returns dcomptype
as 'select row(r, i)' language sql;

-- corpus: line 184 accepted
drop function makedcomp(float8, float8);

-- corpus: line 185 accepted
drop table dcomptable;

-- corpus: line 186 accepted
drop type comptype cascade;

-- corpus: line 190 accepted
create type comptype as (r float8, i float8);

-- corpus: line 191 accepted
create domain dcomptype as comptype;

-- corpus: line 192 accepted
alter domain dcomptype add constraint c1 check ((value).r > 0);

-- corpus: line 193 accepted
comment on constraint c1 on domain dcomptype is 'random commentary';

-- corpus: line 197 accepted
alter type comptype alter attribute r type varchar;

-- corpus: line 198 accepted
alter type comptype alter attribute r type bigint;

-- corpus: line 200 accepted
alter type comptype drop attribute r;

-- corpus: line 201 accepted
alter type comptype drop attribute i;

-- corpus: line 206 accepted
drop type comptype cascade;

-- corpus: line 211 accepted
create type comptype as (r float8, i float8);

-- corpus: line 212 accepted
create domain dcomptypea as comptype[];

-- corpus: line 213 accepted
create table dcomptable (d1 dcomptypea unique);

-- corpus: line 229 accepted
alter domain dcomptypea add constraint c1 check (value[1].r <= value[1].i);

-- corpus: line 230 accepted
alter domain dcomptypea add constraint c2 check (value[1].r > value[1].i);

-- corpus: line 246 accepted
create rule silly as on delete to dcomptable do instead
  update dcomptable set d1[1].r = d1[1].r - 1, d1[1].i = d1[1].i + 1
    where d1[1].i > 0;

-- corpus: line 251 accepted
drop table dcomptable;

-- corpus: line 252 accepted
drop type comptype cascade;

-- corpus: line 257 accepted
create domain posint as int check (value > 0);

-- corpus: line 259 accepted
create table pitable (f1 posint[]);

-- corpus: line 266 accepted
drop table pitable;

-- corpus: line 268 accepted
create domain vc4 as varchar(4);

-- corpus: line 269 accepted
create table vc4table (f1 vc4[]);

-- corpus: line 273 accepted
drop table vc4table;

-- corpus: line 274 accepted
drop type vc4;

-- corpus: line 277 accepted
create domain dposinta as posint[];

-- corpus: line 278 accepted
create table dposintatable (f1 dposinta[]);

-- corpus: line 294 accepted
drop table dposintatable;

-- corpus: line 295 accepted
drop domain posint cascade;

-- corpus: line 300 accepted
create type comptype as (cf1 int, cf2 int);

-- corpus: line 301 accepted
create domain dcomptype as comptype check ((value).cf1 > 0);

-- corpus: line 303 accepted
create table dcomptable (f1 dcomptype[]);

-- corpus: line 311 accepted
alter domain dcomptype drop constraint dcomptype_check;

-- corpus: line 315 accepted
drop table dcomptable;

-- corpus: line 316 accepted
drop type comptype cascade;

-- corpus: line 321 accepted
create domain dnotnull varchar(15) NOT NULL;

-- corpus: line 322 accepted
create domain dnull    varchar(15);

-- corpus: line 323 accepted
create domain dcheck   varchar(15) NOT NULL CHECK (VALUE = 'a' OR VALUE = 'c' OR VALUE = 'd');

-- corpus: line 325 accepted
create table nulltest
           ( col1 dnotnull
           , col2 dnotnull NULL  -- NOT NULL in the domain cannot be overridden
           , col3 dnull    NOT NULL
           , col4 dnull
           , col5 dcheck CHECK (col5 IN ('c', 'd'))
           );

-- corpus: line 366 accepted
drop table nulltest;

-- corpus: line 367 accepted
drop domain dnotnull restrict;

-- corpus: line 368 accepted
drop domain dnull restrict;

-- corpus: line 369 accepted
drop domain dcheck restrict;

-- corpus: line 372 accepted
create domain ddef1 int4 DEFAULT 3;

-- corpus: line 373 accepted
create domain ddef2 oid DEFAULT '12';

-- corpus: line 375 accepted
create domain ddef3 text DEFAULT 5;

-- corpus: line 376 accepted
create sequence ddef4_seq;

-- corpus: line 377 accepted
create domain ddef4 int4 DEFAULT nextval('ddef4_seq');

-- corpus: line 378 accepted
create domain ddef5 numeric(8,2) NOT NULL DEFAULT '12.12';

-- corpus: line 380 accepted
create table defaulttest
            ( col1 ddef1
            , col2 ddef2
            , col3 ddef3
            , col4 ddef4 PRIMARY KEY
            , col5 ddef1 NOT NULL DEFAULT NULL
            , col6 ddef2 DEFAULT '88'
            , col7 ddef4 DEFAULT 8000
            , col8 ddef5
            );

-- corpus: line 391 accepted
alter table defaulttest alter column col5 drop default;

-- corpus: line 394 accepted
alter table defaulttest alter column col5 set default null;

-- corpus: line 396 accepted
alter table defaulttest alter column col5 drop default;

-- corpus: line 407 accepted
drop table defaulttest cascade;

-- corpus: line 410 accepted
create domain dnotnulltest integer;

-- corpus: line 411 accepted
create table domnotnull
( col1 dnotnulltest
, col2 dnotnulltest
);

-- corpus: line 417 accepted
alter domain dnotnulltest set not null;

-- corpus: line 420 accepted
alter domain dnotnulltest set not null;

-- corpus: line 424 accepted
alter domain dnotnulltest set not null;

-- corpus: line 428 accepted
alter domain dnotnulltest drop not null;

-- corpus: line 432 accepted
drop domain dnotnulltest cascade;

-- corpus: line 435 accepted
create table domdeftest (col1 ddef1);

-- corpus: line 440 accepted
alter domain ddef1 set default '42';

-- corpus: line 444 accepted
alter domain ddef1 drop default;

-- corpus: line 448 accepted
drop table domdeftest;

-- corpus: line 451 accepted
create domain con as integer;

-- corpus: line 452 accepted
create table domcontest (col1 con);

-- corpus: line 456 accepted
alter domain con add constraint t check (VALUE < 1);

-- corpus: line 458 accepted
alter domain con add constraint t check (VALUE < 34);

-- corpus: line 459 accepted
alter domain con add check (VALUE > 0);

-- corpus: line 465 accepted
alter domain con drop constraint t;

-- corpus: line 469 accepted
alter domain con drop constraint nonexistent;

-- corpus: line 470 accepted
alter domain con drop constraint if exists nonexistent;

-- corpus: line 473 accepted
create domain things AS INT;

-- corpus: line 474 accepted
CREATE TABLE thethings (stuff things);

-- corpus: line 476 accepted
ALTER DOMAIN things ADD CONSTRAINT meow CHECK (VALUE < 11);

-- corpus: line 477 accepted
ALTER DOMAIN things ADD CONSTRAINT meow CHECK (VALUE < 11) NOT VALID;

-- corpus: line 478 accepted
ALTER DOMAIN things VALIDATE CONSTRAINT meow;

-- corpus: line 480 accepted
ALTER DOMAIN things VALIDATE CONSTRAINT meow;

-- corpus: line 483 accepted
create table domtab (col1 integer);

-- corpus: line 484 accepted
create domain dom as integer;

-- corpus: line 485 accepted
create view domview as select cast(col1 as dom) from domtab;

-- corpus: line 490 accepted
alter domain dom set not null;

-- corpus: line 493 accepted
alter domain dom drop not null;

-- corpus: line 496 accepted
alter domain dom add constraint domchkgt6 check(value > 6);

-- corpus: line 499 accepted
alter domain dom drop constraint domchkgt6 restrict;

-- corpus: line 503 accepted
drop domain ddef1 restrict;

-- corpus: line 504 accepted
drop domain ddef2 restrict;

-- corpus: line 505 accepted
drop domain ddef3 restrict;

-- corpus: line 506 accepted
drop domain ddef4 restrict;

-- corpus: line 507 accepted
drop domain ddef5 restrict;

-- corpus: line 508 accepted
drop sequence ddef4_seq;

-- corpus: line 511 accepted
create domain vchar4 varchar(4);

-- corpus: line 512 accepted
create domain dinter vchar4 check (substring(VALUE, 1, 1) = 'x');

-- corpus: line 513 accepted
create domain dtop dinter check (substring(VALUE, 2, 1) = '1');

-- corpus: line 522 accepted
create temp table dtest(f1 dtop);

-- corpus: line 531 accepted
drop table dtest;

-- corpus: line 532 accepted
drop domain vchar4 cascade;

-- corpus: line 537 accepted
create domain str_domain as text not null;

-- corpus: line 539 accepted
create table domain_test (a int, b int);

-- corpus: line 545 accepted
alter table domain_test add column c str_domain;

-- corpus: line 547 accepted
create domain str_domain2 as text check (value <> 'foo') default 'foo';

-- corpus: line 550 accepted
alter table domain_test add column d str_domain2;

-- corpus: line 554 accepted
create domain pos_int as int4 check (value > 0) not null;

-- corpus: line 564 accepted
create function doubledecrement(p1 pos_int) returns pos_int as $$
declare v pos_int;
begin
    return p1;
end$$ language plpgsql;

-- corpus: line 572 accepted
create or replace function doubledecrement(p1 pos_int) returns pos_int as $$
declare v pos_int := 0;
begin
    return p1;
end$$ language plpgsql;

-- corpus: line 580 accepted
create or replace function doubledecrement(p1 pos_int) returns pos_int as $$
declare v pos_int := 1;
begin
    v := p1 - 1;
    return v - 1;
end$$ language plpgsql;

-- corpus: line 595 accepted
create domain posint as int4;

-- corpus: line 598 accepted
create type ddtest1 as (f1 posint);

-- corpus: line 599 accepted
create table ddtest2(f1 ddtest1);

-- corpus: line 601 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 602 accepted
drop table ddtest2;

-- corpus: line 605 accepted
create table ddtest2(f1 ddtest1[]);

-- corpus: line 607 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 608 accepted
drop table ddtest2;

-- corpus: line 611 accepted
create domain ddtest1d as ddtest1;

-- corpus: line 612 accepted
create table ddtest2(f1 ddtest1d);

-- corpus: line 614 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 615 accepted
drop table ddtest2;

-- corpus: line 616 accepted
drop domain ddtest1d;

-- corpus: line 619 accepted
create domain ddtest1d as ddtest1[];

-- corpus: line 620 accepted
create table ddtest2(f1 ddtest1d);

-- corpus: line 622 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 623 accepted
drop table ddtest2;

-- corpus: line 624 accepted
drop domain ddtest1d;

-- corpus: line 627 accepted
create type rposint as range (subtype = posint);

-- corpus: line 628 accepted
create table ddtest2(f1 rposint);

-- corpus: line 630 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 631 accepted
drop table ddtest2;

-- corpus: line 632 accepted
drop type rposint;

-- corpus: line 634 accepted
alter domain posint add constraint c1 check(value >= 0);

-- corpus: line 636 accepted
create domain posint2 as posint check (value % 2 = 0);

-- corpus: line 637 accepted
create table ddtest2(f1 posint2);

-- corpus: line 642 accepted
alter domain posint add constraint c2 check(value >= 10);

-- corpus: line 643 accepted
alter domain posint add constraint c2 check(value > 0);

-- corpus: line 645 accepted
drop table ddtest2;

-- corpus: line 646 accepted
drop type ddtest1;

-- corpus: line 647 accepted
drop domain posint cascade;

-- corpus: line 653 accepted
create or replace function array_elem_check(numeric) returns numeric as $$
declare
  x numeric(4,2)[1];
begin
  x[1] := $1;
  return x[1];
end$$ language plpgsql;

-- corpus: line 664 accepted
create domain mynums as numeric(4,2)[1];

-- corpus: line 666 accepted
create or replace function array_elem_check(numeric) returns numeric as $$
declare
  x mynums;
begin
  x[1] := $1;
  return x[1];
end$$ language plpgsql;

-- corpus: line 677 accepted
create domain mynums2 as mynums;

-- corpus: line 679 accepted
create or replace function array_elem_check(numeric) returns numeric as $$
declare
  x mynums2;
begin
  x[1] := $1;
  return x[1];
end$$ language plpgsql;

-- corpus: line 690 accepted
drop function array_elem_check(numeric);

-- corpus: line 696 accepted
create domain orderedpair as int[2] check (value[1] < value[2]);

-- corpus: line 701 accepted
create temp table op (f1 orderedpair);

-- corpus: line 709 accepted
create or replace function array_elem_check(int) returns int as $$
declare
  x orderedpair := '{1,2}';
begin
  x[2] := $1;
  return x[2];
end$$ language plpgsql;

-- corpus: line 720 accepted
drop function array_elem_check(int);

-- corpus: line 726 accepted
create domain di as int;

-- corpus: line 728 accepted
create function dom_check(int) returns di as $$
declare d di;
begin
  d := $1::di;
  return d;
end
$$ language plpgsql immutable;

-- corpus: line 738 accepted
alter domain di add constraint pos check (value > 0);

-- corpus: line 742 accepted
alter domain di drop constraint pos;

-- corpus: line 748 accepted
create or replace function dom_check(int) returns di as $$
declare d di;
begin
  d := $1;
  return d;
end
$$ language plpgsql immutable;

-- corpus: line 758 accepted
alter domain di add constraint pos check (value > 0);

-- corpus: line 762 accepted
alter domain di drop constraint pos;

-- corpus: line 766 accepted
drop function dom_check(int);

-- corpus: line 768 accepted
drop domain di;

-- corpus: line 775 accepted
create function sql_is_distinct_from(anyelement, anyelement)
returns boolean language sql
as 'select $1 is distinct from $2 limit 1';

-- corpus: line 779 accepted
create domain inotnull int
  check (sql_is_distinct_from(value, null));

-- corpus: line 785 accepted
create table dom_table (x inotnull);

-- corpus: line 790 accepted
drop table dom_table;

-- corpus: line 791 accepted
drop domain inotnull;

-- corpus: line 792 accepted
drop function sql_is_distinct_from(anyelement, anyelement);

-- corpus: line 798 accepted
create domain testdomain1 as int;

-- corpus: line 799 accepted
alter domain testdomain1 rename to testdomain2;

-- corpus: line 800 accepted
alter type testdomain2 rename to testdomain3;

-- corpus: line 801 accepted
drop domain testdomain3;

-- corpus: line 808 accepted
create domain testdomain1 as int constraint unsigned check (value > 0);

-- corpus: line 809 accepted
alter domain testdomain1 rename constraint unsigned to unsigned_foo;

-- corpus: line 810 accepted
alter domain testdomain1 drop constraint unsigned_foo;

-- corpus: line 811 accepted
drop domain testdomain1;
