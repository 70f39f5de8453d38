//! Dated sessions: a calendar day, a start and an end, and the sweep that finds the moment a place
//! (a production line, a practice base) holds the most distinct students.
//!
//! A session occupies the half-open interval `[start, end)` on its day; an end before the start
//! runs past midnight into the next day, and an end equal to the start is refused (the catalogue's
//! time conventions). Two sessions overlap when each starts before the other ends: back to back
//! is not overlapping.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{DateRange, Error, StudentId, TimeOfDay, MINUTES_PER_DAY};

/// When a training or practical session takes place: a day, a start and an end.
///
/// An end before the start runs past midnight into the next day; an end equal to the start is
/// refused. Serde goes through the same constructor.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{introduced::SessionTime, TimeOfDay};
///
/// let day = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
/// let t = |h| TimeOfDay::new(h, 0).unwrap();
/// let morning = SessionTime::new(day, t(8), t(12))?;
/// let afternoon = SessionTime::new(day, t(12), t(16))?;
/// assert!(!morning.overlaps(&afternoon)); // back to back
/// assert_eq!(morning.minutes(), 240);
/// let night = SessionTime::new(day, t(22), t(2))?;
/// assert_eq!(night.days().len_days(), 2);
/// assert!(SessionTime::new(day, t(8), t(8)).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawSessionTime")]
pub struct SessionTime {
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSessionTime {
    #[serde(deserialize_with = "crate::date_serde::date")]
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
}

impl TryFrom<RawSessionTime> for SessionTime {
    type Error = Error;
    fn try_from(raw: RawSessionTime) -> Result<Self, Error> {
        Self::new(raw.date, raw.start, raw.end)
    }
}

impl SessionTime {
    /// A session on `date` from `start` to `end` (on the next day when `end` is before `start`).
    /// Refuses `end == start`.
    pub fn new(date: NaiveDate, start: TimeOfDay, end: TimeOfDay) -> Result<Self, Error> {
        if start == end {
            return Err(Error::EmptySpan {
                what: "session",
                weekday: date.weekday(),
                at: start.to_string(),
            });
        }
        Ok(Self { date, start, end })
    }

    /// The day the session starts.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The start time.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// The end time (on the next day when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// Length in minutes, 1 to 1,439.
    pub fn minutes(&self) -> u32 {
        let start = self.start.minutes_since_midnight();
        let end = self.end.minutes_since_midnight();
        (end + MINUTES_PER_DAY - start) % MINUTES_PER_DAY
    }

    /// The calendar days on which the session has a minute: its day, and the next when it runs
    /// past midnight.
    pub fn days(&self) -> DateRange {
        let runs_past_midnight =
            self.start.minutes_since_midnight() + self.minutes() > MINUTES_PER_DAY;
        match self.date.succ_opt() {
            Some(next) if runs_past_midnight => {
                DateRange::new(self.date, next).unwrap_or(DateRange::single(self.date))
            }
            _ => DateRange::single(self.date),
        }
    }

    /// Whether two sessions overlap: each starts before the other ends (touching is not
    /// overlapping).
    pub fn overlaps(&self, other: &SessionTime) -> bool {
        let (s1, e1) = self.interval();
        let (s2, e2) = other.interval();
        s1 < e2 && s2 < e1
    }

    /// Start and end in minutes from 0001-01-01 00:00, half-open.
    pub(crate) fn interval(&self) -> (i64, i64) {
        let start = minute_of(self.date, self.start);
        (start, start + i64::from(self.minutes()))
    }
}

impl fmt::Display for SessionTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}–{}", self.date, self.start, self.end)
    }
}

impl std::str::FromStr for SessionTime {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: the ISO 8601 date, then two `HH:MM` times
    /// joined by an en dash (`–`). Refuses what [`SessionTime::new`] refuses.
    ///
    /// ```
    /// use school_enterprise::introduced::SessionTime;
    ///
    /// let morning: SessionTime = "2026-04-13 08:00–11:30".parse()?;
    /// assert_eq!(morning.minutes(), 210);
    /// assert_eq!(morning.to_string(), "2026-04-13 08:00–11:30");
    /// assert!("2026-4-13 08:00–11:30".parse::<SessionTime>().is_err());
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidText {
            what: "session time",
            value: s.to_owned(),
            example: "\"2026-04-13 08:00–11:30\" (with an en dash)",
        };
        let (date, start, end, tail) = crate::schedule::split_timed_text(s).ok_or_else(invalid)?;
        let date = date
            .parse::<NaiveDate>()
            .ok()
            .filter(|day| day.to_string() == date && tail.is_none())
            .ok_or_else(invalid)?;
        Self::new(date, start, end)
    }
}

/// Minutes from 0001-01-01 00:00 to `time` on `date`.
fn minute_of(date: NaiveDate, time: TimeOfDay) -> i64 {
    i64::from(date.num_days_from_ce()) * i64::from(MINUTES_PER_DAY)
        + i64::from(time.minutes_since_midnight())
}

/// A moment given in minutes from 0001-01-01 00:00, as `2026-03-09 10:00`.
pub(crate) fn moment(minute: i64) -> String {
    let per_day = i64::from(MINUTES_PER_DAY);
    let day = i32::try_from(minute.div_euclid(per_day))
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt);
    let time = u32::try_from(minute.rem_euclid(per_day))
        .ok()
        .and_then(|m| TimeOfDay::from_minutes(m).ok());
    match (day, time) {
        (Some(day), Some(time)) => format!("{day} {time}"),
        _ => format!("minute {minute}"),
    }
}

/// One student at one session held at one place (a line, a base), for the capacity sweeps.
/// Ordered by place, student, then time, which is the order the sweep reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Presence {
    /// The place's position in its list.
    pub(crate) place: usize,
    pub(crate) student: StudentId,
    /// Start and end in minutes ([`SessionTime::interval`]).
    pub(crate) start: i64,
    pub(crate) end: i64,
    /// The session's position in its list.
    pub(crate) session: usize,
}

/// The worst moment at one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Peak {
    /// The place's position in its list.
    pub(crate) place: usize,
    /// The most distinct students present at once.
    pub(crate) students: u64,
    /// The first minute at which that many are present.
    pub(crate) at: i64,
    /// The first session running at that minute (earliest start, then position).
    pub(crate) session: usize,
}

/// For every place of `presences`, the moment it holds the most distinct students, passed to
/// `found` in place order. Sorts `presences`; `events` is scratch space. O(n log n): one sort of
/// the presences and one of the arrivals and departures of each place.
pub(crate) fn peaks(
    presences: &mut [Presence],
    events: &mut Vec<(i64, i64)>,
    mut found: impl FnMut(Peak),
) {
    presences.sort_unstable();
    for place in presences.chunk_by(|a, b| a.place == b.place) {
        if let Some(peak) = peak_of(place, events) {
            found(peak);
        }
    }
}

/// The peak of one place's presences, sorted by student then time.
fn peak_of(presences: &[Presence], events: &mut Vec<(i64, i64)>) -> Option<Peak> {
    let place = presences.first()?.place;
    events.clear();
    // Merge each student's overlapping or touching sessions, so that a student counts once at
    // any moment.
    for student in presences.chunk_by(|a, b| a.student == b.student) {
        let mut current: Option<(i64, i64)> = None;
        for p in student {
            current = match current {
                Some((start, end)) if p.start <= end => Some((start, end.max(p.end))),
                Some((start, end)) => {
                    events.push((start, 1));
                    events.push((end, -1));
                    Some((p.start, p.end))
                }
                None => Some((p.start, p.end)),
            };
        }
        if let Some((start, end)) = current {
            events.push((start, 1));
            events.push((end, -1));
        }
    }
    // Intervals are half-open: a departure (-1) sorts before an arrival (+1) at the same minute,
    // and the count is read after each minute's events.
    events.sort_unstable();
    let mut count = 0i64;
    let mut best: Option<(i64, i64)> = None;
    for minute in events.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(at, _)) = minute.first() else {
            continue;
        };
        count += minute.iter().map(|(_, delta)| delta).sum::<i64>();
        if best.is_none_or(|(max, _)| count > max) {
            best = Some((count, at));
        }
    }
    let (students, at) = best?;
    let session = presences
        .iter()
        .filter(|p| p.start <= at && at < p.end)
        .map(|p| (p.start, p.session))
        .min()?
        .1;
    Some(Peak {
        place,
        students: students.unsigned_abs(),
        at,
        session,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presence(place: usize, student: u128, start: i64, end: i64, session: usize) -> Presence {
        Presence {
            place,
            student: StudentId::from_u128(student),
            start,
            end,
            session,
        }
    }

    fn all_peaks(mut presences: Vec<Presence>) -> Vec<Peak> {
        let mut found = Vec::new();
        peaks(&mut presences, &mut Vec::new(), |p| found.push(p));
        found
    }

    #[test]
    fn back_to_back_sessions_do_not_add_up() {
        let found = all_peaks(vec![presence(0, 1, 0, 60, 0), presence(0, 2, 60, 120, 1)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].students, 1);
        assert_eq!(found[0].at, 0);
        assert_eq!(found[0].session, 0);
    }

    #[test]
    fn a_student_in_two_overlapping_sessions_counts_once() {
        let found = all_peaks(vec![
            presence(0, 1, 0, 60, 0),
            presence(0, 1, 30, 90, 1),
            presence(0, 2, 45, 50, 2),
        ]);
        assert_eq!((found[0].students, found[0].at), (2, 45));
        // Sessions 0, 1 and 2 all run at minute 45: the earliest start is session 0.
        assert_eq!(found[0].session, 0);
    }

    #[test]
    fn the_first_moment_of_the_peak_names_the_earliest_session_running() {
        // Place 1: sessions 3 (0–100, two students) and 4 (50–150, one student); the peak of
        // three is first reached at minute 50, while sessions 3 and 4 run.
        let found = all_peaks(vec![
            presence(1, 1, 0, 100, 3),
            presence(1, 2, 0, 100, 3),
            presence(1, 3, 50, 150, 4),
            presence(0, 1, 200, 300, 0),
        ]);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].place, found[0].students), (0, 1));
        assert_eq!(
            (
                found[1].place,
                found[1].students,
                found[1].at,
                found[1].session
            ),
            (1, 3, 50, 3)
        );
    }

    #[test]
    fn moments_print_as_date_and_time() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        let time = TimeOfDay::new(10, 5).unwrap();
        assert_eq!(moment(minute_of(day, time)), "2026-03-09 10:05");
    }
}
