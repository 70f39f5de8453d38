//! Single-fault mutations of generated order classes, one per `order.*` code (the table is on
//! [`order_mutation`]).

use crate::WeekdaySet;
use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::Index;

use super::curriculum::{enterprise_hours, runs};
use super::{at, pick, post, valid_order};
use crate::order::{
    CommitmentCharge, CommitmentChargeKind, Delivery, Exam, Module, ModuleKind, OrderClass,
    Requirement,
};
use crate::testing::arrangement::{add_days, id, sub_days, Arrangement, Sizes};
use crate::testing::mutation::{one, Mutation, Parties};
use crate::{
    has_reached_age, Currency, DateRange, Employer, Enterprise, EnterpriseId, ExamId, Instructor,
    InstructorId, LegalStatus, Mode, ModuleId, Money, Name, Origin, Placement, Policy, PostId,
    RequirementId, RuleCode, Side, StudentId, VenueKind,
};

/// The `order.*` codes [`order_mutation`] has a mutation for: all 14.
pub const ORDER_MUTATIONS: &[RuleCode] = &[
    RuleCode::OrderEnrollmentMatchesQuota,
    RuleCode::OrderJobAtEnrollment,
    RuleCode::OrderJobAtGraduation,
    RuleCode::OrderRecruitedAreEmployees,
    RuleCode::OrderRecruitedWorkingAge,
    RuleCode::OrderModuleTraced,
    RuleCode::OrderRequirementTaught,
    RuleCode::OrderRequirementAssessed,
    RuleCode::OrderExamJoint,
    RuleCode::OrderPracticeInProduction,
    RuleCode::OrderInternshipAtEmployer,
    RuleCode::OrderEmploymentFollowsInternship,
    RuleCode::OrderEnterpriseLeadsTraining,
    RuleCode::OrderNoStudentCharges,
];

/// A mutation of a generated valid order class (see [`valid_order`]) that must raise `code`, if
/// the kit has one (every code of [`ORDER_MUTATIONS`]).
///
/// Each mutation changes one fact, and the check raises exactly its code (once per element the
/// fact touches), under the cn policy:
///
/// | code | the fault |
/// | --- | --- |
/// | `order.enrollment_matches_quota` | the quota is one above or one below the intake |
/// | `order.job_at_enrollment` | a student's commitment is missing, signed the day after the enrollment, or to a post of an affiliate |
/// | `order.job_at_graduation` | a job starts the day before graduation (after the internship still), or 32 days after graduation (a student without internship) |
/// | `order.recruited_are_employees` | a recruited student became an employee the day after the enrollment, or is an affiliate's employee |
/// | `order.recruited_working_age` | a recruited student was born so as to be 15 on the day they became an employee |
/// | `order.module_traced` | a vocational module whose requirements others also cover covers none, or a new one delivered by the enterprise covers none |
/// | `order.requirement_taught` | every module stops covering a requirement (when none is left empty), or a new requirement is examined but taught nowhere |
/// | `order.requirement_assessed` | a new exam set by both assesses nothing, a new requirement is taught but examined nowhere, or every exam stops assessing a requirement (when none is left empty) |
/// | `order.exam_joint` | an exam is set by the school alone, the enterprise alone, or nobody |
/// | `order.practice_in_production` | a block runs one day past its run of production, or starts one day before it |
/// | `order.internship_at_employer` | an internship moves to another post of the enterprise, or to an affiliate (its post and its supervisor) |
/// | `order.employment_follows_internship` | a job starts 32 days after the latest internship (or on its last day, when that is graduation day), or the internship is cut to end 32 days before the job |
/// | `order.enterprise_leads_training` | the school delivers every vocational module, or a new vocational module of the school's outweighs the enterprise's hours |
/// | `order.no_student_charges` | a commitment carries a deposit, fee, guarantee or penalty for leaving |
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::{Config, TestRunner};
/// use school_enterprise::testing::{order_mutation, Sizes};
/// use school_enterprise::RuleCode;
///
/// let strategy = order_mutation(RuleCode::OrderExamJoint, Sizes::default()).unwrap();
/// let mut runner = TestRunner::new(Config::with_cases(16));
/// runner
///     .run(&strategy, |m| {
///         let report = m.target.agreement.check(&m.target.registry, &m.policy);
///         prop_assert!(!report.is_empty());
///         prop_assert!(report.iter().all(|v| v.rule() == Some(RuleCode::OrderExamJoint)));
///         Ok(())
///     })
///     .unwrap();
/// ```
pub fn order_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    ORDER_MUTATIONS.contains(&code).then(|| {
        (valid_order(sizes), any::<Index>(), any::<Index>())
            .prop_filter_map(
                "a mutation this order class allows",
                move |(arrangement, pick, variant)| mutate(code, arrangement, pick, variant),
            )
            .boxed()
    })
}

/// Any order mutation, with the code it must raise.
pub fn order_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    crate::testing::mutation::union_of(ORDER_MUTATIONS, |code| order_mutation(code, sizes))
}

/// Ids the mutations add, apart from the generator's.
const FRESH: usize = 90_000;

fn fresh(serial: usize) -> Option<u128> {
    Some(id(0, FRESH.checked_add(serial)?))
}

/// Adds to the registry an affiliate of the ordering enterprise (another enterprise of its group,
/// vetted on `vetted_on`, resting at the weekend) with one post like the ordering enterprise's and
/// a supervisor of its own.
fn affiliate(
    parties: &mut Parties,
    vetted_on: NaiveDate,
) -> Option<(EnterpriseId, PostId, InstructorId)> {
    let enterprise = EnterpriseId::from_u128(fresh(0)?);
    let post_id = PostId::from_u128(fresh(1)?);
    let supervisor = InstructorId::from_u128(fresh(2)?);
    let mut host = Enterprise::builder()
        .id(enterprise)
        .name("Generated Motors (affiliate)")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(1_000)
        .build()
        .ok()?;
    host.vetted_on = Some(vetted_on);
    host.rest_days = Some(WeekdaySet::WEEKEND);
    host.posts.push(post(post_id, "assembly", 100)?);
    parties.enterprises.push(host);
    parties.instructors.push(Instructor::new(
        supervisor,
        Name::new("affiliate supervisor").ok()?,
        Employer::Enterprise(enterprise),
    ));
    Some((enterprise, post_id, supervisor))
}

/// The latest work placement of `student`: its position and last day.
fn latest_internship(placements: &[Placement], student: StudentId) -> Option<(usize, NaiveDate)> {
    placements
        .iter()
        .enumerate()
        .filter(|(_, p)| p.student == student && p.kind.is_work())
        .map(|(i, p)| (i, p.dates.last()))
        .max_by_key(|(_, last)| *last)
}

/// Whole days from `from` to `to`.
fn days(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// The requirements that can be struck from every list of `lists` without leaving empty a list
/// whose flag (must keep one) is set.
fn removable<'a>(
    class: &OrderClass,
    lists: impl Iterator<Item = (&'a [RequirementId], bool)> + Clone,
) -> Vec<RequirementId> {
    class
        .requirements
        .iter()
        .map(|r| r.id)
        .filter(|rid| {
            lists
                .clone()
                .all(|(list, must_keep)| !must_keep || list.iter().any(|other| other != rid))
        })
        .collect()
}

/// Applies the fault for `code` to a valid order class, on the element `pick` chooses, in the
/// way `variant` chooses.
fn mutate(
    code: RuleCode,
    arrangement: Arrangement,
    pick_one: Index,
    variant: Index,
) -> Option<Mutation<Arrangement>> {
    let Arrangement {
        registry,
        mut agreement,
    } = arrangement;
    let policy = Policy::cn();
    let mut parties = Parties::of(&registry);
    let ordering = agreement.enterprise;
    let (validity, placements) = (agreement.validity, &mut agreement.placements);
    let Mode::OrderBased(class) = &mut agreement.mode else {
        return None;
    };
    let enrolled = class.enrolled_on;
    let way = |n: usize| at(&variant, n);
    let entry = at(&pick_one, class.intake.len())?;

    match code {
        RuleCode::OrderEnrollmentMatchesQuota => {
            class.recruitment_quota = if way(2)? == 0 {
                class.recruitment_quota.checked_add(1)?
            } else {
                class.recruitment_quota.checked_sub(1)?
            };
        }
        RuleCode::OrderJobAtEnrollment => {
            let enrollee = class.intake.get_mut(entry)?;
            match way(3)? {
                0 => enrollee.commitment = None,
                1 => enrollee.commitment.as_mut()?.signed_on = enrolled.succ_opt()?,
                _ => {
                    let (_, post, _) = affiliate(&mut parties, enrolled)?;
                    enrollee.commitment.as_mut()?.post = post;
                }
            }
        }
        RuleCode::OrderJobAtGraduation => {
            // Before graduation but still after the internship, or, for a student without one,
            // too long after graduation.
            let max_g = i64::from(policy.max_days_graduation_to_employment);
            let max_i = i64::from(policy.max_days_internship_to_employment);
            let mut eligible = Vec::new();
            for (k, e) in class.intake.iter().enumerate() {
                let graduation = registry.student(e.student)?.expected_graduation;
                let day_before = graduation.pred_opt()?;
                let starts_on = match latest_internship(placements, e.student) {
                    None if way(2)? == 0 => day_before,
                    None => add_days(graduation, u64::try_from(max_g.checked_add(1)?).ok()?)?,
                    Some((_, last)) => {
                        let after = days(last, day_before);
                        if after < 1 || after > max_i {
                            continue;
                        }
                        day_before
                    }
                };
                eligible.push((k, starts_on));
            }
            let (k, starts_on) = *pick(&pick_one, &eligible)?;
            class.intake.get_mut(k)?.commitment.as_mut()?.starts_on = starts_on;
        }
        RuleCode::OrderRecruitedAreEmployees | RuleCode::OrderRecruitedWorkingAge => {
            let recruited: Vec<StudentId> = class
                .intake
                .iter()
                .map(|e| e.student)
                .filter(|s| {
                    registry
                        .student(*s)
                        .is_some_and(|s| matches!(s.origin, Origin::RecruitedEmployee { .. }))
                })
                .collect();
            let chosen = *pick(&pick_one, &recruited)?;
            let work_starts: Vec<NaiveDate> = placements
                .iter()
                .filter(|p| p.student == chosen && p.kind.is_work())
                .map(|p| p.dates.first())
                .collect();
            let other = if code == RuleCode::OrderRecruitedAreEmployees && way(2)? == 1 {
                Some(affiliate(&mut parties, enrolled)?.0)
            } else {
                None
            };
            let student = parties.student(chosen)?;
            let Origin::RecruitedEmployee { enterprise, since } = &mut student.origin else {
                return None;
            };
            if code == RuleCode::OrderRecruitedWorkingAge {
                // Turning the working age the day after becoming an employee; still old enough
                // for every internship.
                let age = chrono::Months::new(policy.min_working_age.checked_mul(12)?);
                let birth = since.checked_sub_months(age)?.succ_opt()?;
                let placement_age = policy.min_placement_age;
                if has_reached_age(birth, policy.min_working_age, *since)
                    || !work_starts
                        .iter()
                        .all(|first| has_reached_age(birth, placement_age, *first))
                {
                    return None;
                }
                student.birth_date = birth;
            } else if let Some(other) = other {
                *enterprise = other;
            } else {
                *since = enrolled.succ_opt()?;
            }
        }
        RuleCode::OrderModuleTraced => {
            let redundant = removable_module(class);
            match redundant.filter(|_| way(2) == Some(0)) {
                Some(m) => class.modules.get_mut(m)?.covers.clear(),
                None => class.modules.push(
                    Module::builder()
                        .id(ModuleId::from_u128(fresh(10)?))
                        .name("untraced module")
                        .kind(ModuleKind::Vocational)
                        .hours(40)
                        .delivery(Delivery::Enterprise)
                        .build()
                        .ok()?,
                ),
            }
        }
        RuleCode::OrderRequirementTaught => {
            let lists = class
                .modules
                .iter()
                .map(|m| (m.covers.as_slice(), m.kind == ModuleKind::Vocational));
            let candidates = removable(class, lists);
            match pick(&pick_one, &candidates).filter(|_| way(2) == Some(0)) {
                Some(rid) => {
                    let rid = *rid;
                    for m in &mut class.modules {
                        m.covers.retain(|r| *r != rid);
                    }
                }
                None => {
                    let rid = RequirementId::from_u128(fresh(20)?);
                    class
                        .requirements
                        .push(Requirement::new(rid, Name::new("untaught").ok()?));
                    let exam = at(&pick_one, class.exams.len())?;
                    class.exams.get_mut(exam)?.assesses.push(rid);
                }
            }
        }
        RuleCode::OrderRequirementAssessed => {
            let lists = class.exams.iter().map(|e| (e.assesses.as_slice(), true));
            let candidates = removable(class, lists);
            match (way(3)?, pick(&pick_one, &candidates)) {
                (2, Some(rid)) => {
                    let rid = *rid;
                    for e in &mut class.exams {
                        e.assesses.retain(|r| *r != rid);
                    }
                }
                (1, _) => {
                    let rid = RequirementId::from_u128(fresh(30)?);
                    class
                        .requirements
                        .push(Requirement::new(rid, Name::new("unexamined").ok()?));
                    let module = at(&pick_one, class.modules.len())?;
                    class.modules.get_mut(module)?.covers.push(rid);
                }
                _ => {
                    let mut exam =
                        Exam::new(ExamId::from_u128(fresh(31)?), Name::new("empty exam").ok()?);
                    exam.setters = vec![Side::School, Side::Enterprise];
                    class.exams.push(exam);
                }
            }
        }
        RuleCode::OrderExamJoint => {
            let exam = at(&pick_one, class.exams.len())?;
            class.exams.get_mut(exam)?.setters = match way(3)? {
                0 => vec![Side::School],
                1 => vec![Side::Enterprise],
                _ => Vec::new(),
            };
        }
        RuleCode::OrderPracticeInProduction => {
            let runs = runs(&class.production_periods);
            let b = at(&pick_one, class.practical_blocks.len())?;
            let block = class.practical_blocks.get_mut(b)?;
            let run = runs.iter().find(|run| run.contains_range(&block.dates))?;
            let past = run.last().succ_opt().filter(|day| *day <= validity.last());
            let before = run
                .first()
                .pred_opt()
                .filter(|day| *day >= validity.first());
            let (first, last) = match (way(2)?, past, before) {
                (0, Some(day), _) | (_, Some(day), None) => (block.dates.first(), day),
                (_, _, Some(day)) => (day, block.dates.last()),
                (_, None, None) => return None,
            };
            block.dates = DateRange::new(first, last).ok()?;
        }
        RuleCode::OrderInternshipAtEmployer => {
            let work: Vec<usize> = (0..placements.len())
                .filter(|i| placements.get(*i).is_some_and(|p| p.kind.is_work()))
                .collect();
            let chosen = *pick(&pick_one, &work)?;
            if way(2)? == 0 {
                let committed = placements.get(chosen)?.post;
                let other = parties
                    .host(ordering)?
                    .posts
                    .iter()
                    .map(|p| p.id)
                    .find(|p| *p != committed)?;
                placements.get_mut(chosen)?.post = other;
            } else {
                let (host, post, supervisor) = affiliate(&mut parties, enrolled)?;
                let p = placements.get_mut(chosen)?;
                p.host = host;
                p.post = post;
                p.supervisor = Some(supervisor);
            }
        }
        RuleCode::OrderEmploymentFollowsInternship => {
            let max_i = policy.max_days_internship_to_employment;
            let too_late = u64::from(max_i).checked_add(1)?;
            let mut eligible = Vec::new();
            for (k, e) in class.intake.iter().enumerate() {
                if let Some((position, last)) = latest_internship(placements, e.student) {
                    let graduation = registry.student(e.student)?.expected_graduation;
                    let starts_on = e.commitment.as_ref()?.starts_on;
                    eligible.push((k, position, last, graduation, starts_on));
                }
            }
            let (k, position, last, graduation, starts_on) = *pick(&pick_one, &eligible)?;
            let cut = sub_days(starts_on, too_late)?;
            let p = placements.get_mut(position)?;
            if way(2)? == 1 && cut >= p.dates.first() {
                // The internship ends too early.
                p.dates = DateRange::new(p.dates.first(), cut).ok()?;
            } else {
                // The job starts too late after the internship, or on its last day when that is
                // graduation day, still within the days after graduation.
                let moved = if last == graduation {
                    last
                } else {
                    add_days(last, too_late)?
                };
                let after = days(graduation, moved);
                if after < 0 || after > i64::from(policy.max_days_graduation_to_employment) {
                    return None;
                }
                class.intake.get_mut(k)?.commitment.as_mut()?.starts_on = moved;
            }
        }
        RuleCode::OrderEnterpriseLeadsTraining => {
            if way(2)? == 0 {
                for m in &mut class.modules {
                    if m.kind == ModuleKind::Vocational {
                        m.delivery = Delivery::School;
                    }
                }
            } else {
                // A school module large enough to bring the enterprise's share below the floor:
                // enterprise < floor × (hours + extra).
                let (milli, hours) = enterprise_hours(&class.modules);
                let floor = u64::from(policy.min_order_enterprise_training_share.per_mille());
                let extra = milli
                    .checked_div(floor)?
                    .saturating_sub(hours)
                    .checked_add(1)?;
                let requirement = pick(&pick_one, &class.requirements)?.id;
                let mut module = Module::builder()
                    .id(ModuleId::from_u128(fresh(40)?))
                    .name("school workshop")
                    .kind(ModuleKind::Vocational)
                    .hours(u32::try_from(extra).ok()?)
                    .delivery(Delivery::School)
                    .build()
                    .ok()?;
                module.covers.push(requirement);
                class.modules.push(module);
            }
        }
        RuleCode::OrderNoStudentCharges => {
            let kind = match way(4)? {
                0 => CommitmentChargeKind::Deposit,
                1 => CommitmentChargeKind::Fee,
                2 => CommitmentChargeKind::Guarantee,
                _ => CommitmentChargeKind::PenaltyForLeaving,
            };
            let charge = if pick_one.index(2) == 0 {
                CommitmentCharge::new(kind)
            } else {
                CommitmentCharge::of(kind, Money::new(2_000_00, Currency::CNY))
            };
            let commitment = class.intake.get_mut(entry)?.commitment.as_mut()?;
            commitment.charges.push(charge);
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

/// A vocational module every requirement of which another module also covers.
fn removable_module(class: &OrderClass) -> Option<usize> {
    let modules = &class.modules;
    modules.iter().enumerate().position(|(m, module)| {
        module.kind == ModuleKind::Vocational
            && module.covers.iter().all(|rid| {
                modules
                    .iter()
                    .enumerate()
                    .any(|(o, other)| o != m && other.covers.contains(rid))
            })
    })
}
