//! Dates read through serde. chrono calls `2023-02-29` only "input is out of range"; read here, a
//! date written `YYYY-MM-DD` that is not in the calendar says so: `2023-02-29 is not a date in the
//! calendar (February 2023 has 28 days)`. Every date field of a document reads through one of
//! these functions (`#[serde(deserialize_with = "crate::date_serde::date")]`), so plain
//! `serde_json` says it as [`read_json`](crate::read_json) does. Everything else (the type a date
//! must have, the text chrono reads) is chrono's, word for word.

use std::collections::BTreeSet;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// What chrono expects of a date, kept so that a value of the wrong type is named as before.
const EXPECTING: &str = "a formatted date string";

/// A date read by chrono, or refused with the calendar's reason.
struct CalendarDate(NaiveDate);

impl FromStr for CalendarDate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        s.parse()
            .map(CalendarDate)
            .map_err(|error: chrono::ParseError| {
                not_in_calendar(s).unwrap_or_else(|| error.to_string())
            })
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(crate::text_serde::ParseVisitor::new(EXPECTING))
    }
}

/// A date.
pub(crate) fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    CalendarDate::deserialize(deserializer).map(|date| date.0)
}

/// A date or `null` (give the field `#[serde(default)]` too, so that it may be left out).
pub(crate) fn option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    Option::<CalendarDate>::deserialize(deserializer).map(|date| date.map(|date| date.0))
}

/// A list of dates.
pub(crate) fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<CalendarDate>::deserialize(deserializer)
        .map(|dates| dates.into_iter().map(|date| date.0).collect())
}

/// A set of dates (a date listed twice is kept once, as serde reads a set).
pub(crate) fn set<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeSet<NaiveDate>, D::Error> {
    Vec::<CalendarDate>::deserialize(deserializer)
        .map(|dates| dates.into_iter().map(|date| date.0).collect())
}

/// Why `literal`, written `YYYY-MM-DD`, is not a date in the calendar: `2023-02-29 is not a date
/// in the calendar (February 2023 has 28 days)`. `None` when it is not written so, or is a date.
pub(crate) fn not_in_calendar(literal: &str) -> Option<String> {
    let mut parts = literal.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    let (year, month, day): (i32, u32, u32) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if NaiveDate::from_ymd_opt(year, month, day).is_some() {
        return None;
    }
    let Some(name) = u8::try_from(month)
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
    else {
        return Some(format!(
            "{literal} is not a date in the calendar (months run from 01 to 12)"
        ));
    };
    let days = (28..=31)
        .rev()
        .find(|&last| NaiveDate::from_ymd_opt(year, month, last).is_some())?;
    Some(format!(
        "{literal} is not a date in the calendar ({} {year} has {days} days)",
        name.name()
    ))
}
