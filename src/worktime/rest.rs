//! Breaks and daily rest (`worktime.breaks`, `worktime.daily_rest`).

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use super::{at_shift, every_shift, hours};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::Worked;
use crate::schedule::{Plan, PlannedShift, ShiftSource, MINUTES_PER_DAY, MINUTES_PER_WEEK};
use crate::{BreakStep, Policy, RuleCode};

/// The least unpaid break, in minutes, for a shift of `working` minutes under `steps`: the break
/// of the highest threshold it exceeds, 0 when it exceeds none.
pub(crate) fn required_break(steps: &[BreakStep], working: u32) -> u32 {
    steps
        .iter()
        .filter(|step| working > step.working_minutes_over)
        .map(|step| step.break_minutes)
        .max()
        .unwrap_or(0)
}

/// The break steps for a worker: the minors' where the policy sets them and the worker is a
/// minor, else the adults'. `None` when the policy sets no breaks.
fn break_steps(policy: &Policy, minor: bool) -> Option<&[BreakStep]> {
    let breaks = policy.min_breaks.as_ref()?;
    if minor && !breaks.minors.is_empty() {
        Some(&breaks.minors)
    } else {
        Some(&breaks.adults)
    }
}

/// The daily rest, in hours, a worker needs: the minors' where set and the worker is a minor,
/// else the adults'; `None` when the policy sets neither that applies.
fn rest_hours(policy: &Policy, minor: bool) -> Option<u32> {
    match (minor, policy.minor_min_daily_rest_hours) {
        (true, Some(hours)) => Some(hours),
        _ => policy.min_daily_rest_hours,
    }
}

/// `worktime.breaks`: every shift of every pattern and every extra shift has the unpaid break its
/// working time requires, each judged alone.
pub(super) fn breaks(
    plan: &Plan<'_>,
    minor: bool,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let Some(steps) = break_steps(policy, minor).filter(|_| sink.wants(RuleCode::WorktimeBreaks))
    else {
        return;
    };
    for (source, shift) in every_shift(plan) {
        let working = shift.working_minutes();
        let required = required_break(steps, working);
        if shift.unpaid_break_minutes() >= required {
            continue;
        }
        let when = match source {
            ShiftSource::Extra(j) => plan
                .extra_shifts
                .get(j)
                .map_or(Figure::new("day", shift.weekday()), |e| {
                    Figure::new("date", e.date())
                }),
            ShiftSource::Pattern { .. } => Figure::new("day", shift.weekday()),
        };
        let who = if minor { "a minor's" } else { "the" };
        at_shift(plan.schedule, here, source, |at| {
            sink.push(
                RuleCode::WorktimeBreaks,
                at,
                scope,
                format!("{who} shift has a shorter break than its working time requires"),
                vec![
                    when,
                    Figure::new("limit", format!("{required} min")),
                    Figure::new("actual", format!("{} min", shift.unpaid_break_minutes())),
                    Figure::new("working_time", hours(working.into())),
                ],
            );
        });
    }
}

/// The shifts of one day of the cycle: the first (earliest start, then list position) and the
/// latest end, in minutes from the cycle's first Monday 00:00.
#[derive(Debug, Clone, Copy)]
struct CycleDay {
    /// `week * 7 + weekday`.
    index: u32,
    first_start: u32,
    first: ShiftSource,
    last_end: u32,
}

/// `worktime.daily_rest` on the patterns: from the end of the last shift that starts on a day of
/// the cycle to the start of the first shift of the next day of the cycle with a shift (the last
/// pattern's last day precedes the first pattern's first day). Returns the days of the cycle
/// (`week * 7 + weekday`) whose first shift starts too soon, sorted, so that dated dates can
/// tell whether their pattern alone passes.
fn pattern_rest(
    plan: &Plan<'_>,
    limit: u32,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) -> Vec<u32> {
    let schedule = plan.schedule;
    let mut days: Vec<CycleDay> = Vec::new();
    for (w, pattern) in schedule.weeks().iter().enumerate() {
        let base = u32::try_from(w)
            .unwrap_or(u32::MAX)
            .saturating_mul(MINUTES_PER_WEEK);
        for (k, shift) in pattern.shifts().iter().enumerate() {
            let (start, end) = shift.span().week_interval();
            let (start, end) = (base.saturating_add(start), base.saturating_add(end));
            let index = start / MINUTES_PER_DAY;
            let source = ShiftSource::Pattern { week: w, shift: k };
            days.push(CycleDay {
                index,
                first_start: start,
                first: source,
                last_end: end,
            });
        }
    }
    // Sorting by (day, start, source) puts each day's first shift first.
    days.sort_unstable_by_key(|d| (d.index, d.first_start, d.first));
    let mut merged: Vec<CycleDay> = Vec::with_capacity(days.len());
    for day in days {
        match merged.last_mut() {
            Some(last) if last.index == day.index => {
                last.last_end = last.last_end.max(day.last_end);
            }
            _ => merged.push(day),
        }
    }
    let cycle = u32::try_from(schedule.weeks().len())
        .unwrap_or(1)
        .max(1)
        .saturating_mul(MINUTES_PER_WEEK);
    let mut failing = Vec::new();
    let Some(&last) = merged.last() else {
        return failing;
    };
    let mut previous = last;
    for (i, day) in merged.iter().enumerate() {
        let rest = if i == 0 {
            i64::from(day.first_start) + i64::from(cycle) - i64::from(previous.last_end)
        } else {
            i64::from(day.first_start) - i64::from(previous.last_end)
        };
        previous = *day;
        if rest >= i64::from(limit) * 60 {
            continue;
        }
        failing.push(day.index);
        let weekday = crate::schedule::WEEK
            .get((day.index % 7) as usize)
            .copied()
            .unwrap_or(chrono::Weekday::Mon);
        push_rest(
            sink,
            plan,
            here,
            scope,
            day.first,
            Figure::new("day", weekday),
            limit,
            rest,
        );
    }
    failing
}

#[allow(clippy::too_many_arguments)]
fn push_rest(
    sink: &mut Sink<'_>,
    plan: &Plan<'_>,
    here: Loc<'_>,
    scope: Scope<'_>,
    source: ShiftSource,
    when: Figure,
    limit: u32,
    rest: i64,
) {
    let actual = u64::try_from(rest).map_or_else(|_| "overlapping".to_owned(), hours);
    at_shift(plan.schedule, here, source, |at| {
        sink.push(
            RuleCode::WorktimeDailyRest,
            at,
            scope,
            "the shift starts too soon after the previous day's work".to_owned(),
            vec![
                when,
                Figure::new("limit", hours(u64::from(limit) * 60)),
                Figure::new("actual", actual),
            ],
        );
    });
}

/// The first shift (earliest start, then source) and the latest end of the shifts planned on
/// `date`, if any.
fn day_bounds(plan: &Plan<'_>, date: NaiveDate) -> Option<(PlannedShift, NaiveDateTime)> {
    let mut first: Option<PlannedShift> = None;
    let mut end: Option<NaiveDateTime> = None;
    for shift in plan.planned_shifts_on(date) {
        if first.is_none_or(|f| (shift.start, shift.source) < (f.start, f.source)) {
            first = Some(shift);
        }
        end = Some(end.map_or(shift.end, |e| e.max(shift.end)));
    }
    Some((first?, end?))
}

/// `worktime.daily_rest`: the patterns (see [`pattern_rest`]), then each date whose rest a
/// dated change touches (a date holding one, and the next date with a shift), as worked. A dated
/// date reports only when its pattern's day passes, at its first shift, naming the date.
pub(super) fn daily_rest(
    plan: &Plan<'_>,
    worked: &Worked,
    minor: bool,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let Some(limit) = rest_hours(policy, minor).filter(|_| sink.wants(RuleCode::WorktimeDailyRest))
    else {
        return;
    };
    let failing = pattern_rest(plan, limit, here, scope, sink);
    if worked.dates.is_empty() {
        return;
    }
    // Beyond this many days back or ahead, a shift shorter than a day leaves rest enough.
    let reach = u64::from(limit / 24).saturating_add(2);
    let mut candidates: Vec<NaiveDate> = Vec::with_capacity(worked.dates.len() * 2);
    for date in &worked.dates {
        candidates.push(date.date);
        let next = (1..=reach)
            .filter_map(|k| date.date.checked_add_days(Days::new(k)))
            .find(|d| plan.planned_shifts_on(*d).next().is_some());
        candidates.extend(next);
    }
    candidates.sort_unstable();
    candidates.dedup();
    for date in candidates {
        let cycle_day = u32::try_from(plan.schedule.pattern_index(date))
            .unwrap_or(0)
            .saturating_mul(7)
            .saturating_add(date.weekday().num_days_from_monday());
        if failing.binary_search(&cycle_day).is_ok() {
            continue;
        }
        let Some((first, _)) = day_bounds(plan, date) else {
            continue;
        };
        let previous_end = (1..=reach)
            .filter_map(|k| date.checked_sub_days(Days::new(k)))
            .find_map(|d| day_bounds(plan, d).map(|(_, end)| end));
        let Some(previous_end) = previous_end else {
            continue;
        };
        let rest = (first.start - previous_end).num_minutes();
        if rest < i64::from(limit) * 60 {
            push_rest(
                sink,
                plan,
                here,
                scope,
                first.source,
                Figure::new("date", date),
                limit,
                rest,
            );
        }
    }
}
