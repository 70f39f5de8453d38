//! The introduced-enterprise mode tested with the property-testing kit (feature `proptest`):
//! generated valid arrangements pass with no violation, every single-fault mutation raises exactly
//! its declared codes, the generated models round-trip through JSON, every violation path of a
//! mutated arrangement resolves in the serialized agreement, and checking is deterministic.
#![cfg(feature = "proptest")]

mod kit_support;

use kit_support::{covers_family, raises_exactly_its_codes, repeats_and_resolves};
use proptest::prelude::*;
use school_enterprise::introduced::IntroducedEnterprise;
use school_enterprise::testing::*;
use school_enterprise::*;

fn small() -> Sizes {
    Sizes {
        students: 4,
        placements_per_student: 2,
    }
}

fn model(agreement: &CooperationAgreement) -> &IntroducedEnterprise {
    match &agreement.mode {
        Mode::IntroducedEnterprise(model) => model,
        other => panic!("not an introduced enterprise: {other:?}"),
    }
}

proptest! {
    #[test]
    fn generated_arrangements_pass_with_no_violation(a in valid_introduced(Sizes::default())) {
        let model = model(&a.agreement);
        prop_assert!(!model.lines.is_empty());
        prop_assert!(!model.sessions.is_empty());
        prop_assert!(a.agreement.placements.iter().any(|p| p.kind.is_work()));
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_models_round_trip_through_json(a in valid_introduced(small())) {
        let json = serde_json::to_string(model(&a.agreement)).unwrap();
        prop_assert_eq!(
            &serde_json::from_str::<IntroducedEnterprise>(&json).unwrap(),
            model(&a.agreement)
        );
        let json = serde_json::to_string(&a.agreement).unwrap();
        prop_assert_eq!(serde_json::from_str::<CooperationAgreement>(&json).unwrap(), a.agreement);
        let json = serde_json::to_string(&a.registry).unwrap();
        prop_assert_eq!(serde_json::from_str::<Registry>(&json).unwrap(), a.registry);
    }

    #[test]
    fn mutated_paths_resolve_and_checks_repeat(m in introduced_mutations(small())) {
        repeats_and_resolves(&m)?;
    }
}

/// Every introduced-enterprise mutation, a dozen cases each: the check raises exactly the declared
/// codes, and every path resolves in the serialized agreement.
#[test]
fn every_introduced_mutation_raises_exactly_its_codes() {
    for code in INTRODUCED_MUTATIONS {
        raises_exactly_its_codes(*code, introduced_mutation(*code, small()));
    }
}

#[test]
fn every_introduced_code_has_a_mutation() {
    covers_family(INTRODUCED_MUTATIONS, "introduced", 10);
    assert!(introduced_mutation(RuleCode::InteractionBaseCapacity, small()).is_none());
}
