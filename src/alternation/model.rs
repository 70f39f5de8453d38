//! The work-study rotation: a cohort split into groups that take turns at school and at host
//! enterprises, period by period.
//!
//! Everything is kept as given, so that every fault a rule reports can be written down: groups and
//! periods are lists, a period's settings are a list of (group, setting) pairs in which a group may
//! be missing or appear twice, and periods stay in the order listed.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{DateRange, DayRange, EnterpriseId, GroupId, Name, PeriodId, Policy, StudentId};

/// The unit by which groups swap: a rotation period lasts a semester or a school year.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RotationUnit {
    /// Groups swap every semester.
    #[default]
    Semester,
    /// Groups swap every school year.
    SchoolYear,
}

impl fmt::Display for RotationUnit {
    /// The name it is written as in JSON: `semester`, `school_year`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RotationUnit::Semester => "semester",
            RotationUnit::SchoolYear => "school_year",
        })
    }
}

impl std::str::FromStr for RotationUnit {
    type Err = crate::Error;
    /// Reads what [`Display`](fmt::Display) prints, the name in JSON.
    fn from_str(s: &str) -> Result<Self, crate::Error> {
        crate::text_serde::parse_serde_name(s, "unit", "semester, school_year")
    }
}

impl RotationUnit {
    /// The lengths, in days, a period of this unit may have under `policy` (`semester_days` or
    /// `school_year_days`).
    ///
    /// ```
    /// use school_enterprise::{alternation::RotationUnit, Policy};
    ///
    /// let days = RotationUnit::Semester.days(&Policy::cn());
    /// assert_eq!((days.min(), days.max()), (90, 200));
    /// ```
    pub fn days(self, policy: &Policy) -> DayRange {
        match self {
            RotationUnit::Semester => policy.semester_days,
            RotationUnit::SchoolYear => policy.school_year_days,
        }
    }
}

/// The students of one major and grade at the agreement's school who rotate together.
///
/// The major and grade are optional so that a rotation can be written down before they are
/// settled; `alternation.cohort_uniform` reports them while they are missing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Cohort {
    /// The cohort's major.
    #[serde(default)]
    pub major: Option<Name>,
    /// The cohort's grade (year of entry).
    #[serde(default)]
    pub grade: Option<i32>,
    /// The cohort's students.
    #[serde(default)]
    pub students: Vec<StudentId>,
}

impl Cohort {
    /// The cohort of `major` and `grade` made of `students`.
    pub fn new(major: Name, grade: i32, students: Vec<StudentId>) -> Self {
        Self {
            major: Some(major),
            grade: Some(grade),
            students,
        }
    }
}

/// A group of the cohort: the students who are at school, or at an enterprise, together.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Group {
    /// The group's id.
    pub id: GroupId,
    /// Its members.
    #[serde(default)]
    pub members: Vec<StudentId>,
}

impl Group {
    /// A group of `members`.
    pub fn new(id: GroupId, members: Vec<StudentId>) -> Self {
        Self { id, members }
    }
}

/// Where a group is during a period.
///
/// In JSON: `{"kind": "school"}` or `{"kind": "enterprise", "host": "<enterprise id>"}`; a
/// group split among several hosts names the others in `other_hosts`
/// (`{"kind": "enterprise", "host": "<id>", "other_hosts": ["<id>", ...]}`), each member being at
/// the named host where their work placements of the period are.
///
/// ```
/// use school_enterprise::alternation::Setting;
/// use school_enterprise::EnterpriseId;
///
/// let (a, b) = (EnterpriseId::from_u128(1), EnterpriseId::from_u128(2));
/// let split = Setting::at_hosts(a, [b]);
/// assert_eq!(split.hosts().collect::<Vec<_>>(), [a, b]);
/// assert_eq!(Setting::at(a).hosts().count(), 1);
/// assert_eq!(Setting::School.hosts().count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Setting {
    /// Studying at school.
    School,
    /// Working or training at a host enterprise, or split among several.
    Enterprise {
        /// The host (the first host, when the group is split among several).
        host: EnterpriseId,
        /// The other hosts among which the group's members are split (none: every member is at
        /// `host`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        other_hosts: Vec<EnterpriseId>,
    },
}

impl Setting {
    /// At the enterprise `host`, every member of the group.
    pub fn at(host: EnterpriseId) -> Self {
        Setting::Enterprise {
            host,
            other_hosts: Vec::new(),
        }
    }

    /// At the enterprises `host` and `others`, each member at the one where their work
    /// placements of the period are.
    pub fn at_hosts(host: EnterpriseId, others: impl IntoIterator<Item = EnterpriseId>) -> Self {
        Setting::Enterprise {
            host,
            other_hosts: others.into_iter().collect(),
        }
    }

    /// The host, for a setting at an enterprise (the first named, for a group split among
    /// several).
    pub fn host(&self) -> Option<EnterpriseId> {
        match self {
            Setting::School => None,
            Setting::Enterprise { host, .. } => Some(*host),
        }
    }

    /// Every host the setting names, `host` first (none at school).
    pub fn hosts(&self) -> impl Iterator<Item = EnterpriseId> + '_ {
        let (first, others) = match self {
            Setting::School => (None, &[][..]),
            Setting::Enterprise { host, other_hosts } => (Some(*host), other_hosts.as_slice()),
        };
        first.into_iter().chain(others.iter().copied())
    }

    /// Whether the setting splits the group among several hosts.
    pub fn is_split(&self) -> bool {
        matches!(self, Setting::Enterprise { other_hosts, .. } if !other_hosts.is_empty())
    }

    /// `"school"` or `"enterprise"`: the kind of setting, which must alternate.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Setting::School => "school",
            Setting::Enterprise { .. } => "enterprise",
        }
    }
}

/// One group's setting in one period.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GroupSetting {
    /// The group.
    pub group: GroupId,
    /// Where it is.
    pub setting: Setting,
}

impl GroupSetting {
    /// `group` is at `setting`.
    pub fn new(group: GroupId, setting: Setting) -> Self {
        Self { group, setting }
    }
}

/// A rotation period: its days, and where each group is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Period {
    /// The period's id.
    pub id: PeriodId,
    /// Its days.
    pub dates: DateRange,
    /// Where each group is: every group should appear exactly once.
    #[serde(default)]
    pub settings: Vec<GroupSetting>,
}

impl Period {
    /// A period over `dates` with no settings yet.
    pub fn new(id: PeriodId, dates: DateRange) -> Self {
        Self {
            id,
            dates,
            settings: Vec::new(),
        }
    }
}

/// The places a host enterprise offers the rotation in every period.
///
/// A host with no entry offers none; a host with several entries offers their sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct HostPlaces {
    /// The host.
    pub host: EnterpriseId,
    /// How many students it takes at once.
    pub places: u32,
}

impl HostPlaces {
    /// `host` takes `places` students at once.
    pub fn new(host: EnterpriseId, places: u32) -> Self {
        Self { host, places }
    }
}

/// A work-study rotation: a cohort split into groups that alternate between school and host
/// enterprises, period by period.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::alternation::*;
/// use school_enterprise::*;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let (a, b) = (GroupId::from_u128(1), GroupId::from_u128(2));
/// let host = EnterpriseId::from_u128(3);
/// let cohort = Cohort::new(Name::new("mechatronics")?, 2024,
///     vec![StudentId::from_u128(10), StudentId::from_u128(11)]);
/// let mut rotation = Rotation::for_cohort(cohort, RotationUnit::Semester);
/// rotation.groups.push(Group::new(a, vec![StudentId::from_u128(10)]));
/// rotation.groups.push(Group::new(b, vec![StudentId::from_u128(11)]));
/// let mut autumn = Period::new(PeriodId::from_u128(4),
///     DateRange::new(d(2025, 9, 1), d(2026, 1, 20))?);
/// autumn.settings.push(GroupSetting::new(a, Setting::School));
/// autumn.settings.push(GroupSetting::new(b, Setting::at(host)));
/// rotation.periods.push(autumn);
/// rotation.places.push(HostPlaces::new(host, 1));
/// assert_eq!(rotation.periods[0].settings[1].setting.host(), Some(host));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Rotation {
    /// The cohort that rotates.
    pub cohort: Cohort,
    /// The unit by which groups swap.
    pub unit: RotationUnit,
    /// The groups.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// The periods, with each group's setting.
    #[serde(default)]
    pub periods: Vec<Period>,
    /// The places each host offers.
    #[serde(default)]
    pub places: Vec<HostPlaces>,
}

impl Rotation {
    /// An empty rotation: no cohort stated, swapping by semester, no groups, periods or places.
    pub fn new() -> Self {
        Self::default()
    }

    /// A rotation of `cohort` by `unit`, with no groups, periods or places yet.
    pub fn for_cohort(cohort: Cohort, unit: RotationUnit) -> Self {
        Self {
            cohort,
            unit,
            groups: Vec::new(),
            periods: Vec::new(),
            places: Vec::new(),
        }
    }
}

crate::builder::builder! {
    /// Builds a [`Rotation`] with named setters.
    ///
    /// ```
    /// use school_enterprise::alternation::*;
    /// use school_enterprise::*;
    ///
    /// let students = vec![StudentId::from_u128(10), StudentId::from_u128(11)];
    /// let rotation = Rotation::builder()
    ///     .cohort(Cohort::new(Name::new("mechatronics")?, 2024, students.clone()))
    ///     .unit(RotationUnit::Semester)
    ///     .group(Group::new(GroupId::from_u128(1), vec![students[0]]))
    ///     .group(Group::new(GroupId::from_u128(2), vec![students[1]]))
    ///     .place(HostPlaces::new(EnterpriseId::from_u128(3), 1))
    ///     .build()?;
    /// assert_eq!(rotation.groups.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    RotationBuilder => Rotation {
        required {
            /// The cohort that rotates.
            cohort: Cohort,
            /// The unit by which groups swap.
            unit: RotationUnit,
        }
        names {}
        optional {}
        lists {
            /// The groups.
            groups / group: Vec<Group> => Group,
            /// The periods, with each group's setting.
            periods / period: Vec<Period> => Period,
            /// The places each host offers.
            places / place: Vec<HostPlaces> => HostPlaces,
        }
        defaults {}
    }
}
