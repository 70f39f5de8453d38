//! Breaks and daily rest (`worktime.breaks`, `worktime.daily_rest`).

use crate::{FigureValue, Quantity, Sentinel, Unit};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use super::{at_shift, every_shift, hours};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::schedule::worked::Worked;
use crate::schedule::{Plan, PlannedShift, ShiftSource, MINUTES_PER_DAY, MINUTES_PER_WEEK};
use crate::{BreakStep, Policy, RuleCode, Schedule};

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
/// minor, else the adults'. `None` when the policy sets no breaks. `record.breaks` requires the
/// same (RULES.md: "the break `worktime.breaks` requires").
pub(crate) fn break_steps(policy: &Policy, minor: bool) -> Option<&[BreakStep]> {
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
                    Figure::new("limit", Quantity::count(required, Unit::Minutes)),
                    Figure::new(
                        "actual",
                        Quantity::count(shift.unpaid_break_minutes(), Unit::Minutes),
                    ),
                    Figure::new("working_time", hours(working.into())),
                ],
            );
        });
    }
}

/// The shifts that start on day `index` of the cycle (`week * 7 + weekday`): the first (earliest
/// start, then list position) as its start and source, and the latest end, in minutes from the
/// cycle's first Monday 00:00. `O(shifts of the pattern)`, no allocation.
fn cycle_day(schedule: &Schedule, index: u32) -> Option<(u32, ShiftSource, u32)> {
    let week = index / 7;
    let pattern = schedule.weeks().get(week as usize)?;
    let base = week.saturating_mul(MINUTES_PER_WEEK);
    let mut found: Option<(u32, ShiftSource, u32)> = None;
    for (k, shift) in pattern.shifts().iter().enumerate() {
        if shift.weekday().num_days_from_monday() != index % 7 {
            continue;
        }
        let (start, end) = shift.span().week_interval();
        let (start, end) = (base.saturating_add(start), base.saturating_add(end));
        let source = ShiftSource::Pattern {
            week: week as usize,
            shift: k,
        };
        found = Some(match found {
            None => (start, source, end),
            Some((s, src, e)) if (s, src) <= (start, source) => (s, src, e.max(end)),
            Some((_, _, e)) => (start, source, e.max(end)),
        });
    }
    found
}

/// The days of the cycle: 7 per pattern.
fn cycle_days(schedule: &Schedule) -> u32 {
    u32::try_from(schedule.weeks().len())
        .unwrap_or(u32::MAX / 7)
        .saturating_mul(7)
}

/// The rest before the first shift of cycle day `index`, from the latest end of the nearest
/// earlier day of the cycle with a shift (the last pattern's last day precedes the first
/// pattern's first day), with that first shift. `None` when the day has no shift.
/// `O(days of the cycle × shifts of a pattern)`.
fn cycle_rest(schedule: &Schedule, index: u32) -> Option<(ShiftSource, i64)> {
    let (start, source, _) = cycle_day(schedule, index)?;
    let days = cycle_days(schedule);
    let cycle = i64::from(days) * i64::from(MINUTES_PER_DAY);
    (1..=days).find_map(|back| {
        let wraps = back > index;
        let earlier = index.checked_add(days)?.checked_sub(back)? % days;
        cycle_day(schedule, earlier).map(|(_, _, end)| {
            let start = i64::from(start) + if wraps { cycle } else { 0 };
            (source, start - i64::from(end))
        })
    })
}

/// `worktime.daily_rest` on the patterns: from the end of the last shift that starts on a day of
/// the cycle to the start of the first shift of the next day of the cycle with a shift (the last
/// pattern's last day precedes the first pattern's first day). Two passes over the days of the
/// cycle, no allocation.
fn pattern_rest(plan: &Plan<'_>, limit: u32, here: Loc<'_>, scope: Scope<'_>, sink: &mut Sink<'_>) {
    let schedule = plan.schedule;
    let days = cycle_days(schedule);
    let cycle = i64::from(days) * i64::from(MINUTES_PER_DAY);
    // The latest end of the cycle's last day with a shift, one cycle earlier.
    let Some(mut previous_end) = (0..days)
        .rev()
        .find_map(|index| cycle_day(schedule, index))
        .map(|(_, _, end)| i64::from(end) - cycle)
    else {
        return;
    };
    for index in 0..days {
        let Some((start, source, end)) = cycle_day(schedule, index) else {
            continue;
        };
        let rest = i64::from(start) - previous_end;
        previous_end = i64::from(end);
        if rest >= i64::from(limit) * 60 {
            continue;
        }
        let weekday = crate::schedule::WEEK
            .get((index % 7) as usize)
            .copied()
            .unwrap_or(chrono::Weekday::Mon);
        push_rest(
            sink,
            plan,
            here,
            scope,
            source,
            Figure::new("day", weekday),
            limit,
            rest,
        );
    }
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
    let actual = u64::try_from(rest).map_or(FigureValue::Sentinel(Sentinel::Overlapping), hours);
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
    pattern_rest(plan, limit, here, scope, sink);
    if worked.dates.is_empty() {
        return;
    }
    // Beyond this many days back or ahead, a shift shorter than a day leaves rest enough.
    let reach = u64::from(limit / 24).saturating_add(2);
    let schedule = plan.schedule;
    // Each date a dated change touches: the date, and the next date with a shift. Dates come in
    // increasing order, so one judged before is skipped.
    let mut judged: Option<NaiveDate> = None;
    for change in &worked.dates {
        let next = (1..=reach)
            .filter_map(|k| change.date.checked_add_days(Days::new(k)))
            .find(|d| plan.planned_shifts_on(*d).next().is_some());
        for date in std::iter::once(change.date).chain(next) {
            if judged.is_some_and(|done| date <= done) {
                continue;
            }
            judged = Some(date);
            let cycle_index = u32::try_from(schedule.pattern_index(date))
                .unwrap_or(0)
                .saturating_mul(7)
                .saturating_add(date.weekday().num_days_from_monday());
            let pattern_fails = cycle_rest(schedule, cycle_index)
                .is_some_and(|(_, rest)| rest < i64::from(limit) * 60);
            if pattern_fails {
                continue;
            }
            dated_rest(plan, date, reach, limit, here, scope, sink);
        }
    }
}

/// The rest before the first shift of `date` as worked, from the latest end of the nearest
/// earlier date with a shift within `reach` days.
#[allow(clippy::too_many_arguments)]
fn dated_rest(
    plan: &Plan<'_>,
    date: NaiveDate,
    reach: u64,
    limit: u32,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    {
        let Some((first, _)) = day_bounds(plan, date) else {
            return;
        };
        let previous_end = (1..=reach)
            .filter_map(|k| date.checked_sub_days(Days::new(k)))
            .find_map(|d| day_bounds(plan, d).map(|(_, end)| end));
        let Some(previous_end) = previous_end else {
            return;
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
