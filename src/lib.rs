//! # school-enterprise
//!
//! A typed domain model and rule engine for school-enterprise cooperation in vocational
//! education. Schools and enterprises cooperate in four modes:
//!
//! 1. **Introduced enterprise** ([`introduced`]): the enterprise builds production lines on
//!    campus; students combine theory with on-the-job training there; space and equipment are
//!    shared.
//! 2. **Alternation** ([`alternation`]): a cohort split into groups that take turns at school and
//!    at an enterprise, by semester or school year; or full-time employees who study after work.
//! 3. **Interaction** ([`interaction`]): the enterprise supplies practice bases, equipment,
//!    materials and teachers, and co-writes the teaching plan.
//! 4. **Order-based** ([`order`]): a job at enrollment and at graduation; enrollment synchronized
//!    with recruitment, teaching with production, internship with employment.
//!
//! The crate checks whole arrangements against domain invariants and student-protection law and
//! returns **every** violation with a stable code, the path to the offending element and the
//! figures compared. It does no I/O and reads no clock: the same input gives the same report.
//!
//! ## Two layers of correctness
//!
//! - *Values* refuse what can never be right at construction: a [`DateRange`] that ends before it
//!   starts, a [`Share`] above 100 %, a [`Currency`] that is not three capital letters, an empty
//!   [`Name`], a [`Shift`] that ends where it starts. Serde goes through the same constructors, so
//!   JSON cannot smuggle such a value in. Constructors return [`Error`].
//! - *Rules* judge well-formed arrangements under a [`Policy`] and write into a [`Report`]. The
//!   codes are listed on the [rules page](rules); every limit comes from the policy, whose default
//!   profile ([`Policy::cn`]) cites the law for each number.
//!
//! ## Example
//!
//! Build a placement with the builders, check it, and read what breaks which rule. Nine hours a
//! day, six days a week is too long by day and by week; everything else is in order.
//!
//! ```
//! use school_enterprise::prelude::*;
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("no such date");
//! let (school, host, post) = (SchoolId::from_u128(1), EnterpriseId::from_u128(2), PostId::from_u128(3));
//! let (student, tutor, boss) = (StudentId::from_u128(4), InstructorId::from_u128(5), InstructorId::from_u128(6));
//! let job = Post::builder().id(post).name("welder").category("welding").major_category("welding")
//!     .headcount(120).monthly_wage(Money::new(4_800_00, Currency::CNY)).build()?;
//! let registry = Registry::new(
//!     vec![School::builder().id(school).name("Riverside").kind(SchoolKind::SecondaryVocational).build()?],
//!     vec![Enterprise::builder().id(host).name("Delta Motors").sector("cars").employees(400).post(job)
//!         .legal_status(LegalStatus::OwnEntity).venue(VenueKind::Factory).vetted_on(d(2026, 1, 12)?).build()?],
//!     vec![Student::builder().id(student).school(school).name("Wang Fang").birth_date(d(2006, 4, 2)?)
//!         .major("welding").major_category("welding").grade(2024).enrolled_on(d(2024, 9, 1)?)
//!         .expected_graduation(d(2027, 7, 1)?).build()?],
//!     vec![Instructor::of_school(tutor, "Li Hua", school)?, Instructor::of_enterprise(boss, "Chen Gang", host)?])?;
//! let long_week = WeeklySchedule::every(WeekdaySet::MONDAY_TO_SATURDAY, "08:00–18:00".parse()?, 60)?;
//! let placement = Placement::builder().id(PlacementId::from_u128(7)).student(student).host(host)
//!     .post(post).kind(PlacementKind::Independent).dates(DateRange::new(d(2026, 3, 2)?, d(2026, 6, 30)?)?)
//!     .schedule(long_week).pay(Pay::new(Money::new(4_200_00, Currency::CNY), 31)?).paperwork_on(d(2026, 2, 16)?)
//!     .insured(Share::ZERO).school_instructor(tutor).supervisor(boss).build()?;
//! let agreement = CooperationAgreement::builder().id(AgreementId::from_u128(8)).school(school)
//!     .enterprise(host).validity(DateRange::new(d(2026, 2, 1)?, d(2027, 1, 31)?)?)
//!     .signed_on(d(2026, 1, 20)?).mode(Mode::Internship).placement(placement).build()?;
//! let report = agreement.check(&registry, &Policy::cn());
//! let weekly = report.with_code(RuleCode::WorktimeWeeklyHours).next().ok_or("weekly hours")?;
//! assert_eq!(weekly.path().to_string(), "placements[0].schedule");
//! assert_eq!((weekly.figure("limit"), weekly.figure("actual")), (Some("40 h"), Some("54 h")));
//! assert_eq!(report.with_code(RuleCode::WorktimeDailyHours).count(), 6);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Building values
//!
//! Every struct a program fills in has a builder (`Student::builder()`, `Placement::builder()`,
//! `introduced::TrainingSession::builder()`, ...) with one setter per field; `build()` names each
//! required field left unset ([`Error::MissingFields`]) and refuses what the type refuses. Nothing
//! the law checks is filled in silently: a placement built without its documents is reported for
//! them. Shortcuts: `PlacementBuilder::paperwork_on`, `insured`, `for_student` and
//! `for_students` (a class's placements from one template), `StudentBuilder::enrol` and
//! `enrol_all` (one student, or a whole roster, of a class), [`Instructor::of_school`],
//! [`WeeklySchedule::every`] and its shift-by-shift edits, [`Recurrence`] for weekly sessions,
//! and [`alternation::Plan::placements`]. Reach a mode's model with [`Mode::as_rotation`] and
//! its siblings, and make a mode from its model with `Mode::from` (`rotation.into()`). Values a
//! school writes as text read from it: `"2026-03-01..=2026-06-30".parse::<DateRange>()`,
//! `"4800.00 CNY"` as [`Money`], `"Fri 22:00–06:00 (break 60 min)"` as a [`Shift`] (see
//! `FORMAT.md`). The positional constructors of more than four arguments are deprecated.
//!
//! ## Reading a report
//!
//! A [`Report`] prints one line per violation, after [`Report::counts`]; [`Report::details`]
//! writes one block per violation for a person (message, figures, note), naming the parties
//! behind the ids with [`ReportDetails::naming`]; [`Report::under`] and
//! [`ReportDetails::under`] keep the violations of one element, and [`ReportDetails::brief`]
//! writes them as its to-do list. [`alternation::Rotation::outline`] writes a rotation plan, and the
//! order-based mode's [`order::Synchronization`] its balance, traceability and handovers.
//!
//! ## Units
//!
//! Every quantity's field or argument names its unit (`contract_weekly_minutes`,
//! `max_weekly_work_hours`, `period_days`, `floor_area_m2`), or its type says it ([`Money`],
//! [`Share`], `CourseHours`); ages are whole years (`min_working_age`).
//!
//! - **Durations are whole minutes** wherever the API takes or holds one: a shift's unpaid
//!   break, an employment's `contract_weekly_minutes` (40 hours is `40 * 60`), worked and
//!   scheduled time ([`WeeklySchedule::weekly_working_minutes`]), and the policy's own fine
//!   limits (`schedule_tolerance_minutes`, `min_rest_between_work_and_class_minutes`, the break
//!   steps of `min_breaks`).
//! - **The policy's statutory limits are whole hours**, as the law states them and the profiles
//!   cite them (`max_daily_work_hours`, `max_weekly_work_hours`, `min_daily_rest_hours`, ...);
//!   the rules compare them as `hours * 60` minutes. They stay hours so that a policy document
//!   reads as the law it cites.
//! - **Teaching volumes are counts of class hours (学时)**, not durations: a course's
//!   `CourseHours`, a teacher's share of it, a module's `hours`, a training plan's theory and
//!   on-the-job hours. A 学时 is a lesson (often 45 minutes, see [`LESSON_MINUTES`]), so these
//!   are never converted to minutes.
//! - Calendar spans are whole days, months or years (`period_days`, `max_placement_months`);
//!   money is integer minor units ([`Money`]); shares are per mille ([`Share`]); dates are
//!   [`chrono::NaiveDate`], re-exported as [`chrono`] with [`uuid`].
//!
//! These are the JSON forms too, field for field, so no document changes meaning.
//!
//! ## Crate features
//!
//! - `proptest`: exports the `testing` module: `Arbitrary` for the value types, strategies for
//!   valid arrangements, and single-fault mutations that each say which code they must raise.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod agreement;
pub mod alternation;
mod builder;
mod calendar;
mod check;
mod date;
mod date_serde;
mod element;
mod error;
mod exemption;
mod id;
pub mod interaction;
pub mod introduced;
mod mode;
mod money;
pub mod order;
mod party;
mod placement;
pub mod portfolio;
mod read;
pub mod record;
mod recurrence;
mod registry;
mod schedule;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod testing;
mod text_serde;
mod worktime;

#[doc = include_str!("rules.md")]
pub mod rules {}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use agreement::{
    Contribution, ContributionKind, CooperationAgreement, CooperationAgreementBuilder, Side,
};
pub use calendar::{week_monday, DayKind, HostCalendar};
pub use check::{
    catalogue, Area, BreakStep, Catalogue, CatalogueEntry, CheckContext, Code, CustomCode,
    DayRange, Figure, FigureValue, GuardianConsent, Lang, Localized, MinBreaks, Path, PayDue,
    Phrase, PhraseKey, Policy, Quantity, Report, ReportCounts, ReportDetails, Rule, RuleCode,
    RuleInfo, Segment, Sentinel, Severity, TrainingAllowance, Unit, Violation,
};
pub use date::{
    add_months, add_years, age_on, has_reached_age, study_year_on, study_year_start, DateRange,
};
pub use error::Error;
pub use exemption::Exemption;
pub use id::{
    AgreementId, BaseId, ContributionId, CourseId, EnterpriseId, EquipmentId, ExamId, GroupId,
    InstructorId, LineId, ModuleId, PeriodId, PlacementId, PostId, RequirementId, SchoolId,
    SessionId, SiteId, StudentId, TaskId,
};
pub use mode::Mode;
pub use money::{Currency, Money, Share};
pub use party::{
    CampusSite, Employer, Enterprise, EnterpriseBuilder, Hazard, Instructor, InstructorBuilder,
    LabourIntensity, LegalStatus, Name, Origin, Post, PostBuilder, ProtectedGroup, School,
    SchoolBuilder, SchoolKind, Sex, Student, StudentBuilder, VenueKind,
};
pub use placement::{
    Arrangement, Charge, ChargeKind, Consent, Insurance, Pay, Placement, PlacementBuilder,
    PlacementKind, SchoolDay, TripartiteSignatures, LESSON_MINUTES,
};
pub use portfolio::Portfolio;
pub use read::{read_json, ReadError};
pub use record::{Deduction, DeductionKind, Payee, Payment, PaymentForm, Record, WorkedShift};
pub use recurrence::Recurrence;
pub use registry::Registry;
pub use schedule::{
    DailyWindow, ExtraShift, Schedule, Shift, TimeOfDay, WeekdaySet, WeeklySchedule, WeeklySpan,
    MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEK,
};

/// The chrono crate, whose dates and weekdays the API takes ([`chrono::NaiveDate`],
/// [`chrono::Weekday`]): use it from here to get the version this crate was built with.
pub use chrono;
/// The uuid crate, whose [`uuid::Uuid`] is inside every typed id.
pub use uuid;

/// What the examples use, for `use school_enterprise::prelude::*`: the parties and their
/// builders, the ids, the value types, placements, agreements and modes, the engine's types, and
/// chrono's `NaiveDate` and `Weekday`. The mode-specific models stay in their modules
/// ([`introduced`], [`alternation`], [`interaction`], [`order`]).
pub mod prelude {
    pub use chrono::{Datelike, NaiveDate, Weekday};

    pub use crate::{
        AgreementId, BaseId, CampusSite, Charge, ChargeKind, CheckContext, Consent, Contribution,
        ContributionId, ContributionKind, CooperationAgreement, CourseId, Currency, DateRange,
        Employer, Enterprise, EnterpriseId, EquipmentId, Error, ExamId, Exemption, Figure, GroupId,
        Hazard, Instructor, InstructorId, Insurance, LabourIntensity, LegalStatus, LineId, Mode,
        ModuleId, Money, Name, Origin, Path, Pay, PeriodId, Placement, PlacementBuilder,
        PlacementId, PlacementKind, Policy, Portfolio, Post, PostId, ProtectedGroup, Recurrence,
        Registry, Report, RequirementId, RuleCode, School, SchoolId, SchoolKind, SessionId,
        Severity, Sex, Share, Shift, Side, SiteId, Student, StudentId, TaskId, TimeOfDay,
        TripartiteSignatures, VenueKind, Violation, WeekdaySet, WeeklySchedule,
    };
}
