//! A realistic employed-study programme: the night-shift class of a motor-parts plant.
//!
//! Twenty-five workers of Huayang Motor Components enrol in September 2026 in a three-year
//! programme of Wujin Vocational and Technical College while they keep working. The plant runs
//! three eight-hour shifts Monday to Friday; each of its three crews follows the same three-week
//! rota (early 06:00–14:00, late 14:00–22:00, night 22:00–06:00), one week apart, so the class
//! meets on Saturdays, on one timetable entered once for the whole class. Most workers were hired
//! years before they enrolled. The example prints each crew's first weeks of term and the report
//! (empty), then books one worker a make-up class on a Wednesday evening and prints the report
//! again.
//!
//! Run with `cargo run --example programme`.

use chrono::{Days, NaiveDate, Weekday};
use school_enterprise::alternation::{
    Alternation, ClassSession, EmployedStudy, Employment, JobTask,
};
use school_enterprise::*;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const COLLEGE: SchoolId = SchoolId::from_u128(1);
const PLANT: EnterpriseId = EnterpriseId::from_u128(2);
const OPERATOR: PostId = PostId::from_u128(3);
const CNC: TaskId = TaskId::from_u128(10);
const DRAWINGS: TaskId = TaskId::from_u128(11);
const WORKERS: u32 = 25;
const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];
const NAMES: [&str; 5] = ["Wang", "Li", "Zhang", "Liu", "Chen"];
const GIVEN: [&str; 5] = ["Wei", "Fang", "Jie", "Min", "Lei"];

fn worker(i: u32) -> StudentId {
    StudentId::from_u128(1_000 + u128::from(i))
}

fn registry() -> Result<Registry> {
    let college = School::new(
        COLLEGE,
        Name::new("Wujin Vocational and Technical College")?,
        SchoolKind::HigherVocational,
    );
    let operator = Post::builder()
        .id(OPERATOR)
        .name("CNC machine operator")
        .category("machining")
        .major_category("mechanical manufacturing")
        .headcount(240)
        .monthly_wage(Money::new(6_000_00, Currency::CNY))
        .hazards([Hazard::Machinery, Hazard::Noise]);
    let plant = Enterprise::builder()
        .id(PLANT)
        .name("Huayang Motor Components Co.")
        .sector("automotive parts")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(1_800)
        .post(operator.build()?)
        .build()?;
    let class = Student::builder()
        .school(COLLEGE)
        .major("mechatronics technology")
        .major_category("mechanical manufacturing")
        .grade(2026)
        .enrolled_on(d(2026, 9, 1))
        .expected_graduation(d(2029, 7, 1));
    let mut students = Vec::new();
    for i in 0..WORKERS {
        let (k, g) = ((i % 5) as usize, (i / 5) as usize);
        let name = format!("{} {}", NAMES[k], GIVEN[g]);
        let born = d(1992 + (i % 10) as i32, 1 + i % 12, 1 + i);
        students.push(class.enrol(worker(i), name, born)?);
    }
    Ok(Registry::new(
        vec![college],
        vec![plant],
        students,
        Vec::new(),
    )?)
}

/// Early, late and night weeks, eight paid hours a shift; crew `crew` starts its early week on
/// Monday 31 August 2026 less `crew` weeks.
fn rota(crew: u32) -> Result<Schedule> {
    let week = |start, end| -> Result<WeeklySchedule> {
        let shifts = WEEKDAYS.map(|day| Shift::new(day, start, end, 0));
        Ok(WeeklySchedule::new(
            shifts.into_iter().collect::<std::result::Result<_, _>>()?,
        )?)
    };
    let anchor = d(2026, 8, 31) - Days::new(7 * u64::from(crew));
    let weeks = vec![
        week(t(6, 0), t(14, 0))?,
        week(t(14, 0), t(22, 0))?,
        week(t(22, 0), t(6, 0))?,
    ];
    Ok(Schedule::rota(anchor, weeks)?)
}

fn programme() -> Result<CooperationAgreement> {
    let mut model = EmployedStudy::new();
    model.tasks = vec![
        JobTask::new(CNC, Name::new("CNC programming and set-up")?),
        JobTask::new(DRAWINGS, Name::new("reading part drawings")?),
    ];
    let saturday = |start, end, topic: &str, task| -> Result<ClassSession> {
        Ok(ClassSession::new(Weekday::Sat, start, end, Name::new(topic)?)?.linked_to(task))
    };
    model.timetable = vec![
        saturday(t(8, 30), t(11, 30), "CNC programming", CNC)?,
        saturday(t(13, 30), t(16, 0), "mechanical drawing", DRAWINGS)?,
    ];
    for i in 0..WORKERS {
        // Workers 0 to 17 were hired between 2019 and 2025; the rest start after enrolling.
        let hired = if i < 18 {
            d(2019 + (i % 7) as i32, 1 + i % 12, 1)
        } else {
            d(2026, 9, 7)
        };
        let pay = Money::new(6_000_00, Currency::CNY);
        let mut job = Employment::builder()
            .student(worker(i))
            .enterprise(PLANT)
            .post(OPERATOR)
            .contract_weekly_minutes(40 * 60)
            .monthly_pay(pay)
            .starts_on(hired)
            .build()?;
        job.schedule = rota(i % 3)?;
        model.employments.push(job);
    }
    let a = CooperationAgreement::builder()
        .id(AgreementId::from_u128(5))
        .school(COLLEGE)
        .enterprise(PLANT)
        .validity(DateRange::new(d(2026, 8, 1), d(2031, 7, 31))?)
        .signed_on(d(2026, 7, 20))
        .mode(Mode::Alternation(Alternation::EmployedStudy(model)))
        .school_contributes(ContributionKind::Staff, "weekend teachers")
        .enterprise_contributes(ContributionKind::Space, "classroom at the plant")
        .build()?;
    Ok(a)
}

fn main() -> Result<()> {
    let registry = registry()?;
    let mut policy = Policy::cn();
    // Jiangsu's monthly minimum wage for class-I areas, which the caller supplies.
    policy.local_min_monthly_wage = Some(Money::new(2_490_00, Currency::CNY));
    let mut agreement = programme()?;
    let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut agreement.mode else {
        return Err("an employed-study agreement".into());
    };
    println!(
        "Huayang's night-shift class: {} workers, 3 crews",
        model.employments.len()
    );
    let names = ["early", "late", "night"];
    for crew in 0..3 {
        let schedule = &model.employments[crew].schedule;
        let weeks: Vec<&str> = (0..3)
            .map(|w| names[schedule.pattern_index(d(2026, 9, 7) + Days::new(7 * w))])
            .collect();
        println!(
            "  crew {}: weeks of 7, 14, 21 September: {}",
            crew + 1,
            weeks.join(", ")
        );
    }
    println!("\nAs planned:\n{}", agreement.check(&registry, &policy));

    // Li Lei (worker 21, crew 1) missed a Saturday: a make-up class on Wednesday evening falls
    // in his late week's shift, Wednesday 14:00–22:00.
    let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut agreement.mode else {
        return Err("an employed-study agreement".into());
    };
    let make_up = ClassSession::new(
        Weekday::Wed,
        t(19, 0),
        t(21, 0),
        Name::new("CNC programming")?,
    )?;
    model.employments[21].classes.push(make_up.linked_to(CNC));
    println!(
        "\nWith a make-up class on Wednesday evening:\n{}",
        agreement.check(&registry, &policy)
    );
    Ok(())
}
