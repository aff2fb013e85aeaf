//! `--variable name=value`, `--secret name=value` and `--variables-file`
//! (one `name=value` a line, `#` comments and blank lines ignored).

/// A variable's name: letters, digits, `_` and `-`, not starting with a digit.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `name=value`.
pub fn assignment(text: &str) -> Result<(String, String), String> {
    let Some((name, value)) = text.split_once('=') else {
        return Err(format!(
            "expected `name=value`, found `{}` without `=`",
            text.chars().take(40).collect::<String>()
        ));
    };
    let name = name.trim();
    if !valid_name(name) {
        return Err(format!(
            "`{name}` is not a variable name: letters, digits, `_` and `-`, not starting with a digit"
        ));
    }
    Ok((name.to_owned(), value.to_owned()))
}

/// The assignments of a variables file; `Err` names the line (from 1).
pub fn file(text: &str) -> Result<Vec<(String, String)>, (usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        out.push(assignment(trimmed).map_err(|e| (n + 1, e))?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_and_files() {
        assert_eq!(
            assignment("email=smoke@bank.example"),
            Ok(("email".into(), "smoke@bank.example".into()))
        );
        assert_eq!(assignment("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(assignment("novalue").unwrap_err().contains("without `=`"));
        assert!(
            assignment("1x=2")
                .unwrap_err()
                .contains("not a variable name")
        );
        assert_eq!(
            file("# vars\n\nhost=https://x\nuser = smoke\n"),
            Ok(vec![
                ("host".into(), "https://x".into()),
                ("user".into(), " smoke".into())
            ])
        );
        assert_eq!(file("a=1\nbad line\n").unwrap_err().0, 2);
    }
}
