//! The policy: every limit and switch the rules read, with named profiles.

use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroU32;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Code, RuleCode, Severity};
use crate::{
    DailyWindow, Error, Hazard, LabourIntensity, Money, Share, TimeOfDay, VenueKind, WeekdaySet,
};

/// When a placement needs a guardian's consent as well as the student's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GuardianConsent {
    /// Always (cn: Art. 9 of the 2021 internship provisions).
    Always,
    /// When the student is under the adult age on the first day.
    WhenMinor,
}

/// A range of whole days, both ends included (`semester_days` 90–200).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawDayRange")]
pub struct DayRange {
    min: u32,
    max: u32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// When a month's pay is due (`record.paid_on_time`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PayDue {
    /// The month's last placement day plus `max_pay_period_days` (cn: internship provisions
    /// Art. 18, "in principle not longer than one month").
    PeriodAfterMonth,
    /// The month's last working day: Monday to Friday, not a public holiday (de: BBiG § 18(2)).
    LastWorkingDay,
}

/// A minimum unpaid break for shifts whose working time exceeds a threshold (`worktime.breaks`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BreakStep {
    /// The working time, in minutes, that a shift must exceed for the break to be required.
    pub working_minutes_over: u32,
    /// The least unpaid break, in minutes, such a shift has.
    pub break_minutes: u32,
}

impl BreakStep {
    /// A shift working more than `working_minutes_over` minutes has at least `break_minutes` of
    /// unpaid break.
    pub fn new(working_minutes_over: u32, break_minutes: u32) -> Self {
        Self {
            working_minutes_over,
            break_minutes,
        }
    }
}

/// The minimum breaks, for adults and for minors (`worktime.breaks`, `record.breaks`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct MinBreaks {
    /// The steps for adults; the highest threshold a shift exceeds sets its break.
    pub adults: Vec<BreakStep>,
    /// The steps for workers under `adult_age`.
    pub minors: Vec<BreakStep>,
}

impl MinBreaks {
    /// Breaks of `adults` for adults and `minors` for minors.
    pub fn new(adults: Vec<BreakStep>, minors: Vec<BreakStep>) -> Self {
        Self { adults, minors }
    }
}

/// The minimum monthly training allowance for trainees who started training in one year
/// (`placement.training_allowance`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TrainingAllowance {
    /// The calendar year training started.
    pub start_year: i32,
    /// The least monthly allowance in training year 1, 2, 3, ... (one entry per training year).
    pub by_training_year: Vec<Money>,
}

impl TrainingAllowance {
    /// For training started in `start_year`, at least `by_training_year[k - 1]` a month in training
    /// year k.
    pub fn new(start_year: i32, by_training_year: Vec<Money>) -> Self {
        Self {
            start_year,
            by_training_year,
        }
    }
}

/// Declares [`Policy`] and, from the same field list, the plain form serde reads before the policy
/// is validated (so that JSON cannot build a policy [`Policy::validate`] refuses).
macro_rules! policy {
    (
        $(#[$meta:meta])*
        pub struct Policy {
            $($(#[$field_meta:meta])* $([read_with $with:literal])? pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct Policy {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        /// A policy as read, before [`Policy::validate`]; fields left out take the cn value.
        #[derive(Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(default, deny_unknown_fields)]
        struct RawPolicy {
            $($(#[serde(deserialize_with = $with)])? $field: $ty,)*
        }

        impl Default for RawPolicy {
            fn default() -> Self {
                let cn = Policy::cn();
                Self { $($field: cn.$field,)* }
            }
        }

        impl TryFrom<RawPolicy> for Policy {
            type Error = Error;
            fn try_from(raw: RawPolicy) -> Result<Self, Error> {
                let policy = Policy { $($field: raw.$field,)* };
                policy.validate()?;
                Ok(policy)
            }
        }
    };
}

policy! {
/// Every number and switch a rule compares with, plus per-code severity overrides, switch-offs and
/// the codes that may be exempted.
///
/// [`Policy::cn`] (also [`Default`]) is the profile for the People's Republic of China: the 2021
/// internship provisions (《职业学校学生实习管理规定》, 教职成〔2021〕4号), the Labour Law, the Labour
/// Contract Law and the State Council rules on working hours. Each field's doc names its source.
///
/// A policy is plain serde data. Fields left out of a JSON policy take the cn value, and reading
/// refuses what [`Policy::validate`] refuses:
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
///
/// // 2026-02-16 is a Monday: it cannot be a make-up working day.
/// assert!(serde_json::from_str::<Policy>(r#"{"make_up_working_days": ["2026-02-16"]}"#).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawPolicy")]
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
    /// Most working hours in a week; for a rota, in the average week of its cycle. cn: 40 (State
    /// Council rules on working hours Art. 3).
    pub max_weekly_work_hours: u32,
    /// Most working hours in any single week (a pattern of a rota, a dated week, a recorded week).
    /// cn: 40, the same as `max_weekly_work_hours` (State Council rules on working hours Art. 3:
    /// no averaging for interns).
    pub max_single_week_work_hours: u32,
    /// The weekly rest days of a host that declares none. cn: Saturday and Sunday (State Council
    /// rules on working hours Art. 7).
    pub default_rest_days: WeekdaySet,
    /// Whether every placement needs a school instructor employed by the school. cn: yes
    /// (internship provisions Art. 8, 10).
    pub school_instructor_required: bool,
    /// Fewest weekdays with no shift. cn: 1 (Labour Law Art. 38).
    pub min_rest_days_per_week: u32,
    /// The night in which placements may have no shift. cn: 22:00–06:00 (internship provisions
    /// Art. 17(3) bans night shifts without defining night; this is the usual reading).
    pub placement_night_window: Option<DailyWindow>,
    /// The night in which workers under the adult age may have no shift. cn: none (no separate
    /// night ban for juvenile employees found); Germany: 20:00–06:00 (JArbSchG § 14(1)).
    pub minor_night_window: Option<DailyWindow>,
    /// Public holidays. cn: empty (the caller supplies each year's dates; internship provisions
    /// Art. 17(2)).
    [read_with "crate::date_serde::set"]
    pub public_holidays: BTreeSet<NaiveDate>,
    /// Make-up working days (调休): Saturdays or Sundays the State Council declares working days,
    /// on which a host's weekly rest day is a working day. cn: empty (the caller supplies each
    /// year's dates from the State Council's holiday notice). A make-up working day must be a
    /// Saturday or Sunday and not a public holiday ([`Policy::validate`]).
    [read_with "crate::date_serde::set"]
    pub make_up_working_days: BTreeSet<NaiveDate>,
    /// The local minimum monthly wage. cn: none (each province sets it; Labour Law Art. 48).
    pub local_min_monthly_wage: Option<Money>,
    /// Least share of the post's wage standard that independent work pays. cn: 80 % (internship
    /// provisions Art. 18).
    pub min_pay_share: Share,
    /// Longest pay period in days (a calendar-month cycle is entered as 31). cn: 31 (internship
    /// provisions Art. 18: "in principle not longer than one month").
    pub max_pay_period_days: u32,
    /// When a month's pay is due. cn: the month's last placement day plus `max_pay_period_days`
    /// (internship provisions Art. 18).
    pub pay_due: PayDue,
    /// The days of a month that monthly pay is divided by, pro rata, for a month the placement
    /// does not fill (a whole calendar month is due the monthly pay, and part of one never more);
    /// none: the days of the calendar month. cn: none (domain: pro rata by calendar days); de: 30
    /// (BBiG § 18(1)).
    pub pay_month_days: Option<NonZeroU32>,
    /// How far, in minutes, a recorded shift may start before or end after a planned shift and
    /// still be that shift (`record.beyond_schedule`). Domain default: 15.
    pub schedule_tolerance_minutes: u32,
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
    /// Hazards no worker under `adult_age` may be exposed to. cn: height, underground,
    /// radioactive, toxic, flammable or explosive, dust, high temperature, forced-pace line work,
    /// vibrating tools and heavy lifting (Provisions on the Special Protection of Juvenile Workers,
    /// 1994, Art. 3; Labour Law Art. 64). Machinery, noise and electrical work alone are not on
    /// the list.
    pub hazards_forbidden_for_minors: BTreeSet<Hazard>,
    /// Labour intensity from which a post is forbidden to placements. cn: class III (internship
    /// provisions Art. 16(7)).
    pub forbidden_labour_intensity_from: LabourIntensity,
    /// Most working hours of a minor in a day. cn: off (the adult limit already binds); Germany:
    /// 8 (JArbSchG § 8(1)).
    pub minor_max_daily_work_hours: Option<u32>,
    /// Most working hours of a minor in a week. cn: off; Germany: 40 (JArbSchG § 8(1)).
    pub minor_max_weekly_work_hours: Option<u32>,
    /// Most days a minor works in a week. cn: off; Germany: 5 (JArbSchG § 15).
    pub minor_max_days_per_week: Option<u32>,
    /// Least rest, in hours, between the end of one day's work and the next. cn: off; Germany: 11
    /// (ArbZG § 5).
    pub min_daily_rest_hours: Option<u32>,
    /// Least rest of a minor, in hours, between the end of one day's work and the next. cn: off;
    /// Germany: 12 (JArbSchG § 13).
    pub minor_min_daily_rest_hours: Option<u32>,
    /// The minimum breaks by working time. cn: off; Germany: ArbZG § 4 and JArbSchG § 11.
    pub min_breaks: Option<MinBreaks>,
    /// The working time, in hours, a long vocational-school day is credited with. cn: off;
    /// Germany: 8 (BBiG § 15(2), JArbSchG § 9).
    pub school_day_credit_hours: Option<u32>,
    /// The minimum monthly training allowance by the year training started. cn: empty (off);
    /// Germany: BBiG § 17(2).
    pub min_training_allowance: Vec<TrainingAllowance>,
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
            max_single_week_work_hours: 40,
            default_rest_days: WeekdaySet::WEEKEND,
            school_instructor_required: true,
            min_rest_days_per_week: 1,
            placement_night_window: DailyWindow::new(time(22), time(6)).ok(),
            minor_night_window: None,
            public_holidays: BTreeSet::new(),
            make_up_working_days: BTreeSet::new(),
            local_min_monthly_wage: None,
            min_pay_share: share(800),
            max_pay_period_days: 31,
            pay_due: PayDue::PeriodAfterMonth,
            pay_month_days: None,
            schedule_tolerance_minutes: 15,
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
            hazards_forbidden_for_minors: [
                Hazard::Height,
                Hazard::Underground,
                Hazard::Radioactive,
                Hazard::Toxic,
                Hazard::FlammableOrExplosive,
                Hazard::Dust,
                Hazard::HighTemperature,
                Hazard::ForcedPaceLineWork,
                Hazard::VibratingTools,
                Hazard::HeavyLifting,
            ]
            .into(),
            forbidden_labour_intensity_from: LabourIntensity::ClassIII,
            minor_max_daily_work_hours: None,
            minor_max_weekly_work_hours: None,
            minor_max_days_per_week: None,
            min_daily_rest_hours: None,
            minor_min_daily_rest_hours: None,
            min_breaks: None,
            school_day_credit_hours: None,
            min_training_allowance: Vec::new(),
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

    /// Refuses what no policy may hold, naming the value: a make-up working day that is not a
    /// Saturday or Sunday, or that is also a public holiday. Reading a policy from JSON calls this.
    pub fn validate(&self) -> Result<(), Error> {
        for &date in &self.make_up_working_days {
            let reason = if !WeekdaySet::WEEKEND.contains(date.weekday()) {
                "not a Saturday or Sunday"
            } else if self.public_holidays.contains(&date) {
                "also a public holiday"
            } else {
                continue;
            };
            return Err(Error::InvalidMakeUpDay { date, reason });
        }
        Ok(())
    }

    /// This policy with the official calendar of `public_holidays` and `make_up_working_days`
    /// (调休), refused as [`Policy::validate`] refuses.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::Policy;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Spring Festival 2026: 15 to 23 February off, Saturday 14 and Saturday 28 worked.
    /// let holidays = (15..=23).map(|day| d(2, day));
    /// let policy = Policy::cn().with_official_calendar(holidays, [d(2, 14), d(2, 28)])?;
    /// assert_eq!(policy.make_up_working_days.len(), 2);
    /// assert!(Policy::cn().with_official_calendar([d(2, 14)], [d(2, 14)]).is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_official_calendar(
        mut self,
        public_holidays: impl IntoIterator<Item = NaiveDate>,
        make_up_working_days: impl IntoIterator<Item = NaiveDate>,
    ) -> Result<Self, Error> {
        self.public_holidays.extend(public_holidays);
        self.make_up_working_days.extend(make_up_working_days);
        self.validate()?;
        Ok(self)
    }
}

/// EUR amounts in cents, for the allowance table.
fn eur(cents: u64) -> Money {
    Money::new(cents, crate::Currency::EUR)
}

/// A row of the minimum-allowance table of BBiG § 17(2): the four training years' amounts in
/// cents for training started in `start_year`.
fn allowance(start_year: i32, cents: [u64; 4]) -> TrainingAllowance {
    TrainingAllowance::new(start_year, cents.into_iter().map(eur).collect())
}

impl Policy {
    /// The profile for Germany's dual vocational training: [`Policy::cn`] with the changes of the
    /// de table of RULES.md (BBiG = Vocational Training Act, JArbSchG = Youth Employment
    /// Protection Act, ArbZG = Working Hours Act).
    ///
    /// - `min_placement_age`, `min_working_age`: 15 (JArbSchG §§ 2, 5, 7: no employment under
    ///   15; training may start once full-time compulsory schooling ends, taken as 15).
    /// - `min_study_year_for_placement`: 1, i.e. off (training at the company starts in year 1;
    ///   `placement.study_year` is switched off too, and the rotation planner plans year 1).
    /// - `guardian_consent`: when under `adult_age` (BBiG § 11: a minor's legal representatives
    ///   sign the training contract).
    /// - `max_daily_work_hours`: 10 (ArbZG § 3: up to 10 h on any working day).
    /// - `max_weekly_work_hours` / `max_single_week_work_hours`: 48 / 60 (ArbZG § 3: 8 h a
    ///   working day on average over six months, six working days; a rota's average week against
    ///   48 h, any single week against 60 h).
    /// - `default_rest_days`: Sunday (ArbZG § 9; Saturday is a working day).
    /// - `placement_night_window`: none (ArbZG § 6 regulates adult night work without
    ///   forbidding it).
    /// - `minor_night_window`: 20:00–06:00 (JArbSchG § 14(1); the exceptions of § 14(2)–(3)
    ///   for workers over 16 are filed as exemptions).
    /// - `minor_max_daily_work_hours` / `minor_max_weekly_work_hours` /
    ///   `minor_max_days_per_week`: 8 / 40 / 5 (JArbSchG § 8(1), § 15; the 8 h 30 variant of
    ///   § 8(2a) is not modelled).
    /// - `min_daily_rest_hours` / `minor_min_daily_rest_hours`: 11 / 12 (ArbZG § 5(1);
    ///   JArbSchG § 13).
    /// - `min_breaks`: adults more than 6 h → 30 min, more than 9 h → 45 min (ArbZG § 4);
    ///   minors more than 4 h 30 → 30 min, more than 6 h → 60 min (JArbSchG § 11(1)).
    /// - `school_day_credit_hours`: 8 (BBiG § 15(2), JArbSchG § 9(2): a long school day counts
    ///   as the average daily working time, 8 h in a 40-hour week).
    /// - `min_training_allowance`: BBiG § 17(2), EUR a month in training years 1 to 4 by the
    ///   year training started: 2020 515, 2021 550, 2022 585, 2023 620 (§ 17(2) sentence 1
    ///   no. 1; years 2–4 are year 1 plus 18 %, 35 %, 40 %, to the cent, sentence 1 nos. 2–4),
    ///   then the amounts the Federal Ministry of Education announces each year under § 17(2)
    ///   for training started the next year: 2024 649 / 766 / 876 / 909, 2025 682 / 805 / 921 /
    ///   955, 2026 724 / 854 / 977 / 1,014. A start year outside the table is not evaluated.
    /// - `pay_due` / `pay_month_days`: the month's last working day / 30 (BBiG § 18(1)–(2)).
    /// - `prohibited_hazards`: none (adults may do hazardous work they are trained for).
    /// - `hazards_forbidden_for_minors`: underground and forced-pace line work (JArbSchG §§ 23,
    ///   24; the hazards of § 22(1) are allowed to trainees where the training requires them
    ///   under a competent person's supervision, § 22(2), which the profile assumes).
    /// - `school_instructor_required`: no (the host's trainer is required, BBiG § 28).
    /// - `local_min_monthly_wage`: none (the minimum wage is hourly, MiLoG § 1, and excludes
    ///   trainees, § 22(3)).
    /// - `exemptible`: `worktime.minor_night_work` (JArbSchG § 14(2)–(3)),
    ///   `placement.rest_day_work` and `placement.holiday_work` (ArbZG § 10).
    /// - `placement.filed` stays on as a warning (BBiG §§ 35–36: the trainer applies to the
    ///   chamber to register the contract).
    /// - Switched off: `placement.study_year` (training starts in year 1),
    ///   `placement.host_vetted` (the chamber judges the training site, BBiG § 27),
    ///   `placement.internship_plan` (the training plan is part of the contract, BBiG § 11),
    ///   `placement.tripartite_agreement` (the contract is bilateral, BBiG § 10),
    ///   `placement.insurance` (statutory accident insurance covers trainees),
    ///   `placement.pay_floor`, `placement.duration`, `placement.female_work`,
    ///   `placement.prohibited_venue` (bars and restaurants train hospitality trades),
    ///   `placement.intermediary`, `placement.heavy_labour` (GB 3869 is Chinese),
    ///   `record.paid_in_money` (BBiG § 17(6)), `portfolio.intern_share_enterprise` and
    ///   `portfolio.intern_share_post` (BBiG § 27(1) no. 2 asks for a reasonable ratio of trainees
    ///   to skilled workers, which chambers apply as a step table, not a share).
    /// - `public_holidays`: empty (the caller supplies them; they differ by Land);
    ///   `make_up_working_days`: empty (Germany has none).
    ///
    /// Kept from cn because German law sets the same figure: `adult_age` 18 (JArbSchG § 2(2): a
    /// juvenile is 15 to under 18), `min_rest_days_per_week` 1 (ArbZG § 9(1), § 11(3): Sunday
    /// or a substitute rest day), `max_pay_period_days` 31 (BBiG § 18(2): the month's allowance
    /// is paid by its last working day). The domain defaults are cn's.
    ///
    /// ```
    /// use school_enterprise::{Policy, RuleCode};
    ///
    /// let de = Policy::de();
    /// assert_eq!(de.max_daily_work_hours, 10);
    /// assert_eq!(de.minor_max_weekly_work_hours, Some(40));
    /// assert!(!de.is_on(RuleCode::PlacementHostVetted));
    /// assert!(de.is_on(RuleCode::WorktimeBreaks));
    /// ```
    pub fn de() -> Self {
        let step = BreakStep::new;
        Self {
            min_placement_age: 15,
            min_working_age: 15,
            min_study_year_for_placement: 1,
            guardian_consent: GuardianConsent::WhenMinor,
            max_daily_work_hours: 10,
            max_weekly_work_hours: 48,
            max_single_week_work_hours: 60,
            default_rest_days: WeekdaySet::SUNDAY,
            school_instructor_required: false,
            placement_night_window: None,
            minor_night_window: DailyWindow::new(time(20), time(6)).ok(),
            local_min_monthly_wage: None,
            pay_due: PayDue::LastWorkingDay,
            pay_month_days: NonZeroU32::new(30),
            prohibited_hazards: BTreeSet::new(),
            hazards_forbidden_for_minors: [Hazard::Underground, Hazard::ForcedPaceLineWork].into(),
            minor_max_daily_work_hours: Some(8),
            minor_max_weekly_work_hours: Some(40),
            minor_max_days_per_week: Some(5),
            min_daily_rest_hours: Some(11),
            minor_min_daily_rest_hours: Some(12),
            min_breaks: Some(MinBreaks::new(
                vec![step(6 * 60, 30), step(9 * 60, 45)],
                vec![step(4 * 60 + 30, 30), step(6 * 60, 60)],
            )),
            school_day_credit_hours: Some(8),
            min_training_allowance: vec![
                allowance(2020, [51_500, 60_770, 69_525, 72_100]),
                allowance(2021, [55_000, 64_900, 74_250, 77_000]),
                allowance(2022, [58_500, 69_030, 78_975, 81_900]),
                allowance(2023, [62_000, 73_160, 83_700, 86_800]),
                allowance(2024, [64_900, 76_600, 87_600, 90_900]),
                allowance(2025, [68_200, 80_500, 92_100, 95_500]),
                allowance(2026, [72_400, 85_400, 97_700, 101_400]),
            ],
            exemptible: [
                RuleCode::WorktimeMinorNightWork,
                RuleCode::PlacementRestDayWork,
                RuleCode::PlacementHolidayWork,
            ]
            .into(),
            switched_off: [
                RuleCode::PlacementStudyYear,
                RuleCode::PlacementHostVetted,
                RuleCode::PlacementInternshipPlan,
                RuleCode::PlacementTripartiteAgreement,
                RuleCode::PlacementInsurance,
                RuleCode::PlacementPayFloor,
                RuleCode::PlacementDuration,
                RuleCode::PlacementFemaleWork,
                RuleCode::PlacementProhibitedVenue,
                RuleCode::PlacementIntermediary,
                RuleCode::PlacementHeavyLabour,
                RuleCode::RecordPaidInMoney,
                RuleCode::PortfolioInternShareEnterprise,
                RuleCode::PortfolioInternSharePost,
            ]
            .into_iter()
            .map(Code::Rule)
            .collect(),
            ..Self::cn()
        }
    }
}

impl Default for Policy {
    /// The cn profile.
    fn default() -> Self {
        Self::cn()
    }
}

impl Policy {
    /// What forbids `post` to a minor under this policy: figures naming the post's mark
    /// (`forbidden_for`: `minors`) and the hazards of `hazards_forbidden_for_minors` it has
    /// (`hazards`, by name); `None` when nothing does. Allocates only when something does.
    pub(crate) fn minors_post_fault(&self, post: &crate::Post) -> Option<Vec<super::Figure>> {
        let marked = post.forbidden_for.contains(&crate::ProtectedGroup::Minors);
        let forbidden = |h: &&Hazard| self.hazards_forbidden_for_minors.contains(h);
        let hazardous = post.hazards.iter().any(|h| forbidden(&h));
        if !marked && !hazardous {
            return None;
        }
        let mut figures = Vec::with_capacity(2);
        if marked {
            figures.push(super::Figure::new(
                "forbidden_for",
                super::FigureValue::term("minors"),
            ));
        }
        if hazardous {
            let names = post
                .hazards
                .iter()
                .filter(forbidden)
                .map(|h| super::FigureValue::term(h.as_str()));
            figures.push(super::Figure::new(
                "hazards",
                super::FigureValue::list(names),
            ));
        }
        Some(figures)
    }
}
