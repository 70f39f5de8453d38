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
use crate::alternation::{Alternation, EmployedStudy, Employment, JobTask};
use crate::{
    has_reached_age, AgreementId, Contribution, ContributionKind, CooperationAgreement, Currency,
    DailyWindow, DateRange, Enterprise, EnterpriseId, Hazard, LegalStatus, Mode, Money, Name,
    Policy, Post, PostId, ProtectedGroup, Registry, RuleCode, Sex, Shift, Side, Student, StudentId,
    TaskId, TimeOfDay, VenueKind, WeeklySchedule, MINUTES_PER_DAY, WEEK,
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
/// - `employed_study.minor_work`: the student is 17 on the first day of participation and the
///   post becomes marked forbidden for minors, or gains a hazard of the cn list of hazards
///   forbidden for minors (a minor on a post with noise or machinery only is valid);
/// - `employed_study.post_at_employer`: the employment's post is one of another enterprise of the
///   registry;
/// - `employed_study.min_wage` (off under cn): the policy gets a local minimum wage equal to the
///   lowest pay of all employments, and this one is paid up to 100.00 CNY less, or in euros;
/// - `employed_study.class_outside_shift`: one more class, during a shift or ending or starting
///   less than the rest away from it;
/// - `employed_study.weekly_study_minimum`: every class is dropped, or all but the first (at most
///   three hours), after the shared timetable became every employment's own classes;
/// - `employed_study.weekly_load`: the classes are replaced by classes that fill the free time
///   until work and study pass `max_weekly_load_hours` by 1 to 120 minutes;
/// - `employed_study.class_linked_to_job`: an own class, or a session of the shared timetable
///   (reported once, at the session), names no task;
/// - `worktime.daily_hours`: one shift of 8 hours and 1 to 60 minutes (ending by midnight unless
///   it is a night shift), with as many of the others as the weekly limit leaves room for;
/// - `worktime.weekly_hours`: six day or evening shifts of 6 h 41 min to 7 h 40 min;
/// - `worktime.rest_days`: a shift every day of the week, of at most 5 h 42 min;
/// - `worktime.minor_night_work` (off under cn): the policy gets a night window for minors of
///   20:00 to 06:00, the student is 17 on the first day and works five night shifts from 22:00.
///
/// The changes of shift pattern, and `weekly_load`, first copy the shared timetable into every
/// employment's own classes (the same classes for all), then place this employment's classes
/// again, same lengths, topics and tasks.
pub const EMPLOYED_STUDY_MUTATIONS: &[RuleCode] = &[
    RuleCode::EmployedStudyFullTime,
    RuleCode::EmployedStudyWorkingAge,
    RuleCode::EmployedStudyMinorWork,
    RuleCode::EmployedStudyPostAtEmployer,
    RuleCode::EmployedStudyMinWage,
    RuleCode::EmployedStudyClassOutsideShift,
    RuleCode::EmployedStudyWeeklyStudyMinimum,
    RuleCode::EmployedStudyWeeklyLoad,
    RuleCode::EmployedStudyClassLinkedToJob,
    RuleCode::WorktimeDailyHours,
    RuleCode::WorktimeWeeklyHours,
    RuleCode::WorktimeRestDays,
    RuleCode::WorktimeMinorNightWork,
    RuleCode::WorktimeMinorDailyHours,
    RuleCode::WorktimeMinorWeeklyHours,
    RuleCode::WorktimeMinorDaysPerWeek,
    RuleCode::WorktimeDailyRest,
    RuleCode::WorktimeBreaks,
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

mod mutation;
mod week;

use mutation::mutate;
use week::{free_stretches, intersect, place_in, subtract, ClassWant};

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
    /// Days the student enrolled before the first day of employment; negative: hired before
    /// enrolling, up to 30 days.
    enrolled_days: i64,
    graduation_slack: u64,
    second_post: bool,
    sex: Option<Sex>,
    /// The last day of employment, this many days before the validity's last day; open-ended
    /// when absent.
    ends_before: Option<u64>,
    /// Whether the employment keeps its own classes when the shared timetable has 4 hours.
    extras: bool,
    /// Weeks of the rota: 1 is a single weekly pattern, 2 or 3 a rota.
    rota_weeks: u8,
    /// Whether the employment has a day off and an extra shift.
    dated: bool,
}

#[derive(Debug, Clone)]
struct EmployedPlan {
    /// The class's shared timetable (none when empty) and the number of shared tasks.
    shared: Vec<ClassPlan>,
    shared_tasks: usize,
    /// Allowed hazards of the two posts (noise, machinery), as bits.
    post_hazards: [u8; 2],
    year: i32,
    validity_offset: u64,
    validity_days: u64,
    signed_lead: u64,
    extra_employees: u32,
    jobs: Vec<JobPlan>,
}

fn job_plan() -> impl Strategy<Value = JobPlan> {
    let class = class_plan();
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
            -30i64..=400,
            0u64..=400,
            any::<bool>(),
            prop_oneof![Just(None), Just(Some(Sex::Female)), Just(Some(Sex::Male))],
        ),
        (
            prop::option::of(0u64..=60),
            any::<bool>(),
            prop_oneof![2 => Just(1u8), 1 => Just(2u8), 1 => Just(3u8)],
            any::<bool>(),
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
                (ends_before, extras, rota_weeks, dated),
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
                ends_before,
                extras,
                rota_weeks,
                dated,
            },
        )
}

fn class_plan() -> impl Strategy<Value = ClassPlan> {
    (any::<u32>(), 0u32..=18, any::<usize>(), any::<usize>()).prop_map(
        |(length, offset, after_shift, task)| ClassPlan {
            length,
            offset,
            after_shift,
            task,
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
        (
            prop_oneof![
                1 => Just(Vec::new()),
                2 => prop::collection::vec(class_plan(), 1..=3),
            ],
            1usize..=2,
            any::<[u8; 2]>(),
        ),
    )
        .prop_map(
            |(
                year,
                validity_offset,
                validity_days,
                signed_lead,
                extra_employees,
                jobs,
                (shared, shared_tasks, post_hazards),
            )| {
                EmployedPlan {
                    shared,
                    shared_tasks,
                    post_hazards,
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
    /// Enterprises of the registry other than the employer.
    others: Vec<Enterprise>,
    students: Vec<Student>,
    agreement: CooperationAgreement,
}

impl Parts {
    fn into_arrangement(self) -> Option<Arrangement> {
        let mut enterprises = vec![self.host];
        enterprises.extend(self.others);
        let registry =
            Registry::new(vec![school()?], enterprises, self.students, Vec::new()).ok()?;
        Some(Arrangement {
            registry,
            agreement: self.agreement,
        })
    }

    fn employments(&mut self) -> Option<&mut Vec<Employment>> {
        Some(&mut self.model()?.employments)
    }

    fn model(&mut self) -> Option<&mut EmployedStudy> {
        match &mut self.agreement.mode {
            Mode::Alternation(Alternation::EmployedStudy(model)) => Some(model),
            _ => None,
        }
    }

    /// Copies the shared timetable into every employment's own classes (first) and clears it:
    /// the same classes for every employment, so that one employment's classes can change alone.
    fn unshare(&mut self) -> Option<()> {
        let model = self.model()?;
        let shared = std::mem::take(&mut model.timetable);
        for job in &mut model.employments {
            let own = std::mem::take(&mut job.classes);
            job.classes = shared.iter().cloned().chain(own).collect();
        }
        Some(())
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
    let mut host = Enterprise::builder()
        .id(host_id)
        .name("Generated Employer")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(n.checked_mul(10)?.checked_add(plan.extra_employees)?)
        .build()
        .ok()?;
    let posts = [PostId::from_u128(eid(20)), PostId::from_u128(eid(21))];
    for ((post, category), bits) in posts
        .iter()
        .zip(["operations", "maintenance"])
        .zip(plan.post_hazards)
    {
        let mut post = Post::builder()
            .id(*post)
            .name(category)
            .category(category)
            .major_category("mechatronics")
            .headcount(n.checked_mul(5)?)
            .monthly_wage(Money::new(5_000_00, Currency::CNY))
            .build()
            .ok()?;
        // Hazards a minor may work with (not in the cn list of hazards forbidden for minors).
        for (bit, hazard) in [(1u8, Hazard::Noise), (2, Hazard::Machinery)] {
            if bits & bit != 0 {
                post.hazards.insert(hazard);
            }
        }
        host.posts.push(post);
    }

    let first = add_days(
        NaiveDate::from_ymd_opt(2025 + plan.year, 9, 1)?,
        plan.validity_offset,
    )?;
    let validity =
        DateRange::new(first, add_days(first, plan.validity_days.checked_sub(1)?)?).ok()?;
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(eid(5)))
        .school(SCHOOL)
        .enterprise(host_id)
        .validity(validity)
        .signed_on(sub_days(first, plan.signed_lead)?)
        .mode(Mode::Alternation(Alternation::EmployedStudy(
            EmployedStudy::new(),
        )))
        .build()
        .ok()?;
    agreement.contributions = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Staff,
            Name::new("evening teachers").ok()?,
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Posts,
            Name::new("jobs").ok()?,
        ),
    ];

    let mut model = EmployedStudy::new();
    let mut students = Vec::with_capacity(plan.jobs.len());
    let mut pending = Vec::with_capacity(plan.jobs.len());
    let mut serial = 1_000;
    let shared_tasks = (0..plan.shared_tasks)
        .map(|k| {
            serial += 1;
            Some(JobTask::new(
                TaskId::from_u128(eid(serial)),
                Name::new(*TOPICS.get(k % TOPICS.len())?).ok()?,
            ))
        })
        .collect::<Option<Vec<_>>>()?;
    let rest = policy.min_rest_between_work_and_class_minutes;
    for (s, job) in plan.jobs.iter().enumerate() {
        let starts_on = add_days(sub_days(first, 60)?, job.start_offset)?;
        let birth = sub_days(years_before(starts_on, 16)?, job.extra_age_days)?;
        if !has_reached_age(birth, policy.min_working_age, starts_on) {
            return None;
        }
        let enrolled = if job.enrolled_days >= 0 {
            sub_days(starts_on, job.enrolled_days.unsigned_abs())?
        } else {
            add_days(starts_on, job.enrolled_days.unsigned_abs())?
        };
        let mut student = Student::builder()
            .id(StudentId::from_u128(eid(100 + s)))
            .school(SCHOOL)
            .name("employed student")
            .birth_date(birth)
            .major("mechatronics")
            .major_category("mechatronics")
            .grade(enrolled.year())
            .enrolled_on(enrolled)
            .expected_graduation(add_days(validity.last(), job.graduation_slack)?)
            .build()
            .ok()?;
        student.sex = job.sex;

        let schedule = pattern_schedule(job)?;
        let [first_post, second_post] = posts;
        let post = if job.second_post {
            second_post
        } else {
            first_post
        };
        let mut employment = Employment::builder()
            .student(student.id)
            .enterprise(host_id)
            .post(post)
            .contract_weekly_minutes(schedule.weekly_working_minutes())
            .monthly_pay(Money::new(job.pay, Currency::CNY))
            .starts_on(starts_on)
            .build()
            .ok()?;
        if let Some(before) = job.ends_before {
            employment = employment
                .ending_on(sub_days(validity.last(), before)?.max(starts_on))
                .ok()?;
        }
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
                let choices = employment.tasks.len() + shared_tasks.len();
                let k = class.task % choices.max(1);
                let task = employment
                    .tasks
                    .get(k)
                    .or_else(|| shared_tasks.get(k.checked_sub(employment.tasks.len())?));
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
        pending.push((employment, wants, (job.extras, job.rota_weeks, job.dated)));
        students.push(student);
    }

    // The shared timetable, in the free time every employment has; none where it does not fit.
    model.tasks = shared_tasks;
    if let Some(((first_job, _, _), first_plan)) = pending.first().zip(plan.jobs.first()) {
        let mut common = free_stretches(first_job.schedule.first_pattern(), rest);
        for (job, _, _) in pending.iter().skip(1) {
            common = intersect(&common, &free_stretches(job.schedule.first_pattern(), rest));
        }
        let shifts = first_job.schedule.first_pattern().shifts();
        let wants = plan
            .shared
            .iter()
            .enumerate()
            .map(|(c, class)| {
                let length = (4 + class.length % 9) * 15;
                let shift = shifts.get(class.after_shift % shifts.len().max(1))?;
                let (from, to) = shift.span().week_interval();
                let wait = i64::from(rest + class.offset * 5);
                let anchor = match first_plan.pattern {
                    Pattern::Day => i64::from(to) + wait,
                    _ => i64::from(from) - wait - i64::from(length),
                };
                Some(ClassWant {
                    length,
                    anchor,
                    task: model
                        .tasks
                        .get(class.task % model.tasks.len().max(1))
                        .map(|task| task.id),
                    topic: Name::new(*TOPICS.get(c % TOPICS.len())?).ok()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        model.timetable = place_in(common, wants).unwrap_or_default();
    }
    let taken: Vec<(i64, i64)> = model
        .timetable
        .iter()
        .map(|class| {
            let (from, to) = class.span().week_interval();
            (i64::from(from), i64::from(to))
        })
        .collect();
    let shared_minutes: i64 = taken.iter().map(|(from, to)| to - from).sum();
    for (mut employment, wants, (extras, rota_weeks, dated)) in pending {
        // Own classes beside the shared ones, unless these give 4 hours and the plan says none.
        if shared_minutes < 240 || extras {
            let free = subtract(
                &free_stretches(employment.schedule.first_pattern(), rest),
                &taken,
            );
            employment.classes = place_in(free, wants)?;
        }
        // The classes sit outside every shift of the pattern; the rota's other weeks and the
        // dated changes only drop or repeat its shifts.
        as_rota(&mut employment, rota_weeks)?;
        if dated {
            swap_day(&mut employment);
        }
        model.employments.push(employment);
    }
    agreement.mode = Mode::Alternation(Alternation::EmployedStudy(model));
    Some(Parts {
        host,
        others: Vec::new(),
        students,
        agreement,
    })
}

/// Puts `job` on a rota of `weeks` weeks (nothing for 1) anchored on the Monday of its first
/// day: its pattern, the pattern without its last shift, and the pattern again.
fn as_rota(job: &mut Employment, weeks: u8) -> Option<()> {
    if weeks <= 1 {
        return Some(());
    }
    let pattern = job.schedule.first_pattern().clone();
    let mut shorter = pattern.shifts().to_vec();
    shorter.pop();
    let shorter = WeeklySchedule::new(shorter).ok()?;
    let cycle = [pattern.clone(), shorter, pattern];
    let cycle = cycle.into_iter().take(usize::from(weeks)).collect();
    job.schedule = crate::Schedule::rota(crate::week_monday(job.starts_on()), cycle).ok()?;
    Some(())
}

/// Gives `job` a day off on the first date from its eighth day on (and by its last day) that has
/// a pattern shift, and that shift again as an extra shift on the same date: a shift re-entered
/// as a dated change, planning the same work. Nothing when there is no such date.
fn swap_day(job: &mut Employment) {
    let Some(from) = add_days(job.starts_on(), 7) else {
        return;
    };
    let last = job.ends_on();
    let found = (0..21).filter_map(|k| add_days(from, k)).find_map(|day| {
        if last.is_some_and(|last| day > last) {
            return None;
        }
        let shift = job
            .schedule
            .pattern_for(day)
            .shifts()
            .iter()
            .find(|s| s.weekday() == day.weekday())
            .copied()?;
        crate::ExtraShift::new(
            day,
            shift.start(),
            shift.end(),
            shift.unpaid_break_minutes(),
        )
        .ok()
    });
    if let Some(extra) = found {
        job.days_off.push(extra.date());
        job.extra_shifts.push(extra);
    }
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
