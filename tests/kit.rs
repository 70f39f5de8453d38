//! The crate tested with its own property-testing kit (feature `proptest`): generated valid
//! arrangements pass, every single-fault mutation raises exactly its declared codes, serialization
//! is the identity, every path resolves in the serialized root, and checking is deterministic.
#![cfg(feature = "proptest")]

mod kit_support;

use std::collections::BTreeSet;

use kit_support::{cases, codes};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use school_enterprise::testing::*;
use school_enterprise::*;

fn small() -> Sizes {
    Sizes {
        students: 4,
        placements_per_student: 2,
    }
}

proptest! {
    #[test]
    fn generated_agreements_pass_with_no_violation(a in valid_agreement(Sizes::default())) {
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_portfolios_pass_with_no_violation(p in valid_portfolio(3, small())) {
        let report = p.check(&Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn portfolios_round_trip_through_json(p in valid_portfolio(2, small())) {
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(serde_json::from_str::<Portfolio>(&json).unwrap(), p);
    }

    #[test]
    fn mutated_reports_round_trip_resolve_and_repeat(m in portfolio_mutations(2, small())) {
        let report = m.target.check(&m.policy);
        let again = m.target.check(&m.policy);
        prop_assert_eq!(&again, &report, "checking is deterministic");
        let json = serde_json::to_string(&report).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Report>(&json).unwrap(), &report);
        let root = serde_json::to_value(&m.target).unwrap();
        for v in &report {
            let pointer = v.path().to_json_pointer();
            prop_assert!(root.pointer(&pointer).is_some(), "{} does not resolve", pointer);
        }
        let policy_json = serde_json::to_string(&m.policy).unwrap();
        prop_assert_eq!(serde_json::from_str::<Policy>(&policy_json).unwrap(), m.policy);
    }

    #[test]
    fn arbitrary_json_never_panics(value in arbitrary_json()) {
        if let Ok(portfolio) = serde_json::from_value::<Portfolio>(value.clone()) {
            let _ = portfolio.check(&Policy::cn());
        }
        let _ = serde_json::from_value::<Policy>(value.clone());
        // Revision 2's new shapes: modes (internship), split settings, staged resource uses.
        let _ = serde_json::from_value::<Mode>(value.clone());
        let _ = serde_json::from_value::<school_enterprise::alternation::Setting>(value.clone());
        let _ = serde_json::from_value::<school_enterprise::interaction::ResourceUse>(value.clone());
        let _ = serde_json::from_value::<Report>(value);
    }
}

/// Small JSON values, with the field names of the model now and then, so that some come close
/// to deserializing.
fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        prop_oneof![
            Just("2026-03-01".to_owned()),
            Just("00000000-0000-0000-0000-000000000001".to_owned()),
            Just("08:00".to_owned()),
            Just("80%".to_owned()),
            Just("CNY".to_owned()),
            Just("internship".to_owned()),
            Just("enterprise".to_owned()),
            "\\PC{0,12}",
        ]
        .prop_map(serde_json::Value::from),
    ];
    let key = prop_oneof![
        Just("registry".to_owned()),
        Just("agreements".to_owned()),
        Just("schools".to_owned()),
        Just("first".to_owned()),
        Just("last".to_owned()),
        Just("kind".to_owned()),
        Just("host".to_owned()),
        Just("other_hosts".to_owned()),
        Just("resource".to_owned()),
        Just("needed_on".to_owned()),
        "[a-z_]{1,10}",
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every agreement mutation, a few cases each: the check raises exactly the declared codes.
#[test]
fn every_agreement_mutation_raises_exactly_its_codes() {
    for code in AGREEMENT_MUTATIONS {
        let strategy = agreement_mutation(*code, small()).expect("listed codes have a mutation");
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

/// Every portfolio mutation, a few cases each: the check raises exactly the declared codes.
#[test]
fn every_portfolio_mutation_raises_exactly_its_codes() {
    for code in AGREEMENT_MUTATIONS.iter().chain(PORTFOLIO_MUTATIONS) {
        let strategy = portfolio_mutation(*code, 3, small()).expect("listed codes have a mutation");
        let mut runner = TestRunner::new(cases(8));
        runner
            .run(&strategy, |m| {
                let report = m.target.check(&m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

#[test]
fn every_code_of_the_catalogue_has_a_mutation() {
    let covered: BTreeSet<RuleCode> = AGREEMENT_MUTATIONS
        .iter()
        .chain(PORTFOLIO_MUTATIONS)
        .chain(INTRODUCED_MUTATIONS)
        .chain(ALTERNATION_MUTATIONS)
        .chain(INTERACTION_MUTATIONS)
        .chain(ORDER_MUTATIONS)
        .chain(DE_MUTATIONS)
        .copied()
        .collect();
    let missing: Vec<&str> = catalogue()
        .iter()
        .filter(|rule| !covered.contains(&rule.code))
        .map(|rule| rule.name)
        .collect();
    assert!(missing.is_empty(), "codes without a mutation: {missing:?}");
}

/// Generated work placements carry records (not all of them), consistent with their plans: some
/// judge every month's pay, some stop inside the placement.
#[test]
fn generated_work_placements_carry_records() {
    let mut runner = TestRunner::new(cases(32));
    let (mut with, mut without, mut paid_months) = (0usize, 0usize, 0usize);
    for _ in 0..32 {
        let a = valid_agreement(Sizes::default())
            .new_tree(&mut runner)
            .unwrap()
            .current();
        for p in a.agreement.placements.iter().filter(|p| p.kind.is_work()) {
            match &p.record {
                Some(record) => {
                    with += 1;
                    assert!(record.shifts.iter().all(|s| p.dates.contains(s.date())));
                    paid_months += record.payments.len();
                }
                None => without += 1,
            }
        }
    }
    assert!(with > 0 && without > 0, "{with} with, {without} without");
    assert!(paid_months > 0);
}
