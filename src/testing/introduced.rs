//! The introduced-enterprise mode (mode 1): valid arrangements, and single-fault mutations of its
//! ten `introduced.*` rules.
//!
//! [`valid_introduced`] generates valid arrangements (its docs say what it varies), and
//! [`introduced_mutation`] single-fault mutations for every code of the family (its docs list
//! them); every code of the family has one.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{add_days, agreement_plan, build, id, AgreementPlan, Arrangement, Sizes};
use super::mutation::{one, Mutation, Parties};
use super::SCHOOL;
use crate::introduced::{
    Equipment, IntroducedEnterprise, ProductionLine, Purpose, SessionTime, SiteAllocation,
    TrainingPlan, TrainingSession,
};
use crate::{
    has_reached_age, CampusSite, Contribution, ContributionKind, DateRange, Employer, EquipmentId,
    Hazard, Instructor, InstructorId, LegalStatus, LineId, Mode, Name, Policy, Registry, RuleCode,
    School, SchoolId, SchoolKind, SessionId, Side, SiteId, Student, StudentId, TimeOfDay,
};

/// The codes [`introduced_mutation`] has a mutation for: all ten of the family.
pub const INTRODUCED_MUTATIONS: &[RuleCode] = &[
    RuleCode::IntroducedLineOnCampus,
    RuleCode::IntroducedSiteArea,
    RuleCode::IntroducedStationCapacity,
    RuleCode::IntroducedTheoryAndPractice,
    RuleCode::IntroducedPracticeShare,
    RuleCode::IntroducedSessionInstructor,
    RuleCode::IntroducedSessionOverlap,
    RuleCode::IntroducedEquipmentShared,
    RuleCode::IntroducedRegisteredHost,
    RuleCode::IntroducedMinorHazard,
];

/// The neighbouring school of the registry, and its campus site.
const NEIGHBOUR: SchoolId = SchoolId::from_u128(2);
const NEIGHBOUR_SITE: SiteId = SiteId::from_u128(3);

/// Serials of the mode's elements (see [`id`]), apart from those of the base agreement.
const DUAL_TEACHER: usize = 6;
const SITES: usize = 12_000;
const LINES: usize = 10_000;
const EQUIPMENT: usize = 11_000;
pub(super) const SESSIONS: usize = 20_000;

/// When a slot of sessions runs, how many places it uses at once, and who attends which.
#[derive(Debug, Clone)]
pub(super) struct SlotPlan {
    gap_days: u64,
    start_hour: u32,
    hours: u32,
    places: usize,
    first_place: Index,
    /// The second kind of instructor (where the mode has two).
    other_instructor: bool,
    /// Per student: absent, or the session of the slot they attend.
    attend: Vec<Option<Index>>,
}

/// A slot plan for up to `students` students.
pub(super) fn slot_plan(students: usize) -> impl Strategy<Value = SlotPlan> {
    (
        (1u64..=21, 7u32..=15, 1u32..=5, 1usize..=3),
        (any::<Index>(), any::<bool>()),
        prop::collection::vec(
            prop::option::weighted(0.85, any::<Index>()),
            students.max(1),
        ),
    )
        .prop_map(
            |((gap_days, start_hour, hours, places), (first_place, other_instructor), attend)| {
                SlotPlan {
                    gap_days,
                    start_hour,
                    hours,
                    places,
                    first_place,
                    other_instructor,
                    attend,
                }
            },
        )
}

/// A slot laid out: its time, the other-instructor flag, and its sessions as (place, students)
/// positions.
pub(super) struct Slot {
    pub(super) time: SessionTime,
    pub(super) other_instructor: bool,
    pub(super) sessions: Vec<(usize, Vec<usize>)>,
}

/// Lays `plans` out on distinct days from the first day of `term` on (those past its last day are
/// dropped), over `places` places and `students` students.
pub(super) fn lay_out(
    plans: &[SlotPlan],
    places: usize,
    students: usize,
    term: DateRange,
) -> Option<Vec<Slot>> {
    let mut slots = Vec::new();
    if places == 0 {
        return Some(slots);
    }
    let mut cursor = term.first();
    for plan in plans {
        let day = add_days(cursor, plan.gap_days.saturating_sub(1))?;
        if day > term.last() {
            break;
        }
        cursor = add_days(day, 1)?;
        let start = TimeOfDay::new(plan.start_hour, 0).ok()?;
        let end = TimeOfDay::new(plan.start_hour.checked_add(plan.hours)?, 0).ok()?;
        let time = SessionTime::new(day, start, end).ok()?;
        let count = plan.places.clamp(1, places);
        let first = position(plan.first_place, places)?;
        let mut sessions = (0..count)
            .map(|j| Some((first.saturating_add(j).checked_rem(places)?, Vec::new())))
            .collect::<Option<Vec<(usize, Vec<usize>)>>>()?;
        for (s, attend) in plan.attend.iter().enumerate().take(students) {
            let chosen = attend.and_then(|pick| position(pick, count));
            if let Some(session) = chosen.and_then(|j| sessions.get_mut(j)) {
                session.1.push(s);
            }
        }
        slots.push(Slot {
            time,
            other_instructor: plan.other_instructor,
            sessions,
        });
    }
    Some(slots)
}

/// A position in `0..len` chosen by `pick`, if `len` is not zero.
pub(super) fn position(pick: Index, len: usize) -> Option<usize> {
    (len > 0).then(|| pick.index(len))
}

/// One element of `list` chosen by `pick`, if any.
pub(super) fn choose<T: Copy>(pick: Index, list: &[T]) -> Option<T> {
    (!list.is_empty()).then(|| *pick.get(list))
}

/// Whether `line` has a hazard of the cn list of hazards forbidden for minors (none of those the
/// generator draws: a minor may train on a line with machinery, noise or electrical work).
fn forbidden_for_minors(line: &crate::introduced::ProductionLine) -> bool {
    let policy = Policy::cn();
    line.hazards
        .iter()
        .any(|h| policy.hazards_forbidden_for_minors.contains(h))
}

/// Whether `student` has reached the cn adult age on `day`.
pub(super) fn adult_on(student: &Student, day: NaiveDate) -> bool {
    has_reached_age(student.birth_date, Policy::cn().adult_age, day)
}

/// The first instructor of the school who is not dual-qualified, and the first of the enterprise
/// (the base agreement's teacher and supervisor).
pub(super) fn teacher_and_supervisor(
    instructors: &[Instructor],
) -> Option<(InstructorId, InstructorId)> {
    let teacher = instructors
        .iter()
        .find(|i| i.employer == Employer::School(SCHOOL) && !i.dual_qualified)?;
    let supervisor = instructors
        .iter()
        .find(|i| matches!(i.employer, Employer::Enterprise(_)))?;
    Some((teacher.id, supervisor.id))
}

#[derive(Debug, Clone)]
struct LinePlan {
    site: Index,
    area_m2: u32,
    extra_stations: u32,
    hazard: Option<Hazard>,
    equipment: Vec<Side>,
}

#[derive(Debug, Clone)]
struct IntroducedPlan {
    agreement: AgreementPlan,
    sites: usize,
    slack_m2: [u32; 3],
    spare_allocation: bool,
    lines: Vec<LinePlan>,
    theory_hours: u32,
    extra_on_the_job_hours: u32,
    slots: Vec<SlotPlan>,
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::School), Just(Side::Enterprise)]
}

fn line_plan() -> impl Strategy<Value = LinePlan> {
    (
        any::<Index>(),
        50u32..=1_500,
        0u32..=10,
        prop_oneof![
            3 => Just(None),
            1 => Just(Some(Hazard::Machinery)),
            1 => Just(Some(Hazard::Noise)),
            1 => Just(Some(Hazard::Electrical)),
        ],
        prop::collection::vec(side(), 1..=3),
    )
        .prop_map(
            |(site, area_m2, extra_stations, hazard, equipment)| LinePlan {
                site,
                area_m2,
                extra_stations,
                hazard,
                equipment,
            },
        )
}

fn introduced_plan(sizes: Sizes) -> impl Strategy<Value = IntroducedPlan> {
    (
        agreement_plan(sizes),
        (
            1usize..=3,
            [0u32..=400, 0u32..=400, 0u32..=400],
            any::<bool>(),
        ),
        prop::collection::vec(line_plan(), 1..=4),
        (20u32..=400, 0u32..=400),
        prop::collection::vec(slot_plan(sizes.students), 1..=8),
    )
        .prop_map(
            |(
                agreement,
                (sites, slack_m2, spare_allocation),
                lines,
                (theory_hours, extra_on_the_job_hours),
                slots,
            )| IntroducedPlan {
                agreement,
                sites,
                slack_m2,
                spare_allocation,
                lines,
                theory_hours,
                extra_on_the_job_hours,
                slots,
            },
        )
}

/// A valid registry and agreement of the introduced-enterprise mode, with placements, of the
/// given sizes: it passes under [`Policy::cn`] with no violation.
///
/// It builds on the placements of [`valid_agreement`](super::valid_agreement)
/// (so the agreement holds work placements at its enterprise, which is registered as an entity of
/// its own) and gives the agreement an [`IntroducedEnterprise`] model. It varies:
///
/// - the school's campus sites (one to three) and, per site with lines, an allocation of the lines'
///   floor area plus 0 to 400 m² of slack; now and then a site without lines gets an allocation
///   too. A neighbouring school with a campus site of its own sits in the registry;
/// - one to four production lines (50 to 1,500 m²), each with as many training stations as the
///   agreement has students plus up to ten, some with a hazard (moving machinery, noise,
///   electrical), each with one to three pieces of equipment owned by either side and used for
///   both teaching and production;
/// - a training plan of 20 to 400 theory hours and at least as many on-the-job hours;
/// - training slots on distinct days inside the agreement's term, in daytime (07:00 to 20:00,
///   one to five hours); a slot runs sessions on one to three distinct lines at once, and shares
///   the students who attend among them, so no student is in two sessions at once and no line
///   runs two sessions at once, minors included (the hazards drawn are not forbidden for minors;
///   a session on a line with one that is would keep only the students who are adults on the
///   day). Each session is instructed by the enterprise's supervisor or by a
///   dual-qualified teacher of the school.
pub fn valid_introduced(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    introduced_plan(sizes)
        .prop_filter_map("a buildable introduced enterprise", |plan| {
            build_introduced(&plan)
        })
        .boxed()
}

fn build_introduced(plan: &IntroducedPlan) -> Option<Arrangement> {
    let parts = build(0, &plan.agreement)?;
    let mut agreement = parts.agreement;
    let students = parts.students;
    let mut instructors = parts.instructors;
    let (_, supervisor) = teacher_and_supervisor(&instructors)?;
    let dual = InstructorId::from_u128(id(0, DUAL_TEACHER));
    let mut teacher = Instructor::new(
        dual,
        Name::new("dual-qualified teacher").ok()?,
        Employer::School(SCHOOL),
    );
    teacher.dual_qualified = true;
    instructors.push(teacher);

    let mut school = School::new(
        SCHOOL,
        Name::new("Generated Vocational School").ok()?,
        SchoolKind::SecondaryVocational,
    );
    let sites: Vec<SiteId> = (0..plan.sites)
        .map(|j| SiteId::from_u128(id(0, SITES + j)))
        .collect();
    for site in &sites {
        school
            .sites
            .push(CampusSite::new(*site, Name::new("campus").ok()?, 20_000));
    }
    let mut neighbour = School::new(
        NEIGHBOUR,
        Name::new("Neighbouring School").ok()?,
        SchoolKind::HigherVocational,
    );
    neighbour.sites.push(CampusSite::new(
        NEIGHBOUR_SITE,
        Name::new("campus").ok()?,
        20_000,
    ));

    let mut model = IntroducedEnterprise::new();
    let stations = u32::try_from(students.len()).ok()?;
    let mut used = vec![0u32; sites.len()];
    for (i, line_plan) in plan.lines.iter().enumerate() {
        let at = position(line_plan.site, sites.len())?;
        let line_id = LineId::from_u128(id(0, LINES + i));
        let mut line = ProductionLine::builder()
            .id(line_id)
            .name(Name::new(format!("line {i}")).ok()?)
            .site(*sites.get(at)?)
            .floor_area_m2(line_plan.area_m2)
            .stations(stations.checked_add(line_plan.extra_stations)?)
            .build()
            .ok()?;
        line.hazards.extend(line_plan.hazard);
        let area = used.get_mut(at)?;
        *area = area.checked_add(line_plan.area_m2)?;
        for owner in &line_plan.equipment {
            let serial = EQUIPMENT + model.equipment.len();
            model.equipment.push(
                Equipment::builder()
                    .id(EquipmentId::from_u128(id(0, serial)))
                    .name("machine")
                    .owner(*owner)
                    .line(line_id)
                    .purposes([Purpose::Production, Purpose::Teaching])
                    .build()
                    .ok()?,
            );
        }
        model.lines.push(line);
    }
    for ((site, area), slack) in sites.iter().zip(&used).zip(plan.slack_m2) {
        if *area > 0 || plan.spare_allocation {
            model
                .sites
                .push(SiteAllocation::new(*site, area.checked_add(slack)?));
        }
    }
    model.training_plan = TrainingPlan::new(
        plan.theory_hours,
        plan.theory_hours.checked_add(plan.extra_on_the_job_hours)?,
    );

    let slots = lay_out(
        &plan.slots,
        model.lines.len(),
        students.len(),
        agreement.validity,
    )?;
    for slot in slots {
        for (line_at, attending) in slot.sessions {
            let line = model.lines.get(line_at)?;
            let serial = SESSIONS + model.sessions.len();
            let mut session =
                TrainingSession::new(SessionId::from_u128(id(0, serial)), line.id, slot.time);
            session.instructor = Some(if slot.other_instructor {
                dual
            } else {
                supervisor
            });
            for s in attending {
                let student = students.get(s)?;
                if !forbidden_for_minors(line) || adult_on(student, slot.time.date()) {
                    session.students.push(student.id);
                }
            }
            model.sessions.push(session);
        }
    }

    agreement.mode = Mode::IntroducedEnterprise(model);
    agreement.contributions.push(Contribution::new(
        Side::School,
        ContributionKind::Space,
        Name::new("floor area on campus").ok()?,
    ));
    agreement.contributions.push(Contribution::new(
        Side::Enterprise,
        ContributionKind::Equipment,
        Name::new("production lines").ok()?,
    ));
    let registry = Registry::new(
        vec![school, neighbour],
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

/// A mutation of a generated valid introduced-enterprise arrangement that must raise `code`, if
/// the kit has one (every code of [`INTRODUCED_MUTATIONS`]).
///
/// Every code of the family has one, and each raises its code alone:
///
/// | code | the fault |
/// | --- | --- |
/// | `introduced.line_on_campus` | a line moves to the neighbouring school's site |
/// | `introduced.site_area` | a site's allocation shrinks to one square metre less than its lines take |
/// | `introduced.station_capacity` | a line with students keeps one station fewer than its largest session's students |
/// | `introduced.theory_and_practice` | the plan has no theory hours (the practice share is then 100 %) |
/// | `introduced.practice_share` | on-the-job hours drop to one less than the theory hours |
/// | `introduced.session_instructor` | a session loses its instructor, or gets the school's teacher who is not dual-qualified |
/// | `introduced.session_overlap` | a student of one session is added to another session of the same slot (same time, another line) |
/// | `introduced.equipment_shared` | a piece of equipment stops serving teaching, or production |
/// | `introduced.registered_host` | the enterprise is not registered separately from the school |
/// | `introduced.minor_hazard` | dust is added to a line with no hazard forbidden for minors where a student under 18 trains |
pub fn introduced_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    INTRODUCED_MUTATIONS.contains(&code).then(|| {
        (valid_introduced(sizes), any::<Index>(), any::<bool>())
            .prop_filter_map(
                "a mutation this arrangement allows",
                move |(arrangement, pick, variant)| mutate(code, arrangement, pick, variant),
            )
            .boxed()
    })
}

/// Any introduced-enterprise mutation, with the code it must raise.
pub fn introduced_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    super::mutation::union_of(INTRODUCED_MUTATIONS, |code| {
        introduced_mutation(code, sizes)
    })
}

/// The positions `0..len` that pass `keep`.
pub(super) fn positions(len: usize, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    (0..len).filter(|i| keep(*i)).collect()
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
    let enterprise = agreement.enterprise;
    let Mode::IntroducedEnterprise(model) = &mut agreement.mode else {
        return None;
    };
    let line_of = |model: &IntroducedEnterprise, session: &TrainingSession| {
        model.lines.iter().position(|line| line.id == session.line)
    };
    match code {
        RuleCode::IntroducedLineOnCampus => {
            let i = choose(pick, &positions(model.lines.len(), |_| true))?;
            model.lines.get_mut(i)?.site = NEIGHBOUR_SITE;
        }
        RuleCode::IntroducedSiteArea => {
            let used = |site: SiteId| -> u32 {
                model
                    .lines
                    .iter()
                    .filter(|line| line.site == site)
                    .map(|line| line.floor_area_m2)
                    .fold(0, u32::saturating_add)
            };
            let taken = positions(model.sites.len(), |i| {
                model.sites.get(i).is_some_and(|a| used(a.site) > 0)
            });
            let i = choose(pick, &taken)?;
            let area = used(model.sites.get(i)?.site);
            model.sites.get_mut(i)?.allocated_area_m2 = area.checked_sub(1)?;
        }
        RuleCode::IntroducedStationCapacity => {
            let busy = positions(model.sessions.len(), |i| {
                model
                    .sessions
                    .get(i)
                    .is_some_and(|s| !s.students.is_empty())
            });
            let session = model.sessions.get(choose(pick, &busy)?)?;
            let line = line_of(model, session)?;
            let line_id = session.line;
            let most = model
                .sessions
                .iter()
                .filter(|s| s.line == line_id)
                .map(|s| s.students.iter().collect::<BTreeSet<_>>().len())
                .max()?;
            model.lines.get_mut(line)?.stations = u32::try_from(most.checked_sub(1)?).ok()?;
        }
        RuleCode::IntroducedTheoryAndPractice => model.training_plan.theory_hours = 0,
        RuleCode::IntroducedPracticeShare => {
            let plan = &mut model.training_plan;
            if plan.theory_hours < 2 {
                return None;
            }
            plan.on_the_job_hours = plan.theory_hours.checked_sub(1)?;
        }
        RuleCode::IntroducedSessionInstructor => {
            let (teacher, _) = teacher_and_supervisor(&parties.instructors)?;
            let i = choose(pick, &positions(model.sessions.len(), |_| true))?;
            model.sessions.get_mut(i)?.instructor = if variant { None } else { Some(teacher) };
        }
        RuleCode::IntroducedSessionOverlap => {
            // (the session that gains the student, the student)
            let mut candidates: Vec<(usize, StudentId)> = Vec::new();
            for a in &model.sessions {
                for (b, other) in model.sessions.iter().enumerate() {
                    if a.id == other.id || !a.time.overlaps(&other.time) {
                        continue;
                    }
                    let hazardous = line_of(model, other)
                        .and_then(|l| model.lines.get(l))
                        .is_none_or(forbidden_for_minors);
                    for student in &a.students {
                        let adult = registry
                            .student(*student)
                            .is_some_and(|s| adult_on(s, other.time.date()));
                        if !other.students.contains(student) && (!hazardous || adult) {
                            candidates.push((b, *student));
                        }
                    }
                }
            }
            let (b, student) = choose(pick, &candidates)?;
            model.sessions.get_mut(b)?.students.push(student);
        }
        RuleCode::IntroducedEquipmentShared => {
            let i = choose(pick, &positions(model.equipment.len(), |_| true))?;
            let purpose = if variant {
                Purpose::Teaching
            } else {
                Purpose::Production
            };
            model.equipment.get_mut(i)?.purposes.remove(&purpose);
        }
        RuleCode::IntroducedRegisteredHost => {
            parties.host(enterprise)?.legal_status = LegalStatus::NotSeparate;
        }
        RuleCode::IntroducedMinorHazard => {
            let forbidden_for_minors = Policy::cn().hazards_forbidden_for_minors;
            let safe_lines_with_minors = positions(model.sessions.len(), |i| {
                model.sessions.get(i).is_some_and(|s| {
                    let safe = line_of(model, s)
                        .and_then(|l| model.lines.get(l))
                        .is_some_and(|line| {
                            line.hazards
                                .iter()
                                .all(|h| !forbidden_for_minors.contains(h))
                        });
                    safe && s.students.iter().any(|id| {
                        registry
                            .student(*id)
                            .is_some_and(|student| !adult_on(student, s.time.date()))
                    })
                })
            });
            let session = model.sessions.get(choose(pick, &safe_lines_with_minors)?)?;
            let line = line_of(model, session)?;
            model.lines.get_mut(line)?.hazards.insert(Hazard::Dust);
        }
        _ => return None,
    }
    Some(Mutation {
        target: Arrangement {
            registry: parties.build()?,
            agreement,
        },
        policy: Policy::cn(),
        codes: one(code),
    })
}
