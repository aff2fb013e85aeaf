declare_rule! {
    /// ## What it does
    /// Fails when the line or branch coverage of a configured path (or of the
    /// whole report) is below its floor in `[coverage]`, and lists the
    /// lowest-covered files.
    ///
    /// ## Why is this bad?
    /// Payment, commission and withdrawal code is where an untested branch
    /// moves money wrongly. A floor per path keeps the critical modules tested
    /// even when the overall figure looks healthy.
    ///
    /// ## Example
    /// ```toml
    /// [[coverage.floors]]
    /// path = "app/Services/Payment"
    /// lines = 90
    /// ```
    /// with `app/Services/Payment` at 72% line coverage.
    ///
    /// Use instead:
    /// Add tests for the lowest-covered files the finding names until the path
    /// meets its floor.
    pub struct CoverageBelowFloor {
        id: "coverage-below-floor",
        severity: Error,
        summary: "coverage of a path is below its floor",
    }
}
