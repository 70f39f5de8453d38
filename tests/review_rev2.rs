//! Review of revision 2 against RULES.md: each test pins a sentence of the catalogue that the
//! crate read differently, with the figures computed by hand from RULES.md.
//!
//! The fixture placement runs from Monday 2 March to Tuesday 30 June 2026, Monday to Friday
//! 08:00–17:00 with an unpaid hour (8 h a day, 40 h a week), at a host resting on Sundays;
//! cn: 8 h a day, 40 h in any calendar week, one rest day a week, night 22:00–06:00.

mod common;

use common::*;
use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// record.weekly_hours: "One violation per week, at its first shift"; "a shift counts towards the
// date and the week it starts in" (Conventions, "Schedules, rotas and dated changes").
// ---------------------------------------------------------------------------------------------

#[test]
fn weekly_hours_reports_at_the_first_shift_that_starts_in_the_week_not_at_a_sunday_spill() {
    // A host with no rest days, no night window, no plan comparison: only hours are judged.
    let mut policy = Policy::cn().switch_off(RuleCode::RecordBeyondSchedule);
    policy.placement_night_window = None;
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let mut record = office_record(d(2026, 3, 15));
    // Week of 2 March: Mon–Thu 32 h + Fri 1 h + Sunday 8 March 20:00–02:00 (6 h) = 39 h.
    replace_shift(&mut record, ws(d(2026, 3, 6), (9, 0), (10, 0), 0));
    record.shifts.push(ws(d(2026, 3, 8), (20, 0), (2, 0), 0));
    // Week of 9 March: Mon–Fri 40 h + Saturday 14 March 09:00–10:00 = 41 h > 40 h. The Sunday
    // shift reaches into Monday 9 March but counts towards the week of 2 March.
    record.shifts.push(ws(d(2026, 3, 14), (9, 0), (10, 0), 0));
    let monday = at_date(&record, d(2026, 3, 9));
    let report = with_record(record).check(&nonstop, &policy);
    let path = format!("placements[0].record.shifts[{monday}]");
    assert_record(&report, &[("record.weekly_hours", &path)]);
    let v = one(&report, RuleCode::RecordWeeklyHours);
    assert_eq!(v.figure("week"), Some("2026-03-09"));
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("41 h"));
}

// ---------------------------------------------------------------------------------------------
// placement.rest_day_work / record.rest_day_work: "an enterprise that declares none rests on the
// policy's `default_rest_days`" (cn: Saturday and Sunday).
// ---------------------------------------------------------------------------------------------

fn shift(day: chrono::Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

/// Monday to Thursday and Saturday, 08:00–17:00 with an unpaid hour: 40 h, Friday and Sunday off.
fn saturday_week() -> Schedule {
    use chrono::Weekday::*;
    let shifts = [Mon, Tue, Wed, Thu, Sat]
        .into_iter()
        .map(|day| shift(day, (8, 0), (17, 0), 60))
        .collect();
    Schedule::from(WeeklySchedule::new(shifts).unwrap())
}

#[test]
fn a_host_declaring_no_rest_days_rests_on_the_policys_default_saturday_and_sunday() {
    let undeclared = registry_with_host(|e| e.rest_days = None);
    let mut a = agreement();
    a.placements[0].schedule = saturday_week();
    let report = a.check(&undeclared, &Policy::cn());
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    // The first Saturday of the placement (Monday 2 March 2026) is 7 March.
    let v = one(&report, RuleCode::PlacementRestDayWork);
    assert_eq!(v.figure("date"), Some("2026-03-07"));
    // A policy whose default is Sunday alone lets the same host work on Saturdays.
    let mut sunday_only = Policy::cn();
    sunday_only.default_rest_days = WeekdaySet::SUNDAY;
    assert!(a.check(&undeclared, &sunday_only).is_empty());
    // A host that declares Sunday alone works on Saturdays under cn's default too.
    assert!(a.check(&registry(), &Policy::cn()).is_empty());
}

#[test]
fn a_recorded_saturday_at_a_host_declaring_no_rest_days_is_rest_day_work() {
    let undeclared = registry_with_host(|e| e.rest_days = None);
    let policy = Policy::cn().switch_off(RuleCode::RecordBeyondSchedule);
    let mut record = office_record(d(2026, 3, 8));
    // Friday 6 March moved to Saturday 7 March: still 40 h in the week.
    let friday = at_date(&record, d(2026, 3, 6));
    record.shifts[friday] = ws(d(2026, 3, 7), (8, 0), (17, 0), 60);
    let report = with_record(record.clone()).check(&undeclared, &policy);
    let path = format!("placements[0].record.shifts[{friday}]");
    assert_record(&report, &[("record.rest_day_work", &path)]);
    assert_eq!(
        one(&report, RuleCode::RecordRestDayWork).figure("date"),
        Some("2026-03-07")
    );
    // On a make-up working day the same Saturday is no rest-day work.
    let make_up = policy.with_official_calendar([], [d(2026, 3, 7)]).unwrap();
    assert!(with_record(record).check(&undeclared, &make_up).is_empty());
}

// ---------------------------------------------------------------------------------------------
// placement.holiday_work: "A shift occupies every calendar day on which it has a minute ... A day
// off cancels the shifts that start on it."
// ---------------------------------------------------------------------------------------------

#[test]
fn a_sunday_night_running_into_a_holiday_monday_is_holiday_work_though_the_monday_is_off() {
    use chrono::Weekday::*;
    let mut policy = Policy::cn()
        .with_official_calendar([d(2026, 4, 6)], [])
        .unwrap();
    policy.placement_night_window = None;
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    // Monday to Thursday 08:00–17:00 (32 h) and Sunday 22:00–06:00 (8 h): 40 h, Friday and
    // Saturday free.
    let mut shifts: Vec<Shift> = [Mon, Tue, Wed, Thu]
        .into_iter()
        .map(|day| shift(day, (8, 0), (17, 0), 60))
        .collect();
    shifts.push(shift(Sun, (22, 0), (6, 0), 0));
    let mut a = agreement();
    a.placements[0].schedule = Schedule::from(WeeklySchedule::new(shifts).unwrap());
    // Monday 6 April 2026 is a holiday and a day off: its own 08:00 shift is cancelled, but the
    // shift of Sunday 5 April still works into it.
    a.placements[0].days_off.push(d(2026, 4, 6));
    let report = a.check(&nonstop, &policy);
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].schedule.shifts[4]")],
    );
    assert_eq!(
        one(&report, RuleCode::PlacementHolidayWork).figure("holiday"),
        Some("2026-04-06")
    );
    // With Sunday 5 April off as well, nothing works into the holiday.
    a.placements[0].days_off.push(d(2026, 4, 5));
    assert!(
        a.check(&nonstop, &policy).is_empty(),
        "{}",
        a.check(&nonstop, &policy)
    );
}

// ---------------------------------------------------------------------------------------------
// Record limits, one minute over: "'exceeds' or 'more than' fires only above"; "touching is not
// overlapping ... 05:59–14:00 does [overlap 22:00–06:00]".
// ---------------------------------------------------------------------------------------------

fn cn_on_plan() -> Policy {
    Policy::cn().switch_off(RuleCode::RecordBeyondSchedule)
}

#[test]
fn record_daily_hours_fires_at_eight_hours_and_one_minute() {
    let mut record = office_record(d(2026, 3, 8));
    // Thursday 5 March 08:00–17:01 less an hour: 8 h 1 min; Friday 6 March shortened by a minute
    // so that the week stays at 40 h.
    let k = replace_shift(&mut record, ws(d(2026, 3, 5), (8, 0), (17, 1), 60));
    replace_shift(&mut record, ws(d(2026, 3, 6), (8, 0), (16, 59), 60));
    let report = with_record(record).check(&registry(), &cn_on_plan());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.daily_hours", &path)]);
    let v = one(&report, RuleCode::RecordDailyHours);
    assert_eq!(v.figure("date"), Some("2026-03-05"));
    assert_eq!(v.figure("limit"), Some("8 h"));
    assert_eq!(v.figure("actual"), Some("8 h 1 min"));
}

#[test]
fn record_weekly_hours_fires_at_forty_hours_and_one_minute() {
    let mut record = office_record(d(2026, 3, 8));
    // Saturday 7 March 09:00–09:01: one minute over 40 h in the week of 2 March.
    record.shifts.push(ws(d(2026, 3, 7), (9, 0), (9, 1), 0));
    let report = with_record(record).check(&registry(), &cn_on_plan());
    assert_record(
        &report,
        &[("record.weekly_hours", "placements[0].record.shifts[0]")],
    );
    let v = one(&report, RuleCode::RecordWeeklyHours);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("40 h 1 min"));
}

#[test]
fn record_night_work_fires_a_minute_into_the_window_on_either_side() {
    let mut record = office_record(d(2026, 3, 8));
    // Wednesday 14:01–22:01 and Thursday 05:59–13:59: 8 h each, a minute of night each.
    let late = replace_shift(&mut record, ws(d(2026, 3, 4), (14, 1), (22, 1), 0));
    let early = replace_shift(&mut record, ws(d(2026, 3, 5), (5, 59), (13, 59), 0));
    let report = with_record(record).check(&registry(), &cn_on_plan());
    assert_record(
        &report,
        &[
            (
                "record.night_work",
                &format!("placements[0].record.shifts[{late}]"),
            ),
            (
                "record.night_work",
                &format!("placements[0].record.shifts[{early}]"),
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// record.paid_in_full over `pay_month_days` = 30 (de, BBiG § 18(1): "the month counts as 30
// days" when pay is computed for single days): a whole calendar month is due the agreed monthly
// pay, a 31-day month no more than it.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_whole_thirty_one_day_month_is_due_the_monthly_pay_over_thirty_day_months() {
    let mut policy = Policy::cn();
    policy.pay_due = PayDue::LastWorkingDay;
    policy.pay_month_days = std::num::NonZeroU32::new(30);
    // Each month paid on its last working day (Tuesday 31 March, Thursday 30 April, Friday
    // 29 May). March: 30 placement days of 30 counted, 4,200.00. May 2026: 31 placement days,
    // paid 4,200.00 (the agreed monthly pay); due 4,200.00, not 4,200.00 × 31 / 30 = 4,340.00.
    let mut record = office_record(d(2026, 5, 31));
    record.payments.truncate(3);
    for (payment, paid_on) in
        record
            .payments
            .iter_mut()
            .zip([d(2026, 3, 31), d(2026, 4, 30), d(2026, 5, 29)])
    {
        payment.paid_on = paid_on;
    }
    record.payments[0].amount = Money::new(4_200_00, Currency::CNY);
    let report = with_record(record.clone()).check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
    // One fen short of the monthly pay fires, naming 4,200.00 due.
    record.payments[2].amount = Money::new(4_199_99, Currency::CNY);
    let report = with_record(record).check(&registry(), &policy);
    assert_record(&report, &[("record.paid_in_full", "placements[0].record")]);
    let v = one(&report, RuleCode::RecordPaidInFull);
    assert_eq!(v.figure("month"), Some("2026-05"));
    assert_eq!(v.figure("due"), Some("4200.00 CNY"));
    assert_eq!(v.figure("paid"), Some("4199.99 CNY"));
}

// ---------------------------------------------------------------------------------------------
// The official calendar in a recorded week (RULES.md, "The official calendar"; `record.rest_days`
// and `record.weekly_hours` "with the official calendar's allowance").
// ---------------------------------------------------------------------------------------------

/// The week of Monday 2 March 2026 worked every day, 09:00–15:00 (6 h a day, 42 h).
fn seven_days_of_six_hours() -> Record {
    let mut record = office_record(d(2026, 3, 8));
    record.shifts.clear();
    for day in 2..=8 {
        record.shifts.push(ws(d(2026, 3, day), (9, 0), (15, 0), 0));
    }
    record
}

#[test]
fn a_recorded_week_worked_through_a_make_up_sunday_passes_at_a_host_resting_on_sundays() {
    // Sunday 8 March made a working day: the host (resting on Sundays) has no rest day left in
    // the week, so none is required; the week's limit is 40 h + 8 h = 48 h, above 42 h.
    let make_up = cn_on_plan()
        .with_official_calendar([], [d(2026, 3, 8)])
        .unwrap();
    let report = with_record(seven_days_of_six_hours()).check(&registry(), &make_up);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_same_week_without_the_make_up_day_breaks_rest_days_rest_day_work_and_weekly_hours() {
    let report = with_record(seven_days_of_six_hours()).check(&registry(), &cn_on_plan());
    assert_record(
        &report,
        &[
            ("record.rest_days", "placements[0].record.shifts[0]"),
            ("record.weekly_hours", "placements[0].record.shifts[0]"),
            ("record.rest_day_work", "placements[0].record.shifts[6]"),
        ],
    );
    let v = one(&report, RuleCode::RecordWeeklyHours);
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("42 h"));
    let v = one(&report, RuleCode::RecordRestDays);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    // In `day(s)`, the unit of `worktime.rest_days`.
    assert_eq!(v.figure("actual"), Some("0 day(s)"));
}

// ---------------------------------------------------------------------------------------------
// `pay_due` = the month's last working day: "Monday to Friday, not a public holiday" (de).
// ---------------------------------------------------------------------------------------------

#[test]
fn the_last_working_day_skips_a_public_holiday_at_the_months_end() {
    // Tuesday 30 June 2026 a public holiday (a day off in the plan, no shift recorded): June's
    // pay is due on Monday 29 June.
    let mut policy = Policy::cn()
        .with_official_calendar([d(2026, 6, 30)], [])
        .unwrap();
    policy.pay_due = PayDue::LastWorkingDay;
    policy.pay_month_days = std::num::NonZeroU32::new(30);
    let mut record = office_record(d(2026, 6, 30));
    record.shifts.retain(|s| s.date() != d(2026, 6, 30));
    let paid_on = [
        d(2026, 3, 31),
        d(2026, 4, 30),
        d(2026, 5, 29),
        d(2026, 6, 29),
    ];
    for (payment, day) in record.payments.iter_mut().zip(paid_on) {
        payment.paid_on = day;
        payment.amount = Money::new(4_200_00, Currency::CNY);
    }
    let mut a = with_record(record);
    a.placements[0].days_off.push(d(2026, 6, 30));
    let report = a.check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
    // Paid on the holiday itself, a day late.
    a.placements[0].record.as_mut().unwrap().payments[3].paid_on = d(2026, 6, 30);
    let report = a.check(&registry(), &policy);
    assert_record(&report, &[("record.paid_on_time", "placements[0].record")]);
    let v = one(&report, RuleCode::RecordPaidOnTime);
    assert_eq!(v.figure("month"), Some("2026-06"));
    assert_eq!(v.figure("deadline"), Some("2026-06-29"));
    assert_eq!(v.figure("first_unpaid_day"), Some("2026-06-01"));
}

// ---------------------------------------------------------------------------------------------
// Order of ties: "Ties are ordered by the date (or weekday) the violation names". A month's pay
// rules name the month (`2026-03`); a report read back from any order is in report order
// ("Deserialization puts the violations back in report order").
// ---------------------------------------------------------------------------------------------

#[test]
fn months_of_one_record_are_ordered_by_the_month_they_name_whatever_order_they_come_in() {
    let mut record = office_record(d(2026, 7, 31));
    record.payments.clear();
    let report = with_record(record).check(&registry(), &Policy::cn());
    let months: Vec<&str> = report
        .with_code(RuleCode::RecordPaidInFull)
        .filter_map(|v| v.figure("month"))
        .collect();
    assert_eq!(months, ["2026-03", "2026-04", "2026-05", "2026-06"]);
    let mut shuffled = report.clone().into_violations();
    shuffled.reverse();
    assert_eq!(Report::from_violations(shuffled), report);
    let json = serde_json::to_value(&report).unwrap();
    let mut reversed = json.clone();
    reversed["violations"].as_array_mut().unwrap().reverse();
    let back: Report = serde_json::from_value(reversed).unwrap();
    assert_eq!(back, report);
}
