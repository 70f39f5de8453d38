//! The official calendar: what kind of day a date is for a host (a working day, a weekly rest day,
//! a make-up working day, a public holiday), and the weekly working-time limit of a calendar week
//! that holds make-up working days (调休).
//!
//! Every rule that asks about a date reads it here, so that public holidays, make-up working days
//! and a host's weekly rest days mean the same thing everywhere.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::{Enterprise, Policy, WeekdaySet};

/// What kind of day a date is for one host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DayKind {
    /// An ordinary working day of the host.
    Working,
    /// One of the host's weekly rest days that the official calendar makes a working day (调休).
    MakeUpWorkingDay,
    /// One of the host's weekly rest days.
    WeeklyRest,
    /// A public holiday.
    PublicHoliday,
}

impl DayKind {
    /// Whether work is expected on such a day (a working day or a make-up working day).
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUpWorkingDay)
    }
}

/// The official calendar of a policy as it applies to one host's weekly rest days.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{DayKind, HostCalendar, Policy, WeekdaySet};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// // Spring Festival 2026: 15 to 23 February off; Saturday 14 and Saturday 28 February worked.
/// let policy = Policy::cn().with_official_calendar((15..=23).map(|day| d(2, day)), [d(2, 14), d(2, 28)])?;
/// let calendar = HostCalendar::new(&policy, WeekdaySet::WEEKEND);
/// assert_eq!(calendar.day_kind(d(2, 14)), DayKind::MakeUpWorkingDay);
/// assert_eq!(calendar.day_kind(d(2, 15)), DayKind::PublicHoliday);
/// assert_eq!(calendar.day_kind(d(2, 8)), DayKind::WeeklyRest);
/// assert_eq!(calendar.day_kind(d(2, 9)), DayKind::Working);
/// // The week of Monday 9 February holds the make-up Saturday: 40 h + 8 h.
/// assert_eq!(calendar.weekly_limit_minutes(40, d(2, 9)), 48 * 60);
/// // The week of Monday 16 February holds five weekday holidays: never below 40 h.
/// assert_eq!(calendar.weekly_limit_minutes(40, d(2, 16)), 40 * 60);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct HostCalendar<'p> {
    policy: &'p Policy,
    rest_days: WeekdaySet,
}

impl<'p> HostCalendar<'p> {
    /// The calendar of `policy` for a host resting on `rest_days`.
    pub fn new(policy: &'p Policy, rest_days: WeekdaySet) -> Self {
        Self { policy, rest_days }
    }

    /// The calendar of `policy` for `host`, resting on its declared rest days or the policy's
    /// default.
    pub fn for_host(policy: &'p Policy, host: &Enterprise) -> Self {
        Self::new(policy, host.weekly_rest_days(policy))
    }

    /// The host's weekly rest days.
    pub fn rest_days(&self) -> WeekdaySet {
        self.rest_days
    }

    /// What kind of day `date` is for the host. A public holiday is a holiday whatever its
    /// weekday; a make-up working day turns a weekly rest day into a working day.
    pub fn day_kind(&self, date: NaiveDate) -> DayKind {
        if self.policy.public_holidays.contains(&date) {
            DayKind::PublicHoliday
        } else if !self.rest_days.contains(date.weekday()) {
            DayKind::Working
        } else if self.policy.make_up_working_days.contains(&date) {
            DayKind::MakeUpWorkingDay
        } else {
            DayKind::WeeklyRest
        }
    }

    /// Whether `date` is a public holiday.
    pub fn is_public_holiday(&self, date: NaiveDate) -> bool {
        self.policy.public_holidays.contains(&date)
    }

    /// Whether `date` is one of the host's weekly rest days that no make-up working day overrides
    /// (a public holiday on a rest day is a rest day too).
    pub fn is_weekly_rest(&self, date: NaiveDate) -> bool {
        self.rest_days.contains(date.weekday()) && !self.policy.make_up_working_days.contains(&date)
    }

    /// The working-time limit, in minutes, of the calendar week starting on Monday `monday`:
    /// `weekly_hours` plus `max_daily_work_hours` times (the make-up working days in the week
    /// that are rest days of the host, less the public holidays in it that fall Monday to
    /// Friday), never below `weekly_hours` (RULES.md, "The official calendar").
    pub fn weekly_limit_minutes(&self, weekly_hours: u32, monday: NaiveDate) -> u64 {
        let base = u64::from(weekly_hours) * 60;
        // With no make-up working day there is nothing to add (the holidays only take away).
        if self.policy.make_up_working_days.is_empty() {
            return base;
        }
        let Some(sunday) = monday.checked_add_days(Days::new(6)) else {
            return base;
        };
        let make_up = self
            .policy
            .make_up_working_days
            .range(monday..=sunday)
            .filter(|date| self.rest_days.contains(date.weekday()))
            .count();
        let holidays = self
            .policy
            .public_holidays
            .range(monday..=sunday)
            .filter(|date| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
            .count();
        let extra_days = u64::try_from(make_up.saturating_sub(holidays)).unwrap_or(0);
        let daily = u64::from(self.policy.max_daily_work_hours) * 60;
        base.saturating_add(daily.saturating_mul(extra_days))
    }
}

/// The Monday of the calendar week (Monday to Sunday) that holds `date`.
pub fn week_monday(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_make_up_day_that_is_no_rest_day_of_the_host_adds_nothing() {
        let policy = Policy::cn()
            .with_official_calendar([], [d(2026, 2, 14)])
            .unwrap();
        let sunday_only = HostCalendar::new(&policy, WeekdaySet::SUNDAY);
        assert_eq!(sunday_only.day_kind(d(2026, 2, 14)), DayKind::Working);
        assert_eq!(sunday_only.weekly_limit_minutes(40, d(2026, 2, 9)), 2400);
        let weekend = HostCalendar::new(&policy, WeekdaySet::WEEKEND);
        assert_eq!(weekend.weekly_limit_minutes(40, d(2026, 2, 9)), 2880);
        assert!(!weekend.is_weekly_rest(d(2026, 2, 14)));
        assert!(weekend.is_weekly_rest(d(2026, 2, 15)));
    }

    #[test]
    fn holidays_on_weekdays_offset_make_up_days_in_the_same_week() {
        // Mon 28 Sep 2026 is made a holiday and Sat 3 Oct a make-up day in one week (made up).
        let policy = Policy::cn()
            .with_official_calendar([d(2026, 9, 28)], [d(2026, 10, 3)])
            .unwrap();
        let calendar = HostCalendar::new(&policy, WeekdaySet::WEEKEND);
        assert_eq!(calendar.weekly_limit_minutes(40, d(2026, 9, 28)), 2400);
        // A holiday on a Saturday does not offset anything.
        let policy = Policy::cn()
            .with_official_calendar([d(2026, 10, 10)], [d(2026, 10, 11)])
            .unwrap();
        let calendar = HostCalendar::new(&policy, WeekdaySet::WEEKEND);
        assert_eq!(calendar.weekly_limit_minutes(40, d(2026, 10, 5)), 2880);
    }

    #[test]
    fn week_monday_is_the_monday_on_or_before() {
        assert_eq!(week_monday(d(2026, 12, 6)), d(2026, 11, 30));
        assert_eq!(week_monday(d(2026, 11, 30)), d(2026, 11, 30));
        assert_eq!(week_monday(NaiveDate::MIN), NaiveDate::MIN);
    }
}
