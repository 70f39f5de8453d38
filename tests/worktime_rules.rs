//! The four `worktime.*` rules on a placement's schedule: each fires on the smallest fault, with
//! its exact code and path, and the nearest valid schedule passes.

mod common;

use chrono::Weekday::{self, Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::*;
use school_enterprise::WeekdaySet;
use school_enterprise::*;

fn with_shifts(shifts: Vec<Shift>) -> CooperationAgreement {
    let mut a = agreement();
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    a
}

fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

fn days(days: &[Weekday], start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Vec<Shift> {
    days.iter()
        .map(|&day| shift(day, start, end, unpaid_break))
        .collect()
}

#[test]
fn daily_hours_fires_for_eight_and_a_half_hours_on_one_day() {
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.push(shift(Mon, (8, 0), (17, 30), 60));
    let report = check(&with_shifts(shifts));
    // 8.5 h on Monday; the week is 40.5 h, which the weekly rule also reports.
    assert_findings(
        &report,
        &[
            ("worktime.daily_hours", "placements[0].schedule"),
            ("worktime.weekly_hours", "placements[0].schedule"),
        ],
    );
    let daily = report
        .with_code(RuleCode::WorktimeDailyHours)
        .next()
        .unwrap();
    assert_eq!(daily.figure("day"), Some("Mon"));
    assert_eq!(daily.figure("limit"), Some("8 h"));
    assert_eq!(daily.figure("actual"), Some("8 h 30 min"));
}

#[test]
fn daily_hours_passes_at_exactly_eight_hours() {
    assert!(check(&with_shifts(days(
        &[Mon, Tue, Wed, Thu, Fri],
        (8, 0),
        (17, 0),
        60
    )))
    .is_empty());
}

#[test]
fn daily_hours_counts_a_night_shift_towards_the_day_it_starts() {
    // Monday 20:00 to Tuesday 05:00 with no break: 9 h on Monday, nothing on Tuesday.
    let mut shifts = vec![shift(Mon, (20, 0), (5, 0), 0)];
    shifts.extend(days(&[Wed, Thu], (8, 0), (16, 0), 0));
    let report = check(&with_shifts(shifts));
    let daily: Vec<_> = report.with_code(RuleCode::WorktimeDailyHours).collect();
    assert_eq!(daily.len(), 1, "{report}");
    assert_eq!(daily[0].figure("day"), Some("Mon"));
    assert_eq!(daily[0].figure("actual"), Some("9 h"));
    assert_eq!(daily[0].path().to_string(), "placements[0].schedule");
}

#[test]
fn daily_hours_reports_each_long_day_once() {
    let report = check(&with_shifts(days(&[Mon, Wed], (8, 0), (18, 0), 0)));
    let days: Vec<_> = report
        .with_code(RuleCode::WorktimeDailyHours)
        .map(|v| v.figure("day").unwrap().to_owned())
        .collect();
    assert_eq!(days, ["Mon", "Wed"]);
}

#[test]
fn weekly_hours_fires_above_forty_hours_within_daily_limits() {
    // Six days of 7 h = 42 h, each day within 8 h; Sunday stays free.
    let report = check(&with_shifts(days(
        &[Mon, Tue, Wed, Thu, Fri, Sat],
        (8, 0),
        (16, 0),
        60,
    )));
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "placements[0].schedule")],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("42 h"));
}

#[test]
fn weekly_hours_passes_at_exactly_forty_hours() {
    // Five days of 8 h with no break.
    let report = check(&with_shifts(days(
        &[Mon, Tue, Wed, Thu, Fri],
        (9, 0),
        (17, 0),
        0,
    )));
    assert!(report.is_empty(), "{report}");
}

#[test]
fn weekly_hours_follows_the_policy_limit() {
    let a = with_shifts(days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (16, 0), 60));
    let mut policy = Policy::cn();
    policy.max_weekly_work_hours = 42;
    assert!(a.check(&registry(), &policy).is_empty());
}

#[test]
fn rest_days_fires_when_every_weekday_has_a_shift() {
    let report = check_at_nonstop_host(&with_shifts(days(
        &[Mon, Tue, Wed, Thu, Fri, Sat, Sun],
        (9, 0),
        (14, 0),
        0,
    )));
    assert_findings(&report, &[("worktime.rest_days", "placements[0].schedule")]);
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("limit"), Some("1 day(s)"));
    assert_eq!(v.figure("actual"), Some("0 day(s)"));
}

#[test]
fn rest_days_passes_with_sunday_free() {
    assert!(check(&with_shifts(days(
        &[Mon, Tue, Wed, Thu, Fri, Sat],
        (9, 0),
        (14, 0),
        0
    )))
    .is_empty());
}

#[test]
fn rest_days_counts_the_day_a_night_shift_runs_into() {
    // Monday to Friday by day, and Saturday 22:00 to Sunday 02:00: Sunday has a minute of work.
    let mut shifts = days(&[Mon, Tue, Wed, Thu, Fri], (9, 0), (14, 0), 0);
    shifts.push(shift(Sat, (22, 0), (2, 0), 0));
    assert_findings(
        &check_without_night_ban(&with_shifts(shifts)),
        &[("worktime.rest_days", "placements[0].schedule")],
    );
}

#[test]
fn rest_days_ignores_a_shift_ending_at_midnight() {
    // Saturday 16:00 to 00:00 has no minute on Sunday.
    let mut shifts = days(&[Mon, Tue, Wed, Thu, Fri], (9, 0), (14, 0), 0);
    shifts.push(shift(Sat, (16, 0), (0, 0), 0));
    assert!(check_without_night_ban(&with_shifts(shifts)).is_empty());
}

/// Checks at a host with no weekly rest day, under a policy with no night window, so that night
/// shifts break no placement rule.
fn check_without_night_ban(a: &CooperationAgreement) -> Report {
    let mut policy = Policy::cn();
    policy.placement_night_window = None;
    a.check(
        &registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY)),
        &policy,
    )
}

fn german_night_policy() -> Policy {
    let mut policy = Policy::cn();
    policy.minor_night_window = Some(DailyWindow::new(t(20, 0), t(6, 0)).unwrap());
    policy
}

fn minor_with(shifts: Vec<Shift>) -> CooperationAgreement {
    let mut a = with_shifts(shifts);
    a.placements[0].student = MINOR; // born 2008-06-01: 17 on 2026-03-02
    a
}

#[test]
fn minor_night_work_fires_for_a_minor_working_past_the_window_start() {
    let mut shifts = days(&[Mon, Tue], (9, 0), (17, 0), 0);
    shifts.push(shift(Wed, (14, 0), (20, 30), 0));
    let report = minor_with(shifts).check(&registry(), &german_night_policy());
    assert_findings(
        &report,
        &[(
            "worktime.minor_night_work",
            "placements[0].schedule.shifts[2]",
        )],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("window"),
        Some("20:00–06:00")
    );
}

#[test]
fn minor_night_work_fires_for_a_shift_starting_before_the_window_ends() {
    // A minors' night until 07:00; the placements' night ends at 06:00.
    let mut policy = Policy::cn();
    policy.minor_night_window = Some(DailyWindow::new(t(20, 0), t(7, 0)).unwrap());
    let report = minor_with(vec![shift(Thu, (6, 59), (14, 0), 0)]).check(&registry(), &policy);
    assert_findings(
        &report,
        &[(
            "worktime.minor_night_work",
            "placements[0].schedule.shifts[0]",
        )],
    );
}

#[test]
fn minor_night_work_passes_for_shifts_touching_the_window() {
    let shifts = vec![
        shift(Mon, (14, 0), (20, 0), 0),
        shift(Tue, (6, 0), (14, 0), 0),
    ];
    assert!(minor_with(shifts)
        .check(&registry(), &german_night_policy())
        .is_empty());
}

#[test]
fn minor_night_work_passes_for_an_adult_on_the_first_day() {
    // MINOR turns 18 on 2026-06-01: a placement starting that day is an adult's.
    let mut a = minor_with(vec![shift(Wed, (14, 0), (22, 0), 0)]);
    redate(
        &mut a.placements[0],
        DateRange::new(d(2026, 6, 1), d(2026, 6, 30)).unwrap(),
    );
    assert!(a.check(&registry(), &german_night_policy()).is_empty());
    // The day before the birthday, the same shift is a minor's night work.
    redate(
        &mut a.placements[0],
        DateRange::new(d(2026, 5, 31), d(2026, 6, 30)).unwrap(),
    );
    let report = a.check(&registry(), &german_night_policy());
    assert_findings(
        &report,
        &[(
            "worktime.minor_night_work",
            "placements[0].schedule.shifts[0]",
        )],
    );
}

#[test]
fn minor_night_work_is_off_without_a_window_as_in_cn() {
    let a = minor_with(vec![shift(Wed, (14, 0), (22, 0), 0)]);
    assert!(check(&a).is_empty());
}

#[test]
fn worktime_rules_consider_observation_visits_too() {
    let mut a = with_shifts(days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (16, 0), 60));
    a.placements[0].kind = PlacementKind::Observation;
    a.placements[0].pay = None;
    assert_findings(
        &check(&a),
        &[("worktime.weekly_hours", "placements[0].schedule")],
    );
}
