//! The de table of RULES.md ("The de profile"), row by row, as behaviour: each row that changes
//! cn is shown under `Policy::de()` against `Policy::cn()` on the fixture, with the law's boundary
//! where it has one; and what stays cn's is shown to be cn's. Then the conventions the issue names
//! (a minor is judged on the first day) and readings of `worktime.school_day` and
//! `placement.training_allowance` the first tests left open. Expected figures come from the law the
//! table cites, never from the output.

mod common;

use std::collections::BTreeSet;

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::de::*;
use common::*;
use school_enterprise::*;

/// [`de_registry`] with one more student of the fixture school, `id`, born on `birth` and
/// enrolled on `enrolled`.
fn de_registry_with_student(
    id: StudentId,
    birth: chrono::NaiveDate,
    enrolled: chrono::NaiveDate,
) -> Registry {
    let mut trainee = student(id, SCHOOL, birth);
    trainee.enrolled_on = enrolled;
    trainee.grade = chrono::Datelike::year(&enrolled);
    with_students(&de_registry(), |list| list.push(trainee))
}

#[allow(dead_code)]
#[path = "../examples/dual_training.rs"]
mod dual_training;

const NEW_STUDENT: StudentId = StudentId::from_u128(33);

/// The de agreement for [`NEW_STUDENT`], checked under `policy` against a registry where they are
/// born on `birth` and enrolled on `enrolled`.
fn check_new_student(
    mut a: CooperationAgreement,
    birth: chrono::NaiveDate,
    enrolled: chrono::NaiveDate,
    policy: &Policy,
) -> Report {
    a.placements[0].student = NEW_STUDENT;
    a.check(
        &de_registry_with_student(NEW_STUDENT, birth, enrolled),
        policy,
    )
}

// ---------------------------------------------------------------------------------------------
// "Policy::de() is the cn profile with these changes; every other parameter is as in cn."
// ---------------------------------------------------------------------------------------------

#[test]
fn de_differs_from_cn_in_the_rows_of_the_table_and_nowhere_else() {
    let cn = serde_json::to_value(Policy::cn()).unwrap();
    let de = serde_json::to_value(Policy::de()).unwrap();
    let (cn, de) = (cn.as_object().unwrap(), de.as_object().unwrap());
    assert_eq!(cn.keys().collect::<Vec<_>>(), de.keys().collect::<Vec<_>>());
    let changed: BTreeSet<&str> = cn
        .keys()
        .filter(|k| cn[k.as_str()] != de[k.as_str()])
        .map(String::as_str)
        .collect();
    // The rows of the table that change a value (`local_min_monthly_wage` and
    // `make_up_working_days` are none and empty in both; `placement.filed` stays a warning).
    let table: BTreeSet<&str> = [
        "min_placement_age",
        "min_working_age",
        "min_study_year_for_placement",
        "guardian_consent",
        "max_daily_work_hours",
        "max_weekly_work_hours",
        "max_single_week_work_hours",
        "default_rest_days",
        "placement_night_window",
        "minor_night_window",
        "minor_max_daily_work_hours",
        "minor_max_weekly_work_hours",
        "minor_max_days_per_week",
        "min_daily_rest_hours",
        "minor_min_daily_rest_hours",
        "min_breaks",
        "school_day_credit_hours",
        "min_training_allowance",
        "pay_due",
        "pay_month_days",
        "prohibited_hazards",
        "hazards_forbidden_for_minors",
        "school_instructor_required",
        "exemptible",
        "switched_off",
    ]
    .into();
    assert_eq!(changed, table);
    // "min_study_year_for_placement: off": training at the company starts in year 1.
    assert_eq!(Policy::de().min_study_year_for_placement, 1);
    // Unchanged: a worker is an adult at 18 in both (JArbSchG § 2(2): a juvenile is 15 to under
    // 18), one weekly rest day, the pay period, and no severity override.
    let de = Policy::de();
    assert_eq!(de.adult_age, 18);
    assert_eq!(de.min_rest_days_per_week, 1);
    assert!(de.severity_overrides.is_empty());
    assert_eq!(de.local_min_monthly_wage, None);
    assert!(de.make_up_working_days.is_empty() && de.public_holidays.is_empty());
}

#[test]
fn cn_gives_the_new_parameters_values_that_change_nothing() {
    let cn = Policy::cn();
    // No averaging for interns: the single week is the week (State Council rules Art. 3).
    assert_eq!(cn.max_single_week_work_hours, 40);
    assert_eq!(cn.max_weekly_work_hours, 40);
    // Saturday and Sunday (State Council rules Art. 7), a school instructor (Art. 8, 10).
    assert_eq!(cn.default_rest_days, WeekdaySet::WEEKEND);
    assert!(cn.school_instructor_required);
    assert_eq!(cn.guardian_consent, GuardianConsent::Always);
}

// ---------------------------------------------------------------------------------------------
// Ages, study year, consent.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_fifteen_year_old_may_start_training_under_de_and_a_fourteen_year_old_may_not() {
    // 15 on 2 March 2026 (JArbSchG §§ 2, 5, 7); cn's floor is 16 (Art. 16(2)).
    let fifteen = d(2011, 3, 2);
    let enrolled = d(2024, 9, 1);
    let report = check_new_student(de_agreement(), fifteen, enrolled, &Policy::de());
    assert!(report.is_empty(), "{report}");
    let report = check_new_student(de_agreement(), fifteen, enrolled, &Policy::cn());
    let v = report.with_code(RuleCode::PlacementMinAge).next().unwrap();
    assert_figures(v, &[("limit", "16 years"), ("age", "15 years")]);
    // Born a day later: 14 on the first day.
    let report = check_new_student(de_agreement(), d(2011, 3, 3), enrolled, &Policy::de());
    let v = only(&report, "placement.min_age", "placements[0]");
    assert_figures(v, &[("limit", "15 years"), ("age", "14 years")]);
}

#[test]
fn a_first_year_trainee_works_at_the_company_under_de() {
    // Enrolled 2025-09-01: 2 March 2026 is in study year 1. cn wants year 2 (Art. 16(1)).
    let adult = d(2007, 5, 10);
    let enrolled = d(2025, 9, 1);
    let report = check_new_student(de_agreement(), adult, enrolled, &Policy::de());
    assert!(report.is_empty(), "{report}");
    let report = check_new_student(de_agreement(), adult, enrolled, &Policy::cn());
    assert!(
        codes(&report).contains(&"placement.study_year".to_owned()),
        "{report}"
    );
}

#[test]
fn a_guardian_consents_for_a_minor_only_under_de() {
    // BBiG § 11: a minor's legal representatives sign; an adult signs alone. cn: always (Art. 9).
    let mut adult = de_agreement();
    adult.placements[0].consent.guardian = None;
    assert!(check_de(&adult).is_empty(), "{}", check_de(&adult));
    assert!(codes(&check_cn(&adult)).contains(&"placement.consent".to_owned()));
    let mut minor = minor_agreement();
    minor.placements[0].consent.guardian = None;
    only(&check_de(&minor), "placement.consent", "placements[0]");
}

// ---------------------------------------------------------------------------------------------
// Working time: ArbZG §§ 3, 9; the rota's average and single week.
// ---------------------------------------------------------------------------------------------

#[test]
fn ten_hours_a_day_pass_under_de_and_one_minute_more_fires() {
    // ArbZG § 3: up to 10 h on a working day. 07:00–17:45 less 45 min (more than 9 h: 45 min,
    // ArbZG § 4) is 10 h.
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (7, 0), (17, 45), 45));
    let a = with_shifts(de_agreement(), shifts.clone());
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    assert!(codes(&check_cn(&a)).contains(&"worktime.daily_hours".to_owned()));
    shifts[0] = shift(Mon, (7, 0), (17, 46), 45);
    let report = check_de(&with_shifts(de_agreement(), shifts));
    let v = only(&report, "worktime.daily_hours", "placements[0].schedule");
    assert_figures(
        v,
        &[("day", "Mon"), ("limit", "10 h"), ("actual", "10 h 1 min")],
    );
}

#[test]
fn forty_eight_hours_a_week_pass_under_de_and_one_minute_more_fires() {
    // Six working days of 8 h (ArbZG § 3: 48 h; Saturday is a working day, § 9).
    let mut shifts = days(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (17, 0), 60);
    let a = with_shifts(de_agreement(), shifts.clone());
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    shifts[5] = shift(Sat, (8, 0), (17, 1), 60);
    let report = check_de(&with_shifts(de_agreement(), shifts));
    let v = only(&report, "worktime.weekly_hours", "placements[0].schedule");
    assert_figures(v, &[("limit", "48 h"), ("actual", "48 h 1 min")]);
}

/// A rota from Monday 2 March 2026 of `weeks`.
fn rota(weeks: Vec<Vec<Shift>>) -> Schedule {
    let weeks = weeks
        .into_iter()
        .map(|w| WeeklySchedule::new(w).unwrap())
        .collect();
    Schedule::rota(d(2026, 3, 2), weeks).unwrap()
}

#[test]
fn a_rota_of_a_sixty_hour_week_and_a_thirty_six_hour_week_averages_forty_eight_hours() {
    // Week 0: six days of 10 h (07:00–17:45 less 45 min) = 60 h, the most ArbZG § 3 allows on
    // any week; week 1: four days of 9 h (08:00–17:30 less 30 min) = 36 h. Average 48 h.
    let long = days(&[Mon, Tue, Wed, Thu, Fri, Sat], (7, 0), (17, 45), 45);
    let short = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 30), 30);
    let mut a = de_agreement();
    a.placements[0].schedule = rota(vec![long.clone(), short.clone()]);
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    // cn judges every week against 40 h: week 0 fires.
    assert!(check_cn(&a)
        .iter()
        .any(|v| v.code().to_string() == "worktime.weekly_hours"
            && v.path().to_string() == "placements[0].schedule.weeks[0]"));
    // Four more hours on week 1's Friday: 100 h over two weeks, above 48 h on average.
    let mut longer = short;
    longer.push(shift(Fri, (8, 0), (12, 0), 0));
    a.placements[0].schedule = rota(vec![long, longer]);
    let report = check_de(&a);
    let v = only(&report, "worktime.weekly_hours", "placements[0].schedule");
    assert_figures(v, &[("limit", "48 h"), ("actual", "100 h over 2 weeks")]);
}

#[test]
fn a_single_week_of_a_rota_is_judged_against_sixty_hours() {
    // Six days of at most 10 h cannot pass 60 h, so the single-week limit binds only where a
    // week has no rest day: a host working every day, with the rest-day rule switched off to
    // isolate it. Week 0: seven days of 9 h = 63 h; week 1: 3 × 9 h + 6 h = 33 h; average 48 h.
    let host = de_registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let policy = Policy::de().switch_off(RuleCode::WorktimeRestDays);
    let every_day = days(&[Mon, Tue, Wed, Thu, Fri, Sat, Sun], (8, 0), (17, 30), 30);
    let mut short = days(&[Mon, Tue, Wed], (8, 0), (17, 30), 30);
    short.push(shift(Thu, (8, 0), (14, 0), 0));
    let mut a = de_agreement();
    a.placements[0].schedule = rota(vec![every_day, short]);
    let report = a.check(&host, &policy);
    let v = only(
        &report,
        "worktime.weekly_hours",
        "placements[0].schedule.weeks[0]",
    );
    assert_figures(v, &[("limit", "60 h"), ("actual", "63 h")]);
}

#[test]
fn a_host_declaring_no_rest_days_rests_on_sunday_under_de() {
    // ArbZG § 9: no work on Sundays; Saturday is a working day. cn rests on both (Art. 7).
    let undeclared = de_registry_with_host(|e| e.rest_days = None);
    let mut shifts = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.push(shift(Sat, (8, 0), (17, 0), 60));
    let a = with_shifts(de_agreement(), shifts);
    assert!(a.check(&undeclared, &Policy::de()).is_empty());
    let report = a.check(&undeclared, &Policy::cn());
    let v = report
        .with_code(RuleCode::PlacementRestDayWork)
        .next()
        .unwrap();
    assert_figures(v, &[("date", "2026-03-07")]);
    // Sunday instead: the first Sunday of the placement is 8 March 2026.
    let mut shifts = days(&[Mon, Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.push(shift(Sun, (8, 0), (17, 0), 60));
    let report = with_shifts(de_agreement(), shifts).check(&undeclared, &Policy::de());
    let v = only(
        &report,
        "placement.rest_day_work",
        "placements[0].schedule.shifts[4]",
    );
    assert_figures(v, &[("date", "2026-03-08")]);
}

// ---------------------------------------------------------------------------------------------
// Night work: ArbZG § 6 (adults), JArbSchG § 14(1) (minors).
// ---------------------------------------------------------------------------------------------

#[test]
fn an_adults_late_shift_is_no_night_work_under_de() {
    // Monday 14:00–22:30 less 30 min, then Tuesday from 09:30 (11 h of rest, ArbZG § 5).
    let mut shifts = vec![
        shift(Mon, (14, 0), (22, 30), 30),
        shift(Tue, (9, 30), (18, 30), 60),
    ];
    shifts.extend(days(&[Wed, Thu, Fri], (8, 0), (17, 0), 60));
    let a = with_shifts(de_agreement(), shifts);
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    let cn = check_cn(&a);
    let v = cn.with_code(RuleCode::PlacementNightWork).next().unwrap();
    assert_eq!(v.path().to_string(), "placements[0].schedule.shifts[0]");
}

#[test]
fn a_minor_works_from_six_to_twenty_under_de() {
    // JArbSchG § 14(1): minors work only from 06:00 to 20:00. Touching is not overlapping.
    let week = |monday: Shift, wednesday: Shift| {
        vec![
            monday,
            // 12 h 30 min after Monday 20:00 (JArbSchG § 13: 12 h).
            shift(Tue, (8, 30), (16, 30), 60),
            wednesday,
            shift(Thu, (8, 0), (16, 0), 60),
            shift(Fri, (8, 0), (16, 0), 60),
        ]
    };
    let fine = week(
        shift(Mon, (12, 0), (20, 0), 60),
        shift(Wed, (6, 0), (14, 0), 60),
    );
    let a = with_shifts(minor_agreement(), fine);
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    let window = DailyWindow::new(t(20, 0), t(6, 0)).unwrap().to_string();
    let late = week(
        shift(Mon, (12, 1), (20, 1), 60),
        shift(Wed, (6, 0), (14, 0), 60),
    );
    let a = with_shifts(minor_agreement(), late);
    let report = check_de(&a);
    let v = only(
        &report,
        "worktime.minor_night_work",
        "placements[0].schedule.shifts[0]",
    );
    assert_figures(v, &[("window", &window), ("first_day", "2026-03-02")]);
    assert_no_code(&check_cn(&a), "worktime.minor_night_work");
    let early = week(
        shift(Mon, (12, 0), (20, 0), 60),
        shift(Wed, (5, 59), (13, 59), 60),
    );
    let report = check_de(&with_shifts(minor_agreement(), early));
    only(
        &report,
        "worktime.minor_night_work",
        "placements[0].schedule.shifts[2]",
    );
}

// ---------------------------------------------------------------------------------------------
// Hazards, supervision, filing.
// ---------------------------------------------------------------------------------------------

#[test]
fn hazards_under_de_follow_jarbschg_22_to_24() {
    let with_hazard = |hazard: Hazard| {
        de_registry_with_host(move |e| {
            for post in &mut e.posts {
                post.hazards = [hazard].into();
            }
        })
    };
    // Underground work is forbidden to minors (JArbSchG § 24) in both profiles.
    let underground = with_hazard(Hazard::Underground);
    let report = minor_agreement().check(&underground, &Policy::de());
    only(&report, "placement.minor_work", "placements[0]");
    // An adult trainee may work underground under de; cn forbids it to every intern (Art. 17(1)).
    assert!(de_agreement().check(&underground, &Policy::de()).is_empty());
    let report = de_agreement().check(&underground, &Policy::cn());
    assert!(codes(&report).contains(&"placement.hazardous_work".to_owned()));
    // Dust is allowed to a trainee under a competent person's supervision (§ 22(2)); cn forbids it
    // to minors (Special Protection of Juvenile Workers Art. 3).
    let dust = with_hazard(Hazard::Dust);
    assert!(minor_agreement().check(&dust, &Policy::de()).is_empty());
    let report = minor_agreement().check(&dust, &Policy::cn());
    assert!(codes(&report).contains(&"placement.minor_work".to_owned()));
}

#[test]
fn the_host_trains_without_a_school_instructor_under_de() {
    // BBiG § 28: the host's trainer; cn wants the school's instructor too (Art. 8, 10).
    let mut a = de_agreement();
    a.placements[0].school_instructor = None;
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    assert!(codes(&check_cn(&a)).contains(&"placement.supervision".to_owned()));
}

#[test]
fn an_unregistered_contract_is_a_warning_under_de() {
    // BBiG §§ 35–36: `placement.filed` on, as W.
    let mut a = de_agreement();
    a.placements[0].filed_on = None;
    let report = check_de(&a);
    let v = only(&report, "placement.filed", "placements[0]");
    assert_eq!(v.severity(), Severity::Warning);
}

// ---------------------------------------------------------------------------------------------
// Exemptions: de allows `worktime.minor_night_work` (JArbSchG § 14(2)–(3)),
// `placement.rest_day_work` and `placement.holiday_work` (ArbZG § 10), and nothing else.
// ---------------------------------------------------------------------------------------------

#[test]
fn de_exempts_a_minors_evening_but_not_the_daily_hours() {
    // A minor over 16 in a multi-shift plant until 21:00, exemption filed before the first day;
    // Tuesday from 09:00 keeps 12 h of rest.
    let mut shifts = vec![
        shift(Mon, (13, 0), (21, 0), 60),
        shift(Tue, (9, 0), (17, 0), 60),
    ];
    shifts.extend(days(&[Wed, Thu], (8, 0), (16, 0), 60));
    let mut a = with_shifts(minor_agreement(), shifts);
    let report = check_de(&a);
    only(
        &report,
        "worktime.minor_night_work",
        "placements[0].schedule.shifts[0]",
    );
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeMinorNightWork],
        vec![PLACEMENT],
        d(2026, 2, 1),
        "IHK-14-2",
    ));
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    // An adult's Monday of 10 h 30 min, exempted as cn allows (Art. 17): cn silences it, de does
    // not allow the daily hours to be exempted.
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (7, 0), (18, 15), 45));
    let mut a = with_shifts(de_agreement(), shifts);
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeDailyHours, RuleCode::WorktimeWeeklyHours],
        vec![PLACEMENT],
        d(2026, 2, 1),
        "EX-1",
    ));
    assert_no_code(&check_cn(&a), "worktime.daily_hours");
    assert_no_code(&check_cn(&a), "worktime.weekly_hours");
    let report = check_de(&a);
    let v = only(&report, "worktime.daily_hours", "placements[0].schedule");
    assert_figures(v, &[("limit", "10 h"), ("actual", "10 h 30 min")]);
    let note = v.note().unwrap_or_default();
    assert!(
        note.contains("does not allow worktime.daily_hours"),
        "{note}"
    );
}

// ---------------------------------------------------------------------------------------------
// Pay: BBiG § 18(1)–(2).
// ---------------------------------------------------------------------------------------------

#[test]
fn pay_is_due_on_the_months_last_working_day_and_a_month_is_thirty_days() {
    // March 2026 from Monday 2 March: 30 placement days of a 30-day month, the whole 1,000.00
    // EUR (BBiG § 18(1)); due on the last working day, Tuesday 31 March (§ 18(2)).
    let march = DateRange::new(d(2026, 3, 2), d(2026, 3, 31)).unwrap();
    let with_payment = |amount: u64, paid_on| {
        let mut record = office_record(d(2026, 3, 31));
        record.payments = vec![Payment::new(march, eur(amount), paid_on)];
        let mut a = de_agreement();
        a.placements[0].record = Some(record);
        a
    };
    let a = with_payment(1_000_00, d(2026, 3, 31));
    assert!(check_de(&a).is_empty(), "{}", check_de(&a));
    let report = check_de(&with_payment(999_99, d(2026, 3, 31)));
    let v = only(&report, "record.paid_in_full", "placements[0].record");
    assert_figures(v, &[("due", "1000.00 EUR")]);
    // Paid on 1 April, after the deadline and after `complete_through`: late, and (judged by no
    // rule past `complete_through`) not counted as paid.
    let report = check_de(&with_payment(1_000_00, d(2026, 4, 1)));
    assert_findings(
        &report,
        &[
            ("record.paid_in_full", "placements[0].record"),
            ("record.paid_on_time", "placements[0].record"),
        ],
    );
    let v = report.with_code(RuleCode::RecordPaidOnTime).next().unwrap();
    assert_figures(v, &[("deadline", "2026-03-31")]);
}

// ---------------------------------------------------------------------------------------------
// Minors (conventions): judged by their age on the first day of the element.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_worker_is_judged_a_minor_by_their_age_on_the_first_day() {
    // Monday 08:00–17:30 less an hour: 8 h 30 min, above a minor's 8 h (JArbSchG § 8(1));
    // Tuesday to Thursday 8 h: 32 h 30 min in the week.
    let mut shifts = days(&[Tue, Wed, Thu], (8, 0), (17, 0), 60);
    shifts.insert(0, shift(Mon, (8, 0), (17, 30), 60));
    let a = with_shifts(de_agreement(), shifts);
    let enrolled = d(2024, 9, 1);
    // 18 on the first day, 2 March 2026: an adult.
    let report = check_new_student(a.clone(), d(2008, 3, 2), enrolled, &Policy::de());
    assert!(report.is_empty(), "{report}");
    // 18 the day after: a minor for the whole placement.
    let report = check_new_student(a, d(2008, 3, 3), enrolled, &Policy::de());
    let v = only(
        &report,
        "worktime.minor_daily_hours",
        "placements[0].schedule",
    );
    assert_figures(v, &[("limit", "8 h"), ("actual", "8 h 30 min")]);
}

// ---------------------------------------------------------------------------------------------
// worktime.school_day: readings the first tests left open.
// ---------------------------------------------------------------------------------------------

#[test]
fn a_school_day_on_a_public_holiday_is_credited_all_the_same() {
    // A minor with school on Monday 07:45–13:00 (five lessons: 5 h 15 min of credit), work
    // Tuesday to Friday 7 h. Easter Monday, 6 April 2026, is a public holiday and a day off; an
    // extra Saturday of 7 h that week makes 35 h of work, 40 h 15 min with Monday's credit,
    // above a minor's 40 h (JArbSchG § 9(2) no. 3, § 8(1)).
    let mut a = with_shifts(
        minor_agreement(),
        days(&[Tue, Wed, Thu, Fri], (8, 0), (16, 0), 60),
    );
    let p = &mut a.placements[0];
    p.school_days = vec![school(Mon, (7, 45), (13, 0), 5)];
    p.days_off = vec![d(2026, 4, 6)];
    p.extra_shifts = vec![ExtraShift::new(d(2026, 4, 11), t(8, 0), t(16, 0), 60).unwrap()];
    let policy = Policy::de()
        .with_official_calendar([d(2026, 4, 6)], [])
        .unwrap();
    let report = a.check(&de_registry(), &policy);
    let v = only(&report, "worktime.school_day", "placements[0].days_off[0]");
    assert_figures(
        v,
        &[
            ("week", "2026-04-06"),
            ("limit", "40 h"),
            ("working_time", "35 h"),
            ("school_credit", "5 h 15 min"),
        ],
    );
}

#[test]
fn a_night_shift_into_the_long_school_day_occupies_it() {
    // Sunday 22:00–Monday 06:00 occupies Monday (conventions), the week's first day with more
    // than five lessons (BBiG § 15(1) no. 2). A host working every day.
    let host = de_registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.push(shift(Sun, (22, 0), (6, 0), 30));
    let mut a = with_shifts(de_agreement(), shifts);
    a.placements[0].school_days = vec![school(Mon, (7, 45), (13, 0), 6)];
    let report = a.check(&host, &Policy::de());
    let v = only(
        &report,
        "worktime.school_day",
        "placements[0].schedule.shifts[4]",
    );
    assert_figures(
        v,
        &[
            ("day", "Sun"),
            ("school_day", "Mon 07:45–13:00 (6 lessons)"),
        ],
    );
    // Ending at Sunday 24:00 it does not occupy Monday, and leaves 7 h 45 min before school.
    let mut shifts = days(&[Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60);
    shifts.push(shift(Sun, (16, 30), (0, 0), 30));
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    let report = a.check(&host, &Policy::de());
    assert!(report.is_empty(), "{report}");
}

// ---------------------------------------------------------------------------------------------
// placement.training_allowance: scope W.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_training_allowance_judges_work_placements_only() {
    // 681.99 EUR for a 2025 start fires on a work placement (below 682.00) and not on an
    // observation visit.
    let mut a = trainee(d(2025, 9, 1), 681_99);
    a.placements[0].kind = PlacementKind::Assisting;
    only(
        &check_de(&a),
        "placement.training_allowance",
        "placements[0]",
    );
    a.placements[0].kind = PlacementKind::Observation;
    assert_no_code(&check_de(&a), "placement.training_allowance");
}

// ---------------------------------------------------------------------------------------------
// The example: a 16-year-old trainee, one fault of each new kind.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_dual_training_example_raises_each_of_the_seven_codes() {
    let registry = dual_training::registry().unwrap();
    let policy = dual_training::policy().unwrap();
    let plan = dual_training::training_placement().unwrap();
    // Born 20 May 2009, 16 on the first day of training, 1 September 2025.
    let trainee = registry.student(plan.student).unwrap();
    assert_eq!(
        (trainee.birth_date, plan.dates.first()),
        (d(2009, 5, 20), d(2025, 9, 1))
    );
    assert!(!plan.school_days.is_empty());
    let report = dual_training::agreement(plan.clone())
        .unwrap()
        .check(&registry, &policy);
    assert!(report.is_empty(), "{report}");
    let mut raised = BTreeSet::new();
    for mistake in dual_training::mistakes(&plan).unwrap() {
        let report = dual_training::agreement(mistake.placement)
            .unwrap()
            .check(&registry, &policy);
        assert_eq!(
            dual_training::codes(&report),
            mistake.codes,
            "{}\n{report}",
            mistake.title
        );
        raised.extend(mistake.codes.iter().copied());
    }
    // The seven codes de adds: those the catalogue marks off in cn.
    let seven: BTreeSet<&str> = catalogue()
        .iter()
        .filter(|rule| rule.statement.contains("off in cn"))
        .map(|rule| rule.name)
        .collect();
    assert_eq!(seven.len(), 7, "{seven:?}");
    // Each of them, and besides them only the rest day a Sunday's stock-taking breaks.
    let others: Vec<&&str> = raised.difference(&seven).collect();
    assert_eq!(others, [&"placement.rest_day_work"]);
    assert!(raised.is_superset(&seven));
}
