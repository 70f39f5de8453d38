//! The property kit's schedules (feature `proptest`): generated arrangements follow rotas and carry
//! dated changes, for placements (a rotation's work placements too) and for employments; about
//! half the generated agreements are internship agreements; an arrangement generated with an official
//! calendar passes under it; schedules, extra shifts and calendars round-trip through JSON, and
//! checking any of them never panics.

#![cfg(feature = "proptest")]

mod kit_support;

use chrono::{Datelike, NaiveDate, Weekday};
use kit_support::{cases, codes};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use school_enterprise::alternation::{Alternation, Employment};
use school_enterprise::testing::values::{date, official_calendar};
use school_enterprise::testing::*;
use school_enterprise::*;

/// What a drawn arrangement's schedules show.
#[derive(Debug, Default)]
struct Shapes {
    rotas: usize,
    weeks: std::collections::BTreeSet<usize>,
    days_off: usize,
    extra_shifts: usize,
}

impl Shapes {
    fn add(&mut self, schedule: &Schedule, days_off: &[NaiveDate], extras: &[ExtraShift]) {
        if schedule.is_rota() {
            self.rotas += 1;
            self.weeks.insert(schedule.weeks().len());
        }
        self.days_off += days_off.len();
        self.extra_shifts += extras.len();
    }
}

/// The shapes of `n` draws of `strategy`, from proptest's deterministic runner.
fn shapes_of<T: std::fmt::Debug>(
    strategy: impl Strategy<Value = T>,
    n: usize,
    add: impl Fn(&T, &mut Shapes),
) -> Shapes {
    let mut runner = TestRunner::deterministic();
    let mut shapes = Shapes::default();
    for _ in 0..n {
        let value = strategy.new_tree(&mut runner).unwrap().current();
        add(&value, &mut shapes);
    }
    shapes
}

#[test]
fn generated_placements_follow_rotas_of_two_and_three_weeks_with_dated_changes() {
    let shapes = shapes_of(valid_agreement(Sizes::default()), 32, |a, shapes| {
        for p in &a.agreement.placements {
            shapes.add(&p.schedule, &p.days_off, &p.extra_shifts);
        }
    });
    assert!(shapes.rotas > 0, "{shapes:?}");
    assert_eq!(shapes.weeks, [2, 3].into(), "rotas of two and three weeks");
    assert!(shapes.days_off > 0 && shapes.extra_shifts > 0, "{shapes:?}");
}

#[test]
fn generated_employments_follow_rotas_with_dated_changes() {
    let shapes = shapes_of(valid_employed_study(Sizes::default()), 32, |a, shapes| {
        if let Mode::Alternation(Alternation::EmployedStudy(model)) = &a.agreement.mode {
            for job in &model.employments {
                shapes.add(&job.schedule, &job.days_off, &job.extra_shifts);
            }
        }
    });
    assert!(shapes.rotas > 0, "{shapes:?}");
    assert!(shapes.days_off > 0 && shapes.extra_shifts > 0, "{shapes:?}");
}

#[test]
fn generated_rotations_work_placements_follow_rotas_with_dated_changes() {
    let shapes = shapes_of(valid_rotation(Sizes::default()), 32, |a, shapes| {
        for p in &a.agreement.placements {
            shapes.add(&p.schedule, &p.days_off, &p.extra_shifts);
        }
    });
    assert!(shapes.rotas > 0, "{shapes:?}");
    assert_eq!(shapes.weeks, [2, 3].into(), "rotas of two and three weeks");
    assert!(shapes.days_off > 0 && shapes.extra_shifts > 0, "{shapes:?}");
}

#[test]
fn generated_agreements_include_internship_agreements() {
    let mut runner = TestRunner::deterministic();
    let strategy = valid_agreement(Sizes::default());
    let (mut internship, mut other) = (0, 0);
    for _ in 0..32 {
        let a = strategy.new_tree(&mut runner).unwrap().current();
        match a.agreement.mode {
            Mode::Internship => internship += 1,
            _ => other += 1,
        }
    }
    assert!(
        internship > 0 && other > 0,
        "{internship} internship, {other} other"
    );
}

proptest! {
    #[test]
    fn generated_agreements_pass_under_their_official_calendar(
        (a, policy) in valid_agreement_with_calendar(Sizes::default())
    ) {
        prop_assert!(!policy.public_holidays.is_empty());
        prop_assert!(!policy.make_up_working_days.is_empty());
        let report = a.agreement.check(&a.registry, &policy);
        prop_assert!(report.is_empty(), "{}", report);
        // The make-up day is a Sunday worked by an extra shift; without the calendar that shift
        // is rest-day work.
        let sunday = *policy.make_up_working_days.iter().next().unwrap();
        prop_assert_eq!(sunday.weekday(), Weekday::Sun);
        let worked = a.agreement.placements.iter().any(|p| {
            p.extra_shifts.iter().any(|e| e.date() == sunday)
        });
        prop_assert!(worked);
        let plain = a.agreement.check(&a.registry, &Policy::cn());
        prop_assert!(codes(&plain).contains(&RuleCode::PlacementRestDayWork), "{}", plain);
        // The holiday is a day off of every placement that holds it.
        let holiday = *policy.public_holidays.iter().next().unwrap();
        for p in a.agreement.placements.iter().filter(|p| p.dates.contains(holiday)) {
            prop_assert!(p.days_off.contains(&holiday));
        }
    }

    #[test]
    fn schedules_extra_shifts_and_calendars_round_trip_through_json(
        schedule in any::<Schedule>(),
        extra in any::<ExtraShift>(),
        (holidays, make_up) in official_calendar(
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 365, 12, 6),
    ) {
        let json = serde_json::to_string(&schedule).unwrap();
        prop_assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), schedule.clone());
        // A rota writes `anchor` and `weeks`; one pattern without an anchor, revision 1's form.
        prop_assert_eq!(json.starts_with(r#"{"anchor""#), schedule.is_rota());
        let json = serde_json::to_string(&extra).unwrap();
        prop_assert_eq!(serde_json::from_str::<ExtraShift>(&json).unwrap(), extra);
        let policy = Policy::cn().with_official_calendar(holidays, make_up).unwrap();
        let json = serde_json::to_string(&policy).unwrap();
        prop_assert_eq!(serde_json::from_str::<Policy>(&json).unwrap(), policy);
    }

    #[test]
    fn checking_any_schedule_and_dated_changes_never_panics(
        schedule in any::<Schedule>(),
        days_off in prop::collection::vec(date(), 0..4),
        extras in prop::collection::vec(any::<ExtraShift>(), 0..4),
        range in any::<DateRange>(),
        (holidays, make_up) in official_calendar(
            NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(), 300 * 365, 8, 4),
    ) {
        let policy = Policy::cn().with_official_calendar(holidays, make_up).unwrap();
        let mut placement = Placement::builder().id(PlacementId::from_u128(1))
            .student(StudentId::from_u128(2)).host(EnterpriseId::from_u128(3))
            .post(PostId::from_u128(4)).kind(PlacementKind::Independent).dates(range)
            .build().unwrap();
        placement.schedule = schedule.clone();
        placement.days_off = days_off.clone();
        placement.extra_shifts = extras.clone();
        let _ = placement.check_dated_changes();
        let mut job = Employment::builder().student(StudentId::from_u128(2))
            .enterprise(EnterpriseId::from_u128(3)).post(PostId::from_u128(4))
            .contract_weekly_minutes(2_400).monthly_pay(Money::new(4_000_00, Currency::CNY))
            .starts_on(range.first()).build().unwrap();
        if let Ok(ended) = job.clone().ending_on(range.last()) {
            job = ended;
        }
        job.schedule = schedule;
        job.days_off = days_off;
        job.extra_shifts = extras;
        let _ = job.check_dated_changes();
        let mut model = school_enterprise::alternation::EmployedStudy::new();
        model.employments.push(job);
        // Enrolled over every date the strategies draw, and born after enrolling: the builder
        // refuses such a student, the fields (public) do not, and the check must not panic on it.
        let mut student = Student::builder().id(StudentId::from_u128(2))
            .school(SchoolId::from_u128(5))
            .name("S").birth_date(NaiveDate::from_ymd_opt(1890, 1, 1).unwrap()).major("m")
            .major_category("m").grade(2024)
            .enrolled_on(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap())
            .expected_graduation(NaiveDate::from_ymd_opt(2199, 1, 1).unwrap()).build().unwrap();
        student.birth_date = NaiveDate::from_ymd_opt(2008, 1, 1).unwrap();
        let mut host = Enterprise::builder().id(EnterpriseId::from_u128(3))
            .name("H").sector("x")
            .legal_status(LegalStatus::OwnEntity).venue(VenueKind::Factory).employees(100)
            .build().unwrap();
        host.posts.push(Post::builder().id(PostId::from_u128(4)).name("p")
            .category("c").major_category("m").headcount(10)
            .monthly_wage(Money::new(1, Currency::CNY)).build().unwrap());
        let registry = Registry::new(vec![School::new(SchoolId::from_u128(5),
            Name::new("s").unwrap(), SchoolKind::SecondaryVocational)], vec![host], vec![student],
            vec![]).unwrap();
        for mode in [
            Mode::Internship,
            Mode::Alternation(Alternation::EmployedStudy(model)),
        ] {
            let mut agreement = CooperationAgreement::builder().id(AgreementId::from_u128(9))
                .school(SchoolId::from_u128(5)).enterprise(EnterpriseId::from_u128(3))
                .validity(range).signed_on(range.first()).mode(mode).build().unwrap();
            agreement.placements.push(placement.clone());
            let report = agreement.check(&registry, &policy);
            let _ = report.to_string();
        }
    }
}

#[test]
fn a_calendar_of_the_kit_is_one_the_policy_accepts() {
    let mut runner = TestRunner::new(cases(64));
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    runner
        .run(
            &official_calendar(first, 400, 10, 10),
            |(holidays, make_up)| {
                prop_assert!(make_up
                    .iter()
                    .all(|d| matches!(d.weekday(), Weekday::Sat | Weekday::Sun)));
                prop_assert!(Policy::cn()
                    .with_official_calendar(holidays, make_up)
                    .is_ok());
                Ok(())
            },
        )
        .unwrap();
}
