//! Helpers shared by the kit's tests (tests/kit*.rs).
#![allow(dead_code)]

use std::collections::BTreeSet;

use proptest::test_runner::Config;
use school_enterprise::{Report, RuleCode, Violation};

/// The catalogue codes a report raises.
pub fn codes(report: &Report) -> BTreeSet<RuleCode> {
    report.iter().filter_map(Violation::rule).collect()
}

/// A runner configuration of `n` cases, or of `PROPTEST_CASES` when it is set (so that
/// `PROPTEST_CASES=100000` runs every mutation that many times too).
pub fn cases(n: u32) -> Config {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n);
    Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    }
}
