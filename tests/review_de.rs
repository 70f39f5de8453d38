//! Review of the de profile against RULES.md: boundaries and readings the first tests left open.
//! Expected figures are computed by hand from the catalogue and the laws it cites.

mod common;

use chrono::Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
use common::de::*;
use common::*;
use school_enterprise::*;

// worktime.breaks: JArbSchG § 11(1) "more than 4 h 30 up to 6 h: 30 min; more than 6 h: 60 min";
// ArbZG § 4 "more than 6 h up to 9 h: 30 min; more than 9 h: 45 min".

/// The de agreement with Monday replaced by `monday`, Tuesday to Friday 08:00–17:00 less an hour.
fn with_monday(a: CooperationAgreement, monday: Shift) -> CooperationAgreement {
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(0, monday);
    with_shifts(a, shifts)
}

#[test]
fn a_minor_working_four_and_a_half_hours_needs_no_break_and_one_minute_more_needs_thirty() {
    let a = with_monday(minor_agreement(), shift(Mon, (8, 0), (12, 30), 0));
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    let a = with_monday(minor_agreement(), shift(Mon, (8, 0), (12, 31), 0));
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.breaks",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("day", "Mon"),
            ("limit", "30 min"),
            ("actual", "0 min"),
            ("working_time", "4 h 31 min"),
        ],
    );
}

#[test]
fn a_minor_working_six_hours_and_one_minute_with_thirty_minutes_fires() {
    // 08:00–14:31 less 30 min is 6 h 1 min: 60 min required.
    let a = with_monday(minor_agreement(), shift(Mon, (8, 0), (14, 31), 30));
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.breaks",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("limit", "60 min"),
            ("actual", "30 min"),
            ("working_time", "6 h 1 min"),
        ],
    );
}

#[test]
fn an_adult_working_nine_hours_needs_thirty_minutes_and_one_minute_more_needs_forty_five() {
    // 07:00–16:30 less 30 min is 9 h: 30 min is enough (ArbZG § 4).
    let a = with_monday(de_agreement(), shift(Mon, (7, 0), (16, 30), 30));
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    let a = with_monday(de_agreement(), shift(Mon, (7, 0), (16, 31), 30));
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.breaks",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("limit", "45 min"),
            ("actual", "30 min"),
            ("working_time", "9 h 1 min"),
        ],
    );
}

// record.breaks: "Every recorded shift has the break `worktime.breaks` requires for its working
// time". A policy whose minors' list is empty gives minors the adults' breaks in
// `worktime.breaks`; the record must require the same.

#[test]
fn record_breaks_requires_what_worktime_breaks_requires_for_a_minor() {
    let mut policy = Policy::cn().switch_off(RuleCode::RecordBeyondSchedule);
    policy.min_breaks = Some(MinBreaks::new(vec![BreakStep::new(360, 30)], vec![]));
    let mut a = agreement();
    a.placements[0].student = MINOR;
    // The plan's shifts work 8 h with an hour's break; the record's Tuesday 7 h with none.
    let mut record = Record::new(d(2026, 3, 3));
    record.shifts = vec![WorkedShift::new(d(2026, 3, 3), t(8, 0), t(15, 0), 0).unwrap()];
    a.placements[0].record = Some(record);
    let report = a.check(&registry(), &policy);
    let v = only(&report, "record.breaks", "placements[0].record.shifts[0]");
    assert_figures(v, &[("limit", "30 min"), ("actual", "0 min")]);
    // The plan under the same policy: a 7 h shift with no break fires worktime.breaks too.
    let mut plan = with_shifts(agreement(), days(&[Mon, Tue], (8, 0), (15, 0), 0));
    plan.placements[0].student = MINOR;
    let report = plan.check(
        &registry(),
        &Policy::cn().switch_off(RuleCode::RecordBeyondSchedule),
    );
    assert!(report.is_empty(), "{report}");
    let report = plan.check(&registry(), &policy);
    assert_eq!(
        report.with_code(RuleCode::WorktimeBreaks).count(),
        2,
        "{report}"
    );
}

// worktime.school_day: "no shift starts before a school day's start when that start is before
// 09:00".

#[test]
fn a_school_start_at_eight_fifty_nine_keeps_the_morning_free() {
    let mut shifts = days(&[Mon, Tue, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(2, shift(Wed, (6, 0), (8, 0), 0));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Wed, (8, 59), (13, 0), 4)];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[2]",
    );
    assert_figures(v, &[("day", "Wed")]);
}

#[test]
fn an_extra_shift_before_an_early_school_start_fires_naming_its_date() {
    let mut a = de_agreement();
    a.placements[0].school_days = vec![school(Sat, (8, 0), (12, 0), 4)];
    // Saturday 2026-03-07 06:00–07:30.
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 7), t(6, 0), t(7, 30), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].extra_shifts[0]",
    );
    assert_figures(v, &[("date", "2026-03-07")]);
}

#[test]
fn only_the_first_long_school_day_of_the_week_is_kept_free() {
    // Six lessons on Monday and on Wednesday: Monday is the first long day (no work), Wednesday
    // is credited 07:45–13:00 = 5 h 15 min; with 4 h of work it is 9 h 15 min, within an
    // adult's 10 h. Week: Tue, Thu, Fri 8 h + Wed 4 h = 28 h, plus 8 h + 5 h 15 min = 41 h 15 min.
    let mut shifts = days(&[Tue, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(1, shift(Wed, (14, 0), (18, 0), 0));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![
        school(Mon, (7, 45), (13, 0), 6),
        school(Wed, (7, 45), (13, 0), 6),
    ];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
    // A shift on Monday is a shift on the first long day.
    let mut shifts = days(&[Tue, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (14, 0), (16, 0), 0));
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(v, &[("day", "Mon")]);
}

#[test]
fn an_adult_week_with_school_credit_is_judged_against_forty_eight_hours() {
    // Monday school 07:45–13:00 (5 lessons): 5 h 15 min of credit. Tuesday to Saturday 9 h of
    // work (08:00–17:30 less 30 min) = 45 h; with the credit 50 h 15 min > 48 h.
    let mut a = with_shifts(
        de_agreement(),
        days(&[Tue, Wed, Thu, Fri, Sat], (8, 0), (17, 30), 30),
    );
    a.placements[0].school_days = vec![school(Mon, (7, 45), (13, 0), 5)];
    let report = check_de(&a);
    let v = only(&report, "worktime.school_day", "placements[0].schedule");
    assert_figures(
        v,
        &[
            ("limit", "48 h"),
            ("working_time", "45 h"),
            ("school_credit", "5 h 15 min"),
        ],
    );
    // 42 h of work (Saturday 08:00–11:30 less 30 min = 3 h) plus 5 h 15 min = 47 h 15 min passes.
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 30), 30);
    shifts.push(shift(Sat, (8, 0), (11, 30), 0));
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn thirty_three_lessons_on_five_days_are_no_block_week_and_thirty_four_are() {
    // 33 × 45 min = 24 h 45 min < 25 h; 34 × 45 min = 25 h 30 min.
    let mut a = with_shifts(de_agreement(), vec![shift(Sat, (8, 0), (12, 0), 0)]);
    let set = |a: &mut CooperationAgreement, lessons: [u32; 5]| {
        a.placements[0].school_days = [Mon, Tue, Wed, Thu, Fri]
            .iter()
            .zip(lessons)
            .map(|(&day, n)| school(day, (8, 0), (15, 0), n))
            .collect();
    };
    set(&mut a, [7, 7, 7, 6, 6]);
    let report = check_de(&a);
    // Not a block week: Monday is the first long day; Saturday 4 h is allowed. The week: 4 h of
    // work plus 8 h + 4 × 7 h credit = 40 h, within 48 h.
    assert!(report.is_empty(), "{report}");
    set(&mut a, [7, 7, 7, 7, 6]);
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(v, &[("lessons", "34 lessons a week")]);
}

// worktime.minor_daily_hours on a dated date.

#[test]
fn an_extra_hour_after_a_minors_eight_hour_day_fires_the_minors_limits_at_the_extra_shift() {
    // Wednesday 2026-03-04: 8 h + 17:00–18:00 = 9 h; that week 41 h.
    let mut a = minor_agreement();
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 4), t(17, 0), t(18, 0), 0).unwrap()];
    let report = check_de(&a);
    assert_findings(
        &report,
        &[
            (
                "worktime.minor_daily_hours",
                "placements[0].extra_shifts[0]",
            ),
            (
                "worktime.minor_weekly_hours",
                "placements[0].extra_shifts[0]",
            ),
        ],
    );
    let daily = report
        .with_code(RuleCode::WorktimeMinorDailyHours)
        .next()
        .unwrap();
    assert_figures(
        daily,
        &[("date", "2026-03-04"), ("limit", "8 h"), ("actual", "9 h")],
    );
}

// placement.training_allowance

#[test]
fn a_training_started_on_29_february_changes_year_on_1_march() {
    // Started 2024-02-29 (2024: 649 / 766 / 876 / 909 EUR). Training year 3 starts 2026-03-01
    // and year 4 on 2027-03-01 (29 February plus 3 years is 1 March in a common year), so
    // 2026-03-02 to 2027-02-28 is year 3 only: 876.00 a month passes.
    let mut a = trainee(d(2024, 2, 29), 876_00);
    a.placements[0].dates = DateRange::new(d(2026, 3, 2), d(2027, 2, 28)).unwrap();
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
    a.placements[0].pay = Some(Pay::new(eur(875_99), 31).unwrap());
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(
        v,
        &[
            ("training_year", "3"),
            ("training_started_on", "2024-02-29"),
            ("limit", "876.00 EUR"),
            ("actual", "875.99 EUR"),
        ],
    );
}

#[test]
fn each_training_year_short_is_one_violation() {
    // Started 2025-09-02; the placement 2026-03-02 to 2027-02-28 spans year 1 (682.00) and year 2
    // (805.00, from 2026-09-02). 600.00 is short in both.
    let mut a = trainee(d(2025, 9, 2), 600_00);
    a.placements[0].dates = DateRange::new(d(2026, 3, 2), d(2027, 2, 28)).unwrap();
    let report = check_de(&a);
    assert_findings(
        &report,
        &[
            ("placement.training_allowance", "placements[0]"),
            ("placement.training_allowance", "placements[0]"),
        ],
    );
    let years: Vec<_> = report
        .iter()
        .map(|v| (v.figure("training_year"), v.figure("limit")))
        .collect();
    assert_eq!(
        years,
        [
            (Some("1"), Some("682.00 EUR")),
            (Some("2"), Some("805.00 EUR"))
        ]
    );
}

#[test]
fn zero_pay_is_below_the_minimum_training_allowance_too() {
    // RULES.md skips pay_floor, pay_period and record.paid_in_full where placement.paid fires,
    // but names no such skip for placement.training_allowance: 0.00 EUR is below 682.00 EUR.
    let a = trainee(d(2025, 9, 1), 0);
    let report = check_de(&a);
    assert_findings(
        &report,
        &[
            ("placement.paid", "placements[0]"),
            ("placement.training_allowance", "placements[0]"),
        ],
    );
    let v = report
        .with_code(RuleCode::PlacementTrainingAllowance)
        .next()
        .unwrap();
    assert_figures(
        v,
        &[
            ("training_year", "1"),
            ("limit", "682.00 EUR"),
            ("actual", "0.00 EUR"),
        ],
    );
    // No pay at all: only placement.paid (an absent value is never read as zero).
    let mut a = a;
    a.placements[0].pay = None;
    let report = check_de(&a);
    only(&report, "placement.paid", "placements[0]");
}

// worktime.daily_rest and worktime.minor_days_per_week on dated changes.

#[test]
fn an_early_saturday_extra_shift_after_fridays_work_fires_at_the_extra_shift() {
    // Friday 2026-03-06 ends 17:00; Saturday 03:00 leaves 10 h < 11 h (ArbZG § 5).
    let mut a = de_agreement();
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 7), t(3, 0), t(5, 0), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].extra_shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("date", "2026-03-07"),
            ("limit", "11 h"),
            ("actual", "10 h"),
        ],
    );
    // From 04:00, exactly 11 h.
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 7), t(4, 0), t(6, 0), 0).unwrap()];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_minors_extra_saturday_is_a_sixth_day_of_that_week() {
    // Monday to Friday 8 h (40 h) and Saturday 2026-03-07 08:00–10:00: six days and 42 h.
    let mut a = minor_agreement();
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 7), t(8, 0), t(10, 0), 0).unwrap()];
    let report = check_de(&a);
    assert_findings(
        &report,
        &[
            (
                "worktime.minor_days_per_week",
                "placements[0].extra_shifts[0]",
            ),
            (
                "worktime.minor_weekly_hours",
                "placements[0].extra_shifts[0]",
            ),
        ],
    );
    let v = report
        .with_code(RuleCode::WorktimeMinorDaysPerWeek)
        .next()
        .unwrap();
    assert_figures(
        v,
        &[
            ("week", "2026-03-02"),
            ("limit", "5 days"),
            ("actual", "6 days"),
        ],
    );
    // With Friday 2026-03-06 off, Saturday is the fifth day and the week 34 h.
    a.placements[0].days_off = vec![d(2026, 3, 6)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_part_time_minimum_is_compared_exactly() {
    // 66.7 % of 682.00 EUR is 454.894 EUR: 454.89 is short, 454.90 is not (compared by
    // cross-multiplying: 45,489 × 1000 < 68,200 × 667 = 45,489,400 ≤ 45,490 × 1000).
    let mut a = trainee(d(2025, 9, 1), 454_89);
    a.placements[0].pay.as_mut().unwrap().part_time_share =
        Some(Share::from_per_mille(667).unwrap());
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(v, &[("actual", "454.89 EUR"), ("part_time_share", "66.7%")]);
    a.placements[0].pay.as_mut().unwrap().monthly = eur(454_90);
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}
