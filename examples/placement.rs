//! A school's internship office checks this term's placements at one host enterprise under the cn
//! policy, and prints a to-do list per student.
//!
//! Run with `cargo run --example placement`.

use school_enterprise::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
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
    let line = post(LINE_POST, "SMT line operator", "assembly", 300, 5_000);
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
        .post(line.build()?)
        .post(paint.build()?)
        .build()?;

    let classmate = Student::builder()
        .school(SCHOOL)
        .major("applied electronics")
        .major_category("electronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    // Zheng Hao is 17: born in 2008.
    #[rustfmt::skip]
    let class = [
        ("Wang Fang", d(2006, 4, 1)), ("Zhao Lei", d(2006, 4, 2)), ("Sun Li", d(2006, 4, 3)),
        ("Zhou Jie", d(2006, 4, 4)), ("Wu Min", d(2006, 4, 5)), ("Zheng Hao", d(2008, 11, 3)),
    ];
    let students = classmate.enrol_all(StudentId::from_u128(100), class)?;
    let school = School::builder()
        .id(SCHOOL)
        .name("Pearl River Technical School")
        .kind(SchoolKind::SecondaryVocational)
        .build()?;
    let tutor = Instructor::of_school(TEACHER, "Li Hua", SCHOOL)?;
    let supervisor = Instructor::of_enterprise(SUPERVISOR, "Chen Gang", HOST)?;
    Registry::new(vec![school], vec![host], students, vec![tutor, supervisor])
}

/// Monday to Friday, 8:30 to 17:30 with an hour's break.
fn day_shifts() -> Result<WeeklySchedule, Error> {
    WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:30–17:30".parse()?, 60)
}

/// A work placement with the paperwork done and day shifts, as the office plans them.
fn planned(i: u128, post: PostId) -> Result<PlacementBuilder, Error> {
    Ok(Placement::builder()
        .id(PlacementId::from_u128(200 + i))
        .student(StudentId::from_u128(100 + i))
        .host(HOST)
        .post(post)
        .kind(PlacementKind::Independent)
        .dates("2026-03-02..=2026-07-31".parse()?)
        .schedule(day_shifts()?)
        .pay(Pay::new("4200.00 CNY".parse()?, 31)?)
        .paperwork_on(d(2026, 2, 16))
        .safety_training_on(d(2026, 2, 25))
        .insured(Share::ZERO)
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    // Zhou Jie: no insurance for July yet.
    let mut uninsured = planned(3, LINE_POST)?.build()?;
    let until_june = Insurance::new("2026-03-02..=2026-06-30".parse()?, Share::ZERO);
    uninsured.insurance = vec![until_june];
    // Zhao Lei: the night shift, 22:00 to 06:00, on Fridays.
    let nights = day_shifts()?.without_day(Weekday::Fri);
    let nights = nights.with_shift("Fri 22:00–06:00 (break 60 min)".parse()?)?;
    // Sun Li: the host asked for a 500 yuan deposit, and pays 3,800 a month (80 % is 4,000).
    let deposit = planned(2, LINE_POST)?.charge(Charge::new(ChargeKind::Deposit));
    let low_pay = Pay::new("3800.00 CNY".parse()?, 31)?;
    let placements = [
        // Wang Fang: everything in order.
        planned(0, LINE_POST)?.build()?,
        planned(1, LINE_POST)?.schedule(nights).build()?,
        deposit.pay(low_pay).build()?,
        uninsured,
        // Wu Min: on the spray-painting post (toxic), with an exemption filed a week late.
        planned(4, PAINT_POST)?.build()?,
        // Zheng Hao, 17: also on the painting post, which is forbidden for minors.
        planned(5, PAINT_POST)?.build()?,
    ];
    let late_filing = Exemption::new(
        vec![RuleCode::PlacementHazardousWork],
        vec![PlacementId::from_u128(204)],
        d(2026, 3, 9),
        "Provincial Education Department filing 2026-17",
    );
    let agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(9))
        .school(SCHOOL)
        .enterprise(HOST)
        .validity("2026-02-01..=2028-01-31".parse()?)
        .signed_on(d(2026, 1, 20))
        // An internship agreement: placements only, no cooperation mode of its own.
        .mode(Mode::Internship)
        .placements(placements)
        .exemption(late_filing)
        .build()?;

    let report = agreement.check(&registry, &Policy::cn());
    println!("Internship office: placements at Pearl River Electronics, spring term 2026");
    println!("{}\n", report.counts());
    // Each student's to-do list: code, message and legal source, then the figures.
    for (i, placement) in agreement.placements.iter().enumerate() {
        let student = registry.student(placement.student);
        let name = &student.ok_or("student in the registry")?.name;
        let here = Path::root().field("placements").index(i);
        let todo = report.details().under(here).brief();
        if todo.is_empty() {
            println!("{name}: ready to start on {}", placement.dates.first());
        } else {
            print!("{name}:\n{todo}");
        }
    }
    Ok(())
}
