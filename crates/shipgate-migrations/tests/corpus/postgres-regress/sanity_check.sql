-- corpus: line 1 accepted
VACUUM;
