//! Database URLs as they may be shown: without their password.

/// `url` with the password of its user part and any `password=` query
/// parameter replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    // Query passwords first, wherever the user part is found to end: what
    // is hidden then stays hidden.
    let rest = mask_query_passwords(rest);
    let (userinfo, host_and_tail) = split_userinfo(&rest);
    match userinfo {
        Some(user) => match user.split_once(':') {
            Some((name, _)) => format!("{scheme}://{name}:***@{host_and_tail}"),
            None => format!("{scheme}://{user}@{host_and_tail}"),
        },
        None => format!("{scheme}://{host_and_tail}"),
    }
}

/// `rest` with the value of every `password=` parameter (after a `?` or
/// `&`, any case) replaced by `***`.
fn mask_query_passwords(rest: &str) -> String {
    let Some(query_start) = rest.find('?') else {
        return rest.to_owned();
    };
    let (before, query) = rest.split_at(query_start + 1);
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.trim().eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{before}{}", pairs.join("&"))
}

/// The values of the `password=` parameters in `rest`.
fn query_passwords(rest: &str) -> Vec<&str> {
    let Some((_, query)) = rest.split_once('?') else {
        return Vec::new();
    };
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, value)| key.trim().eq_ignore_ascii_case("password") && !value.is_empty())
        .map(|(_, value)| value)
        .collect()
}

/// Splits what follows `scheme://` into its user part (`user[:password]`,
/// without the `@`) and the rest (host, path, query).
///
/// A password is often written unescaped, and may hold `/`, `?` or `@`
/// (a generated base64 password holds `/`): drivers read the user part up
/// to an `@`, past such characters. So the user part ends at the last `@`
/// before the first `?`; with none there (a password that holds `?`), at
/// the last `@` before the first `/` or `?` that follows the first `@`. A
/// user name holds no `/` or `?`: a part that would is no user part (an `@`
/// in the path or query). Where this reads too far, more than the password
/// is hidden, never less.
fn split_userinfo(rest: &str) -> (Option<&str>, &str) {
    let Some(first_at) = rest.find('@') else {
        return (None, rest);
    };
    let query = rest.find('?').unwrap_or(rest.len());
    let at = rest[..query].rfind('@').unwrap_or_else(|| {
        let path_start = rest[first_at..]
            .find(['/', '?'])
            .map_or(rest.len(), |i| first_at + i);
        rest[..path_start].rfind('@').unwrap_or(first_at)
    });
    let user = &rest[..at];
    let name = user.split_once(':').map_or(user, |(name, _)| name);
    if name.contains(['/', '?']) {
        return (None, rest);
    }
    (Some(user), &rest[at + 1..])
}

/// The password in `url`, if it has one, to scrub from a driver's error text.
pub(crate) fn password_of(url: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some((_, rest)) = url.split_once("://") else {
        return out;
    };
    for value in query_passwords(rest) {
        out.push(value.to_owned());
        out.push(decode_percent(value));
    }
    let masked = mask_query_passwords(rest);
    if let (Some(user), _) = split_userinfo(&masked)
        && let Some((_, password)) = user.split_once(':')
        && !password.is_empty()
    {
        out.push(password.to_owned());
        out.push(decode_percent(password));
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
            // An `@` in the query, and no user part: the query's password
            // is hidden all the same.
            (
                "postgres://h/db?user=svc@tenant&password=hunter2",
                "postgres://h/db?user=svc@tenant&password=***",
            ),
            // Ambiguous (a port, or a password holding `/` and `?`): more
            // than the password is hidden, never less.
            (
                "postgres://h:5432/db?user=a@b&password=hunter2",
                "postgres://h:***@b&password=***",
            ),
            // Two `@` and a `/` between them: all of it is the password.
            ("postgres://u:a@b/c@h/db", "postgres://u:***@h/db"),
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
            scrub(
                "bad login svc@tenant hunter2",
                "postgres://h/db?user=svc@tenant&password=hunter2"
            ),
            "bad login svc@tenant ***"
        );
        assert_eq!(
            scrub("login for s3cr@t failed", "postgres://app:s3cr%40t@h/db"),
            "login for *** failed"
        );
    }
}
