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
    // Hu Tao turns 18 on 20 April 2026; the others are adults.
    #[rustfmt::skip]
    let class = [
        ("Chen Jing", d(2007, 1, 10)), ("Liu Yang", d(2007, 1, 11)), ("Huang Wei", d(2007, 1, 12)),
        ("Yang Fan", d(2007, 1, 13)), ("Xu Ming", d(2007, 1, 14)), ("Zhu Lin", d(2007, 1, 15)),
        ("Hu Tao", d(2008, 4, 20)),
    ];
    let students = classmate.enrol_all(StudentId::from_u128(100), class)?;
    // Gao Min is a dual-qualified teacher (双师型教师): a teacher with industry qualifications.
    let mut dual_teacher = Instructor::of_school(DUAL_TEACHER, "Gao Min", SCHOOL)?;
    dual_teacher.dual_qualified = true;
    let instructors = vec![
        Instructor::of_enterprise(FOREMAN, "Lin Qiang", MAKER)?,
        dual_teacher,
        Instructor::of_school(THEORY_TEACHER, "He Ping", SCHOOL)?,
    ];
    Registry::new(vec![school], vec![maker], students, instructors)
}

fn model() -> Result<IntroducedEnterprise, Error> {
    let mut m = IntroducedEnterprise::new();
    m.sites.push(SiteAllocation::new(NORTH_HALL, 1_500));
    #[rustfmt::skip]
    let lines = [
        (GEARBOX, "Gearbox assembly line", 900, 6, &[][..]),
        (MACHINING, "Shaft machining cell", 600, 4, &[Hazard::Machinery, Hazard::Noise]),
    ];
    for (id, name, area, stations, hazards) in lines {
        let line = ProductionLine::builder().id(id).name(name).site(NORTH_HALL);
        let line = line.floor_area_m2(area).stations(stations);
        m.lines.push(line.hazards(hazards.iter().copied()).build()?);
    }
    let both = [Purpose::Production, Purpose::Teaching];
    #[rustfmt::skip]
    let equipment = [
        (EquipmentId::from_u128(30), "Torque test bench", Side::Enterprise, GEARBOX, &both[..]),
        (EquipmentId::from_u128(31), "CNC turning centre", Side::School, MACHINING, &both[..]),
        // Bought by the enterprise for its night shift only.
        (EquipmentId::from_u128(32), "Automatic gear hobbing machine", Side::Enterprise, MACHINING, &[Purpose::Production]),
    ];
    for (id, name, owner, line, purposes) in equipment {
        let item = Equipment::builder().id(id).name(name).owner(owner);
        let item = item.line(line).purposes(purposes.iter().copied());
        m.equipment.push(item.build()?);
    }
    m.training_plan = TrainingPlan::new(216, 324);

    #[rustfmt::skip]
    let sessions = [
        (40, GEARBOX, "2026-04-13 08:00–11:30", &[0, 1, 2, 3, 4][..], FOREMAN),
        (41, MACHINING, "2026-04-13 13:30–17:00", &[0, 1, 2, 3], DUAL_TEACHER),
        // Hu Tao is still 17 on Tuesday: the machining cell has hazards.
        (42, MACHINING, "2026-04-14 08:00–11:30", &[4, 5, 6], DUAL_TEACHER),
        // A second group was put on the machining cell at 10:00 while the first is still there.
        (43, MACHINING, "2026-04-14 10:00–12:00", &[0, 1], FOREMAN),
        // The theory teacher is not dual-qualified, and Huang Wei is booked twice.
        (44, GEARBOX, "2026-04-14 13:30–17:00", &[2, 3], THEORY_TEACHER),
        (45, GEARBOX, "2026-04-14 16:00–18:00", &[2], FOREMAN),
        // After Hu Tao's birthday the same session is fine.
        (46, MACHINING, "2026-04-20 08:00–11:30", &[6], DUAL_TEACHER),
    ];
    for (id, line, time, who, instructor) in sessions {
        let who = who.iter().map(|&i| StudentId::from_u128(100 + i));
        let session = TrainingSession::builder().line(line).time(time.parse()?);
        let session = session.id(SessionId::from_u128(id)).students(who);
        m.sessions.push(session.instructor(instructor).build()?);
    }
    Ok(m)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (registry, model) = (registry()?, model()?);
    let used: u32 = model.lines.iter().map(|l| l.floor_area_m2).sum();
    let plan = model.training_plan;
    let (theory, on_the_job) = (plan.theory_hours, plan.on_the_job_hours);
    let agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(9))
        .school(SCHOOL)
        .enterprise(MAKER)
        .validity(DateRange::new(d(2025, 9, 1), d(2030, 8, 31))?)
        .signed_on(d(2025, 7, 15))
        .mode(model.into())
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
    println!("{}\n", report.counts());
    println!("Floor area: lines take {used} m² of the 1500 m² allocated in the north hall.");
    println!("Training plan: {theory} h theory, {on_the_job} h on the job.\n");
    // Ids in the figures are followed by the name the registry gives them.
    print!("{}", report.details().naming(&registry));
    Ok(())
}
