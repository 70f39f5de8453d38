//! A school plans a work-study rotation for its 2024 mechatronics cohort (41 students) at two
//! host enterprises, checks the plan with the placements that back it, then sees what happens when
//! one host cuts its places. Last, an employed-study class timetable is checked against the
//! apprentices' night shifts.
//!
//! Run with `cargo run --example alternation`.

use school_enterprise::alternation::*;
use school_enterprise::chrono::Days;
use school_enterprise::prelude::*;

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const DELTA: EnterpriseId = EnterpriseId::from_u128(2);
const EASTERN: EnterpriseId = EnterpriseId::from_u128(3);
const TEACHER: InstructorId = InstructorId::from_u128(4);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

/// Each host's assembly post and supervisor have ids made from the host's.
fn post_of(host: EnterpriseId) -> PostId {
    PostId::from_u128(100 + host.as_uuid().as_u128())
}

fn supervisor_of(host: EnterpriseId) -> InstructorId {
    InstructorId::from_u128(200 + host.as_uuid().as_u128())
}

fn registry() -> Result<Registry, Error> {
    let school = School::builder()
        .id(SCHOOL)
        .name("Riverside Vocational School");
    let school = school.kind(SchoolKind::SecondaryVocational).build()?;
    let host = |id, name: &str, employees| -> Result<Enterprise, Error> {
        let post = Post::builder().id(post_of(id)).name("assembly technician");
        let post = post
            .category("assembly")
            .major_category("mechatronics")
            .headcount(300);
        Enterprise::builder()
            .id(id)
            .name(name)
            .sector("automotive parts")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(employees)
            .vetted_on(d(2025, 6, 20))
            .post(post.monthly_wage("5200.00 CNY".parse()?).build()?)
            .build()
    };
    let classmate = Student::builder()
        .school(SCHOOL)
        .major("mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    let family = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao"];
    let given = ["Fang", "Lei", "Min", "Jie", "Hua", "Ping"];
    let roster = (0..41u32).map(|i| {
        let name = format!("{} {}", family[i as usize % 7], given[i as usize % 6]);
        (name, d(2008, 1 + i % 12, 1 + i % 28))
    });
    let mut students = classmate.enrol_all(StudentId::from_u128(1_000), roster)?;
    for (i, student) in students.iter_mut().enumerate() {
        student.sex = Some(if i % 3 == 0 { Sex::Female } else { Sex::Male });
    }
    let staff = vec![
        Instructor::of_school(TEACHER, "Li Hua", SCHOOL)?,
        Instructor::of_enterprise(supervisor_of(DELTA), "Chen Gang", DELTA)?,
        Instructor::of_enterprise(supervisor_of(EASTERN), "Zhou Ping", EASTERN)?,
    ];
    let hosts = vec![
        host(DELTA, "Delta Motors", 1_400)?,
        host(EASTERN, "Eastern Gear Works", 900)?,
    ];
    Registry::new(vec![school], hosts, students, staff)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = Policy::cn();

    // Four semesters from the cohort's second study year.
    let students = registry.students().iter().map(|s| s.id).collect();
    let request = PlanRequest::builder()
        .school(SCHOOL)
        .cohort(Cohort::new(Name::new("mechatronics")?, 2024, students))
        .term(DateRange::new(d(2025, 9, 1), d(2026, 1, 16))?)
        .term(DateRange::new(d(2026, 2, 23), d(2026, 7, 10))?)
        .term(DateRange::new(d(2026, 9, 1), d(2027, 1, 15))?)
        .term(DateRange::new(d(2027, 2, 22), d(2027, 6, 25))?)
        .unit(RotationUnit::Semester)
        .places([HostPlaces::new(DELTA, 25), HostPlaces::new(EASTERN, 20)])
        .ids_from(uuid::Uuid::from_u128(0x2024_0000))
        .build()?;
    let plan = plan(&request, &registry, &policy)?;
    println!("Rotation plan for the 2024 mechatronics cohort:");
    print!("{}", plan.rotation.outline(&registry));

    // The agreement, with one work placement per student per enterprise term, every document
    // prepared two weeks ahead.
    let week = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:00–17:00".parse()?, 60)?;
    let pay = Pay::new("3000.00 CNY".parse()?, 31)?;
    let placements = plan.placements(uuid::Uuid::from_u128(10_000), |need| {
        Placement::builder()
            .post(post_of(need.host))
            .kind(PlacementKind::Assisting)
            .schedule(week.clone())
            .pay(pay.clone())
            .paperwork_on(need.dates.first() - Days::new(14))
            .insured(Share::ZERO)
            .school_instructor(TEACHER)
            .supervisor(supervisor_of(need.host))
    })?;
    let agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(9))
        .school(SCHOOL)
        .validity("2025-08-01..=2027-07-31".parse()?)
        .signed_on(d(2025, 7, 15))
        .school_contributes(ContributionKind::Staff, "mechatronics teachers")
        .enterprise_contributes(ContributionKind::Posts, "assembly posts");
    let rotation = agreement
        .clone()
        .enterprise(DELTA)
        .mode(plan.rotation.into());
    let mut rotation = rotation.placements(placements).build()?;
    let report = rotation.check(&registry, &policy);
    let count = rotation.placements.len();
    println!("\nThe plan, with its {count} placements: {report}");

    // Delta Motors cuts its places from 25 to 20: the larger half no longer fits.
    if let Some(rotation) = rotation.mode.as_rotation_mut() {
        rotation.places[0] = HostPlaces::new(DELTA, 20);
    }
    let report = rotation.check(&registry, &policy);
    println!("\nAfter Delta Motors cuts its places to 20:\n{report}");

    // Employed study: an apprentice on night shifts, with classes after work; their own class
    // starts a quarter of an hour after the Monday night shift ends, too soon.
    let nights = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "22:30–06:30".parse()?, 0)?;
    let (own_task, shared_task) = (TaskId::from_u128(77), TaskId::from_u128(78));
    let own_class: ClassSession = "Tue 06:45–08:45 (tolerances)".parse()?;
    let job = Employment::builder()
        .student(StudentId::from_u128(1_000))
        .enterprise(EASTERN)
        .post(post_of(EASTERN))
        .contract_weekly_minutes(40 * 60)
        .monthly_pay("4600.00 CNY".parse()?)
        .starts_on(d(2026, 3, 2))
        .schedule(nights.into())
        .task(JobTask::new(own_task, Name::new("gearbox assembly")?))
        .class(own_class.linked_to(own_task));
    // The class's timetable and task list, entered once for every employment.
    let class: ClassSession = "Thu 08:00–10:00 (gear geometry)".parse()?;
    let mut model = EmployedStudy::new();
    model.tasks = vec![JobTask::new(shared_task, Name::new("quality inspection")?)];
    model.timetable.push(class.linked_to(shared_task));
    model.employments.push(job.build()?);
    let employed = agreement
        .id(AgreementId::from_u128(10))
        .enterprise(EASTERN)
        .validity("2026-03-01..=2027-02-28".parse()?)
        .signed_on(d(2026, 2, 1))
        .mode(model.into())
        .build()?;
    let report = employed.check(&registry, &policy);
    println!("\nEmployed study, night shifts and morning classes:\n{report}");
    Ok(())
}
