declare_rule! {
    /// ## What it does
    /// Fails when a configured floor's path matches no file in the coverage
    /// report.
    ///
    /// ## Why is this bad?
    /// A floor on a path the report does not contain checks nothing: a typo,
    /// a moved folder, or a report that did not cover the module would
    /// otherwise pass the gate silently.
    ///
    /// ## Example
    /// ```toml
    /// [[coverage.floors]]
    /// path = "app/Service/Payment"   # the folder is app/Services/Payment
    /// lines = 90
    /// ```
    ///
    /// Use instead:
    /// ```toml
    /// [[coverage.floors]]
    /// path = "app/Services/Payment"
    /// lines = 90
    /// ```
    pub struct CoverageFloorUnmatched {
        id: "coverage-floor-unmatched",
        severity: Error,
        summary: "a coverage floor matches no file in the report",
    }
}
