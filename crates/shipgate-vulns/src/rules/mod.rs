//! The dependency and container gates' rules.

mod abandoned_package;
mod expired_waiver;
mod stale_waiver;
mod vulnerability;

pub use abandoned_package::AbandonedPackage;
pub use expired_waiver::ExpiredWaiver;
pub use stale_waiver::StaleWaiver;
pub use vulnerability::Vulnerability;

/// Every rule of the gates, sorted by id.
pub fn all_rules() -> Vec<&'static shipgate_report::RuleMeta> {
    vec![
        &AbandonedPackage::META,
        &ExpiredWaiver::META,
        &StaleWaiver::META,
        &Vulnerability::META,
    ]
}
