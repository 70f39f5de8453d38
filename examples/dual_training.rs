//! Dual vocational training in Germany, checked under the de profile: a 16-year-old trainee
//! mechatronics technician (Mechatronikerin) spends Monday and Wednesday morning at the
//! vocational school (Berufsschule) and the rest of the week at the company. The plan passes;
//! then seven plausible mistakes between them raise each of the seven codes the de profile adds
//! (a sixth working day also breaks the minors' weekly hours and, on a Sunday, the rest day).
//!
//! Run with `cargo run --example dual_training`.

use chrono::{NaiveDate, Weekday};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

fn eur(cents: u64) -> Money {
    Money::new(cents, Currency::EUR)
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const COMPANY: EnterpriseId = EnterpriseId::from_u128(2);
const POST: PostId = PostId::from_u128(3);
const TRAINER: InstructorId = InstructorId::from_u128(4);
const TRAINEE: StudentId = StudentId::from_u128(5);

fn registry() -> Result<Registry, Error> {
    let school = School::new(
        SCHOOL,
        Name::new("Berufskolleg Rhein-Ruhr")?,
        SchoolKind::SecondaryVocational,
    );
    // No weekly rest days declared: the de profile's default, Sunday (ArbZG § 9).
    let post = Post::builder()
        .id(POST)
        .name("trainee mechatronics technician")
        .category("mechatronics")
        .major_category("mechatronics")
        .headcount(12)
        .monthly_wage(eur(3_400_00))
        .hazard(Hazard::Machinery);
    let company = Enterprise::builder()
        .id(COMPANY)
        .name("Ruhr Antriebstechnik GmbH")
        .sector("drive systems manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(420)
        .post(post.build()?)
        .build()?;
    // Lena turns 17 on 20 May 2026: she is 16 on the first day of training.
    let lena = Student::builder()
        .id(TRAINEE)
        .school(SCHOOL)
        .name("Lena Schmidt")
        .birth_date(d(2009, 5, 20))
        .major("mechatronics technician")
        .major_category("mechatronics")
        .grade(2025)
        .enrolled_on(d(2025, 9, 1))
        .expected_graduation(d(2029, 1, 31))
        .build()?;
    let trainer = Instructor::of_enterprise(TRAINER, "Jürgen Weber", COMPANY)?;
    Registry::new(vec![school], vec![company], vec![lena], vec![trainer])
}

/// The first half-year of training: school on Monday (six lessons) and Wednesday morning (five
/// lessons), the company on Tuesday, Wednesday afternoon, Thursday and Friday.
fn training_placement() -> Result<Placement, Error> {
    let first_half = DateRange::new(d(2025, 9, 1), d(2026, 2, 28))?;
    let mut p = Placement::builder()
        .id(PlacementId::from_u128(10))
        .student(TRAINEE)
        .host(COMPANY)
        .post(POST)
        .kind(PlacementKind::Assisting)
        .dates(first_half)
        .build()?;
    let shift = |day, start: TimeOfDay, end: TimeOfDay, unpaid_break| {
        Shift::new(day, start, end, unpaid_break)
    };
    p.schedule = WeeklySchedule::new(vec![
        // 7 h 30 min with an hour's break: a minor needs 60 min above 6 h (JArbSchG § 11).
        shift(Weekday::Tue, t(7, 30), t(16, 0), 60)?,
        // After five lessons (credited from 07:45 to 11:30): 3 h 45 min + 4 h = 7 h 45 min.
        shift(Weekday::Wed, t(12, 30), t(16, 30), 0)?,
        shift(Weekday::Thu, t(7, 30), t(16, 0), 60)?,
        shift(Weekday::Fri, t(7, 30), t(16, 0), 60)?,
    ])?
    .into();
    p.school_days = vec![
        SchoolDay::new(Weekday::Mon, t(7, 45), t(13, 0), 6)?,
        SchoolDay::new(Weekday::Wed, t(7, 45), t(11, 30), 5)?,
    ];
    // The public holidays of North Rhine-Westphalia that fall on working days are days off.
    p.days_off = vec![
        d(2025, 10, 3),
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
    ];
    p.training_started_on = Some(d(2025, 9, 1));
    // Year 1 of a 2025 start: at least 682.00 EUR a month (BBiG § 17(2)).
    p.pay = Some(Pay::new(eur(1_050_00), 31)?);
    p.supervisor = Some(TRAINER);
    p.safety_training_on = Some(d(2025, 9, 1));
    // The chamber registration was applied for in July; Lena and her parents signed.
    p.filed_on = Some(d(2025, 7, 15));
    p.consent.student = Some(d(2025, 6, 30));
    p.consent.guardian = Some(d(2025, 6, 30));
    Ok(p)
}

fn agreement(placement: Placement) -> Result<CooperationAgreement, Error> {
    let mut a = CooperationAgreement::builder()
        .id(AgreementId::from_u128(20))
        .school(SCHOOL)
        .enterprise(COMPANY)
        .validity(DateRange::new(d(2025, 8, 1), d(2029, 7, 31))?)
        .signed_on(d(2025, 6, 1))
        .mode(Mode::Internship)
        .build()?;
    a.placements.push(placement);
    Ok(a)
}

fn show(title: &str, report: &Report) {
    println!("{title}");
    if report.is_empty() {
        println!("    no findings");
    }
    for v in report.iter() {
        println!("    {v}");
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let holidays = [
        d(2025, 10, 3),
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
    ];
    let policy = Policy::de().with_official_calendar(holidays, [])?;

    let plan = training_placement()?;
    let report = agreement(plan.clone())?.check(&registry, &policy);
    show("The training plan as agreed:", &report);
    assert!(report.is_empty());

    let shift = |day, start: TimeOfDay, end: TimeOfDay, unpaid_break| {
        Shift::new(day, start, end, unpaid_break)
    };
    let with_shift = |k: usize, s: Shift| -> Result<Placement, Error> {
        let mut p = plan.clone();
        let mut shifts = p.schedule.weeks()[0].shifts().to_vec();
        shifts[k] = s;
        p.schedule = WeeklySchedule::new(shifts)?.into();
        Ok(p)
    };
    let mut saturday = plan.clone();
    let mut shifts = saturday.schedule.weeks()[0].shifts().to_vec();
    shifts.push(shift(Weekday::Sat, t(8, 0), t(12, 0), 0)?);
    saturday.schedule = WeeklySchedule::new(shifts)?.into();
    let mut stocktaking = saturday.clone();
    stocktaking.schedule = WeeklySchedule::new(vec![
        shift(Weekday::Tue, t(7, 30), t(16, 0), 60)?,
        shift(Weekday::Wed, t(12, 30), t(16, 30), 0)?,
        shift(Weekday::Thu, t(7, 30), t(16, 0), 60)?,
        shift(Weekday::Fri, t(7, 30), t(16, 0), 60)?,
        shift(Weekday::Sat, t(7, 0), t(15, 0), 60)?,
        shift(Weekday::Sun, t(7, 0), t(15, 0), 60)?,
    ])?
    .into();
    let mut underpaid = plan.clone();
    underpaid.pay = Some(Pay::new(eur(650_00), 31)?);

    let mistakes: Vec<(&str, Placement)> = vec![
        (
            "Tuesday until 17:00 (8 h 30 min of work):",
            with_shift(0, shift(Weekday::Tue, t(7, 30), t(17, 0), 60)?)?,
        ),
        (
            "A Saturday morning shift: 30 h 30 min of work and 11 h 45 min of school credit:",
            saturday,
        ),
        (
            "Stock-taking every weekend: 40 h 30 min of work on six days, one a Sunday:",
            stocktaking,
        ),
        (
            "Thursday 12:00–20:00, then Friday at 07:30 (11 h 30 min of rest):",
            with_shift(2, shift(Weekday::Thu, t(12, 0), t(20, 0), 60)?)?,
        ),
        (
            "Friday 07:30–14:00 with a 15-minute break (6 h 15 min of work):",
            with_shift(3, shift(Weekday::Fri, t(7, 30), t(14, 0), 15)?)?,
        ),
        (
            "Monday afternoon at the company after six lessons:",
            with_shift(1, shift(Weekday::Mon, t(14, 0), t(16, 0), 0)?)?,
        ),
        ("650.00 EUR a month in the first training year:", underpaid),
    ];
    for (title, placement) in mistakes {
        println!();
        show(title, &agreement(placement)?.check(&registry, &policy));
    }
    Ok(())
}
