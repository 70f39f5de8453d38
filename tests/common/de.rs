//! The fixture as a German training placement, for the tests of the de profile: pay and wages in
//! euros, and helpers that build schedules and assert one violation's code, path and figures.

use chrono::{NaiveDate, Weekday};
use school_enterprise::*;

use super::{agreement, assert_findings, codes, registry_with_host, t, MINOR};

/// `cents` euro cents.
pub fn eur(cents: u64) -> Money {
    Money::new(cents, Currency::EUR)
}

/// The fixture registry with the post's wage standard in euros (a German host; it declares
/// Sunday as its weekly rest day).
pub fn de_registry() -> Registry {
    de_registry_with_host(|_| {})
}

/// [`de_registry`] with the host changed by `change`.
pub fn de_registry_with_host(change: impl FnOnce(&mut Enterprise)) -> Registry {
    registry_with_host(|e| {
        for post in &mut e.posts {
            post.monthly_wage = eur(3_000_00);
        }
        change(e);
    })
}

/// The fixture agreement as a German training placement: paid 1,000.00 EUR a month (above every
/// minimum of the allowance table), the adult student, Monday to Friday 08:00–17:00 with an hour's
/// break.
pub fn de_agreement() -> CooperationAgreement {
    let mut a = agreement();
    a.placements[0].pay = Some(Pay::new(eur(1_000_00), 31).unwrap());
    a
}

/// The de agreement for the minor student (17 on the first day).
pub fn minor_agreement() -> CooperationAgreement {
    let mut a = de_agreement();
    a.placements[0].student = MINOR;
    a
}

/// The de agreement with training started on `started`, pay `monthly` in euro cents.
pub fn trainee(started: NaiveDate, monthly: u64) -> CooperationAgreement {
    let mut a = de_agreement();
    a.placements[0].training_started_on = Some(started);
    a.placements[0].pay = Some(Pay::new(eur(monthly), 31).unwrap());
    a
}

/// Checks `a` against [`de_registry`] under [`Policy::de`].
pub fn check_de(a: &CooperationAgreement) -> Report {
    a.check(&de_registry(), &Policy::de())
}

/// Checks `a` against [`de_registry`] under [`Policy::cn`].
pub fn check_cn(a: &CooperationAgreement) -> Report {
    a.check(&de_registry(), &Policy::cn())
}

/// A shift on `day` from `start` to `end` (hours, minutes) with `unpaid_break` minutes.
pub fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

/// The same shift on each of `days`.
pub fn days(days: &[Weekday], start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Vec<Shift> {
    days.iter()
        .map(|&day| shift(day, start, end, unpaid_break))
        .collect()
}

/// `a` with its placement's schedule the one weekly pattern of `shifts`.
pub fn with_shifts(mut a: CooperationAgreement, shifts: Vec<Shift>) -> CooperationAgreement {
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    a
}

/// A vocational-school day on `day` from `start` to `end` with `lessons` lessons.
pub fn school(day: Weekday, start: (u32, u32), end: (u32, u32), lessons: u32) -> SchoolDay {
    SchoolDay::new(day, t(start.0, start.1), t(end.0, end.1), lessons).unwrap()
}

/// The only violation of `report`, asserting its code and path.
#[track_caller]
pub fn only<'r>(report: &'r Report, code: &str, path: &str) -> &'r Violation {
    assert_findings(report, &[(code, path)]);
    report.iter().next().unwrap()
}

/// Asserts each named figure of `v`.
#[track_caller]
pub fn assert_figures(v: &Violation, expected: &[(&str, &str)]) {
    for (name, value) in expected {
        assert_eq!(v.figure(name), Some(*value), "figure {name} of {v}");
    }
}

/// Asserts `report` holds no violation of `code`.
#[track_caller]
pub fn assert_no_code(report: &Report, code: &str) {
    assert!(
        !codes(report).iter().any(|c| c == code),
        "{code} reported:\n{report}"
    );
}
