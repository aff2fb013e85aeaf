-- corpus: line 8 accepted
create table lp (a char) partition by list (a);

-- corpus: line 9 accepted
create table lp_default partition of lp default;

-- corpus: line 10 accepted
create table lp_ef partition of lp for values in ('e', 'f');

-- corpus: line 11 accepted
create table lp_ad partition of lp for values in ('a', 'd');

-- corpus: line 12 accepted
create table lp_bc partition of lp for values in ('b', 'c');

-- corpus: line 13 accepted
create table lp_g partition of lp for values in ('g');

-- corpus: line 14 accepted
create table lp_null partition of lp for values in (null);

-- corpus: line 29 accepted
create table coll_pruning (a text collate "C") partition by list (a);

-- corpus: line 30 accepted
create table coll_pruning_a partition of coll_pruning for values in ('a');

-- corpus: line 31 accepted
create table coll_pruning_b partition of coll_pruning for values in ('b');

-- corpus: line 32 accepted
create table coll_pruning_def partition of coll_pruning default;

-- corpus: line 37 accepted
create table rlp (a int, b varchar) partition by range (a);

-- corpus: line 38 accepted
create table rlp_default partition of rlp default partition by list (a);

-- corpus: line 39 accepted
create table rlp_default_default partition of rlp_default default;

-- corpus: line 40 accepted
create table rlp_default_10 partition of rlp_default for values in (10);

-- corpus: line 41 accepted
create table rlp_default_30 partition of rlp_default for values in (30);

-- corpus: line 42 accepted
create table rlp_default_null partition of rlp_default for values in (null);

-- corpus: line 43 accepted
create table rlp1 partition of rlp for values from (minvalue) to (1);

-- corpus: line 44 accepted
create table rlp2 partition of rlp for values from (1) to (10);

-- corpus: line 46 accepted
create table rlp3 (b varchar, a int) partition by list (b varchar_ops);

-- corpus: line 47 accepted
create table rlp3_default partition of rlp3 default;

-- corpus: line 48 accepted
create table rlp3abcd partition of rlp3 for values in ('ab', 'cd');

-- corpus: line 49 accepted
create table rlp3efgh partition of rlp3 for values in ('ef', 'gh');

-- corpus: line 50 accepted
create table rlp3nullxy partition of rlp3 for values in (null, 'xy');

-- corpus: line 51 accepted
alter table rlp attach partition rlp3 for values from (15) to (20);

-- corpus: line 53 accepted
create table rlp4 partition of rlp for values from (20) to (30) partition by range (a);

-- corpus: line 54 accepted
create table rlp4_default partition of rlp4 default;

-- corpus: line 55 accepted
create table rlp4_1 partition of rlp4 for values from (20) to (25);

-- corpus: line 56 accepted
create table rlp4_2 partition of rlp4 for values from (25) to (29);

-- corpus: line 58 accepted
create table rlp5 partition of rlp for values from (31) to (maxvalue) partition by range (a);

-- corpus: line 59 accepted
create table rlp5_default partition of rlp5 default;

-- corpus: line 60 accepted
create table rlp5_1 partition of rlp5 for values from (31) to (40);

-- corpus: line 103 accepted
create table mc3p (a int, b int, c int) partition by range (a, abs(b), c);

-- corpus: line 104 accepted
create table mc3p_default partition of mc3p default;

-- corpus: line 105 accepted
create table mc3p0 partition of mc3p for values from (minvalue, minvalue, minvalue) to (1, 1, 1);

-- corpus: line 106 accepted
create table mc3p1 partition of mc3p for values from (1, 1, 1) to (10, 5, 10);

-- corpus: line 107 accepted
create table mc3p2 partition of mc3p for values from (10, 5, 10) to (10, 10, 10);

-- corpus: line 108 accepted
create table mc3p3 partition of mc3p for values from (10, 10, 10) to (10, 10, 20);

-- corpus: line 109 accepted
create table mc3p4 partition of mc3p for values from (10, 10, 20) to (10, maxvalue, maxvalue);

-- corpus: line 110 accepted
create table mc3p5 partition of mc3p for values from (11, 1, 1) to (20, 10, 10);

-- corpus: line 111 accepted
create table mc3p6 partition of mc3p for values from (20, 10, 10) to (20, 20, 20);

-- corpus: line 112 accepted
create table mc3p7 partition of mc3p for values from (20, 20, 20) to (maxvalue, maxvalue, maxvalue);

-- corpus: line 135 accepted
create table mc2p (a int, b int) partition by range (a, b);

-- corpus: line 136 accepted
create table mc2p_default partition of mc2p default;

-- corpus: line 137 accepted
create table mc2p0 partition of mc2p for values from (minvalue, minvalue) to (1, minvalue);

-- corpus: line 138 accepted
create table mc2p1 partition of mc2p for values from (1, minvalue) to (1, 1);

-- corpus: line 139 accepted
create table mc2p2 partition of mc2p for values from (1, 1) to (2, minvalue);

-- corpus: line 140 accepted
create table mc2p3 partition of mc2p for values from (2, minvalue) to (2, 1);

-- corpus: line 141 accepted
create table mc2p4 partition of mc2p for values from (2, 1) to (2, maxvalue);

-- corpus: line 142 accepted
create table mc2p5 partition of mc2p for values from (2, maxvalue) to (maxvalue, maxvalue);

-- corpus: line 157 accepted
create table boolpart (a bool) partition by list (a);

-- corpus: line 158 accepted
create table boolpart_default partition of boolpart default;

-- corpus: line 159 accepted
create table boolpart_t partition of boolpart for values in ('true');

-- corpus: line 160 accepted
create table boolpart_f partition of boolpart for values in ('false');

-- corpus: line 183 accepted
create table iboolpart (a bool) partition by list ((not a));

-- corpus: line 184 accepted
create table iboolpart_default partition of iboolpart default;

-- corpus: line 185 accepted
create table iboolpart_f partition of iboolpart for values in ('true');

-- corpus: line 186 accepted
create table iboolpart_t partition of iboolpart for values in ('false');

-- corpus: line 207 accepted
create table boolrangep (a bool, b bool, c int) partition by range (a,b,c);

-- corpus: line 208 accepted
create table boolrangep_tf partition of boolrangep for values from ('true', 'false', 0) to ('true', 'false', 100);

-- corpus: line 209 accepted
create table boolrangep_ft partition of boolrangep for values from ('false', 'true', 0) to ('false', 'true', 100);

-- corpus: line 210 accepted
create table boolrangep_ff1 partition of boolrangep for values from ('false', 'false', 0) to ('false', 'false', 50);

-- corpus: line 211 accepted
create table boolrangep_ff2 partition of boolrangep for values from ('false', 'false', 50) to ('false', 'false', 100);

-- corpus: line 217 accepted
create table coercepart (a varchar) partition by list (a);

-- corpus: line 218 accepted
create table coercepart_ab partition of coercepart for values in ('ab');

-- corpus: line 219 accepted
create table coercepart_bc partition of coercepart for values in ('bc');

-- corpus: line 220 accepted
create table coercepart_cd partition of coercepart for values in ('cd');

-- corpus: line 235 accepted
drop table coercepart;

-- corpus: line 237 accepted
CREATE TABLE part (a INT, b INT) PARTITION BY LIST (a);

-- corpus: line 238 accepted
CREATE TABLE part_p1 PARTITION OF part FOR VALUES IN (-2,-1,0,1,2);

-- corpus: line 239 accepted
CREATE TABLE part_p2 PARTITION OF part DEFAULT PARTITION BY RANGE(a);

-- corpus: line 240 accepted
CREATE TABLE part_p2_p1 PARTITION OF part_p2 DEFAULT;

-- corpus: line 241 accepted
CREATE TABLE part_rev (b INT, c INT, a INT);

-- corpus: line 242 accepted
ALTER TABLE part ATTACH PARTITION part_rev FOR VALUES IN (3);

-- corpus: line 243 accepted
ALTER TABLE part_rev DROP COLUMN c;

-- corpus: line 244 accepted
ALTER TABLE part ATTACH PARTITION part_rev FOR VALUES IN (3);

-- corpus: line 271 accepted
create table rp (a int) partition by range (a);

-- corpus: line 272 accepted
create table rp0 partition of rp for values from (minvalue) to (1);

-- corpus: line 273 accepted
create table rp1 partition of rp for values from (1) to (2);

-- corpus: line 274 accepted
create table rp2 partition of rp for values from (2) to (maxvalue);

-- corpus: line 294 accepted
create table coll_pruning_multi (a text) partition by range (substr(a, 1) collate "POSIX", substr(a, 1) collate "C");

-- corpus: line 295 accepted
create table coll_pruning_multi1 partition of coll_pruning_multi for values from ('a', 'a') to ('a', 'e');

-- corpus: line 296 accepted
create table coll_pruning_multi2 partition of coll_pruning_multi for values from ('a', 'e') to ('a', 'z');

-- corpus: line 297 accepted
create table coll_pruning_multi3 partition of coll_pruning_multi for values from ('b', 'a') to ('b', 'e');

-- corpus: line 311 accepted
create table like_op_noprune (a text) partition by list (a);

-- corpus: line 312 accepted
create table like_op_noprune1 partition of like_op_noprune for values in ('ABC');

-- corpus: line 313 accepted
create table like_op_noprune2 partition of like_op_noprune for values in ('BCD');

-- corpus: line 319 accepted
create table lparted_by_int2 (a smallint) partition by list (a);

-- corpus: line 320 accepted
create table lparted_by_int2_1 partition of lparted_by_int2 for values in (1);

-- corpus: line 321 accepted
create table lparted_by_int2_16384 partition of lparted_by_int2 for values in (16384);

-- corpus: line 324 accepted
create table rparted_by_int2 (a smallint) partition by range (a);

-- corpus: line 325 accepted
create table rparted_by_int2_1 partition of rparted_by_int2 for values from (1) to (10);

-- corpus: line 326 accepted
create table rparted_by_int2_16384 partition of rparted_by_int2 for values from (10) to (16384);

-- corpus: line 329 accepted
create table rparted_by_int2_maxvalue partition of rparted_by_int2 for values from (16384) to (maxvalue);

-- corpus: line 333 accepted
drop table lp, coll_pruning, rlp, mc3p, mc2p, boolpart, iboolpart, boolrangep, rp, coll_pruning_multi, like_op_noprune, lparted_by_int2, rparted_by_int2;

-- corpus: line 343 accepted
create table hp (a int, b text, c int)
  partition by hash (a part_test_int4_ops, b part_test_text_ops);

-- corpus: line 345 accepted
create table hp0 partition of hp for values with (modulus 4, remainder 0);

-- corpus: line 346 accepted
create table hp3 partition of hp for values with (modulus 4, remainder 3);

-- corpus: line 347 accepted
create table hp1 partition of hp for values with (modulus 4, remainder 1);

-- corpus: line 348 accepted
create table hp2 partition of hp for values with (modulus 4, remainder 2);

-- corpus: line 378 accepted
drop table hp1;

-- corpus: line 379 accepted
drop table hp3;

-- corpus: line 383 accepted
drop table hp2;

-- corpus: line 390 accepted
create table ab (a int not null, b int not null) partition by list (a);

-- corpus: line 391 accepted
create table ab_a2 partition of ab for values in(2) partition by list (b);

-- corpus: line 392 accepted
create table ab_a2_b1 partition of ab_a2 for values in (1);

-- corpus: line 393 accepted
create table ab_a2_b2 partition of ab_a2 for values in (2);

-- corpus: line 394 accepted
create table ab_a2_b3 partition of ab_a2 for values in (3);

-- corpus: line 395 accepted
create table ab_a1 partition of ab for values in(1) partition by list (b);

-- corpus: line 396 accepted
create table ab_a1_b1 partition of ab_a1 for values in (1);

-- corpus: line 397 accepted
create table ab_a1_b2 partition of ab_a1 for values in (2);

-- corpus: line 398 accepted
create table ab_a1_b3 partition of ab_a1 for values in (3);

-- corpus: line 399 accepted
create table ab_a3 partition of ab for values in(3) partition by list (b);

-- corpus: line 400 accepted
create table ab_a3_b1 partition of ab_a3 for values in (1);

-- corpus: line 401 accepted
create table ab_a3_b2 partition of ab_a3 for values in (2);

-- corpus: line 402 accepted
create table ab_a3_b3 partition of ab_a3 for values in (3);

-- corpus: line 442 accepted
create table hp1 partition of hp for values with (modulus 4, remainder 1);

-- corpus: line 443 accepted
create table hp2 partition of hp for values with (modulus 4, remainder 2);

-- corpus: line 444 accepted
create table hp3 partition of hp for values with (modulus 4, remainder 3);

-- corpus: line 454 accepted
drop table hp;

-- corpus: line 457 accepted
create table list_part (a int) partition by list (a);

-- corpus: line 458 accepted
create table list_part1 partition of list_part for values in (1);

-- corpus: line 459 accepted
create table list_part2 partition of list_part for values in (2);

-- corpus: line 460 accepted
create table list_part3 partition of list_part for values in (3);

-- corpus: line 461 accepted
create table list_part4 partition of list_part for values in (4);

-- corpus: line 482 accepted
create function list_part_fn(int) returns int as $$ begin return $1; end;$$ language plpgsql stable;

-- corpus: line 495 accepted
drop table list_part;

-- corpus: line 507 accepted
create function explain_parallel_append(text) returns setof text
language plpgsql as
$$
declare
    ln text;
begin
    for ln in
        execute format('explain (analyze, costs off, summary off, timing off) %s',
            $1)
    loop
        ln := regexp_replace(ln, 'Workers Launched: \d+', 'Workers Launched: N');
        ln := regexp_replace(ln, 'actual rows=\d+ loops=\d+', 'actual rows=N loops=N');
        ln := regexp_replace(ln, 'Rows Removed by Filter: \d+', 'Rows Removed by Filter: N');
        return next ln;
    end loop;
end;
$$;

-- corpus: line 550 accepted
create table lprt_a (a int not null);

-- corpus: line 559 accepted
create index ab_a2_b1_a_idx on ab_a2_b1 (a);

-- corpus: line 560 accepted
create index ab_a2_b2_a_idx on ab_a2_b2 (a);

-- corpus: line 561 accepted
create index ab_a2_b3_a_idx on ab_a2_b3 (a);

-- corpus: line 562 accepted
create index ab_a1_b1_a_idx on ab_a1_b1 (a);

-- corpus: line 563 accepted
create index ab_a1_b2_a_idx on ab_a1_b2 (a);

-- corpus: line 564 accepted
create index ab_a1_b3_a_idx on ab_a1_b3 (a);

-- corpus: line 565 accepted
create index ab_a3_b1_a_idx on ab_a3_b1 (a);

-- corpus: line 566 accepted
create index ab_a3_b2_a_idx on ab_a3_b2 (a);

-- corpus: line 567 accepted
create index ab_a3_b3_a_idx on ab_a3_b3 (a);

-- corpus: line 609 accepted
create table xy_1 (x int, y int);

-- corpus: line 653 accepted
drop table ab, lprt_a;

-- corpus: line 656 accepted
create table tbl1(col1 int);

-- corpus: line 660 accepted
create table tprt (col1 int) partition by range (col1);

-- corpus: line 661 accepted
create table tprt_1 partition of tprt for values from (1) to (501);

-- corpus: line 662 accepted
create table tprt_2 partition of tprt for values from (501) to (1001);

-- corpus: line 663 accepted
create table tprt_3 partition of tprt for values from (1001) to (2001);

-- corpus: line 664 accepted
create table tprt_4 partition of tprt for values from (2001) to (3001);

-- corpus: line 665 accepted
create table tprt_5 partition of tprt for values from (3001) to (4001);

-- corpus: line 666 accepted
create table tprt_6 partition of tprt for values from (4001) to (5001);

-- corpus: line 668 accepted
create index tprt1_idx on tprt_1 (col1);

-- corpus: line 669 accepted
create index tprt2_idx on tprt_2 (col1);

-- corpus: line 670 accepted
create index tprt3_idx on tprt_3 (col1);

-- corpus: line 671 accepted
create index tprt4_idx on tprt_4 (col1);

-- corpus: line 672 accepted
create index tprt5_idx on tprt_5 (col1);

-- corpus: line 673 accepted
create index tprt6_idx on tprt_6 (col1);

-- corpus: line 730 accepted
drop table tbl1, tprt;

-- corpus: line 733 accepted
create table part_abc (a int not null, b int not null, c int not null) partition by list (a);

-- corpus: line 734 accepted
create table part_bac (b int not null, a int not null, c int not null) partition by list (b);

-- corpus: line 735 accepted
create table part_cab (c int not null, a int not null, b int not null) partition by list (c);

-- corpus: line 736 accepted
create table part_abc_p1 (a int not null, b int not null, c int not null);

-- corpus: line 738 accepted
alter table part_abc attach partition part_bac for values in(1);

-- corpus: line 739 accepted
alter table part_bac attach partition part_cab for values in(2);

-- corpus: line 740 accepted
alter table part_cab attach partition part_abc_p1 for values in(3);

-- corpus: line 750 accepted
drop table part_abc;

-- corpus: line 754 accepted
create table listp (a int, b int) partition by list (a);

-- corpus: line 755 accepted
create table listp_1 partition of listp for values in(1) partition by list (b);

-- corpus: line 756 accepted
create table listp_1_1 partition of listp_1 for values in(1);

-- corpus: line 757 accepted
create table listp_2 partition of listp for values in(2) partition by list (b);

-- corpus: line 758 accepted
create table listp_2_1 partition of listp_2 for values in(2);

-- corpus: line 788 accepted
drop table listp;

-- corpus: line 793 accepted
create table stable_qual_pruning (a timestamp) partition by range (a);

-- corpus: line 794 accepted
create table stable_qual_pruning1 partition of stable_qual_pruning
  for values from ('2000-01-01') to ('2000-02-01');

-- corpus: line 796 accepted
create table stable_qual_pruning2 partition of stable_qual_pruning
  for values from ('2000-02-01') to ('2000-03-01');

-- corpus: line 798 accepted
create table stable_qual_pruning3 partition of stable_qual_pruning
  for values from ('3000-02-01') to ('3000-03-01');

-- corpus: line 829 accepted
drop table stable_qual_pruning;

-- corpus: line 836 accepted
create table mc3p (a int, b int, c int) partition by range (a, abs(b), c);

-- corpus: line 837 accepted
create table mc3p0 partition of mc3p
  for values from (0, 0, 0) to (0, maxvalue, maxvalue);

-- corpus: line 839 accepted
create table mc3p1 partition of mc3p
  for values from (1, 1, 1) to (2, minvalue, minvalue);

-- corpus: line 841 accepted
create table mc3p2 partition of mc3p
  for values from (2, minvalue, minvalue) to (3, maxvalue, maxvalue);

-- corpus: line 864 accepted
drop table mc3p;

-- corpus: line 867 accepted
create table boolvalues (value bool not null);

-- corpus: line 870 accepted
create table boolp (a bool) partition by list (a);

-- corpus: line 871 accepted
create table boolp_t partition of boolp for values in('t');

-- corpus: line 872 accepted
create table boolp_f partition of boolp for values in('f');

-- corpus: line 880 accepted
drop table boolp;

-- corpus: line 887 accepted
create table ma_test (a int, b int) partition by range (a);

-- corpus: line 888 accepted
create table ma_test_p1 partition of ma_test for values from (0) to (10);

-- corpus: line 889 accepted
create table ma_test_p2 partition of ma_test for values from (10) to (20);

-- corpus: line 890 accepted
create table ma_test_p3 partition of ma_test for values from (20) to (30);

-- corpus: line 892 accepted
create index on ma_test (b);

-- corpus: line 920 accepted
drop table ma_test;

-- corpus: line 930 accepted
create table pp_arrpart (a int[]) partition by list (a);

-- corpus: line 931 accepted
create table pp_arrpart1 partition of pp_arrpart for values in ('{1}');

-- corpus: line 932 accepted
create table pp_arrpart2 partition of pp_arrpart for values in ('{2, 3}', '{4, 5}');

-- corpus: line 938 accepted
drop table pp_arrpart;

-- corpus: line 941 accepted
create table pph_arrpart (a int[]) partition by hash (a);

-- corpus: line 942 accepted
create table pph_arrpart1 partition of pph_arrpart for values with (modulus 2, remainder 0);

-- corpus: line 943 accepted
create table pph_arrpart2 partition of pph_arrpart for values with (modulus 2, remainder 1);

-- corpus: line 949 accepted
drop table pph_arrpart;

-- corpus: line 952 accepted
create type pp_colors as enum ('green', 'blue', 'black');

-- corpus: line 953 accepted
create table pp_enumpart (a pp_colors) partition by list (a);

-- corpus: line 954 accepted
create table pp_enumpart_green partition of pp_enumpart for values in ('green');

-- corpus: line 955 accepted
create table pp_enumpart_blue partition of pp_enumpart for values in ('blue');

-- corpus: line 958 accepted
drop table pp_enumpart;

-- corpus: line 959 accepted
drop type pp_colors;

-- corpus: line 962 accepted
create type pp_rectype as (a int, b int);

-- corpus: line 963 accepted
create table pp_recpart (a pp_rectype) partition by list (a);

-- corpus: line 964 accepted
create table pp_recpart_11 partition of pp_recpart for values in ('(1,1)');

-- corpus: line 965 accepted
create table pp_recpart_23 partition of pp_recpart for values in ('(2,3)');

-- corpus: line 968 accepted
drop table pp_recpart;

-- corpus: line 969 accepted
drop type pp_rectype;

-- corpus: line 972 accepted
create table pp_intrangepart (a int4range) partition by list (a);

-- corpus: line 973 accepted
create table pp_intrangepart12 partition of pp_intrangepart for values in ('[1,2]');

-- corpus: line 974 accepted
create table pp_intrangepart2inf partition of pp_intrangepart for values in ('[2,)');

-- corpus: line 977 accepted
drop table pp_intrangepart;

-- corpus: line 983 accepted
create table pp_lp (a int, value int) partition by list (a);

-- corpus: line 984 accepted
create table pp_lp1 partition of pp_lp for values in(1);

-- corpus: line 985 accepted
create table pp_lp2 partition of pp_lp for values in(2);

-- corpus: line 1005 accepted
drop table pp_lp;

-- corpus: line 1009 accepted
create table inh_lp (a int, value int);

-- corpus: line 1010 accepted
create table inh_lp1 (a int, value int, check(a = 1)) inherits (inh_lp);

-- corpus: line 1011 accepted
create table inh_lp2 (a int, value int, check(a = 2)) inherits (inh_lp);

-- corpus: line 1024 accepted
drop table inh_lp cascade;

-- corpus: line 1030 accepted
create temp table pp_temp_parent (a int) partition by list (a);

-- corpus: line 1031 accepted
create temp table pp_temp_part_1 partition of pp_temp_parent for values in (1);

-- corpus: line 1032 accepted
create temp table pp_temp_part_def partition of pp_temp_parent default;

-- corpus: line 1035 accepted
drop table pp_temp_parent;

-- corpus: line 1038 accepted
create temp table p (a int, b int, c int) partition by list (a);

-- corpus: line 1039 accepted
create temp table p1 partition of p for values in (1);

-- corpus: line 1040 accepted
create temp table p2 partition of p for values in (2);

-- corpus: line 1041 accepted
create temp table q (a int, b int, c int) partition by list (a);

-- corpus: line 1042 accepted
create temp table q1 partition of q for values in (1) partition by list (b);

-- corpus: line 1043 accepted
create temp table q11 partition of q1 for values in (1) partition by list (c);

-- corpus: line 1044 accepted
create temp table q111 partition of q11 for values in (1);

-- corpus: line 1045 accepted
create temp table q2 partition of q for values in (2) partition by list (b);

-- corpus: line 1046 accepted
create temp table q21 partition of q2 for values in (1);

-- corpus: line 1047 accepted
create temp table q22 partition of q2 for values in (2);

-- corpus: line 1086 accepted
drop table p, q;

-- corpus: line 1090 accepted
create table listp (a int, b int) partition by list (a);

-- corpus: line 1091 accepted
create table listp1 partition of listp for values in(1);

-- corpus: line 1092 accepted
create table listp2 partition of listp for values in(2) partition by list(b);

-- corpus: line 1093 accepted
create table listp2_10 partition of listp2 for values in (10);

-- corpus: line 1118 accepted
drop table listp;

-- corpus: line 1124 accepted
create table listp (a int) partition by list(a);

-- corpus: line 1125 accepted
create table listp_12 partition of listp for values in(1,2) partition by list(a);

-- corpus: line 1126 accepted
create table listp_12_1 partition of listp_12 for values in(1);

-- corpus: line 1127 accepted
create table listp_12_2 partition of listp_12 for values in(2);

-- corpus: line 1132 accepted
alter table listp_12_1 set (parallel_workers = 0);

-- corpus: line 1146 accepted
drop table listp;

-- corpus: line 1152 accepted
create table rangep (a int, b int) partition by range (a);

-- corpus: line 1153 accepted
create table rangep_0_to_100 partition of rangep for values from (0) to (100) partition by list (b);

-- corpus: line 1156 accepted
create table rangep_0_to_100_1 partition of rangep_0_to_100 for values in(1);

-- corpus: line 1157 accepted
create table rangep_0_to_100_2 partition of rangep_0_to_100 for values in(2);

-- corpus: line 1158 accepted
create table rangep_0_to_100_3 partition of rangep_0_to_100 for values in(3);

-- corpus: line 1159 accepted
create table rangep_100_to_200 partition of rangep for values from (100) to (200);

-- corpus: line 1160 accepted
create index on rangep (a);

-- corpus: line 1166 accepted
drop table rangep;

-- corpus: line 1173 accepted
create table rp_prefix_test1 (a int, b varchar) partition by range(a, b);

-- corpus: line 1174 accepted
create table rp_prefix_test1_p1 partition of rp_prefix_test1 for values from (1, 'a') to (1, 'b');

-- corpus: line 1175 accepted
create table rp_prefix_test1_p2 partition of rp_prefix_test1 for values from (2, 'a') to (2, 'b');

-- corpus: line 1181 accepted
create table rp_prefix_test2 (a int, b int, c int) partition by range(a, b, c);

-- corpus: line 1182 accepted
create table rp_prefix_test2_p1 partition of rp_prefix_test2 for values from (1, 1, 0) to (1, 1, 10);

-- corpus: line 1183 accepted
create table rp_prefix_test2_p2 partition of rp_prefix_test2 for values from (2, 2, 0) to (2, 2, 10);

-- corpus: line 1189 accepted
create table rp_prefix_test3 (a int, b int, c int, d int) partition by range(a, b, c, d);

-- corpus: line 1190 accepted
create table rp_prefix_test3_p1 partition of rp_prefix_test3 for values from (1, 1, 1, 0) to (1, 1, 1, 10);

-- corpus: line 1191 accepted
create table rp_prefix_test3_p2 partition of rp_prefix_test3 for values from (2, 2, 2, 0) to (2, 2, 2, 10);

-- corpus: line 1202 accepted
drop table rp_prefix_test1;

-- corpus: line 1203 accepted
drop table rp_prefix_test2;

-- corpus: line 1204 accepted
drop table rp_prefix_test3;

-- corpus: line 1209 accepted
create table hp_prefix_test (a int, b int, c int, d int)
  partition by hash (a part_test_int4_ops, b part_test_int4_ops, c part_test_int4_ops, d part_test_int4_ops);

-- corpus: line 1253 accepted
drop table hp_prefix_test;

-- corpus: line 1261 accepted
create operator === (
   leftarg = int4,
   rightarg = int4,
   procedure = int4eq,
   commutator = ===,
   hashes
);

-- corpus: line 1268 accepted
create operator class part_test_int4_ops2
for type int4
using hash as
operator 1 ===,
function 2 part_hashint4_noop(int4, int8);

-- corpus: line 1274 accepted
create table hp_contradict_test (a int, b int) partition by hash (a part_test_int4_ops2, b part_test_int4_ops2);

-- corpus: line 1275 accepted
create table hp_contradict_test_p1 partition of hp_contradict_test for values with (modulus 2, remainder 0);

-- corpus: line 1276 accepted
create table hp_contradict_test_p2 partition of hp_contradict_test for values with (modulus 2, remainder 1);

-- corpus: line 1281 accepted
drop table hp_contradict_test;

-- corpus: line 1282 accepted
drop operator class part_test_int4_ops2 using hash;

-- corpus: line 1283 accepted
drop operator ===(int4, int4);
