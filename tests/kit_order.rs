//! The property-testing kit for the order-based mode (feature `proptest`): generated order
//! classes pass with no violation and round-trip through JSON, every `order.*` mutation raises
//! exactly its declared codes, and every path of a mutated class resolves in the agreement's JSON.
#![cfg(feature = "proptest")]

mod kit_support;

use std::collections::BTreeSet;

use kit_support::{cases, codes, covers_family, raises_exactly_its_codes};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use school_enterprise::order::{OrderClass, Synchronization};
use school_enterprise::testing::*;
use school_enterprise::*;

fn small() -> Sizes {
    Sizes {
        students: 4,
        placements_per_student: 2,
    }
}

fn class(agreement: &CooperationAgreement) -> Option<&OrderClass> {
    match &agreement.mode {
        Mode::OrderBased(class) => Some(class),
        _ => None,
    }
}

proptest! {
    #[test]
    fn generated_order_classes_pass_with_no_violation(a in valid_order(Sizes::default())) {
        prop_assert!(class(&a.agreement).is_some(), "an order-based agreement");
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_order_classes_are_synchronized(a in valid_order(Sizes::default())) {
        // The views agree with the rules: every student holds a job, everything is traced, and
        // every handover is 1 to 31 days.
        let sync = Synchronization::of(&a.agreement, &a.registry).unwrap();
        let balance = sync.balance();
        prop_assert_eq!(balance.difference(), 0);
        prop_assert_eq!(balance.uncommitted(), 0);
        prop_assert!(sync.traceability().is_complete());
        for handover in sync.handovers() {
            if let Some(gap) = handover.gap_days {
                prop_assert!((0..31).contains(&gap), "{:?}", handover);
            }
        }
    }

    #[test]
    fn generated_order_models_round_trip_through_json(a in valid_order(small())) {
        let json = serde_json::to_string(&a.agreement).unwrap();
        prop_assert_eq!(&serde_json::from_str::<CooperationAgreement>(&json).unwrap(), &a.agreement);
        let class = class(&a.agreement).unwrap();
        let json = serde_json::to_string(class).unwrap();
        prop_assert_eq!(&serde_json::from_str::<OrderClass>(&json).unwrap(), class);
        let json = serde_json::to_string(&a.registry).unwrap();
        prop_assert_eq!(serde_json::from_str::<Registry>(&json).unwrap(), a.registry);
    }

    #[test]
    fn mutated_order_paths_resolve_and_reports_repeat(m in order_mutations(small())) {
        let report = m.target.agreement.check(&m.target.registry, &m.policy);
        let again = m.target.agreement.check(&m.target.registry, &m.policy);
        prop_assert_eq!(&again, &report, "checking is deterministic");
        prop_assert!(!report.is_empty());
        let root = serde_json::to_value(&m.target.agreement).unwrap();
        for v in &report {
            let pointer = v.path().to_json_pointer();
            prop_assert!(root.pointer(&pointer).is_some(), "{} does not resolve", pointer);
        }
        let json = serde_json::to_string(&m.target.agreement).unwrap();
        prop_assert_eq!(
            serde_json::from_str::<CooperationAgreement>(&json).unwrap(),
            m.target.agreement
        );
    }
}

/// Every order mutation, a dozen cases each: the check raises exactly the declared codes.
#[test]
fn every_order_mutation_raises_exactly_its_codes() {
    for code in ORDER_MUTATIONS {
        raises_exactly_its_codes(*code, order_mutation(*code, small()));
    }
}

/// The larger sizes too, fewer cases: one student, or many with several internships each.
#[test]
fn order_mutations_hold_at_other_sizes() {
    let sizes = [
        Sizes {
            students: 1,
            placements_per_student: 1,
        },
        Sizes {
            students: 12,
            placements_per_student: 4,
        },
    ];
    for sizes in sizes {
        for code in ORDER_MUTATIONS {
            let strategy = order_mutation(*code, sizes).expect("listed codes have a mutation");
            let mut runner = TestRunner::new(cases(4));
            runner
                .run(&strategy, |m| {
                    let report = m.target.agreement.check(&m.target.registry, &m.policy);
                    prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{code} at {sizes:?}: {e}"));
        }
    }
}

#[test]
fn every_order_code_has_a_mutation() {
    covers_family(ORDER_MUTATIONS, "order", 14);
    assert_eq!(
        BTreeSet::from_iter(ORDER_MUTATIONS.iter().copied()).len(),
        ORDER_MUTATIONS.len(),
        "no code listed twice"
    );
}
