//! The interaction model: practice bases, contributed resources, the joint teaching plan, the
//! enterprise professionals assigned to teach, and the practical sessions at the bases.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::introduced::SessionTime;
use crate::{
    BaseId, ContributionId, CourseId, DateRange, Error, InstructorId, Money, Name, SessionId, Side,
    StudentId,
};

/// A practice base the enterprise provides.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PracticeBase {
    /// The base's id.
    pub id: BaseId,
    /// The base's name.
    pub name: Name,
    /// How many students it takes at once.
    pub capacity: u32,
    /// The days the enterprise provides it.
    pub provided: DateRange,
}

impl PracticeBase {
    /// A base for `capacity` students at once, provided on `provided`.
    pub fn new(id: BaseId, name: Name, capacity: u32, provided: DateRange) -> Self {
        Self {
            id,
            name,
            capacity,
            provided,
        }
    }
}

/// What kind of resource a side contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResourceKind {
    /// Equipment (machines, tools, instruments).
    Equipment,
    /// Raw material.
    Material,
    /// Funding.
    Funding,
}

/// A contribution of equipment, raw material or funding: how much, what it is worth, and when it
/// is delivered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Resource {
    /// The contribution's id (what courses name in [`Course::uses`]).
    pub id: ContributionId,
    /// Who contributes it.
    pub side: Side,
    /// What kind of resource it is.
    pub kind: ResourceKind,
    /// What it is, for people.
    pub description: Name,
    /// How many units (machines, tonnes, batches; one for funding).
    pub quantity: u32,
    /// What it is worth.
    pub value: Money,
    /// The day it is delivered, where a delivery is scheduled.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub delivered_on: Option<NaiveDate>,
}

impl Resource {
    /// A contribution with no delivery date yet.
    #[deprecated(note = "use ResourceBuilder: `Resource::builder()` names each field")]
    pub fn new(
        id: ContributionId,
        side: Side,
        kind: ResourceKind,
        description: Name,
        quantity: u32,
        value: Money,
    ) -> Self {
        Self {
            id,
            side,
            kind,
            description,
            quantity,
            value,
            delivered_on: None,
        }
    }
}

/// Whether a course is professional (of the major) or general.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CourseKind {
    /// A professional course of the major.
    Professional,
    /// A general course (language, mathematics, civics, ...).
    General,
}

/// A course's total hours and, of those, its practical hours. Refuses practical hours above the
/// total; either may be zero.
///
/// ```
/// use school_enterprise::interaction::CourseHours;
///
/// let hours = CourseHours::new(120, 60)?;
/// assert_eq!((hours.total(), hours.practical()), (120, 60));
/// assert!(CourseHours::new(60, 61).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawCourseHours")]
pub struct CourseHours {
    total: u32,
    practical: u32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawCourseHours {
    total: u32,
    practical: u32,
}

impl TryFrom<RawCourseHours> for CourseHours {
    type Error = Error;
    fn try_from(raw: RawCourseHours) -> Result<Self, Error> {
        Self::new(raw.total, raw.practical)
    }
}

impl CourseHours {
    /// `total` hours, `practical` of them practical. Refuses `practical > total`.
    pub fn new(total: u32, practical: u32) -> Result<Self, Error> {
        if practical > total {
            return Err(Error::PracticalAboveTotal { practical, total });
        }
        Ok(Self { total, practical })
    }

    /// The total hours.
    pub fn total(&self) -> u32 {
        self.total
    }

    /// The practical hours (at most the total).
    pub fn practical(&self) -> u32 {
        self.practical
    }
}

/// An instructor's share of a course: who teaches, and how many hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Teaching {
    /// The instructor (a school teacher or an enterprise professional).
    pub instructor: InstructorId,
    /// The hours they teach.
    pub hours: u32,
}

impl Teaching {
    /// `instructor` teaching `hours` hours.
    pub fn new(instructor: InstructorId, hours: u32) -> Self {
        Self { instructor, hours }
    }
}

impl From<(InstructorId, u32)> for Teaching {
    /// `(instructor, hours)`: [`Teaching::new`], so that a course's instructors can be listed as
    /// pairs (`CourseBuilder::instructors([(teacher, 48), (engineer, 16)])`).
    ///
    /// ```
    /// use school_enterprise::interaction::Teaching;
    /// use school_enterprise::InstructorId;
    ///
    /// let engineer = InstructorId::from_u128(7);
    /// assert_eq!(Teaching::from((engineer, 16)), Teaching::new(engineer, 16));
    /// ```
    fn from((instructor, hours): (InstructorId, u32)) -> Self {
        Self::new(instructor, hours)
    }
}

/// A course of the teaching plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Course {
    /// The course's id.
    pub id: CourseId,
    /// The course's name.
    pub name: Name,
    /// Professional or general.
    pub kind: CourseKind,
    /// The days it runs.
    pub dates: DateRange,
    /// Its total and practical hours.
    pub hours: CourseHours,
    /// Who teaches it, with their hours.
    #[serde(default)]
    pub instructors: Vec<Teaching>,
    /// The contributed resources it uses ([`Resource::id`]), each with the day the course needs
    /// it where that is later than its first day.
    #[serde(default)]
    pub uses: Vec<super::ResourceUse>,
}

impl Course {
    /// A course with no instructors and no resources yet.
    #[deprecated(note = "use CourseBuilder: `Course::builder()` names each field")]
    pub fn new(
        id: CourseId,
        name: Name,
        kind: CourseKind,
        dates: DateRange,
        hours: CourseHours,
    ) -> Self {
        Self {
            id,
            name,
            kind,
            dates,
            hours,
            instructors: Vec::new(),
            uses: Vec::new(),
        }
    }
}

/// The approvals of a teaching plan, each dated when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Approvals {
    /// The school's approval.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub school: Option<NaiveDate>,
    /// The enterprise's approval.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub enterprise: Option<NaiveDate>,
}

impl Approvals {
    /// Approvals given by the school on `school` and by the enterprise on `enterprise`.
    pub fn new(school: Option<NaiveDate>, enterprise: Option<NaiveDate>) -> Self {
        Self { school, enterprise }
    }
}

/// The teaching plan school and enterprise write together: its courses and its approvals.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TeachingPlan {
    /// The courses.
    pub courses: Vec<Course>,
    /// Who approved the plan, and when.
    pub approvals: Approvals,
}

impl TeachingPlan {
    /// A plan with no courses and no approvals yet.
    pub fn new() -> Self {
        Self::default()
    }
}

/// A practical session at a base: when, and which students.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PracticalSession {
    /// The session's id.
    pub id: SessionId,
    /// The base it is held at.
    pub base: BaseId,
    /// When it takes place.
    pub time: SessionTime,
    /// The students who take part.
    #[serde(default)]
    pub students: Vec<StudentId>,
}

impl PracticalSession {
    /// A session at `base` at `time`, with no students yet.
    pub fn new(id: SessionId, base: BaseId, time: SessionTime) -> Self {
        Self {
            id,
            base,
            time,
            students: Vec::new(),
        }
    }
}

/// A school-enterprise interaction: the enterprise provides practice bases, equipment and raw
/// materials, takes part in the teaching plan and sends professionals to teach.
///
/// The teaching plan is optional: an interaction limited to bases and resources has none, and the
/// plan rules judge a plan where there is one. In JSON every field may be left out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Interaction {
    /// The practice bases the enterprise provides.
    #[serde(default)]
    pub bases: Vec<PracticeBase>,
    /// Equipment, raw material and funding each side contributes.
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// The joint teaching plan, where there is one.
    #[serde(default)]
    pub plan: Option<TeachingPlan>,
    /// The enterprise professionals assigned to teach.
    #[serde(default)]
    pub professionals: Vec<InstructorId>,
    /// The practical sessions at the bases.
    #[serde(default)]
    pub sessions: Vec<PracticalSession>,
}

impl Interaction {
    /// An empty model: no bases, resources, plan, professionals or sessions.
    pub fn new() -> Self {
        Self::default()
    }
}

crate::builder::builder! {
    /// Builds a [`PracticeBase`] with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::interaction::PracticeBase;
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let base = PracticeBase::builder()
    ///     .id(BaseId::from_u128(1))
    ///     .name("welding workshop")
    ///     .capacity(20)
    ///     .provided(DateRange::new(d(3, 1), d(12, 31))?)
    ///     .build()?;
    /// assert_eq!(base.capacity, 20);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PracticeBaseBuilder => PracticeBase {
        required {
            /// The base's id.
            id: BaseId,
            /// How many students it takes at once.
            capacity: u32,
            /// The days the enterprise provides it.
            provided: DateRange,
        }
        names {
            /// The base's name.
            name,
        }
        optional {}
        lists {}
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`Resource`] (equipment, material or funding contributed) with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::interaction::{Resource, ResourceKind};
    /// use school_enterprise::*;
    ///
    /// let robots = Resource::builder()
    ///     .id(ContributionId::from_u128(1))
    ///     .side(Side::Enterprise)
    ///     .kind(ResourceKind::Equipment)
    ///     .description("welding robots")
    ///     .quantity(4)
    ///     .value(Money::new(800_000_00, Currency::CNY))
    ///     .delivered_on(NaiveDate::from_ymd_opt(2026, 2, 20).unwrap())
    ///     .build()?;
    /// assert_eq!(robots.quantity, 4);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ResourceBuilder => Resource {
        required {
            /// The contribution's id.
            id: ContributionId,
            /// Who contributes it.
            side: Side,
            /// What kind of resource it is.
            kind: ResourceKind,
            /// How many units.
            quantity: u32,
            /// What it is worth.
            value: Money,
        }
        names {
            /// What it is, for people.
            description,
        }
        optional {
            /// The day it is delivered.
            delivered_on: NaiveDate,
        }
        lists {}
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`Course`] of the teaching plan with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::interaction::{Course, CourseHours, CourseKind, Teaching};
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let welding = Course::builder()
    ///     .id(CourseId::from_u128(1))
    ///     .name("welding practice")
    ///     .kind(CourseKind::Professional)
    ///     .dates(DateRange::new(d(3, 2), d(7, 10))?)
    ///     .hours(CourseHours::new(96, 64)?)
    ///     .instructor(Teaching::new(InstructorId::from_u128(2), 64))
    ///     .build()?;
    /// assert_eq!(welding.hours.practical(), 64);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    CourseBuilder => Course {
        required {
            /// The course's id.
            id: CourseId,
            /// Professional or general.
            kind: CourseKind,
            /// The days it runs.
            dates: DateRange,
            /// Its total and practical hours.
            hours: CourseHours,
        }
        names {
            /// The course's name.
            name,
        }
        optional {}
        lists {
            /// Who teaches it, with their hours.
            instructors / instructor: Vec<Teaching> => Teaching,
            /// The contributed resources it uses.
            uses / resource_use: Vec<super::ResourceUse> => super::ResourceUse,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`PracticalSession`] with named setters; [`weekly`](Self::weekly) builds a
    /// series of them.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::interaction::PracticalSession;
    /// use school_enterprise::introduced::SessionTime;
    /// use school_enterprise::*;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 11).unwrap();
    /// let session = PracticalSession::builder()
    ///     .id(SessionId::from_u128(1))
    ///     .base(BaseId::from_u128(2))
    ///     .time(SessionTime::new(day, "14:00".parse()?, "17:00".parse()?)?)
    ///     .student(StudentId::from_u128(3))
    ///     .build()?;
    /// assert_eq!(session.students, [StudentId::from_u128(3)]);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    PracticalSessionBuilder => PracticalSession {
        required {
            /// The session's id.
            id: SessionId,
            /// The base it is held at.
            base: BaseId,
            /// When it takes place.
            time: SessionTime,
        }
        names {}
        optional {}
        lists {
            /// The students who take part.
            students / student: Vec<StudentId> => StudentId,
        }
        defaults {}
    }
}

impl PracticalSessionBuilder {
    /// One session per time of `recurrence`, each a copy of this builder's base and students,
    /// with the time set and the id `id(n)` for the `n`th session (from 0). The builder's own id
    /// and time, if set, are replaced.
    ///
    /// ```
    /// use chrono::{NaiveDate, Weekday};
    /// use school_enterprise::interaction::PracticalSession;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let wednesdays = Recurrence::weekly([Weekday::Wed], "14:00".parse()?, "17:00".parse()?,
    ///     DateRange::new(d(2025, 9, 1), d(2026, 1, 16))?)?;
    /// let sessions = PracticalSession::builder()
    ///     .base(BaseId::from_u128(1))
    ///     .student(StudentId::from_u128(2))
    ///     .weekly(&wednesdays, |n| SessionId::from_u128(500 + n as u128))?;
    /// assert_eq!(sessions.len(), 20);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn weekly(
        self,
        recurrence: &crate::Recurrence,
        mut id: impl FnMut(usize) -> SessionId,
    ) -> Result<Vec<PracticalSession>, Error> {
        recurrence
            .times()
            .enumerate()
            .map(|(n, time)| self.clone().id(id(n)).time(time).build())
            .collect()
    }
}
