//! Strategies for valid arrangements: a registry with one agreement, or a portfolio of several,
//! that pass under [`Policy::cn`](crate::Policy::cn) with no error and no warning.
//!
//! Every generated placement is complete (plan, filing, signatures, consent, insurance, instructors,
//! safety training, pay at 80 % or more of the post's wage), works day shifts of at most eight hours
//! between 06:00 and 22:00 on weekdays only, lasts 7 to 150 days, and starts in the student's second
//! study year at the earliest; a student's placements never overlap; hosts have ten employees per
//! student of the agreement and posts five, so the intern shares hold on every day.
//!
//! About half the generated agreements are internship agreements (`Mode::Internship`, no
//! contributions); the others are interaction agreements.

use crate::WeekdaySet;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use proptest::prelude::*;

use crate::{
    add_years, AgreementId, Contribution, ContributionKind, CooperationAgreement, Currency,
    DateRange, Employer, Enterprise, EnterpriseId, Instructor, InstructorId, Insurance,
    LegalStatus, Mode, Money, Name, Pay, Placement, PlacementId, PlacementKind, Portfolio, Post,
    PostId, Registry, School, SchoolId, SchoolKind, Sex, Share, Shift, Side, Student, StudentId,
    TimeOfDay, VenueKind, WeeklySchedule,
};

/// How large a generated arrangement may be: each agreement has 1 to `students` students, each with
/// 1 to `placements_per_student` placements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Most students in one agreement (at least 1).
    pub students: usize,
    /// Most placements of one student (at least 1).
    pub placements_per_student: usize,
}

impl Default for Sizes {
    /// Up to 8 students with up to 3 placements each.
    fn default() -> Self {
        Self {
            students: 8,
            placements_per_student: 3,
        }
    }
}

/// A registry and one agreement that refers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrangement {
    /// The parties.
    pub registry: Registry,
    /// The agreement.
    pub agreement: CooperationAgreement,
}

/// The school every generated agreement belongs to.
pub const SCHOOL: SchoolId = SchoolId::from_u128(1);

#[derive(Debug, Clone)]
pub(crate) struct PlacementPlan {
    kind: PlacementKind,
    gap_days: u64,
    length_days: u64,
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
    placements: Vec<PlacementPlan>,
}

#[derive(Debug, Clone)]
pub(crate) struct AgreementPlan {
    year: i32,
    weekend_rest: bool,
    extra_employees: u32,
    students: Vec<StudentPlan>,
}

pub(crate) fn placement_plan() -> impl Strategy<Value = PlacementPlan> {
    (
        (
            prop_oneof![
                Just(PlacementKind::Observation),
                Just(PlacementKind::Assisting),
                Just(PlacementKind::Independent),
            ],
            0u64..=45,
            7u64..=150,
            1u8..32,
        ),
        (6u32..=13, 4u32..=8, 0u32..=60),
        (
            0u64..=200,
            7u32..=31,
            0u64..=30,
            1u64..=3,
            any::<bool>(),
            prop_oneof![2 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8)],
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (kind, gap_days, length_days, weekdays),
                (start_hour, working_hours, break_minutes),
                (
                    pay_extra_per_mille,
                    pay_period_days,
                    lead_days,
                    insurance_pieces,
                    second_post,
                    rota_weeks,
                    dated,
                ),
            )| PlacementPlan {
                kind,
                gap_days,
                length_days,
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

fn student_plan(placements: usize) -> impl Strategy<Value = StudentPlan> {
    (
        0u64..=1_500,
        prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male))],
        prop::collection::vec(placement_plan(), 1..=placements.max(1)),
    )
        .prop_map(|(extra_age_days, sex, placements)| StudentPlan {
            extra_age_days,
            sex,
            placements,
        })
}

pub(crate) fn agreement_plan(sizes: Sizes) -> impl Strategy<Value = AgreementPlan> {
    (
        0i32..=4,
        any::<bool>(),
        0u32..=100,
        prop::collection::vec(
            student_plan(sizes.placements_per_student),
            1..=sizes.students.max(1),
        ),
    )
        .prop_map(
            |(year, weekend_rest, extra_employees, students)| AgreementPlan {
                year,
                weekend_rest,
                extra_employees,
                students,
            },
        )
}

/// A valid registry and agreement of the given sizes.
pub fn valid_agreement(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    (agreement_plan(sizes), any::<bool>())
        .prop_filter_map("a buildable arrangement", |(plan, internship)| {
            let mut parts = build(0, &plan)?;
            as_internship(&mut parts.agreement, internship);
            let registry = Registry::new(
                vec![school()?],
                vec![parts.host],
                parts.students,
                parts.instructors,
            )
            .ok()?;
            Some(Arrangement {
                registry,
                agreement: parts.agreement,
            })
        })
        .boxed()
}

/// A valid registry and agreement of the given sizes with the policy to check it under: cn with
/// an official calendar the agreement respects. A work placement works a make-up working Sunday
/// (an extra shift on it, a copy of one of its pattern's shifts: not rest-day work, and its week
/// stays within the limit raised for the make-up day), and a weekday in another week is a public
/// holiday that every placement holding it takes as a day off (records follow the plan). Passes
/// with no violation under that policy, and breaks `placement.rest_day_work` under plain cn.
pub fn valid_agreement_with_calendar(sizes: Sizes) -> BoxedStrategy<(Arrangement, crate::Policy)> {
    (
        valid_agreement(sizes),
        any::<proptest::sample::Index>(),
        any::<proptest::sample::Index>(),
    )
        .prop_filter_map(
            "an agreement with a Sunday to make up",
            |(mut arrangement, work, holiday)| {
                let policy = with_calendar(&mut arrangement.agreement, work, holiday)?;
                Some((arrangement, policy))
            },
        )
        .boxed()
}

/// Adds the make-up Sunday's shift and the holiday's days off of
/// [`valid_agreement_with_calendar`] to `agreement`, and returns the policy that declares them.
fn with_calendar(
    agreement: &mut CooperationAgreement,
    work: proptest::sample::Index,
    holiday: proptest::sample::Index,
) -> Option<crate::Policy> {
    use proptest::sample::Index;
    let pick = |list: &[usize], index: Index| (!list.is_empty()).then(|| *index.get(list));
    let work_placements: Vec<usize> = (0..agreement.placements.len())
        .filter(|i| {
            agreement
                .placements
                .get(*i)
                .is_some_and(|p| p.kind.is_work() && !p.schedule.is_empty())
        })
        .collect();
    let w = pick(&work_placements, work)?;
    let p = agreement.placements.get_mut(w)?;
    // The first Sunday of the placement whose week's pattern has a shift.
    let sunday = p
        .dates
        .days()
        .filter(|d| d.weekday() == Weekday::Sun)
        .find(|d| !p.schedule.pattern_for(*d).is_empty())?;
    let shift = *p.schedule.pattern_for(sunday).shifts().first()?;
    p.extra_shifts.push(
        crate::ExtraShift::new(
            sunday,
            shift.start(),
            shift.end(),
            shift.unpaid_break_minutes(),
        )
        .ok()?,
    );
    let sunday_week = crate::week_monday(sunday);
    // A weekday of the agreement's term outside the Sunday's week, with no extra shift on it.
    let candidates: Vec<NaiveDate> = agreement
        .placements
        .iter()
        .flat_map(|p| p.dates.days().take(60))
        .filter(|d| {
            !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
                && crate::week_monday(*d) != sunday_week
        })
        .filter(|d| {
            agreement
                .placements
                .iter()
                .all(|p| p.extra_shifts.iter().all(|e| e.date() != *d))
        })
        .collect();
    let day = *holiday.get(candidates.as_slice());
    for p in &mut agreement.placements {
        if p.dates.contains(day) && !p.days_off.contains(&day) {
            p.days_off.push(day);
        }
    }
    for p in &mut agreement.placements {
        if let Some(through) = p.record.as_ref().map(|r| r.complete_through) {
            p.record = Some(super::record::record_for(p, through)?);
        }
    }
    crate::Policy::cn()
        .with_official_calendar([day], [sunday])
        .ok()
}

/// A valid portfolio of 1 to `agreements` agreements of the given sizes, each with a host of its
/// own, over one registry.
pub fn valid_portfolio(agreements: usize, sizes: Sizes) -> BoxedStrategy<Portfolio> {
    prop::collection::vec(
        (agreement_plan(sizes), any::<bool>()),
        1..=agreements.max(1),
    )
    .prop_filter_map("a buildable portfolio", |plans| {
        let mut hosts = Vec::new();
        let mut students = Vec::new();
        let mut instructors = Vec::new();
        let mut list = Vec::new();
        for (k, (plan, internship)) in plans.iter().enumerate() {
            let mut parts = build(k, plan)?;
            as_internship(&mut parts.agreement, *internship);
            hosts.push(parts.host);
            students.extend(parts.students);
            instructors.extend(parts.instructors);
            list.push(parts.agreement);
        }
        let registry = Registry::new(vec![school()?], hosts, students, instructors).ok()?;
        Some(Portfolio::new(registry, list))
    })
    .boxed()
}

/// Turns `agreement` into an internship agreement (placements only, no contributions) when
/// `internship` is drawn.
fn as_internship(agreement: &mut CooperationAgreement, internship: bool) {
    if internship {
        agreement.mode = Mode::Internship;
        agreement.contributions.clear();
    }
}

pub(crate) fn school() -> Option<School> {
    Some(School::new(
        SCHOOL,
        Name::new("Generated Vocational School").ok()?,
        SchoolKind::SecondaryVocational,
    ))
}

/// An id in agreement `k`'s own range: `(k + 1) << 32 | serial`.
pub(crate) fn id(k: usize, serial: usize) -> u128 {
    ((k as u128 + 1) << 32) | serial as u128
}

pub(crate) struct Parts {
    pub(crate) host: Enterprise,
    pub(crate) students: Vec<Student>,
    pub(crate) instructors: Vec<Instructor>,
    pub(crate) agreement: CooperationAgreement,
}

pub(crate) fn add_days(day: NaiveDate, days: u64) -> Option<NaiveDate> {
    day.checked_add_days(Days::new(days))
}

pub(crate) fn sub_days(day: NaiveDate, days: u64) -> Option<NaiveDate> {
    day.checked_sub_days(Days::new(days))
}

pub(crate) const WAGE: u64 = 5_000_00;

/// The two posts of a generated host, `operations` and `maintenance`, at the kit's wage.
pub(crate) fn generated_posts(ids: [PostId; 2], headcount: u32) -> Option<Vec<Post>> {
    ids.iter()
        .zip(["operations", "maintenance"])
        .map(|(post, category)| {
            Post::builder()
                .id(*post)
                .name(category)
                .category(category)
                .major_category("mechatronics")
                .headcount(headcount)
                .monthly_wage(Money::new(WAGE, Currency::CNY))
                .build()
                .ok()
        })
        .collect()
}

pub(crate) fn build(k: usize, plan: &AgreementPlan) -> Option<Parts> {
    let n = u32::try_from(plan.students.len()).ok()?;
    let enrolled = NaiveDate::from_ymd_opt(2024 + plan.year, 9, 1)?;
    let second_year = add_years(enrolled, 1)?;
    let graduation = add_years(enrolled, 3)?;

    let host_id = EnterpriseId::from_u128(id(k, 0));
    let mut host = Enterprise::builder()
        .id(host_id)
        .name("Generated Manufacturing")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(n.checked_mul(10)?.checked_add(plan.extra_employees)?)
        .build()
        .ok()?;
    host.vetted_on = Some(sub_days(second_year, 60)?);
    host.rest_days = if plan.weekend_rest {
        Some(WeekdaySet::WEEKEND)
    } else {
        Some(WeekdaySet::SUNDAY)
    };
    let posts = [PostId::from_u128(id(k, 1)), PostId::from_u128(id(k, 2))];
    host.posts = generated_posts(posts, n.checked_mul(5)?)?;
    let teacher = InstructorId::from_u128(id(k, 3));
    let supervisor = InstructorId::from_u128(id(k, 4));
    let instructors = vec![
        Instructor::new(
            teacher,
            Name::new("teacher").ok()?,
            Employer::School(SCHOOL),
        ),
        Instructor::new(
            supervisor,
            Name::new("supervisor").ok()?,
            Employer::Enterprise(host_id),
        ),
    ];

    let validity = DateRange::new(second_year, graduation).ok()?;
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(id(k, 5)))
        .school(SCHOOL)
        .enterprise(host_id)
        .validity(validity)
        .signed_on(sub_days(second_year, 10)?)
        .mode(Mode::Interaction(interaction_model(
            k, validity, supervisor,
        )?))
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

    let mut students = Vec::with_capacity(plan.students.len());
    let mut serial = 1_000;
    for (s, student_plan) in plan.students.iter().enumerate() {
        let fifteen_before = enrolled.checked_sub_months(Months::new(15 * 12))?;
        let birth = sub_days(fifteen_before, student_plan.extra_age_days)?;
        let mut student = Student::builder()
            .id(StudentId::from_u128(id(k, 100 + s)))
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
        student.sex = student_plan.sex;
        let mut cursor = second_year;
        for (j, p) in student_plan.placements.iter().enumerate() {
            let first = add_days(cursor, p.gap_days)?;
            let last = add_days(first, p.length_days - 1)?;
            if last >= graduation {
                break;
            }
            cursor = add_days(last, 1)?;
            // The first placement of the first student is independent work, so that every
            // generated agreement holds a work placement.
            let kind = if s == 0 && j == 0 {
                PlacementKind::Independent
            } else {
                p.kind
            };
            let post = if p.second_post { posts[1] } else { posts[0] };
            serial += 1;
            let mut placement = Placement::builder()
                .id(PlacementId::from_u128(id(k, serial)))
                .student(student.id)
                .host(host_id)
                .post(post)
                .kind(kind)
                .dates(DateRange::new(first, last).ok()?)
                .build()
                .ok()?;
            complete(&mut placement, p, teacher, supervisor)?;
            // Most work placements carry a record of the plan as worked and paid, complete
            // through a day from a quarter into the placement to half its length after it.
            if placement.kind.is_work() && p.lead_days % 3 != 0 {
                let through = add_days(first, p.length_days * (1 + p.pay_extra_per_mille % 6) / 4)?;
                placement.record = Some(super::record::record_for(&placement, through)?);
            }
            agreement.placements.push(placement);
        }
        students.push(student);
    }
    Some(Parts {
        host,
        students,
        instructors,
        agreement,
    })
}

/// An interaction model whose teaching plan passes every rule: one professional course over the
/// agreement's validity, 60 of its 100 hours practical, taught by the host's supervisor, approved
/// by both sides ten days before the validity starts.
fn interaction_model(
    k: usize,
    validity: DateRange,
    supervisor: InstructorId,
) -> Option<crate::interaction::Interaction> {
    use crate::interaction::{
        Course, CourseHours, CourseKind, Interaction, Teaching, TeachingPlan,
    };
    let mut course = Course::builder()
        .id(crate::CourseId::from_u128(id(k, 6)))
        .name("workshop practice")
        .kind(CourseKind::Professional)
        .dates(validity)
        .hours(CourseHours::new(100, 60).ok()?)
        .build()
        .ok()?;
    course.instructors.push(Teaching::new(supervisor, 60));
    let mut plan = TeachingPlan::new();
    plan.courses.push(course);
    let approved = Some(sub_days(validity.first(), 10)?);
    plan.approvals.school = approved;
    plan.approvals.enterprise = approved;
    let mut model = Interaction::new();
    model.plan = Some(plan);
    Some(model)
}

/// Completes a placement over its dates, the way `plan` says: its schedule, pay of 80 % or more
/// of [`WAGE`], every document prepared `lead_days` before the first day, insurance, and its
/// school instructor and host supervisor.
pub(crate) fn complete(
    placement: &mut Placement,
    plan: &PlacementPlan,
    teacher: InstructorId,
    supervisor: InstructorId,
) -> Option<()> {
    let (first, last) = (placement.dates.first(), placement.dates.last());
    placement.schedule = rota(plan, first)?;
    if plan.dated {
        dated_changes(placement);
    }
    let pay = WAGE
        .checked_mul(plan.pay_extra_per_mille.checked_add(800)?)?
        .div_ceil(1_000);
    placement.pay = Some(Pay::new(Money::new(pay, Currency::CNY), plan.pay_period_days).ok()?);
    let prepared = Some(sub_days(first, plan.lead_days)?);
    placement.internship_plan_on = prepared;
    placement.filed_on = prepared;
    placement.tripartite.school = prepared;
    placement.tripartite.host = prepared;
    placement.tripartite.student = prepared;
    placement.consent.student = prepared;
    placement.consent.guardian = prepared;
    placement.safety_training_on = prepared;
    placement.insurance = insurance(first, last, plan.insurance_pieces)?;
    placement.school_instructor = Some(teacher);
    placement.supervisor = Some(supervisor);
    Some(())
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// The weekly pattern of `p` starting `later` minutes after its start hour.
fn schedule(p: &PlacementPlan, later: u32) -> Option<WeeklySchedule> {
    let start = p.start_hour * 60 + later;
    let end = start + p.working_hours * 60 + p.break_minutes;
    let (start, end) = (
        TimeOfDay::from_minutes(start).ok()?,
        TimeOfDay::from_minutes(end).ok()?,
    );
    let shifts = WEEKDAYS
        .iter()
        .enumerate()
        .filter(|(i, _)| p.weekdays & (1 << i) != 0)
        .map(|(_, day)| Shift::new(*day, start, end, p.break_minutes))
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    WeeklySchedule::new(shifts).ok()
}

/// The schedule of `p`: its weekly pattern, or for 2 or 3 `rota_weeks` an early/late rota
/// anchored on the Monday of `first`'s week, each week two hours later than the one before but
/// ending by 22:00 (the night window's start), on the same weekdays.
fn rota(p: &PlacementPlan, first: NaiveDate) -> Option<crate::Schedule> {
    if p.rota_weeks <= 1 {
        return Some(schedule(p, 0)?.into());
    }
    let span = p.working_hours * 60 + p.break_minutes;
    let latest = (22 * 60u32).checked_sub(p.start_hour * 60 + span)?;
    let weeks = (0..u32::from(p.rota_weeks))
        .map(|k| schedule(p, (120 * k).min(latest)))
        .collect::<Option<Vec<_>>>()?;
    crate::Schedule::rota(crate::week_monday(first), weeks).ok()
}

/// Gives `placement` a day off and an extra shift that plan the same work: the day off on the
/// first date from its eighth day on that has a pattern shift, and the cancelled shift worked
/// as an extra shift on a weekday of the same week that the pattern leaves free (on the day off
/// itself when there is none). Nothing when the placement is too short.
pub(crate) fn dated_changes(placement: &mut Placement) {
    let (first, last) = (placement.dates.first(), placement.dates.last());
    let Some(start) = add_days(first, 7) else {
        return;
    };
    let found = (0..7).filter_map(|k| add_days(start, k)).find_map(|day| {
        let pattern = placement.schedule.pattern_for(day);
        let shift = pattern
            .shifts()
            .iter()
            .find(|s| s.weekday() == day.weekday())?;
        (day <= last).then_some((day, *shift, pattern.occupied_weekdays()))
    });
    let Some((off, shift, occupied)) = found else {
        return;
    };
    let monday = crate::week_monday(off);
    let free = (0..5)
        .filter_map(|k| add_days(monday, k))
        .find(|d| *d >= first && *d <= last && !occupied.contains(d.weekday()));
    let on = free.unwrap_or(off);
    let Ok(extra) =
        crate::ExtraShift::new(on, shift.start(), shift.end(), shift.unpaid_break_minutes())
    else {
        return;
    };
    placement.days_off.push(off);
    placement.extra_shifts.push(extra);
}

/// One to three consecutive policies covering `first..=last`, the student paying nothing.
pub(crate) fn insurance(first: NaiveDate, last: NaiveDate, pieces: u64) -> Option<Vec<Insurance>> {
    let days = u64::try_from((last - first).num_days() + 1).ok()?;
    let pieces = pieces.clamp(1, days);
    let mut policies = Vec::new();
    let mut start = first;
    for piece in 0..pieces {
        let end = if piece + 1 == pieces {
            last
        } else {
            add_days(start, days / pieces - 1)?
        };
        policies.push(Insurance::new(
            DateRange::new(start, end).ok()?,
            Share::ZERO,
        ));
        start = add_days(end, 1)?;
    }
    Some(policies)
}
