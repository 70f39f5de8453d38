//! Vocational-school days against work (`worktime.school_day`, BBiG § 15, JArbSchG § 9).
//!
//! Judged for a work placement with school days, when the policy sets
//! `school_day_credit_hours` (off in cn). Per shift, at most one violation, for the first reason
//! that applies: a shift in a block week (at least 25 hours of lessons on at least 5 days); a
//! shift that occupies the week's first school day with more than five lessons; a shift with a
//! minute on a school day before that day's start, when the start is before 09:00. Then the
//! credit: each pattern's day and week, and each date and week that holds a dated change, whose
//! working time plus credited school time exceeds the daily or weekly limit (the minors' limits
//! for a minor) while its working time alone does not. A day or week with no work is not judged,
//! and neither is the credit of the first long school day nor of a block week, whose shifts are
//! reported one by one.

use crate::{Quantity, Unit};
use chrono::{Datelike, Weekday};

use super::{at_change, at_pattern, at_shift, every_shift, hours};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::Worked;
use crate::schedule::{Plan, MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEK};
use crate::{RuleCode, SchoolDay, TimeOfDay, WeekdaySet};

/// Lessons of at least this many minutes in a week, on at least [`BLOCK_DAYS`] days, make a block
/// week (JArbSchG § 9(1) no. 3: 25 hours on five days).
const BLOCK_MINUTES: u64 = 25 * 60;
/// See [`BLOCK_MINUTES`].
const BLOCK_DAYS: u32 = 5;
/// A school start before this time keeps the morning free (JArbSchG § 9(1) no. 1).
const EARLY_START_BEFORE: u32 = 9 * 60;

/// What the school days of a week amount to.
struct Timetable<'a> {
    days: &'a [SchoolDay],
    /// Whether the week is a block week.
    block: bool,
    /// The week's first school day with more than five lessons.
    long_day: Option<&'a SchoolDay>,
    /// Credited minutes by weekday, Monday first.
    credit: [u64; 7],
}

impl<'a> Timetable<'a> {
    fn new(days: &'a [SchoolDay], credit_hours: u32) -> Self {
        let lessons: u64 = days.iter().map(|d| u64::from(d.lesson_minutes())).sum();
        let weekdays: WeekdaySet = days.iter().map(SchoolDay::weekday).collect();
        let block = lessons >= BLOCK_MINUTES && weekdays.len() >= BLOCK_DAYS;
        let long = days
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_long())
            .min_by_key(|(k, d)| (d.weekday().num_days_from_monday(), *k))
            .map(|(k, _)| k);
        let mut credit = [0u64; 7];
        for (k, day) in days.iter().enumerate() {
            let minutes = if Some(k) == long {
                u64::from(credit_hours) * 60
            } else {
                u64::from(day.span_minutes())
            };
            if let Some(slot) = credit.get_mut(day.weekday().num_days_from_monday() as usize) {
                *slot = slot.saturating_add(minutes);
            }
        }
        let long_day = long.and_then(|k| days.get(k));
        Self {
            days,
            block,
            long_day,
            credit,
        }
    }

    fn weekly_credit(&self) -> u64 {
        self.credit
            .iter()
            .fold(0u64, |sum, c| sum.saturating_add(*c))
    }

    /// The credit of `day` for the daily limit; none for the first long school day.
    fn daily_credit(&self, day: Weekday) -> u64 {
        if self.long_day.is_some_and(|long| long.weekday() == day) {
            return 0;
        }
        self.credit
            .get(day.num_days_from_monday() as usize)
            .copied()
            .unwrap_or(0)
    }

    /// The school day that starts before 09:00 on which the span `[start, end)` (minutes of the
    /// weekly cycle) has a minute before school starts.
    fn early_school_day(&self, (start, end): (u32, u32)) -> Option<&'a SchoolDay> {
        let week = i64::from(MINUTES_PER_WEEK);
        let (start, end) = (i64::from(start), i64::from(end));
        self.days.iter().find(|day| {
            let school = day.start().minutes_since_midnight();
            if school >= EARLY_START_BEFORE {
                return false;
            }
            let midnight = i64::from(day.weekday().num_days_from_monday() * MINUTES_PER_DAY);
            let begins = midnight + i64::from(school);
            // The school day of this cycle, or of the next for a shift running past Sunday
            // 24:00 (a shift starts within the cycle, so never before an earlier cycle's day).
            [0, week]
                .iter()
                .any(|w| start < begins + w && midnight + w < end)
        })
    }
}

/// Whether work of `work` minutes plus `credit` exceeds `limit` while work alone does not.
fn credit_breaks(work: u64, credit: u64, limit: u64) -> bool {
    work > 0 && credit > 0 && work <= limit && work.saturating_add(credit) > limit
}

/// Checks `worktime.school_day` for the work placement at `here` with `school_days`; `worked`
/// holds the plan's dates and weeks as worked.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check(
    plan: &Plan<'_>,
    school_days: &[SchoolDay],
    minor: bool,
    worked: &Worked,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let Some(credit_hours) = policy.school_day_credit_hours else {
        return;
    };
    if school_days.is_empty() || !sink.wants(RuleCode::WorktimeSchoolDay) {
        return;
    }
    let timetable = Timetable::new(school_days, credit_hours);
    let schedule = plan.schedule;

    for (source, shift) in every_shift(plan) {
        let (message, figure) = if timetable.block {
            let lessons: u32 = school_days.iter().map(SchoolDay::lessons).sum();
            (
                "the shift falls in a block week of vocational school".to_owned(),
                Figure::new("lessons", Quantity::count(lessons, Unit::LessonsAWeek)),
            )
        } else if let Some(day) = timetable
            .long_day
            .filter(|d| shift.occupied_weekdays().contains(d.weekday()))
        {
            (
                "the shift falls on the week's first school day with more than five lessons"
                    .to_owned(),
                Figure::new("school_day", day),
            )
        } else if let Some(day) = timetable.early_school_day(shift.span().week_interval()) {
            (
                format!(
                    "the shift has work before a school day that starts before {}",
                    TimeOfDay::from_minutes(EARLY_START_BEFORE).unwrap_or(TimeOfDay::MIDNIGHT)
                ),
                Figure::new("school_day", day),
            )
        } else {
            continue;
        };
        let when = match source {
            crate::schedule::ShiftSource::Extra(j) => plan
                .extra_shifts
                .get(j)
                .map_or(Figure::new("day", shift.weekday()), |e| {
                    Figure::new("date", e.date())
                }),
            crate::schedule::ShiftSource::Pattern { .. } => Figure::new("day", shift.weekday()),
        };
        at_shift(schedule, here, source, |at| {
            sink.push(
                RuleCode::WorktimeSchoolDay,
                at,
                scope,
                message,
                vec![when, Figure::new("shift", shift), figure],
            );
        });
    }
    if timetable.block {
        return;
    }

    let daily = u64::from(match policy.minor_max_daily_work_hours {
        Some(limit) if minor => limit,
        _ => policy.max_daily_work_hours,
    }) * 60;
    let weekly = u64::from(match policy.minor_max_weekly_work_hours {
        Some(limit) if minor => limit,
        _ if schedule.weeks().len() > 1 => policy.max_single_week_work_hours,
        _ => policy.max_weekly_work_hours,
    }) * 60;
    let week_credit = timetable.weekly_credit();
    let schedule_at = here.field("schedule");
    let push = |sink: &mut Sink<'_>,
                at: Loc<'_>,
                what: &str,
                when: Option<Figure>,
                limit,
                work,
                credit| {
        let mut figures = vec![
            Figure::new("limit", hours(limit)),
            Figure::new("working_time", hours(work)),
            Figure::new("school_credit", hours(credit)),
        ];
        if let Some(when) = when {
            figures.insert(0, when);
        }
        sink.push(
            RuleCode::WorktimeSchoolDay,
            at,
            scope,
            format!("working time plus credited school time exceeds the {what} limit"),
            figures,
        );
    };
    let pattern_day_breaks = |w: usize, day: Weekday| {
        schedule.weeks().get(w).is_some_and(|p| {
            let work = p
                .working_minutes_by_day()
                .get(day.num_days_from_monday() as usize)
                .map_or(0, |m| u64::from(*m));
            credit_breaks(work, timetable.daily_credit(day), daily)
        })
    };
    let pattern_week_breaks = |w: usize| {
        schedule.weeks().get(w).is_some_and(|p| {
            credit_breaks(u64::from(p.weekly_working_minutes()), week_credit, weekly)
        })
    };
    for (w, pattern) in schedule.weeks().iter().enumerate() {
        for (day, work) in WEEK.iter().zip(pattern.working_minutes_by_day()) {
            if pattern_day_breaks(w, *day) {
                let credit = timetable.daily_credit(*day);
                at_pattern(schedule, schedule_at, w, |at| {
                    let when = Some(Figure::new("day", day));
                    push(sink, at, "daily", when, daily, u64::from(work), credit);
                });
            }
        }
        if pattern_week_breaks(w) {
            let work = u64::from(pattern.weekly_working_minutes());
            at_pattern(schedule, schedule_at, w, |at| {
                push(sink, at, "weekly", None, weekly, work, week_credit);
            });
        }
    }
    for date in &worked.dates {
        let day = date.date.weekday();
        let credit = timetable.daily_credit(day);
        if !pattern_day_breaks(date.pattern, day) && credit_breaks(date.minutes, credit, daily) {
            at_change(here, date.change, |at| {
                let when = Some(Figure::new("date", date.date));
                push(sink, at, "daily", when, daily, date.minutes, credit);
            });
        }
    }
    for week in &worked.weeks {
        if !pattern_week_breaks(week.pattern) && credit_breaks(week.minutes, week_credit, weekly) {
            at_change(here, week.change, |at| {
                let when = Some(Figure::new("week", week.monday));
                push(sink, at, "weekly", when, weekly, week.minutes, week_credit);
            });
        }
    }
}
