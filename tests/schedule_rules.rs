//! Rotas, dated changes and the official calendar in the rules that read a schedule: each new
//! boundary fires with its exact code, path and figures, and the nearest valid plan passes.
//!
//! The fixture placement runs from Monday 2 March to Tuesday 30 June 2026 at a host resting on
//! Sundays; cn: 8 h a day, 40 h a week, 40 h in any single week of a rota, one rest day a week.

mod common;

use chrono::Weekday::{self, Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::*;
use school_enterprise::*;

fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

fn week(days: &[Weekday], extra: Vec<Shift>) -> WeeklySchedule {
    let mut shifts: Vec<Shift> = days
        .iter()
        .map(|&day| shift(day, (8, 0), (17, 0), 60))
        .collect();
    shifts.extend(extra);
    WeeklySchedule::new(shifts).unwrap()
}

fn extra(date: chrono::NaiveDate, start: (u32, u32), end: (u32, u32)) -> ExtraShift {
    ExtraShift::new(date, t(start.0, start.1), t(end.0, end.1), 0).unwrap()
}

fn with_placement(change: impl FnOnce(&mut Placement)) -> CooperationAgreement {
    let mut a = agreement();
    change(&mut a.placements[0]);
    a
}

/// A rota anchored on the placement's first Monday.
fn rota(weeks: Vec<WeeklySchedule>) -> Schedule {
    Schedule::rota(d(2026, 3, 2), weeks).unwrap()
}

const WEEKDAYS: [Weekday; 5] = [Mon, Tue, Wed, Thu, Fri];

// ---------------------------------------------------------------------------------------------
// Rotas: worktime.weekly_hours
// ---------------------------------------------------------------------------------------------

#[test]
fn a_single_week_of_a_rota_over_forty_hours_fires_though_the_average_passes() {
    // Week 0: 40 h + Saturday 08:00–12:00 = 44 h; week 1: Monday to Thursday, 32 h. Average 38 h.
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![shift(Sat, (8, 0), (12, 0), 0)]),
            week(&[Mon, Tue, Wed, Thu], vec![]),
        ]);
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "placements[0].schedule.weeks[0]")],
    );
    let v = report.violations().first().unwrap();
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("44 h"));
}

#[test]
fn a_rota_whose_every_week_is_at_the_limit_passes() {
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![]),
            week(&[Mon, Tue, Wed, Thu], vec![]),
        ]);
    });
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn a_rota_whose_average_is_exactly_the_weekly_limit_passes() {
    // 44 h and 36 h, each within a single-week limit of 48 h: 80 h over 2 weeks is 40 h a week,
    // the limit itself (RULES.md: the average must not exceed it).
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![shift(Sat, (8, 0), (12, 0), 0)]),
            week(&[Mon, Tue, Wed, Thu], vec![shift(Fri, (8, 0), (12, 0), 0)]),
        ]);
    });
    let mut policy = Policy::cn();
    policy.max_single_week_work_hours = 48;
    let report = a.check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_average_week_of_a_rota_fires_at_the_schedule() {
    // 44 h and 40 h: every week within a single-week limit of 48 h, the average 42 h above 40 h.
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![shift(Sat, (8, 0), (12, 0), 0)]),
            week(&WEEKDAYS, vec![]),
        ]);
    });
    let mut policy = Policy::cn();
    policy.max_single_week_work_hours = 48;
    let report = a.check(&registry(), &policy);
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "placements[0].schedule")],
    );
    let v = report.violations().first().unwrap();
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("84 h over 2 weeks"));
}

#[test]
fn rota_patterns_report_at_their_own_paths() {
    // Week 1 has a nine-hour Tuesday: daily hours at weeks[1].
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![]),
            week(&[Mon, Wed], vec![shift(Tue, (8, 0), (18, 0), 60)]),
        ]);
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.daily_hours", "placements[0].schedule.weeks[1]")],
    );
    assert_eq!(report.violations()[0].figure("day"), Some("Tue"));
}

// ---------------------------------------------------------------------------------------------
// Dated changes and the official calendar
// ---------------------------------------------------------------------------------------------

#[test]
fn a_make_up_sunday_shift_passes() {
    // Sunday 8 March is a make-up working day: the week's limit is 40 h + 8 h, and a shift on it
    // is not rest-day work. 40 h + 4 h = 44 h; Saturday stays free.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.extra_shifts = vec![extra(d(2026, 3, 8), (8, 0), (12, 0))];
    });
    let policy = Policy::cn()
        .with_official_calendar([], [d(2026, 3, 8)])
        .unwrap();
    let report = a.check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn an_ordinary_sunday_shift_fires() {
    // Sunday 15 March is an ordinary rest day: rest-day work, and 44 h in the week of 9 March.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.extra_shifts = vec![extra(d(2026, 3, 15), (8, 0), (12, 0))];
    });
    let policy = Policy::cn()
        .with_official_calendar([], [d(2026, 3, 8)])
        .unwrap();
    let report = a.check(&registry(), &policy);
    assert_findings(
        &report,
        &[
            ("placement.rest_day_work", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    let rest = report.violations()[0].clone();
    assert_eq!(rest.figure("date"), Some("2026-03-15"));
    let weekly = report.violations()[1].clone();
    assert_eq!(weekly.figure("week"), Some("2026-03-09"));
    assert_eq!(weekly.figure("limit"), Some("40 h"));
    assert_eq!(weekly.figure("actual"), Some("44 h"));
}

#[test]
fn a_pattern_sunday_shift_fires_on_the_first_sunday_that_is_no_make_up_day() {
    // Monday to Thursday and Sunday 08:00–12:00 (36 h): Sunday 8 March is a make-up day, so the
    // first Sunday worked as rest-day work is 15 March.
    let a = with_placement(|p| {
        p.schedule = week(&[Mon, Tue, Wed, Thu], vec![shift(Sun, (8, 0), (12, 0), 0)]).into();
    });
    let policy = Policy::cn()
        .with_official_calendar([], [d(2026, 3, 8)])
        .unwrap();
    let report = a.check(&registry(), &policy);
    assert_findings(
        &report,
        &[(
            "placement.rest_day_work",
            "placements[0].schedule.shifts[4]",
        )],
    );
    assert_eq!(report.violations()[0].figure("date"), Some("2026-03-15"));

    // A one-week placement whose only Sunday is the make-up day passes.
    let mut short = a.clone();
    redate(
        &mut short.placements[0],
        DateRange::new(d(2026, 3, 2), d(2026, 3, 8)).unwrap(),
    );
    let report = short.check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_dated_date_over_the_daily_limit_fires_at_its_dated_change() {
    // Wednesday 11 March: 8 h of the pattern + 18:00–20:00 = 10 h; the week is 42 h.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.extra_shifts = vec![extra(d(2026, 3, 11), (18, 0), (20, 0))];
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[
            ("worktime.daily_hours", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    let daily = report
        .with_code(RuleCode::WorktimeDailyHours)
        .next()
        .unwrap();
    assert_eq!(daily.figure("date"), Some("2026-03-11"));
    assert_eq!(daily.figure("actual"), Some("10 h"));
}

#[test]
fn a_day_off_makes_room_for_an_extra_shift_in_its_week() {
    // Tuesday 10 March off, Saturday 14 March 08:00–17:00 with an hour's break: 40 h again.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.days_off = vec![d(2026, 3, 10)];
        p.extra_shifts = vec![ExtraShift::new(d(2026, 3, 14), t(8, 0), t(17, 0), 60).unwrap()];
    });
    assert!(check(&a).is_empty(), "{}", check(&a));
    // Without the day off, the week is 48 h, reported at the extra shift.
    let mut busy = a.clone();
    busy.placements[0].days_off.clear();
    assert_findings(
        &check(&busy),
        &[("worktime.weekly_hours", "placements[0].extra_shifts[0]")],
    );
}

#[test]
fn a_dated_week_reports_at_its_earliest_change_day_offs_before_extra_shifts() {
    // Wednesday 11 March off, two extra evenings on Thursday 12 and Friday 13 (3 h each): 8 h
    // less, 6 h more, so 38 h; then a Saturday of 8 h makes 46 h. Earliest change: days_off[0].
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.days_off = vec![d(2026, 3, 11)];
        p.extra_shifts = vec![
            extra(d(2026, 3, 13), (18, 0), (21, 0)),
            extra(d(2026, 3, 12), (18, 0), (21, 0)),
            ExtraShift::new(d(2026, 3, 14), t(8, 0), t(17, 0), 60).unwrap(),
        ];
    });
    let report = check(&a);
    // Thursday and Friday are 11 h each: the daily rule at each extra shift. `days_off` sorts
    // before `extra_shifts`.
    assert_findings(
        &report,
        &[
            ("worktime.weekly_hours", "placements[0].days_off[0]"),
            ("worktime.daily_hours", "placements[0].extra_shifts[0]"),
            ("worktime.daily_hours", "placements[0].extra_shifts[1]"),
        ],
    );
    let weekly = report
        .with_code(RuleCode::WorktimeWeeklyHours)
        .next()
        .unwrap();
    assert_eq!(weekly.figure("actual"), Some("46 h"));
}

#[test]
fn rest_day_work_in_the_second_week_of_a_rota_names_its_first_sunday() {
    // Week 1 of the rota (from Monday 9 March) adds Sunday 08:00–12:00 at a host resting on
    // Sundays: its first occurrence is Sunday 15 March, not Sunday 8 March of week 0.
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![]),
            week(&WEEKDAYS, vec![shift(Sun, (8, 0), (12, 0), 0)]),
        ]);
    });
    let report = check(&a);
    let found: Vec<&Violation> = report.with_code(RuleCode::PlacementRestDayWork).collect();
    assert_eq!(found.len(), 1, "{report}");
    assert_eq!(
        found[0].path().to_string(),
        "placements[0].schedule.weeks[1].shifts[5]"
    );
    assert_eq!(found[0].figure("date"), Some("2026-03-15"));
}

/// At a host resting on Mondays, a two-week rota whose second pattern works Monday, for a
/// placement that starts on Wednesday 11 March, in a second-pattern week (9 March) whose Monday
/// is before the placement: the first Monday worked is that of the next second-pattern week,
/// 23 March, or, when 23 March is a day off, 6 April.
#[test]
fn rest_day_work_of_a_rota_names_the_first_rest_day_worked_inside_the_placement() {
    let host = registry_with_host(|e| e.rest_days = Some(WeekdaySet::from([Mon])));
    let placement = |days_off: Vec<chrono::NaiveDate>| {
        with_placement(|p| {
            p.dates = DateRange::new(d(2026, 3, 11), d(2026, 6, 30)).unwrap();
            p.schedule = rota(vec![
                week(&[Tue, Wed, Thu, Fri], vec![]),
                week(&WEEKDAYS, vec![]),
            ]);
            p.days_off = days_off;
        })
    };
    for (days_off, first) in [(vec![], "2026-03-23"), (vec![d(2026, 3, 23)], "2026-04-06")] {
        let report = placement(days_off).check(&host, &Policy::cn());
        let found: Vec<&Violation> = report.with_code(RuleCode::PlacementRestDayWork).collect();
        assert_eq!(found.len(), 1, "{report}");
        assert_eq!(
            found[0].path().to_string(),
            "placements[0].schedule.weeks[1].shifts[0]"
        );
        assert_eq!(found[0].figure("date"), Some(first), "{report}");
    }
}

/// A Saturday shift that does not run past midnight, at a host resting on Saturdays and
/// Sundays, whose first Saturday (7 March) is a make-up working day: the first rest day it
/// works is the next Saturday, 14 March, not the Sunday after the make-up day.
#[test]
fn rest_day_work_skips_a_make_up_saturday_without_counting_the_sunday_after_it() {
    let host = registry_with_host(|e| e.rest_days = Some(WeekdaySet::from([Sat, Sun])));
    let policy = Policy::cn()
        .with_official_calendar([], [d(2026, 3, 7)])
        .unwrap();
    let a = with_placement(|p| {
        p.schedule = Schedule::weekly(week(&WEEKDAYS, vec![shift(Sat, (8, 0), (12, 0), 0)]));
    });
    let report = a.check(&host, &policy);
    let found: Vec<&Violation> = report.with_code(RuleCode::PlacementRestDayWork).collect();
    assert_eq!(found.len(), 1, "{report}");
    assert_eq!(found[0].figure("date"), Some("2026-03-14"), "{report}");
}

#[test]
fn a_dated_week_of_exactly_the_weekly_limit_passes() {
    // Wednesday 11 March off (8 h less) and Saturday 14 March 08:00–17:00 with an hour's break
    // (8 h more): the week is 40 h, the limit itself.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.days_off = vec![d(2026, 3, 11)];
        p.extra_shifts = vec![ExtraShift::new(d(2026, 3, 14), t(8, 0), t(17, 0), 60).unwrap()];
    });
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn a_fault_of_the_pattern_is_reported_once_not_again_for_its_dated_weeks() {
    // Monday 08:00–17:30 (8 h 30): the pattern breaks the daily and weekly limits; an extra hour
    // on Monday 9 March adds nothing to the report.
    let mut shifts = vec![shift(Mon, (8, 0), (17, 30), 60)];
    shifts.extend([Tue, Wed, Thu, Fri].map(|day| shift(day, (8, 0), (17, 0), 60)));
    let a = with_placement(|p| {
        p.schedule = WeeklySchedule::new(shifts).unwrap().into();
        p.extra_shifts = vec![extra(d(2026, 3, 9), (18, 0), (19, 0))];
    });
    assert_findings(
        &check(&a),
        &[
            ("worktime.daily_hours", "placements[0].schedule"),
            ("worktime.weekly_hours", "placements[0].schedule"),
        ],
    );
}

#[test]
fn a_pattern_without_a_free_day_is_reported_once_not_again_for_its_dated_weeks() {
    // Every day 08:00–13:00 (35 h) at a host without rest days: the pattern leaves no free day.
    // An extra hour on Wednesday 11 March makes a dated week that is no freer: the pattern's
    // fault, reported at the schedule, is not reported again at the extra shift.
    let a = with_placement(|p| {
        p.schedule = WeeklySchedule::new(
            [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
                .map(|day| shift(day, (8, 0), (13, 0), 0))
                .to_vec(),
        )
        .unwrap()
        .into();
        p.extra_shifts = vec![extra(d(2026, 3, 11), (18, 0), (19, 0))];
    });
    let report = check_at_nonstop_host(&a);
    assert_findings(&report, &[("worktime.rest_days", "placements[0].schedule")]);
    let rest = report.violations().first().unwrap();
    assert_eq!(rest.figure("actual"), Some("0 day(s)"));
}

#[test]
fn dated_changes_outside_the_placement_are_ignored() {
    // A Sunday after the last day, and a day off before the first.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.days_off = vec![d(2026, 2, 23)];
        p.extra_shifts = vec![extra(d(2026, 7, 5), (8, 0), (20, 0))];
    });
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn a_dated_week_with_no_free_day_breaks_the_rest_days() {
    // Saturday 14 and Sunday 15 March 08:00–12:00 on the office week with Friday 13 off: six days
    // worked, one free; Sunday is the host's rest day.
    let a = with_placement(|p| {
        p.schedule = office_week().into();
        p.days_off = vec![d(2026, 3, 13)];
        p.extra_shifts = vec![
            extra(d(2026, 3, 14), (8, 0), (12, 0)),
            extra(d(2026, 3, 15), (8, 0), (12, 0)),
        ];
    });
    // Friday off leaves a free day: rest days pass; Sunday is rest-day work.
    assert_findings(
        &check(&a),
        &[("placement.rest_day_work", "placements[0].extra_shifts[1]")],
    );
    // Without the day off every day is worked (40 h + 8 h over the limit too).
    let mut busy = a.clone();
    busy.placements[0].days_off.clear();
    let report = check_at_nonstop_host(&busy);
    assert_findings(
        &report,
        &[
            ("worktime.rest_days", "placements[0].extra_shifts[0]"),
            ("worktime.weekly_hours", "placements[0].extra_shifts[0]"),
        ],
    );
    let rest = report.with_code(RuleCode::WorktimeRestDays).next().unwrap();
    assert_eq!(rest.figure("week"), Some("2026-03-09"));
    assert_eq!(rest.figure("actual"), Some("0 day(s)"));
}

#[test]
fn an_extra_night_shift_is_night_work_named_by_its_date() {
    let a = with_placement(|p| {
        p.schedule = week(&[Mon, Tue, Wed, Thu], vec![]).into();
        p.extra_shifts = vec![extra(d(2026, 3, 13), (21, 0), (23, 0))];
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("placement.night_work", "placements[0].extra_shifts[0]")],
    );
    assert_eq!(report.violations()[0].figure("date"), Some("2026-03-13"));
}

#[test]
fn an_extra_shift_on_a_public_holiday_inside_the_placement_is_holiday_work() {
    let a = with_placement(|p| {
        p.schedule = week(&[Mon, Tue, Wed, Thu], vec![]).into();
        p.extra_shifts = vec![extra(d(2026, 5, 1), (8, 0), (12, 0))];
    });
    let policy = Policy::cn()
        .with_official_calendar([d(2026, 5, 1)], [])
        .unwrap();
    let report = a.check(&registry(), &policy);
    assert_findings(
        &report,
        &[("placement.holiday_work", "placements[0].extra_shifts[0]")],
    );
    assert_eq!(report.violations()[0].figure("holiday"), Some("2026-05-01"));
}

#[test]
fn a_rota_pattern_works_holidays_only_in_its_own_weeks() {
    // Friday 1 May 2026 is in the week of 27 April, the ninth week from 2 March: pattern 0 of a
    // two-week rota (weeks 0, 2, 4, 6, 8). Only a Friday shift of pattern 0 works it.
    let policy = Policy::cn()
        .with_official_calendar([d(2026, 5, 1)], [])
        .unwrap();
    let friday_in = |w: usize| {
        let mut weeks = vec![
            week(&[Mon, Tue, Wed, Thu], vec![]),
            week(&[Mon, Tue, Wed, Thu], vec![]),
        ];
        weeks[w] = week(&WEEKDAYS, vec![]);
        with_placement(|p| p.schedule = rota(weeks))
    };
    assert_findings(
        &friday_in(0).check(&registry(), &policy),
        &[(
            "placement.holiday_work",
            "placements[0].schedule.weeks[0].shifts[4]",
        )],
    );
    let report = friday_in(1).check(&registry(), &policy);
    assert!(report.is_empty(), "{report}");
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn a_placement_with_a_rota_and_dated_changes_round_trips() {
    let a = with_placement(|p| {
        p.schedule = rota(vec![week(&WEEKDAYS, vec![]), week(&[Mon, Tue], vec![])]);
        p.days_off = vec![d(2026, 3, 10)];
        p.extra_shifts = vec![extra(d(2026, 3, 14), (22, 0), (2, 0))];
    });
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains(r#""schedule":{"anchor":"2026-03-02","weeks":[{"shifts":["#));
    assert!(json.contains(
        r#""extra_shifts":[{"date":"2026-03-14","start":"22:00","end":"02:00","unpaid_break_minutes":0}]"#
    ));
    let back: CooperationAgreement = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}

#[test]
fn a_revision_one_placement_writes_no_extra_shifts() {
    let json = serde_json::to_string(&placement()).unwrap();
    assert!(!json.contains("extra_shifts"));
    assert!(json.contains(r#""schedule":{"shifts":["#));
}

#[test]
fn violations_resolve_as_json_pointers() {
    let a = with_placement(|p| {
        p.schedule = rota(vec![
            week(&WEEKDAYS, vec![shift(Sat, (8, 0), (12, 0), 0)]),
            week(&[Mon], vec![]),
        ]);
        p.extra_shifts = vec![extra(d(2026, 3, 15), (8, 0), (12, 0))];
    });
    let report = check(&a);
    assert!(!report.is_empty());
    let value = serde_json::to_value(&a).unwrap();
    for v in report.violations() {
        let pointer = v.path().to_json_pointer();
        assert!(value.pointer(&pointer).is_some(), "{pointer}");
    }
}
