//! Order-based arrangements (mode 4, the `order.*` rules): valid order classes with their
//! internships, and single-fault mutations for every `order.*` code.
//!
//! [`valid_order`] says what a generated class holds, and [`order_mutation`] what each mutation
//! changes.
//!
//! ## Codes without a mutation
//!
//! None: every `order.*` code can be broken alone, and none is off under the cn policy.

use crate::WeekdaySet;
use chrono::{Datelike, Months, NaiveDate};
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{
    add_days, complete, id, placement_plan, school, sub_days, Arrangement, PlacementPlan, Sizes,
    SCHOOL, WAGE,
};
use crate::order::{EmploymentCommitment, Enrollee, OrderClass};
use crate::{
    add_years, AgreementId, Contribution, ContributionKind, CooperationAgreement, Currency,
    DateRange, Employer, Enterprise, EnterpriseId, Instructor, InstructorId, LegalStatus, Mode,
    Money, Name, Origin, Placement, PlacementId, PlacementKind, Policy, Post, PostId, Registry,
    Sex, Side, Student, StudentId, VenueKind,
};
use curriculum::{
    curriculum, curriculum_plan, production, production_plan, CurriculumPlan, ProductionPlan,
};

mod curriculum;
mod mutation;

pub use mutation::{order_mutation, order_mutations, ORDER_MUTATIONS};

#[derive(Debug, Clone)]
struct InternshipPlan {
    independent: bool,
    length_days: u64,
    gap_days: u64,
    details: PlacementPlan,
}

#[derive(Debug, Clone)]
struct ObservationPlan {
    offset_days: u64,
    length_days: u64,
    post: Index,
    details: PlacementPlan,
}

#[derive(Debug, Clone)]
struct StudentPlan {
    enrolled_early_days: u64,
    graduation_days: u64,
    extra_age_days: u64,
    sex: Option<Sex>,
    recruited_days_before: Option<u64>,
    post: Index,
    signed_lead_days: u64,
    internship_margin_days: u64,
    job_delay_days: u64,
    internships: Vec<InternshipPlan>,
    observation: Option<ObservationPlan>,
}

#[derive(Debug, Clone)]
struct ClassPlan {
    year: i32,
    enroll_offset_days: u64,
    weekend_rest: bool,
    posts: usize,
    extra_employees: u32,
    validity_lead_days: u64,
    validity_tail_days: u64,
    signing_lead_days: u64,
    rotate_intake: Index,
    students: Vec<StudentPlan>,
    curriculum: CurriculumPlan,
    production: ProductionPlan,
}

fn internship_plan() -> impl Strategy<Value = InternshipPlan> {
    (any::<bool>(), 7u64..=150, 0u64..=45, placement_plan()).prop_map(
        |(independent, length_days, gap_days, details)| InternshipPlan {
            independent,
            length_days,
            gap_days,
            details,
        },
    )
}

fn observation_plan() -> impl Strategy<Value = Option<ObservationPlan>> {
    prop::option::of(
        (30u64..=180, 1u64..=5, any::<Index>(), placement_plan()).prop_map(
            |(offset_days, length_days, post, details)| ObservationPlan {
                offset_days,
                length_days,
                post,
                details,
            },
        ),
    )
}

/// A student with `least` to `most` internships.
fn student_plan(least: usize, most: usize) -> impl Strategy<Value = StudentPlan> {
    (
        (
            0u64..=14,
            0u64..=20,
            0u64..=1_500,
            prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male))],
            prop_oneof![2 => Just(None), 1 => (0u64..=1_500).prop_map(Some)],
        ),
        (any::<Index>(), 0u64..=120, 0u64..=25, 0u64..=31),
        prop::collection::vec(internship_plan(), least..=most.max(least)),
        observation_plan(),
    )
        .prop_map(
            |(
                (enrolled_early_days, graduation_days, extra_age_days, sex, recruited_days_before),
                (post, signed_lead_days, internship_margin_days, job_delay_days),
                internships,
                observation,
            )| StudentPlan {
                enrolled_early_days,
                graduation_days,
                extra_age_days,
                sex,
                recruited_days_before,
                post,
                signed_lead_days,
                internship_margin_days,
                job_delay_days,
                internships,
                observation,
            },
        )
}

fn class_plan(sizes: Sizes) -> impl Strategy<Value = ClassPlan> {
    (
        (0i32..=4, 0u64..=14, any::<bool>(), 2usize..=3, 0u32..=100),
        (0u64..=60, 0u64..=60, 0u64..=30, any::<Index>()),
        // The first student has an internship, so that every class holds one.
        student_plan(1, sizes.placements_per_student),
        prop::collection::vec(
            student_plan(0, sizes.placements_per_student),
            0..sizes.students.max(1),
        ),
        curriculum_plan(),
        production_plan(),
    )
        .prop_map(
            |(
                (year, enroll_offset_days, weekend_rest, posts, extra_employees),
                (validity_lead_days, validity_tail_days, signing_lead_days, rotate_intake),
                first,
                others,
                curriculum,
                production,
            )| ClassPlan {
                year,
                enroll_offset_days,
                weekend_rest,
                posts,
                extra_employees,
                validity_lead_days,
                validity_tail_days,
                signing_lead_days,
                rotate_intake,
                students: std::iter::once(first).chain(others).collect(),
                curriculum,
                production,
            },
        )
}

/// A valid order-based arrangement, passing under [`Policy::cn`] with no violation: a registry
/// with the ordering enterprise (two or three posts of one wage, vetted on the enrollment date) and
/// the class's students, and one agreement whose mode is an order class of 1 to
/// [`Sizes::students`] students, its recruitment quota equal to the intake.
///
/// The class enrolls on a day of early September 2024–2028; each student enrolled on that day or
/// up to two weeks before, graduates three years later (20 June to 10 July), is selected by the
/// school or (one in three) an employee the enterprise recruited up to four years before the
/// enrollment, at 16 or older. Each holds a commitment to one of the enterprise's posts, signed on
/// or up to four months before the enrollment, charging nothing, starting 0 to 31 days after
/// graduation. The intake is listed in a rotated order, each student once.
///
/// Each student has 0 to [`Sizes::placements_per_student`] internships (the first student at
/// least one, so that every class holds one), assisting or independent work, complete as
/// [`valid_agreement`](super::valid_agreement)'s placements are, at the ordering enterprise on the
/// committed post, laid back to back with gaps of up to 45 days, the latest ending 0 to 25 days
/// before graduation and the job starting 1 to 31 days after it; and perhaps an observation visit
/// of a few days in the first study year, on any post.
///
/// The curriculum has 1 to 5 requirements, 1 to 4 vocational modules (delivered by the school,
/// the enterprise or jointly at any share, then turned over to the enterprise one by one until it
/// delivers at least half the vocational hours) and up to 2 general ones, and 1 to 3 exams set by
/// both sides; every requirement is covered by a module and assessed by an exam, some by several,
/// and every vocational module and exam names one at least. One to four production periods follow
/// each other with gaps, back to back or overlapping (and are listed in a rotated order); one to
/// four practical blocks lie each inside one run of merged periods, some across two periods.
pub fn valid_order(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    class_plan(sizes)
        .prop_filter_map("a buildable order class", |plan| build(&plan))
        .boxed()
}

/// The serials of the generated arrangement's ids (agreement 0 of [`id`]'s ranges).
const HOST: usize = 0;
const TEACHER: usize = 10;
const SUPERVISOR: usize = 11;
const AGREEMENT: usize = 12;
const POSTS: usize = 20;
const STUDENTS: usize = 100;
const PLACEMENTS: usize = 1_000;
const REQUIREMENTS: usize = 10_000;
const MODULES: usize = 20_000;
const EXAMS: usize = 30_000;
const PERIODS: usize = 40_000;
const BLOCKS: usize = 50_000;

/// The name of a generated element: `Name::new` refuses only blank text.
fn name(text: impl Into<String>) -> Option<Name> {
    Name::new(text).ok()
}

/// A post with the generated wage and major category.
fn post(post: PostId, title: &str, headcount: u32) -> Option<Post> {
    Post::builder()
        .id(post)
        .name(title)
        .category(title)
        .major_category("mechatronics")
        .headcount(headcount)
        .monthly_wage(Money::new(WAGE, Currency::CNY))
        .build()
        .ok()
}

const POST_TITLES: [&str; 3] = ["assembly", "maintenance", "quality"];

fn build(plan: &ClassPlan) -> Option<Arrangement> {
    let policy = Policy::cn();
    let n = u32::try_from(plan.students.len()).ok()?;
    let september = NaiveDate::from_ymd_opt(2024_i32.checked_add(plan.year)?, 9, 1)?;
    let enrolled = add_days(september, plan.enroll_offset_days)?;
    let graduation_base = NaiveDate::from_ymd_opt(enrolled.year().checked_add(3)?, 6, 20)?;

    let host_id = EnterpriseId::from_u128(id(0, HOST));
    let mut host = Enterprise::builder()
        .id(host_id)
        .name("Generated Motors")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(n.checked_mul(10)?.checked_add(plan.extra_employees)?)
        .build()
        .ok()?;
    host.vetted_on = Some(enrolled);
    host.rest_days = if plan.weekend_rest {
        Some(WeekdaySet::WEEKEND)
    } else {
        Some(WeekdaySet::SUNDAY)
    };
    let mut posts = Vec::with_capacity(plan.posts);
    for (j, title) in POST_TITLES.iter().enumerate().take(plan.posts) {
        let post_id = PostId::from_u128(id(0, POSTS.checked_add(j)?));
        host.posts.push(post(post_id, title, n.checked_mul(5)?)?);
        posts.push(post_id);
    }
    let teacher = InstructorId::from_u128(id(0, TEACHER));
    let supervisor = InstructorId::from_u128(id(0, SUPERVISOR));
    let instructors = vec![
        Instructor::new(teacher, name("teacher")?, Employer::School(SCHOOL)),
        Instructor::new(
            supervisor,
            name("supervisor")?,
            Employer::Enterprise(host_id),
        ),
    ];

    let latest_graduation = plan
        .students
        .iter()
        .map(|s| s.graduation_days)
        .max()
        .and_then(|days| add_days(graduation_base, days))?;
    let validity = DateRange::new(
        sub_days(enrolled, plan.validity_lead_days)?,
        add_days(latest_graduation, plan.validity_tail_days)?,
    )
    .ok()?;
    let mut class = OrderClass::new(n, enrolled);
    let mut placements = Vec::new();
    let mut students = Vec::with_capacity(plan.students.len());
    for (s, sp) in plan.students.iter().enumerate() {
        let context = StudentContext {
            serial: s,
            enrolled,
            graduation_base,
            host: host_id,
            posts: &posts,
            teacher,
            supervisor,
            policy: &policy,
        };
        let (student, enrollee) = student(&context, sp, &mut placements)?;
        students.push(student);
        class.intake.push(enrollee);
    }
    let rotate = at(&plan.rotate_intake, class.intake.len())?;
    class.intake.rotate_left(rotate);
    curriculum(&mut class, &plan.curriculum, &policy)?;
    production(&mut class, &plan.production, validity)?;

    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(id(0, AGREEMENT)))
        .school(SCHOOL)
        .enterprise(host_id)
        .validity(validity)
        .signed_on(sub_days(validity.first(), plan.signing_lead_days)?)
        .mode(Mode::OrderBased(class))
        .build()
        .ok()?;
    agreement.contributions = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Staff,
            Name::new("teachers").ok()?,
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            Name::new("posts").ok()?,
        ),
    ];
    agreement.placements = placements;
    let registry = Registry::new(vec![school()?], vec![host], students, instructors).ok()?;
    Some(Arrangement {
        registry,
        agreement,
    })
}

/// What every student of the class shares.
struct StudentContext<'a> {
    serial: usize,
    enrolled: NaiveDate,
    graduation_base: NaiveDate,
    host: EnterpriseId,
    posts: &'a [PostId],
    teacher: InstructorId,
    supervisor: InstructorId,
    policy: &'a Policy,
}

/// One student with their commitment; their placements are pushed onto `placements`.
fn student(
    c: &StudentContext<'_>,
    sp: &StudentPlan,
    placements: &mut Vec<Placement>,
) -> Option<(Student, Enrollee)> {
    let enrolled_on = sub_days(c.enrolled, sp.enrolled_early_days)?;
    let graduation = add_days(c.graduation_base, sp.graduation_days)?;
    let (birth, origin) = match sp.recruited_days_before {
        None => (
            sub_days(
                enrolled_on.checked_sub_months(Months::new(15 * 12))?,
                sp.extra_age_days,
            )?,
            Origin::SelectedBySchool,
        ),
        Some(days) => {
            let since = sub_days(c.enrolled, days)?;
            let working_age = Months::new(c.policy.min_working_age.checked_mul(12)?);
            (
                sub_days(since.checked_sub_months(working_age)?, sp.extra_age_days)?,
                Origin::RecruitedEmployee {
                    enterprise: c.host,
                    since,
                },
            )
        }
    };
    let student_id = StudentId::from_u128(id(0, STUDENTS.checked_add(c.serial)?));
    let mut student = Student::builder()
        .id(student_id)
        .school(SCHOOL)
        .name("generated student")
        .birth_date(birth)
        .major("mechatronics")
        .major_category("mechatronics")
        .grade(enrolled_on.year())
        .enrolled_on(enrolled_on)
        .expected_graduation(graduation)
        .build()
        .ok()?;
    student.sex = sp.sex;
    student.origin = origin;
    let committed = *pick(&sp.post, c.posts)?;
    let next_id = |placements: &Vec<Placement>| {
        let serial = PLACEMENTS.checked_add(placements.len())?;
        Some(PlacementId::from_u128(id(0, serial)))
    };
    if let Some(o) = &sp.observation {
        let first = add_days(c.enrolled, o.offset_days)?;
        let dates = DateRange::new(first, add_days(first, o.length_days.checked_sub(1)?)?).ok()?;
        let mut visit = Placement::builder()
            .id(next_id(placements)?)
            .student(student_id)
            .host(c.host)
            .post(*pick(&o.post, c.posts)?)
            .kind(PlacementKind::Observation)
            .dates(dates)
            .build()
            .ok()?;
        complete(&mut visit, &o.details, c.teacher, c.supervisor)?;
        placements.push(visit);
    }
    // Internships, the latest first, back from a few days before graduation and not before
    // the study year placements may start in.
    let earliest = add_years(
        enrolled_on,
        c.policy.min_study_year_for_placement.checked_sub(1)?,
    )?;
    let mut last = sub_days(graduation, sp.internship_margin_days)?;
    let mut interned = false;
    for ip in &sp.internships {
        let first = sub_days(last, ip.length_days.checked_sub(1)?)?;
        if first < earliest {
            break;
        }
        let kind = if ip.independent {
            PlacementKind::Independent
        } else {
            PlacementKind::Assisting
        };
        let dates = DateRange::new(first, last).ok()?;
        let mut internship = Placement::builder()
            .id(next_id(placements)?)
            .student(student_id)
            .host(c.host)
            .post(committed)
            .kind(kind)
            .dates(dates)
            .build()
            .ok()?;
        complete(&mut internship, &ip.details, c.teacher, c.supervisor)?;
        placements.push(internship);
        interned = true;
        last = sub_days(first, ip.gap_days.checked_add(1)?)?;
    }

    // The job: 0 to 31 days after graduation and, after an internship, 1 to 31 days after it.
    let max_after_graduation = u64::from(c.policy.max_days_graduation_to_employment);
    let delay = if interned {
        // From the latest internship's last day, `margin` days before graduation.
        let margin = sp.internship_margin_days;
        let low = u64::from(margin == 0);
        let high = u64::from(c.policy.max_days_internship_to_employment)
            .checked_sub(margin)?
            .min(max_after_graduation);
        (low <= high).then(|| sp.job_delay_days.clamp(low, high))?
    } else {
        sp.job_delay_days.min(max_after_graduation)
    };
    let commitment = EmploymentCommitment::new(
        committed,
        sub_days(c.enrolled, sp.signed_lead_days)?,
        add_days(graduation, delay)?,
    );
    Some((student, Enrollee::committed(student_id, commitment)))
}

/// The position `index` picks in a list of `len`, if the list is not empty.
fn at(index: &Index, len: usize) -> Option<usize> {
    (len > 0).then(|| index.index(len))
}

/// The element `index` picks in `list`, if the list is not empty.
fn pick<'a, T>(index: &Index, list: &'a [T]) -> Option<&'a T> {
    list.get(at(index, list.len())?)
}
