-- corpus: line 1 accepted
CREATE TABLE test_replica_identity (
       id serial primary key,
       keya text not null,
       keyb text not null,
       nonkey text,
       CONSTRAINT test_replica_identity_unique_defer UNIQUE (keya, keyb) DEFERRABLE,
       CONSTRAINT test_replica_identity_unique_nondefer UNIQUE (keya, keyb)
) ;

-- corpus: line 10 accepted
CREATE TABLE test_replica_identity_othertable (id serial primary key);

-- corpus: line 12 accepted
CREATE INDEX test_replica_identity_keyab ON test_replica_identity (keya, keyb);

-- corpus: line 13 accepted
CREATE UNIQUE INDEX test_replica_identity_keyab_key ON test_replica_identity (keya, keyb);

-- corpus: line 14 accepted
CREATE UNIQUE INDEX test_replica_identity_nonkey ON test_replica_identity (keya, nonkey);

-- corpus: line 15 accepted
CREATE INDEX test_replica_identity_hash ON test_replica_identity USING hash (nonkey);

-- corpus: line 16 accepted
CREATE UNIQUE INDEX test_replica_identity_expr ON test_replica_identity (keya, keyb, (3));

-- corpus: line 17 accepted
CREATE UNIQUE INDEX test_replica_identity_partial ON test_replica_identity (keya, keyb) WHERE keyb != '3';

-- corpus: line 30 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_keyab;

-- corpus: line 32 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_nonkey;

-- corpus: line 34 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_hash;

-- corpus: line 36 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_expr;

-- corpus: line 38 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_partial;

-- corpus: line 40 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_othertable_pkey;

-- corpus: line 42 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_unique_defer;

-- corpus: line 51 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_pkey;

-- corpus: line 56 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_unique_nondefer;

-- corpus: line 59 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_keyab_key;

-- corpus: line 60 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY USING INDEX test_replica_identity_keyab_key;

-- corpus: line 68 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY DEFAULT;

-- corpus: line 72 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY FULL;

-- corpus: line 75 accepted
ALTER TABLE test_replica_identity REPLICA IDENTITY NOTHING;

-- corpus: line 83 accepted
CREATE TABLE test_replica_identity2 (id int UNIQUE NOT NULL);

-- corpus: line 84 accepted
ALTER TABLE test_replica_identity2 REPLICA IDENTITY USING INDEX test_replica_identity2_id_key;

-- corpus: line 86 accepted
ALTER TABLE test_replica_identity2 ALTER COLUMN id TYPE bigint;

-- corpus: line 90 accepted
CREATE TABLE test_replica_identity3 (id int NOT NULL);

-- corpus: line 91 accepted
CREATE UNIQUE INDEX test_replica_identity3_id_key ON test_replica_identity3 (id);

-- corpus: line 92 accepted
ALTER TABLE test_replica_identity3 REPLICA IDENTITY USING INDEX test_replica_identity3_id_key;

-- corpus: line 94 accepted
ALTER TABLE test_replica_identity3 ALTER COLUMN id TYPE bigint;

-- corpus: line 99 accepted
ALTER TABLE test_replica_identity3 ALTER COLUMN id DROP NOT NULL;

-- corpus: line 105 accepted
CREATE TABLE test_replica_identity4(id integer NOT NULL) PARTITION BY LIST (id);

-- corpus: line 106 accepted
CREATE TABLE test_replica_identity4_1(id integer NOT NULL);

-- corpus: line 107 accepted
ALTER TABLE ONLY test_replica_identity4
  ATTACH PARTITION test_replica_identity4_1 FOR VALUES IN (1);

-- corpus: line 109 accepted
ALTER TABLE ONLY test_replica_identity4
  ADD CONSTRAINT test_replica_identity4_pkey PRIMARY KEY (id);

-- corpus: line 111 accepted
ALTER TABLE ONLY test_replica_identity4
  REPLICA IDENTITY USING INDEX test_replica_identity4_pkey;

-- corpus: line 113 accepted
ALTER TABLE ONLY test_replica_identity4_1
  ADD CONSTRAINT test_replica_identity4_1_pkey PRIMARY KEY (id);

-- corpus: line 116 accepted
ALTER INDEX test_replica_identity4_pkey
  ATTACH PARTITION test_replica_identity4_1_pkey;

-- corpus: line 120 accepted
DROP TABLE test_replica_identity;

-- corpus: line 121 accepted
DROP TABLE test_replica_identity2;

-- corpus: line 122 accepted
DROP TABLE test_replica_identity3;

-- corpus: line 123 accepted
DROP TABLE test_replica_identity4;

-- corpus: line 124 accepted
DROP TABLE test_replica_identity_othertable;
