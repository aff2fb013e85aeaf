//! The SQL front end (PostgreSQL and MySQL): split, classify, parse, lower.

mod clause;
mod fallback;
mod lock_only;
mod lock_timeout;
mod lower;
mod maintenance_clause;
mod mysql_spelling;
mod operator_class;
mod pg_ddl;
mod plain_tokens;
mod plpgsql;
mod quick_ddl;
mod sections;
mod selective;
pub mod splitter;
pub(crate) mod text;
mod upper;

pub(crate) use fallback::REFRESH_CAUSE;
pub(crate) use sections::up_sections;

use std::ops::Range;

use shipgate_config::Dialect;
use sqlparser::dialect::{MySqlDialect, PostgreSqlDialect};
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{TokenWithSpan, Tokenizer};

use crate::frontend::{FileIr, Problem, ProblemKind};
use crate::ir::{Op, OpKind};
use fallback::{
    Shortcut, alter_table_clauses, classify, is_alter_constraint, is_convert_charset, words,
};
use plpgsql::BodyStatement;
use splitter::{Piece, Splitter};

/// Lowers SQL `text`, which starts at byte `base` of its file, into `out`.
///
/// A statement longer than `max_statement` bytes is a problem and is never
/// handed to the parser, so memory stays bounded whatever the input.
pub(crate) fn lower_sql(
    text: &str,
    base: usize,
    dialect: Dialect,
    max_statement: usize,
    out: &mut FileIr,
) {
    for piece in Splitter::new(text, dialect) {
        match piece {
            Piece::Comment(range) => out.comments.push(shift(&range, base)),
            Piece::Unterminated { start, what } => out.problems.push(Problem {
                kind: ProblemKind::Statement,
                span: base + start..base + start + 1,
                message: format!(
                    "this {what} is never closed, so the rest of the file cannot be read"
                ),
            }),
            Piece::Statement(range) if range.len() > max_statement => {
                out.problems.push(Problem {
                    kind: ProblemKind::TooLarge,
                    span: shift(&range, base),
                    message: format!(
                        "this statement is {} bytes, over the limit of {max_statement} bytes (`[migrations] max_statement_bytes`), so it is not parsed or checked",
                        range.len()
                    ),
                });
            }
            Piece::Statement(range) => {
                let statement = &text[range.clone()];
                lower_statement(statement, shift(&range, base), dialect, out);
            }
        }
    }
}

fn shift(range: &Range<usize>, base: usize) -> Range<usize> {
    base + range.start..base + range.end
}

fn lower_statement(statement: &str, span: Range<usize>, dialect: Dialect, out: &mut FileIr) {
    let first = out.ops.len();
    let problems = out.problems.len();
    if dialect.is_mysql_family() && fallback::clause_after_hint(statement) {
        out.problems.push(Problem {
            kind: ProblemKind::Statement,
            span,
            message: "a clause follows `ALGORITHM=` or `LOCK=` without a comma, which MySQL and MariaDB refuse as a syntax error (only partitioning may follow the last clause without one)".into(),
        });
        return;
    }
    let shortcut = classify(statement);
    // Statements whose bodies are not read (views, functions, `DO`) cannot
    // declare a unique constraint with it.
    let ddl = !matches!(shortcut, Shortcut::Harmless(_));
    lower_shortcut(statement, &span, dialect, shortcut, out);
    if dialect.is_mysql_family() {
        let (algorithm, lock) = fallback::create_index_hints(statement);
        for op in &mut out.ops[first..] {
            if matches!(op.kind, OpKind::CreateIndex { .. }) {
                op.hints.algorithm = op.hints.algorithm.take().or_else(|| algorithm.clone());
                op.hints.lock = op.hints.lock.take().or_else(|| lock.clone());
            }
        }
    }
    // Every statement is accounted for: one that changes nothing (`ALTER
    // TABLE t LOCK=NONE`) is still a statement of the file, never an empty
    // migration.
    if out.ops.len() == first && out.problems.len() == problems {
        let summary = words(statement, 2)
            .iter()
            .map(|w| w.upper.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        out.ops
            .push(Op::new(OpKind::Other { summary }, span.clone()));
    }
    // On the statement's first operation only: one finding per statement.
    if ddl
        && dialect == Dialect::Postgres
        && fallback::nulls_distinct_clause(statement)
        && let Some(op) = out.ops.get_mut(first)
    {
        op.hints.nulls_distinct = true;
    }
}

fn lower_shortcut(
    statement: &str,
    span: &Range<usize>,
    dialect: Dialect,
    shortcut: Shortcut,
    out: &mut FileIr,
) {
    let push = |out: &mut FileIr, kind: OpKind| out.ops.push(Op::new(kind, span.clone()));
    match shortcut {
        Shortcut::Harmless(summary) if dialect == Dialect::Postgres && summary == "DO" => {
            push(out, OpKind::Other { summary });
            lower_do_block(statement, span, out);
        }
        Shortcut::Harmless(summary)
            if dialect == Dialect::Postgres && summary.ends_with("FUNCTION") =>
        {
            push(
                out,
                plpgsql::create_function(statement).unwrap_or(OpKind::Other { summary }),
            );
        }
        Shortcut::Harmless(summary) => push(out, OpKind::Other { summary }),
        Shortcut::Ops(kinds) => {
            for mut kind in kinds {
                if let OpKind::AddEnumValue { value, .. } = &mut kind {
                    *value = fallback::enum_value(statement);
                }
                push(out, kind);
            }
        }
        Shortcut::Parse => {
            if dialect != Dialect::Postgres || !lower_quickly(statement, span, out) {
                lower_parsed(statement, span, dialect, out);
            }
        }
    }
}

/// Lowers a PostgreSQL statement of the shapes most migrations are made of
/// (tables, indexes, new columns) without the parser, and says whether it
/// did.
fn lower_quickly(statement: &str, span: &Range<usize>, out: &mut FileIr) -> bool {
    let kinds = if starts_with(statement, b"CREATE") {
        let table = quick_ddl::create_table(statement);
        if table.is_none()
            && let Some((kind, if_not_exists)) = pg_ddl::simple_create_index(statement)
        {
            let mut op = Op::new(kind, span.clone());
            op.hints.if_not_exists = if_not_exists;
            out.ops.push(op);
            return true;
        }
        table
    } else if starts_with(statement, b"ALTER") {
        quick_ddl::alter_table(statement)
    } else if starts_with(statement, b"DROP") {
        quick_ddl::drop_table(statement)
    } else {
        None
    };
    let Some(kinds) = kinds else {
        return false;
    };
    let renames_only = quick_ddl::renames_only(&kinds);
    for kind in kinds {
        let mut op = Op::new(kind, span.clone());
        op.hints.renames_only = renames_only;
        out.ops.push(op);
    }
    true
}

/// Whether a statement's text begins with `keyword`, in any case (no
/// comment before it).
fn starts_with(statement: &str, keyword: &[u8]) -> bool {
    statement
        .as_bytes()
        .get(..keyword.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(keyword))
}

/// Lowers a statement through the parser, or the readers of what it refuses.
fn lower_parsed(statement: &str, span: &Range<usize>, dialect: Dialect, out: &mut FileIr) {
    let push = |out: &mut FileIr, kind: OpKind| out.ops.push(Op::new(kind, span.clone()));
    let parsed = match parse(statement, dialect) {
        // MySQL has no `NOCOPY`, and refuses the statement as a syntax error.
        Err(error) if dialect == Dialect::Mariadb => {
            match fallback::index_without_nocopy(statement) {
                Some(text) => parse(&text, dialect).map_err(|_| error),
                None => Err(error),
            }
        }
        parsed => parsed,
    };
    match parsed {
        Ok(statements) => {
            for parsed in &statements {
                let lowered = lower::lower(parsed, dialect);
                for kind in lowered.kinds {
                    out.ops.push(Op {
                        kind,
                        span: span.clone(),
                        hints: lowered.hints.clone(),
                    });
                }
            }
        }
        Err(error) => {
            let read = (dialect == Dialect::Postgres)
                .then(|| pg_ddl::statement(statement, &lowered_kinds))
                .flatten();
            if let Some(kinds) = read {
                for kind in kinds {
                    push(out, kind);
                }
            } else if !lower_alter_clauses(statement, span, dialect, out) {
                out.problems.push(unparseable(span, &error));
            }
        }
    }
}

/// Lowers the DDL and DML statements a `DO $$ ... $$` block runs, each at
/// its own place in the file.
fn lower_do_block(statement: &str, span: &Range<usize>, out: &mut FileIr) {
    let Some(body) = plpgsql::do_body(statement) else {
        return;
    };
    let text = &statement[body.clone()];
    let at = |inner: &Range<usize>| {
        span.start + body.start + inner.start..span.start + body.start + inner.end
    };
    for inner in plpgsql::body_statements(text) {
        match inner {
            BodyStatement::Sql(inner) | BodyStatement::Execute(inner) => {
                lower_statement(&text[inner.clone()], at(&inner), Dialect::Postgres, out);
            }
            BodyStatement::Dynamic(inner) => out.problems.push(Problem {
                kind: ProblemKind::File,
                span: at(&inner),
                message: "this `DO` block runs SQL built at run time (`EXECUTE` of an expression), which shipgate cannot read or prove safe".into(),
            }),
        }
    }
}

fn parse(statement: &str, dialect: Dialect) -> Result<Vec<sqlparser::ast::Statement>, String> {
    match dialect {
        Dialect::Postgres => parse_as(&PostgreSqlDialect {}, statement, plain_tokens::tokenize)
            .map_err(|e| e.to_string()),
        Dialect::Mysql | Dialect::Mariadb => {
            let parsed = match parse_as(&MySqlDialect {}, statement, |_, _| false) {
                Ok(parsed) => parsed,
                // Refused as written: read again in spellings the parser
                // knows, keeping the first error if that fails too.
                Err(error) => mysql_spelling::respelled(statement, dialect)
                    .and_then(|text| parse_as(&MySqlDialect {}, &text, |_, _| false).ok())
                    .ok_or_else(|| error.to_string())?,
            };
            match parsed.iter().find_map(operator_class::operator_class) {
                Some(column) => Err(format!(
                    "the index column `{column}` has an operator class, which MySQL and MariaDB refuse as a syntax error"
                )),
                None => Ok(parsed),
            }
        }
    }
}

/// What [`Parser::parse_sql`] does, with one token buffer per thread,
/// reused from statement to statement: grown token by token and allocated
/// afresh for each statement, its copies and the fresh memory it touched were
/// a large share of the gate's time. SQL holds about one token (whitespace
/// included) per three bytes.
///
/// `quick` tokenizes the statement if it can (and returns `true`), with the
/// tokens sqlparser's tokenizer would make; sqlparser's tokenizer does when
/// it cannot.
fn parse_as(
    dialect: &dyn sqlparser::dialect::Dialect,
    statement: &str,
    quick: fn(&str, &mut Vec<TokenWithSpan>) -> bool,
) -> Result<Vec<sqlparser::ast::Statement>, sqlparser::parser::ParserError> {
    thread_local! {
        static TOKENS: std::cell::Cell<Vec<TokenWithSpan>> = const { std::cell::Cell::new(Vec::new()) };
    }
    // Empty: a buffer is cleared before it is put back.
    let mut tokens = TOKENS.take();
    tokens.reserve(statement.len() / 3 + 16);
    let tokenized = if quick(statement, &mut tokens) {
        Ok(())
    } else {
        Tokenizer::new(dialect, statement)
            .with_unescape(true)
            .tokenize_with_location_into_buf(&mut tokens)
    };
    let (result, mut tokens) = match tokenized {
        Ok(()) if operators(&tokens) > MAX_OPERATORS => (
            Err(sqlparser::parser::ParserError::ParserError(format!(
                "it chains more than {MAX_OPERATORS} operators, more than shipgate reads in one statement"
            ))),
            tokens,
        ),
        Ok(()) => {
            let mut parser = Parser::new(dialect).with_tokens_with_locations(tokens);
            let parsed = parser.parse_statements();
            (parsed, parser.into_tokens())
        }
        Err(error) => (Err(error.into()), tokens),
    };
    // A buffer that grew for a huge statement is not kept for the rest.
    if tokens.capacity() <= KEPT_TOKENS {
        tokens.clear();
        TOKENS.set(tokens);
    }
    result
}

/// The most operators one statement may chain. sqlparser builds `1 + 1 +
/// ...` and `a AND b AND ...` as a tree one level deeper per operator, and
/// frees it recursively: 200,000 of them overflowed the stack. No migration
/// statement comes near this; one that does is refused, never checked.
const MAX_OPERATORS: usize = 10_000;

/// How many binary operators `tokens` holds (arithmetic, comparison, casts,
/// `AND`, `OR`): an upper bound on the depth of the expression trees the
/// parser would build from them.
fn operators(tokens: &[TokenWithSpan]) -> usize {
    use sqlparser::keywords::Keyword;
    use sqlparser::tokenizer::Token;
    tokens
        .iter()
        .filter(|t| match &t.token {
            Token::Word(w) => matches!(w.keyword, Keyword::AND | Keyword::OR),
            Token::Plus
            | Token::Minus
            | Token::Mul
            | Token::Div
            | Token::Mod
            | Token::StringConcat
            | Token::Eq
            | Token::DoubleEq
            | Token::Neq
            | Token::Lt
            | Token::Gt
            | Token::LtEq
            | Token::GtEq
            | Token::DoubleColon
            | Token::Ampersand
            | Token::Pipe
            | Token::Caret => true,
            _ => false,
        })
        .count()
}

/// The most tokens a thread's reused buffer keeps between statements
/// (about 6 MB).
const KEPT_TOKENS: usize = 1 << 16;

/// What sqlparser lowers a PostgreSQL statement to, or `None` if it refuses it.
fn lowered_kinds(statement: &str) -> Option<Vec<OpKind>> {
    parse(statement, Dialect::Postgres).ok().map(|parsed| {
        parsed
            .iter()
            .flat_map(|s| lower::lower(s, Dialect::Postgres).kinds)
            .collect()
    })
}

fn unparseable(span: &Range<usize>, error: &str) -> Problem {
    Problem {
        kind: ProblemKind::Statement,
        span: span.clone(),
        message: format!(
            "shipgate cannot parse this statement ({error}), so it cannot prove it safe"
        ),
    }
}

/// `ALTER CONSTRAINT name ... [NOT] ENFORCED` (PostgreSQL 18): whether it
/// makes the constraint enforced; `None` when it does not say.
fn enforcement(clause: &str) -> Option<bool> {
    let w = words(clause, 16);
    let at = w.iter().position(|w| w.upper == "ENFORCED")?;
    Some(!(at > 0 && w[at - 1].upper == "NOT"))
}

/// Reads an `ALTER TABLE` that sqlparser rejects clause by clause, so that one
/// unsupported clause (`CONVERT TO CHARACTER SET`) does not hide the others.
fn lower_alter_clauses(
    statement: &str,
    span: &Range<usize>,
    dialect: Dialect,
    out: &mut FileIr,
) -> bool {
    let Some((table, clauses, hints)) = alter_table_clauses(statement, dialect.is_mysql_family())
    else {
        return false;
    };
    let clauses = if dialect.is_mysql_family() {
        maintenance_clause::rejoin(clauses)
    } else {
        clauses
    };
    let mut ops = Vec::new();
    for clause in &clauses {
        if is_convert_charset(clause) {
            ops.push(OpKind::ConvertCharset {
                table: table.clone(),
            });
            continue;
        }
        if dialect.is_mysql_family()
            && let Some(clause) = clause::table_clause(clause)
        {
            ops.push(OpKind::AlterTableClause {
                table: table.clone(),
                clause,
            });
            continue;
        }
        if dialect.is_mysql_family()
            && let Some(clause) = maintenance_clause::maintenance_clause(clause, dialect)
        {
            if maintenance_clause::stands_alone(&clause) {
                let refusal = if clauses.len() > 1 {
                    Some(
                        "MySQL and MariaDB take partition maintenance and `DISCARD | IMPORT TABLESPACE` only alone in an `ALTER TABLE`; another clause beside it is a syntax error",
                    )
                } else if dialect == Dialect::Mariadb
                    && (hints.algorithm.is_some() || hints.lock.is_some())
                {
                    Some(
                        "MariaDB refuses `ALGORITHM=` and `LOCK=` beside partition maintenance and `DISCARD | IMPORT TABLESPACE`, as a syntax error",
                    )
                } else {
                    None
                };
                if let Some(refusal) = refusal {
                    out.problems.push(unparseable(span, refusal));
                    return true;
                }
            }
            ops.push(OpKind::AlterTableClause {
                table: table.clone(),
                clause,
            });
            continue;
        }
        if dialect == Dialect::Postgres && is_alter_constraint(clause) {
            ops.push(match enforcement(clause) {
                Some(enforced) => OpKind::EnforceConstraint {
                    table: table.clone(),
                    enforced,
                },
                None => OpKind::AlterConstraint {
                    table: table.clone(),
                },
            });
            continue;
        }
        match parse(&format!("ALTER TABLE {table} {clause}"), dialect) {
            Ok(statements) => ops.extend(
                statements
                    .iter()
                    .flat_map(|s| lower::lower(s, dialect).kinds),
            ),
            Err(error) => {
                let read = (dialect == Dialect::Postgres)
                    .then(|| {
                        pg_ddl::alter_clause(&table, clause)
                            .map(|k| vec![k])
                            .or_else(|| {
                                pg_ddl::simplify(clause).and_then(|c| {
                                    lowered_kinds(&format!("ALTER TABLE {table} {c}"))
                                })
                            })
                            .or_else(|| {
                                pg_ddl::as_stored(clause)
                                    .and_then(|c| {
                                        lowered_kinds(&format!("ALTER TABLE {table} {c}"))
                                    })
                                    .map(pg_ddl::into_virtual)
                            })
                    })
                    .flatten();
                let Some(kinds) = read else {
                    out.problems.push(unparseable(span, &error));
                    return true;
                };
                ops.extend(kinds);
            }
        }
    }
    for kind in ops {
        out.ops.push(Op {
            kind,
            span: span.clone(),
            hints: hints.clone(),
        });
    }
    true
}

#[cfg(test)]
mod tests {
    use sqlparser::dialect::{MySqlDialect, PostgreSqlDialect};
    use sqlparser::parser::Parser;

    use super::{lower_parsed, pg_ddl::simple_create_index};
    use crate::frontend::{FileIr, SourceKind};
    use shipgate_config::Dialect;

    /// What the parser's path makes of a statement: its operations with
    /// their hints, or `None` when it reports a problem. The quick readers'
    /// tests compare with it.
    pub(super) fn parsed(statement: &str) -> Option<Vec<crate::ir::Op>> {
        let mut ir = FileIr::new(SourceKind::Sql);
        lower_parsed(statement, &(0..statement.len()), Dialect::Postgres, &mut ir);
        ir.problems.is_empty().then_some(ir.ops)
    }

    /// A statement chaining more operators than shipgate reads is refused
    /// as a problem (it overflowed the stack when the parser's tree was
    /// freed); one with fewer is read.
    #[test]
    fn a_statement_of_endless_operators_is_refused_not_a_crash() {
        let chain = |n: usize, op: &str| match op {
            "OR" => format!(
                "UPDATE t SET a = 1 WHERE {}",
                vec!["id = 1"; n].join(" OR ")
            ),
            _ => format!("UPDATE t SET a = {} WHERE id = 1", vec!["1"; n].join(" + ")),
        };
        for dialect in [Dialect::Postgres, Dialect::Mysql] {
            for op in ["OR", "+"] {
                let text = chain(200_000, op);
                let mut ir = FileIr::new(SourceKind::Sql);
                lower_parsed(&text, &(0..text.len()), dialect, &mut ir);
                assert_eq!(ir.problems.len(), 1, "{dialect:?} {op}");
                assert!(
                    ir.problems[0].message.contains("more than 10000 operators"),
                    "{}",
                    ir.problems[0].message
                );
                let text = chain(1_000, op);
                let mut ir = FileIr::new(SourceKind::Sql);
                lower_parsed(&text, &(0..text.len()), dialect, &mut ir);
                assert!(
                    ir.problems.is_empty(),
                    "{dialect:?} {op}: {:?}",
                    ir.problems
                );
                assert_eq!(ir.ops.len(), 1);
            }
        }
    }

    /// Every index the quick reader accepts, the parser accepts too, with
    /// the same operation and `IF NOT EXISTS`: on PostgreSQL's regression
    /// DDL, the examples and the shapes of Lemmy's indexes.
    #[test]
    fn simple_indexes_read_as_the_parser_reads_them() {
        let mut texts: Vec<String> = [
            "CREATE INDEX idx_post_creator ON post (creator_id);",
            "create unique index if not exists idx_x on person_ban (person_id, community_id)",
            "CREATE INDEX CONCURRENTLY idx_comment_path ON comment USING gist (path);",
            "CREATE INDEX ON ONLY t (a)",
            "CREATE INDEX i ON public.t (a)",
            "CREATE INDEX idx_trgm ON post USING gin (name gin_trgm_ops);",
            "CREATE INDEX idx_hot ON post_aggregates (featured_local DESC, hot_rank DESC NULLS LAST, published DESC);",
            "CREATE UNIQUE INDEX \"Idx\" ON \"Post\" (\"order\", id ASC NULLS FIRST)",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        texts.extend(crate::testing::postgres_corpus_statements());
        let mut read = 0;
        for text in &texts {
            let Some((kind, if_not_exists)) = simple_create_index(text) else {
                continue;
            };
            read += 1;
            let ops =
                parsed(text).unwrap_or_else(|| panic!("the parser refuses what was read: {text}"));
            assert_eq!(ops.len(), 1, "{text}");
            assert_eq!(ops[0].kind, kind, "{text}");
            assert_eq!(ops[0].hints.if_not_exists, if_not_exists, "{text}");
            assert!(
                ops[0].hints.algorithm.is_none() && ops[0].hints.lock.is_none(),
                "{text}"
            );
        }
        assert!(read > 150, "only {read} indexes read quickly");
    }

    /// Whatever the quick reader cannot check word by word is the parser's,
    /// which reads it or reports it.
    #[test]
    fn the_quick_index_reader_leaves_the_rest_to_the_parser() {
        for text in [
            "CREATE INDEX i ON t (lower(name))",
            "CREATE INDEX i ON t (a) WHERE deleted = false",
            "CREATE INDEX i ON t (a) INCLUDE (b)",
            "CREATE INDEX i ON t (a COLLATE \"C\")",
            "CREATE INDEX i ON t (a) WITH (fillfactor = 70)",
            "CREATE INDEX i ON t ((a + b))",
            // Not SQL.
            "CREATE INDEX i ON t (a,, b)",
            "CREATE INDEX i ON t (a b c)",
            "CREATE INDEX i ON t ()",
            "CREATE INDEX i ON t (a,)",
            "CREATE INDEX i ON t (a) garbage",
            "CREATE INDEX i ON t (a",
            "CREATE INDEX i ON t (1)",
        ] {
            assert!(simple_create_index(text).is_none(), "{text}");
        }
    }

    /// The reused, pre-sized token buffer changes nothing: the same
    /// statements, and the same errors word for word (they are shown in
    /// findings), whatever came before on the thread: an error, another
    /// dialect, or a statement whose buffer was too large to keep.
    #[test]
    fn parsing_matches_sqlparser() {
        let statements = [
            "ALTER TABLE t ADD COLUMN c integer NOT NULL DEFAULT 0",
            "CREATE TABLE p (id bigserial PRIMARY KEY, note text CHECK (note IS NOT NULL))",
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a, lower(b)) WHERE c",
            "UPDATE t SET a = E'x\\ny' WHERE id IN (SELECT id FROM u)",
            &format!("INSERT INTO t VALUES {}", vec!["(1, 'a')"; 500].join(", ")),
            // Over `KEPT_TOKENS`: its buffer is dropped, the next one is new.
            &format!(
                "INSERT INTO t VALUES {}",
                vec!["(1, 'a')"; 25_000].join(", ")
            ),
            "ALTER TABLE t DROP COLUMN c",
            "CREATE TABLE (((",
            "ALTER TABLE t ALTER COLUMN a TYPE int USING a::int +",
            "SELECT 'never closed",
            "ALTER TABLE t ADD COLUMN c `quoted",
            "",
        ];
        for statement in statements {
            for quick in [super::plain_tokens::tokenize, |_: &str, _: &mut _| false] {
                let ours = super::parse_as(&PostgreSqlDialect {}, statement, quick);
                let theirs = Parser::parse_sql(&PostgreSqlDialect {}, statement);
                assert_eq!(ours, theirs, "PostgreSQL: {statement}");
            }
            let ours = super::parse_as(&MySqlDialect {}, statement, |_, _| false);
            let theirs = Parser::parse_sql(&MySqlDialect {}, statement);
            assert_eq!(ours, theirs, "MySQL: {statement}");
        }
        let quick = super::plain_tokens::tokenize;
        assert!(super::parse_as(&PostgreSqlDialect {}, "SELECT 'never closed", quick).is_err());
    }
}
