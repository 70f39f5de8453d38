//! Helpers shared by the kit's tests (tests/kit*.rs).
#![allow(dead_code)]

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use school_enterprise::testing::{Arrangement, Mutation};
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

/// Runs `code`'s mutation a dozen cases (or `PROPTEST_CASES`): the check raises exactly the
/// declared codes, and every violation path resolves in the serialized agreement.
pub fn raises_exactly_its_codes(
    code: RuleCode,
    strategy: Option<BoxedStrategy<Mutation<Arrangement>>>,
) {
    let strategy = strategy.unwrap_or_else(|| panic!("{code} is listed but has no mutation"));
    let mut runner = TestRunner::new(cases(12));
    runner
        .run(&strategy, |m| {
            let report = m.target.agreement.check(&m.target.registry, &m.policy);
            prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
            let root = serde_json::to_value(&m.target.agreement).unwrap();
            for v in &report {
                let pointer = v.path().to_json_pointer();
                prop_assert!(root.pointer(&pointer).is_some(), "{}", pointer);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{code}: {e}"));
}

/// A mutated arrangement raises something, the same report twice, and every violation path
/// resolves in the serialized agreement.
pub fn repeats_and_resolves(m: &Mutation<Arrangement>) -> Result<(), TestCaseError> {
    let report = m.target.agreement.check(&m.target.registry, &m.policy);
    prop_assert!(!report.is_empty());
    let again = m.target.agreement.check(&m.target.registry, &m.policy);
    prop_assert_eq!(&again, &report, "checking is deterministic");
    let root = serde_json::to_value(&m.target.agreement).unwrap();
    for v in &report {
        let pointer = v.path().to_json_pointer();
        prop_assert!(
            root.pointer(&pointer).is_some(),
            "{} does not resolve",
            pointer
        );
    }
    Ok(())
}

/// `listed` covers exactly the `count` codes of the family `area` (codes starting `area.`).
pub fn covers_family(listed: &[RuleCode], area: &str, count: usize) {
    let prefix = format!("{area}.");
    let family: BTreeSet<RuleCode> = school_enterprise::catalogue()
        .iter()
        .filter(|rule| rule.name.starts_with(&prefix))
        .map(|rule| rule.code)
        .collect();
    assert_eq!(family.len(), count, "the {area} family");
    let listed: BTreeSet<RuleCode> = listed.iter().copied().collect();
    assert_eq!(
        listed, family,
        "the {area} mutations cover the family and nothing else"
    );
}
