use crate::changeset::ChangeSet;
use crate::rules::api::{Found, Target};

declare_rule! {
    /// ## What it does
    /// Reports a search for migrations that found none: a folder given on the
    /// command line that holds no migration, or a configuration whose folders
    /// (configured or default) hold none at all.
    ///
    /// ## Why is this bad?
    /// "0 files checked" is not a pass. A typo in a folder name, or a
    /// repository whose migrations moved, would otherwise pass the gate while
    /// checking nothing.
    ///
    /// ## Example
    /// ```sh
    /// shipgate migrations check database/migration   # the folder is `migrations`
    /// ```
    ///
    /// Use instead:
    /// ```sh
    /// shipgate migrations check database/migrations
    /// # or, for a repository without migrations, in shipgate.toml:
    /// # [migrations]
    /// # enabled = false
    /// ```
    pub struct NoMigrations {
        id: "no-migrations",
        severity: Error,
        summary: "no migration found where the gate looked",
    }
}
impl_change_set_rule!(NoMigrations, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for nothing in set.nothing_found {
        out.push(Found {
            target: Target::Path(nothing.path.clone()),
            message: format!("no migration found in {}", nothing.searched),
            help: nothing.help.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use shipgate_config::MigrationsConfig;

    use crate::{Discovery, NothingFound, Settings, check_discovery};

    const ID: &str = "no-migrations";

    fn nothing(path: &str) -> NothingFound {
        NothingFound {
            path: path.into(),
            searched: format!("`{path}`"),
            help: "check the folder name".into(),
        }
    }

    fn settings(config: &MigrationsConfig) -> Settings {
        Settings::new(config, None, None).unwrap()
    }

    #[test]
    fn a_place_that_held_nothing_fails_at_its_path() {
        let discovery = Discovery {
            files: Vec::new(),
            nothing_found: vec![nothing("db/migration")],
        };
        let report = check_discovery(&discovery, &settings(&MigrationsConfig::default()));
        assert_eq!(report.findings.len(), 1);
        let finding = &report.findings[0];
        assert_eq!(finding.rule, ID);
        assert_eq!(finding.severity, shipgate_report::Severity::Error);
        assert_eq!(finding.message, "no migration found in `db/migration`");
        assert_eq!(finding.help, "check the folder name");
        assert_eq!(
            (finding.location.path.as_str(), finding.location.line, finding.location.column),
            ("db/migration", 1, 1)
        );
        assert!(!finding.fingerprint.is_empty());
        assert_eq!(report.outcome(), shipgate_report::Outcome::Fail);
    }

    #[test]
    fn nothing_to_report_when_every_place_held_migrations_or_the_rule_is_off() {
        let empty = Discovery::default();
        let report = check_discovery(&empty, &settings(&MigrationsConfig::default()));
        assert!(report.findings.iter().all(|f| f.rule != ID));

        let discovery = Discovery {
            files: Vec::new(),
            nothing_found: vec![nothing("db")],
        };
        let config: MigrationsConfig =
            toml::from_str("[rules]\n\"no-migrations\" = \"off\"\n").unwrap();
        let report = check_discovery(&discovery, &settings(&config));
        assert!(report.findings.is_empty(), "{:?}", report.findings);
    }
}
