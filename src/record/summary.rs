//! A placement's record as a dashboard shows it beside the report: recorded hours, nights and
//! rest days per calendar week, pay due against paid per month.

use std::fmt;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::pay::{month_name, months_of};
use super::rules::{last_judged_day, overlaps_window};
use crate::calendar::week_monday;
use crate::worktime::hours;
use crate::{Money, Placement, Policy};

/// One calendar week of a record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct WeekSummary {
    /// The week's Monday.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub week: NaiveDate,
    /// Recorded working minutes of the shifts that start in the week.
    pub worked_minutes: u64,
    /// Shifts starting in the week that overlap the policy's night window.
    pub nights: u32,
    /// Judged dates of the week on which no recorded shift has a minute.
    pub rest_days: u32,
}

/// One calendar month of a record's pay.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MonthSummary {
    /// The month, as `2026-03`.
    pub month: String,
    /// The month's pay day under the policy.
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    pub deadline: Option<NaiveDate>,
    /// What is due for the month (the agreed monthly pay pro rata).
    pub due: Money,
    /// What counts as paid for it by `complete_through` (to the student, in money, in the agreed
    /// currency, less forbidden deductions, pro rata).
    pub paid: Money,
}

/// A placement's record summarised per calendar week and per month, judged up to its
/// `complete_through` as the rules judge it. It judges nothing: the limits are the rules'.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::*;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let t = |h| TimeOfDay::new(h, 0).unwrap();
/// let mut placement = Placement::builder()
///     .id(PlacementId::from_u128(1))
///     .student(StudentId::from_u128(2))
///     .host(EnterpriseId::from_u128(3))
///     .post(PostId::from_u128(4))
///     .kind(PlacementKind::Independent)
///     .dates(DateRange::new(d(3, 2), d(3, 31))?)
///     .build()?;
/// placement.pay = Some(Pay::new(Money::new(3_100_00, Currency::CNY), 31)?);
/// placement.record = Some(Record::new(d(3, 8))
///     .with_shift(WorkedShift::new(d(3, 2), t(20), t(7), 0)?));
/// let summary = record::Summary::of(&placement, &Policy::cn()).expect("a record");
/// assert_eq!(summary.weeks[0].worked_minutes, 11 * 60);
/// assert_eq!(summary.weeks[0].nights, 1);
/// assert_eq!(summary.weeks[0].rest_days, 5);
/// assert_eq!(summary.months[0].due, Money::new(3_000_00, Currency::CNY));
/// println!("{summary}");
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Summary {
    /// Every calendar week that holds a judged day, in date order.
    pub weeks: Vec<WeekSummary>,
    /// Every month of the placement up to `complete_through`'s, in date order; empty when the
    /// placement carries no pay.
    pub months: Vec<MonthSummary>,
}

impl Summary {
    /// The summary of `placement`'s record under `policy`; `None` when it has no record.
    pub fn of(placement: &Placement, policy: &Policy) -> Option<Summary> {
        let record = placement.record.as_ref()?;
        let mut summary = Summary {
            weeks: Vec::new(),
            months: Vec::new(),
        };
        let Some(last) = last_judged_day(placement, record.complete_through) else {
            return Some(summary);
        };
        let first = placement.dates.first();
        let first_monday = week_monday(first);
        let mut monday = first_monday;
        // Per week: the dates with a recorded minute, as bits from Monday.
        let mut occupied: Vec<u8> = Vec::new();
        while monday <= last {
            summary.weeks.push(WeekSummary {
                week: monday,
                worked_minutes: 0,
                nights: 0,
                rest_days: 0,
            });
            occupied.push(0);
            let Some(next) = monday.checked_add_days(Days::new(7)) else {
                break;
            };
            monday = next;
        }
        let week_of = |date: NaiveDate| usize::try_from((date - first_monday).num_days() / 7).ok();
        for shift in &record.shifts {
            let date = shift.date();
            if date < first || date > last {
                continue;
            }
            if let Some(week) = week_of(date).and_then(|i| summary.weeks.get_mut(i)) {
                week.worked_minutes += u64::from(shift.working_minutes());
                if policy
                    .placement_night_window
                    .is_some_and(|w| overlaps_window(shift.start_at(), shift.end_at(), &w))
                {
                    week.nights += 1;
                }
            }
            for day in [date, shift.last_date()] {
                let bit = 1u8 << day.weekday_from_monday();
                if let Some(mask) = week_of(day).and_then(|i| occupied.get_mut(i)) {
                    *mask |= bit;
                }
            }
        }
        for (week, mask) in summary.weeks.iter_mut().zip(&occupied) {
            week.rest_days = (0..7u64)
                .filter_map(|i| week.week.checked_add_days(Days::new(i)))
                .filter(|day| *day >= first && *day <= last)
                .filter(|day| mask & (1u8 << day.weekday_from_monday()) == 0)
                .count()
                .try_into()
                .unwrap_or(0);
        }
        let mut months = Vec::new();
        if let Some(currency) = months_of(placement, policy, &mut months) {
            summary.months = months
                .iter()
                .filter(|m| m.days.first() <= record.complete_through)
                .map(|m| MonthSummary {
                    month: month_name(m.days.first()).to_string(),
                    deadline: m.deadline,
                    due: Money::new(m.due, currency),
                    paid: Money::new(m.paid, currency),
                })
                .collect();
        }
        Some(summary)
    }
}

/// The weekday of a date as 0 (Monday) to 6 (Sunday).
trait WeekdayIndex {
    fn weekday_from_monday(&self) -> u32;
}

impl WeekdayIndex for NaiveDate {
    fn weekday_from_monday(&self) -> u32 {
        chrono::Datelike::weekday(self).num_days_from_monday()
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "week of      hours      nights  rest days")?;
        for week in &self.weeks {
            writeln!(
                f,
                "{}  {:<9}  {:>6}  {:>9}",
                week.week,
                hours(week.worked_minutes).to_string(),
                week.nights,
                week.rest_days
            )?;
        }
        if !self.months.is_empty() {
            writeln!(f, "month    due                paid")?;
            for month in &self.months {
                writeln!(
                    f,
                    "{}  {:<17}  {}",
                    month.month,
                    month.due.to_string(),
                    month.paid
                )?;
            }
        }
        Ok(())
    }
}
