//! Working-time rules (`worktime.*`), applied to every placement's schedule (and, with the
//! employed-study mode, to every employment's shift pattern).
//!
//! Daily hours count each shift towards the day it starts; rest days are weekdays occupied by no
//! shift, a shift occupying every calendar day on which it has a minute.

use chrono::NaiveDate;

use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::WEEK;
use crate::{has_reached_age, RuleCode, WeeklySchedule};

/// The worker a schedule belongs to, for the rules that depend on age.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Worker {
    /// Date of birth.
    pub(crate) birth_date: NaiveDate,
    /// The first day of the placement or employment.
    pub(crate) first_day: NaiveDate,
}

/// `minutes` as `7 h` or `7 h 30 min`.
pub(crate) fn hours(minutes: u64) -> String {
    match minutes % 60 {
        0 => format!("{} h", minutes / 60),
        rest => format!("{} h {rest} min", minutes / 60),
    }
}

/// Checks the four working-time rules on `schedule`, found at `at`.
pub(crate) fn check_schedule(
    schedule: &WeeklySchedule,
    worker: Worker,
    at: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();

    if sink.wants(RuleCode::WorktimeDailyHours) {
        let limit = u64::from(policy.max_daily_work_hours) * 60;
        for (day, minutes) in WEEK.iter().zip(schedule.working_minutes_by_day()) {
            if u64::from(minutes) > limit {
                sink.push(
                    RuleCode::WorktimeDailyHours,
                    at,
                    scope,
                    format!("working time on {day} exceeds the daily limit"),
                    vec![
                        Figure::new("day", day),
                        Figure::new("limit", hours(limit)),
                        Figure::new("actual", hours(minutes.into())),
                    ],
                );
            }
        }
    }

    if sink.wants(RuleCode::WorktimeWeeklyHours) {
        let limit = u64::from(policy.max_weekly_work_hours) * 60;
        let week = u64::from(schedule.weekly_working_minutes());
        if week > limit {
            sink.push(
                RuleCode::WorktimeWeeklyHours,
                at,
                scope,
                "weekly working time exceeds the limit".to_owned(),
                vec![
                    Figure::new("limit", hours(limit)),
                    Figure::new("actual", hours(week)),
                ],
            );
        }
    }

    if sink.wants(RuleCode::WorktimeRestDays) {
        let rest_days = 7 - schedule.occupied_weekdays().len();
        if rest_days < policy.min_rest_days_per_week {
            sink.push(
                RuleCode::WorktimeRestDays,
                at,
                scope,
                "too few weekdays free of any shift".to_owned(),
                vec![
                    Figure::new("limit", format!("{} day(s)", policy.min_rest_days_per_week)),
                    Figure::new("actual", format!("{rest_days} day(s)")),
                ],
            );
        }
    }

    if let Some(window) = policy.minor_night_window {
        let minor = !has_reached_age(worker.birth_date, policy.adult_age, worker.first_day);
        if minor && sink.wants(RuleCode::WorktimeMinorNightWork) {
            let shifts = at.field("shifts");
            for (i, shift) in schedule.shifts().iter().enumerate() {
                if shift.overlaps_window(&window) {
                    sink.push(
                        RuleCode::WorktimeMinorNightWork,
                        shifts.index(i),
                        scope,
                        format!(
                            "a worker under {} has a shift in the night window",
                            policy.adult_age
                        ),
                        vec![
                            Figure::new("window", window),
                            Figure::new("shift", shift),
                            Figure::new("first_day", worker.first_day),
                        ],
                    );
                }
            }
        }
    }
}
