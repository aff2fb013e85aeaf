-- corpus: line 13 accepted
CREATE ROLE regress_passwd1 PASSWORD 'role_pwd1';

-- corpus: line 14 accepted
CREATE ROLE regress_passwd2 PASSWORD 'role_pwd2';

-- corpus: line 16 accepted
CREATE ROLE regress_passwd3 PASSWORD 'role_pwd3';

-- corpus: line 17 accepted
CREATE ROLE regress_passwd4 PASSWORD NULL;

-- corpus: line 32 accepted
ALTER ROLE regress_passwd2 RENAME TO regress_passwd2_new;

-- corpus: line 38 accepted
ALTER ROLE regress_passwd2_new RENAME TO regress_passwd2;

-- corpus: line 45 accepted
ALTER ROLE regress_passwd2 PASSWORD 'foo';

-- corpus: line 47 accepted
ALTER ROLE regress_passwd1 PASSWORD 'md5cd3578025fe2c3d7ed1b9a9b26238b70';

-- corpus: line 48 accepted
ALTER ROLE regress_passwd3 PASSWORD 'SCRAM-SHA-256$4096:VLK4RMaQLCvNtQ==$6YtlR4t69SguDiwFvbVgVZtuz6gpJQQqUMZ7IQJK5yI=:ps75jrHeYU4lXCcXI4O8oIdJ3eO8o2jirjruw9phBTo=';

-- corpus: line 52 accepted
ALTER ROLE  regress_passwd4 PASSWORD 'foo';

-- corpus: line 54 accepted
CREATE ROLE regress_passwd5 PASSWORD 'md5e73a4b11df52a6068f8b39f90be36023';

-- corpus: line 58 accepted
CREATE ROLE regress_passwd6 PASSWORD 'SCRAM-SHA-256$1234';

-- corpus: line 62 accepted
CREATE ROLE regress_passwd7 PASSWORD 'md5012345678901234567890123456789zz';

-- corpus: line 64 accepted
CREATE ROLE regress_passwd8 PASSWORD 'md501234567890123456789012345678901zz';

-- corpus: line 68 accepted
CREATE ROLE regress_passwd9 PASSWORD 'alterediterationcount';

-- corpus: line 76 accepted
CREATE ROLE regress_passwd_empty PASSWORD '';

-- corpus: line 77 accepted
ALTER ROLE regress_passwd_empty PASSWORD 'md585939a5ce845f1a1b620742e3c659e0a';

-- corpus: line 78 accepted
ALTER ROLE regress_passwd_empty PASSWORD 'SCRAM-SHA-256$4096:hpFyHTUsSWcR7O9P$LgZFIt6Oqdo27ZFKbZ2nV+vtnYM995pDh9ca6WSi120=:qVV5NeluNfUPkwm7Vqat25RjSPLkGeoZBQs6wVv+um4=';

-- corpus: line 85 accepted
CREATE ROLE regress_passwd_sha_len0 PASSWORD 'SCRAM-SHA-256$4096:A6xHKoH/494E941doaPOYg==$Ky+A30sewHIH3VHQLRN9vYsuzlgNyGNKCh37dy96Rqw=:COPdlNiIkrsacU5QoxydEuOH6e/KfiipeETb/bPw8ZI=';

-- corpus: line 86 accepted
CREATE ROLE regress_passwd_sha_len1 PASSWORD 'SCRAM-SHA-256$4096:A6xHKoH/494E941doaPOYg==$Ky+A30sewHIH3VHQLRN9vYsuzlgNyGNKCh37dy96RqwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:COPdlNiIkrsacU5QoxydEuOH6e/KfiipeETb/bPw8ZI=';

-- corpus: line 87 accepted
CREATE ROLE regress_passwd_sha_len2 PASSWORD 'SCRAM-SHA-256$4096:A6xHKoH/494E941doaPOYg==$Ky+A30sewHIH3VHQLRN9vYsuzlgNyGNKCh37dy96Rqw=:COPdlNiIkrsacU5QoxydEuOH6e/KfiipeETb/bPw8ZIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

-- corpus: line 96 accepted
DROP ROLE regress_passwd1;

-- corpus: line 97 accepted
DROP ROLE regress_passwd2;

-- corpus: line 98 accepted
DROP ROLE regress_passwd3;

-- corpus: line 99 accepted
DROP ROLE regress_passwd4;

-- corpus: line 100 accepted
DROP ROLE regress_passwd5;

-- corpus: line 101 accepted
DROP ROLE regress_passwd6;

-- corpus: line 102 accepted
DROP ROLE regress_passwd7;

-- corpus: line 103 accepted
DROP ROLE regress_passwd8;

-- corpus: line 104 accepted
DROP ROLE regress_passwd9;

-- corpus: line 105 accepted
DROP ROLE regress_passwd_empty;

-- corpus: line 106 accepted
DROP ROLE regress_passwd_sha_len0;

-- corpus: line 107 accepted
DROP ROLE regress_passwd_sha_len1;

-- corpus: line 108 accepted
DROP ROLE regress_passwd_sha_len2;
