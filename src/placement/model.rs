//! The placement model.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::schedule::Plan;
use crate::{
    DateRange, EnterpriseId, Error, ExtraShift, InstructorId, Money, PlacementId, PostId, Schedule,
    SchoolDay, Share, StudentId,
};

/// What kind of placement it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlacementKind {
    /// An observation visit (认识实习).
    Observation,
    /// Assisting work under supervision (岗位实习).
    Assisting,
    /// Independent work on a post (岗位实习).
    Independent,
}

impl PlacementKind {
    /// Whether this is a work placement (assisting or independent work, 岗位实习).
    pub fn is_work(self) -> bool {
        matches!(self, PlacementKind::Assisting | PlacementKind::Independent)
    }
}

/// The placement's pay.
///
/// A trainee's pay may list a monthly amount per training year, declare a collective agreement
/// (which sets its own allowance, BBiG § 17(3)) and declare part-time training (whose minimum
/// allowance scales with the contract's hours, § 17(5)); `placement.training_allowance` reads
/// them. JSON without these fields reads as none.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Pay {
    /// Pay per month (in every training year that `by_training_year` does not list).
    pub monthly: Money,
    /// Days between pay days (a calendar-month cycle is entered as 31); at least 1: serde and
    /// [`Pay::new`] refuse 0.
    #[serde(deserialize_with = "period_days")]
    pub period_days: u32,
    /// Pay per month in training year 1, 2, 3, ... where it differs by year; a training year
    /// past the end of the list is paid `monthly`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_training_year: Vec<Money>,
    /// The collective agreement (Tarifvertrag) that sets the pay, by name, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collective_agreement: Option<String>,
    /// For part-time training, the contract's hours as a share of full-time hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_time_share: Option<Share>,
}

/// Reads a pay's `period_days`, refusing 0 where it stands (so the error's path ends at
/// `period_days`).
fn period_days<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let days = u32::deserialize(deserializer)?;
    if days == 0 {
        return Err(serde::de::Error::custom(Error::Zero {
            field: "period_days",
        }));
    }
    Ok(days)
}

impl Pay {
    /// `monthly` paid every `period_days` days, the same in every training year, full time and
    /// under no collective agreement. Refuses a period of 0 days.
    ///
    /// ```
    /// use school_enterprise::{Currency, Error, Money, Pay};
    ///
    /// let monthly = Money::new(4_200_00, Currency::CNY);
    /// assert_eq!(Pay::new(monthly, 31)?.period_days, 31);
    /// assert_eq!(Pay::new(monthly, 0), Err(Error::Zero { field: "period_days" }));
    /// Ok::<(), Error>(())
    /// ```
    pub fn new(monthly: Money, period_days: u32) -> Result<Self, Error> {
        if period_days == 0 {
            return Err(Error::Zero {
                field: "period_days",
            });
        }
        Ok(Self {
            monthly,
            period_days,
            by_training_year: Vec::new(),
            collective_agreement: None,
            part_time_share: None,
        })
    }

    /// This pay with `by_training_year[k - 1]` a month in training year k.
    pub fn with_training_years(mut self, by_training_year: Vec<Money>) -> Self {
        self.by_training_year = by_training_year;
        self
    }

    /// The monthly pay in training year `year` (counted from 1).
    pub fn in_training_year(&self, year: u32) -> Money {
        year.checked_sub(1)
            .and_then(|k| self.by_training_year.get(k as usize))
            .copied()
            .unwrap_or(self.monthly)
    }
}

/// The signatures of the tripartite placement agreement (school, host, student), each dated when
/// signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TripartiteSignatures {
    /// The school's signature.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub school: Option<NaiveDate>,
    /// The host's signature.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub host: Option<NaiveDate>,
    /// The student's signature.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub student: Option<NaiveDate>,
}

impl TripartiteSignatures {
    /// School, host and student all signed on `date`.
    pub fn signed_on(date: NaiveDate) -> Self {
        Self {
            school: Some(date),
            host: Some(date),
            student: Some(date),
        }
    }
}

/// Informed-consent signatures, each dated when signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Consent {
    /// The student's consent.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub student: Option<NaiveDate>,
    /// A guardian's or parent's consent.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub guardian: Option<NaiveDate>,
}

impl Consent {
    /// The student and a guardian both signed on `date`.
    pub fn signed_on(date: NaiveDate) -> Self {
        Self {
            student: Some(date),
            guardian: Some(date),
        }
    }
}

/// A liability insurance policy for the placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Insurance {
    /// The days it covers.
    pub covers: DateRange,
    /// The student's share of the premium.
    pub student_premium_share: Share,
}

impl Insurance {
    /// A policy covering `covers`, the student paying `student_premium_share` of its premium.
    pub fn new(covers: DateRange, student_premium_share: Share) -> Self {
        Self {
            covers,
            student_premium_share,
        }
    }
}

/// What a charge imposed on a student is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChargeKind {
    /// A deposit.
    Deposit,
    /// A fee.
    Fee,
    /// A commission taken from pay.
    CommissionOnPay,
    /// A guarantee.
    Guarantee,
    /// An identity document withheld.
    WithheldDocument,
}

/// A charge imposed on the student.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Charge {
    /// What it is.
    pub kind: ChargeKind,
    /// Its amount, where it has one.
    #[serde(default)]
    pub amount: Option<Money>,
}

impl Charge {
    /// A charge of `kind` with no amount recorded.
    pub fn new(kind: ChargeKind) -> Self {
        Self { kind, amount: None }
    }
}

/// How the placement was arranged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Arrangement {
    /// Directly between school and host.
    #[default]
    Direct,
    /// Through an intermediary or paid agent.
    Intermediary {
        /// Who arranged it.
        name: String,
    },
}

/// One student at one host enterprise for a date range.
///
/// Fields that may be missing in real life (no insurance yet, no supervisor) are optional or lists
/// that may be empty; the rules report what is missing.
///
/// Reading from JSON refuses a date listed twice in `days_off` and an extra shift that overlaps
/// another shift worked on its date ([`Placement::check_dated_changes`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Placement {
    /// The placement's id.
    pub id: PlacementId,
    /// The student.
    pub student: StudentId,
    /// The host enterprise.
    pub host: EnterpriseId,
    /// The post at the host.
    pub post: PostId,
    /// Observation visit, assisting or independent work.
    pub kind: PlacementKind,
    /// The days of the placement.
    pub dates: DateRange,
    /// The schedule: one weekly pattern, or a rota.
    #[serde(default)]
    pub schedule: Schedule,
    /// Dates inside the placement with no work; a day off cancels the pattern's shifts that start
    /// on it. Dates outside the placement are ignored by every rule (a date listed twice is
    /// refused wherever it falls).
    #[serde(default, deserialize_with = "crate::date_serde::list")]
    pub days_off: Vec<NaiveDate>,
    /// Shifts worked on a date beside the schedule. Those outside the placement are ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_shifts: Vec<ExtraShift>,
    /// Pay, if any.
    #[serde(default)]
    pub pay: Option<Pay>,
    /// The day the trainee's training started, for the training year and the minimum training
    /// allowance (`placement.training_allowance`); none: the student's enrollment date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::date_serde::option"
    )]
    pub training_started_on: Option<NaiveDate>,
    /// The vocational-school days in every week of the placement (`worktime.school_day`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub school_days: Vec<SchoolDay>,
    /// The day school and host drew up the internship plan together.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub internship_plan_on: Option<NaiveDate>,
    /// The day the school filed the placement with its competent authority.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub filed_on: Option<NaiveDate>,
    /// The tripartite agreement's signatures.
    #[serde(default)]
    pub tripartite: TripartiteSignatures,
    /// Consent signatures.
    #[serde(default)]
    pub consent: Consent,
    /// Liability insurance policies.
    #[serde(default)]
    pub insurance: Vec<Insurance>,
    /// The school's instructor.
    #[serde(default)]
    pub school_instructor: Option<InstructorId>,
    /// The host's supervisor.
    #[serde(default)]
    pub supervisor: Option<InstructorId>,
    /// The day the student passed safety training.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub safety_training_on: Option<NaiveDate>,
    /// Charges imposed on the student.
    #[serde(default)]
    pub charges: Vec<Charge>,
    /// How the placement was arranged.
    #[serde(default)]
    pub arranged: Arrangement,
    /// What actually happened: worked shifts and payments, if recorded (`record.*` rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<crate::Record>,
}

impl Placement {
    /// A placement with an empty schedule and nothing else recorded yet.
    #[deprecated(note = "use PlacementBuilder: `Placement::builder()` names each field")]
    pub fn new(
        id: PlacementId,
        student: StudentId,
        host: EnterpriseId,
        post: PostId,
        kind: PlacementKind,
        dates: DateRange,
    ) -> Self {
        Self {
            id,
            student,
            host,
            post,
            kind,
            dates,
            schedule: Schedule::default(),
            days_off: Vec::new(),
            extra_shifts: Vec::new(),
            pay: None,
            training_started_on: None,
            school_days: Vec::new(),
            internship_plan_on: None,
            filed_on: None,
            tripartite: TripartiteSignatures::default(),
            consent: Consent::default(),
            insurance: Vec::new(),
            school_instructor: None,
            supervisor: None,
            safety_training_on: None,
            charges: Vec::new(),
            arranged: Arrangement::Direct,
            record: None,
        }
    }
}

impl Placement {
    /// The schedule, its dated changes and the placement's days, as the rules read them.
    pub(crate) fn plan(&self) -> Plan<'_> {
        Plan::new(
            &self.schedule,
            &self.days_off,
            &self.extra_shifts,
            self.dates.first(),
            Some(self.dates.last()),
        )
    }

    /// Checks what the dated changes need the whole placement for: no date twice in `days_off`
    /// ([`Error::RepeatedDayOff`]), and no extra shift overlapping another shift worked on its date
    /// (an extra shift, or a pattern shift starting on a day of the placement that is not a day
    /// off; [`Error::OverlappingExtraShift`]). Reading from JSON runs this check; call it after
    /// setting the public fields by hand.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// let mut p = Placement::builder()
    ///     .id(PlacementId::from_u128(1))
    ///     .student(StudentId::from_u128(2))
    ///     .host(EnterpriseId::from_u128(3))
    ///     .post(PostId::from_u128(4))
    ///     .kind(PlacementKind::Independent)
    ///     .dates(DateRange::new(d(3, 2), d(6, 30))?)
    ///     .build()?;
    /// p.days_off = vec![d(4, 6), d(4, 6)];
    /// assert_eq!(p.check_dated_changes(), Err(Error::RepeatedDayOff { date: d(4, 6) }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_dated_changes(&self) -> Result<(), Error> {
        self.plan().validate()
    }
}

impl Serialize for Placement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Placement::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for Placement {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let placement = Placement::deserialize(deserializer)?;
        placement
            .check_dated_changes()
            .map_err(serde::de::Error::custom)?;
        Ok(placement)
    }
}
