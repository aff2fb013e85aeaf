-- corpus: line 27 accepted
REINDEX TABLE pg_class;

-- corpus: line 28 accepted
REINDEX TABLE pg_index;

-- corpus: line 29 accepted
REINDEX TABLE pg_operator;

-- corpus: line 30 accepted
REINDEX TABLE pg_database;

-- corpus: line 31 accepted
REINDEX TABLE pg_shdescription;

-- corpus: line 36 accepted
REINDEX INDEX pg_class_oid_index;

-- corpus: line 37 accepted
REINDEX INDEX pg_class_relname_nsp_index;

-- corpus: line 38 accepted
REINDEX INDEX pg_index_indexrelid_index;

-- corpus: line 39 accepted
REINDEX INDEX pg_index_indrelid_index;

-- corpus: line 40 accepted
REINDEX INDEX pg_database_oid_index;

-- corpus: line 41 accepted
REINDEX INDEX pg_shdescription_o_c_index;

-- corpus: line 46 accepted
REINDEX INDEX pg_class_oid_index;

-- corpus: line 47 accepted
REINDEX INDEX pg_class_relname_nsp_index;

-- corpus: line 48 accepted
REINDEX INDEX pg_index_indexrelid_index;

-- corpus: line 49 accepted
REINDEX INDEX pg_index_indrelid_index;

-- corpus: line 50 accepted
REINDEX INDEX pg_database_oid_index;

-- corpus: line 51 accepted
REINDEX INDEX pg_shdescription_o_c_index;
