-- corpus: line 3 accepted
create table idxpart (a int, b int, c text) partition by range (a);

-- corpus: line 7 accepted
create index idxpart_idx on idxpart (a);

-- corpus: line 12 accepted
drop index idxpart_idx;

-- corpus: line 14 accepted
create table idxpart1 partition of idxpart for values from (0) to (10);

-- corpus: line 15 accepted
create table idxpart2 partition of idxpart for values from (10) to (100)
	partition by range (b);

-- corpus: line 17 accepted
create table idxpart21 partition of idxpart2 for values from (0) to (100);

-- corpus: line 21 accepted
create index idxpart_idx on only idxpart(a);

-- corpus: line 23 accepted
drop index idxpart_idx;

-- corpus: line 25 accepted
create index on idxpart (a);

-- corpus: line 30 accepted
drop table idxpart;

-- corpus: line 33 accepted
create table idxpart (a int, b int, c text) partition by range (a);

-- corpus: line 34 accepted
create table idxpart1 partition of idxpart for values from (0) to (10);

-- corpus: line 35 accepted
create index concurrently on idxpart (a);

-- corpus: line 36 accepted
drop table idxpart;

-- corpus: line 40 accepted
CREATE TABLE idxpart (col1 INT) PARTITION BY RANGE (col1);

-- corpus: line 41 accepted
CREATE INDEX ON idxpart (col1);

-- corpus: line 42 accepted
CREATE TABLE idxpart_two (col2 INT);

-- corpus: line 44 accepted
DROP table idxpart, idxpart_two;

-- corpus: line 48 accepted
CREATE TABLE idxpart (a INT, b TEXT, c INT) PARTITION BY RANGE(a);

-- corpus: line 49 accepted
CREATE TABLE idxpart1 PARTITION OF idxpart FOR VALUES FROM (MINVALUE) TO (MAXVALUE);

-- corpus: line 50 accepted
CREATE INDEX partidx_abc_idx ON idxpart (a, b, c);

-- corpus: line 52 accepted
ALTER TABLE idxpart ALTER COLUMN c TYPE numeric;

-- corpus: line 53 accepted
DROP TABLE idxpart;

-- corpus: line 57 accepted
create table idxpart (a int, b int, c text) partition by range (a);

-- corpus: line 58 accepted
create index idxparti on idxpart (a);

-- corpus: line 59 accepted
create index idxparti2 on idxpart (b, c);

-- corpus: line 60 accepted
create table idxpart1 (like idxpart);

-- corpus: line 62 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (10);

-- corpus: line 68 accepted
create index idxpart_c on only idxpart (c);

-- corpus: line 69 accepted
create index idxpart1_c on idxpart1 (c);

-- corpus: line 70 accepted
alter table idxpart_c attach partition idxpart1_c for values from (10) to (20);

-- corpus: line 71 accepted
alter index idxpart_c attach partition idxpart1_c;

-- corpus: line 75 accepted
alter table idxpart_c detach partition idxpart1_c;

-- corpus: line 76 accepted
drop table idxpart;

-- corpus: line 79 accepted
create table idxpart (a int, b int) partition by range (a, b);

-- corpus: line 80 accepted
create table idxpart1 partition of idxpart for values from (0, 0) to (10, 10);

-- corpus: line 81 accepted
create index on idxpart1 (a, b);

-- corpus: line 82 accepted
create index on idxpart (a, b);

-- corpus: line 88 accepted
drop table idxpart;

-- corpus: line 91 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 92 accepted
create index on idxpart (a);

-- corpus: line 93 accepted
create table idxpart1 partition of idxpart for values from (0) to (10);

-- corpus: line 94 accepted
drop index idxpart1_a_idx;

-- corpus: line 95 accepted
drop index concurrently idxpart_a_idx;

-- corpus: line 96 accepted
drop index idxpart_a_idx;

-- corpus: line 99 accepted
create index on idxpart (a);

-- corpus: line 100 accepted
drop table idxpart1;

-- corpus: line 103 accepted
drop table idxpart;

-- corpus: line 106 accepted
create temp table idxpart_temp (a int) partition by range (a);

-- corpus: line 107 accepted
create index on idxpart_temp(a);

-- corpus: line 108 accepted
create temp table idxpart1_temp partition of idxpart_temp
  for values from (0) to (10);

-- corpus: line 110 accepted
drop index idxpart1_temp_a_idx;

-- corpus: line 112 accepted
drop index concurrently idxpart_temp_a_idx;

-- corpus: line 115 accepted
drop table idxpart_temp;

-- corpus: line 118 accepted
create table idxpart (a int, b int) partition by range (a, b);

-- corpus: line 119 accepted
create table idxpart1 partition of idxpart for values from (0, 0) to (10, 10);

-- corpus: line 120 accepted
create index idxpart_a_b_idx on only idxpart (a, b);

-- corpus: line 121 accepted
create index idxpart1_a_b_idx on idxpart1 (a, b);

-- corpus: line 122 accepted
create index idxpart1_tst1 on idxpart1 (b, a);

-- corpus: line 123 accepted
create index idxpart1_tst2 on idxpart1 using hash (a);

-- corpus: line 124 accepted
create index idxpart1_tst3 on idxpart1 (a, b) where a > 10;

-- corpus: line 126 accepted
alter index idxpart attach partition idxpart1;

-- corpus: line 127 accepted
alter index idxpart_a_b_idx attach partition idxpart1;

-- corpus: line 128 accepted
alter index idxpart_a_b_idx attach partition idxpart_a_b_idx;

-- corpus: line 129 accepted
alter index idxpart_a_b_idx attach partition idxpart1_b_idx;

-- corpus: line 130 accepted
alter index idxpart_a_b_idx attach partition idxpart1_tst1;

-- corpus: line 131 accepted
alter index idxpart_a_b_idx attach partition idxpart1_tst2;

-- corpus: line 132 accepted
alter index idxpart_a_b_idx attach partition idxpart1_tst3;

-- corpus: line 134 accepted
alter index idxpart_a_b_idx attach partition idxpart1_a_b_idx;

-- corpus: line 135 accepted
alter index idxpart_a_b_idx attach partition idxpart1_a_b_idx;

-- corpus: line 138 accepted
create index idxpart1_2_a_b on idxpart1 (a, b);

-- corpus: line 139 accepted
alter index idxpart_a_b_idx attach partition idxpart1_2_a_b;

-- corpus: line 140 accepted
drop table idxpart;

-- corpus: line 146 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 147 accepted
create table idxpart1 (a int, b int);

-- corpus: line 148 accepted
create index on idxpart1 using hash (a);

-- corpus: line 149 accepted
create index on idxpart1 (a) where b > 1;

-- corpus: line 150 accepted
create index on idxpart1 ((a + 0));

-- corpus: line 151 accepted
create index on idxpart1 (a, a);

-- corpus: line 152 accepted
create index on idxpart (a);

-- corpus: line 153 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (1000);

-- corpus: line 155 accepted
drop table idxpart;

-- corpus: line 160 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 161 accepted
create table idxpart1 partition of idxpart for values from (0) to (100);

-- corpus: line 162 accepted
create table idxpart2 partition of idxpart for values from (100) to (1000)
  partition by range (a);

-- corpus: line 164 accepted
create table idxpart21 partition of idxpart2 for values from (100) to (200);

-- corpus: line 165 accepted
create table idxpart22 partition of idxpart2 for values from (200) to (300);

-- corpus: line 166 accepted
create index on idxpart22 (a);

-- corpus: line 167 accepted
create index on only idxpart2 (a);

-- corpus: line 168 accepted
create index on idxpart (a);

-- corpus: line 178 accepted
alter index idxpart2_a_idx attach partition idxpart22_a_idx;

-- corpus: line 184 accepted
alter index idxpart2_a_idx attach partition idxpart22_a_idx;

-- corpus: line 187 accepted
create index on idxpart21 (a);

-- corpus: line 188 accepted
alter index idxpart2_a_idx attach partition idxpart21_a_idx;

-- corpus: line 190 accepted
drop table idxpart;

-- corpus: line 195 accepted
create table idxpart (a int, b int, c text, d bool) partition by range (a);

-- corpus: line 196 accepted
create index idxparti on idxpart (a);

-- corpus: line 197 accepted
create index idxparti2 on idxpart (b, c);

-- corpus: line 198 accepted
create table idxpart1 (like idxpart including indexes);

-- corpus: line 204 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (10);

-- corpus: line 211 accepted
create index on idxpart1 ((a+b)) where d = true;

-- corpus: line 217 accepted
create index idxparti3 on idxpart ((a+b)) where d = true;

-- corpus: line 223 accepted
drop table idxpart;

-- corpus: line 229 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 230 accepted
create table idxpart1 partition of idxpart for values from (1) to (1000) partition by range (a);

-- corpus: line 231 accepted
create table idxpart11 partition of idxpart1 for values from (1) to (100);

-- corpus: line 232 accepted
create index on only idxpart1 (a);

-- corpus: line 233 accepted
create index on only idxpart (a);

-- corpus: line 238 accepted
alter index idxpart_a_idx attach partition idxpart1_a_idx;

-- corpus: line 243 accepted
create index on idxpart11 (a);

-- corpus: line 244 accepted
alter index idxpart1_a_idx attach partition idxpart11_a_idx;

-- corpus: line 247 accepted
drop table idxpart;

-- corpus: line 250 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 251 accepted
create table idxpart1 (like idxpart);

-- corpus: line 252 accepted
create index on idxpart1 (a);

-- corpus: line 253 accepted
create index on idxpart (a);

-- corpus: line 254 accepted
create table idxpart2 (like idxpart);

-- corpus: line 255 accepted
alter table idxpart attach partition idxpart1 for values from (0000) to (1000);

-- corpus: line 256 accepted
alter table idxpart attach partition idxpart2 for values from (1000) to (2000);

-- corpus: line 257 accepted
create table idxpart3 partition of idxpart for values from (2000) to (3000);

-- corpus: line 260 accepted
alter table idxpart detach partition idxpart1;

-- corpus: line 261 accepted
alter table idxpart detach partition idxpart2;

-- corpus: line 262 accepted
alter table idxpart detach partition idxpart3;

-- corpus: line 263 accepted
drop index idxpart1_a_idx;

-- corpus: line 264 accepted
drop index idxpart2_a_idx;

-- corpus: line 265 accepted
drop index idxpart3_a_idx;

-- corpus: line 267 accepted
drop table idxpart, idxpart1, idxpart2, idxpart3;

-- corpus: line 270 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 271 accepted
create table idxpart1 (like idxpart);

-- corpus: line 272 accepted
create index on idxpart1 (a);

-- corpus: line 273 accepted
create index on idxpart (a);

-- corpus: line 274 accepted
create table idxpart2 (like idxpart);

-- corpus: line 275 accepted
alter table idxpart attach partition idxpart1 for values from (0000) to (1000);

-- corpus: line 276 accepted
alter table idxpart attach partition idxpart2 for values from (1000) to (2000);

-- corpus: line 277 accepted
create table idxpart3 partition of idxpart for values from (2000) to (3000);

-- corpus: line 280 accepted
alter table idxpart detach partition idxpart1;

-- corpus: line 281 accepted
alter table idxpart detach partition idxpart2;

-- corpus: line 282 accepted
alter table idxpart detach partition idxpart3;

-- corpus: line 283 accepted
drop index idxpart_a_idx;

-- corpus: line 285 accepted
drop table idxpart, idxpart1, idxpart2, idxpart3;

-- corpus: line 288 accepted
create table idxpart (a int, b int, c int) partition by range(a);

-- corpus: line 289 accepted
create index on idxpart(c);

-- corpus: line 290 accepted
create table idxpart1 partition of idxpart for values from (0) to (250);

-- corpus: line 291 accepted
create table idxpart2 partition of idxpart for values from (250) to (500);

-- corpus: line 292 accepted
alter table idxpart detach partition idxpart2;

-- corpus: line 294 accepted
alter table idxpart2 drop column c;

-- corpus: line 296 accepted
drop table idxpart, idxpart2;

-- corpus: line 299 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 300 accepted
create table idxpart1 (like idxpart);

-- corpus: line 301 accepted
create index on idxpart1 ((a + b));

-- corpus: line 302 accepted
create index on idxpart ((a + b));

-- corpus: line 303 accepted
create table idxpart2 (like idxpart);

-- corpus: line 304 accepted
alter table idxpart attach partition idxpart1 for values from (0000) to (1000);

-- corpus: line 305 accepted
alter table idxpart attach partition idxpart2 for values from (1000) to (2000);

-- corpus: line 306 accepted
create table idxpart3 partition of idxpart for values from (2000) to (3000);

-- corpus: line 311 accepted
drop table idxpart;

-- corpus: line 314 accepted
create table idxpart (a text) partition by range (a);

-- corpus: line 315 accepted
create table idxpart1 (like idxpart);

-- corpus: line 316 accepted
create table idxpart2 (like idxpart);

-- corpus: line 317 accepted
create index on idxpart2 (a collate "POSIX");

-- corpus: line 318 accepted
create index on idxpart2 (a);

-- corpus: line 319 accepted
create index on idxpart2 (a collate "C");

-- corpus: line 320 accepted
alter table idxpart attach partition idxpart1 for values from ('aaa') to ('bbb');

-- corpus: line 321 accepted
alter table idxpart attach partition idxpart2 for values from ('bbb') to ('ccc');

-- corpus: line 322 accepted
create table idxpart3 partition of idxpart for values from ('ccc') to ('ddd');

-- corpus: line 323 accepted
create index on idxpart (a collate "C");

-- corpus: line 324 accepted
create table idxpart4 partition of idxpart for values from ('ddd') to ('eee');

-- corpus: line 329 accepted
drop table idxpart;

-- corpus: line 332 accepted
create table idxpart (a text) partition by range (a);

-- corpus: line 333 accepted
create table idxpart1 (like idxpart);

-- corpus: line 334 accepted
create table idxpart2 (like idxpart);

-- corpus: line 335 accepted
create index on idxpart2 (a);

-- corpus: line 336 accepted
alter table idxpart attach partition idxpart1 for values from ('aaa') to ('bbb');

-- corpus: line 337 accepted
alter table idxpart attach partition idxpart2 for values from ('bbb') to ('ccc');

-- corpus: line 338 accepted
create table idxpart3 partition of idxpart for values from ('ccc') to ('ddd');

-- corpus: line 339 accepted
create index on idxpart (a text_pattern_ops);

-- corpus: line 340 accepted
create table idxpart4 partition of idxpart for values from ('ddd') to ('eee');

-- corpus: line 346 accepted
drop index idxpart_a_idx;

-- corpus: line 347 accepted
create index on only idxpart (a text_pattern_ops);

-- corpus: line 349 accepted
alter index idxpart_a_idx attach partition idxpart2_a_idx;

-- corpus: line 350 accepted
drop table idxpart;

-- corpus: line 353 accepted
create table idxpart (col1 int, a int, col2 int, b int) partition by range (a);

-- corpus: line 354 accepted
create table idxpart1 (b int, col1 int, col2 int, col3 int, a int);

-- corpus: line 355 accepted
alter table idxpart drop column col1, drop column col2;

-- corpus: line 356 accepted
alter table idxpart1 drop column col1, drop column col2, drop column col3;

-- corpus: line 357 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (1000);

-- corpus: line 358 accepted
create index idxpart_1_idx on only idxpart (b, a);

-- corpus: line 359 accepted
create index idxpart1_1_idx on idxpart1 (b, a);

-- corpus: line 360 accepted
create index idxpart1_1b_idx on idxpart1 (b);

-- corpus: line 362 accepted
create index idxpart_2_idx on only idxpart ((b + a)) where a > 1;

-- corpus: line 363 accepted
create index idxpart1_2_idx on idxpart1 ((b + a)) where a > 1;

-- corpus: line 364 accepted
create index idxpart1_2b_idx on idxpart1 ((a + b)) where a > 1;

-- corpus: line 365 accepted
create index idxpart1_2c_idx on idxpart1 ((b + a)) where b > 1;

-- corpus: line 366 accepted
alter index idxpart_1_idx attach partition idxpart1_1b_idx;

-- corpus: line 367 accepted
alter index idxpart_1_idx attach partition idxpart1_1_idx;

-- corpus: line 368 accepted
alter index idxpart_2_idx attach partition idxpart1_2b_idx;

-- corpus: line 369 accepted
alter index idxpart_2_idx attach partition idxpart1_2c_idx;

-- corpus: line 370 accepted
alter index idxpart_2_idx attach partition idxpart1_2_idx;

-- corpus: line 375 accepted
drop table idxpart;

-- corpus: line 378 accepted
create table idxpart (a int, b int, c text) partition by range (a);

-- corpus: line 379 accepted
create index idxparti on idxpart (a);

-- corpus: line 380 accepted
create index idxparti2 on idxpart (c, b);

-- corpus: line 381 accepted
create table idxpart1 (c text, a int, b int);

-- corpus: line 382 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (10);

-- corpus: line 383 accepted
create table idxpart2 (c text, a int, b int);

-- corpus: line 384 accepted
create index on idxpart2 (a);

-- corpus: line 385 accepted
create index on idxpart2 (c, b);

-- corpus: line 386 accepted
alter table idxpart attach partition idxpart2 for values from (10) to (20);

-- corpus: line 391 accepted
drop table idxpart;

-- corpus: line 394 accepted
create table idxpart (col1 int, col2 int, a int, b int) partition by range (a);

-- corpus: line 395 accepted
create table idxpart1 (col2 int, b int, col1 int, a int);

-- corpus: line 396 accepted
create table idxpart2 (col1 int, col2 int, b int, a int);

-- corpus: line 397 accepted
alter table idxpart drop column col1, drop column col2;

-- corpus: line 398 accepted
alter table idxpart1 drop column col1, drop column col2;

-- corpus: line 399 accepted
alter table idxpart2 drop column col1, drop column col2;

-- corpus: line 400 accepted
create index on idxpart2 (abs(b));

-- corpus: line 401 accepted
alter table idxpart attach partition idxpart2 for values from (0) to (1);

-- corpus: line 402 accepted
create index on idxpart (abs(b));

-- corpus: line 403 accepted
create index on idxpart ((b + 1));

-- corpus: line 404 accepted
alter table idxpart attach partition idxpart1 for values from (1) to (2);

-- corpus: line 409 accepted
drop table idxpart;

-- corpus: line 412 accepted
create table idxpart (col1 int, a int, col3 int, b int) partition by range (a);

-- corpus: line 413 accepted
alter table idxpart drop column col1, drop column col3;

-- corpus: line 414 accepted
create table idxpart1 (col1 int, col2 int, col3 int, col4 int, b int, a int);

-- corpus: line 415 accepted
alter table idxpart1 drop column col1, drop column col2, drop column col3, drop column col4;

-- corpus: line 416 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (1000);

-- corpus: line 417 accepted
create table idxpart2 (col1 int, col2 int, b int, a int);

-- corpus: line 418 accepted
create index on idxpart2 (a) where b > 1000;

-- corpus: line 419 accepted
alter table idxpart2 drop column col1, drop column col2;

-- corpus: line 420 accepted
alter table idxpart attach partition idxpart2 for values from (1000) to (2000);

-- corpus: line 421 accepted
create index on idxpart (a) where b > 1000;

-- corpus: line 426 accepted
drop table idxpart;

-- corpus: line 429 accepted
create table idxpart1 (drop_1 int, drop_2 int, col_keep int, drop_3 int);

-- corpus: line 430 accepted
alter table idxpart1 drop column drop_1;

-- corpus: line 431 accepted
alter table idxpart1 drop column drop_2;

-- corpus: line 432 accepted
alter table idxpart1 drop column drop_3;

-- corpus: line 433 accepted
create index on idxpart1 (col_keep);

-- corpus: line 434 accepted
create table idxpart (col_keep int) partition by range (col_keep);

-- corpus: line 435 accepted
create index on idxpart (col_keep);

-- corpus: line 436 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (1000);

-- corpus: line 442 accepted
drop table idxpart;

-- corpus: line 445 accepted
create table idxpart(drop_1 int, drop_2 int, col_keep int, drop_3 int) partition by range (col_keep);

-- corpus: line 446 accepted
alter table idxpart drop column drop_1;

-- corpus: line 447 accepted
alter table idxpart drop column drop_2;

-- corpus: line 448 accepted
alter table idxpart drop column drop_3;

-- corpus: line 449 accepted
create table idxpart1 (col_keep int);

-- corpus: line 450 accepted
create index on idxpart1 (col_keep);

-- corpus: line 451 accepted
create index on idxpart (col_keep);

-- corpus: line 452 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (1000);

-- corpus: line 458 accepted
drop table idxpart;

-- corpus: line 465 accepted
create table idxpart (a int primary key, b int) partition by range (a);

-- corpus: line 468 accepted
create table failpart partition of idxpart (b primary key) for values from (0) to (100);

-- corpus: line 469 accepted
drop table idxpart;

-- corpus: line 471 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 472 accepted
create table idxpart1pk partition of idxpart (a primary key) for values from (0) to (100);

-- corpus: line 474 accepted
drop table idxpart;

-- corpus: line 477 accepted
create table idxpart (a int unique, b int) partition by range (a, b);

-- corpus: line 478 accepted
create table idxpart (a int, b int unique) partition by range (a, b);

-- corpus: line 479 accepted
create table idxpart (a int primary key, b int) partition by range (b, a);

-- corpus: line 480 accepted
create table idxpart (a int, b int primary key) partition by range (b, a);

-- corpus: line 483 accepted
create table idxpart (a int, b int, c text, primary key  (a, b, c)) partition by range (b, c, a);

-- corpus: line 484 accepted
drop table idxpart;

-- corpus: line 487 accepted
create table idxpart (a int, exclude (a with = )) partition by range (a);

-- corpus: line 490 accepted
create table idxpart (a int primary key, b int) partition by range ((b + a));

-- corpus: line 491 accepted
create table idxpart (a int unique, b int) partition by range ((b + a));

-- corpus: line 494 accepted
create table idxpart (a int, b int, c text) partition by range (a, b);

-- corpus: line 495 accepted
alter table idxpart add primary key (a);

-- corpus: line 496 accepted
alter table idxpart add primary key (a, b);

-- corpus: line 498 accepted
create table idxpart1 partition of idxpart for values from (0, 0) to (1000, 1000);

-- corpus: line 500 accepted
drop table idxpart;

-- corpus: line 503 accepted
create table idxpart (a int, b int) partition by range (a, b);

-- corpus: line 504 accepted
alter table idxpart add unique (a);

-- corpus: line 505 accepted
alter table idxpart add unique (b, a);

-- corpus: line 507 accepted
drop table idxpart;

-- corpus: line 510 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 511 accepted
alter table idxpart add exclude (a with =);

-- corpus: line 512 accepted
drop table idxpart;

-- corpus: line 515 accepted
create table idxpart (a int, b int, primary key (a, b)) partition by range (a, b);

-- corpus: line 516 accepted
create table idxpart1 partition of idxpart for values from (1, 1) to (10, 10);

-- corpus: line 517 accepted
create table idxpart2 partition of idxpart for values from (10, 10) to (20, 20)
  partition by range (b);

-- corpus: line 519 accepted
create table idxpart21 partition of idxpart2 for values from (10) to (15);

-- corpus: line 520 accepted
create table idxpart22 partition of idxpart2 for values from (15) to (20);

-- corpus: line 521 accepted
create table idxpart3 (b int not null, a int not null);

-- corpus: line 522 accepted
alter table idxpart attach partition idxpart3 for values from (20, 20) to (30, 30);

-- corpus: line 526 accepted
drop table idxpart;

-- corpus: line 530 accepted
create table idxpart (a int, b int, primary key (a)) partition by range (a);

-- corpus: line 531 accepted
create table idxpart2 partition of idxpart
for values from (0) to (1000) partition by range (b);

-- corpus: line 533 accepted
drop table idxpart;

-- corpus: line 536 accepted
create table idxpart (a int unique, b int) partition by range (a);

-- corpus: line 537 accepted
create table idxpart1 (a int not null, b int, unique (a, b))
  partition by range (a, b);

-- corpus: line 539 accepted
alter table idxpart attach partition idxpart1 for values from (1) to (1000);

-- corpus: line 540 accepted
DROP TABLE idxpart, idxpart1;

-- corpus: line 543 accepted
create table idxpart (a int, b int, primary key (a, b)) partition by range (a);

-- corpus: line 544 accepted
create table idxpart2 partition of idxpart for values from (0) to (1000) partition by range (b);

-- corpus: line 545 accepted
create table idxpart21 partition of idxpart2 for values from (0) to (1000);

-- corpus: line 549 accepted
drop table idxpart;

-- corpus: line 555 accepted
create table idxpart (i int) partition by hash (i);

-- corpus: line 556 accepted
create table idxpart0 partition of idxpart (i) for values with (modulus 2, remainder 0);

-- corpus: line 557 accepted
create table idxpart1 partition of idxpart (i) for values with (modulus 2, remainder 1);

-- corpus: line 558 accepted
alter table idxpart0 add primary key(i);

-- corpus: line 559 accepted
alter table idxpart add primary key(i);

-- corpus: line 566 accepted
drop index idxpart0_pkey;

-- corpus: line 567 accepted
drop index idxpart1_pkey;

-- corpus: line 568 accepted
alter table idxpart0 drop constraint idxpart0_pkey;

-- corpus: line 569 accepted
alter table idxpart1 drop constraint idxpart1_pkey;

-- corpus: line 570 accepted
alter table idxpart drop constraint idxpart_pkey;

-- corpus: line 577 accepted
drop table idxpart;

-- corpus: line 581 accepted
CREATE TABLE idxpart (c1 INT PRIMARY KEY, c2 INT, c3 VARCHAR(10)) PARTITION BY RANGE(c1);

-- corpus: line 582 accepted
CREATE TABLE idxpart1 (LIKE idxpart);

-- corpus: line 583 accepted
ALTER TABLE idxpart1 ADD PRIMARY KEY (c1, c2);

-- corpus: line 584 accepted
ALTER TABLE idxpart ATTACH PARTITION idxpart1 FOR VALUES FROM (100) TO (200);

-- corpus: line 585 accepted
DROP TABLE idxpart, idxpart1;

-- corpus: line 588 accepted
create table idxpart (a int, b int, primary key (a)) partition by range (a);

-- corpus: line 589 accepted
create table idxpart1 (a int not null, b int) partition by range (a);

-- corpus: line 590 accepted
create table idxpart11 (a int not null, b int primary key);

-- corpus: line 591 accepted
alter table idxpart1 attach partition idxpart11 for values from (0) to (1000);

-- corpus: line 592 accepted
alter table idxpart attach partition idxpart1 for values from (0) to (10000);

-- corpus: line 593 accepted
drop table idxpart, idxpart1, idxpart11;

-- corpus: line 597 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 598 accepted
create table idxpart0 (like idxpart);

-- corpus: line 599 accepted
alter table idxpart0 add primary key (a);

-- corpus: line 600 accepted
alter table idxpart attach partition idxpart0 for values from (0) to (1000);

-- corpus: line 601 accepted
alter table only idxpart add primary key (a);

-- corpus: line 608 accepted
alter index idxpart_pkey attach partition idxpart0_pkey;

-- corpus: line 615 accepted
drop table idxpart;

-- corpus: line 619 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 620 accepted
create table idxpart0 (like idxpart);

-- corpus: line 621 accepted
alter table idxpart0 add unique (a);

-- corpus: line 622 accepted
alter table idxpart attach partition idxpart0 default;

-- corpus: line 623 accepted
alter table only idxpart add primary key (a);

-- corpus: line 624 accepted
alter table idxpart0 alter column a set not null;

-- corpus: line 625 accepted
alter table only idxpart add primary key (a);

-- corpus: line 626 accepted
alter table idxpart0 alter column a drop not null;

-- corpus: line 627 accepted
drop table idxpart;

-- corpus: line 631 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 632 accepted
create table idxpart1 (a int not null, b int);

-- corpus: line 633 accepted
create unique index on idxpart1 (a);

-- corpus: line 634 accepted
alter table idxpart add primary key (a);

-- corpus: line 635 accepted
alter table idxpart attach partition idxpart1 for values from (1) to (1000);

-- corpus: line 642 accepted
drop table idxpart;

-- corpus: line 645 accepted
create table idxpart (a int, b int) partition by range (a);

-- corpus: line 646 accepted
create table idxpart1 (a int not null, b int);

-- corpus: line 647 accepted
create unique index on idxpart1 (a);

-- corpus: line 648 accepted
alter table idxpart attach partition idxpart1 for values from (1) to (1000);

-- corpus: line 649 accepted
alter table only idxpart add primary key (a);

-- corpus: line 650 accepted
alter index idxpart_pkey attach partition idxpart1_a_idx;

-- corpus: line 651 accepted
drop table idxpart;

-- corpus: line 654 accepted
create table idxpart (a int, b text, primary key (a, b)) partition by range (a);

-- corpus: line 655 accepted
create table idxpart1 partition of idxpart for values from (0) to (100000);

-- corpus: line 656 accepted
create table idxpart2 (c int, like idxpart);

-- corpus: line 658 accepted
alter table idxpart2 drop column c;

-- corpus: line 659 accepted
create unique index on idxpart (a);

-- corpus: line 660 accepted
alter table idxpart attach partition idxpart2 for values from (100000) to (1000000);

-- corpus: line 669 accepted
drop table idxpart;

-- corpus: line 672 accepted
create table idxpart (a int) partition by range (a);

-- corpus: line 673 accepted
create table idxpart1 partition of idxpart for values from (0) to (100);

-- corpus: line 674 accepted
create table idxpart2 partition of idxpart for values from (100) to (1000)
  partition by range (a);

-- corpus: line 676 accepted
create table idxpart21 partition of idxpart2 for values from (100) to (200);

-- corpus: line 677 accepted
create table idxpart22 partition of idxpart2 for values from (200) to (300);

-- corpus: line 678 accepted
create index on idxpart22 (a);

-- corpus: line 679 accepted
create index on only idxpart2 (a);

-- corpus: line 680 accepted
alter index idxpart2_a_idx attach partition idxpart22_a_idx;

-- corpus: line 681 accepted
create index on idxpart (a);

-- corpus: line 682 accepted
create table idxpart_another (a int, b int, primary key (a, b)) partition by range (a);

-- corpus: line 683 accepted
create table idxpart_another_1 partition of idxpart_another for values from (0) to (100);

-- corpus: line 684 accepted
create table idxpart3 (c int, b int, a int) partition by range (a);

-- corpus: line 685 accepted
alter table idxpart3 drop column b, drop column c;

-- corpus: line 686 accepted
create table idxpart31 partition of idxpart3 for values from (1000) to (1200);

-- corpus: line 687 accepted
create table idxpart32 partition of idxpart3 for values from (1200) to (1400);

-- corpus: line 688 accepted
alter table idxpart attach partition idxpart3 for values from (1000) to (2000);

-- corpus: line 692 accepted
create schema regress_indexing;

-- corpus: line 694 accepted
create table pk (a int primary key) partition by range (a);

-- corpus: line 695 accepted
create table pk1 partition of pk for values from (0) to (1000);

-- corpus: line 696 accepted
create table pk2 (b int, a int);

-- corpus: line 697 accepted
alter table pk2 drop column b;

-- corpus: line 698 accepted
alter table pk2 alter a set not null;

-- corpus: line 699 accepted
alter table pk attach partition pk2 for values from (1000) to (2000);

-- corpus: line 700 accepted
create table pk3 partition of pk for values from (2000) to (3000);

-- corpus: line 701 accepted
create table pk4 (like pk);

-- corpus: line 702 accepted
alter table pk attach partition pk4 for values from (3000) to (4000);

-- corpus: line 703 accepted
create table pk5 (like pk) partition by range (a);

-- corpus: line 704 accepted
create table pk51 partition of pk5 for values from (4000) to (4500);

-- corpus: line 705 accepted
create table pk52 partition of pk5 for values from (4500) to (5000);

-- corpus: line 706 accepted
alter table pk attach partition pk5 for values from (4000) to (5000);

-- corpus: line 710 accepted
create table covidxpart (a int, b int) partition by list (a);

-- corpus: line 711 accepted
create unique index on covidxpart (a) include (b);

-- corpus: line 712 accepted
create table covidxpart1 partition of covidxpart for values in (1);

-- corpus: line 713 accepted
create table covidxpart2 partition of covidxpart for values in (2);

-- corpus: line 716 accepted
create table covidxpart3 (b int, c int, a int);

-- corpus: line 717 accepted
alter table covidxpart3 drop c;

-- corpus: line 718 accepted
alter table covidxpart attach partition covidxpart3 for values in (3);

-- corpus: line 721 accepted
create table covidxpart4 (b int, a int);

-- corpus: line 722 accepted
create unique index on covidxpart4 (a) include (b);

-- corpus: line 723 accepted
create unique index on covidxpart4 (a);

-- corpus: line 724 accepted
alter table covidxpart attach partition covidxpart4 for values in (4);

-- corpus: line 727 accepted
create unique index on covidxpart (b) include (a);

-- corpus: line 730 accepted
create table parted_pk_detach_test (a int primary key) partition by list (a);

-- corpus: line 731 accepted
create table parted_pk_detach_test1 partition of parted_pk_detach_test for values in (1);

-- corpus: line 732 accepted
alter table parted_pk_detach_test1 drop constraint parted_pk_detach_test1_pkey;

-- corpus: line 733 accepted
alter table parted_pk_detach_test detach partition parted_pk_detach_test1;

-- corpus: line 734 accepted
alter table parted_pk_detach_test1 drop constraint parted_pk_detach_test1_pkey;

-- corpus: line 735 accepted
drop table parted_pk_detach_test, parted_pk_detach_test1;

-- corpus: line 736 accepted
create table parted_uniq_detach_test (a int unique) partition by list (a);

-- corpus: line 737 accepted
create table parted_uniq_detach_test1 partition of parted_uniq_detach_test for values in (1);

-- corpus: line 738 accepted
alter table parted_uniq_detach_test1 drop constraint parted_uniq_detach_test1_a_key;

-- corpus: line 739 accepted
alter table parted_uniq_detach_test detach partition parted_uniq_detach_test1;

-- corpus: line 740 accepted
alter table parted_uniq_detach_test1 drop constraint parted_uniq_detach_test1_a_key;

-- corpus: line 741 accepted
drop table parted_uniq_detach_test, parted_uniq_detach_test1;

-- corpus: line 745 accepted
create table parted_index_col_drop(a int, b int, c int)
  partition by list (a);

-- corpus: line 747 accepted
create table parted_index_col_drop1 partition of parted_index_col_drop
  for values in (1) partition by list (a);

-- corpus: line 750 accepted
create table parted_index_col_drop2 partition of parted_index_col_drop
  for values in (2) partition by list (a);

-- corpus: line 752 accepted
create table parted_index_col_drop11 partition of parted_index_col_drop1
  for values in (1);

-- corpus: line 754 accepted
create index on parted_index_col_drop (b);

-- corpus: line 755 accepted
create index on parted_index_col_drop (c);

-- corpus: line 756 accepted
create index on parted_index_col_drop (b, c);

-- corpus: line 757 accepted
alter table parted_index_col_drop drop column c;

-- corpus: line 762 accepted
drop table parted_index_col_drop;

-- corpus: line 765 accepted
create table parted_inval_tab (a int) partition by range (a);

-- corpus: line 766 accepted
create index parted_inval_idx on parted_inval_tab (a);

-- corpus: line 767 accepted
create table parted_inval_tab_1 (a int) partition by range (a);

-- corpus: line 768 accepted
create table parted_inval_tab_1_1 partition of parted_inval_tab_1
  for values from (0) to (10);

-- corpus: line 770 accepted
create table parted_inval_tab_1_2 partition of parted_inval_tab_1
  for values from (10) to (20);

-- corpus: line 773 accepted
create index parted_inval_ixd_1 on only parted_inval_tab_1 (a);

-- corpus: line 776 accepted
alter table parted_inval_tab attach partition parted_inval_tab_1
  for values from (1) to (100);

-- corpus: line 784 accepted
drop table parted_inval_tab;

-- corpus: line 789 accepted
create table parted_isvalid_tab (a int, b int) partition by range (a);

-- corpus: line 790 accepted
create table parted_isvalid_tab_1 partition of parted_isvalid_tab
  for values from (1) to (10) partition by range (a);

-- corpus: line 792 accepted
create table parted_isvalid_tab_2 partition of parted_isvalid_tab
  for values from (10) to (20) partition by range (a);

-- corpus: line 794 accepted
create table parted_isvalid_tab_11 partition of parted_isvalid_tab_1
  for values from (1) to (5);

-- corpus: line 796 accepted
create table parted_isvalid_tab_12 partition of parted_isvalid_tab_1
  for values from (5) to (10);

-- corpus: line 800 accepted
create index concurrently parted_isvalid_idx_11 on parted_isvalid_tab_11 ((a/b));

-- corpus: line 803 accepted
create index parted_isvalid_idx on parted_isvalid_tab ((a/b));

-- corpus: line 810 accepted
drop table parted_isvalid_tab;

-- corpus: line 814 accepted
create table parted_replica_tab (id int not null) partition by range (id);

-- corpus: line 815 accepted
create table parted_replica_tab_1 partition of parted_replica_tab
  for values from (1) to (10) partition by range (id);

-- corpus: line 817 accepted
create table parted_replica_tab_11 partition of parted_replica_tab_1
  for values from (1) to (5);

-- corpus: line 819 accepted
create unique index parted_replica_idx
  on only parted_replica_tab using btree (id);

-- corpus: line 821 accepted
create unique index parted_replica_idx_1
  on only parted_replica_tab_1 using btree (id);

-- corpus: line 824 accepted
alter table only parted_replica_tab_1 replica identity
  using index parted_replica_idx_1;

-- corpus: line 826 accepted
create unique index parted_replica_idx_11 on parted_replica_tab_11 USING btree (id);

-- corpus: line 835 accepted
alter index parted_replica_idx ATTACH PARTITION parted_replica_idx_1;

-- corpus: line 843 accepted
alter index parted_replica_idx_1 ATTACH PARTITION parted_replica_idx_11;

-- corpus: line 844 accepted
alter table only parted_replica_tab_1 replica identity
  using index parted_replica_idx_1;

-- corpus: line 853 accepted
drop table parted_replica_tab;
