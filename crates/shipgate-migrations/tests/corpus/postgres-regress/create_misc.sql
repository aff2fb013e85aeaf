-- corpus: line 12 accepted
CREATE TABLE a_star (
	class		char,
	a 			int4
);

-- corpus: line 17 accepted
CREATE TABLE b_star (
	b 			text
) INHERITS (a_star);

-- corpus: line 21 accepted
CREATE TABLE c_star (
	c 			name
) INHERITS (a_star);

-- corpus: line 25 accepted
CREATE TABLE d_star (
	d 			float8
) INHERITS (b_star, c_star);

-- corpus: line 29 accepted
CREATE TABLE e_star (
	e 			int2
) INHERITS (c_star);

-- corpus: line 33 accepted
CREATE TABLE f_star (
	f 			polygon
) INHERITS (e_star);

-- corpus: line 205 accepted
ALTER TABLE f_star RENAME COLUMN f TO ff;

-- corpus: line 207 accepted
ALTER TABLE e_star* RENAME COLUMN e TO ee;

-- corpus: line 209 accepted
ALTER TABLE d_star* RENAME COLUMN d TO dd;

-- corpus: line 211 accepted
ALTER TABLE c_star* RENAME COLUMN c TO cc;

-- corpus: line 213 accepted
ALTER TABLE b_star* RENAME COLUMN b TO bb;

-- corpus: line 215 accepted
ALTER TABLE a_star* RENAME COLUMN a TO aa;

-- corpus: line 224 accepted
ALTER TABLE a_star RENAME COLUMN aa TO foo;

-- corpus: line 230 accepted
ALTER TABLE a_star RENAME COLUMN foo TO aa;

-- corpus: line 236 accepted
ALTER TABLE f_star ADD COLUMN f int4;

-- corpus: line 240 accepted
ALTER TABLE e_star* ADD COLUMN e int4;

-- corpus: line 246 accepted
ALTER TABLE a_star* ADD COLUMN a text;
