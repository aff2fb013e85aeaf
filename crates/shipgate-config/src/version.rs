use std::fmt;
use std::str::FromStr;

/// A database server version such as `15`, `11.2` or `8.0.29`.
///
/// A part left out means the latest release of that line: `8.0` is the last
/// 8.0 patch, and so is newer than `8.0.29`; `15` is the latest 15.x. Such a
/// part is stored as [`DbVersion::LATEST`] and left out again when shown.
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
    /// A minor or patch number left out: the latest of its line.
    pub const LATEST: u32 = u32::MAX;

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
        write!(f, "{}", self.major)?;
        if self.minor == Self::LATEST {
            return Ok(());
        }
        write!(f, ".{}", self.minor)?;
        if self.patch == Self::LATEST {
            return Ok(());
        }
        write!(f, ".{}", self.patch)
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
                Some(p) => p
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n != DbVersion::LATEST)
                    .ok_or_else(bad),
                None if required => Err(bad()),
                None => Ok(DbVersion::LATEST),
            }
        };
        let major = next(true)?;
        let minor = next(false)?;
        let patch = if minor == Self::LATEST {
            Self::LATEST
        } else {
            next(false)?
        };
        let version = Self::new(major, minor, patch);
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
        let b: DbVersion = "8.0.28".parse().unwrap();
        assert!(a > b);
        // No patch: the latest patch of 8.0, newer than any written one, older than 8.4.
        let latest: DbVersion = "8.0".parse().unwrap();
        assert!(latest > a);
        assert!(latest < "8.4.0".parse().unwrap());
        assert_eq!(latest.to_string(), "8.0");
        assert_eq!(a.to_string(), "8.0.29");
        let pg: DbVersion = "15".parse().unwrap();
        assert!(pg > DbVersion::new(15, 9, 0));
        assert_eq!(pg.to_string(), "15");
        assert!("4294967295".parse::<DbVersion>().is_err());
        assert!("8.".parse::<DbVersion>().is_err());
        assert!("fifteen".parse::<DbVersion>().is_err());
        assert!("1.2.3.4".parse::<DbVersion>().is_err());
        assert!("".parse::<DbVersion>().is_err());
    }
}
