//! The interaction rules (`interaction.*`), in catalogue order, and the agreement rules over the
//! mode's elements: dangling ids (`agreement.references_resolve`), courses and sessions inside the
//! agreement's term (`agreement.activity_within_term`) and the students of every session
//! (`agreement.student_enrolled`).
//!
//! Ids are looked up in an index built once per check. A session whose base does not resolve is
//! left out of every other rule; an instructor, resource or student id that does not resolve is
//! left out of the course or session that names it. An enterprise professional is an instructor
//! employed by the agreement's enterprise; the rules about professionals are skipped when the
//! enterprise does not resolve.

use super::{CourseKind, Interaction, TeachingPlan};
use crate::agreement::{check_participation, check_within_term, dangling};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::introduced::{moment, peaks, Presence};
use crate::{
    BaseId, CheckContext, ContributionId, CooperationAgreement, Employer, InstructorId, Registry,
    RuleCode,
};
use crate::{FigureValue, PhraseKey, Quantity, Sentinel, Unit};

/// One instructor's teaching in the plan.
#[derive(Debug, Clone, Copy)]
struct Taught {
    instructor: InstructorId,
    /// Hours over every course.
    hours: u64,
    /// Their first teaching entry with hours, as (course, entry) positions.
    first: Option<(usize, usize)>,
}

/// What the rules look ids up in, built once per check.
struct Index<'a> {
    agreement: &'a CooperationAgreement,
    registry: &'a Registry,
    model: &'a Interaction,
    /// Base ids with their positions, sorted: an id names the first base that has it.
    bases: Vec<(BaseId, usize)>,
    /// Resource ids with their positions, sorted.
    resources: Vec<(ContributionId, usize)>,
    /// Every instructor who resolves and is named in the plan, sorted by id.
    taught: Vec<Taught>,
    /// Whether the agreement's enterprise resolves.
    enterprise_known: bool,
}

/// The position of the first element with `id` in `sorted` (id, position) pairs.
fn first_with<K: Ord + Copy>(sorted: &[(K, usize)], id: K) -> Option<usize> {
    let first = sorted.partition_point(|(k, _)| *k < id);
    sorted
        .get(first)
        .filter(|(k, _)| *k == id)
        .map(|(_, position)| *position)
}

impl<'a> Index<'a> {
    fn new(
        model: &'a Interaction,
        agreement: &'a CooperationAgreement,
        registry: &'a Registry,
    ) -> Self {
        let mut bases: Vec<(BaseId, usize)> = model
            .bases
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id, i))
            .collect();
        bases.sort_unstable();
        let mut resources: Vec<(ContributionId, usize)> = model
            .resources
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id, i))
            .collect();
        resources.sort_unstable();
        Self {
            agreement,
            registry,
            model,
            bases,
            resources,
            taught: model
                .plan
                .as_ref()
                .map_or_else(Vec::new, |plan| taught(plan, registry)),
            enterprise_known: registry.enterprise(agreement.enterprise).is_some(),
        }
    }

    /// Whether `id` is an enterprise professional: an instructor of the agreement's enterprise.
    fn is_professional(&self, id: InstructorId) -> bool {
        self.registry
            .instructor(id)
            .is_some_and(|i| i.employer == Employer::Enterprise(self.agreement.enterprise))
    }

    /// The hours `id` teaches in the plan.
    fn hours_of(&self, id: InstructorId) -> u64 {
        self.taught
            .binary_search_by_key(&id, |t| t.instructor)
            .ok()
            .and_then(|i| self.taught.get(i))
            .map_or(0, |t| t.hours)
    }
}

/// Every instructor of the plan who resolves, with their hours, sorted by id.
fn taught(plan: &TeachingPlan, registry: &Registry) -> Vec<Taught> {
    let named = plan.courses.iter().map(|c| c.instructors.len()).sum();
    let mut entries: Vec<(InstructorId, usize, usize, u32)> = Vec::with_capacity(named);
    for (c, course) in plan.courses.iter().enumerate() {
        entries.extend(
            course
                .instructors
                .iter()
                .enumerate()
                .filter(|(_, t)| registry.instructor(t.instructor).is_some())
                .map(|(k, t)| (t.instructor, c, k, t.hours)),
        );
    }
    entries.sort_unstable();
    entries
        .chunk_by(|a, b| a.0 == b.0)
        .filter_map(|run| {
            let instructor = run.first()?.0;
            Some(Taught {
                instructor,
                hours: run
                    .iter()
                    .map(|e| u64::from(e.3))
                    .fold(0, u64::saturating_add),
                first: run.iter().find(|e| e.3 > 0).map(|e| (e.1, e.2)),
            })
        })
        .collect()
}

/// Runs every rule of the mode on `model`, found at `at` (the agreement's `mode`).
pub(crate) fn check(
    model: &Interaction,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let index = Index::new(model, agreement, ctx.registry());
    resolve(&index, at, sink);
    // An absent plan is judged as an empty one: it has no approval and no teaching (an absent
    // document is a violation, RULES.md "What is judged").
    let no_plan = TeachingPlan::new();
    let plan = model.plan.as_ref().unwrap_or(&no_plan);
    let plan_at = at.field("plan");
    plan_approved_by_both(plan, plan_at, sink);
    enterprise_teaching(&index, plan, plan_at, sink);
    practice_share(plan, plan_at, sink);
    professional_experience(&index, plan_at, sink);
    delivered_before_use(&index, plan, plan_at, sink);
    courses_in_term(agreement, plan, plan_at, sink);
    professional_assigned(&index, at, sink);
    base_capacity(&index, at, sink);
    base_available(&index, at, sink);
    sessions_in_term(&index, at, sink);
}

/// `agreement.references_resolve` for every id the model uses.
fn resolve(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let model = index.model;
    let registry = index.registry;
    if let Some(plan) = &model.plan {
        let plan_at = at.field("plan");
        let courses = plan_at.field("courses");
        for (c, course) in plan.courses.iter().enumerate() {
            let here = courses.index(c);
            let instructors = here.field("instructors");
            for (k, teaching) in course.instructors.iter().enumerate() {
                if registry.instructor(teaching.instructor).is_none() {
                    let entry = instructors.index(k);
                    dangling(
                        sink,
                        entry.field("instructor"),
                        "instructor",
                        teaching.instructor,
                    );
                }
            }
            let uses = here.field("uses");
            for (k, id) in course.uses.iter().map(|u| &u.resource).enumerate() {
                if first_with(&index.resources, *id).is_none() {
                    dangling(sink, uses.index(k), "contributed resource", id);
                }
            }
        }
    }
    let professionals = at.field("professionals");
    for (i, id) in model.professionals.iter().enumerate() {
        if registry.instructor(*id).is_none() {
            dangling(sink, professionals.index(i), "instructor", id);
        }
    }
    let sessions = at.field("sessions");
    for (i, session) in model.sessions.iter().enumerate() {
        let here = sessions.index(i);
        if first_with(&index.bases, session.base).is_none() {
            dangling(sink, here.field("base"), "practice base", session.base);
        }
        let students = here.field("students");
        for (k, id) in session.students.iter().enumerate() {
            if registry.student(*id).is_none() {
                dangling(sink, students.index(k), "student", id);
            }
        }
    }
}

/// `interaction.plan_approved_by_both`, at the plan.
fn plan_approved_by_both(plan: &TeachingPlan, at: Loc<'_>, sink: &mut Sink<'_>) {
    let first_day = plan.courses.iter().map(|c| c.dates.first()).min();
    let in_time = |approval: Option<chrono::NaiveDate>| {
        approval.is_some_and(|day| first_day.is_none_or(|first| day <= first))
    };
    let sides = [
        ("school", plan.approvals.school),
        ("enterprise", plan.approvals.enterprise),
    ];
    if sides.iter().all(|(_, approval)| in_time(*approval)) {
        return;
    }
    let mut figures: Vec<Figure> = sides
        .iter()
        .filter(|(_, approval)| !in_time(*approval))
        .map(|(side, approval)| Figure::new(*side, *approval))
        .collect();
    figures.push(Figure::new(
        "first_day",
        first_day.map_or(FigureValue::Sentinel(Sentinel::NoCourse), FigureValue::Date),
    ));
    sink.push(
        RuleCode::InteractionPlanApprovedByBoth,
        at,
        Scope::Plain,
        "school and enterprise did not both approve the teaching plan by its first course"
            .to_owned(),
        figures,
    );
}

/// `interaction.enterprise_teaching` and `interaction.enterprise_teaching_share`, at the plan.
fn enterprise_teaching(index: &Index<'_>, plan: &TeachingPlan, at: Loc<'_>, sink: &mut Sink<'_>) {
    // A teaching entry with hours whose instructor does not resolve is reported by
    // `agreement.references_resolve` alone: who teaches what cannot be judged then.
    let dangling_teacher = plan
        .courses
        .iter()
        .flat_map(|c| &c.instructors)
        .any(|t| t.hours > 0 && index.registry.instructor(t.instructor).is_none());
    if !index.enterprise_known || dangling_teacher {
        return;
    }
    let teaches = index
        .taught
        .iter()
        .any(|t| t.hours > 0 && index.is_professional(t.instructor));
    if !teaches {
        sink.push(
            RuleCode::InteractionEnterpriseTeaching,
            at,
            Scope::Plain,
            "no enterprise professional teaches in the plan".to_owned(),
            vec![Figure::new("actual", Quantity::new(0, Unit::Hours))],
        );
        return;
    }
    let Some(share) = sink.policy().min_enterprise_teaching_share else {
        return;
    };
    let mut whole = 0u64;
    let mut part = 0u64;
    for course in plan
        .courses
        .iter()
        .filter(|c| c.kind == CourseKind::Professional)
    {
        whole = whole.saturating_add(u64::from(course.hours.total()));
        part = course
            .instructors
            .iter()
            .filter(|t| index.is_professional(t.instructor))
            .map(|t| u64::from(t.hours))
            .fold(part, u64::saturating_add);
    }
    if whole > 0 && !share.is_reached_by(part, whole) {
        sink.push(
            RuleCode::InteractionEnterpriseTeachingShare,
            at,
            Scope::Plain,
            "enterprise professionals teach less than their share of the professional courses"
                .to_owned(),
            vec![
                Figure::new("limit", share),
                Figure::new(
                    "actual",
                    FigureValue::phrase(
                        PhraseKey::PartOf,
                        [
                            Quantity::count(part, Unit::None).into(),
                            Quantity::count(whole, Unit::Hours).into(),
                        ],
                    ),
                ),
            ],
        );
    }
}

/// `interaction.practice_share`, at the plan (not evaluated for a plan of zero hours).
fn practice_share(plan: &TeachingPlan, at: Loc<'_>, sink: &mut Sink<'_>) {
    let whole: u64 = plan
        .courses
        .iter()
        .map(|c| u64::from(c.hours.total()))
        .fold(0, u64::saturating_add);
    let practical: u64 = plan
        .courses
        .iter()
        .map(|c| u64::from(c.hours.practical()))
        .fold(0, u64::saturating_add);
    crate::agreement::check_practice_share(
        RuleCode::InteractionPracticeShare,
        practical,
        whole,
        "practical hours fall short of the practice share",
        at,
        sink,
    );
}

/// `interaction.professional_experience`: at the first teaching entry with hours of every
/// enterprise professional who teaches with too little industry experience.
fn professional_experience(index: &Index<'_>, plan_at: Loc<'_>, sink: &mut Sink<'_>) {
    let Some(years) = sink.policy().min_industry_experience_years else {
        return;
    };
    if !index.enterprise_known {
        return;
    }
    let courses = plan_at.field("courses");
    for taught in &index.taught {
        let Some((c, k)) = taught.first else { continue };
        let Some(instructor) = index
            .registry
            .instructor(taught.instructor)
            .filter(|_| index.is_professional(taught.instructor))
        else {
            continue;
        };
        if instructor.industry_experience_years < years {
            let course = courses.index(c);
            let instructors = course.field("instructors");
            sink.push(
                RuleCode::InteractionProfessionalExperience,
                instructors.index(k),
                Scope::Plain,
                "an enterprise professional who teaches has too little industry experience"
                    .to_owned(),
                vec![
                    Figure::new("instructor", taught.instructor),
                    Figure::new("limit", Quantity::count(years, Unit::Years)),
                    Figure::new(
                        "actual",
                        Quantity::count(instructor.industry_experience_years, Unit::Years),
                    ),
                ],
            );
        }
    }
}

/// `interaction.professional_assigned`: at every listed enterprise professional who teaches no
/// hours.
fn professional_assigned(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !index.enterprise_known || !sink.wants(RuleCode::InteractionProfessionalAssigned) {
        return;
    }
    let professionals = at.field("professionals");
    for (i, id) in index.model.professionals.iter().enumerate() {
        // A listed instructor employed elsewhere is in the wrong role, which this rule reports
        // (a dangling id is `agreement.references_resolve`'s).
        let Some(instructor) = index.registry.instructor(*id) else {
            continue;
        };
        if !index.is_professional(*id) {
            sink.push(
                RuleCode::InteractionProfessionalAssigned,
                professionals.index(i),
                Scope::Plain,
                "a listed professional is not employed by the agreement's enterprise".to_owned(),
                vec![
                    Figure::new("instructor", id),
                    Figure::new("employer", employer_text(&instructor.employer)),
                ],
            );
        } else if index.hours_of(*id) == 0 {
            sink.push(
                RuleCode::InteractionProfessionalAssigned,
                professionals.index(i),
                Scope::Plain,
                "an enterprise professional assigned to teach teaches no hours".to_owned(),
                vec![
                    Figure::new("instructor", id),
                    Figure::new("actual", Quantity::new(0, Unit::Hours)),
                ],
            );
        }
    }
}

/// `school <id>` or `enterprise <id>`.
fn employer_text(employer: &Employer) -> FigureValue {
    let (side, id) = match employer {
        Employer::School(id) => ("school", FigureValue::from(*id)),
        Employer::Enterprise(id) => ("enterprise", FigureValue::from(*id)),
    };
    FigureValue::phrase(PhraseKey::Spaced, [FigureValue::term(side), id])
}

/// `interaction.base_capacity`: per base, at the first session running when the most distinct
/// students are at it at once.
fn base_capacity(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::InteractionBaseCapacity) {
        return;
    }
    // Sized up front, so that checking allocates the same whatever the number of sessions.
    let listed = index.model.sessions.iter().map(|s| s.students.len()).sum();
    let mut presences = Vec::with_capacity(listed);
    for (i, s) in index.model.sessions.iter().enumerate() {
        let Some(base) = first_with(&index.bases, s.base) else {
            continue;
        };
        let (start, end) = s.time.interval();
        presences.extend(
            s.students
                .iter()
                .filter(|id| index.registry.student(**id).is_some())
                .map(|&student| Presence {
                    place: base,
                    student,
                    start,
                    end,
                    session: i,
                }),
        );
    }
    let bases = at.field("bases");
    let sessions = at.field("sessions");
    let mut events = Vec::with_capacity(presences.len().saturating_mul(2));
    peaks(&mut presences, &mut events, |peak| {
        let Some(base) = index.model.bases.get(peak.place) else {
            return;
        };
        if peak.students > u64::from(base.capacity) {
            sink.push(
                RuleCode::InteractionBaseCapacity,
                sessions.index(peak.session),
                Scope::Plain,
                "more students are at the base at once than it takes".to_owned(),
                vec![
                    Figure::new("base", bases.index(peak.place).to_path()),
                    Figure::new("limit", Quantity::count(base.capacity, Unit::Students)),
                    Figure::new("actual", Quantity::count(peak.students, Unit::Students)),
                    Figure::new("at", moment(peak.at)),
                ],
            );
        }
    });
}

/// `interaction.base_available`: at every session outside the dates its base is provided.
fn base_available(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let sessions = at.field("sessions");
    for (i, s) in index.model.sessions.iter().enumerate() {
        let Some(base) = first_with(&index.bases, s.base).and_then(|b| index.model.bases.get(b))
        else {
            continue;
        };
        let days = s.time.days();
        if !base.provided.contains_range(&days) {
            sink.push(
                RuleCode::InteractionBaseAvailable,
                sessions.index(i),
                Scope::Plain,
                "the session falls outside the dates its base is provided".to_owned(),
                vec![
                    Figure::new("dates", days),
                    Figure::new("provided", base.provided),
                ],
            );
        }
    }
}

/// `interaction.delivered_before_use`: at every resource a course uses that is not delivered by
/// the day the course needs it (the later of its first day and the day the use names). Of
/// several resources with the use's id, the earliest delivery is judged.
fn delivered_before_use(
    index: &Index<'_>,
    plan: &TeachingPlan,
    plan_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let courses = plan_at.field("courses");
    for (c, course) in plan.courses.iter().enumerate() {
        let first_day = course.dates.first();
        let here = courses.index(c);
        let uses = here.field("uses");
        for (k, used) in course.uses.iter().enumerate() {
            let Some(delivered_on) = earliest_delivery(index, used.resource) else {
                continue;
            };
            let needed_by = used.needed_by(first_day);
            if delivered_on.is_none_or(|day| day > needed_by) {
                let mut figures = vec![
                    Figure::new("contribution", used.resource),
                    Figure::new("delivered_on", delivered_on),
                    Figure::new("first_day", first_day),
                ];
                if let Some(day) = used.needed_on {
                    figures.push(Figure::new("needed_on", day));
                }
                sink.push(
                    RuleCode::InteractionDeliveredBeforeUse,
                    uses.index(k),
                    Scope::Plain,
                    "the course uses a contribution not delivered by the day it needs it"
                        .to_owned(),
                    figures,
                );
            }
        }
    }
}

/// The earliest delivery of the resources with id `id` (`Some(None)`: none delivered; `None`: no
/// resource has the id).
fn earliest_delivery(index: &Index<'_>, id: ContributionId) -> Option<Option<chrono::NaiveDate>> {
    let from = index.resources.partition_point(|(key, _)| *key < id);
    let run = index.resources.get(from..)?;
    let mut found = None;
    for (_, r) in run.iter().take_while(|(key, _)| *key == id) {
        let day = index.model.resources.get(*r)?.delivered_on;
        found = Some(match (found.flatten(), day) {
            (Some(a), Some(b)) => Some(std::cmp::min(a, b)),
            (a, b) => a.or(b),
        });
    }
    found
}

/// `agreement.activity_within_term` for every course of the plan.
fn courses_in_term(
    agreement: &CooperationAgreement,
    plan: &TeachingPlan,
    plan_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let courses = plan_at.field("courses");
    for (c, course) in plan.courses.iter().enumerate() {
        check_within_term(
            agreement,
            course.dates,
            "course",
            courses.index(c),
            Scope::Plain,
            sink,
        );
    }
}

/// `agreement.activity_within_term` for every session, and `agreement.student_enrolled` for
/// every student of every session.
fn sessions_in_term(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let sessions = at.field("sessions");
    for (i, s) in index.model.sessions.iter().enumerate() {
        if first_with(&index.bases, s.base).is_none() {
            continue;
        }
        let here = sessions.index(i);
        let days = s.time.days();
        check_within_term(
            index.agreement,
            days,
            "practical session",
            here,
            Scope::Plain,
            sink,
        );
        let students = here.field("students");
        for (k, id) in s.students.iter().enumerate() {
            check_participation(
                index.agreement,
                index.registry,
                *id,
                days,
                students.index(k),
                sink,
            );
        }
    }
}
