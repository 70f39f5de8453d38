//! A higher vocational college and a machine-tool maker cooperate in interaction mode: the
//! enterprise provides a practice base and machines, co-writes the CNC programme's teaching plan
//! and sends two engineers to teach. Before the autumn term the college's academic affairs office
//! checks the arrangement under the cn policy (with the province's own figures for enterprise
//! teaching), prints what to fix, and prints the resource-sharing summary both parties sign off.
//!
//! Run with `cargo run --example interaction`.

use chrono::NaiveDate;
use school_enterprise::interaction::*;
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

fn cny(yuan: u64) -> Money {
    Money::new(yuan * 100, Currency::CNY)
}

const COLLEGE: SchoolId = SchoolId::from_u128(1);
const MAKER: EnterpriseId = EnterpriseId::from_u128(2);
const ENGINEER_WANG: InstructorId = InstructorId::from_u128(10);
const ENGINEER_ZHAO: InstructorId = InstructorId::from_u128(11);
const TEACHER_LI: InstructorId = InstructorId::from_u128(12);
const TEACHER_QIAN: InstructorId = InstructorId::from_u128(13);
const TRAINING_CENTRE: BaseId = BaseId::from_u128(20);
const MACHINES: ContributionId = ContributionId::from_u128(30);
const BAR_STOCK: ContributionId = ContributionId::from_u128(31);
const LAB_FUND: ContributionId = ContributionId::from_u128(32);

fn student_id(i: usize) -> StudentId {
    StudentId::from_u128(100 + i as u128)
}

fn registry() -> Result<Registry, Error> {
    let college = School::new(
        COLLEGE,
        Name::new("Yangtze Polytechnic College")?,
        SchoolKind::HigherVocational,
    );
    let maker = Enterprise::new(
        MAKER,
        Name::new("Sanjiang Machine Tool Group")?,
        Name::new("machine tools")?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        2_300,
    );
    let students = (0..10)
        .map(|i| -> Result<Student, Error> {
            Ok(Student::new(
                student_id(i),
                COLLEGE,
                Name::new(format!("CNC student {}", i + 1))?,
                d(2005, 3, 1 + i as u32),
                Name::new("CNC technology")?,
                Name::new("mechanical manufacturing")?,
                2025,
                d(2025, 9, 1),
                d(2028, 6, 30),
            ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut wang = Instructor::new(
        ENGINEER_WANG,
        Name::new("Wang Jianguo")?,
        Employer::Enterprise(MAKER),
    );
    wang.industry_experience_years = 12;
    let mut zhao = Instructor::new(
        ENGINEER_ZHAO,
        Name::new("Zhao Xin")?,
        Employer::Enterprise(MAKER),
    );
    zhao.industry_experience_years = 2;
    Registry::new(
        vec![college],
        vec![maker],
        students,
        vec![
            wang,
            zhao,
            Instructor::new(TEACHER_LI, Name::new("Li Na")?, Employer::School(COLLEGE)),
            Instructor::new(
                TEACHER_QIAN,
                Name::new("Qian Hui")?,
                Employer::School(COLLEGE),
            ),
        ],
    )
}

fn resource(
    id: ContributionId,
    side: Side,
    kind: ResourceKind,
    what: &str,
    quantity: u32,
    value: Money,
    delivered: Option<NaiveDate>,
) -> Result<Resource, Error> {
    let mut r = Resource::new(id, side, kind, Name::new(what)?, quantity, value);
    r.delivered_on = delivered;
    Ok(r)
}

fn course(
    id: u128,
    what: &str,
    kind: CourseKind,
    (total, practical): (u32, u32),
    teaching: &[(InstructorId, u32)],
    uses: &[ContributionId],
) -> Result<Course, Error> {
    let term = DateRange::new(d(2026, 9, 7), d(2027, 1, 15))?;
    let mut c = Course::new(
        CourseId::from_u128(id),
        Name::new(what)?,
        kind,
        term,
        CourseHours::new(total, practical)?,
    );
    c.instructors = teaching
        .iter()
        .map(|&(who, hours)| Teaching::new(who, hours))
        .collect();
    c.uses = uses.iter().map(|&id| id.into()).collect();
    Ok(c)
}

fn model() -> Result<Interaction, Error> {
    let mut m = Interaction::new();
    m.bases.push(PracticeBase::new(
        TRAINING_CENTRE,
        Name::new("Sanjiang training centre, hall B")?,
        8,
        DateRange::new(d(2026, 9, 1), d(2026, 12, 31))?,
    ));
    m.resources = vec![
        resource(
            MACHINES,
            Side::Enterprise,
            ResourceKind::Equipment,
            "five-axis machining centres",
            2,
            cny(2_600_000),
            Some(d(2026, 8, 20)),
        )?,
        // The bar stock is promised but not yet scheduled.
        resource(
            BAR_STOCK,
            Side::Enterprise,
            ResourceKind::Material,
            "aluminium bar stock (tonnes)",
            3,
            cny(66_000),
            None,
        )?,
        resource(
            LAB_FUND,
            Side::School,
            ResourceKind::Funding,
            "measurement lab refit",
            1,
            cny(450_000),
            Some(d(2026, 7, 1)),
        )?,
    ];
    let mut plan = TeachingPlan::new();
    plan.courses = vec![
        course(
            1,
            "Multi-axis CNC programming",
            CourseKind::Professional,
            (96, 64),
            &[(ENGINEER_WANG, 48), (TEACHER_LI, 48)],
            &[MACHINES, BAR_STOCK],
        )?,
        course(
            2,
            "Precision measurement",
            CourseKind::Professional,
            (64, 32),
            &[(ENGINEER_ZHAO, 16), (TEACHER_QIAN, 48)],
            &[],
        )?,
        course(
            3,
            "Technical English",
            CourseKind::General,
            (48, 0),
            &[(TEACHER_QIAN, 48)],
            &[],
        )?,
    ];
    // The enterprise's board signed the plan a week into the term.
    plan.approvals = Approvals::new(Some(d(2026, 6, 20)), Some(d(2026, 9, 14)));
    m.plan = Some(plan);
    m.professionals = vec![ENGINEER_WANG, ENGINEER_ZHAO];

    let mut sessions = Vec::new();
    for (k, day) in [d(2026, 9, 16), d(2026, 9, 23), d(2026, 12, 30)]
        .into_iter()
        .enumerate()
    {
        let time = SessionTime::new(day, t(8, 30), t(11, 30))?;
        let mut s =
            PracticalSession::new(SessionId::from_u128(40 + k as u128), TRAINING_CENTRE, time);
        s.students = (0..8).map(student_id).collect();
        sessions.push(s);
    }
    // A make-up group booked into hall B while the regular group is still there.
    let time = SessionTime::new(d(2026, 9, 23), t(10, 0), t(12, 0))?;
    let mut makeup = PracticalSession::new(SessionId::from_u128(43), TRAINING_CENTRE, time);
    makeup.students = vec![student_id(8), student_id(9)];
    sessions.push(makeup);
    // A session after the base is handed back.
    let time = SessionTime::new(d(2027, 1, 8), t(8, 30), t(11, 30))?;
    let mut late = PracticalSession::new(SessionId::from_u128(44), TRAINING_CENTRE, time);
    late.students = (0..4).map(student_id).collect();
    sessions.push(late);
    m.sessions = sessions;
    Ok(m)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(5),
        COLLEGE,
        MAKER,
        DateRange::new(d(2026, 7, 1), d(2029, 6, 30))?,
        d(2026, 6, 18),
        Mode::Interaction(model()?),
    );
    agreement.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "CNC teaching team"),
        Contribution::new(
            Side::School,
            ContributionKind::Funding,
            "measurement lab refit",
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Space,
            "training centre hall B",
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Equipment,
            "five-axis machining centres",
        ),
    ];

    // The province asks that engineers teach at least 40 % of professional courses and have at
    // least three years in industry.
    let mut policy = Policy::cn();
    policy.min_enterprise_teaching_share = Some(Share::percent(40)?);
    policy.min_industry_experience_years = Some(3);

    let report = agreement.check(&registry, &policy);
    println!("Academic affairs: CNC technology with Sanjiang Machine Tool Group, autumn 2026");
    println!(
        "{} error(s), {} warning(s)\n",
        report.errors().count(),
        report.warnings().count()
    );
    for v in &report {
        println!("[{}] {} at {}", v.severity(), v.code(), v.path());
        println!("    {}", v.message());
        for figure in v.figures() {
            println!("      {figure}");
        }
    }

    let sharing = ResourceSharing::of(&agreement, &registry).ok_or("an interaction agreement")?;
    println!("\nResource sharing, for the cooperation committee of both parties:");
    print!("{sharing}");
    Ok(())
}
