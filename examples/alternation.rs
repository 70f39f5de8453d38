//! A school plans a work-study rotation for its 2024 mechatronics cohort (41 students) at two
//! host enterprises, checks the plan with the placements that back it, then sees what happens when
//! one host cuts its places. Last, an employed-study class timetable is checked against the
//! apprentices' night shifts.
//!
//! Run with `cargo run --example alternation`.

use chrono::{Days, NaiveDate, Weekday};
use school_enterprise::alternation::{
    plan, Alternation, ClassSession, Cohort, EmployedStudy, Employment, HostPlaces, JobTask,
    PlanRequest, RotationUnit, Setting,
};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const DELTA: EnterpriseId = EnterpriseId::from_u128(2);
const EASTERN: EnterpriseId = EnterpriseId::from_u128(3);
const TEACHER: InstructorId = InstructorId::from_u128(4);

fn post_of(host: EnterpriseId) -> PostId {
    PostId::from_u128(100 + host.as_uuid().as_u128())
}

fn supervisor_of(host: EnterpriseId) -> InstructorId {
    InstructorId::from_u128(200 + host.as_uuid().as_u128())
}

fn host(id: EnterpriseId, name: &str, employees: u32) -> Result<Enterprise, Error> {
    let mut e = Enterprise::new(
        id,
        Name::new(name)?,
        Name::new("automotive parts")?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        employees,
    );
    e.vetted_on = Some(d(2025, 6, 20));
    e.posts.push(Post::new(
        post_of(id),
        Name::new("assembly technician")?,
        Name::new("assembly")?,
        Name::new("mechatronics")?,
        300,
        Money::new(5_200_00, Currency::CNY),
    ));
    Ok(e)
}

fn registry() -> Result<Registry, Error> {
    let school = School::new(
        SCHOOL,
        Name::new("Riverside Vocational School")?,
        SchoolKind::SecondaryVocational,
    );
    let family = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao"];
    let given = ["Fang", "Lei", "Min", "Jie", "Hua", "Ping"];
    let students = (0..41u32)
        .map(|i| {
            let mut s = Student::new(
                StudentId::from_u128(1_000 + u128::from(i)),
                SCHOOL,
                Name::new(format!(
                    "{} {}",
                    family[i as usize % family.len()],
                    given[i as usize % given.len()]
                ))?,
                d(2008, 1 + i % 12, 1 + i % 28),
                Name::new("mechatronics")?,
                Name::new("mechatronics")?,
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            );
            s.sex = Some(if i % 3 == 0 { Sex::Female } else { Sex::Male });
            Ok(s)
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let mut instructors = vec![Instructor::new(
        TEACHER,
        Name::new("Li Hua")?,
        Employer::School(SCHOOL),
    )];
    for (id, name) in [(DELTA, "Chen Gang"), (EASTERN, "Zhou Ping")] {
        instructors.push(Instructor::new(
            supervisor_of(id),
            Name::new(name)?,
            Employer::Enterprise(id),
        ));
    }
    Registry::new(
        vec![school],
        vec![
            host(DELTA, "Delta Motors", 1_400)?,
            host(EASTERN, "Eastern Gear Works", 900)?,
        ],
        students,
        instructors,
    )
}

/// A work placement with every document prepared two weeks ahead.
fn placement(id: u128, student: StudentId, at: EnterpriseId, dates: DateRange) -> Placement {
    let mut p = Placement::new(
        PlacementId::from_u128(id),
        student,
        at,
        post_of(at),
        PlacementKind::Assisting,
        dates,
    );
    let ready = Some(dates.first() - Days::new(14));
    let shifts = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .map(|day| Shift::new(day, t(8, 0), t(17, 0), 60));
    if let Ok(shifts) = shifts.into_iter().collect::<Result<Vec<_>, _>>() {
        p.schedule = WeeklySchedule::new(shifts).unwrap_or_default().into();
    }
    p.pay = Some(Pay::new(Money::new(3_000_00, Currency::CNY), 31));
    p.internship_plan_on = ready;
    p.filed_on = ready;
    p.tripartite.school = ready;
    p.tripartite.host = ready;
    p.tripartite.student = ready;
    p.consent.student = ready;
    p.consent.guardian = ready;
    p.insurance = vec![Insurance::new(dates, Share::ZERO)];
    p.school_instructor = Some(TEACHER);
    p.supervisor = Some(supervisor_of(at));
    p.safety_training_on = ready;
    p
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = Policy::cn();

    // Four semesters from the cohort's second study year.
    let terms = vec![
        DateRange::new(d(2025, 9, 1), d(2026, 1, 16))?,
        DateRange::new(d(2026, 2, 23), d(2026, 7, 10))?,
        DateRange::new(d(2026, 9, 1), d(2027, 1, 15))?,
        DateRange::new(d(2027, 2, 22), d(2027, 6, 25))?,
    ];
    let request = PlanRequest::new(
        SCHOOL,
        Cohort::new(
            Name::new("mechatronics")?,
            2024,
            registry.students().iter().map(|s| s.id).collect(),
        ),
        terms,
        RotationUnit::Semester,
        vec![HostPlaces::new(DELTA, 25), HostPlaces::new(EASTERN, 20)],
        uuid::Uuid::from_u128(0x2024_0000),
    );
    let plan = plan(&request, &registry, &policy)?;

    println!("Rotation plan for the 2024 mechatronics cohort:");
    for (i, group) in plan.rotation.groups.iter().enumerate() {
        println!("  group {} ({} students)", i + 1, group.members.len());
    }
    for period in &plan.rotation.periods {
        let settings: Vec<String> = period
            .settings
            .iter()
            .enumerate()
            .map(|(i, s)| match &s.setting {
                Setting::School => format!("group {} at school", i + 1),
                setting => {
                    let names: Vec<String> = setting
                        .hosts()
                        .map(|host| {
                            registry
                                .enterprise(host)
                                .map_or("?".to_owned(), |e| e.name.to_string())
                        })
                        .collect();
                    format!("group {} at {}", i + 1, names.join(" and "))
                }
            })
            .collect();
        println!("  {}: {}", period.dates, settings.join(", "));
    }

    // The agreement, with one work placement per student per enterprise term.
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(9),
        SCHOOL,
        DELTA,
        DateRange::new(d(2025, 8, 1), d(2027, 7, 31))?,
        d(2025, 7, 15),
        Mode::Alternation(Alternation::WorkStudyRotation(plan.rotation.clone())),
    );
    agreement.contributions = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Staff,
            "mechatronics teachers",
        ),
        Contribution::new(Side::Enterprise, ContributionKind::Posts, "assembly posts"),
    ];
    for (i, need) in plan.placements_needed.iter().enumerate() {
        agreement.placements.push(placement(
            10_000 + i as u128,
            need.student,
            need.host,
            need.dates,
        ));
    }
    let report = agreement.check(&registry, &policy);
    println!(
        "\nThe plan, with its {} placements: {report}",
        agreement.placements.len()
    );

    // Delta Motors cuts its places from 25 to 20: the larger half no longer fits.
    if let Mode::Alternation(Alternation::WorkStudyRotation(rotation)) = &mut agreement.mode {
        rotation.places[0] = HostPlaces::new(DELTA, 20);
    }
    println!(
        "\nAfter Delta Motors cuts its places to 20:\n{}",
        agreement.check(&registry, &policy)
    );

    // Employed study: an apprentice on night shifts, with classes after work.
    let apprentice = StudentId::from_u128(1_000);
    let task = TaskId::from_u128(77);
    let mut job = Employment::new(
        apprentice,
        EASTERN,
        post_of(EASTERN),
        40 * 60,
        Money::new(4_600_00, Currency::CNY),
        d(2026, 3, 2),
    );
    job.schedule = WeeklySchedule::new(
        [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ]
        .into_iter()
        .map(|day| Shift::new(day, t(22, 30), t(6, 30), 0))
        .collect::<Result<Vec<_>, _>>()?,
    )?
    .into();
    job.tasks
        .push(JobTask::new(task, Name::new("gearbox assembly")?));
    // An own class of this apprentice: a quarter of an hour after the Monday night shift ends,
    // too soon.
    job.classes =
        vec![
            ClassSession::new(Weekday::Tue, t(6, 45), t(8, 45), Name::new("tolerances")?)?
                .linked_to(task),
        ];
    // The class's timetable and task list, entered once for every employment.
    let shared_task = TaskId::from_u128(78);
    let mut model = EmployedStudy::new();
    model
        .tasks
        .push(JobTask::new(shared_task, Name::new("quality inspection")?));
    model.timetable =
        vec![
            ClassSession::new(Weekday::Thu, t(8, 0), t(10, 0), Name::new("gear geometry")?)?
                .linked_to(shared_task),
        ];
    model.employments.push(job);
    let mut employed = CooperationAgreement::new(
        AgreementId::from_u128(10),
        SCHOOL,
        EASTERN,
        DateRange::new(d(2026, 3, 1), d(2027, 2, 28))?,
        d(2026, 2, 1),
        Mode::Alternation(Alternation::EmployedStudy(model)),
    );
    employed.contributions = agreement.contributions.clone();
    println!(
        "\nEmployed study, night shifts and morning classes:\n{}",
        employed.check(&registry, &policy)
    );
    Ok(())
}
