//! The 8 `employed_study.*` rules, the working-time rules on the employment's shift pattern, and
//! the agreement rules over employed study: each fires on the smallest fault, with its exact code
//! and path and the figures it compared (worked out by hand from the catalogue), and the nearest
//! valid employment passes.
//!
//! The fixture employment: the fixture student (born 2007-05-10, an adult) employed by the fixture
//! enterprise on its post from Monday 2026-03-02, on a 40-hour contract paid 4800.00 CNY a month,
//! Monday to Friday 08:00–17:00 with an unpaid hour; two classes linked to the job's one task,
//! Monday and Wednesday 18:00–20:00 (4 hours a week, an hour after work). The agreement runs from
//! 2026-03-01 to 2027-02-28 and holds no placement.

mod common;

use chrono::NaiveDate;
use chrono::Weekday::{self, Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

const TASK: TaskId = TaskId::from_u128(60);
const PUPIL: StudentId = StudentId::from_u128(33);
const UNKNOWN: u128 = 999;

fn class(day: Weekday, start: (u32, u32), end: (u32, u32)) -> ClassSession {
    ClassSession::new(
        day,
        t(start.0, start.1),
        t(end.0, end.1),
        name("hydraulics"),
    )
    .unwrap()
    .linked_to(TASK)
}

fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

fn schedule(shifts: Vec<Shift>) -> WeeklySchedule {
    WeeklySchedule::new(shifts).unwrap()
}

fn fixture_employment() -> Employment {
    let mut job = Employment::builder()
        .student(STUDENT)
        .enterprise(ENTERPRISE)
        .post(POST)
        .contract_weekly_minutes(40 * 60)
        .monthly_pay(Money::new(4_800_00, Currency::CNY))
        .starts_on(d(2026, 3, 2))
        .build()
        .unwrap();
    job.schedule = office_week().into();
    job.tasks.push(JobTask::new(TASK, name("line maintenance")));
    job.classes = vec![class(Mon, (18, 0), (20, 0)), class(Wed, (18, 0), (20, 0))];
    job
}

fn holding(jobs: Vec<Employment>) -> CooperationAgreement {
    let mut a = agreement();
    let mut model = EmployedStudy::new();
    model.employments = jobs;
    a.mode = Mode::Alternation(Alternation::EmployedStudy(model));
    a.placements.clear();
    a
}

/// The fixture agreement with its employment changed by `change`.
fn with(change: impl FnOnce(&mut Employment)) -> CooperationAgreement {
    let mut job = fixture_employment();
    change(&mut job);
    holding(vec![job])
}

/// The fixture registry plus PUPIL, a student of the school born on `birth`.
fn with_pupil(birth: NaiveDate) -> Registry {
    with_students(&registry(), |list| list.push(student(PUPIL, SCHOOL, birth)))
}

#[track_caller]
fn the<'r>(report: &'r Report, code: &str) -> &'r Violation {
    let found: Vec<&Violation> = report
        .iter()
        .filter(|v| v.code().to_string() == code)
        .collect();
    assert_eq!(found.len(), 1, "expected one {code}:\n{report}");
    found[0]
}

#[track_caller]
fn assert_passes(report: &Report, code: &str) {
    assert!(
        report.is_empty(),
        "expected no violation ({code} must not fire):\n{report}"
    );
}

const HERE: &str = "mode.employments[0]";

#[test]
fn fixture_employment_breaks_no_rule() {
    assert_passes(&check(&with(|_| {})), "employed_study.*");
}

// ---------------------------------------------------------------------------------------------
// Agreement rules over employed study
// ---------------------------------------------------------------------------------------------

#[test]
fn references_resolve_fires_for_an_unknown_student_and_nothing_else() {
    let a = with(|job| job.student = StudentId::from_u128(UNKNOWN));
    assert_findings(
        &check(&a),
        &[(
            "agreement.references_resolve",
            "mode.employments[0].student",
        )],
    );
}

#[test]
fn references_resolve_fires_for_an_unknown_post_and_nothing_else() {
    // The employment is skipped: its 24-hour contract is not judged.
    let a = with(|job| {
        job.post = PostId::from_u128(UNKNOWN);
        job.contract_weekly_minutes = 24 * 60;
    });
    assert_findings(
        &check(&a),
        &[("agreement.references_resolve", "mode.employments[0].post")],
    );
}

#[test]
fn references_resolve_fires_for_a_class_naming_a_task_of_no_employment() {
    // Named, though wrongly: "employed_study.class_linked_to_job" does not fire.
    let a = with(|job| job.classes[1].task = Some(TaskId::from_u128(UNKNOWN)));
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "agreement.references_resolve",
            "mode.employments[0].classes[1].task",
        )],
    );
}

#[test]
fn unique_ids_fires_for_two_tasks_with_one_id() {
    let a = with(|job| {
        job.tasks
            .push(JobTask::new(TASK, name("quality inspection")))
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("agreement.unique_ids", "mode.employments[0].tasks[1]")],
    );
    assert_eq!(
        the(&report, "agreement.unique_ids").figure("earlier"),
        Some("mode.employments[0].tasks[0]")
    );
}

#[test]
fn student_enrolled_fires_for_a_student_of_another_school() {
    let a = with(|job| job.student = OUTSIDER);
    let report = check(&a);
    assert_findings(&report, &[("agreement.student_enrolled", HERE)]);
    assert_eq!(
        the(&report, "agreement.student_enrolled").figure("agreement_school"),
        Some(SCHOOL.to_string().as_str())
    );
}

/// The fixture registry plus PUPIL, a student of the school born on `birth`, enrolled on
/// `enrolled` and expected to graduate on `graduation`.
fn with_enrolled_pupil(birth: NaiveDate, enrolled: NaiveDate, graduation: NaiveDate) -> Registry {
    let mut pupil = student(PUPIL, SCHOOL, birth);
    pupil.enrolled_on = enrolled;
    pupil.expected_graduation = graduation;
    with_students(&registry(), |list| list.push(pupil))
}

#[test]
fn student_enrolled_passes_for_a_worker_hired_before_enrolling() {
    // Participation: the days the employment, the enrollment (from 2024-09-01) and the validity
    // all hold. Hired on 2024-08-31, the day before enrolling, is no fault.
    assert_passes(
        &check(&with(|job| job.set_dates(d(2024, 8, 31), None).unwrap())),
        "agreement.student_enrolled",
    );
}

#[test]
fn student_enrolled_passes_for_an_agreement_that_outlives_the_cohort() {
    // PUPIL graduates on 2026-12-31; the agreement runs to 2027-02-28 and the employment is
    // open-ended.
    let a = with(|job| job.student = PUPIL);
    let registry = with_enrolled_pupil(d(2007, 5, 10), d(2024, 9, 1), d(2026, 12, 31));
    assert_passes(
        &a.check(&registry, &Policy::cn()),
        "agreement.student_enrolled",
    );
}

#[test]
fn student_enrolled_fires_for_an_employment_entirely_before_enrollment() {
    // PUPIL enrolls on 2027-03-01, after the agreement's last day (2027-02-28): no day holds all
    // three, so the student takes part on the later of the employment's first day (2026-03-02)
    // and the agreement's (2026-03-01).
    let a = with(|job| job.student = PUPIL);
    let registry = with_enrolled_pupil(d(2007, 5, 10), d(2027, 3, 1), d(2029, 7, 1));
    let report = a.check(&registry, &Policy::cn());
    assert_findings(&report, &[("agreement.student_enrolled", HERE)]);
    let v = the(&report, "agreement.student_enrolled");
    assert_eq!(v.figure("dates"), Some("2026-03-02..=2026-03-02"));
    assert_eq!(v.figure("enrolled_on"), Some("2027-03-01"));
}

#[test]
fn student_enrolled_fires_for_an_employment_that_starts_after_graduation() {
    // PUPIL graduates on 2026-06-30; the employment runs from 2026-09-01 to 2026-12-31.
    let a = with(|job| {
        job.student = PUPIL;
        job.set_dates(d(2026, 9, 1), Some(d(2026, 12, 31))).unwrap();
    });
    let registry = with_enrolled_pupil(d(2007, 5, 10), d(2024, 9, 1), d(2026, 6, 30));
    let report = a.check(&registry, &Policy::cn());
    assert_findings(&report, &[("agreement.student_enrolled", HERE)]);
    let v = the(&report, "agreement.student_enrolled");
    assert_eq!(v.figure("dates"), Some("2026-09-01..=2026-09-01"));
    assert_eq!(v.figure("expected_graduation"), Some("2026-06-30"));
}

#[test]
fn student_enrolled_passes_for_an_employment_that_ends_on_graduation_day() {
    let a = with(|job| {
        job.student = PUPIL;
        job.set_dates(d(2026, 3, 2), Some(d(2026, 6, 30))).unwrap();
    });
    let registry = with_enrolled_pupil(d(2007, 5, 10), d(2024, 9, 1), d(2026, 6, 30));
    assert_passes(
        &a.check(&registry, &Policy::cn()),
        "agreement.student_enrolled",
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.full_time
// ---------------------------------------------------------------------------------------------

#[test]
fn full_time_fires_for_a_contract_of_24_hours() {
    // "employed_study.full_time": 24 hours is part-time work (at most 24 a week).
    let report = check(&with(|job| job.contract_weekly_minutes = 24 * 60));
    assert_findings(&report, &[("employed_study.full_time", HERE)]);
    let v = the(&report, "employed_study.full_time");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("more than 24 h"));
    assert_eq!(v.figure("actual"), Some("24 h"));
}

#[test]
fn full_time_passes_for_a_contract_of_24_hours_and_a_minute() {
    assert_passes(
        &check(&with(|job| job.contract_weekly_minutes = 24 * 60 + 1)),
        "employed_study.full_time",
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.working_age
// ---------------------------------------------------------------------------------------------

#[test]
fn working_age_fires_for_a_student_turning_16_the_day_after_the_first_day() {
    // "employed_study.working_age": born 2010-03-03, 15 on 2026-03-02.
    let a = with(|job| job.student = PUPIL);
    let report = a.check(&with_pupil(d(2010, 3, 3)), &Policy::cn());
    assert_findings(&report, &[("employed_study.working_age", HERE)]);
    let v = the(&report, "employed_study.working_age");
    assert_eq!(v.figure("limit"), Some("16 years"));
    assert_eq!(v.figure("age"), Some("15 years"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn working_age_passes_for_a_student_turning_16_on_the_first_day() {
    let a = with(|job| job.student = PUPIL);
    assert_passes(
        &a.check(&with_pupil(d(2010, 3, 2)), &Policy::cn()),
        "employed_study.working_age",
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.minor_work
// ---------------------------------------------------------------------------------------------

fn forbidden_for_minors() -> Registry {
    registry_with_host(|e| {
        e.posts[0].forbidden_for.insert(ProtectedGroup::Minors);
    })
}

#[test]
fn minor_work_fires_for_a_17_year_old_on_a_post_forbidden_for_minors() {
    // "employed_study.minor_work": MINOR is born 2008-06-01, 17 on 2026-03-02.
    let a = with(|job| job.student = MINOR);
    let report = a.check(&forbidden_for_minors(), &Policy::cn());
    assert_findings(&report, &[("employed_study.minor_work", HERE)]);
    let v = the(&report, "employed_study.minor_work");
    assert_eq!(v.figure("adult_age"), Some("18"));
    assert_eq!(v.figure("birth_date"), Some("2008-06-01"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn minor_work_passes_for_employment_from_the_18th_birthday() {
    let a = with(|job| {
        job.student = MINOR;
        job.set_dates(d(2026, 6, 1), None).unwrap();
    });
    assert_passes(
        &a.check(&forbidden_for_minors(), &Policy::cn()),
        "employed_study.minor_work",
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.min_wage
// ---------------------------------------------------------------------------------------------

fn with_min_wage() -> Policy {
    let mut policy = Policy::cn();
    policy.local_min_monthly_wage = Some(Money::new(2_690_00, Currency::CNY));
    policy
}

#[test]
fn min_wage_fires_for_pay_a_fen_below_the_local_minimum() {
    // "employed_study.min_wage".
    let a = with(|job| job.monthly_pay = Money::new(2_689_99, Currency::CNY));
    let report = a.check(&registry(), &with_min_wage());
    assert_findings(&report, &[("employed_study.min_wage", HERE)]);
    let v = the(&report, "employed_study.min_wage");
    assert_eq!(v.figure("limit"), Some("2690.00 CNY"));
    assert_eq!(v.figure("actual"), Some("2689.99 CNY"));
}

#[test]
fn min_wage_passes_for_pay_at_the_local_minimum() {
    let a = with(|job| job.monthly_pay = Money::new(2_690_00, Currency::CNY));
    assert_passes(
        &a.check(&registry(), &with_min_wage()),
        "employed_study.min_wage",
    );
}

#[test]
fn min_wage_fires_for_pay_in_another_currency() {
    let a = with(|job| job.monthly_pay = Money::new(900_00, Currency::EUR));
    let report = a.check(&registry(), &with_min_wage());
    assert_findings(&report, &[("employed_study.min_wage", HERE)]);
    assert_eq!(
        the(&report, "employed_study.min_wage").figure("actual"),
        Some("900.00 EUR")
    );
}

#[test]
fn min_wage_is_off_while_the_policy_has_no_figure() {
    let a = with(|job| job.monthly_pay = Money::new(1, Currency::CNY));
    assert_passes(&check(&a), "employed_study.min_wage");
}

// ---------------------------------------------------------------------------------------------
// employed_study.class_outside_shift
// ---------------------------------------------------------------------------------------------

#[test]
fn class_outside_shift_fires_for_a_class_29_minutes_after_the_shift() {
    // "employed_study.class_outside_shift": the shift ends at 17:00; the rest is 30 minutes.
    let a = with(|job| job.classes[0] = class(Mon, (17, 29), (19, 29)));
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "employed_study.class_outside_shift",
            "mode.employments[0].classes[0]",
        )],
    );
    let v = the(&report, "employed_study.class_outside_shift");
    assert_eq!(v.figure("shift"), Some("Mon 08:00–17:00 (break 60 min)"));
    assert_eq!(
        v.figure("shift_at"),
        Some("mode.employments[0].schedule.shifts[0]")
    );
    assert_eq!(v.figure("min_rest"), Some("30 min"));
}

#[test]
fn class_outside_shift_passes_for_a_class_exactly_30_minutes_after_the_shift() {
    let a = with(|job| job.classes[0] = class(Mon, (17, 30), (19, 30)));
    assert_passes(&check(&a), "employed_study.class_outside_shift");
}

#[test]
fn class_outside_shift_fires_for_a_class_during_a_shift() {
    let a = with(|job| job.classes[1] = class(Wed, (12, 0), (14, 0)));
    assert_findings(
        &check(&a),
        &[(
            "employed_study.class_outside_shift",
            "mode.employments[0].classes[1]",
        )],
    );
}

/// Nights from Monday to Friday 22:00–06:00 (8 hours each, Sunday free), Monday's replaced by
/// `monday`; classes on Tuesday and Thursday 07:00–09:00.
fn nights(monday: Shift) -> CooperationAgreement {
    with(|job| {
        let mut shifts = vec![monday];
        shifts.extend([Tue, Wed, Thu, Fri].map(|day| shift(day, (22, 0), (6, 0), 0)));
        job.schedule = schedule(shifts).into();
        job.classes = vec![class(Tue, (7, 0), (9, 0)), class(Thu, (7, 0), (9, 0))];
    })
}

#[test]
fn class_outside_shift_passes_for_a_class_at_07_00_after_a_night_shift_ending_at_06_00() {
    assert_passes(
        &check(&nights(shift(Mon, (22, 0), (6, 0), 0))),
        "employed_study.class_outside_shift",
    );
}

#[test]
fn class_outside_shift_fires_for_a_class_at_07_00_after_a_night_shift_ending_at_06_45() {
    // Monday 22:45 to Tuesday 06:45 runs past midnight; with the rest it reaches 07:15.
    let report = check(&nights(shift(Mon, (22, 45), (6, 45), 0)));
    assert_findings(
        &report,
        &[(
            "employed_study.class_outside_shift",
            "mode.employments[0].classes[0]",
        )],
    );
    assert_eq!(
        the(&report, "employed_study.class_outside_shift").figure("shift"),
        Some("Mon 22:45–06:45")
    );
}

#[test]
fn class_outside_shift_wraps_sunday_night_onto_monday_morning() {
    // Sunday 22:00 to Monday 06:00, then a class on Monday at 06:15.
    let a = with(|job| {
        let mut shifts = vec![shift(Sun, (22, 0), (6, 0), 0)];
        shifts.extend([Mon, Tue, Wed, Thu].map(|day| shift(day, (22, 0), (6, 0), 0)));
        job.schedule = schedule(shifts).into();
        job.classes = vec![class(Mon, (6, 15), (8, 15)), class(Wed, (18, 0), (20, 0))];
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "employed_study.class_outside_shift",
            "mode.employments[0].classes[0]",
        )],
    );
    assert_eq!(
        the(&report, "employed_study.class_outside_shift").figure("shift_at"),
        Some("mode.employments[0].schedule.shifts[0]")
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.weekly_study_minimum
// ---------------------------------------------------------------------------------------------

#[test]
fn weekly_study_minimum_fires_for_3_hours_59_minutes_of_class() {
    // "employed_study.weekly_study_minimum".
    let a = with(|job| job.classes[1] = class(Wed, (18, 0), (19, 59)));
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "employed_study.weekly_study_minimum",
            "mode.employments[0].classes",
        )],
    );
    let v = the(&report, "employed_study.weekly_study_minimum");
    assert_eq!(v.figure("limit"), Some("4 h"));
    assert_eq!(v.figure("actual"), Some("3 h 59 min"));
}

#[test]
fn weekly_study_minimum_counts_overlapping_classes_once() {
    let a = with(|job| job.classes[1] = class(Mon, (18, 0), (20, 0)));
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "employed_study.weekly_study_minimum",
            "mode.employments[0].classes",
        )],
    );
    assert_eq!(
        the(&report, "employed_study.weekly_study_minimum").figure("actual"),
        Some("2 h")
    );
}

#[test]
fn weekly_study_minimum_fires_for_no_class_at_all() {
    let a = with(|job| job.classes.clear());
    assert_findings(
        &check(&a),
        &[(
            "employed_study.weekly_study_minimum",
            "mode.employments[0].classes",
        )],
    );
}

#[test]
fn weekly_study_minimum_passes_for_exactly_4_hours() {
    assert_passes(&check(&with(|_| {})), "employed_study.weekly_study_minimum");
}

// ---------------------------------------------------------------------------------------------
// employed_study.weekly_load
// ---------------------------------------------------------------------------------------------

/// The fixture's 40 hours of work and 4 of class, plus Saturday 08:00–16:00 and a Sunday class
/// from 08:00 to `sunday_end`.
fn weekend_classes(sunday_end: (u32, u32)) -> CooperationAgreement {
    with(|job| {
        job.classes.push(class(Sat, (8, 0), (16, 0)));
        job.classes.push(class(Sun, (8, 0), sunday_end));
    })
}

#[test]
fn weekly_load_passes_for_exactly_60_hours() {
    assert_passes(
        &check(&weekend_classes((16, 0))),
        "employed_study.weekly_load",
    );
}

#[test]
fn weekly_load_passes_for_a_dated_week_below_a_pattern_at_60_hours() {
    // "employed_study.weekly_load": the 60-hour week with Wednesday 11 March off is a dated week
    // of 32 h of work and 20 h of class: within the limit, like its pattern.
    let mut a = weekend_classes((16, 0));
    if let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut a.mode {
        model.employments[0].days_off = vec![d(2026, 3, 11)];
    }
    assert_passes(&check(&a), "employed_study.weekly_load");
}

#[test]
fn weekly_load_judges_a_dated_week_above_a_pattern_below_60_hours() {
    // "employed_study.weekly_load": 40 h of work and 19 h of class (59 h); an extra hour on
    // Tuesday 10 March makes that week exactly 60 h (passes), two extra hours 61 h (fires at
    // the extra shift, naming the week).
    let with_extra = |end: (u32, u32)| {
        let mut a = weekend_classes((15, 0));
        if let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut a.mode {
            model.employments[0].extra_shifts =
                vec![ExtraShift::new(d(2026, 3, 10), t(17, 0), t(end.0, end.1), 0).unwrap()];
        }
        check(&a)
    };
    let report = with_extra((18, 0));
    assert!(
        report
            .with_code(RuleCode::EmployedStudyWeeklyLoad)
            .next()
            .is_none(),
        "{report}"
    );
    let report = with_extra((19, 0));
    let v = the(&report, "employed_study.weekly_load");
    assert_eq!(v.path().to_string(), "mode.employments[0].extra_shifts[0]");
    assert_eq!(v.figure("week"), Some("2026-03-09"));
    assert_eq!(v.figure("actual"), Some("61 h"));
    assert_eq!(v.figure("work"), Some("42 h"));
    assert_eq!(v.figure("classes"), Some("19 h"));
}

#[test]
fn weekly_load_counts_overlapping_classes_once() {
    // "employed_study.weekly_load": exactly 60 h, plus a Saturday class inside the Saturday
    // class: the union of class time is unchanged (summing would make 62 h).
    let mut a = weekend_classes((16, 0));
    if let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut a.mode {
        model.employments[0]
            .classes
            .push(class(Sat, (10, 0), (12, 0)));
    }
    assert_passes(&check(&a), "employed_study.weekly_load");
}

#[test]
fn weekly_load_fires_for_60_hours_and_a_minute() {
    // "employed_study.weekly_load": 40 h of work and 20 h 1 min of class.
    let report = check(&weekend_classes((16, 1)));
    assert_findings(&report, &[("employed_study.weekly_load", HERE)]);
    let v = the(&report, "employed_study.weekly_load");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("60 h"));
    assert_eq!(v.figure("actual"), Some("60 h 1 min"));
    assert_eq!(v.figure("work"), Some("40 h"));
    assert_eq!(v.figure("classes"), Some("20 h 1 min"));
}

// ---------------------------------------------------------------------------------------------
// employed_study.class_linked_to_job
// ---------------------------------------------------------------------------------------------

#[test]
fn class_linked_to_job_fires_for_a_class_naming_no_task() {
    // "employed_study.class_linked_to_job".
    let a = with(|job| job.classes[1].task = None);
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "employed_study.class_linked_to_job",
            "mode.employments[0].classes[1]",
        )],
    );
    let v = the(&report, "employed_study.class_linked_to_job");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("class"), Some("Wed 18:00–20:00 (hydraulics)"));
}

#[test]
fn class_linked_to_job_passes_for_classes_naming_a_task_of_the_job() {
    assert_passes(&check(&with(|_| {})), "employed_study.class_linked_to_job");
}

// ---------------------------------------------------------------------------------------------
// worktime.* on the employment's shift pattern
// ---------------------------------------------------------------------------------------------

#[test]
fn worktime_weekly_hours_fires_on_the_shift_pattern_and_is_never_exempted() {
    // Six 8-hour days; the agreement also holds the fixture placement, with an exemption from
    // the weekly hours filed in time for it: it does not reach the employment.
    let mut a = with(|job| {
        let mut shifts = office_week().shifts().to_vec();
        shifts.push(shift(Sat, (8, 0), (17, 0), 60));
        job.schedule = schedule(shifts).into();
    });
    a.placements.push(placement());
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeWeeklyHours],
        vec![PLACEMENT],
        d(2026, 2, 1),
        "EX-7",
    ));
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "mode.employments[0].schedule")],
    );
    let v = the(&report, "worktime.weekly_hours");
    assert_eq!(v.figure("limit"), Some("40 h"));
    assert_eq!(v.figure("actual"), Some("48 h"));
    assert_eq!(v.note(), None);
}

#[test]
fn worktime_daily_hours_fires_on_the_shift_pattern() {
    let a = with(|job| {
        let mut shifts = office_week().shifts().to_vec();
        shifts[4] = shift(Fri, (8, 0), (18, 0), 60);
        shifts[3] = shift(Thu, (8, 0), (16, 0), 60);
        job.schedule = schedule(shifts).into();
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.daily_hours", "mode.employments[0].schedule")],
    );
    assert_eq!(
        the(&report, "worktime.daily_hours").figure("actual"),
        Some("9 h")
    );
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_employed_study_round_trips_through_json() {
    let mut second = fixture_employment();
    second.student = MINOR;
    second.schedule = schedule(vec![shift(Sun, (22, 0), (6, 0), 30)]).into();
    second
        .classes
        .push(ClassSession::new(Fri, t(23, 0), t(1, 0), name("safety discussion")).unwrap());
    let a = holding(vec![fixture_employment(), second]);
    let json = serde_json::to_string(&a).unwrap();
    let back: CooperationAgreement = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    let value = serde_json::to_value(&a).unwrap();
    assert_eq!(value["mode"]["variant"], "employed_study");
    let class = &value["mode"]["employments"][0]["classes"][0];
    assert_eq!(class["weekday"], "Mon");
    assert_eq!(class["start"], "18:00");
    assert_eq!(class["task"], TASK.to_string());
    assert!(value["mode"]["employments"][1]["classes"][2]
        .get("task")
        .is_none());
}

#[test]
fn a_class_that_ends_where_it_starts_is_refused_in_json() {
    let mut value = serde_json::to_value(with(|_| {})).unwrap();
    value["mode"]["employments"][0]["classes"][0]["end"] = "18:00".into();
    let err = serde_json::from_value::<CooperationAgreement>(value).unwrap_err();
    assert!(err.to_string().contains("class session"), "{err}");
}

#[test]
fn every_violation_of_a_badly_broken_employed_study_resolves_as_a_json_pointer() {
    let mut broken = fixture_employment();
    broken.student = MINOR;
    broken.contract_weekly_minutes = 20 * 60;
    broken.monthly_pay = Money::new(900_00, Currency::EUR);
    broken.schedule = schedule(vec![
        shift(Mon, (22, 45), (6, 45), 0),
        shift(Tue, (8, 0), (20, 0), 0),
        shift(Wed, (8, 0), (20, 0), 0),
        shift(Thu, (8, 0), (20, 0), 0),
        shift(Fri, (8, 0), (20, 0), 0),
        shift(Sat, (8, 0), (20, 0), 0),
        shift(Sun, (8, 0), (20, 0), 0),
    ])
    .into();
    broken.tasks.push(JobTask::new(TASK, name("again")));
    broken.classes = vec![
        class(Tue, (7, 0), (8, 0)),
        ClassSession::new(Sun, t(20, 10), t(21, 0), name("maths")).unwrap(),
        class(Wed, (21, 0), (22, 0)).linked_to(TaskId::from_u128(UNKNOWN)),
    ];
    let mut dangling = fixture_employment();
    dangling.student = StudentId::from_u128(UNKNOWN);
    dangling.post = PostId::from_u128(UNKNOWN);
    let a = holding(vec![fixture_employment(), broken, dangling]);
    let mut policy = Policy::cn();
    policy.local_min_monthly_wage = Some(Money::new(2_690_00, Currency::CNY));
    let report = a.check(&forbidden_for_minors(), &policy);
    let value = serde_json::to_value(&a).unwrap();
    let mut codes: Vec<String> = report.iter().map(|v| v.code().to_string()).collect();
    codes.sort();
    codes.dedup();
    for code in [
        "agreement.references_resolve",
        "agreement.unique_ids",
        "employed_study.class_linked_to_job",
        "employed_study.class_outside_shift",
        "employed_study.full_time",
        "employed_study.min_wage",
        "employed_study.minor_work",
        "employed_study.weekly_load",
        "employed_study.weekly_study_minimum",
        "worktime.daily_hours",
        "worktime.rest_days",
        "worktime.weekly_hours",
    ] {
        assert!(
            codes.contains(&code.to_owned()),
            "{code} missing:\n{report}"
        );
    }
    for v in &report {
        let pointer = v.path().to_json_pointer();
        assert!(
            value.pointer(&pointer).is_some(),
            "{} at {} does not resolve ({pointer})",
            v.code(),
            v.path()
        );
    }
}
