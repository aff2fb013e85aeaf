//! Database URLs as they may be shown: without their password.

/// `url` with the password of its user part and any `password=` query
/// parameter replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (userinfo, host_and_tail) = split_userinfo(rest);
    let authority_end = host_and_tail
        .find(['/', '?'])
        .unwrap_or(host_and_tail.len());
    let (host, tail) = host_and_tail.split_at(authority_end);
    let authority = match userinfo {
        Some(user) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => format!("{user}@{host}"),
        },
        None => host.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => {
                        format!("{key}=***")
                    }
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// Splits what follows `scheme://` into its user part (`user[:password]`,
/// without the `@`) and the rest (host, path, query).
///
/// A password is often written unescaped, and may hold `/`, `?` or `@`
/// (a generated base64 password holds `/`): drivers read the user part up
/// to an `@`, past such characters. So the user part ends at the last `@`
/// before the first `/` or `?` that follows the first `@`. Where that reads
/// a query's `@` as the end of a user part, more than the password is
/// hidden, never less.
fn split_userinfo(rest: &str) -> (Option<&str>, &str) {
    let Some(first_at) = rest.find('@') else {
        return (None, rest);
    };
    let path_start = rest[first_at..]
        .find(['/', '?'])
        .map_or(rest.len(), |i| first_at + i);
    let at = rest[..path_start].rfind('@').unwrap_or(first_at);
    (Some(&rest[..at]), &rest[at + 1..])
}

/// The password in `url`, if it has one, to scrub from a driver's error text.
pub(crate) fn password_of(url: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some((_, rest)) = url.split_once("://") else {
        return out;
    };
    let (userinfo, host_and_tail) = split_userinfo(rest);
    let tail = host_and_tail
        .find(['/', '?'])
        .map_or("", |i| &host_and_tail[i..]);
    if let Some(user) = userinfo
        && let Some((_, password)) = user.split_once(':')
        && !password.is_empty()
    {
        out.push(password.to_owned());
        out.push(decode_percent(password));
    }
    if let Some((_, query)) = tail.split_once('?') {
        for pair in query.split('&') {
            if let Some((key, value)) = pair.split_once('=')
                && key.eq_ignore_ascii_case("password")
                && !value.is_empty()
            {
                out.push(value.to_owned());
                out.push(decode_percent(value));
            }
        }
    }
    out
}

/// A driver's error message with every form of the URL's password removed,
/// and the password a URL without one takes from the environment
/// (`PGPASSWORD`, `MYSQL_PWD`). No driver is known to echo either: this is
/// defence in depth.
pub(crate) fn scrub(message: &str, url: &str) -> String {
    let from_env: Vec<String> = ["PGPASSWORD", "MYSQL_PWD"]
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .collect();
    scrub_with(message, url, &from_env)
}

/// [`scrub`], with the environment's passwords given.
fn scrub_with(message: &str, url: &str, from_env: &[String]) -> String {
    let mut message = message.to_owned();
    for password in password_of(url).iter().chain(from_env) {
        if !password.is_empty() {
            message = message.replace(password.as_str(), "***");
        }
    }
    message
}

fn decode_percent(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{redact_url, scrub, scrub_with};

    #[test]
    fn a_password_from_the_environment_is_scrubbed_too() {
        let message = "password authentication failed for user app (tried env-s3cret)";
        let scrubbed = scrub_with(
            message,
            "postgres://app@db/prod",
            &["env-s3cret".to_owned()],
        );
        assert!(!scrubbed.contains("env-s3cret"), "{scrubbed}");
        assert!(scrubbed.contains("***"), "{scrubbed}");
        // An empty variable scrubs nothing.
        assert_eq!(
            scrub_with(message, "postgres://app@db/prod", &[String::new()]),
            message
        );
    }

    #[test]
    fn passwords_are_never_shown() {
        assert_eq!(
            redact_url("postgres://app:s3cr%40t@db.internal:5432/prod?sslmode=disable"),
            "postgres://app:***@db.internal:5432/prod?sslmode=disable"
        );
        assert_eq!(
            redact_url("mysql://root@127.0.0.1/test"),
            "mysql://root@127.0.0.1/test"
        );
        assert_eq!(
            redact_url("postgres://h/db?user=a&password=hunter2"),
            "postgres://h/db?user=a&password=***"
        );
        assert_eq!(redact_url("not a url"), "not a url");
        // Unescaped `/`, `?` and `@` in a password, as drivers accept them.
        for (url, shown) in [
            (
                "postgres://postgres:Pa/ss+word1@127.0.0.1:5433/test",
                "postgres://postgres:***@127.0.0.1:5433/test",
            ),
            (
                "postgres://postgres:Se?cret3@127.0.0.1/test?sslmode=disable",
                "postgres://postgres:***@127.0.0.1/test?sslmode=disable",
            ),
            ("mysql://root:Se/cret4@db/test", "mysql://root:***@db/test"),
            ("mysql://root:a@b@db:3306/x", "mysql://root:***@db:3306/x"),
            (
                "postgres://app:p@db/x?application_name=a@b",
                "postgres://app:***@db/x?application_name=a@b",
            ),
        ] {
            assert_eq!(redact_url(url), shown, "{url}");
        }
        assert_eq!(
            scrub(
                "cannot reach postgres://postgres:Pa/ss+word1@h/x: Pa/ss+word1",
                "postgres://postgres:Pa/ss+word1@h/x"
            ),
            "cannot reach postgres://postgres:***@h/x: ***"
        );
        assert_eq!(
            scrub("login for s3cr@t failed", "postgres://app:s3cr%40t@h/db"),
            "login for *** failed"
        );
    }
}
