//! Interaction: Kunshan Polytechnic College and Dongwu Machine Tool Group, autumn term 2026.
//!
//! The enterprise provides hall B of its training centre as a practice base, two five-axis
//! machining centres and the term's aluminium bar stock in three batches, delivered as the CNC
//! course moves from simple parts to impellers (each use names the day the course starts working
//! with that batch). The college refits its metrology lab and lends its coordinate measuring
//! machine. Both sides wrote and approved the teaching plan in June; two of the enterprise's
//! engineers teach in three professional courses. The 48 students of the two 2025 CNC classes
//! spend one Wednesday half-day a week at the base, class 1 in the morning and class 2 in the
//! afternoon, every week of term but National Day's. What each side provides is recorded once,
//! in the resources: the agreement's own list of contributions is left empty.

use chrono::{Days, NaiveDate};
use school_enterprise::interaction::*;
use school_enterprise::*;

use crate::support::*;

const COLLEGE: SchoolId = SchoolId::from_u128(1);
const DONGWU: EnterpriseId = EnterpriseId::from_u128(2);
const ENGINEER_WANG: InstructorId = InstructorId::from_u128(3);
const ENGINEER_ZHAO: InstructorId = InstructorId::from_u128(4);
const TEACHER_LI: InstructorId = InstructorId::from_u128(5);
const TEACHER_QIAN: InstructorId = InstructorId::from_u128(6);
const HALL_B: BaseId = BaseId::from_u128(7);
const MACHINES: ContributionId = ContributionId::from_u128(20);
const BAR_STOCK: [ContributionId; 3] = [
    ContributionId::from_u128(21),
    ContributionId::from_u128(22),
    ContributionId::from_u128(23),
];
const LAB_REFIT: ContributionId = ContributionId::from_u128(24);
const CMM: ContributionId = ContributionId::from_u128(25);
const AGREEMENT: AgreementId = AgreementId::from_u128(8);

const STUDENTS: usize = 48;
const CLASS: usize = 24;

fn student(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

fn registry() -> Registry {
    let college = School::new(
        COLLEGE,
        name("Kunshan Polytechnic College"),
        SchoolKind::HigherVocational,
    );
    let dongwu = factory(
        DONGWU,
        "Dongwu Machine Tool Group",
        "machine tools",
        2_300,
        d(2026, 5, 20),
        Vec::new(),
    );
    let intake = Intake {
        school: COLLEGE,
        major: "CNC technology",
        major_category: "mechanical manufacturing",
        grade: 2025,
        enrolled: d(2025, 9, 1),
        graduates: d(2028, 6, 30),
    };
    let students = (0..STUDENTS)
        .map(|i| intake.student(student(i), i, d(2006, 9, 1) + Days::new(9 * i as u64)))
        .collect();
    let mut wang = Instructor::new(
        ENGINEER_WANG,
        name("Wang Jianguo"),
        Employer::Enterprise(DONGWU),
    );
    wang.industry_experience_years = 12;
    let mut zhao = Instructor::new(
        ENGINEER_ZHAO,
        name("Zhao Xin"),
        Employer::Enterprise(DONGWU),
    );
    zhao.industry_experience_years = 6;
    let instructors = vec![
        wang,
        zhao,
        Instructor::new(TEACHER_LI, name("Li Na"), Employer::School(COLLEGE)),
        Instructor::new(TEACHER_QIAN, name("Qian Hui"), Employer::School(COLLEGE)),
    ];
    Registry::new(vec![college], vec![dongwu], students, instructors).unwrap()
}

fn resource(
    id: ContributionId,
    side: Side,
    kind: ResourceKind,
    what: &str,
    quantity: u32,
    yuan: u64,
    delivered: NaiveDate,
) -> Resource {
    let mut r = Resource::builder()
        .id(id)
        .side(side)
        .kind(kind)
        .description(name(what))
        .quantity(quantity)
        .value(cny(yuan))
        .build()
        .unwrap();
    r.delivered_on = Some(delivered);
    r
}

fn term() -> DateRange {
    range(d(2026, 9, 7), d(2027, 1, 15))
}

fn course(
    id: u128,
    what: &str,
    kind: CourseKind,
    (total, practical): (u32, u32),
    teaching: &[(InstructorId, u32)],
    uses: Vec<ResourceUse>,
) -> Course {
    let mut c = Course::builder()
        .id(CourseId::from_u128(id))
        .name(name(what))
        .kind(kind)
        .dates(term())
        .hours(CourseHours::new(total, practical).unwrap())
        .build()
        .unwrap();
    c.instructors = teaching
        .iter()
        .map(|&(who, hours)| Teaching::new(who, hours))
        .collect();
    c.uses = uses;
    c
}

fn programme(policy: &Policy) -> CooperationAgreement {
    let mut m = Interaction::new();
    m.bases.push(PracticeBase::new(
        HALL_B,
        name("Dongwu training centre, hall B"),
        CLASS as u32,
        range(d(2026, 9, 1), d(2027, 1, 22)),
    ));
    m.resources = vec![
        resource(
            MACHINES,
            Side::Enterprise,
            ResourceKind::Equipment,
            "five-axis machining centres",
            2,
            2_600_000,
            d(2026, 8, 20),
        ),
        resource(
            BAR_STOCK[0],
            Side::Enterprise,
            ResourceKind::Material,
            "aluminium bar stock, batch 1 (kg)",
            800,
            22_000,
            d(2026, 9, 1),
        ),
        resource(
            BAR_STOCK[1],
            Side::Enterprise,
            ResourceKind::Material,
            "aluminium bar stock, batch 2 (kg)",
            1_000,
            27_500,
            d(2026, 10, 26),
        ),
        resource(
            BAR_STOCK[2],
            Side::Enterprise,
            ResourceKind::Material,
            "aluminium bar stock, batch 3 (kg)",
            1_200,
            33_000,
            d(2026, 11, 30),
        ),
        resource(
            LAB_REFIT,
            Side::School,
            ResourceKind::Funding,
            "metrology lab refit",
            1,
            450_000,
            d(2026, 7, 1),
        ),
        resource(
            CMM,
            Side::School,
            ResourceKind::Equipment,
            "coordinate measuring machine",
            1,
            680_000,
            d(2026, 8, 25),
        ),
    ];
    let mut plan = TeachingPlan::new();
    plan.courses = vec![
        course(
            30,
            "Multi-axis CNC programming",
            CourseKind::Professional,
            (96, 64),
            &[(ENGINEER_WANG, 48), (TEACHER_LI, 48)],
            vec![
                MACHINES.into(),
                BAR_STOCK[0].into(),
                // Batch 2 for the housings unit from 2 November, batch 3 for the impellers from
                // 7 December.
                ResourceUse::needed_on(BAR_STOCK[1], d(2026, 11, 2)),
                ResourceUse::needed_on(BAR_STOCK[2], d(2026, 12, 7)),
            ],
        ),
        course(
            31,
            "Precision measurement",
            CourseKind::Professional,
            (64, 40),
            &[(ENGINEER_ZHAO, 24), (TEACHER_QIAN, 40)],
            vec![CMM.into()],
        ),
        course(
            32,
            "CNC machine maintenance",
            CourseKind::Professional,
            (48, 32),
            &[(ENGINEER_ZHAO, 32), (TEACHER_LI, 16)],
            vec![MACHINES.into()],
        ),
        course(
            33,
            "Technical English",
            CourseKind::General,
            (48, 0),
            &[(TEACHER_QIAN, 48)],
            Vec::new(),
        ),
    ];
    plan.approvals = Approvals::new(Some(d(2026, 6, 20)), Some(d(2026, 6, 25)));
    m.plan = Some(plan);
    m.professionals = vec![ENGINEER_WANG, ENGINEER_ZHAO];
    let mut wednesday = d(2026, 9, 9);
    while wednesday <= d(2027, 1, 13) {
        if !policy.public_holidays.contains(&wednesday) {
            for (class, (start, end)) in [(t(8, 30), t(11, 30)), (t(13, 30), t(16, 30))]
                .into_iter()
                .enumerate()
            {
                let id = SessionId::from_u128(10_000 + m.sessions.len() as u128);
                let mut s = PracticalSession::new(
                    id,
                    HALL_B,
                    SessionTime::new(wednesday, start, end).unwrap(),
                );
                s.students = (class * CLASS..(class + 1) * CLASS).map(student).collect();
                m.sessions.push(s);
            }
        }
        wednesday = wednesday + Days::new(7);
    }
    // No list of contributions: the resources record what each side gives.
    CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(COLLEGE)
        .enterprise(DONGWU)
        .validity(range(d(2026, 6, 1), d(2029, 5, 31)))
        .signed_on(d(2026, 5, 28))
        .mode(Mode::Interaction(m))
        .build()
        .unwrap()
}

#[test]
fn the_cnc_programme_passes_with_no_error_and_no_warning() {
    let policy = policy_with_calendar();
    let a = programme(&policy);
    let Mode::Interaction(m) = &a.mode else {
        unreachable!()
    };
    // 19 Wednesdays from 9 September to 13 January, less National Day on 7 October, two
    // sessions each.
    assert_eq!(m.sessions.len(), 2 * 18);
    assert!(a.contributions.is_empty());
    assert_clean(&a.check(&registry(), &policy));
}

#[test]
fn a_batch_of_bar_stock_delivered_after_the_day_the_course_needs_it() {
    // The supplier delays the second batch of bar stock by two weeks, to 9 November 2026; the CNC
    // course needs it from 2 November (its first day is 7 September). The earlier batches and
    // the third, due 30 November for 7 December, are on time.
    let policy = policy_with_calendar();
    let mut a = programme(&policy);
    let Mode::Interaction(m) = &mut a.mode else {
        unreachable!()
    };
    m.resources[2].delivered_on = Some(d(2026, 11, 9));
    let report = a.check(&registry(), &policy);
    let v = the_only(
        &report,
        "interaction.delivered_before_use",
        "mode.plan.courses[0].uses[2]",
    );
    assert_figures(
        v,
        &[
            ("contribution", &BAR_STOCK[1].to_string()),
            ("delivered_on", "2026-11-09"),
            ("first_day", "2026-09-07"),
            ("needed_on", "2026-11-02"),
        ],
    );
    assert_json_form(&a, v, &[]);
}
