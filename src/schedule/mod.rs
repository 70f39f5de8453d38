//! Time of day and the weekly cycle: shifts, weekly schedules and daily windows; schedules
//! (a cycle of weekly patterns, [`Schedule`]) with their dated changes ([`ExtraShift`], days off).
//!
//! These follow the time conventions of the rule catalogue exactly:
//!
//! - times are whole minutes; constructors refuse seconds;
//! - a span (a shift, a class session) is a weekday, a start and an end, and occupies the
//!   half-open interval `[start, end)` on a weekly cycle of 10,080 minutes from Monday 00:00;
//! - an end before the start runs past midnight into the next day, and past Sunday 24:00 it wraps
//!   onto Monday; an end equal to the start is refused;
//! - a shift's working time is its span less its unpaid break; the break must be shorter than the
//!   span; for daily limits a shift counts towards the day it starts;
//! - a [`DailyWindow`] such as 22:00–06:00 recurs every day and wraps midnight when its end is
//!   before its start; a window that starts where it ends is refused;
//! - two intervals overlap when each starts before the other ends: touching is not overlapping;
//!   overlap uses the whole span of a shift, break included;
//! - a shift occupies every calendar day on which it has a minute.
//!
//! ```
//! use chrono::Weekday;
//! use school_enterprise::{DailyWindow, Shift, TimeOfDay, WeeklySchedule};
//!
//! let t = |h, m| TimeOfDay::new(h, m).unwrap();
//! let late = Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 30)?;
//! assert_eq!(late.working_minutes(), 450);
//! assert!(late.occupied_weekdays().contains(Weekday::Mon));
//! let night = DailyWindow::new(t(22, 0), t(6, 0))?;
//! assert!(late.overlaps_window(&night));
//!
//! let week = WeeklySchedule::new(vec![late, Shift::new(Weekday::Mon, t(14, 0), t(22, 0), 0)?])?;
//! assert_eq!(week.weekly_working_minutes(), 450 + 480);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use crate::Error;

mod dated;
mod rota;
pub(crate) mod worked;

pub use dated::ExtraShift;
/// The planned shifts on a date, for the rules on records ([`Plan::planned_shifts_on`]).
#[allow(unused_imports)]
pub(crate) use dated::PlannedShift;
pub(crate) use dated::{Plan, ShiftSource};
pub use rota::Schedule;

/// Minutes in a day.
pub const MINUTES_PER_DAY: u32 = 1_440;
/// Minutes in the weekly cycle, from Monday 00:00.
pub const MINUTES_PER_WEEK: u32 = 7 * MINUTES_PER_DAY;

/// A time of day in whole minutes, from 00:00 to 23:59. Prints and parses as `HH:MM`.
///
/// ```
/// use school_enterprise::TimeOfDay;
///
/// let t: TimeOfDay = "06:30".parse()?;
/// assert_eq!(t.minutes_since_midnight(), 390);
/// assert!("06:30:15".parse::<TimeOfDay>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// Midnight, 00:00.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);

    /// The time `hour:minute`. Refuses an hour above 23 or a minute above 59.
    pub fn new(hour: u32, minute: u32) -> Result<Self, Error> {
        if hour > 23 || minute > 59 {
            return Err(Error::InvalidTimeOfDay {
                value: format!("{hour:02}:{minute:02}"),
            });
        }
        Self::from_minutes(hour * 60 + minute)
    }

    /// The time `minutes` after midnight. Refuses 1,440 or more.
    pub fn from_minutes(minutes: u32) -> Result<Self, Error> {
        u16::try_from(minutes)
            .ok()
            .filter(|m| u32::from(*m) < MINUTES_PER_DAY)
            .map(TimeOfDay)
            .ok_or_else(|| Error::InvalidTimeOfDay {
                value: format!("{minutes} minutes"),
            })
    }

    /// Minutes since midnight, 0 to 1,439.
    pub fn minutes_since_midnight(self) -> u32 {
        u32::from(self.0)
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u32 {
        self.minutes_since_midnight() / 60
    }

    /// The minute of the hour, 0 to 59.
    pub fn minute(self) -> u32 {
        self.minutes_since_midnight() % 60
    }
}

impl TryFrom<NaiveTime> for TimeOfDay {
    type Error = Error;
    /// Refuses a time with seconds or fractions of a second.
    fn try_from(time: NaiveTime) -> Result<Self, Error> {
        if time.second() != 0 || time.nanosecond() != 0 {
            return Err(Error::InvalidTimeOfDay {
                value: time.to_string(),
            });
        }
        Self::new(time.hour(), time.minute())
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl FromStr for TimeOfDay {
    type Err = Error;
    /// Parses `HH:MM` (two digits each); refuses seconds.
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidTimeOfDay {
            value: s.to_owned(),
        };
        let (h, m) = s.split_once(':').ok_or_else(invalid)?;
        let two_digits = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(h) || !two_digits(m) {
            return Err(invalid());
        }
        let hour = h.parse().map_err(|_| invalid())?;
        let minute = m.parse().map_err(|_| invalid())?;
        Self::new(hour, minute).map_err(|_| invalid())
    }
}

crate::text_serde::serde_as_text!(TimeOfDay, "a time of day as \"HH:MM\"");

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TimeOfDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeOfDay".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text(
            "A time of day in whole minutes, `HH:MM` from 00:00 to 23:59.",
            "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            "08:30",
        )
    }
}

/// A set of weekdays (the calendar days a shift or schedule occupies, a host's weekly rest days).
///
/// Prints, parses and serializes as the weekdays' short English names, Monday first, joined by a
/// comma and a space (`"Sat, Sun"`), and `"none"` when empty. JSON still reads the older form, a
/// list of weekdays (`["Sat", "Sun"]`), and writes only the text. Reading refuses a weekday listed
/// twice.
///
/// ```
/// use chrono::Weekday;
/// use school_enterprise::WeekdaySet;
///
/// let weekend: WeekdaySet = "Sat, Sun".parse()?;
/// assert!(weekend.contains(Weekday::Sat) && weekend.len() == 2);
/// assert_eq!(serde_json::to_string(&weekend)?, r#""Sat, Sun""#);
/// assert_eq!(serde_json::from_str::<WeekdaySet>(r#"["Sun", "Sat"]"#)?, weekend);
/// assert!("Sun, Sun".parse::<WeekdaySet>().is_err());
/// assert!(serde_json::from_str::<WeekdaySet>(r#"["Sun", "Sun"]"#).is_err());
/// assert_eq!("none".parse::<WeekdaySet>()?, WeekdaySet::EMPTY);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct WeekdaySet(u8);

impl FromStr for WeekdaySet {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: `none`, or short weekday names (`Mon` ...
    /// `Sun`) joined by `, `. Refuses a weekday listed twice.
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == "none" {
            return Ok(WeekdaySet::EMPTY);
        }
        let invalid = || Error::InvalidText {
            what: "weekdays",
            value: s.to_owned(),
            example: "\"Sat, Sun\" or \"none\"",
        };
        let days = s
            .split(", ")
            .map(|name| {
                WEEK.into_iter()
                    .find(|day| day.to_string() == name)
                    .ok_or_else(invalid)
            })
            .collect::<Result<Vec<_>, _>>()?;
        WeekdaySet::try_from(days)
    }
}

crate::text_serde::serde_as_text_or_legacy!(
    WeekdaySet,
    Vec<Weekday>,
    List,
    "weekdays like \"Sat, Sun\" or \"none\""
);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for WeekdaySet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "WeekdaySet".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text_or_legacy(
            crate::text_serde::schema::text(
                "A set of weekdays: short English names, Monday first, joined by \", \" \
                 (\"Sat, Sun\"); \"none\" when empty. A weekday listed twice is refused.",
                "^(none|(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(, (Mon|Tue|Wed|Thu|Fri|Sat|Sun)){0,6})$",
                "Sat, Sun",
            ),
            generator.subschema_for::<Vec<Weekday>>(),
        )
    }
}

impl TryFrom<Vec<Weekday>> for WeekdaySet {
    type Error = Error;
    /// Refuses a weekday listed twice.
    fn try_from(days: Vec<Weekday>) -> Result<Self, Error> {
        let mut set = WeekdaySet::EMPTY;
        for day in days {
            if set.contains(day) {
                return Err(Error::RepeatedWeekday { weekday: day });
            }
            set.insert(day);
        }
        Ok(set)
    }
}

impl IntoIterator for WeekdaySet {
    type Item = Weekday;
    type IntoIter = std::vec::IntoIter<Weekday>;
    /// The weekdays of the set, Monday first.
    fn into_iter(self) -> Self::IntoIter {
        self.iter().collect::<Vec<_>>().into_iter()
    }
}

impl<const N: usize> From<[Weekday; N]> for WeekdaySet {
    /// The set of the weekdays listed (a weekday listed twice counts once).
    fn from(days: [Weekday; N]) -> Self {
        days.into_iter().collect()
    }
}

impl From<WeekdaySet> for Vec<Weekday> {
    fn from(set: WeekdaySet) -> Self {
        set.iter().collect()
    }
}

impl WeekdaySet {
    /// The empty set.
    pub const EMPTY: WeekdaySet = WeekdaySet(0);
    /// Saturday and Sunday.
    pub const WEEKEND: WeekdaySet = WeekdaySet(0b110_0000);
    /// Sunday alone.
    pub const SUNDAY: WeekdaySet = WeekdaySet(0b100_0000);
    /// Monday to Friday.
    pub const MONDAY_TO_FRIDAY: WeekdaySet = WeekdaySet(0b001_1111);
    /// Monday to Saturday.
    pub const MONDAY_TO_SATURDAY: WeekdaySet = WeekdaySet(0b011_1111);

    /// Adds a weekday.
    pub fn insert(&mut self, day: Weekday) {
        self.0 |= 1 << day.num_days_from_monday();
    }

    /// Whether the set holds `day`.
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    /// The number of weekdays in the set.
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Both sets together.
    pub fn union(self, other: WeekdaySet) -> WeekdaySet {
        WeekdaySet(self.0 | other.0)
    }

    /// The weekdays in both sets.
    pub fn intersection(self, other: WeekdaySet) -> WeekdaySet {
        WeekdaySet(self.0 & other.0)
    }

    /// The weekdays in the set, Monday first.
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        WEEK.into_iter().filter(move |d| self.contains(*d))
    }
}

impl fmt::Display for WeekdaySet {
    /// The weekdays, Monday first, separated by commas (`Sat, Sun`); `none` when empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("none");
        }
        for (i, day) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{day}")?;
        }
        Ok(())
    }
}

impl FromIterator<Weekday> for WeekdaySet {
    fn from_iter<I: IntoIterator<Item = Weekday>>(iter: I) -> Self {
        let mut set = WeekdaySet::EMPTY;
        for day in iter {
            set.insert(day);
        }
        set
    }
}

/// The seven weekdays, Monday first.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A weekday, a start and an end on the weekly cycle: the half-open interval `[start, end)`, running
/// past midnight when the end is before the start. The common shape of shifts and class sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WeeklySpan {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
}

impl WeeklySpan {
    /// A span on `weekday` from `start` to `end`. Refuses `end == start`; `what` names the thing
    /// refused in the error (`"shift"`, `"class session"`).
    pub fn new(
        what: &'static str,
        weekday: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
    ) -> Result<Self, Error> {
        if start == end {
            return Err(Error::EmptySpan {
                what,
                weekday,
                at: start.to_string(),
            });
        }
        Ok(Self {
            weekday,
            start,
            end,
        })
    }

    /// The weekday the span starts on.
    pub fn weekday(&self) -> Weekday {
        self.weekday
    }

    /// The time of day the span starts at.
    pub(crate) fn start(&self) -> TimeOfDay {
        self.start
    }

    /// Length in minutes, 1 to 1,439.
    pub fn minutes(&self) -> u32 {
        let start = self.start.minutes_since_midnight();
        let end = self.end.minutes_since_midnight();
        if end > start {
            end - start
        } else {
            end + MINUTES_PER_DAY - start
        }
    }

    /// Start and end in minutes from Monday 00:00; the end may pass 10,080 (the wrap onto Monday).
    pub fn week_interval(&self) -> (u32, u32) {
        let start = self.weekday.num_days_from_monday() * MINUTES_PER_DAY
            + self.start.minutes_since_midnight();
        (start, start + self.minutes())
    }

    /// Whether two spans overlap on the weekly cycle (touching is not overlapping).
    pub fn overlaps(&self, other: &WeeklySpan) -> bool {
        cyclic_overlap(self.week_interval(), other.week_interval())
    }

    /// The calendar days on which the span has a minute: the start day, and the next day when the
    /// span runs past midnight.
    ///
    /// A span runs into the next day when it ends before it starts, unless it ends at 00:00.
    pub fn occupied_weekdays(&self) -> WeekdaySet {
        let mut days = WeekdaySet::EMPTY;
        days.insert(self.weekday);
        if self.end < self.start && self.end != TimeOfDay::MIDNIGHT {
            days.insert(self.weekday.succ());
        }
        days
    }

    /// Whether the span overlaps any occurrence of a daily window.
    pub fn overlaps_window(&self, window: &DailyWindow) -> bool {
        // In minutes from the span's own midnight: the span is [start, end), end before 2,880.
        let start = i64::from(self.start.minutes_since_midnight());
        let end = start + i64::from(self.minutes());
        let (ws, we) = window.day_interval();
        let (ws, we) = (i64::from(ws), i64::from(we));
        let day_len = i64::from(MINUTES_PER_DAY);
        // A span is shorter than a day, so only the windows starting the day before (for Monday,
        // Sunday's, which reaches into Monday), the same day and the day after can meet it.
        [-day_len, 0, day_len]
            .into_iter()
            .any(|base| start < base + we && base + ws < end)
    }
}

/// Whether two week intervals overlap on the cycle of 10,080 minutes.
fn cyclic_overlap((s1, e1): (u32, u32), (s2, e2): (u32, u32)) -> bool {
    let (s1, e1, s2, e2) = (i64::from(s1), i64::from(e1), i64::from(s2), i64::from(e2));
    let week = i64::from(MINUTES_PER_WEEK);
    [-week, 0, week]
        .iter()
        .any(|shift| s1 < e2 + shift && s2 + shift < e1)
}

/// One weekly shift: a weekday, a start, an end and an unpaid break.
///
/// Refuses an end equal to the start and an unpaid break as long as the span or longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawShift")]
pub struct Shift {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    unpaid_break_minutes: u32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawShift {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    #[serde(default)]
    unpaid_break_minutes: u32,
}

impl TryFrom<RawShift> for Shift {
    type Error = Error;
    fn try_from(raw: RawShift) -> Result<Self, Error> {
        Self::new(raw.weekday, raw.start, raw.end, raw.unpaid_break_minutes)
    }
}

impl Shift {
    /// A shift on `weekday` from `start` to `end` (past midnight when `end < start`), with an
    /// unpaid break of `unpaid_break_minutes`.
    pub fn new(
        weekday: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
        unpaid_break_minutes: u32,
    ) -> Result<Self, Error> {
        let span = WeeklySpan::new("shift", weekday, start, end)?;
        if unpaid_break_minutes >= span.minutes() {
            return Err(Error::BreakTooLong {
                break_minutes: unpaid_break_minutes,
                span_minutes: span.minutes(),
            });
        }
        Ok(Self {
            weekday,
            start,
            end,
            unpaid_break_minutes,
        })
    }

    /// The weekday the shift starts on (the day its working time counts towards).
    pub fn weekday(&self) -> Weekday {
        self.weekday
    }

    /// The start time.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// The end time (on the next day when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// The unpaid break in minutes.
    pub fn unpaid_break_minutes(&self) -> u32 {
        self.unpaid_break_minutes
    }

    /// The whole span of the shift, break included.
    pub fn span(&self) -> WeeklySpan {
        WeeklySpan {
            weekday: self.weekday,
            start: self.start,
            end: self.end,
        }
    }

    /// Working minutes: the span less the unpaid break.
    pub fn working_minutes(&self) -> u32 {
        self.span()
            .minutes()
            .saturating_sub(self.unpaid_break_minutes)
    }

    /// The calendar days on which the shift has a minute.
    pub fn occupied_weekdays(&self) -> WeekdaySet {
        self.span().occupied_weekdays()
    }

    /// Whether the whole span of the shift (break included) overlaps the daily window.
    pub fn overlaps_window(&self, window: &DailyWindow) -> bool {
        self.span().overlaps_window(window)
    }
}

impl fmt::Display for Shift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}–{}", self.weekday, self.start, self.end)?;
        if self.unpaid_break_minutes > 0 {
            write!(f, " (break {} min)", self.unpaid_break_minutes)?;
        }
        Ok(())
    }
}

/// The shifts a worker repeats every week. Refuses two shifts that overlap on the weekly cycle.
///
/// Shifts are kept in the order given, so a violation's path `shifts[1]` names the second shift as
/// written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawSchedule")]
pub struct WeeklySchedule {
    shifts: Vec<Shift>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    shifts: Vec<Shift>,
}

impl TryFrom<RawSchedule> for WeeklySchedule {
    type Error = Error;
    fn try_from(raw: RawSchedule) -> Result<Self, Error> {
        Self::new(raw.shifts)
    }
}

impl WeeklySchedule {
    /// A schedule of `shifts`. Refuses two that overlap (in `O(n log n)`).
    pub fn new(shifts: Vec<Shift>) -> Result<Self, Error> {
        let mut order: Vec<usize> = (0..shifts.len()).collect();
        order.sort_by_key(|&i| shifts.get(i).map(|s| s.span().week_interval()));
        let interval = |i: usize| shifts.get(i).map(|s| s.span().week_interval());
        // Sorted by start, any overlap shows between neighbours, or between a shift that wraps
        // past Sunday 24:00 and the first shift of the week.
        for pair in order.windows(2) {
            if let [a, b] = *pair {
                if let (Some((_, a_end)), Some((b_start, _))) = (interval(a), interval(b)) {
                    if b_start < a_end {
                        return Err(Error::OverlappingShifts {
                            first: a,
                            second: b,
                        });
                    }
                }
            }
        }
        if let Some(&first) = order.first() {
            let first_start = interval(first).map_or(0, |(s, _)| s);
            for &i in order.iter().skip(1) {
                if let Some((_, end)) = interval(i) {
                    if end > MINUTES_PER_WEEK + first_start {
                        return Err(Error::OverlappingShifts { first, second: i });
                    }
                }
            }
        }
        Ok(Self { shifts })
    }

    /// The same shift over `hours` (a [`DailyWindow`], `"08:00–17:00"`; one that wraps midnight
    /// ends the next day) with an unpaid break of `unpaid_break_minutes`, on each of `days` (in
    /// week order, Monday first). Refuses what [`Shift::new`] refuses, and shifts that run into
    /// the next listed day's shift.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use school_enterprise::{Error, WeekdaySet, WeeklySchedule};
    ///
    /// let office = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "09:00–18:00".parse()?, 60)?;
    /// assert_eq!(office.weekly_working_minutes(), 5 * 8 * 60);
    /// let weekend = WeeklySchedule::every([Weekday::Sat, Weekday::Sun], "10:00–14:00".parse()?, 0)?;
    /// assert_eq!(weekend.shifts().len(), 2);
    /// let nights = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "22:00–06:00".parse()?, 30)?;
    /// assert_eq!(nights.shifts()[4].to_string(), "Fri 22:00–06:00 (break 30 min)");
    /// // A break as long as the shift is refused.
    /// let error = WeeklySchedule::every([Weekday::Mon], "08:00–09:00".parse()?, 60);
    /// assert_eq!(error, Err(Error::BreakTooLong { break_minutes: 60, span_minutes: 60 }));
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn every(
        days: impl Into<WeekdaySet>,
        hours: DailyWindow,
        unpaid_break_minutes: u32,
    ) -> Result<Self, Error> {
        let (start, end) = (hours.start(), hours.end());
        let shifts = days
            .into()
            .iter()
            .map(|day| Shift::new(day, start, end, unpaid_break_minutes))
            .collect::<Result<Vec<_>, _>>()?;
        Self::new(shifts)
    }

    /// This schedule with `shift` added after the others. Refuses a shift that overlaps one of
    /// them.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use school_enterprise::{Shift, WeekdaySet, WeeklySchedule};
    ///
    /// let t = |text: &str| text.parse().unwrap();
    /// let week = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, "08:00–17:00".parse()?, 60)?
    ///     .without_day(Weekday::Wed)
    ///     .with_shift(Shift::new(Weekday::Wed, t("13:00"), t("17:00"), 0)?)?
    ///     .with_shift_replaced(0, Shift::new(Weekday::Mon, t("09:00"), t("17:00"), 60)?)?;
    /// assert_eq!(week.weekly_working_minutes(), 3 * 480 + 420 + 240);
    /// assert!(week.clone().with_shift(Shift::new(Weekday::Mon, t("16:00"), t("18:00"), 0)?).is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_shift(self, shift: Shift) -> Result<Self, Error> {
        let mut shifts = self.shifts;
        shifts.push(shift);
        Self::new(shifts)
    }

    /// This schedule with the shift at `index` replaced by `shift`. Refuses an overlap; an index
    /// past the end adds the shift after the others.
    pub fn with_shift_replaced(self, index: usize, shift: Shift) -> Result<Self, Error> {
        let mut shifts = self.shifts;
        match shifts.get_mut(index) {
            Some(slot) => *slot = shift,
            None => shifts.push(shift),
        }
        Self::new(shifts)
    }

    /// This schedule without the shifts that start on `weekday`.
    pub fn without_day(mut self, weekday: Weekday) -> Self {
        self.shifts.retain(|shift| shift.weekday() != weekday);
        self
    }

    /// The shifts, in the order given.
    pub fn shifts(&self) -> &[Shift] {
        &self.shifts
    }

    /// Whether the schedule has no shift.
    pub fn is_empty(&self) -> bool {
        self.shifts.is_empty()
    }

    /// Working minutes counted towards each weekday (the day each shift starts), Monday first.
    pub fn working_minutes_by_day(&self) -> [u32; 7] {
        let mut days = [0u32; 7];
        for shift in &self.shifts {
            let index = shift.weekday().num_days_from_monday() as usize;
            if let Some(day) = days.get_mut(index) {
                *day = day.saturating_add(shift.working_minutes());
            }
        }
        days
    }

    /// Working minutes of the whole week.
    pub fn weekly_working_minutes(&self) -> u32 {
        self.shifts
            .iter()
            .fold(0u32, |sum, s| sum.saturating_add(s.working_minutes()))
    }

    /// The calendar days occupied by at least one shift.
    pub fn occupied_weekdays(&self) -> WeekdaySet {
        self.shifts.iter().fold(WeekdaySet::EMPTY, |days, s| {
            days.union(s.occupied_weekdays())
        })
    }
}

/// A window of the day, such as 22:00–06:00, that recurs every day; it wraps midnight when its end
/// is before its start. Refuses a start equal to the end (no window is an absent window).
///
/// Prints, parses and serializes as two times joined by an en dash (`"22:00–06:00"`); JSON still
/// reads the older object form `{"start": "22:00", "end": "06:00"}`, and writes only the text.
///
/// ```
/// use school_enterprise::DailyWindow;
///
/// let night: DailyWindow = "22:00–06:00".parse()?;
/// assert_eq!(night.to_string(), "22:00–06:00");
/// let old: DailyWindow = serde_json::from_str(r#"{"start": "22:00", "end": "06:00"}"#)?;
/// assert_eq!(old, night);
/// assert!("22:00–22:00".parse::<DailyWindow>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DailyWindow {
    start: TimeOfDay,
    end: TimeOfDay,
}

/// The older JSON form of [`DailyWindow`], still read.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawWindow {
    start: TimeOfDay,
    end: TimeOfDay,
}

impl TryFrom<RawWindow> for DailyWindow {
    type Error = Error;
    fn try_from(raw: RawWindow) -> Result<Self, Error> {
        Self::new(raw.start, raw.end)
    }
}

impl DailyWindow {
    /// The window from `start` to `end` every day. Refuses `start == end`.
    pub fn new(start: TimeOfDay, end: TimeOfDay) -> Result<Self, Error> {
        if start == end {
            return Err(Error::EmptyWindow {
                at: start.to_string(),
            });
        }
        Ok(Self { start, end })
    }

    /// Where the window starts.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// Where the window ends (the next day when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// Start and end in minutes from the day's midnight; the end passes 1,440 when the window wraps.
    fn day_interval(&self) -> (u32, u32) {
        let start = self.start.minutes_since_midnight();
        let end = self.end.minutes_since_midnight();
        if end > start {
            (start, end)
        } else {
            (start, end + MINUTES_PER_DAY)
        }
    }
}

impl fmt::Display for DailyWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

impl FromStr for DailyWindow {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: two `HH:MM` times joined by an en dash (`–`).
    /// Refuses a window that starts where it ends.
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidText {
            what: "daily window",
            value: s.to_owned(),
            example: "\"22:00–06:00\" (with an en dash)",
        };
        let (start, end) = s.split_once('–').ok_or_else(invalid)?;
        let time = |text: &str| text.parse::<TimeOfDay>().map_err(|_| invalid());
        Self::new(time(start)?, time(end)?)
    }
}

/// The parts of a text form `<head> <start>–<end>` or `<head> <start>–<end> (<tail>)`, as a
/// shift, a class session and a session time print: the head, the two times and the text in
/// parentheses. `None` when the text is not of that shape or a time does not read.
pub(crate) fn split_timed_text(s: &str) -> Option<(&str, TimeOfDay, TimeOfDay, Option<&str>)> {
    let (head, rest) = s.split_once(' ')?;
    let (window, tail) = match rest.split_once(" (") {
        Some((window, tail)) => (window, Some(tail.strip_suffix(')')?)),
        None => (rest, None),
    };
    let (start, end) = window.split_once('–')?;
    Some((head, start.parse().ok()?, end.parse().ok()?, tail))
}

/// The weekday as it prints (`Mon` to `Sun`), and no other spelling.
pub(crate) fn weekday_from_text(text: &str) -> Option<Weekday> {
    text.parse::<Weekday>()
        .ok()
        .filter(|day| day.to_string() == text)
}

impl FromStr for Shift {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: the weekday, two `HH:MM` times joined by an
    /// en dash (`–`), and the unpaid break as ` (break 60 min)` when there is one. Refuses what
    /// [`Shift::new`] refuses.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use school_enterprise::Shift;
    ///
    /// let night: Shift = "Fri 22:00–06:00 (break 60 min)".parse()?;
    /// assert_eq!(night, Shift::new(Weekday::Fri, "22:00".parse()?, "06:00".parse()?, 60)?);
    /// assert_eq!(night.to_string(), "Fri 22:00–06:00 (break 60 min)");
    /// assert_eq!("Sat 09:00–12:00".parse::<Shift>()?.unpaid_break_minutes(), 0);
    /// assert!("Fri 22:00-06:00".parse::<Shift>().is_err()); // a hyphen, not an en dash
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidText {
            what: "shift",
            value: s.to_owned(),
            example: "\"Fri 22:00–06:00 (break 60 min)\" (with an en dash)",
        };
        let (day, start, end, tail) = split_timed_text(s).ok_or_else(invalid)?;
        let weekday = weekday_from_text(day).ok_or_else(invalid)?;
        let unpaid_break = match tail {
            None => 0,
            Some(tail) => tail
                .strip_prefix("break ")
                .and_then(|t| t.strip_suffix(" min"))
                .and_then(|n| {
                    n.parse::<u32>()
                        .ok()
                        .filter(|m| *m > 0 && m.to_string() == n)
                })
                .ok_or_else(invalid)?,
        };
        Self::new(weekday, start, end, unpaid_break)
    }
}

crate::text_serde::serde_as_text_or_legacy!(
    DailyWindow,
    RawWindow,
    Object,
    "a daily window like \"22:00–06:00\""
);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DailyWindow {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DailyWindow".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text_or_legacy(
            crate::text_serde::schema::text(
                "A window of every day: two times `HH:MM` joined by an en dash (U+2013); it wraps \
                 midnight when the end is before the start.",
                "^([01][0-9]|2[0-3]):[0-5][0-9]–([01][0-9]|2[0-3]):[0-5][0-9]$",
                "22:00–06:00",
            ),
            RawWindow::json_schema(generator),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Times on every quarter hour and the minutes either side of midnight and noon.
    fn times() -> Vec<TimeOfDay> {
        let mut minutes: Vec<u32> = (0..MINUTES_PER_DAY).step_by(15).collect();
        minutes.extend([1, 719, 721, 1438, 1439]);
        minutes
            .into_iter()
            .map(|m| TimeOfDay::from_minutes(m).unwrap())
            .collect()
    }

    #[test]
    fn span_length_and_occupied_days_follow_the_definitions() {
        for weekday in WEEK {
            for start in times() {
                for end in times().into_iter().filter(|e| *e != start) {
                    let span = WeeklySpan::new("shift", weekday, start, end).unwrap();
                    let (s, e) = (start.minutes_since_midnight(), end.minutes_since_midnight());
                    let minutes = (e + MINUTES_PER_DAY - s) % MINUTES_PER_DAY;
                    assert_eq!(span.minutes(), minutes, "{weekday} {start}–{end}");
                    // The span's own day, and the next when its last minute is past midnight.
                    let mut days = WeekdaySet::EMPTY;
                    days.insert(weekday);
                    if s + minutes > MINUTES_PER_DAY {
                        days.insert(weekday.succ());
                    }
                    assert_eq!(span.occupied_weekdays(), days, "{weekday} {start}–{end}");
                }
            }
        }
    }
}
