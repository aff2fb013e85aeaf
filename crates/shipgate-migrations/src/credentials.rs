//! Reaching a server: passwords from the environment, as the servers' own
//! clients take them, and MySQL errors worded for people. Passwords:
//! `PGPASSWORD` for PostgreSQL, `MYSQL_PWD` for MySQL and MariaDB. They are
//! used only when the URL carries no password, so a CI secret need not be
//! written into a URL (and into a job log that echoes it).

/// `PGPASSWORD`, when `config`'s URL gave no password.
pub(crate) fn postgres(config: &mut postgres::Config) {
    postgres_from(config, std::env::var_os("PGPASSWORD"));
}

fn postgres_from(config: &mut postgres::Config, password: Option<std::ffi::OsString>) {
    if config.get_password().is_none()
        && let Some(password) = password.filter(|p| !p.is_empty())
    {
        config.password(password.as_encoded_bytes());
    }
}

/// `MYSQL_PWD`, when `opts`' URL gave no password.
pub(crate) fn mysql(opts: mysql::Opts) -> mysql::Opts {
    mysql_from(opts, std::env::var("MYSQL_PWD").ok())
}

fn mysql_from(opts: mysql::Opts, password: Option<String>) -> mysql::Opts {
    match password.filter(|p| !p.is_empty()) {
        Some(password) if opts.get_pass().is_none() => mysql::OptsBuilder::from_opts(opts)
            .pass(Some(password))
            .into(),
        _ => opts,
    }
}

/// A MySQL or MariaDB error as its server or the driver words it, without
/// the driver's wrapping (`DriverError { ... }`): `Unknown database 'x'
/// (error 1049)`, `Could not connect to address ...`.
pub(crate) fn mysql_message(e: &mysql::Error) -> String {
    match e {
        mysql::Error::MySqlError(e) => format!("{} (error {})", e.message, e.code),
        mysql::Error::DriverError(e) => e.to_string(),
        mysql::Error::IoError(e) => e.to_string(),
        mysql::Error::UrlError(e) => e.to_string(),
        mysql::Error::CodecError(e) => e.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::{mysql_from, postgres_from};

    #[test]
    fn the_environment_gives_a_password_only_where_the_url_has_none() {
        let mut config = postgres::Config::from_str("postgres://app@db/ledger").unwrap();
        postgres_from(&mut config, Some("from-env".into()));
        assert_eq!(config.get_password(), Some(&b"from-env"[..]));
        let mut config = postgres::Config::from_str("postgres://app:in-url@db/ledger").unwrap();
        postgres_from(&mut config, Some("from-env".into()));
        assert_eq!(config.get_password(), Some(&b"in-url"[..]));
        let mut config = postgres::Config::from_str("postgres://app@db/ledger").unwrap();
        postgres_from(&mut config, Some("".into()));
        assert_eq!(config.get_password(), None);

        let opts = mysql::Opts::from_url("mysql://app@db/ledger").unwrap();
        assert_eq!(
            mysql_from(opts, Some("from-env".into())).get_pass(),
            Some("from-env")
        );
        let opts = mysql::Opts::from_url("mysql://app:in-url@db/ledger").unwrap();
        assert_eq!(
            mysql_from(opts, Some("from-env".into())).get_pass(),
            Some("in-url")
        );
        let opts = mysql::Opts::from_url("mysql://app@db/ledger").unwrap();
        assert_eq!(mysql_from(opts, None).get_pass(), None);
    }
}
