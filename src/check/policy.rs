//! The policy: every limit and switch the rules read, with named profiles.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Code, RuleCode, Severity};
use crate::{DailyWindow, Error, Hazard, LabourIntensity, Money, Share, TimeOfDay, VenueKind};

/// When a placement needs a guardian's consent as well as the student's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardianConsent {
    /// Always (cn: Art. 9 of the 2021 internship provisions).
    Always,
    /// When the student is under the adult age on the first day.
    WhenMinor,
}

/// A range of whole days, both ends included (`semester_days` 90–200).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawDayRange")]
pub struct DayRange {
    min: u32,
    max: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDayRange {
    min: u32,
    max: u32,
}

impl TryFrom<RawDayRange> for DayRange {
    type Error = Error;
    fn try_from(raw: RawDayRange) -> Result<Self, Error> {
        Self::new(raw.min, raw.max)
    }
}

impl DayRange {
    /// From `min` to `max` days, both included. Refuses `max < min`.
    pub fn new(min: u32, max: u32) -> Result<Self, Error> {
        if max < min {
            return Err(Error::ReversedBounds { min, max });
        }
        Ok(Self { min, max })
    }

    /// The fewest days.
    pub fn min(&self) -> u32 {
        self.min
    }

    /// The most days.
    pub fn max(&self) -> u32 {
        self.max
    }

    /// Whether `days` lies in the range, both ends included.
    pub fn contains(&self, days: i64) -> bool {
        i64::from(self.min) <= days && days <= i64::from(self.max)
    }
}

/// Every number and switch a rule compares with, plus per-code severity overrides, switch-offs and
/// the codes that may be exempted.
///
/// [`Policy::cn`] (also [`Default`]) is the profile for the People's Republic of China: the 2021
/// internship provisions (《职业学校学生实习管理规定》, 教职成〔2021〕4号), the Labour Law, the Labour
/// Contract Law and the State Council rules on working hours. Each field's doc names its source.
///
/// A policy is plain serde data. Fields left out of a JSON policy take the cn value:
///
/// ```
/// use school_enterprise::{Policy, RuleCode, Severity};
///
/// let policy: Policy = serde_json::from_str(r#"{
///     "max_weekly_work_hours": 44,
///     "severity_overrides": { "placement.filed": "error" },
///     "switched_off": ["agreement.mutual_contribution"]
/// }"#)?;
/// assert_eq!(policy.max_weekly_work_hours, 44);
/// assert_eq!(policy.max_daily_work_hours, 8); // from cn
/// assert_eq!(policy.severity_of(RuleCode::PlacementFiled), Some(Severity::Error));
/// assert_eq!(policy.severity_of(RuleCode::AgreementMutualContribution), None);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Policy {
    /// Age from which a worker is an adult. cn: 18 (Labour Law Art. 58: juvenile workers are 16 to
    /// under 18).
    pub adult_age: u32,
    /// Youngest age for a work placement. cn: 16 (internship provisions Art. 16(2)).
    pub min_placement_age: u32,
    /// Youngest working age. cn: 16 (Labour Law Art. 15).
    pub min_working_age: u32,
    /// First study year in which a work placement may start. cn: 2 (internship provisions
    /// Art. 16(1): no first-year students).
    pub min_study_year_for_placement: u32,
    /// When a guardian must consent. cn: always (internship provisions Art. 9).
    pub guardian_consent: GuardianConsent,
    /// Years before a placement in which the host must have had no work-safety violation. cn: 3
    /// (internship provisions Art. 6).
    pub host_safety_record_years: u32,
    /// Most working hours in a day. cn: 8 (State Council rules on working hours Art. 3; Labour
    /// Law Art. 36).
    pub max_daily_work_hours: u32,
    /// Most working hours in a week. cn: 40 (State Council rules on working hours Art. 3).
    pub max_weekly_work_hours: u32,
    /// Fewest weekdays with no shift. cn: 1 (Labour Law Art. 38).
    pub min_rest_days_per_week: u32,
    /// The night in which placements may have no shift. cn: 22:00–06:00 (internship provisions
    /// Art. 17(3) bans night shifts without defining night; this is the usual reading).
    pub placement_night_window: Option<DailyWindow>,
    /// The night in which workers under the adult age may have no shift. cn: none (no separate
    /// night ban for juvenile employees found); Germany: 20:00–06:00.
    pub minor_night_window: Option<DailyWindow>,
    /// Public holidays. cn: empty (the caller supplies each year's dates; internship provisions
    /// Art. 17(2)).
    pub public_holidays: BTreeSet<NaiveDate>,
    /// The local minimum monthly wage. cn: none (each province sets it; Labour Law Art. 48).
    pub local_min_monthly_wage: Option<Money>,
    /// Least share of the post's wage standard that independent work pays. cn: 80 % (internship
    /// provisions Art. 18).
    pub min_pay_share: Share,
    /// Longest pay period in days (a calendar-month cycle is entered as 31). cn: 31 (internship
    /// provisions Art. 18: "in principle not longer than one month").
    pub max_pay_period_days: u32,
    /// Usual longest placement in months. cn: 6 (internship provisions Art. 12: "generally six").
    pub max_placement_months: u32,
    /// Largest share of a host's employees its interns may reach. cn: 10 % (internship provisions
    /// Art. 11).
    pub max_intern_share_of_workforce: Share,
    /// Largest share of a post category's employees its interns may reach. cn: 20 % (internship
    /// provisions Art. 11).
    pub max_intern_share_of_post: Share,
    /// Venues where no placement may be. cn: bars, nightclubs, karaoke, bath centres, game
    /// arcades and internet cafés (internship provisions Art. 16(5)).
    pub prohibited_venues: BTreeSet<VenueKind>,
    /// Hazards no placement's post may involve. cn: height, underground, radioactive, toxic,
    /// flammable or explosive (internship provisions Art. 17(1)).
    pub prohibited_hazards: BTreeSet<Hazard>,
    /// Labour intensity from which a post is forbidden to placements. cn: class III (internship
    /// provisions Art. 16(7)).
    pub forbidden_labour_intensity_from: LabourIntensity,
    /// Codes an exemption may silence. cn: night, rest-day, holiday and hazard bans and the daily
    /// and weekly hours (internship provisions Art. 17: special requirements of the major or post,
    /// filed with the superior authority beforehand).
    pub exemptible: BTreeSet<RuleCode>,
    /// Least practical share of hours. cn: 50 % (domain, after the MOE guidance on training
    /// programmes, 2019 No. 13).
    pub min_practice_share: Share,
    /// Most weekly hours of part-time work. cn: 24 (Labour Contract Law Art. 68).
    pub part_time_weekly_hours_max: u32,
    /// Largest difference in size between rotation groups. Domain: 1 ("divided into two parts").
    pub rotation_group_size_tolerance: u32,
    /// Longest gap between rotation periods in days. Domain default: 92 (a long summer break).
    pub max_rotation_gap_days: u32,
    /// Length of a semester-long rotation period in days. Domain default: 90–200.
    pub semester_days: DayRange,
    /// Length of a year-long rotation period in days. Domain default: 270–380.
    pub school_year_days: DayRange,
    /// Largest difference between groups' enterprise days. Domain default: 62 (about two months).
    pub max_enterprise_days_imbalance: u32,
    /// Largest difference between an order class's intake and its quota. Domain: 0.
    pub order_quota_tolerance: u32,
    /// Most days from graduation to employment. Domain default: 31.
    pub max_days_graduation_to_employment: u32,
    /// Most days from the last internship day to employment. Domain default: 31.
    pub max_days_internship_to_employment: u32,
    /// Least share of vocational hours the ordering enterprise delivers. Domain: 50 %
    /// ("enterprises play a more important role").
    pub min_order_enterprise_training_share: Share,
    /// Least rest between work and an after-work class, in minutes. Domain default: 30.
    pub min_rest_between_work_and_class_minutes: u32,
    /// Least weekly class hours in employed study. Domain default: 4.
    pub min_weekly_study_hours: u32,
    /// Most weekly hours of work plus classes. Domain default: 60.
    pub max_weekly_load_hours: u32,
    /// Least share of professional courses' hours taught by enterprise professionals. cn: off (no
    /// national figure found).
    pub min_enterprise_teaching_share: Option<Share>,
    /// Least years of industry experience of an enterprise professional who teaches. cn: off (no
    /// national figure confirmed).
    pub min_industry_experience_years: Option<u32>,
    /// Severities that replace a rule's default.
    pub severity_overrides: BTreeMap<Code, Severity>,
    /// Rules that are not reported at all.
    pub switched_off: BTreeSet<Code>,
}

fn share(per_mille: u16) -> Share {
    // Only called with constants of at most 1000.
    Share::from_per_mille(u32::from(per_mille)).unwrap_or(Share::FULL)
}

fn time(hour: u32) -> TimeOfDay {
    TimeOfDay::new(hour, 0).unwrap_or(TimeOfDay::MIDNIGHT)
}

impl Policy {
    /// The profile for the People's Republic of China (the default); see each field for its source.
    pub fn cn() -> Self {
        Self {
            adult_age: 18,
            min_placement_age: 16,
            min_working_age: 16,
            min_study_year_for_placement: 2,
            guardian_consent: GuardianConsent::Always,
            host_safety_record_years: 3,
            max_daily_work_hours: 8,
            max_weekly_work_hours: 40,
            min_rest_days_per_week: 1,
            placement_night_window: DailyWindow::new(time(22), time(6)).ok(),
            minor_night_window: None,
            public_holidays: BTreeSet::new(),
            local_min_monthly_wage: None,
            min_pay_share: share(800),
            max_pay_period_days: 31,
            max_placement_months: 6,
            max_intern_share_of_workforce: share(100),
            max_intern_share_of_post: share(200),
            prohibited_venues: [
                VenueKind::Bar,
                VenueKind::Nightclub,
                VenueKind::Karaoke,
                VenueKind::BathCentre,
                VenueKind::GameArcade,
                VenueKind::InternetCafe,
            ]
            .into(),
            prohibited_hazards: [
                Hazard::Height,
                Hazard::Underground,
                Hazard::Radioactive,
                Hazard::Toxic,
                Hazard::FlammableOrExplosive,
            ]
            .into(),
            forbidden_labour_intensity_from: LabourIntensity::ClassIII,
            exemptible: [
                RuleCode::PlacementNightWork,
                RuleCode::PlacementRestDayWork,
                RuleCode::PlacementHolidayWork,
                RuleCode::PlacementHazardousWork,
                RuleCode::WorktimeDailyHours,
                RuleCode::WorktimeWeeklyHours,
            ]
            .into(),
            min_practice_share: share(500),
            part_time_weekly_hours_max: 24,
            rotation_group_size_tolerance: 1,
            max_rotation_gap_days: 92,
            semester_days: DayRange { min: 90, max: 200 },
            school_year_days: DayRange { min: 270, max: 380 },
            max_enterprise_days_imbalance: 62,
            order_quota_tolerance: 0,
            max_days_graduation_to_employment: 31,
            max_days_internship_to_employment: 31,
            min_order_enterprise_training_share: share(500),
            min_rest_between_work_and_class_minutes: 30,
            min_weekly_study_hours: 4,
            max_weekly_load_hours: 60,
            min_enterprise_teaching_share: None,
            min_industry_experience_years: None,
            severity_overrides: BTreeMap::new(),
            switched_off: BTreeSet::new(),
        }
    }

    /// The severity a catalogue rule reports with under this policy, or `None` when it is
    /// switched off.
    pub fn severity_of(&self, code: RuleCode) -> Option<Severity> {
        self.severity_for(&Code::Rule(code), code.default_severity())
    }

    /// The severity for `code` given the severity it would have, or `None` when switched off.
    pub(crate) fn severity_for(&self, code: &Code, default: Severity) -> Option<Severity> {
        if self.switched_off.contains(code) {
            return None;
        }
        Some(
            self.severity_overrides
                .get(code)
                .copied()
                .unwrap_or(default),
        )
    }

    /// Whether the rule is reported at all under this policy.
    pub fn is_on(&self, code: RuleCode) -> bool {
        self.switched_off.is_empty() || !self.switched_off.contains(&Code::Rule(code))
    }

    /// This policy with `code` switched off.
    pub fn switch_off(mut self, code: impl Into<Code>) -> Self {
        self.switched_off.insert(code.into());
        self
    }

    /// This policy with `code` reported at `severity`.
    pub fn override_severity(mut self, code: impl Into<Code>, severity: Severity) -> Self {
        self.severity_overrides.insert(code.into(), severity);
        self
    }

    /// Whether an exemption may silence `code`.
    pub fn is_exemptible(&self, code: RuleCode) -> bool {
        self.exemptible.contains(&code)
    }
}

impl Default for Policy {
    /// The cn profile.
    fn default() -> Self {
        Self::cn()
    }
}
