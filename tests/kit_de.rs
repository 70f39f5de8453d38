//! The kit with the profile as a parameter: arrangements drawn for de pass under de, every de
//! mutation raises exactly its code, and a second profile breaks nothing it does not change:
//! every valid arrangement the kit draws under cn, checked under de, raises only codes whose rule
//! or parameters the de table switches on or changes.
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

/// The codes whose rule, parameter or switch the de table of RULES.md changes from cn, each with
/// the row that changes it. A cn-valid arrangement checked under de may raise these and no other.
const DE_CHANGES: &[(&str, &str)] = &[
    (
        "worktime.minor_daily_hours",
        "minor_max_daily_work_hours: 8",
    ),
    (
        "worktime.minor_weekly_hours",
        "minor_max_weekly_work_hours: 40",
    ),
    ("worktime.minor_days_per_week", "minor_max_days_per_week: 5"),
    ("worktime.daily_rest", "min_daily_rest_hours: 11 / 12"),
    ("worktime.breaks", "min_breaks"),
    ("worktime.school_day", "school_day_credit_hours: 8"),
    (
        "worktime.minor_night_work",
        "minor_night_window: 20:00–06:00",
    ),
    ("placement.training_allowance", "min_training_allowance"),
    ("record.minor_daily_hours", "minor_max_daily_work_hours: 8"),
    (
        "record.minor_weekly_hours",
        "minor_max_weekly_work_hours: 40",
    ),
    ("record.minor_days_per_week", "minor_max_days_per_week: 5"),
    ("record.minor_night_work", "minor_night_window: 20:00–06:00"),
    ("record.daily_rest", "min_daily_rest_hours: 11 / 12"),
    ("record.breaks", "min_breaks"),
    (
        "record.paid_on_time",
        "pay_due: the month's last working day",
    ),
    ("record.paid_in_full", "pay_month_days: 30"),
];

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn arrangements_drawn_for_de_pass_under_de(a in valid_agreement_in(Profile::De, Sizes::default())) {
        let report = a.agreement.check(&a.registry, &Profile::De.policy());
        prop_assert!(report.is_empty(), "{}", report);
    }

    #[test]
    fn arrangements_drawn_for_cn_are_valid_agreement(a in valid_agreement_in(Profile::Cn, small())) {
        let report = a.agreement.check(&a.registry, &Profile::Cn.policy());
        prop_assert!(report.is_empty(), "{}", report);
    }

    /// No rule breaks because a second profile exists.
    #[test]
    fn cn_arrangements_under_de_raise_only_what_de_changes(a in valid_agreement(Sizes::default())) {
        let changed: BTreeSet<&str> = DE_CHANGES.iter().map(|(code, _)| *code).collect();
        let report = a.agreement.check(&a.registry, &Policy::de());
        for v in report.iter() {
            let code = v.code().to_string();
            prop_assert!(changed.contains(code.as_str()), "{} is not changed by de:\n{}", code, report);
        }
    }
}

/// Every de mutation, a few cases each: the check raises exactly the declared code.
#[test]
fn every_de_mutation_raises_exactly_its_code() {
    for code in DE_MUTATIONS {
        let strategy = de_mutation(*code, small()).expect("listed codes have a mutation");
        let mut runner = TestRunner::new(cases(12));
        runner
            .run(&strategy, |m| {
                let report = m.target.agreement.check(&m.target.registry, &m.policy);
                prop_assert_eq!(codes(&report), m.codes.clone(), "{}", report);
                // Under cn the same arrangement raises none of the seven codes.
                let cn = m.target.agreement.check(&m.target.registry, &Policy::cn());
                prop_assert!(
                    cn.iter().all(|v| v.rule() != Some(*code)),
                    "{} under cn:\n{}",
                    code,
                    cn
                );
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

#[test]
fn the_de_mutations_are_the_seven_codes_de_switches_on() {
    let names: Vec<&str> = DE_MUTATIONS.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "worktime.minor_daily_hours",
            "worktime.minor_weekly_hours",
            "worktime.minor_days_per_week",
            "worktime.daily_rest",
            "worktime.breaks",
            "worktime.school_day",
            "placement.training_allowance",
        ]
    );
    let de = Policy::de();
    let cn = Policy::cn();
    for code in DE_MUTATIONS {
        assert!(de.is_on(*code) && cn.is_on(*code), "{code}");
    }
}
