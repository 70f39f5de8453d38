//! Dates and calendar weeks "as worked": every date and every calendar week that holds a dated
//! change, with the working time and occupied weekdays of the shifts worked in it. The rules that
//! read a schedule judge these beside the patterns, and never walk the plan's other dates.
//!
//! A date as worked: its pattern's shifts that start on it (when it is one of the plan's days and
//! not a day off) plus the extra shifts on it. A week as worked: its pattern's shifts that start
//! on the plan's days, less days off, plus the extra shifts in it. As for a pattern, a shift
//! running past Sunday 24:00 wraps onto the week's own Monday for the week's occupied weekdays,
//! so a week whose changes add nothing is judged exactly as its pattern.

use chrono::{Datelike, NaiveDate};

use super::dated::Plan;
use super::{WeekdaySet, WeeklySchedule};
use crate::week_monday;

/// What the rules on weeks and days read of one weekly pattern, in one pass over its shifts.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PatternTotals {
    /// Working minutes counted towards each weekday (the day each shift starts), Monday first.
    pub(crate) by_day: [u32; 7],
    /// Working minutes of the week.
    pub(crate) weekly: u64,
    /// The weekdays occupied by a shift (wrapping onto the pattern's own Monday).
    pub(crate) occupied: WeekdaySet,
    /// The most working minutes counted towards one weekday.
    pub(crate) busiest_day: u32,
}

impl PatternTotals {
    /// The totals of `pattern`.
    pub(crate) fn of(pattern: &WeeklySchedule) -> Self {
        let mut totals = Self::default();
        for shift in pattern.shifts() {
            let minutes = shift.working_minutes();
            let index = shift.weekday().num_days_from_monday() as usize;
            if let Some(day) = totals.by_day.get_mut(index) {
                *day = day.saturating_add(minutes);
            }
            totals.weekly = totals.weekly.saturating_add(u64::from(minutes));
            totals.occupied = totals.occupied.union(shift.occupied_weekdays());
        }
        totals.busiest_day = totals.by_day.iter().copied().max().unwrap_or(0);
        totals
    }

    /// The working minutes counted towards `weekday`.
    pub(crate) fn on(&self, weekday: chrono::Weekday) -> u32 {
        self.by_day
            .get(weekday.num_days_from_monday() as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// The earliest dated change of a date or week (by date, then path: `days_off` before
/// `extra_shifts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Change {
    /// `days_off[i]`.
    DayOff(usize),
    /// `extra_shifts[j]`.
    Extra(usize),
}

/// A date that holds a dated change, as worked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WorkedDate {
    /// The date.
    pub(crate) date: NaiveDate,
    /// The pattern its week follows.
    pub(crate) pattern: usize,
    /// Working minutes counted towards the date.
    pub(crate) minutes: u64,
    /// The earliest dated change on it.
    pub(crate) change: Change,
}

/// A calendar week that holds a dated change, as worked.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WorkedWeek {
    /// Its Monday.
    pub(crate) monday: NaiveDate,
    /// The pattern it follows.
    pub(crate) pattern: usize,
    /// Working minutes of the shifts that start in it.
    pub(crate) minutes: u64,
    /// Weekdays occupied by those shifts.
    pub(crate) occupied: WeekdaySet,
    /// The earliest dated change in it.
    pub(crate) change: Change,
}

/// Scratch space reused from one plan to the next: the dated changes sorted by date, and the
/// dates and weeks they fall in.
#[derive(Debug, Default)]
pub(crate) struct Worked {
    /// The totals of the first pattern of the cycle (kept apart so that a one-pattern schedule
    /// allocates nothing).
    first: PatternTotals,
    /// The totals of the cycle's other patterns, in order.
    rest: Vec<PatternTotals>,
    changes: Vec<(NaiveDate, Change)>,
    /// The dates that hold a dated change, in date order.
    pub(crate) dates: Vec<WorkedDate>,
    /// The weeks that hold a dated change, in date order.
    pub(crate) weeks: Vec<WorkedWeek>,
}

impl Worked {
    /// The totals of pattern `index` (zero past the end).
    pub(crate) fn pattern(&self, index: usize) -> PatternTotals {
        match index.checked_sub(1) {
            None => self.first,
            Some(i) => self.rest.get(i).copied().unwrap_or_default(),
        }
    }

    /// The totals of every pattern of the cycle, in order.
    pub(crate) fn patterns(&self) -> impl Iterator<Item = &PatternTotals> {
        std::iter::once(&self.first).chain(&self.rest)
    }

    /// Fills the totals of each pattern, and the dates and weeks of `plan` that hold a dated
    /// change on the plan's days, in `O(shifts of the cycle + k log k + w × shifts of a
    /// pattern)` for k dated changes in w calendar weeks. Dated changes outside the plan's days
    /// are left out.
    ///
    /// The dates are compared as day numbers: one pass over the sorted changes groups them by
    /// date and by calendar week, with no calendar arithmetic beyond one day number per date.
    pub(crate) fn fill(&mut self, plan: &Plan<'_>) {
        let mut weeks = plan.schedule.weeks().iter();
        self.first = weeks.next().map(PatternTotals::of).unwrap_or_default();
        self.rest.clear();
        self.rest.extend(weeks.map(PatternTotals::of));
        self.changes.clear();
        self.dates.clear();
        self.weeks.clear();
        if plan.days_off.is_empty() && plan.extra_shifts.is_empty() {
            return;
        }
        for (i, d) in plan.days_off.iter().enumerate() {
            if plan.holds(*d) {
                self.changes.push((*d, Change::DayOff(i)));
            }
        }
        for (j, e) in plan.extra_shifts.iter().enumerate() {
            if plan.holds(e.date()) {
                self.changes.push((e.date(), Change::Extra(j)));
            }
        }
        // Days off and extra shifts listed in date order are often in order already.
        if !self.changes.is_sorted() {
            self.changes.sort_unstable();
        }

        let cycle = Cycle::of(plan);
        let mut week: Option<WeekSoFar> = None;
        let mut i = 0;
        while let Some(&(date, change)) = self.changes.get(i) {
            // The run of changes on `date`.
            let mut off = false;
            let mut extra = 0u64;
            let mut extra_occupied = WeekdaySet::EMPTY;
            while let Some(&(d, c)) = self.changes.get(i) {
                if d != date {
                    break;
                }
                match c {
                    Change::DayOff(_) => off = true,
                    Change::Extra(j) => {
                        if let Some(e) = plan.extra_shifts.get(j) {
                            extra = extra.saturating_add(u64::from(e.working_minutes()));
                            extra_occupied =
                                extra_occupied.union(e.as_weekly().occupied_weekdays());
                        }
                    }
                }
                i += 1;
            }
            let day = day_number(date);
            let weekday = date.weekday();
            let monday_day = day - i64::from(weekday.num_days_from_monday());
            let pattern = cycle.pattern_index(monday_day);
            let from_pattern = if off {
                0
            } else {
                u64::from(self.pattern(pattern).on(weekday))
            };
            self.dates.push(WorkedDate {
                date,
                pattern,
                minutes: from_pattern.saturating_add(extra),
                change,
            });
            if week.as_ref().is_some_and(|w| w.monday_day != monday_day) {
                if let Some(done) = week.take() {
                    self.weeks.push(done.finish(plan, &cycle));
                }
            }
            let so_far = week.get_or_insert(WeekSoFar {
                monday_day,
                first: date,
                pattern,
                days_off: WeekdaySet::EMPTY,
                extra_minutes: 0,
                extra_occupied: WeekdaySet::EMPTY,
                change,
            });
            if off {
                so_far.days_off.insert(weekday);
            }
            so_far.extra_minutes = so_far.extra_minutes.saturating_add(extra);
            so_far.extra_occupied = so_far.extra_occupied.union(extra_occupied);
        }
        if let Some(done) = week {
            self.weeks.push(done.finish(plan, &cycle));
        }
    }
}

/// The day number of `date` (days from the Common Era's first day, a Monday).
fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

/// The plan's bounds and the rota's anchor as day numbers, computed once per plan.
struct Cycle {
    /// The first day.
    first: i64,
    /// The last day, if any.
    last: Option<i64>,
    /// The anchor's day number and the number of patterns, for a rota.
    anchor: Option<(i64, i64)>,
}

impl Cycle {
    fn of(plan: &Plan<'_>) -> Self {
        let n = i64::try_from(plan.schedule.weeks().len())
            .unwrap_or(1)
            .max(1);
        Self {
            first: day_number(plan.first),
            last: plan.last.map(day_number),
            anchor: plan.schedule.anchor().map(|a| (day_number(a), n)),
        }
    }

    /// The pattern followed in the week starting on day `monday` (as
    /// [`Schedule::pattern_index`](super::Schedule::pattern_index)).
    fn pattern_index(&self, monday: i64) -> usize {
        self.anchor.map_or(0, |(anchor, n)| {
            usize::try_from((monday - anchor).div_euclid(7).rem_euclid(n)).unwrap_or(0)
        })
    }

    /// The weekdays of the week starting on day `monday` that are plan days.
    fn plan_days(&self, monday: i64) -> WeekdaySet {
        let from = (self.first - monday).clamp(0, 7);
        let to = self.last.map_or(6, |last| (last - monday).min(6));
        if to < from {
            return WeekdaySet::EMPTY;
        }
        // Bits `from..=to`, Monday the lowest (0 <= from <= to <= 6).
        let bits = (1u16 << (to + 1)) - (1u16 << from);
        WeekdaySet(u8::try_from(bits).unwrap_or(0))
    }
}

/// A calendar week being gathered from its dated changes.
struct WeekSoFar {
    /// Its Monday's day number.
    monday_day: i64,
    /// Its first date with a dated change.
    first: NaiveDate,
    /// The pattern it follows.
    pattern: usize,
    /// The weekdays that are days off.
    days_off: WeekdaySet,
    /// Working minutes of its extra shifts.
    extra_minutes: u64,
    /// Weekdays occupied by its extra shifts.
    extra_occupied: WeekdaySet,
    /// Its earliest dated change.
    change: Change,
}

impl WeekSoFar {
    /// The week as worked: its pattern's shifts that start on plan days that are not days off,
    /// and its extra shifts.
    fn finish(self, plan: &Plan<'_>, cycle: &Cycle) -> WorkedWeek {
        let worked_days = WeekdaySet(cycle.plan_days(self.monday_day).0 & !self.days_off.0);
        let mut minutes = self.extra_minutes;
        let mut occupied = self.extra_occupied;
        for shift in plan.schedule.pattern(self.pattern).shifts() {
            if worked_days.contains(shift.weekday()) {
                minutes = minutes.saturating_add(u64::from(shift.working_minutes()));
                occupied = occupied.union(shift.occupied_weekdays());
            }
        }
        WorkedWeek {
            monday: week_monday(self.first),
            pattern: self.pattern,
            minutes,
            occupied,
            change: self.change,
        }
    }
}
