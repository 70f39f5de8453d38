//! Calendar days: date ranges, ages, study years and "date plus N months".
//!
//! These follow the date conventions of the rule catalogue exactly:
//!
//! - a [`DateRange`] names its first and last day, both included; its length is
//!   `last - first + 1` days;
//! - two ranges overlap when each starts on or before the other's last day;
//! - the gap between ranges a and b (b later) is `b.first - a.last - 1` days, so consecutive
//!   ranges have a gap of zero;
//! - a date plus N months keeps the day of the month, and when that day does not exist in the
//!   target month it is the first day of the next month ([`add_months`]);
//! - a person's age on a date is the number of whole years since birth by that rule
//!   ([`age_on`]): someone born on 29 February turns a year older on 1 March in common years.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::Error;

/// A range of calendar days, first and last day both included.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::DateRange;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let spring = DateRange::new(d(3, 1), d(6, 30))?;
/// assert_eq!(spring.len_days(), 122);
/// let summer = DateRange::new(d(7, 1), d(8, 31))?;
/// assert!(spring.is_followed_without_gap_by(&summer));
/// assert!(!spring.overlaps(&summer));
/// assert!(DateRange::new(d(6, 30), d(3, 1)).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Prints, parses and serializes as `first..=last` (`"2026-03-01..=2026-06-30"`); JSON still reads
/// the older object form `{"first": "2026-03-01", "last": "2026-06-30"}`, and writes only the text.
///
/// ```
/// use school_enterprise::DateRange;
///
/// let spring: DateRange = "2026-03-01..=2026-06-30".parse()?;
/// assert_eq!(spring.to_string(), "2026-03-01..=2026-06-30");
/// assert_eq!(serde_json::to_string(&spring)?, r#""2026-03-01..=2026-06-30""#);
/// let old: DateRange = serde_json::from_str(r#"{"first": "2026-03-01", "last": "2026-06-30"}"#)?;
/// assert_eq!(old, spring);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateRange {
    first: NaiveDate,
    last: NaiveDate,
}

/// The older JSON form of [`DateRange`], still read.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawDateRange {
    #[serde(deserialize_with = "crate::date_serde::date")]
    first: NaiveDate,
    #[serde(deserialize_with = "crate::date_serde::date")]
    last: NaiveDate,
}

impl TryFrom<RawDateRange> for DateRange {
    type Error = Error;
    fn try_from(raw: RawDateRange) -> Result<Self, Error> {
        Self::new(raw.first, raw.last)
    }
}

impl DateRange {
    /// A range from `first` to `last`, both included. Refuses `last` before `first`.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<Self, Error> {
        if last < first {
            return Err(Error::ReversedDateRange { first, last });
        }
        Ok(Self { first, last })
    }

    /// A range of one day.
    pub fn single(day: NaiveDate) -> Self {
        Self {
            first: day,
            last: day,
        }
    }

    /// The first day.
    pub fn first(&self) -> NaiveDate {
        self.first
    }

    /// The last day (included).
    pub fn last(&self) -> NaiveDate {
        self.last
    }

    /// The number of days, `last - first + 1` (at least 1).
    pub fn len_days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// Whether `day` lies in the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    /// Whether every day of `other` lies in this range.
    pub fn contains_range(&self, other: &DateRange) -> bool {
        self.first <= other.first && other.last <= self.last
    }

    /// Whether the ranges share a day: each starts on or before the other's last day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// Whether `next` starts the day after this range's last day.
    pub fn is_followed_without_gap_by(&self, next: &DateRange) -> bool {
        self.gap_days_to(next) == 0
    }

    /// Days strictly between this range and a later one: `next.first - self.last - 1`.
    ///
    /// Zero for consecutive ranges; negative when they overlap.
    pub fn gap_days_to(&self, next: &DateRange) -> i64 {
        (next.first - self.last).num_days() - 1
    }

    /// Whether the range lasts more than `months` months: its last day is on or after its first
    /// day plus `months` months. A range that cannot be measured (the date overflows) does not.
    pub fn lasts_more_than_months(&self, months: u32) -> bool {
        add_months(self.first, months).is_some_and(|limit| self.last >= limit)
    }

    /// The days of the range, in order.
    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.first.iter_days().take_while(move |d| *d <= self.last)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..={}", self.first, self.last)
    }
}

impl FromStr for DateRange {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: two ISO 8601 dates joined by `..=`. Refuses a
    /// last day before the first.
    fn from_str(s: &str) -> Result<Self, Error> {
        let (first, last) = parse_date_pair(s)?;
        Self::new(first, last)
    }
}

/// The first and last day of the text form `first..=last` of a date range, in any order (the
/// caller refuses a reversed range with the error it needs).
pub(crate) fn parse_date_pair(s: &str) -> Result<(NaiveDate, NaiveDate), Error> {
    let invalid = || Error::InvalidText {
        what: "date range",
        value: s.to_owned(),
        example: "\"2026-03-01..=2026-06-30\"",
    };
    let (first, last) = s.split_once("..=").ok_or_else(invalid)?;
    // Exactly as a date prints (chrono alone would also read `2026-3-1`).
    let date = |text: &str| {
        text.parse::<NaiveDate>()
            .ok()
            .filter(|date| date.to_string() == text)
            .ok_or_else(|| Error::InvalidDateInRange {
                value: s.to_owned(),
                reason: crate::date_serde::not_in_calendar(text)
                    .unwrap_or_else(|| format!("{text:?} is not a date written YYYY-MM-DD")),
            })
    };
    Ok((date(first)?, date(last)?))
}

crate::text_serde::serde_as_text_or_legacy!(
    DateRange,
    RawDateRange,
    Object,
    "a date range like \"2026-03-01..=2026-06-30\""
);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateRange {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateRange".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text_or_legacy(
            crate::text_serde::schema::text(
                "Calendar days from the first to the last, both included: two ISO 8601 dates \
                 joined by `..=`.",
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.\\.=[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "2026-03-01..=2026-06-30",
            ),
            RawDateRange::json_schema(generator),
        )
    }
}

/// `date` plus `months` months, keeping the day of the month; where that day does not exist in the
/// target month, the first day of the month after. `None` past chrono's last representable date.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::add_months;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 3, 1)));
/// assert_eq!(add_months(d(2008, 2, 29), 12 * 18), Some(d(2026, 3, 1)));
/// assert_eq!(add_months(d(2008, 2, 29), 12 * 4), Some(d(2012, 2, 29)));
/// ```
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    // Months counted from year 0, so that the target year and month are plain integer division.
    let month0 = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(month0.div_euclid(12)).ok()?;
    let month = u32::try_from(month0.rem_euclid(12)).ok()? + 1;
    NaiveDate::from_ymd_opt(year, month, date.day()).or_else(|| {
        // The day does not exist in the target month: the first of the month after.
        let (year, month) = if month == 12 {
            (year.checked_add(1)?, 1)
        } else {
            (year, month + 1)
        };
        NaiveDate::from_ymd_opt(year, month, 1)
    })
}

/// `date` plus `years` years by the rule of [`add_months`].
pub fn add_years(date: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_months(date, years.checked_mul(12)?)
}

/// Whether someone born on `birth` is at least `years` old on `day`.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::has_reached_age;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let leapling = d(2008, 2, 29);
/// assert!(!has_reached_age(leapling, 18, d(2026, 2, 28)));
/// assert!(has_reached_age(leapling, 18, d(2026, 3, 1)));
/// ```
pub fn has_reached_age(birth: NaiveDate, years: u32, day: NaiveDate) -> bool {
    add_years(birth, years).is_some_and(|birthday| birthday <= day)
}

/// Age in whole years on `day` of someone born on `birth` (0 before the first birthday, and for
/// a day before birth).
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> u32 {
    let estimate = u32::try_from(day.year().saturating_sub(birth.year())).unwrap_or(0);
    if has_reached_age(birth, estimate, day) {
        estimate
    } else {
        estimate.saturating_sub(1)
    }
}

/// The first day of study year `year` (counted from 1) of a student enrolled on `enrolled`:
/// the enrollment date plus `year - 1` years. `None` for year 0 or past chrono's range.
pub fn study_year_start(enrolled: NaiveDate, year: u32) -> Option<NaiveDate> {
    add_years(enrolled, year.checked_sub(1)?)
}

/// The study year (counted from 1) that `day` falls in, for a student enrolled on `enrolled`;
/// `None` before enrollment.
pub fn study_year_on(enrolled: NaiveDate, day: NaiveDate) -> Option<u32> {
    if day < enrolled {
        return None;
    }
    Some(age_on(enrolled, day).saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn length_counts_both_ends() {
        assert_eq!(DateRange::single(d(2026, 1, 1)).len_days(), 1);
        assert_eq!(
            DateRange::new(d(2026, 1, 1), d(2026, 1, 31))
                .unwrap()
                .len_days(),
            31
        );
    }

    #[test]
    fn reversed_range_is_refused_with_both_days() {
        assert_eq!(
            DateRange::new(d(2026, 2, 1), d(2026, 1, 31)),
            Err(Error::ReversedDateRange {
                first: d(2026, 2, 1),
                last: d(2026, 1, 31)
            })
        );
    }

    #[test]
    fn overlap_needs_a_shared_day() {
        let a = DateRange::new(d(2026, 1, 1), d(2026, 1, 10)).unwrap();
        let same_last_day = DateRange::new(d(2026, 1, 10), d(2026, 1, 20)).unwrap();
        let next_day = DateRange::new(d(2026, 1, 11), d(2026, 1, 20)).unwrap();
        assert!(a.overlaps(&same_last_day) && same_last_day.overlaps(&a));
        assert!(!a.overlaps(&next_day) && !next_day.overlaps(&a));
    }

    #[test]
    fn gap_is_days_strictly_between() {
        let a = DateRange::new(d(2026, 1, 1), d(2026, 1, 10)).unwrap();
        let b = DateRange::new(d(2026, 1, 11), d(2026, 1, 20)).unwrap();
        let c = DateRange::new(d(2026, 1, 13), d(2026, 1, 20)).unwrap();
        assert_eq!(a.gap_days_to(&b), 0);
        assert!(a.is_followed_without_gap_by(&b));
        assert_eq!(a.gap_days_to(&c), 2);
        assert!(!a.is_followed_without_gap_by(&c));
    }

    #[test]
    fn containment_includes_both_ends() {
        let outer = DateRange::new(d(2026, 1, 1), d(2026, 1, 31)).unwrap();
        assert!(outer.contains_range(&outer));
        assert!(outer.contains(d(2026, 1, 31)));
        assert!(!outer.contains(d(2026, 2, 1)));
        let late = DateRange::new(d(2026, 1, 2), d(2026, 2, 1)).unwrap();
        assert!(!outer.contains_range(&late));
    }

    #[test]
    fn months_keep_the_day_or_roll_to_the_first() {
        assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 3, 1)));
        assert_eq!(add_months(d(2026, 1, 31), 1), Some(d(2026, 3, 1)));
        assert_eq!(add_months(d(2026, 1, 30), 1), Some(d(2026, 3, 1)));
        assert_eq!(add_months(d(2028, 1, 30), 1), Some(d(2028, 3, 1)));
        assert_eq!(add_months(d(2028, 1, 29), 1), Some(d(2028, 2, 29)));
        assert_eq!(add_months(d(2026, 3, 15), 0), Some(d(2026, 3, 15)));
        assert_eq!(add_months(d(2026, 11, 30), 3), Some(d(2027, 3, 1)));
        assert_eq!(add_months(d(2026, 11, 30), 14), Some(d(2028, 1, 30)));
        assert_eq!(add_months(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn leapling_ages_on_first_of_march_in_common_years() {
        let birth = d(2008, 2, 29);
        assert_eq!(age_on(birth, d(2026, 2, 28)), 17);
        assert_eq!(age_on(birth, d(2026, 3, 1)), 18);
        assert_eq!(age_on(birth, d(2028, 2, 29)), 20);
        assert_eq!(age_on(birth, d(2028, 2, 28)), 19);
        assert_eq!(age_on(birth, d(2000, 1, 1)), 0);
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        let birth = d(2010, 5, 20);
        assert!(!has_reached_age(birth, 16, d(2026, 5, 19)));
        assert!(has_reached_age(birth, 16, d(2026, 5, 20)));
        assert_eq!(age_on(birth, d(2026, 5, 19)), 15);
        assert_eq!(age_on(birth, d(2026, 5, 20)), 16);
    }

    #[test]
    fn study_years_start_on_enrollment_anniversaries() {
        let enrolled = d(2025, 9, 1);
        assert_eq!(study_year_start(enrolled, 1), Some(enrolled));
        assert_eq!(study_year_start(enrolled, 2), Some(d(2026, 9, 1)));
        assert_eq!(study_year_start(enrolled, 0), None);
        assert_eq!(study_year_on(enrolled, d(2026, 8, 31)), Some(1));
        assert_eq!(study_year_on(enrolled, d(2026, 9, 1)), Some(2));
        assert_eq!(study_year_on(enrolled, d(2025, 8, 31)), None);
    }

    #[test]
    fn more_than_n_months_when_last_day_reaches_first_plus_n() {
        let first = d(2026, 8, 31);
        // first plus 6 months is 1 March 2027.
        let to_feb_end = DateRange::new(first, d(2027, 2, 28)).unwrap();
        let to_march_first = DateRange::new(first, d(2027, 3, 1)).unwrap();
        assert!(!to_feb_end.lasts_more_than_months(6));
        assert!(to_march_first.lasts_more_than_months(6));
    }

    #[test]
    fn serde_goes_through_the_constructor() {
        let ok: DateRange = serde_json_like(r#"{"first":"2026-01-01","last":"2026-01-02"}"#);
        assert_eq!(ok.len_days(), 2);
    }

    fn serde_json_like(s: &str) -> DateRange {
        // serde_json is a dev-dependency; unit tests may use it.
        serde_json::from_str(s).unwrap()
    }
}
