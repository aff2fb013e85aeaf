//! The canonical encoding of an entry: JSON with object keys sorted by their
//! UTF-8 bytes, no insignificant whitespace, integers only (no fractions or
//! exponents), and strings escaped as RFC 8785 prescribes (`\"`, `\\`, the
//! short escapes `\b \f \n \r \t`, other control characters as lowercase
//! `\u00xx`, everything else literal). The same entry always gives the same
//! bytes, so its leaf hash is stable.

use serde_json::Value;

/// Why a value has no canonical encoding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{path}` is a fractional number; entries hold integers only (write amounts in minor units or as strings)"
)]
pub struct FloatError {
    /// Where the number is, as a JSON path.
    pub path: String,
}

/// Encodes `value` canonically.
pub fn to_canonical(value: &Value) -> Result<Vec<u8>, FloatError> {
    let mut out = Vec::with_capacity(256);
    write(value, "$", &mut out)?;
    Ok(out)
}

fn write(value: &Value, path: &str, out: &mut Vec<u8>) -> Result<(), FloatError> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            if n.is_f64() {
                return Err(FloatError {
                    path: path.to_owned(),
                });
            }
            out.extend_from_slice(n.to_string().as_bytes());
        }
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, &format!("{path}[{i}]"), out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_unstable_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                string(key, out);
                out.push(b':');
                write(&map[key], &format!("{path}.{key}"), out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

fn string(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\u{8}' => out.extend_from_slice(b"\\b"),
            '\u{c}' => out.extend_from_slice(b"\\f"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sorts_keys_and_drops_whitespace() {
        let a = json!({"b": 1, "a": {"z": [1, 2], "y": "é\n\u{1}"}});
        assert_eq!(
            String::from_utf8(to_canonical(&a).unwrap()).unwrap(),
            "{\"a\":{\"y\":\"é\\n\\u0001\",\"z\":[1,2]},\"b\":1}"
        );
        let reparsed: Value = serde_json::from_slice(&to_canonical(&a).unwrap()).unwrap();
        assert_eq!(to_canonical(&reparsed).unwrap(), to_canonical(&a).unwrap());
    }

    #[test]
    fn rejects_fractions() {
        let err = to_canonical(&json!({"body": {"amount": 1.5}})).unwrap_err();
        assert_eq!(err.path, "$.body.amount");
    }
}
