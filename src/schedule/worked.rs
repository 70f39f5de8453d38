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

use super::dated::{plus_days, Plan};
use super::{WeekdaySet, WEEK};
use crate::week_monday;

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
    changes: Vec<(NaiveDate, Change)>,
    /// The dates that hold a dated change, in date order.
    pub(crate) dates: Vec<WorkedDate>,
    /// The weeks that hold a dated change, in date order.
    pub(crate) weeks: Vec<WorkedWeek>,
}

impl Worked {
    /// Fills the dates and weeks of `plan` that hold a dated change on the plan's days, in
    /// `O(k log k + k × shifts of a pattern)` for k dated changes.
    pub(crate) fn fill(&mut self, plan: &Plan<'_>) {
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
            let by_day = plan.schedule.pattern_for(date).working_minutes_by_day();
            let from_pattern = if off {
                0
            } else {
                let index = date.weekday().num_days_from_monday() as usize;
                u64::from(by_day.get(index).copied().unwrap_or(0))
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
            let pattern = plan.schedule.pattern_for(monday);
            let mut worked_days = WeekdaySet::EMPTY;
            for (offset, day) in WEEK.iter().enumerate() {
                let date = plus_days(monday, offset as u64);
                if date.is_some_and(|d| plan.holds(d)) && !days_off.contains(*day) {
                    worked_days.insert(*day);
                }
            }
            let mut minutes = 0u64;
            let mut occupied = WeekdaySet::EMPTY;
            for shift in pattern.shifts() {
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
                pattern: plan.schedule.pattern_index(monday),
                minutes,
                occupied,
                change: first.change,
            });
            i = end;
        }
    }
}
