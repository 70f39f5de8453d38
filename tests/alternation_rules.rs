//! The 12 `alternation.*` rules of a work-study rotation, with the agreement rules over its
//! elements: each fires on the smallest fault, with its exact code and path and the figures it
//! compared (worked out by hand from the catalogue), and the nearest valid rotation passes.
//!
//! The fixture rotation: a cohort of four students (Mechatronics, grade 2024, enrolled 2024-09-01,
//! graduating 2027-07-01) in two groups, A = [s0, s1] and B = [s2, s3]. Period 0 runs from
//! 2026-03-02 to 2026-07-10 (131 days) with A at school and B at the fixture enterprise; period 1
//! from 2026-09-01 to 2027-01-15 (137 days) with A at the enterprise and B at school (a gap of 52
//! days). The enterprise offers 2 places. Each student at the enterprise holds a work placement
//! covering the period: placements[0] and [1] for s2 and s3 in period 0, placements[2] and [3] for
//! s0 and s1 in period 1. The agreement runs from 2026-03-01 to 2027-02-28.

mod common;

use chrono::NaiveDate;
use common::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

// ---------------------------------------------------------------------------------------------
// The world
// ---------------------------------------------------------------------------------------------

/// A second host, with a post and a supervisor of its own.
const HOST_B: EnterpriseId = EnterpriseId::from_u128(12);
const POST_B: PostId = PostId::from_u128(13);
const SUPERVISOR_B: InstructorId = InstructorId::from_u128(22);
/// A student of the fixture school made to order by [`world_with`].
const PUPIL: StudentId = StudentId::from_u128(33);
/// An id nothing has.
const UNKNOWN: u128 = 999;

const GROUP_A: GroupId = GroupId::from_u128(200);
const GROUP_B: GroupId = GroupId::from_u128(201);
const GROUP_C: GroupId = GroupId::from_u128(202);
const GROUP_D: GroupId = GroupId::from_u128(203);

/// The `k`-th student of the cohort (the fixture's extra students: Mechatronics, grade 2024, born
/// 2006-01-15).
fn s(k: usize) -> StudentId {
    extra_student(k)
}

/// The fixture registry with six extra students, a second host and its supervisor, and PUPIL
/// (a cohort-like student born 2006-01-15) changed by `pupil`.
fn world_with(pupil: impl FnOnce(&mut Student)) -> Registry {
    let base = registry_with(6, |_| {});
    let mut enterprises = base.enterprises().to_vec();
    let mut b = enterprise();
    b.id = HOST_B;
    b.name = name("Eastern Gear Works");
    b.posts[0].id = POST_B;
    enterprises.push(b);
    let mut instructors = base.instructors().to_vec();
    instructors.push(Instructor::new(
        SUPERVISOR_B,
        name("Zhou Ping"),
        Employer::Enterprise(HOST_B),
    ));
    let mut students = base.students().to_vec();
    let mut extra = student(PUPIL, SCHOOL, d(2006, 1, 15));
    pupil(&mut extra);
    students.push(extra);
    Registry::new(base.schools().to_vec(), enterprises, students, instructors).unwrap()
}

fn world() -> Registry {
    world_with(|_| {})
}

fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

fn p0() -> DateRange {
    range(d(2026, 3, 2), d(2026, 7, 10))
}

fn p1() -> DateRange {
    range(d(2026, 9, 1), d(2027, 1, 15))
}

/// A third period, 2027-02-22 to 2027-06-30 (129 days), for agreements valid to 2027-06-30.
fn p2() -> DateRange {
    range(d(2027, 2, 22), d(2027, 6, 30))
}

fn school(group: GroupId) -> GroupSetting {
    GroupSetting::new(group, Setting::School)
}

fn at(group: GroupId, host: EnterpriseId) -> GroupSetting {
    GroupSetting::new(group, Setting::at(host))
}

fn period(id: u128, dates: DateRange, settings: Vec<GroupSetting>) -> Period {
    let mut p = Period::new(PeriodId::from_u128(id), dates);
    p.settings = settings;
    p
}

/// A work placement (the fixture's: independent work, documents in time) of `student` at `host`.
fn work(id: u128, student: StudentId, host: EnterpriseId, dates: DateRange) -> Placement {
    let mut p = placement_at(dates);
    p.id = PlacementId::from_u128(id);
    p.student = student;
    if host == HOST_B {
        p.host = HOST_B;
        p.post = POST_B;
        p.supervisor = Some(SUPERVISOR_B);
    } else {
        p.host = host;
    }
    p
}

fn fixture_rotation() -> Rotation {
    let cohort = Cohort::new(name("Mechatronics"), 2024, (0..4).map(s).collect());
    let mut r = Rotation::for_cohort(cohort, RotationUnit::Semester);
    r.groups = vec![
        Group::new(GROUP_A, vec![s(0), s(1)]),
        Group::new(GROUP_B, vec![s(2), s(3)]),
    ];
    r.periods = vec![
        period(300, p0(), vec![school(GROUP_A), at(GROUP_B, ENTERPRISE)]),
        period(301, p1(), vec![at(GROUP_A, ENTERPRISE), school(GROUP_B)]),
    ];
    r.places = vec![HostPlaces::new(ENTERPRISE, 2)];
    r
}

fn fixture_placements() -> Vec<Placement> {
    vec![
        work(100, s(2), ENTERPRISE, p0()),
        work(101, s(3), ENTERPRISE, p0()),
        work(102, s(0), ENTERPRISE, p1()),
        work(103, s(1), ENTERPRISE, p1()),
    ]
}

/// The fixture agreement holding `rotation` and `placements`.
fn holding(rotation: Rotation, placements: Vec<Placement>) -> CooperationAgreement {
    let mut a = agreement();
    a.mode = Mode::Alternation(Alternation::WorkStudyRotation(rotation));
    a.placements = placements;
    a
}

fn fixture() -> CooperationAgreement {
    holding(fixture_rotation(), fixture_placements())
}

/// The fixture with its rotation and placements changed by `change`.
fn with(change: impl FnOnce(&mut Rotation, &mut Vec<Placement>)) -> CooperationAgreement {
    let mut r = fixture_rotation();
    let mut p = fixture_placements();
    change(&mut r, &mut p);
    holding(r, p)
}

/// The fixture valid to 2027-06-30, with a third period and the placements it needs, then changed
/// by `change`. Without change, period 2 has A at school and B at the enterprise.
fn three_periods(change: impl FnOnce(&mut Rotation, &mut Vec<Placement>)) -> CooperationAgreement {
    let mut a = with(|r, p| {
        r.periods.push(period(
            302,
            p2(),
            vec![school(GROUP_A), at(GROUP_B, ENTERPRISE)],
        ));
        p.push(work(104, s(2), ENTERPRISE, p2()));
        p.push(work(105, s(3), ENTERPRISE, p2()));
        change(r, p);
    });
    a.validity = range(d(2026, 3, 1), d(2027, 6, 30));
    a
}

fn cn(a: &CooperationAgreement) -> Report {
    a.check(&world(), &Policy::cn())
}

/// The one violation of `code` at `path`.
#[track_caller]
fn the<'r>(report: &'r Report, code: &str, path: &str) -> &'r Violation {
    let found: Vec<&Violation> = report
        .iter()
        .filter(|v| v.code().to_string() == code && v.path().to_string() == path)
        .collect();
    assert_eq!(found.len(), 1, "expected one {code} at {path}:\n{report}");
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
fn fixture_rotation_breaks_no_rule() {
    assert_passes(&cn(&fixture()), "alternation.*");
}

// ---------------------------------------------------------------------------------------------
// agreement.references_resolve, agreement.unique_ids, agreement.activity_within_term,
// agreement.student_enrolled over the rotation
// ---------------------------------------------------------------------------------------------

#[test]
fn references_resolve_fires_for_an_unknown_cohort_student_and_nothing_else() {
    let a = with(|r, _| r.cohort.students.push(StudentId::from_u128(UNKNOWN)));
    let report = cn(&a);
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.cohort.students[4]")],
    );
    let v = the(
        &report,
        "agreement.references_resolve",
        "mode.cohort.students[4]",
    );
    assert_eq!(v.figure("id"), Some("00000000-0000-0000-0000-0000000003e7"));
}

#[test]
fn references_resolve_fires_for_an_unknown_group_member_and_nothing_else() {
    let a = with(|r, _| r.groups[0].members.push(StudentId::from_u128(UNKNOWN)));
    assert_findings(
        &cn(&a),
        &[("agreement.references_resolve", "mode.groups[0].members[2]")],
    );
}

#[test]
fn references_resolve_fires_for_a_setting_naming_an_unknown_group_and_nothing_else() {
    // Group B's setting in period 1 names a group that does not exist: B is not reported missing,
    // the period is not judged split, and nothing alternates or shares unfairly because of it.
    let a = with(|r, _| r.periods[1].settings[1].group = GroupId::from_u128(UNKNOWN));
    assert_findings(
        &cn(&a),
        &[(
            "agreement.references_resolve",
            "mode.periods[1].settings[1].group",
        )],
    );
}

#[test]
fn references_resolve_fires_for_a_setting_at_an_unknown_host_and_nothing_else() {
    let a = with(|r, _| {
        r.periods[0].settings[1].setting = Setting::at(EnterpriseId::from_u128(UNKNOWN))
    });
    assert_findings(
        &cn(&a),
        &[(
            "agreement.references_resolve",
            "mode.periods[0].settings[1].setting.host",
        )],
    );
}

#[test]
fn references_resolve_fires_for_places_at_an_unknown_host() {
    let a = with(|r, _| {
        r.places
            .push(HostPlaces::new(EnterpriseId::from_u128(UNKNOWN), 5))
    });
    assert_findings(
        &cn(&a),
        &[("agreement.references_resolve", "mode.places[1].host")],
    );
}

#[test]
fn unique_ids_fires_for_two_periods_with_one_id() {
    let a = with(|r, _| r.periods[1].id = r.periods[0].id);
    let report = cn(&a);
    assert_findings(&report, &[("agreement.unique_ids", "mode.periods[1]")]);
    let v = the(&report, "agreement.unique_ids", "mode.periods[1]");
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"));
}

#[test]
fn unique_ids_fires_for_two_groups_with_one_id_and_the_later_group_is_skipped() {
    // Group B takes A's id: the settings that name B's old id now name no group, and the
    // partition and balance of the groups are not judged (the later group is skipped).
    let a = with(|r, _| r.groups[1].id = GROUP_A);
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            ("agreement.unique_ids", "mode.groups[1]"),
            (
                "agreement.references_resolve",
                "mode.periods[0].settings[1].group",
            ),
            (
                "agreement.references_resolve",
                "mode.periods[1].settings[1].group",
            ),
        ],
    );
    assert_eq!(
        the(&report, "agreement.unique_ids", "mode.groups[1]").figure("earlier"),
        Some("mode.groups[0]")
    );
}

#[test]
fn activity_within_term_fires_for_a_period_past_the_validity() {
    // "agreement.activity_within_term": period 1 ends 2027-01-15, a day after the validity; so do
    // the placements that back it.
    let mut a = fixture();
    a.validity = range(d(2026, 3, 1), d(2027, 1, 14));
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            ("agreement.activity_within_term", "mode.periods[1]"),
            ("agreement.activity_within_term", "placements[2]"),
            ("agreement.activity_within_term", "placements[3]"),
        ],
    );
    let v = the(&report, "agreement.activity_within_term", "mode.periods[1]");
    assert_eq!(v.figure("dates"), Some("2026-09-01..=2027-01-15"));
    assert_eq!(v.figure("validity"), Some("2026-03-01..=2027-01-14"));
}

#[test]
fn activity_within_term_passes_for_a_period_ending_on_the_last_day_of_validity() {
    let mut a = fixture();
    a.validity = range(d(2026, 3, 1), d(2027, 1, 15));
    assert_passes(&cn(&a), "agreement.activity_within_term");
}

/// The fixture with PUPIL in place of s3 (cohort, group B and the period-0 placement).
fn pupil_for_s3() -> CooperationAgreement {
    with(|r, p| {
        r.cohort.students[3] = PUPIL;
        r.groups[1].members[1] = PUPIL;
        p[1].student = PUPIL;
    })
}

#[test]
fn student_enrolled_fires_for_a_member_graduating_before_the_groups_last_period_ends() {
    // "agreement.student_enrolled": group B takes part from 2026-03-02 to 2027-01-15 (both its
    // periods, whatever the setting); PUPIL graduates on 2026-12-31. The placement (period 0)
    // lies inside the enrollment.
    let registry = world_with(|p| p.expected_graduation = d(2026, 12, 31));
    let report = pupil_for_s3().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("agreement.student_enrolled", "mode.groups[1].members[1]")],
    );
    let v = the(
        &report,
        "agreement.student_enrolled",
        "mode.groups[1].members[1]",
    );
    assert_eq!(v.figure("dates"), Some("2026-03-02..=2027-01-15"));
    assert_eq!(v.figure("expected_graduation"), Some("2026-12-31"));
}

#[test]
fn student_enrolled_passes_for_a_member_graduating_on_the_last_day() {
    let registry = world_with(|p| p.expected_graduation = d(2027, 1, 15));
    assert_passes(
        &pupil_for_s3().check(&registry, &Policy::cn()),
        "agreement.student_enrolled",
    );
}

// ---------------------------------------------------------------------------------------------
// alternation.cohort_uniform
// ---------------------------------------------------------------------------------------------

#[test]
fn cohort_uniform_fires_for_a_student_of_another_major() {
    // "alternation.cohort_uniform": PUPIL studies Welding (in the same major category, so the
    // placement's major match holds).
    let registry = world_with(|p| p.major = name("Welding"));
    let report = pupil_for_s3().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("alternation.cohort_uniform", "mode.cohort.students[3]")],
    );
    let v = the(
        &report,
        "alternation.cohort_uniform",
        "mode.cohort.students[3]",
    );
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("major"), Some("Welding"));
    assert_eq!(v.figure("cohort_major"), Some("Mechatronics"));
    assert_eq!(v.figure("grade"), None);
}

#[test]
fn cohort_uniform_fires_for_a_student_of_another_grade() {
    let registry = world_with(|p| p.grade = 2023);
    let report = pupil_for_s3().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("alternation.cohort_uniform", "mode.cohort.students[3]")],
    );
    let v = the(
        &report,
        "alternation.cohort_uniform",
        "mode.cohort.students[3]",
    );
    assert_eq!(v.figure("grade"), Some("2023"));
    assert_eq!(v.figure("cohort_grade"), Some("2024"));
}

#[test]
fn cohort_uniform_fires_once_for_a_cohort_without_a_stated_major() {
    let a = with(|r, _| r.cohort.major = None);
    let report = cn(&a);
    assert_findings(&report, &[("alternation.cohort_uniform", "mode.cohort")]);
    assert_eq!(
        the(&report, "alternation.cohort_uniform", "mode.cohort").figure("missing"),
        Some("major")
    );
}

#[test]
fn cohort_uniform_passes_for_a_student_of_the_cohorts_major_and_grade() {
    assert_passes(
        &pupil_for_s3().check(&world(), &Policy::cn()),
        "alternation.cohort_uniform",
    );
}

// ---------------------------------------------------------------------------------------------
// alternation.groups_partition
// ---------------------------------------------------------------------------------------------

#[test]
fn groups_partition_fires_for_a_student_in_two_groups_and_one_in_none() {
    // "alternation.groups_partition": s1 is in A and in B (in place of s3); s3 is in no group.
    // s1's period-0 placement replaces s3's, so every enterprise day is still covered.
    let a = with(|r, p| {
        r.groups[1].members[1] = s(1);
        p[1].student = s(1);
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            ("alternation.groups_partition", "mode.cohort.students[3]"),
            ("alternation.groups_partition", "mode.groups[1].members[1]"),
        ],
    );
    let none = the(
        &report,
        "alternation.groups_partition",
        "mode.cohort.students[3]",
    );
    assert_eq!(none.figure("student"), Some(s(3).to_string().as_str()));
    let twice = the(
        &report,
        "alternation.groups_partition",
        "mode.groups[1].members[1]",
    );
    assert_eq!(twice.figure("earlier"), Some("mode.groups[0].members[1]"));
}

#[test]
fn groups_partition_fires_for_a_member_outside_the_cohort() {
    let a = with(|r, _| {
        r.cohort.students.pop();
    });
    assert_findings(
        &cn(&a),
        &[("alternation.groups_partition", "mode.groups[1].members[1]")],
    );
}

#[test]
fn groups_partition_fires_for_a_student_listed_twice_in_one_group() {
    let a = with(|r, _| r.groups[0].members.push(s(0)));
    let report = cn(&a);
    assert_findings(
        &report,
        &[("alternation.groups_partition", "mode.groups[0].members[2]")],
    );
    assert_eq!(
        the(
            &report,
            "alternation.groups_partition",
            "mode.groups[0].members[2]"
        )
        .figure("earlier"),
        Some("mode.groups[0].members[0]")
    );
}

#[test]
fn groups_partition_passes_when_every_cohort_student_is_in_exactly_one_group() {
    assert_passes(&cn(&fixture()), "alternation.groups_partition");
}

// ---------------------------------------------------------------------------------------------
// alternation.groups_balanced
// ---------------------------------------------------------------------------------------------

/// A cohort of s0..s(a+b-1) in A = the first `a` and B = the next `b`, with 3 places and every
/// placement.
fn sized(a: usize, b: usize) -> CooperationAgreement {
    with(|r, p| {
        r.cohort.students = (0..a + b).map(s).collect();
        r.groups[0].members = (0..a).map(s).collect();
        r.groups[1].members = (a..a + b).map(s).collect();
        r.places = vec![HostPlaces::new(ENTERPRISE, 3)];
        p.clear();
        for k in a..a + b {
            p.push(work(100 + k as u128, s(k), ENTERPRISE, p0()));
        }
        for k in 0..a {
            p.push(work(100 + k as u128, s(k), ENTERPRISE, p1()));
        }
    })
}

#[test]
fn groups_balanced_passes_for_an_odd_cohort_in_groups_of_n_and_n_plus_one() {
    assert_passes(&cn(&sized(3, 2)), "alternation.groups_balanced");
}

#[test]
fn groups_balanced_fires_for_groups_of_three_and_one() {
    // "alternation.groups_balanced": 3 - 1 = 2 students, above the tolerance of 1.
    let report = cn(&sized(3, 1));
    assert_findings(&report, &[("alternation.groups_balanced", "mode.groups")]);
    let v = the(&report, "alternation.groups_balanced", "mode.groups");
    assert_eq!(v.figure("limit"), Some("1 student(s)"));
    assert_eq!(v.figure("actual"), Some("2 student(s)"));
    assert_eq!(v.figure("largest"), Some("mode.groups[0]"));
    assert_eq!(v.figure("largest_size"), Some("3"));
    assert_eq!(v.figure("smallest"), Some("mode.groups[1]"));
    assert_eq!(v.figure("smallest_size"), Some("1"));
}

#[test]
fn groups_balanced_is_not_judged_when_the_groups_do_not_partition_the_cohort() {
    // s4 of the cohort is in no group: "alternation.groups_partition" fires, and groups of 3 and
    // 1 (which would fire "alternation.groups_balanced", see above) are not judged.
    let agreement = with(|r, p| {
        r.cohort.students = (0..5).map(s).collect();
        r.groups[0].members = (0..3).map(s).collect();
        r.groups[1].members = vec![s(3)];
        r.places = vec![HostPlaces::new(ENTERPRISE, 3)];
        p.clear();
        p.push(work(103, s(3), ENTERPRISE, p0()));
        for k in 0..3 {
            p.push(work(100 + k as u128, s(k), ENTERPRISE, p1()));
        }
    });
    let report = cn(&agreement);
    let codes: Vec<String> = report.iter().map(|v| v.code().to_string()).collect();
    assert!(
        codes.iter().any(|c| c == "alternation.groups_partition"),
        "{report}"
    );
    assert!(
        codes.iter().all(|c| c != "alternation.groups_balanced"),
        "{report}"
    );
}

#[test]
fn groups_balanced_fires_for_groups_of_three_and_two_at_a_tolerance_of_zero() {
    let mut policy = Policy::cn();
    policy.rotation_group_size_tolerance = 0;
    let report = sized(3, 2).check(&world(), &policy);
    assert_findings(&report, &[("alternation.groups_balanced", "mode.groups")]);
    assert_eq!(
        the(&report, "alternation.groups_balanced", "mode.groups").figure("actual"),
        Some("1 student(s)")
    );
}

// ---------------------------------------------------------------------------------------------
// alternation.setting_each_period
// ---------------------------------------------------------------------------------------------

#[test]
fn setting_each_period_fires_for_a_group_missing_from_a_period() {
    // "alternation.setting_each_period": B has no setting in period 1. The period is not
    // complete, so its split and the fair share are not judged.
    let a = with(|r, _| {
        r.periods[1].settings.pop();
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[(
            "alternation.setting_each_period",
            "mode.periods[1].settings",
        )],
    );
    let v = the(
        &report,
        "alternation.setting_each_period",
        "mode.periods[1].settings",
    );
    assert_eq!(v.figure("group"), Some(GROUP_B.to_string().as_str()));
    assert_eq!(v.figure("group_at"), Some("mode.groups[1]"));
}

#[test]
fn setting_each_period_fires_for_a_group_listed_twice_in_a_period() {
    let a = with(|r, _| r.periods[1].settings.push(school(GROUP_B)));
    let report = cn(&a);
    assert_findings(
        &report,
        &[(
            "alternation.setting_each_period",
            "mode.periods[1].settings[2]",
        )],
    );
    assert_eq!(
        the(
            &report,
            "alternation.setting_each_period",
            "mode.periods[1].settings[2]"
        )
        .figure("earlier"),
        Some("mode.periods[1].settings[1]")
    );
}

#[test]
fn setting_each_period_passes_when_every_group_appears_once_in_every_period() {
    assert_passes(&cn(&fixture()), "alternation.setting_each_period");
}

// ---------------------------------------------------------------------------------------------
// alternation.split_each_period
// ---------------------------------------------------------------------------------------------

#[test]
fn split_each_period_fires_for_a_period_with_every_group_at_school() {
    // "alternation.split_each_period": one period, nobody at an enterprise (and so no placement).
    let a = with(|r, p| {
        r.periods = vec![period(300, p0(), vec![school(GROUP_A), school(GROUP_B)])];
        p.clear();
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[("alternation.split_each_period", "mode.periods[0]")],
    );
    let v = the(&report, "alternation.split_each_period", "mode.periods[0]");
    assert_eq!(v.figure("at_school"), Some("2"));
    assert_eq!(v.figure("at_enterprise"), Some("0"));
}

#[test]
fn split_each_period_fires_for_a_period_with_every_group_at_an_enterprise() {
    let a = with(|r, p| {
        r.periods = vec![period(
            300,
            p0(),
            vec![at(GROUP_A, ENTERPRISE), at(GROUP_B, ENTERPRISE)],
        )];
        r.places = vec![HostPlaces::new(ENTERPRISE, 4)];
        p.truncate(2);
        p.push(work(102, s(0), ENTERPRISE, p0()));
        p.push(work(103, s(1), ENTERPRISE, p0()));
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[("alternation.split_each_period", "mode.periods[0]")],
    );
    let v = the(&report, "alternation.split_each_period", "mode.periods[0]");
    assert_eq!(v.figure("at_school"), Some("0"));
    assert_eq!(v.figure("at_enterprise"), Some("2"));
}

#[test]
fn split_each_period_passes_for_one_group_at_school_and_one_at_an_enterprise() {
    let a = with(|r, p| {
        r.periods.truncate(1);
        p.truncate(2);
    });
    assert_passes(&cn(&a), "alternation.split_each_period");
}

// ---------------------------------------------------------------------------------------------
// alternation.settings_alternate
// ---------------------------------------------------------------------------------------------

#[test]
fn settings_alternate_passes_for_three_alternating_periods() {
    assert_passes(
        &cn(&three_periods(|_, _| {})),
        "alternation.settings_alternate",
    );
}

#[test]
fn settings_alternate_fires_for_host_a_then_host_b_and_for_school_twice() {
    // "alternation.settings_alternate": in period 2, A moves from the enterprise to HOST_B (an
    // enterprise again) and B stays at school. The fair share counts periods 0 and 1 only.
    let a = three_periods(|r, p| {
        r.periods[2].settings = vec![at(GROUP_A, HOST_B), school(GROUP_B)];
        r.places.push(HostPlaces::new(HOST_B, 2));
        p.truncate(4);
        p.push(work(104, s(0), HOST_B, p2()));
        p.push(work(105, s(1), HOST_B, p2()));
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            (
                "alternation.settings_alternate",
                "mode.periods[2].settings[0]",
            ),
            (
                "alternation.settings_alternate",
                "mode.periods[2].settings[1]",
            ),
        ],
    );
    let hosts = the(
        &report,
        "alternation.settings_alternate",
        "mode.periods[2].settings[0]",
    );
    assert_eq!(hosts.figure("earlier"), Some("mode.periods[1].settings[0]"));
    assert_eq!(hosts.figure("setting"), Some("enterprise"));
    assert_eq!(
        hosts.figure("earlier_host"),
        Some(ENTERPRISE.to_string().as_str())
    );
    assert_eq!(hosts.figure("host"), Some(HOST_B.to_string().as_str()));
    let schools = the(
        &report,
        "alternation.settings_alternate",
        "mode.periods[2].settings[1]",
    );
    assert_eq!(
        schools.figure("earlier"),
        Some("mode.periods[1].settings[1]")
    );
    assert_eq!(schools.figure("setting"), Some("school"));
}

#[test]
fn settings_alternate_reads_periods_in_date_order_not_list_order() {
    // The list holds period 1 before period 0: only the order is reported, and
    // "alternation.settings_alternate" reads the periods in date order, where they alternate.
    let a = with(|r, _| r.periods.swap(0, 1));
    assert_findings(
        &cn(&a),
        &[("alternation.periods_ordered", "mode.periods[1]")],
    );
}

// ---------------------------------------------------------------------------------------------
// alternation.periods_ordered
// ---------------------------------------------------------------------------------------------

#[test]
fn periods_ordered_fires_for_a_period_listed_after_a_later_one() {
    // "alternation.periods_ordered": period 0 (from 2026-03-02) is listed after period 1 (from
    // 2026-09-01).
    let a = with(|r, _| r.periods.swap(0, 1));
    let report = cn(&a);
    assert_findings(
        &report,
        &[("alternation.periods_ordered", "mode.periods[1]")],
    );
    let v = the(&report, "alternation.periods_ordered", "mode.periods[1]");
    assert_eq!(v.figure("listed_after"), Some("mode.periods[0]"));
    assert_eq!(v.figure("earlier"), None);
    assert_eq!(v.message(), "the period is listed after a later one");
}

#[test]
fn periods_ordered_fires_for_periods_sharing_a_day() {
    // Period 0 now ends on 2026-09-01, period 1's first day (its placements too).
    let last = d(2026, 9, 1);
    let a = with(|r, p| {
        r.periods[0].dates = range(d(2026, 3, 2), last);
        p[0] = work(100, s(2), ENTERPRISE, range(d(2026, 3, 2), last));
        p[1] = work(101, s(3), ENTERPRISE, range(d(2026, 3, 2), last));
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[("alternation.periods_ordered", "mode.periods[1]")],
    );
    let v = the(&report, "alternation.periods_ordered", "mode.periods[1]");
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"));
    assert_eq!(v.figure("earlier_dates"), Some("2026-03-02..=2026-09-01"));
}

#[test]
fn periods_ordered_a_period_starting_with_the_one_before_overlaps_it_in_order() {
    // Period 1 now starts on 2026-03-02 like period 0: listed in date order, overlapping it.
    let a = with(|r, _| {
        let last = r.periods[1].dates.last();
        r.periods[1].dates = range(d(2026, 3, 2), last);
    });
    let report = cn(&a);
    let v = the(&report, "alternation.periods_ordered", "mode.periods[1]");
    assert_eq!(v.figure("listed_after"), None, "{v}");
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"), "{v}");
    assert_eq!(v.message(), "the period overlaps an earlier one");
}

#[test]
fn periods_ordered_names_the_earlier_period_that_reaches_furthest_first() {
    // Period 0 runs to 2027-06-30 and period 1 ends that day too: period 2 (from 2027-02-22)
    // overlaps both, and names period 0, the first to reach furthest (RULES.md: "earlier = by
    // first day, then path").
    let a = three_periods(|r, _| {
        r.periods[0].dates = range(d(2026, 3, 2), d(2027, 6, 30));
        r.periods[1].dates = range(d(2026, 9, 1), d(2027, 6, 30));
    });
    let report = cn(&a);
    for overlapping in ["mode.periods[1]", "mode.periods[2]"] {
        let v = the(&report, "alternation.periods_ordered", overlapping);
        assert_eq!(v.figure("earlier"), Some("mode.periods[0]"), "{v}");
        assert_eq!(v.message(), "the period overlaps an earlier one");
    }
}

#[test]
fn periods_ordered_reaches_past_a_short_period_inside_a_long_one() {
    // Period 1 lies inside period 0 (to 2027-06-30) and ends first: period 2, after period 1,
    // still overlaps period 0.
    let a = three_periods(|r, _| {
        r.periods[0].dates = range(d(2026, 3, 2), d(2027, 6, 30));
    });
    let report = cn(&a);
    let v = the(&report, "alternation.periods_ordered", "mode.periods[2]");
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"), "{v}");
    assert_eq!(v.figure("earlier_dates"), Some("2026-03-02..=2027-06-30"));
}

#[test]
fn periods_ordered_names_both_faults_of_a_period_out_of_order_and_overlapping() {
    // Listed: 2026-03-02..2026-07-10, 2027-02-22..2027-06-30, then 2026-06-01..2026-08-31,
    // which starts before the period listed before it and overlaps the first.
    let a = three_periods(|r, _| {
        r.periods[1].dates = p2();
        r.periods[2].dates = range(d(2026, 6, 1), d(2026, 8, 31));
    });
    let report = cn(&a);
    let v = the(&report, "alternation.periods_ordered", "mode.periods[2]");
    assert_eq!(v.figure("listed_after"), Some("mode.periods[1]"), "{v}");
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"), "{v}");
    assert_eq!(
        v.message(),
        "the period is listed out of date order and overlaps an earlier one"
    );
}

#[test]
fn periods_ordered_passes_for_consecutive_periods_with_no_gap() {
    let last = d(2026, 8, 31);
    let a = with(|r, p| {
        r.periods[0].dates = range(d(2026, 3, 2), last);
        p[0] = work(100, s(2), ENTERPRISE, range(d(2026, 3, 2), last));
        p[1] = work(101, s(3), ENTERPRISE, range(d(2026, 3, 2), last));
    });
    assert_passes(&cn(&a), "alternation.periods_ordered");
}

// ---------------------------------------------------------------------------------------------
// alternation.period_gap
// ---------------------------------------------------------------------------------------------

/// The fixture with period 1 (and A's placements) starting on `first`.
fn period_1_from(first: NaiveDate) -> CooperationAgreement {
    let dates = range(first, d(2027, 1, 15));
    with(|r, p| {
        r.periods[1].dates = dates;
        p[2] = work(102, s(0), ENTERPRISE, dates);
        p[3] = work(103, s(1), ENTERPRISE, dates);
    })
}

#[test]
fn period_gap_passes_for_a_gap_of_exactly_max_rotation_gap_days() {
    // 2026-07-10 to 2026-10-11: 92 days strictly between.
    assert_passes(
        &cn(&period_1_from(d(2026, 10, 11))),
        "alternation.period_gap",
    );
}

#[test]
fn period_gap_runs_from_the_furthest_last_day_not_from_a_period_inside_a_long_one() {
    // Period 1 (April and May) lies inside period 0 (to 2027-02-21); period 2 starts the day
    // after period 0 ends: no gap, though it starts 267 days after period 1 ends.
    let a = three_periods(|r, _| {
        r.periods[0].dates = range(d(2026, 3, 2), d(2027, 2, 21));
        r.periods[1].dates = range(d(2026, 4, 1), d(2026, 5, 31));
    });
    let report = cn(&a);
    assert!(
        !report
            .iter()
            .any(|v| v.code().to_string() == "alternation.period_gap"),
        "{report}"
    );
}

#[test]
fn period_gap_fires_for_a_gap_one_day_longer() {
    // "alternation.period_gap": 93 days between 2026-07-10 and 2026-10-12.
    let report = cn(&period_1_from(d(2026, 10, 12)));
    assert_findings(&report, &[("alternation.period_gap", "mode.periods[1]")]);
    let v = the(&report, "alternation.period_gap", "mode.periods[1]");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("92 days"));
    assert_eq!(v.figure("actual"), Some("93 days"));
    assert_eq!(v.figure("earlier"), Some("mode.periods[0]"));
}

// ---------------------------------------------------------------------------------------------
// alternation.period_length
// ---------------------------------------------------------------------------------------------

/// The fixture with period 0 (and B's placements) starting on `first`.
fn period_0_from(first: NaiveDate) -> CooperationAgreement {
    let dates = range(first, d(2026, 7, 10));
    with(|r, p| {
        r.periods[0].dates = dates;
        p[0] = work(100, s(2), ENTERPRISE, dates);
        p[1] = work(101, s(3), ENTERPRISE, dates);
    })
}

#[test]
fn period_length_fires_for_a_semester_of_89_days() {
    // "alternation.period_length": 2026-04-13 to 2026-07-10 is 18 + 31 + 30 + 10 = 89 days.
    let report = cn(&period_0_from(d(2026, 4, 13)));
    assert_findings(&report, &[("alternation.period_length", "mode.periods[0]")]);
    let v = the(&report, "alternation.period_length", "mode.periods[0]");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("90–200 days"));
    assert_eq!(v.figure("actual"), Some("89 days"));
}

#[test]
fn period_length_passes_for_a_semester_of_90_days() {
    assert_passes(
        &cn(&period_0_from(d(2026, 4, 12))),
        "alternation.period_length",
    );
}

#[test]
fn period_length_includes_the_maximum_of_its_range() {
    // "alternation.period_length": period 0 lasts 131 days and period 1 137 days; a semester of
    // at most 137 days admits both, at most 136 only period 0.
    let a = fixture();
    let mut policy = Policy::cn();
    policy.semester_days = DayRange::new(90, 137).unwrap();
    assert_passes(&a.check(&world(), &policy), "alternation.period_length");
    policy.semester_days = DayRange::new(90, 136).unwrap();
    assert_findings(
        &a.check(&world(), &policy),
        &[("alternation.period_length", "mode.periods[1]")],
    );
}

#[test]
fn period_length_fires_for_semester_long_periods_of_a_school_year_rotation() {
    let a = with(|r, _| r.unit = RotationUnit::SchoolYear);
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            ("alternation.period_length", "mode.periods[0]"),
            ("alternation.period_length", "mode.periods[1]"),
        ],
    );
    let v = the(&report, "alternation.period_length", "mode.periods[1]");
    assert_eq!(v.figure("limit"), Some("270–380 days"));
    assert_eq!(v.figure("actual"), Some("137 days"));
}

// ---------------------------------------------------------------------------------------------
// alternation.host_capacity
// ---------------------------------------------------------------------------------------------

#[test]
fn host_capacity_fires_in_every_period_for_one_place_and_groups_of_two() {
    // "alternation.host_capacity": reported at the first setting at the host in each period.
    let a = with(|r, _| r.places = vec![HostPlaces::new(ENTERPRISE, 1)]);
    let report = cn(&a);
    assert_findings(
        &report,
        &[
            ("alternation.host_capacity", "mode.periods[0].settings[1]"),
            ("alternation.host_capacity", "mode.periods[1].settings[0]"),
        ],
    );
    let v = the(
        &report,
        "alternation.host_capacity",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("limit"), Some("1 place(s)"));
    assert_eq!(v.figure("actual"), Some("2 student(s)"));
    assert_eq!(v.figure("host"), Some(ENTERPRISE.to_string().as_str()));
}

#[test]
fn host_capacity_reads_a_host_with_no_entry_as_offering_none() {
    let a = with(|r, _| r.places.clear());
    let report = cn(&a);
    assert_eq!(
        the(
            &report,
            "alternation.host_capacity",
            "mode.periods[1].settings[0]"
        )
        .figure("limit"),
        Some("0 place(s)")
    );
    assert_eq!(report.len(), 2);
}

#[test]
fn host_capacity_passes_for_two_entries_that_add_up_to_the_group() {
    let a = with(|r, _| {
        r.places = vec![
            HostPlaces::new(ENTERPRISE, 1),
            HostPlaces::new(ENTERPRISE, 1),
        ]
    });
    assert_passes(&cn(&a), "alternation.host_capacity");
}

/// Four groups of one: A and C at school in period 0, B and D at the enterprise; then swapped.
fn four_groups(places: u32) -> CooperationAgreement {
    with(|r, p| {
        r.groups = vec![
            Group::new(GROUP_A, vec![s(0)]),
            Group::new(GROUP_B, vec![s(1)]),
            Group::new(GROUP_C, vec![s(2)]),
            Group::new(GROUP_D, vec![s(3)]),
        ];
        r.periods[0].settings = vec![
            school(GROUP_A),
            at(GROUP_B, ENTERPRISE),
            school(GROUP_C),
            at(GROUP_D, ENTERPRISE),
        ];
        r.periods[1].settings = vec![
            at(GROUP_A, ENTERPRISE),
            school(GROUP_B),
            at(GROUP_C, ENTERPRISE),
            school(GROUP_D),
        ];
        r.places = vec![HostPlaces::new(ENTERPRISE, places)];
        *p = vec![
            work(100, s(1), ENTERPRISE, p0()),
            work(101, s(3), ENTERPRISE, p0()),
            work(102, s(0), ENTERPRISE, p1()),
            work(103, s(2), ENTERPRISE, p1()),
        ];
    })
}

#[test]
fn host_capacity_adds_up_every_group_at_the_host() {
    let report = cn(&four_groups(1));
    assert_findings(
        &report,
        &[
            ("alternation.host_capacity", "mode.periods[0].settings[1]"),
            ("alternation.host_capacity", "mode.periods[1].settings[0]"),
        ],
    );
    assert_eq!(
        the(
            &report,
            "alternation.host_capacity",
            "mode.periods[0].settings[1]"
        )
        .figure("actual"),
        Some("2 student(s)")
    );
    assert_passes(&cn(&four_groups(2)), "alternation.host_capacity");
}

// ---------------------------------------------------------------------------------------------
// alternation.fair_share
// ---------------------------------------------------------------------------------------------

/// Period 0 from 2026-03-02 to 2026-05-30 (90 days, B at the enterprise), period 1 from
/// 2026-07-01 to `last` (A at the enterprise).
fn unequal(last: NaiveDate) -> CooperationAgreement {
    let first = range(d(2026, 3, 2), d(2026, 5, 30));
    let second = range(d(2026, 7, 1), last);
    with(|r, p| {
        r.periods[0].dates = first;
        r.periods[1].dates = second;
        *p = vec![
            work(100, s(2), ENTERPRISE, first),
            work(101, s(3), ENTERPRISE, first),
            work(102, s(0), ENTERPRISE, second),
            work(103, s(1), ENTERPRISE, second),
        ];
    })
}

#[test]
fn fair_share_fires_for_enterprise_days_63_apart() {
    // "alternation.fair_share": A spends 2026-07-01 to 2026-11-30 (153 days) at the enterprise, B
    // 90 days.
    let report = cn(&unequal(d(2026, 11, 30)));
    assert_findings(&report, &[("alternation.fair_share", "mode.groups")]);
    let v = the(&report, "alternation.fair_share", "mode.groups");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("62 days"));
    assert_eq!(v.figure("actual"), Some("63 days"));
    assert_eq!(v.figure("most"), Some("mode.groups[0]"));
    assert_eq!(v.figure("most_days"), Some("153"));
    assert_eq!(v.figure("fewest"), Some("mode.groups[1]"));
    assert_eq!(v.figure("fewest_days"), Some("90"));
}

#[test]
fn fair_share_passes_for_enterprise_days_62_apart() {
    assert_passes(&cn(&unequal(d(2026, 11, 29))), "alternation.fair_share");
}

#[test]
fn fair_share_does_not_count_an_odd_last_period() {
    // Period 2 runs from 2027-01-16 to 2027-06-30 (166 days) with B at the enterprise again:
    // counted, B would have 297 days to A's 137.
    let last = range(d(2027, 1, 16), d(2027, 6, 30));
    let a = three_periods(|r, p| {
        r.periods[2].dates = last;
        p[4] = work(104, s(2), ENTERPRISE, last);
        p[5] = work(105, s(3), ENTERPRISE, last);
    });
    assert_passes(&cn(&a), "alternation.fair_share");
}

#[test]
fn fair_share_reads_periods_in_date_order_not_list_order() {
    // The odd-last-period case above with the last period listed first: "alternation.fair_share"
    // still leaves out the last period in date order (counting the first two listed would give B
    // 297 enterprise days to A's none); only "alternation.periods_ordered" fires.
    let last = range(d(2027, 1, 16), d(2027, 6, 30));
    let a = three_periods(|r, p| {
        r.periods[2].dates = last;
        p[4] = work(104, s(2), ENTERPRISE, last);
        p[5] = work(105, s(3), ENTERPRISE, last);
        r.periods.rotate_right(1);
    });
    assert_findings(
        &cn(&a),
        &[("alternation.periods_ordered", "mode.periods[1]")],
    );
}

// ---------------------------------------------------------------------------------------------
// alternation.placements_cover
// ---------------------------------------------------------------------------------------------

#[test]
fn placements_cover_fires_for_a_student_with_no_placement() {
    // "alternation.placements_cover": s3 (group B, at the enterprise in period 0) holds none.
    let a = with(|_, p| {
        p.remove(1);
    });
    let report = cn(&a);
    assert_findings(
        &report,
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
    let v = the(
        &report,
        "alternation.placements_cover",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("student"), Some(s(3).to_string().as_str()));
    assert_eq!(v.figure("host"), Some(ENTERPRISE.to_string().as_str()));
    assert_eq!(v.figure("first_uncovered_day"), Some("2026-03-02"));
}

#[test]
fn placements_cover_fires_for_a_placement_ending_a_day_early() {
    let a = with(|_, p| p[1] = work(101, s(3), ENTERPRISE, range(d(2026, 3, 2), d(2026, 7, 9))));
    let report = cn(&a);
    assert_findings(
        &report,
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
    assert_eq!(
        the(
            &report,
            "alternation.placements_cover",
            "mode.periods[0].settings[1]"
        )
        .figure("first_uncovered_day"),
        Some("2026-07-10")
    );
}

#[test]
fn placements_cover_orders_two_students_of_one_setting_by_the_day_each_names() {
    // RULES.md, "Order of violations with the same path and code": "Ties are ordered by the date
    // (or weekday) the violation names". s2 (listed first) misses 2026-07-10 only; s3 holds no
    // placement and misses the period from its first day, 2026-03-02: s3's violation comes first.
    let a = with(|_, p| {
        p[0] = work(100, s(2), ENTERPRISE, range(d(2026, 3, 2), d(2026, 7, 9)));
        p.remove(1);
    });
    let report = cn(&a);
    let found: Vec<(Option<&str>, Option<&str>)> = report
        .with_code(RuleCode::AlternationPlacementsCover)
        .map(|v| (v.figure("student"), v.figure("first_uncovered_day")))
        .collect();
    let (s2, s3) = (s(2).to_string(), s(3).to_string());
    assert_eq!(
        found,
        [
            (Some(s3.as_str()), Some("2026-03-02")),
            (Some(s2.as_str()), Some("2026-07-10")),
        ],
        "{report}"
    );
}

#[test]
fn placements_cover_passes_for_two_placements_back_to_back() {
    let a = with(|_, p| {
        p[1] = work(101, s(3), ENTERPRISE, range(d(2026, 3, 2), d(2026, 4, 30)));
        p.push(work(
            106,
            s(3),
            ENTERPRISE,
            range(d(2026, 5, 1), d(2026, 7, 10)),
        ));
    });
    assert_passes(&cn(&a), "alternation.placements_cover");
}

#[test]
fn placements_cover_does_not_count_an_observation_visit() {
    let a = with(|_, p| p[1].kind = PlacementKind::Observation);
    assert_findings(
        &cn(&a),
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
}

#[test]
fn placements_cover_does_not_count_a_placement_at_another_host() {
    let a = with(|_, p| p[1] = work(101, s(3), HOST_B, p0()));
    assert_findings(
        &cn(&a),
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
}

#[test]
fn placements_cover_reads_a_placement_whose_post_dangles() {
    // One fault, one report: the wrong post id, not "alternation.placements_cover".
    let a = with(|_, p| p[1].post = PostId::from_u128(UNKNOWN));
    assert_findings(
        &cn(&a),
        &[("agreement.references_resolve", "placements[1].post")],
    );
}

#[test]
fn placements_cover_is_not_judged_where_a_placement_names_an_unknown_host() {
    // One fault, one report: the placement's host id is unknown, so only
    // "agreement.references_resolve" fires, not "alternation.placements_cover" for the period it
    // was meant to cover.
    let a = with(|_, p| p[0].host = EnterpriseId::from_u128(UNKNOWN));
    assert_findings(
        &cn(&a),
        &[("agreement.references_resolve", "placements[0].host")],
    );
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_rotation_round_trips_through_json() {
    let a = three_periods(|_, _| {});
    let json = serde_json::to_string(&a).unwrap();
    let back: CooperationAgreement = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    let value = serde_json::to_value(&a).unwrap();
    assert_eq!(value["mode"]["kind"], "alternation");
    assert_eq!(value["mode"]["variant"], "work_study_rotation");
    assert_eq!(value["mode"]["unit"], "semester");
    assert_eq!(
        value["mode"]["periods"][0]["settings"][0]["setting"]["kind"],
        "school"
    );
    assert_eq!(
        value["mode"]["periods"][0]["settings"][1]["setting"]["host"],
        ENTERPRISE.to_string()
    );
}

#[test]
fn unknown_fields_in_a_rotation_are_refused() {
    let mut value = serde_json::to_value(fixture()).unwrap();
    value["mode"]["periods"][0]["colour"] = "blue".into();
    assert!(serde_json::from_value::<CooperationAgreement>(value).is_err());
    let mut value = serde_json::to_value(fixture()).unwrap();
    value["mode"]["periods"][0]["settings"][0]["setting"] = serde_json::json!({"kind": "factory"});
    assert!(serde_json::from_value::<CooperationAgreement>(value).is_err());
}

#[test]
fn every_violation_of_a_badly_broken_rotation_resolves_as_a_json_pointer() {
    let mut a = with(|r, p| {
        r.cohort.major = None;
        r.cohort.students.push(StudentId::from_u128(UNKNOWN));
        r.cohort.students.push(OUTSIDER);
        r.groups[0].members.push(StudentId::from_u128(UNKNOWN));
        r.groups[0].members.push(s(2));
        r.groups.push(Group::new(GROUP_C, vec![s(4), OUTSIDER]));
        r.periods[0].settings.push(school(GROUP_B));
        r.periods[0].settings.push(GroupSetting::new(
            GroupId::from_u128(UNKNOWN),
            Setting::School,
        ));
        r.periods[1].settings[1].setting = Setting::at(EnterpriseId::from_u128(UNKNOWN));
        r.periods.push(period(
            302,
            range(d(2026, 12, 1), d(2027, 5, 30)),
            vec![
                at(GROUP_A, ENTERPRISE),
                at(GROUP_B, ENTERPRISE),
                school(GROUP_C),
            ],
        ));
        r.periods.push(period(
            303,
            range(d(2025, 1, 1), d(2025, 1, 31)),
            vec![school(GROUP_A), school(GROUP_B), school(GROUP_C)],
        ));
        r.places = vec![
            HostPlaces::new(ENTERPRISE, 1),
            HostPlaces::new(EnterpriseId::from_u128(UNKNOWN), 3),
        ];
        p.remove(0);
    });
    a.validity = range(d(2026, 3, 1), d(2027, 2, 28));
    let report = cn(&a);
    let value = serde_json::to_value(&a).unwrap();
    let mut codes: Vec<String> = report.iter().map(|v| v.code().to_string()).collect();
    codes.sort();
    codes.dedup();
    for code in [
        "agreement.activity_within_term",
        "agreement.references_resolve",
        "agreement.student_enrolled",
        "alternation.cohort_uniform",
        "alternation.groups_partition",
        "alternation.host_capacity",
        "alternation.period_gap",
        "alternation.period_length",
        "alternation.periods_ordered",
        "alternation.placements_cover",
        "alternation.setting_each_period",
        "alternation.settings_alternate",
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
        for figure in v.figures() {
            if [
                "earlier",
                "listed_after",
                "group_at",
                "largest",
                "smallest",
                "most",
                "fewest",
            ]
            .contains(&figure.name.as_ref())
            {
                let path: Path = figure.value.parse().unwrap();
                assert!(value.pointer(&path.to_json_pointer()).is_some(), "{figure}");
            }
        }
    }
}

#[test]
fn every_public_type_of_the_mode_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Rotation>();
    assert_send_sync::<Cohort>();
    assert_send_sync::<Group>();
    assert_send_sync::<Period>();
    assert_send_sync::<GroupSetting>();
    assert_send_sync::<Setting>();
    assert_send_sync::<HostPlaces>();
    assert_send_sync::<RotationUnit>();
    assert_send_sync::<EmployedStudy>();
    assert_send_sync::<Employment>();
    assert_send_sync::<JobTask>();
    assert_send_sync::<ClassSession>();
    assert_send_sync::<PlanRequest>();
    assert_send_sync::<Plan>();
    assert_send_sync::<PlacementNeed>();
    assert_send_sync::<PlanError>();
}

// ---------------------------------------------------------------------------------------------
// placement.duration is not evaluated for placements a rotation holds (revision 2)
// ---------------------------------------------------------------------------------------------

/// s0's period-1 placement starts the day after period 0 ends: 2026-07-11 to 2027-01-15, on or
/// after 2026-07-11 + 6 months = 2027-01-11, so it lasts more than six months.
fn long_placement(p: &mut [Placement]) {
    redate(&mut p[2], range(d(2026, 7, 11), d(2027, 1, 15)));
}

#[test]
fn duration_does_not_judge_a_placement_held_by_a_rotation() {
    assert_passes(&cn(&with(|_, p| long_placement(p))), "placement.duration");
}

#[test]
fn duration_judges_the_same_placement_held_by_another_mode() {
    let mut a = with(|_, p| long_placement(p));
    a.mode = agreement().mode;
    let report = cn(&a);
    let v = the(&report, "placement.duration", "placements[2]");
    assert_eq!(v.figure("dates"), Some("2026-07-11..=2027-01-15"));
    assert_eq!(v.figure("limit"), Some("6 months"));
}

// ---------------------------------------------------------------------------------------------
// A group split among several hosts (revision 2)
// ---------------------------------------------------------------------------------------------

/// The fixture with group B split between ENTERPRISE and HOST_B in period 0: s2 works at
/// ENTERPRISE, s3 at HOST_B; each host offers the place it needs, then `change` applies.
fn split(change: impl FnOnce(&mut Rotation, &mut Vec<Placement>)) -> CooperationAgreement {
    with(|r, p| {
        r.periods[0].settings[1].setting = Setting::at_hosts(ENTERPRISE, [HOST_B]);
        r.places.push(HostPlaces::new(HOST_B, 1));
        p[1] = work(101, s(3), HOST_B, p0());
        change(r, p);
    })
}

#[test]
fn a_group_split_between_two_hosts_with_a_place_each_breaks_no_rule() {
    assert_passes(&cn(&split(|_, _| {})), "alternation.host_capacity");
}

#[test]
fn host_capacity_counts_a_split_groups_members_at_the_second_host() {
    // HOST_B offers no place (no entry); s3 is there: 1 student, 0 places.
    let report = cn(&split(|r, _| r.places.retain(|e| e.host != HOST_B)));
    assert_findings(
        &report,
        &[("alternation.host_capacity", "mode.periods[0].settings[1]")],
    );
    let v = the(
        &report,
        "alternation.host_capacity",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("host"), Some(HOST_B.to_string().as_str()));
    assert_eq!(v.figure("limit"), Some("0 place(s)"));
    assert_eq!(v.figure("actual"), Some("1 student(s)"));
}

#[test]
fn host_capacity_counts_each_split_member_once_at_their_own_host() {
    // ENTERPRISE keeps its 2 places: s2 there in period 0 (1 of 2), and group A's two members in
    // period 1 (2 of 2). HOST_B's one place holds s3. Nothing is over.
    let report = cn(&split(|r, _| {
        r.places = vec![HostPlaces::new(ENTERPRISE, 2), HostPlaces::new(HOST_B, 1)];
    }));
    assert_passes(&report, "alternation.host_capacity");
}

#[test]
fn host_capacity_counts_both_members_at_the_first_host_when_both_work_there() {
    // s3 works at ENTERPRISE too: ENTERPRISE holds 2 in period 0, over its 1 place; HOST_B none.
    let report = cn(&split(|r, p| {
        r.places = vec![HostPlaces::new(ENTERPRISE, 1), HostPlaces::new(HOST_B, 1)];
        p[1] = work(101, s(3), ENTERPRISE, p0());
    }));
    let v = the(
        &report,
        "alternation.host_capacity",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("host"), Some(ENTERPRISE.to_string().as_str()));
    assert_eq!(v.figure("limit"), Some("1 place(s)"));
    assert_eq!(v.figure("actual"), Some("2 student(s)"));
}

#[test]
fn placements_cover_fires_for_a_split_member_with_no_placement_at_a_named_host() {
    // s3's period-0 placement is gone: they are at no named host from the first day.
    let report = cn(&split(|_, p| {
        p.remove(1);
    }));
    assert_findings(
        &report,
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
    let v = the(
        &report,
        "alternation.placements_cover",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("student"), Some(s(3).to_string().as_str()));
    assert_eq!(v.figure("host"), Some("none of the named hosts"));
    assert_eq!(v.figure("first_uncovered_day"), Some("2026-03-02"));
    assert_eq!(v.figure("dates"), Some("2026-03-02..=2026-07-10"));
}

#[test]
fn placements_cover_fires_for_a_split_member_whose_placement_ends_early() {
    // s3's placement at HOST_B ends on 2026-07-09, the day before the period's last day.
    let report = cn(&split(|_, p| {
        redate(&mut p[1], range(d(2026, 3, 2), d(2026, 7, 9)));
    }));
    assert_findings(
        &report,
        &[(
            "alternation.placements_cover",
            "mode.periods[0].settings[1]",
        )],
    );
    let v = the(
        &report,
        "alternation.placements_cover",
        "mode.periods[0].settings[1]",
    );
    assert_eq!(v.figure("host"), Some(HOST_B.to_string().as_str()));
    assert_eq!(v.figure("first_uncovered_day"), Some("2026-07-10"));
}

#[test]
fn references_resolve_fires_for_an_unknown_other_host_and_nothing_else() {
    let report = cn(&split(|r, _| {
        r.periods[0].settings[1].setting =
            Setting::at_hosts(ENTERPRISE, [EnterpriseId::from_u128(UNKNOWN)]);
    }));
    assert_findings(
        &report,
        &[(
            "agreement.references_resolve",
            "mode.periods[0].settings[1].setting.other_hosts[0]",
        )],
    );
}

#[test]
fn a_split_setting_round_trips_and_a_one_host_setting_keeps_revision_1_json() {
    let split = Setting::at_hosts(ENTERPRISE, [HOST_B]);
    let json = serde_json::to_value(&split).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "kind": "enterprise",
            "host": ENTERPRISE.to_string(),
            "other_hosts": [HOST_B.to_string()]
        })
    );
    assert_eq!(serde_json::from_value::<Setting>(json).unwrap(), split);
    let one = serde_json::json!({"kind": "enterprise", "host": ENTERPRISE.to_string()});
    let read: Setting = serde_json::from_value(one.clone()).unwrap();
    assert_eq!(read, Setting::at(ENTERPRISE));
    assert_eq!(serde_json::to_value(&read).unwrap(), one);
}
