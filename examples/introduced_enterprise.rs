//! A vocational school has brought an auto-parts maker onto its campus: two production lines in
//! the north workshop hall, where mechatronics students train on the job between theory classes.
//! The school's training office checks the spring timetable under the cn policy before it is
//! published, and prints what must change, line by line.
//!
//! Run with `cargo run --example introduced_enterprise`.

use school_enterprise::introduced::*;
use school_enterprise::prelude::*;

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const MAKER: EnterpriseId = EnterpriseId::from_u128(2);
const NORTH_HALL: SiteId = SiteId::from_u128(3);
const GEARBOX: LineId = LineId::from_u128(10);
const MACHINING: LineId = LineId::from_u128(11);
const FOREMAN: InstructorId = InstructorId::from_u128(20);
const DUAL_TEACHER: InstructorId = InstructorId::from_u128(21);
const THEORY_TEACHER: InstructorId = InstructorId::from_u128(22);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn registry() -> Result<Registry, Error> {
    let hall = CampusSite::new(NORTH_HALL, Name::new("North workshop hall")?, 4_200);
    let school = School::builder()
        .id(SCHOOL)
        .name("Jiangnan Mechatronics Vocational School")
        .kind(SchoolKind::SecondaryVocational)
        .site(hall)
        .build()?;
    let maker = Enterprise::builder()
        .id(MAKER)
        .name("Huadong Transmission Parts Co.")
        .sector("automotive parts")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(850)
        .build()?;
    // One builder as the template of the class; each student adds what is their own.
    let classmate = Student::builder()
        .school(SCHOOL)
        .major("mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    #[rustfmt::skip]
    let names = ["Chen Jing", "Liu Yang", "Huang Wei", "Yang Fan", "Xu Ming", "Zhu Lin", "Hu Tao"];
    let students = names.iter().zip(100..).map(|(name, id)| {
        // Hu Tao turns 18 on 20 April 2026; the others are adults.
        let birth = if id == 106 {
            d(2008, 4, 20)
        } else {
            d(2007, 1, id - 90)
        };
        classmate.enrol(StudentId::from_u128(id.into()), *name, birth)
    });
    #[rustfmt::skip]
    let staff = [
        (FOREMAN, "Lin Qiang", Employer::Enterprise(MAKER), false),
        (DUAL_TEACHER, "Gao Min", Employer::School(SCHOOL), true),
        (THEORY_TEACHER, "He Ping", Employer::School(SCHOOL), false),
    ];
    let instructors = staff.map(|(id, name, employer, dual)| {
        let instructor = Instructor::builder().id(id).name(name).employer(employer);
        instructor.dual_qualified(dual).build()
    });
    let students = students.collect::<Result<_, _>>()?;
    let instructors = instructors.into_iter().collect::<Result<_, _>>()?;
    Registry::new(vec![school], vec![maker], students, instructors)
}

fn model() -> Result<IntroducedEnterprise, Error> {
    let mut m = IntroducedEnterprise::new();
    m.sites.push(SiteAllocation::new(NORTH_HALL, 1_500));
    let line = ProductionLine::builder().site(NORTH_HALL);
    m.lines.push(
        line.clone()
            .id(GEARBOX)
            .name("Gearbox assembly line")
            .floor_area_m2(900)
            .stations(6)
            .build()?,
    );
    m.lines.push(
        line.id(MACHINING)
            .name("Shaft machining cell")
            .floor_area_m2(600)
            .stations(4)
            .hazards([Hazard::Machinery, Hazard::Noise])
            .build()?,
    );
    let both = [Purpose::Production, Purpose::Teaching];
    #[rustfmt::skip]
    let equipment = [
        (30, "Torque test bench", Side::Enterprise, GEARBOX, &both[..]),
        (31, "CNC turning centre", Side::School, MACHINING, &both[..]),
        // Bought by the enterprise for its night shift only.
        (32, "Automatic gear hobbing machine", Side::Enterprise, MACHINING, &[Purpose::Production]),
    ];
    for (id, name, owner, line, purposes) in equipment {
        let item = Equipment::builder()
            .id(EquipmentId::from_u128(id))
            .name(name)
            .owner(owner);
        m.equipment
            .push(item.line(line).purposes(purposes.iter().copied()).build()?);
    }
    m.training_plan = TrainingPlan::new(216, 324);

    let (monday, tuesday) = (d(2026, 4, 13), d(2026, 4, 14));
    let (morning, afternoon) = (("08:00", "11:30"), ("13:30", "17:00"));
    #[rustfmt::skip]
    let sessions = [
        (40, GEARBOX, monday, morning, &[0, 1, 2, 3, 4][..], FOREMAN),
        (41, MACHINING, monday, afternoon, &[0, 1, 2, 3], DUAL_TEACHER),
        // Hu Tao is still 17 on Tuesday: the machining cell has hazards.
        (42, MACHINING, tuesday, morning, &[4, 5, 6], DUAL_TEACHER),
        // A second group was put on the machining cell at 10:00 while the first is still there.
        (43, MACHINING, tuesday, ("10:00", "12:00"), &[0, 1], FOREMAN),
        // The theory teacher is not dual-qualified, and Huang Wei is booked twice.
        (44, GEARBOX, tuesday, afternoon, &[2, 3], THEORY_TEACHER),
        (45, GEARBOX, tuesday, ("16:00", "18:00"), &[2], FOREMAN),
        // After Hu Tao's birthday the same session is fine.
        (46, MACHINING, d(2026, 4, 20), morning, &[6], DUAL_TEACHER),
    ];
    for (id, line, day, (start, end), who, instructor) in sessions {
        let session = TrainingSession::builder()
            .id(SessionId::from_u128(id))
            .line(line)
            .time(SessionTime::new(day, start.parse()?, end.parse()?)?)
            .students(who.iter().map(|&i| StudentId::from_u128(100 + i)))
            .instructor(instructor);
        m.sessions.push(session.build()?);
    }
    Ok(m)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(9))
        .school(SCHOOL)
        .enterprise(MAKER)
        .validity(DateRange::new(d(2025, 9, 1), d(2030, 8, 31))?)
        .signed_on(d(2025, 7, 15))
        .mode(Mode::IntroducedEnterprise(model()?))
        .school_contributes(
            ContributionKind::Space,
            "1,500 m² of the north workshop hall",
        )
        .school_contributes(ContributionKind::Equipment, "CNC turning centre")
        .enterprise_contributes(
            ContributionKind::Equipment,
            "gearbox assembly line and test benches",
        )
        .enterprise_contributes(ContributionKind::Staff, "line foremen")
        .build()?;

    let report = agreement.check(&registry, &Policy::cn());
    println!(
        "Training office: on-campus lines of Huadong Transmission Parts, week of 13 April 2026"
    );
    let (errors, warnings) = (report.errors().count(), report.warnings().count());
    println!("{errors} error(s), {warnings} warning(s)\n");
    let model = agreement
        .mode
        .as_introduced()
        .ok_or("an introduced-enterprise agreement")?;
    let used: u32 = model.lines.iter().map(|l| l.floor_area_m2).sum();
    println!("Floor area: lines take {used} m² of the 1500 m² allocated in the north hall.");
    let plan = model.training_plan;
    println!(
        "Training plan: {} h theory, {} h on the job.\n",
        plan.theory_hours, plan.on_the_job_hours
    );
    // Ids in the figures are followed by the name the registry gives them.
    print!("{}", report.details().naming(&registry));
    Ok(())
}
