//! `{{name}}` templates and the variables they are rendered with.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::pos::Pos;

/// Text with `{{name}}` placeholders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Template {
    /// Literal text and placeholders, in order.
    pub parts: Vec<Part>,
}

/// A piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Literal text.
    Text(String),
    /// `{{name}}`.
    Var {
        /// The variable.
        name: String,
        /// Where the placeholder starts.
        pos: Pos,
        /// Inside a JSON string: the value is escaped as JSON string content.
        json_string: bool,
    },
}

impl Template {
    /// A template without placeholders.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            parts: vec![Part::Text(text.into())],
        }
    }

    /// Whether it has no placeholder.
    pub fn is_literal(&self) -> bool {
        self.parts.iter().all(|p| matches!(p, Part::Text(_)))
    }

    /// The text when it has no placeholder.
    pub fn literal(&self) -> Option<String> {
        self.is_literal().then(|| {
            self.parts
                .iter()
                .map(|p| match p {
                    Part::Text(t) => t.as_str(),
                    Part::Var { .. } => "",
                })
                .collect()
        })
    }

    /// The placeholders: name and position.
    pub fn variables(&self) -> impl Iterator<Item = (&str, Pos)> {
        self.parts.iter().filter_map(|p| match p {
            Part::Var { name, pos, .. } => Some((name.as_str(), *pos)),
            Part::Text(_) => None,
        })
    }

    /// The template as written, placeholders as `{{name}}`: for showing a
    /// request that did not run.
    pub fn source(&self) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.clone(),
                Part::Var { name, .. } => format!("{{{{{name}}}}}"),
            })
            .collect()
    }

    /// Renders what it can: a placeholder whose variable is not set stays
    /// `{{name}}`. For showing a request that did not run.
    pub fn render_partial(&self, variables: &Variables) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.clone(),
                Part::Var { name, .. } => variables
                    .get(name)
                    .map_or_else(|| format!("{{{{{name}}}}}"), value_text),
            })
            .collect()
    }

    /// Renders the template.
    pub fn render(&self, variables: &Variables) -> Result<String, UndefinedVariable> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var {
                    name,
                    pos,
                    json_string,
                } => {
                    let value = variables.get(name).ok_or_else(|| UndefinedVariable {
                        name: name.clone(),
                        pos: *pos,
                    })?;
                    let text = value_text(value);
                    if *json_string {
                        let quoted = Value::String(text).to_string();
                        out.push_str(&quoted[1..quoted.len() - 1]);
                    } else {
                        out.push_str(&text);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A value as a template renders it: strings as they are, anything else as
/// JSON.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A template names a variable that has no value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pos}: the variable `{name}` is not defined")]
pub struct UndefinedVariable {
    /// The variable.
    pub name: String,
    /// Where it is used.
    pub pos: Pos,
}

/// Variables by name. Each value keeps its type (a `--variable n=3` is the
/// integer 3), as Hurl's do.
#[derive(Debug, Clone, Default)]
pub struct Variables {
    values: BTreeMap<String, Value>,
}

impl Variables {
    /// No variables.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`.
    pub fn set(&mut self, name: impl Into<String>, value: Value) {
        self.values.insert(name.into(), value);
    }

    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    /// Whether `name` is set.
    pub fn contains(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }
}

/// A `--variable` value with Hurl's type inference: `true`, `false`,
/// `null`, an integer or a number are typed; anything else is a string.
pub fn infer(text: &str) -> Value {
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Value::from(i)
            } else if let Some(f) = text
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite() && text.contains('.'))
            {
                Value::from(f)
            } else {
                Value::String(text.to_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;

    #[test]
    fn renders_values_and_escapes_inside_json_strings() {
        let pos = Pos { line: 1, column: 1 };
        let template = Template {
            parts: vec![
                Part::Text("a=".into()),
                Part::Var {
                    name: "x".into(),
                    pos,
                    json_string: false,
                },
                Part::Text(" b=".into()),
                Part::Var {
                    name: "x".into(),
                    pos,
                    json_string: true,
                },
            ],
        };
        let mut vars = Variables::new();
        vars.set("x", Value::String("q\"uote".into()));
        assert_eq!(template.render(&vars).unwrap(), "a=q\"uote b=q\\\"uote");
        let err = template.render(&Variables::new()).unwrap_err();
        assert_eq!(err.to_string(), "1:1: the variable `x` is not defined");
    }

    #[test]
    fn variables_are_typed_as_hurl_types_them() {
        assert_eq!(infer("3"), Value::from(3));
        assert_eq!(infer("2.5"), Value::from(2.5));
        assert_eq!(infer("true"), Value::Bool(true));
        assert_eq!(infer("null"), Value::Null);
        assert_eq!(infer("abc"), Value::String("abc".into()));
        assert_eq!(infer("1e3"), Value::String("1e3".into()));
        assert_eq!(infer("inf"), Value::String("inf".into()));
    }
}
