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
