//! Blueprint closures: `$table->string('fee')->nullable()->after('amount')`.

use tree_sitter::Node;

use super::php::{
    Base, Call, Chain, chain, int_value, is_call, is_false, is_inner_link, is_true, text,
};
use super::walker::Walker;
use crate::ir::{AlterHints, ColumnSpec, ColumnType, ConstraintKind, IndexKind, Op, OpKind};
use crate::sql::text::{default_value, encoding_name};

/// Lowers a Blueprint closure. Returns the columns declared (for `Schema::create`)
/// and how many operations were pushed.
pub(super) fn lower_closure(
    walker: &mut Walker<'_, '_, '_>,
    closure: Node<'_>,
    table: &str,
    creating: bool,
) -> (Vec<ColumnSpec>, usize) {
    let before = walker.out.ops.len();
    let mut columns = Vec::new();
    let Some(var) = parameter_name(closure, walker.source) else {
        return (columns, 0);
    };
    let Some(body) = closure.child_by_field_name("body") else {
        return (columns, 0);
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if is_call(node) && !is_inner_link(node) {
            let chain = chain(node, walker.source);
            if chain.base == Base::Var(var.clone()) && !chain.calls.is_empty() {
                statement(walker, &chain, node, table, creating, &mut columns);
                continue;
            }
        }
        let mut cursor = node.walk();
        let children: Vec<_> = node.children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    (columns, walker.out.ops.len() - before)
}

fn parameter_name(closure: Node<'_>, source: &str) -> Option<String> {
    let params = closure.child_by_field_name("parameters")?;
    let mut cursor = params.walk();
    let first = params
        .named_children(&mut cursor)
        .find(|p| p.kind() == "simple_parameter")?;
    first
        .child_by_field_name("name")
        .map(|n| text(n, source).to_owned())
}

fn string_arg(walker: &Walker<'_, '_, '_>, call: &Call<'_>, i: usize) -> Option<String> {
    call.args
        .get(i)
        .and_then(|a| walker.scope.strings(*a, walker.source).into_iter().next())
}

fn strings(walker: &Walker<'_, '_, '_>, call: &Call<'_>) -> Vec<String> {
    call.args
        .iter()
        .flat_map(|a| walker.scope.strings(*a, walker.source))
        .collect()
}

/// A Blueprint column type: its SQL type and whether it is nullable by itself.
fn column_type(walker: &Walker<'_, '_, '_>, call: &Call<'_>) -> Option<ColumnType> {
    if walker.dialect.is_mysql_family()
        && let Some(ty) = mysql_integer(&call.name)
    {
        // `integer($column, $autoIncrement = false, $unsigned = false)`.
        let unsigned = call
            .arg(2, "unsigned")
            .is_some_and(|a| is_true(a, walker.source));
        return Some(if unsigned { ty.unsigned() } else { ty });
    }
    let int = |i: usize| call.args.get(i).and_then(|a| int_value(*a, walker.source));
    let ty = match call.name.as_str() {
        "string" => ColumnType::new("varchar", &[int(1).unwrap_or(255)]),
        "char" => ColumnType::new("char", &[int(1).unwrap_or(255)]),
        "text" | "mediumText" | "longText" | "tinyText" => ColumnType::new("text", &[]),
        "integer"
        | "unsignedInteger"
        | "mediumInteger"
        | "unsignedMediumInteger"
        | "increments"
        | "mediumIncrements" => ColumnType::new("int", &[]),
        "tinyInteger"
        | "unsignedTinyInteger"
        | "smallInteger"
        | "unsignedSmallInteger"
        | "tinyIncrements"
        | "smallIncrements" => ColumnType::new("smallint", &[]),
        "bigInteger" | "unsignedBigInteger" | "bigIncrements" | "foreignId" | "foreignIdFor"
        | "id" => ColumnType::new("bigint", &[]),
        "decimal" | "unsignedDecimal" => {
            ColumnType::new("numeric", &[int(1).unwrap_or(8), int(2).unwrap_or(2)])
        }
        "float" | "unsignedFloat" => ColumnType::new("float", &[]),
        "double" | "unsignedDouble" => ColumnType::new("double", &[]),
        // `tinyint(1)` on MySQL.
        "boolean" if walker.dialect.is_mysql_family() => ColumnType::new("tinyint", &[]),
        "boolean" => ColumnType::new("boolean", &[]),
        "date" => ColumnType::new("date", &[]),
        "dateTime" | "timestamp" => ColumnType::new("timestamp", &[]),
        "dateTimeTz" | "timestampTz" => ColumnType::new("timestamptz", &[]),
        "time" | "timeTz" => ColumnType::new("time", &[]),
        "year" => ColumnType::new("year", &[]),
        "json" => ColumnType::new("json", &[]),
        "jsonb" => ColumnType::new("jsonb", &[]),
        "uuid" | "foreignUuid" => ColumnType::new("uuid", &[]),
        "ulid" | "foreignUlid" => ColumnType::new("char", &[26]),
        "binary" => ColumnType::new("binary", &[]),
        "ipAddress" => ColumnType::new("inet", &[]),
        "macAddress" => ColumnType::new("macaddr", &[]),
        "enum" | "set" | "geometry" | "geography" | "point" | "lineString" | "polygon"
        | "multiPolygon" | "vector" => ColumnType::new(&call.name.to_ascii_lowercase(), &[]),
        _ => return None,
    };
    // `unsignedDecimal`, `unsignedFloat`, `unsignedDouble` (MySQL only).
    Some(
        if walker.dialect.is_mysql_family() && call.name.starts_with("unsigned") {
            ty.unsigned()
        } else {
            ty
        },
    )
}

/// An integer column as Laravel's MySQL grammar writes it, where the width
/// and signedness are the type's (`tinyInteger` is `tinyint`, `increments`
/// is `int unsigned`); PostgreSQL has neither, and the caller's mapping holds.
fn mysql_integer(method: &str) -> Option<ColumnType> {
    let (name, unsigned) = match method {
        "tinyInteger" => ("tinyint", false),
        "unsignedTinyInteger" | "tinyIncrements" => ("tinyint", true),
        "smallInteger" => ("smallint", false),
        "unsignedSmallInteger" | "smallIncrements" => ("smallint", true),
        "mediumInteger" => ("mediumint", false),
        "unsignedMediumInteger" | "mediumIncrements" => ("mediumint", true),
        "integer" => ("int", false),
        "unsignedInteger" | "increments" => ("int", true),
        "bigInteger" => ("bigint", false),
        "unsignedBigInteger" | "bigIncrements" | "foreignId" | "foreignIdFor" | "id" => {
            ("bigint", true)
        }
        _ => return None,
    };
    let ty = ColumnType::new(name, &[]);
    Some(if unsigned { ty.unsigned() } else { ty })
}

/// Columns a helper adds: `timestamps()`, `softDeletes()`, `morphs('x')`, ...
fn helper_columns(
    walker: &Walker<'_, '_, '_>,
    call: &Call<'_>,
) -> Option<Vec<(String, ColumnType, bool)>> {
    let ts = || ColumnType::new("timestamp", &[]);
    let name = |default: &str| string_arg(walker, call, 0).unwrap_or_else(|| default.to_owned());
    Some(match call.name.as_str() {
        "timestamps" | "timestampsTz" | "nullableTimestamps" => {
            vec![
                ("created_at".into(), ts(), true),
                ("updated_at".into(), ts(), true),
            ]
        }
        "softDeletes" | "softDeletesTz" => vec![(name("deleted_at"), ts(), true)],
        "rememberToken" => vec![(
            "remember_token".into(),
            ColumnType::new("varchar", &[100]),
            true,
        )],
        "morphs" | "nullableMorphs" | "uuidMorphs" | "nullableUuidMorphs" | "ulidMorphs"
        | "nullableUlidMorphs" => {
            let base = name("morphable");
            let nullable = call.name.starts_with("nullable");
            let id = ColumnType::new("bigint", &[]);
            // `unsignedBigInteger` on MySQL.
            let id = if walker.dialect.is_mysql_family() {
                id.unsigned()
            } else {
                id
            };
            vec![
                (format!("{base}_id"), id, nullable),
                (
                    format!("{base}_type"),
                    ColumnType::new("varchar", &[255]),
                    nullable,
                ),
            ]
        }
        _ => return None,
    })
}

fn statement(
    walker: &mut Walker<'_, '_, '_>,
    chain: &Chain<'_>,
    node: Node<'_>,
    table: &str,
    creating: bool,
    columns: &mut Vec<ColumnSpec>,
) {
    let first = &chain.calls[0];
    let modifiers = &chain.calls[1..];
    let span = node.byte_range();
    let mut hints = AlterHints::default();
    for m in modifiers {
        match m.name.as_str() {
            "instant" => hints.algorithm = Some("INSTANT".into()),
            "lock" => hints.lock = string_arg(walker, m, 0).map(|s| s.to_ascii_uppercase()),
            // `->unique(...)->nullsNotDistinct()`: PostgreSQL 15's clause.
            "nullsNotDistinct" => hints.nulls_distinct = true,
            _ => {}
        }
    }
    let mut push = |walker: &mut Walker<'_, '_, '_>, kind: OpKind| {
        walker.out.ops.push(Op {
            kind,
            span: span.clone(),
            hints: hints.clone(),
        });
    };
    let table_s = table.to_owned();

    if let Some(mut ty) = column_type(walker, first) {
        // `->unsigned()` on MySQL; PostgreSQL ignores it.
        if walker.dialect.is_mysql_family() && chain.has("unsigned") {
            ty.unsigned = true;
        }
        let name = match first.name.as_str() {
            "id" => string_arg(walker, first, 0).unwrap_or_else(|| "id".into()),
            "foreignIdFor" => foreign_id_for(walker, first),
            _ => string_arg(walker, first, 0).unwrap_or_default(),
        };
        let spec = column_spec(walker, first, modifiers, name, ty);
        if chain.has("change") {
            push(
                walker,
                OpKind::AlterColumnType {
                    table: table_s.clone(),
                    column: spec.name.clone(),
                    from: None,
                    to: spec.ty.clone(),
                    using: false,
                    positioned: chain.has("after") || chain.has("first"),
                    not_null: Some(spec.not_null),
                },
            );
        } else if creating {
            columns.push(spec.clone());
        } else {
            let positioned = chain.has("after") || chain.has("first");
            push(
                walker,
                OpKind::AddColumn {
                    table: table_s.clone(),
                    column: spec.clone(),
                    positioned,
                },
            );
        }
        column_indexes(walker, chain, table, &mut push);
        return;
    }
    if let Some(helpers) = helper_columns(walker, first) {
        for (name, ty, nullable) in helpers {
            let spec = ColumnSpec {
                name,
                ty,
                not_null: !nullable,
                default: None,
                generated: false,
                virtual_generated: false,
                auto_increment: false,
            };
            if creating {
                columns.push(spec);
            } else {
                push(
                    walker,
                    OpKind::AddColumn {
                        table: table_s.clone(),
                        column: spec,
                        positioned: chain.has("after"),
                    },
                );
            }
        }
        return;
    }
    let dialect = walker.dialect;
    match first.name.as_str() {
        "index" => push(walker, index_op(table, IndexKind::Regular, false, chain)),
        "fullText" | "fulltext" => push(walker, index_op(table, IndexKind::FullText, false, chain)),
        "spatialIndex" => push(walker, index_op(table, IndexKind::Spatial, false, chain)),
        "unique" if dialect.is_mysql_family() => {
            push(walker, index_op(table, IndexKind::Regular, true, chain));
        }
        "unique" => push(walker, constraint(table_s, ConstraintKind::Unique, chain)),
        "primary" => push(
            walker,
            constraint(table_s, ConstraintKind::PrimaryKey, chain),
        ),
        "foreign" => push(
            walker,
            constraint(table_s, ConstraintKind::ForeignKey, chain),
        ),
        "dropColumn" | "dropColumns" | "dropConstrainedForeignId" => {
            for column in strings(walker, first) {
                push(
                    walker,
                    OpKind::DropColumn {
                        table: table_s.clone(),
                        column,
                    },
                );
            }
        }
        "dropSoftDeletes" | "dropSoftDeletesTz" => {
            let column = string_arg(walker, first, 0).unwrap_or_else(|| "deleted_at".into());
            push(
                walker,
                OpKind::DropColumn {
                    table: table_s,
                    column,
                },
            );
        }
        "dropTimestamps" | "dropTimestampsTz" => {
            for column in ["created_at", "updated_at"] {
                push(
                    walker,
                    OpKind::DropColumn {
                        table: table_s.clone(),
                        column: column.into(),
                    },
                );
            }
        }
        "dropRememberToken" => push(
            walker,
            OpKind::DropColumn {
                table: table_s,
                column: "remember_token".into(),
            },
        ),
        "dropMorphs" => {
            let base = string_arg(walker, first, 0).unwrap_or_default();
            for suffix in ["_id", "_type"] {
                push(
                    walker,
                    OpKind::DropColumn {
                        table: table_s.clone(),
                        column: format!("{base}{suffix}"),
                    },
                );
            }
        }
        "renameColumn" => {
            let from = string_arg(walker, first, 0).unwrap_or_default();
            let to = string_arg(walker, first, 1).unwrap_or_default();
            push(
                walker,
                OpKind::RenameColumn {
                    table: table_s,
                    from,
                    to,
                },
            );
        }
        "rename" => {
            let to = string_arg(walker, first, 0).unwrap_or_default();
            push(walker, OpKind::RenameTable { from: table_s, to });
        }
        "dropIndex" | "dropUnique" | "dropFullText" | "dropSpatialIndex" => {
            let name = strings(walker, first).join("_");
            push(
                walker,
                OpKind::DropIndex {
                    name,
                    table: Some(table_s),
                    concurrently: chain.has("online"),
                },
            );
        }
        "dropPrimary" if dialect.is_mysql_family() => {
            push(walker, OpKind::DropPrimaryKey { table: table_s });
        }
        "drop" | "dropIfExists" => push(walker, OpKind::DropTable { table: table_s }),
        _ => {}
    }
}

fn foreign_id_for(walker: &Walker<'_, '_, '_>, call: &Call<'_>) -> String {
    if let Some(name) = string_arg(walker, call, 1) {
        return name;
    }
    let class = call.args.first().map_or("", |a| text(*a, walker.source));
    let class = class
        .trim_end_matches("::class")
        .rsplit('\\')
        .next()
        .unwrap_or(class);
    let mut snake = String::new();
    for (i, c) in class.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.push(c.to_ascii_lowercase());
    }
    format!("{snake}_id")
}

fn column_spec(
    walker: &Walker<'_, '_, '_>,
    first: &Call<'_>,
    modifiers: &[Call<'_>],
    name: String,
    ty: ColumnType,
) -> ColumnSpec {
    let auto = first.name.contains("ncrements") || first.name == "id";
    let mut spec = ColumnSpec {
        name,
        ty,
        not_null: true,
        default: None,
        generated: false,
        virtual_generated: false,
        auto_increment: auto,
    };
    for m in modifiers {
        match m.name.as_str() {
            "nullable" => {
                spec.not_null = m.args.first().is_some_and(|a| is_false(*a, walker.source));
            }
            "default" => {
                spec.default = m
                    .args
                    .first()
                    .map(|a| default_value(text(*a, walker.source)));
            }
            "useCurrent" => spec.default = Some(default_value("CURRENT_TIMESTAMP")),
            "autoIncrement" | "generatedAs" | "always" => spec.auto_increment = true,
            "storedAs" => spec.generated = true,
            "virtualAs" => spec.virtual_generated = true,
            // `CHARACTER SET` on MySQL and MariaDB only: Laravel's PostgreSQL
            // grammar has no column character set.
            "charset" if walker.dialect.is_mysql_family() => {
                spec.ty.charset = encoding_arg(walker, m);
            }
            "collation" => spec.ty.collation = encoding_arg(walker, m),
            _ => {}
        }
    }
    spec
}

/// The character set or collation a `->charset(...)` or `->collation(...)`
/// names, as MySQL reads it. An argument whose value is not known here (a
/// function call, a variable set at run time) is kept as written: the
/// column then names one, which no known name equals, so a change to it is
/// reported rather than taken for the table's default.
fn encoding_arg(walker: &Walker<'_, '_, '_>, call: &Call<'_>) -> Option<String> {
    let arg = call.args.first()?;
    Some(string_arg(walker, call, 0).map_or_else(
        || text(*arg, walker.source).to_owned(),
        |name| encoding_name(&name),
    ))
}

/// Index or key modifiers on a column: `->index()`, `->unique()`, `->constrained()`.
fn column_indexes(
    walker: &mut Walker<'_, '_, '_>,
    chain: &Chain<'_>,
    table: &str,
    push: &mut impl FnMut(&mut Walker<'_, '_, '_>, OpKind),
) {
    let online = chain.has("online");
    let not_valid = chain.has("notValid");
    for call in &chain.calls[1..] {
        let kind = match call.name.as_str() {
            "index" => OpKind::CreateIndex {
                table: table.into(),
                only: false,
                name: None,
                concurrently: online,
                unique: false,
                kind: IndexKind::Regular,
            },
            "fullText" | "fulltext" => OpKind::CreateIndex {
                table: table.into(),
                only: false,
                name: None,
                concurrently: false,
                unique: false,
                kind: IndexKind::FullText,
            },
            "spatialIndex" => OpKind::CreateIndex {
                table: table.into(),
                only: false,
                name: None,
                concurrently: false,
                unique: false,
                kind: IndexKind::Spatial,
            },
            "unique" if walker.dialect.is_mysql_family() => OpKind::CreateIndex {
                table: table.into(),
                only: false,
                name: None,
                concurrently: false,
                unique: true,
                kind: IndexKind::Regular,
            },
            "unique" => OpKind::AddConstraint {
                table: table.into(),
                kind: ConstraintKind::Unique,
                validated: true,
                using_index: false,
                name: None,
                not_null_column: None,
            },
            "primary" => OpKind::AddConstraint {
                table: table.into(),
                kind: ConstraintKind::PrimaryKey,
                validated: true,
                using_index: false,
                name: None,
                not_null_column: None,
            },
            "constrained" | "references" => OpKind::AddConstraint {
                table: table.into(),
                kind: ConstraintKind::ForeignKey,
                validated: !not_valid,
                using_index: false,
                name: None,
                not_null_column: None,
            },
            _ => continue,
        };
        push(walker, kind);
    }
}

fn index_op(table: &str, kind: IndexKind, unique: bool, chain: &Chain<'_>) -> OpKind {
    OpKind::CreateIndex {
        table: table.into(),
        only: false,
        name: None,
        concurrently: chain.has("online"),
        unique,
        kind,
    }
}

fn constraint(table: String, kind: ConstraintKind, chain: &Chain<'_>) -> OpKind {
    OpKind::AddConstraint {
        table,
        kind,
        validated: !chain.has("notValid"),
        using_index: false,
        name: None,
        not_null_column: None,
    }
}
