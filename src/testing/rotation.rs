//! Work-study rotations (alternation, first variant): valid rotations with the work placements
//! that back them, and a single-fault mutation for each of the 12 `alternation.*` rules.
//!
//! A valid rotation is drawn as a plan (random knobs), turned into a blueprint (the rotation
//! decided: groups, periods, where each group is) and written down with everything it needs.
//! Structural faults (a group too large, periods too long) change the blueprint, so that the
//! placements and places follow them and nothing else breaks; local faults change the written
//! agreement or registry.
//!
//! The work placements follow single weekly patterns or two- and three-week rotas, some with a
//! day off and an extra shift that plan the same work (as the other modes' placements do); a
//! group's setting may name a second host that part of its members work at.

use crate::WeekdaySet;
use chrono::{Datelike, Months, NaiveDate, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{
    add_days, dated_changes, generated_posts, insurance, school, sub_days, Arrangement, Sizes,
    SCHOOL, WAGE,
};
use super::mutation::{one, shifts, Mutation};
use crate::alternation::{
    Alternation, Cohort, Group, GroupSetting, HostPlaces, Period, Rotation, RotationUnit, Setting,
};
use crate::{
    has_reached_age, study_year_start, AgreementId, Contribution, ContributionKind,
    CooperationAgreement, Currency, DateRange, Employer, Enterprise, EnterpriseId, GroupId,
    Instructor, InstructorId, LegalStatus, Mode, Money, Name, Pay, PeriodId, Placement,
    PlacementId, PlacementKind, Policy, PostId, Registry, RuleCode, Sex, Side, Student, StudentId,
    VenueKind,
};

/// The codes [`rotation_mutation`] has a mutation for: every `alternation.*` code, each raised
/// alone, under [`Policy::cn`].
///
/// How each is broken (the rule may fire at several elements, always with its one code):
///
/// - `alternation.cohort_uniform`: the cohort's grade or major is not stated, or a cohort
///   student's grade or major in the registry changes;
/// - `alternation.groups_partition`: a cohort student is dropped from their group, or a group
///   member from the cohort's list;
/// - `alternation.groups_balanced`: a student of a smallest group is planned in a largest other
///   one (with the placements and places that follow);
/// - `alternation.setting_each_period`: a group's setting in a period is removed, or listed twice;
/// - `alternation.split_each_period`: every group swaps in step, so that each period is all at
///   school or all at enterprises;
/// - `alternation.settings_alternate`: with an odd number of periods the last repeats the
///   settings of the one before; with an even number a further period repeats the last (either
///   way the repeated period is the odd last one, which fair share does not count);
/// - `alternation.periods_ordered`: two neighbouring periods are listed the wrong way round;
/// - `alternation.period_gap`: the gap before a period grows to 1 to 60 days over the limit
///   (later periods and their placements move with it);
/// - `alternation.period_length`: a pair of periods shrinks or grows by the same number of days
///   until one of them is 1 to 21 days outside the unit's range (or the odd last period alone),
///   so that the groups' enterprise days keep their difference;
/// - `alternation.host_capacity`: a host in use offers one place fewer than its busiest period
///   needs, or loses its entry in the list of places;
/// - `alternation.fair_share`: the first two periods differ in length by 63 days or more (the
///   limit is 62), every later pair not at all;
/// - `alternation.placements_cover`: a work placement backing an enterprise period is dropped,
///   ends a day early, or becomes an observation visit.
pub const ROTATION_MUTATIONS: &[RuleCode] = &[
    RuleCode::AlternationCohortUniform,
    RuleCode::AlternationGroupsPartition,
    RuleCode::AlternationGroupsBalanced,
    RuleCode::AlternationSettingEachPeriod,
    RuleCode::AlternationSplitEachPeriod,
    RuleCode::AlternationSettingsAlternate,
    RuleCode::AlternationPeriodsOrdered,
    RuleCode::AlternationPeriodGap,
    RuleCode::AlternationPeriodLength,
    RuleCode::AlternationHostCapacity,
    RuleCode::AlternationFairShare,
    RuleCode::AlternationPlacementsCover,
];

/// A valid agreement holding a work-study rotation and the work placements its enterprise periods
/// need, with a registry of one school, one or two hosts, the cohort and the instructors: no
/// violation at all under [`Policy::cn`].
///
/// The cohort has 2 to `sizes.students` students (one major, one grade, one enrollment date),
/// dealt in an order drawn at random into 2 to 4 groups whose sizes differ by at most one. There
/// are 2 to `2 × sizes.placements_per_student` periods (at most 4 by school year), each of a
/// length drawn from the unit's range (`semester_days` or `school_year_days`), in pairs whose
/// lengths keep the groups' enterprise days within `max_enterprise_days_imbalance`, with gaps of
/// 0 to `max_rotation_gap_days`. Each group starts at school or at an enterprise (both occur in
/// every period) and swaps every period; at an enterprise it is at one of one or two hosts,
/// drawn per period, and the settings are listed from a group drawn at random. Each host offers
/// the most students it ever has at once plus 0 to 2 places. Every student at a host in a
/// period holds work placements there (assisting or independent work, complete like those of
/// [`valid_agreement`](super::valid_agreement)) that cover the period in pieces of at most 180
/// days. Students enroll a year or more before the first period and graduate after the last, so
/// every enterprise period falls in their second study year or later; the agreement is valid
/// from up to 30 days before the first period to up to 30 days after the last.
pub fn valid_rotation(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    rotation_plan(sizes)
        .prop_filter_map("a buildable rotation", |plan| {
            build(&blueprint(&plan)?)?.into_arrangement()
        })
        .boxed()
}

/// A mutation of a generated valid rotation that must raise `code`, if the kit has one (every
/// code of [`ROTATION_MUTATIONS`]).
pub fn rotation_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    ROTATION_MUTATIONS.contains(&code).then(|| {
        (rotation_plan(sizes), any::<[Index; 3]>())
            .prop_filter_map("a mutation this rotation allows", move |(plan, picks)| {
                let target = mutate(code, blueprint(&plan)?, picks)?;
                Some(Mutation {
                    target: target.into_arrangement()?,
                    policy: Policy::cn(),
                    codes: one(code),
                })
            })
            .boxed()
    })
}

// ---------------------------------------------------------------------------------------------
// The plan: what proptest draws
// ---------------------------------------------------------------------------------------------

/// How one work placement works and is prepared.
#[derive(Debug, Clone)]
struct WorkPlan {
    independent: bool,
    weekdays: u8,
    start_hour: u32,
    working_hours: u32,
    break_minutes: u32,
    pay_extra_per_mille: u64,
    pay_period_days: u32,
    lead_days: u64,
    insurance_pieces: u64,
    second_post: bool,
    /// Weeks of the rota: 1 is a single weekly pattern, 2 or 3 a rota.
    rota_weeks: u8,
    /// Whether the placement has a day off and an extra shift.
    dated: bool,
}

#[derive(Debug, Clone)]
struct StudentPlan {
    extra_age_days: u64,
    sex: Option<Sex>,
    key: u32,
}

#[derive(Debug, Clone)]
struct PeriodPlan {
    length: u32,
    delta: i64,
    gap: u32,
}

#[derive(Debug, Clone)]
struct RotationPlan {
    year: i32,
    start_offset: u64,
    school_year: bool,
    hosts: usize,
    weekend_rest: Vec<bool>,
    extra_employees: u32,
    students: Vec<StudentPlan>,
    groups: usize,
    phases: Vec<bool>,
    rotate: usize,
    /// One per period, and a spare one last.
    periods: Vec<PeriodPlan>,
    host_picks: Vec<u8>,
    extra_places: Vec<u32>,
    /// Days of slack: before enrollment, after graduation, before and after the periods in the
    /// validity, and between signing and the validity.
    slack: Vec<u64>,
    work: Vec<WorkPlan>,
}

fn work_plan() -> impl Strategy<Value = WorkPlan> {
    (
        (any::<bool>(), 1u8..32, 6u32..=13, 4u32..=8, 0u32..=60),
        (0u64..=200, 7u32..=31, 0u64..=30, 1u64..=3, any::<bool>()),
        (
            prop_oneof![2 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8)],
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (independent, weekdays, start_hour, working_hours, break_minutes),
                (pay_extra_per_mille, pay_period_days, lead_days, insurance_pieces, second_post),
                (rota_weeks, dated),
            )| WorkPlan {
                independent,
                weekdays,
                start_hour,
                working_hours,
                break_minutes,
                pay_extra_per_mille,
                pay_period_days,
                lead_days,
                insurance_pieces,
                second_post,
                rota_weeks,
                dated,
            },
        )
}

fn rotation_plan(sizes: Sizes) -> impl Strategy<Value = RotationPlan> {
    let students = sizes.students.max(2);
    let periods = sizes.placements_per_student.max(1).saturating_mul(2);
    let student = (
        0u64..=1_500,
        prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male))],
        any::<u32>(),
    )
        .prop_map(|(extra_age_days, sex, key)| StudentPlan {
            extra_age_days,
            sex,
            key,
        });
    let period = (
        any::<u32>(),
        -31i64..=31,
        0..=Policy::cn().max_rotation_gap_days,
    )
        .prop_map(|(length, delta, gap)| PeriodPlan { length, delta, gap });
    (
        (
            0i32..=4,
            0u64..=60,
            any::<bool>(),
            1usize..=2,
            prop::collection::vec(any::<bool>(), 2),
            0u32..=100,
        ),
        prop::collection::vec(student, 2..=students),
        (
            2usize..=4,
            prop::collection::vec(any::<bool>(), 4),
            0usize..4,
        ),
        prop::collection::vec(period, 3..=periods.saturating_add(1)),
        (
            prop::collection::vec(any::<u8>(), 32),
            prop::collection::vec(0u32..=2, 2),
            prop::collection::vec(0u64..=30, 5),
        ),
        prop::collection::vec(work_plan(), 1..=6),
    )
        .prop_map(
            |(
                (year, start_offset, school_year, hosts, weekend_rest, extra_employees),
                students,
                (groups, phases, rotate),
                periods,
                (host_picks, extra_places, slack),
                work,
            )| RotationPlan {
                year,
                start_offset,
                school_year,
                hosts,
                weekend_rest,
                extra_employees,
                students,
                groups,
                phases,
                rotate,
                periods,
                host_picks,
                extra_places,
                slack,
                work,
            },
        )
}

// ---------------------------------------------------------------------------------------------
// The blueprint: the rotation decided, before it is written down
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct PeriodSpec {
    /// Days between the period before and this one (not read for the first).
    gap: u64,
    length: u64,
    /// Per group: the host it is at (an index into the hosts), or school.
    settings: Vec<Option<usize>>,
}

#[derive(Debug, Clone)]
struct Blueprint {
    first_day: NaiveDate,
    unit: RotationUnit,
    weekend_rest: Vec<bool>,
    extra_employees: u32,
    extra_places: Vec<u32>,
    students: Vec<StudentPlan>,
    /// Each group's members, as indices into the students.
    groups: Vec<Vec<usize>>,
    periods: Vec<PeriodSpec>,
    /// A further period (gap and length), for a mutation that needs one more.
    spare: (u64, u64),
    host_picks: Vec<u8>,
    rotate: usize,
    slack: Vec<u64>,
    work: Vec<WorkPlan>,
}

impl Blueprint {
    fn hosts(&self) -> usize {
        self.weekend_rest.len()
    }

    /// The host group `g` goes to in period `p` when it is at an enterprise.
    fn host_pick(&self, p: usize, g: usize) -> usize {
        let len = self.host_picks.len().max(1);
        let pick = self.host_picks.get((p * 4 + g) % len).copied();
        usize::from(pick.unwrap_or(0)) % self.hosts().max(1)
    }

    /// The second host of group `g` in period `p`, when the group is split between two hosts
    /// there (at least two hosts and two members, and the pick's top bit set): its odd members
    /// work at the host after `host`.
    fn split_host(&self, p: usize, g: usize, host: usize) -> Option<usize> {
        let len = self.host_picks.len().max(1);
        let pick = self.host_picks.get((p * 4 + g) % len).copied()?;
        let size = self.groups.get(g).map_or(0, Vec::len);
        (self.hosts() >= 2 && size >= 2 && pick >= 0x80).then(|| (host + 1) % self.hosts())
    }

    /// The host member `i` of group `g` works at in period `p`, when the group is at `host`.
    fn member_host(&self, p: usize, g: usize, host: usize, i: usize) -> usize {
        match self.split_host(p, g, host) {
            Some(second) if i % 2 == 1 => second,
            _ => host,
        }
    }

    /// The most students each host has at once.
    fn loads(&self) -> Vec<u64> {
        let mut most = vec![0u64; self.hosts()];
        for (p, period) in self.periods.iter().enumerate() {
            let mut load = vec![0u64; self.hosts()];
            for (g, setting) in period.settings.iter().enumerate() {
                let Some(h) = *setting else { continue };
                let size = self.groups.get(g).map_or(0, Vec::len);
                for i in 0..size {
                    if let Some(slot) = load.get_mut(self.member_host(p, g, h, i)) {
                        *slot = slot.saturating_add(1);
                    }
                }
            }
            for (m, l) in most.iter_mut().zip(load) {
                *m = (*m).max(l);
            }
        }
        most
    }
}

/// The unit's range of lengths under cn: (least, most) days.
fn unit_days(unit: RotationUnit) -> (u64, u64) {
    let days = unit.days(&Policy::cn());
    (u64::from(days.min()), u64::from(days.max()))
}

fn blueprint(plan: &RotationPlan) -> Option<Blueprint> {
    let policy = Policy::cn();
    let n = plan.students.len();
    let k = plan.groups.clamp(2, n.max(2));
    let unit = if plan.school_year {
        RotationUnit::SchoolYear
    } else {
        RotationUnit::Semester
    };
    let (min, max) = unit_days(unit);
    let span = max.checked_sub(min)?;
    let pick_length = |raw: u32| min + u64::from(raw) % (span + 1);

    // Groups: the students in the order of their keys, dealt into balanced groups.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (plan.students.get(i).map(|s| s.key), i));
    let (q, r) = (n / k, n % k);
    let mut groups = Vec::with_capacity(k);
    let mut next = 0;
    for g in 0..k {
        let size = q + usize::from(g < r);
        groups.push(order.get(next..next + size)?.to_vec());
        next += size;
    }
    // Each group starts at an enterprise or at school; both occur.
    let mut phases: Vec<bool> = (0..k)
        .map(|g| plan.phases.get(g).copied().unwrap_or(g % 2 == 0))
        .collect();
    if phases
        .iter()
        .all(|p| *p == phases.first().copied().unwrap_or(true))
    {
        if let Some(last) = phases.last_mut() {
            *last = !*last;
        }
    }

    // Period lengths, in pairs whose enterprise days keep the groups within the limit.
    let (spare, periods) = plan.periods.split_last()?;
    let count = if plan.school_year {
        periods.len().min(4)
    } else {
        periods.len()
    };
    let periods = periods.get(..count)?;
    let limit = i64::from(policy.max_enterprise_days_imbalance);
    let mut lengths = Vec::with_capacity(count);
    let mut running = 0i64;
    for pair in periods.chunks(2) {
        let first = pick_length(pair.first()?.length);
        lengths.push(first);
        if let Some(second) = pair.get(1) {
            let wanted = i64::try_from(first).ok()? + second.delta;
            let clamped = wanted.clamp(i64::try_from(min).ok()?, i64::try_from(max).ok()?);
            let difference = i64::try_from(first).ok()? - clamped;
            if (running + difference).abs() > limit {
                lengths.push(first);
            } else {
                running += difference;
                lengths.push(u64::try_from(clamped).ok()?);
            }
        }
    }

    let mut blueprint = Blueprint {
        first_day: add_days(
            NaiveDate::from_ymd_opt(2025 + plan.year, 9, 1)?,
            plan.start_offset,
        )?,
        unit,
        weekend_rest: plan.weekend_rest.iter().take(plan.hosts).copied().collect(),
        extra_employees: plan.extra_employees,
        extra_places: plan.extra_places.clone(),
        students: plan.students.clone(),
        groups,
        periods: Vec::with_capacity(count),
        spare: (u64::from(spare.gap), pick_length(spare.length)),
        host_picks: plan.host_picks.clone(),
        rotate: plan.rotate,
        slack: plan.slack.clone(),
        work: plan.work.clone(),
    };
    for (p, (period, length)) in periods.iter().zip(lengths).enumerate() {
        let settings = phases
            .iter()
            .enumerate()
            .map(|(g, starts_there)| {
                (*starts_there == (p % 2 == 0)).then(|| blueprint.host_pick(p, g))
            })
            .collect();
        blueprint.periods.push(PeriodSpec {
            gap: u64::from(period.gap),
            length,
            settings,
        });
    }
    Some(blueprint)
}

// ---------------------------------------------------------------------------------------------
// Writing the blueprint down
// ---------------------------------------------------------------------------------------------

/// The parties and the agreement, before the registry is built.
struct Parts {
    hosts: Vec<Enterprise>,
    students: Vec<Student>,
    instructors: Vec<Instructor>,
    agreement: CooperationAgreement,
}

impl Parts {
    fn into_arrangement(self) -> Option<Arrangement> {
        let registry: Registry =
            Registry::new(vec![school()?], self.hosts, self.students, self.instructors).ok()?;
        Some(Arrangement {
            registry,
            agreement: self.agreement,
        })
    }

    fn rotation(&mut self) -> Option<&mut Rotation> {
        match &mut self.agreement.mode {
            Mode::Alternation(Alternation::WorkStudyRotation(rotation)) => Some(rotation),
            _ => None,
        }
    }
}

/// Ids of generated rotations: `0xA17 << 32 | serial`.
fn rid(serial: usize) -> u128 {
    (0xA17 << 32) | serial as u128
}

/// The longest piece of work placement, in days: under six months whatever the month.
const PIECE_DAYS: u64 = 180;

fn build(bp: &Blueprint) -> Option<Parts> {
    let policy = Policy::cn();
    let n = u32::try_from(bp.students.len()).ok()?;
    let slack = |i: usize| bp.slack.get(i).copied().unwrap_or(0);

    let mut dates = Vec::with_capacity(bp.periods.len());
    let mut cursor = bp.first_day;
    for (p, spec) in bp.periods.iter().enumerate() {
        let first = if p == 0 {
            bp.first_day
        } else {
            add_days(cursor, spec.gap)?
        };
        let last = add_days(first, spec.length.checked_sub(1)?)?;
        dates.push(DateRange::new(first, last).ok()?);
        cursor = add_days(last, 1)?;
    }
    let first_day = dates.iter().map(DateRange::first).min()?;
    let last_day = dates.iter().map(DateRange::last).max()?;

    // One enrollment for the cohort, a year or more before the first period.
    let study_year = policy.min_study_year_for_placement;
    let years_before = Months::new(study_year.checked_sub(1)?.checked_mul(12)?);
    let enrolled = sub_days(first_day.checked_sub_months(years_before)?, slack(0))?;
    if study_year_start(enrolled, study_year)? > first_day {
        return None;
    }
    let graduation = add_days(last_day, slack(1))?;

    let teacher = InstructorId::from_u128(rid(3));
    let mut instructors = vec![Instructor::new(
        teacher,
        Name::new("teacher").ok()?,
        Employer::School(SCHOOL),
    )];
    let mut hosts = Vec::with_capacity(bp.hosts());
    let mut host_posts = Vec::with_capacity(bp.hosts());
    for (h, weekend) in bp.weekend_rest.iter().enumerate() {
        let id = EnterpriseId::from_u128(rid(10 + h));
        let mut host = Enterprise::builder()
            .id(id)
            .name(Name::new(format!("Generated Works {h}")).ok()?)
            .sector("manufacturing")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(n.checked_mul(10)?.checked_add(bp.extra_employees)?)
            .build()
            .ok()?;
        host.vetted_on = Some(sub_days(first_day, 60)?);
        host.rest_days = if *weekend {
            Some(WeekdaySet::WEEKEND)
        } else {
            Some(WeekdaySet::SUNDAY)
        };
        let posts = [
            PostId::from_u128(rid(20 + 2 * h)),
            PostId::from_u128(rid(21 + 2 * h)),
        ];
        host.posts = generated_posts(posts, n.checked_mul(5)?)?;
        let supervisor = InstructorId::from_u128(rid(30 + h));
        instructors.push(Instructor::new(
            supervisor,
            Name::new("supervisor").ok()?,
            Employer::Enterprise(id),
        ));
        hosts.push(host);
        host_posts.push((id, posts, supervisor));
    }

    let mut students = Vec::with_capacity(bp.students.len());
    for (s, plan) in bp.students.iter().enumerate() {
        let fifteen_before = enrolled.checked_sub_months(Months::new(15 * 12))?;
        let birth = sub_days(fifteen_before, plan.extra_age_days)?;
        if !has_reached_age(birth, policy.min_placement_age, first_day) {
            return None;
        }
        let mut student = Student::builder()
            .id(StudentId::from_u128(rid(100 + s)))
            .school(SCHOOL)
            .name("generated student")
            .birth_date(birth)
            .major("mechatronics")
            .major_category("mechatronics")
            .grade(enrolled.year())
            .enrolled_on(enrolled)
            .expected_graduation(graduation)
            .build()
            .ok()?;
        student.sex = plan.sex;
        students.push(student);
    }
    let student_id = |s: usize| students.get(s).map(|student| student.id);

    let validity = DateRange::new(
        sub_days(first_day, slack(2))?,
        add_days(last_day, slack(3))?,
    )
    .ok()?;
    let host_id = host_posts.first()?.0;
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(rid(5)))
        .school(SCHOOL)
        .enterprise(host_id)
        .validity(validity)
        .signed_on(sub_days(validity.first(), slack(4))?)
        .mode(Mode::Alternation(Alternation::WorkStudyRotation(
            Rotation::new(),
        )))
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

    let ids: Vec<StudentId> = (0..bp.students.len()).filter_map(student_id).collect();
    let cohort = Cohort::new(Name::new("mechatronics").ok()?, enrolled.year(), ids);
    let mut rotation = Rotation::for_cohort(cohort, bp.unit);
    let group_id = |g: usize| GroupId::from_u128(rid(200 + g));
    for (g, members) in bp.groups.iter().enumerate() {
        let members = members
            .iter()
            .map(|&s| student_id(s))
            .collect::<Option<_>>()?;
        rotation.groups.push(Group::new(group_id(g), members));
    }

    let mut serial = 1_000;
    let k = bp.groups.len();
    for (p, (spec, days)) in bp.periods.iter().zip(&dates).enumerate() {
        let mut period = Period::new(PeriodId::from_u128(rid(300 + p)), *days);
        for i in 0..k {
            let g = (i + bp.rotate) % k;
            let setting = match spec.settings.get(g).copied().flatten() {
                None => Setting::School,
                Some(h) => {
                    let host = host_posts.get(h)?.0;
                    for (i, &s) in bp.groups.get(g)?.iter().enumerate() {
                        let &(host, posts, supervisor) =
                            host_posts.get(bp.member_host(p, g, h, i))?;
                        for piece in pieces(*days)? {
                            serial += 1;
                            let work = bp.work.get(serial % bp.work.len().max(1))?;
                            let [first_post, second_post] = posts;
                            let post = if work.second_post {
                                second_post
                            } else {
                                first_post
                            };
                            let mut placement = placement(
                                PlacementId::from_u128(rid(serial)),
                                student_id(s)?,
                                (host, post),
                                piece,
                                work,
                            )?;
                            placement.school_instructor = Some(teacher);
                            placement.supervisor = Some(supervisor);
                            agreement.placements.push(placement);
                        }
                    }
                    match bp.split_host(p, g, h) {
                        Some(second) => Setting::at_hosts(host, [host_posts.get(second)?.0]),
                        None => Setting::at(host),
                    }
                }
            };
            period
                .settings
                .push(GroupSetting::new(group_id(g), setting));
        }
        rotation.periods.push(period);
    }
    for ((h, load), extra) in bp.loads().into_iter().enumerate().zip(&bp.extra_places) {
        let places = u32::try_from(load).ok()?.checked_add(*extra)?;
        rotation
            .places
            .push(HostPlaces::new(host_posts.get(h)?.0, places));
    }
    agreement.mode = Mode::Alternation(Alternation::WorkStudyRotation(rotation));
    Some(Parts {
        hosts,
        students,
        instructors,
        agreement,
    })
}

/// `days` cut into the fewest pieces of at most [`PIECE_DAYS`], as even as can be.
fn pieces(days: DateRange) -> Option<Vec<DateRange>> {
    let len = u64::try_from(days.len_days()).ok()?;
    let count = len.div_ceil(PIECE_DAYS).max(1);
    let (base, extra) = (len / count, len % count);
    let mut list = Vec::new();
    let mut first = days.first();
    for i in 0..count {
        let length = base + u64::from(i < extra);
        let last = add_days(first, length.checked_sub(1)?)?;
        list.push(DateRange::new(first, last).ok()?);
        first = add_days(last, 1)?;
    }
    Some(list)
}

/// The schedule of `work` on `days`: its weekly pattern, or for 2 or 3 `rota_weeks` an
/// early/late rota anchored on the Monday of `first`'s week, each week two hours later than the
/// one before but ending by 22:00 (the night window's start), on the same weekdays.
fn schedule(work: &WorkPlan, days: &[Weekday], first: NaiveDate) -> Option<crate::Schedule> {
    let span = work.working_hours * 60 + work.break_minutes;
    let week = |later: u32| {
        let start = work.start_hour * 60 + later;
        let end = start + span;
        shifts(
            days,
            (start / 60, start % 60),
            (end / 60, end % 60),
            work.break_minutes,
        )
    };
    if work.rota_weeks <= 1 {
        return week(0);
    }
    let latest = (22 * 60u32).checked_sub(work.start_hour * 60 + span)?;
    let weeks = (0..u32::from(work.rota_weeks))
        .map(|k| Some(week((120 * k).min(latest))?.weeks().first()?.clone()))
        .collect::<Option<Vec<_>>>()?;
    crate::Schedule::rota(crate::week_monday(first), weeks).ok()
}

/// A complete work placement: documents prepared before the first day, day shifts on weekdays
/// (a weekly pattern or a two- or three-week rota, some with a day off and an extra shift that
/// plan the same work), pay of at least 80 % of the post's wage, insured throughout.
fn placement(
    id: PlacementId,
    student: StudentId,
    (host, post): (EnterpriseId, PostId),
    dates: DateRange,
    work: &WorkPlan,
) -> Option<Placement> {
    let kind = if work.independent {
        PlacementKind::Independent
    } else {
        PlacementKind::Assisting
    };
    let mut placement = Placement::builder()
        .id(id)
        .student(student)
        .host(host)
        .post(post)
        .kind(kind)
        .dates(dates)
        .build()
        .ok()?;
    let days: Vec<Weekday> = crate::WEEK
        .iter()
        .take(5)
        .enumerate()
        .filter(|(i, _)| work.weekdays & (1 << i) != 0)
        .map(|(_, day)| *day)
        .collect();
    placement.schedule = schedule(work, &days, dates.first())?;
    if work.dated {
        dated_changes(&mut placement);
    }
    let pay = (WAGE * (800 + work.pay_extra_per_mille)).div_ceil(1_000);
    placement.pay = Some(Pay::new(Money::new(pay, Currency::CNY), work.pay_period_days).ok()?);
    let prepared = Some(sub_days(dates.first(), work.lead_days)?);
    placement.internship_plan_on = prepared;
    placement.filed_on = prepared;
    placement.tripartite.school = prepared;
    placement.tripartite.host = prepared;
    placement.tripartite.student = prepared;
    placement.consent.student = prepared;
    placement.consent.guardian = prepared;
    placement.safety_training_on = prepared;
    placement.insurance = insurance(dates.first(), dates.last(), work.insurance_pieces)?;
    Some(placement)
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/// A number below `len` drawn by `pick`, if there is one.
fn choose(pick: Index, len: usize) -> Option<usize> {
    (len > 0).then(|| pick.index(len))
}

/// The blueprint, written down with the fault for `code`: structural faults change the blueprint
/// (so that placements and places follow), the others change the written agreement or registry.
fn mutate(code: RuleCode, mut bp: Blueprint, [a, b, c]: [Index; 3]) -> Option<Parts> {
    let periods = bp.periods.len();
    match code {
        RuleCode::AlternationGroupsBalanced => {
            // A student moves from a smallest group to a largest other one.
            let size = |g: usize| bp.groups.get(g).map(Vec::len);
            let smallest = (0..bp.groups.len()).min_by_key(|&g| size(g))?;
            let largest = (0..bp.groups.len())
                .filter(|&g| g != smallest)
                .max_by_key(|&g| size(g))?;
            let moved = bp.groups.get_mut(smallest)?.pop()?;
            bp.groups.get_mut(largest)?.push(moved);
        }
        RuleCode::AlternationSplitEachPeriod => {
            // Every group swaps in step: each period is all at an enterprise or all at school.
            for p in 0..periods {
                let settings: Vec<Option<usize>> = (0..bp.groups.len())
                    .map(|g| (p % 2 == 0).then(|| bp.host_pick(p, g)))
                    .collect();
                bp.periods.get_mut(p)?.settings = settings;
            }
        }
        RuleCode::AlternationSettingsAlternate => {
            // The last period repeats the settings of the one before (with an odd count), or a
            // period is added that repeats the last one (with an even count): either way the
            // repeated period is the odd last one, which fair share does not count.
            let last = bp.periods.last()?.settings.clone();
            if periods % 2 == 1 {
                let before = bp.periods.get(periods.checked_sub(2)?)?.settings.clone();
                bp.periods.last_mut()?.settings = before;
            } else {
                let (gap, length) = bp.spare;
                bp.periods.push(PeriodSpec {
                    gap,
                    length,
                    settings: last,
                });
            }
        }
        RuleCode::AlternationPeriodGap => {
            let p = 1 + choose(a, periods.checked_sub(1)?)?;
            let max_gap = u64::from(Policy::cn().max_rotation_gap_days);
            bp.periods.get_mut(p)?.gap = max_gap + 1 + b.index(60) as u64;
        }
        RuleCode::AlternationPeriodLength => {
            let (min, max) = unit_days(bp.unit);
            let beyond = b.index(21) as u64;
            let shrink = c.index(2) == 0;
            let below = min.checked_sub(1 + beyond)?;
            let above = max + 1 + beyond;
            if periods % 2 == 1 && a.index(3) == 0 {
                // The odd last period alone: fair share does not count it.
                bp.periods.last_mut()?.length = if shrink { below } else { above };
            } else {
                // Both periods of a pair, by the same number of days: the groups' enterprise
                // days keep their difference.
                let j = choose(a, periods / 2)?;
                let (first, second) = (2 * j, 2 * j + 1);
                let x = bp.periods.get(first)?.length;
                let y = bp.periods.get(second)?.length;
                for p in [first, second] {
                    let spec = bp.periods.get_mut(p)?;
                    spec.length = if shrink {
                        spec.length.checked_sub(x.min(y).checked_sub(below)?)?
                    } else {
                        spec.length + above.checked_sub(x.max(y))?
                    };
                }
            }
        }
        RuleCode::AlternationFairShare => {
            // The first pair of periods differs by more than the limit; every later pair by
            // nothing.
            let (min, max) = unit_days(bp.unit);
            let over = u64::from(Policy::cn().max_enterprise_days_imbalance) + 1;
            let room = usize::try_from(max.checked_sub(min)?.checked_sub(over)?).ok()?;
            let x = a.index(room + 1);
            let y = b.index(room - x + 1);
            let short = min + x as u64;
            let long = short + over + y as u64;
            let (first, second) = if c.index(2) == 0 {
                (short, long)
            } else {
                (long, short)
            };
            bp.periods.get_mut(0)?.length = first;
            bp.periods.get_mut(1)?.length = second;
            for j in 1..periods / 2 {
                let length = bp.periods.get(2 * j + 1)?.length;
                bp.periods.get_mut(2 * j)?.length = length;
            }
        }
        _ => {}
    }
    let loads = bp.loads();
    let mut parts = build(&bp)?;

    match code {
        RuleCode::AlternationCohortUniform => {
            let rotation = parts.rotation()?;
            let i = choose(a, rotation.cohort.students.len())?;
            let id = *rotation.cohort.students.get(i)?;
            match b.index(4) {
                0 => rotation.cohort.grade = None,
                1 => rotation.cohort.major = None,
                2 => {
                    let student = parts.students.iter_mut().find(|s| s.id == id)?;
                    student.grade = student.grade.checked_add(1)?;
                }
                _ => {
                    let student = parts.students.iter_mut().find(|s| s.id == id)?;
                    student.major = Name::new("welding").ok()?;
                }
            }
        }
        RuleCode::AlternationGroupsPartition => {
            let rotation = parts.rotation()?;
            if b.index(2) == 0 {
                // A cohort student dropped from their group.
                let g = choose(a, rotation.groups.len())?;
                let members = &mut rotation.groups.get_mut(g)?.members;
                let k = choose(c, members.len())?;
                members.remove(k);
            } else {
                // A group member dropped from the cohort.
                let i = choose(a, rotation.cohort.students.len())?;
                rotation.cohort.students.remove(i);
            }
        }
        RuleCode::AlternationSettingEachPeriod => {
            // A group left out of a period, or listed twice in it.
            let rotation = parts.rotation()?;
            let p = choose(a, rotation.periods.len())?;
            let settings = &mut rotation.periods.get_mut(p)?.settings;
            let s = choose(b, settings.len())?;
            if c.index(2) == 0 {
                settings.remove(s);
            } else {
                let copy = settings.get(s)?.clone();
                settings.push(copy);
            }
        }
        RuleCode::AlternationPeriodsOrdered => {
            // Two periods listed the wrong way round.
            let rotation = parts.rotation()?;
            let p = choose(a, rotation.periods.len().checked_sub(1)?)?;
            rotation.periods.swap(p, p + 1);
        }
        RuleCode::AlternationHostCapacity => {
            // A host in use offers one place fewer than its busiest period needs, or loses its
            // entry (and with it every place).
            let used: Vec<usize> = (0..loads.len())
                .filter(|&h| loads.get(h).is_some_and(|l| *l > 0))
                .collect();
            let h = *used.get(choose(a, used.len())?)?;
            let rotation = parts.rotation()?;
            if b.index(2) == 0 {
                let entry = rotation.places.get_mut(h)?;
                entry.places = u32::try_from(loads.get(h)?.checked_sub(1)?).ok()?;
            } else {
                rotation.places.remove(h);
            }
        }
        RuleCode::AlternationPlacementsCover => {
            // A placement backing an enterprise period is dropped, ends a day early, or is an
            // observation visit rather than work.
            let placements = &mut parts.agreement.placements;
            let i = choose(a, placements.len())?;
            match b.index(3) {
                0 => {
                    placements.remove(i);
                }
                1 => {
                    let p = placements.get_mut(i)?;
                    let last = p.dates.last().pred_opt()?;
                    p.dates = DateRange::new(p.dates.first(), last).ok()?;
                }
                _ => placements.get_mut(i)?.kind = PlacementKind::Observation,
            }
        }
        _ => {}
    }
    Some(parts)
}
