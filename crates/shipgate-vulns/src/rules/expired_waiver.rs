declare_rule! {
    /// ## What it does
    /// Fails the gate when a waiver in `.shipgate/waivers.toml` has passed its
    /// `expires` date, naming the waiver. The finding it waived counts again.
    ///
    /// ## Why is this bad?
    /// An accepted risk is accepted for a time. When that time is over, the risk
    /// must be fixed or accepted again, by someone allowed to, on the record.
    ///
    /// ## Example
    /// ```toml
    /// [[waiver]]
    /// id = "CVE-2022-31090"
    /// reason = "not reachable"
    /// approved_by = "alice@example.com"
    /// expires = 2025-01-31
    /// ```
    ///
    /// Use instead:
    /// Upgrade the package, or renew the waiver with a new date and approval.
    pub struct ExpiredWaiver {
        id: "expired-waiver",
        severity: Error,
        summary: "a waiver has expired",
    }
}
