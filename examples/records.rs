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
        POST,
        Name::new("SMT line operator")?,
        Name::new("production line")?,
        Name::new("electronics")?,
        300,
        Money::new(5_000_00, Currency::CNY),
    ));
    let student = Student::new(
        STUDENT,
        SCHOOL,
        Name::new("Wang Fang")?,
        d(2006, 4, 1),
        Name::new("applied electronics")?,
        Name::new("electronics")?,
        2024,
        d(2024, 9, 1),
        d(2027, 7, 1),
    );
    Registry::new(
        vec![School::new(
            SCHOOL,
            Name::new("Pearl River Technical School")?,
            SchoolKind::SecondaryVocational,
        )],
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
    let dates = DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?;
    let mut p = Placement::new(
        PlacementId::from_u128(7),
        STUDENT,
        HOST,
        POST,
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
            .map(|day| Shift::new(day, t(8, 0), t(17, 0), 60))
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
    p.safety_training_on = Some(d(2026, 2, 20));
    Ok(p)
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

/// The agreement's joint teaching plan: workplace practice taught by the host's supervisor
/// (revision 2's internship agreements, which hold placements only, are not in this crate yet).
fn teaching_plan() -> Result<interaction::Interaction, Error> {
    use interaction::{Course, CourseHours, CourseKind, Teaching, TeachingPlan};
    let mut practice = Course::new(
        CourseId::from_u128(9),
        Name::new("workplace practice")?,
        CourseKind::Professional,
        DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?,
        CourseHours::new(96, 64)?,
    );
    practice.instructors.push(Teaching::new(SUPERVISOR, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice);
    plan.approvals.school = Some(d(2026, 1, 25));
    plan.approvals.enterprise = Some(d(2026, 1, 25));
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    Ok(model)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = Policy::cn();
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(8),
        SCHOOL,
        HOST,
        DateRange::new(d(2026, 2, 1), d(2027, 1, 31))?,
        d(2026, 1, 20),
        Mode::Interaction(teaching_plan()?),
    );
    agreement.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "placement tutors"),
        Contribution::new(Side::Enterprise, ContributionKind::Posts, "line posts"),
    ];
    agreement.placements.push(planned()?);

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
    for code in [
        RuleCode::RecordNightWork,
        RuleCode::RecordDailyHours,
        RuleCode::RecordWeeklyHours,
        RuleCode::RecordPaidDirectly,
        RuleCode::RecordNoDeductions,
        RuleCode::RecordPaidInFull,
    ] {
        assert!(
            report.with_code(code).next().is_some(),
            "{code} is reported"
        );
    }

    let summary = record::Summary::of(&agreement.placements[0], &policy)
        .ok_or("the placement has a record")?;
    println!("\n{summary}");
    Ok(())
}
