//! A higher vocational college and a machine-tool maker cooperate in interaction mode: the
//! enterprise provides a practice base and machines, co-writes the CNC programme's teaching plan
//! and sends two engineers to teach. Before the autumn term the college's academic affairs office
//! checks the arrangement under the cn policy (with the province's own figures for enterprise
//! teaching), prints what to fix, and prints the resource-sharing summary both parties sign off.
//!
//! Run with `cargo run --example interaction`.

use school_enterprise::interaction::*;
use school_enterprise::prelude::*;

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

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn registry() -> Result<Registry, Error> {
    let college = School::builder()
        .id(COLLEGE)
        .name("Yangtze Polytechnic College");
    let college = college.kind(SchoolKind::HigherVocational).build()?;
    let maker = Enterprise::builder()
        .id(MAKER)
        .name("Sanjiang Machine Tool Group")
        .sector("machine tools")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(2_300)
        .build()?;
    let classmate = Student::builder()
        .school(COLLEGE)
        .major("CNC technology")
        .major_category("mechanical manufacturing")
        .grade(2025)
        .enrolled_on(d(2025, 9, 1))
        .expected_graduation(d(2028, 6, 30));
    let roster = (1..=10).map(|i| (format!("CNC student {i}"), d(2005, 3, i)));
    let students = classmate.enrol_all(StudentId::from_u128(100), roster)?;
    #[rustfmt::skip]
    let staff = [
        (ENGINEER_WANG, "Wang Jianguo", Employer::Enterprise(MAKER), 12),
        (ENGINEER_ZHAO, "Zhao Xin", Employer::Enterprise(MAKER), 2),
        (TEACHER_LI, "Li Na", Employer::School(COLLEGE), 0),
        (TEACHER_QIAN, "Qian Hui", Employer::School(COLLEGE), 0),
    ];
    let staff = staff.map(|(id, name, employer, years)| {
        let instructor = Instructor::builder().id(id).name(name).employer(employer);
        instructor.industry_experience_years(years).build()
    });
    let staff = staff.into_iter().collect::<Result<_, _>>()?;
    Registry::new(vec![college], vec![maker], students, staff)
}

fn model() -> Result<Interaction, Error> {
    let mut m = Interaction::new();
    let base = PracticeBase::builder().id(TRAINING_CENTRE).capacity(8);
    let base = base.name("Sanjiang training centre, hall B");
    m.bases
        .push(base.provided("2026-09-01..=2026-12-31".parse()?).build()?);
    #[rustfmt::skip]
    let resources = [
        (MACHINES, Side::Enterprise, ResourceKind::Equipment, "five-axis machining centres", 2, "2600000.00 CNY", Some(d(2026, 8, 20))),
        // The bar stock is promised but not yet scheduled.
        (BAR_STOCK, Side::Enterprise, ResourceKind::Material, "aluminium bar stock (tonnes)", 3, "66000.00 CNY", None),
        (LAB_FUND, Side::School, ResourceKind::Funding, "measurement lab refit", 1, "450000.00 CNY", Some(d(2026, 7, 1))),
    ];
    for (id, side, kind, what, quantity, value, delivered) in resources {
        let resource = Resource::builder().id(id).side(side).kind(kind);
        let resource = resource.description(what).quantity(quantity);
        let resource = resource.value(value.parse()?).delivered_on(delivered);
        m.resources.push(resource.build()?);
    }
    let term = DateRange::new(d(2026, 9, 7), d(2027, 1, 15))?;
    // Each course: its hours (total, practical), who teaches how many, what it uses.
    #[rustfmt::skip]
    let courses = [
        (1, "Multi-axis CNC programming", CourseKind::Professional, (96, 64), &[(ENGINEER_WANG, 48), (TEACHER_LI, 48)][..], &[MACHINES, BAR_STOCK][..]),
        (2, "Precision measurement", CourseKind::Professional, (64, 32), &[(ENGINEER_ZHAO, 16), (TEACHER_QIAN, 48)], &[]),
        (3, "Technical English", CourseKind::General, (48, 0), &[(TEACHER_QIAN, 48)], &[]),
    ];
    let mut plan = TeachingPlan::new();
    for (id, name, kind, (total, practical), teaching, uses) in courses {
        let course = Course::builder().id(CourseId::from_u128(id)).name(name);
        let course = course.kind(kind).dates(term).uses(uses.iter().copied());
        let course = course.hours(CourseHours::new(total, practical)?);
        plan.courses
            .push(course.instructors(teaching.iter().copied()).build()?);
    }
    // The enterprise's board signed the plan a week into the term.
    plan.approvals = Approvals::new(Some(d(2026, 6, 20)), Some(d(2026, 9, 14)));
    m.plan = Some(plan);
    m.professionals = vec![ENGINEER_WANG, ENGINEER_ZHAO];

    let at_base = PracticalSession::builder().base(TRAINING_CENTRE);
    #[rustfmt::skip]
    let sessions = [
        (40, "2026-09-16 08:30–11:30", 100..108),
        (41, "2026-09-23 08:30–11:30", 100..108),
        (42, "2026-12-30 08:30–11:30", 100..108),
        // A make-up group booked into hall B while the regular group is still there.
        (43, "2026-09-23 10:00–12:00", 108..110),
        // A session after the base is handed back.
        (44, "2027-01-08 08:30–11:30", 100..104),
    ];
    for (id, time, students) in sessions {
        let (id, students) = (SessionId::from_u128(id), students.map(StudentId::from_u128));
        let session = at_base.clone().id(id).time(time.parse()?);
        m.sessions.push(session.students(students).build()?);
    }
    Ok(m)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let registry = registry()?;
    let agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(5))
        .school(COLLEGE)
        .enterprise(MAKER)
        .validity(DateRange::new(d(2026, 7, 1), d(2029, 6, 30))?)
        .signed_on(d(2026, 6, 18))
        .mode(model()?.into())
        .school_contributes(ContributionKind::Staff, "CNC teaching team")
        .school_contributes(ContributionKind::Funding, "measurement lab refit")
        .enterprise_contributes(ContributionKind::Space, "training centre hall B")
        .enterprise_contributes(ContributionKind::Equipment, "five-axis machining centres")
        .build()?;

    // The province asks that engineers teach at least 40 % of professional courses and have at
    // least three years in industry.
    let mut policy = Policy::cn();
    policy.min_enterprise_teaching_share = Some(Share::percent(40)?);
    policy.min_industry_experience_years = Some(3);

    let report = agreement.check(&registry, &policy);
    println!("Academic affairs: CNC technology with Sanjiang Machine Tool Group, autumn 2026");
    println!("{}\n", report.counts());
    print!("{}", report.details());
    let sharing = ResourceSharing::of(&agreement, &registry).ok_or("an interaction agreement")?;
    println!("\nResource sharing, for the cooperation committee of both parties:");
    print!("{sharing}");
    Ok(())
}
