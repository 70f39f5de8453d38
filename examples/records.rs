//! The plan says eight hours on weekdays; the record says otherwise. An inspector checks a
//! placement whose plan passes every rule against the record of what happened in March 2026:
//! eleven-hour night shifts six days a week, and the month's pay sent through the school less a
//! "management fee". The report names each fact; the summary shows the weeks.
//!
//! Run with `cargo run --example records`.

use chrono::{Datelike, NaiveDate, Weekday};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const HOST: EnterpriseId = EnterpriseId::from_u128(2);
const POST: PostId = PostId::from_u128(3);
const TEACHER: InstructorId = InstructorId::from_u128(4);
const SUPERVISOR: InstructorId = InstructorId::from_u128(5);
const STUDENT: StudentId = StudentId::from_u128(6);

fn registry() -> Result<Registry, Error> {
    let post = Post::builder()
        .id(POST)
        .name("SMT line operator")
        .category("production line")
        .major_category("electronics")
        .headcount(300)
        .monthly_wage(Money::new(5_000_00, Currency::CNY));
    let host = Enterprise::builder()
        .id(HOST)
        .name("Pearl River Electronics")
        .sector("electronics manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(1_200)
        .vetted_on(d(2026, 1, 12))
        .rest_days(WeekdaySet::SUNDAY)
        .post(post.build()?)
        .build()?;
    let student = Student::builder()
        .id(STUDENT)
        .school(SCHOOL)
        .name("Wang Fang")
        .birth_date(d(2006, 4, 1))
        .major("applied electronics")
        .major_category("electronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1))
        .build()?;
    let school = School::builder()
        .id(SCHOOL)
        .name("Pearl River Technical School")
        .kind(SchoolKind::SecondaryVocational)
        .build()?;
    Registry::new(
        vec![school],
        vec![host],
        vec![student],
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

/// The placement as planned: Monday to Friday 08:00–17:00 with an unpaid hour, 4,200.00 CNY a
/// month, every document in place.
fn planned() -> Result<Placement, Error> {
    Placement::builder()
        .id(PlacementId::from_u128(7))
        .student(STUDENT)
        .host(HOST)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?)
        .schedule(WeeklySchedule::every(
            WeekdaySet::MONDAY_TO_FRIDAY,
            DailyWindow::new(t(8, 0), t(17, 0))?,
            60,
        )?)
        .pay(Pay::new(Money::new(4_200_00, Currency::CNY), 31)?)
        .paperwork_on(d(2026, 2, 16))
        .safety_training_on(d(2026, 2, 20))
        .insured(Share::ZERO)
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR)
        .build()
}

/// What happened in March: 20:00–07:00 Monday to Saturday, and March's pay (4,064.51 CNY for its
/// 30 placement days) sent to the school, which kept a 600.00 CNY "management fee". The record is
/// complete through 1 May, March's pay day (its last placement day plus 31 days).
fn what_happened() -> Result<Record, Error> {
    let mut record = Record::new(d(2026, 5, 1));
    for day in DateRange::new(d(2026, 3, 2), d(2026, 3, 28))?.days() {
        if day.weekday() != Weekday::Sun {
            record = record.with_shift(WorkedShift::new(day, t(20, 0), t(7, 0), 0)?);
        }
    }
    let march = DateRange::new(d(2026, 3, 2), d(2026, 3, 31))?;
    let pay = Payment::new(march, Money::new(4_064_51, Currency::CNY), d(2026, 4, 15))
        .to(Payee::School)
        .deducting(Deduction::new(
            DeductionKind::Fee,
            Money::new(600_00, Currency::CNY),
        ));
    Ok(record.with_payment(pay))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = Policy::cn();
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(8))
        .school(SCHOOL)
        .enterprise(HOST)
        .validity(DateRange::new(d(2026, 2, 1), d(2027, 1, 31))?)
        .signed_on(d(2026, 1, 20))
        .mode(Mode::Internship)
        .placement(planned()?)
        .build()?;

    let plan = agreement.check(&registry, &policy);
    println!("The plan: {} violation(s).", plan.len());
    assert!(plan.is_empty(), "{plan}");

    agreement.placements[0].record = Some(what_happened()?);
    let report = agreement.check(&registry, &policy);
    println!("\nThe record: {} violation(s).", report.len());
    let mut seen = std::collections::BTreeSet::new();
    for v in &report {
        if seen.insert(v.code().to_string()) {
            let count = report.with_code(v.code().clone()).count();
            println!("  {} × {count}, first: {v}", v.code());
        }
    }
    // Each fact by its code: the nights, the 11-hour days, the 66-hour weeks, the Saturday nights
    // running into the host's Sunday (no date of the week without work), the shifts off the plan,
    // and March's pay sent to the school less a fee (so not paid to the student at all).
    let expected = [
        RuleCode::RecordNightWork,
        RuleCode::RecordDailyHours,
        RuleCode::RecordWeeklyHours,
        RuleCode::RecordRestDays,
        RuleCode::RecordRestDayWork,
        RuleCode::RecordBeyondSchedule,
        RuleCode::RecordPaidDirectly,
        RuleCode::RecordNoDeductions,
        RuleCode::RecordPaidOnTime,
        RuleCode::RecordPaidInFull,
    ];
    for code in expected {
        assert!(
            report.with_code(code).next().is_some(),
            "{code} is reported"
        );
    }
    assert_eq!(seen.len(), expected.len(), "{report}");

    let summary = record::Summary::of(&agreement.placements[0], &policy)
        .ok_or("the placement has a record")?;
    println!("\n{summary}");
    Ok(())
}
