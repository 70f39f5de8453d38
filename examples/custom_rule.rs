//! A user-defined rule run into the same report as the catalogue's rules.
//!
//! A school's own policy: every placement must have its school instructor assigned, and no
//! instructor may supervise more than two placements of one agreement. The rule has its own code
//! (`riverside.instructor_load`), and the policy can raise, lower or switch it off like any other.
//!
//! Run with `cargo run --example custom_rule`.

use std::collections::HashMap;

use chrono::NaiveDate;
use school_enterprise::*;

/// No school instructor looks after more than `max` placements of one agreement.
struct InstructorLoad {
    code: CustomCode,
    max: usize,
}

impl Rule for InstructorLoad {
    fn check(
        &self,
        agreement: &CooperationAgreement,
        _ctx: &CheckContext<'_>,
        out: &mut Vec<Violation>,
    ) {
        let mut load: HashMap<InstructorId, usize> = HashMap::new();
        for (i, placement) in agreement.placements.iter().enumerate() {
            let Some(instructor) = placement.school_instructor else {
                continue;
            };
            let count = load.entry(instructor).or_default();
            *count += 1;
            if *count == self.max + 1 {
                out.push(
                    Violation::new(
                        self.code.clone(),
                        Severity::Warning,
                        Path::root()
                            .field("placements")
                            .index(i)
                            .field("school_instructor"),
                        "this instructor already looks after the most placements our school allows",
                    )
                    .with_figure("limit", self.max)
                    .with_figure("instructor", instructor),
                );
            }
        }
    }
}

/// The host's supervisor of the visits.
const SUPERVISOR: InstructorId = InstructorId::from_u128(40);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

/// The parties: one school with its teacher, one enterprise with one post, three students.
fn registry(
    school: SchoolId,
    enterprise: EnterpriseId,
    teacher: InstructorId,
) -> Result<Registry, Error> {
    let post = Post::builder()
        .id(PostId::from_u128(30))
        .name("warehouse clerk")
        .category("warehousing")
        .major_category("logistics")
        .headcount(40)
        .monthly_wage(Money::new(4_500_00, Currency::CNY));
    let host = Enterprise::builder()
        .id(enterprise)
        .name("Harbour Logistics")
        .sector("logistics")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Logistics)
        .employees(300)
        .post(post.build()?)
        .build()?;
    let students = (0..3u128)
        .map(|i| {
            Student::builder()
                .id(StudentId::from_u128(20 + i))
                .school(school)
                .name(format!("student {i}"))
                .birth_date(d(2007, 1, 10))
                .major("logistics management")
                .major_category("logistics")
                .grade(2024)
                .enrolled_on(d(2024, 9, 1))
                .expected_graduation(d(2027, 7, 1))
                .build()
        })
        .collect::<Result<_, _>>()?;
    let harbour = School::builder()
        .id(school)
        .name("Harbour Vocational School")
        .kind(SchoolKind::SecondaryVocational);
    Registry::new(
        vec![harbour.build()?],
        vec![host],
        students,
        vec![
            Instructor::new(teacher, Name::new("Zhou Min")?, Employer::School(school)),
            Instructor::new(
                SUPERVISOR,
                Name::new("Guo Qiang")?,
                Employer::Enterprise(enterprise),
            ),
        ],
    )
}

/// The interaction mode's joint teaching plan: one professional course taught by the host's
/// supervisor, approved by school and host before it starts.
fn teaching_plan(
    course: CourseId,
    supervisor: InstructorId,
    dates: DateRange,
    approved: NaiveDate,
) -> Result<interaction::Interaction, Error> {
    use interaction::{Course, CourseHours, CourseKind, Teaching, TeachingPlan};
    let practice = Course::builder()
        .id(course)
        .name("workplace practice")
        .kind(CourseKind::Professional)
        .dates(dates)
        .hours(CourseHours::new(96, 64)?)
        .instructor(Teaching::new(supervisor, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice.build()?);
    plan.approvals.school = Some(approved);
    plan.approvals.enterprise = Some(approved);
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    Ok(model)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let school = SchoolId::from_u128(1);
    let enterprise = EnterpriseId::from_u128(2);
    let teacher = InstructorId::from_u128(3);
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(4))
        .school(school)
        .enterprise(enterprise)
        .validity(DateRange::new(d(2026, 3, 1), d(2027, 2, 28))?)
        .signed_on(d(2026, 2, 1))
        .mode(Mode::Interaction(teaching_plan(
            CourseId::from_u128(50),
            SUPERVISOR,
            DateRange::new(d(2026, 4, 1), d(2026, 6, 30))?,
            d(2026, 3, 1),
        )?))
        .contributes(Side::School, ContributionKind::Staff, "teachers")
        .contributes(Side::Enterprise, ContributionKind::Posts, "posts")
        .build()?;
    for i in 0..3u128 {
        let visit = Placement::builder()
            .id(PlacementId::from_u128(10 + i))
            .student(StudentId::from_u128(20 + i))
            .host(enterprise)
            .post(PostId::from_u128(30))
            .kind(PlacementKind::Observation)
            .dates(DateRange::new(d(2026, 4, 1), d(2026, 4, 3))?)
            .school_instructor(teacher)
            .supervisor(SUPERVISOR)
            .insured(Share::ZERO)
            .safety_training_on(d(2026, 3, 30));
        agreement.placements.push(visit.build()?);
    }

    let registry = registry(school, enterprise, teacher)?;
    let rule = InstructorLoad {
        code: CustomCode::new("riverside.instructor_load")?,
        max: 2,
    };
    let report = agreement.check_with(&registry, &Policy::cn(), &[&rule]);
    println!("{report}");

    // The policy treats the custom code like any other: raise it to an error.
    let strict = Policy::cn().override_severity(rule.code.clone(), Severity::Error);
    let report = agreement.check_with(&registry, &strict, &[&rule]);
    let custom = report
        .with_code(rule.code.clone())
        .next()
        .ok_or("the rule should fire")?;
    println!("with the stricter policy: {custom}");
    Ok(())
}
