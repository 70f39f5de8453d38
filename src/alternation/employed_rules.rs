//! The employed-study rules (`employed_study.*`), the working-time rules on each employment's
//! shift pattern (never exempted), and the agreement rules over its elements.
//!
//! An employment whose student, enterprise or post does not resolve is reported once
//! (`agreement.references_resolve`) and skipped by every other rule. A class naming a task
//! neither the employment nor the shared task list has is reported the same way, and is
//! otherwise read as usual. An employment whose post is not one of its employer's
//! (`employed_study.post_at_employer`) is skipped by `employed_study.minor_work`.
//!
//! The class rules read the class's shared timetable (see [`super::timetable`]) and the
//! employment's own sessions. A violation about a shared session reports at the employment,
//! naming the session (`session`: its path); one about an own session at the session.

use std::cmp::Ordering;

use super::employed::{ClassSession, EmployedStudy, Employment};
use super::timetable::Timetable;
use super::weekly::{merge, WidenedShifts};
use crate::agreement::{check_participation, dangling};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::Worked;
use crate::schedule::ShiftSource;
use crate::worktime::{self, hours, Worker};
use crate::{
    age_on, has_reached_age, CheckContext, CooperationAgreement, DateRange, Enterprise,
    HostCalendar, Post, RuleCode, Student, TaskId,
};
use crate::{FigureValue, PhraseKey, Quantity, Unit};

/// Scratch space reused from one employment to the next.
#[derive(Debug, Default)]
struct Scratch {
    tasks: Vec<TaskId>,
    intervals: Vec<(u32, u32)>,
    widened: WidenedShifts,
    worked: Worked,
}

/// Runs every employed-study rule on `model`, found at `at` in `agreement`.
pub(crate) fn check(
    model: &EmployedStudy,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let registry = ctx.registry();
    let mut scratch = Scratch::default();
    let timetable = Timetable::new(model, at, sink);
    let shared = Shared {
        model,
        timetable: &timetable,
        at,
    };
    let employments_at = at.field("employments");
    for (i, job) in model.employments.iter().enumerate() {
        let here = employments_at.index(i);
        resolve_tasks(job, &timetable, &mut scratch.tasks, here, sink);
        let student = registry.student(job.student);
        if student.is_none() {
            dangling(sink, here.field("student"), "student", job.student);
        }
        let enterprise = registry.enterprise(job.enterprise);
        if enterprise.is_none() {
            dangling(sink, here.field("enterprise"), "enterprise", job.enterprise);
        }
        let post = registry.post(job.post);
        if post.is_none() {
            dangling(sink, here.field("post"), "post", job.post);
        }
        let (Some(student), Some(employer), Some((holder, post))) = (student, enterprise, post)
        else {
            continue;
        };
        let days = participation(job, student, agreement);

        full_time(job, here, sink);
        working_age(job, student, here, sink);
        if post_at_employer(job, holder, here, sink) {
            minor_work(student, post, days.first(), here, sink);
        }
        min_wage(job, here, sink);
        let worker = Worker {
            birth_date: student.birth_date,
            first_day: days.first(),
        };
        // The employer's weekly rest days and the official calendar give a dated week's limit.
        let calendar = HostCalendar::for_host(sink.policy(), employer);
        worktime::check_schedule(
            &job.plan(),
            calendar,
            worker,
            here,
            Scope::Plain,
            &mut scratch.worked,
            sink,
        );
        classes(job, &shared, &mut scratch, here, sink);
        check_participation(agreement, registry, job.student, days, here, sink);
    }
}

/// The class-level timetable and task list, and where the model is.
#[derive(Clone, Copy)]
struct Shared<'a> {
    model: &'a EmployedStudy,
    timetable: &'a Timetable,
    at: Loc<'a>,
}

/// The days on which the student takes part (RULES.md, Participation): those on which the
/// employment (first day to last, when it has one), the student's enrollment and the agreement's
/// validity all hold; with no such day, the later of the employment's first day and the
/// agreement's first day.
fn participation(
    job: &Employment,
    student: &Student,
    agreement: &CooperationAgreement,
) -> DateRange {
    let validity = agreement.validity;
    let first = job
        .starts_on()
        .max(student.enrolled_on)
        .max(validity.first());
    let last = job
        .ends_on()
        .map_or(validity.last(), |end| end.min(validity.last()));
    let last = last.min(student.expected_graduation);
    DateRange::new(first, last)
        .unwrap_or_else(|_| DateRange::single(job.starts_on().max(validity.first())))
}

/// Reports classes naming a task neither the employment nor the shared task list has, and leaves
/// the employment's own task ids in `tasks`, sorted.
fn resolve_tasks(
    job: &Employment,
    timetable: &Timetable,
    tasks: &mut Vec<TaskId>,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    tasks.clear();
    tasks.extend(job.tasks.iter().map(|task| task.id));
    tasks.sort_unstable();
    let classes_at = here.field("classes");
    for (c, class) in job.classes.iter().enumerate() {
        let unknown = |id: &TaskId| tasks.binary_search(id).is_err() && !timetable.has_task(*id);
        if let Some(task) = class.task.filter(unknown) {
            let class_at = classes_at.index(c);
            dangling(sink, class_at.field("task"), "task of the employment", task);
        }
    }
}

/// `employed_study.full_time`.
fn full_time(job: &Employment, here: Loc<'_>, sink: &mut Sink<'_>) {
    let limit = sink.policy().part_time_weekly_hours_max;
    let contract = u64::from(job.contract_weekly_minutes);
    if contract <= u64::from(limit) * 60 {
        sink.push(
            RuleCode::EmployedStudyFullTime,
            here,
            Scope::Plain,
            "the contract's weekly hours are those of part-time work".to_owned(),
            vec![
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::MoreThan,
                        [Quantity::count(limit, Unit::Hours).into()],
                    ),
                ),
                Figure::new("actual", hours(contract)),
            ],
        );
    }
}

/// `employed_study.working_age`.
fn working_age(job: &Employment, student: &Student, here: Loc<'_>, sink: &mut Sink<'_>) {
    let min = sink.policy().min_working_age;
    if !has_reached_age(student.birth_date, min, job.starts_on()) {
        sink.push(
            RuleCode::EmployedStudyWorkingAge,
            here,
            Scope::Plain,
            "the student is below the minimum working age on the first day of employment"
                .to_owned(),
            vec![
                Figure::new("limit", Quantity::count(min, Unit::YearsOfAge)),
                Figure::new(
                    "age",
                    Quantity::count(
                        age_on(student.birth_date, job.starts_on()),
                        Unit::YearsOfAge,
                    ),
                ),
                Figure::new("birth_date", student.birth_date),
                Figure::new("first_day", job.starts_on()),
            ],
        );
    }
}

/// `employed_study.post_at_employer`: whether the employment's post is one of its employer's
/// posts (`holder` holds it); reports it when not.
fn post_at_employer(
    job: &Employment,
    holder: &Enterprise,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) -> bool {
    if holder.id == job.enterprise {
        return true;
    }
    sink.push(
        RuleCode::EmployedStudyPostAtEmployer,
        here,
        Scope::Plain,
        "the post is not one of the employer's posts".to_owned(),
        vec![
            Figure::new("post", job.post),
            Figure::new("employer", job.enterprise),
            Figure::new("post_held_by", holder.id),
        ],
    );
    false
}

/// `employed_study.minor_work`, judging age on `first_day`, the first day of participation.
fn minor_work(
    student: &Student,
    post: &Post,
    first_day: chrono::NaiveDate,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let adult_age = policy.adult_age;
    if has_reached_age(student.birth_date, adult_age, first_day) {
        return;
    }
    if let Some(why) = policy.minors_post_fault(post) {
        let mut figures = vec![
            Figure::new("adult_age", adult_age),
            Figure::new("birth_date", student.birth_date),
            Figure::new("first_day", first_day),
            Figure::new("post", post.id),
        ];
        figures.extend(why);
        sink.push(
            RuleCode::EmployedStudyMinorWork,
            here,
            Scope::Plain,
            "the post is forbidden for minors and the student is under the adult age".to_owned(),
            figures,
        );
    }
}

/// `employed_study.min_wage` (off while the policy has no figure).
fn min_wage(job: &Employment, here: Loc<'_>, sink: &mut Sink<'_>) {
    let Some(minimum) = sink.policy().local_min_monthly_wage else {
        return;
    };
    let message = match job.monthly_pay.compare(&minimum) {
        Some(Ordering::Less) => "monthly pay is below the local minimum wage",
        None => "monthly pay is in another currency than the local minimum wage",
        Some(_) => return,
    };
    sink.push(
        RuleCode::EmployedStudyMinWage,
        here,
        Scope::Plain,
        message.to_owned(),
        vec![
            Figure::new("limit", minimum),
            Figure::new("actual", job.monthly_pay),
        ],
    );
}

/// The rules over the classes, the shared timetable's and the employment's own:
/// `employed_study.class_outside_shift`, `employed_study.class_linked_to_job`,
/// `employed_study.weekly_study_minimum` and `employed_study.weekly_load`.
fn classes(
    job: &Employment,
    shared: &Shared<'_>,
    scratch: &mut Scratch,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let rest = policy.min_rest_between_work_and_class_minutes;
    // Every shift of every pattern and every extra shift, tagged by its position in that order.
    let plan = job.plan();
    scratch.widened.fill(
        worktime::every_shift(&plan)
            .enumerate()
            .map(|(k, (_, shift))| (shift.span().week_interval(), k)),
        job.schedule
            .weeks()
            .iter()
            .map(|p| p.shifts().len())
            .sum::<usize>()
            .saturating_add(job.extra_shifts.len()),
        rest,
    );
    let classes_at = here.field("classes");
    let timetable_at = shared.at.field("timetable");
    let outside = OutsideShift {
        job,
        widened: &scratch.widened,
        rest,
        here,
    };
    // The shared sessions, read against this employment's shifts only when some shift meets
    // their union.
    if scratch.widened.meets_any(&shared.timetable.covered) {
        for (c, class) in shared.model.timetable.iter().enumerate() {
            let session = timetable_at.index(c);
            outside.check(class, here, Some(session), sink);
        }
    }
    for i in shared.timetable.unlinked(&scratch.tasks) {
        if let Some(class) = shared.model.timetable.get(i) {
            sink.push(
                RuleCode::EmployedStudyClassLinkedToJob,
                here,
                Scope::Plain,
                "a class of the shared timetable names a task the employment does not have"
                    .to_owned(),
                vec![
                    Figure::new("class", class),
                    Figure::new("session", timetable_at.index(i).to_path()),
                    Figure::new(
                        "task",
                        class.task.map(|t| t.to_string()).unwrap_or_default(),
                    ),
                ],
            );
        }
    }
    for (c, class) in job.classes.iter().enumerate() {
        let class_at = classes_at.index(c);
        outside.check(class, class_at, None, sink);
        if class.task.is_none() {
            sink.push(
                RuleCode::EmployedStudyClassLinkedToJob,
                class_at,
                Scope::Plain,
                "the class names no job task to link learning to".to_owned(),
                vec![Figure::new("class", class)],
            );
        }
    }

    merge(
        job.classes.iter().map(|class| class.span().week_interval()),
        &mut scratch.intervals,
    );
    let class_minutes = shared.timetable.covered.minutes_with(&scratch.intervals);
    let minimum = u64::from(policy.min_weekly_study_hours) * 60;
    if class_minutes < minimum {
        sink.push(
            RuleCode::EmployedStudyWeeklyStudyMinimum,
            classes_at,
            Scope::Plain,
            "too little class time per week".to_owned(),
            vec![
                Figure::new("limit", hours(minimum)),
                Figure::new("actual", hours(class_minutes)),
            ],
        );
    }
    weekly_load(job, class_minutes, scratch, here, sink);
}

/// `employed_study.weekly_load`: each pattern of the cycle, at the employment for revision 1's
/// form and at `schedule.weeks[w]` for a rota, and each calendar week that holds a dated change,
/// as worked, at its earliest dated change (naming its Monday, `week`) when its pattern passes.
/// The classes are weekly, so each week's class time is the same.
fn weekly_load(
    job: &Employment,
    class_minutes: u64,
    scratch: &mut Scratch,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let maximum = u64::from(sink.policy().max_weekly_load_hours) * 60;
    let push = |sink: &mut Sink<'_>, at: Loc<'_>, work: u64, week: Option<chrono::NaiveDate>| {
        let load = work.saturating_add(class_minutes);
        let mut figures = vec![
            Figure::new("limit", hours(maximum)),
            Figure::new("actual", hours(load)),
            Figure::new("work", hours(work)),
            Figure::new("classes", hours(class_minutes)),
        ];
        if let Some(monday) = week {
            figures.insert(0, Figure::new("week", monday));
        }
        sink.push(
            RuleCode::EmployedStudyWeeklyLoad,
            at,
            Scope::Plain,
            "working time plus class time per week is too high".to_owned(),
            figures,
        );
    };
    let schedule = &job.schedule;
    let schedule_at = here.field("schedule");
    for (w, pattern) in scratch.worked.patterns().enumerate() {
        let work = pattern.weekly;
        if work.saturating_add(class_minutes) > maximum {
            if schedule.is_rota() {
                worktime::at_pattern(schedule, schedule_at, w, |at| push(sink, at, work, None));
            } else {
                push(sink, here, work, None);
            }
        }
    }
    // `check_schedule` filled the weeks of this employment's plan.
    for week in &scratch.worked.weeks {
        let pattern = scratch.worked.pattern(week.pattern).weekly;
        if pattern.saturating_add(class_minutes) <= maximum
            && week.minutes.saturating_add(class_minutes) > maximum
        {
            worktime::at_change(here, week.change, |at| {
                push(sink, at, week.minutes, Some(week.monday))
            });
        }
    }
}

/// `employed_study.class_outside_shift` for one class of the employment at `here`: reported at
/// `at`, naming the shared `session` it is, if it is one.
struct OutsideShift<'a, 'l> {
    job: &'a Employment,
    widened: &'a WidenedShifts,
    rest: u32,
    here: Loc<'l>,
}

impl OutsideShift<'_, '_> {
    fn check(
        &self,
        class: &ClassSession,
        at: Loc<'_>,
        session: Option<Loc<'_>>,
        sink: &mut Sink<'_>,
    ) {
        let Some(k) = self.widened.overlapping(class.span().week_interval()) else {
            return;
        };
        let mut figures = vec![
            Figure::new("class", class),
            Figure::new("min_rest", Quantity::count(self.rest, Unit::Minutes)),
        ];
        let job = self.job;
        let plan = job.plan();
        if let Some((source, shift)) = worktime::every_shift(&plan).nth(k) {
            match source {
                ShiftSource::Extra(j) => {
                    if let Some(extra) = job.extra_shifts.get(j) {
                        figures.insert(1, Figure::new("shift", extra));
                        figures.push(Figure::new("date", extra.date()));
                    }
                }
                ShiftSource::Pattern { .. } => {
                    figures.insert(1, Figure::new("shift", shift));
                    figures.push(Figure::new("day", shift.weekday()));
                }
            }
            let path = worktime::at_shift(&job.schedule, self.here, source, |at| at.to_path());
            figures.push(Figure::new("shift_at", path));
        }
        if let Some(session) = session {
            figures.push(Figure::new("session", session.to_path()));
        }
        sink.push(
            RuleCode::EmployedStudyClassOutsideShift,
            at,
            Scope::Plain,
            "the class is too close to a shift, or during one".to_owned(),
            figures,
        );
    }
}
