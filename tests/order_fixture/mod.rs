//! A valid order class, built on the shared fixture world (`tests/common`), for the order-based
//! tests. A test file declares `mod common;` and `mod order_fixture;`.
//!
//! The class: Delta Motors (the fixture enterprise) orders 3 students, enrolling on 2024-09-01.
//! The intake is the fixture student and a classmate (both selected by the school) and an
//! employee Delta Motors recruited on 2023-03-01; all three enrolled on 2024-09-01 and expect to
//! graduate on 2027-07-01. Each holds a commitment to the fixture post (assembly technician),
//! signed on 2024-08-20, starting 2027-07-05. Each has one internship: independent work at the
//! fixture post from 2027-03-01 to 2027-06-30 (placements[0..3], in intake order).
//!
//! Two requirements (PLC programming, robot maintenance); three modules: PLC programming
//! (vocational, 120 h, by the enterprise, covers PLC), robot maintenance (vocational, 80 h,
//! joint with a 50 % enterprise share, covers robots) and mathematics (general, 60 h, by the
//! school, covers nothing); one exam set by both sides assessing both requirements. The
//! enterprise's share of the 200 vocational hours is 120 + 40 = 160 h (80 %).
//!
//! Production periods: 2025-03-01..06-30, 2025-07-01..12-31 (consecutive: one run with the
//! first), 2026-03-01..06-30. Practical blocks: 2025-06-01..07-31 (across the consecutive
//! periods) and 2026-04-01..04-30.
//!
//! The registry adds to the shared fixture: a second post at Delta Motors (maintenance
//! technician), an affiliate of the same group (Delta Motors Changsha, vetted, with its own post
//! and supervisor), the classmate and the employee.
#![allow(dead_code)]

use chrono::NaiveDate;
use school_enterprise::order::*;
use school_enterprise::WeekdaySet;
use school_enterprise::*;

use crate::common::*;

pub const CLASSMATE: StudentId = StudentId::from_u128(34);
pub const EMPLOYEE: StudentId = StudentId::from_u128(35);
pub const OTHER_POST: PostId = PostId::from_u128(12);
pub const AFFILIATE: EnterpriseId = EnterpriseId::from_u128(60);
pub const AFFILIATE_POST: PostId = PostId::from_u128(61);
pub const AFFILIATE_SUPERVISOR: InstructorId = InstructorId::from_u128(62);
/// An id that names nothing.
pub const UNKNOWN: u128 = 999;

pub const R_PLC: RequirementId = RequirementId::from_u128(100);
pub const R_ROBOT: RequirementId = RequirementId::from_u128(101);
pub const R_SAFETY: RequirementId = RequirementId::from_u128(102);
pub const M_PLC: ModuleId = ModuleId::from_u128(110);
pub const M_ROBOT: ModuleId = ModuleId::from_u128(111);
pub const M_MATH: ModuleId = ModuleId::from_u128(112);
pub const M_EXTRA: ModuleId = ModuleId::from_u128(113);
pub const E_SKILLS: ExamId = ExamId::from_u128(120);
pub const E_THEORY: ExamId = ExamId::from_u128(121);
pub const P_SPRING: PeriodId = PeriodId::from_u128(130);
pub const P_SUMMER: PeriodId = PeriodId::from_u128(131);
pub const P_NEXT: PeriodId = PeriodId::from_u128(132);
pub const B_SUMMER: PeriodId = PeriodId::from_u128(140);
pub const B_SPRING: PeriodId = PeriodId::from_u128(141);

/// The class's enrollment date.
pub fn enrolled_on() -> NaiveDate {
    d(2024, 9, 1)
}

pub fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

/// The fixture world's students, with the classmate and the employee (recruited by
/// `employer` since `since`, born on 2004-08-20).
pub fn students_with(employer: EnterpriseId, since: NaiveDate) -> Vec<Student> {
    let base = registry();
    let mut students = base.students().to_vec();
    students.push(student(CLASSMATE, SCHOOL, d(2006, 3, 15)));
    let mut employee = student(EMPLOYEE, SCHOOL, d(2004, 8, 20));
    employee.origin = Origin::RecruitedEmployee {
        enterprise: employer,
        since,
    };
    students.push(employee);
    students
}

/// The registry of the order tests, with its students changed by `change`.
pub fn world_with(change: impl FnOnce(&mut Vec<Student>)) -> Registry {
    let base = registry_with_host(|e| {
        e.posts.push(
            Post::builder()
                .id(OTHER_POST)
                .name(name("Maintenance technician"))
                .category(name("maintenance"))
                .major_category(name("mechatronics"))
                .headcount(40)
                .monthly_wage(Money::new(5_200_00, Currency::CNY))
                .build()
                .unwrap(),
        );
    });
    let mut affiliate = Enterprise::builder()
        .id(AFFILIATE)
        .name(name("Delta Motors Changsha"))
        .sector(name("manufacturing"))
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(300)
        .build()
        .unwrap();
    affiliate.vetted_on = Some(d(2026, 1, 10));
    affiliate.rest_days = Some(WeekdaySet::SUNDAY);
    affiliate.posts.push(
        Post::builder()
            .id(AFFILIATE_POST)
            .name(name("Assembly technician"))
            .category(name("assembly"))
            .major_category(name("mechatronics"))
            .headcount(80)
            .monthly_wage(Money::new(5_000_00, Currency::CNY))
            .build()
            .unwrap(),
    );
    let mut enterprises = base.enterprises().to_vec();
    enterprises.push(affiliate);
    let mut instructors = base.instructors().to_vec();
    instructors.push(Instructor::new(
        AFFILIATE_SUPERVISOR,
        name("Zhou Qiang"),
        Employer::Enterprise(AFFILIATE),
    ));
    let mut students = students_with(ENTERPRISE, d(2023, 3, 1));
    change(&mut students);
    Registry::new(base.schools().to_vec(), enterprises, students, instructors).unwrap()
}

/// The registry of the order tests.
pub fn world() -> Registry {
    world_with(|_| {})
}

/// The registry with the employee recruited by `employer` since `since`.
pub fn world_with_employee(employer: EnterpriseId, since: NaiveDate) -> Registry {
    world_with(|students| {
        let employee = students.iter_mut().find(|s| s.id == EMPLOYEE).unwrap();
        employee.origin = Origin::RecruitedEmployee {
            enterprise: employer,
            since,
        };
    })
}

/// The fixture commitment: the fixture post, signed 2024-08-20, starting 2027-07-05.
pub fn commitment() -> EmploymentCommitment {
    EmploymentCommitment::new(POST, d(2024, 8, 20), d(2027, 7, 5))
}

/// The internship dates: 2027-03-01 to 2027-06-30.
pub fn internship_dates() -> DateRange {
    range(d(2027, 3, 1), d(2027, 6, 30))
}

/// The fixture placement (independent work at the fixture post, documents in order) of
/// `student` over `dates`, with id `id`.
pub fn internship(id: u128, student: StudentId, dates: DateRange) -> Placement {
    let mut p = placement_at(dates);
    p.id = PlacementId::from_u128(id);
    p.student = student;
    p
}

fn module(
    id: ModuleId,
    title: &str,
    kind: ModuleKind,
    hours: u32,
    delivery: Delivery,
    covers: &[RequirementId],
) -> Module {
    let mut m = Module::builder()
        .id(id)
        .name(name(title))
        .kind(kind)
        .hours(hours)
        .delivery(delivery)
        .build()
        .unwrap();
    m.covers = covers.to_vec();
    m
}

/// A vocational module.
pub fn vocational(
    id: ModuleId,
    title: &str,
    hours: u32,
    delivery: Delivery,
    covers: &[RequirementId],
) -> Module {
    module(id, title, ModuleKind::Vocational, hours, delivery, covers)
}

/// A general module.
pub fn general(id: ModuleId, title: &str, hours: u32, covers: &[RequirementId]) -> Module {
    module(
        id,
        title,
        ModuleKind::General,
        hours,
        Delivery::School,
        covers,
    )
}

/// A joint delivery with this enterprise share in per mille.
pub fn joint(per_mille: u32) -> Delivery {
    Delivery::Joint {
        enterprise_share: Share::from_per_mille(per_mille).unwrap(),
    }
}

/// An exam set by `setters`, assessing `assesses`.
pub fn exam(id: ExamId, title: &str, setters: &[Side], assesses: &[RequirementId]) -> Exam {
    let mut e = Exam::new(id, name(title));
    e.setters = setters.to_vec();
    e.assesses = assesses.to_vec();
    e
}

pub fn production(id: PeriodId, first: NaiveDate, last: NaiveDate) -> ProductionPeriod {
    ProductionPeriod::new(id, range(first, last))
}

pub fn block(id: PeriodId, first: NaiveDate, last: NaiveDate) -> PracticalBlock {
    PracticalBlock::new(id, range(first, last))
}

/// The fixture order class.
pub fn class() -> OrderClass {
    let mut c = OrderClass::new(3, enrolled_on());
    c.intake = [STUDENT, CLASSMATE, EMPLOYEE]
        .into_iter()
        .map(|s| Enrollee::committed(s, commitment()))
        .collect();
    c.requirements = vec![
        Requirement::new(R_PLC, name("PLC programming")),
        Requirement::new(R_ROBOT, name("Robot maintenance")),
    ];
    c.modules = vec![
        vocational(
            M_PLC,
            "PLC programming",
            120,
            Delivery::Enterprise,
            &[R_PLC],
        ),
        vocational(M_ROBOT, "Robot maintenance", 80, joint(500), &[R_ROBOT]),
        general(M_MATH, "Mathematics", 60, &[]),
    ];
    c.exams = vec![exam(
        E_SKILLS,
        "Skills test",
        &[Side::School, Side::Enterprise],
        &[R_PLC, R_ROBOT],
    )];
    c.production_periods = vec![
        production(P_SPRING, d(2025, 3, 1), d(2025, 6, 30)),
        production(P_SUMMER, d(2025, 7, 1), d(2025, 12, 31)),
        production(P_NEXT, d(2026, 3, 1), d(2026, 6, 30)),
    ];
    c.practical_blocks = vec![
        block(B_SUMMER, d(2025, 6, 1), d(2025, 7, 31)),
        block(B_SPRING, d(2026, 4, 1), d(2026, 4, 30)),
    ];
    c
}

/// The fixture order-based agreement: 2024-07-01 to 2027-08-31, signed 2024-06-15, both sides
/// contributing, holding the three internships.
pub fn order_agreement() -> CooperationAgreement {
    let mut a = CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(ENTERPRISE)
        .validity(range(d(2024, 7, 1), d(2027, 8, 31)))
        .signed_on(d(2024, 6, 15))
        .mode(Mode::OrderBased(class()))
        .build()
        .unwrap();
    a.contributions = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Staff,
            Name::new("mechatronics teachers").unwrap(),
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            Name::new("three posts").unwrap(),
        ),
    ];
    a.placements = vec![
        internship(50, STUDENT, internship_dates()),
        internship(51, CLASSMATE, internship_dates()),
        internship(52, EMPLOYEE, internship_dates()),
    ];
    a
}

/// The fixture agreement with its class changed by `change`.
pub fn with_class(change: impl FnOnce(&mut OrderClass)) -> CooperationAgreement {
    let mut a = order_agreement();
    if let Mode::OrderBased(c) = &mut a.mode {
        change(c);
    }
    a
}

/// The class of an order-based agreement.
pub fn class_of(a: &mut CooperationAgreement) -> &mut OrderClass {
    match &mut a.mode {
        Mode::OrderBased(c) => c,
        _ => panic!("not an order-based agreement"),
    }
}

/// The fixture agreement with the commitment of intake entry `k` changed by `change`.
pub fn with_commitment(
    k: usize,
    change: impl FnOnce(&mut EmploymentCommitment),
) -> CooperationAgreement {
    with_class(|c| change(c.intake[k].commitment.as_mut().unwrap()))
}

/// Checks under the cn policy against the order world.
pub fn check_order(a: &CooperationAgreement) -> Report {
    a.check(&world(), &Policy::cn())
}

/// The one violation of `code` in the report.
#[track_caller]
pub fn the<'r>(report: &'r Report, code: &str) -> &'r Violation {
    let found: Vec<&Violation> = report
        .iter()
        .filter(|v| v.code().to_string() == code)
        .collect();
    assert_eq!(found.len(), 1, "expected one {code}:\n{report}");
    found[0]
}

/// Asserts the report is empty: `code` (nor any other rule) did not fire.
#[track_caller]
pub fn assert_passes(report: &Report, code: &str) {
    assert!(
        report.is_empty(),
        "expected no violation ({code} must not fire):\n{report}"
    );
}
