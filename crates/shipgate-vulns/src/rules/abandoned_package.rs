declare_rule! {
    /// ## What it does
    /// Reports packages their maintainers abandoned (composer) or no longer
    /// maintain (RustSec). A warning by default; `abandoned = "fail"` fails the gate.
    ///
    /// ## Why is this bad?
    /// Nobody will fix the next vulnerability in an abandoned package.
    ///
    /// ## Example
    /// `swiftmailer/swiftmailer`: abandoned by its maintainers; use `symfony/mailer` instead.
    ///
    /// Use instead:
    /// Move to the suggested replacement, or to a maintained alternative.
    pub struct AbandonedPackage {
        id: "abandoned-package",
        severity: Warning,
        summary: "a dependency is abandoned or unmaintained",
    }
}
