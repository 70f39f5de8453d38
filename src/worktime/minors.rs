//! The minors' limits of working time (`worktime.minor_daily_hours`,
//! `worktime.minor_weekly_hours`, `worktime.minor_days_per_week`).
//!
//! They judge each pattern of the cycle and each date and calendar week that holds a dated change,
//! as worked, like the adult limits; a dated date or week reports only when its pattern alone
//! passes. No make-up working day raises a minors' limit (RULES.md, "The official calendar").

use super::{at_change, at_pattern, Limit};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::Worked;
use crate::{Quantity, Unit};
use crate::{RuleCode, Schedule, WeekdaySet};

/// Checks the three minors' limits the policy sets, for a worker judged a minor, on `schedule`
/// and the dates and weeks `worked` holds (filled for this plan), for the placement or
/// employment at `here`.
pub(super) fn check(
    schedule: &Schedule,
    worked: &Worked,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let schedule_at = here.field("schedule");

    if let Some(limit_hours) = policy
        .minor_max_daily_work_hours
        .filter(|_| sink.wants(RuleCode::WorktimeMinorDailyHours))
    {
        let limit = Limit {
            code: RuleCode::WorktimeMinorDailyHours,
            minutes: u64::from(limit_hours) * 60,
        };
        let message = |_: &dyn std::fmt::Display| {
            "a minor's working time on a day exceeds the minors' daily limit".to_owned()
        };
        limit.on_days(schedule, worked, here, scope, &message, sink);
    }

    if let Some(limit_hours) = policy
        .minor_max_weekly_work_hours
        .filter(|_| sink.wants(RuleCode::WorktimeMinorWeeklyHours))
    {
        let limit = Limit {
            code: RuleCode::WorktimeMinorWeeklyHours,
            minutes: u64::from(limit_hours) * 60,
        };
        let message = "a minor's working time in a week exceeds the minors' weekly limit";
        limit.on_patterns(schedule, worked, here, scope, message, sink);
        limit.on_dated_weeks(
            worked,
            here,
            scope,
            |_| limit.minutes,
            |_| message.to_owned(),
            sink,
        );
    }

    if let Some(max_days) = policy
        .minor_max_days_per_week
        .filter(|_| sink.wants(RuleCode::WorktimeMinorDaysPerWeek))
    {
        let message = "a minor works on more days of a week than allowed";
        let figures = |days: u32| {
            vec![
                Figure::new("limit", Quantity::count(max_days, Unit::Days)),
                Figure::new("actual", Quantity::count(days, Unit::Days)),
            ]
        };
        for (w, pattern) in schedule.weeks().iter().enumerate() {
            let days = pattern.occupied_weekdays().len();
            if days > max_days {
                at_pattern(schedule, schedule_at, w, |at| {
                    sink.push(
                        RuleCode::WorktimeMinorDaysPerWeek,
                        at,
                        scope,
                        message.to_owned(),
                        figures(days),
                    );
                });
            }
        }
        for week in &worked.weeks {
            let pattern = schedule
                .weeks()
                .get(week.pattern)
                .map_or(WeekdaySet::EMPTY, |p| p.occupied_weekdays());
            let days = week.occupied.len();
            if pattern.len() <= max_days && days > max_days {
                let mut figures = figures(days);
                figures.insert(0, Figure::new("week", week.monday));
                at_change(here, week.change, |at| {
                    sink.push(
                        RuleCode::WorktimeMinorDaysPerWeek,
                        at,
                        scope,
                        message.to_owned(),
                        figures,
                    );
                });
            }
        }
    }
}
