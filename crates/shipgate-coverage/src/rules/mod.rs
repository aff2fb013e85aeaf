//! The coverage gate's rules.

mod below_floor;
mod floor_met;
mod floor_unmatched;

pub use below_floor::CoverageBelowFloor;
pub use floor_met::CoverageFloorMet;
pub use floor_unmatched::CoverageFloorUnmatched;

/// Every rule of the gate, sorted by id.
pub fn all_rules() -> Vec<&'static shipgate_report::RuleMeta> {
    vec![
        &CoverageBelowFloor::META,
        &CoverageFloorMet::META,
        &CoverageFloorUnmatched::META,
    ]
}
