//! The 19 `record.*` rules: each fires on the smallest fault of a record, with its exact code, path
//! and figures derived by hand from RULES.md ("Records"), and the nearest valid record passes.
//!
//! The fixture placement runs from Monday 2026-03-02 to Tuesday 2026-06-30, Monday to Friday
//! 08:00–17:00 with an unpaid hour, at a host resting on Sundays, paid 4,200.00 CNY a month.
//! Due per month (cn: pro rata by the days of the calendar month): March has 30 placement days of
//! 31, so 420,000 × 30 / 31 = 406,451.6 → 4,064.51 CNY; April to June 4,200.00 CNY each (June's 30
//! placement days are all of June). Deadlines (cn: the month's last placement day + 31 days):
//! March 2026-05-01, April 2026-05-31, May 2026-07-01, June 2026-07-31.

mod common;

use chrono::{Days, NaiveDate};
use common::*;
use school_enterprise::*;

fn cny(minor: u64) -> Money {
    Money::new(minor, Currency::CNY)
}

fn run(a: &CooperationAgreement, policy: &Policy) -> Report {
    a.check(&registry(), policy)
}

/// The cn policy without `record.beyond_schedule`, for tests whose fault is off the plan anyway.
fn cn_on_plan() -> Policy {
    Policy::cn().switch_off(RuleCode::RecordBeyondSchedule)
}

#[test]
fn the_plan_as_worked_and_paid_passes_every_rule() {
    let report = run(&with_record(office_record(d(2026, 7, 31))), &Policy::cn());
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_record_complete_before_the_first_day_is_not_judged() {
    let mut record = office_record(d(2026, 3, 1));
    record.shifts.push(ws(d(2026, 3, 1), (20, 0), (8, 0), 0));
    assert!(run(&with_record(record), &Policy::cn()).is_empty());
}

// record.within_placement

#[test]
fn within_placement_fires_for_a_shift_before_the_first_day_and_other_rules_skip_it() {
    let mut record = office_record(d(2026, 3, 31));
    // Sunday 1 March: a rest day of the host and off the plan, but only this rule reports it.
    record.shifts.push(ws(d(2026, 3, 1), (8, 0), (17, 0), 60));
    let k = record.shifts.len() - 1;
    let report = run(&with_record(record), &Policy::cn());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.within_placement", &path)]);
    let v = one(&report, RuleCode::RecordWithinPlacement);
    assert_eq!(v.figure("date"), Some("2026-03-01"));
}

#[test]
fn within_placement_judges_shifts_up_to_complete_through_only() {
    let mut record = office_record(d(2026, 7, 5));
    record.shifts.push(ws(d(2026, 7, 1), (8, 0), (17, 0), 60));
    record.shifts.push(ws(d(2026, 7, 6), (8, 0), (17, 0), 60));
    let k = record.shifts.len() - 2;
    let report = run(&with_record(record), &Policy::cn());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.within_placement", &path)]);
}

// record.daily_hours

#[test]
fn daily_hours_fires_for_nine_hours_on_a_date_at_its_first_shift() {
    let mut record = office_record(d(2026, 3, 8));
    // Tuesday 3 March split in two: 07:00–12:00 and 13:00–17:00 = 9 h; the early one is first.
    let k = replace_shift(&mut record, ws(d(2026, 3, 3), (13, 0), (17, 0), 0));
    record.shifts.push(ws(d(2026, 3, 3), (7, 0), (12, 0), 0));
    let first = record.shifts.len() - 1;
    assert_ne!(k, first);
    let report = run(&with_record(record), &cn_on_plan());
    let path = format!("placements[0].record.shifts[{first}]");
    assert_record(
        &report,
        &[
            ("record.weekly_hours", "placements[0].record.shifts[0]"),
            ("record.daily_hours", &path),
        ],
    );
    let v = one(&report, RuleCode::RecordDailyHours);
    assert_eq!(v.figure("date"), Some("2026-03-03"));
    assert_eq!(v.figure("limit"), Some("8 h"));
    assert_eq!(v.figure("actual"), Some("9 h"));
}

#[test]
fn daily_hours_passes_at_exactly_eight_hours_and_counts_a_night_towards_its_start() {
    let mut record = office_record(d(2026, 3, 8));
    // Wednesday 20:00 to Thursday 05:00 with an hour's break: 8 h on Wednesday.
    replace_shift(&mut record, ws(d(2026, 3, 4), (20, 0), (5, 0), 60));
    let report = run(&with_record(record), &cn_on_plan());
    assert!(report
        .with_code(RuleCode::RecordDailyHours)
        .next()
        .is_none());
}

// record.weekly_hours

#[test]
fn weekly_hours_passes_at_exactly_forty_and_fires_at_forty_eight() {
    let record = office_record(d(2026, 3, 8));
    assert!(run(&with_record(record.clone()), &Policy::cn()).is_empty());
    let mut record = record;
    record.shifts.push(ws(d(2026, 3, 7), (8, 0), (17, 0), 60));
    let report = run(&with_record(record), &cn_on_plan());
    assert_record(
        &report,
        &[("record.weekly_hours", "placements[0].record.shifts[0]")],
    );
    let v = one(&report, RuleCode::RecordWeeklyHours);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("48 h"));
}

#[test]
fn weekly_hours_allows_a_make_up_working_day() {
    // Saturday 7 March made a working day at a host resting on weekends: 40 h + 8 h.
    let policy = cn_on_plan()
        .with_official_calendar([], [d(2026, 3, 7)])
        .unwrap();
    let mut record = office_record(d(2026, 3, 8));
    record.shifts.push(ws(d(2026, 3, 7), (8, 0), (17, 0), 60));
    let a = with_record(record);
    let weekend = registry_with_host(|e| e.rest_days = Some(WeekdaySet::WEEKEND));
    assert!(a.check(&weekend, &policy).is_empty());
}

#[test]
fn an_adult_week_is_held_to_the_adult_limit_where_minors_have_a_lower_one() {
    // The minors' weekly limit at 30 h: the adult student's 40 h week is within the adult 40 h.
    let mut policy = cn_on_plan();
    policy.minor_max_weekly_work_hours = Some(30);
    let report = run(&with_record(office_record(d(2026, 3, 8))), &policy);
    assert_record(&report, &[]);
}

// record.rest_days

fn every_day(record: &mut Record, monday: NaiveDate) {
    for i in 5..7 {
        record
            .shifts
            .push(ws(monday + Days::new(i), (9, 0), (12, 0), 0));
    }
}

#[test]
fn rest_days_fires_for_a_week_worked_every_day_at_a_host_without_rest_days() {
    let mut record = office_record(d(2026, 3, 8));
    // 40 h + 6 h would break the weekly limit too: shorten Monday to 2 h.
    replace_shift(&mut record, ws(d(2026, 3, 2), (8, 0), (10, 0), 0));
    every_day(&mut record, d(2026, 3, 2));
    let a = with_record(record);
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = a.check(&nonstop, &cn_on_plan());
    assert_record(
        &report,
        &[("record.rest_days", "placements[0].record.shifts[0]")],
    );
    let v = one(&report, RuleCode::RecordRestDays);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    // The unit of `worktime.rest_days`, where one is possible: `day(s)`.
    assert_eq!(v.figure("limit"), Some("1 day(s)"));
    assert_eq!(v.figure("actual"), Some("0 day(s)"));
}

#[test]
fn rest_days_passes_with_one_date_without_work() {
    // The week above without its Sunday: Monday 2 h, Tuesday to Friday 8 h, Saturday 3 h, and
    // Sunday 8 March the one date without work that `min_rest_days_per_week` (1) asks for.
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 2), (8, 0), (10, 0), 0));
    every_day(&mut record, d(2026, 3, 2));
    record.shifts.retain(|s| s.date() != d(2026, 3, 8));
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = with_record(record).check(&nonstop, &cn_on_plan());
    assert!(report.is_empty(), "{report}");
}

#[test]
fn rest_days_keeps_the_minimum_when_a_rest_day_is_left() {
    // A host resting on Saturdays and Sundays, Saturday 7 March made up: Sunday is still a rest
    // day of the host, so the week needs its one date without work (the make-up day's allowance
    // leaves the minimum where a rest day is left). Monday to Friday as planned (40 h) and
    // Saturday and Sunday 09:00–12:00: 46 h, within 40 h + 8 h for the made-up Saturday.
    let weekend = registry_with_host(|e| e.rest_days = Some(WeekdaySet::WEEKEND));
    let made_up = cn_on_plan()
        .with_official_calendar([], [d(2026, 3, 7)])
        .unwrap();
    let mut record = office_record(d(2026, 3, 8));
    every_day(&mut record, d(2026, 3, 2));
    let sunday = at_date(&record, d(2026, 3, 8));
    let report = with_record(record).check(&weekend, &made_up);
    assert_record(
        &report,
        &[
            ("record.rest_days", "placements[0].record.shifts[0]"),
            (
                "record.rest_day_work",
                &format!("placements[0].record.shifts[{sunday}]"),
            ),
        ],
    );
    let v = one(&report, RuleCode::RecordRestDays);
    assert_eq!(v.figure("limit"), Some("1 day(s)"));
    assert_eq!(v.figure("actual"), Some("0 day(s)"));
}

#[test]
fn rest_days_judges_a_week_before_the_last_judged_one() {
    // The week of 2 March worked every day (2 h + 4 × 8 h + 2 × 3 h = 40 h) at a host without
    // rest days; the record runs on to Sunday 15 March, the week of 9 March with two free days.
    let mut record = office_record(d(2026, 3, 15));
    replace_shift(&mut record, ws(d(2026, 3, 2), (8, 0), (10, 0), 0));
    every_day(&mut record, d(2026, 3, 2));
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = with_record(record).check(&nonstop, &cn_on_plan());
    assert_record(
        &report,
        &[("record.rest_days", "placements[0].record.shifts[0]")],
    );
    assert_eq!(
        one(&report, RuleCode::RecordRestDays).figure("week"),
        Some("2026-03-02")
    );
}

#[test]
fn rest_days_skips_a_week_that_began_before_the_first_day() {
    // Three rest days a week. The placement starts on Wednesday 4 March; Wednesday to Sunday
    // are worked: the week of 2 March has only two dates without work, but its Monday and
    // Tuesday are not the placement's, so the week is not judged.
    let mut a = agreement();
    redate(
        &mut a.placements[0],
        DateRange::new(d(2026, 3, 4), d(2026, 6, 30)).unwrap(),
    );
    let mut record = Record::new(d(2026, 3, 15));
    for day in 4..=8 {
        record.shifts.push(ws(d(2026, 3, day), (8, 0), (12, 0), 0));
    }
    a.placements[0].record = Some(record);
    let mut policy = cn_on_plan();
    policy.min_rest_days_per_week = 3;
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    assert_record(&a.check(&nonstop, &policy), &[]);
}

#[test]
fn rest_days_with_a_make_up_day_still_counts_a_public_holiday_as_a_day_without_work() {
    // At the host resting on Sundays, the week of 2 March holds a make-up working Sunday and a
    // public holiday on Wednesday 4 March: the calendar leaves one day without work (the
    // holiday), so the minimum stays at 1; the week is worked every day (40 h in all).
    let policy = cn_on_plan()
        .with_official_calendar([d(2026, 3, 4)], [d(2026, 3, 8)])
        .unwrap();
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 2), (8, 0), (10, 0), 0));
    every_day(&mut record, d(2026, 3, 2));
    let report = run(&with_record(record), &policy);
    let v = one(&report, RuleCode::RecordRestDays);
    assert_eq!(v.figure("limit"), Some("1 day(s)"));
    assert_eq!(v.figure("actual"), Some("0 day(s)"));
}

#[test]
fn rest_days_judges_only_weeks_whose_seven_days_are_judged() {
    let mut record = office_record(d(2026, 3, 7));
    replace_shift(&mut record, ws(d(2026, 3, 2), (8, 0), (10, 0), 0));
    every_day(&mut record, d(2026, 3, 2));
    // Sunday the 8th is after complete_through: the week is not judged (nor its Sunday shift).
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    assert!(with_record(record)
        .check(&nonstop, &cn_on_plan())
        .is_empty());
}

#[test]
fn rest_days_counts_a_sunday_night_on_the_next_weeks_monday() {
    let mut record = office_record(d(2026, 3, 15));
    let mut policy = cn_on_plan();
    policy.placement_night_window = None;
    // Friday 6 March shortened to 1 h, so that the week of 2 March stays within 40 h.
    replace_shift(&mut record, ws(d(2026, 3, 6), (9, 0), (10, 0), 0));
    // Week of 9 March: Sunday 8 March 20:00–Monday 02:00 reaches into it; Tuesday to Saturday
    // worked, Sunday 15 worked: every date of the week of 9 March has a minute of work.
    record.shifts.retain(|s| s.date() != d(2026, 3, 9));
    record.shifts.push(ws(d(2026, 3, 8), (20, 0), (2, 0), 0));
    let spill = record.shifts.len() - 1;
    record.shifts.push(ws(d(2026, 3, 14), (9, 0), (10, 0), 0));
    record.shifts.push(ws(d(2026, 3, 15), (9, 0), (10, 0), 0));
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = with_record(record).check(&nonstop, &policy);
    let path = format!("placements[0].record.shifts[{spill}]");
    assert_record(&report, &[("record.rest_days", &path)]);
    assert_eq!(
        one(&report, RuleCode::RecordRestDays).figure("week"),
        Some("2026-03-09")
    );
}

#[test]
fn a_week_after_a_gap_is_not_merged_into_the_spill_of_a_sunday_night() {
    // Sunday 8 March 20:00–Monday 02:00 spills into the week of 9 March; the next shift is two
    // weeks later. The week of 16 March: Tuesday to Saturday 08:00–17:00 with an hour's break
    // (5 × 8 h) and Sunday 22 March 09:00–10:00: 41 h, above 40 h, reported at its first shift
    // (Tuesday), the shift it counts first.
    let mut record = Record::new(d(2026, 3, 22));
    record.shifts.push(ws(d(2026, 3, 8), (20, 0), (2, 0), 0));
    for day in 17..=21 {
        record.shifts.push(ws(d(2026, 3, day), (8, 0), (17, 0), 60));
    }
    record.shifts.push(ws(d(2026, 3, 22), (9, 0), (10, 0), 0));
    let mut policy = cn_on_plan();
    policy.placement_night_window = None;
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = with_record(record).check(&nonstop, &policy);
    assert_record(
        &report,
        &[("record.weekly_hours", "placements[0].record.shifts[1]")],
    );
    let v = one(&report, RuleCode::RecordWeeklyHours);
    assert_eq!(v.figure("week"), Some("2026-03-16"));
    assert_eq!(v.figure("actual"), Some("41 h"));
}

// record.night_work

#[test]
fn night_work_fires_for_an_eleven_hour_night() {
    let mut record = office_record(d(2026, 3, 8));
    let k = replace_shift(&mut record, ws(d(2026, 3, 4), (20, 0), (7, 0), 0));
    let report = run(&with_record(record), &cn_on_plan());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(
        &report,
        &[
            ("record.weekly_hours", "placements[0].record.shifts[0]"),
            ("record.daily_hours", &path),
            ("record.night_work", &path),
        ],
    );
    let v = one(&report, RuleCode::RecordNightWork);
    assert_eq!(v.figure("date"), Some("2026-03-04"));
    assert_eq!(v.figure("night"), Some("22:00–06:00"));
}

#[test]
fn night_work_fires_for_a_shift_starting_inside_the_night_that_began_the_day_before() {
    // Thursday 5 March 04:00–12:00 (8 h): its first two hours lie in the night from Wednesday
    // 22:00 to Thursday 06:00. Wednesday's shift ends at 17:00: 11 h of rest before it.
    let mut record = office_record(d(2026, 3, 8));
    let k = replace_shift(&mut record, ws(d(2026, 3, 5), (4, 0), (12, 0), 0));
    let report = run(&with_record(record), &cn_on_plan());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.night_work", &path)]);
    let v = one(&report, RuleCode::RecordNightWork);
    assert_eq!(v.figure("date"), Some("2026-03-05"));
    assert_eq!(v.figure("night"), Some("22:00–06:00"));
}

#[test]
fn night_work_passes_for_a_shift_ending_at_22_and_one_starting_at_06() {
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 4), (14, 0), (22, 0), 0));
    replace_shift(&mut record, ws(d(2026, 3, 5), (6, 0), (14, 0), 0));
    let report = run(&with_record(record), &cn_on_plan());
    assert!(report.is_empty(), "{report}");
}

#[test]
fn an_exemption_for_placement_night_work_silences_record_night_work() {
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 4), (22, 0), (6, 0), 0));
    let mut a = with_record(record);
    a.exemptions.push(Exemption::new(
        vec![RuleCode::PlacementNightWork],
        vec![PLACEMENT],
        d(2026, 3, 1),
        "EX-1",
    ));
    assert!(run(&a, &cn_on_plan()).is_empty());
    // Filed after the first day, it silences nothing and says why.
    a.exemptions[0].filed_on = d(2026, 3, 3);
    let report = run(&a, &cn_on_plan());
    let v = one(&report, RuleCode::RecordNightWork);
    assert!(
        v.note().unwrap().contains("filed on 2026-03-03"),
        "{report}"
    );
}

// record.rest_day_work

#[test]
fn rest_day_work_fires_for_a_shift_on_the_hosts_sunday() {
    let mut record = office_record(d(2026, 3, 8));
    record.shifts.push(ws(d(2026, 3, 8), (9, 0), (13, 0), 0));
    let k = record.shifts.len() - 1;
    let report = run(&with_record(record), &cn_on_plan());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(
        &report,
        &[
            ("record.weekly_hours", "placements[0].record.shifts[0]"),
            ("record.rest_day_work", &path),
        ],
    );
    assert_eq!(
        one(&report, RuleCode::RecordRestDayWork).figure("date"),
        Some("2026-03-08")
    );
}

#[test]
fn rest_day_work_passes_on_a_make_up_working_day() {
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 6), (9, 0), (10, 0), 0));
    record.shifts.push(ws(d(2026, 3, 8), (9, 0), (13, 0), 0));
    let policy = cn_on_plan()
        .with_official_calendar([], [d(2026, 3, 8)])
        .unwrap();
    assert!(run(&with_record(record), &policy).is_empty());
}

// record.holiday_work

#[test]
fn holiday_work_fires_for_a_shift_on_a_public_holiday_and_passes_when_it_is_off() {
    let policy = Policy::cn()
        .with_official_calendar([d(2026, 4, 6)], [])
        .unwrap();
    let record = office_record(d(2026, 4, 12));
    let k = at_date(&record, d(2026, 4, 6));
    let report = run(&with_record(record.clone()), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.holiday_work", &path)]);
    assert_eq!(
        one(&report, RuleCode::RecordHolidayWork).figure("date"),
        Some("2026-04-06")
    );
    let mut off = record;
    off.shifts.remove(k);
    // The plan's Monday shift falls on the holiday (placement.holiday_work); the record is clean.
    assert_record(&run(&with_record(off), &policy), &[]);
}

// The minors' rules: MINOR turns 18 on 2026-06-01.

fn minor(record: Record) -> CooperationAgreement {
    let mut a = with_record(record);
    a.placements[0].student = MINOR;
    a
}

#[test]
fn minor_daily_hours_fires_for_a_minor_and_the_adult_rule_skips() {
    // The plan's 8 h days break the plan's minors' limit too: that rule is not under test here.
    let mut policy = cn_on_plan().switch_off(RuleCode::WorktimeMinorDailyHours);
    policy.minor_max_daily_work_hours = Some(7);
    let mut record = office_record(d(2026, 3, 8));
    for day in 2..5 {
        replace_shift(&mut record, ws(d(2026, 3, day), (8, 0), (15, 0), 0));
    }
    let k = replace_shift(&mut record, ws(d(2026, 3, 5), (8, 0), (16, 0), 0));
    let l = replace_shift(&mut record, ws(d(2026, 3, 6), (8, 0), (15, 0), 0));
    let report = run(&minor(record.clone()), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.minor_daily_hours", &path)]);
    let v = one(&report, RuleCode::RecordMinorDailyHours);
    assert_eq!(v.figure("date"), Some("2026-03-05"));
    assert_eq!(v.figure("limit"), Some("7 h"));
    assert_eq!(v.figure("actual"), Some("8 h"));
    // At exactly 7 h it passes.
    replace_shift(&mut record, ws(d(2026, 3, 5), (8, 0), (15, 0), 0));
    assert!(run(&minor(record), &policy).is_empty());
    let _ = l;
}

#[test]
fn minor_rules_read_the_age_on_the_shifts_date() {
    // The plan's 8 h days break the plan's minors' limit too: that rule is not under test here.
    let mut policy = cn_on_plan().switch_off(RuleCode::WorktimeMinorDailyHours);
    policy.minor_max_daily_work_hours = Some(7);
    // Week of 1 June 2026: MINOR is 18 from the 1st; 8 h days are adult days.
    let mut record = office_record(d(2026, 6, 7));
    record.shifts.retain(|s| s.date() >= d(2026, 6, 1));
    assert!(run(&minor(record.clone()), &policy).is_empty());
    // On Friday 29 May the student is 17: the same day is a minor's.
    record.shifts.push(ws(d(2026, 5, 29), (8, 0), (17, 0), 60));
    let k = record.shifts.len() - 1;
    let report = run(&minor(record), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.minor_daily_hours", &path)]);
}

#[test]
fn minor_weekly_hours_fires_above_the_minors_limit() {
    let mut policy = cn_on_plan();
    policy.minor_max_weekly_work_hours = Some(35);
    let report = run(&minor(office_record(d(2026, 3, 8))), &policy);
    assert_record(
        &report,
        &[(
            "record.minor_weekly_hours",
            "placements[0].record.shifts[0]",
        )],
    );
    let v = one(&report, RuleCode::RecordMinorWeeklyHours);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    assert_eq!(v.figure("limit"), Some("35 h"));
    assert_eq!(v.figure("actual"), Some("40 h"));
    policy.minor_max_weekly_work_hours = Some(40);
    assert!(run(&minor(office_record(d(2026, 3, 8))), &policy).is_empty());
}

#[test]
fn minor_days_per_week_fires_for_five_dates_against_four() {
    let mut policy = cn_on_plan();
    policy.minor_max_days_per_week = Some(4);
    let report = run(&minor(office_record(d(2026, 3, 8))), &policy);
    assert_record(
        &report,
        &[(
            "record.minor_days_per_week",
            "placements[0].record.shifts[0]",
        )],
    );
    let v = one(&report, RuleCode::RecordMinorDaysPerWeek);
    assert_eq!(v.figure("week"), Some("2026-03-02"));
    assert_eq!(v.figure("limit"), Some("4 days"));
    assert_eq!(v.figure("actual"), Some("5 days"));
    // An adult is not judged by it.
    assert!(run(&with_record(office_record(d(2026, 3, 8))), &policy).is_empty());
    policy.minor_max_days_per_week = Some(5);
    assert!(run(&minor(office_record(d(2026, 3, 8))), &policy).is_empty());
}

#[test]
fn minor_night_work_fires_past_20_and_passes_at_20() {
    let mut policy = cn_on_plan();
    policy.minor_night_window = Some(DailyWindow::new(t(20, 0), t(6, 0)).unwrap());
    let mut record = office_record(d(2026, 3, 8));
    let k = replace_shift(&mut record, ws(d(2026, 3, 4), (13, 0), (20, 1), 60));
    let report = run(&minor(record.clone()), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.minor_night_work", &path)]);
    assert_eq!(
        one(&report, RuleCode::RecordMinorNightWork).figure("date"),
        Some("2026-03-04")
    );
    replace_shift(&mut record, ws(d(2026, 3, 4), (12, 0), (20, 0), 0));
    assert!(run(&minor(record), &policy).is_empty());
}

// record.daily_rest

#[test]
fn daily_rest_fires_for_ten_hours_against_eleven_and_passes_at_eleven() {
    let mut policy = cn_on_plan();
    policy.min_daily_rest_hours = Some(11);
    let mut record = office_record(d(2026, 3, 8));
    // Monday ends at 21:00; Tuesday 07:00 leaves 10 h.
    replace_shift(&mut record, ws(d(2026, 3, 2), (12, 0), (21, 0), 60));
    let k = replace_shift(&mut record, ws(d(2026, 3, 3), (7, 0), (16, 0), 60));
    let report = run(&with_record(record.clone()), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.daily_rest", &path)]);
    let v = one(&report, RuleCode::RecordDailyRest);
    assert_eq!(v.figure("date"), Some("2026-03-03"));
    assert_eq!(v.figure("limit"), Some("11 h"));
    assert_eq!(v.figure("actual"), Some("10 h"));
    replace_shift(&mut record, ws(d(2026, 3, 3), (8, 0), (17, 0), 60));
    assert!(run(&with_record(record), &policy).is_empty());
}

#[test]
fn daily_rest_runs_from_the_latest_end_of_any_earlier_date() {
    // Tuesday 3 March 23:00 to Wednesday 22:00 (23 h), then Wednesday 08:00–09:00 inside it, then
    // Thursday 06:00: Thursday's rest runs from Wednesday 22:00, the end of Tuesday's shift (a
    // shift that starts on an earlier date), so 8 h against 11, not 21 h from Wednesday 09:00.
    let mut policy = cn_on_plan();
    policy.min_daily_rest_hours = Some(11);
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 3), (23, 0), (22, 0), 0));
    let wednesday = replace_shift(&mut record, ws(d(2026, 3, 4), (8, 0), (9, 0), 0));
    let thursday = replace_shift(&mut record, ws(d(2026, 3, 5), (6, 0), (14, 0), 0));
    let report = run(&with_record(record), &policy);
    let rests: Vec<String> = report
        .with_code(RuleCode::RecordDailyRest)
        .map(|v| v.path().to_string())
        .collect();
    assert_eq!(
        rests,
        [
            format!("placements[0].record.shifts[{wednesday}]"),
            format!("placements[0].record.shifts[{thursday}]"),
        ],
        "{report}"
    );
    let v = report
        .with_code(RuleCode::RecordDailyRest)
        .find(|v| v.figure("date") == Some("2026-03-05"))
        .unwrap();
    assert_eq!(v.figure("actual"), Some("8 h"));
}

#[test]
fn daily_rest_holds_a_minor_to_the_minors_rest() {
    // Limits of 11 h and, for minors, 12 h. Monday 10:00–19:00 and Tuesday 06:30–15:30 (8 h
    // each) leave 11 h 30 min: enough for an adult, too little for the minor (17 in March).
    let mut policy = cn_on_plan();
    policy.min_daily_rest_hours = Some(11);
    policy.minor_min_daily_rest_hours = Some(12);
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 2), (10, 0), (19, 0), 60));
    let k = replace_shift(&mut record, ws(d(2026, 3, 3), (6, 30), (15, 30), 60));
    let report = minor(record.clone()).check(&registry(), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.daily_rest", &path)]);
    let v = one(&report, RuleCode::RecordDailyRest);
    assert_eq!(v.figure("date"), Some("2026-03-03"));
    assert_eq!(v.figure("limit"), Some("12 h"));
    assert_eq!(v.figure("actual"), Some("11 h 30 min"));
    assert_record(&run(&with_record(record), &policy), &[]);
}

// record.breaks

#[test]
fn breaks_fires_for_seven_hours_without_a_break() {
    let mut policy = cn_on_plan();
    policy.min_breaks = Some(MinBreaks::new(vec![BreakStep::new(360, 30)], vec![]));
    let mut record = office_record(d(2026, 3, 8));
    let k = replace_shift(&mut record, ws(d(2026, 3, 4), (8, 0), (15, 0), 0));
    let report = run(&with_record(record.clone()), &policy);
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.breaks", &path)]);
    let v = one(&report, RuleCode::RecordBreaks);
    assert_eq!(v.figure("date"), Some("2026-03-04"));
    assert_eq!(v.figure("working_time"), Some("7 h"));
    assert_eq!(v.figure("limit"), Some("30 min"));
    assert_eq!(v.figure("actual"), Some("0 min"));
    // Exactly 6 h needs no break.
    replace_shift(&mut record, ws(d(2026, 3, 4), (8, 0), (14, 0), 0));
    assert!(run(&with_record(record), &policy).is_empty());
}

// record.beyond_schedule

#[test]
fn beyond_schedule_fires_past_the_tolerance_and_passes_within_it() {
    let mut record = office_record(d(2026, 3, 8));
    // Planned 08:00–17:00; the tolerance is 15 min: 07:45–17:15 is the plan.
    let k = replace_shift(&mut record, ws(d(2026, 3, 4), (7, 45), (17, 16), 91));
    let report = run(&with_record(record.clone()), &Policy::cn());
    let path = format!("placements[0].record.shifts[{k}]");
    assert_record(&report, &[("record.beyond_schedule", &path)]);
    assert_eq!(
        one(&report, RuleCode::RecordBeyondSchedule).figure("date"),
        Some("2026-03-04")
    );
    replace_shift(&mut record, ws(d(2026, 3, 4), (7, 45), (17, 15), 90));
    assert!(run(&with_record(record), &Policy::cn()).is_empty());
}

#[test]
fn beyond_schedule_fires_for_a_day_off_and_for_a_saturday() {
    let mut record = office_record(d(2026, 3, 8));
    replace_shift(&mut record, ws(d(2026, 3, 6), (9, 0), (10, 0), 0));
    record.shifts.push(ws(d(2026, 3, 7), (8, 0), (15, 0), 0));
    let saturday = record.shifts.len() - 1;
    let mut a = with_record(record);
    a.placements[0].days_off.push(d(2026, 3, 3));
    let report = run(&a, &Policy::cn());
    assert_record(
        &report,
        &[
            ("record.beyond_schedule", "placements[0].record.shifts[1]"),
            (
                "record.beyond_schedule",
                &format!("placements[0].record.shifts[{saturday}]"),
            ),
        ],
    );
}

// Payments.

fn paid_through(through: NaiveDate, change: impl FnOnce(&mut Record)) -> Report {
    let mut record = office_record(through);
    change(&mut record);
    run(&with_record(record), &Policy::cn())
}

#[test]
fn paid_on_time_passes_on_the_deadline_day_and_fires_the_day_after() {
    let on_deadline = paid_through(d(2026, 5, 31), |r| r.payments[0].paid_on = d(2026, 5, 1));
    assert!(on_deadline.is_empty(), "{on_deadline}");
    let late = paid_through(d(2026, 5, 31), |r| r.payments[0].paid_on = d(2026, 5, 2));
    assert_record(&late, &[("record.paid_on_time", "placements[0].record")]);
    let v = one(&late, RuleCode::RecordPaidOnTime);
    assert_eq!(v.figure("month"), Some("2026-03"));
    assert_eq!(v.figure("deadline"), Some("2026-05-01"));
    assert_eq!(v.figure("first_unpaid_day"), Some("2026-03-02"));
}

#[test]
fn a_record_complete_the_day_before_a_deadline_does_not_judge_that_month() {
    let report = paid_through(d(2026, 4, 30), |r| r.payments.clear());
    assert!(report.is_empty(), "{report}");
    let report = paid_through(d(2026, 5, 1), |r| r.payments.clear());
    assert_record(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.paid_on_time", "placements[0].record"),
        ],
    );
}

#[test]
fn the_last_months_pay_is_judged_after_the_placement_ends() {
    let report = paid_through(d(2026, 7, 31), |r| {
        r.payments.pop();
    });
    assert_record(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.paid_on_time", "placements[0].record"),
        ],
    );
    let v = one(&report, RuleCode::RecordPaidInFull);
    assert_eq!(v.figure("month"), Some("2026-06"));
    assert_eq!(v.figure("due"), Some("4200.00 CNY"));
    assert_eq!(v.figure("paid"), Some("0.00 CNY"));
}

#[test]
fn paid_in_full_fires_one_minor_unit_short() {
    let report = paid_through(d(2026, 5, 31), |r| r.payments[0].amount = cny(4_064_50));
    assert_record(&report, &[("record.paid_in_full", "placements[0].record")]);
    let v = one(&report, RuleCode::RecordPaidInFull);
    assert_eq!(v.figure("month"), Some("2026-03"));
    assert_eq!(v.figure("due"), Some("4064.51 CNY"));
    assert_eq!(v.figure("paid"), Some("4064.50 CNY"));
}

#[test]
fn a_payment_covering_two_months_counts_pro_rata() {
    // April (30 days) and May (31 days) in one payment of 8,540.00: 14,000 fen a day, so
    // 4,200.00 for April and 4,340.00 for May, against 4,200.00 due for each.
    let both = Payment::new(
        DateRange::new(d(2026, 4, 1), d(2026, 5, 31)).unwrap(),
        cny(8_540_00),
        d(2026, 5, 31),
    );
    let report = paid_through(d(2026, 7, 1), |r| {
        r.payments.splice(1..3, [both.clone()]);
    });
    assert!(report.is_empty(), "{report}");
    // 8,399.99 spread pro rata leaves April short: 839,999 × 30 / 61 = 413,114.
    let mut short = both.clone();
    short.amount = cny(8_399_99);
    let report = paid_through(d(2026, 7, 1), |r| {
        r.payments.splice(1..3, [short]);
    });
    assert_record(&report, &[("record.paid_in_full", "placements[0].record")]);
    let v = one(&report, RuleCode::RecordPaidInFull);
    assert_eq!(v.figure("month"), Some("2026-04"));
    assert_eq!(v.figure("paid"), Some("4131.14 CNY"));
}

#[test]
fn paid_in_full_is_skipped_where_placement_paid_fires() {
    let mut a = with_record(office_record(d(2026, 7, 31)));
    a.placements[0].pay = None;
    let report = run(&a, &Policy::cn());
    assert_record(&report, &[]);
    assert_eq!(
        codes(&report),
        ["placement.paid"],
        "only the plan's rule reports it"
    );
}

#[test]
fn paid_directly_fires_for_pay_sent_through_the_school() {
    let report = paid_through(d(2026, 5, 31), |r| {
        r.payments[1].payee = Payee::School;
    });
    // Paid to the school, April's pay does not count: it is neither on time nor in full.
    assert_record(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.paid_on_time", "placements[0].record"),
            ("record.paid_directly", "placements[0].record.payments[1]"),
        ],
    );
    assert_eq!(
        one(&report, RuleCode::RecordPaidDirectly).figure("payee"),
        Some("school")
    );
    assert_eq!(
        one(&report, RuleCode::RecordPaidInFull).figure("month"),
        Some("2026-04")
    );
}

#[test]
fn paid_in_money_fires_for_vouchers() {
    let report = paid_through(d(2026, 5, 31), |r| {
        r.payments[0].form = PaymentForm::GoodsOrVouchers;
    });
    assert_record(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.paid_on_time", "placements[0].record"),
            ("record.paid_in_money", "placements[0].record.payments[0]"),
        ],
    );
    let v = one(&report, RuleCode::RecordPaidInMoney);
    assert_eq!(v.figure("form"), Some("goods_or_vouchers"));
    assert_eq!(v.figure("paid_on"), Some("2026-04-10"));
    // March's vouchers do not count: March is neither on time nor in full.
    assert_eq!(
        one(&report, RuleCode::RecordPaidInFull).figure("paid"),
        Some("0.00 CNY")
    );
}

#[test]
fn no_deductions_fires_for_a_management_fee_and_counts_pay_less_it() {
    let fee = Deduction::new(DeductionKind::Fee, cny(500_00));
    let report = paid_through(d(2026, 5, 31), |r| {
        r.payments[0].deductions.push(fee);
    });
    assert_record(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.no_deductions", "placements[0].record.payments[0]"),
        ],
    );
    assert_eq!(
        one(&report, RuleCode::RecordPaidInFull).figure("paid"),
        Some("3564.51 CNY")
    );
    assert_eq!(
        one(&report, RuleCode::RecordNoDeductions).figure("deductions"),
        Some("fee 500.00 CNY")
    );
}

#[test]
fn no_deductions_passes_for_tax_and_social_insurance() {
    let report = paid_through(d(2026, 5, 31), |r| {
        r.payments[0]
            .deductions
            .push(Deduction::new(DeductionKind::Tax, cny(10_00)));
        r.payments[0]
            .deductions
            .push(Deduction::new(DeductionKind::SocialInsurance, cny(300_00)));
    });
    assert!(report.is_empty(), "{report}");
}

#[test]
fn payments_paid_after_complete_through_are_not_judged() {
    let report = paid_through(d(2026, 5, 31), |r| {
        r.payments[2].payee = Payee::Intermediary;
        r.payments[2].paid_on = d(2026, 6, 10);
    });
    assert!(report.is_empty(), "{report}");
}

// The summary.

#[test]
fn the_summary_shows_weeks_and_months() {
    let mut p = placement();
    let mut record = office_record(d(2026, 3, 15));
    replace_shift(&mut record, ws(d(2026, 3, 4), (20, 0), (7, 0), 0));
    p.record = Some(record);
    let summary = record::Summary::of(&p, &Policy::cn()).unwrap();
    assert_eq!(summary.weeks.len(), 2);
    // 4 × 8 h + 11 h; one night; Saturday and Sunday free.
    assert_eq!(summary.weeks[0].week, d(2026, 3, 2));
    assert_eq!(summary.weeks[0].worked_minutes, 43 * 60);
    assert_eq!(summary.weeks[0].nights, 1);
    assert_eq!(summary.weeks[0].rest_days, 2);
    assert_eq!(summary.weeks[1].worked_minutes, 40 * 60);
    assert_eq!(summary.months.len(), 1);
    assert_eq!(summary.months[0].month, "2026-03");
    assert_eq!(summary.months[0].due, cny(4_064_51));
    // Paid on 10 April, after complete_through: nothing counts yet.
    assert_eq!(summary.months[0].paid, cny(0));
    let text = summary.to_string();
    assert!(text.contains("2026-03-02  43 h"), "{text}");
    let json = serde_json::to_string(&summary).unwrap();
    let back: record::Summary = serde_json::from_str(&json).unwrap();
    assert_eq!(back, summary);
}

#[test]
fn pay_due_on_the_months_last_working_day_over_thirty_days() {
    // The de reading: due on the month's last working day (Tuesday 31 March 2026), a month of 30
    // days: March's 30 placement days are a whole month's 4,200.00.
    let mut policy = Policy::cn();
    policy.pay_due = PayDue::LastWorkingDay;
    policy.pay_month_days = std::num::NonZeroU32::new(30);
    let report = paid_through(d(2026, 3, 31), |r| r.payments.clear());
    assert!(
        report.is_empty(),
        "cn judges no month by 31 March: {report}"
    );
    let mut record = office_record(d(2026, 3, 31));
    record.payments[0].amount = cny(4_200_00);
    record.payments[0].paid_on = d(2026, 3, 31);
    assert!(run(&with_record(record.clone()), &policy).is_empty());
    record.payments[0].amount = cny(4_199_99);
    let report = run(&with_record(record), &policy);
    assert_record(&report, &[("record.paid_in_full", "placements[0].record")]);
    let v = one(&report, RuleCode::RecordPaidInFull);
    assert_eq!(v.figure("due"), Some("4200.00 CNY"));
    let mut late = office_record(d(2026, 3, 31));
    late.payments[0].paid_on = d(2026, 4, 1);
    let report = run(&with_record(late), &policy);
    let v = one(&report, RuleCode::RecordPaidOnTime);
    assert_eq!(v.figure("deadline"), Some("2026-03-31"));
}

#[test]
fn payment_rules_of_scope_w_skip_an_observation_visit() {
    let mut record = office_record(d(2026, 7, 31));
    record.payments[0].payee = Payee::School;
    record.payments[1].form = PaymentForm::GoodsOrVouchers;
    record.payments.pop();
    record.payments[0]
        .deductions
        .push(Deduction::new(DeductionKind::Deposit, cny(100_00)));
    let mut a = with_record(record);
    a.placements[0].kind = PlacementKind::Observation;
    let report = run(&a, &Policy::cn());
    // Only `record.no_deductions` (scope all) judges an observation visit's payments.
    assert_record(
        &report,
        &[("record.no_deductions", "placements[0].record.payments[0]")],
    );
}
