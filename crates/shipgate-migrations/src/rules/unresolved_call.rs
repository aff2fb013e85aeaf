use crate::changeset::ChangeSet;
use crate::frontend::ProblemKind;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Reports a call in a Laravel migration (`$this->addIndexes()`,
    /// `self::createLedger()`, `parent::up()`) to a method the migration class
    /// does not define, while one of its traits (`use IndexHelpers;`) or
    /// parent classes (`extends LedgerMigration`) could not be found in the
    /// repository. The message names the method, the trait or class shipgate
    /// expected it in, and where it looked: the file `composer.json`'s PSR-4
    /// prefixes point to, then every `*.php` file named after the class
    /// (outside `vendor/`). Traits and parents that are found are read like
    /// the class itself, and what their methods do is checked at the call.
    ///
    /// ## Why is this bad?
    /// The method may create tables, add indexes or drop columns, and the gate
    /// has not seen them: without this finding the migration would pass as if
    /// it did nothing.
    ///
    /// ## Example
    /// ```php
    /// use Vendor\Package\IndexHelpers; // not in this repository
    ///
    /// return new class extends Migration {
    ///     use IndexHelpers;
    ///     public function up(): void { $this->addLedgerIndexes(); }
    /// };
    /// ```
    ///
    /// Use instead:
    /// ```php
    /// // Keep the trait in the repository, under a `composer.json` PSR-4
    /// // prefix (`App\Support\Migrations\IndexHelpers` in
    /// // `app/Support/Migrations/IndexHelpers.php`), or write the schema
    /// // calls in the migration itself.
    /// ```
    pub struct UnresolvedCall {
        id: "unresolved-call",
        severity: Warning,
        summary: "Laravel migration calls a method of a trait or parent class that cannot be found",
    }
}
impl_change_set_rule!(UnresolvedCall, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        for problem in &file.ir.problems {
            if problem.kind == ProblemKind::UnresolvedCall {
                out.push(Found::in_file(
                    index,
                    problem.span.clone(),
                    problem.message.clone(),
                    "put the trait or parent class in the repository where `composer.json`'s `autoload.psr-4` places it, or review what the method does and add `shipgate:allow unresolved-call <reason>`",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel};
    use shipgate_config::Dialect;

    const ID: &str = "unresolved-call";

    #[test]
    fn a_call_into_a_trait_that_is_not_found_is_reported() {
        let php = "<?php\nuse Vendor\\Helpers\\IndexHelpers;\nreturn new class extends Migration {\n use IndexHelpers;\n public function up(): void { $this->addLedgerIndexes(); }\n};\n";
        let findings = laravel(php, Dialect::Postgres);
        assert_eq!(count(ID, &findings), 1, "{findings:?}");
        let found = findings.iter().find(|f| f.rule == ID).unwrap();
        assert!(
            found.message.contains("`addLedgerIndexes`")
                && found.message.contains("trait `Vendor\\Helpers\\IndexHelpers`"),
            "{}",
            found.message
        );
    }

    #[test]
    fn calls_to_own_methods_and_framework_parents_are_not_reported() {
        let php = "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nreturn new class extends Migration {\n public function up(): void { $this->helper(); $this->getConnection(); }\n private function helper(): void {}\n};\n";
        let findings = laravel(php, Dialect::Postgres);
        assert_eq!(count(ID, &findings), 0, "{findings:?}");
    }
}
