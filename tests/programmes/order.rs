//! Order-based class: Huaxin Precision Manufacturing orders 40 CNC machinists (订单班) from
//! Jiangbei Vocational and Technical School, 32 selected by the school and 8 of its own shop-floor
//! workers recruited into the class, all enrolled on 1 September 2024.
//!
//! Every student signed Huaxin's employment commitment before enrollment, for the CNC machinist
//! post from Monday 5 July 2027, four days after graduation. Huaxin set the class's five
//! requirements; each is taught by a vocational module and assessed by an exam both sides set,
//! and Huaxin delivers most of the vocational hours. Three-week practical blocks sit inside the
//! plant's production runs. In the final term (22 February to 25 June 2027) the 32 selected
//! students intern on the post they will hold, following the official calendar; Huaxin's own
//! workers keep their jobs. The post has machinery and noise, allowed to the 17-year-olds
//! among the interns.

use chrono::Days;
use school_enterprise::order::*;
use school_enterprise::*;

use crate::support::*;

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const HUAXIN: EnterpriseId = EnterpriseId::from_u128(2);
const CNC_POST: PostId = PostId::from_u128(3);
const TUTOR: InstructorId = InstructorId::from_u128(4);
const MASTER: InstructorId = InstructorId::from_u128(5);
const AGREEMENT: AgreementId = AgreementId::from_u128(6);

const CLASS: usize = 40;
/// Students 32 to 39 are Huaxin's workers.
const SELECTED: usize = 32;

fn student(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

fn requirement(i: u128) -> RequirementId {
    RequirementId::from_u128(100 + i)
}

fn registry() -> Registry {
    let school = School::new(
        SCHOOL,
        name("Jiangbei Vocational and Technical School"),
        SchoolKind::SecondaryVocational,
    );
    let mut cnc = post(
        CNC_POST,
        "CNC machinist",
        "machining",
        "mechanical manufacturing",
        240,
        5_000,
    );
    cnc.hazards.extend([Hazard::Machinery, Hazard::Noise]);
    let huaxin = factory(
        HUAXIN,
        "Huaxin Precision Manufacturing",
        "precision manufacturing",
        1_500,
        d(2026, 12, 1),
        vec![cnc],
    );
    let intake = Intake {
        school: SCHOOL,
        major: "numerical control technology",
        major_category: "mechanical manufacturing",
        grade: 2024,
        enrolled: d(2024, 9, 1),
        graduates: d(2027, 7, 1),
    };
    let students = (0..CLASS)
        .map(|i| {
            if i < SELECTED {
                // Finished junior high school in 2024: born between March 2008 and August 2009.
                intake.student(student(i), i, d(2008, 3, 1) + Days::new(17 * i as u64))
            } else {
                let mut s = intake.student(student(i), i, d(2001, 1 + (i % 12) as u32, 10));
                s.origin = Origin::RecruitedEmployee {
                    enterprise: HUAXIN,
                    since: d(2021, 7, 1 + (i % 20) as u32),
                };
                s
            }
        })
        .collect();
    let instructors = vec![
        Instructor::new(TUTOR, name("Sun Li"), Employer::School(SCHOOL)),
        Instructor::new(MASTER, name("Zhou Guoqiang"), Employer::Enterprise(HUAXIN)),
    ];
    Registry::new(vec![school], vec![huaxin], students, instructors).unwrap()
}

fn module(
    id: u128,
    what: &str,
    kind: ModuleKind,
    hours: u32,
    delivery: Delivery,
    covers: &[u128],
) -> Module {
    let mut m = Module::builder()
        .id(ModuleId::from_u128(id))
        .name(name(what))
        .kind(kind)
        .hours(hours)
        .delivery(delivery)
        .build()
        .unwrap();
    m.covers = covers.iter().map(|&r| requirement(r)).collect();
    m
}

fn class() -> OrderClass {
    let mut class = OrderClass::new(40, d(2024, 9, 1));
    class.intake = (0..CLASS)
        .map(|i| {
            Enrollee::committed(
                student(i),
                EmploymentCommitment::new(CNC_POST, d(2024, 8, 20), d(2027, 7, 5)),
            )
        })
        .collect();
    let skills = [
        "CNC programming",
        "precision measurement",
        "machine maintenance",
        "lean production",
        "work safety",
    ];
    class.requirements = skills
        .iter()
        .enumerate()
        .map(|(i, skill)| Requirement::new(requirement(i as u128), name(skill)))
        .collect();
    let joint = |per_mille| Delivery::Joint {
        enterprise_share: Share::from_per_mille(per_mille).unwrap(),
    };
    use ModuleKind::{General, Vocational};
    // Vocational hours 640: the enterprise delivers 256 + 96 + 80 × 60 % + 64 + 48 × 40 % = 483.2
    // hours, 75.5 % (at least 50 %).
    class.modules = vec![
        module(
            200,
            "CNC programming and operation",
            Vocational,
            256,
            Delivery::Enterprise,
            &[0],
        ),
        module(
            201,
            "Metrology and inspection",
            Vocational,
            96,
            Delivery::Enterprise,
            &[1],
        ),
        module(
            202,
            "Machine tool maintenance",
            Vocational,
            80,
            joint(600),
            &[2],
        ),
        module(
            203,
            "Lean production on the shop floor",
            Vocational,
            64,
            Delivery::Enterprise,
            &[3],
        ),
        module(
            204,
            "Mechanical drawing",
            Vocational,
            96,
            Delivery::School,
            &[0, 1],
        ),
        module(
            205,
            "Work safety and first aid",
            Vocational,
            48,
            joint(400),
            &[4],
        ),
        module(206, "Mathematics", General, 128, Delivery::School, &[]),
        module(
            207,
            "Chinese and civics",
            General,
            160,
            Delivery::School,
            &[],
        ),
    ];
    class.exams = skills
        .iter()
        .enumerate()
        .map(|(i, skill)| {
            let mut e = Exam::new(
                ExamId::from_u128(300 + i as u128),
                name(&format!("{skill} exam")),
            );
            e.setters = vec![Side::School, Side::Enterprise];
            e.assesses = vec![requirement(i as u128)];
            e
        })
        .collect();
    class.production_periods = vec![
        ProductionPeriod::new(
            PeriodId::from_u128(400),
            range(d(2025, 9, 1), d(2026, 1, 23)),
        ),
        ProductionPeriod::new(
            PeriodId::from_u128(401),
            range(d(2026, 3, 2), d(2026, 7, 10)),
        ),
        ProductionPeriod::new(
            PeriodId::from_u128(402),
            range(d(2026, 8, 31), d(2027, 1, 22)),
        ),
    ];
    class.practical_blocks = vec![
        PracticalBlock::new(
            PeriodId::from_u128(410),
            range(d(2025, 11, 3), d(2025, 11, 21)),
        ),
        PracticalBlock::new(
            PeriodId::from_u128(411),
            range(d(2026, 4, 13), d(2026, 4, 30)),
        ),
        PracticalBlock::new(
            PeriodId::from_u128(412),
            range(d(2026, 11, 2), d(2026, 11, 20)),
        ),
    ];
    class
}

fn internship(i: usize, policy: &Policy) -> Placement {
    let dates = range(d(2027, 2, 22), d(2027, 6, 25));
    let mut p = prepared_placement(
        PlacementId::from_u128(500 + i as u128),
        student(i),
        HUAXIN,
        CNC_POST,
        PlacementKind::Independent,
        dates,
        TUTOR,
        MASTER,
    );
    p.schedule = week(&WEEKDAYS, t(8, 0), t(17, 0), 60).into();
    follow_calendar(&mut p, policy, (t(8, 0), t(17, 0), 60));
    // 4,300 yuan a month, above 80 % of the post's 5,000 (4,000).
    p.pay = Some(Pay::new(cny(4_300), 31).unwrap());
    p
}

fn programme(policy: &Policy) -> CooperationAgreement {
    let mut a = agreement(
        AGREEMENT,
        (SCHOOL, HUAXIN),
        range(d(2024, 7, 1), d(2027, 8, 31)),
        d(2024, 6, 20),
        Mode::OrderBased(class()),
        (
            (ContributionKind::Staff, "class teacher and tutors"),
            (ContributionKind::Posts, "forty CNC machinist posts"),
        ),
    );
    a.placements = (0..SELECTED).map(|i| internship(i, policy)).collect();
    a
}

#[test]
fn the_order_class_passes_with_no_error_and_no_warning() {
    let policy = policy_with_calendar();
    let a = programme(&policy);
    let registry = registry();
    // Minors intern on the machining post: student 31, born 10 August 2009 (17 × 31 days after 1 March 2008), is 17 on the first
    // day.
    let youngest = registry.student(student(31)).unwrap();
    assert_eq!(youngest.birth_date, d(2009, 8, 10));
    assert_eq!(age_on(youngest.birth_date, d(2027, 2, 22)), 17);
    assert_clean(&a.check(&registry, &policy));
}

#[test]
fn an_internship_that_ends_five_weeks_before_the_job_starts() {
    // Zhu Wei (student 13) ends her internship on Friday 28 May 2027 to sit a resit; her job
    // still starts on Monday 5 July. 28 May to 5 July is 38 days, more than 31. The job starts
    // four days after graduation (1 July), within 31: only the handover fails.
    let policy = policy_with_calendar();
    let mut a = programme(&policy);
    let p = &mut a.placements[13];
    p.dates = range(d(2027, 2, 22), d(2027, 5, 28));
    let report = a.check(&registry(), &policy);
    let v = the_only(
        &report,
        "order.employment_follows_internship",
        "mode.intake[13].commitment",
    );
    assert_figures(
        v,
        &[
            ("limit", "1 to 31 days after the internship"),
            ("actual", "38 days"),
            ("internship", "placements[13]"),
            ("internship_last_day", "2027-05-28"),
            ("starts_on", "2027-07-05"),
        ],
    );
    assert_json_form(&a, v, &["internship"]);
}
