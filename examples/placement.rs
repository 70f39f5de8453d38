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
    let post = |id, name: &str, category: &str, headcount, yuan: u64| {
        Post::builder()
            .id(id)
            .name(name)
            .category(category)
            .major_category("electronics")
            .headcount(headcount)
            .monthly_wage(Money::new(yuan * 100, Currency::CNY))
    };
    let paint = post(PAINT_POST, "spray painter", "finishing", 20, 5_200)
        .hazard(Hazard::Toxic)
        .forbidden_for_group(ProtectedGroup::Minors);
    let host = Enterprise::builder()
        .id(HOST)
        .name("Pearl River Electronics")
        .sector("electronics manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(1_200)
        .vetted_on(d(2026, 1, 12))
        .rest_days(WeekdaySet::SUNDAY)
        .post(
            post(
                LINE_POST,
                "SMT line operator",
                "production line",
                300,
                5_000,
            )
            .build()?,
        )
        .post(paint.build()?)
        .build()?;

    let names = [
        "Wang Fang",
        "Zhao Lei",
        "Sun Li",
        "Zhou Jie",
        "Wu Min",
        "Zheng Hao",
    ];
    let classmate = Student::builder()
        .school(SCHOOL)
        .major("applied electronics")
        .major_category("electronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    let students = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            // Zheng Hao is 17: born in 2008.
            let birth = if i == 5 {
                d(2008, 11, 3)
            } else {
                d(2006, 4, 1 + i as u32)
            };
            classmate
                .clone()
                .id(StudentId::from_u128(100 + i as u128))
                .name(*name)
                .birth_date(birth)
                .build()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let school = School::builder()
        .id(SCHOOL)
        .name("Pearl River Technical School")
        .kind(SchoolKind::SecondaryVocational)
        .build()?;
    Registry::new(
        vec![school],
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
    Placement::builder()
        .id(PlacementId::from_u128(200 + i))
        .student(StudentId::from_u128(100 + i))
        .host(HOST)
        .post(post)
        .kind(PlacementKind::Independent)
        .dates(DateRange::new(d(2026, 3, 2), d(2026, 7, 31))?)
        .schedule(WeeklySchedule::every(
            WeekdaySet::MONDAY_TO_FRIDAY,
            t(8, 30),
            t(17, 30),
            60,
        )?)
        .pay(Pay::new(Money::new(4_200_00, Currency::CNY), 31)?)
        .paperwork_on(d(2026, 2, 16))
        .safety_training_on(d(2026, 2, 25))
        .insured(Share::ZERO)
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR)
        .build()
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
    let practice = Course::builder()
        .id(course)
        .name("workplace practice")
        .kind(CourseKind::Professional)
        .dates(dates)
        .hours(CourseHours::new(96, 64)?)
        .instructor(Teaching::new(supervisor, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice.build()?);
    plan.approvals.school = Some(approved);
    plan.approvals.enterprise = Some(approved);
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    Ok(model)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(9))
        .school(SCHOOL)
        .enterprise(HOST)
        .validity(DateRange::new(d(2026, 2, 1), d(2028, 1, 31))?)
        .signed_on(d(2026, 1, 20))
        .mode(Mode::Interaction(teaching_plan(
            CourseId::from_u128(8),
            SUPERVISOR,
            DateRange::new(d(2026, 3, 2), d(2026, 7, 31))?,
            d(2026, 1, 25),
        )?))
        .contributes(Side::School, ContributionKind::Staff, "placement tutors")
        .contributes(
            Side::Enterprise,
            ContributionKind::Posts,
            "line posts for interns",
        )
        .build()?;

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
    deposit.pay = Some(Pay::new(Money::new(3_800_00, Currency::CNY), 31)?);
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
