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
    let mut host = Enterprise::new(
        enterprise,
        Name::new("Harbour Logistics")?,
        Name::new("logistics")?,
        LegalStatus::OwnEntity,
        VenueKind::Logistics,
        300,
    );
    host.posts.push(Post::new(
        PostId::from_u128(30),
        Name::new("warehouse clerk")?,
        Name::new("warehousing")?,
        Name::new("logistics")?,
        40,
        Money::new(4_500_00, Currency::CNY),
    ));
    let students = (0..3u128)
        .map(|i| -> Result<Student, Error> {
            Ok(Student::new(
                StudentId::from_u128(20 + i),
                school,
                Name::new(format!("student {i}"))?,
                d(2007, 1, 10),
                Name::new("logistics management")?,
                Name::new("logistics")?,
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            ))
        })
        .collect::<Result<_, _>>()?;
    Registry::new(
        vec![School::new(
            school,
            Name::new("Harbour Vocational School")?,
            SchoolKind::SecondaryVocational,
        )],
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
    let mut practice = Course::new(
        course,
        Name::new("workplace practice")?,
        CourseKind::Professional,
        dates,
        CourseHours::new(96, 64)?,
    );
    practice.instructors.push(Teaching::new(supervisor, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice);
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
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(4),
        school,
        enterprise,
        DateRange::new(d(2026, 3, 1), d(2027, 2, 28))?,
        d(2026, 2, 1),
        Mode::Interaction(teaching_plan(
            CourseId::from_u128(50),
            SUPERVISOR,
            DateRange::new(d(2026, 4, 1), d(2026, 6, 30))?,
            d(2026, 3, 1),
        )?),
    );
    agreement.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "teachers"),
        Contribution::new(Side::Enterprise, ContributionKind::Posts, "posts"),
    ];
    for i in 0..3u128 {
        let mut p = Placement::new(
            PlacementId::from_u128(10 + i),
            StudentId::from_u128(20 + i),
            enterprise,
            PostId::from_u128(30),
            PlacementKind::Observation,
            DateRange::new(d(2026, 4, 1), d(2026, 4, 3))?,
        );
        p.school_instructor = Some(teacher);
        p.supervisor = Some(SUPERVISOR);
        p.insurance.push(Insurance::new(p.dates, Share::ZERO));
        p.safety_training_on = Some(d(2026, 3, 30));
        agreement.placements.push(p);
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
