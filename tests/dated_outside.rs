//! Dated changes outside the days of a placement or an employment are ignored (RULES.md,
//! "Schedules, rotas and dated changes"): for every rule that reads dated changes, an extra shift
//! that fires the rule on a day of the placement (or employment) fires nothing on a day just
//! before its first day or just after its last, and a day off outside its days changes nothing,
//! not even where a dated week reports.
//!
//! The fixture placement runs from Monday 2 March to Tuesday 30 June 2026, Monday to Friday
//! 08:00–17:00 with an unpaid hour (8 h a day, 40 h a week), at a host resting on Sundays; the
//! fixture employment runs from Monday 2 March 2026 on the same week, with classes on Monday and
//! Wednesday 18:00–20:00. cn: 8 h a day, 40 h a week, one rest day a week, night 22:00–06:00.

mod common;

use chrono::NaiveDate;
use chrono::Weekday::{Mon, Wed};
use common::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

fn extra(date: NaiveDate, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> ExtraShift {
    ExtraShift::new(date, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

fn with_placement(change: impl FnOnce(&mut Placement)) -> CooperationAgreement {
    let mut a = agreement();
    change(&mut a.placements[0]);
    a
}

/// The fixture placement with `extra_shifts` and nothing else changed, checked under `policy`.
fn placement_with(extras: Vec<ExtraShift>, policy: &Policy) -> Report {
    with_placement(|p| p.extra_shifts = extras).check(&registry(), policy)
}

// ---------------------------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------------------------

#[test]
fn a_long_saturday_inside_breaks_the_daily_and_weekly_limits_outside_nothing() {
    // Saturday 27 June 06:00–17:00, no break: 11 h on the day, 40 h + 11 h = 51 h in the week of
    // 22 June; Sunday stays free.
    let inside = placement_with(
        vec![extra(d(2026, 6, 27), (6, 0), (17, 0), 0)],
        &Policy::cn(),
    );
    assert_findings(
        &inside,
        &[
            ("worktime.daily_hours", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    let daily = inside.violations()[0].clone();
    assert_eq!(daily.figure("date"), Some("2026-06-27"));
    assert_eq!(daily.figure("actual"), Some("11 h"));
    let weekly = inside.violations()[1].clone();
    assert_eq!(weekly.figure("week"), Some("2026-06-22"));
    assert_eq!(weekly.figure("actual"), Some("51 h"));

    // The Saturday after the last day (4 July) and the one before the first (28 February).
    for outside in [d(2026, 7, 4), d(2026, 2, 28)] {
        let report = placement_with(vec![extra(outside, (6, 0), (17, 0), 0)], &Policy::cn());
        assert!(report.is_empty(), "{outside}: {report}");
    }
}

#[test]
fn a_night_shift_inside_is_night_work_outside_nothing() {
    // Saturday 27 June 20:00–23:00 overlaps the night window (22:00–06:00); 3 h on a Saturday make
    // the week 43 h, so the weekly limit fires too.
    let inside = placement_with(
        vec![extra(d(2026, 6, 27), (20, 0), (23, 0), 0)],
        &Policy::cn(),
    );
    assert_findings(
        &inside,
        &[
            ("placement.night_work", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    assert_eq!(inside.violations()[0].figure("date"), Some("2026-06-27"));
    assert_eq!(inside.violations()[1].figure("actual"), Some("43 h"));
    for outside in [d(2026, 7, 4), d(2026, 2, 28)] {
        let report = placement_with(vec![extra(outside, (20, 0), (23, 0), 0)], &Policy::cn());
        assert!(report.is_empty(), "{outside}: {report}");
    }
}

#[test]
fn a_sunday_shift_inside_is_rest_day_work_outside_nothing() {
    // Sunday 28 June 08:00–12:00 at a host resting on Sundays: rest-day work, and 44 h in the
    // week of 22 June. Sunday 1 March is the day before the first day; Sunday 5 July is after
    // the last.
    let inside = placement_with(
        vec![extra(d(2026, 6, 28), (8, 0), (12, 0), 0)],
        &Policy::cn(),
    );
    assert_findings(
        &inside,
        &[
            ("placement.rest_day_work", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    assert_eq!(inside.violations()[0].figure("date"), Some("2026-06-28"));
    for outside in [d(2026, 3, 1), d(2026, 7, 5)] {
        let report = placement_with(vec![extra(outside, (8, 0), (12, 0), 0)], &Policy::cn());
        assert!(report.is_empty(), "{outside}: {report}");
    }
}

#[test]
fn a_holiday_shift_inside_is_holiday_work_outside_nothing() {
    // Saturday 27 June and Saturday 4 July declared public holidays; 08:00–12:00 on each.
    let policy = Policy::cn()
        .with_official_calendar([d(2026, 6, 27), d(2026, 7, 4)], [])
        .unwrap();
    let inside = placement_with(vec![extra(d(2026, 6, 27), (8, 0), (12, 0), 0)], &policy);
    assert_findings(
        &inside,
        &[
            ("placement.holiday_work", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    assert_eq!(inside.violations()[0].figure("holiday"), Some("2026-06-27"));
    let outside = placement_with(vec![extra(d(2026, 7, 4), (8, 0), (12, 0), 0)], &policy);
    assert!(outside.is_empty(), "{outside}");
}

#[test]
fn a_seventh_working_day_inside_breaks_the_rest_days_outside_nothing() {
    // Saturday 27 and Sunday 28 June 08:00–10:00 (2 h each): 44 h, and no weekday free in the
    // week of 22 June, which the rest-day rule reports at its earliest change; the same two days
    // after the last day (4 and 5 July) are ignored.
    let both = |sat: NaiveDate, sun: NaiveDate| {
        vec![
            extra(sat, (8, 0), (10, 0), 0),
            extra(sun, (8, 0), (10, 0), 0),
        ]
    };
    let inside = placement_with(both(d(2026, 6, 27), d(2026, 6, 28)), &Policy::cn());
    assert_findings(
        &inside,
        &[
            ("worktime.rest_days", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
            ("placement.rest_day_work", "placements[0].extra_shifts[1]"),
        ],
    );
    let rest = inside.with_code(RuleCode::WorktimeRestDays).next().unwrap();
    assert_eq!(rest.figure("week"), Some("2026-06-22"));
    assert_eq!(rest.figure("actual"), Some("0 day(s)"));
    let outside = placement_with(both(d(2026, 7, 4), d(2026, 7, 5)), &Policy::cn());
    assert!(outside.is_empty(), "{outside}");
}

#[test]
fn a_day_off_outside_is_not_the_earliest_change_of_its_week() {
    // From Tuesday 3 March: Tuesday to Friday of the first week are worked (32 h). Monday 2 March
    // is listed as a day off, outside the placement. Saturday 7 March 08:00–17:00 with an hour's
    // break (8 h) and Thursday 5 March 18:00–19:00 (1 h) make 41 h in the week of 2 March and 9 h
    // on Thursday. Both report at the Thursday extra shift (the week's earliest change on the
    // placement's days), not at the day off.
    let a = with_placement(|p| {
        redate(p, DateRange::new(d(2026, 3, 3), d(2026, 6, 30)).unwrap());
        p.days_off = vec![d(2026, 3, 2)];
        p.extra_shifts = vec![
            extra(d(2026, 3, 7), (8, 0), (17, 0), 60),
            extra(d(2026, 3, 5), (18, 0), (19, 0), 0),
        ];
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[
            ("worktime.daily_hours", "placements[0].extra_shifts[1]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[1]"),
        ],
    );
    let daily = report.violations()[0].clone();
    assert_eq!(daily.figure("date"), Some("2026-03-05"));
    assert_eq!(daily.figure("actual"), Some("9 h"));
    let weekly = report.violations()[1].clone();
    assert_eq!(weekly.figure("week"), Some("2026-03-02"));
    assert_eq!(weekly.figure("actual"), Some("41 h"));

    // Without the Thursday hour the week is 40 h: the day off outside adds no fault of its own.
    let mut fine = a.clone();
    fine.placements[0].extra_shifts.pop();
    assert!(check(&fine).is_empty(), "{}", check(&fine));
}

#[test]
fn a_day_off_outside_cancels_nothing_and_an_extra_shift_there_overlaps_nothing() {
    // Wednesday 1 July is after the last day: its pattern shift is not worked, so a day off on it
    // and an extra shift 08:00–17:00 on it are both accepted and ignored.
    let mut a = with_placement(|p| {
        p.days_off = vec![d(2026, 7, 1)];
        p.extra_shifts = vec![extra(d(2026, 7, 2), (8, 0), (17, 0), 0)];
    });
    assert_eq!(a.placements[0].check_dated_changes(), Ok(()));
    assert!(check(&a).is_empty(), "{}", check(&a));
    // The same extra shift on Thursday 25 June overlaps that day's pattern shift.
    a.placements[0].extra_shifts = vec![extra(d(2026, 6, 25), (8, 0), (17, 0), 0)];
    assert!(matches!(
        a.placements[0].check_dated_changes(),
        Err(Error::OverlappingExtraShift { index: 0, .. })
    ));
}

// ---------------------------------------------------------------------------------------------
// Employments
// ---------------------------------------------------------------------------------------------

const TASK: TaskId = TaskId::from_u128(60);

fn class(day: chrono::Weekday) -> ClassSession {
    ClassSession::new(day, t(18, 0), t(20, 0), name("hydraulics"))
        .unwrap()
        .linked_to(TASK)
}

/// The fixture employment from Monday 2 March 2026 (to `last`, when given), with `extras`.
fn employment(last: Option<NaiveDate>, extras: Vec<ExtraShift>) -> CooperationAgreement {
    let mut job = Employment::builder()
        .student(STUDENT)
        .enterprise(ENTERPRISE)
        .post(POST)
        .contract_weekly_minutes(40 * 60)
        .monthly_pay(Money::new(4_800_00, Currency::CNY))
        .starts_on(d(2026, 3, 2))
        .build()
        .unwrap();
    if let Some(last) = last {
        job = job.ending_on(last).unwrap();
    }
    job.schedule = office_week().into();
    job.tasks.push(JobTask::new(TASK, name("line maintenance")));
    job.classes = vec![class(Mon), class(Wed)];
    job.extra_shifts = extras;
    let mut a = agreement();
    let mut model = EmployedStudy::new();
    model.employments = vec![job];
    a.mode = Mode::Alternation(Alternation::EmployedStudy(model));
    a.placements.clear();
    a
}

#[test]
fn an_extra_evening_inside_an_employment_meets_a_class_outside_nothing() {
    // Wednesday 4 March 17:00–19:00 runs into the 18:00 class: class_outside_shift at the
    // Wednesday class, 10 h on the day and 42 h in the week of 2 March.
    let inside = check(&employment(
        None,
        vec![extra(d(2026, 3, 4), (17, 0), (19, 0), 0)],
    ));
    assert_findings(
        &inside,
        &[
            (
                "employed_study.class_outside_shift",
                "mode.employments[0].classes[1]",
            ),
            (
                "worktime.daily_hours",
                "mode.employments[0].extra_shifts[0]",
            ),
            (
                "worktime.weekly_hours",
                "mode.employments[0].extra_shifts[0]",
            ),
        ],
    );
    let class = inside.violations()[0].clone();
    assert_eq!(class.figure("date"), Some("2026-03-04"));
    assert_eq!(
        class.figure("shift_at"),
        Some("mode.employments[0].extra_shifts[0]")
    );
    assert_eq!(inside.violations()[1].figure("actual"), Some("10 h"));
    assert_eq!(inside.violations()[2].figure("actual"), Some("42 h"));

    // The Wednesday before the first day (25 February) is ignored.
    let before = check(&employment(
        None,
        vec![extra(d(2026, 2, 25), (17, 0), (19, 0), 0)],
    ));
    assert!(before.is_empty(), "{before}");
}

#[test]
fn an_employment_with_a_last_day_ignores_what_comes_after_it() {
    // Until Friday 31 July 2026: Wednesday 29 July 17:00–19:00 fires as above; Wednesday 5
    // August, after the last day, fires nothing.
    let last = Some(d(2026, 7, 31));
    let inside = check(&employment(
        last,
        vec![extra(d(2026, 7, 29), (17, 0), (19, 0), 0)],
    ));
    assert_eq!(
        codes(&inside),
        [
            "employed_study.class_outside_shift",
            "worktime.daily_hours",
            "worktime.weekly_hours"
        ]
    );
    let after = check(&employment(
        last,
        vec![extra(d(2026, 8, 5), (17, 0), (19, 0), 0)],
    ));
    assert!(after.is_empty(), "{after}");
    // Open-ended, 5 August is a day of the employment.
    let open = check(&employment(
        None,
        vec![extra(d(2026, 8, 5), (17, 0), (19, 0), 0)],
    ));
    assert_eq!(open.len(), 3, "{open}");
}

#[test]
fn a_long_saturday_inside_an_employment_breaks_the_weekly_load_outside_nothing() {
    // Saturday 7 March 06:00–23:00 (17 h): 57 h of work and 4 h of classes is 61 h, over the
    // load limit of 60 h; the daily and weekly limits fire too, all at the extra shift. The
    // Saturday after the last day (1 August) adds nothing.
    let saturday = |date| vec![extra(date, (6, 0), (23, 0), 0)];
    let inside = check(&employment(Some(d(2026, 7, 31)), saturday(d(2026, 3, 7))));
    let at = "mode.employments[0].extra_shifts[0]";
    assert_findings(
        &inside,
        &[
            ("employed_study.weekly_load", at),
            ("worktime.daily_hours", at),
            ("worktime.weekly_hours", at),
        ],
    );
    let load = inside.violations()[0].clone();
    assert_eq!(load.figure("week"), Some("2026-03-02"));
    assert_eq!(load.figure("actual"), Some("61 h"));
    assert_eq!(load.figure("work"), Some("57 h"));
    assert_eq!(load.figure("classes"), Some("4 h"));
    let after = check(&employment(Some(d(2026, 7, 31)), saturday(d(2026, 8, 1))));
    assert!(after.is_empty(), "{after}");
}
