//! The interaction mode tested with the property-testing kit (feature `proptest`): generated valid
//! arrangements pass with no violation (under cn, and with the rules that cn switches off switched
//! on), every single-fault mutation raises exactly its declared codes, the generated models
//! round-trip through JSON, every violation path of a mutated arrangement resolves in the
//! serialized agreement, and checking is deterministic.
#![cfg(feature = "proptest")]

mod kit_support;

use kit_support::{covers_family, raises_exactly_its_codes, repeats_and_resolves};
use proptest::prelude::*;
use school_enterprise::interaction::Interaction;
use school_enterprise::testing::*;
use school_enterprise::*;

fn small() -> Sizes {
    Sizes {
        students: 4,
        placements_per_student: 2,
    }
}

fn model(agreement: &CooperationAgreement) -> &Interaction {
    match &agreement.mode {
        Mode::Interaction(model) => model,
        other => panic!("not an interaction: {other:?}"),
    }
}

proptest! {
    #[test]
    fn generated_arrangements_pass_with_no_violation(a in valid_interaction(Sizes::default())) {
        let model = model(&a.agreement);
        let plan = model.plan.as_ref().expect("a teaching plan");
        prop_assert!(!plan.courses.is_empty());
        prop_assert!(plan.approvals.school.is_some() && plan.approvals.enterprise.is_some());
        prop_assert!(!model.professionals.is_empty());
        for id in &model.professionals {
            let employer = a.registry.instructor(*id).map(|i| i.employer);
            prop_assert_eq!(employer, Some(Employer::Enterprise(a.agreement.enterprise)));
        }
        let report = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_arrangements_pass_with_the_switched_off_rules_on(
        a in valid_interaction(small())
    ) {
        let mut policy = Policy::cn();
        policy.min_enterprise_teaching_share = Some(Share::percent(30).unwrap());
        policy.min_industry_experience_years = Some(3);
        let report = a.agreement.check(&a.registry, &policy);
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn generated_models_round_trip_through_json(a in valid_interaction(small())) {
        let json = serde_json::to_string(model(&a.agreement)).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Interaction>(&json).unwrap(), model(&a.agreement));
        let json = serde_json::to_string(&a.agreement).unwrap();
        prop_assert_eq!(serde_json::from_str::<CooperationAgreement>(&json).unwrap(), a.agreement);
        let json = serde_json::to_string(&a.registry).unwrap();
        prop_assert_eq!(serde_json::from_str::<Registry>(&json).unwrap(), a.registry);
    }

    #[test]
    fn mutated_paths_resolve_and_checks_repeat(m in interaction_mutations(small())) {
        repeats_and_resolves(&m)?;
    }
}

/// Every interaction mutation, a dozen cases each: the check raises exactly the declared codes,
/// and every path resolves in the serialized agreement.
#[test]
fn every_interaction_mutation_raises_exactly_its_codes() {
    for code in INTERACTION_MUTATIONS {
        raises_exactly_its_codes(*code, interaction_mutation(*code, small()));
    }
}

#[test]
fn every_interaction_code_has_a_mutation() {
    covers_family(INTERACTION_MUTATIONS, "interaction", 9);
    assert!(interaction_mutation(RuleCode::IntroducedSiteArea, small()).is_none());
}
