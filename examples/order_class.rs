//! An order class (订单班): a precision manufacturer orders 30 CNC machinists from a vocational
//! college; 8 of the students are its own employees. The example prints the three
//! synchronizations (enrollment with recruitment, teaching with production, internship with
//! employment) and the check report; then breaks each synchronization once and prints the report
//! for each break.
//!
//! Run with `cargo run --example order_class`.

use school_enterprise::order::*;
use school_enterprise::prelude::*;

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

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn registry() -> Result<Registry, Error> {
    let college = School::builder()
        .id(COLLEGE)
        .name("Jiangbei Vocational and Technical College");
    let college = college.kind(SchoolKind::HigherVocational).build()?;
    let factory = |id, name: &str, employees, post| {
        let cnc_post = Post::builder()
            .id(post)
            .name("CNC machinist")
            .category("machining")
            .major_category("mechanical manufacturing")
            .headcount(240)
            .monthly_wage(Money::new(5_000_00, Currency::CNY));
        Enterprise::builder()
            .id(id)
            .name(name)
            .sector("precision manufacturing")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(employees)
            .vetted_on(d(2025, 12, 1))
            .rest_days(WeekdaySet::SUNDAY)
            .post(cnc_post.build()?)
            .build()
    };
    let huaxin = factory(HUAXIN, "Huaxin Precision Manufacturing", 1_500, CNC_POST)?;
    let suzhou = factory(HUAXIN_SUZHOU, "Huaxin Precision (Suzhou)", 600, SUZHOU_POST)?;

    let classmate = Student::builder()
        .school(COLLEGE)
        .major("numerical control technology")
        .major_category("mechanical manufacturing")
        .grade(2025)
        .enrolled_on(d(2025, 9, 1))
        .expected_graduation(d(2028, 7, 1));
    #[rustfmt::skip]
    let surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"];
    let given = ["Wei", "Fang", "Lei", "Min", "Jie", "Hao", "Jing", "Qiang"];
    let students = (0..CLASS_SIZE as usize).map(|k| {
        let name = format!("{} {}", surnames[k % 8], given[(k / 8 + k) % 8]);
        let (id, month) = (StudentId::from_u128(100 + k as u128), 1 + (k % 12) as u32);
        // The first 22 finished junior high school in 2025; the last 8 already work on Huaxin's
        // shop floor and were recruited into the class.
        if k as u128 >= CLASS_SIZE - EMPLOYEES {
            let since = d(2022, 7, 1 + (k % 20) as u32);
            let recruit = classmate.clone().origin(Origin::RecruitedEmployee {
                enterprise: HUAXIN,
                since,
            });
            recruit.enrol(id, name, d(2003, month, 10))
        } else {
            classmate.enrol(id, name, d(2006, month, 1 + (k % 28) as u32))
        }
    });
    let staff = vec![
        Instructor::of_school(TUTOR, "Sun Li", COLLEGE)?,
        Instructor::of_enterprise(MASTER, "Zhou Guoqiang", HUAXIN)?,
        Instructor::of_enterprise(SUZHOU_MASTER, "Wu Jianhua", HUAXIN_SUZHOU)?,
    ];
    let students = students.collect::<Result<_, _>>()?;
    Registry::new(vec![college], vec![huaxin, suzhou], students, staff)
}

fn order_class() -> Result<OrderClass, Error> {
    let commitment = EmploymentCommitment::new(CNC_POST, d(2025, 8, 25), d(2028, 7, 3));
    let intake = (100..100 + CLASS_SIZE)
        .map(|i| Enrollee::committed(StudentId::from_u128(i), commitment.clone()));
    let requirement = |i: u128| RequirementId::from_u128(300 + i);
    #[rustfmt::skip]
    let skills = ["CNC programming", "Precision measurement", "Machine maintenance",
        "Lean production", "Work safety"];
    let requirements = (0..)
        .zip(skills)
        .map(|(i, skill)| Ok(Requirement::new(requirement(i), Name::new(skill)?)));
    let joint = |per_mille| {
        Share::from_per_mille(per_mille)
            .map(|enterprise_share| Delivery::Joint { enterprise_share })
    };
    use ModuleKind::{General, Vocational};
    #[rustfmt::skip]
    let modules = [
        (400, "Mechanical drawing", Vocational, 96, Delivery::School, &[1][..]),
        (401, "CNC lathe and milling", Vocational, 240, Delivery::Enterprise, &[0]),
        (402, "Metrology lab", Vocational, 64, joint(600)?, &[1]),
        (403, "Equipment upkeep", Vocational, 80, Delivery::Enterprise, &[2]),
        (404, "Lean workshop", Vocational, 48, Delivery::Enterprise, &[3]),
        (405, "Safety on the shop floor", Vocational, 32, joint(500)?, &[4]),
        (406, "Mathematics", General, 128, Delivery::School, &[]),
        (407, "Technical English", General, 96, Delivery::School, &[]),
    ];
    let modules = modules.map(|(id, name, kind, hours, delivery, covers)| {
        let module = Module::builder().name(name).kind(kind).hours(hours);
        let module = module.id(ModuleId::from_u128(id)).delivery(delivery);
        module
            .covers(covers.iter().map(|&r| requirement(r)))
            .build()
    });
    let exams = [
        (450, "CNC skills exam", &[0, 1][..]),
        (451, "Maintenance practical", &[2, 4]),
        (452, "Lean project review", &[3]),
    ];
    let exams = exams.map(|(id, name, assesses)| {
        let mut exam = Exam::new(ExamId::from_u128(id), Name::new(name)?);
        exam.setters = vec![Side::School, Side::Enterprise];
        exam.assesses = assesses.iter().map(|&r| requirement(r)).collect();
        Ok::<_, Error>(exam)
    });
    let period = |id, dates: &str| Ok::<_, Error>((PeriodId::from_u128(id), dates.parse()?));
    let production = [
        period(600, "2026-03-01..=2026-06-30")?,
        period(601, "2026-09-01..=2027-01-15")?,
        period(602, "2027-03-01..=2027-06-30")?,
        period(603, "2027-07-01..=2027-12-31")?,
    ];
    let blocks = [
        period(650, "2026-04-06..=2026-04-30")?,
        period(651, "2026-10-12..=2026-11-06")?,
        // Across two production runs that follow each other with no gap: one run.
        period(652, "2027-06-01..=2027-07-16")?,
    ];
    OrderClass::builder()
        .recruitment_quota(30)
        .enrolled_on(d(2025, 9, 1))
        .intake(intake)
        .requirements(requirements.collect::<Result<Vec<_>, Error>>()?)
        .modules(modules.into_iter().collect::<Result<Vec<_>, _>>()?)
        .exams(exams.into_iter().collect::<Result<Vec<_>, _>>()?)
        .production_periods(production.map(|(id, dates)| ProductionPeriod::new(id, dates)))
        .practical_blocks(blocks.map(|(id, dates)| PracticalBlock::new(id, dates)))
        .build()
}

fn agreement() -> Result<CooperationAgreement, Error> {
    // The final-term internships on Huaxin's CNC post, paperwork done.
    let dates = DateRange::new(d(2028, 2, 28), d(2028, 6, 30))?;
    let week = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:00–17:00".parse()?, 60)?;
    let internship = Placement::builder()
        .host(HUAXIN)
        .post(CNC_POST)
        .kind(PlacementKind::Independent)
        .dates(dates)
        .schedule(week)
        .pay(Pay::new("4300.00 CNY".parse()?, 31)?)
        .paperwork_on(d(2028, 2, 10))
        .safety_training_on(d(2028, 2, 21))
        .insured(Share::ZERO)
        .school_instructor(TUTOR)
        .supervisor(MASTER);
    let students = (100..100 + CLASS_SIZE).map(StudentId::from_u128);
    let internships = internship.for_students(PlacementId::from_u128(500), students)?;
    CooperationAgreement::builder()
        .id(AgreementId::from_u128(10))
        .school(COLLEGE)
        .enterprise(HUAXIN)
        .validity(DateRange::new(d(2025, 8, 1), d(2028, 8, 31))?)
        .signed_on(d(2025, 6, 20))
        .mode(order_class()?.into())
        .school_contributes(ContributionKind::Staff, "machining teachers")
        .enterprise_contributes(
            ContributionKind::Equipment,
            "five CNC lathes for the training workshop",
        )
        .enterprise_contributes(ContributionKind::Posts, "30 machinist posts")
        .placements(internships)
        .build()
}

/// The handovers of the first `count` students of the intake, by name.
fn print_handovers(sync: &Synchronization<'_>, registry: &Registry, count: usize) {
    for h in sync.handovers().iter().take(count) {
        let name = registry.name_of(*h.student.as_uuid());
        let name = name.map_or("(unknown)".to_owned(), Name::to_string);
        println!("  {name:<12} {h}");
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
    print_handovers(&sync, &registry, 3);
    println!("\nCheck: {}", planned.check(&registry, &policy));

    // Break 1, enrollment and recruitment: two recruited employees left Huaxin before term,
    // and one commitment was signed a week after enrollment.
    let mut short = planned.clone();
    let class = short.mode.as_order_mut().ok_or("not an order class")?;
    class.intake.truncate(28);
    if let Some(commitment) = class.intake[3].commitment.as_mut() {
        commitment.signed_on = d(2025, 9, 8);
    }
    short.placements.truncate(28);
    let sync = Synchronization::of(&short, &registry).ok_or("not an order class")?;
    let balance = sync.balance();
    println!("\n1. Two recruits gone, one late commitment: {balance}");
    print!("{}", short.check(&registry, &policy));

    // Break 2, teaching and production: the lean project review is dropped, and the autumn
    // block is extended a week past the end of the production run.
    let mut untraced = planned.clone();
    let class = untraced.mode.as_order_mut().ok_or("not an order class")?;
    class.exams.truncate(2);
    let late = DateRange::new(d(2026, 10, 12), d(2027, 1, 22))?;
    class.practical_blocks[1] = PracticalBlock::new(PeriodId::from_u128(651), late);
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
    let class = handover.mode.as_order_mut().ok_or("not an order class")?;
    if let Some(commitment) = class.intake[1].commitment.as_mut() {
        commitment.starts_on = d(2028, 8, 11);
    }
    let sync = Synchronization::of(&handover, &registry).ok_or("not an order class")?;
    println!("\n3. An internship at the affiliate, a job six weeks after the internship:");
    print_handovers(&sync, &registry, 2);
    print!("{}", handover.check(&registry, &policy));
    Ok(())
}
