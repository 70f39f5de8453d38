//! Dual vocational training in Germany, checked under the de profile: a 16-year-old trainee
//! mechatronics technician (Mechatronikerin) spends Monday and Wednesday morning at the
//! vocational school (Berufsschule) and the rest of the week at the company. The plan passes;
//! then seven plausible mistakes between them raise each of the seven codes the de profile adds
//! (a sixth working day also breaks the minors' weekly hours and, on a Sunday, the rest day). Each
//! mistake lists the codes it raises, worked out from the law; the example asserts them, and so
//! does `tests/de_table.rs`, which compiles this file in.
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

pub fn registry() -> Result<Registry, Error> {
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
pub fn training_placement() -> Result<Placement, Error> {
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

pub fn agreement(placement: Placement) -> Result<CooperationAgreement, Error> {
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

/// The policy: de with the public holidays of North Rhine-Westphalia that fall in the half-year
/// on working days.
pub fn policy() -> Result<Policy, Error> {
    let holidays = [
        d(2025, 10, 3),
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
    ];
    Policy::de().with_official_calendar(holidays, [])
}

/// A plausible mistake in the plan: what it is, the placement with it, and the codes it raises,
/// each worked out from the law.
pub struct Mistake {
    pub title: &'static str,
    pub placement: Placement,
    pub codes: &'static [&'static str],
}

/// One mistake of each of the seven kinds the de profile adds.
pub fn mistakes(plan: &Placement) -> Result<Vec<Mistake>, Error> {
    let shift = |day, start: TimeOfDay, end: TimeOfDay, unpaid_break| {
        Shift::new(day, start, end, unpaid_break)
    };
    let with_shifts = |shifts: Vec<Shift>| -> Result<Placement, Error> {
        let mut p = plan.clone();
        p.schedule = WeeklySchedule::new(shifts)?.into();
        Ok(p)
    };
    let planned = plan
        .schedule
        .weeks()
        .first()
        .map(|w| w.shifts().to_vec())
        .unwrap_or_default();
    let with_shift = |k: usize, s: Shift| {
        let mut shifts = planned.clone();
        if let Some(slot) = shifts.get_mut(k) {
            *slot = s;
        }
        with_shifts(shifts)
    };
    let with_more = |more: Vec<Shift>| {
        let mut shifts = planned.clone();
        shifts.extend(more);
        with_shifts(shifts)
    };
    let mut underpaid = plan.clone();
    underpaid.pay = Some(Pay::new(eur(650_00), 31)?);
    Ok(vec![
        Mistake {
            // 8 h 30 min of work: above a minor's 8 h (JArbSchG § 8(1)).
            title: "Tuesday until 17:00 (8 h 30 min of work):",
            placement: with_shift(0, shift(Weekday::Tue, t(7, 30), t(17, 0), 60)?)?,
            codes: &["worktime.minor_daily_hours"],
        },
        Mistake {
            // 26 h + 4 h of work and 8 h + 3 h 45 min of school credit: 42 h 15 min, above a
            // minor's 40 h though the work alone is not (JArbSchG § 9(2)).
            title:
                "A Saturday morning shift: 30 h 30 min of work and 11 h 45 min of school credit:",
            placement: with_more(vec![shift(Weekday::Sat, t(8, 0), t(12, 0), 0)?])?,
            codes: &["worktime.school_day"],
        },
        Mistake {
            // Tuesday to Sunday: six days (JArbSchG § 15: five), 40 h 30 min (§ 8(1): 40 h), one
            // a Sunday (ArbZG § 9). In the weeks whose Friday or Thursday is a holiday off (3 October, 1 January),
            // 33 h of work fit 40 h but not with 11 h 45 min of school credit.
            title: "Stock-taking every weekend: 40 h 30 min of work on six days, one a Sunday:",
            placement: with_more(vec![
                shift(Weekday::Sat, t(7, 0), t(15, 0), 60)?,
                shift(Weekday::Sun, t(7, 0), t(15, 0), 60)?,
            ])?,
            codes: &[
                "placement.rest_day_work",
                "worktime.minor_days_per_week",
                "worktime.minor_weekly_hours",
                "worktime.school_day",
            ],
        },
        Mistake {
            // 20:00 to 07:30 is 11 h 30 min, short of a minor's 12 h (JArbSchG § 13).
            title: "Thursday 12:00–20:00, then Friday at 07:30 (11 h 30 min of rest):",
            placement: with_shift(2, shift(Weekday::Thu, t(12, 0), t(20, 0), 60)?)?,
            codes: &["worktime.daily_rest"],
        },
        Mistake {
            // More than 6 h of work needs 60 min (JArbSchG § 11(1)).
            title: "Friday 07:30–14:00 with a 15-minute break (6 h 15 min of work):",
            placement: with_shift(3, shift(Weekday::Fri, t(7, 30), t(14, 0), 15)?)?,
            codes: &["worktime.breaks"],
        },
        Mistake {
            // No work on the week's first school day with more than five lessons (JArbSchG
            // § 9(1) no. 2; BBiG § 15(1) no. 2).
            title: "Monday afternoon at the company after six lessons:",
            placement: with_shift(1, shift(Weekday::Mon, t(14, 0), t(16, 0), 0)?)?,
            codes: &["worktime.school_day"],
        },
        Mistake {
            // Training started in 2025, year 1: at least 682.00 EUR (BBiG § 17(2)).
            title: "650.00 EUR a month in the first training year:",
            placement: underpaid,
            codes: &["placement.training_allowance"],
        },
    ])
}

/// The distinct codes of a report, in order.
pub fn codes(report: &Report) -> Vec<String> {
    let codes: std::collections::BTreeSet<String> =
        report.iter().map(|v| v.code().to_string()).collect();
    codes.into_iter().collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = policy()?;

    let plan = training_placement()?;
    let report = agreement(plan.clone())?.check(&registry, &policy);
    show("The training plan as agreed:", &report);
    assert!(report.is_empty());

    for mistake in mistakes(&plan)? {
        println!();
        let report = agreement(mistake.placement)?.check(&registry, &policy);
        show(mistake.title, &report);
        assert_eq!(codes(&report), mistake.codes, "{}", mistake.title);
    }
    Ok(())
}
