//! Employed study (alternation, second variant): valid agreements of students employed full time
//! who study after work, and a single-fault mutation for each of the 8 `employed_study.*` rules
//! and for each of the 4 `worktime.*` rules on an employment's shift pattern.
//!
//! Classes are placed on the weekly cycle in the free stretches at least the policy's rest away
//! from every shift, each at an anchor (after a day shift, before an evening or night shift) or
//! at the next free moment after it, and never over one another, so that class time is the sum
//! of their lengths. A mutation that changes a shift pattern places the classes again the same
//! way, so that only the working-time rule it is about breaks.

use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{add_days, school, sub_days, Arrangement, Sizes, SCHOOL};
use super::mutation::{one, t, years_before, Mutation};
use crate::alternation::{Alternation, ClassSession, EmployedStudy, Employment, JobTask};
use crate::{
    has_reached_age, AgreementId, Contribution, ContributionKind, CooperationAgreement, Currency,
    DailyWindow, DateRange, Enterprise, EnterpriseId, LegalStatus, Mode, Money, Name, Policy, Post,
    PostId, ProtectedGroup, Registry, RuleCode, Sex, Shift, Side, Student, StudentId, TaskId,
    TimeOfDay, VenueKind, WeeklySchedule, MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEK,
};

/// The codes [`employed_study_mutation`] has a mutation for: every `employed_study.*` code, and
/// every `worktime.*` code broken on an employment's shift pattern, each raised alone.
///
/// How each is broken, on one employment (the rule may fire at other employments that share the
/// changed fact, always with the one code):
///
/// - `employed_study.full_time`: the contract states 24 hours a week or less;
/// - `employed_study.working_age`: the student turns 16 one to 300 days after the first day of
///   employment;
/// - `employed_study.minor_work`: the student is 17 on the first day and the post becomes
///   forbidden for minors;
/// - `employed_study.min_wage` (off under cn): the policy gets a local minimum wage equal to the
///   lowest pay of all employments, and this one is paid up to 100.00 CNY less, or in euros;
/// - `employed_study.class_outside_shift`: one more class, during a shift or ending or starting
///   less than the rest away from it;
/// - `employed_study.weekly_study_minimum`: every class is dropped, or all but the first (at most
///   three hours);
/// - `employed_study.weekly_load`: the classes are replaced by classes that fill the free time
///   until work and study pass `max_weekly_load_hours` by 1 to 120 minutes;
/// - `employed_study.class_linked_to_job`: a class names no task;
/// - `worktime.daily_hours`: one shift of 8 hours and 1 to 60 minutes (ending by midnight unless
///   it is a night shift), with as many of the others as the weekly limit leaves room for;
/// - `worktime.weekly_hours`: six day or evening shifts of 6 h 41 min to 7 h 40 min;
/// - `worktime.rest_days`: a shift every day of the week, of at most 5 h 42 min;
/// - `worktime.minor_night_work` (off under cn): the policy gets a night window for minors of
///   20:00 to 06:00, the student is 17 on the first day and works five night shifts from 22:00.
///
/// The three changes of shift pattern place the classes again, same lengths, topics and tasks.
pub const EMPLOYED_STUDY_MUTATIONS: &[RuleCode] = &[
    RuleCode::EmployedStudyFullTime,
    RuleCode::EmployedStudyWorkingAge,
    RuleCode::EmployedStudyMinorWork,
    RuleCode::EmployedStudyMinWage,
    RuleCode::EmployedStudyClassOutsideShift,
    RuleCode::EmployedStudyWeeklyStudyMinimum,
    RuleCode::EmployedStudyWeeklyLoad,
    RuleCode::EmployedStudyClassLinkedToJob,
    RuleCode::WorktimeDailyHours,
    RuleCode::WorktimeWeeklyHours,
    RuleCode::WorktimeRestDays,
    RuleCode::WorktimeMinorNightWork,
];

/// A valid agreement of employed study, with a registry of one school, the employer and the
/// students: no violation at all under [`Policy::cn`].
///
/// It holds 1 to `sizes.students` employments at one host, each on one of its two posts, paid
/// 3,000 to 9,000 CNY a month, starting up to two months either side of the first day of the
/// agreement's validity (six months to three years). The student is 16 or older on the first
/// day of employment (minors included), enrolled on or before it, and graduates on or after the
/// last day of the validity. The shift pattern is a run of 4 to 6 consecutive days (4 or 5 for
/// nights) of day shifts (starting 06:00 to 10:00), evening shifts (12:00 to 14:00) or night
/// shifts (21:00 to 22:30, past midnight), with an unpaid break of 0 to 60 minutes: more than 24
/// and at most 40 hours a week in quarters of an hour, at most 8 a day, at least one day free;
/// the contract states the pattern's weekly hours. Two to four class sessions of 1 to 3 hours,
/// 4 hours a week or more together, each linked to one of the job's one to three tasks, start
/// 30 to 120 minutes after a day shift or end as long before an evening or night shift (or sit
/// at the next free moment at least 30 minutes from every shift).
pub fn valid_employed_study(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    employed_plan(sizes)
        .prop_filter_map("a buildable employed study", |plan| {
            build(&plan)?.into_arrangement()
        })
        .boxed()
}

/// A mutation of a generated valid employed-study agreement that must raise `code`, if the kit
/// has one (every code of [`EMPLOYED_STUDY_MUTATIONS`]).
pub fn employed_study_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    EMPLOYED_STUDY_MUTATIONS.contains(&code).then(|| {
        (employed_plan(sizes), any::<[Index; 4]>())
            .prop_filter_map(
                "a mutation this employed study allows",
                move |(plan, picks)| {
                    let mut parts = build(&plan)?;
                    let policy = mutate(code, &mut parts, picks)?;
                    Some(Mutation {
                        target: parts.into_arrangement()?,
                        policy,
                        codes: one(code),
                    })
                },
            )
            .boxed()
    })
}

// ---------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    Day,
    Evening,
    Night,
}

#[derive(Debug, Clone)]
struct ClassPlan {
    length: u32,
    offset: u32,
    after_shift: usize,
    task: usize,
}

#[derive(Debug, Clone)]
struct JobPlan {
    pattern: Pattern,
    first_weekday: usize,
    days: usize,
    working: u32,
    unpaid_break: u32,
    start: u32,
    classes: Vec<ClassPlan>,
    tasks: usize,
    pay: u64,
    extra_age_days: u64,
    /// Days from two months before the validity's first day to the first day of employment.
    start_offset: u64,
    enrolled_days: u64,
    graduation_slack: u64,
    second_post: bool,
    sex: Option<Sex>,
}

#[derive(Debug, Clone)]
struct EmployedPlan {
    year: i32,
    validity_offset: u64,
    validity_days: u64,
    signed_lead: u64,
    extra_employees: u32,
    jobs: Vec<JobPlan>,
}

fn job_plan() -> impl Strategy<Value = JobPlan> {
    let class = (any::<u32>(), 0u32..=18, any::<usize>(), any::<usize>()).prop_map(
        |(length, offset, after_shift, task)| ClassPlan {
            length,
            offset,
            after_shift,
            task,
        },
    );
    (
        (
            prop_oneof![
                Just(Pattern::Day),
                Just(Pattern::Evening),
                Just(Pattern::Night)
            ],
            0usize..7,
            4usize..=6,
            any::<u32>(),
            prop_oneof![Just(0u32), Just(30), Just(45), Just(60)],
            any::<u32>(),
        ),
        (prop::collection::vec(class, 2..=4), 1usize..=3),
        (
            3_000_00u64..=9_000_00,
            0u64..=4_000,
            0u64..=120,
            0u64..=400,
            0u64..=400,
            any::<bool>(),
            prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male))],
        ),
    )
        .prop_map(
            |(
                (pattern, first_weekday, days, working, unpaid_break, start),
                (classes, tasks),
                (
                    pay,
                    extra_age_days,
                    start_offset,
                    enrolled_days,
                    graduation_slack,
                    second_post,
                    sex,
                ),
            )| JobPlan {
                pattern,
                first_weekday,
                days,
                working,
                unpaid_break,
                start,
                classes,
                tasks,
                pay,
                extra_age_days,
                start_offset,
                enrolled_days,
                graduation_slack,
                second_post,
                sex,
            },
        )
}

fn employed_plan(sizes: Sizes) -> impl Strategy<Value = EmployedPlan> {
    (
        0i32..=4,
        0u64..=100,
        180u64..=1_100,
        0u64..=30,
        0u32..=100,
        prop::collection::vec(job_plan(), 1..=sizes.students.max(1)),
    )
        .prop_map(
            |(year, validity_offset, validity_days, signed_lead, extra_employees, jobs)| {
                EmployedPlan {
                    year,
                    validity_offset,
                    validity_days,
                    signed_lead,
                    extra_employees,
                    jobs,
                }
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

struct Parts {
    host: Enterprise,
    students: Vec<Student>,
    agreement: CooperationAgreement,
}

impl Parts {
    fn into_arrangement(self) -> Option<Arrangement> {
        let registry =
            Registry::new(vec![school()?], vec![self.host], self.students, Vec::new()).ok()?;
        Some(Arrangement {
            registry,
            agreement: self.agreement,
        })
    }

    fn employments(&mut self) -> Option<&mut Vec<Employment>> {
        match &mut self.agreement.mode {
            Mode::Alternation(Alternation::EmployedStudy(model)) => Some(&mut model.employments),
            _ => None,
        }
    }
}

/// Ids of generated employed study: `0xE5 << 32 | serial`.
fn eid(serial: usize) -> u128 {
    (0xE5 << 32) | serial as u128
}

const TOPICS: [&str; 4] = [
    "hydraulics",
    "PLC programming",
    "quality control",
    "work safety",
];

fn build(plan: &EmployedPlan) -> Option<Parts> {
    let policy = Policy::cn();
    let n = u32::try_from(plan.jobs.len()).ok()?;
    let host_id = EnterpriseId::from_u128(eid(10));
    let mut host = Enterprise::new(
        host_id,
        Name::new("Generated Employer").ok()?,
        Name::new("manufacturing").ok()?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        n.checked_mul(10)?.checked_add(plan.extra_employees)?,
    );
    let posts = [PostId::from_u128(eid(20)), PostId::from_u128(eid(21))];
    for (post, category) in posts.iter().zip(["operations", "maintenance"]) {
        host.posts.push(Post::new(
            *post,
            Name::new(category).ok()?,
            Name::new(category).ok()?,
            Name::new("mechatronics").ok()?,
            n.checked_mul(5)?,
            Money::new(5_000_00, Currency::CNY),
        ));
    }

    let first = add_days(
        NaiveDate::from_ymd_opt(2025 + plan.year, 9, 1)?,
        plan.validity_offset,
    )?;
    let validity =
        DateRange::new(first, add_days(first, plan.validity_days.checked_sub(1)?)?).ok()?;
    let mut agreement = CooperationAgreement::new(
        AgreementId::from_u128(eid(5)),
        SCHOOL,
        host_id,
        validity,
        sub_days(first, plan.signed_lead)?,
        Mode::Alternation(Alternation::EmployedStudy(EmployedStudy::new())),
    );
    agreement.contributions = vec![
        Contribution::new(Side::School, ContributionKind::Staff, "evening teachers"),
        Contribution::new(Side::Enterprise, ContributionKind::Posts, "jobs"),
    ];

    let mut model = EmployedStudy::new();
    let mut students = Vec::with_capacity(plan.jobs.len());
    let mut serial = 1_000;
    let rest = policy.min_rest_between_work_and_class_minutes;
    for (s, job) in plan.jobs.iter().enumerate() {
        let starts_on = add_days(sub_days(first, 60)?, job.start_offset)?;
        let birth = sub_days(years_before(starts_on, 16)?, job.extra_age_days)?;
        if !has_reached_age(birth, policy.min_working_age, starts_on) {
            return None;
        }
        let enrolled = sub_days(starts_on, job.enrolled_days)?;
        let mut student = Student::new(
            StudentId::from_u128(eid(100 + s)),
            SCHOOL,
            Name::new("employed student").ok()?,
            birth,
            Name::new("mechatronics").ok()?,
            Name::new("mechatronics").ok()?,
            enrolled.year(),
            enrolled,
            add_days(validity.last(), job.graduation_slack)?,
        );
        student.sex = job.sex;

        let schedule = pattern_schedule(job)?;
        let [first_post, second_post] = posts;
        let post = if job.second_post {
            second_post
        } else {
            first_post
        };
        let mut employment = Employment::new(
            student.id,
            host_id,
            post,
            schedule.weekly_working_minutes(),
            Money::new(job.pay, Currency::CNY),
            starts_on,
        );
        for k in 0..job.tasks {
            serial += 1;
            let name = TOPICS.get(k % TOPICS.len())?;
            employment.tasks.push(JobTask::new(
                TaskId::from_u128(eid(serial)),
                Name::new(*name).ok()?,
            ));
        }
        // Quarters of an hour, four hours a week or more together.
        let count = u32::try_from(job.classes.len()).ok()?;
        let shortest = 240u32.div_ceil(count.max(1)).div_ceil(15).max(4);
        let shifts = schedule.shifts();
        let wants = job
            .classes
            .iter()
            .enumerate()
            .map(|(c, class)| {
                let task = employment
                    .tasks
                    .get(class.task % employment.tasks.len().max(1));
                let length = (shortest + class.length % (12u32.checked_sub(shortest)? + 1)) * 15;
                let shift = shifts.get(class.after_shift % shifts.len().max(1))?;
                let (from, to) = shift.span().week_interval();
                let wait = i64::from(rest + class.offset * 5);
                // After day shifts; before evening and night shifts.
                let anchor = match job.pattern {
                    Pattern::Day => i64::from(to) + wait,
                    _ => i64::from(from) - wait - i64::from(length),
                };
                Some(ClassWant {
                    length,
                    anchor,
                    task: task.map(|task| task.id),
                    topic: Name::new(*TOPICS.get(c % TOPICS.len())?).ok()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        employment.schedule = schedule.into();
        employment.classes = place_classes(employment.schedule.first_pattern(), rest, wants)?;
        model.employments.push(employment);
        students.push(student);
    }
    agreement.mode = Mode::Alternation(Alternation::EmployedStudy(model));
    Some(Parts {
        host,
        students,
        agreement,
    })
}

/// The job's shift pattern: a run of consecutive days with one shift each, all alike.
fn pattern_schedule(job: &JobPlan) -> Option<WeeklySchedule> {
    let days = match job.pattern {
        Pattern::Night => job.days.min(5),
        _ => job.days,
    };
    let count = u32::try_from(days).ok()?;
    // Whole quarters of an hour, more than 24 and at most 40 hours a week.
    let least = 240u32.max(1_441u32.div_ceil(count)).div_ceil(15);
    let most = 480u32.min(2_400u32.checked_div(count)?) / 15;
    let working = (least + job.working % (most.checked_sub(least)? + 1)) * 15;
    let start = match job.pattern {
        Pattern::Day => 360 + job.start % 17 * 15,
        Pattern::Evening => 720 + job.start % 9 * 15,
        Pattern::Night => NIGHT_FROM + job.start % 7 * 15,
    };
    run(job.first_weekday, days, start, working, job.unpaid_break)
}

/// The earliest start of a night shift: 21:00.
const NIGHT_FROM: u32 = 21 * 60;

/// One shift on `day`, starting `start` minutes after midnight with `working` minutes of work and
/// an unpaid break.
fn run_one(day: Weekday, start: u32, working: u32, unpaid_break: u32) -> Option<Shift> {
    let begin = TimeOfDay::from_minutes(start % MINUTES_PER_DAY).ok()?;
    let end = TimeOfDay::from_minutes((start + working + unpaid_break) % MINUTES_PER_DAY).ok()?;
    Shift::new(day, begin, end, unpaid_break).ok()
}

/// `days` shifts on consecutive weekdays from `first_weekday` (0 is Monday), each starting
/// `start` minutes after midnight with `working` minutes of work and an unpaid break.
fn run(
    first_weekday: usize,
    days: usize,
    start: u32,
    working: u32,
    unpaid_break: u32,
) -> Option<WeeklySchedule> {
    let shifts = (0..days)
        .map(|i| {
            run_one(
                *WEEK.get((first_weekday + i) % 7)?,
                start,
                working,
                unpaid_break,
            )
        })
        .collect::<Option<Vec<_>>>()?;
    WeeklySchedule::new(shifts).ok()
}

/// A class to place: its length, where to start looking (in minutes from Monday 00:00, on the
/// weekly cycle), and what it is about.
struct ClassWant {
    length: u32,
    anchor: i64,
    task: Option<TaskId>,
    topic: Name,
}

const WEEK_MINUTES: i64 = MINUTES_PER_WEEK as i64;

/// The stretches of the weekly cycle at least `rest` minutes away from every shift, as
/// `[start, end)` in minutes from Monday 00:00, sorted and within one week.
fn free_stretches(schedule: &WeeklySchedule, rest: u32) -> Vec<(i64, i64)> {
    let rest = i64::from(rest);
    let mut busy = Vec::new();
    for shift in schedule.shifts() {
        let (start, end) = shift.span().week_interval();
        let (start, end) = (i64::from(start) - rest, i64::from(end) + rest);
        if end - start >= WEEK_MINUTES {
            return Vec::new();
        }
        if start < 0 {
            busy.extend([(start + WEEK_MINUTES, WEEK_MINUTES), (0, end)]);
        } else if end > WEEK_MINUTES {
            busy.extend([(start, WEEK_MINUTES), (0, end - WEEK_MINUTES)]);
        } else {
            busy.push((start, end));
        }
    }
    busy.sort_unstable();
    let mut free = Vec::new();
    let mut cursor = 0;
    for (start, end) in busy {
        if start > cursor {
            free.push((cursor, start));
        }
        cursor = cursor.max(end);
    }
    if cursor < WEEK_MINUTES {
        free.push((cursor, WEEK_MINUTES));
    }
    free
}

/// Takes `length` minutes out of the free stretches, at `anchor` or at the first stretch after it
/// that is long enough (round the week); returns where.
fn take(free: &mut Vec<(i64, i64)>, anchor: i64, length: i64) -> Option<i64> {
    let anchor = anchor.rem_euclid(WEEK_MINUTES);
    let count = free.len();
    let first = free.iter().position(|&(_, end)| end > anchor).unwrap_or(0);
    for step in 0..=count {
        let i = (first + step).checked_rem(count)?;
        let (start, end) = *free.get(i)?;
        let from = if step == 0 { start.max(anchor) } else { start };
        if end - from >= length {
            let mut rest = Vec::with_capacity(2);
            if from > start {
                rest.push((start, from));
            }
            if end > from + length {
                rest.push((from + length, end));
            }
            free.splice(i..=i, rest);
            return Some(from);
        }
    }
    None
}

/// A class session over `[from, from + length)` on the weekly cycle.
fn session(from: i64, length: i64, topic: Name, task: Option<TaskId>) -> Option<ClassSession> {
    let day_minutes = i64::from(MINUTES_PER_DAY);
    let day = *WEEK.get(usize::try_from(from.checked_div(day_minutes)?).ok()?)?;
    let minute =
        |at: i64| TimeOfDay::from_minutes(u32::try_from(at.rem_euclid(day_minutes)).ok()?).ok();
    let mut class = ClassSession::new(day, minute(from)?, minute(from + length)?, topic).ok()?;
    class.task = task;
    Some(class)
}

/// Classes that overlap neither each other nor any shift widened by `rest`, each at its anchor
/// or as soon after it as it fits.
fn place_classes(
    schedule: &WeeklySchedule,
    rest: u32,
    wants: Vec<ClassWant>,
) -> Option<Vec<ClassSession>> {
    let mut free = free_stretches(schedule, rest);
    let mut classes = Vec::with_capacity(wants.len());
    for want in wants {
        let length = i64::from(want.length);
        let from = take(&mut free, want.anchor, length)?;
        classes.push(session(from, length, want.topic, want.task)?);
    }
    Some(classes)
}

/// After the end of the `k`-th shift (round the schedule) and the rest, or Monday 00:00 without
/// shifts.
fn after_shift(schedule: &WeeklySchedule, k: usize, rest: u32) -> i64 {
    let shifts = schedule.shifts();
    shifts
        .get(k % shifts.len().max(1))
        .map_or(0, |shift| i64::from(shift.span().week_interval().1 + rest))
}

/// The employment's classes again, same lengths, topics and tasks, placed after the shifts of
/// its (new) schedule.
fn replace_classes(job: &mut Employment, rest: u32) -> Option<()> {
    let wants = job
        .classes
        .iter()
        .enumerate()
        .map(|(c, class)| ClassWant {
            length: class.span().minutes(),
            anchor: after_shift(job.schedule.first_pattern(), c, rest),
            task: class.task,
            topic: class.topic.clone(),
        })
        .collect();
    job.classes = place_classes(job.schedule.first_pattern(), rest, wants)?;
    Some(())
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/// A number below `len` drawn by `pick`, if there is one.
fn choose(pick: Index, len: usize) -> Option<usize> {
    (len > 0).then(|| pick.index(len))
}

/// Applies the fault for `code` to the employment `a` picks; returns the policy to check under.
fn mutate(code: RuleCode, parts: &mut Parts, [a, b, c, d]: [Index; 4]) -> Option<Policy> {
    let mut policy = Policy::cn();
    let rest = policy.min_rest_between_work_and_class_minutes;
    let lowest_pay = parts
        .employments()?
        .iter()
        .map(|job| job.monthly_pay.minor_units())
        .min()?;
    let jobs = parts.employments()?;
    let i = choose(a, jobs.len())?;
    let job = jobs.get_mut(i)?;
    let (student, starts_on, post) = (job.student, job.starts_on, job.post);
    let shifts: Vec<Shift> = job.schedule.first_pattern().shifts().to_vec();
    let first = *shifts.first()?;
    let start = first.start().minutes_since_midnight();
    let working = first.working_minutes();
    let unpaid_break = first.unpaid_break_minutes();
    let first_weekday = usize::try_from(first.weekday().num_days_from_monday()).ok()?;
    let mut birth = None;

    match code {
        RuleCode::EmployedStudyFullTime => {
            job.contract_weekly_minutes = u32::try_from(b.index(24 * 60 + 1)).ok()?;
        }
        RuleCode::EmployedStudyWorkingAge => {
            // Sixteen one to three hundred days after the first day of employment.
            let days = 1 + b.index(300) as u64;
            birth = Some(add_days(years_before(starts_on, 16)?, days)?);
        }
        RuleCode::EmployedStudyMinorWork => {
            // Seventeen on the first day, on a post now forbidden for minors.
            birth = Some(sub_days(years_before(starts_on, 17)?, b.index(300) as u64)?);
            parts
                .host
                .posts
                .iter_mut()
                .find(|p| p.id == post)?
                .forbidden_for
                .insert(ProtectedGroup::Minors);
        }
        RuleCode::EmployedStudyMinWage => {
            // The local minimum is the lowest pay of all; this student is paid less, or in
            // another currency.
            policy.local_min_monthly_wage = Some(Money::new(lowest_pay, Currency::CNY));
            job.monthly_pay = if b.index(2) == 0 {
                let below = 1 + c.index(100_00) as u64;
                Money::new(lowest_pay.checked_sub(below)?, Currency::CNY)
            } else {
                Money::new(job.monthly_pay.minor_units(), Currency::EUR)
            };
        }
        RuleCode::EmployedStudyClassOutsideShift => {
            // One more class, during a shift or less than the rest away from it.
            let shift = *shifts.get(choose(b, shifts.len())?)?;
            let (from, to) = shift.span().week_interval();
            let (from, to) = (i64::from(from), i64::from(to));
            let length = 30 + d.index(91) as i64;
            let gap = d.index(usize::try_from(rest).ok()?) as i64;
            let at = match c.index(3) {
                0 => from + d.index(usize::try_from(to - from).ok()?) as i64,
                1 => to + gap,
                _ => from - gap - length,
            };
            let task = job.tasks.first().map(|task| task.id);
            let topic = Name::new("overtime briefing").ok()?;
            let class = session(at.rem_euclid(WEEK_MINUTES), length, topic, task)?;
            job.classes.push(class);
        }
        RuleCode::EmployedStudyWeeklyStudyMinimum => {
            // Every class dropped, or all but the first (at most three hours).
            if b.index(2) == 0 {
                job.classes.clear();
            } else {
                job.classes.truncate(1);
            }
        }
        RuleCode::EmployedStudyWeeklyLoad => {
            // Classes filling the free time until work and study pass the weekly limit.
            let limit = u64::from(policy.max_weekly_load_hours) * 60;
            let work = u64::from(job.schedule.first_pattern().weekly_working_minutes());
            let mut left = limit.checked_sub(work)? + 1 + b.index(120) as u64;
            let task = job.tasks.first().map(|task| task.id);
            let mut wants = Vec::new();
            let mut c = 0;
            while left > 0 {
                let length = left.min(600);
                wants.push(ClassWant {
                    length: u32::try_from(length).ok()?,
                    anchor: after_shift(job.schedule.first_pattern(), c, rest),
                    task,
                    topic: Name::new("evening school").ok()?,
                });
                left -= length;
                c += 1;
            }
            job.classes = place_classes(job.schedule.first_pattern(), rest, wants)?;
        }
        RuleCode::EmployedStudyClassLinkedToJob => {
            let k = choose(b, job.classes.len())?;
            job.classes.get_mut(k)?.task = None;
        }
        RuleCode::WorktimeDailyHours => {
            // One shift of more than eight hours; the others, as many as the weekly limit leaves
            // room for.
            let k = choose(b, shifts.len())?;
            let long = 8 * 60 + 1 + c.index(60) as u32;
            let span = long + unpaid_break;
            // A day or evening shift starts early enough to end by midnight, so that it occupies
            // no further day (a night shift occupies the next day already).
            let begin = if start < NIGHT_FROM {
                start.min(MINUTES_PER_DAY - span)
            } else {
                start
            };
            let chosen = shifts.get(k)?.weekday();
            let mut list = vec![run_one(chosen, begin, long, unpaid_break)?];
            let room = (policy.max_weekly_work_hours * 60).checked_sub(long)?;
            let others = usize::try_from(room.checked_div(working)?).ok()?;
            list.extend(
                shifts
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .map(|(_, shift)| *shift)
                    .take(others),
            );
            job.schedule = WeeklySchedule::new(list).ok()?.into();
            replace_classes(job, rest)?;
        }
        RuleCode::WorktimeWeeklyHours => {
            // Six days of 6 h 41 min to 7 h 40 min, by day.
            let day_start = if start >= NIGHT_FROM { 8 * 60 } else { start };
            let daily = 401 + c.index(60) as u32;
            job.schedule = run(first_weekday, 6, day_start, daily, unpaid_break)?.into();
            replace_classes(job, rest)?;
        }
        RuleCode::WorktimeRestDays => {
            // A shift every day of the week, short enough for the weekly limit.
            job.schedule = run(first_weekday, 7, start, working.min(342), unpaid_break)?.into();
            replace_classes(job, rest)?;
        }
        RuleCode::WorktimeMinorNightWork => {
            // A seventeen-year-old on five night shifts, where the policy has a night window for
            // minors.
            policy.minor_night_window = Some(DailyWindow::new(t(20, 0)?, t(6, 0)?).ok()?);
            birth = Some(years_before(starts_on, 17)?);
            job.schedule = run(first_weekday, 5, 22 * 60, working.min(480), unpaid_break)?.into();
            replace_classes(job, rest)?;
        }
        _ => return None,
    }
    if let Some(birth) = birth {
        parts
            .students
            .iter_mut()
            .find(|s| s.id == student)?
            .birth_date = birth;
    }
    Some(policy)
}
