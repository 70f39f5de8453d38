//! The 10 `introduced.*` rules: each fires on the smallest fault, with its exact code and path and
//! the figures it compared (worked out by hand from the catalogue), and the nearest valid
//! arrangement passes. Also the agreement rules over the mode's elements (dangling ids, sessions
//! inside the term, enrolled students, unique ids), a JSON round trip and JSON Pointer paths.
//!
//! The valid world: the fixture agreement (valid 2026-03-01 to 2027-02-28, one independent-work
//! placement at the fixture enterprise, which is an entity of its own) in introduced-enterprise
//! mode. The school allocates 800 m² of site A to the enterprise; line 0 (500 m², 3 stations, no
//! hazard) and line 1 (300 m², 2 stations, moving machinery) stand there, 800 m² in all. Session 0
//! is on line 0 on Monday 2026-03-09 08:00–12:00 with three adults and the enterprise's supervisor;
//! session 1 is on line 1 the same day 13:00–17:00 with two other adults and a dual-qualified
//! teacher of the school. The plan has 120 h of theory and 240 h on the job.

mod common;

use common::*;
use school_enterprise::introduced::*;
use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// The world
// ---------------------------------------------------------------------------------------------

const SITE_A: SiteId = SiteId::from_u128(100);
const SITE_B: SiteId = SiteId::from_u128(101);
/// A site of the other school.
const SITE_X: SiteId = SiteId::from_u128(102);
const LINE_0: LineId = LineId::from_u128(200);
const LINE_1: LineId = LineId::from_u128(201);
/// A dual-qualified teacher of the school.
const DUAL: InstructorId = InstructorId::from_u128(22);
/// A dual-qualified teacher of the other school.
const DUAL_ELSEWHERE: InstructorId = InstructorId::from_u128(23);
/// A professional of an enterprise that is not the agreement's.
const OTHER_PRO: InstructorId = InstructorId::from_u128(24);

fn student_k(k: usize) -> StudentId {
    extra_student(k)
}

/// The fixture registry with five extra adult students, campus sites and more instructors; the
/// enterprise changed by `host`.
fn world_with(host: impl FnOnce(&mut Enterprise)) -> Registry {
    let base = registry_with(5, host);
    let mut schools = base.schools().to_vec();
    schools[0].sites = vec![
        CampusSite::new(SITE_A, name("North campus"), 6_000),
        CampusSite::new(SITE_B, name("South campus"), 3_000),
    ];
    schools[1].sites = vec![CampusSite::new(SITE_X, name("Hillside campus"), 4_000)];
    let mut instructors = base.instructors().to_vec();
    let mut dual = Instructor::new(DUAL, name("Wu Lei"), Employer::School(SCHOOL));
    dual.dual_qualified = true;
    let mut elsewhere = Instructor::new(
        DUAL_ELSEWHERE,
        name("Sun Li"),
        Employer::School(OTHER_SCHOOL),
    );
    elsewhere.dual_qualified = true;
    instructors.push(dual);
    instructors.push(elsewhere);
    instructors.push(Instructor::new(
        OTHER_PRO,
        name("Ma Jun"),
        Employer::Enterprise(EnterpriseId::from_u128(12)),
    ));
    Registry::new(
        schools,
        base.enterprises().to_vec(),
        base.students().to_vec(),
        instructors,
    )
    .unwrap()
}

fn world() -> Registry {
    world_with(|_| {})
}

fn time(day: (i32, u32, u32), start: (u32, u32), end: (u32, u32)) -> SessionTime {
    SessionTime::new(d(day.0, day.1, day.2), t(start.0, start.1), t(end.0, end.1)).unwrap()
}

/// A session with id `id` on `line` at `time`, for `students`, instructed by `instructor`.
fn session(
    id: u128,
    line: LineId,
    time: SessionTime,
    students: Vec<StudentId>,
    instructor: Option<InstructorId>,
) -> TrainingSession {
    let mut s = TrainingSession::new(SessionId::from_u128(id), line, time);
    s.students = students;
    s.instructor = instructor;
    s
}

/// Monday 2026-03-09 from `start` to `end`.
fn monday(start: (u32, u32), end: (u32, u32)) -> SessionTime {
    time((2026, 3, 9), start, end)
}

fn model() -> IntroducedEnterprise {
    let mut m = introduced_lines(SITE_A);
    m.sessions.push(session(
        400,
        LINE_0,
        monday((8, 0), (12, 0)),
        vec![STUDENT, student_k(0), student_k(1)],
        Some(SUPERVISOR),
    ));
    m.sessions.push(session(
        401,
        LINE_1,
        monday((13, 0), (17, 0)),
        vec![student_k(2), student_k(3)],
        Some(DUAL),
    ));
    m
}

/// The fixture agreement in introduced-enterprise mode with `model`.
fn agreement_with(model: IntroducedEnterprise) -> CooperationAgreement {
    let mut a = agreement();
    a.mode = Mode::IntroducedEnterprise(model);
    a
}

/// The valid model changed by `change`, checked under cn against the world.
fn check_changed(change: impl FnOnce(&mut IntroducedEnterprise)) -> Report {
    let mut m = model();
    change(&mut m);
    agreement_with(m).check(&world(), &Policy::cn())
}

/// The one violation of `code` in the report.
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

#[test]
fn the_valid_world_passes_every_rule() {
    assert_passes(&check_changed(|_| {}), "introduced.*");
}

// ---------------------------------------------------------------------------------------------
// introduced.line_on_campus
// ---------------------------------------------------------------------------------------------

#[test]
fn line_on_campus_fires_for_a_line_on_another_schools_site() {
    // "introduced.line_on_campus": line 1 stands on the other school's campus.
    let report = check_changed(|m| m.lines[1].site = SITE_X);
    assert_findings(&report, &[("introduced.line_on_campus", "mode.lines[1]")]);
    let v = the(&report, "introduced.line_on_campus");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("site"), Some(SITE_X.to_string().as_str()));
    assert_eq!(v.figure("school"), Some(SCHOOL.to_string().as_str()));
}

#[test]
fn line_on_campus_passes_for_a_line_on_the_schools_other_site_with_area_there() {
    // "introduced.line_on_campus": site B is the school's too.
    let report = check_changed(|m| {
        m.lines[1].site = SITE_B;
        m.sites.push(SiteAllocation::new(SITE_B, 300));
    });
    assert_passes(&report, "introduced.line_on_campus");
}

#[test]
fn line_on_campus_a_site_known_nowhere_raises_only_references_resolve() {
    // Not "introduced.line_on_campus" nor "introduced.site_area": the site does not resolve.
    let report = check_changed(|m| m.lines[1].site = SiteId::from_u128(999));
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.lines[1].site")],
    );
}

// ---------------------------------------------------------------------------------------------
// introduced.site_area
// ---------------------------------------------------------------------------------------------

#[test]
fn site_area_fires_for_one_square_metre_more_than_allocated() {
    // "introduced.site_area": 500 + 301 = 801 m² on 800 m² allocated.
    let report = check_changed(|m| m.lines[1].floor_area_m2 = 301);
    assert_findings(&report, &[("introduced.site_area", "mode.sites[0]")]);
    let v = the(&report, "introduced.site_area");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("800 m²"));
    assert_eq!(v.figure("actual"), Some("801 m²"));
    assert_eq!(v.figure("site"), Some(SITE_A.to_string().as_str()));
}

#[test]
fn site_area_passes_for_lines_summing_to_exactly_the_allocation() {
    // "introduced.site_area": 500 + 300 = 800 m², the whole allocation.
    let report = check_changed(|_| {});
    assert_passes(&report, "introduced.site_area");
}

#[test]
fn site_area_fires_at_the_first_line_of_a_site_with_no_allocation() {
    // "introduced.site_area": the school allocates nothing on site B (zero), line 1 takes 300 m².
    let report = check_changed(|m| m.lines[1].site = SITE_B);
    assert_findings(&report, &[("introduced.site_area", "mode.lines[1]")]);
    let v = the(&report, "introduced.site_area");
    assert_eq!(v.figure("limit"), Some("0 m²"));
    assert_eq!(v.figure("actual"), Some("300 m²"));
}

#[test]
fn site_area_adds_up_two_allocations_on_one_site() {
    // "introduced.site_area": 500 + 300 m² allocated in two parts, 800 m² used.
    let report = check_changed(|m| {
        m.sites[0].allocated_area_m2 = 500;
        m.sites.push(SiteAllocation::new(SITE_A, 300));
    });
    assert_passes(&report, "introduced.site_area");
}

// ---------------------------------------------------------------------------------------------
// introduced.station_capacity
// ---------------------------------------------------------------------------------------------

#[test]
fn station_capacity_fires_for_one_student_more_than_the_stations() {
    // "introduced.station_capacity": three students on line 1's two stations.
    let report = check_changed(|m| m.sessions[1].students.push(student_k(4)));
    assert_findings(
        &report,
        &[("introduced.station_capacity", "mode.sessions[1]")],
    );
    let v = the(&report, "introduced.station_capacity");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("2 stations"));
    assert_eq!(v.figure("actual"), Some("3 students"));
    assert_eq!(v.figure("line"), Some("mode.lines[1]"));
    assert_eq!(v.figure("at"), Some("2026-03-09 13:00"));
}

#[test]
fn station_capacity_skips_a_line_whose_site_is_known_nowhere() {
    // Three students on line 1's two stations, but line 1's site does not resolve: only
    // "agreement.references_resolve" fires ("No cascades").
    let report = check_changed(|m| {
        m.sessions[1].students.push(student_k(4));
        m.lines[1].site = SiteId::from_u128(999);
    });
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.lines[1].site")],
    );
}

#[test]
fn station_capacity_passes_with_as_many_students_as_stations() {
    // "introduced.station_capacity": session 0 has three students on line 0's three stations.
    assert_passes(&check_changed(|_| {}), "introduced.station_capacity");
}

#[test]
fn station_capacity_fires_at_the_first_session_of_an_overlap_between_sessions() {
    // "introduced.station_capacity": a fourth student joins line 0 at 11:00 while session 0 still
    // runs; sessions 0 and 2 run then, and session 0 started first.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((11, 0), (12, 30)),
            vec![student_k(4)],
            Some(SUPERVISOR),
        ))
    });
    assert_findings(
        &report,
        &[("introduced.station_capacity", "mode.sessions[0]")],
    );
    let v = the(&report, "introduced.station_capacity");
    assert_eq!(v.figure("actual"), Some("4 students"));
    assert_eq!(v.figure("at"), Some("2026-03-09 11:00"));
}

#[test]
fn station_capacity_passes_for_a_session_back_to_back_with_a_full_one() {
    // "introduced.station_capacity": the fourth student starts at 12:00, when session 0 ends.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((12, 0), (13, 0)),
            vec![student_k(4)],
            Some(SUPERVISOR),
        ))
    });
    assert_passes(&report, "introduced.station_capacity");
}

#[test]
fn station_capacity_fires_for_one_minute_of_overlap_with_a_full_session() {
    // "introduced.station_capacity": starting at 11:59 makes four students for one minute.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((11, 59), (13, 0)),
            vec![student_k(4)],
            Some(SUPERVISOR),
        ))
    });
    assert_findings(
        &report,
        &[("introduced.station_capacity", "mode.sessions[0]")],
    );
    assert_eq!(
        the(&report, "introduced.station_capacity").figure("at"),
        Some("2026-03-09 11:59")
    );
}

#[test]
fn station_capacity_counts_a_student_in_two_sessions_at_once_only_once() {
    // "introduced.station_capacity" does not fire: the student of both sessions holds one station.
    // The double booking is "introduced.session_overlap".
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((10, 0), (12, 30)),
            vec![STUDENT],
            Some(SUPERVISOR),
        ))
    });
    assert_findings(
        &report,
        &[("introduced.session_overlap", "mode.sessions[2]")],
    );
}

#[test]
fn station_capacity_is_reported_once_per_line_at_its_worst_moment() {
    // "introduced.station_capacity": line 1 takes three at 13:00 and four from 15:00; one
    // violation, at session 1 (running at 15:00 and started first).
    let report = check_changed(|m| {
        m.sessions[1].students.push(student_k(4));
        m.sessions.push(session(
            402,
            LINE_1,
            monday((15, 0), (17, 0)),
            vec![MINOR],
            Some(DUAL),
        ));
    });
    // MINOR (17 on 2026-03-09) on the machining cell is no "introduced.minor_hazard": moving
    // machinery is not among the hazards forbidden for minors (revision 2).
    assert_findings(
        &report,
        &[("introduced.station_capacity", "mode.sessions[1]")],
    );
    let v = the(&report, "introduced.station_capacity");
    assert_eq!(v.figure("actual"), Some("4 students"));
    assert_eq!(v.figure("at"), Some("2026-03-09 15:00"));
}

// ---------------------------------------------------------------------------------------------
// introduced.theory_and_practice
// ---------------------------------------------------------------------------------------------

#[test]
fn theory_and_practice_fires_for_a_plan_without_theory() {
    // "introduced.theory_and_practice": 0 h of theory (on-the-job share 100 %).
    let report = check_changed(|m| m.training_plan = TrainingPlan::new(0, 240));
    assert_findings(
        &report,
        &[("introduced.theory_and_practice", "mode.training_plan")],
    );
    let v = the(&report, "introduced.theory_and_practice");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("theory_hours"), Some("0 h"));
    assert_eq!(v.figure("on_the_job_hours"), Some("240 h"));
}

#[test]
fn theory_and_practice_fires_with_practice_share_for_a_plan_without_practice() {
    // "introduced.theory_and_practice" and "introduced.practice_share" (0 of 120 h) both hold
    // against a plan of theory only.
    let report = check_changed(|m| m.training_plan = TrainingPlan::new(120, 0));
    assert_findings(
        &report,
        &[
            ("introduced.practice_share", "mode.training_plan"),
            ("introduced.theory_and_practice", "mode.training_plan"),
        ],
    );
}

#[test]
fn theory_and_practice_passes_with_one_hour_of_theory() {
    // "introduced.theory_and_practice": more than zero of each.
    let report = check_changed(|m| m.training_plan = TrainingPlan::new(1, 240));
    assert_passes(&report, "introduced.theory_and_practice");
}

#[test]
fn theory_and_practice_fires_alone_for_an_empty_plan() {
    // "introduced.theory_and_practice"; "introduced.practice_share" is not evaluated at 0 of 0.
    let report = check_changed(|m| m.training_plan = TrainingPlan::default());
    assert_findings(
        &report,
        &[("introduced.theory_and_practice", "mode.training_plan")],
    );
}

// ---------------------------------------------------------------------------------------------
// introduced.practice_share
// ---------------------------------------------------------------------------------------------

#[test]
fn practice_share_warns_just_below_half() {
    // "introduced.practice_share": 120 of 241 h is below 50 % (120 × 1000 < 500 × 241).
    let report = check_changed(|m| m.training_plan = TrainingPlan::new(121, 120));
    assert_findings(
        &report,
        &[("introduced.practice_share", "mode.training_plan")],
    );
    let v = the(&report, "introduced.practice_share");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("50%"));
    assert_eq!(v.figure("actual"), Some("120 of 241 h"));
}

#[test]
fn practice_share_passes_at_exactly_half() {
    // "introduced.practice_share": 120 of 240 h is exactly 50 %.
    let report = check_changed(|m| m.training_plan = TrainingPlan::new(120, 120));
    assert_passes(&report, "introduced.practice_share");
}

// ---------------------------------------------------------------------------------------------
// introduced.session_instructor
// ---------------------------------------------------------------------------------------------

#[test]
fn session_instructor_fires_for_a_session_without_instructor() {
    // "introduced.session_instructor": session 0 has none.
    let report = check_changed(|m| m.sessions[0].instructor = None);
    assert_findings(
        &report,
        &[("introduced.session_instructor", "mode.sessions[0]")],
    );
    let v = the(&report, "introduced.session_instructor");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("instructor"), Some("missing"));
}

#[test]
fn session_instructor_fires_for_a_school_teacher_who_is_not_dual_qualified() {
    // "introduced.session_instructor": the fixture teacher is not dual-qualified.
    let report = check_changed(|m| m.sessions[1].instructor = Some(TEACHER));
    assert_findings(
        &report,
        &[("introduced.session_instructor", "mode.sessions[1]")],
    );
    let v = the(&report, "introduced.session_instructor");
    assert_eq!(v.figure("instructor"), Some(TEACHER.to_string().as_str()));
    assert_eq!(
        v.figure("employer"),
        Some(format!("school {SCHOOL} (not dual-qualified)").as_str())
    );
}

#[test]
fn session_instructor_fires_for_a_dual_qualified_teacher_of_another_school() {
    // "introduced.session_instructor": dual-qualified, but not of the agreement's school.
    let report = check_changed(|m| m.sessions[1].instructor = Some(DUAL_ELSEWHERE));
    assert_findings(
        &report,
        &[("introduced.session_instructor", "mode.sessions[1]")],
    );
    // The employer is named without "(not dual-qualified)": the teacher is, elsewhere.
    let v = the(&report, "introduced.session_instructor");
    assert_eq!(
        v.figure("employer"),
        Some(format!("school {OTHER_SCHOOL}").as_str())
    );
}

#[test]
fn session_instructor_fires_for_a_professional_of_another_enterprise() {
    // "introduced.session_instructor": employed by an enterprise that is not the agreement's.
    let report = check_changed(|m| m.sessions[0].instructor = Some(OTHER_PRO));
    assert_findings(
        &report,
        &[("introduced.session_instructor", "mode.sessions[0]")],
    );
}

#[test]
fn session_instructor_passes_for_the_enterprises_professional_and_a_dual_qualified_teacher() {
    // "introduced.session_instructor": session 0 by the supervisor, session 1 by DUAL.
    assert_passes(&check_changed(|_| {}), "introduced.session_instructor");
}

#[test]
fn session_instructor_is_not_judged_against_an_enterprise_that_does_not_resolve() {
    // The agreement names an enterprise the registry lacks: whether the school's teacher (not
    // dual-qualified) may instruct cannot be judged, so only the dangling id is reported.
    let mut m = model();
    m.sessions[1].instructor = Some(TEACHER);
    let mut a = agreement_with(m);
    a.enterprise = EnterpriseId::from_u128(999);
    let report = a.check(&world(), &Policy::cn());
    assert_findings(&report, &[("agreement.references_resolve", "enterprise")]);
}

#[test]
fn session_instructor_a_dangling_instructor_raises_only_references_resolve() {
    // Not "introduced.session_instructor": the session is left out of every other rule, even
    // with more students than stations.
    let report = check_changed(|m| {
        m.sessions[1].instructor = Some(InstructorId::from_u128(999));
        m.sessions[1].students.push(student_k(4));
    });
    assert_findings(
        &report,
        &[(
            "agreement.references_resolve",
            "mode.sessions[1].instructor",
        )],
    );
}

// ---------------------------------------------------------------------------------------------
// introduced.session_overlap
// ---------------------------------------------------------------------------------------------

#[test]
fn session_overlap_fires_at_the_later_session_naming_the_earlier() {
    // "introduced.session_overlap": student 2 is in session 1 (13:00–17:00) and in session 2
    // (16:00–18:00, line 0).
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((16, 0), (18, 0)),
            vec![student_k(2)],
            Some(SUPERVISOR),
        ))
    });
    assert_findings(
        &report,
        &[("introduced.session_overlap", "mode.sessions[2]")],
    );
    let v = the(&report, "introduced.session_overlap");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("earlier"), Some("mode.sessions[1]"));
    assert_eq!(v.figure("student"), Some(student_k(2).to_string().as_str()));
    assert_eq!(v.figure("time"), Some("2026-03-09 16:00–18:00"));
    assert_eq!(v.figure("earlier_time"), Some("2026-03-09 13:00–17:00"));
}

#[test]
fn session_overlap_orders_sessions_by_day_then_position() {
    // "introduced.session_overlap": session 2 (12:00–14:00) starts before session 1 (13:00) on
    // the same day; the catalogue's pair rule takes the earlier by first day, then path, so
    // session 1 is the earlier one and session 2 is reported.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((12, 0), (14, 0)),
            vec![student_k(2)],
            Some(SUPERVISOR),
        ))
    });
    assert_findings(
        &report,
        &[("introduced.session_overlap", "mode.sessions[2]")],
    );
    assert_eq!(
        the(&report, "introduced.session_overlap").figure("earlier"),
        Some("mode.sessions[1]")
    );
}

#[test]
fn session_overlap_compares_with_the_session_reaching_furthest() {
    // "introduced.session_overlap": student 2 is in session 1 (13:00–17:00), in session 2
    // (13:30–14:00) and in session 3 (15:00–16:00). Sessions 2 and 3 do not meet, but both lie
    // inside session 1: the sweep keeps session 1 as the one reaching furthest after session 2
    // ends, and reports both, each naming session 1.
    let report = check_changed(|m| {
        for (id, start, end) in [(402, (13, 30), (14, 0)), (403, (15, 0), (16, 0))] {
            m.sessions.push(session(
                id,
                LINE_0,
                monday(start, end),
                vec![student_k(2)],
                Some(SUPERVISOR),
            ));
        }
    });
    assert_findings(
        &report,
        &[
            ("introduced.session_overlap", "mode.sessions[2]"),
            ("introduced.session_overlap", "mode.sessions[3]"),
        ],
    );
    for v in report.iter() {
        assert_eq!(v.figure("earlier"), Some("mode.sessions[1]"), "{v}");
    }
}

#[test]
fn session_overlap_names_the_first_of_two_earlier_sessions_ending_together() {
    // "introduced.session_overlap": student 2 is in session 1 (13:00–17:00), session 2
    // (14:00–17:00) and session 3 (15:00–16:00). Session 3 overlaps both earlier ones; of the
    // two, ending at the same time, the earlier by first day, then path, is session 1.
    let report = check_changed(|m| {
        for (id, start) in [(402, (14, 0)), (403, (15, 0))] {
            let end = if id == 402 { (17, 0) } else { (16, 0) };
            m.sessions.push(session(
                id,
                LINE_0,
                monday(start, end),
                vec![student_k(2)],
                Some(SUPERVISOR),
            ));
        }
    });
    assert_findings(
        &report,
        &[
            ("introduced.session_overlap", "mode.sessions[2]"),
            ("introduced.session_overlap", "mode.sessions[3]"),
        ],
    );
    for v in report.iter() {
        assert_eq!(v.figure("earlier"), Some("mode.sessions[1]"), "{v}");
    }
}

#[test]
fn session_overlap_passes_for_back_to_back_sessions() {
    // "introduced.session_overlap": 17:00–18:00 starts when session 1 ends.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((17, 0), (18, 0)),
            vec![student_k(2)],
            Some(SUPERVISOR),
        ))
    });
    assert_passes(&report, "introduced.session_overlap");
}

#[test]
fn session_overlap_sees_a_session_past_midnight() {
    // "introduced.session_overlap": a night session 22:00–02:00 overlaps one at 01:00 the next day.
    let report = check_changed(|m| {
        m.sessions.push(session(
            402,
            LINE_0,
            monday((22, 0), (2, 0)),
            vec![student_k(4)],
            Some(SUPERVISOR),
        ));
        m.sessions.push(session(
            403,
            LINE_1,
            time((2026, 3, 10), (1, 0), (3, 0)),
            vec![student_k(4)],
            Some(DUAL),
        ));
    });
    assert_findings(
        &report,
        &[("introduced.session_overlap", "mode.sessions[3]")],
    );
}

#[test]
fn session_overlap_ignores_a_student_listed_twice_in_one_session() {
    // Not "introduced.session_overlap": one session, even if the student is written twice.
    let report = check_changed(|m| m.sessions[0].students.push(STUDENT));
    assert_passes(&report, "introduced.session_overlap");
}

// ---------------------------------------------------------------------------------------------
// introduced.equipment_shared
// ---------------------------------------------------------------------------------------------

#[test]
fn equipment_shared_warns_for_equipment_used_for_production_only() {
    // "introduced.equipment_shared": the CNC lathe does not serve teaching.
    let report =
        check_changed(|m| m.equipment[1].purposes = [Purpose::Production].into_iter().collect());
    assert_findings(
        &report,
        &[("introduced.equipment_shared", "mode.equipment[1]")],
    );
    let v = the(&report, "introduced.equipment_shared");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("purposes"), Some("production"));
    assert_eq!(v.figure("owner"), Some("school"));
}

#[test]
fn equipment_shared_warns_for_equipment_used_for_nothing() {
    // "introduced.equipment_shared": no purpose at all.
    let report = check_changed(|m| m.equipment[0].purposes.clear());
    assert_findings(
        &report,
        &[("introduced.equipment_shared", "mode.equipment[0]")],
    );
    assert_eq!(
        the(&report, "introduced.equipment_shared").figure("purposes"),
        Some("none")
    );
}

#[test]
fn equipment_shared_passes_for_equipment_serving_both() {
    // "introduced.equipment_shared": both pieces serve teaching and production.
    assert_passes(&check_changed(|_| {}), "introduced.equipment_shared");
}

#[test]
fn equipment_shared_equipment_on_an_unknown_line_raises_only_references_resolve() {
    // Not "introduced.equipment_shared": the line does not resolve.
    let report = check_changed(|m| {
        m.equipment[1].line = LineId::from_u128(999);
        m.equipment[1].purposes.clear();
    });
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.equipment[1].line")],
    );
}

// ---------------------------------------------------------------------------------------------
// introduced.registered_host
// ---------------------------------------------------------------------------------------------

fn not_separate(e: &mut Enterprise) {
    e.legal_status = LegalStatus::NotSeparate;
}

#[test]
fn registered_host_fires_at_a_work_placement_at_an_enterprise_not_separately_registered() {
    // "introduced.registered_host": the independent-work placement is at an enterprise run
    // inside the school.
    let report = agreement_with(model()).check(&world_with(not_separate), &Policy::cn());
    assert_findings(&report, &[("introduced.registered_host", "placements[0]")]);
    let v = the(&report, "introduced.registered_host");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(
        v.figure("enterprise"),
        Some(ENTERPRISE.to_string().as_str())
    );
}

#[test]
fn registered_host_passes_for_an_observation_visit() {
    // "introduced.registered_host": an observation visit is not a work placement.
    let mut a = agreement_with(model());
    a.placements[0].kind = PlacementKind::Observation;
    let report = a.check(&world_with(not_separate), &Policy::cn());
    assert_passes(&report, "introduced.registered_host");
}

#[test]
fn registered_host_passes_for_an_enterprise_registered_as_its_own_entity() {
    // "introduced.registered_host": the fixture enterprise is an entity of its own.
    assert_passes(&check_changed(|_| {}), "introduced.registered_host");
}

#[test]
fn registered_host_passes_with_no_placement() {
    // "introduced.registered_host": no work placement at the enterprise, nothing to ask.
    let mut a = agreement_with(model());
    a.placements.clear();
    let report = a.check(&world_with(not_separate), &Policy::cn());
    assert_passes(&report, "introduced.registered_host");
}

#[test]
fn registered_host_skips_a_later_duplicate_placement() {
    // "introduced.registered_host" fires once: the second placement with the same id is only
    // "agreement.unique_ids".
    let mut a = agreement_with(model());
    let mut twin = placement_at(DateRange::new(d(2026, 9, 1), d(2026, 12, 31)).unwrap());
    twin.id = PLACEMENT;
    a.placements.push(twin);
    let report = a.check(&world_with(not_separate), &Policy::cn());
    assert_findings(
        &report,
        &[
            ("introduced.registered_host", "placements[0]"),
            ("agreement.unique_ids", "placements[1]"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// introduced.minor_hazard
// ---------------------------------------------------------------------------------------------

/// Session 1 (the machining cell, with moving machinery) on `day` for student 2 and MINOR, born
/// on 2008-06-01, the cell having `hazards` as well.
fn minor_on_line_with(day: (i32, u32, u32), hazards: &[Hazard]) -> Report {
    check_changed(|m| {
        m.lines[1].hazards.extend(hazards.iter().copied());
        m.sessions[1].time = time(day, (13, 0), (17, 0));
        m.sessions[1].students = vec![student_k(2), MINOR];
    })
}

/// The machining cell with dust as well.
fn minor_on_machining_cell(day: (i32, u32, u32)) -> Report {
    minor_on_line_with(day, &[Hazard::Dust])
}

#[test]
fn minor_hazard_fires_the_day_before_the_eighteenth_birthday() {
    // "introduced.minor_hazard": MINOR is 17 on 2026-05-31; dust is forbidden for minors,
    // machinery is not, so only dust is named.
    let report = minor_on_machining_cell((2026, 5, 31));
    assert_findings(
        &report,
        &[("introduced.minor_hazard", "mode.sessions[1].students[1]")],
    );
    let v = the(&report, "introduced.minor_hazard");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("day"), Some("2026-05-31"));
    assert_eq!(v.figure("birth_date"), Some("2008-06-01"));
    assert_eq!(v.figure("limit"), Some("18 years"));
    assert_eq!(v.figure("hazards"), Some("dust"));
}

#[test]
fn minor_hazard_passes_on_the_eighteenth_birthday() {
    // "introduced.minor_hazard": MINOR turns 18 on 2026-06-01.
    assert_passes(
        &minor_on_machining_cell((2026, 6, 1)),
        "introduced.minor_hazard",
    );
}

#[test]
fn minor_hazard_passes_for_a_17_year_old_on_a_line_with_noise_and_machinery_only() {
    // Revision 2: only the hazards of hazards_forbidden_for_minors count; MINOR is 17 on
    // 2026-03-09, and the cell has machinery and noise, neither of them on the cn list.
    let report = minor_on_line_with((2026, 3, 9), &[Hazard::Noise]);
    assert_passes(&report, "introduced.minor_hazard");
}

#[test]
fn minor_hazard_fires_for_each_new_hazard_of_revision_2() {
    for hazard in [
        Hazard::ForcedPaceLineWork,
        Hazard::VibratingTools,
        Hazard::HeavyLifting,
    ] {
        let report = minor_on_line_with((2026, 3, 9), &[hazard]);
        assert_findings(
            &report,
            &[("introduced.minor_hazard", "mode.sessions[1].students[1]")],
        );
        assert_eq!(
            the(&report, "introduced.minor_hazard").figure("hazards"),
            Some(hazard.as_str())
        );
    }
}

#[test]
fn minor_hazard_passes_for_a_minor_on_a_line_without_hazard() {
    // "introduced.minor_hazard": line 0 has no hazard.
    let report = check_changed(|m| m.sessions[0].students[2] = MINOR);
    assert_passes(&report, "introduced.minor_hazard");
}

// ---------------------------------------------------------------------------------------------
// Agreement rules over the mode's elements
// ---------------------------------------------------------------------------------------------

#[test]
fn activity_within_term_fires_for_a_session_after_the_agreement_ends() {
    // "agreement.activity_within_term": 2027-03-01 is the day after the last valid day.
    let report = check_changed(|m| m.sessions[1].time = time((2027, 3, 1), (13, 0), (17, 0)));
    assert_findings(
        &report,
        &[("agreement.activity_within_term", "mode.sessions[1]")],
    );
    assert_eq!(
        the(&report, "agreement.activity_within_term").figure("dates"),
        Some("2027-03-01..=2027-03-01")
    );
}

#[test]
fn activity_within_term_passes_for_a_night_session_ending_on_the_last_valid_day() {
    // "agreement.activity_within_term": 2027-02-27 22:00 to 2027-02-28 02:00.
    let report = check_changed(|m| m.sessions[1].time = time((2027, 2, 27), (22, 0), (2, 0)));
    assert_passes(&report, "agreement.activity_within_term");
}

#[test]
fn activity_within_term_fires_for_a_night_session_ending_past_the_term() {
    // "agreement.activity_within_term": 2027-02-28 22:00 runs into 2027-03-01.
    let report = check_changed(|m| m.sessions[1].time = time((2027, 2, 28), (22, 0), (2, 0)));
    assert_findings(
        &report,
        &[("agreement.activity_within_term", "mode.sessions[1]")],
    );
}

#[test]
fn student_enrolled_fires_for_a_student_of_another_school_in_a_session() {
    // "agreement.student_enrolled": OUTSIDER belongs to the other school.
    let report = check_changed(|m| m.sessions[1].students[1] = OUTSIDER);
    assert_findings(
        &report,
        &[("agreement.student_enrolled", "mode.sessions[1].students[1]")],
    );
}

#[test]
fn student_enrolled_fires_for_a_session_after_graduation() {
    // "agreement.student_enrolled": the fixture students graduate on 2027-07-01; the agreement
    // runs to 2027-08-31 here.
    let mut m = model();
    m.sessions[0].time = time((2027, 7, 2), (8, 0), (12, 0));
    m.sessions[0].students = vec![STUDENT];
    let mut a = agreement_with(m);
    a.validity = DateRange::new(d(2026, 3, 1), d(2027, 8, 31)).unwrap();
    let report = a.check(&world(), &Policy::cn());
    assert_findings(
        &report,
        &[("agreement.student_enrolled", "mode.sessions[0].students[0]")],
    );
}

#[test]
fn references_resolve_fires_at_every_dangling_id_of_the_model() {
    // "agreement.references_resolve" at each field holding an unknown id; nothing else fires.
    let report = check_changed(|m| {
        m.sites[0].site = SiteId::from_u128(990);
        m.equipment[0].line = LineId::from_u128(991);
        m.sessions[0].line = LineId::from_u128(992);
        m.sessions[1].students[0] = StudentId::from_u128(993);
    });
    assert_findings(
        &report,
        &[
            ("agreement.references_resolve", "mode.equipment[0].line"),
            // Site A's lines now stand where the school allocates nothing: 800 m² on 0 m²,
            // reported at the site's first line.
            ("introduced.site_area", "mode.lines[0]"),
            ("agreement.references_resolve", "mode.sessions[0].line"),
            (
                "agreement.references_resolve",
                "mode.sessions[1].students[0]",
            ),
            ("agreement.references_resolve", "mode.sites[0].site"),
        ],
    );
}

#[test]
fn unique_ids_fires_for_two_lines_and_two_sessions_with_one_id() {
    // "agreement.unique_ids": the later holder of each id is reported, naming the earlier.
    let report = check_changed(|m| {
        m.lines[1].id = LINE_0;
        m.sessions[1].id = SessionId::from_u128(400);
    });
    let found = findings(&report);
    assert!(found.contains(&("agreement.unique_ids".into(), "mode.lines[1]".into())));
    assert!(found.contains(&("agreement.unique_ids".into(), "mode.sessions[1]".into())));
    let line = report
        .iter()
        .find(|v| v.path().to_string() == "mode.lines[1]")
        .unwrap();
    assert_eq!(line.figure("earlier"), Some("mode.lines[0]"));
}

// ---------------------------------------------------------------------------------------------
// Serde and paths
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_model_round_trips_through_json() {
    let a = agreement_with(model());
    let json = serde_json::to_string(&a).unwrap();
    let back: CooperationAgreement = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["mode"]["kind"], "introduced_enterprise");
    assert_eq!(value["mode"]["sessions"][0]["time"]["start"], "08:00");
}

#[test]
fn a_session_that_ends_where_it_starts_is_refused_in_json() {
    let a = agreement_with(model());
    let mut value = serde_json::to_value(&a).unwrap();
    value["mode"]["sessions"][0]["time"]["end"] = "08:00".into();
    let err = serde_json::from_value::<CooperationAgreement>(value).unwrap_err();
    assert!(err.to_string().contains("no time span"), "{err}");
}

#[test]
fn an_unknown_field_of_the_model_is_refused() {
    let mut value = serde_json::to_value(agreement_with(model())).unwrap();
    value["mode"]["lines"][0]["colour"] = "red".into();
    assert!(serde_json::from_value::<CooperationAgreement>(value).is_err());
}

#[test]
fn every_path_of_a_badly_broken_model_resolves_as_a_json_pointer() {
    let mut m = model();
    m.lines[0].site = SITE_X;
    m.lines[1].floor_area_m2 = 900;
    m.lines.push(
        ProductionLine::builder()
            .id(LineId::from_u128(202))
            .name(name("Orphan"))
            .site(SiteId::from_u128(999))
            .floor_area_m2(10)
            .stations(1)
            .build()
            .unwrap(),
    );
    m.equipment[0].purposes.clear();
    m.training_plan = TrainingPlan::new(0, 10);
    m.sessions[0].instructor = None;
    m.sessions[0].students.push(MINOR);
    m.sessions[0].line = LINE_1;
    m.lines[1].hazards.insert(Hazard::Dust);
    m.sessions[1].students.push(OUTSIDER);
    m.sessions[1].students.push(StudentId::from_u128(999));
    m.sessions.push(session(
        402,
        LINE_1,
        time((2027, 6, 1), (9, 0), (10, 0)),
        vec![STUDENT],
        Some(TEACHER),
    ));
    let mut a = agreement_with(m);
    a.signed_on = d(2026, 3, 5);
    let report = a.check(&world_with(not_separate), &Policy::cn());
    assert!(report.len() >= 12, "{report}");
    let json = serde_json::to_value(&a).unwrap();
    for v in &report {
        let pointer = v.path().to_json_pointer();
        assert!(
            json.pointer(&pointer).is_some(),
            "{pointer} does not resolve ({v})"
        );
    }
    for code in [
        "introduced.line_on_campus",
        "introduced.site_area",
        "introduced.station_capacity",
        "introduced.theory_and_practice",
        "introduced.session_instructor",
        "introduced.equipment_shared",
        "introduced.registered_host",
        "introduced.minor_hazard",
    ] {
        assert!(
            report.iter().any(|v| v.code().to_string() == code),
            "{code} missing:\n{report}"
        );
    }
}

#[test]
fn the_models_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<IntroducedEnterprise>();
    assert_send_sync::<SiteAllocation>();
    assert_send_sync::<ProductionLine>();
    assert_send_sync::<Equipment>();
    assert_send_sync::<Purpose>();
    assert_send_sync::<TrainingPlan>();
    assert_send_sync::<TrainingSession>();
    assert_send_sync::<SessionTime>();
}
