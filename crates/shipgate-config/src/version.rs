use std::fmt;
use std::str::FromStr;

/// A database server version such as `15`, `11.2` or `8.0.29`. Missing parts are 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DbVersion {
    /// Major version.
    pub major: u32,
    /// Minor version.
    pub minor: u32,
    /// Patch version.
    pub patch: u32,
}

impl DbVersion {
    /// A version from its parts.
    pub const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for DbVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl FromStr for DbVersion {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad =
            || format!("`{s}` is not a database version: write it as `15`, `11.2` or `8.0.29`");
        let mut parts = s.trim().split('.');
        let mut next = |required: bool| -> Result<u32, String> {
            match parts.next() {
                Some(p) => p.parse::<u32>().map_err(|_| bad()),
                None if required => Err(bad()),
                None => Ok(0),
            }
        };
        let version = Self::new(next(true)?, next(false)?, next(false)?);
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(version)
    }
}

#[cfg(test)]
mod tests {
    use super::DbVersion;

    #[test]
    fn parses_and_orders() {
        let a: DbVersion = "8.0.29".parse().unwrap();
        let b: DbVersion = "8.0".parse().unwrap();
        assert!(a > b);
        assert_eq!("15".parse::<DbVersion>().unwrap(), DbVersion::new(15, 0, 0));
        assert!("fifteen".parse::<DbVersion>().is_err());
        assert!("1.2.3.4".parse::<DbVersion>().is_err());
        assert!("".parse::<DbVersion>().is_err());
    }
}
