//! An order class (订单班): a precision manufacturer orders 30 CNC machinists from a vocational
//! college; 8 of the students are its own employees. The example prints the three
//! synchronizations (enrollment with recruitment, teaching with production, internship with
//! employment) and the check report; then breaks each synchronization once and prints the report
//! for each break.
//!
//! Run with `cargo run --example order_class`.

use chrono::{NaiveDate, Weekday};
use school_enterprise::order::{
    Delivery, EmploymentCommitment, Enrollee, Exam, Module, ModuleKind, OrderClass, PracticalBlock,
    ProductionPeriod, Requirement, Synchronization,
};
use school_enterprise::WeekdaySet;
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const COLLEGE: SchoolId = SchoolId::from_u128(1);
const HUAXIN: EnterpriseId = EnterpriseId::from_u128(2);
const HUAXIN_SUZHOU: EnterpriseId = EnterpriseId::from_u128(3);
const CNC_POST: PostId = PostId::from_u128(4);
const SUZHOU_POST: PostId = PostId::from_u128(5);
const TUTOR: InstructorId = InstructorId::from_u128(6);
const MASTER: InstructorId = InstructorId::from_u128(7);
const SUZHOU_MASTER: InstructorId = InstructorId::from_u128(8);

const CLASS_SIZE: u128 = 30;
const EMPLOYEES: u128 = 8;

fn student_id(i: u128) -> StudentId {
    StudentId::from_u128(100 + i)
}

fn requirement_id(i: u128) -> RequirementId {
    RequirementId::from_u128(300 + i)
}

fn range(first: NaiveDate, last: NaiveDate) -> Result<DateRange, Error> {
    DateRange::new(first, last)
}

fn registry() -> Result<Registry, Error> {
    let college = School::new(
        COLLEGE,
        Name::new("Jiangbei Vocational and Technical College")?,
        SchoolKind::HigherVocational,
    );
    let factory = |id, name: &str, employees, post: Post| -> Result<Enterprise, Error> {
        let mut e = Enterprise::new(
            id,
            Name::new(name)?,
            Name::new("precision manufacturing")?,
            LegalStatus::OwnEntity,
            VenueKind::Factory,
            employees,
        );
        e.vetted_on = Some(d(2025, 12, 1));
        e.rest_days = Some(WeekdaySet::SUNDAY);
        e.posts.push(post);
        Ok(e)
    };
    let cnc_post = |id| -> Result<Post, Error> {
        Ok(Post::new(
            id,
            Name::new("CNC machinist")?,
            Name::new("machining")?,
            Name::new("mechanical manufacturing")?,
            240,
            Money::new(5_000_00, Currency::CNY),
        ))
    };
    let huaxin = factory(
        HUAXIN,
        "Huaxin Precision Manufacturing",
        1_500,
        cnc_post(CNC_POST)?,
    )?;
    let suzhou = factory(
        HUAXIN_SUZHOU,
        "Huaxin Precision (Suzhou)",
        600,
        cnc_post(SUZHOU_POST)?,
    )?;

    let surnames = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
    ];
    let given = ["Wei", "Fang", "Lei", "Min", "Jie", "Hao", "Jing", "Qiang"];
    let students = (0..CLASS_SIZE)
        .map(|i| -> Result<Student, Error> {
            let k = i as usize;
            let name = format!("{} {}", surnames[k % 8], given[(k / 8 + k) % 8]);
            // The first 22 finished junior high school in 2025; the last 8 already work on
            // Huaxin's shop floor and were recruited into the class.
            let recruited = i >= CLASS_SIZE - EMPLOYEES;
            let birth = if recruited {
                d(2003, 1 + (k % 12) as u32, 10)
            } else {
                d(2006, 1 + (k % 12) as u32, 1 + (k % 28) as u32)
            };
            let mut s = Student::new(
                student_id(i),
                COLLEGE,
                Name::new(name)?,
                birth,
                Name::new("numerical control technology")?,
                Name::new("mechanical manufacturing")?,
                2025,
                d(2025, 9, 1),
                d(2028, 7, 1),
            );
            if recruited {
                s.origin = Origin::RecruitedEmployee {
                    enterprise: HUAXIN,
                    since: d(2022, 7, 1 + (k % 20) as u32),
                };
            }
            Ok(s)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Registry::new(
        vec![college],
        vec![huaxin, suzhou],
        students,
        vec![
            Instructor::new(TUTOR, Name::new("Sun Li")?, Employer::School(COLLEGE)),
            Instructor::new(
                MASTER,
                Name::new("Zhou Guoqiang")?,
                Employer::Enterprise(HUAXIN),
            ),
            Instructor::new(
                SUZHOU_MASTER,
                Name::new("Wu Jianhua")?,
                Employer::Enterprise(HUAXIN_SUZHOU),
            ),
        ],
    )
}

/// The final-term internship of student `i` on Huaxin's CNC post, paperwork done.
fn internship(i: u128) -> Result<Placement, Error> {
    let dates = range(d(2028, 2, 28), d(2028, 6, 30))?;
    let mut p = Placement::new(
        PlacementId::from_u128(500 + i),
        student_id(i),
        HUAXIN,
        CNC_POST,
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
    p.pay = Some(Pay::new(Money::new(4_300_00, Currency::CNY), 31));
    let prepared = Some(d(2028, 2, 10));
    p.internship_plan_on = prepared;
    p.filed_on = prepared;
    p.tripartite.school = prepared;
    p.tripartite.host = prepared;
    p.tripartite.student = prepared;
    p.consent.student = prepared;
    p.consent.guardian = prepared;
    p.insurance.push(Insurance::new(dates, Share::ZERO));
    p.school_instructor = Some(TUTOR);
    p.supervisor = Some(MASTER);
    p.safety_training_on = Some(d(2028, 2, 21));
    Ok(p)
}

fn module(
    id: u128,
    name: &str,
    kind: ModuleKind,
    hours: u32,
    delivery: Delivery,
    covers: &[u128],
) -> Result<Module, Error> {
    let mut m = Module::new(
        ModuleId::from_u128(id),
        Name::new(name)?,
        kind,
        hours,
        delivery,
    );
    m.covers = covers.iter().map(|r| requirement_id(*r)).collect();
    Ok(m)
}

fn exam(id: u128, name: &str, assesses: &[u128]) -> Result<Exam, Error> {
    let mut e = Exam::new(ExamId::from_u128(id), Name::new(name)?);
    e.setters = vec![Side::School, Side::Enterprise];
    e.assesses = assesses.iter().map(|r| requirement_id(*r)).collect();
    Ok(e)
}

fn order_class() -> Result<OrderClass, Error> {
    let mut class = OrderClass::new(30, d(2025, 9, 1));
    class.intake = (0..CLASS_SIZE)
        .map(|i| {
            Enrollee::committed(
                student_id(i),
                EmploymentCommitment::new(CNC_POST, d(2025, 8, 25), d(2028, 7, 3)),
            )
        })
        .collect();
    let skills = [
        "CNC programming",
        "Precision measurement",
        "Machine maintenance",
        "Lean production",
        "Work safety",
    ];
    class.requirements = skills
        .iter()
        .enumerate()
        .map(|(i, skill)| {
            Ok(Requirement::new(
                requirement_id(i as u128),
                Name::new(*skill)?,
            ))
        })
        .collect::<Result<_, Error>>()?;
    let joint = |per_mille| -> Result<Delivery, Error> {
        Ok(Delivery::Joint {
            enterprise_share: Share::from_per_mille(per_mille)?,
        })
    };
    use ModuleKind::{General, Vocational};
    class.modules = vec![
        module(
            400,
            "Mechanical drawing",
            Vocational,
            96,
            Delivery::School,
            &[1],
        )?,
        module(
            401,
            "CNC lathe and milling",
            Vocational,
            240,
            Delivery::Enterprise,
            &[0],
        )?,
        module(402, "Metrology lab", Vocational, 64, joint(600)?, &[1])?,
        module(
            403,
            "Equipment upkeep",
            Vocational,
            80,
            Delivery::Enterprise,
            &[2],
        )?,
        module(
            404,
            "Lean workshop",
            Vocational,
            48,
            Delivery::Enterprise,
            &[3],
        )?,
        module(
            405,
            "Safety on the shop floor",
            Vocational,
            32,
            joint(500)?,
            &[4],
        )?,
        module(406, "Mathematics", General, 128, Delivery::School, &[])?,
        module(407, "Technical English", General, 96, Delivery::School, &[])?,
    ];
    class.exams = vec![
        exam(450, "CNC skills exam", &[0, 1])?,
        exam(451, "Maintenance practical", &[2, 4])?,
        exam(452, "Lean project review", &[3])?,
    ];
    class.production_periods = vec![
        ProductionPeriod::new(
            PeriodId::from_u128(600),
            range(d(2026, 3, 1), d(2026, 6, 30))?,
        ),
        ProductionPeriod::new(
            PeriodId::from_u128(601),
            range(d(2026, 9, 1), d(2027, 1, 15))?,
        ),
        ProductionPeriod::new(
            PeriodId::from_u128(602),
            range(d(2027, 3, 1), d(2027, 6, 30))?,
        ),
        ProductionPeriod::new(
            PeriodId::from_u128(603),
            range(d(2027, 7, 1), d(2027, 12, 31))?,
        ),
    ];
    class.practical_blocks = vec![
        PracticalBlock::new(
            PeriodId::from_u128(650),
            range(d(2026, 4, 6), d(2026, 4, 30))?,
        ),
        PracticalBlock::new(
            PeriodId::from_u128(651),
            range(d(2026, 10, 12), d(2026, 11, 6))?,
        ),
        // Across two production runs that follow each other with no gap: one run.
        PracticalBlock::new(
            PeriodId::from_u128(652),
            range(d(2027, 6, 1), d(2027, 7, 16))?,
        ),
    ];
    Ok(class)
}

fn agreement() -> Result<CooperationAgreement, Error> {
    let mut a = CooperationAgreement::new(
        AgreementId::from_u128(10),
        COLLEGE,
        HUAXIN,
        range(d(2025, 8, 1), d(2028, 8, 31))?,
        d(2025, 6, 20),
        Mode::OrderBased(order_class()?),
    );
    a.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "machining teachers"),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Equipment,
            "five CNC lathes for the training workshop",
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            "30 machinist posts",
        ),
    ];
    a.placements = (0..CLASS_SIZE).map(internship).collect::<Result<_, _>>()?;
    Ok(a)
}

fn class_of(a: &mut CooperationAgreement) -> &mut OrderClass {
    match &mut a.mode {
        Mode::OrderBased(class) => class,
        _ => unreachable!("the example's agreement is order-based"),
    }
}

/// The handovers of the intake entries at `positions`.
fn print_handovers(sync: &Synchronization<'_>, registry: &Registry, positions: &[usize]) {
    for (position, h) in sync.handovers().iter().enumerate() {
        if !positions.contains(&position) {
            continue;
        }
        let name = registry
            .student(h.student)
            .map_or("(unknown)".to_owned(), |s| s.name.to_string());
        let show = |day: Option<NaiveDate>| day.map_or("-".to_owned(), |d| d.to_string());
        println!(
            "  {name:<12} internship ends {}, job starts {}, {} day(s) between",
            show(h.internship_ends_on),
            show(h.job_starts_on),
            h.gap_days.map_or("-".to_owned(), |g| g.to_string()),
        );
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let policy = Policy::cn();
    let planned = agreement()?;

    let sync = Synchronization::of(&planned, &registry).ok_or("not an order class")?;
    println!("Huaxin CNC order class, intake 2025\n");
    println!("Enrollment and recruitment: {}", sync.balance());
    println!("\nTeaching and production: requirements traced to modules and exams\n");
    println!("{}", sync.traceability());
    println!("\nInternship and employment (first three students):");
    print_handovers(&sync, &registry, &[0, 1, 2]);
    println!("\nCheck: {}", planned.check(&registry, &policy));

    // Break 1, enrollment and recruitment: two recruited employees left Huaxin before term,
    // and one commitment was signed a week after enrollment.
    let mut short = planned.clone();
    let class = class_of(&mut short);
    class.intake.truncate(28);
    if let Some(commitment) = class.intake[3].commitment.as_mut() {
        commitment.signed_on = d(2025, 9, 8);
    }
    short.placements.truncate(28);
    let sync = Synchronization::of(&short, &registry).ok_or("not an order class")?;
    println!(
        "\n1. Two recruits gone, one late commitment: {}",
        sync.balance()
    );
    print!("{}", short.check(&registry, &policy));

    // Break 2, teaching and production: the lean project review is dropped, and the autumn
    // block is extended a week past the end of the production run.
    let mut untraced = planned.clone();
    let class = class_of(&mut untraced);
    class.exams.truncate(2);
    class.practical_blocks[1] = PracticalBlock::new(
        PeriodId::from_u128(651),
        range(d(2026, 10, 12), d(2027, 1, 22))?,
    );
    let sync = Synchronization::of(&untraced, &registry).ok_or("not an order class")?;
    println!("\n2. Lean project review dropped, a block past production:\n");
    println!("{}", sync.traceability());
    print!("{}", untraced.check(&registry, &policy));

    // Break 3, internship and employment: one student interns at Huaxin's Suzhou affiliate, and
    // another's job starts six weeks after the internship ends.
    let mut handover = planned.clone();
    handover.placements[0].host = HUAXIN_SUZHOU;
    handover.placements[0].post = SUZHOU_POST;
    handover.placements[0].supervisor = Some(SUZHOU_MASTER);
    // Graduation is on 2028-07-01, so this start is also too long after graduation.
    if let Some(commitment) = class_of(&mut handover).intake[1].commitment.as_mut() {
        commitment.starts_on = d(2028, 8, 11);
    }
    let sync = Synchronization::of(&handover, &registry).ok_or("not an order class")?;
    println!("\n3. An internship at the affiliate, a job six weeks after the internship:");
    print_handovers(&sync, &registry, &[0, 1]);
    print!("{}", handover.check(&registry, &policy));
    Ok(())
}
