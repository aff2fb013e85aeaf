declare_rule! {
    /// ## What it does
    /// Reports, as a note, each floor that is met, with the measured value and
    /// the lowest-covered files, so the evidence shows every floor checked.
    ///
    /// ## Why is this bad?
    /// It is not: it records that the floor was met, and by how much.
    ///
    /// ## Example
    /// `app/Services/Payment: lines 93.1% (270/290) meets the floor of 90%`.
    ///
    /// Use instead:
    /// Nothing to change.
    pub struct CoverageFloorMet {
        id: "coverage-floor-met",
        severity: Info,
        summary: "a coverage floor is met",
    }
}
