//! The rotation planner: plans the checker accepts (with a property test over generated cohorts,
//! terms and hosts), the errors that say which constraint cannot be met and by how much, and
//! determinism.
//!
//! Every student here is of Mechatronics, grade 2024, enrolled on 2024-09-01 (study year 2 starts
//! on 2025-09-01) and graduating on 2030-07-01.

mod common;

use chrono::Days;
use common::*;
use proptest::prelude::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

const HOSTS: [EnterpriseId; 3] = [
    EnterpriseId::from_u128(10),
    EnterpriseId::from_u128(11),
    EnterpriseId::from_u128(12),
];

fn host_post(k: usize) -> PostId {
    PostId::from_u128(500 + k as u128)
}

fn supervisor(k: usize) -> InstructorId {
    InstructorId::from_u128(600 + k as u128)
}

fn cohort_student(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

/// The school, three vetted hosts with one post and one supervisor each, a teacher, and `n`
/// students of the cohort.
fn world(n: usize) -> Registry {
    let school = School::new(
        SCHOOL,
        name("Riverside Vocational School"),
        SchoolKind::SecondaryVocational,
    );
    let hosts = HOSTS
        .iter()
        .enumerate()
        .map(|(k, &id)| {
            let mut e = Enterprise::builder()
                .id(id)
                .name(name(
                    ["Delta Motors", "Eastern Gear Works", "Pearl River Tools"][k],
                ))
                .sector(name("manufacturing"))
                .legal_status(LegalStatus::OwnEntity)
                .venue(VenueKind::Factory)
                .employees(2_000)
                .build()
                .unwrap();
            e.vetted_on = Some(d(2024, 1, 10));
            e.posts.push(
                Post::builder()
                    .id(host_post(k))
                    .name(name("Assembly technician"))
                    .category(name("assembly"))
                    .major_category(name("mechatronics"))
                    .headcount(500)
                    .monthly_wage(Money::new(5_000_00, Currency::CNY))
                    .build()
                    .unwrap(),
            );
            e
        })
        .collect();
    let students = (0..n)
        .map(|i| {
            let mut s = student(cohort_student(i), SCHOOL, d(2006, 1, 15));
            s.expected_graduation = d(2030, 7, 1);
            s
        })
        .collect();
    let mut instructors = vec![Instructor::new(
        TEACHER,
        name("Li Hua"),
        Employer::School(SCHOOL),
    )];
    instructors.extend(HOSTS.iter().enumerate().map(|(k, &host)| {
        Instructor::new(supervisor(k), name("Chen Gang"), Employer::Enterprise(host))
    }));
    Registry::new(vec![school], hosts, students, instructors).unwrap()
}

fn request(n: usize, terms: Vec<DateRange>, places: Vec<HostPlaces>) -> PlanRequest {
    PlanRequest::builder()
        .school(SCHOOL)
        .cohort(Cohort::new(
            name("Mechatronics"),
            2024,
            (0..n).map(cohort_student).collect(),
        ))
        .terms(terms)
        .unit(RotationUnit::Semester)
        .places(places)
        .ids_from(uuid::Uuid::from_u128(0x7000))
        .build()
        .unwrap()
}

/// Four semesters from 2025-09-01, with gaps of about a month.
fn four_semesters() -> Vec<DateRange> {
    [
        (d(2025, 9, 1), d(2026, 1, 16)),
        (d(2026, 2, 23), d(2026, 7, 10)),
        (d(2026, 9, 1), d(2027, 1, 15)),
        (d(2027, 2, 22), d(2027, 7, 9)),
    ]
    .into_iter()
    .map(|(a, b)| DateRange::new(a, b).unwrap())
    .collect()
}

/// An agreement holding `plan`'s rotation and one valid work placement per placement it needs.
fn agreement_for(plan: &Plan) -> CooperationAgreement {
    let periods = &plan.rotation.periods;
    let first = periods.first().unwrap().dates.first();
    let last = periods.last().unwrap().dates.last();
    let mut a = CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(HOSTS[0])
        .validity(DateRange::new(first, last).unwrap())
        .signed_on(first - Days::new(30))
        .mode(Mode::Alternation(Alternation::WorkStudyRotation(
            plan.rotation.clone(),
        )))
        .build()
        .unwrap();
    a.contributions.push(Contribution::new(
        Side::School,
        ContributionKind::Staff,
        Name::new("teachers").unwrap(),
    ));
    a.contributions.push(Contribution::new(
        Side::Enterprise,
        ContributionKind::Posts,
        Name::new("posts").unwrap(),
    ));
    for (i, need) in plan.placements_needed.iter().enumerate() {
        let k = HOSTS.iter().position(|h| *h == need.host).unwrap();
        let mut p = placement_at(need.dates);
        p.id = PlacementId::from_u128(10_000 + i as u128);
        p.student = need.student;
        p.host = need.host;
        p.post = host_post(k);
        p.supervisor = Some(supervisor(k));
        a.placements.push(p);
    }
    a
}

#[track_caller]
fn assert_no_error(plan: &Plan, registry: &Registry, policy: &Policy) {
    let report = agreement_for(plan).check(registry, policy);
    assert!(report.is_ok(), "{report}");
}

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

#[test]
fn plans_41_students_at_two_hosts_as_two_halves() {
    let registry = world(41);
    let places = vec![HostPlaces::new(HOSTS[0], 25), HostPlaces::new(HOSTS[1], 20)];
    let plan = plan(
        &request(41, four_semesters(), places),
        &registry,
        &Policy::cn(),
    )
    .unwrap();
    let r = &plan.rotation;
    // Halves of 21 and 20 in id order; the larger goes to the host with the fewest places that
    // fit it (25), the smaller to the other (20).
    assert_eq!(r.groups.len(), 2);
    assert_eq!(
        r.groups[0].members,
        (0..21).map(cohort_student).collect::<Vec<_>>()
    );
    assert_eq!(
        r.groups[1].members,
        (21..41).map(cohort_student).collect::<Vec<_>>()
    );
    let settings = |p: usize| -> Vec<Setting> {
        r.periods[p]
            .settings
            .iter()
            .map(|s| s.setting.clone())
            .collect()
    };
    let at = Setting::at;
    assert_eq!(settings(0), vec![at(HOSTS[0]), Setting::School]);
    assert_eq!(settings(1), vec![Setting::School, at(HOSTS[1])]);
    assert_eq!(settings(2), vec![at(HOSTS[0]), Setting::School]);
    assert_eq!(settings(3), vec![Setting::School, at(HOSTS[1])]);
    // 21 + 20 + 21 + 20 placements.
    assert_eq!(plan.placements_needed.len(), 82);
    assert_no_error(&plan, &registry, &Policy::cn());
}

#[test]
fn splits_into_more_groups_when_no_host_takes_a_half() {
    // 21 students go out at once, but no host has more than 15 places: three groups of 14, 14
    // and 13; groups 0 and 2 go out together, one to each host.
    let registry = world(41);
    let places = vec![HostPlaces::new(HOSTS[0], 15), HostPlaces::new(HOSTS[1], 15)];
    let plan = plan(
        &request(41, four_semesters(), places),
        &registry,
        &Policy::cn(),
    )
    .unwrap();
    let sizes: Vec<usize> = plan
        .rotation
        .groups
        .iter()
        .map(|g| g.members.len())
        .collect();
    assert_eq!(sizes, vec![14, 14, 13]);
    assert_no_error(&plan, &registry, &Policy::cn());
}

#[test]
fn the_same_request_gives_the_same_plan() {
    let registry = world(17);
    let places = vec![HostPlaces::new(HOSTS[2], 9), HostPlaces::new(HOSTS[1], 4)];
    let req = request(17, four_semesters(), places);
    let once = plan(&req, &registry, &Policy::cn()).unwrap();
    let again = plan(&req, &registry, &Policy::cn()).unwrap();
    assert_eq!(once, again);
    // The cohort's order does not matter either: students are taken in id order.
    let mut reversed = req.clone();
    reversed.cohort.students.reverse();
    assert_eq!(plan(&reversed, &registry, &Policy::cn()).unwrap(), once);
}

#[test]
fn a_tolerance_of_zero_needs_groups_of_equal_size() {
    let registry = world(9);
    let mut policy = Policy::cn();
    policy.rotation_group_size_tolerance = 0;
    let places = vec![HostPlaces::new(HOSTS[0], 9)];
    let plan = plan(&request(9, four_semesters(), places), &registry, &policy).unwrap();
    let sizes: Vec<usize> = plan
        .rotation
        .groups
        .iter()
        .map(|g| g.members.len())
        .collect();
    assert_eq!(sizes, vec![3, 3, 3]);
    assert_no_error(&plan, &registry, &policy);
}

// ---------------------------------------------------------------------------------------------
// No plan
// ---------------------------------------------------------------------------------------------

#[test]
fn too_few_places_for_a_half_cohort_says_how_many_are_missing() {
    let registry = world(41);
    let places = vec![HostPlaces::new(HOSTS[0], 10), HostPlaces::new(HOSTS[1], 10)];
    let err = plan(
        &request(41, four_semesters(), places),
        &registry,
        &Policy::cn(),
    )
    .unwrap_err();
    assert_eq!(
        err,
        PlanError::TooFewPlaces {
            needed: 21,
            offered: 20,
            short: 1
        }
    );
    assert_eq!(
        err.to_string(),
        "hosts offer 20 place(s) in all; 21 are needed for the larger half of the cohort: 1 short"
    );
}

#[test]
fn fewer_than_two_terms_is_refused() {
    let registry = world(4);
    let terms = four_semesters()[..1].to_vec();
    let err = plan(
        &request(4, terms, vec![HostPlaces::new(HOSTS[0], 4)]),
        &registry,
        &Policy::cn(),
    )
    .unwrap_err();
    assert_eq!(
        err,
        PlanError::TooFewTerms {
            given: 1,
            needed: 2
        }
    );
}

#[test]
fn an_enterprise_term_in_the_first_study_year_is_refused_with_the_days_early() {
    // The first term starts on 2025-03-01, 184 days before study year 2 (2025-09-01).
    let registry = world(4);
    let mut terms = four_semesters();
    terms[0] = DateRange::new(d(2025, 3, 1), d(2025, 7, 10)).unwrap();
    let err = plan(
        &request(4, terms, vec![HostPlaces::new(HOSTS[0], 4)]),
        &registry,
        &Policy::cn(),
    )
    .unwrap_err();
    assert_eq!(
        err,
        PlanError::BeforeStudyYear {
            term: 0,
            student: cohort_student(0),
            first_day: d(2025, 3, 1),
            study_year: 2,
            allowed_from: d(2025, 9, 1),
            days_early: 184,
        }
    );
}

#[test]
fn under_de_an_enterprise_term_in_the_first_study_year_is_planned() {
    // RULES.md, the de profile: `min_study_year_for_placement` is off, "training at the company
    // starts in year 1". The term the cn test above refuses is planned.
    let registry = world(4);
    let mut terms = four_semesters();
    terms[0] = DateRange::new(d(2025, 3, 1), d(2025, 7, 10)).unwrap();
    let result = plan(
        &request(4, terms, vec![HostPlaces::new(HOSTS[0], 4)]),
        &registry,
        &Policy::de(),
    );
    assert!(result.is_ok(), "{result:?}");
}

#[test]
fn overlapping_terms_are_refused() {
    let registry = world(4);
    let mut terms = four_semesters();
    terms[1] = DateRange::new(d(2026, 1, 15), d(2026, 7, 10)).unwrap();
    let err = plan(
        &request(4, terms, vec![HostPlaces::new(HOSTS[0], 4)]),
        &registry,
        &Policy::cn(),
    )
    .unwrap_err();
    assert!(matches!(
        err,
        PlanError::TermsOverlap {
            term: 1,
            previous: 0,
            overlap_days: 2,
            ..
        }
    ));
}

#[test]
fn a_cohort_without_a_grade_or_with_a_stranger_is_refused() {
    let registry = world(4);
    let mut req = request(4, four_semesters(), vec![HostPlaces::new(HOSTS[0], 4)]);
    req.cohort.grade = None;
    assert_eq!(
        plan(&req, &registry, &Policy::cn()).unwrap_err(),
        PlanError::CohortNotStated { missing: "grade" }
    );
    let mut req = request(4, four_semesters(), vec![HostPlaces::new(HOSTS[0], 4)]);
    req.cohort.students.push(StudentId::from_u128(9));
    assert_eq!(
        plan(&req, &registry, &Policy::cn()).unwrap_err(),
        PlanError::UnknownStudent {
            student: StudentId::from_u128(9)
        }
    );
    let mut req = request(4, four_semesters(), vec![HostPlaces::new(HOSTS[0], 4)]);
    req.cohort.students.truncate(1);
    assert_eq!(
        plan(&req, &registry, &Policy::cn()).unwrap_err(),
        PlanError::TooFewStudents {
            given: 1,
            needed: 2
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Property: every plan passes the checker; a plan exists whenever the constraints allow one
// ---------------------------------------------------------------------------------------------

/// Generated input: cohort size, the first term's offset in days from 2025-09-01, term lengths
/// and the gaps before each later term, places at up to three hosts, the group-size tolerance.
#[derive(Debug, Clone)]
struct Input {
    students: usize,
    offset: i64,
    terms: Vec<(u32, u32)>,
    places: Vec<u32>,
    tolerance: u32,
}

fn input() -> impl Strategy<Value = Input> {
    (
        2usize..40,
        -40i64..60,
        prop::collection::vec((90u32..=200, 0u32..=60), 0..6),
        prop::collection::vec(0u32..=30, 1..=3),
        0u32..=2,
    )
        .prop_map(|(students, offset, terms, places, tolerance)| Input {
            students,
            offset,
            terms,
            places,
            tolerance,
        })
}

fn terms_of(input: &Input) -> Vec<DateRange> {
    let mut first = if input.offset >= 0 {
        d(2025, 9, 1) + Days::new(input.offset as u64)
    } else {
        d(2025, 9, 1) - Days::new(input.offset.unsigned_abs())
    };
    let mut terms = Vec::new();
    for &(length, gap) in &input.terms {
        let last = first + Days::new(u64::from(length) - 1);
        terms.push(DateRange::new(first, last).unwrap());
        first = last + Days::new(u64::from(gap) + 1);
    }
    terms
}

proptest! {
    #[test]
    fn every_plan_passes_the_checker_without_error(input in input()) {
        let registry = world(input.students);
        let mut policy = Policy::cn();
        policy.rotation_group_size_tolerance = input.tolerance;
        let terms = terms_of(&input);
        let places: Vec<HostPlaces> = input
            .places
            .iter()
            .enumerate()
            .map(|(k, &n)| HostPlaces::new(HOSTS[k], n))
            .collect();
        let total: u64 = input.places.iter().map(|&n| u64::from(n)).sum();
        let req = request(input.students, terms.clone(), places);
        match plan(&req, &registry, &policy) {
            Ok(plan) => {
                let report = agreement_for(&plan).check(&registry, &policy);
                prop_assert!(report.is_ok(), "{}", report);
            }
            Err(err) => {
                // A plan exists whenever there are two terms, the first in study year 2, and
                // places for the larger half: otherwise the error names what is missing.
                let in_year_two = terms.first().is_some_and(|t| t.first() >= d(2025, 9, 1));
                let half = input.students.div_ceil(2) as u64;
                prop_assert!(
                    terms.len() < 2 || !in_year_two || total < half,
                    "no plan although one exists: {err}"
                );
                let explained = match err {
                    PlanError::TooFewTerms { given, .. } => given == terms.len() && given < 2,
                    PlanError::BeforeStudyYear { days_early, .. } => !in_year_two && days_early > 0,
                    PlanError::TooFewPlaces { needed, offered, short } => {
                        needed == half && offered == total && short == half - total
                    }
                    _ => false,
                };
                prop_assert!(explained, "unexpected error: {err}");
            }
        }
    }
}
