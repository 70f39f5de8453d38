//! Review of revision 2 against RULES.md: each test pins a sentence of the catalogue that the
//! crate read differently, with the figures computed by hand from RULES.md.
//!
//! The fixture placement runs from Monday 2 March to Tuesday 30 June 2026, Monday to Friday
//! 08:00–17:00 with an unpaid hour (8 h a day, 40 h a week), at a host resting on Sundays;
//! cn: 8 h a day, 40 h in any calendar week, one rest day a week, night 22:00–06:00.

mod common;

use chrono::NaiveDate;
use common::*;
use school_enterprise::*;

fn ws(date: NaiveDate, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> WorkedShift {
    WorkedShift::new(date, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

fn with_record(record: Record) -> CooperationAgreement {
    let mut a = agreement();
    a.placements[0].record = Some(record);
    a
}

/// The record codes of a report, with their paths, in report order.
fn record_findings(report: &Report) -> Vec<(String, String)> {
    findings(report)
        .into_iter()
        .filter(|(code, _)| code.starts_with("record."))
        .collect()
}

#[track_caller]
fn assert_record(report: &Report, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    assert_eq!(record_findings(report), expected, "full report:\n{report}");
}

fn one(report: &Report, code: RuleCode) -> &Violation {
    let found: Vec<_> = report.with_code(code).collect();
    assert_eq!(found.len(), 1, "{report}");
    found[0]
}

fn at_date(record: &Record, date: NaiveDate) -> usize {
    record.shifts.iter().position(|s| s.date() == date).unwrap()
}

fn replace_shift(record: &mut Record, shift: WorkedShift) -> usize {
    let k = at_date(record, shift.date());
    record.shifts[k] = shift;
    k
}

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
