//! A small valid world shared by the integration tests: one school, one enterprise with one post,
//! two instructors, one student, and an agreement with one work placement that breaks no rule.
#![allow(dead_code)]

use chrono::{NaiveDate, Weekday};
use school_enterprise::*;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).unwrap()
}

pub fn name(text: &str) -> Name {
    Name::new(text).unwrap()
}

pub const SCHOOL: SchoolId = SchoolId::from_u128(1);
pub const OTHER_SCHOOL: SchoolId = SchoolId::from_u128(2);
pub const ENTERPRISE: EnterpriseId = EnterpriseId::from_u128(10);
pub const POST: PostId = PostId::from_u128(11);
pub const TEACHER: InstructorId = InstructorId::from_u128(20);
pub const SUPERVISOR: InstructorId = InstructorId::from_u128(21);
pub const STUDENT: StudentId = StudentId::from_u128(30);
/// A student of the other school.
pub const OUTSIDER: StudentId = StudentId::from_u128(31);
/// A student who is 17 on the placement's first day (born 2008-06-01).
pub const MINOR: StudentId = StudentId::from_u128(32);
pub const AGREEMENT: AgreementId = AgreementId::from_u128(40);
pub const PLACEMENT: PlacementId = PlacementId::from_u128(50);

/// First and last day of the placement.
pub fn placement_dates() -> DateRange {
    DateRange::new(d(2026, 3, 2), d(2026, 6, 30)).unwrap()
}

pub fn student(id: StudentId, school: SchoolId, birth: NaiveDate) -> Student {
    Student::new(
        id,
        school,
        name("Zhang Min"),
        birth,
        name("Mechatronics"),
        name("mechatronics"),
        2024,
        d(2024, 9, 1),
        d(2027, 7, 1),
    )
}

pub fn enterprise() -> Enterprise {
    let mut e = Enterprise::new(
        ENTERPRISE,
        name("Delta Motors"),
        name("manufacturing"),
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        500,
    );
    e.vetted_on = Some(d(2026, 1, 10));
    e.posts.push(Post::new(
        POST,
        name("Assembly technician"),
        name("assembly"),
        name("mechatronics"),
        100,
        Money::new(5_000_00, Currency::CNY),
    ));
    e
}

pub fn registry() -> Registry {
    let schools = vec![
        School::new(
            SCHOOL,
            name("Riverside Vocational School"),
            SchoolKind::SecondaryVocational,
        ),
        School::new(
            OTHER_SCHOOL,
            name("Hillside Technical College"),
            SchoolKind::HigherVocational,
        ),
    ];
    let students = vec![
        student(STUDENT, SCHOOL, d(2007, 5, 10)),
        student(OUTSIDER, OTHER_SCHOOL, d(2007, 5, 10)),
        student(MINOR, SCHOOL, d(2008, 6, 1)),
    ];
    let instructors = vec![
        Instructor::new(TEACHER, name("Li Hua"), Employer::School(SCHOOL)),
        Instructor::new(
            SUPERVISOR,
            name("Chen Gang"),
            Employer::Enterprise(ENTERPRISE),
        ),
    ];
    Registry::new(schools, vec![enterprise()], students, instructors).unwrap()
}

/// Monday to Friday, 08:00–17:00 with an unpaid hour: 8 h a day, 40 h a week.
pub fn office_week() -> WeeklySchedule {
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    WeeklySchedule::new(
        days.into_iter()
            .map(|day| Shift::new(day, t(8, 0), t(17, 0), 60).unwrap())
            .collect(),
    )
    .unwrap()
}

pub fn placement() -> Placement {
    let mut p = Placement::new(
        PLACEMENT,
        STUDENT,
        ENTERPRISE,
        POST,
        PlacementKind::Independent,
        placement_dates(),
    );
    p.schedule = office_week();
    p.pay = Some(Pay::new(Money::new(4_200_00, Currency::CNY), 31));
    p.internship_plan_on = Some(d(2026, 2, 20));
    p.filed_on = Some(d(2026, 2, 25));
    p.tripartite.school = Some(d(2026, 2, 20));
    p.tripartite.host = Some(d(2026, 2, 21));
    p.tripartite.student = Some(d(2026, 2, 22));
    p.consent.student = Some(d(2026, 2, 22));
    p.consent.guardian = Some(d(2026, 2, 22));
    p.insurance
        .push(Insurance::new(placement_dates(), Share::ZERO));
    p.school_instructor = Some(TEACHER);
    p.supervisor = Some(SUPERVISOR);
    p.safety_training_on = Some(d(2026, 2, 26));
    p
}

pub fn agreement() -> CooperationAgreement {
    let mut a = CooperationAgreement::new(
        AGREEMENT,
        SCHOOL,
        ENTERPRISE,
        DateRange::new(d(2026, 3, 1), d(2027, 2, 28)).unwrap(),
        d(2026, 2, 15),
        Mode::Interaction(interaction::Interaction::new()),
    );
    a.contributions.push(Contribution::new(
        Side::School,
        ContributionKind::Staff,
        "two teachers",
    ));
    a.contributions.push(Contribution::new(
        Side::Enterprise,
        ContributionKind::Posts,
        "ten posts",
    ));
    a.placements.push(placement());
    a
}

/// The codes of a report, as strings, in report order.
pub fn codes(report: &Report) -> Vec<String> {
    report.iter().map(|v| v.code().to_string()).collect()
}

/// The (code, path) pairs of a report, as strings, in report order.
pub fn findings(report: &Report) -> Vec<(String, String)> {
    report
        .iter()
        .map(|v| (v.code().to_string(), v.path().to_string()))
        .collect()
}

/// Asserts the report holds exactly these (code, path) pairs, in this order.
#[track_caller]
pub fn assert_findings(report: &Report, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    assert_eq!(findings(report), expected, "full report:\n{report}");
}

/// Checks an agreement against the fixture registry under the cn policy.
pub fn check(agreement: &CooperationAgreement) -> Report {
    agreement.check(&registry(), &Policy::cn())
}
