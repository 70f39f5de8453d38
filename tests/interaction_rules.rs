//! The 9 `interaction.*` rules: each fires on the smallest fault, with its exact code and path and
//! the figures it compared (worked out by hand from the catalogue), and the nearest valid
//! arrangement passes. Also the agreement rules over the mode's elements, the resource-sharing
//! summary, a JSON round trip and JSON Pointer paths.
//!
//! The valid world: the fixture agreement (valid 2026-03-01 to 2027-02-28) in interaction mode.
//! The enterprise provides base 0 (3 places, 2026-03-01 to 2026-12-31) and base 1 (2 places,
//! 2026-03-01 to 2026-07-15), CNC machining centres (delivered 2026-02-20) and steel bar stock
//! (delivered 2026-03-02); the school funds a workshop refit. The plan's professional course 0
//! (2026-03-02 to 2026-06-30, 120 h of which 80 practical) is taught 60 h by the school's teacher
//! and 60 h by the enterprise professional PRO (5 years in industry), and uses both deliveries;
//! general course 1 (same dates, 40 h, none practical) is taught by the teacher: 80 of 160 h are
//! practical, exactly 50 %. The school approved the plan on 2026-02-10, the enterprise on
//! 2026-03-02, the first course day. PRO is the professional assigned. Session 0 is at base 0 on
//! 2026-03-10 09:00–12:00 with three students, session 1 at base 1 13:00–16:00 with two.

mod common;

use common::*;
use school_enterprise::interaction::*;
use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// The world
// ---------------------------------------------------------------------------------------------

const BASE_0: BaseId = BaseId::from_u128(100);
const BASE_1: BaseId = BaseId::from_u128(101);
const MACHINES: ContributionId = ContributionId::from_u128(200);
const STEEL: ContributionId = ContributionId::from_u128(201);
const REFIT: ContributionId = ContributionId::from_u128(202);
const CNC: CourseId = CourseId::from_u128(300);
const MATHS: CourseId = CourseId::from_u128(301);
/// An enterprise professional with five years in industry.
const PRO: InstructorId = InstructorId::from_u128(25);
/// A professional of an enterprise that is not the agreement's.
const OTHER_PRO: InstructorId = InstructorId::from_u128(26);

fn student_k(k: usize) -> StudentId {
    extra_student(k)
}

fn world() -> Registry {
    let base = registry_with(5, |_| {});
    let mut instructors = base.instructors().to_vec();
    let mut pro = Instructor::new(PRO, name("Zhou Qiang"), Employer::Enterprise(ENTERPRISE));
    pro.industry_experience_years = 5;
    instructors.push(pro);
    let mut other = Instructor::new(
        OTHER_PRO,
        name("Ma Jun"),
        Employer::Enterprise(EnterpriseId::from_u128(12)),
    );
    other.industry_experience_years = 10;
    instructors.push(other);
    Registry::new(
        base.schools().to_vec(),
        base.enterprises().to_vec(),
        base.students().to_vec(),
        instructors,
    )
    .unwrap()
}

fn range(first: (i32, u32, u32), last: (i32, u32, u32)) -> DateRange {
    DateRange::new(d(first.0, first.1, first.2), d(last.0, last.1, last.2)).unwrap()
}

fn time(day: (i32, u32, u32), start: (u32, u32), end: (u32, u32)) -> SessionTime {
    SessionTime::new(d(day.0, day.1, day.2), t(start.0, start.1), t(end.0, end.1)).unwrap()
}

fn cny(yuan: u64) -> Money {
    Money::new(yuan * 100, Currency::CNY)
}

fn resource(
    id: ContributionId,
    side: Side,
    kind: ResourceKind,
    what: &str,
    quantity: u32,
    value: Money,
    delivered: (i32, u32, u32),
) -> Resource {
    let mut r = Resource::builder()
        .id(id)
        .side(side)
        .kind(kind)
        .description(name(what))
        .quantity(quantity)
        .value(value)
        .build()
        .unwrap();
    r.delivered_on = Some(d(delivered.0, delivered.1, delivered.2));
    r
}

fn course(
    id: CourseId,
    what: &str,
    kind: CourseKind,
    hours: (u32, u32),
    instructors: Vec<(InstructorId, u32)>,
    uses: Vec<ContributionId>,
) -> Course {
    let mut c = Course::builder()
        .id(id)
        .name(name(what))
        .kind(kind)
        .dates(range((2026, 3, 2), (2026, 6, 30)))
        .hours(CourseHours::new(hours.0, hours.1).unwrap())
        .build()
        .unwrap();
    c.instructors = instructors
        .into_iter()
        .map(|(who, hours)| Teaching::new(who, hours))
        .collect();
    c.uses = uses.into_iter().map(Into::into).collect();
    c
}

fn practical(
    id: u128,
    base: BaseId,
    time: SessionTime,
    students: Vec<StudentId>,
) -> PracticalSession {
    let mut s = PracticalSession::new(SessionId::from_u128(id), base, time);
    s.students = students;
    s
}

/// 2026-03-10 from `start` to `end`.
fn tuesday(start: (u32, u32), end: (u32, u32)) -> SessionTime {
    time((2026, 3, 10), start, end)
}

fn model() -> Interaction {
    let mut m = Interaction::new();
    m.bases.push(PracticeBase::new(
        BASE_0,
        name("CNC workshop"),
        3,
        range((2026, 3, 1), (2026, 12, 31)),
    ));
    m.bases.push(PracticeBase::new(
        BASE_1,
        name("Welding bay"),
        2,
        range((2026, 3, 1), (2026, 7, 15)),
    ));
    m.resources.push(resource(
        MACHINES,
        Side::Enterprise,
        ResourceKind::Equipment,
        "CNC machining centres",
        3,
        cny(1_800_000),
        (2026, 2, 20),
    ));
    m.resources.push(resource(
        STEEL,
        Side::Enterprise,
        ResourceKind::Material,
        "steel bar stock (tonnes)",
        2,
        cny(12_000),
        (2026, 3, 2),
    ));
    m.resources.push(resource(
        REFIT,
        Side::School,
        ResourceKind::Funding,
        "workshop refit",
        1,
        cny(200_000),
        (2026, 2, 1),
    ));
    let mut plan = TeachingPlan::new();
    plan.courses.push(course(
        CNC,
        "CNC machining",
        CourseKind::Professional,
        (120, 80),
        vec![(TEACHER, 60), (PRO, 60)],
        vec![MACHINES, STEEL],
    ));
    plan.courses.push(course(
        MATHS,
        "Technical mathematics",
        CourseKind::General,
        (40, 0),
        vec![(TEACHER, 40)],
        vec![],
    ));
    plan.approvals = Approvals::new(Some(d(2026, 2, 10)), Some(d(2026, 3, 2)));
    m.plan = Some(plan);
    m.professionals.push(PRO);
    m.sessions.push(practical(
        400,
        BASE_0,
        tuesday((9, 0), (12, 0)),
        vec![STUDENT, student_k(0), student_k(1)],
    ));
    m.sessions.push(practical(
        401,
        BASE_1,
        tuesday((13, 0), (16, 0)),
        vec![student_k(2), student_k(3)],
    ));
    m
}

fn agreement_with(model: Interaction) -> CooperationAgreement {
    let mut a = agreement();
    a.mode = Mode::Interaction(model);
    a
}

/// The model's plan.
fn plan(m: &mut Interaction) -> &mut TeachingPlan {
    m.plan.as_mut().unwrap()
}

/// The valid model changed by `change`, checked under `policy` against the world.
fn check_under(policy: &Policy, change: impl FnOnce(&mut Interaction)) -> Report {
    let mut m = model();
    change(&mut m);
    agreement_with(m).check(&world(), policy)
}

/// The valid model changed by `change`, checked under cn against the world.
fn check_changed(change: impl FnOnce(&mut Interaction)) -> Report {
    check_under(&Policy::cn(), change)
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

#[test]
fn the_valid_world_passes_every_rule() {
    assert_passes(&check_changed(|_| {}), "interaction.*");
}

#[test]
fn an_interaction_without_a_plan_lacks_approvals_and_enterprise_teaching() {
    // An absent plan is judged as an empty one: "interaction.plan_approved_by_both" (a plan
    // without courses needs both approvals) and "interaction.enterprise_teaching" (no hours).
    let report = agreement_with(Interaction::new()).check(&world(), &Policy::cn());
    assert_findings(
        &report,
        &[
            ("interaction.enterprise_teaching", "mode.plan"),
            ("interaction.plan_approved_by_both", "mode.plan"),
        ],
    );
    let approvals = report
        .with_code(RuleCode::InteractionPlanApprovedByBoth)
        .next()
        .unwrap();
    assert_eq!(approvals.figure("school"), Some("missing"));
    assert_eq!(approvals.figure("enterprise"), Some("missing"));
    assert_eq!(approvals.figure("first_day"), Some("no course"));
}

// ---------------------------------------------------------------------------------------------
// interaction.plan_approved_by_both
// ---------------------------------------------------------------------------------------------

#[test]
fn plan_approved_by_both_fires_for_an_enterprise_approval_a_day_after_the_first_course_starts() {
    // "interaction.plan_approved_by_both": approved by the enterprise on 2026-03-03.
    let report = check_changed(|m| plan(m).approvals.enterprise = Some(d(2026, 3, 3)));
    assert_findings(
        &report,
        &[("interaction.plan_approved_by_both", "mode.plan")],
    );
    let v = the(&report, "interaction.plan_approved_by_both");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("enterprise"), Some("2026-03-03"));
    assert_eq!(v.figure("school"), None);
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
}

#[test]
fn plan_approved_by_both_fires_for_a_missing_school_approval() {
    // "interaction.plan_approved_by_both": the school never approved.
    let report = check_changed(|m| plan(m).approvals.school = None);
    assert_findings(
        &report,
        &[("interaction.plan_approved_by_both", "mode.plan")],
    );
    assert_eq!(
        the(&report, "interaction.plan_approved_by_both").figure("school"),
        Some("missing")
    );
}

#[test]
fn plan_approved_by_both_passes_for_an_approval_on_the_first_course_day() {
    // "interaction.plan_approved_by_both": the enterprise approved on 2026-03-02.
    assert_passes(&check_changed(|_| {}), "interaction.plan_approved_by_both");
}

#[test]
fn plan_approved_by_both_reads_the_earliest_course_whatever_its_position() {
    // "interaction.plan_approved_by_both": course 1 now starts on 2026-03-01, before the
    // enterprise's approval.
    let report = check_changed(|m| {
        plan(m).courses[1].dates = range((2026, 3, 1), (2026, 6, 30));
    });
    assert_findings(
        &report,
        &[("interaction.plan_approved_by_both", "mode.plan")],
    );
    assert_eq!(
        the(&report, "interaction.plan_approved_by_both").figure("first_day"),
        Some("2026-03-01")
    );
}

#[test]
fn plan_approved_by_both_a_plan_without_courses_needs_both_approvals() {
    // "interaction.plan_approved_by_both": no course, and no enterprise approval. With no course
    // nobody teaches, so "interaction.enterprise_teaching" and
    // "interaction.professional_assigned" (PRO) fire too.
    let report = check_changed(|m| {
        plan(m).courses.clear();
        plan(m).approvals.enterprise = None;
    });
    assert_findings(
        &report,
        &[
            ("interaction.enterprise_teaching", "mode.plan"),
            ("interaction.plan_approved_by_both", "mode.plan"),
            ("interaction.professional_assigned", "mode.professionals[0]"),
        ],
    );
    let v = the(&report, "interaction.plan_approved_by_both");
    assert_eq!(v.figure("enterprise"), Some("missing"));
    assert_eq!(v.figure("first_day"), Some("no course"));
}

#[test]
fn plan_approved_by_both_passes_for_a_plan_without_courses_approved_by_both() {
    // "interaction.plan_approved_by_both": any approval date will do without a course.
    let report = check_changed(|m| {
        plan(m).courses.clear();
        plan(m).approvals = Approvals::new(Some(d(2026, 12, 1)), Some(d(2026, 12, 2)));
    });
    let found = findings(&report);
    assert!(!found
        .iter()
        .any(|(code, _)| code == "interaction.plan_approved_by_both"));
}

// ---------------------------------------------------------------------------------------------
// interaction.enterprise_teaching
// ---------------------------------------------------------------------------------------------

#[test]
fn enterprise_teaching_fires_when_only_school_teachers_teach() {
    // "interaction.enterprise_teaching": the teacher takes PRO's hours; nobody is assigned.
    let report = check_changed(|m| {
        plan(m).courses[0].instructors = vec![Teaching::new(TEACHER, 120)];
        m.professionals.clear();
    });
    assert_findings(&report, &[("interaction.enterprise_teaching", "mode.plan")]);
    let v = the(&report, "interaction.enterprise_teaching");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("actual"), Some("0 h"));
}

#[test]
fn enterprise_teaching_is_judged_beside_an_unknown_instructor_of_zero_hours() {
    // An unknown instructor listed for 0 hours teaches nothing, so who teaches can still be
    // judged: the teacher takes PRO's hours and "interaction.enterprise_teaching" fires beside
    // the dangling id's "agreement.references_resolve".
    let report = check_changed(|m| {
        plan(m).courses[0].instructors = vec![
            Teaching::new(TEACHER, 120),
            Teaching::new(InstructorId::from_u128(990), 0),
        ];
        m.professionals.clear();
    });
    let codes: Vec<String> = report.iter().map(|v| v.code().to_string()).collect();
    assert!(
        codes.contains(&"interaction.enterprise_teaching".to_owned()),
        "{report}"
    );
    assert!(
        codes.contains(&"agreement.references_resolve".to_owned()),
        "{report}"
    );
}

#[test]
fn enterprise_teaching_fires_for_a_professional_of_another_enterprise() {
    // "interaction.enterprise_teaching": OTHER_PRO is not employed by the agreement's enterprise.
    let report = check_changed(|m| {
        plan(m).courses[0].instructors =
            vec![Teaching::new(TEACHER, 60), Teaching::new(OTHER_PRO, 60)];
        m.professionals.clear();
    });
    assert_findings(&report, &[("interaction.enterprise_teaching", "mode.plan")]);
}

#[test]
fn enterprise_teaching_fires_for_a_professional_with_zero_hours() {
    // "interaction.enterprise_teaching": PRO is named with 0 h; as the professional assigned, PRO
    // is "interaction.professional_assigned" too.
    let report = check_changed(|m| plan(m).courses[0].instructors[1].hours = 0);
    assert_findings(
        &report,
        &[
            ("interaction.enterprise_teaching", "mode.plan"),
            ("interaction.professional_assigned", "mode.professionals[0]"),
        ],
    );
}

#[test]
fn enterprise_teaching_passes_with_one_hour_by_a_professional() {
    // "interaction.enterprise_teaching": more than zero.
    let report = check_changed(|m| {
        plan(m).courses[0].instructors = vec![Teaching::new(TEACHER, 119), Teaching::new(PRO, 1)];
    });
    assert_passes(&report, "interaction.enterprise_teaching");
}

// ---------------------------------------------------------------------------------------------
// interaction.enterprise_teaching_share
// ---------------------------------------------------------------------------------------------

fn half_by_enterprise() -> Policy {
    let mut policy = Policy::cn();
    policy.min_enterprise_teaching_share = Some(Share::percent(50).unwrap());
    policy
}

/// Course 0 taught `teacher` hours by the teacher and `pro` by PRO.
fn split(m: &mut Interaction, teacher: u32, pro: u32) {
    plan(m).courses[0].instructors = vec![Teaching::new(TEACHER, teacher), Teaching::new(PRO, pro)];
}

#[test]
fn enterprise_teaching_share_warns_below_the_policy_share_of_professional_hours() {
    // "interaction.enterprise_teaching_share": 59 of the professional course's 120 h (the general
    // course does not count) is below 50 %.
    let report = check_under(&half_by_enterprise(), |m| split(m, 61, 59));
    assert_findings(
        &report,
        &[("interaction.enterprise_teaching_share", "mode.plan")],
    );
    let v = the(&report, "interaction.enterprise_teaching_share");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("50%"));
    assert_eq!(v.figure("actual"), Some("59 of 120 h"));
}

#[test]
fn enterprise_teaching_share_passes_at_exactly_the_share() {
    // "interaction.enterprise_teaching_share": 60 of 120 h is 50 %.
    let report = check_under(&half_by_enterprise(), |_| {});
    assert_passes(&report, "interaction.enterprise_teaching_share");
}

#[test]
fn enterprise_teaching_share_is_off_under_cn() {
    // "interaction.enterprise_teaching_share": cn sets no share.
    assert_passes(
        &check_changed(|m| split(m, 119, 1)),
        "interaction.enterprise_teaching_share",
    );
}

#[test]
fn enterprise_teaching_share_is_skipped_when_enterprise_teaching_fires() {
    // Only "interaction.enterprise_teaching": 0 of 120 h is not reported twice.
    let report = check_under(&half_by_enterprise(), |m| {
        split(m, 120, 0);
        m.professionals.clear();
    });
    assert_findings(&report, &[("interaction.enterprise_teaching", "mode.plan")]);
}

// ---------------------------------------------------------------------------------------------
// interaction.practice_share
// ---------------------------------------------------------------------------------------------

#[test]
fn practice_share_warns_one_hour_below_half() {
    // "interaction.practice_share": 79 of 160 h is below 50 %.
    let report = check_changed(|m| {
        plan(m).courses[0].hours = CourseHours::new(120, 79).unwrap();
    });
    assert_findings(&report, &[("interaction.practice_share", "mode.plan")]);
    let v = the(&report, "interaction.practice_share");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("50%"));
    assert_eq!(v.figure("actual"), Some("79 of 160 h"));
}

#[test]
fn practice_share_passes_at_exactly_half() {
    // "interaction.practice_share": 80 of 160 h is exactly 50 %.
    assert_passes(&check_changed(|_| {}), "interaction.practice_share");
}

#[test]
fn practice_share_is_not_evaluated_for_a_plan_of_zero_hours() {
    // Not "interaction.practice_share": 0 of 0 h; the courses still name their instructors.
    let report = check_changed(|m| {
        for c in &mut plan(m).courses {
            c.hours = CourseHours::new(0, 0).unwrap();
        }
    });
    assert_passes(&report, "interaction.practice_share");
}

// ---------------------------------------------------------------------------------------------
// interaction.professional_experience
// ---------------------------------------------------------------------------------------------

fn experience(years: u32) -> Policy {
    let mut policy = Policy::cn();
    policy.min_industry_experience_years = Some(years);
    policy
}

#[test]
fn professional_experience_fires_for_a_professional_one_year_short() {
    // "interaction.professional_experience": PRO has 5 years, the policy asks 6; reported at
    // PRO's first teaching entry.
    let report = check_under(&experience(6), |_| {});
    assert_findings(
        &report,
        &[(
            "interaction.professional_experience",
            "mode.plan.courses[0].instructors[1]",
        )],
    );
    let v = the(&report, "interaction.professional_experience");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("6 years"));
    assert_eq!(v.figure("actual"), Some("5 years"));
    assert_eq!(v.figure("instructor"), Some(PRO.to_string().as_str()));
}

#[test]
fn professional_experience_passes_at_exactly_the_years_asked() {
    // "interaction.professional_experience": 5 years; the school's teacher (0 years) is no
    // enterprise professional.
    assert_passes(
        &check_under(&experience(5), |_| {}),
        "interaction.professional_experience",
    );
}

#[test]
fn professional_experience_is_off_under_cn() {
    // "interaction.professional_experience": cn sets no figure.
    assert_passes(
        &check_changed(|_| {}),
        "interaction.professional_experience",
    );
}

#[test]
fn professional_experience_reports_a_professional_once_over_several_courses() {
    // "interaction.professional_experience": PRO teaches both courses; one violation, at the first
    // entry with hours.
    let report = check_under(&experience(6), |m| {
        plan(m).courses[1].instructors = vec![Teaching::new(TEACHER, 20), Teaching::new(PRO, 20)];
        plan(m).courses[0].instructors[1].hours = 0;
        plan(m).courses[0].instructors[0].hours = 120;
    });
    assert_findings(
        &report,
        &[(
            "interaction.professional_experience",
            "mode.plan.courses[1].instructors[1]",
        )],
    );
}

// ---------------------------------------------------------------------------------------------
// interaction.professional_assigned
// ---------------------------------------------------------------------------------------------

#[test]
fn professional_assigned_warns_for_a_listed_professional_who_teaches_nothing() {
    // "interaction.professional_assigned": the supervisor is listed but teaches no course.
    let report = check_changed(|m| m.professionals.push(SUPERVISOR));
    assert_findings(
        &report,
        &[("interaction.professional_assigned", "mode.professionals[1]")],
    );
    let v = the(&report, "interaction.professional_assigned");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(
        v.figure("instructor"),
        Some(SUPERVISOR.to_string().as_str())
    );
    assert_eq!(v.figure("actual"), Some("0 h"));
}

#[test]
fn professional_assigned_passes_for_a_listed_professional_who_teaches() {
    // "interaction.professional_assigned": PRO teaches 60 h.
    assert_passes(&check_changed(|_| {}), "interaction.professional_assigned");
}

#[test]
fn professional_assigned_warns_without_a_plan() {
    // "interaction.professional_assigned": no plan, so PRO teaches nothing; the absent plan
    // also lacks its approvals and its enterprise teaching.
    let report = check_changed(|m| m.plan = None);
    assert_findings(
        &report,
        &[
            ("interaction.enterprise_teaching", "mode.plan"),
            ("interaction.plan_approved_by_both", "mode.plan"),
            ("interaction.professional_assigned", "mode.professionals[0]"),
        ],
    );
}

#[test]
fn professional_assigned_fires_for_a_listed_school_teacher() {
    // "interaction.professional_assigned": a school teacher listed as an enterprise professional
    // is in the wrong role, which this rule reports.
    let report = check_changed(|m| {
        m.professionals.push(TEACHER);
        plan(m).courses[0].instructors = vec![Teaching::new(PRO, 120)];
        plan(m).courses[1].instructors = vec![Teaching::new(PRO, 40)];
    });
    assert_findings(
        &report,
        &[("interaction.professional_assigned", "mode.professionals[1]")],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(
        v.figure("employer"),
        Some(format!("school {SCHOOL}").as_str())
    );
}

// ---------------------------------------------------------------------------------------------
// interaction.base_capacity
// ---------------------------------------------------------------------------------------------

#[test]
fn base_capacity_fires_for_one_student_more_than_the_places() {
    // "interaction.base_capacity": three students at base 1, which takes two.
    let report = check_changed(|m| m.sessions[1].students.push(student_k(4)));
    assert_findings(
        &report,
        &[("interaction.base_capacity", "mode.sessions[1]")],
    );
    let v = the(&report, "interaction.base_capacity");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("base"), Some("mode.bases[1]"));
    assert_eq!(v.figure("limit"), Some("2 students"));
    assert_eq!(v.figure("actual"), Some("3 students"));
    assert_eq!(v.figure("at"), Some("2026-03-10 13:00"));
}

#[test]
fn base_capacity_passes_with_as_many_students_as_places() {
    // "interaction.base_capacity": base 0 takes three, session 0 has three.
    assert_passes(&check_changed(|_| {}), "interaction.base_capacity");
}

#[test]
fn base_capacity_fires_at_the_first_session_of_an_overlap() {
    // "interaction.base_capacity": a fourth student at base 0 from 11:00, while session 0 runs.
    let report = check_changed(|m| {
        m.sessions.push(practical(
            402,
            BASE_0,
            tuesday((11, 0), (13, 0)),
            vec![student_k(4)],
        ))
    });
    assert_findings(
        &report,
        &[("interaction.base_capacity", "mode.sessions[0]")],
    );
    let v = the(&report, "interaction.base_capacity");
    assert_eq!(v.figure("actual"), Some("4 students"));
    assert_eq!(v.figure("at"), Some("2026-03-10 11:00"));
}

#[test]
fn base_capacity_passes_for_back_to_back_sessions() {
    // "interaction.base_capacity": the fourth student arrives at 12:00, when session 0 ends.
    let report = check_changed(|m| {
        m.sessions.push(practical(
            402,
            BASE_0,
            tuesday((12, 0), (13, 0)),
            vec![student_k(4)],
        ))
    });
    assert_passes(&report, "interaction.base_capacity");
}

#[test]
fn base_capacity_counts_distinct_students() {
    // "interaction.base_capacity" does not fire: the same student in two overlapping sessions at
    // base 1 takes one place.
    let report = check_changed(|m| {
        m.sessions.push(practical(
            402,
            BASE_1,
            tuesday((14, 0), (17, 0)),
            vec![student_k(2)],
        ))
    });
    assert_passes(&report, "interaction.base_capacity");
}

// ---------------------------------------------------------------------------------------------
// interaction.base_available
// ---------------------------------------------------------------------------------------------

#[test]
fn base_available_fires_for_a_session_the_day_after_the_base_is_provided() {
    // "interaction.base_available": base 1 is provided until 2026-07-15.
    let report = check_changed(|m| m.sessions[1].time = time((2026, 7, 16), (13, 0), (16, 0)));
    assert_findings(
        &report,
        &[("interaction.base_available", "mode.sessions[1]")],
    );
    let v = the(&report, "interaction.base_available");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("dates"), Some("2026-07-16..=2026-07-16"));
    assert_eq!(v.figure("provided"), Some("2026-03-01..=2026-07-15"));
}

#[test]
fn base_available_passes_on_the_last_day_the_base_is_provided() {
    // "interaction.base_available": 2026-07-15 is the base's last day.
    let report = check_changed(|m| m.sessions[1].time = time((2026, 7, 15), (13, 0), (16, 0)));
    assert_passes(&report, "interaction.base_available");
}

#[test]
fn base_available_fires_for_a_night_session_running_past_the_last_day() {
    // "interaction.base_available": 2026-07-15 22:00 to 2026-07-16 01:00.
    let report = check_changed(|m| m.sessions[1].time = time((2026, 7, 15), (22, 0), (1, 0)));
    assert_findings(
        &report,
        &[("interaction.base_available", "mode.sessions[1]")],
    );
}

// ---------------------------------------------------------------------------------------------
// interaction.delivered_before_use
// ---------------------------------------------------------------------------------------------

#[test]
fn delivered_before_use_fires_for_equipment_delivered_after_the_course_starts() {
    // "interaction.delivered_before_use": the machining centres arrive on 2026-03-03, the course
    // starts on 2026-03-02.
    let report = check_changed(|m| m.resources[0].delivered_on = Some(d(2026, 3, 3)));
    assert_findings(
        &report,
        &[(
            "interaction.delivered_before_use",
            "mode.plan.courses[0].uses[0]",
        )],
    );
    let v = the(&report, "interaction.delivered_before_use");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("delivered_on"), Some("2026-03-03"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
    assert_eq!(
        v.figure("contribution"),
        Some(MACHINES.to_string().as_str())
    );
}

#[test]
fn delivered_before_use_fires_for_a_contribution_with_no_delivery_date() {
    // "interaction.delivered_before_use": the steel has no delivery scheduled.
    let report = check_changed(|m| m.resources[1].delivered_on = None);
    assert_findings(
        &report,
        &[(
            "interaction.delivered_before_use",
            "mode.plan.courses[0].uses[1]",
        )],
    );
    assert_eq!(
        the(&report, "interaction.delivered_before_use").figure("delivered_on"),
        Some("missing")
    );
}

#[test]
fn delivered_before_use_passes_for_a_delivery_on_the_courses_first_day() {
    // "interaction.delivered_before_use": the steel arrives on 2026-03-02.
    assert_passes(&check_changed(|_| {}), "interaction.delivered_before_use");
}

#[test]
fn delivered_before_use_ignores_contributions_no_course_uses() {
    // Not "interaction.delivered_before_use": the refit funding is used by no course.
    let report = check_changed(|m| m.resources[2].delivered_on = None);
    assert_passes(&report, "interaction.delivered_before_use");
}

/// Staged deliveries (revision 2): course 0 needs the steel (use 1) from 2026-04-15, and the steel
/// arrives on `delivered`.
fn steel_needed_from_mid_april(delivered: chrono::NaiveDate) -> Report {
    check_changed(|m| {
        m.resources[1].delivered_on = Some(delivered);
        plan(m).courses[0].uses[1] = ResourceUse::needed_on(STEEL, d(2026, 4, 15));
    })
}

#[test]
fn delivered_before_use_fires_for_a_staged_batch_delivered_the_day_after_it_is_needed() {
    let report = steel_needed_from_mid_april(d(2026, 4, 16));
    assert_findings(
        &report,
        &[(
            "interaction.delivered_before_use",
            "mode.plan.courses[0].uses[1]",
        )],
    );
    let v = the(&report, "interaction.delivered_before_use");
    assert_eq!(v.figure("delivered_on"), Some("2026-04-16"));
    assert_eq!(v.figure("first_day"), Some("2026-03-02"));
    assert_eq!(v.figure("needed_on"), Some("2026-04-15"));
    assert_eq!(v.figure("contribution"), Some(STEEL.to_string().as_str()));
}

#[test]
fn delivered_before_use_passes_for_a_staged_batch_delivered_on_the_day_it_is_needed() {
    assert_passes(
        &steel_needed_from_mid_april(d(2026, 4, 15)),
        "interaction.delivered_before_use",
    );
}

#[test]
fn delivered_before_use_judges_the_first_day_when_the_named_day_is_earlier() {
    // The later of the first day (2026-03-02) and the named day (2026-02-01) is the first day.
    let report = check_changed(|m| {
        m.resources[1].delivered_on = Some(d(2026, 3, 3));
        plan(m).courses[0].uses[1] = ResourceUse::needed_on(STEEL, d(2026, 2, 1));
    });
    assert_findings(
        &report,
        &[(
            "interaction.delivered_before_use",
            "mode.plan.courses[0].uses[1]",
        )],
    );
    assert_eq!(
        the(&report, "interaction.delivered_before_use").figure("needed_on"),
        Some("2026-02-01")
    );
}

#[test]
fn delivered_before_use_judges_the_earliest_delivery_of_a_resource() {
    // The steel listed first arrives on 2026-03-10, after the first day; a second entry with its
    // id arrives on 2026-03-01. The earliest delivery is judged: only the shared id is reported,
    // at the entry delivered later (earlier = by first day, then path).
    let report = check_changed(|m| {
        let mut early = m.resources[1].clone();
        m.resources[1].delivered_on = Some(d(2026, 3, 10));
        early.delivered_on = Some(d(2026, 3, 1));
        m.resources.push(early);
    });
    assert_findings(&report, &[("agreement.unique_ids", "mode.resources[1]")]);
}

#[test]
fn course_uses_read_from_revision_1_json_and_staged_uses_round_trip() {
    let mut m = model();
    plan(&mut m).courses[0].uses[1] = ResourceUse::needed_on(STEEL, d(2026, 4, 15));
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(
        json["plan"]["courses"][0]["uses"],
        serde_json::json!([
            MACHINES.to_string(),
            {"resource": STEEL.to_string(), "needed_on": "2026-04-15"}
        ])
    );
    let back: Interaction = serde_json::from_value(json).unwrap();
    assert_eq!(back, m);
}

// ---------------------------------------------------------------------------------------------
// Agreement rules over the mode's elements
// ---------------------------------------------------------------------------------------------

#[test]
fn activity_within_term_fires_for_a_course_past_the_agreement() {
    // "agreement.activity_within_term": course 1 runs to 2027-03-01, a day past the term.
    let report = check_changed(|m| plan(m).courses[1].dates = range((2027, 1, 4), (2027, 3, 1)));
    assert_findings(
        &report,
        &[("agreement.activity_within_term", "mode.plan.courses[1]")],
    );
}

#[test]
fn activity_within_term_fires_for_a_practical_session_before_the_agreement() {
    // "agreement.activity_within_term": 2026-02-28 is the day before the term; base 0 is not
    // provided yet either.
    let report = check_changed(|m| m.sessions[0].time = time((2026, 2, 28), (9, 0), (12, 0)));
    assert_findings(
        &report,
        &[
            ("agreement.activity_within_term", "mode.sessions[0]"),
            ("interaction.base_available", "mode.sessions[0]"),
        ],
    );
}

#[test]
fn student_enrolled_fires_for_a_student_of_another_school_in_a_practical_session() {
    // "agreement.student_enrolled": OUTSIDER belongs to the other school.
    let report = check_changed(|m| m.sessions[1].students[0] = OUTSIDER);
    assert_findings(
        &report,
        &[("agreement.student_enrolled", "mode.sessions[1].students[0]")],
    );
}

#[test]
fn a_dangling_teacher_raises_only_references_resolve() {
    // The only enterprise professional's teaching entry names an unknown instructor: who teaches
    // cannot be judged, so "interaction.enterprise_teaching" does not fire as well.
    let report = check_changed(|m| {
        for course in &mut plan(m).courses {
            for t in &mut course.instructors {
                if t.instructor == PRO {
                    t.instructor = InstructorId::from_u128(990);
                }
            }
        }
        m.professionals.clear();
    });
    let codes: Vec<String> = report.iter().map(|v| v.code().to_string()).collect();
    assert!(
        codes.iter().all(|c| c == "agreement.references_resolve"),
        "{report}"
    );
    assert!(!codes.is_empty());
}

#[test]
fn references_resolve_fires_at_every_dangling_id_of_the_model() {
    // "agreement.references_resolve" at each field holding an unknown id. The dangling base
    // leaves session 1 out of every other rule; the dangling instructor and resource are left out
    // of course 0's teaching and deliveries.
    let report = check_changed(|m| {
        plan(m).courses[0].instructors[0].instructor = InstructorId::from_u128(990);
        plan(m).courses[0].uses[0] = ContributionId::from_u128(991).into();
        m.professionals.push(InstructorId::from_u128(992));
        m.sessions[1].base = BaseId::from_u128(993);
        m.sessions[1].students.push(OUTSIDER);
        m.sessions[0].students[2] = StudentId::from_u128(994);
    });
    assert_findings(
        &report,
        &[
            (
                "agreement.references_resolve",
                "mode.plan.courses[0].instructors[0].instructor",
            ),
            (
                "agreement.references_resolve",
                "mode.plan.courses[0].uses[0]",
            ),
            ("agreement.references_resolve", "mode.professionals[1]"),
            (
                "agreement.references_resolve",
                "mode.sessions[0].students[2]",
            ),
            ("agreement.references_resolve", "mode.sessions[1].base"),
        ],
    );
}

#[test]
fn unique_ids_fires_for_two_courses_with_one_id() {
    // "agreement.unique_ids": course 1 reuses course 0's id.
    let report = check_changed(|m| plan(m).courses[1].id = CNC);
    assert_findings(&report, &[("agreement.unique_ids", "mode.plan.courses[1]")]);
    assert_eq!(
        the(&report, "agreement.unique_ids").figure("earlier"),
        Some("mode.plan.courses[0]")
    );
}

// ---------------------------------------------------------------------------------------------
// Resource sharing
// ---------------------------------------------------------------------------------------------

#[test]
fn resource_sharing_sums_what_each_side_contributes() {
    let sharing = ResourceSharing::of(&agreement_with(model()), &world()).unwrap();
    let enterprise = &sharing.enterprise;
    assert_eq!((enterprise.bases, enterprise.base_places), (2, 5));
    assert_eq!(
        (enterprise.equipment.entries, enterprise.equipment.quantity),
        (1, 3)
    );
    assert_eq!(enterprise.equipment.value, vec![cny(1_800_000)]);
    assert_eq!(enterprise.material.value, vec![cny(12_000)]);
    assert!(enterprise.funding.is_empty());
    assert_eq!(enterprise.teaching_hours, 60);
    let school = sharing.side(Side::School);
    assert_eq!((school.bases, school.base_places), (0, 0));
    assert!(school.equipment.is_empty() && school.material.is_empty());
    assert_eq!(school.funding.value, vec![cny(200_000)]);
    assert_eq!(school.teaching_hours, 100);
    assert_eq!(sharing.other_teaching_hours, 0);
}

#[test]
fn resource_sharing_keeps_currencies_apart_and_counts_other_instructors_apart() {
    let mut m = model();
    m.resources.push(resource(
        ContributionId::from_u128(203),
        Side::Enterprise,
        ResourceKind::Equipment,
        "robot arm",
        1,
        Money::new(40_000_00, Currency::EUR),
        (2026, 2, 1),
    ));
    m.resources.push(resource(
        ContributionId::from_u128(204),
        Side::Enterprise,
        ResourceKind::Equipment,
        "tool cabinets",
        4,
        cny(20_000),
        (2026, 2, 1),
    ));
    plan(&mut m).courses[1]
        .instructors
        .push(Teaching::new(OTHER_PRO, 8));
    let sharing = ResourceSharing::of(&agreement_with(m), &world()).unwrap();
    let equipment = &sharing.enterprise.equipment;
    assert_eq!((equipment.entries, equipment.quantity), (3, 8));
    // Ordered by currency: CNY before EUR.
    assert_eq!(
        equipment.value,
        vec![cny(1_820_000), Money::new(40_000_00, Currency::EUR)]
    );
    assert_eq!(sharing.other_teaching_hours, 8);
    let text = sharing.to_string();
    assert!(
        text.contains("3 contribution(s), 8 unit(s), worth 1820000.00 CNY + 40000.00 EUR"),
        "{text}"
    );
    assert!(text.contains("other instructors teach 8 h"), "{text}");
}

#[test]
fn resource_sharing_is_for_interaction_agreements_only() {
    let mut a = agreement();
    a.mode = Mode::IntroducedEnterprise(introduced::IntroducedEnterprise::new());
    assert_eq!(ResourceSharing::of(&a, &world()), None);
    let empty = ResourceSharing::of(&agreement_with(Interaction::new()), &world()).unwrap();
    assert_eq!(empty, ResourceSharing::default());
}

#[test]
fn resource_sharing_round_trips_through_json() {
    let sharing = ResourceSharing::of(&agreement_with(model()), &world()).unwrap();
    let json = serde_json::to_string(&sharing).unwrap();
    let back: ResourceSharing = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sharing);
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
    assert_eq!(value["mode"]["kind"], "interaction");
    assert_eq!(
        value["mode"]["plan"]["courses"][0]["hours"]["practical"],
        80
    );
}

#[test]
fn practical_hours_above_total_are_refused_in_json() {
    let mut value = serde_json::to_value(agreement_with(model())).unwrap();
    value["mode"]["plan"]["courses"][1]["hours"]["practical"] = 41.into();
    let err = serde_json::from_value::<CooperationAgreement>(value).unwrap_err();
    assert!(
        err.to_string().contains("41 practical hours exceed"),
        "{err}"
    );
}

#[test]
fn the_placeholder_json_form_still_reads() {
    // `{"kind": "interaction"}` with nothing else is an empty interaction.
    let mut value = serde_json::to_value(agreement()).unwrap();
    value["mode"] = serde_json::json!({ "kind": "interaction" });
    let a: CooperationAgreement = serde_json::from_value(value).unwrap();
    assert_eq!(a.mode, Mode::Interaction(Interaction::new()));
}

#[test]
fn every_path_of_a_badly_broken_model_resolves_as_a_json_pointer() {
    let mut m = model();
    plan(&mut m).approvals = Approvals::default();
    plan(&mut m).courses[0].instructors = vec![Teaching::new(TEACHER, 120)];
    plan(&mut m).courses[0].hours = CourseHours::new(120, 10).unwrap();
    plan(&mut m).courses[1].dates = range((2027, 1, 4), (2027, 3, 31));
    m.resources[0].delivered_on = None;
    m.professionals.push(SUPERVISOR);
    m.professionals.push(InstructorId::from_u128(999));
    m.sessions[0].students.push(student_k(4));
    m.sessions[0].students.push(OUTSIDER);
    m.sessions[1].time = time((2026, 8, 1), (13, 0), (16, 0));
    m.sessions[1].students.push(StudentId::from_u128(998));
    let a = agreement_with(m);
    let report = a.check(&world(), &Policy::cn());
    assert!(report.len() >= 11, "{report}");
    let json = serde_json::to_value(&a).unwrap();
    for v in &report {
        let pointer = v.path().to_json_pointer();
        assert!(
            json.pointer(&pointer).is_some(),
            "{pointer} does not resolve ({v})"
        );
    }
    for code in [
        "interaction.plan_approved_by_both",
        "interaction.enterprise_teaching",
        "interaction.practice_share",
        "interaction.professional_assigned",
        "interaction.base_capacity",
        "interaction.base_available",
        "interaction.delivered_before_use",
        "agreement.activity_within_term",
        "agreement.student_enrolled",
        "agreement.references_resolve",
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
    assert_send_sync::<Interaction>();
    assert_send_sync::<PracticeBase>();
    assert_send_sync::<Resource>();
    assert_send_sync::<ResourceKind>();
    assert_send_sync::<TeachingPlan>();
    assert_send_sync::<Approvals>();
    assert_send_sync::<Course>();
    assert_send_sync::<CourseKind>();
    assert_send_sync::<CourseHours>();
    assert_send_sync::<Teaching>();
    assert_send_sync::<PracticalSession>();
    assert_send_sync::<ResourceSharing>();
    assert_send_sync::<SideContribution>();
    assert_send_sync::<Tally>();
}

#[test]
fn an_unknown_enterprise_leaves_the_listed_professionals_unjudged() {
    // The agreement's enterprise does not resolve: whether PRO is one of its professionals cannot
    // be judged, so "interaction.professional_assigned" does not fire ("No cascades"); the
    // dangling id is "agreement.references_resolve"'s, at the agreement's `enterprise`.
    let mut agreement = agreement_with(model());
    agreement.enterprise = EnterpriseId::from_u128(991);
    let report = agreement.check(&world(), &Policy::cn());
    let found: Vec<(String, String)> = report
        .iter()
        .map(|v| (v.code().to_string(), v.path().to_string()))
        .collect();
    assert!(
        found
            .iter()
            .all(|(code, _)| code != "interaction.professional_assigned"),
        "{report}"
    );
    assert!(
        found.contains(&(
            "agreement.references_resolve".to_owned(),
            "enterprise".to_owned()
        )),
        "{report}"
    );
}
