//! Dated changes to a schedule (a day off, an extra shift), and the shifts planned on a date.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{Schedule, Shift, TimeOfDay, WeeklySpan, MINUTES_PER_DAY};
use crate::Error;

/// A shift worked on one date beside the schedule: a date, a start, an end (on the next date when
/// before the start) and an unpaid break.
///
/// Refuses an end equal to the start and a break as long as the span or longer. That it overlaps
/// no other shift worked on its date is checked with the whole placement or employment.
///
/// An extra shift (like a day off) dated outside the days of its placement or employment, before
/// the first day or after the last, is ignored: no rule reads it, and it overlaps no pattern
/// shift, since none is worked there. It is still read and written with the rest, and two extra
/// shifts of one plan that overlap each other are refused wherever they fall. An extra shift that
/// starts on the last day and runs past midnight is a shift of that day.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{ExtraShift, TimeOfDay};
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let saturday = NaiveDate::from_ymd_opt(2026, 2, 14).unwrap();
/// let extra = ExtraShift::new(saturday, t(22, 0), t(6, 0), 30)?;
/// assert_eq!(extra.working_minutes(), 450);
/// assert!(ExtraShift::new(saturday, t(8, 0), t(8, 0), 0).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawExtraShift")]
pub struct ExtraShift {
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
    unpaid_break_minutes: u32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawExtraShift {
    #[serde(deserialize_with = "crate::date_serde::date")]
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
    #[serde(default)]
    unpaid_break_minutes: u32,
}

impl TryFrom<RawExtraShift> for ExtraShift {
    type Error = Error;
    fn try_from(raw: RawExtraShift) -> Result<Self, Error> {
        Self::new(raw.date, raw.start, raw.end, raw.unpaid_break_minutes)
    }
}

impl ExtraShift {
    /// An extra shift on `date` from `start` to `end`, with an unpaid break.
    pub fn new(
        date: NaiveDate,
        start: TimeOfDay,
        end: TimeOfDay,
        unpaid_break_minutes: u32,
    ) -> Result<Self, Error> {
        if start == end {
            return Err(Error::EmptyExtraShift {
                date,
                at: start.to_string(),
            });
        }
        let shift = Self {
            date,
            start,
            end,
            unpaid_break_minutes,
        };
        let span_minutes = shift.span().minutes();
        if unpaid_break_minutes >= span_minutes {
            return Err(Error::ExtraShiftBreakTooLong {
                date,
                break_minutes: unpaid_break_minutes,
                span_minutes,
            });
        }
        Ok(shift)
    }

    /// The date it starts on (the date and the week its working time counts towards).
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The start time.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// The end time (on the next date when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// The unpaid break in minutes.
    pub fn unpaid_break_minutes(&self) -> u32 {
        self.unpaid_break_minutes
    }

    /// Working minutes: the span less the unpaid break.
    pub fn working_minutes(&self) -> u32 {
        self.span()
            .minutes()
            .saturating_sub(self.unpaid_break_minutes)
    }

    /// The shift as it sits on the weekly cycle (its date's weekday), for the rules that compare
    /// shifts with windows and class sessions.
    pub fn as_weekly(&self) -> Shift {
        Shift {
            weekday: self.date.weekday(),
            start: self.start,
            end: self.end,
            unpaid_break_minutes: self.unpaid_break_minutes,
        }
    }

    fn span(&self) -> WeeklySpan {
        WeeklySpan {
            weekday: self.date.weekday(),
            start: self.start,
            end: self.end,
        }
    }

    /// The date after its date when it runs past midnight.
    pub fn runs_into(&self) -> Option<NaiveDate> {
        (self.end < self.start)
            .then(|| self.date.succ_opt())
            .flatten()
    }
}

impl fmt::Display for ExtraShift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}–{}", self.date, self.start, self.end)?;
        if self.unpaid_break_minutes > 0 {
            write!(f, " (break {} min)", self.unpaid_break_minutes)?;
        }
        Ok(())
    }
}

/// Where a planned shift comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum ShiftSource {
    /// `schedule.weeks[week].shifts[shift]` (`schedule.shifts[shift]` for a single pattern).
    Pattern {
        /// The pattern.
        week: usize,
        /// The shift in the pattern.
        shift: usize,
    },
    /// `extra_shifts[index]`.
    Extra(usize),
}

impl ShiftSource {
    /// The path of the shift below the placement or employment, as text.
    pub(crate) fn describe(self, schedule: &Schedule) -> String {
        match self {
            ShiftSource::Pattern { week, shift } if schedule.is_rota() => {
                format!("schedule.weeks[{week}].shifts[{shift}]")
            }
            ShiftSource::Pattern { shift, .. } => format!("schedule.shifts[{shift}]"),
            ShiftSource::Extra(index) => format!("extra_shifts[{index}]"),
        }
    }
}

/// A shift planned on a date: its start and end as date-times, its unpaid break, and where it
/// comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlannedShift {
    /// When it starts.
    pub(crate) start: NaiveDateTime,
    /// When it ends (after the start).
    pub(crate) end: NaiveDateTime,
    /// Its unpaid break in minutes.
    pub(crate) unpaid_break_minutes: u32,
    /// The pattern shift or extra shift it is.
    pub(crate) source: ShiftSource,
}

/// A schedule with its dated changes and the days it applies to: what a placement or an
/// employment plans.
///
/// The days are a placement's days, or an employment's first day onward (to its last day when it
/// has one). Pattern shifts are worked only when they start on those days; dated changes outside
/// them are ignored.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plan<'a> {
    /// The schedule.
    pub(crate) schedule: &'a Schedule,
    /// Dates whose pattern shifts are cancelled.
    pub(crate) days_off: &'a [NaiveDate],
    /// Shifts worked beside the schedule.
    pub(crate) extra_shifts: &'a [ExtraShift],
    /// The first day.
    pub(crate) first: NaiveDate,
    /// The last day, if any.
    pub(crate) last: Option<NaiveDate>,
    /// Whether `days_off` is in ascending order (as written by anyone who lists dates), so that
    /// a look-up is a binary search.
    days_off_sorted: bool,
}

impl<'a> Plan<'a> {
    /// The plan of `schedule` with its dated changes, from `first` to `last` (if any).
    pub(crate) fn new(
        schedule: &'a Schedule,
        days_off: &'a [NaiveDate],
        extra_shifts: &'a [ExtraShift],
        first: NaiveDate,
        last: Option<NaiveDate>,
    ) -> Self {
        Self {
            schedule,
            days_off,
            extra_shifts,
            first,
            last,
            days_off_sorted: days_off.is_sorted(),
        }
    }

    /// Whether `date` is one of the plan's days.
    pub(crate) fn holds(&self, date: NaiveDate) -> bool {
        date >= self.first && self.last.is_none_or(|last| date <= last)
    }

    /// Whether `date` is listed in `days_off`: a binary search when they are listed in order (so
    /// that a rule visiting every holiday or occurrence stays O(n log n) however many days off a
    /// document lists), a scan otherwise.
    pub(crate) fn is_day_off(&self, date: NaiveDate) -> bool {
        if self.days_off_sorted {
            self.days_off.binary_search(&date).is_ok()
        } else {
            self.days_off.contains(&date)
        }
    }

    /// The planned shifts that start on `date`: the pattern's shifts for that weekday unless
    /// `date` is a day off, then the extra shifts on `date`; nothing outside the plan's days.
    /// `O(shifts of the pattern + dated changes)`.
    pub(crate) fn planned_shifts_on(
        self,
        date: NaiveDate,
    ) -> impl Iterator<Item = PlannedShift> + 'a {
        self.spans_on(date)
            .filter_map(move |(span, unpaid, source)| planned(date, span, unpaid, source))
    }

    /// What [`planned_shifts_on`](Self::planned_shifts_on) places on `date`, before it is placed:
    /// each shift's weekly span, unpaid break and source, for callers that count in minutes.
    pub(crate) fn spans_on(
        self,
        date: NaiveDate,
    ) -> impl Iterator<Item = (WeeklySpan, u32, ShiftSource)> + 'a {
        let holds = self.holds(date);
        let worked = holds && !self.is_day_off(date);
        let week = self.schedule.pattern_index(date);
        let pattern = self.schedule.pattern(week);
        let weekday = date.weekday();
        let from_pattern = pattern
            .shifts()
            .iter()
            .enumerate()
            .filter(move |(_, s)| worked && s.weekday() == weekday)
            .map(move |(k, s)| {
                (
                    s.span(),
                    s.unpaid_break_minutes(),
                    ShiftSource::Pattern { week, shift: k },
                )
            });
        let extra = self
            .extra_shifts
            .iter()
            .enumerate()
            .filter(move |(_, e)| holds && e.date == date)
            .map(|(j, e)| (e.span(), e.unpaid_break_minutes, ShiftSource::Extra(j)));
        from_pattern.chain(extra)
    }

    /// Refuses two day-offs on one date and an extra shift that overlaps another shift worked on
    /// its date (another extra shift, or a pattern shift not cancelled by a day off, on the plan's
    /// days). The error names the field (`days_off`, `extra_shifts[j]`).
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let mut days_off = self.days_off.to_vec();
        days_off.sort_unstable();
        if let Some(pair) = days_off.windows(2).find(|p| p.first() == p.get(1)) {
            if let Some(&date) = pair.first() {
                return Err(Error::RepeatedDayOff { date });
            }
        }
        let mut extras: Vec<(NaiveDateTime, NaiveDateTime, usize)> = Vec::new();
        for (j, e) in self.extra_shifts.iter().enumerate() {
            if let Some(p) = planned(e.date, e.span(), 0, ShiftSource::Extra(j)) {
                extras.push((p.start, p.end, j));
            }
        }
        extras.sort_unstable();
        for pair in extras.windows(2) {
            if let [(_, a_end, a), (b_start, _, b)] = *pair {
                if b_start < a_end {
                    let date = self.extra_shifts.get(b).map_or(self.first, |e| e.date);
                    return Err(Error::OverlappingExtraShift {
                        index: b,
                        date,
                        other: format!("extra_shifts[{a}]"),
                    });
                }
            }
        }
        for &(start, end, j) in &extras {
            let date = start.date();
            let around = [date.pred_opt(), Some(date), date.succ_opt()];
            for day in around.into_iter().flatten() {
                let hit = self.planned_shifts_on(day).find(|p| {
                    matches!(p.source, ShiftSource::Pattern { .. })
                        && p.start < end
                        && start < p.end
                });
                if let Some(p) = hit {
                    return Err(Error::OverlappingExtraShift {
                        index: j,
                        date,
                        other: p.source.describe(self.schedule),
                    });
                }
            }
        }
        Ok(())
    }
}

/// A span starting on `date` as date-times.
fn planned(
    date: NaiveDate,
    span: WeeklySpan,
    unpaid_break_minutes: u32,
    source: ShiftSource,
) -> Option<PlannedShift> {
    let start = date.and_time(chrono::NaiveTime::MIN);
    let start = start.checked_add_signed(chrono::TimeDelta::minutes(i64::from(
        span.start.minutes_since_midnight(),
    )))?;
    let end = start.checked_add_signed(chrono::TimeDelta::minutes(i64::from(span.minutes())))?;
    debug_assert!(span.minutes() < MINUTES_PER_DAY);
    Some(PlannedShift {
        start,
        end,
        unpaid_break_minutes,
        source,
    })
}
