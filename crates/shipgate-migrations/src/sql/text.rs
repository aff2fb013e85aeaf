//! Helpers over SQL text: qualified names, type names and default
//! expressions, shared by the SQL and Laravel front ends.

use crate::ir::{ColumnType, DefaultValue};

/// Parses a SQL type name such as `character varying(20)` or `DECIMAL(10, 2)`.
pub(crate) fn parse_type(sql: &str) -> ColumnType {
    let sql = sql.trim().to_ascii_lowercase();
    let (base, args) = match sql.find('(') {
        Some(open) => {
            let close = sql[open..].find(')').map_or(sql.len(), |c| open + c);
            let args = sql[open + 1..close]
                .split(',')
                .filter_map(|a| a.trim().parse::<u64>().ok())
                .collect();
            let rest = format!("{} {}", &sql[..open], sql.get(close + 1..).unwrap_or(""));
            (rest, args)
        }
        None => (sql.clone(), Vec::new()),
    };
    // MySQL's integer attributes: `ZEROFILL` implies `UNSIGNED`, and
    // `SIGNED` is the default.
    let mut unsigned = false;
    let base = base
        .split_whitespace()
        .filter(|word| match *word {
            "unsigned" | "zerofill" => {
                unsigned = true;
                false
            }
            "signed" => false,
            _ => true,
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = match base.as_str() {
        "character varying" | "varchar" | "varchar2" | "nvarchar" => "varchar",
        "character" | "char" | "bpchar" | "nchar" => "char",
        "decimal" | "numeric" | "dec" | "fixed" => "numeric",
        "double precision" | "double" | "float8" | "float64" => "double",
        "real" | "float4" | "float32" => "real",
        "int" | "integer" | "int4" => "int",
        "bigint" | "int8" => "bigint",
        "smallint" | "int2" => "smallint",
        "bool" | "boolean" => "boolean",
        "timestamp without time zone" => "timestamp",
        "timestamp with time zone" => "timestamptz",
        other => other,
    };
    // An integer's display width (`INT(11)`, as MySQL 5.7 dumps it) is
    // only how a client pads it.
    let integer = matches!(
        name,
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint"
    );
    ColumnType {
        name: name.to_owned(),
        args: if integer { Vec::new() } else { args },
        unsigned,
        charset: None,
        collation: None,
    }
}

/// Whether a PostgreSQL column of type `ty` is a serial column: its values
/// come from a sequence made with it.
pub(crate) fn is_serial(ty: &ColumnType) -> bool {
    matches!(
        ty.name.as_str(),
        "serial" | "bigserial" | "smallserial" | "serial4" | "serial8"
    )
}

/// A column default from its SQL text, classifying its volatility.
pub(crate) fn default_value(expr: &str) -> DefaultValue {
    DefaultValue {
        volatile: is_volatile_expression(expr),
        expr: expr.trim().to_owned(),
    }
}

/// Functions PostgreSQL evaluates per row (VOLATILE). `now()` and
/// `CURRENT_TIMESTAMP` are STABLE and do not rewrite the table.
const VOLATILE_FUNCTIONS: &[&str] = &[
    "random(",
    "gen_random_uuid(",
    "uuid_generate_v1",
    "uuid_generate_v4(",
    "uuidv4(",
    "uuidv7(",
    "clock_timestamp(",
    "timeofday(",
    "nextval(",
    "txid_current(",
    "statement_timestamp(",
    "gen_random_bytes(",
    "uuid(",
];

fn is_volatile_expression(expr: &str) -> bool {
    let lower = expr.to_ascii_lowercase().replace(' ', "");
    VOLATILE_FUNCTIONS.iter().any(|f| lower.contains(f))
}

/// Normalises a possibly qualified, quoted table name: `"public"."Fees"` gives `fees`
/// (schema dropped, lowercased unless quoted).
pub(crate) fn normalize_name(name: &str) -> String {
    let trimmed = name.trim();
    // Most names are one unquoted part.
    if !trimmed
        .bytes()
        .any(|b| matches!(b, b'"' | b'`' | b'[' | b'.'))
    {
        return trimmed.to_ascii_lowercase();
    }
    split_qualified(name).pop().unwrap_or_default()
}

fn split_qualified(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut quoted_part = false;
    for c in name.trim().chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => current.push(c),
            None => match c {
                '"' | '`' | '[' => {
                    quote = Some(if c == '[' { ']' } else { c });
                    quoted_part = true;
                }
                '.' => {
                    parts.push(finish_part(&current, quoted_part));
                    current.clear();
                    quoted_part = false;
                }
                c => current.push(c),
            },
        }
    }
    parts.push(finish_part(&current, quoted_part));
    parts
}

fn finish_part(part: &str, quoted: bool) -> String {
    if quoted {
        part.to_owned()
    } else {
        part.trim().to_ascii_lowercase()
    }
}

/// A character set's or collation's name as MySQL reads it: `ascii`,
/// `` `ascii` `` and `'ascii'` are one, in any case, and `utf8` is
/// `utf8mb3` (`utf8_bin` is `utf8mb3_bin`).
pub(crate) fn encoding_name(name: &str) -> String {
    let name = name.trim();
    let unquoted = name
        .strip_prefix('\'')
        .and_then(|n| n.strip_suffix('\''))
        .unwrap_or(name);
    let name = normalize_name(unquoted).to_ascii_lowercase();
    match name.strip_prefix("utf8") {
        Some(rest) if rest.is_empty() || rest.starts_with('_') => format!("utf8mb3{rest}"),
        _ => name,
    }
}

/// Where the comment that starts at byte `i` of `text` ends (`-- ...` and
/// `# ...` at the end of their line, `/* ... */` after its `*/`, or at the
/// end of `text` when never closed); `None` when no comment starts there.
pub(crate) fn comment_end(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'-'), Some(b'-')) | (Some(b'#'), _) => {
            Some(text[i..].find('\n').map_or(bytes.len(), |p| i + p))
        }
        (Some(b'/'), Some(b'*')) => Some(
            text[i + 2..]
                .find("*/")
                .map_or(bytes.len(), |p| i + 2 + p + 2),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ColumnType;

    #[test]
    fn normalises_names() {
        assert_eq!(normalize_name("public.Transactions"), "transactions");
        assert_eq!(normalize_name("\"public\".\"Fees\""), "Fees");
        assert_eq!(normalize_name("`shop`.`orders`"), "orders");
        assert_eq!(normalize_name(" Ledger_Entries "), "ledger_entries");
        assert_eq!(normalize_name("[dbo].[Fees]"), "Fees");
    }

    #[test]
    fn parses_types() {
        assert_eq!(
            parse_type("character varying(20)"),
            ColumnType::new("varchar", &[20])
        );
        assert_eq!(
            parse_type("DECIMAL(10, 2)"),
            ColumnType::new("numeric", &[10, 2])
        );
        assert_eq!(
            parse_type("DOUBLE PRECISION"),
            ColumnType::new("double", &[])
        );
        // MySQL: signedness is part of the type; a display width is not,
        // and `MEDIUMINT` is not `INT`.
        assert_eq!(
            parse_type("int(10) unsigned"),
            ColumnType::new("int", &[]).unsigned()
        );
        assert_eq!(
            parse_type("INTEGER ZEROFILL"),
            ColumnType::new("int", &[]).unsigned()
        );
        assert_eq!(parse_type("INT(11)"), ColumnType::new("int", &[]));
        assert_eq!(parse_type("int signed"), ColumnType::new("int", &[]));
        assert_ne!(parse_type("int unsigned"), parse_type("int"));
        assert_ne!(parse_type("mediumint"), parse_type("int"));
        assert_eq!(
            parse_type("DECIMAL(10,2) UNSIGNED").to_string(),
            "numeric(10,2) unsigned"
        );
        assert!(parse_type("float8").is_float());
        assert!(!parse_type("numeric(12,2)").is_float());
    }

    #[test]
    fn classifies_volatility() {
        assert!(default_value("gen_random_uuid()").volatile);
        assert!(default_value("clock_timestamp ()").volatile);
        assert!(!default_value("now()").volatile);
        assert!(!default_value("CURRENT_TIMESTAMP").volatile);
        assert!(!default_value("'pending'").volatile);
    }
}
