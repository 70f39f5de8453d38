//! A school's internship office checks this term's placements at one host enterprise under the cn
//! policy, and prints a to-do list per student.
//!
//! Run with `cargo run --example placement`.

use chrono::{NaiveDate, Weekday};
use school_enterprise::WeekdaySet;
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const HOST: EnterpriseId = EnterpriseId::from_u128(2);
const LINE_POST: PostId = PostId::from_u128(3);
const PAINT_POST: PostId = PostId::from_u128(4);
const TEACHER: InstructorId = InstructorId::from_u128(5);
const SUPERVISOR: InstructorId = InstructorId::from_u128(6);

fn registry() -> Result<Registry, Error> {
    let mut host = Enterprise::new(
        HOST,
        Name::new("Pearl River Electronics")?,
        Name::new("electronics manufacturing")?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        1_200,
    );
    host.vetted_on = Some(d(2026, 1, 12));
    host.rest_days = Some(WeekdaySet::SUNDAY);
    host.posts.push(Post::new(
        LINE_POST,
        Name::new("SMT line operator")?,
        Name::new("production line")?,
        Name::new("electronics")?,
        300,
        Money::new(5_000_00, Currency::CNY),
    ));
    let mut paint = Post::new(
        PAINT_POST,
        Name::new("spray painter")?,
        Name::new("finishing")?,
        Name::new("electronics")?,
        20,
        Money::new(5_200_00, Currency::CNY),
    );
    paint.hazards.insert(Hazard::Toxic);
    paint.forbidden_for.insert(ProtectedGroup::Minors);
    host.posts.push(paint);

    let names = [
        "Wang Fang",
        "Zhao Lei",
        "Sun Li",
        "Zhou Jie",
        "Wu Min",
        "Zheng Hao",
    ];
    let students = names
        .iter()
        .enumerate()
        .map(|(i, name)| -> Result<Student, Error> {
            // Zheng Hao is 17: born in 2008.
            let birth = if i == 5 {
                d(2008, 11, 3)
            } else {
                d(2006, 4, 1 + i as u32)
            };
            Ok(Student::new(
                StudentId::from_u128(100 + i as u128),
                SCHOOL,
                Name::new(*name)?,
                birth,
                Name::new("applied electronics")?,
                Name::new("electronics")?,
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Registry::new(
        vec![School::new(
            SCHOOL,
            Name::new("Pearl River Technical School")?,
            SchoolKind::SecondaryVocational,
        )],
        vec![host],
        students,
        vec![
            Instructor::new(TEACHER, Name::new("Li Hua")?, Employer::School(SCHOOL)),
            Instructor::new(
                SUPERVISOR,
                Name::new("Chen Gang")?,
                Employer::Enterprise(HOST),
            ),
        ],
    )
}

/// A work placement with the paperwork done and day shifts, as the office plans them.
fn planned(i: u128, post: PostId) -> Result<Placement, Error> {
    let dates = DateRange::new(d(2026, 3, 2), d(2026, 7, 31))?;
    let mut p = Placement::new(
        PlacementId::from_u128(200 + i),
        StudentId::from_u128(100 + i),
        HOST,
        post,
        PlacementKind::Independent,
        dates,
    );
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    p.schedule = WeeklySchedule::new(
        weekdays
            .into_iter()
            .map(|day| Shift::new(day, t(8, 30), t(17, 30), 60))
            .collect::<Result<_, _>>()?,
    )?
    .into();
    p.pay = Some(Pay::new(Money::new(4_200_00, Currency::CNY), 31));
    let prepared = Some(d(2026, 2, 16));
    p.internship_plan_on = prepared;
    p.filed_on = prepared;
    p.tripartite.school = prepared;
    p.tripartite.host = prepared;
    p.tripartite.student = prepared;
    p.consent.student = prepared;
    p.consent.guardian = prepared;
    p.insurance.push(Insurance::new(dates, Share::ZERO));
    p.school_instructor = Some(TEACHER);
    p.supervisor = Some(SUPERVISOR);
    p.safety_training_on = Some(d(2026, 2, 25));
    Ok(p)
}

/// The interaction mode's joint teaching plan: one professional course taught by the host's
/// supervisor, approved by school and host before it starts.
fn teaching_plan(
    course: CourseId,
    supervisor: InstructorId,
    dates: DateRange,
    approved: NaiveDate,
) -> Result<interaction::Interaction, Error> {
    use interaction::{Course, CourseHours, CourseKind, Teaching, TeachingPlan};
    let mut practice = Course::new(
        course,
        Name::new("workplace practice")?,
        CourseKind::Professional,
        dates,
        CourseHours::new(96, 64)?,
    );
    practice.instructors.push(Teaching::new(supervisor, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice);
    plan.approvals.school = Some(approved);
    plan.approvals.enterprise = Some(approved);
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    Ok(model)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(9),
        SCHOOL,
        HOST,
        DateRange::new(d(2026, 2, 1), d(2028, 1, 31))?,
        d(2026, 1, 20),
        Mode::Interaction(teaching_plan(
            CourseId::from_u128(8),
            SUPERVISOR,
            DateRange::new(d(2026, 3, 2), d(2026, 7, 31))?,
            d(2026, 1, 25),
        )?),
    );
    agreement.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "placement tutors"),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            "line posts for interns",
        ),
    ];

    // Wang Fang: everything in order.
    agreement.placements.push(planned(0, LINE_POST)?);
    // Zhao Lei: the night shift, 22:00 to 06:00, on Fridays.
    let mut night = planned(1, LINE_POST)?;
    let mut shifts = night.schedule.weeks()[0].shifts()[..4].to_vec();
    shifts.push(Shift::new(Weekday::Fri, t(22, 0), t(6, 0), 60)?);
    night.schedule = WeeklySchedule::new(shifts)?.into();
    agreement.placements.push(night);
    // Sun Li: the host asked for a 500 yuan deposit, and pays 3,800 a month (80 % is 4,000).
    let mut deposit = planned(2, LINE_POST)?;
    deposit.charges.push(Charge::new(ChargeKind::Deposit));
    deposit.pay = Some(Pay::new(Money::new(3_800_00, Currency::CNY), 31));
    agreement.placements.push(deposit);
    // Zhou Jie: no insurance for July yet.
    let mut uninsured = planned(3, LINE_POST)?;
    uninsured.insurance = vec![Insurance::new(
        DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?,
        Share::ZERO,
    )];
    agreement.placements.push(uninsured);
    // Wu Min: on the spray-painting post (toxic), with an exemption filed a week late.
    agreement.placements.push(planned(4, PAINT_POST)?);
    agreement.exemptions.push(Exemption::new(
        vec![RuleCode::PlacementHazardousWork],
        vec![PlacementId::from_u128(204)],
        d(2026, 3, 9),
        "Provincial Education Department filing 2026-17",
    ));
    // Zheng Hao, 17: also on the painting post, which is forbidden for minors.
    agreement.placements.push(planned(5, PAINT_POST)?);

    let report = agreement.check(&registry, &Policy::cn());
    println!("Internship office: placements at Pearl River Electronics, spring term 2026");
    println!(
        "{} error(s), {} warning(s)\n",
        report.errors().count(),
        report.warnings().count()
    );
    for (i, placement) in agreement.placements.iter().enumerate() {
        let student = registry
            .student(placement.student)
            .ok_or("student in the registry")?;
        let prefix = Path::root().field("placements").index(i);
        let todo: Vec<&Violation> = report
            .iter()
            .filter(|v| v.path().segments().starts_with(prefix.segments()))
            .collect();
        if todo.is_empty() {
            println!(
                "{}: ready to start on {}",
                student.name,
                placement.dates.first()
            );
            continue;
        }
        println!("{}:", student.name);
        for v in todo {
            println!(
                "  [{}] {} ({})",
                v.code(),
                v.message(),
                v.rule().map_or("", |r| r.source())
            );
            for figure in v.figures() {
                println!("      {figure}");
            }
            if let Some(note) = v.note() {
                println!("      note: {note}");
            }
        }
    }
    Ok(())
}
