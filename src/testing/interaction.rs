//! The interaction mode (mode 3): valid arrangements, and single-fault mutations of its nine
//! `interaction.*` rules.
//!
//! [`valid_interaction`] generates valid arrangements (its docs say what it varies), and
//! [`interaction_mutation`] single-fault mutations for every code of the family (its docs list
//! them); every code of the family has one.

use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{
    add_days, agreement_plan, build, id, sub_days, AgreementPlan, Arrangement, Sizes,
};
use super::introduced::{
    choose, lay_out, position, positions, slot_plan, teacher_and_supervisor, SlotPlan, SESSIONS,
};
use super::mutation::{one, Mutation, Parties};
use crate::interaction::{
    Approvals, Course, CourseHours, CourseKind, Interaction, PracticalSession, PracticeBase,
    Resource, ResourceKind, Teaching, TeachingPlan,
};
use crate::{
    BaseId, Contribution, ContributionId, ContributionKind, CourseId, Currency, DateRange,
    Employer, Instructor, InstructorId, Mode, Money, Name, Policy, RuleCode, SessionId, Share,
    Side,
};

/// The codes [`interaction_mutation`] has a mutation for: all nine of the family.
pub const INTERACTION_MUTATIONS: &[RuleCode] = &[
    RuleCode::InteractionPlanApprovedByBoth,
    RuleCode::InteractionEnterpriseTeaching,
    RuleCode::InteractionEnterpriseTeachingShare,
    RuleCode::InteractionPracticeShare,
    RuleCode::InteractionProfessionalExperience,
    RuleCode::InteractionProfessionalAssigned,
    RuleCode::InteractionBaseCapacity,
    RuleCode::InteractionBaseAvailable,
    RuleCode::InteractionDeliveredBeforeUse,
];

/// Serials of the mode's elements (see [`id`]), apart from those of the base agreement.
const PROFESSIONALS: usize = 50;
const BASES: usize = 10_000;
const RESOURCES: usize = 11_000;
const COURSES: usize = 13_000;

/// The least share of professional courses' hours the generated professionals teach, and the
/// least industry experience they have: the generated plans pass under both.
const PROFESSIONAL_SHARE_PER_MILLE: u32 = 300;
const MIN_EXPERIENCE_YEARS: u32 = 3;

#[derive(Debug, Clone)]
struct BasePlan {
    extra_capacity: u32,
    lead_days: u64,
}

#[derive(Debug, Clone)]
struct ResourcePlan {
    side: Side,
    kind: ResourceKind,
    quantity: u32,
    value: u64,
    lead_days: u64,
}

#[derive(Debug, Clone)]
struct CoursePlan {
    professional: bool,
    offset_days: u64,
    length_days: u64,
    total_hours: u32,
    extra_practical_per_mille: u32,
    professional_share_per_mille: u32,
    teacher: Index,
    uses: Vec<Index>,
}

#[derive(Debug, Clone)]
struct InteractionPlan {
    agreement: AgreementPlan,
    bases: Vec<BasePlan>,
    resources: Vec<ResourcePlan>,
    courses: Vec<CoursePlan>,
    experience_years: Vec<u32>,
    approval_lead_days: (u64, u64),
    slots: Vec<SlotPlan>,
}

fn base_plan() -> impl Strategy<Value = BasePlan> {
    (0u32..=20, 1u64..=60).prop_map(|(extra_capacity, lead_days)| BasePlan {
        extra_capacity,
        lead_days,
    })
}

fn resource_plan() -> impl Strategy<Value = ResourcePlan> {
    (
        prop_oneof![Just(Side::School), Just(Side::Enterprise)],
        prop_oneof![
            Just(ResourceKind::Equipment),
            Just(ResourceKind::Material),
            Just(ResourceKind::Funding),
        ],
        1u32..=20,
        1_000_00u64..=500_000_00,
        1u64..=60,
    )
        .prop_map(|(side, kind, quantity, value, lead_days)| ResourcePlan {
            side,
            kind,
            quantity,
            value,
            lead_days,
        })
}

fn course_plan() -> impl Strategy<Value = CoursePlan> {
    (
        (any::<bool>(), 0u64..=500, 30u64..=150),
        (
            20u32..=200,
            0u32..=1_000,
            PROFESSIONAL_SHARE_PER_MILLE..=1_000,
        ),
        (any::<Index>(), prop::collection::vec(any::<Index>(), 0..=2)),
    )
        .prop_map(
            |(
                (professional, offset_days, length_days),
                (total_hours, extra_practical_per_mille, professional_share_per_mille),
                (teacher, uses),
            )| CoursePlan {
                professional,
                offset_days,
                length_days,
                total_hours,
                extra_practical_per_mille,
                professional_share_per_mille,
                teacher,
                uses,
            },
        )
}

fn interaction_plan(sizes: Sizes) -> impl Strategy<Value = InteractionPlan> {
    (
        agreement_plan(sizes),
        prop::collection::vec(base_plan(), 1..=3),
        prop::collection::vec(resource_plan(), 1..=4),
        prop::collection::vec(course_plan(), 1..=5),
        prop::collection::vec(MIN_EXPERIENCE_YEARS..=25, 1..=3),
        (0u64..=60, 0u64..=60),
        prop::collection::vec(slot_plan(sizes.students), 1..=8),
    )
        .prop_map(
            |(
                agreement,
                bases,
                resources,
                courses,
                experience_years,
                approval_lead_days,
                slots,
            )| {
                InteractionPlan {
                    agreement,
                    bases,
                    resources,
                    courses,
                    experience_years,
                    approval_lead_days,
                    slots,
                }
            },
        )
}

/// A valid registry and agreement of the interaction mode, with placements, of the given sizes:
/// it passes under [`Policy::cn`] with no violation.
///
/// It builds on the placements of [`valid_agreement`](super::valid_agreement)
/// and gives the agreement an [`Interaction`] model. It varies:
///
/// - one to three practice bases, each taking as many students at once as the agreement has plus
///   up to twenty, provided from 1 to 60 days before the agreement's term to its last day;
/// - one to four resources (equipment, raw material, funding) from either side, each delivered 1 to
///   60 days before the term;
/// - a teaching plan, always present and complete: one to five courses inside the term (the
///   first professional, the others professional or general), 20 to 200 hours each with at least
///   half of them practical, using up to two resources. A professional course is taught by one
///   enterprise professional for 30 % to 100 % of its hours and by the school's teacher for the
///   rest; a general course by the school's teacher alone. School and enterprise approve the plan
///   0 to 60 days before its first course;
/// - one to three enterprise professionals (3 to 25 years of industry experience); the agreement
///   lists exactly those who teach, so every listed professional is employed by the agreement's
///   enterprise and teaches. The enterprise's placement supervisor teaches nothing and is not
///   listed;
/// - practical slots on distinct days inside the term, in daytime; a slot runs sessions at one to
///   three distinct bases at once and shares the students who attend among them.
///
/// The bases take every student at once and sessions at one base never overlap, so capacity
/// holds; it passes under [`Policy::cn`] and also with `min_enterprise_teaching_share` at 30 %
/// and `min_industry_experience_years` at 3.
pub fn valid_interaction(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    interaction_plan(sizes)
        .prop_filter_map("a buildable interaction", |plan| build_interaction(&plan))
        .boxed()
}

fn build_interaction(plan: &InteractionPlan) -> Option<Arrangement> {
    let parts = build(0, &plan.agreement)?;
    let mut agreement = parts.agreement;
    let term = agreement.validity;
    let students = parts.students;
    let mut instructors = parts.instructors;
    let (teacher, _) = teacher_and_supervisor(&instructors)?;
    let mut professionals = Vec::new();
    for (j, years) in plan.experience_years.iter().enumerate() {
        let mut professional = Instructor::new(
            InstructorId::from_u128(id(0, PROFESSIONALS + j)),
            Name::new(format!("professional {j}")).ok()?,
            Employer::Enterprise(agreement.enterprise),
        );
        professional.industry_experience_years = *years;
        professional
            .qualifications
            .push("senior technician".to_owned());
        professionals.push(professional.id);
        instructors.push(professional);
    }

    let mut model = Interaction::new();
    let capacity = u32::try_from(students.len()).ok()?;
    for (i, base) in plan.bases.iter().enumerate() {
        model.bases.push(PracticeBase::new(
            BaseId::from_u128(id(0, BASES + i)),
            Name::new(format!("practice base {i}")).ok()?,
            capacity.checked_add(base.extra_capacity)?,
            DateRange::new(sub_days(term.first(), base.lead_days)?, term.last()).ok()?,
        ));
    }
    for (i, resource) in plan.resources.iter().enumerate() {
        let mut contributed = Resource::builder()
            .id(ContributionId::from_u128(id(0, RESOURCES + i)))
            .side(resource.side)
            .kind(resource.kind)
            .description(Name::new(format!("resource {i}")).ok()?)
            .quantity(resource.quantity)
            .value(Money::new(resource.value, Currency::CNY))
            .build()
            .ok()?;
        contributed.delivered_on = Some(sub_days(term.first(), resource.lead_days)?);
        model.resources.push(contributed);
    }

    let mut teaching_plan = TeachingPlan::new();
    let mut teaching = Vec::new();
    for (i, course) in plan.courses.iter().enumerate() {
        let first = add_days(term.first(), course.offset_days)?;
        let last = add_days(first, course.length_days.checked_sub(1)?)?.min(term.last());
        let Ok(dates) = DateRange::new(first, last) else {
            continue;
        };
        let total = course.total_hours;
        let half = total.div_ceil(2);
        let extra = total
            .checked_sub(half)?
            .checked_mul(course.extra_practical_per_mille)?
            / 1_000;
        // The first course kept is professional, so that the enterprise teaches.
        let professional = teaching_plan.courses.is_empty() || course.professional;
        let kind = if professional {
            CourseKind::Professional
        } else {
            CourseKind::General
        };
        let mut entry = Course::builder()
            .id(CourseId::from_u128(id(0, COURSES + i)))
            .name(Name::new(format!("course {i}")).ok()?)
            .kind(kind)
            .dates(dates)
            .hours(CourseHours::new(total, half.checked_add(extra)?).ok()?)
            .build()
            .ok()?;
        let mut school_hours = total;
        if professional {
            let by = choose(course.teacher, &professionals)?;
            let hours = total
                .checked_mul(course.professional_share_per_mille)?
                .div_ceil(1_000);
            entry.instructors.push(Teaching::new(by, hours));
            school_hours = total.checked_sub(hours)?;
            if hours > 0 && !teaching.contains(&by) {
                teaching.push(by);
            }
        }
        if school_hours > 0 {
            entry.instructors.push(Teaching::new(teacher, school_hours));
        }
        for pick in &course.uses {
            let used = model
                .resources
                .get(position(*pick, model.resources.len())?)?
                .id;
            if !entry.uses.iter().any(|u| u.resource == used) {
                entry.uses.push(used.into());
            }
        }
        teaching_plan.courses.push(entry);
    }
    let earliest = teaching_plan
        .courses
        .iter()
        .map(|c| c.dates.first())
        .min()?;
    teaching_plan.approvals = Approvals::new(
        Some(sub_days(earliest, plan.approval_lead_days.0)?),
        Some(sub_days(earliest, plan.approval_lead_days.1)?),
    );
    model.plan = Some(teaching_plan);
    professionals.retain(|p| teaching.contains(p));
    model.professionals = professionals;

    for slot in lay_out(&plan.slots, model.bases.len(), students.len(), term)? {
        for (base, attending) in slot.sessions {
            let serial = SESSIONS + model.sessions.len();
            let mut session = PracticalSession::new(
                SessionId::from_u128(id(0, serial)),
                model.bases.get(base)?.id,
                slot.time,
            );
            for s in attending {
                session.students.push(students.get(s)?.id);
            }
            model.sessions.push(session);
        }
    }

    agreement.mode = Mode::Interaction(model);
    agreement.contributions.push(Contribution::new(
        Side::Enterprise,
        ContributionKind::Space,
        Name::new("practice bases").ok()?,
    ));
    let registry = crate::Registry::new(
        vec![crate::School::new(
            super::SCHOOL,
            Name::new("Generated Vocational School").ok()?,
            crate::SchoolKind::SecondaryVocational,
        )],
        vec![parts.host],
        students,
        instructors,
    )
    .ok()?;
    Some(Arrangement {
        registry,
        agreement,
    })
}

/// A mutation of a generated valid interaction arrangement that must raise `code`, if the kit has
/// one (every code of [`INTERACTION_MUTATIONS`]).
///
/// Every code of the family has one, and each raises its code alone:
///
/// | code | the fault |
/// | --- | --- |
/// | `interaction.plan_approved_by_both` | the enterprise's approval is missing, or the school approves the day after the first course starts |
/// | `interaction.enterprise_teaching` | the enterprise withdraws its professionals: their hours go to the school's teacher and the list of assigned professionals is emptied |
/// | `interaction.enterprise_teaching_share` | with the policy's share at 30 %, each professional keeps one hour of each professional course and the school's teacher takes the rest |
/// | `interaction.practice_share` | no course has practical hours |
/// | `interaction.professional_experience` | with the policy's minimum at 3 years, a teaching professional has 0 or 2 |
/// | `interaction.professional_assigned` | the enterprise's supervisor, who teaches nothing, is listed as a professional |
/// | `interaction.base_capacity` | a base with students takes one fewer than its largest session |
/// | `interaction.base_available` | a base is provided up to the day before one of its sessions, or from the day after |
/// | `interaction.delivered_before_use` | a resource a course uses is delivered the day after that course starts, or never |
pub fn interaction_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    INTERACTION_MUTATIONS.contains(&code).then(|| {
        (valid_interaction(sizes), any::<Index>(), any::<bool>())
            .prop_filter_map(
                "a mutation this arrangement allows",
                move |(arrangement, pick, variant)| mutate(code, arrangement, pick, variant),
            )
            .boxed()
    })
}

/// Any interaction mutation, with the code it must raise.
pub fn interaction_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    super::mutation::union_of(INTERACTION_MUTATIONS, |code| {
        interaction_mutation(code, sizes)
    })
}

/// Applies the fault for `code`, where `pick` chooses the element and `variant` the kind of
/// fault where there are two.
fn mutate(
    code: RuleCode,
    arrangement: Arrangement,
    pick: Index,
    variant: bool,
) -> Option<Mutation<Arrangement>> {
    let Arrangement {
        registry,
        mut agreement,
    } = arrangement;
    let mut parties = Parties::of(&registry);
    let mut policy = Policy::cn();
    let enterprise = agreement.enterprise;
    let Mode::Interaction(model) = &mut agreement.mode else {
        return None;
    };
    let is_professional = |id: InstructorId| {
        registry
            .instructor(id)
            .is_some_and(|i| i.employer == Employer::Enterprise(enterprise))
    };
    let (teacher, supervisor) = teacher_and_supervisor(&parties.instructors)?;
    match code {
        RuleCode::InteractionPlanApprovedByBoth => {
            let plan = model.plan.as_mut()?;
            if variant {
                plan.approvals.enterprise = None;
            } else {
                let earliest = plan.courses.iter().map(|c| c.dates.first()).min()?;
                plan.approvals.school = Some(add_days(earliest, 1)?);
            }
        }
        RuleCode::InteractionEnterpriseTeaching => {
            for course in &mut model.plan.as_mut()?.courses {
                let moved: u32 = course
                    .instructors
                    .iter()
                    .filter(|t| is_professional(t.instructor))
                    .map(|t| t.hours)
                    .fold(0, u32::saturating_add);
                course
                    .instructors
                    .retain(|t| !is_professional(t.instructor));
                give(&mut course.instructors, teacher, moved)?;
            }
            model.professionals.clear();
        }
        RuleCode::InteractionEnterpriseTeachingShare => {
            let share = Share::from_per_mille(PROFESSIONAL_SHARE_PER_MILLE).ok()?;
            policy.min_enterprise_teaching_share = Some(share);
            let (mut part, mut whole) = (0u64, 0u64);
            for course in &mut model.plan.as_mut()?.courses {
                if course.kind != CourseKind::Professional {
                    continue;
                }
                let mut moved = 0u32;
                for t in &mut course.instructors {
                    if is_professional(t.instructor) && t.hours > 1 {
                        moved = moved.checked_add(t.hours.checked_sub(1)?)?;
                        t.hours = 1;
                    }
                    if is_professional(t.instructor) {
                        part = part.checked_add(u64::from(t.hours))?;
                    }
                }
                give(&mut course.instructors, teacher, moved)?;
                whole = whole.checked_add(u64::from(course.hours.total()))?;
            }
            if whole == 0 || share.is_reached_by(part, whole) {
                return None;
            }
        }
        RuleCode::InteractionPracticeShare => {
            for course in &mut model.plan.as_mut()?.courses {
                course.hours = CourseHours::new(course.hours.total(), 0).ok()?;
            }
        }
        RuleCode::InteractionProfessionalExperience => {
            policy.min_industry_experience_years = Some(MIN_EXPERIENCE_YEARS);
            let who = choose(pick, &model.professionals)?;
            parties
                .instructors
                .iter_mut()
                .find(|i| i.id == who)?
                .industry_experience_years = if variant {
                0
            } else {
                MIN_EXPERIENCE_YEARS.saturating_sub(1)
            };
        }
        RuleCode::InteractionProfessionalAssigned => model.professionals.push(supervisor),
        RuleCode::InteractionBaseCapacity => {
            let busy = positions(model.sessions.len(), |i| {
                model
                    .sessions
                    .get(i)
                    .is_some_and(|s| !s.students.is_empty())
            });
            let base_id = model.sessions.get(choose(pick, &busy)?)?.base;
            let most = model
                .sessions
                .iter()
                .filter(|s| s.base == base_id)
                .map(|s| s.students.len())
                .max()?;
            let base = model.bases.iter_mut().find(|b| b.id == base_id)?;
            base.capacity = u32::try_from(most.checked_sub(1)?).ok()?;
        }
        RuleCode::InteractionBaseAvailable => {
            let session = model
                .sessions
                .get(choose(pick, &positions(model.sessions.len(), |_| true))?)?;
            let day = session.time.date();
            let base_id = session.base;
            let base = model.bases.iter_mut().find(|b| b.id == base_id)?;
            base.provided = if variant {
                DateRange::new(base.provided.first(), day.pred_opt()?).ok()?
            } else {
                DateRange::new(day.succ_opt()?, base.provided.last()).ok()?
            };
        }
        RuleCode::InteractionDeliveredBeforeUse => {
            let plan = model.plan.as_ref()?;
            let uses: Vec<(usize, usize)> = plan
                .courses
                .iter()
                .enumerate()
                .flat_map(|(c, course)| (0..course.uses.len()).map(move |k| (c, k)))
                .collect();
            let (c, k) = choose(pick, &uses)?;
            let course = plan.courses.get(c)?;
            let (used, first) = (course.uses.get(k)?.resource, course.dates.first());
            // Missing, delivered the day after the first day, or (staged) needed from the day
            // after the first day and delivered the day after that.
            let staged = !variant && pick.index(2) == 1;
            let resource = model.resources.iter_mut().find(|r| r.id == used)?;
            resource.delivered_on = if variant {
                None
            } else if staged {
                Some(add_days(first, 2)?)
            } else {
                Some(add_days(first, 1)?)
            };
            if staged {
                let plan = model.plan.as_mut()?;
                let course = plan.courses.get_mut(c)?;
                let entry = course.uses.get_mut(k)?;
                entry.needed_on = Some(add_days(first, 1)?);
            }
        }
        _ => return None,
    }
    Some(Mutation {
        target: Arrangement {
            registry: parties.build()?,
            agreement,
        },
        policy,
        codes: one(code),
    })
}

/// Adds `hours` to `teacher`'s entry in `instructors`, or a new entry when they have none.
fn give(instructors: &mut Vec<Teaching>, teacher: InstructorId, hours: u32) -> Option<()> {
    if hours == 0 {
        return Some(());
    }
    match instructors.iter_mut().find(|t| t.instructor == teacher) {
        Some(entry) => entry.hours = entry.hours.checked_add(hours)?,
        None => instructors.push(Teaching::new(teacher, hours)),
    }
    Some(())
}
