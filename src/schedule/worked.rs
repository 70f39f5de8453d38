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
use super::{WeekdaySet, WeeklySchedule, WEEK};
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
    /// change on the plan's days, in `O(shifts of the cycle + k log k + k × shifts of a
    /// pattern)` for k dated changes. Dated changes outside the plan's days are left out.
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
        self.changes.extend(
            plan.days_off
                .iter()
                .enumerate()
                .filter(|(_, d)| plan.holds(**d))
                .map(|(i, d)| (*d, Change::DayOff(i))),
        );
        self.changes.extend(
            plan.extra_shifts
                .iter()
                .enumerate()
                .filter(|(_, e)| plan.holds(e.date()))
                .map(|(j, e)| (e.date(), Change::Extra(j))),
        );
        self.changes.sort_unstable();

        // Dates.
        let mut i = 0;
        while let Some(&(date, change)) = self.changes.get(i) {
            let mut end = i;
            let mut off = false;
            let mut extra = 0u64;
            while let Some(&(d, c)) = self.changes.get(end) {
                if d != date {
                    break;
                }
                match c {
                    Change::DayOff(_) => off = true,
                    Change::Extra(j) => {
                        let minutes = plan.extra_shifts.get(j).map_or(0, |e| e.working_minutes());
                        extra = extra.saturating_add(u64::from(minutes));
                    }
                }
                end += 1;
            }
            let pattern = plan.schedule.pattern_index(date);
            let from_pattern = if off {
                0
            } else {
                u64::from(self.pattern(pattern).on(date.weekday()))
            };
            self.dates.push(WorkedDate {
                date,
                pattern,
                minutes: from_pattern.saturating_add(extra),
                change,
            });
            i = end;
        }

        // Weeks: the changes are sorted by date, so each week's are a run of them.
        let mut i = 0;
        let mut c_start = 0;
        while let Some(first) = self.dates.get(i).copied() {
            let monday = week_monday(first.date);
            let mut end = i;
            while let Some(d) = self.dates.get(end) {
                if week_monday(d.date) != monday {
                    break;
                }
                end += 1;
            }
            let mut c_end = c_start;
            while let Some(&(d, _)) = self.changes.get(c_end) {
                if week_monday(d) != monday {
                    break;
                }
                c_end += 1;
            }
            let in_week = self.changes.get(c_start..c_end).unwrap_or(&[]);
            c_start = c_end;
            let mut days_off = WeekdaySet::EMPTY;
            for &(d, c) in in_week {
                if matches!(c, Change::DayOff(_)) {
                    days_off.insert(d.weekday());
                }
            }
            let pattern = first.pattern;
            // The weekdays of the week that are plan days and not days off.
            let day_number = |d: NaiveDate| i64::from(d.num_days_from_ce());
            let from = day_number(plan.first) - day_number(monday);
            let to = plan
                .last
                .map_or(6, |last| day_number(last) - day_number(monday));
            let mut worked_days = WeekdaySet::EMPTY;
            for (offset, day) in (0i64..).zip(WEEK) {
                if from <= offset && offset <= to && !days_off.contains(day) {
                    worked_days.insert(day);
                }
            }
            let mut minutes = 0u64;
            let mut occupied = WeekdaySet::EMPTY;
            for shift in plan.schedule.pattern(pattern).shifts() {
                if worked_days.contains(shift.weekday()) {
                    minutes = minutes.saturating_add(u64::from(shift.working_minutes()));
                    occupied = occupied.union(shift.occupied_weekdays());
                }
            }
            for &(_, c) in in_week {
                if let Change::Extra(j) = c {
                    if let Some(e) = plan.extra_shifts.get(j) {
                        minutes = minutes.saturating_add(u64::from(e.working_minutes()));
                        occupied = occupied.union(e.as_weekly().occupied_weekdays());
                    }
                }
            }
            self.weeks.push(WorkedWeek {
                monday,
                pattern,
                minutes,
                occupied,
                change: first.change,
            });
            i = end;
        }
    }
}
