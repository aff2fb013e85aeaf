declare_rule! {
    /// ## What it does
    /// Warns about a waiver that matches no finding of the run.
    ///
    /// ## Why is this bad?
    /// A stale waiver is either for a risk already fixed, and can go, or has a
    /// typo in its id or package, and waives nothing while looking as if it did.
    ///
    /// ## Example
    /// A waiver for `CVE-2021-0001` after the package was upgraded.
    ///
    /// Use instead:
    /// Remove the waiver, or fix its `id`, `package` or `path`.
    pub struct StaleWaiver {
        id: "stale-waiver",
        severity: Warning,
        summary: "a waiver matches nothing",
    }
}
