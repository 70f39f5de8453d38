//! Working-time rules (`worktime.*`), applied to every placement's schedule (and, with the
//! employed-study mode, to every employment's shift pattern).
//!
//! Daily hours count each shift towards the day it starts; rest days are weekdays occupied by no
//! shift, a shift occupying every calendar day on which it has a minute.

use std::fmt::Display;

use chrono::{Datelike, NaiveDate};

mod minors;
mod rest;
pub(crate) mod school;

pub(crate) use rest::{break_steps, required_break};

use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::{Change, Worked};
use crate::schedule::{Plan, ShiftSource, WEEK};
use crate::{has_reached_age, HostCalendar, RuleCode, Schedule, Shift};
use crate::{FigureValue, PhraseKey, Quantity, Unit};

/// The worker a schedule belongs to, for the rules that depend on age.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Worker {
    /// Date of birth.
    pub(crate) birth_date: NaiveDate,
    /// The first day of the placement or employment.
    pub(crate) first_day: NaiveDate,
}

impl Worker {
    /// Whether the worker is under `adult_age` on the first day (RULES.md, "Minors").
    pub(crate) fn is_minor(&self, adult_age: u32) -> bool {
        !has_reached_age(self.birth_date, adult_age, self.first_day)
    }
}

/// `minutes` as a figure: `7 h` or `7 h 30 min`.
pub(crate) fn hours(minutes: u64) -> FigureValue {
    FigureValue::hours_minutes(minutes)
}

/// The location of a dated change below the placement or employment at `here`, handed to `f`.
pub(crate) fn at_change<R>(here: Loc<'_>, change: Change, f: impl FnOnce(Loc<'_>) -> R) -> R {
    match change {
        Change::DayOff(i) => {
            let list = here.field("days_off");
            f(list.index(i))
        }
        Change::Extra(j) => {
            let list = here.field("extra_shifts");
            f(list.index(j))
        }
    }
}

/// The location of pattern `w` of `schedule` (at `schedule_at`), handed to `f`: the schedule
/// itself for revision 1's form, `schedule.weeks[w]` for a rota.
pub(crate) fn at_pattern<R>(
    schedule: &Schedule,
    schedule_at: Loc<'_>,
    w: usize,
    f: impl FnOnce(Loc<'_>) -> R,
) -> R {
    if schedule.is_rota() {
        let weeks = schedule_at.field("weeks");
        f(weeks.index(w))
    } else {
        f(schedule_at)
    }
}

/// The location of a planned shift below the placement or employment at `here`, handed to `f`.
pub(crate) fn at_shift<R>(
    schedule: &Schedule,
    here: Loc<'_>,
    source: ShiftSource,
    f: impl FnOnce(Loc<'_>) -> R,
) -> R {
    match source {
        ShiftSource::Pattern { week, shift } => {
            let schedule_at = here.field("schedule");
            at_pattern(schedule, schedule_at, week, |pattern| {
                let shifts = pattern.field("shifts");
                f(shifts.index(shift))
            })
        }
        ShiftSource::Extra(j) => {
            let list = here.field("extra_shifts");
            f(list.index(j))
        }
    }
}

/// Checks the working-time rules on the schedule and dated changes of `plan`, for the placement
/// or employment at `here`: each pattern of the cycle, and each date and calendar week that holds
/// a dated change, as worked (RULES.md, "Schedules, rotas and dated changes"). A dated date or
/// week reports only when its pattern alone passes the same rule, at its earliest dated change,
/// naming the date (`date`) or the week's Monday (`week`). `worked` is scratch space.
///
/// `worktime.weekly_hours`: a single pattern against `max_weekly_work_hours`; for a cycle of two
/// or more patterns, the cycle's total against `max_weekly_work_hours` times its weeks (the
/// average week, at `schedule`) and each pattern against `max_single_week_work_hours`; a dated
/// week against the same limit as its pattern, raised for make-up working days by
/// [`HostCalendar::weekly_limit_minutes`]. `worktime.rest_days` is unchanged by the calendar.
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_schedule(
    plan: &Plan<'_>,
    calendar: HostCalendar<'_>,
    worker: Worker,
    here: Loc<'_>,
    scope: Scope<'_>,
    worked: &mut Worked,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let schedule = plan.schedule;
    let schedule_at = here.field("schedule");
    worked.fill(plan);
    let minor = worker.is_minor(policy.adult_age);
    // Where the policy sets a minors' limit, the adult rule skips a minor (RULES.md, "Minors").
    let adult_daily = !(minor && policy.minor_max_daily_work_hours.is_some());
    let adult_weekly = !(minor && policy.minor_max_weekly_work_hours.is_some());

    if adult_daily && sink.wants(RuleCode::WorktimeDailyHours) {
        let limit = Limit {
            code: RuleCode::WorktimeDailyHours,
            minutes: u64::from(policy.max_daily_work_hours) * 60,
        };
        let message =
            |when: &dyn Display| format!("working time on {when} exceeds the daily limit");
        limit.on_days(schedule, worked, here, scope, &message, sink);
    }

    if adult_weekly && sink.wants(RuleCode::WorktimeWeeklyHours) {
        let n = schedule.weeks().len();
        let (base_hours, single) = if n > 1 {
            (policy.max_single_week_work_hours, true)
        } else {
            (policy.max_weekly_work_hours, false)
        };
        let limit = u64::from(base_hours) * 60;
        if single {
            let total = worked
                .patterns()
                .fold(0u64, |sum, p| sum.saturating_add(p.weekly));
            let average_limit = u64::from(policy.max_weekly_work_hours) * 60;
            let weeks = n as u64;
            if total > average_limit.saturating_mul(weeks) {
                sink.push(
                    RuleCode::WorktimeWeeklyHours,
                    schedule_at,
                    scope,
                    "the average week of the rota exceeds the weekly limit".to_owned(),
                    vec![
                        Figure::new("limit", hours(average_limit)),
                        Figure::new(
                            "actual",
                            FigureValue::phrase(
                                PhraseKey::Over,
                                [hours(total), Quantity::count(weeks, Unit::Weeks).into()],
                            ),
                        ),
                    ],
                );
            }
        }
        let weekly = Limit {
            code: RuleCode::WorktimeWeeklyHours,
            minutes: limit,
        };
        let message = if single {
            "a week of the rota exceeds the single-week limit"
        } else {
            "weekly working time exceeds the limit"
        };
        weekly.on_patterns(schedule, worked, here, scope, message, sink);
        weekly.on_dated_weeks(
            worked,
            here,
            scope,
            |monday| calendar.weekly_limit_minutes(base_hours, monday),
            |monday| format!("working time in the week of {monday} exceeds the limit"),
            sink,
        );
    }

    if sink.wants(RuleCode::WorktimeRestDays) {
        let minimum = policy.min_rest_days_per_week;
        let push = |sink: &mut Sink<'_>, at: Loc<'_>, week: Option<NaiveDate>, rest: u32| {
            let mut figures = vec![
                Figure::new("limit", Quantity::count(minimum, Unit::DaysOrOne)),
                Figure::new("actual", Quantity::count(rest, Unit::DaysOrOne)),
            ];
            if let Some(monday) = week {
                figures.insert(0, Figure::new("week", monday));
            }
            sink.push(
                RuleCode::WorktimeRestDays,
                at,
                scope,
                "too few weekdays free of any shift".to_owned(),
                figures,
            );
        };
        for (w, pattern) in worked.patterns().enumerate() {
            let rest_days = 7 - pattern.occupied.len();
            if rest_days < minimum {
                at_pattern(schedule, schedule_at, w, |at| {
                    push(sink, at, None, rest_days)
                });
            }
        }
        for week in &worked.weeks {
            let pattern = worked.pattern(week.pattern).occupied;
            let rest_days = 7 - week.occupied.len();
            if 7 - pattern.len() >= minimum && rest_days < minimum {
                at_change(here, week.change, |at| {
                    push(sink, at, Some(week.monday), rest_days)
                });
            }
        }
    }

    if minor {
        minors::check(schedule, worked, here, scope, sink);
    }
    rest::breaks(plan, minor, here, scope, sink);
    rest::daily_rest(plan, worked, minor, here, scope, sink);

    if let Some(window) = policy.minor_night_window {
        if minor && sink.wants(RuleCode::WorktimeMinorNightWork) {
            for (source, shift) in every_shift(plan) {
                if shift.overlaps_window(&window) {
                    at_shift(schedule, here, source, |at| {
                        sink.push(
                            RuleCode::WorktimeMinorNightWork,
                            at,
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
                    });
                }
            }
        }
    }
}

/// Every shift of every pattern, then every extra shift on the plan's days (as it sits on the
/// weekly cycle), with where it comes from.
pub(crate) fn every_shift<'a>(plan: &'a Plan<'a>) -> EveryShift<'a> {
    EveryShift {
        plan,
        patterns: plan.schedule.weeks().iter().enumerate(),
        week: 0,
        shifts: [].iter().enumerate(),
        extras: plan.extra_shifts.iter().enumerate(),
    }
}

/// The iterator of [`every_shift`]: the patterns, the shifts of the current one, then the extra
/// shifts.
#[derive(Debug, Clone)]
pub(crate) struct EveryShift<'a> {
    plan: &'a Plan<'a>,
    patterns: std::iter::Enumerate<std::slice::Iter<'a, crate::WeeklySchedule>>,
    week: usize,
    shifts: std::iter::Enumerate<std::slice::Iter<'a, Shift>>,
    extras: std::iter::Enumerate<std::slice::Iter<'a, crate::ExtraShift>>,
}

impl Iterator for EveryShift<'_> {
    type Item = (ShiftSource, Shift);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((shift, s)) = self.shifts.next() {
                let source = ShiftSource::Pattern {
                    week: self.week,
                    shift,
                };
                return Some((source, *s));
            }
            let Some((week, pattern)) = self.patterns.next() else {
                break;
            };
            self.week = week;
            self.shifts = pattern.shifts().iter().enumerate();
        }
        let plan = self.plan;
        self.extras
            .find(|(_, e)| plan.holds(e.date()))
            .map(|(j, e)| (ShiftSource::Extra(j), e.as_weekly()))
    }
}

/// A limit of working time in minutes and the code that reports it: the daily and weekly limits
/// of adults and of minors judge the patterns of the cycle, then each date or week that holds a
/// dated change, as worked, reporting a dated one only when its pattern alone passes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limit {
    pub(crate) code: RuleCode,
    pub(crate) minutes: u64,
}

impl Limit {
    /// Each pattern's day over the limit, at the pattern (naming `day`); each dated date over it
    /// whose pattern's day passes, at its earliest dated change (naming `date`). `message` is
    /// given the weekday or the date.
    pub(crate) fn on_days(
        self,
        schedule: &Schedule,
        worked: &Worked,
        here: Loc<'_>,
        scope: Scope<'_>,
        message: &dyn Fn(&dyn Display) -> String,
        sink: &mut Sink<'_>,
    ) {
        let schedule_at = here.field("schedule");
        for (w, pattern) in worked.patterns().enumerate() {
            if u64::from(pattern.busiest_day) <= self.minutes {
                continue;
            }
            for (day, &minutes) in WEEK.iter().zip(&pattern.by_day) {
                if u64::from(minutes) > self.minutes {
                    at_pattern(schedule, schedule_at, w, |at| {
                        sink.push(
                            self.code,
                            at,
                            scope,
                            message(day),
                            vec![
                                Figure::new("day", day),
                                Figure::new("limit", hours(self.minutes)),
                                Figure::new("actual", hours(minutes.into())),
                            ],
                        );
                    });
                }
            }
        }
        for date in &worked.dates {
            let pattern = u64::from(worked.pattern(date.pattern).on(date.date.weekday()));
            if pattern <= self.minutes && date.minutes > self.minutes {
                at_change(here, date.change, |at| {
                    sink.push(
                        self.code,
                        at,
                        scope,
                        message(&date.date),
                        vec![
                            Figure::new("date", date.date),
                            Figure::new("limit", hours(self.minutes)),
                            Figure::new("actual", hours(date.minutes)),
                        ],
                    );
                });
            }
        }
    }

    /// Each pattern whose week is over the limit, at the pattern.
    pub(crate) fn on_patterns(
        self,
        schedule: &Schedule,
        worked: &Worked,
        here: Loc<'_>,
        scope: Scope<'_>,
        message: &str,
        sink: &mut Sink<'_>,
    ) {
        let schedule_at = here.field("schedule");
        for (w, pattern) in worked.patterns().enumerate() {
            let week = pattern.weekly;
            if week > self.minutes {
                at_pattern(schedule, schedule_at, w, |at| {
                    sink.push(
                        self.code,
                        at,
                        scope,
                        message.to_owned(),
                        vec![
                            Figure::new("limit", hours(self.minutes)),
                            Figure::new("actual", hours(week)),
                        ],
                    );
                });
            }
        }
    }

    /// Each dated week whose pattern passes this limit and which is over `week_limit` of its
    /// Monday, at its earliest dated change (naming `week`).
    pub(crate) fn on_dated_weeks(
        self,
        worked: &Worked,
        here: Loc<'_>,
        scope: Scope<'_>,
        week_limit: impl Fn(NaiveDate) -> u64,
        message: impl Fn(NaiveDate) -> String,
        sink: &mut Sink<'_>,
    ) {
        for week in &worked.weeks {
            if worked.pattern(week.pattern).weekly > self.minutes {
                continue;
            }
            let limit = week_limit(week.monday);
            if week.minutes > limit {
                at_change(here, week.change, |at| {
                    sink.push(
                        self.code,
                        at,
                        scope,
                        message(week.monday),
                        vec![
                            Figure::new("week", week.monday),
                            Figure::new("limit", hours(limit)),
                            Figure::new("actual", hours(week.minutes)),
                        ],
                    );
                });
            }
        }
    }
}
