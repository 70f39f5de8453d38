//! The three synchronizations of an order class as views a program can show: enrollment with
//! recruitment ([`Balance`]), teaching with production ([`Traceability`]), internship with
//! employment ([`Handover`]).
//!
//! The views read the same facts as the `order.*` rules, through the same indexes and
//! predicates, so a view and the report agree about who holds a job at enrollment, what is
//! traced and which internship is a student's latest. They judge nothing: the limits are the
//! rules' business.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::index::{
    commitment_status, CommitmentStatus, IntakeIndex, InternshipIndex, RequirementIndex,
};
use super::model::{Exam, Module, ModuleKind, OrderClass, Requirement};
use crate::{CooperationAgreement, Mode, Origin, PlacementId, Registry, StudentId};

/// The synchronization views of one order-based agreement, resolved against a registry.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::order::{OrderClass, Synchronization};
/// use school_enterprise::*;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let agreement = CooperationAgreement::builder()
///     .id(AgreementId::from_u128(1))
///     .school(SchoolId::from_u128(2))
///     .enterprise(EnterpriseId::from_u128(3))
///     .validity(DateRange::new(d(2024, 7, 1), d(2027, 8, 31))?)
///     .signed_on(d(2024, 6, 1))
///     .mode(Mode::OrderBased(OrderClass::new(30, d(2024, 9, 1))))
///     .build()?;
/// let registry = Registry::default();
/// let sync = Synchronization::of(&agreement, &registry).expect("an order-based agreement");
/// let balance = sync.balance();
/// assert_eq!((balance.quota, balance.enrolled, balance.committed), (30, 0, 0));
/// assert_eq!(balance.difference(), -30);
/// assert!(sync.traceability().rows.is_empty());
/// assert!(sync.handovers().is_empty());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Synchronization<'a> {
    agreement: &'a CooperationAgreement,
    class: &'a OrderClass,
    registry: &'a Registry,
}

impl<'a> Synchronization<'a> {
    /// The views of `agreement`'s order class, resolving ids in `registry`; `None` when the
    /// agreement is in another mode.
    pub fn of(agreement: &'a CooperationAgreement, registry: &'a Registry) -> Option<Self> {
        match &agreement.mode {
            Mode::OrderBased(class) => Some(Self {
                agreement,
                class,
                registry,
            }),
            _ => None,
        }
    }

    /// The order class.
    pub fn class(&self) -> &'a OrderClass {
        self.class
    }

    /// Enrollment synchronized with recruitment: the quota, the students enrolled (by origin),
    /// and how many of them hold a job at enrollment.
    pub fn balance(&self) -> Balance {
        let ordering = self
            .registry
            .enterprise(self.agreement.enterprise)
            .map(|e| e.id);
        let intake = IntakeIndex::new(&self.class.intake);
        let mut balance = Balance {
            quota: self.class.recruitment_quota,
            enrolled: 0,
            selected_by_school: 0,
            recruited_employees: 0,
            committed: 0,
        };
        for run in intake.runs() {
            let Some((student, _)) = run.first() else {
                continue;
            };
            balance.enrolled += 1;
            match self.registry.student(*student).map(|s| s.origin) {
                Some(Origin::SelectedBySchool) => balance.selected_by_school += 1,
                Some(Origin::RecruitedEmployee { .. }) => balance.recruited_employees += 1,
                None => {}
            }
            let holds_job = run.iter().any(|(_, position)| {
                self.class.intake.get(*position).is_some_and(|entry| {
                    commitment_status(
                        entry.commitment.as_ref(),
                        self.registry,
                        ordering,
                        self.class.enrolled_on,
                    ) == CommitmentStatus::Held
                })
            });
            if holds_job {
                balance.committed += 1;
            }
        }
        balance
    }

    /// Teaching synchronized with production: see [`OrderClass::traceability`].
    pub fn traceability(&self) -> Traceability<'a> {
        self.class.traceability()
    }

    /// Internship synchronized with employment: one handover per entry of the intake, in
    /// intake order.
    pub fn handovers(&self) -> Vec<Handover> {
        let internships = InternshipIndex::new(self.agreement, |_| true);
        self.class
            .intake
            .iter()
            .map(|entry| {
                let internship = internships.latest(entry.student);
                let job_starts_on = entry.commitment.as_ref().map(|c| c.starts_on);
                let internship_ends_on = internship.map(|(last, _)| last);
                Handover {
                    student: entry.student,
                    expected_graduation: self
                        .registry
                        .student(entry.student)
                        .map(|s| s.expected_graduation),
                    internship: internship
                        .and_then(|(_, position)| self.agreement.placements.get(position))
                        .map(|p| p.id),
                    internship_ends_on,
                    job_starts_on,
                    gap_days: internship_ends_on
                        .zip(job_starts_on)
                        .map(|(end, start)| (start - end).num_days() - 1),
                }
            })
            .collect()
    }
}

/// Enrollment against recruitment: the quota, the students enrolled, and how many hold a job.
///
/// Students are counted once however often the intake lists them. `enrolled` counts every
/// distinct student id; the two origins count those the registry knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Balance {
    /// The enterprise's recruitment quota.
    pub quota: u32,
    /// Distinct students in the intake.
    pub enrolled: usize,
    /// Of them, students selected by the school.
    pub selected_by_school: usize,
    /// Of them, employees the enterprise recruited.
    pub recruited_employees: usize,
    /// Of them, students holding a commitment from the ordering enterprise signed on or before
    /// the enrollment date (`order.job_at_enrollment` holds for them). A student listed twice is
    /// committed when either entry holds one; the rule judges each entry.
    pub committed: usize,
}

impl Balance {
    /// Enrolled minus quota: negative when the class is short of the quota.
    pub fn difference(&self) -> i64 {
        i64::try_from(self.enrolled)
            .unwrap_or(i64::MAX)
            .saturating_sub(i64::from(self.quota))
    }

    /// Enrolled students without a job at enrollment.
    pub fn uncommitted(&self) -> usize {
        self.enrolled.saturating_sub(self.committed)
    }
}

impl fmt::Display for Balance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "quota {}, enrolled {} (selected by the school {}, recruited employees {}), committed {}",
            self.quota,
            self.enrolled,
            self.selected_by_school,
            self.recruited_employees,
            self.committed
        )
    }
}

/// One requirement with the modules that teach it and the exams that assess it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Trace<'a> {
    /// The requirement.
    pub requirement: &'a Requirement,
    /// The modules that cover it, in the class's order.
    pub taught_by: Vec<&'a Module>,
    /// The exams that assess it, in the class's order.
    pub assessed_by: Vec<&'a Exam>,
}

impl Trace<'_> {
    /// Whether a module covers the requirement.
    pub fn is_taught(&self) -> bool {
        !self.taught_by.is_empty()
    }

    /// Whether an exam assesses the requirement.
    pub fn is_assessed(&self) -> bool {
        !self.assessed_by.is_empty()
    }

    /// Whether it is taught by nothing or assessed by nothing.
    pub fn is_orphan(&self) -> bool {
        !self.is_taught() || !self.is_assessed()
    }
}

/// Requirement → module → exam traceability, with the orphans at each level.
///
/// A requirement that repeats an earlier one's id (an `agreement.unique_ids` fault) is traced
/// as that earlier one; an id that names no requirement of the class links nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Traceability<'a> {
    /// One row per requirement, in the class's order.
    pub rows: Vec<Trace<'a>>,
    /// Vocational modules that cover no requirement of the class.
    pub untraced_modules: Vec<&'a Module>,
    /// Exams that assess no requirement of the class.
    pub untraced_exams: Vec<&'a Exam>,
}

impl<'a> Traceability<'a> {
    /// The requirements no module teaches or no exam assesses.
    pub fn orphan_requirements(&self) -> impl Iterator<Item = &'a Requirement> + '_ {
        self.rows
            .iter()
            .filter(|row| row.is_orphan())
            .map(|row| row.requirement)
    }

    /// Whether every requirement is taught and assessed, every vocational module traced and every
    /// exam assesses a requirement.
    pub fn is_complete(&self) -> bool {
        self.rows.iter().all(|row| !row.is_orphan())
            && self.untraced_modules.is_empty()
            && self.untraced_exams.is_empty()
    }
}

/// Names joined for the table, or `-`.
fn names<'n>(names: impl Iterator<Item = &'n str>) -> String {
    let joined = names.collect::<Vec<_>>().join(", ");
    if joined.is_empty() {
        "-".to_owned()
    } else {
        joined
    }
}

/// A plain-text table: one line per requirement (taught by, assessed by), then the orphans.
impl fmt::Display for Traceability<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cells: Vec<[String; 3]> = self
            .rows
            .iter()
            .map(|row| {
                [
                    row.requirement.name.to_string(),
                    names(row.taught_by.iter().map(|m| m.name.as_str())),
                    names(row.assessed_by.iter().map(|e| e.name.as_str())),
                ]
            })
            .collect();
        let header = ["requirement", "taught by", "assessed by"];
        let width = |k: usize| {
            cells
                .iter()
                .filter_map(|row| row.get(k))
                .map(|cell| cell.chars().count())
                .chain(header.get(k).map(|h| h.chars().count()))
                .max()
                .unwrap_or(0)
        };
        let (w0, w1) = (width(0), width(1));
        let [h0, h1, h2] = header;
        writeln!(f, "{h0:w0$} | {h1:w1$} | {h2}")?;
        writeln!(
            f,
            "{}-+-{}-+-{}",
            "-".repeat(w0),
            "-".repeat(w1),
            "-".repeat(width(2))
        )?;
        for [requirement, taught, assessed] in &cells {
            writeln!(f, "{requirement:w0$} | {taught:w1$} | {assessed}")?;
        }
        let orphans = names(self.orphan_requirements().map(|r| r.name.as_str()));
        writeln!(f, "orphan requirements: {orphans}")?;
        let modules = names(self.untraced_modules.iter().map(|m| m.name.as_str()));
        writeln!(f, "untraced vocational modules: {modules}")?;
        let exams = names(self.untraced_exams.iter().map(|e| e.name.as_str()));
        write!(f, "exams assessing no requirement: {exams}")
    }
}

impl OrderClass {
    /// Teaching synchronized with production: which requirement is taught by which modules and
    /// assessed by which exams, and the orphans at each level. O(n log n) in the class's size.
    ///
    /// ```
    /// use school_enterprise::order::{Delivery, Exam, Module, ModuleKind, OrderClass, Requirement};
    /// use school_enterprise::*;
    ///
    /// let mut class = OrderClass::new(30, chrono::NaiveDate::from_ymd_opt(2024, 9, 1).unwrap());
    /// class.requirements.push(Requirement::new(RequirementId::from_u128(1), Name::new("PLC programming")?));
    /// let mut plc = Module::builder()
    ///     .id(ModuleId::from_u128(2))
    ///     .name("PLC basics")
    ///     .kind(ModuleKind::Vocational)
    ///     .hours(96)
    ///     .delivery(Delivery::Enterprise)
    ///     .build()?;
    /// plc.covers.push(RequirementId::from_u128(1));
    /// class.modules.push(plc);
    /// class.exams.push(Exam::new(ExamId::from_u128(3), Name::new("Welding test")?));
    ///
    /// let trace = class.traceability();
    /// assert_eq!(trace.rows[0].taught_by[0].name.as_str(), "PLC basics");
    /// // Taught but never examined: an orphan; and the exam assesses nothing.
    /// assert_eq!(trace.orphan_requirements().count(), 1);
    /// assert_eq!(trace.untraced_exams.len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn traceability(&self) -> Traceability<'_> {
        let index = RequirementIndex::new(&self.requirements);
        let mut rows: Vec<Trace<'_>> = self
            .requirements
            .iter()
            .map(|requirement| Trace {
                requirement,
                taught_by: Vec::new(),
                assessed_by: Vec::new(),
            })
            .collect();
        let mut untraced_modules = Vec::new();
        for module in &self.modules {
            let mut traced = false;
            for id in &module.covers {
                let Some(row) = index.position_of(*id).and_then(|pos| rows.get_mut(pos)) else {
                    continue;
                };
                traced = true;
                if !row
                    .taught_by
                    .last()
                    .is_some_and(|m| std::ptr::eq(*m, module))
                {
                    row.taught_by.push(module);
                }
            }
            if !traced && module.kind == ModuleKind::Vocational {
                untraced_modules.push(module);
            }
        }
        let mut untraced_exams = Vec::new();
        for exam in &self.exams {
            let mut traced = false;
            for id in &exam.assesses {
                let Some(row) = index.position_of(*id).and_then(|pos| rows.get_mut(pos)) else {
                    continue;
                };
                traced = true;
                if !row
                    .assessed_by
                    .last()
                    .is_some_and(|e| std::ptr::eq(*e, exam))
                {
                    row.assessed_by.push(exam);
                }
            }
            if !traced {
                untraced_exams.push(exam);
            }
        }
        // A repeated id shares its first holder's links.
        for position in 0..rows.len() {
            let first = rows
                .get(position)
                .and_then(|row| index.position_of(row.requirement.id))
                .filter(|first| *first != position);
            let Some(links) = first
                .and_then(|first| rows.get(first))
                .map(|row| (row.taught_by.clone(), row.assessed_by.clone()))
            else {
                continue;
            };
            if let Some(row) = rows.get_mut(position) {
                (row.taught_by, row.assessed_by) = links;
            }
        }
        Traceability {
            rows,
            untraced_modules,
            untraced_exams,
        }
    }
}

/// One student's handover from internship to employment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Handover {
    /// The student.
    pub student: StudentId,
    /// The student's expected graduation, when the registry knows the student.
    pub expected_graduation: Option<NaiveDate>,
    /// The student's latest work placement held by the agreement, if any.
    pub internship: Option<PlacementId>,
    /// Its last day.
    pub internship_ends_on: Option<NaiveDate>,
    /// The first day of the committed employment, when the student holds a commitment.
    pub job_starts_on: Option<NaiveDate>,
    /// Days strictly between the internship's last day and the job's first, by the catalogue's
    /// convention (`job_starts_on - internship_ends_on - 1`): 0 when the job starts the day after
    /// the internship, negative when it starts on or before the internship's last day.
    /// `order.employment_follows_internship` wants it from 0 to
    /// `max_days_internship_to_employment - 1`.
    pub gap_days: Option<i64>,
}

impl fmt::Display for Handover {
    /// The handover for people: `internship ends 2028-06-30, job starts 2028-07-03, 2 day(s)
    /// between`, with `-` for what is not known (tested in `tests/order_sync.rs`; a handover
    /// comes from [`Synchronization::handovers`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |day: Option<NaiveDate>| day.map_or("-".to_owned(), |d| d.to_string());
        let gap = self.gap_days.map_or("-".to_owned(), |g| g.to_string());
        write!(
            f,
            "internship ends {}, job starts {}, {gap} day(s) between",
            day(self.internship_ends_on),
            day(self.job_starts_on)
        )
    }
}
