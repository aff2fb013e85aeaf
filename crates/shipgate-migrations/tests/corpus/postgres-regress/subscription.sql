-- corpus: line 5 accepted
CREATE ROLE regress_subscription_user LOGIN SUPERUSER;

-- corpus: line 6 accepted
CREATE ROLE regress_subscription_user2;

-- corpus: line 7 accepted
CREATE ROLE regress_subscription_user3 IN ROLE pg_create_subscription;

-- corpus: line 8 accepted
CREATE ROLE regress_subscription_user_dummy LOGIN NOSUPERUSER;

-- corpus: line 12 rejected 42601 syntax error at or near ";"
CREATE SUBSCRIPTION regress_testsub CONNECTION 'foo';

-- corpus: line 15 rejected 42601 syntax error at or near "PUBLICATION"
CREATE SUBSCRIPTION regress_testsub PUBLICATION foo;

-- corpus: line 19 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'testconn' PUBLICATION testpub WITH (create_slot);

-- corpus: line 23 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'testconn' PUBLICATION testpub;

-- corpus: line 26 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION foo, testpub, foo WITH (connect = false);

-- corpus: line 29 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false);

-- corpus: line 31 accepted
COMMENT ON SUBSCRIPTION regress_testsub IS 'test subscription';

-- corpus: line 46 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false);

-- corpus: line 50 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION foo WITH (connect = false);

-- corpus: line 54 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, copy_data = true);

-- corpus: line 55 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, enabled = true);

-- corpus: line 56 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, create_slot = true);

-- corpus: line 57 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, enabled = true);

-- corpus: line 58 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, enabled = false, create_slot = true);

-- corpus: line 59 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE);

-- corpus: line 60 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, enabled = false);

-- corpus: line 61 accepted
CREATE SUBSCRIPTION regress_testsub2 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, create_slot = false);

-- corpus: line 64 accepted
CREATE SUBSCRIPTION regress_testsub3 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, connect = false);

-- corpus: line 66 accepted
ALTER SUBSCRIPTION regress_testsub3 ENABLE;

-- corpus: line 67 accepted
ALTER SUBSCRIPTION regress_testsub3 REFRESH PUBLICATION;

-- corpus: line 70 accepted
CREATE SUBSCRIPTION regress_testsub4 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, connect = false, origin = foo);

-- corpus: line 73 accepted
CREATE SUBSCRIPTION regress_testsub4 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (slot_name = NONE, connect = false, origin = none);

-- corpus: line 75 accepted
ALTER SUBSCRIPTION regress_testsub4 SET (origin = any);

-- corpus: line 78 accepted
DROP SUBSCRIPTION regress_testsub3;

-- corpus: line 79 accepted
DROP SUBSCRIPTION regress_testsub4;

-- corpus: line 82 accepted
CREATE SUBSCRIPTION regress_testsub5 CONNECTION 'i_dont_exist=param' PUBLICATION testpub;

-- corpus: line 86 accepted
CREATE SUBSCRIPTION regress_testsub5 CONNECTION 'port=-1' PUBLICATION testpub;

-- corpus: line 89 accepted
ALTER SUBSCRIPTION regress_testsub CONNECTION 'foobar';

-- corpus: line 93 accepted
ALTER SUBSCRIPTION regress_testsub SET PUBLICATION testpub2, testpub3 WITH (refresh = false);

-- corpus: line 94 accepted
ALTER SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist2';

-- corpus: line 95 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = 'newname');

-- corpus: line 96 accepted
ALTER SUBSCRIPTION regress_testsub SET (password_required = false);

-- corpus: line 97 accepted
ALTER SUBSCRIPTION regress_testsub SET (run_as_owner = true);

-- corpus: line 100 accepted
ALTER SUBSCRIPTION regress_testsub SET (password_required = true);

-- corpus: line 101 accepted
ALTER SUBSCRIPTION regress_testsub SET (run_as_owner = false);

-- corpus: line 104 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = '');

-- corpus: line 107 accepted
ALTER SUBSCRIPTION regress_doesnotexist CONNECTION 'dbname=regress_doesnotexist2';

-- corpus: line 108 accepted
ALTER SUBSCRIPTION regress_testsub SET (create_slot = false);

-- corpus: line 111 accepted
ALTER SUBSCRIPTION regress_testsub SKIP (lsn = '0/12345');

-- corpus: line 116 accepted
ALTER SUBSCRIPTION regress_testsub SKIP (lsn = NONE);

-- corpus: line 119 accepted
ALTER SUBSCRIPTION regress_testsub SKIP (lsn = '0/0');

-- corpus: line 124 accepted
ALTER SUBSCRIPTION regress_testsub ENABLE;

-- corpus: line 128 accepted
ALTER SUBSCRIPTION regress_testsub DISABLE;

-- corpus: line 136 accepted
ALTER SUBSCRIPTION regress_testsub RENAME TO regress_testsub_dummy;

-- corpus: line 139 accepted
ALTER SUBSCRIPTION regress_testsub RENAME TO regress_testsub_foo;

-- corpus: line 140 accepted
ALTER SUBSCRIPTION regress_testsub_foo SET (synchronous_commit = local);

-- corpus: line 141 accepted
ALTER SUBSCRIPTION regress_testsub_foo SET (synchronous_commit = foobar);

-- corpus: line 146 accepted
ALTER SUBSCRIPTION regress_testsub_foo RENAME TO regress_testsub;

-- corpus: line 149 accepted
ALTER SUBSCRIPTION regress_testsub OWNER TO regress_subscription_user2;

-- corpus: line 153 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 156 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 160 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 163 accepted
DROP SUBSCRIPTION IF EXISTS regress_testsub;

-- corpus: line 164 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 167 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, binary = foo);

-- corpus: line 170 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, binary = true);

-- corpus: line 174 accepted
ALTER SUBSCRIPTION regress_testsub SET (binary = false);

-- corpus: line 175 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 179 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 182 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, streaming = foo);

-- corpus: line 185 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, streaming = true);

-- corpus: line 189 accepted
ALTER SUBSCRIPTION regress_testsub SET (streaming = parallel);

-- corpus: line 193 accepted
ALTER SUBSCRIPTION regress_testsub SET (streaming = false);

-- corpus: line 194 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 199 accepted
ALTER SUBSCRIPTION regress_testsub ADD PUBLICATION testpub WITH (refresh = false);

-- corpus: line 202 accepted
ALTER SUBSCRIPTION regress_testsub ADD PUBLICATION testpub1, testpub1 WITH (refresh = false);

-- corpus: line 205 accepted
ALTER SUBSCRIPTION regress_testsub ADD PUBLICATION testpub1, testpub2 WITH (refresh = false);

-- corpus: line 208 accepted
ALTER SUBSCRIPTION regress_testsub ADD PUBLICATION testpub1, testpub2 WITH (refresh = false);

-- corpus: line 213 accepted
ALTER SUBSCRIPTION regress_testsub DROP PUBLICATION testpub1, testpub1 WITH (refresh = false);

-- corpus: line 216 accepted
ALTER SUBSCRIPTION regress_testsub DROP PUBLICATION testpub, testpub1, testpub2 WITH (refresh = false);

-- corpus: line 219 accepted
ALTER SUBSCRIPTION regress_testsub DROP PUBLICATION testpub3 WITH (refresh = false);

-- corpus: line 222 accepted
ALTER SUBSCRIPTION regress_testsub DROP PUBLICATION testpub1, testpub2 WITH (refresh = false);

-- corpus: line 226 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 228 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION mypub
       WITH (connect = false, create_slot = false, copy_data = false);

-- corpus: line 231 accepted
ALTER SUBSCRIPTION regress_testsub ENABLE;

-- corpus: line 236 accepted
ALTER SUBSCRIPTION regress_testsub SET PUBLICATION mypub WITH (refresh = true);

-- corpus: line 240 accepted
ALTER SUBSCRIPTION regress_testsub REFRESH PUBLICATION;

-- corpus: line 243 accepted
CREATE FUNCTION func() RETURNS VOID AS
$$ ALTER SUBSCRIPTION regress_testsub SET PUBLICATION mypub WITH (refresh = true) $$ LANGUAGE SQL;

-- corpus: line 247 accepted
ALTER SUBSCRIPTION regress_testsub DISABLE;

-- corpus: line 248 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 249 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 250 accepted
DROP FUNCTION func;

-- corpus: line 253 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, two_phase = foo);

-- corpus: line 256 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, two_phase = true);

-- corpus: line 260 accepted
ALTER SUBSCRIPTION regress_testsub SET (two_phase = false);

-- corpus: line 263 accepted
ALTER SUBSCRIPTION regress_testsub SET (streaming = true);

-- corpus: line 267 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 268 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 271 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, streaming = true, two_phase = true);

-- corpus: line 275 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 276 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 279 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, disable_on_error = foo);

-- corpus: line 282 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, disable_on_error = false);

-- corpus: line 286 accepted
ALTER SUBSCRIPTION regress_testsub SET (disable_on_error = true);

-- corpus: line 290 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 291 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 297 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false);

-- corpus: line 301 accepted
GRANT CREATE ON DATABASE REGRESSION TO regress_subscription_user3;

-- corpus: line 303 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false);

-- corpus: line 307 accepted
GRANT CREATE ON DATABASE REGRESSION TO regress_subscription_user3;

-- corpus: line 309 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, password_required = false);

-- corpus: line 313 accepted
GRANT CREATE ON DATABASE REGRESSION TO regress_subscription_user3;

-- corpus: line 315 accepted
CREATE SUBSCRIPTION regress_testsub CONNECTION 'dbname=regress_doesnotexist password=regress_fakepassword' PUBLICATION testpub WITH (connect = false);

-- corpus: line 318 accepted
ALTER SUBSCRIPTION regress_testsub OWNER TO regress_subscription_user;

-- corpus: line 321 accepted
ALTER SUBSCRIPTION regress_testsub RENAME TO regress_testsub2;

-- corpus: line 325 accepted
REVOKE pg_create_subscription FROM regress_subscription_user3;

-- corpus: line 327 accepted
ALTER SUBSCRIPTION regress_testsub2 RENAME TO regress_testsub;

-- corpus: line 331 accepted
REVOKE CREATE ON DATABASE REGRESSION FROM regress_subscription_user3;

-- corpus: line 333 accepted
ALTER SUBSCRIPTION regress_testsub RENAME TO regress_testsub2;

-- corpus: line 336 accepted
ALTER SUBSCRIPTION regress_testsub SET (slot_name = NONE);

-- corpus: line 337 accepted
DROP SUBSCRIPTION regress_testsub;

-- corpus: line 340 accepted
DROP ROLE regress_subscription_user;

-- corpus: line 341 accepted
DROP ROLE regress_subscription_user2;

-- corpus: line 342 accepted
DROP ROLE regress_subscription_user3;

-- corpus: line 343 accepted
DROP ROLE regress_subscription_user_dummy;
