//! Employed study: students employed full time by an enterprise, working in shifts and studying
//! after work, in classes that link what they learn to their job.

use std::fmt;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::schedule::Plan;
use crate::{
    EnterpriseId, Error, ExtraShift, Money, Name, PostId, Schedule, StudentId, TaskId, TimeOfDay,
    WeeklySpan,
};

/// A task of the student's job that classes can link learning to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct JobTask {
    /// The task's id.
    pub id: TaskId,
    /// What the task is.
    pub name: Name,
}

impl JobTask {
    /// The task `name`.
    pub fn new(id: TaskId, name: Name) -> Self {
        Self { id, name }
    }
}

/// A weekly class session after work: a weekday, a start and an end (past midnight when the end
/// is before the start), a topic, and the job task it links learning to.
///
/// Refuses an end equal to the start. Sessions of one employment may overlap: class time is the
/// union of their intervals.
///
/// ```
/// use chrono::Weekday;
/// use school_enterprise::{alternation::ClassSession, Name, TimeOfDay};
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let class = ClassSession::new(Weekday::Tue, t(19, 0), t(21, 0), Name::new("hydraulics")?)?;
/// assert_eq!(class.span().minutes(), 120);
/// assert!(ClassSession::new(Weekday::Tue, t(19, 0), t(19, 0), Name::new("x")?).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawClassSession", into = "RawClassSession")]
pub struct ClassSession {
    span: WeeklySpan,
    start: TimeOfDay,
    end: TimeOfDay,
    /// What the class is about.
    pub topic: Name,
    /// The job task the class links learning to, if it names one.
    pub task: Option<TaskId>,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawClassSession {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    topic: Name,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    task: Option<TaskId>,
}

impl TryFrom<RawClassSession> for ClassSession {
    type Error = Error;
    fn try_from(raw: RawClassSession) -> Result<Self, Error> {
        let mut class = Self::new(raw.weekday, raw.start, raw.end, raw.topic)?;
        class.task = raw.task;
        Ok(class)
    }
}

impl From<ClassSession> for RawClassSession {
    fn from(class: ClassSession) -> Self {
        Self {
            weekday: class.span.weekday(),
            start: class.start,
            end: class.end,
            topic: class.topic,
            task: class.task,
        }
    }
}

impl ClassSession {
    /// A class on `weekday` from `start` to `end` about `topic`, linked to no task yet. Refuses
    /// `end == start`.
    pub fn new(
        weekday: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
        topic: Name,
    ) -> Result<Self, Error> {
        let span = WeeklySpan::new("class session", weekday, start, end)?;
        Ok(Self {
            span,
            start,
            end,
            topic,
            task: None,
        })
    }

    /// This class, linked to `task`.
    pub fn linked_to(mut self, task: TaskId) -> Self {
        self.task = Some(task);
        self
    }

    /// The weekday the class starts on.
    pub fn weekday(&self) -> Weekday {
        self.span.weekday()
    }

    /// The start time.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// The end time (on the next day when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// The class's interval on the weekly cycle.
    pub fn span(&self) -> WeeklySpan {
        self.span
    }
}

impl fmt::Display for ClassSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}–{} ({})",
            self.weekday(),
            self.start,
            self.end,
            self.topic
        )
    }
}

impl std::str::FromStr for ClassSession {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: the weekday, two `HH:MM` times joined by an
    /// en dash (`–`) and the topic in parentheses. The session is linked to no task (the text
    /// does not name one): link it with [`ClassSession::linked_to`]. Refuses what
    /// [`ClassSession::new`] refuses.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use school_enterprise::{alternation::ClassSession, Name, TaskId};
    ///
    /// let class: ClassSession = "Tue 19:00–21:00 (hydraulics)".parse()?;
    /// assert_eq!(class, ClassSession::new(Weekday::Tue, "19:00".parse()?, "21:00".parse()?, Name::new("hydraulics")?)?);
    /// assert_eq!(class.to_string(), "Tue 19:00–21:00 (hydraulics)");
    /// assert_eq!(class.linked_to(TaskId::from_u128(4)).task, Some(TaskId::from_u128(4)));
    /// assert!("Tue 19:00–21:00".parse::<ClassSession>().is_err()); // no topic
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidText {
            what: "class session",
            value: s.to_owned(),
            example: "\"Tue 19:00–21:00 (hydraulics)\" (with an en dash)",
        };
        let (day, start, end, topic) = crate::schedule::split_timed_text(s).ok_or_else(invalid)?;
        let weekday = crate::schedule::weekday_from_text(day).ok_or_else(invalid)?;
        let topic = Name::for_field(topic.ok_or_else(invalid)?, "topic")?;
        Self::new(weekday, start, end, topic)
    }
}

/// One student's employment: full-time work in shifts at an enterprise, with classes after work.
///
/// Its first day is `starts_on`; its last day, `ends_on`, is optional (absent: open-ended).
/// Refuses a last day before the first day, in [`Employment::ending_on`],
/// [`Employment::set_dates`] and when read from JSON.
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use school_enterprise::alternation::*;
/// use school_enterprise::*;
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut job = Employment::builder()
///     .student(StudentId::from_u128(1))
///     .enterprise(EnterpriseId::from_u128(2))
///     .post(PostId::from_u128(3))
///     .contract_weekly_minutes(40 * 60)
///     .monthly_pay(Money::new(4_800_00, Currency::CNY))
///     .starts_on(day(2026, 3, 2))
///     .build()?
///     .ending_on(day(2027, 2, 28))?;
/// job.schedule = WeeklySchedule::new(vec![Shift::new(Weekday::Mon, t(8, 0), t(17, 0), 60)?])?.into();
/// job.tasks.push(JobTask::new(TaskId::from_u128(4), Name::new("line maintenance")?));
/// job.classes.push(ClassSession::new(Weekday::Mon, t(18, 0), t(20, 0), Name::new("PLCs")?)?
///     .linked_to(TaskId::from_u128(4)));
/// assert_eq!(job.classes[0].task, Some(TaskId::from_u128(4)));
/// assert_eq!(job.ends_on(), Some(day(2027, 2, 28)));
/// assert!(job.clone().ending_on(day(2026, 3, 1)).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// An employment's days, for its schedule, are its first day onward, to its last day when it has
/// one: pattern shifts are worked on those days only, and dated changes (a day off, an extra
/// shift) before `starts_on` or after `ends_on` are ignored by every rule, as RULES.md says. Reading from JSON refuses a date
/// listed twice in `days_off` and an extra shift that overlaps another shift worked on its date
/// ([`Employment::check_dated_changes`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawEmployment", into = "RawEmployment")]
#[non_exhaustive]
pub struct Employment {
    /// The student employed.
    pub student: StudentId,
    /// The employer.
    pub enterprise: EnterpriseId,
    /// The post the student holds.
    pub post: PostId,
    /// The weekly working time the contract states, in minutes (40 hours is 2,400).
    pub contract_weekly_minutes: u32,
    /// Pay per month.
    pub monthly_pay: Money,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
    /// The shift pattern: one weekly pattern, or a rota.
    pub schedule: Schedule,
    /// Dates with no work; a day off cancels the pattern's shifts that start on it. Dates outside
    /// the employment's days are ignored.
    pub days_off: Vec<NaiveDate>,
    /// Shifts worked on a date beside the schedule. Those outside the employment's days are
    /// ignored.
    pub extra_shifts: Vec<ExtraShift>,
    /// The employment's own tasks, beside the class's shared task list.
    pub tasks: Vec<JobTask>,
    /// The employment's own weekly class sessions after work, beside the class's shared
    /// timetable.
    pub classes: Vec<ClassSession>,
}

#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawEmployment {
    student: StudentId,
    enterprise: EnterpriseId,
    post: PostId,
    contract_weekly_minutes: u32,
    monthly_pay: Money,
    #[serde(deserialize_with = "crate::date_serde::date")]
    starts_on: NaiveDate,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::date_serde::option"
    )]
    ends_on: Option<NaiveDate>,
    #[serde(default)]
    schedule: Schedule,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::date_serde::list"
    )]
    days_off: Vec<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    extra_shifts: Vec<ExtraShift>,
    #[serde(default)]
    tasks: Vec<JobTask>,
    #[serde(default)]
    classes: Vec<ClassSession>,
}

impl TryFrom<RawEmployment> for Employment {
    type Error = Error;
    fn try_from(raw: RawEmployment) -> Result<Self, Error> {
        let mut builder = Self::builder()
            .student(raw.student)
            .enterprise(raw.enterprise)
            .post(raw.post)
            .contract_weekly_minutes(raw.contract_weekly_minutes)
            .monthly_pay(raw.monthly_pay)
            .starts_on(raw.starts_on)
            .schedule(raw.schedule)
            .days_off(raw.days_off)
            .extra_shifts(raw.extra_shifts)
            .tasks(raw.tasks)
            .classes(raw.classes);
        if let Some(last) = raw.ends_on {
            builder = builder.ends_on(last);
        }
        builder.build()
    }
}

impl From<Employment> for RawEmployment {
    fn from(job: Employment) -> Self {
        Self {
            student: job.student,
            enterprise: job.enterprise,
            post: job.post,
            contract_weekly_minutes: job.contract_weekly_minutes,
            monthly_pay: job.monthly_pay,
            starts_on: job.starts_on,
            ends_on: job.ends_on,
            schedule: job.schedule,
            days_off: job.days_off,
            extra_shifts: job.extra_shifts,
            tasks: job.tasks,
            classes: job.classes,
        }
    }
}

impl Employment {
    /// An open-ended employment from `starts_on`, with no shifts, tasks or classes yet.
    #[deprecated(note = "use EmploymentBuilder: `Employment::builder()` names each field")]
    pub fn new(
        student: StudentId,
        enterprise: EnterpriseId,
        post: PostId,
        contract_weekly_minutes: u32,
        monthly_pay: Money,
        starts_on: NaiveDate,
    ) -> Self {
        Self {
            student,
            enterprise,
            post,
            contract_weekly_minutes,
            monthly_pay,
            starts_on,
            ends_on: None,
            schedule: Schedule::default(),
            days_off: Vec::new(),
            extra_shifts: Vec::new(),
            tasks: Vec::new(),
            classes: Vec::new(),
        }
    }

    /// This employment, ending on `last` (its last day, included). Refuses a last day before
    /// the first day.
    pub fn ending_on(mut self, last: NaiveDate) -> Result<Self, Error> {
        self.set_dates(self.starts_on, Some(last))?;
        Ok(self)
    }

    /// Sets the first day and the last day (`None`: open-ended). Refuses a last day before the
    /// first day, and then changes nothing.
    pub fn set_dates(
        &mut self,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    ) -> Result<(), Error> {
        if let Some(last) = ends_on.filter(|last| *last < starts_on) {
            return Err(Error::LastDayBeforeFirst {
                field: "ends_on",
                last,
                first_field: "starts_on",
                first: starts_on,
            });
        }
        self.starts_on = starts_on;
        self.ends_on = ends_on;
        Ok(())
    }

    /// The first day of employment.
    pub fn starts_on(&self) -> NaiveDate {
        self.starts_on
    }

    /// The last day of employment, if it has one (`None`: open-ended).
    pub fn ends_on(&self) -> Option<NaiveDate> {
        self.ends_on
    }
}

impl Employment {
    /// The schedule, its dated changes and the employment's days (from its first day), as the
    /// rules read them.
    pub(crate) fn plan(&self) -> Plan<'_> {
        Plan::new(
            &self.schedule,
            &self.days_off,
            &self.extra_shifts,
            self.starts_on,
            self.ends_on,
        )
    }

    /// Checks what the dated changes need the whole employment for, as
    /// [`Placement::check_dated_changes`](crate::Placement::check_dated_changes) does. Reading
    /// from JSON runs this check.
    pub fn check_dated_changes(&self) -> Result<(), Error> {
        self.plan().validate()
    }
}

/// Employed study: full-time employees of the enterprise who study after work.
///
/// A class's timetable and task list are entered once, in `timetable` and `tasks`, and apply to
/// every employment; each employment may add its own classes and tasks. Task ids share one id
/// space: a task of the shared list and a task of an employment may not share an id
/// (`agreement.unique_ids`).
///
/// ```
/// use chrono::Weekday;
/// use school_enterprise::alternation::*;
/// use school_enterprise::*;
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let mut model = EmployedStudy::new();
/// model.tasks.push(JobTask::new(TaskId::from_u128(4), Name::new("line maintenance")?));
/// model.timetable.push(ClassSession::new(Weekday::Mon, t(18, 0), t(20, 0), Name::new("PLCs")?)?
///     .linked_to(TaskId::from_u128(4)));
/// assert!(model.employments.is_empty());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EmployedStudy {
    /// The class sessions shared by the whole class, entered once: they apply to every
    /// employment.
    #[serde(default)]
    pub timetable: Vec<ClassSession>,
    /// The job tasks shared by the whole class, entered once: they are tasks of every
    /// employment.
    #[serde(default)]
    pub tasks: Vec<JobTask>,
    /// One employment per student.
    #[serde(default)]
    pub employments: Vec<Employment>,
}

impl EmployedStudy {
    /// Employed study with no employments yet.
    pub fn new() -> Self {
        Self::default()
    }
}

crate::builder::builder! {
    /// Builds an [`Employment`] with named setters.
    ///
    /// The contract's weekly working time is in minutes, like every duration of working time
    /// (40 hours is `40 * 60`).
    ///
    /// ```
    /// use chrono::{NaiveDate, Weekday};
    /// use school_enterprise::alternation::*;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let job = Employment::builder()
    ///     .student(StudentId::from_u128(1))
    ///     .enterprise(EnterpriseId::from_u128(2))
    ///     .post(PostId::from_u128(3))
    ///     .contract_weekly_minutes(40 * 60)
    ///     .monthly_pay(Money::new(4_800_00, Currency::CNY))
    ///     .starts_on(d(2026, 3, 2))
    ///     .ends_on(d(2027, 2, 28))
    ///     .schedule(WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:00–17:00".parse()?, 60)?.into())
    ///     .build()?;
    /// assert_eq!(job.ends_on(), Some(d(2027, 2, 28)));
    /// let reversed = Employment::builder().student(StudentId::from_u128(1))
    ///     .enterprise(EnterpriseId::from_u128(2)).post(PostId::from_u128(3))
    ///     .contract_weekly_minutes(2400).monthly_pay(Money::new(4_800_00, Currency::CNY))
    ///     .starts_on(d(2026, 3, 2)).ends_on(d(2026, 3, 1)).build();
    /// assert!(matches!(reversed, Err(Error::LastDayBeforeFirst { field: "ends_on", .. })));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    EmploymentBuilder => Employment {
        required {
            /// The student employed.
            student: StudentId,
            /// The employer.
            enterprise: EnterpriseId,
            /// The post the student holds.
            post: PostId,
            /// The weekly working time the contract states, in minutes.
            contract_weekly_minutes: u32,
            /// Pay per month.
            monthly_pay: Money,
            /// The first day of employment.
            starts_on: NaiveDate,
        }
        names {}
        optional {
            /// The last day of employment (unset: open-ended). Refused at `build()` when before
            /// the first day.
            ends_on: NaiveDate,
        }
        lists {
            /// Dates with no work.
            days_off / day_off: Vec<NaiveDate> => NaiveDate,
            /// Shifts worked on a date beside the schedule.
            extra_shifts / extra_shift: Vec<ExtraShift> => ExtraShift,
            /// The employment's own tasks.
            tasks / task: Vec<JobTask> => JobTask,
            /// The employment's own weekly class sessions after work.
            classes / class: Vec<ClassSession> => ClassSession,
        }
        defaults {
            /// The shift pattern; no shifts unless set.
            schedule: Schedule = Schedule::default(),
        }
        check = |job: &Employment| -> Result<(), Error> {
            if let Some(last) = job.ends_on.filter(|last| *last < job.starts_on) {
                return Err(Error::LastDayBeforeFirst {
                    field: "ends_on",
                    last,
                    first_field: "starts_on",
                    first: job.starts_on,
                });
            }
            job.check_dated_changes()
        };
    }
}
