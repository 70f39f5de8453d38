//! Resource sharing: what each side of an interaction contributes (space, equipment, material,
//! funding, teaching hours), summed for a report to both parties.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Interaction, ResourceKind};
use crate::{CooperationAgreement, Employer, Mode, Money, Registry, Side};

/// Contributions of one kind: how many, how much, and what they are worth.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Tally {
    /// How many contributions.
    pub entries: u32,
    /// Their quantities added up.
    pub quantity: u64,
    /// Their values added up, one amount per currency (amounts in two currencies are never
    /// added), ordered by currency.
    pub value: Vec<Money>,
}

impl Tally {
    fn add(&mut self, quantity: u32, value: Money) {
        self.entries = self.entries.saturating_add(1);
        self.quantity = self.quantity.saturating_add(u64::from(quantity));
        match self
            .value
            .binary_search_by_key(&value.currency(), Money::currency)
        {
            Ok(i) => {
                if let Some(sum) = self.value.get_mut(i) {
                    *sum = Money::new(
                        sum.minor_units().saturating_add(value.minor_units()),
                        sum.currency(),
                    );
                }
            }
            Err(i) => self.value.insert(i, value),
        }
    }

    /// Whether nothing of this kind is contributed.
    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        write!(
            f,
            "{} contribution(s), {} unit(s)",
            self.entries, self.quantity
        )?;
        for (i, amount) in self.value.iter().enumerate() {
            let sep = if i == 0 { ", worth " } else { " + " };
            write!(f, "{sep}{amount}")?;
        }
        Ok(())
    }
}

/// What one side contributes to an interaction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SideContribution {
    /// Practice bases provided (space; the enterprise provides them).
    pub bases: u32,
    /// The places of those bases: students they take at once, added up.
    pub base_places: u64,
    /// Equipment contributed.
    pub equipment: Tally,
    /// Raw material contributed.
    pub material: Tally,
    /// Funding contributed.
    pub funding: Tally,
    /// Hours the side's staff teach in the teaching plan.
    pub teaching_hours: u64,
}

impl fmt::Display for SideContribution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "  practice bases: {} ({} places)",
            self.bases, self.base_places
        )?;
        writeln!(f, "  equipment:      {}", self.equipment)?;
        writeln!(f, "  material:       {}", self.material)?;
        writeln!(f, "  funding:        {}", self.funding)?;
        writeln!(f, "  teaching:       {} h", self.teaching_hours)
    }
}

/// What each side of an interaction contributes: the bases the enterprise provides, the
/// equipment, material and funding each side brings, and the hours each side's staff teach.
///
/// Teaching hours count towards the school for its teachers and towards the enterprise for its
/// professionals; hours of instructors employed by neither party, or not in the registry, are
/// counted apart.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::interaction::*;
/// use school_enterprise::*;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let mut model = Interaction::new();
/// model.bases.push(PracticeBase::new(BaseId::from_u128(1), Name::new("CNC workshop")?, 24,
///     DateRange::new(d(2026, 9, 1), d(2027, 7, 15))?));
/// model.resources.push(Resource::builder()
///     .id(ContributionId::from_u128(2))
///     .side(Side::Enterprise)
///     .kind(ResourceKind::Equipment)
///     .description("five-axis machining centres")
///     .quantity(3)
///     .value(Money::new(1_800_000_00, Currency::CNY))
///     .build()?);
/// let agreement = CooperationAgreement::builder()
///     .id(AgreementId::from_u128(3))
///     .school(SchoolId::from_u128(4))
///     .enterprise(EnterpriseId::from_u128(5))
///     .validity(DateRange::new(d(2026, 9, 1), d(2029, 8, 31))?)
///     .signed_on(d(2026, 6, 30))
///     .mode(Mode::Interaction(model))
///     .build()?;
///
/// let sharing = ResourceSharing::of(&agreement, &Registry::default()).unwrap();
/// assert_eq!(sharing.enterprise.base_places, 24);
/// assert_eq!(sharing.enterprise.equipment.value, vec![Money::new(1_800_000_00, Currency::CNY)]);
/// assert!(sharing.school.equipment.is_empty());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ResourceSharing {
    /// What the school contributes.
    pub school: SideContribution,
    /// What the enterprise contributes.
    pub enterprise: SideContribution,
    /// Teaching hours of instructors employed by neither party (or not in the registry).
    pub other_teaching_hours: u64,
}

impl ResourceSharing {
    /// The summary of an interaction agreement, resolving instructors in `registry`; `None` when
    /// the agreement is of another mode.
    pub fn of(agreement: &CooperationAgreement, registry: &Registry) -> Option<Self> {
        match &agreement.mode {
            Mode::Interaction(model) => Some(Self::summarize(model, agreement, registry)),
            _ => None,
        }
    }

    /// What `side` contributes.
    pub fn side(&self, side: Side) -> &SideContribution {
        match side {
            Side::School => &self.school,
            Side::Enterprise => &self.enterprise,
        }
    }

    fn summarize(
        model: &Interaction,
        agreement: &CooperationAgreement,
        registry: &Registry,
    ) -> Self {
        let mut sharing = Self::default();
        for base in &model.bases {
            let enterprise = &mut sharing.enterprise;
            enterprise.bases = enterprise.bases.saturating_add(1);
            enterprise.base_places = enterprise
                .base_places
                .saturating_add(u64::from(base.capacity));
        }
        for resource in &model.resources {
            let side = match resource.side {
                Side::School => &mut sharing.school,
                Side::Enterprise => &mut sharing.enterprise,
            };
            let tally = match resource.kind {
                ResourceKind::Equipment => &mut side.equipment,
                ResourceKind::Material => &mut side.material,
                ResourceKind::Funding => &mut side.funding,
            };
            tally.add(resource.quantity, resource.value);
        }
        let courses = model.plan.iter().flat_map(|plan| plan.courses.iter());
        for teaching in courses.flat_map(|course| course.instructors.iter()) {
            let hours = u64::from(teaching.hours);
            let employer = registry.instructor(teaching.instructor).map(|i| i.employer);
            let sum = match employer {
                Some(Employer::School(id)) if id == agreement.school => {
                    &mut sharing.school.teaching_hours
                }
                Some(Employer::Enterprise(id)) if id == agreement.enterprise => {
                    &mut sharing.enterprise.teaching_hours
                }
                _ => &mut sharing.other_teaching_hours,
            };
            *sum = sum.saturating_add(hours);
        }
        sharing
    }
}

impl fmt::Display for ResourceSharing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "school contributes:")?;
        write!(f, "{}", self.school)?;
        writeln!(f, "enterprise contributes:")?;
        write!(f, "{}", self.enterprise)?;
        if self.other_teaching_hours > 0 {
            writeln!(f, "other instructors teach {} h", self.other_teaching_hours)?;
        }
        Ok(())
    }
}
