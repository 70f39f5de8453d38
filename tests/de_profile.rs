//! The de profile (Germany: dual vocational training): `Policy::de()` and the seven codes it
//! switches on (`worktime.minor_daily_hours`, `worktime.minor_weekly_hours`,
//! `worktime.minor_days_per_week`, `worktime.daily_rest`, `worktime.breaks`,
//! `worktime.school_day`, `placement.training_allowance`). Each fires on the smallest fault under
//! de with its exact code, path and figures; the nearest valid arrangement passes; each is off
//! under cn. Expected figures come from the laws the catalogue cites.

mod common;

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::de::*;
use common::*;
use school_enterprise::*;

#[test]
fn the_fixture_passes_under_de() {
    let report = check_de(&de_agreement());
    assert!(report.is_empty(), "{report}");
    let report = check_de(&minor_agreement());
    assert!(report.is_empty(), "{report}");
}

// The profile itself.

#[test]
fn de_numbers_follow_the_table() {
    let de = Policy::de();
    assert_eq!((de.min_placement_age, de.min_working_age), (15, 15));
    assert_eq!(de.guardian_consent, GuardianConsent::WhenMinor);
    assert_eq!(
        (
            de.max_daily_work_hours,
            de.max_weekly_work_hours,
            de.max_single_week_work_hours
        ),
        (10, 48, 60)
    );
    assert_eq!(de.default_rest_days, WeekdaySet::SUNDAY);
    assert_eq!(de.placement_night_window, None);
    assert_eq!(
        de.minor_night_window,
        Some(DailyWindow::new(t(20, 0), t(6, 0)).unwrap())
    );
    assert_eq!(
        (
            de.minor_max_daily_work_hours,
            de.minor_max_weekly_work_hours,
            de.minor_max_days_per_week
        ),
        (Some(8), Some(40), Some(5))
    );
    assert_eq!(
        (de.min_daily_rest_hours, de.minor_min_daily_rest_hours),
        (Some(11), Some(12))
    );
    assert_eq!(de.school_day_credit_hours, Some(8));
    assert_eq!(de.pay_due, PayDue::LastWorkingDay);
    assert_eq!(de.pay_month_days.map(|n| n.get()), Some(30));
    assert!(de.prohibited_hazards.is_empty());
    assert_eq!(
        de.hazards_forbidden_for_minors.iter().collect::<Vec<_>>(),
        [&Hazard::Underground, &Hazard::ForcedPaceLineWork]
    );
    assert!(!de.school_instructor_required);
    assert_eq!(de.local_min_monthly_wage, None);
    assert_eq!(
        de.exemptible.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        [
            "placement.rest_day_work",
            "placement.holiday_work",
            "worktime.minor_night_work"
        ]
        .iter()
        .copied()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
    );
    let off = [
        "placement.study_year",
        "placement.host_vetted",
        "placement.internship_plan",
        "placement.tripartite_agreement",
        "placement.insurance",
        "placement.pay_floor",
        "placement.duration",
        "placement.female_work",
        "placement.prohibited_venue",
        "placement.intermediary",
        "placement.heavy_labour",
        "record.paid_in_money",
        "portfolio.intern_share_enterprise",
        "portfolio.intern_share_post",
    ];
    for rule in catalogue() {
        assert_eq!(
            de.is_on(rule.code),
            !off.contains(&rule.name),
            "{}",
            rule.name
        );
    }
    assert_eq!(
        de.severity_of(RuleCode::PlacementFiled),
        Some(Severity::Warning)
    );
}

#[test]
fn de_breaks_follow_arbzg_4_and_jarbschg_11() {
    let breaks = Policy::de().min_breaks.unwrap();
    let steps = |s: &[BreakStep]| {
        s.iter()
            .map(|b| (b.working_minutes_over, b.break_minutes))
            .collect::<Vec<_>>()
    };
    assert_eq!(steps(&breaks.adults), [(360, 30), (540, 45)]);
    assert_eq!(steps(&breaks.minors), [(270, 30), (360, 60)]);
}

#[test]
fn de_allowance_table_follows_bbig_17() {
    let table = Policy::de().min_training_allowance;
    let row = |year: i32| {
        table
            .iter()
            .find(|r| r.start_year == year)
            .unwrap()
            .by_training_year
            .iter()
            .map(|m| m.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(table.len(), 7);
    // § 17(2) sentence 2: years 2 to 4 are year 1 × 1.18, 1.35, 1.40.
    assert_eq!(
        row(2020),
        ["515.00 EUR", "607.70 EUR", "695.25 EUR", "721.00 EUR"]
    );
    assert_eq!(
        row(2021),
        ["550.00 EUR", "649.00 EUR", "742.50 EUR", "770.00 EUR"]
    );
    assert_eq!(
        row(2022),
        ["585.00 EUR", "690.30 EUR", "789.75 EUR", "819.00 EUR"]
    );
    assert_eq!(
        row(2023),
        ["620.00 EUR", "731.60 EUR", "837.00 EUR", "868.00 EUR"]
    );
    assert_eq!(
        row(2024),
        ["649.00 EUR", "766.00 EUR", "876.00 EUR", "909.00 EUR"]
    );
    assert_eq!(
        row(2025),
        ["682.00 EUR", "805.00 EUR", "921.00 EUR", "955.00 EUR"]
    );
    assert_eq!(
        row(2026),
        ["724.00 EUR", "854.00 EUR", "977.00 EUR", "1014.00 EUR"]
    );
}

#[test]
fn cn_sets_none_of_the_de_parameters() {
    let cn = Policy::cn();
    assert_eq!(cn.minor_max_daily_work_hours, None);
    assert_eq!(cn.minor_max_weekly_work_hours, None);
    assert_eq!(cn.minor_max_days_per_week, None);
    assert_eq!(cn.min_daily_rest_hours, None);
    assert_eq!(cn.minor_min_daily_rest_hours, None);
    assert_eq!(cn.min_breaks, None);
    assert_eq!(cn.school_day_credit_hours, None);
    assert!(cn.min_training_allowance.is_empty());
    assert_eq!(cn.max_single_week_work_hours, cn.max_weekly_work_hours);
    assert!(cn.school_instructor_required);
}

#[test]
fn de_reads_from_json_and_round_trips() {
    let de = Policy::de();
    let json = serde_json::to_string(&de).unwrap();
    let back: Policy = serde_json::from_str(&json).unwrap();
    assert_eq!(back, de);
}

// worktime.minor_daily_hours

#[test]
fn minor_daily_hours_fires_above_eight_hours() {
    // Monday 08:00–17:30 less an hour: 8 h 30 min; Tuesday to Thursday 8 h; 32 h 30 min a week.
    let mut shifts = days(&[Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (8, 0), (17, 30), 60));
    let a = with_shifts(minor_agreement(), shifts);
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.minor_daily_hours",
        "placements[0].schedule",
    );
    assert_figures(
        v,
        &[("day", "Mon"), ("limit", "8 h"), ("actual", "8 h 30 min")],
    );
    // The adult limit of 10 h passes the same week for an adult.
    let mut adult = a.clone();
    adult.placements[0].student = STUDENT;
    assert!(check_de(&adult).is_empty());
    // Off in cn, where the adult daily limit of 8 h binds instead.
    let cn = check_cn(&a);
    assert_no_code(&cn, "worktime.minor_daily_hours");
    assert!(
        codes(&cn).contains(&"worktime.daily_hours".to_owned()),
        "{cn}"
    );
}

#[test]
fn minor_daily_hours_passes_at_exactly_eight_hours() {
    // The fixture week: 8 h a day.
    assert!(check_de(&minor_agreement()).is_empty());
}

#[test]
fn a_minor_above_the_adult_daily_limit_is_reported_once_by_the_minors_rule() {
    // 10 h 30 min on Monday exceeds both limits; the adult rule skips a minor.
    let mut shifts = days(&[Tue, Wed], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (7, 0), (18, 30), 60));
    let report = check_de(&with_shifts(minor_agreement(), shifts));
    let v = only(
        &report,
        "worktime.minor_daily_hours",
        "placements[0].schedule",
    );
    assert_figures(v, &[("actual", "10 h 30 min")]);
}

// worktime.minor_weekly_hours

/// Monday to Saturday 08:00–16:00 less an hour: 7 h a day, 42 h a week on six days.
fn six_days_of_seven_hours() -> Vec<Shift> {
    days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (16, 0), 60)
}

#[test]
fn minor_weekly_hours_fires_above_forty_hours() {
    let a = with_shifts(minor_agreement(), six_days_of_seven_hours());
    // Five days a week already bound a minor in de; with that limit off, the week alone fires.
    let policy = Policy::de().switch_off(RuleCode::WorktimeMinorDaysPerWeek);
    let report = a.check(&de_registry(), &policy);
    let v = only(
        &report,
        "worktime.minor_weekly_hours",
        "placements[0].schedule",
    );
    assert_figures(v, &[("limit", "40 h"), ("actual", "42 h")]);
    // Under de as it is, the sixth day fires as well.
    assert_findings(
        &check_de(&a),
        &[
            ("worktime.minor_days_per_week", "placements[0].schedule"),
            ("worktime.minor_weekly_hours", "placements[0].schedule"),
        ],
    );
    // An adult may work 42 h (ArbZG: 48 h).
    let mut adult = a.clone();
    adult.placements[0].student = STUDENT;
    assert!(check_de(&adult).is_empty());
    assert_no_code(&check_cn(&a), "worktime.minor_weekly_hours");
}

#[test]
fn minor_weekly_hours_passes_at_exactly_forty_hours() {
    // Six days of 6 h 40 min = 40 h.
    let a = with_shifts(
        minor_agreement(),
        days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (15, 40), 60),
    );
    let policy = Policy::de().switch_off(RuleCode::WorktimeMinorDaysPerWeek);
    let report = a.check(&de_registry(), &policy);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_minor_above_the_adult_weekly_limit_is_reported_by_the_minors_rule_only() {
    // Six days of 8 h 30 min = 51 h: above 48 h, and above 8 h a day.
    let a = with_shifts(
        minor_agreement(),
        days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (17, 30), 60),
    );
    let report = check_de(&a);
    assert_no_code(&report, "worktime.weekly_hours");
    assert_no_code(&report, "worktime.daily_hours");
    assert!(codes(&report).contains(&"worktime.minor_weekly_hours".to_owned()));
}

#[test]
fn an_adult_above_the_adult_weekly_limit_is_reported_under_de() {
    // The same six days of 8 h 30 min for the adult student: 51 h against ArbZG § 3's 48 h (six
    // working days of 8 h); the minors' limits de sets do not hide the adult rule from an adult.
    let a = with_shifts(
        de_agreement(),
        days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (17, 30), 60),
    );
    let report = check_de(&a);
    let v = only(&report, "worktime.weekly_hours", "placements[0].schedule");
    assert_figures(v, &[("limit", "48 h"), ("actual", "51 h")]);
}

#[test]
fn minor_weekly_hours_judges_a_dated_week() {
    // Four days of 8 h (32 h) and an extra shift of 8 h 30 min on Saturday 2026-03-14: 40 h 30
    // min in that week, on five days.
    let mut a = with_shifts(
        minor_agreement(),
        days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60),
    );
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 14), t(8, 0), t(17, 30), 60).unwrap()];
    let report = check_de(&a);
    // The extra day is also 8 h 30 min: the minors' daily limit reports the date.
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
    let weekly = report
        .with_code(RuleCode::WorktimeMinorWeeklyHours)
        .next()
        .unwrap();
    assert_figures(
        weekly,
        &[
            ("week", "2026-03-09"),
            ("limit", "40 h"),
            ("actual", "40 h 30 min"),
        ],
    );
}

// worktime.minor_days_per_week

#[test]
fn a_sixth_working_day_fires_for_a_minor() {
    // Six days of 6 h (08:00–14:30 less 30 min) = 36 h.
    let a = with_shifts(
        minor_agreement(),
        days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (14, 30), 30),
    );
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.minor_days_per_week",
        "placements[0].schedule",
    );
    assert_figures(v, &[("limit", "5 days"), ("actual", "6 days")]);
    let mut adult = a.clone();
    adult.placements[0].student = STUDENT;
    assert!(check_de(&adult).is_empty());
    assert!(check_cn(&a)
        .iter()
        .all(|v| v.code().to_string() != "worktime.minor_days_per_week"));
}

#[test]
fn five_working_days_pass_for_a_minor() {
    let a = with_shifts(
        minor_agreement(),
        days(&[Mon, Tue, Wed, Thu, Sat], (8, 0), (14, 30), 30),
    );
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

// worktime.daily_rest

/// Monday 12:00–21:00 less an hour, then Tuesday from `tuesday_start` for 9 h less an hour, then
/// Wednesday to Friday 08:00–17:00 less an hour.
fn late_then_early(tuesday_start: (u32, u32)) -> Vec<Shift> {
    let (h, m) = tuesday_start;
    let mut shifts = vec![
        shift(Mon, (12, 0), (21, 0), 60),
        shift(Tue, (h, m), (h + 9, m), 60),
    ];
    shifts.extend(days(&[Wed, Thu, Fri], (8, 0), (17, 0), 60));
    shifts
}

#[test]
fn daily_rest_fires_for_an_adult_below_eleven_hours() {
    // 21:00 to 07:59: 10 h 59 min.
    let a = with_shifts(de_agreement(), late_then_early((7, 59)));
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[1]",
    );
    assert_figures(
        v,
        &[("day", "Tue"), ("limit", "11 h"), ("actual", "10 h 59 min")],
    );
    assert_no_code(&check_cn(&a), "worktime.daily_rest");
}

#[test]
fn daily_rest_passes_for_an_adult_at_eleven_hours_and_at_eleven_fifty_nine() {
    for start in [(8, 0), (8, 59)] {
        let report = check_de(&with_shifts(de_agreement(), late_then_early(start)));
        assert!(report.is_empty(), "{start:?}: {report}");
    }
}

/// For a minor: Monday 12:00–20:00 less an hour (7 h), Tuesday from `tuesday_start` for 8 h less
/// an hour, Wednesday and Thursday 08:00–16:00 less an hour.
fn minor_late_then_early(tuesday_start: (u32, u32)) -> Vec<Shift> {
    let (h, m) = tuesday_start;
    let mut shifts = vec![
        shift(Mon, (12, 0), (20, 0), 60),
        shift(Tue, (h, m), (h + 8, m), 60),
    ];
    shifts.extend(days(&[Wed, Thu], (8, 0), (16, 0), 60));
    shifts
}

#[test]
fn daily_rest_fires_for_a_minor_at_eleven_hours_fifty_nine() {
    // 20:00 to 07:59: 11 h 59 min, enough for an adult, not for a minor.
    let a = with_shifts(minor_agreement(), minor_late_then_early((7, 59)));
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[1]",
    );
    assert_figures(
        v,
        &[("day", "Tue"), ("limit", "12 h"), ("actual", "11 h 59 min")],
    );
    let mut adult = a.clone();
    adult.placements[0].student = STUDENT;
    assert!(check_de(&adult).is_empty());
}

#[test]
fn daily_rest_passes_for_a_minor_at_exactly_twelve_hours() {
    let report = check_de(&with_shifts(
        minor_agreement(),
        minor_late_then_early((8, 0)),
    ));
    assert!(report.is_empty(), "{report}");
}

#[test]
fn daily_rest_wraps_the_week() {
    // Sunday is the host's rest day, so the week ends on Saturday: Saturday 14:00–23:00 less an
    // hour, then Monday at 08:00 is 33 h later; Friday 13:00–22:00 then Saturday 07:00 is 9 h.
    let mut shifts = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.push(shift(Fri, (13, 0), (22, 0), 60));
    shifts.push(shift(Sat, (7, 0), (12, 0), 0));
    let report = check_de(&with_shifts(de_agreement(), shifts));
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[5]",
    );
    assert_figures(v, &[("day", "Sat"), ("actual", "9 h")]);
    // A Sunday-night shift into Monday: from Sunday 22:00 wraps onto Monday 06:00, 2 h before
    // Monday's 08:00 (at a host that works on Sundays).
    let mut shifts = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.push(shift(Sun, (22, 0), (6, 0), 30));
    let report = check_de(&with_shifts(de_agreement(), shifts));
    let rest: Vec<_> = report.with_code(RuleCode::WorktimeDailyRest).collect();
    assert_eq!(rest.len(), 1, "{report}");
    assert_eq!(
        rest[0].path().to_string(),
        "placements[0].schedule.shifts[0]"
    );
    assert_figures(rest[0], &[("day", "Mon"), ("actual", "2 h")]);
}

#[test]
fn daily_rest_judges_a_dated_extra_shift() {
    // An extra shift on Tuesday 2026-0303 21:00–23:00 leaves 9 h before Wednesday's 08:00; the
    // pattern alone passes, so the date reports at Wednesday's first shift, naming it.
    let mut a = de_agreement();
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 3), t(21, 0), t(23, 0), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[2]",
    );
    assert_figures(
        v,
        &[("date", "2026-03-04"), ("limit", "11 h"), ("actual", "9 h")],
    );
    // Ending at 21:00 leaves exactly 11 h.
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 3), t(19, 0), t(21, 0), 0).unwrap()];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn daily_rest_judges_a_dated_date_after_a_pattern_that_wraps_the_week() {
    // At a host without rest days: Monday 08:00–10:00 and 11:00–14:00 (listed later first),
    // Tuesday to Friday 08:00–17:00. The pattern's Monday rests from Friday 17:00: 63 h. An extra
    // shift on Sunday 8 March 19:00–22:00 leaves 10 h before Monday 9 March 08:00, against
    // ArbZG § 5's 11 h: the date reports at Monday's first shift.
    let mut shifts = vec![
        shift(Mon, (11, 0), (14, 0), 0),
        shift(Mon, (8, 0), (10, 0), 0),
    ];
    shifts.extend(days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 8), t(19, 0), t(22, 0), 0).unwrap()];
    let nonstop = registry_with_host(|e| {
        e.rest_days = Some(WeekdaySet::EMPTY);
        for post in &mut e.posts {
            post.monthly_wage = eur(3_000_00);
        }
    });
    let report = a.check(&nonstop, &Policy::de());
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[1]",
    );
    assert_figures(
        v,
        &[
            ("date", "2026-03-09"),
            ("limit", "11 h"),
            ("actual", "10 h"),
        ],
    );
}

#[test]
fn daily_rest_judges_a_dated_date_whose_pattern_rests_exactly_the_limit() {
    // Monday 12:00–21:00: the pattern's Tuesday 08:00 rests exactly 11 h and passes. An extra
    // hour on Monday 9 March (21:00–22:00) leaves 10 h before Tuesday 10 March as worked.
    let mut shifts = vec![shift(Mon, (12, 0), (21, 0), 60)];
    shifts.extend(days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60));
    let mut a = with_shifts(de_agreement(), shifts);
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 9), t(21, 0), t(22, 0), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.shifts[1]",
    );
    assert_figures(
        v,
        &[
            ("date", "2026-03-10"),
            ("limit", "11 h"),
            ("actual", "10 h"),
        ],
    );
}

#[test]
fn daily_rest_of_the_pattern_is_reported_once_not_again_for_a_dated_date() {
    // Monday and Thursday 13:00–22:00 (8 h), each followed by a day whose first shift starts at
    // 06:00: 8 h of rest against 11 h, on Tuesday (listed earliest first) and on Friday (listed
    // earliest last). Extra shifts on Tuesday 10 and Friday 13 March 19:00–20:00 make both dates
    // dated ones: the pattern's faults are reported, at the 06:00 shifts, and not again by date.
    let shifts = vec![
        shift(Mon, (13, 0), (22, 0), 60),
        shift(Tue, (6, 0), (9, 0), 0),
        shift(Tue, (11, 0), (14, 0), 0),
        shift(Wed, (8, 0), (17, 0), 60),
        shift(Thu, (13, 0), (22, 0), 60),
        shift(Fri, (11, 0), (14, 0), 0),
        shift(Fri, (6, 0), (9, 0), 0),
    ];
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].extra_shifts = vec![
        ExtraShift::new(d(2026, 3, 10), t(19, 0), t(20, 0), 0).unwrap(),
        ExtraShift::new(d(2026, 3, 13), t(19, 0), t(20, 0), 0).unwrap(),
    ];
    let report = check_de(&a);
    assert_findings(
        &report,
        &[
            ("worktime.daily_rest", "placements[0].schedule.shifts[1]"),
            ("worktime.daily_rest", "placements[0].schedule.shifts[6]"),
        ],
    );
    for (v, day) in report.iter().zip(["Tue", "Fri"]) {
        assert_figures(v, &[("day", day), ("limit", "11 h"), ("actual", "8 h")]);
    }
}

// worktime.breaks

/// Monday's shift replaced by `monday`, Tuesday to Thursday 08:00–17:00 less an hour.
fn with_monday(a: CooperationAgreement, monday: Shift) -> CooperationAgreement {
    let mut shifts = days(&[Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.insert(0, monday);
    with_shifts(a, shifts)
}

#[test]
fn breaks_fire_for_a_minor_working_more_than_six_hours_with_thirty_minutes() {
    // 08:00–14:31 less 30 min: 6 h 1 min of work needs 60 min (JArbSchG § 11(1)).
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
            ("day", "Mon"),
            ("limit", "60 min"),
            ("actual", "30 min"),
            ("working_time", "6 h 1 min"),
        ],
    );
    // The same shift for an adult: 6 h 1 min needs 30 min (ArbZG § 4), which it has.
    let mut adult = a.clone();
    adult.placements[0].student = STUDENT;
    assert!(check_de(&adult).is_empty());
    assert_no_code(&check_cn(&a), "worktime.breaks");
}

#[test]
fn breaks_pass_for_a_minor_working_exactly_six_hours_with_thirty_minutes() {
    // 08:00–14:30 less 30 min: 6 h of work, not more than 6 h: 30 min suffice.
    let a = with_monday(minor_agreement(), shift(Mon, (8, 0), (14, 30), 30));
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn breaks_for_a_minor_start_above_four_and_a_half_hours() {
    // 4 h 30 min with no break passes; 4 h 31 min with none needs 30 min.
    let a = with_monday(minor_agreement(), shift(Mon, (8, 0), (12, 30), 0));
    assert!(check_de(&a).is_empty());
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
            ("limit", "30 min"),
            ("actual", "0 min"),
            ("working_time", "4 h 31 min"),
        ],
    );
}

#[test]
fn breaks_for_an_adult_follow_arbzg_4() {
    // 6 h with none passes; 6 h 1 min with none needs 30 min.
    let a = with_monday(de_agreement(), shift(Mon, (8, 0), (14, 0), 0));
    assert!(check_de(&a).is_empty());
    let a = with_monday(de_agreement(), shift(Mon, (8, 0), (14, 1), 0));
    let v = only(
        &check_de(&a),
        "worktime.breaks",
        "placements[0].schedule.shifts[0]",
    )
    .clone();
    assert_figures(&v, &[("limit", "30 min"), ("actual", "0 min")]);
    // 9 h 1 min with 30 min needs 45 min; 9 h with 30 min passes.
    let a = with_monday(de_agreement(), shift(Mon, (8, 0), (17, 31), 30));
    let v = only(
        &check_de(&a),
        "worktime.breaks",
        "placements[0].schedule.shifts[0]",
    )
    .clone();
    assert_figures(
        &v,
        &[
            ("limit", "45 min"),
            ("actual", "30 min"),
            ("working_time", "9 h 1 min"),
        ],
    );
    let a = with_monday(de_agreement(), shift(Mon, (8, 0), (17, 30), 30));
    assert!(check_de(&a).is_empty());
}

#[test]
fn breaks_judge_an_extra_shift() {
    let mut a = de_agreement();
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 14), t(8, 0), t(15, 0), 0).unwrap()];
    let report = check_de(&a);
    let v = only(&report, "worktime.breaks", "placements[0].extra_shifts[0]");
    assert_figures(
        v,
        &[
            ("date", "2026-03-14"),
            ("limit", "30 min"),
            ("working_time", "7 h"),
        ],
    );
}

// worktime.school_day

/// A minor with `monday` at work and Tuesday to Friday 08:00–16:00 less an hour (7 h a day),
/// with vocational school on Monday 07:45–13:00 with `lessons` lessons.
fn minor_with_school(monday: Shift, lessons: u32) -> CooperationAgreement {
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (16, 0), 60);
    shifts.insert(0, monday);
    let mut a = with_shifts(minor_agreement(), shifts);
    a.placements[0].school_days = vec![school(Mon, (7, 45), (13, 0), lessons)];
    a
}

#[test]
fn a_shift_after_six_lessons_fires_for_a_minor() {
    let a = minor_with_school(shift(Mon, (14, 0), (17, 0), 0), 6);
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("day", "Mon"),
            ("school_day", "Mon 07:45–13:00 (6 lessons)"),
        ],
    );
    assert_no_code(&check_cn(&a), "worktime.school_day");
}

#[test]
fn five_lessons_are_credited_from_start_to_end() {
    // 07:45–13:00 is 5 h 15 min of credit; with 3 h of work Monday is 8 h 15 min, above a minor's
    // 8 h, though the work alone is not.
    let a = minor_with_school(shift(Mon, (14, 0), (17, 0), 0), 5);
    let report = check_de(&a);
    let v = only(&report, "worktime.school_day", "placements[0].schedule");
    assert_figures(
        v,
        &[
            ("day", "Mon"),
            ("limit", "8 h"),
            ("working_time", "3 h"),
            ("school_credit", "5 h 15 min"),
        ],
    );
    // 2 h 45 min of work makes exactly 8 h.
    let a = minor_with_school(shift(Mon, (14, 0), (16, 45), 0), 5);
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_long_school_day_is_credited_eight_hours_a_week() {
    // Six lessons on Monday credited 8 h (BBiG § 15(2)); Tuesday to Friday 8 h of work: 40 h, a
    // minor's weekly limit, passes.
    let mut a = with_shifts(
        minor_agreement(),
        days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60),
    );
    a.placements[0].school_days = vec![school(Mon, (7, 45), (13, 0), 6)];
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    // One more hour on Saturday: 33 h of work plus 8 h = 41 h fires for the week, though the
    // work alone is within 40 h.
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.push(shift(Sat, (8, 0), (9, 0), 0));
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    let report = check_de(&a);
    let v = only(&report, "worktime.school_day", "placements[0].schedule");
    assert_figures(
        v,
        &[
            ("limit", "40 h"),
            ("working_time", "33 h"),
            ("school_credit", "8 h"),
        ],
    );
}

#[test]
fn the_school_day_credit_is_judged_in_a_dated_week() {
    // The pattern passes: Tuesday to Friday 8 h of work plus the long school day's 8 h is 40 h.
    // An extra hour on Saturday 14 March makes that week 41 h: reported at the extra shift,
    // naming the week's Monday.
    let mut a = with_shifts(
        minor_agreement(),
        days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60),
    );
    a.placements[0].school_days = vec![school(Mon, (7, 45), (13, 0), 6)];
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 14), t(8, 0), t(9, 0), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].extra_shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("week", "2026-03-09"),
            ("limit", "40 h"),
            ("working_time", "33 h"),
            ("school_credit", "8 h"),
        ],
    );
}

#[test]
fn no_shift_before_a_school_start_before_nine() {
    // An adult working Wednesday 06:00–07:30 before school at 08:00.
    let mut shifts = days(&[Mon, Tue, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(2, shift(Wed, (6, 0), (7, 30), 0));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Wed, (8, 0), (12, 30), 4)];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[2]",
    );
    assert_figures(
        v,
        &[
            ("day", "Wed"),
            ("school_day", "Wed 08:00–12:30 (4 lessons)"),
        ],
    );
    // School from 09:00: work before it is allowed.
    a.placements[0].school_days = vec![school(Wed, (9, 0), (13, 30), 4)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_shift_ending_at_midnight_before_a_school_day_is_not_work_before_school() {
    // An adult working Tuesday 16:00–24:00 (7 h) and no shift on Wednesday, with school on
    // Wednesday at 08:00: the shift has no minute of Wednesday, so none before school.
    let mut shifts = days(&[Mon, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(1, shift(Tue, (16, 0), (0, 0), 60));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Wed, (8, 0), (12, 30), 4)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
    // Running to 00:30 it has 30 minutes of Wednesday before school.
    a.placements[0].schedule = WeeklySchedule::new({
        let mut shifts = days(&[Mon, Thu, Fri], (8, 0), (17, 0), 60);
        shifts.insert(1, shift(Tue, (16, 0), (0, 30), 60));
        shifts
    })
    .unwrap()
    .into();
    let report = check_de(&a);
    only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[1]",
    );
}

#[test]
fn a_shift_starting_when_school_starts_has_no_minute_before_it() {
    // An adult working Wednesday 08:00–10:00 with school at 08:00 (the hours overlap, which
    // this rule does not judge): no minute of the shift lies before school.
    let mut shifts = days(&[Mon, Tue, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(2, shift(Wed, (8, 0), (10, 0), 0));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Wed, (8, 0), (12, 30), 4)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_school_day_without_work_is_not_judged_for_its_credit() {
    // Wednesday's school runs 07:00–18:00 with five lessons (not a long day): 11 h credited,
    // above the adult 10 h a day, but there is no work on Wednesday to add it to. The week:
    // 4 × 8 h + 11 h = 43 h, within 48 h.
    let shifts = days(&[Mon, Tue, Thu, Fri], (8, 0), (17, 0), 60);
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Wed, (7, 0), (18, 0), 5)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_rota_week_with_school_credit_is_held_to_the_single_week_limit() {
    // A rota of two weeks: Monday to Friday 07:00–17:00 less an hour (45 h), then the office
    // week (40 h); school on Saturday 09:00–14:00 credits 5 h. 45 h + 5 h = 50 h: above the
    // 48 h of a plain week, within ArbZG's 60 h in any single week of a rota.
    let long = WeeklySchedule::new(days(&[Mon, Tue, Wed, Thu, Fri], (7, 0), (17, 0), 60)).unwrap();
    let office =
        WeeklySchedule::new(days(&[Mon, Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60)).unwrap();
    let mut a = de_agreement();
    a.placements[0].schedule = Schedule::rota(d(2026, 3, 2), vec![long, office]).unwrap();
    a.placements[0].school_days = vec![school(Sat, (9, 0), (14, 0), 5)];
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn a_dated_date_whose_work_and_school_credit_exceed_the_daily_limit_fires() {
    // School on Wednesday 07:00–08:00 credits 1 h: the office Wednesday's 8 h + 1 h pass the
    // adult 10 h. Two extra hours on Wednesday 11 March (17:30–19:30) make 10 h of work, within
    // the limit alone, 11 h with the credit: reported at the extra shift, naming the date.
    let mut a = de_agreement();
    a.placements[0].school_days = vec![school(Wed, (7, 0), (8, 0), 1)];
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    a.placements[0].extra_shifts =
        vec![ExtraShift::new(d(2026, 3, 11), t(17, 30), t(19, 30), 0).unwrap()];
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].extra_shifts[0]",
    );
    assert_figures(
        v,
        &[
            ("date", "2026-03-11"),
            ("limit", "10 h"),
            ("working_time", "10 h"),
            ("school_credit", "1 h"),
        ],
    );
}

#[test]
fn no_shift_at_all_in_a_block_week() {
    // Seven lessons on each of five days: 26 h 15 min of lessons, a block week.
    let mut a = with_shifts(de_agreement(), vec![shift(Sat, (8, 0), (12, 0), 0)]);
    a.placements[0].school_days = days(&[Mon, Tue, Wed, Thu, Fri], (8, 0), (13, 30), 0)
        .iter()
        .map(|s| school(s.weekday(), (8, 0), (13, 30), 7))
        .collect();
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(v, &[("day", "Sat"), ("lessons", "35 lessons a week")]);
    // Six lessons a day (22 h 30 min) is no block week; Saturday is then free to work.
    for day in &mut a.placements[0].school_days {
        *day = school(day.weekday(), (8, 0), (13, 30), 6);
    }
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn school_days_are_judged_only_for_work_placements() {
    let mut a = minor_with_school(shift(Mon, (14, 0), (17, 0), 0), 6);
    a.placements[0].kind = PlacementKind::Observation;
    assert_no_code(&check_de(&a), "worktime.school_day");
}

#[test]
fn a_school_day_refuses_lessons_longer_than_its_span() {
    assert_eq!(
        SchoolDay::new(Mon, t(8, 0), t(12, 0), 6),
        Err(Error::LessonsLongerThanSchoolDay {
            weekday: Mon,
            lessons: 6,
            span_minutes: 240
        })
    );
    // 6 × 45 = 270 min fit exactly in 08:00–12:30; a school day prints as people write it.
    let day = SchoolDay::new(Mon, t(8, 0), t(12, 30), 6).unwrap();
    assert_eq!(day.to_string(), "Mon 08:00–12:30 (6 lessons)");
    let json = r#"{"weekday": "Mon", "start": "08:00", "end": "12:00", "lessons": 6}"#;
    let err = serde_json::from_str::<SchoolDay>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("school_days") && err.contains("6 lessons"),
        "{err}"
    );
}

// placement.training_allowance

#[test]
fn allowance_one_cent_below_682_fires_for_a_2025_start_in_year_one() {
    let a = trainee(d(2025, 9, 1), 681_99);
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(
        v,
        &[
            ("training_year", "1"),
            ("training_started_on", "2025-09-01"),
            ("limit", "682.00 EUR"),
            ("actual", "681.99 EUR"),
        ],
    );
    assert_eq!(
        v.message(),
        "monthly pay in training year 1 is below the minimum training allowance"
    );
    assert_no_code(&check_cn(&a), "placement.training_allowance");
}

#[test]
fn allowance_of_exactly_682_passes_for_a_2025_start_in_year_one() {
    let report = check_de(&trainee(d(2025, 9, 1), 682_00));
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_training_year_changes_on_the_anniversary_of_the_start() {
    // Training started 2025-09-02: year 2 starts on 2026-09-02. Pay 700.00 meets year 1 (682.00)
    // but not year 2 (805.00).
    let mut a = trainee(d(2025, 9, 2), 700_00);
    let to = |last| DateRange::new(d(2026, 3, 2), last).unwrap();
    a.placements[0].dates = to(d(2026, 9, 1));
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
    a.placements[0].dates = to(d(2026, 9, 2));
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(
        v,
        &[
            ("training_year", "2"),
            ("limit", "805.00 EUR"),
            ("actual", "700.00 EUR"),
        ],
    );
    // Pay listed per training year meets each year's minimum.
    a.placements[0].pay = Some(
        Pay::new(eur(700_00), 31)
            .unwrap()
            .with_training_years(vec![eur(700_00), eur(805_00)]),
    );
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn training_starts_on_the_enrollment_date_by_default() {
    // Enrolled 2024-09-01: March 2026 is training year 2 of a 2024 start, at least 766.00.
    let mut a = de_agreement();
    a.placements[0].pay = Some(Pay::new(eur(765_99), 31).unwrap());
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(
        v,
        &[
            ("training_year", "2"),
            ("training_started_on", "2024-09-01"),
            ("limit", "766.00 EUR"),
        ],
    );
    a.placements[0].pay = Some(Pay::new(eur(766_00), 31).unwrap());
    assert!(check_de(&a).is_empty());
}

#[test]
fn a_collective_agreement_sets_its_own_allowance() {
    let mut a = trainee(d(2025, 9, 1), 600_00);
    a.placements[0].pay.as_mut().unwrap().collective_agreement = Some("TV-L Azubi".to_owned());
    let report = check_de(&a);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn part_time_training_scales_the_minimum() {
    // 75 % of 682.00 is 511.50.
    let mut a = trainee(d(2025, 9, 1), 511_49);
    a.placements[0].pay.as_mut().unwrap().part_time_share = Some(Share::percent(75).unwrap());
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(v, &[("limit", "511.50 EUR"), ("part_time_share", "75%")]);
    a.placements[0].pay.as_mut().unwrap().monthly = eur(511_50);
    assert!(check_de(&a).is_empty());
}

#[test]
fn allowance_in_another_currency_fires() {
    let mut a = trainee(d(2025, 9, 1), 0);
    a.placements[0].kind = PlacementKind::Assisting;
    a.placements[0].pay = Some(Pay::new(Money::new(9_000_00, Currency::CNY), 31).unwrap());
    let report = check_de(&a);
    let v = only(&report, "placement.training_allowance", "placements[0]");
    assert_figures(v, &[("limit", "682.00 EUR"), ("actual", "9000.00 CNY")]);
    assert_eq!(
        v.message(),
        "monthly pay in training year 1 is in another currency than the minimum training allowance"
    );
}

#[test]
fn a_start_year_outside_the_table_is_not_evaluated() {
    let report = check_de(&trainee(d(2019, 9, 1), 100_00));
    assert!(report.is_empty(), "{report}");
}

#[test]
fn pay_reads_from_json_without_the_new_fields() {
    let pay: Pay = serde_json::from_str(r#"{"monthly": "682.00 EUR", "period_days": 31}"#)
        .or_else(|_| {
            serde_json::from_str(
                r#"{"monthly": {"minor_units": 68200, "currency": "EUR"}, "period_days": 31}"#,
            )
        })
        .unwrap();
    assert_eq!(pay, Pay::new(eur(682_00), 31).unwrap());
    let json = serde_json::to_value(&pay).unwrap();
    assert!(json.get("by_training_year").is_none());
    assert!(json.get("collective_agreement").is_none());
    let unknown = serde_json::from_value::<Pay>(serde_json::json!({
        "monthly": json["monthly"], "period_days": 31, "collective": "x"
    }))
    .unwrap_err()
    .to_string();
    assert!(unknown.contains("collective"), "{unknown}");
}

#[test]
fn daily_rest_wraps_around_a_rota() {
    // Two weeks from Monday 2026-03-02: an office week, then a week ending with a Sunday late
    // shift 14:00–23:00; the rota's last shift precedes its first, Monday 08:00: 9 h of rest.
    let office =
        WeeklySchedule::new(days(&[Mon, Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60)).unwrap();
    let mut late = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60);
    late.push(shift(Sun, (14, 0), (23, 0), 60));
    let late = WeeklySchedule::new(late).unwrap();
    let mut a = de_agreement();
    a.placements[0].schedule = Schedule::rota(d(2026, 3, 2), vec![office, late]).unwrap();
    // A host that works on Sundays.
    let registry = de_registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let report = a.check(&registry, &Policy::de());
    let v = only(
        &report,
        "worktime.daily_rest",
        "placements[0].schedule.weeks[0].shifts[0]",
    );
    assert_figures(v, &[("day", "Mon"), ("limit", "11 h"), ("actual", "9 h")]);
}
