//! A vocational school has brought an auto-parts maker onto its campus: two production lines in
//! the north workshop hall, where mechatronics students train on the job between theory classes.
//! The school's training office checks the spring timetable under the cn policy before it is
//! published, and prints what must change, line by line.
//!
//! Run with `cargo run --example introduced_enterprise`.

use chrono::NaiveDate;
use school_enterprise::introduced::*;
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const MAKER: EnterpriseId = EnterpriseId::from_u128(2);
const NORTH_HALL: SiteId = SiteId::from_u128(3);
const GEARBOX: LineId = LineId::from_u128(10);
const MACHINING: LineId = LineId::from_u128(11);
const FOREMAN: InstructorId = InstructorId::from_u128(20);
const DUAL_TEACHER: InstructorId = InstructorId::from_u128(21);
const THEORY_TEACHER: InstructorId = InstructorId::from_u128(22);

fn student_id(i: usize) -> StudentId {
    StudentId::from_u128(100 + i as u128)
}

fn registry() -> Result<Registry, Error> {
    let mut school = School::new(
        SCHOOL,
        Name::new("Jiangnan Mechatronics Vocational School")?,
        SchoolKind::SecondaryVocational,
    );
    school.sites.push(CampusSite::new(
        NORTH_HALL,
        Name::new("North workshop hall")?,
        4_200,
    ));
    let maker = Enterprise::new(
        MAKER,
        Name::new("Huadong Transmission Parts Co.")?,
        Name::new("automotive parts")?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        850,
    );
    let names = [
        "Chen Jing",
        "Liu Yang",
        "Huang Wei",
        "Yang Fan",
        "Xu Ming",
        "Zhu Lin",
        "Hu Tao",
    ];
    let students = names
        .iter()
        .enumerate()
        .map(|(i, name)| -> Result<Student, Error> {
            // Hu Tao turns 18 on 20 April 2026; the others are adults.
            let birth = if i == 6 {
                d(2008, 4, 20)
            } else {
                d(2007, 1, 10 + i as u32)
            };
            Ok(Student::new(
                student_id(i),
                SCHOOL,
                Name::new(*name)?,
                birth,
                Name::new("mechatronics")?,
                Name::new("mechatronics")?,
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut dual = Instructor::new(
        DUAL_TEACHER,
        Name::new("Gao Min")?,
        Employer::School(SCHOOL),
    );
    dual.dual_qualified = true;
    Registry::new(
        vec![school],
        vec![maker],
        students,
        vec![
            Instructor::new(
                FOREMAN,
                Name::new("Lin Qiang")?,
                Employer::Enterprise(MAKER),
            ),
            dual,
            Instructor::new(
                THEORY_TEACHER,
                Name::new("He Ping")?,
                Employer::School(SCHOOL),
            ),
        ],
    )
}

/// A session on `line` on `day` from `start` to `end` for the students at `who`.
fn session(
    id: u128,
    line: LineId,
    day: NaiveDate,
    (start, end): ((u32, u32), (u32, u32)),
    who: &[usize],
    instructor: Option<InstructorId>,
) -> Result<TrainingSession, Error> {
    let time = SessionTime::new(day, t(start.0, start.1), t(end.0, end.1))?;
    let mut s = TrainingSession::new(SessionId::from_u128(id), line, time);
    s.students = who.iter().map(|&i| student_id(i)).collect();
    s.instructor = instructor;
    Ok(s)
}

fn model() -> Result<IntroducedEnterprise, Error> {
    let mut m = IntroducedEnterprise::new();
    m.sites.push(SiteAllocation::new(NORTH_HALL, 1_500));
    m.lines.push(ProductionLine::new(
        GEARBOX,
        Name::new("Gearbox assembly line")?,
        NORTH_HALL,
        900,
        6,
    ));
    let mut machining = ProductionLine::new(
        MACHINING,
        Name::new("Shaft machining cell")?,
        NORTH_HALL,
        600,
        4,
    );
    machining.hazards.insert(Hazard::Machinery);
    machining.hazards.insert(Hazard::Noise);
    m.lines.push(machining);
    let both = [Purpose::Production, Purpose::Teaching];
    m.equipment.push(Equipment::new(
        EquipmentId::from_u128(30),
        Name::new("Torque test bench")?,
        Side::Enterprise,
        GEARBOX,
        both,
    ));
    m.equipment.push(Equipment::new(
        EquipmentId::from_u128(31),
        Name::new("CNC turning centre")?,
        Side::School,
        MACHINING,
        both,
    ));
    // Bought by the enterprise for its night shift only.
    m.equipment.push(Equipment::new(
        EquipmentId::from_u128(32),
        Name::new("Automatic gear hobbing machine")?,
        Side::Enterprise,
        MACHINING,
        [Purpose::Production],
    ));
    m.training_plan = TrainingPlan::new(216, 324);

    let monday = d(2026, 4, 13);
    let tuesday = d(2026, 4, 14);
    let morning = ((8, 0), (11, 30));
    let afternoon = ((13, 30), (17, 0));
    m.sessions = vec![
        session(
            40,
            GEARBOX,
            monday,
            morning,
            &[0, 1, 2, 3, 4],
            Some(FOREMAN),
        )?,
        session(
            41,
            MACHINING,
            monday,
            afternoon,
            &[0, 1, 2, 3],
            Some(DUAL_TEACHER),
        )?,
        // Hu Tao is still 17 on Tuesday: the machining cell has hazards.
        session(
            42,
            MACHINING,
            tuesday,
            morning,
            &[4, 5, 6],
            Some(DUAL_TEACHER),
        )?,
        // A second group was put on the machining cell at 10:00 while the first is still there.
        session(
            43,
            MACHINING,
            tuesday,
            ((10, 0), (12, 0)),
            &[0, 1],
            Some(FOREMAN),
        )?,
        // The theory teacher is not dual-qualified, and Huang Wei is booked twice.
        session(
            44,
            GEARBOX,
            tuesday,
            afternoon,
            &[2, 3],
            Some(THEORY_TEACHER),
        )?,
        session(
            45,
            GEARBOX,
            tuesday,
            ((16, 0), (18, 0)),
            &[2],
            Some(FOREMAN),
        )?,
        // After Hu Tao's birthday the same session is fine.
        session(
            46,
            MACHINING,
            d(2026, 4, 20),
            morning,
            &[6],
            Some(DUAL_TEACHER),
        )?,
    ];
    Ok(m)
}

/// The name behind a student or instructor id figure, for people.
fn who(registry: &Registry, figure: &Figure) -> String {
    let name = match figure.name.as_ref() {
        "student" => figure
            .value
            .parse()
            .ok()
            .and_then(|id| registry.student(id))
            .map(|s| s.name.to_string()),
        "instructor" => figure
            .value
            .parse()
            .ok()
            .and_then(|id| registry.instructor(id))
            .map(|i| i.name.to_string()),
        _ => None,
    };
    name.map_or_else(String::new, |name| format!(" ({name})"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(9),
        SCHOOL,
        MAKER,
        DateRange::new(d(2025, 9, 1), d(2030, 8, 31))?,
        d(2025, 7, 15),
        Mode::IntroducedEnterprise(model()?),
    );
    agreement.contributions = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Space,
            "1,500 m² of the north workshop hall",
        ),
        Contribution::new(
            Side::School,
            ContributionKind::Equipment,
            "CNC turning centre",
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Equipment,
            "gearbox assembly line and test benches",
        ),
        Contribution::new(Side::Enterprise, ContributionKind::Staff, "line foremen"),
    ];

    let report = agreement.check(&registry, &Policy::cn());
    println!(
        "Training office: on-campus lines of Huadong Transmission Parts, week of 13 April 2026"
    );
    println!(
        "{} error(s), {} warning(s)\n",
        report.errors().count(),
        report.warnings().count()
    );
    let Mode::IntroducedEnterprise(model) = &agreement.mode else {
        return Err("an introduced-enterprise agreement".into());
    };
    let used: u32 = model.lines.iter().map(|l| l.floor_area_m2).sum();
    println!("Floor area: lines take {used} m² of the 1500 m² allocated in the north hall.");
    println!(
        "Training plan: {} h theory, {} h on the job.\n",
        model.training_plan.theory_hours, model.training_plan.on_the_job_hours
    );
    for v in &report {
        println!("[{}] {} at {}", v.severity(), v.code(), v.path());
        println!("    {}", v.message());
        for figure in v.figures() {
            println!("      {figure}{}", who(&registry, figure));
        }
    }
    Ok(())
}
