//! The introduced-enterprise model: the floor area the school allocates on its sites, the
//! enterprise's production lines and equipment there, the training plan and the training
//! sessions on the lines.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::SessionTime;
use crate::{EquipmentId, Hazard, InstructorId, LineId, Name, SessionId, Side, SiteId, StudentId};

/// Floor area a school allocates to the enterprise on one of its campus sites.
///
/// Two allocations on one site add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SiteAllocation {
    /// The campus site (one of the agreement's school's [`CampusSite`](crate::CampusSite)s).
    pub site: SiteId,
    /// The floor area allocated to the enterprise, in whole square metres.
    pub allocated_area_m2: u32,
}

impl SiteAllocation {
    /// `allocated_area_m2` square metres of `site` allocated to the enterprise.
    pub fn new(site: SiteId, allocated_area_m2: u32) -> Self {
        Self {
            site,
            allocated_area_m2,
        }
    }
}

/// A production line the enterprise runs on campus, where students train on the job.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ProductionLine {
    /// The line's id.
    pub id: LineId,
    /// The line's name.
    pub name: Name,
    /// The campus site it stands on.
    pub site: SiteId,
    /// Its floor area in whole square metres.
    pub floor_area_m2: u32,
    /// Training stations: how many students can train on the line at once.
    pub stations: u32,
    /// The hazards the line involves (empty for none).
    #[serde(default)]
    pub hazards: BTreeSet<Hazard>,
}

impl ProductionLine {
    /// A line with no hazards.
    #[deprecated(note = "use ProductionLineBuilder: `ProductionLine::builder()` names each field")]
    pub fn new(id: LineId, name: Name, site: SiteId, floor_area_m2: u32, stations: u32) -> Self {
        Self {
            id,
            name,
            site,
            floor_area_m2,
            stations,
            hazards: BTreeSet::new(),
        }
    }
}

/// What a piece of equipment is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// The enterprise's production.
    Production,
    /// Teaching and training students.
    Teaching,
}

/// A piece of equipment on a production line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Equipment {
    /// The equipment's id.
    pub id: EquipmentId,
    /// What it is.
    pub name: Name,
    /// Who owns it.
    pub owner: Side,
    /// The line it stands on.
    pub line: LineId,
    /// What it is used for (both, for resource sharing).
    pub purposes: BTreeSet<Purpose>,
}

impl Equipment {
    /// A piece of equipment owned by `owner` on `line`, used for `purposes`.
    #[deprecated(note = "use EquipmentBuilder: `Equipment::builder()` names each field")]
    pub fn new(
        id: EquipmentId,
        name: Name,
        owner: Side,
        line: LineId,
        purposes: impl IntoIterator<Item = Purpose>,
    ) -> Self {
        Self {
            id,
            name,
            owner,
            line,
            purposes: purposes.into_iter().collect(),
        }
    }
}

/// The training plan: hours of theory and hours of on-the-job training on the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TrainingPlan {
    /// Hours of theory.
    pub theory_hours: u32,
    /// Hours of on-the-job training.
    pub on_the_job_hours: u32,
}

impl TrainingPlan {
    /// A plan of `theory_hours` and `on_the_job_hours`.
    pub fn new(theory_hours: u32, on_the_job_hours: u32) -> Self {
        Self {
            theory_hours,
            on_the_job_hours,
        }
    }
}

/// A training session on a line: when, who trains, and who instructs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TrainingSession {
    /// The session's id.
    pub id: SessionId,
    /// The line it is held on.
    pub line: LineId,
    /// When it takes place.
    pub time: SessionTime,
    /// The students who train.
    #[serde(default)]
    pub students: Vec<StudentId>,
    /// The instructor, where one is assigned.
    #[serde(default)]
    pub instructor: Option<InstructorId>,
}

impl TrainingSession {
    /// A session on `line` at `time`, with no students and no instructor yet.
    pub fn new(id: SessionId, line: LineId, time: SessionTime) -> Self {
        Self {
            id,
            line,
            time,
            students: Vec::new(),
            instructor: None,
        }
    }
}

/// An enterprise's production on a school's campus: the floor area the school allocates, the
/// production lines and their equipment, the training plan and the training sessions.
///
/// Students on the lines who are on work placements have those placements in the agreement's
/// [`placements`](crate::CooperationAgreement::placements), where the placement rules check them.
///
/// In JSON the lists may be left out (empty) and the training plan too (zero hours).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IntroducedEnterprise {
    /// Floor area the school allocates to the enterprise, per site.
    #[serde(default)]
    pub sites: Vec<SiteAllocation>,
    /// The production lines.
    #[serde(default)]
    pub lines: Vec<ProductionLine>,
    /// The equipment on the lines.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// The training plan.
    #[serde(default)]
    pub training_plan: TrainingPlan,
    /// The training sessions on the lines.
    #[serde(default)]
    pub sessions: Vec<TrainingSession>,
}

impl IntroducedEnterprise {
    /// An empty model: no sites, lines, equipment or sessions, and a plan of zero hours.
    pub fn new() -> Self {
        Self::default()
    }
}

crate::builder::builder! {
    /// Builds a [`ProductionLine`] with named setters.
    ///
    /// ```
    /// use school_enterprise::introduced::ProductionLine;
    /// use school_enterprise::*;
    ///
    /// let line = ProductionLine::builder()
    ///     .id(LineId::from_u128(1))
    ///     .name("CNC machining")
    ///     .site(SiteId::from_u128(2))
    ///     .floor_area_m2(800)
    ///     .stations(12)
    ///     .hazard(Hazard::Machinery)
    ///     .build()?;
    /// assert_eq!(line.stations, 12);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ProductionLineBuilder => ProductionLine {
        required {
            /// The line's id.
            id: LineId,
            /// The campus site it stands on.
            site: SiteId,
            /// Its floor area in whole square metres.
            floor_area_m2: u32,
            /// Training stations: how many students can train on the line at once.
            stations: u32,
        }
        names {
            /// The line's name.
            name,
        }
        optional {}
        lists {
            /// The hazards the line involves.
            hazards / hazard: BTreeSet<Hazard> => Hazard,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a piece of [`Equipment`] with named setters.
    ///
    /// ```
    /// use school_enterprise::introduced::{Equipment, Purpose};
    /// use school_enterprise::*;
    ///
    /// let lathe = Equipment::builder()
    ///     .id(EquipmentId::from_u128(1))
    ///     .name("CNC lathe")
    ///     .owner(Side::Enterprise)
    ///     .line(LineId::from_u128(2))
    ///     .purposes([Purpose::Production, Purpose::Teaching])
    ///     .build()?;
    /// assert_eq!(lathe.purposes.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    EquipmentBuilder => Equipment {
        required {
            /// The equipment's id.
            id: EquipmentId,
            /// Who owns it.
            owner: Side,
            /// The line it stands on.
            line: LineId,
        }
        names {
            /// What it is.
            name,
        }
        optional {}
        lists {
            /// What it is used for.
            purposes / purpose: BTreeSet<Purpose> => Purpose,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a [`TrainingSession`] with named setters; [`weekly`](Self::weekly) builds a
    /// series of them.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::introduced::{SessionTime, TrainingSession};
    /// use school_enterprise::*;
    ///
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    /// let session = TrainingSession::builder()
    ///     .id(SessionId::from_u128(1))
    ///     .line(LineId::from_u128(2))
    ///     .time(SessionTime::new(day, "08:00".parse()?, "12:00".parse()?)?)
    ///     .students([StudentId::from_u128(3), StudentId::from_u128(4)])
    ///     .instructor(InstructorId::from_u128(5))
    ///     .build()?;
    /// assert_eq!(session.students.len(), 2);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    TrainingSessionBuilder => TrainingSession {
        required {
            /// The session's id.
            id: SessionId,
            /// The line it is held on.
            line: LineId,
            /// When it takes place.
            time: SessionTime,
        }
        names {}
        optional {
            /// The instructor.
            instructor: InstructorId,
        }
        lists {
            /// The students who train.
            students / student: Vec<StudentId> => StudentId,
        }
        defaults {}
    }
}

impl TrainingSessionBuilder {
    /// One session per time of `recurrence`, each a copy of this builder's line, students and
    /// instructor, with the time set and the id `id(n)` for the `n`th session (from 0). The
    /// builder's own id and time, if set, are replaced.
    ///
    /// ```
    /// use chrono::{NaiveDate, Weekday};
    /// use school_enterprise::introduced::TrainingSession;
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mondays = Recurrence::weekly([Weekday::Mon], "08:00".parse()?, "12:00".parse()?,
    ///     DateRange::new(d(3, 2), d(6, 29))?)?.except([d(4, 6)]); // Qingming
    /// let sessions = TrainingSession::builder()
    ///     .line(LineId::from_u128(1))
    ///     .students([StudentId::from_u128(2), StudentId::from_u128(3)])
    ///     .weekly(&mondays, |n| SessionId::from_u128(100 + n as u128))?;
    /// assert_eq!(sessions.len(), 18 - 1); // 18 Mondays, one of them a holiday
    /// assert_eq!(sessions[1].id, SessionId::from_u128(101));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn weekly(
        self,
        recurrence: &crate::Recurrence,
        mut id: impl FnMut(usize) -> SessionId,
    ) -> Result<Vec<TrainingSession>, crate::Error> {
        recurrence
            .times()
            .enumerate()
            .map(|(n, time)| self.clone().id(id(n)).time(time).build())
            .collect()
    }
}
