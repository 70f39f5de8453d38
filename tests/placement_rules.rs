//! The 26 `placement.*` rules: each fires on the smallest fault, with its exact code and path and
//! the figures it compared (worked out by hand from the catalogue), and the nearest valid
//! placement passes. Rules scoped to work placements (W) or independent work (I) are also shown
//! not to consider observation visits (and, for I, assisting work).
//!
//! The fixture placement is independent work from Monday 2026-03-02 to Tuesday 2026-06-30, Monday
//! to Friday 08:00–17:00 with an unpaid hour, paid 4200.00 CNY a month on a post whose wage
//! standard is 5000.00 CNY, at a host whose only weekly rest day is Sunday, vetted on 2026-01-10.

mod common;

use chrono::NaiveDate;
use chrono::Weekday::{self, Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::*;
use school_enterprise::WeekdaySet;
use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A third student of the fixture school, for birth and enrollment dates the fixture's students do
/// not have.
const PUPIL: StudentId = StudentId::from_u128(33);

/// The fixture placement's first day.
fn first_day() -> NaiveDate {
    d(2026, 3, 2)
}

/// The fixture registry, with its host changed by `host` and its list of students by `students`.
fn world(host: impl FnOnce(&mut Enterprise), students: impl FnOnce(&mut Vec<Student>)) -> Registry {
    with_students(&registry_with_host(host), students)
}

/// The fixture registry plus PUPIL, a student of the school born on `birth` (enrolled on
/// 2024-09-01 like the fixture student), then changed by `change`.
fn with_pupil(birth: NaiveDate, change: impl FnOnce(&mut Student)) -> Registry {
    world(
        |_| {},
        |students| {
            let mut pupil = student(PUPIL, SCHOOL, birth);
            change(&mut pupil);
            students.push(pupil);
        },
    )
}

/// The fixture registry with the fixture student changed by `change`.
fn with_student(change: impl FnOnce(&mut Student)) -> Registry {
    world(
        |_| {},
        |students| {
            let s = students.iter_mut().find(|s| s.id == STUDENT).unwrap();
            change(s);
        },
    )
}

/// The fixture agreement with its placement changed by `change`.
fn with_placement(change: impl FnOnce(&mut Placement)) -> CooperationAgreement {
    let mut a = agreement();
    change(&mut a.placements[0]);
    a
}

/// `a` with its placement turned into `kind`.
fn as_kind(mut a: CooperationAgreement, kind: PlacementKind) -> CooperationAgreement {
    a.placements[0].kind = kind;
    a
}

/// Checks under the cn policy against `registry`.
fn cn(a: &CooperationAgreement, registry: &Registry) -> Report {
    a.check(registry, &Policy::cn())
}

/// The one violation of `code` in the report.
#[track_caller]
fn the<'r>(report: &'r Report, code: &str) -> &'r Violation {
    let found: Vec<&Violation> = report
        .iter()
        .filter(|v| v.code().to_string() == code)
        .collect();
    assert_eq!(found.len(), 1, "expected one {code}:\n{report}");
    found[0]
}

/// Asserts the report is empty: `code` (nor any other rule) did not fire.
#[track_caller]
fn assert_passes(report: &Report, code: &str) {
    assert!(
        report.is_empty(),
        "expected no violation ({code} must not fire):\n{report}"
    );
}

fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

/// The fixture's shift: 08:00–17:00 with an unpaid hour (8 h).
fn office(day: Weekday) -> Shift {
    shift(day, (8, 0), (17, 0), 60)
}

fn schedule(shifts: Vec<Shift>) -> Schedule {
    WeeklySchedule::new(shifts).unwrap().into()
}

/// The fixture week with Monday's shift (`shifts[0]`) replaced by `monday`.
fn monday_as(monday: Shift) -> CooperationAgreement {
    with_placement(|p| {
        p.schedule = schedule(vec![
            monday,
            office(Tue),
            office(Wed),
            office(Thu),
            office(Fri),
        ])
    })
}

/// Monday to Thursday at the office, then `fifth` (`shifts[4]`).
fn four_days_and(fifth: Shift) -> CooperationAgreement {
    with_placement(|p| {
        p.schedule = schedule(vec![
            office(Mon),
            office(Tue),
            office(Wed),
            office(Thu),
            fifth,
        ])
    })
}

/// The cn policy with no placement night window, so that night shifts break no rule of their own.
fn without_night() -> Policy {
    let mut policy = Policy::cn();
    policy.placement_night_window = None;
    policy
}

/// The cn policy with these public holidays.
fn with_holidays(days: &[NaiveDate]) -> Policy {
    let mut policy = Policy::cn();
    policy.public_holidays = days.iter().copied().collect();
    policy
}

/// An exemption for the fixture placement.
fn exemption(code: RuleCode, filed_on: NaiveDate) -> Exemption {
    Exemption::new(vec![code], vec![PLACEMENT], filed_on, "EX-1")
}

fn cny(minor_units: u64) -> Money {
    Money::new(minor_units, Currency::CNY)
}

fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

#[test]
fn fixture_placement_breaks_no_placement_rule() {
    assert_passes(&check(&agreement()), "placement.*");
}

// ---------------------------------------------------------------------------------------------
// placement.min_age (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn min_age_fires_for_a_student_turning_16_the_day_after_the_first_day() {
    // Born 2010-03-03: 16 on 2026-03-03, so 15 on the first day 2026-03-02.
    let registry = with_pupil(d(2010, 3, 3), |_| {});
    let a = with_placement(|p| p.student = PUPIL);
    let report = cn(&a, &registry);
    assert_findings(&report, &[("placement.min_age", "placements[0]")]);
    let v = the(&report, "placement.min_age");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("16 years"));
    assert_eq!(v.figure("age"), Some("15 years"));
    assert_eq!(v.figure("birth_date"), Some("2010-03-03"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn min_age_passes_for_a_student_turning_16_on_the_first_day() {
    let registry = with_pupil(d(2010, 3, 2), |_| {});
    let a = with_placement(|p| p.student = PUPIL);
    assert_passes(&cn(&a, &registry), "placement.min_age");
}

/// A world in 2024 for PUPIL, born on 29 February 2008 (enrolled 2022-09-01, so in study year 2
/// from 2023-09-01): the agreement runs 2024-02-01 to 2025-01-31 and the host was vetted on
/// 2024-01-10. The placement runs from `first` to 2024-06-28.
fn leapling_in_2024(first: NaiveDate) -> (CooperationAgreement, Registry) {
    let registry = world(
        |e| e.vetted_on = Some(d(2024, 1, 10)),
        |students| {
            let mut pupil = student(PUPIL, SCHOOL, d(2008, 2, 29));
            pupil.grade = 2022;
            pupil.enrolled_on = d(2022, 9, 1);
            pupil.expected_graduation = d(2025, 7, 1);
            students.push(pupil);
        },
    );
    let mut a = agreement();
    a.signed_on = d(2024, 1, 15);
    a.validity = range(d(2024, 2, 1), d(2025, 1, 31));
    move_course(
        &mut a,
        60,
        range(d(2024, 4, 1), d(2024, 4, 30)),
        d(2024, 1, 20),
    );
    a.placements[0] = placement_at(range(first, d(2024, 6, 28)));
    a.placements[0].student = PUPIL;
    (a, registry)
}

#[test]
fn min_age_passes_for_a_29_february_birthday_on_29_february_of_a_leap_year() {
    // 2008 + 16 = 2024 is a leap year: 2008-02-29 plus 16 years keeps the day, so the 16th
    // birthday is 2024-02-29 itself (not 1 March, which is only for common years).
    let (a, registry) = leapling_in_2024(d(2024, 2, 29));
    assert_passes(&cn(&a, &registry), "placement.min_age");
}

#[test]
fn min_age_fires_for_a_29_february_birthday_on_28_february_of_a_leap_year() {
    // The day before the 16th birthday 2024-02-29: still 15.
    let (a, registry) = leapling_in_2024(d(2024, 2, 28));
    let report = cn(&a, &registry);
    assert_findings(&report, &[("placement.min_age", "placements[0]")]);
    let v = the(&report, "placement.min_age");
    assert_eq!(v.figure("limit"), Some("16 years"));
    assert_eq!(v.figure("age"), Some("15 years"));
    assert_eq!(v.figure("birth_date"), Some("2008-02-29"));
    assert_eq!(v.figure("first_day"), Some("2024-02-28"));
}

/// The fixture agreement starting on 2026-02-16 (signed the day before), with its placement moved
/// to `first`..2026-06-30 and held by PUPIL, born on 29 February 2008.
fn leapling_in_2026(first: NaiveDate) -> (CooperationAgreement, Registry) {
    let registry = with_pupil(d(2008, 2, 29), |_| {});
    let mut a = agreement();
    a.validity = range(d(2026, 2, 16), d(2027, 2, 28));
    redate(&mut a.placements[0], range(first, d(2026, 6, 30)));
    a.placements[0].student = PUPIL;
    (a, registry)
}

#[test]
fn min_age_follows_the_policy_age_and_a_29_february_birthday_falls_on_1_march_in_common_years() {
    // With a minimum age of 18, the leapling born 2008-02-29 comes of age in 2026, a common year:
    // 29 February 2026 does not exist, so the birthday is 2026-03-01.
    let mut policy = Policy::cn();
    policy.min_placement_age = 18;
    let (a, registry) = leapling_in_2026(d(2026, 3, 1));
    assert_passes(&a.check(&registry, &policy), "placement.min_age");

    let (a, registry) = leapling_in_2026(d(2026, 2, 28));
    let report = a.check(&registry, &policy);
    assert_findings(&report, &[("placement.min_age", "placements[0]")]);
    let v = the(&report, "placement.min_age");
    assert_eq!(v.figure("limit"), Some("18 years"));
    assert_eq!(v.figure("age"), Some("17 years"));
    assert_eq!(v.figure("first_day"), Some("2026-02-28"));
}

#[test]
fn min_age_considers_assisting_work_but_not_observation_visits() {
    let registry = with_pupil(d(2010, 3, 3), |_| {});
    let young = with_placement(|p| p.student = PUPIL);
    assert_findings(
        &cn(&as_kind(young.clone(), PlacementKind::Assisting), &registry),
        &[("placement.min_age", "placements[0]")],
    );
    assert_passes(
        &cn(&as_kind(young, PlacementKind::Observation), &registry),
        "placement.min_age",
    );
}

#[test]
fn min_age_is_not_silenced_by_an_exemption_naming_it() {
    // placement.min_age is not exemptible under cn: an exemption filed well before the first day
    // silences nothing.
    let registry = with_pupil(d(2010, 3, 3), |_| {});
    let mut a = with_placement(|p| p.student = PUPIL);
    a.exemptions
        .push(exemption(RuleCode::PlacementMinAge, d(2026, 2, 1)));
    assert_findings(
        &cn(&a, &registry),
        &[("placement.min_age", "placements[0]")],
    );
}

#[test]
fn min_age_says_why_an_exemption_naming_it_does_not_apply() {
    // RULES.md: an exemption "naming a code the policy does not allow ... silences nothing, and
    // the violation says why the exemption did not apply".
    let registry = with_pupil(d(2010, 3, 3), |_| {});
    let mut a = with_placement(|p| p.student = PUPIL);
    a.exemptions
        .push(exemption(RuleCode::PlacementMinAge, d(2026, 2, 1)));
    let report = cn(&a, &registry);
    assert_findings(&report, &[("placement.min_age", "placements[0]")]);
    let note = the(&report, "placement.min_age").note().unwrap_or_default();
    assert!(note.contains("exemptions[0]"), "{note:?}");
    assert!(note.contains("placement.min_age"), "{note:?}");
}

// ---------------------------------------------------------------------------------------------
// placement.study_year (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn study_year_fires_for_a_placement_starting_the_day_before_study_year_2() {
    // Enrolled 2025-03-03: study year 2 starts 2025-03-03 + 1 year = 2026-03-03.
    let registry = with_pupil(d(2007, 5, 10), |s| s.enrolled_on = d(2025, 3, 3));
    let a = with_placement(|p| p.student = PUPIL);
    let report = cn(&a, &registry);
    assert_findings(&report, &[("placement.study_year", "placements[0]")]);
    let v = the(&report, "placement.study_year");
    assert_eq!(v.figure("limit"), Some("study year 2, from 2026-03-03"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
    assert_eq!(v.figure("enrolled_on"), Some("2025-03-03"));
}

#[test]
fn study_year_passes_for_a_placement_starting_on_the_first_day_of_study_year_2() {
    let registry = with_pupil(d(2007, 5, 10), |s| s.enrolled_on = d(2025, 3, 2));
    let a = with_placement(|p| p.student = PUPIL);
    assert_passes(&cn(&a, &registry), "placement.study_year");
}

#[test]
fn study_year_considers_assisting_work_but_not_observation_visits() {
    let registry = with_pupil(d(2007, 5, 10), |s| s.enrolled_on = d(2025, 3, 3));
    let first_year = with_placement(|p| p.student = PUPIL);
    assert_findings(
        &cn(
            &as_kind(first_year.clone(), PlacementKind::Assisting),
            &registry,
        ),
        &[("placement.study_year", "placements[0]")],
    );
    assert_passes(
        &cn(&as_kind(first_year, PlacementKind::Observation), &registry),
        "placement.study_year",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.host_vetted (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn host_vetted_fires_for_a_host_never_vetted() {
    let registry = registry_with_host(|e| e.vetted_on = None);
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.host_vetted", "placements[0]")]);
    let v = the(&report, "placement.host_vetted");
    assert_eq!(v.figure("vetted_on"), Some("missing"));
    assert_eq!(v.figure("last_safety_violation"), None);
    // The message says what is wrong: not vetted, and no safety violation.
    assert_eq!(
        v.message(),
        "the host was not vetted (written on-site assessment) by the first day"
    );
}

#[test]
fn host_vetted_names_both_faults_of_a_host_never_vetted_with_a_recent_violation() {
    let registry = registry_with_host(|e| {
        e.vetted_on = None;
        e.last_safety_violation = Some(d(2025, 6, 1));
    });
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.host_vetted", "placements[0]")]);
    let v = the(&report, "placement.host_vetted");
    assert_eq!(v.figure("vetted_on"), Some("missing"));
    assert_eq!(v.figure("last_safety_violation"), Some("2025-06-01"));
    assert_eq!(
        v.message(),
        "the host was not vetted by the first day and has a recent work-safety violation"
    );
}

#[test]
fn host_vetted_fires_for_a_host_vetted_the_day_after_the_first_day() {
    let registry = registry_with_host(|e| e.vetted_on = Some(d(2026, 3, 3)));
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.host_vetted", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.host_vetted").figure("vetted_on"),
        Some("2026-03-03")
    );
}

#[test]
fn host_vetted_passes_for_a_host_vetted_on_the_first_day() {
    let registry = registry_with_host(|e| e.vetted_on = Some(first_day()));
    assert_passes(&cn(&agreement(), &registry), "placement.host_vetted");
}

#[test]
fn host_vetted_fires_for_a_safety_violation_two_years_before_the_first_day() {
    let registry = registry_with_host(|e| e.last_safety_violation = Some(d(2024, 3, 2)));
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.host_vetted", "placements[0]")]);
    let v = the(&report, "placement.host_vetted");
    assert_eq!(v.figure("vetted_on"), Some("2026-01-10"));
    assert_eq!(v.figure("last_safety_violation"), Some("2024-03-02"));
    assert_eq!(
        v.figure("limit"),
        Some("none in the 3 years before 2026-03-02")
    );
}

#[test]
fn host_vetted_fires_for_a_safety_violation_three_years_less_a_day_before() {
    // 2023-03-03 + 3 years = 2026-03-03, after the first day: inside the 3 years before it.
    let registry = registry_with_host(|e| e.last_safety_violation = Some(d(2023, 3, 3)));
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.host_vetted", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.host_vetted").figure("last_safety_violation"),
        Some("2023-03-03")
    );
}

#[test]
fn host_vetted_passes_for_a_safety_violation_exactly_three_years_before() {
    // 2023-03-02 + 3 years = 2026-03-02, the first day itself: the violation's third anniversary
    // is not inside "the 3 years before" the first day.
    let registry = registry_with_host(|e| e.last_safety_violation = Some(d(2023, 3, 2)));
    assert_passes(&cn(&agreement(), &registry), "placement.host_vetted");
}

#[test]
fn host_vetted_passes_for_a_safety_violation_after_the_first_day() {
    // Only the years before the first day count.
    let registry = registry_with_host(|e| e.last_safety_violation = Some(d(2026, 4, 1)));
    assert_passes(&cn(&agreement(), &registry), "placement.host_vetted");
}

#[test]
fn host_vetted_fires_once_per_placement_at_the_host() {
    let registry = registry_with_host(|e| e.vetted_on = None);
    let mut a = agreement();
    let mut second = placement_at(range(d(2026, 7, 6), d(2026, 8, 28)));
    second.id = PlacementId::from_u128(51);
    a.placements.push(second);
    assert_findings(
        &cn(&a, &registry),
        &[
            ("placement.host_vetted", "placements[0]"),
            ("placement.host_vetted", "placements[1]"),
        ],
    );
}

#[test]
fn host_vetted_considers_assisting_work_but_not_observation_visits() {
    let registry = registry_with_host(|e| e.vetted_on = None);
    assert_findings(
        &cn(&as_kind(agreement(), PlacementKind::Assisting), &registry),
        &[("placement.host_vetted", "placements[0]")],
    );
    assert_passes(
        &cn(&as_kind(agreement(), PlacementKind::Observation), &registry),
        "placement.host_vetted",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.internship_plan (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn internship_plan_fires_without_a_plan() {
    let report = check(&with_placement(|p| p.internship_plan_on = None));
    assert_findings(&report, &[("placement.internship_plan", "placements[0]")]);
    let v = the(&report, "placement.internship_plan");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("dated"), Some("missing"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn internship_plan_fires_for_a_plan_dated_the_day_after_the_first_day() {
    let report = check(&with_placement(|p| {
        p.internship_plan_on = Some(d(2026, 3, 3))
    }));
    assert_findings(&report, &[("placement.internship_plan", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.internship_plan").figure("dated"),
        Some("2026-03-03")
    );
}

#[test]
fn internship_plan_passes_for_a_plan_dated_on_the_first_day() {
    let report = check(&with_placement(|p| {
        p.internship_plan_on = Some(first_day())
    }));
    assert_passes(&report, "placement.internship_plan");
}

#[test]
fn internship_plan_considers_assisting_work_but_not_observation_visits() {
    let no_plan = with_placement(|p| p.internship_plan_on = None);
    assert_findings(
        &check(&as_kind(no_plan.clone(), PlacementKind::Assisting)),
        &[("placement.internship_plan", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(no_plan, PlacementKind::Observation)),
        "placement.internship_plan",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.filed (W, warning)
// ---------------------------------------------------------------------------------------------

#[test]
fn filed_fires_as_a_warning_for_a_placement_never_filed() {
    let report = check(&with_placement(|p| p.filed_on = None));
    assert_findings(&report, &[("placement.filed", "placements[0]")]);
    let v = the(&report, "placement.filed");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("dated"), Some("missing"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn filed_fires_for_a_filing_the_day_after_the_first_day() {
    let report = check(&with_placement(|p| p.filed_on = Some(d(2026, 3, 3))));
    assert_findings(&report, &[("placement.filed", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.filed").figure("dated"),
        Some("2026-03-03")
    );
}

#[test]
fn filed_passes_for_a_filing_on_the_first_day() {
    let report = check(&with_placement(|p| p.filed_on = Some(first_day())));
    assert_passes(&report, "placement.filed");
}

#[test]
fn filed_considers_assisting_work_but_not_observation_visits() {
    let unfiled = with_placement(|p| p.filed_on = None);
    assert_findings(
        &check(&as_kind(unfiled.clone(), PlacementKind::Assisting)),
        &[("placement.filed", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(unfiled, PlacementKind::Observation)),
        "placement.filed",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.tripartite_agreement (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn tripartite_agreement_fires_for_a_host_signing_the_day_after_the_first_day() {
    let report = check(&with_placement(|p| p.tripartite.host = Some(d(2026, 3, 3))));
    assert_findings(
        &report,
        &[("placement.tripartite_agreement", "placements[0]")],
    );
    let v = the(&report, "placement.tripartite_agreement");
    assert_eq!(v.figure("host"), Some("2026-03-03"));
    // Only the late or missing signatures are named.
    assert_eq!(v.figure("school"), None);
    assert_eq!(v.figure("student"), None);
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn tripartite_agreement_fires_for_a_missing_student_signature() {
    let report = check(&with_placement(|p| p.tripartite.student = None));
    assert_findings(
        &report,
        &[("placement.tripartite_agreement", "placements[0]")],
    );
    assert_eq!(
        the(&report, "placement.tripartite_agreement").figure("student"),
        Some("missing")
    );
}

#[test]
fn tripartite_agreement_passes_with_every_signature_on_the_first_day() {
    let report = check(&with_placement(|p| {
        p.tripartite.school = Some(first_day());
        p.tripartite.host = Some(first_day());
        p.tripartite.student = Some(first_day());
    }));
    assert_passes(&report, "placement.tripartite_agreement");
}

#[test]
fn tripartite_agreement_considers_assisting_work_but_not_observation_visits() {
    let unsigned = with_placement(|p| p.tripartite.school = None);
    assert_findings(
        &check(&as_kind(unsigned.clone(), PlacementKind::Assisting)),
        &[("placement.tripartite_agreement", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(unsigned, PlacementKind::Observation)),
        "placement.tripartite_agreement",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.consent (W)
// ---------------------------------------------------------------------------------------------

fn when_minor() -> Policy {
    let mut policy = Policy::cn();
    policy.guardian_consent = GuardianConsent::WhenMinor;
    policy
}

#[test]
fn consent_fires_under_cn_without_a_guardian_even_for_an_adult() {
    // The fixture student (born 2007-05-10) is 18 on the first day; cn asks a guardian always.
    let report = check(&with_placement(|p| p.consent.guardian = None));
    assert_findings(&report, &[("placement.consent", "placements[0]")]);
    let v = the(&report, "placement.consent");
    assert_eq!(v.figure("guardian"), Some("missing"));
    assert_eq!(v.figure("student"), None);
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn consent_passes_without_a_guardian_for_an_adult_when_only_minors_need_one() {
    let a = with_placement(|p| p.consent.guardian = None);
    assert_passes(&a.check(&registry(), &when_minor()), "placement.consent");
}

#[test]
fn consent_fires_without_a_guardian_for_a_minor_when_only_minors_need_one() {
    // MINOR (born 2008-06-01) is 17 on 2026-03-02.
    let a = with_placement(|p| {
        p.student = MINOR;
        p.consent.guardian = None;
    });
    let report = a.check(&registry(), &when_minor());
    assert_findings(&report, &[("placement.consent", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.consent").figure("guardian"),
        Some("missing")
    );
}

#[test]
fn consent_needs_no_guardian_from_the_18th_birthday_when_only_minors_need_one() {
    // MINOR turns 18 on 2026-06-01.
    let at = |first: NaiveDate| {
        with_placement(|p| {
            p.student = MINOR;
            redate(p, range(first, d(2026, 6, 30)));
            p.consent.guardian = None;
        })
    };
    assert_passes(
        &at(d(2026, 6, 1)).check(&registry(), &when_minor()),
        "placement.consent",
    );
    assert_findings(
        &at(d(2026, 5, 31)).check(&registry(), &when_minor()),
        &[("placement.consent", "placements[0]")],
    );
}

#[test]
fn consent_fires_for_a_student_consenting_the_day_after_the_first_day() {
    let report = check(&with_placement(|p| p.consent.student = Some(d(2026, 3, 3))));
    assert_findings(&report, &[("placement.consent", "placements[0]")]);
    let v = the(&report, "placement.consent");
    assert_eq!(v.figure("student"), Some("2026-03-03"));
    assert_eq!(v.figure("guardian"), None);
}

#[test]
fn consent_passes_with_both_signatures_on_the_first_day() {
    let report = check(&with_placement(|p| {
        p.consent.student = Some(first_day());
        p.consent.guardian = Some(first_day());
    }));
    assert_passes(&report, "placement.consent");
}

#[test]
fn consent_considers_assisting_work_but_not_observation_visits() {
    let no_guardian = with_placement(|p| p.consent.guardian = None);
    assert_findings(
        &check(&as_kind(no_guardian.clone(), PlacementKind::Assisting)),
        &[("placement.consent", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(no_guardian, PlacementKind::Observation)),
        "placement.consent",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.insurance (all)
// ---------------------------------------------------------------------------------------------

fn insured(policies: Vec<Insurance>) -> CooperationAgreement {
    with_placement(|p| p.insurance = policies)
}

#[test]
fn insurance_fires_for_a_last_day_left_uncovered() {
    let report = check(&insured(vec![Insurance::new(
        range(d(2026, 3, 2), d(2026, 6, 29)),
        Share::ZERO,
    )]));
    assert_findings(&report, &[("placement.insurance", "placements[0]")]);
    let v = the(&report, "placement.insurance");
    assert_eq!(v.figure("first_uncovered_day"), Some("2026-06-30"));
    assert_eq!(v.figure("dates"), Some("2026-03-02..=2026-06-30"));
}

#[test]
fn insurance_fires_for_a_last_day_left_uncovered_between_two_policies() {
    // The second policy starts the day after the last day: the last day, 30 June, is uncovered.
    let report = check(&insured(vec![
        Insurance::new(range(d(2026, 3, 2), d(2026, 6, 29)), Share::ZERO),
        Insurance::new(range(d(2026, 7, 1), d(2026, 7, 31)), Share::ZERO),
    ]));
    assert_findings(&report, &[("placement.insurance", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.insurance").figure("first_uncovered_day"),
        Some("2026-06-30")
    );
}

#[test]
fn insurance_fires_for_a_one_day_gap_between_two_policies() {
    let report = check(&insured(vec![
        Insurance::new(range(d(2026, 3, 2), d(2026, 4, 30)), Share::ZERO),
        Insurance::new(range(d(2026, 5, 2), d(2026, 6, 30)), Share::ZERO),
    ]));
    assert_findings(&report, &[("placement.insurance", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.insurance").figure("first_uncovered_day"),
        Some("2026-05-01")
    );
}

#[test]
fn insurance_fires_without_any_policy() {
    let report = check(&insured(vec![]));
    assert_findings(&report, &[("placement.insurance", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.insurance").figure("first_uncovered_day"),
        Some("2026-03-02")
    );
}

#[test]
fn insurance_passes_for_consecutive_policies_in_any_order() {
    let report = check(&insured(vec![
        Insurance::new(range(d(2026, 5, 1), d(2026, 7, 31)), Share::ZERO),
        Insurance::new(range(d(2026, 1, 1), d(2026, 4, 30)), Share::ZERO),
    ]));
    assert_passes(&report, "placement.insurance");
}

#[test]
fn insurance_fires_for_a_student_paying_one_per_mille_of_a_premium() {
    let share = Share::from_per_mille(1).unwrap();
    let report = check(&insured(vec![Insurance::new(placement_dates(), share)]));
    assert_findings(
        &report,
        &[("placement.insurance", "placements[0].insurance[0]")],
    );
    let v = the(&report, "placement.insurance");
    assert_eq!(v.figure("limit"), Some("0%"));
    assert_eq!(v.figure("student_premium_share"), Some("0.1%"));
}

#[test]
fn insurance_reports_a_gap_and_a_premium_share_separately() {
    let report = check(&insured(vec![
        Insurance::new(range(d(2026, 3, 2), d(2026, 4, 30)), Share::ZERO),
        Insurance::new(
            range(d(2026, 5, 1), d(2026, 6, 29)),
            Share::percent(50).unwrap(),
        ),
    ]));
    assert_findings(
        &report,
        &[
            ("placement.insurance", "placements[0]"),
            ("placement.insurance", "placements[0].insurance[1]"),
        ],
    );
    let shares: Vec<_> = report
        .iter()
        .filter_map(|v| v.figure("student_premium_share"))
        .collect();
    assert_eq!(shares, ["50%"]);
}

#[test]
fn insurance_considers_observation_visits_too() {
    let a = as_kind(
        insured(vec![Insurance::new(
            range(d(2026, 3, 3), d(2026, 6, 30)),
            Share::ZERO,
        )]),
        PlacementKind::Observation,
    );
    let report = check(&a);
    assert_findings(&report, &[("placement.insurance", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.insurance").figure("first_uncovered_day"),
        Some("2026-03-02")
    );
}

// ---------------------------------------------------------------------------------------------
// placement.supervision (all)
// ---------------------------------------------------------------------------------------------

#[test]
fn supervision_fires_without_a_host_supervisor() {
    let report = check(&with_placement(|p| p.supervisor = None));
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    let v = the(&report, "placement.supervision");
    assert_eq!(v.figure("supervisor"), Some("none assigned"));
    assert_eq!(v.figure("school_instructor"), None);
}

#[test]
fn supervision_fires_for_a_supervisor_employed_by_the_school() {
    let report = check(&with_placement(|p| p.supervisor = Some(TEACHER)));
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    let figure = the(&report, "placement.supervision")
        .figure("supervisor")
        .unwrap();
    assert!(figure.contains(&TEACHER.to_string()), "{figure}");
    assert!(figure.contains(&format!("school {SCHOOL}")), "{figure}");
}

#[test]
fn supervision_fires_for_a_school_instructor_employed_by_the_host() {
    let report = check(&with_placement(|p| p.school_instructor = Some(SUPERVISOR)));
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    let v = the(&report, "placement.supervision");
    assert!(v
        .figure("school_instructor")
        .is_some_and(|f| f.contains(&format!("enterprise {ENTERPRISE}"))));
    assert_eq!(v.figure("supervisor"), None);
}

#[test]
fn supervision_passes_with_a_teacher_of_the_school_and_a_supervisor_of_the_host() {
    let report = check(&with_placement(|p| {
        p.school_instructor = Some(TEACHER);
        p.supervisor = Some(SUPERVISOR);
    }));
    assert_passes(&report, "placement.supervision");
}

#[test]
fn supervision_leaves_an_unknown_instructor_to_references_resolve() {
    // No cascades: only agreement.references_resolve fires, placement.supervision does not.
    let report = check(&with_placement(|p| {
        p.supervisor = Some(InstructorId::from_u128(99))
    }));
    assert_findings(
        &report,
        &[("agreement.references_resolve", "placements[0].supervisor")],
    );
    assert!(!report
        .iter()
        .any(|v| v.code().to_string() == "placement.supervision"));
}

#[test]
fn supervision_considers_observation_visits_too() {
    let a = as_kind(
        with_placement(|p| p.school_instructor = None),
        PlacementKind::Observation,
    );
    let report = check(&a);
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.supervision").figure("school_instructor"),
        Some("none assigned")
    );
}

// ---------------------------------------------------------------------------------------------
// placement.safety_training (all)
// ---------------------------------------------------------------------------------------------

#[test]
fn safety_training_fires_without_training() {
    let report = check(&with_placement(|p| p.safety_training_on = None));
    assert_findings(&report, &[("placement.safety_training", "placements[0]")]);
    let v = the(&report, "placement.safety_training");
    assert_eq!(v.figure("dated"), Some("missing"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn safety_training_fires_for_training_passed_the_day_after_the_first_day() {
    let report = check(&with_placement(|p| {
        p.safety_training_on = Some(d(2026, 3, 3))
    }));
    assert_findings(&report, &[("placement.safety_training", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.safety_training").figure("dated"),
        Some("2026-03-03")
    );
}

#[test]
fn safety_training_passes_for_training_passed_on_the_first_day() {
    let report = check(&with_placement(|p| {
        p.safety_training_on = Some(first_day())
    }));
    assert_passes(&report, "placement.safety_training");
}

#[test]
fn safety_training_considers_observation_visits_too() {
    let a = as_kind(
        with_placement(|p| p.safety_training_on = None),
        PlacementKind::Observation,
    );
    assert_findings(
        &check(&a),
        &[("placement.safety_training", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.night_work (all, exemptible)
// ---------------------------------------------------------------------------------------------

#[test]
fn night_work_fires_for_a_shift_ending_at_22_01() {
    // 14:01–22:01 less an hour: 7 h, so no working-time rule fires.
    let report = check(&monday_as(shift(Mon, (14, 1), (22, 1), 60)));
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
    let v = the(&report, "placement.night_work");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("shift"), Some("Mon 14:01–22:01 (break 60 min)"));
    assert_eq!(v.figure("night"), Some("22:00–06:00"));
    assert_eq!(v.note(), None);
}

#[test]
fn night_work_passes_for_a_shift_ending_at_22_00() {
    // Touching the window is not overlapping it.
    let report = check(&monday_as(shift(Mon, (14, 0), (22, 0), 60)));
    assert_passes(&report, "placement.night_work");
}

#[test]
fn night_work_fires_for_a_shift_starting_at_05_59() {
    let report = check(&monday_as(shift(Mon, (5, 59), (14, 0), 60)));
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
}

#[test]
fn night_work_passes_for_a_shift_starting_at_06_00() {
    let report = check(&monday_as(shift(Mon, (6, 0), (15, 0), 60)));
    assert_passes(&report, "placement.night_work");
}

#[test]
fn night_work_fires_for_a_shift_crossing_midnight() {
    // Monday 21:00 to Tuesday 05:00, less an hour: 7 h counted on Monday.
    let report = check(&monday_as(shift(Mon, (21, 0), (5, 0), 60)));
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
    assert_eq!(
        the(&report, "placement.night_work").figure("shift"),
        Some("Mon 21:00–05:00 (break 60 min)")
    );
}

#[test]
fn night_work_fires_for_a_sunday_shift_running_past_the_end_of_the_week() {
    // Tuesday to Friday by day and Sunday 23:00 to Monday 05:00 at a host with no rest day.
    let a = with_placement(|p| {
        p.schedule = schedule(vec![
            office(Tue),
            office(Wed),
            office(Thu),
            office(Fri),
            shift(Sun, (23, 0), (5, 0), 0),
        ])
    });
    assert_findings(
        &check_at_nonstop_host(&a),
        &[("placement.night_work", "placements[0].schedule.shifts[4]")],
    );
}

#[test]
fn night_work_is_silenced_by_an_exemption_filed_on_the_first_day() {
    let mut a = monday_as(shift(Mon, (14, 1), (22, 1), 60));
    a.exemptions
        .push(exemption(RuleCode::PlacementNightWork, first_day()));
    assert_passes(&check(&a), "placement.night_work");
}

#[test]
fn night_work_is_not_silenced_by_an_exemption_filed_the_day_after_the_first_day() {
    let mut a = monday_as(shift(Mon, (14, 1), (22, 1), 60));
    a.exemptions
        .push(exemption(RuleCode::PlacementNightWork, d(2026, 3, 3)));
    let report = check(&a);
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
    let note = the(&report, "placement.night_work").note().unwrap();
    assert!(note.contains("exemptions[0]"), "{note}");
    assert!(note.contains("EX-1"), "{note}");
    assert!(note.contains("2026-03-03"), "{note}");
    assert!(note.contains("2026-03-02"), "{note}");
}

#[test]
fn night_work_is_not_silenced_where_the_policy_does_not_allow_exempting_it() {
    let mut policy = Policy::cn();
    policy.exemptible.remove(&RuleCode::PlacementNightWork);
    let mut a = monday_as(shift(Mon, (14, 1), (22, 1), 60));
    a.exemptions
        .push(exemption(RuleCode::PlacementNightWork, first_day()));
    let report = a.check(&registry(), &policy);
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
    let note = the(&report, "placement.night_work").note().unwrap();
    assert!(note.contains("placement.night_work"), "{note}");
    assert!(note.contains("exemptions[0]"), "{note}");
}

#[test]
fn night_work_is_off_without_a_night_window() {
    let report = monday_as(shift(Mon, (14, 1), (22, 1), 60)).check(&registry(), &without_night());
    assert_passes(&report, "placement.night_work");
}

#[test]
fn night_work_considers_observation_visits_too() {
    let a = as_kind(
        monday_as(shift(Mon, (14, 1), (22, 1), 60)),
        PlacementKind::Observation,
    );
    assert_findings(
        &check(&a),
        &[("placement.night_work", "placements[0].schedule.shifts[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.rest_day_work (all, exemptible)
// ---------------------------------------------------------------------------------------------

#[test]
fn rest_day_work_fires_for_a_sunday_shift_at_a_host_resting_on_sunday() {
    // Monday to Thursday and Sunday: 40 h on five days, Friday and Saturday free.
    let report = check(&four_days_and(office(Sun)));
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    let v = the(&report, "placement.rest_day_work");
    assert_eq!(v.figure("shift"), Some("Sun 08:00–17:00 (break 60 min)"));
    assert_eq!(v.figure("rest_days"), Some("Sun"));
}

#[test]
fn rest_day_work_passes_for_a_saturday_shift_at_a_host_resting_on_sunday() {
    assert_passes(
        &check(&four_days_and(office(Sat))),
        "placement.rest_day_work",
    );
}

#[test]
fn rest_day_work_fires_for_a_saturday_shift_at_a_host_resting_on_the_weekend() {
    let registry = registry_with_host(|e| e.rest_days = Some(WeekdaySet::WEEKEND));
    let report = cn(&four_days_and(office(Sat)), &registry);
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    assert_eq!(
        the(&report, "placement.rest_day_work").figure("rest_days"),
        Some("Sat")
    );
}

#[test]
fn rest_day_work_fires_for_a_saturday_shift_running_one_minute_into_sunday() {
    // Saturday 16:01 to Sunday 00:01 occupies Sunday (no night window, to isolate the rule).
    let report =
        four_days_and(shift(Sat, (16, 1), (0, 1), 60)).check(&registry(), &without_night());
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    assert_eq!(
        the(&report, "placement.rest_day_work").figure("rest_days"),
        Some("Sun")
    );
}

#[test]
fn rest_day_work_passes_for_a_saturday_shift_ending_at_midnight() {
    let report =
        four_days_and(shift(Sat, (16, 0), (0, 0), 60)).check(&registry(), &without_night());
    assert_passes(&report, "placement.rest_day_work");
}

#[test]
fn rest_day_work_names_both_rest_days_a_shift_occupies() {
    let registry = registry_with_host(|e| e.rest_days = Some(WeekdaySet::WEEKEND));
    let report = four_days_and(shift(Sat, (20, 0), (4, 0), 60)).check(&registry, &without_night());
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    assert_eq!(
        the(&report, "placement.rest_day_work").figure("rest_days"),
        Some("Sat, Sun")
    );
}

#[test]
fn rest_day_work_is_silenced_by_an_exemption_filed_on_the_first_day() {
    let mut a = four_days_and(office(Sun));
    a.exemptions
        .push(exemption(RuleCode::PlacementRestDayWork, first_day()));
    assert_passes(&check(&a), "placement.rest_day_work");
}

#[test]
fn rest_day_work_considers_observation_visits_too() {
    let a = as_kind(four_days_and(office(Sun)), PlacementKind::Observation);
    assert_findings(
        &check(&a),
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.holiday_work (all, exemptible)
// ---------------------------------------------------------------------------------------------

/// A Monday inside the fixture placement (2026-03-02 + 9 weeks).
fn monday_holiday() -> NaiveDate {
    d(2026, 5, 4)
}

#[test]
fn holiday_work_fires_for_a_monday_shift_on_a_monday_holiday() {
    let report = agreement().check(&registry(), &with_holidays(&[monday_holiday()]));
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[0]")],
    );
    let v = the(&report, "placement.holiday_work");
    assert_eq!(v.figure("shift"), Some("Mon 08:00–17:00 (break 60 min)"));
    assert_eq!(v.figure("holiday"), Some("2026-05-04"));
}

#[test]
fn holiday_work_passes_for_a_monday_holiday_taken_as_a_day_off() {
    let a = with_placement(|p| p.days_off = vec![monday_holiday()]);
    let report = a.check(&registry(), &with_holidays(&[monday_holiday()]));
    assert_passes(&report, "placement.holiday_work");
}

#[test]
fn holiday_work_passes_for_holidays_outside_the_placement() {
    // The Mondays before the first day and after the last day.
    let report = agreement().check(
        &registry(),
        &with_holidays(&[d(2026, 2, 23), d(2026, 7, 6)]),
    );
    assert_passes(&report, "placement.holiday_work");
}

#[test]
fn holiday_work_fires_for_a_holiday_on_the_last_day() {
    // 2026-06-30 is a Tuesday, the placement's last day.
    let report = agreement().check(&registry(), &with_holidays(&[d(2026, 6, 30)]));
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[1]")],
    );
    assert_eq!(
        the(&report, "placement.holiday_work").figure("holiday"),
        Some("2026-06-30")
    );
}

#[test]
fn holiday_work_passes_for_a_holiday_on_a_day_without_a_shift() {
    // Sunday 2026-05-03: the fixture week has no Sunday shift.
    let report = agreement().check(&registry(), &with_holidays(&[d(2026, 5, 3)]));
    assert_passes(&report, "placement.holiday_work");
}

#[test]
fn holiday_work_reports_a_shift_once_naming_its_first_holiday() {
    let report = agreement().check(
        &registry(),
        &with_holidays(&[d(2026, 5, 11), monday_holiday()]),
    );
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[0]")],
    );
    assert_eq!(
        the(&report, "placement.holiday_work").figure("holiday"),
        Some("2026-05-04")
    );
}

/// Tuesday to Friday by day and Sunday 22:00 to Monday 06:00 (`shifts[4]`), 39 h a week, at a
/// host with no weekly rest day under a policy with no night window and a Monday holiday: only
/// the holiday can be broken.
fn sunday_night_into_monday_holiday(days_off: Vec<NaiveDate>) -> Report {
    let a = with_placement(|p| {
        p.schedule = schedule(vec![
            office(Tue),
            office(Wed),
            office(Thu),
            office(Fri),
            shift(Sun, (22, 0), (6, 0), 60),
        ]);
        p.days_off = days_off;
    });
    let mut policy = without_night();
    policy.public_holidays = [monday_holiday()].into();
    a.check(
        &registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY)),
        &policy,
    )
}

#[test]
fn holiday_work_fires_for_a_sunday_night_shift_running_into_a_monday_holiday() {
    let report = sunday_night_into_monday_holiday(vec![]);
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[4]")],
    );
    let v = the(&report, "placement.holiday_work");
    assert_eq!(v.figure("shift"), Some("Sun 22:00–06:00 (break 60 min)"));
    assert_eq!(v.figure("holiday"), Some("2026-05-04"));
}

#[test]
fn holiday_work_fires_when_only_the_holiday_is_a_day_off_for_a_shift_starting_the_day_before() {
    // A day off cancels the shifts that start on it: Monday off does not cancel Sunday's shift.
    let report = sunday_night_into_monday_holiday(vec![monday_holiday()]);
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[4]")],
    );
}

#[test]
fn holiday_work_passes_when_the_sunday_the_night_shift_starts_on_is_a_day_off() {
    let report = sunday_night_into_monday_holiday(vec![d(2026, 5, 3)]);
    assert_passes(&report, "placement.holiday_work");
}

#[test]
fn holiday_work_is_silenced_by_an_exemption_filed_on_the_first_day() {
    let mut a = agreement();
    a.exemptions
        .push(exemption(RuleCode::PlacementHolidayWork, first_day()));
    let report = a.check(&registry(), &with_holidays(&[monday_holiday()]));
    assert_passes(&report, "placement.holiday_work");
}

#[test]
fn holiday_work_considers_observation_visits_too() {
    let a = as_kind(agreement(), PlacementKind::Observation);
    assert_findings(
        &a.check(&registry(), &with_holidays(&[monday_holiday()])),
        &[("placement.holiday_work", "placements[0].schedule.shifts[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.hazardous_work (all, exemptible)
// ---------------------------------------------------------------------------------------------

fn post_with_hazards(hazards: &[Hazard]) -> Registry {
    registry_with_host(|e| e.posts[0].hazards = hazards.iter().copied().collect())
}

#[test]
fn hazardous_work_fires_for_work_at_height() {
    let report = cn(&agreement(), &post_with_hazards(&[Hazard::Height]));
    assert_findings(&report, &[("placement.hazardous_work", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.hazardous_work").figure("hazards"),
        Some("Height")
    );
}

#[test]
fn hazardous_work_names_only_the_prohibited_hazards() {
    let registry = post_with_hazards(&[Hazard::Noise, Hazard::Toxic, Hazard::Height]);
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.hazardous_work", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.hazardous_work").figure("hazards"),
        Some("Height, Toxic")
    );
}

#[test]
fn hazardous_work_passes_for_hazards_that_are_not_prohibited() {
    let registry = post_with_hazards(&[Hazard::Noise, Hazard::Machinery]);
    assert_passes(&cn(&agreement(), &registry), "placement.hazardous_work");
}

#[test]
fn hazardous_work_is_silenced_by_an_exemption_filed_on_the_first_day() {
    let mut a = agreement();
    a.exemptions
        .push(exemption(RuleCode::PlacementHazardousWork, first_day()));
    assert_passes(
        &cn(&a, &post_with_hazards(&[Hazard::Height])),
        "placement.hazardous_work",
    );
}

#[test]
fn hazardous_work_considers_observation_visits_too() {
    let a = as_kind(agreement(), PlacementKind::Observation);
    assert_findings(
        &cn(&a, &post_with_hazards(&[Hazard::Underground])),
        &[("placement.hazardous_work", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.heavy_labour (all)
// ---------------------------------------------------------------------------------------------

fn post_of_intensity(intensity: LabourIntensity) -> Registry {
    registry_with_host(|e| e.posts[0].labour_intensity = intensity)
}

#[test]
fn heavy_labour_fires_for_class_iii() {
    let report = cn(&agreement(), &post_of_intensity(LabourIntensity::ClassIII));
    assert_findings(&report, &[("placement.heavy_labour", "placements[0]")]);
    let v = the(&report, "placement.heavy_labour");
    assert_eq!(v.figure("limit"), Some("below ClassIII"));
    assert_eq!(v.figure("actual"), Some("ClassIII"));
}

#[test]
fn heavy_labour_passes_for_class_ii() {
    assert_passes(
        &cn(&agreement(), &post_of_intensity(LabourIntensity::ClassII)),
        "placement.heavy_labour",
    );
}

#[test]
fn heavy_labour_follows_the_policy_class() {
    let mut policy = Policy::cn();
    policy.forbidden_labour_intensity_from = LabourIntensity::ClassIV;
    let registry = post_of_intensity(LabourIntensity::ClassIII);
    assert_passes(
        &agreement().check(&registry, &policy),
        "placement.heavy_labour",
    );
}

#[test]
fn heavy_labour_considers_observation_visits_too() {
    let a = as_kind(agreement(), PlacementKind::Observation);
    assert_findings(
        &cn(&a, &post_of_intensity(LabourIntensity::ClassIV)),
        &[("placement.heavy_labour", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.minor_work (all)
// ---------------------------------------------------------------------------------------------

fn post_forbidden_for(group: ProtectedGroup) -> impl FnOnce(&mut Enterprise) {
    move |e| {
        e.posts[0].forbidden_for.insert(group);
    }
}

#[test]
fn minor_work_fires_for_a_minor_on_a_post_forbidden_for_minors() {
    // MINOR (born 2008-06-01) is 17 on 2026-03-02.
    let registry = registry_with_host(post_forbidden_for(ProtectedGroup::Minors));
    let report = cn(&with_placement(|p| p.student = MINOR), &registry);
    assert_findings(&report, &[("placement.minor_work", "placements[0]")]);
    let v = the(&report, "placement.minor_work");
    assert_eq!(v.figure("adult_age"), Some("18"));
    assert_eq!(v.figure("birth_date"), Some("2008-06-01"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn minor_work_passes_for_an_adult_on_a_post_forbidden_for_minors() {
    let registry = registry_with_host(post_forbidden_for(ProtectedGroup::Minors));
    assert_passes(&cn(&agreement(), &registry), "placement.minor_work");
}

#[test]
fn minor_work_passes_for_a_minor_on_an_ordinary_post() {
    assert_passes(
        &check(&with_placement(|p| p.student = MINOR)),
        "placement.minor_work",
    );
}

#[test]
fn minor_work_passes_from_the_18th_birthday() {
    // MINOR turns 18 on 2026-06-01; the day before, the same placement fires.
    let registry = registry_with_host(post_forbidden_for(ProtectedGroup::Minors));
    let at = |first: NaiveDate| {
        with_placement(|p| {
            p.student = MINOR;
            redate(p, range(first, d(2026, 6, 30)));
        })
    };
    assert_passes(&cn(&at(d(2026, 6, 1)), &registry), "placement.minor_work");
    assert_findings(
        &cn(&at(d(2026, 5, 31)), &registry),
        &[("placement.minor_work", "placements[0]")],
    );
}

#[test]
fn minor_work_counts_a_29_february_birthday_from_1_march_in_a_common_year() {
    // Born 2008-02-29: 18 on 2026-03-01, since 2026 has no 29 February.
    let registry = world(post_forbidden_for(ProtectedGroup::Minors), |students| {
        students.push(student(PUPIL, SCHOOL, d(2008, 2, 29)))
    });
    let (adult, _) = leapling_in_2026(d(2026, 3, 1));
    assert_passes(&cn(&adult, &registry), "placement.minor_work");
    let (minor, _) = leapling_in_2026(d(2026, 2, 28));
    let report = cn(&minor, &registry);
    assert_findings(&report, &[("placement.minor_work", "placements[0]")]);
    let v = the(&report, "placement.minor_work");
    assert_eq!(v.figure("birth_date"), Some("2008-02-29"));
    assert_eq!(v.figure("first_day"), Some("2026-02-28"));
}

#[test]
fn minor_work_fires_for_a_minor_on_a_dust_post_naming_the_forbidden_hazards() {
    // Revision 2: a post whose hazards include one of hazards_forbidden_for_minors (cn: dust,
    // high temperature, ...) is forbidden to MINOR (17 on 2026-03-02) though not marked so. Noise
    // is allowed, so it is not named.
    let registry = post_with_hazards(&[Hazard::Noise, Hazard::Dust]);
    let report = cn(&with_placement(|p| p.student = MINOR), &registry);
    assert_findings(&report, &[("placement.minor_work", "placements[0]")]);
    let v = the(&report, "placement.minor_work");
    assert_eq!(v.figure("hazards"), Some("dust"));
    assert_eq!(v.figure("forbidden_for"), None);
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn minor_work_names_both_the_mark_and_the_hazards() {
    let registry = registry_with_host(|e| {
        e.posts[0].forbidden_for.insert(ProtectedGroup::Minors);
        e.posts[0].hazards.insert(Hazard::HeavyLifting);
    });
    let report = cn(&with_placement(|p| p.student = MINOR), &registry);
    assert_findings(&report, &[("placement.minor_work", "placements[0]")]);
    let v = the(&report, "placement.minor_work");
    assert_eq!(v.figure("forbidden_for"), Some("minors"));
    assert_eq!(v.figure("hazards"), Some("heavy_lifting"));
}

#[test]
fn minor_work_passes_for_a_minor_on_a_noise_and_machinery_post() {
    // Machinery and noise are not forbidden for minors (Special Protection of Juvenile Workers
    // Art. 3 does not list them).
    let registry = post_with_hazards(&[Hazard::Noise, Hazard::Machinery]);
    assert_passes(
        &cn(&with_placement(|p| p.student = MINOR), &registry),
        "placement.minor_work",
    );
}

#[test]
fn minor_work_passes_for_an_adult_on_a_dust_post() {
    let registry = post_with_hazards(&[Hazard::Dust]);
    assert_passes(&cn(&agreement(), &registry), "placement.minor_work");
}

#[test]
fn minor_work_considers_observation_visits_too() {
    let registry = registry_with_host(post_forbidden_for(ProtectedGroup::Minors));
    let a = as_kind(
        with_placement(|p| p.student = MINOR),
        PlacementKind::Observation,
    );
    assert_findings(
        &cn(&a, &registry),
        &[("placement.minor_work", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.female_work (all)
// ---------------------------------------------------------------------------------------------

/// The fixture registry with the fixture student's sex recorded as `sex` and the post forbidden
/// for women workers.
fn women_barred(sex: Option<Sex>) -> Registry {
    world(post_forbidden_for(ProtectedGroup::Women), |students| {
        students.iter_mut().find(|s| s.id == STUDENT).unwrap().sex = sex;
    })
}

#[test]
fn female_work_fires_for_a_female_student_on_a_post_forbidden_for_women() {
    let report = cn(&agreement(), &women_barred(Some(Sex::Female)));
    assert_findings(&report, &[("placement.female_work", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.female_work").figure("post"),
        Some(POST.to_string().as_str())
    );
}

#[test]
fn female_work_passes_for_a_male_student_on_a_post_forbidden_for_women() {
    assert_passes(
        &cn(&agreement(), &women_barred(Some(Sex::Male))),
        "placement.female_work",
    );
}

#[test]
fn female_work_does_not_check_an_unrecorded_sex() {
    assert_passes(
        &cn(&agreement(), &women_barred(None)),
        "placement.female_work",
    );
}

#[test]
fn female_work_passes_for_a_female_student_on_an_ordinary_post() {
    let registry = with_student(|s| s.sex = Some(Sex::Female));
    assert_passes(&cn(&agreement(), &registry), "placement.female_work");
}

#[test]
fn female_work_considers_observation_visits_too() {
    let a = as_kind(agreement(), PlacementKind::Observation);
    assert_findings(
        &cn(&a, &women_barred(Some(Sex::Female))),
        &[("placement.female_work", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.prohibited_venue (all)
// ---------------------------------------------------------------------------------------------

#[test]
fn prohibited_venue_fires_for_a_karaoke_venue() {
    let registry = registry_with_host(|e| e.venue = VenueKind::Karaoke);
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.prohibited_venue", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.prohibited_venue").figure("venue"),
        Some("Karaoke")
    );
}

#[test]
fn prohibited_venue_fires_for_each_venue_of_the_cn_list() {
    for venue in [
        VenueKind::Bar,
        VenueKind::Nightclub,
        VenueKind::Karaoke,
        VenueKind::BathCentre,
        VenueKind::GameArcade,
        VenueKind::InternetCafe,
    ] {
        let registry = registry_with_host(|e| e.venue = venue);
        assert_findings(
            &cn(&agreement(), &registry),
            &[("placement.prohibited_venue", "placements[0]")],
        );
    }
}

#[test]
fn prohibited_venue_passes_for_a_hotel() {
    let registry = registry_with_host(|e| e.venue = VenueKind::Hospitality);
    assert_passes(&cn(&agreement(), &registry), "placement.prohibited_venue");
}

#[test]
fn prohibited_venue_considers_observation_visits_too() {
    let registry = registry_with_host(|e| e.venue = VenueKind::Bar);
    let a = as_kind(agreement(), PlacementKind::Observation);
    assert_findings(
        &cn(&a, &registry),
        &[("placement.prohibited_venue", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.intermediary (all)
// ---------------------------------------------------------------------------------------------

fn through_agent() -> CooperationAgreement {
    with_placement(|p| {
        p.arranged = Arrangement::Intermediary {
            name: "Quick Jobs Agency".to_owned(),
        }
    })
}

#[test]
fn intermediary_fires_for_a_placement_arranged_through_an_agent() {
    let report = check(&through_agent());
    assert_findings(&report, &[("placement.intermediary", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.intermediary").figure("intermediary"),
        Some("Quick Jobs Agency")
    );
}

#[test]
fn intermediary_passes_for_a_placement_arranged_directly() {
    let report = check(&with_placement(|p| p.arranged = Arrangement::Direct));
    assert_passes(&report, "placement.intermediary");
}

#[test]
fn intermediary_considers_observation_visits_too() {
    assert_findings(
        &check(&as_kind(through_agent(), PlacementKind::Observation)),
        &[("placement.intermediary", "placements[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.no_charges (all)
// ---------------------------------------------------------------------------------------------

fn charge(kind: ChargeKind, amount: Option<Money>) -> Charge {
    let mut c = Charge::new(kind);
    c.amount = amount;
    c
}

#[test]
fn no_charges_fires_for_a_deposit() {
    let report = check(&with_placement(|p| {
        p.charges = vec![charge(ChargeKind::Deposit, Some(cny(500_00)))]
    }));
    assert_findings(
        &report,
        &[("placement.no_charges", "placements[0].charges[0]")],
    );
    let v = the(&report, "placement.no_charges");
    assert_eq!(v.figure("kind"), Some("Deposit"));
    assert_eq!(v.figure("amount"), Some("500.00 CNY"));
}

#[test]
fn no_charges_fires_once_per_charge() {
    let report = check(&with_placement(|p| {
        p.charges = vec![
            charge(ChargeKind::Fee, Some(cny(1))),
            charge(ChargeKind::WithheldDocument, None),
        ]
    }));
    assert_findings(
        &report,
        &[
            ("placement.no_charges", "placements[0].charges[0]"),
            ("placement.no_charges", "placements[0].charges[1]"),
        ],
    );
    let amounts: Vec<_> = report.iter().map(|v| v.figure("amount")).collect();
    assert_eq!(amounts, [Some("0.01 CNY"), None]);
}

#[test]
fn no_charges_passes_without_charges() {
    assert_passes(
        &check(&with_placement(|p| p.charges.clear())),
        "placement.no_charges",
    );
}

#[test]
fn no_charges_considers_observation_visits_too() {
    let a = as_kind(
        with_placement(|p| p.charges = vec![charge(ChargeKind::Guarantee, None)]),
        PlacementKind::Observation,
    );
    assert_findings(
        &check(&a),
        &[("placement.no_charges", "placements[0].charges[0]")],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.paid (W)
// ---------------------------------------------------------------------------------------------

#[test]
fn paid_fires_for_independent_work_without_pay_and_pay_floor_is_skipped() {
    let report = check(&with_placement(|p| p.pay = None));
    assert_findings(&report, &[("placement.paid", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.paid").figure("actual"),
        Some("none")
    );
}

#[test]
fn paid_fires_for_zero_pay_and_pay_period_and_pay_floor_are_skipped() {
    // Paid every 60 days would break placement.pay_period, and 0 is below any floor: both skip.
    let report = check(&with_placement(|p| {
        p.pay = Some(Pay::new(cny(0), 60).unwrap())
    }));
    assert_findings(&report, &[("placement.paid", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.paid").figure("actual"),
        Some("0.00 CNY")
    );
}

#[test]
fn paid_passes_for_assisting_work_paid_one_minor_unit() {
    // Assisting work has no floor: more than zero is enough.
    let a = as_kind(
        with_placement(|p| p.pay = Some(Pay::new(cny(1), 31).unwrap())),
        PlacementKind::Assisting,
    );
    assert_passes(&check(&a), "placement.paid");
}

#[test]
fn paid_considers_assisting_work_but_not_observation_visits() {
    let unpaid = with_placement(|p| p.pay = None);
    assert_findings(
        &check(&as_kind(unpaid.clone(), PlacementKind::Assisting)),
        &[("placement.paid", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(unpaid, PlacementKind::Observation)),
        "placement.paid",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.pay_floor (I)
// ---------------------------------------------------------------------------------------------

fn paying(monthly: Money) -> CooperationAgreement {
    with_placement(|p| p.pay = Some(Pay::new(monthly, 31).unwrap()))
}

#[test]
fn pay_floor_fires_one_minor_unit_below_80_percent_of_the_wage_standard() {
    // 80 % of 5000.00 CNY is 4000.00 CNY; 3999.99 is one fen short.
    let report = check(&paying(cny(3_999_99)));
    assert_findings(&report, &[("placement.pay_floor", "placements[0]")]);
    let v = the(&report, "placement.pay_floor");
    assert_eq!(v.figure("limit"), Some("80% of 5000.00 CNY = 4000.00 CNY"));
    assert_eq!(v.figure("actual"), Some("3999.99 CNY"));
    assert_eq!(v.figure("lowest_wage_standard"), None);
}

#[test]
fn pay_floor_passes_at_exactly_80_percent_of_the_wage_standard() {
    assert_passes(&check(&paying(cny(4_000_00))), "placement.pay_floor");
}

#[test]
fn pay_floor_passes_below_80_percent_at_the_hosts_lowest_grade_wage_standard() {
    let registry = registry_with_host(|e| e.lowest_wage_standard = Some(cny(3_500_00)));
    assert_passes(
        &cn(&paying(cny(3_500_00)), &registry),
        "placement.pay_floor",
    );
}

#[test]
fn pay_floor_fires_below_both_80_percent_and_the_lowest_grade_wage_standard() {
    let registry = registry_with_host(|e| e.lowest_wage_standard = Some(cny(3_500_00)));
    let report = cn(&paying(cny(3_499_99)), &registry);
    assert_findings(&report, &[("placement.pay_floor", "placements[0]")]);
    let v = the(&report, "placement.pay_floor");
    assert_eq!(v.figure("limit"), Some("80% of 5000.00 CNY = 4000.00 CNY"));
    assert_eq!(v.figure("actual"), Some("3499.99 CNY"));
    assert_eq!(v.figure("lowest_wage_standard"), Some("3500.00 CNY"));
}

#[test]
fn pay_floor_follows_the_policy_share() {
    // The fixture pays 4200.00 CNY: exactly 84 % of 5000.00 CNY; 84.1 % of it is 4205.00 CNY.
    let mut policy = Policy::cn();
    policy.min_pay_share = Share::percent(84).unwrap();
    assert_passes(
        &agreement().check(&registry(), &policy),
        "placement.pay_floor",
    );
    policy.min_pay_share = "84.1%".parse().unwrap();
    let report = agreement().check(&registry(), &policy);
    assert_findings(&report, &[("placement.pay_floor", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.pay_floor").figure("limit"),
        Some("84.1% of 5000.00 CNY = 4205.00 CNY")
    );
}

#[test]
fn pay_floor_is_skipped_when_pay_currency_fires() {
    // 1.00 EUR cannot be compared with 5000.00 CNY: only placement.pay_currency fires.
    let report = check(&paying(Money::new(1_00, Currency::EUR)));
    assert_findings(&report, &[("placement.pay_currency", "placements[0]")]);
}

#[test]
fn pay_floor_is_skipped_when_paid_fires() {
    let report = check(&paying(cny(0)));
    assert_findings(&report, &[("placement.paid", "placements[0]")]);
}

#[test]
fn pay_floor_considers_neither_assisting_work_nor_observation_visits() {
    for kind in [PlacementKind::Assisting, PlacementKind::Observation] {
        assert_passes(
            &check(&as_kind(paying(cny(3_999_99)), kind)),
            "placement.pay_floor",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// placement.pay_period (W)
// ---------------------------------------------------------------------------------------------

fn paid_every(days: u32) -> CooperationAgreement {
    with_placement(|p| p.pay = Some(Pay::new(cny(4_200_00), days).unwrap()))
}

#[test]
fn pay_period_fires_for_pay_every_32_days() {
    let report = check(&paid_every(32));
    assert_findings(&report, &[("placement.pay_period", "placements[0]")]);
    let v = the(&report, "placement.pay_period");
    assert_eq!(v.figure("limit"), Some("31 days"));
    assert_eq!(v.figure("actual"), Some("32 days"));
}

#[test]
fn pay_period_passes_for_a_calendar_month_entered_as_31_days() {
    assert_passes(&check(&paid_every(31)), "placement.pay_period");
}

#[test]
fn pay_period_is_skipped_when_paid_fires() {
    let report = check(&with_placement(|p| {
        p.pay = Some(Pay::new(cny(0), 32).unwrap())
    }));
    assert_findings(&report, &[("placement.paid", "placements[0]")]);
}

#[test]
fn pay_period_considers_assisting_work_but_not_observation_visits() {
    assert_findings(
        &check(&as_kind(paid_every(32), PlacementKind::Assisting)),
        &[("placement.pay_period", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(paid_every(32), PlacementKind::Observation)),
        "placement.pay_period",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.pay_currency (I)
// ---------------------------------------------------------------------------------------------

#[test]
fn pay_currency_fires_for_pay_in_another_currency_than_the_wage_standard() {
    let report = check(&paying(Money::new(4_200_00, Currency::EUR)));
    assert_findings(&report, &[("placement.pay_currency", "placements[0]")]);
    let v = the(&report, "placement.pay_currency");
    assert_eq!(v.figure("pay"), Some("4200.00 EUR"));
    assert_eq!(v.figure("wage_standard"), Some("5000.00 CNY"));
    assert_eq!(v.figure("lowest_wage_standard"), None);
}

#[test]
fn pay_currency_fires_for_a_lowest_grade_wage_standard_in_another_currency() {
    let registry =
        registry_with_host(|e| e.lowest_wage_standard = Some(Money::new(3_500_00, Currency::EUR)));
    let report = cn(&agreement(), &registry);
    assert_findings(&report, &[("placement.pay_currency", "placements[0]")]);
    let v = the(&report, "placement.pay_currency");
    assert_eq!(v.figure("pay"), Some("4200.00 CNY"));
    assert_eq!(v.figure("lowest_wage_standard"), Some("3500.00 EUR"));
}

#[test]
fn pay_currency_passes_with_every_figure_in_one_currency() {
    let registry = registry_with_host(|e| e.lowest_wage_standard = Some(cny(3_500_00)));
    assert_passes(&cn(&agreement(), &registry), "placement.pay_currency");
}

#[test]
fn pay_currency_considers_neither_assisting_work_nor_observation_visits() {
    for kind in [PlacementKind::Assisting, PlacementKind::Observation] {
        let a = as_kind(paying(Money::new(4_200_00, Currency::EUR)), kind);
        assert_passes(&check(&a), "placement.pay_currency");
    }
}

// ---------------------------------------------------------------------------------------------
// placement.duration (W, warning)
// ---------------------------------------------------------------------------------------------

fn lasting(first: NaiveDate, last: NaiveDate) -> CooperationAgreement {
    with_placement(|p| redate(p, range(first, last)))
}

#[test]
fn duration_fires_as_a_warning_for_a_placement_ending_six_months_after_it_starts() {
    // 2026-03-02 + 6 months = 2026-09-02: a last day on or after it lasts more than 6 months.
    let report = check(&lasting(d(2026, 3, 2), d(2026, 9, 2)));
    assert_findings(&report, &[("placement.duration", "placements[0]")]);
    let v = the(&report, "placement.duration");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("6 months"));
    assert_eq!(v.figure("dates"), Some("2026-03-02..=2026-09-02"));
}

#[test]
fn duration_passes_for_a_placement_ending_the_day_before_six_months_are_up() {
    assert_passes(
        &check(&lasting(d(2026, 3, 2), d(2026, 9, 1))),
        "placement.duration",
    );
}

#[test]
fn duration_counts_31_august_plus_6_months_as_1_march() {
    // 2026-08-31 + 6 months: 31 February 2027 does not exist, so 2027-03-01. The agreement is
    // extended to cover the longer placement.
    let at = |last: NaiveDate| {
        let mut a = lasting(d(2026, 8, 31), last);
        a.validity = range(d(2026, 3, 1), d(2027, 3, 31));
        a
    };
    assert_passes(&check(&at(d(2027, 2, 28))), "placement.duration");
    let report = check(&at(d(2027, 3, 1)));
    assert_findings(&report, &[("placement.duration", "placements[0]")]);
    assert_eq!(
        the(&report, "placement.duration").figure("dates"),
        Some("2026-08-31..=2027-03-01")
    );
}

#[test]
fn duration_considers_assisting_work_but_not_observation_visits() {
    let long = lasting(d(2026, 3, 2), d(2026, 9, 2));
    assert_findings(
        &check(&as_kind(long.clone(), PlacementKind::Assisting)),
        &[("placement.duration", "placements[0]")],
    );
    assert_passes(
        &check(&as_kind(long, PlacementKind::Observation)),
        "placement.duration",
    );
}

// ---------------------------------------------------------------------------------------------
// placement.major_match (W, warning)
// ---------------------------------------------------------------------------------------------

fn post_for_electronics() -> Registry {
    registry_with_host(|e| e.posts[0].major_category = name("electronics"))
}

#[test]
fn major_match_fires_for_a_post_of_another_major_category() {
    let report = cn(&agreement(), &post_for_electronics());
    assert_findings(&report, &[("placement.major_match", "placements[0]")]);
}

#[test]
fn major_match_fires_as_a_warning_naming_both_categories() {
    // The path is asserted by the test above; here the figures and severity.
    let report = cn(&agreement(), &post_for_electronics());
    assert_eq!(codes(&report), ["placement.major_match"], "{report}");
    let v = the(&report, "placement.major_match");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("post_major_category"), Some("electronics"));
    assert_eq!(v.figure("student_major_category"), Some("mechatronics"));
}

#[test]
fn major_match_passes_for_a_post_of_the_students_major_category() {
    let registry = registry_with_host(|e| e.posts[0].major_category = name("mechatronics"));
    assert_passes(&cn(&agreement(), &registry), "placement.major_match");
}

#[test]
fn major_match_considers_assisting_work_but_not_observation_visits() {
    let registry = post_for_electronics();
    assert_eq!(
        codes(&cn(
            &as_kind(agreement(), PlacementKind::Assisting),
            &registry
        )),
        ["placement.major_match"]
    );
    assert_passes(
        &cn(&as_kind(agreement(), PlacementKind::Observation), &registry),
        "placement.major_match",
    );
}

// ---------------------------------------------------------------------------------------------
// Several rules at once
// ---------------------------------------------------------------------------------------------

#[test]
fn five_rules_at_once_are_reported_by_path_then_code() {
    // placement.min_age, placement.filed, placement.intermediary, placement.no_charges and
    // placement.night_work, broken by one placement.
    let registry = with_pupil(d(2010, 3, 3), |_| {});
    let mut a = monday_as(shift(Mon, (14, 1), (22, 1), 60));
    let p = &mut a.placements[0];
    p.student = PUPIL;
    p.filed_on = None;
    p.arranged = Arrangement::Intermediary {
        name: "Quick Jobs Agency".to_owned(),
    };
    p.charges = vec![charge(ChargeKind::Deposit, None)];
    assert_findings(
        &cn(&a, &registry),
        &[
            ("placement.filed", "placements[0]"),
            ("placement.intermediary", "placements[0]"),
            ("placement.min_age", "placements[0]"),
            ("placement.no_charges", "placements[0].charges[0]"),
            ("placement.night_work", "placements[0].schedule.shifts[0]"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// placement.post_at_host (all) and the rules that skip a placement it reports
// ---------------------------------------------------------------------------------------------

/// Another enterprise, whose one post would break every rule about a post: a prohibited hazard,
/// heavy labour, forbidden for minors and women, another major, and a wage standard the fixture
/// pay (4200.00 CNY) is far below.
const OTHER_HOST: EnterpriseId = EnterpriseId::from_u128(14);
const OTHER_POST: PostId = PostId::from_u128(15);

fn with_other_enterprise() -> Registry {
    let base = registry();
    let mut other = enterprise();
    other.id = OTHER_HOST;
    other.name = name("Harbour Crane Services");
    let post = &mut other.posts[0];
    post.id = OTHER_POST;
    post.major_category = name("logistics");
    post.monthly_wage = cny(20_000_00);
    post.hazards = [Hazard::Height].into_iter().collect();
    post.labour_intensity = LabourIntensity::ClassIV;
    post.forbidden_for = [ProtectedGroup::Minors, ProtectedGroup::Women]
        .into_iter()
        .collect();
    let mut enterprises = base.enterprises().to_vec();
    enterprises.push(other);
    Registry::new(
        base.schools().to_vec(),
        enterprises,
        base.students().to_vec(),
        base.instructors().to_vec(),
    )
    .unwrap()
}

#[test]
fn post_at_host_fires_for_a_post_of_another_enterprise_and_the_post_rules_skip_it() {
    // The minor student, a woman: every rule about the post would fire on the other post.
    let registry = with_students(&with_other_enterprise(), |students| {
        for s in students.iter_mut().filter(|s| s.id == MINOR) {
            s.sex = Some(Sex::Female);
        }
    });
    let a = with_placement(|p| {
        p.post = OTHER_POST;
        p.student = MINOR;
    });
    let report = cn(&a, &registry);
    assert_findings(&report, &[("placement.post_at_host", "placements[0]")]);
    let v = the(&report, "placement.post_at_host");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("post"), Some(OTHER_POST.to_string().as_str()));
    assert_eq!(
        v.figure("enterprise"),
        Some(OTHER_HOST.to_string().as_str())
    );
    assert_eq!(v.figure("host"), Some(ENTERPRISE.to_string().as_str()));
}

#[test]
fn post_at_host_passes_for_the_hosts_own_post() {
    let report = cn(&agreement(), &with_other_enterprise());
    assert_passes(&report, "placement.post_at_host");
}

#[test]
fn post_at_host_considers_observation_visits_too() {
    let a = as_kind(
        with_placement(|p| p.post = OTHER_POST),
        PlacementKind::Observation,
    );
    let report = cn(&a, &with_other_enterprise());
    assert!(
        report.has(RuleCode::PlacementPostAtHost),
        "expected placement.post_at_host:\n{report}"
    );
}

// ---------------------------------------------------------------------------------------------
// placement.supervision: the school instructor as the policy requires (revision 2)
// ---------------------------------------------------------------------------------------------

fn without_school_instructor_requirement() -> Policy {
    let mut policy = Policy::cn();
    policy.school_instructor_required = false;
    policy
}

#[test]
fn supervision_fires_without_a_school_instructor_where_the_policy_requires_one() {
    let report = cn(&with_placement(|p| p.school_instructor = None), &registry());
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    let v = the(&report, "placement.supervision");
    assert_eq!(v.figure("school_instructor"), Some("none assigned"));
    assert_eq!(v.figure("supervisor"), None);
}

#[test]
fn supervision_passes_without_a_school_instructor_where_the_policy_requires_none() {
    let a = with_placement(|p| p.school_instructor = None);
    let report = a.check(&registry(), &without_school_instructor_requirement());
    assert_passes(&report, "placement.supervision");
}

#[test]
fn supervision_still_needs_the_host_supervisor_where_no_school_instructor_is_required() {
    let a = with_placement(|p| {
        p.school_instructor = None;
        p.supervisor = None;
    });
    let report = a.check(&registry(), &without_school_instructor_requirement());
    assert_findings(&report, &[("placement.supervision", "placements[0]")]);
    let v = the(&report, "placement.supervision");
    assert_eq!(v.figure("supervisor"), Some("none assigned"));
    assert_eq!(v.figure("school_instructor"), None);
}
