//! Mode 2, alternation of work and study, in two variants:
//!
//! - a **work-study rotation** ([`Rotation`]): a cohort of one major and grade is split into
//!   groups; in each period some groups study at school while the others work or train at host
//!   enterprises, and they swap by semester or by school year. Enterprise periods are backed by
//!   the agreement's work placements, which protect each student. A group at an enterprise may
//!   be split among several hosts ([`Setting::at_hosts`]): each member is at the named host where
//!   their work placements of the period are, and each host's places are counted per period.
//! - **employed study** ([`EmployedStudy`]): students are employed full time, work in shifts and
//!   study after work, in classes linked to their job's tasks.
//!
//! The rules are the `alternation.*` and `employed_study.*` codes of the [rules page](crate::rules);
//! each employment's shift pattern is also held to the `worktime.*` rules, with no exemption.
//! [`plan`] builds a rotation the checker accepts from a cohort, terms and the places at each
//! host, or says which constraint cannot be met and by how much.
//!
//! In JSON the model sits in the agreement's `mode`, tagged by `"kind": "alternation"` and by
//! `"variant"` (`"work_study_rotation"` or `"employed_study"`), so violation paths read like
//! `mode.periods[2].settings[1]` or `mode.employments[0].classes[3]`.
//!
//! Where each rule reports:
//!
//! - at a cohort entry (`mode.cohort.students[i]`): a student of another major or grade, a cohort
//!   student in no group; at `mode.cohort` a cohort whose major or grade is not stated;
//! - at a group member (`mode.groups[g].members[k]`): a member outside the cohort, a student
//!   already in a group (naming the `earlier` membership), and a member who takes part outside
//!   their enrollment (over the periods of their group);
//! - at `mode.groups`: unbalanced groups and an unfair share of enterprise days (aggregates over
//!   the groups, naming the groups compared);
//! - at a period: its order, gap, length, split and term; at `mode.periods[p].settings` a group
//!   with no setting there; at a setting `mode.periods[p].settings[s]` a group listed twice, a
//!   group that does not alternate (naming its setting in the period before), a host over its
//!   places (at the first setting at that host in the period) and each student whose work
//!   placements do not cover the period;
//! - at an employment (`mode.employments[i]`): contract, age, post (and whether the employer
//!   holds it), pay, weekly load and participation, and a session of the shared timetable too
//!   close to the employment's shifts or naming a task the employment lacks (naming the
//!   `session`); at `mode.employments[i].schedule` the working-time rules; at an own class its
//!   rest from the shifts and its link to a task; at `mode.employments[i].classes` the weekly
//!   class time (shared and own sessions together);
//! - at a session of the shared timetable (`mode.timetable[i]`): a session naming no task.
//!
//! ```
//! use chrono::NaiveDate;
//! use school_enterprise::alternation::*;
//! use school_enterprise::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let school = School::new(SchoolId::from_u128(1), Name::new("Riverside Vocational School")?,
//!     SchoolKind::SecondaryVocational);
//! let host = Enterprise::builder()
//!     .id(EnterpriseId::from_u128(2))
//!     .name("Delta Motors")
//!     .sector("manufacturing")
//!     .legal_status(LegalStatus::OwnEntity)
//!     .venue(VenueKind::Factory)
//!     .employees(400)
//!     .build()?;
//! let class = Student::builder()
//!     .school(school.id)
//!     .major("mechatronics")
//!     .major_category("mechatronics")
//!     .grade(2024)
//!     .enrolled_on(d(2024, 9, 1))
//!     .expected_graduation(d(2027, 7, 1));
//! let students = (0..4u128)
//!     .map(|i| class.enrol(StudentId::from_u128(10 + i), "Student", d(2007, 5, 1)))
//!     .collect::<Result<Vec<_>, _>>()?;
//! let registry = Registry::new(vec![school], vec![host], students.clone(), vec![])?;
//!
//! let request = PlanRequest::builder()
//!     .school(SchoolId::from_u128(1))
//!     .cohort(Cohort::new(Name::new("mechatronics")?, 2024, students.iter().map(|s| s.id).collect()))
//!     .term(DateRange::new(d(2025, 9, 1), d(2026, 1, 20))?)
//!     .term(DateRange::new(d(2026, 3, 2), d(2026, 7, 10))?)
//!     .unit(RotationUnit::Semester)
//!     .places([HostPlaces::new(EnterpriseId::from_u128(2), 2)])
//!     .ids_from(uuid::Uuid::from_u128(0x100))
//!     .build()?;
//! let plan = plan(&request, &registry, &Policy::cn())?;
//! assert_eq!(plan.rotation.groups.len(), 2);
//! assert_eq!(plan.placements_needed.len(), 4); // each student once at the host
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod employed;
mod employed_rules;
mod index;
mod model;
mod outline;
mod planner;
mod rules;
mod settings;
mod timetable;
mod weekly;

use serde::{Deserialize, Serialize};

pub use employed::{ClassSession, EmployedStudy, Employment, EmploymentBuilder, JobTask};
pub use model::{
    Cohort, Group, GroupSetting, HostPlaces, Period, Rotation, RotationBuilder, RotationUnit,
    Setting,
};
pub use outline::RotationOutline;
pub use planner::{plan, PlacementNeed, Plan, PlanError, PlanRequest, PlanRequestBuilder};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement, GroupId, PeriodId, TaskId};

/// The two variants of alternation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "variant", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Alternation {
    /// Groups of a cohort take turns at school and at an enterprise.
    WorkStudyRotation(Rotation),
    /// Students work full time in shifts and study after work.
    EmployedStudy(EmployedStudy),
}

impl Alternation {
    /// The rotation, if this is [`Alternation::WorkStudyRotation`]; `None` otherwise.
    pub fn as_rotation(&self) -> Option<&Rotation> {
        match self {
            Alternation::WorkStudyRotation(rotation) => Some(rotation),
            Alternation::EmployedStudy(_) => None,
        }
    }

    /// The rotation to change, if this is [`Alternation::WorkStudyRotation`].
    pub fn as_rotation_mut(&mut self) -> Option<&mut Rotation> {
        match self {
            Alternation::WorkStudyRotation(rotation) => Some(rotation),
            Alternation::EmployedStudy(_) => None,
        }
    }

    /// The employed-study model, if this is [`Alternation::EmployedStudy`]; `None` otherwise.
    pub fn as_employed_study(&self) -> Option<&EmployedStudy> {
        match self {
            Alternation::EmployedStudy(model) => Some(model),
            Alternation::WorkStudyRotation(_) => None,
        }
    }

    /// The employed-study model to change, if this is [`Alternation::EmployedStudy`].
    pub fn as_employed_study_mut(&mut self) -> Option<&mut EmployedStudy> {
        match self {
            Alternation::EmployedStudy(model) => Some(model),
            Alternation::WorkStudyRotation(_) => None,
        }
    }

    /// Calls `f` for every element with an id the model holds: a rotation's groups and periods,
    /// or the job tasks of employed study.
    pub(crate) fn for_each_element(&self, at: Loc<'_>, f: &mut dyn FnMut(Element<'_>)) {
        match self {
            Alternation::WorkStudyRotation(rotation) => {
                crate::element::each(
                    &rotation.groups,
                    at.field("groups"),
                    GroupId::KIND,
                    |group| (*group.id.as_uuid(), None),
                    f,
                );
                crate::element::each(
                    &rotation.periods,
                    at.field("periods"),
                    PeriodId::KIND,
                    |period| (*period.id.as_uuid(), Some(period.dates.first())),
                    f,
                );
            }
            Alternation::EmployedStudy(model) => {
                let employments_at = at.field("employments");
                for (i, job) in model.employments.iter().enumerate() {
                    let job_at = employments_at.index(i);
                    crate::element::each(
                        &job.tasks,
                        job_at.field("tasks"),
                        TaskId::KIND,
                        |task| (*task.id.as_uuid(), None),
                        f,
                    );
                }
                // The shared task list after the employments': one id space, walked in path
                // order (`employments` before `tasks`).
                crate::element::each(
                    &model.tasks,
                    at.field("tasks"),
                    TaskId::KIND,
                    |task| (*task.id.as_uuid(), None),
                    f,
                );
            }
        }
    }

    /// Runs the variant's rules, with the agreement rules over its elements.
    pub(crate) fn check(
        &self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        at: Loc<'_>,
        placements: crate::agreement::PlacementMarks<'_, '_>,
        sink: &mut Sink<'_>,
    ) {
        match self {
            Alternation::WorkStudyRotation(rotation) => {
                rules::check(rotation, agreement, ctx, at, placements, sink)
            }
            Alternation::EmployedStudy(model) => {
                employed_rules::check(model, agreement, ctx, at, sink)
            }
        }
    }
}
