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
//! ```
//! use chrono::{NaiveDate, Weekday};
//! use school_enterprise::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let t = |h, m| TimeOfDay::new(h, m).unwrap();
//!
//! let school = School::new(SchoolId::from_u128(1), Name::new("Riverside Vocational School")?,
//!     SchoolKind::SecondaryVocational);
//! let mut factory = Enterprise::new(EnterpriseId::from_u128(2), Name::new("Delta Motors")?,
//!     Name::new("manufacturing")?, LegalStatus::OwnEntity, VenueKind::Factory, 400);
//! factory.posts.push(Post::new(PostId::from_u128(3), Name::new("assembly")?,
//!     Name::new("assembly")?, Name::new("mechatronics")?, 120, Money::new(4_800_00, Currency::CNY)));
//! let student = Student::new(StudentId::from_u128(4), school.id, Name::new("Wang Fang")?,
//!     d(2008, 4, 2), Name::new("mechatronics")?, Name::new("mechatronics")?, 2024,
//!     d(2024, 9, 1), d(2027, 7, 1));
//! let registry = Registry::new(vec![school], vec![factory], vec![student], vec![])?;
//!
//! let mut agreement = CooperationAgreement::new(AgreementId::from_u128(5), SchoolId::from_u128(1),
//!     EnterpriseId::from_u128(2), DateRange::new(d(2026, 3, 1), d(2027, 2, 28))?, d(2026, 2, 1),
//!     Mode::Interaction(interaction::Interaction::new()));
//! agreement.contributions.push(Contribution::new(Side::School, ContributionKind::Staff, "teachers"));
//! agreement.contributions.push(Contribution::new(Side::Enterprise, ContributionKind::Equipment, "robots"));
//!
//! let mut placement = Placement::new(PlacementId::from_u128(6), StudentId::from_u128(4),
//!     EnterpriseId::from_u128(2), PostId::from_u128(3), PlacementKind::Assisting,
//!     DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?);
//! // Nine hours a day, six days a week: too long by day and by week.
//! let shifts = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat]
//!     .into_iter()
//!     .map(|day| Shift::new(day, t(8, 0), t(18, 0), 60))
//!     .collect::<Result<Vec<_>, _>>()?;
//! placement.schedule = WeeklySchedule::new(shifts)?.into();
//! agreement.placements.push(placement);
//!
//! let report = agreement.check(&registry, &Policy::cn());
//! assert!(!report.is_ok());
//! let weekly = report.with_code(RuleCode::WorktimeWeeklyHours).next().unwrap();
//! assert_eq!(weekly.path().to_string(), "placements[0].schedule");
//! assert_eq!(weekly.figure("limit"), Some("40 h"));
//! assert_eq!(weekly.figure("actual"), Some("54 h"));
//! assert_eq!(report.with_code(RuleCode::WorktimeDailyHours).count(), 6);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```
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
mod portfolio;
pub mod record;
mod recurrence;
mod registry;
mod schedule;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
// The kit draws every field from a strategy and passes it on positionally, inside functions that
// return `Option`; builder chains would not shorten it, so it keeps the deprecated constructors.
#[allow(deprecated)]
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
    catalogue, Area, BreakStep, CheckContext, Code, CustomCode, DayRange, Figure, GuardianConsent,
    MinBreaks, Path, PayDue, Policy, Report, Rule, RuleCode, RuleInfo, Segment, Severity,
    TrainingAllowance, Violation,
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
    PlacementKind, TripartiteSignatures,
};
pub use portfolio::Portfolio;
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
        AgreementId, BaseId, CampusSite, CheckContext, Consent, Contribution, ContributionId,
        ContributionKind, CooperationAgreement, CourseId, Currency, DateRange, Employer,
        Enterprise, EnterpriseId, EquipmentId, Error, ExamId, Exemption, Figure, GroupId, Hazard,
        Instructor, InstructorId, Insurance, LabourIntensity, LegalStatus, LineId, Mode, ModuleId,
        Money, Name, Origin, Pay, PeriodId, Placement, PlacementId, PlacementKind, Policy,
        Portfolio, Post, PostId, ProtectedGroup, Recurrence, Registry, Report, RequirementId,
        RuleCode, School, SchoolId, SchoolKind, SessionId, Severity, Sex, Share, Shift, Side,
        SiteId, Student, StudentId, TaskId, TimeOfDay, TripartiteSignatures, VenueKind, Violation,
        WeekdaySet, WeeklySchedule,
    };
}
