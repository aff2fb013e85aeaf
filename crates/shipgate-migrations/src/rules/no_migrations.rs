use crate::changeset::ChangeSet;
use crate::rules::{Found, Target};

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
