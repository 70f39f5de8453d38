//! The order class model: the intake with each student's employment commitment, the enterprise's
//! requirements, the curriculum modules and exams traced to them, and the enterprise's production
//! periods with the class's practical-training blocks.
//!
//! The ordering enterprise and the school are the agreement's own parties; the internship
//! placements are the agreement's placements, found by student. Neither is restated here, so they
//! cannot disagree with the agreement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    DateRange, ExamId, ModuleId, Money, Name, PeriodId, PostId, RequirementId, Share, Side,
    StudentId,
};

/// An order class (订单班): students with a job at enrollment and at graduation, trained to the
/// ordering enterprise's requirements.
///
/// The ordering enterprise and the school are the agreement's
/// [`enterprise`](crate::CooperationAgreement::enterprise) and
/// [`school`](crate::CooperationAgreement::school). Each student's origin (selected by the school,
/// or an employee the enterprise recruited, since a date) is the registry's
/// [`Student::origin`](crate::Student::origin). Internship placements are ordinary placements of
/// the agreement, found by student.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::order::{Enrollee, EmploymentCommitment, OrderClass};
/// use school_enterprise::{PostId, StudentId};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let mut class = OrderClass::new(30, d(2024, 9, 1));
/// let mut wang = Enrollee::new(StudentId::from_u128(7));
/// wang.commitment = Some(EmploymentCommitment::new(PostId::from_u128(3), d(2024, 8, 20), d(2027, 7, 5)));
/// class.intake.push(wang);
/// assert_eq!(class.distinct_students(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrderClass {
    /// How many students the enterprise orders (its recruitment quota).
    pub recruitment_quota: u32,
    /// The class's enrollment date.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub enrolled_on: NaiveDate,
    /// The students of the class, both origins, each with their employment commitment.
    #[serde(default)]
    pub intake: Vec<Enrollee>,
    /// The enterprise's requirements: the skills its posts need.
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    /// The curriculum modules.
    #[serde(default)]
    pub modules: Vec<Module>,
    /// The exams.
    #[serde(default)]
    pub exams: Vec<Exam>,
    /// The enterprise's production periods.
    #[serde(default)]
    pub production_periods: Vec<ProductionPeriod>,
    /// The class's practical-training blocks.
    #[serde(default)]
    pub practical_blocks: Vec<PracticalBlock>,
}

impl OrderClass {
    /// A class ordering `recruitment_quota` students, enrolling on `enrolled_on`, with nothing
    /// else recorded yet.
    pub fn new(recruitment_quota: u32, enrolled_on: NaiveDate) -> Self {
        Self {
            recruitment_quota,
            enrolled_on,
            intake: Vec::new(),
            requirements: Vec::new(),
            modules: Vec::new(),
            exams: Vec::new(),
            production_periods: Vec::new(),
            practical_blocks: Vec::new(),
        }
    }

    /// The number of distinct students in the intake (a student listed twice counts once).
    pub fn distinct_students(&self) -> usize {
        super::index::IntakeIndex::new(&self.intake).distinct()
    }
}

/// One student of the intake, with their employment commitment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Enrollee {
    /// The student (their origin is the registry's [`Student::origin`](crate::Student::origin)).
    pub student: StudentId,
    /// The employment commitment the student holds, if any.
    #[serde(default)]
    pub commitment: Option<EmploymentCommitment>,
}

impl Enrollee {
    /// `student`, with no commitment recorded yet.
    pub fn new(student: StudentId) -> Self {
        Self {
            student,
            commitment: None,
        }
    }

    /// `student`, holding `commitment`.
    pub fn committed(student: StudentId, commitment: EmploymentCommitment) -> Self {
        Self {
            student,
            commitment: Some(commitment),
        }
    }
}

/// A commitment to employ the student on graduation (a job at enrollment).
///
/// The employer is the enterprise that holds the [`post`](Self::post) in the registry: a
/// commitment is from the ordering enterprise when its post is one of that enterprise's posts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EmploymentCommitment {
    /// The post the student will take.
    pub post: PostId,
    /// The day the commitment was signed.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub signed_on: NaiveDate,
    /// The first day of employment.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub starts_on: NaiveDate,
    /// Charges the commitment imposes on the student (none is the lawful number).
    #[serde(default)]
    pub charges: Vec<CommitmentCharge>,
}

impl EmploymentCommitment {
    /// A commitment to employ on `post` from `starts_on`, signed on `signed_on`, imposing no
    /// charge.
    pub fn new(post: PostId, signed_on: NaiveDate, starts_on: NaiveDate) -> Self {
        Self {
            post,
            signed_on,
            starts_on,
            charges: Vec::new(),
        }
    }
}

/// What a charge a commitment imposes on the student is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CommitmentChargeKind {
    /// A deposit.
    Deposit,
    /// A fee (tuition, training or placement fee charged by the enterprise).
    Fee,
    /// A guarantee (a guarantor or a bond).
    Guarantee,
    /// A penalty (liquidated damages) for leaving the class or not taking the job.
    PenaltyForLeaving,
}

/// A charge a commitment imposes on the student.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CommitmentCharge {
    /// What it is.
    pub kind: CommitmentChargeKind,
    /// Its amount, where it has one.
    #[serde(default)]
    pub amount: Option<Money>,
}

impl CommitmentCharge {
    /// A charge of `kind` with no amount recorded.
    pub fn new(kind: CommitmentChargeKind) -> Self {
        Self { kind, amount: None }
    }

    /// A charge of `kind` of `amount`.
    pub fn of(kind: CommitmentChargeKind, amount: Money) -> Self {
        Self {
            kind,
            amount: Some(amount),
        }
    }
}

/// An enterprise requirement: a skill its posts need.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Requirement {
    /// The requirement's id.
    pub id: RequirementId,
    /// The skill, for people.
    pub name: Name,
}

impl Requirement {
    /// The requirement `name`.
    pub fn new(id: RequirementId, name: Name) -> Self {
        Self { id, name }
    }
}

/// Whether a module is vocational training or general education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModuleKind {
    /// Vocational (professional skills) training: traced to the enterprise's requirements, and
    /// led by the enterprise.
    Vocational,
    /// General education (language, mathematics, civics).
    General,
}

/// Who delivers a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "by", rename_all = "snake_case", deny_unknown_fields)]
pub enum Delivery {
    /// The school alone.
    School,
    /// The enterprise alone.
    Enterprise,
    /// Both, the enterprise delivering the stated share of the hours.
    Joint {
        /// The enterprise's share of the module's hours.
        enterprise_share: Share,
    },
}

impl Delivery {
    /// The enterprise's share of the hours: 0 % for the school, 100 % for the enterprise.
    pub fn enterprise_share(self) -> Share {
        match self {
            Delivery::School => Share::ZERO,
            Delivery::Enterprise => Share::FULL,
            Delivery::Joint { enterprise_share } => enterprise_share,
        }
    }
}

/// A curriculum module of the class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Module {
    /// The module's id.
    pub id: ModuleId,
    /// The module's name.
    pub name: Name,
    /// Vocational or general.
    pub kind: ModuleKind,
    /// Teaching hours.
    pub hours: u32,
    /// Who delivers it.
    pub delivery: Delivery,
    /// The enterprise requirements it covers.
    #[serde(default)]
    pub covers: Vec<RequirementId>,
}

impl Module {
    /// A module of `hours` hours delivered by `delivery`, covering no requirement yet.
    #[deprecated(note = "use ModuleBuilder: `Module::builder()` names each field")]
    pub fn new(id: ModuleId, name: Name, kind: ModuleKind, hours: u32, delivery: Delivery) -> Self {
        Self {
            id,
            name,
            kind,
            hours,
            delivery,
            covers: Vec::new(),
        }
    }
}

/// An exam of the class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Exam {
    /// The exam's id.
    pub id: ExamId,
    /// The exam's name.
    pub name: Name,
    /// Who set it: the school, the ordering enterprise, or both.
    #[serde(default)]
    pub setters: Vec<Side>,
    /// The enterprise requirements it assesses.
    #[serde(default)]
    pub assesses: Vec<RequirementId>,
}

impl Exam {
    /// An exam with no setter and no requirement recorded yet.
    pub fn new(id: ExamId, name: Name) -> Self {
        Self {
            id,
            name,
            setters: Vec::new(),
            assesses: Vec::new(),
        }
    }

    /// Whether `side` is among the setters.
    pub fn is_set_by(&self, side: Side) -> bool {
        self.setters.contains(&side)
    }
}

/// A period of the enterprise's production (a season, a production run).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ProductionPeriod {
    /// The period's id.
    pub id: PeriodId,
    /// Its days.
    pub dates: DateRange,
    /// What is produced, for people.
    #[serde(default)]
    pub description: String,
}

impl ProductionPeriod {
    /// A production period over `dates`.
    pub fn new(id: PeriodId, dates: DateRange) -> Self {
        Self {
            id,
            dates,
            description: String::new(),
        }
    }
}

/// A block of practical training of the class (teaching synchronized with production).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PracticalBlock {
    /// The block's id.
    pub id: PeriodId,
    /// Its days.
    pub dates: DateRange,
    /// What is practised, for people.
    #[serde(default)]
    pub description: String,
}

impl PracticalBlock {
    /// A practical-training block over `dates`.
    pub fn new(id: PeriodId, dates: DateRange) -> Self {
        Self {
            id,
            dates,
            description: String::new(),
        }
    }
}

crate::builder::builder! {
    /// Builds an [`OrderClass`] with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::order::{Enrollee, OrderClass};
    /// use school_enterprise::*;
    ///
    /// let class = OrderClass::builder()
    ///     .recruitment_quota(30)
    ///     .enrolled_on(NaiveDate::from_ymd_opt(2024, 9, 1).unwrap())
    ///     .intake((0..3).map(|i| Enrollee::new(StudentId::from_u128(10 + i))))
    ///     .build()?;
    /// assert_eq!(class.distinct_students(), 3);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    OrderClassBuilder => OrderClass {
        required {
            /// How many students the enterprise orders (its recruitment quota).
            recruitment_quota: u32,
            /// The class's enrollment date.
            enrolled_on: NaiveDate,
        }
        names {}
        optional {}
        lists {
            /// The students of the class, each with their employment commitment.
            intake / enrollee: Vec<Enrollee> => Enrollee,
            /// The enterprise's requirements.
            requirements / requirement: Vec<Requirement> => Requirement,
            /// The curriculum modules.
            modules / module: Vec<Module> => Module,
            /// The exams.
            exams / exam: Vec<Exam> => Exam,
            /// The enterprise's production periods.
            production_periods / production_period: Vec<ProductionPeriod> => ProductionPeriod,
            /// The class's practical-training blocks.
            practical_blocks / practical_block: Vec<PracticalBlock> => PracticalBlock,
        }
        defaults {}
    }
}

crate::builder::builder! {
    /// Builds a curriculum [`Module`] with named setters.
    ///
    /// ```
    /// use school_enterprise::order::{Delivery, Module, ModuleKind};
    /// use school_enterprise::*;
    ///
    /// let module = Module::builder()
    ///     .id(ModuleId::from_u128(1))
    ///     .name("battery assembly")
    ///     .kind(ModuleKind::Vocational)
    ///     .hours(120)
    ///     .delivery(Delivery::Enterprise)
    ///     .covers([RequirementId::from_u128(2)])
    ///     .build()?;
    /// assert_eq!(module.covers.len(), 1);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ModuleBuilder => Module {
        required {
            /// The module's id.
            id: ModuleId,
            /// Vocational or general.
            kind: ModuleKind,
            /// Teaching hours.
            hours: u32,
            /// Who delivers it.
            delivery: Delivery,
        }
        names {
            /// The module's name.
            name,
        }
        optional {}
        lists {
            /// The enterprise requirements it covers.
            covers / cover: Vec<RequirementId> => RequirementId,
        }
        defaults {}
    }
}
