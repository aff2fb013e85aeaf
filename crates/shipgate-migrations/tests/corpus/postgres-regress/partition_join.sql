-- corpus: line 12 accepted
CREATE TABLE prt1 (a int, b int, c varchar) PARTITION BY RANGE(a);

-- corpus: line 13 accepted
CREATE TABLE prt1_p1 PARTITION OF prt1 FOR VALUES FROM (0) TO (250);

-- corpus: line 14 accepted
CREATE TABLE prt1_p3 PARTITION OF prt1 FOR VALUES FROM (500) TO (600);

-- corpus: line 15 accepted
CREATE TABLE prt1_p2 PARTITION OF prt1 FOR VALUES FROM (250) TO (500);

-- corpus: line 17 accepted
CREATE INDEX iprt1_p1_a on prt1_p1(a);

-- corpus: line 18 accepted
CREATE INDEX iprt1_p2_a on prt1_p2(a);

-- corpus: line 19 accepted
CREATE INDEX iprt1_p3_a on prt1_p3(a);

-- corpus: line 22 accepted
CREATE TABLE prt2 (a int, b int, c varchar) PARTITION BY RANGE(b);

-- corpus: line 23 accepted
CREATE TABLE prt2_p1 PARTITION OF prt2 FOR VALUES FROM (0) TO (250);

-- corpus: line 24 accepted
CREATE TABLE prt2_p2 PARTITION OF prt2 FOR VALUES FROM (250) TO (500);

-- corpus: line 25 accepted
CREATE TABLE prt2_p3 PARTITION OF prt2 FOR VALUES FROM (500) TO (600);

-- corpus: line 27 accepted
CREATE INDEX iprt2_p1_b on prt2_p1(b);

-- corpus: line 28 accepted
CREATE INDEX iprt2_p2_b on prt2_p2(b);

-- corpus: line 29 accepted
CREATE INDEX iprt2_p3_b on prt2_p3(b);

-- corpus: line 121 accepted
CREATE TABLE prt1_e (a int, b int, c int) PARTITION BY RANGE(((a + b)/2));

-- corpus: line 122 accepted
CREATE TABLE prt1_e_p1 PARTITION OF prt1_e FOR VALUES FROM (0) TO (250);

-- corpus: line 123 accepted
CREATE TABLE prt1_e_p2 PARTITION OF prt1_e FOR VALUES FROM (250) TO (500);

-- corpus: line 124 accepted
CREATE TABLE prt1_e_p3 PARTITION OF prt1_e FOR VALUES FROM (500) TO (600);

-- corpus: line 126 accepted
CREATE INDEX iprt1_e_p1_ab2 on prt1_e_p1(((a+b)/2));

-- corpus: line 127 accepted
CREATE INDEX iprt1_e_p2_ab2 on prt1_e_p2(((a+b)/2));

-- corpus: line 128 accepted
CREATE INDEX iprt1_e_p3_ab2 on prt1_e_p3(((a+b)/2));

-- corpus: line 131 accepted
CREATE TABLE prt2_e (a int, b int, c int) PARTITION BY RANGE(((b + a)/2));

-- corpus: line 132 accepted
CREATE TABLE prt2_e_p1 PARTITION OF prt2_e FOR VALUES FROM (0) TO (250);

-- corpus: line 133 accepted
CREATE TABLE prt2_e_p2 PARTITION OF prt2_e FOR VALUES FROM (250) TO (500);

-- corpus: line 134 accepted
CREATE TABLE prt2_e_p3 PARTITION OF prt2_e FOR VALUES FROM (500) TO (600);

-- corpus: line 220 accepted
CREATE TABLE prt1_m (a int, b int, c int) PARTITION BY RANGE(a, ((a + b)/2));

-- corpus: line 221 accepted
CREATE TABLE prt1_m_p1 PARTITION OF prt1_m FOR VALUES FROM (0, 0) TO (250, 250);

-- corpus: line 222 accepted
CREATE TABLE prt1_m_p2 PARTITION OF prt1_m FOR VALUES FROM (250, 250) TO (500, 500);

-- corpus: line 223 accepted
CREATE TABLE prt1_m_p3 PARTITION OF prt1_m FOR VALUES FROM (500, 500) TO (600, 600);

-- corpus: line 227 accepted
CREATE TABLE prt2_m (a int, b int, c int) PARTITION BY RANGE(((b + a)/2), b);

-- corpus: line 228 accepted
CREATE TABLE prt2_m_p1 PARTITION OF prt2_m FOR VALUES FROM (0, 0) TO (250, 250);

-- corpus: line 229 accepted
CREATE TABLE prt2_m_p2 PARTITION OF prt2_m FOR VALUES FROM (250, 250) TO (500, 500);

-- corpus: line 230 accepted
CREATE TABLE prt2_m_p3 PARTITION OF prt2_m FOR VALUES FROM (500, 500) TO (600, 600);

-- corpus: line 241 accepted
CREATE TABLE plt1 (a int, b int, c text) PARTITION BY LIST(c);

-- corpus: line 242 accepted
CREATE TABLE plt1_p1 PARTITION OF plt1 FOR VALUES IN ('0000', '0003', '0004', '0010');

-- corpus: line 243 accepted
CREATE TABLE plt1_p2 PARTITION OF plt1 FOR VALUES IN ('0001', '0005', '0002', '0009');

-- corpus: line 244 accepted
CREATE TABLE plt1_p3 PARTITION OF plt1 FOR VALUES IN ('0006', '0007', '0008', '0011');

-- corpus: line 248 accepted
CREATE TABLE plt2 (a int, b int, c text) PARTITION BY LIST(c);

-- corpus: line 249 accepted
CREATE TABLE plt2_p1 PARTITION OF plt2 FOR VALUES IN ('0000', '0003', '0004', '0010');

-- corpus: line 250 accepted
CREATE TABLE plt2_p2 PARTITION OF plt2 FOR VALUES IN ('0001', '0005', '0002', '0009');

-- corpus: line 251 accepted
CREATE TABLE plt2_p3 PARTITION OF plt2 FOR VALUES IN ('0006', '0007', '0008', '0011');

-- corpus: line 258 accepted
CREATE TABLE plt1_e (a int, b int, c text) PARTITION BY LIST(ltrim(c, 'A'));

-- corpus: line 259 accepted
CREATE TABLE plt1_e_p1 PARTITION OF plt1_e FOR VALUES IN ('0000', '0003', '0004', '0010');

-- corpus: line 260 accepted
CREATE TABLE plt1_e_p2 PARTITION OF plt1_e FOR VALUES IN ('0001', '0005', '0002', '0009');

-- corpus: line 261 accepted
CREATE TABLE plt1_e_p3 PARTITION OF plt1_e FOR VALUES IN ('0006', '0007', '0008', '0011');

-- corpus: line 286 accepted
CREATE TABLE pht1 (a int, b int, c text) PARTITION BY HASH(c);

-- corpus: line 287 accepted
CREATE TABLE pht1_p1 PARTITION OF pht1 FOR VALUES WITH (MODULUS 3, REMAINDER 0);

-- corpus: line 288 accepted
CREATE TABLE pht1_p2 PARTITION OF pht1 FOR VALUES WITH (MODULUS 3, REMAINDER 1);

-- corpus: line 289 accepted
CREATE TABLE pht1_p3 PARTITION OF pht1 FOR VALUES WITH (MODULUS 3, REMAINDER 2);

-- corpus: line 293 accepted
CREATE TABLE pht2 (a int, b int, c text) PARTITION BY HASH(c);

-- corpus: line 294 accepted
CREATE TABLE pht2_p1 PARTITION OF pht2 FOR VALUES WITH (MODULUS 3, REMAINDER 0);

-- corpus: line 295 accepted
CREATE TABLE pht2_p2 PARTITION OF pht2 FOR VALUES WITH (MODULUS 3, REMAINDER 1);

-- corpus: line 296 accepted
CREATE TABLE pht2_p3 PARTITION OF pht2 FOR VALUES WITH (MODULUS 3, REMAINDER 2);

-- corpus: line 303 accepted
CREATE TABLE pht1_e (a int, b int, c text) PARTITION BY HASH(ltrim(c, 'A'));

-- corpus: line 304 accepted
CREATE TABLE pht1_e_p1 PARTITION OF pht1_e FOR VALUES WITH (MODULUS 3, REMAINDER 0);

-- corpus: line 305 accepted
CREATE TABLE pht1_e_p2 PARTITION OF pht1_e FOR VALUES WITH (MODULUS 3, REMAINDER 1);

-- corpus: line 306 accepted
CREATE TABLE pht1_e_p3 PARTITION OF pht1_e FOR VALUES WITH (MODULUS 3, REMAINDER 2);

-- corpus: line 316 accepted
ALTER TABLE prt1 DETACH PARTITION prt1_p3;

-- corpus: line 317 accepted
ALTER TABLE prt1 ATTACH PARTITION prt1_p3 DEFAULT;

-- corpus: line 319 accepted
ALTER TABLE prt2 DETACH PARTITION prt2_p3;

-- corpus: line 320 accepted
ALTER TABLE prt2 ATTACH PARTITION prt2_p3 DEFAULT;

-- corpus: line 327 accepted
ALTER TABLE plt1 DETACH PARTITION plt1_p3;

-- corpus: line 328 accepted
ALTER TABLE plt1 ATTACH PARTITION plt1_p3 DEFAULT;

-- corpus: line 330 accepted
ALTER TABLE plt2 DETACH PARTITION plt2_p3;

-- corpus: line 331 accepted
ALTER TABLE plt2 ATTACH PARTITION plt2_p3 DEFAULT;

-- corpus: line 339 accepted
CREATE TABLE prt1_l (a int, b int, c varchar) PARTITION BY RANGE(a);

-- corpus: line 340 accepted
CREATE TABLE prt1_l_p1 PARTITION OF prt1_l FOR VALUES FROM (0) TO (250);

-- corpus: line 341 accepted
CREATE TABLE prt1_l_p2 PARTITION OF prt1_l FOR VALUES FROM (250) TO (500) PARTITION BY LIST (c);

-- corpus: line 342 accepted
CREATE TABLE prt1_l_p2_p1 PARTITION OF prt1_l_p2 FOR VALUES IN ('0000', '0001');

-- corpus: line 343 accepted
CREATE TABLE prt1_l_p2_p2 PARTITION OF prt1_l_p2 FOR VALUES IN ('0002', '0003');

-- corpus: line 344 accepted
CREATE TABLE prt1_l_p3 PARTITION OF prt1_l FOR VALUES FROM (500) TO (600) PARTITION BY RANGE (b);

-- corpus: line 345 accepted
CREATE TABLE prt1_l_p3_p1 PARTITION OF prt1_l_p3 FOR VALUES FROM (0) TO (13);

-- corpus: line 346 accepted
CREATE TABLE prt1_l_p3_p2 PARTITION OF prt1_l_p3 FOR VALUES FROM (13) TO (25);

-- corpus: line 350 accepted
CREATE TABLE prt2_l (a int, b int, c varchar) PARTITION BY RANGE(b);

-- corpus: line 351 accepted
CREATE TABLE prt2_l_p1 PARTITION OF prt2_l FOR VALUES FROM (0) TO (250);

-- corpus: line 352 accepted
CREATE TABLE prt2_l_p2 PARTITION OF prt2_l FOR VALUES FROM (250) TO (500) PARTITION BY LIST (c);

-- corpus: line 353 accepted
CREATE TABLE prt2_l_p2_p1 PARTITION OF prt2_l_p2 FOR VALUES IN ('0000', '0001');

-- corpus: line 354 accepted
CREATE TABLE prt2_l_p2_p2 PARTITION OF prt2_l_p2 FOR VALUES IN ('0002', '0003');

-- corpus: line 355 accepted
CREATE TABLE prt2_l_p3 PARTITION OF prt2_l FOR VALUES FROM (500) TO (600) PARTITION BY RANGE (a);

-- corpus: line 356 accepted
CREATE TABLE prt2_l_p3_p1 PARTITION OF prt2_l_p3 FOR VALUES FROM (0) TO (13);

-- corpus: line 357 accepted
CREATE TABLE prt2_l_p3_p2 PARTITION OF prt2_l_p3 FOR VALUES FROM (13) TO (25);

-- corpus: line 409 accepted
CREATE TABLE prt1_n (a int, b int, c varchar) PARTITION BY RANGE(c);

-- corpus: line 410 accepted
CREATE TABLE prt1_n_p1 PARTITION OF prt1_n FOR VALUES FROM ('0000') TO ('0250');

-- corpus: line 411 accepted
CREATE TABLE prt1_n_p2 PARTITION OF prt1_n FOR VALUES FROM ('0250') TO ('0500');

-- corpus: line 415 accepted
CREATE TABLE prt2_n (a int, b int, c text) PARTITION BY LIST(c);

-- corpus: line 416 accepted
CREATE TABLE prt2_n_p1 PARTITION OF prt2_n FOR VALUES IN ('0000', '0003', '0004', '0010', '0006', '0007');

-- corpus: line 417 accepted
CREATE TABLE prt2_n_p2 PARTITION OF prt2_n FOR VALUES IN ('0001', '0005', '0002', '0009', '0008', '0011');

-- corpus: line 421 accepted
CREATE TABLE prt3_n (a int, b int, c text) PARTITION BY LIST(c);

-- corpus: line 422 accepted
CREATE TABLE prt3_n_p1 PARTITION OF prt3_n FOR VALUES IN ('0000', '0004', '0006', '0007');

-- corpus: line 423 accepted
CREATE TABLE prt3_n_p2 PARTITION OF prt3_n FOR VALUES IN ('0001', '0002', '0008', '0010');

-- corpus: line 424 accepted
CREATE TABLE prt3_n_p3 PARTITION OF prt3_n FOR VALUES IN ('0003', '0005', '0009', '0011');

-- corpus: line 428 accepted
CREATE TABLE prt4_n (a int, b int, c text) PARTITION BY RANGE(a);

-- corpus: line 429 accepted
CREATE TABLE prt4_n_p1 PARTITION OF prt4_n FOR VALUES FROM (0) TO (300);

-- corpus: line 430 accepted
CREATE TABLE prt4_n_p2 PARTITION OF prt4_n FOR VALUES FROM (300) TO (500);

-- corpus: line 431 accepted
CREATE TABLE prt4_n_p3 PARTITION OF prt4_n FOR VALUES FROM (500) TO (600);

-- corpus: line 479 accepted
create temp table prtx1 (a integer, b integer, c integer)
  partition by range (a);

-- corpus: line 481 accepted
create temp table prtx1_1 partition of prtx1 for values from (1) to (11);

-- corpus: line 482 accepted
create temp table prtx1_2 partition of prtx1 for values from (11) to (21);

-- corpus: line 483 accepted
create temp table prtx1_3 partition of prtx1 for values from (21) to (31);

-- corpus: line 484 accepted
create temp table prtx2 (a integer, b integer, c integer)
  partition by range (a);

-- corpus: line 486 accepted
create temp table prtx2_1 partition of prtx2 for values from (1) to (11);

-- corpus: line 487 accepted
create temp table prtx2_2 partition of prtx2 for values from (11) to (21);

-- corpus: line 488 accepted
create temp table prtx2_3 partition of prtx2 for values from (21) to (31);

-- corpus: line 493 accepted
create index on prtx2 (b);

-- corpus: line 494 accepted
create index on prtx2 (c);

-- corpus: line 525 accepted
CREATE TABLE prt1_adv (a int, b int, c varchar) PARTITION BY RANGE (a);

-- corpus: line 526 accepted
CREATE TABLE prt1_adv_p1 PARTITION OF prt1_adv FOR VALUES FROM (100) TO (200);

-- corpus: line 527 accepted
CREATE TABLE prt1_adv_p2 PARTITION OF prt1_adv FOR VALUES FROM (200) TO (300);

-- corpus: line 528 accepted
CREATE TABLE prt1_adv_p3 PARTITION OF prt1_adv FOR VALUES FROM (300) TO (400);

-- corpus: line 529 accepted
CREATE INDEX prt1_adv_a_idx ON prt1_adv (a);

-- corpus: line 533 accepted
CREATE TABLE prt2_adv (a int, b int, c varchar) PARTITION BY RANGE (b);

-- corpus: line 534 accepted
CREATE TABLE prt2_adv_p1 PARTITION OF prt2_adv FOR VALUES FROM (100) TO (150);

-- corpus: line 535 accepted
CREATE TABLE prt2_adv_p2 PARTITION OF prt2_adv FOR VALUES FROM (200) TO (300);

-- corpus: line 536 accepted
CREATE TABLE prt2_adv_p3 PARTITION OF prt2_adv FOR VALUES FROM (350) TO (500);

-- corpus: line 537 accepted
CREATE INDEX prt2_adv_b_idx ON prt2_adv (b);

-- corpus: line 569 accepted
CREATE TABLE prt2_adv_extra PARTITION OF prt2_adv FOR VALUES FROM (500) TO (MAXVALUE);

-- corpus: line 613 accepted
DROP TABLE prt2_adv_extra;

-- corpus: line 617 accepted
ALTER TABLE prt2_adv DETACH PARTITION prt2_adv_p3;

-- corpus: line 619 accepted
CREATE TABLE prt2_adv_p3_1 PARTITION OF prt2_adv FOR VALUES FROM (350) TO (375);

-- corpus: line 620 accepted
CREATE TABLE prt2_adv_p3_2 PARTITION OF prt2_adv FOR VALUES FROM (375) TO (500);

-- corpus: line 644 accepted
DROP TABLE prt2_adv_p3_1;

-- corpus: line 645 accepted
DROP TABLE prt2_adv_p3_2;

-- corpus: line 649 accepted
ALTER TABLE prt1_adv DETACH PARTITION prt1_adv_p1;

-- corpus: line 651 accepted
ALTER TABLE prt1_adv ATTACH PARTITION prt1_adv_p1 DEFAULT;

-- corpus: line 652 accepted
ALTER TABLE prt1_adv DETACH PARTITION prt1_adv_p3;

-- corpus: line 662 accepted
ALTER TABLE prt1_adv ATTACH PARTITION prt1_adv_p3 FOR VALUES FROM (300) TO (400);

-- corpus: line 666 accepted
ALTER TABLE prt2_adv ATTACH PARTITION prt2_adv_p3 FOR VALUES FROM (350) TO (500);

-- corpus: line 674 accepted
ALTER TABLE prt2_adv DETACH PARTITION prt2_adv_p3;

-- corpus: line 676 accepted
ALTER TABLE prt2_adv ATTACH PARTITION prt2_adv_p3 DEFAULT;

-- corpus: line 684 accepted
DROP TABLE prt1_adv_p3;

-- corpus: line 687 accepted
DROP TABLE prt2_adv_p3;

-- corpus: line 690 accepted
CREATE TABLE prt3_adv (a int, b int, c varchar) PARTITION BY RANGE (a);

-- corpus: line 691 accepted
CREATE TABLE prt3_adv_p1 PARTITION OF prt3_adv FOR VALUES FROM (200) TO (300);

-- corpus: line 692 accepted
CREATE TABLE prt3_adv_p2 PARTITION OF prt3_adv FOR VALUES FROM (300) TO (400);

-- corpus: line 693 accepted
CREATE INDEX prt3_adv_a_idx ON prt3_adv (a);

-- corpus: line 702 accepted
DROP TABLE prt1_adv;

-- corpus: line 703 accepted
DROP TABLE prt2_adv;

-- corpus: line 704 accepted
DROP TABLE prt3_adv;

-- corpus: line 707 accepted
CREATE TABLE prt1_adv (a int, b int, c varchar) PARTITION BY RANGE (a);

-- corpus: line 708 accepted
CREATE TABLE prt1_adv_p1 PARTITION OF prt1_adv FOR VALUES FROM (100) TO (200);

-- corpus: line 709 accepted
CREATE TABLE prt1_adv_p2 PARTITION OF prt1_adv FOR VALUES FROM (200) TO (300);

-- corpus: line 710 accepted
CREATE TABLE prt1_adv_p3 PARTITION OF prt1_adv FOR VALUES FROM (300) TO (400);

-- corpus: line 711 accepted
CREATE INDEX prt1_adv_a_idx ON prt1_adv (a);

-- corpus: line 715 accepted
CREATE TABLE prt2_adv (a int, b int, c varchar) PARTITION BY RANGE (b);

-- corpus: line 716 accepted
CREATE TABLE prt2_adv_p1 PARTITION OF prt2_adv FOR VALUES FROM (100) TO (200);

-- corpus: line 717 accepted
CREATE TABLE prt2_adv_p2 PARTITION OF prt2_adv FOR VALUES FROM (200) TO (400);

-- corpus: line 718 accepted
CREATE INDEX prt2_adv_b_idx ON prt2_adv (b);

-- corpus: line 726 accepted
DROP TABLE prt1_adv_p3;

-- corpus: line 727 accepted
CREATE TABLE prt1_adv_default PARTITION OF prt1_adv DEFAULT;

-- corpus: line 730 accepted
CREATE TABLE prt2_adv_default PARTITION OF prt2_adv DEFAULT;

-- corpus: line 737 accepted
DROP TABLE prt1_adv;

-- corpus: line 738 accepted
DROP TABLE prt2_adv;

-- corpus: line 742 accepted
CREATE TABLE plt1_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 743 accepted
CREATE TABLE plt1_adv_p1 PARTITION OF plt1_adv FOR VALUES IN ('0001', '0003');

-- corpus: line 744 accepted
CREATE TABLE plt1_adv_p2 PARTITION OF plt1_adv FOR VALUES IN ('0004', '0006');

-- corpus: line 745 accepted
CREATE TABLE plt1_adv_p3 PARTITION OF plt1_adv FOR VALUES IN ('0008', '0009');

-- corpus: line 749 accepted
CREATE TABLE plt2_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 750 accepted
CREATE TABLE plt2_adv_p1 PARTITION OF plt2_adv FOR VALUES IN ('0002', '0003');

-- corpus: line 751 accepted
CREATE TABLE plt2_adv_p2 PARTITION OF plt2_adv FOR VALUES IN ('0004', '0006');

-- corpus: line 752 accepted
CREATE TABLE plt2_adv_p3 PARTITION OF plt2_adv FOR VALUES IN ('0007', '0009');

-- corpus: line 782 accepted
CREATE TABLE plt2_adv_extra PARTITION OF plt2_adv FOR VALUES IN ('0000');

-- corpus: line 821 accepted
DROP TABLE plt2_adv_extra;

-- corpus: line 825 accepted
ALTER TABLE plt2_adv DETACH PARTITION plt2_adv_p2;

-- corpus: line 827 accepted
CREATE TABLE plt2_adv_p2_1 PARTITION OF plt2_adv FOR VALUES IN ('0004');

-- corpus: line 828 accepted
CREATE TABLE plt2_adv_p2_2 PARTITION OF plt2_adv FOR VALUES IN ('0006');

-- corpus: line 852 accepted
DROP TABLE plt2_adv_p2_1;

-- corpus: line 853 accepted
DROP TABLE plt2_adv_p2_2;

-- corpus: line 855 accepted
ALTER TABLE plt2_adv ATTACH PARTITION plt2_adv_p2 FOR VALUES IN ('0004', '0006');

-- corpus: line 858 accepted
ALTER TABLE plt1_adv DETACH PARTITION plt1_adv_p1;

-- corpus: line 860 accepted
CREATE TABLE plt1_adv_p1_null PARTITION OF plt1_adv FOR VALUES IN (NULL, '0001', '0003');

-- corpus: line 865 accepted
ALTER TABLE plt2_adv DETACH PARTITION plt2_adv_p3;

-- corpus: line 867 accepted
CREATE TABLE plt2_adv_p3_null PARTITION OF plt2_adv FOR VALUES IN (NULL, '0007', '0009');

-- corpus: line 897 accepted
DROP TABLE plt1_adv_p1_null;

-- corpus: line 899 accepted
ALTER TABLE plt1_adv ATTACH PARTITION plt1_adv_p1 FOR VALUES IN ('0001', '0003');

-- corpus: line 902 accepted
CREATE TABLE plt1_adv_extra PARTITION OF plt1_adv FOR VALUES IN (NULL);

-- corpus: line 906 accepted
DROP TABLE plt2_adv_p3_null;

-- corpus: line 908 accepted
ALTER TABLE plt2_adv ATTACH PARTITION plt2_adv_p3 FOR VALUES IN ('0007', '0009');

-- corpus: line 928 accepted
CREATE TABLE plt2_adv_extra PARTITION OF plt2_adv FOR VALUES IN (NULL);

-- corpus: line 952 accepted
DROP TABLE plt1_adv_extra;

-- corpus: line 953 accepted
DROP TABLE plt2_adv_extra;

-- corpus: line 956 accepted
ALTER TABLE plt1_adv DETACH PARTITION plt1_adv_p1;

-- corpus: line 958 accepted
ALTER TABLE plt1_adv ATTACH PARTITION plt1_adv_p1 DEFAULT;

-- corpus: line 959 accepted
DROP TABLE plt1_adv_p3;

-- corpus: line 962 accepted
DROP TABLE plt2_adv_p3;

-- corpus: line 971 accepted
ALTER TABLE plt2_adv DETACH PARTITION plt2_adv_p2;

-- corpus: line 974 accepted
CREATE TABLE plt2_adv_p2_ext PARTITION OF plt2_adv FOR VALUES IN ('0004', '0005', '0006');

-- corpus: line 983 accepted
ALTER TABLE plt2_adv DETACH PARTITION plt2_adv_p2_ext;

-- corpus: line 985 accepted
ALTER TABLE plt2_adv ATTACH PARTITION plt2_adv_p2_ext DEFAULT;

-- corpus: line 993 accepted
DROP TABLE plt2_adv_p2_ext;

-- corpus: line 995 accepted
ALTER TABLE plt2_adv ATTACH PARTITION plt2_adv_p2 FOR VALUES IN ('0004', '0006');

-- corpus: line 998 accepted
CREATE TABLE plt3_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 999 accepted
CREATE TABLE plt3_adv_p1 PARTITION OF plt3_adv FOR VALUES IN ('0004', '0006');

-- corpus: line 1000 accepted
CREATE TABLE plt3_adv_p2 PARTITION OF plt3_adv FOR VALUES IN ('0007', '0009');

-- corpus: line 1011 accepted
DROP TABLE plt2_adv_p1;

-- corpus: line 1013 accepted
CREATE TABLE plt2_adv_p1_null PARTITION OF plt2_adv FOR VALUES IN (NULL, '0001', '0003');

-- corpus: line 1022 accepted
DROP TABLE plt2_adv_p1_null;

-- corpus: line 1024 accepted
CREATE TABLE plt2_adv_p1_null PARTITION OF plt2_adv FOR VALUES IN (NULL);

-- corpus: line 1032 accepted
DROP TABLE plt1_adv;

-- corpus: line 1033 accepted
DROP TABLE plt2_adv;

-- corpus: line 1034 accepted
DROP TABLE plt3_adv;

-- corpus: line 1037 accepted
CREATE TABLE plt1_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 1038 accepted
CREATE TABLE plt1_adv_p1 PARTITION OF plt1_adv FOR VALUES IN ('0001');

-- corpus: line 1039 accepted
CREATE TABLE plt1_adv_p2 PARTITION OF plt1_adv FOR VALUES IN ('0002');

-- corpus: line 1040 accepted
CREATE TABLE plt1_adv_p3 PARTITION OF plt1_adv FOR VALUES IN ('0003');

-- corpus: line 1041 accepted
CREATE TABLE plt1_adv_p4 PARTITION OF plt1_adv FOR VALUES IN (NULL, '0004', '0005');

-- corpus: line 1046 accepted
CREATE TABLE plt2_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 1047 accepted
CREATE TABLE plt2_adv_p1 PARTITION OF plt2_adv FOR VALUES IN ('0001', '0002');

-- corpus: line 1048 accepted
CREATE TABLE plt2_adv_p2 PARTITION OF plt2_adv FOR VALUES IN (NULL);

-- corpus: line 1049 accepted
CREATE TABLE plt2_adv_p3 PARTITION OF plt2_adv FOR VALUES IN ('0003');

-- corpus: line 1050 accepted
CREATE TABLE plt2_adv_p4 PARTITION OF plt2_adv FOR VALUES IN ('0004', '0005');

-- corpus: line 1063 accepted
CREATE TABLE plt1_adv_default PARTITION OF plt1_adv DEFAULT;

-- corpus: line 1066 accepted
CREATE TABLE plt2_adv_default PARTITION OF plt2_adv DEFAULT;

-- corpus: line 1077 accepted
DROP TABLE plt1_adv;

-- corpus: line 1078 accepted
DROP TABLE plt2_adv;

-- corpus: line 1081 accepted
CREATE TABLE plt1_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 1082 accepted
CREATE TABLE plt1_adv_p1 PARTITION OF plt1_adv FOR VALUES IN ('0000', '0001', '0002');

-- corpus: line 1083 accepted
CREATE TABLE plt1_adv_p2 PARTITION OF plt1_adv FOR VALUES IN ('0003', '0004');

-- corpus: line 1087 accepted
CREATE TABLE plt2_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 1088 accepted
CREATE TABLE plt2_adv_p1 PARTITION OF plt2_adv FOR VALUES IN ('0002');

-- corpus: line 1089 accepted
CREATE TABLE plt2_adv_p2 PARTITION OF plt2_adv FOR VALUES IN ('0003', '0004');

-- corpus: line 1093 accepted
CREATE TABLE plt3_adv (a int, b int, c text) PARTITION BY LIST (c);

-- corpus: line 1094 accepted
CREATE TABLE plt3_adv_p1 PARTITION OF plt3_adv FOR VALUES IN ('0001');

-- corpus: line 1095 accepted
CREATE TABLE plt3_adv_p2 PARTITION OF plt3_adv FOR VALUES IN ('0003', '0004');

-- corpus: line 1107 accepted
DROP TABLE plt1_adv;

-- corpus: line 1108 accepted
DROP TABLE plt2_adv;

-- corpus: line 1109 accepted
DROP TABLE plt3_adv;

-- corpus: line 1113 accepted
CREATE TABLE alpha (a double precision, b int, c text) PARTITION BY RANGE (a);

-- corpus: line 1114 accepted
CREATE TABLE alpha_neg PARTITION OF alpha FOR VALUES FROM ('-Infinity') TO (0) PARTITION BY RANGE (b);

-- corpus: line 1115 accepted
CREATE TABLE alpha_pos PARTITION OF alpha FOR VALUES FROM (0) TO (10.0) PARTITION BY LIST (c);

-- corpus: line 1116 accepted
CREATE TABLE alpha_neg_p1 PARTITION OF alpha_neg FOR VALUES FROM (100) TO (200);

-- corpus: line 1117 accepted
CREATE TABLE alpha_neg_p2 PARTITION OF alpha_neg FOR VALUES FROM (200) TO (300);

-- corpus: line 1118 accepted
CREATE TABLE alpha_neg_p3 PARTITION OF alpha_neg FOR VALUES FROM (300) TO (400);

-- corpus: line 1119 accepted
CREATE TABLE alpha_pos_p1 PARTITION OF alpha_pos FOR VALUES IN ('0001', '0003');

-- corpus: line 1120 accepted
CREATE TABLE alpha_pos_p2 PARTITION OF alpha_pos FOR VALUES IN ('0004', '0006');

-- corpus: line 1121 accepted
CREATE TABLE alpha_pos_p3 PARTITION OF alpha_pos FOR VALUES IN ('0008', '0009');

-- corpus: line 1126 accepted
CREATE TABLE beta (a double precision, b int, c text) PARTITION BY RANGE (a);

-- corpus: line 1127 accepted
CREATE TABLE beta_neg PARTITION OF beta FOR VALUES FROM (-10.0) TO (0) PARTITION BY RANGE (b);

-- corpus: line 1128 accepted
CREATE TABLE beta_pos PARTITION OF beta FOR VALUES FROM (0) TO ('Infinity') PARTITION BY LIST (c);

-- corpus: line 1129 accepted
CREATE TABLE beta_neg_p1 PARTITION OF beta_neg FOR VALUES FROM (100) TO (150);

-- corpus: line 1130 accepted
CREATE TABLE beta_neg_p2 PARTITION OF beta_neg FOR VALUES FROM (200) TO (300);

-- corpus: line 1131 accepted
CREATE TABLE beta_neg_p3 PARTITION OF beta_neg FOR VALUES FROM (350) TO (500);

-- corpus: line 1132 accepted
CREATE TABLE beta_pos_p1 PARTITION OF beta_pos FOR VALUES IN ('0002', '0003');

-- corpus: line 1133 accepted
CREATE TABLE beta_pos_p2 PARTITION OF beta_pos FOR VALUES IN ('0004', '0006');

-- corpus: line 1134 accepted
CREATE TABLE beta_pos_p3 PARTITION OF beta_pos FOR VALUES IN ('0007', '0009');

-- corpus: line 1156 accepted
CREATE TABLE fract_t (id BIGINT, PRIMARY KEY (id)) PARTITION BY RANGE (id);

-- corpus: line 1157 accepted
CREATE TABLE fract_t0 PARTITION OF fract_t FOR VALUES FROM ('0') TO ('1000');

-- corpus: line 1158 accepted
CREATE TABLE fract_t1 PARTITION OF fract_t FOR VALUES FROM ('1000') TO ('2000');

-- corpus: line 1175 accepted
DROP TABLE fract_t;
