//! A small valid world shared by the integration tests: one school, one enterprise with one post,
//! two instructors, one student, and an agreement with one work placement that breaks no rule.
#![allow(dead_code)]

use chrono::{NaiveDate, Weekday};
use school_enterprise::WeekdaySet;
use school_enterprise::*;

/// The fixture as a German training placement.
pub mod de;

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
    Student::builder()
        .id(id)
        .school(school)
        .name("Zhang Min")
        .birth_date(birth)
        .major("Mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1))
        .build()
        .unwrap()
}

pub fn enterprise() -> Enterprise {
    let post = Post::builder()
        .id(POST)
        .name("Assembly technician")
        .category("assembly")
        .major_category("mechatronics")
        .headcount(100)
        .monthly_wage(Money::new(5_000_00, Currency::CNY))
        .build()
        .unwrap();
    Enterprise::builder()
        .id(ENTERPRISE)
        .name("Delta Motors")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(500)
        .vetted_on(d(2026, 1, 10))
        // One weekly rest day, so that a six-day week breaks only the weekly hours.
        .rest_days(WeekdaySet::SUNDAY)
        .post(post)
        .build()
        .unwrap()
}

pub fn registry() -> Registry {
    registry_with_host(|_| {})
}

/// The fixture registry with the fixture enterprise changed by `change`.
pub fn registry_with_host(change: impl FnOnce(&mut Enterprise)) -> Registry {
    registry_with(0, change)
}

/// `base` with its list of students changed by `change`.
pub fn with_students(base: &Registry, change: impl FnOnce(&mut Vec<Student>)) -> Registry {
    let mut students = base.students().to_vec();
    change(&mut students);
    Registry::new(
        base.schools().to_vec(),
        base.enterprises().to_vec(),
        students,
        base.instructors().to_vec(),
    )
    .unwrap()
}

/// The id of the `k`-th extra student of [`registry_with`].
pub fn extra_student(k: usize) -> StudentId {
    StudentId::from_u128(1_000 + k as u128)
}

/// The fixture registry with `extra` more adult students of the fixture school (ids from
/// [`extra_student`]) and the fixture enterprise changed by `change`.
pub fn registry_with(extra: usize, change: impl FnOnce(&mut Enterprise)) -> Registry {
    let mut host = enterprise();
    change(&mut host);
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
    let students = students
        .into_iter()
        .chain((0..extra).map(|k| student(extra_student(k), SCHOOL, d(2006, 1, 15))))
        .collect();
    let instructors = vec![
        Instructor::new(TEACHER, name("Li Hua"), Employer::School(SCHOOL)),
        Instructor::new(
            SUPERVISOR,
            name("Chen Gang"),
            Employer::Enterprise(ENTERPRISE),
        ),
    ];
    Registry::new(schools, vec![host], students, instructors).unwrap()
}

/// Monday to Friday, 08:00–17:00 with an unpaid hour: 8 h a day, 40 h a week.
pub fn office_week() -> WeeklySchedule {
    let hours = DailyWindow::new(t(8, 0), t(17, 0)).unwrap();
    WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, hours, 60).unwrap()
}

/// Moves `p` to `dates`, with every document dated shortly before the new first day and one
/// insurance policy covering every day, as in the fixture.
pub fn redate(p: &mut Placement, dates: DateRange) {
    let before = |days: u64| Some(dates.first() - chrono::Days::new(days));
    p.dates = dates;
    p.internship_plan_on = before(10);
    p.filed_on = before(5);
    p.tripartite.school = before(10);
    p.tripartite.host = before(9);
    p.tripartite.student = before(8);
    p.consent.student = before(8);
    p.consent.guardian = before(8);
    p.insurance = vec![Insurance::new(dates, Share::ZERO)];
    p.safety_training_on = before(4);
}

/// The fixture placement (independent work at the fixture post, 40 h a week, paid 84 % of the
/// post's wage standard) over `dates`, documents and insurance as [`redate`] sets them.
pub fn placement_at(dates: DateRange) -> Placement {
    let mut p = Placement::builder()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(dates)
        .schedule(office_week())
        .pay(Pay::new(Money::new(4_200_00, Currency::CNY), 31).unwrap())
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR)
        .build()
        .unwrap();
    redate(&mut p, dates);
    p
}

/// The fixture placement, 2026-03-02 to 2026-06-30.
pub fn placement() -> Placement {
    placement_at(placement_dates())
}

/// An interaction model whose teaching plan passes every rule: one professional course in April
/// 2026, 60 of its 100 hours practical, taught by the host's supervisor, approved by both sides
/// before it starts.
pub fn valid_interaction() -> interaction::Interaction {
    use interaction::{Course, CourseHours, CourseKind, Teaching, TeachingPlan};
    let course = Course::builder()
        .id(CourseId::from_u128(60))
        .name("CNC machining practice")
        .kind(CourseKind::Professional)
        .dates(DateRange::new(d(2026, 4, 1), d(2026, 4, 30)).unwrap())
        .hours(CourseHours::new(100, 60).unwrap())
        .instructor(Teaching::new(SUPERVISOR, 60))
        .build()
        .unwrap();
    let mut plan = TeachingPlan::new();
    plan.courses.push(course);
    plan.approvals.school = Some(d(2026, 2, 10));
    plan.approvals.enterprise = Some(d(2026, 2, 12));
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    model
}

/// Moves the fixture plan's course to `dates`, approved by both sides on `approved`, with the
/// course's id set to `course` (distinct agreements in one portfolio need distinct course ids).
pub fn move_course(
    a: &mut CooperationAgreement,
    course: u128,
    dates: DateRange,
    approved: NaiveDate,
) {
    if let Mode::Interaction(model) = &mut a.mode {
        if let Some(plan) = model.plan.as_mut() {
            for c in &mut plan.courses {
                c.id = CourseId::from_u128(course);
                c.dates = dates;
            }
            plan.approvals.school = Some(approved);
            plan.approvals.enterprise = Some(approved);
        }
    }
}

pub fn agreement() -> CooperationAgreement {
    CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(ENTERPRISE)
        .validity(DateRange::new(d(2026, 3, 1), d(2027, 2, 28)).unwrap())
        .signed_on(d(2026, 2, 15))
        .mode(Mode::Interaction(valid_interaction()))
        .contribution(Contribution::new(
            Side::School,
            ContributionKind::Staff,
            name("two teachers"),
        ))
        .contribution(Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            name("ten posts"),
        ))
        .placement(placement())
        .build()
        .unwrap()
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

/// Checks an agreement under the cn policy at a host that works every day of the week (a
/// hospital, a power plant): no weekly rest day.
pub fn check_at_nonstop_host(agreement: &CooperationAgreement) -> Report {
    agreement.check(
        &registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY)),
        &Policy::cn(),
    )
}

/// The lines of the introduced-enterprise rule tests, without sessions: 800 m² of `site` for line
/// 200 (500 m², 3 stations) and line 201 (300 m², 2 stations, moving machinery), each with
/// shared equipment, and a plan of 120 h theory and 240 h on the job.
pub fn introduced_lines(site: SiteId) -> introduced::IntroducedEnterprise {
    use introduced::*;
    let (line_0, line_1) = (LineId::from_u128(200), LineId::from_u128(201));
    let mut m = IntroducedEnterprise::new();
    m.sites.push(SiteAllocation::new(site, 800));
    let line = |id, text: &str, area, stations| {
        ProductionLine::builder()
            .id(id)
            .name(text)
            .site(site)
            .floor_area_m2(area)
            .stations(stations)
    };
    m.lines
        .push(line(line_0, "Gearbox assembly", 500, 3).build().unwrap());
    let cell = line(line_1, "Machining cell", 300, 2).hazard(Hazard::Machinery);
    m.lines.push(cell.build().unwrap());
    let shared = |id, text: &str, owner, line| {
        Equipment::builder()
            .id(EquipmentId::from_u128(id))
            .name(text)
            .owner(owner)
            .line(line)
            .purposes([Purpose::Production, Purpose::Teaching])
            .build()
            .unwrap()
    };
    m.equipment
        .push(shared(300, "Torque test bench", Side::Enterprise, line_0));
    m.equipment
        .push(shared(301, "CNC lathe", Side::School, line_1));
    m.training_plan = TrainingPlan::new(120, 240);
    m
}

/// The fixture placement's plan as worked and paid, complete through `through`: every Monday to
/// Friday 08:00–17:00 with an unpaid hour, and each month's pay in full (4,200.00 CNY a month, pro
/// rata by the days of the calendar month) paid on the 10th of the next month.
pub fn office_record(through: NaiveDate) -> Record {
    use chrono::Datelike;
    let mut record = Record::new(through);
    let dates = placement_dates();
    for day in dates.days() {
        if day > through {
            break;
        }
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            record = record.with_shift(WorkedShift::new(day, t(8, 0), t(17, 0), 60).unwrap());
        }
    }
    for (m, minor) in [(3, 4_064_51), (4, 4_200_00), (5, 4_200_00), (6, 4_200_00)] {
        let first = d(2026, m, 1).max(dates.first());
        let last = (d(2026, m + 1, 1) - chrono::Days::new(1)).min(dates.last());
        record = record.with_payment(Payment::new(
            DateRange::new(first, last).unwrap(),
            Money::new(minor, Currency::CNY),
            d(2026, m + 1, 10),
        ));
    }
    record
}

// Records: the helpers the record tests share.

pub fn ws(date: NaiveDate, start: (u32, u32), end: (u32, u32), unpaid_break: u32) -> WorkedShift {
    WorkedShift::new(date, t(start.0, start.1), t(end.0, end.1), unpaid_break).unwrap()
}

pub fn with_record(record: Record) -> CooperationAgreement {
    let mut a = agreement();
    a.placements[0].record = Some(record);
    a
}

/// The record codes of a report, in report order.
pub fn record_findings(report: &Report) -> Vec<(String, String)> {
    findings(report)
        .into_iter()
        .filter(|(code, _)| code.starts_with("record."))
        .collect()
}

#[track_caller]
pub fn assert_record(report: &Report, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    assert_eq!(record_findings(report), expected, "full report:\n{report}");
}

pub fn one(report: &Report, code: RuleCode) -> &Violation {
    let found: Vec<_> = report.with_code(code).collect();
    assert_eq!(found.len(), 1, "{report}");
    found[0]
}

/// The list position of the shift dated `date` in `record`.
pub fn at_date(record: &Record, date: NaiveDate) -> usize {
    record.shifts.iter().position(|s| s.date() == date).unwrap()
}

pub fn replace_shift(record: &mut Record, shift: WorkedShift) -> usize {
    let k = at_date(record, shift.date());
    record.shifts[k] = shift;
    k
}
