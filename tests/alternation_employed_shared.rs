//! Employed study as revision 2 of the catalogue defines it: the class's shared timetable and
//! task list (`employed_study.class_linked_to_job`, and every per-employment class rule reading
//! shared and own sessions), `employed_study.post_at_employer`, the minors' hazards and first day
//! of participation (`employed_study.minor_work`), and an employment's last day.
//!
//! The fixture: the fixture student (born 2007-05-10, an adult) employed by the fixture
//! enterprise on its post from Monday 2026-03-02, open-ended, on a 40-hour contract paid 4800.00
//! CNY a month, Monday to Friday 08:00–17:00 with an unpaid hour. The class's shared task list
//! holds one task (SHARED_TASK); its shared timetable two sessions linked to it, Monday and
//! Wednesday 18:00–20:00 (4 hours a week, an hour after work); the employment has no own task or
//! class. The agreement runs from 2026-03-01 to 2027-02-28 and holds no placement.

mod common;

use chrono::Weekday::{self, Mon, Tue, Wed};
use common::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

const SHARED_TASK: TaskId = TaskId::from_u128(61);
const OWN_TASK: TaskId = TaskId::from_u128(62);
const OTHER_HOST: EnterpriseId = EnterpriseId::from_u128(70);
const OTHER_POST: PostId = PostId::from_u128(71);

fn session(day: Weekday, start: (u32, u32), end: (u32, u32), task: TaskId) -> ClassSession {
    ClassSession::new(
        day,
        t(start.0, start.1),
        t(end.0, end.1),
        name("hydraulics"),
    )
    .unwrap()
    .linked_to(task)
}

fn employment() -> Employment {
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
    job
}

fn model(jobs: Vec<Employment>) -> EmployedStudy {
    let mut model = EmployedStudy::new();
    model
        .tasks
        .push(JobTask::new(SHARED_TASK, name("line maintenance")));
    model.timetable = vec![
        session(Mon, (18, 0), (20, 0), SHARED_TASK),
        session(Wed, (18, 0), (20, 0), SHARED_TASK),
    ];
    model.employments = jobs;
    model
}

fn holding(model: EmployedStudy) -> CooperationAgreement {
    let mut a = agreement();
    a.mode = Mode::Alternation(Alternation::EmployedStudy(model));
    a.placements.clear();
    a
}

/// The fixture with its model changed by `change`.
fn with(change: impl FnOnce(&mut EmployedStudy)) -> CooperationAgreement {
    let mut m = model(vec![employment()]);
    change(&mut m);
    holding(m)
}

fn job(m: &mut EmployedStudy, i: usize) -> &mut Employment {
    &mut m.employments[i]
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
fn the_fixture_with_a_shared_timetable_breaks_no_rule() {
    assert_passes(&check(&with(|_| {})), "employed_study.*");
}

#[test]
fn a_shared_timetable_applies_to_every_employment() {
    let mut second = employment();
    second.student = MINOR;
    assert_passes(
        &check(&holding(model(vec![employment(), second]))),
        "employed_study.*",
    );
}

// ---------------------------------------------------------------------------------------------
// The shared timetable in the per-employment class rules
// ---------------------------------------------------------------------------------------------

#[test]
fn class_outside_shift_reports_a_shared_session_at_each_employment_naming_it() {
    // The shift ends at 17:00, the rest is 30 minutes: a shared session at 17:29 is too close for
    // both employments.
    let mut m = model(vec![employment(), employment()]);
    m.employments[1].student = MINOR;
    m.timetable[1] = session(Wed, (17, 29), (19, 29), SHARED_TASK);
    let report = check(&holding(m));
    assert_findings(
        &report,
        &[
            ("employed_study.class_outside_shift", "mode.employments[0]"),
            ("employed_study.class_outside_shift", "mode.employments[1]"),
        ],
    );
    for v in report.iter() {
        assert_eq!(v.figure("session"), Some("mode.timetable[1]"));
        assert_eq!(v.figure("shift"), Some("Wed 08:00–17:00 (break 60 min)"));
        assert_eq!(v.figure("min_rest"), Some("30 min"));
    }
    let shift_at: Vec<_> = report.iter().map(|v| v.figure("shift_at")).collect();
    assert_eq!(
        shift_at,
        [
            Some("mode.employments[0].schedule.shifts[2]"),
            Some("mode.employments[1].schedule.shifts[2]"),
        ]
    );
}

#[test]
fn class_outside_shift_reports_a_shared_session_only_where_a_shift_is_too_close() {
    // The second employment works until 16:00 on Wednesday: 17:29 is far enough from its shift.
    let mut m = model(vec![employment(), employment()]);
    m.employments[1].student = MINOR;
    m.employments[1].schedule = WeeklySchedule::new(
        [Mon, Tue, Wed, Weekday::Thu, Weekday::Fri]
            .into_iter()
            .map(|day| Shift::new(day, t(7, 0), t(16, 0), 60).unwrap())
            .collect(),
    )
    .unwrap()
    .into();
    m.timetable[1] = session(Wed, (17, 29), (19, 29), SHARED_TASK);
    assert_findings(
        &check(&holding(m)),
        &[("employed_study.class_outside_shift", HERE)],
    );
}

#[test]
fn class_outside_shift_passes_for_a_shared_session_30_minutes_after_the_shift() {
    let a = with(|m| m.timetable[1] = session(Wed, (17, 30), (19, 30), SHARED_TASK));
    assert_passes(&check(&a), "employed_study.class_outside_shift");
}

#[test]
fn class_outside_shift_reports_an_own_session_at_the_session() {
    let a = with(|m| {
        job(m, 0)
            .classes
            .push(session(Tue, (16, 30), (18, 0), SHARED_TASK))
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
        the(&report, "employed_study.class_outside_shift").figure("session"),
        None
    );
}

#[test]
fn weekly_study_minimum_counts_shared_and_own_sessions_together_and_overlaps_once() {
    // Shared: Monday 18:00–20:00 only (2 h). Own: Tuesday 18:00–19:00 (1 h) and Monday
    // 19:00–20:00, which the shared session already covers: 2 h + 1 h = 3 h.
    let a = with(|m| {
        m.timetable.truncate(1);
        job(m, 0).classes = vec![
            session(Tue, (18, 0), (19, 0), SHARED_TASK),
            session(Mon, (19, 0), (20, 0), SHARED_TASK),
        ];
    });
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
    assert_eq!(v.figure("actual"), Some("3 h"));
}

#[test]
fn weekly_study_minimum_passes_for_2_shared_and_2_own_hours() {
    let a = with(|m| {
        m.timetable.truncate(1);
        job(m, 0).classes = vec![session(Tue, (18, 0), (20, 0), SHARED_TASK)];
    });
    assert_passes(&check(&a), "employed_study.weekly_study_minimum");
}

#[test]
fn weekly_study_minimum_fires_with_no_shared_and_no_own_session() {
    let report = check(&with(|m| m.timetable.clear()));
    assert_findings(
        &report,
        &[(
            "employed_study.weekly_study_minimum",
            "mode.employments[0].classes",
        )],
    );
    assert_eq!(
        the(&report, "employed_study.weekly_study_minimum").figure("actual"),
        Some("0 h")
    );
}

#[test]
fn weekly_load_counts_the_shared_timetable() {
    // 40 h of work and 4 h of shared classes; the load limit is 60 h. Own classes of 16 h 1 min
    // (Saturday 00:00–16:01) bring it to 60 h 1 min.
    let a = with(|m| {
        job(m, 0).classes = vec![session(Weekday::Sat, (0, 0), (16, 1), SHARED_TASK)];
    });
    let report = check(&a);
    assert_findings(&report, &[("employed_study.weekly_load", HERE)]);
    let v = the(&report, "employed_study.weekly_load");
    assert_eq!(v.figure("actual"), Some("60 h 1 min"));
    assert_eq!(v.figure("classes"), Some("20 h 1 min"));
}

#[test]
fn weekly_load_passes_at_exactly_60_hours_with_the_shared_timetable() {
    let a = with(|m| {
        job(m, 0).classes = vec![session(Weekday::Sat, (0, 0), (16, 0), SHARED_TASK)];
    });
    assert_passes(&check(&a), "employed_study.weekly_load");
}

// ---------------------------------------------------------------------------------------------
// employed_study.class_linked_to_job with a shared task list
// ---------------------------------------------------------------------------------------------

#[test]
fn class_linked_to_job_fires_once_at_a_shared_session_naming_no_task() {
    let a = with(|m| {
        m.timetable[0].task = None;
        let mut second = employment();
        second.student = MINOR;
        m.employments.push(second);
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("employed_study.class_linked_to_job", "mode.timetable[0]")],
    );
    let v = the(&report, "employed_study.class_linked_to_job");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("class"), Some("Mon 18:00–20:00 (hydraulics)"));
}

#[test]
fn class_linked_to_job_fires_at_the_employment_lacking_a_task_a_shared_session_names() {
    // The shared Wednesday session names OWN_TASK, which the first employment has and the second
    // does not.
    let a = with(|m| {
        m.timetable[1].task = Some(OWN_TASK);
        job(m, 0)
            .tasks
            .push(JobTask::new(OWN_TASK, name("pump repair")));
        let mut second = employment();
        second.student = MINOR;
        m.employments.push(second);
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("employed_study.class_linked_to_job", "mode.employments[1]")],
    );
    let v = the(&report, "employed_study.class_linked_to_job");
    assert_eq!(v.figure("session"), Some("mode.timetable[1]"));
    assert_eq!(v.figure("task"), Some(OWN_TASK.to_string().as_str()));
}

#[test]
fn class_linked_to_job_passes_when_every_employment_has_the_task_a_shared_session_names() {
    let a = with(|m| {
        m.timetable[1].task = Some(OWN_TASK);
        job(m, 0)
            .tasks
            .push(JobTask::new(OWN_TASK, name("pump repair")));
    });
    assert_passes(&check(&a), "employed_study.class_linked_to_job");
}

#[test]
fn an_own_session_may_name_a_task_of_the_shared_list() {
    let a = with(|m| {
        m.timetable.truncate(1);
        job(m, 0).classes = vec![session(Tue, (18, 0), (20, 0), SHARED_TASK)];
    });
    assert_passes(&check(&a), "agreement.references_resolve");
}

#[test]
fn references_resolve_fires_once_at_a_shared_session_naming_a_task_no_one_has() {
    let unknown = TaskId::from_u128(999);
    let a = with(|m| {
        m.timetable[0].task = Some(unknown);
        let mut second = employment();
        second.student = MINOR;
        m.employments.push(second);
    });
    let report = check(&a);
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.timetable[0].task")],
    );
    assert_eq!(
        the(&report, "agreement.references_resolve").figure("id"),
        Some(unknown.to_string().as_str())
    );
}

#[test]
fn unique_ids_fires_for_a_shared_task_and_an_employment_task_with_one_id() {
    // One id space: the shared list is walked after the employments (path order).
    let a = with(|m| {
        job(m, 0)
            .tasks
            .push(JobTask::new(SHARED_TASK, name("line maintenance")))
    });
    let report = check(&a);
    assert_findings(&report, &[("agreement.unique_ids", "mode.tasks[0]")]);
    assert_eq!(
        the(&report, "agreement.unique_ids").figure("earlier"),
        Some("mode.employments[0].tasks[0]")
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.post_at_employer
// ---------------------------------------------------------------------------------------------

/// The fixture registry with a second enterprise holding OTHER_POST, changed by `change`.
fn with_other_host(change: impl FnOnce(&mut Post)) -> Registry {
    let base = registry();
    let mut other = Enterprise::builder()
        .id(OTHER_HOST)
        .name(name("Eastern Foundry"))
        .sector(name("manufacturing"))
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(300)
        .build()
        .unwrap();
    let mut post = Post::builder()
        .id(OTHER_POST)
        .name(name("Caster"))
        .category(name("casting"))
        .major_category(name("mechatronics"))
        .headcount(20)
        .monthly_wage(Money::new(5_000_00, Currency::CNY))
        .build()
        .unwrap();
    change(&mut post);
    other.posts.push(post);
    let mut enterprises = base.enterprises().to_vec();
    enterprises.push(other);
    Registry::new(
        base.schools().to_vec(),
        enterprises,
        base.students().to_vec(),
        base.instructors().to_vec(),
    )
    .unwrap()
}

#[test]
fn post_at_employer_fires_for_a_post_of_another_enterprise() {
    let a = with(|m| job(m, 0).post = OTHER_POST);
    let report = a.check(&with_other_host(|_| {}), &Policy::cn());
    assert_findings(&report, &[("employed_study.post_at_employer", HERE)]);
    let v = the(&report, "employed_study.post_at_employer");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("post"), Some(OTHER_POST.to_string().as_str()));
    assert_eq!(v.figure("employer"), Some(ENTERPRISE.to_string().as_str()));
    assert_eq!(
        v.figure("post_held_by"),
        Some(OTHER_HOST.to_string().as_str())
    );
}

#[test]
fn post_at_employer_passes_for_a_post_of_the_employer() {
    let a = with(|m| {
        job(m, 0).post = OTHER_POST;
        job(m, 0).enterprise = OTHER_HOST;
    });
    assert_passes(
        &a.check(&with_other_host(|_| {}), &Policy::cn()),
        "employed_study.post_at_employer",
    );
}

#[test]
fn post_at_employer_silences_minor_work_for_the_employment() {
    // MINOR (17) on another enterprise's post forbidden for minors: only the post is reported.
    let a = with(|m| {
        job(m, 0).post = OTHER_POST;
        job(m, 0).student = MINOR;
    });
    let registry = with_other_host(|post| {
        post.forbidden_for.insert(ProtectedGroup::Minors);
        post.hazards.insert(Hazard::Dust);
    });
    assert_findings(
        &a.check(&registry, &Policy::cn()),
        &[("employed_study.post_at_employer", HERE)],
    );
}

// ---------------------------------------------------------------------------------------------
// employed_study.minor_work: the minors' hazards, the first day of participation
// ---------------------------------------------------------------------------------------------

fn host_post_with(hazards: &[Hazard]) -> Registry {
    registry_with_host(|e| e.posts[0].hazards.extend(hazards.iter().copied()))
}

#[test]
fn minor_work_fires_for_a_17_year_old_on_a_dust_post() {
    // MINOR is born 2008-06-01: 17 on 2026-03-02. Dust is in hazards_forbidden_for_minors (cn).
    let a = with(|m| job(m, 0).student = MINOR);
    let report = a.check(
        &host_post_with(&[Hazard::Noise, Hazard::Dust, Hazard::HighTemperature]),
        &Policy::cn(),
    );
    assert_findings(&report, &[("employed_study.minor_work", HERE)]);
    let v = the(&report, "employed_study.minor_work");
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
    assert_eq!(v.figure("hazards"), Some("dust, high_temperature"));
    assert_eq!(v.figure("forbidden_for"), None);
}

#[test]
fn minor_work_passes_for_a_17_year_old_on_a_noise_and_machinery_post() {
    let a = with(|m| job(m, 0).student = MINOR);
    assert_passes(
        &a.check(
            &host_post_with(&[Hazard::Noise, Hazard::Machinery]),
            &Policy::cn(),
        ),
        "employed_study.minor_work",
    );
}

#[test]
fn minor_work_fires_for_each_new_hazard_of_revision_2() {
    for hazard in [
        Hazard::ForcedPaceLineWork,
        Hazard::VibratingTools,
        Hazard::HeavyLifting,
    ] {
        let a = with(|m| job(m, 0).student = MINOR);
        let report = a.check(&host_post_with(&[hazard]), &Policy::cn());
        assert_findings(&report, &[("employed_study.minor_work", HERE)]);
        assert_eq!(
            the(&report, "employed_study.minor_work").figure("hazards"),
            Some(hazard.as_str())
        );
    }
}

#[test]
fn minor_work_reads_the_policy_list_of_hazards() {
    // With dust taken off the policy's list, a minor on a dust post passes.
    let a = with(|m| job(m, 0).student = MINOR);
    let mut policy = Policy::cn();
    policy.hazards_forbidden_for_minors.remove(&Hazard::Dust);
    assert_passes(
        &a.check(&host_post_with(&[Hazard::Dust]), &policy),
        "employed_study.minor_work",
    );
}

/// The fixture registry plus PUPIL (born 2008-06-01, 18 on 2026-06-01) enrolled on `enrolled`.
fn with_pupil_enrolled(enrolled: chrono::NaiveDate) -> Registry {
    let mut pupil = student(PUPIL, SCHOOL, d(2008, 6, 1));
    pupil.enrolled_on = enrolled;
    with_students(&host_post_with(&[Hazard::Dust]), |list| list.push(pupil))
}

const PUPIL: StudentId = StudentId::from_u128(33);

#[test]
fn minor_work_judges_age_on_the_first_day_of_participation_not_the_hire_date() {
    // Hired on 2025-09-01 at 17, before the agreement (from 2026-03-01): participation starts on
    // 2026-03-01, when PUPIL is still 17.
    let a = with(|m| {
        job(m, 0).student = PUPIL;
        job(m, 0).set_dates(d(2025, 9, 1), None).unwrap();
    });
    let report = a.check(&with_pupil_enrolled(d(2024, 9, 1)), &Policy::cn());
    assert_findings(&report, &[("employed_study.minor_work", HERE)]);
    assert_eq!(
        the(&report, "employed_study.minor_work").figure("first_day"),
        Some("2026-03-01")
    );
}

#[test]
fn minor_work_passes_when_participation_starts_on_the_18th_birthday() {
    // Hired at 17 on 2026-03-02, but enrolled on 2026-06-01, the 18th birthday: participation
    // starts then.
    let a = with(|m| job(m, 0).student = PUPIL);
    assert_passes(
        &a.check(&with_pupil_enrolled(d(2026, 6, 1)), &Policy::cn()),
        "employed_study.minor_work",
    );
}

#[test]
fn working_age_stays_on_the_first_day_of_employment() {
    // PUPIL (born 2010-03-03) is hired at 15 on 2026-03-02 and enrolls at 16 on 2026-03-03:
    // working age reads the first day of employment, not of participation.
    let base = registry();
    let mut students = base.students().to_vec();
    let mut pupil = student(PUPIL, SCHOOL, d(2010, 3, 3));
    pupil.enrolled_on = d(2026, 3, 3);
    students.push(pupil);
    let registry = Registry::new(
        base.schools().to_vec(),
        base.enterprises().to_vec(),
        students,
        base.instructors().to_vec(),
    )
    .unwrap();
    let a = with(|m| job(m, 0).student = PUPIL);
    let report = a.check(&registry, &Policy::cn());
    assert_findings(&report, &[("employed_study.working_age", HERE)]);
    assert_eq!(
        the(&report, "employed_study.working_age").figure("first_day"),
        Some("2026-03-02")
    );
}

// ---------------------------------------------------------------------------------------------
// The last day of employment, and JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn an_employment_may_end_on_its_first_day_but_not_before() {
    let job = employment();
    assert!(job.clone().ending_on(d(2026, 3, 2)).is_ok());
    let err = job.clone().ending_on(d(2026, 3, 1)).unwrap_err();
    assert_eq!(
        err,
        Error::LastDayBeforeFirst {
            field: "ends_on",
            last: d(2026, 3, 1),
            first_field: "starts_on",
            first: d(2026, 3, 2),
        }
    );
    let mut job = job;
    assert!(job.set_dates(d(2026, 4, 1), Some(d(2026, 3, 31))).is_err());
    assert_eq!(
        job.starts_on(),
        d(2026, 3, 2),
        "a refused change changes nothing"
    );
    assert_eq!(job.ends_on(), None);
}

#[test]
fn a_shared_timetable_and_a_last_day_round_trip_through_json() {
    let a = with(|m| {
        let ended = job(m, 0).clone().ending_on(d(2026, 12, 31)).unwrap();
        m.employments[0] = ended;
        job(m, 0)
            .tasks
            .push(JobTask::new(OWN_TASK, name("pump repair")));
        job(m, 0)
            .classes
            .push(session(Tue, (18, 0), (19, 0), OWN_TASK));
        m.employments.push(employment());
    });
    let value = serde_json::to_value(&a).unwrap();
    assert_eq!(value["mode"]["timetable"][0]["weekday"], "Mon");
    assert_eq!(value["mode"]["tasks"][0]["id"], SHARED_TASK.to_string());
    assert_eq!(value["mode"]["employments"][0]["ends_on"], "2026-12-31");
    assert!(value["mode"]["employments"][1].get("ends_on").is_none());
    let back: CooperationAgreement = serde_json::from_value(value).unwrap();
    assert_eq!(back, a);
}

#[test]
fn revision_1_json_without_a_timetable_or_a_last_day_still_reads() {
    let mut value = serde_json::to_value(with(|_| {})).unwrap();
    let mode = value["mode"].as_object_mut().unwrap();
    mode.remove("timetable");
    mode.remove("tasks");
    let back: CooperationAgreement = serde_json::from_value(value).unwrap();
    let Mode::Alternation(Alternation::EmployedStudy(m)) = &back.mode else {
        panic!("not employed study");
    };
    assert!(m.timetable.is_empty() && m.tasks.is_empty());
    assert_eq!(m.employments[0].ends_on(), None);
}

#[test]
fn a_last_day_before_the_first_is_refused_in_json_naming_the_field() {
    let mut value = serde_json::to_value(with(|_| {})).unwrap();
    value["mode"]["employments"][0]["ends_on"] = "2026-03-01".into();
    let err = serde_json::from_value::<CooperationAgreement>(value).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("ends_on 2026-03-01"), "{text}");
    assert!(text.contains("starts_on 2026-03-02"), "{text}");
}

#[test]
fn every_violation_with_a_shared_timetable_resolves_as_a_json_pointer() {
    let a = with(|m| {
        m.timetable[0].task = None;
        m.timetable[1] = session(Wed, (16, 0), (17, 0), TaskId::from_u128(999));
        m.timetable.push(session(Tue, (19, 0), (20, 0), OWN_TASK));
        let mut second = employment();
        second.student = MINOR;
        second
            .tasks
            .push(JobTask::new(OWN_TASK, name("pump repair")));
        m.employments.push(second);
    });
    let report = check(&a);
    let value = serde_json::to_value(&a).unwrap();
    assert!(!report.is_empty());
    for v in report.iter() {
        let pointer = v.path().to_json_pointer();
        assert!(value.pointer(&pointer).is_some(), "{pointer} of {v}");
    }
    let codes: Vec<(String, String)> = report
        .iter()
        .map(|v| (v.code().to_string(), v.path().to_string()))
        .collect();
    for expected in [
        ("agreement.references_resolve", "mode.timetable[1].task"),
        ("employed_study.class_linked_to_job", "mode.timetable[0]"),
        ("employed_study.class_linked_to_job", "mode.employments[0]"),
        ("employed_study.class_outside_shift", "mode.employments[0]"),
        ("employed_study.class_outside_shift", "mode.employments[1]"),
    ] {
        assert!(
            codes.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} in {codes:?}"
        );
    }
}
