//! The `record.*` rules on worked shifts: one sort of the judged shifts by start, then sweeps by
//! date and by calendar week, and the rules about one shift.
//!
//! Decisions where RULES.md is silent (each tested in `tests/record_rules.rs`):
//!
//! - A calendar week is judged under the minors' limits when the student is under `adult_age` on
//!   the date of the first shift that starts in it.
//! - The week's hours (`record.weekly_hours`, `record.minor_weekly_hours`) report at the first
//!   shift that starts in the week, the shift it counts first; the week's dates
//!   (`record.rest_days`, `record.minor_days_per_week`) at the earliest shift with a minute in
//!   it, which may be a Sunday shift of the week before running into its Monday.
//! - `record.minor_days_per_week` counts the dates of the week on which a recorded shift has a
//!   minute (as rest days do).
//! - `record.rest_days` with the official calendar's allowance: a week that holds a make-up
//!   working day of the host never needs more rest dates than the days of it the host's calendar
//!   leaves without work (weekly rest days that are not made up, and public holidays); otherwise
//!   the minimum is unchanged.
//! - `record.night_work` judges every student; `record.minor_night_work` judges minors against
//!   their own window as well (two windows, two quantities).
//! - `record.beyond_schedule` compares a recorded shift with the planned shifts that start on the
//!   day before its date, on its date and on the day after, as date-times, so a night shift planned
//!   from the day before and a shift started a few minutes before midnight both match.

use crate::{FigureValue, Quantity, Sentinel, Unit};
use chrono::{Datelike, Days, NaiveDate};

use super::model::WorkedShift;
use super::Scratch;
use crate::check::{Figure, Loc, Sink};
use crate::placement::rules::Facts;
use crate::schedule::Plan;
use crate::schedule::MINUTES_PER_DAY;
use crate::worktime::hours;
use crate::{add_years, week_monday, DailyWindow, DayKind, HostCalendar, Placement, RuleCode};

/// The last judged day of `placement` under a record complete through `complete_through`, or
/// `None` when nothing is judged (complete through a day before the first day).
pub(crate) fn last_judged_day(
    placement: &Placement,
    complete_through: NaiveDate,
) -> Option<NaiveDate> {
    let first = placement.dates.first();
    (complete_through >= first).then(|| complete_through.min(placement.dates.last()))
}

/// Runs the shift rules of the placement's record, found at `at`.
pub(crate) fn check_shifts(
    facts: &Facts<'_>,
    at: Loc<'_>,
    scratch: &mut Scratch,
    sink: &mut Sink<'_>,
) {
    let placement = facts.placement;
    let Some(record) = placement.record.as_ref() else {
        return;
    };
    let Some(last_judged) = last_judged_day(placement, record.complete_through) else {
        return;
    };
    let first = placement.dates.first();
    let shifts_at = at.field("shifts");

    scratch.order.clear();
    scratch.order.reserve(record.shifts.len());
    for (k, shift) in record.shifts.iter().enumerate() {
        let date = shift.date();
        if date > record.complete_through {
            continue;
        }
        if !placement.dates.contains(date) {
            push(
                facts,
                sink,
                RuleCode::RecordWithinPlacement,
                shifts_at.index(k),
                "the recorded shift starts outside the placement's days",
                vec![
                    Figure::new("date", date),
                    Figure::new("dates", placement.dates),
                ],
            );
            continue;
        }
        // In the placement and not after `complete_through`: a judged day.
        scratch.order.push((shift.start_at(), k));
    }
    // The one sort of the record: judged shifts by start date-time, then list position.
    scratch.order.sort_unstable();

    let calendar = HostCalendar::for_host(sink.policy(), facts.host);
    let judge = Judge {
        facts,
        adult_from: add_years(facts.student.birth_date, sink.policy().adult_age),
        plan: placement.plan(),
    };
    let facts = &judge;
    for &(start, k) in &scratch.order {
        let Some(shift) = record.shifts.get(k) else {
            continue;
        };
        one_shift(facts, shift, start, &calendar, shifts_at.index(k), sink);
    }
    sweep(
        facts,
        &record.shifts,
        &scratch.order,
        (first, last_judged),
        &calendar,
        shifts_at,
        sink,
    );
}

/// Pushes a record violation about the placement, under its exemptions.
pub(crate) fn push(
    facts: &Facts<'_>,
    sink: &mut Sink<'_>,
    code: RuleCode,
    at: Loc<'_>,
    message: &str,
    figures: Vec<Figure>,
) {
    sink.push(code, at, facts.exemptible(), message.to_owned(), figures);
}

/// A placement's facts, the day its student comes of age and its plan, computed once per record.
struct Judge<'a> {
    facts: &'a Facts<'a>,
    /// The day the student reaches `adult_age` (`None`: never, within the calendar).
    adult_from: Option<NaiveDate>,
    /// What the placement plans, for `record.beyond_schedule`.
    plan: Plan<'a>,
}

impl<'a> std::ops::Deref for Judge<'a> {
    type Target = Facts<'a>;
    fn deref(&self) -> &Facts<'a> {
        self.facts
    }
}

/// Whether the student is under `adult_age` on `date` (RULES.md, "Minors": a recorded shift's
/// date).
fn is_minor(judge: &Judge<'_>, date: NaiveDate) -> bool {
    judge.adult_from.is_none_or(|adult| date < adult)
}

/// Whether the date-time interval `[start, end)` overlaps `window` on any day.
pub(crate) fn overlaps_window(start: i64, end: i64, window: &DailyWindow) -> bool {
    let ws = i64::from(window.start().minutes_since_midnight());
    let mut we = i64::from(window.end().minutes_since_midnight());
    if we <= ws {
        we += i64::from(MINUTES_PER_DAY);
    }
    let day = i64::from(MINUTES_PER_DAY);
    let first_day = start.div_euclid(day) - 1;
    (first_day..=first_day + 2).any(|d| {
        let (s, e) = (d * day + ws, d * day + we);
        start < e && s < end
    })
}

/// The dates on which `shift` has a minute (one or two).
fn occupied(shift: &WorkedShift) -> impl Iterator<Item = NaiveDate> {
    let date = shift.date();
    let last = shift.last_date();
    std::iter::once(date).chain((last != date).then_some(last))
}

/// The rules about one shift, which starts at `start` (minutes since 0001-01-01): night work,
/// rest days, holidays, breaks, the schedule.
fn one_shift(
    facts: &Judge<'_>,
    shift: &WorkedShift,
    start: i64,
    calendar: &HostCalendar<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let end = start + i64::from(shift.span_minutes());
    let minor = is_minor(facts, shift.date());
    if let Some(window) = policy
        .placement_night_window
        .filter(|w| overlaps_window(start, end, w))
    {
        push(
            facts,
            sink,
            RuleCode::RecordNightWork,
            at,
            "the recorded shift overlaps the night",
            vec![
                Figure::new("date", shift.date()),
                Figure::new("shift", shift),
                Figure::new("night", window),
            ],
        );
    }
    if let Some(window) = policy
        .minor_night_window
        .filter(|w| minor && overlaps_window(start, end, w))
    {
        push(
            facts,
            sink,
            RuleCode::RecordMinorNightWork,
            at,
            "a minor's recorded shift overlaps the minors' night",
            vec![
                Figure::new("date", shift.date()),
                Figure::new("shift", shift),
                Figure::new("night", window),
            ],
        );
    }
    if let Some(day) = occupied(shift).find(|d| calendar.is_weekly_rest(*d)) {
        push(
            facts,
            sink,
            RuleCode::RecordRestDayWork,
            at,
            "the recorded shift falls on the host's weekly rest day",
            vec![Figure::new("date", day), Figure::new("shift", shift)],
        );
    }
    if let Some(day) = occupied(shift).find(|d| calendar.is_public_holiday(*d)) {
        push(
            facts,
            sink,
            RuleCode::RecordHolidayWork,
            at,
            "the recorded shift falls on a public holiday",
            vec![Figure::new("date", day), Figure::new("shift", shift)],
        );
    }
    if let Some(steps) = crate::worktime::break_steps(policy, minor) {
        let working = shift.working_minutes();
        let required = crate::worktime::required_break(steps, working);
        if shift.unpaid_break_minutes() < required {
            push(
                facts,
                sink,
                RuleCode::RecordBreaks,
                at,
                "the recorded shift has a shorter break than its working time requires",
                vec![
                    Figure::new("date", shift.date()),
                    Figure::new("limit", Quantity::count(required, Unit::Minutes)),
                    Figure::new(
                        "actual",
                        Quantity::count(shift.unpaid_break_minutes(), Unit::Minutes),
                    ),
                    Figure::new("working_time", hours(working.into())),
                ],
            );
        }
    }
    if sink.wants(RuleCode::RecordBeyondSchedule) {
        let tolerance = i64::from(policy.schedule_tolerance_minutes);
        let date = shift.date();
        // The shift's own date first: most recorded shifts are planned there.
        let own_midnight = start - i64::from(shift.start().minutes_since_midnight());
        let within = |day: Option<NaiveDate>, midnight: i64| {
            day.is_some_and(|day| {
                facts.plan.spans_on(day).any(|(span, _, _)| {
                    let ps = midnight + i64::from(span.start().minutes_since_midnight());
                    let pe = ps + i64::from(span.minutes());
                    ps - tolerance <= start && end <= pe + tolerance
                })
            })
        };
        let day = i64::from(MINUTES_PER_DAY);
        let within = within(Some(date), own_midnight)
            || within(date.pred_opt(), own_midnight - day)
            || within(date.succ_opt(), own_midnight + day);
        if !within {
            push(
                facts,
                sink,
                RuleCode::RecordBeyondSchedule,
                at,
                "the recorded shift lies outside every planned shift of its date",
                vec![
                    Figure::new("date", date),
                    Figure::new("shift", shift),
                    Figure::new("tolerance", Quantity::count(tolerance, Unit::Minutes)),
                ],
            );
        }
    }
}

/// A calendar week being swept.
#[derive(Debug, Clone, Copy)]
struct Week {
    monday: NaiveDate,
    sunday: NaiveDate,
    /// The list position of the earliest shift with a minute in the week: its first shift (by
    /// start), or the shift that spills into its Monday. The rules about the week's dates (rest
    /// days, days worked) report here.
    first: usize,
    /// The list position and date of the first shift that starts in the week (`None`: only a
    /// spill). The rules about the week's hours report here: a shift counts towards the week it
    /// starts in (RULES.md, "Schedules, rotas and dated changes").
    first_started: Option<(usize, NaiveDate)>,
    minutes: u64,
    /// The dates of the week on which a recorded shift has a minute, Monday = bit 0.
    occupied: u8,
    /// The list position of the shift that runs past Sunday into the next week's Monday.
    spill: Option<usize>,
}

/// A date being swept.
#[derive(Debug, Clone, Copy)]
struct Day {
    date: NaiveDate,
    first: usize,
    minutes: u64,
    /// The latest end of the date's shifts (minutes since 0001-01-01).
    end: i64,
}

/// Daily hours, daily rest, weekly hours, rest days and the minors' weekly rules, by sweeping
/// the judged shifts in start order.
fn sweep(
    facts: &Judge<'_>,
    shifts: &[WorkedShift],
    order: &[(i64, usize)],
    judged: (NaiveDate, NaiveDate),
    calendar: &HostCalendar<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let mut day: Option<Day> = None;
    let mut previous_end: Option<i64> = None;
    let mut week: Option<Week> = None;
    for &(start, k) in order {
        let Some(shift) = shifts.get(k) else {
            continue;
        };
        let date = shift.date();
        let working = u64::from(shift.working_minutes());
        let end = start + i64::from(shift.span_minutes());
        // Dates.
        match day.as_mut() {
            Some(d) if d.date == date => {
                d.minutes += working;
                d.end = d.end.max(end);
            }
            _ => {
                if let Some(done) = day {
                    finish_day(facts, done, at, sink);
                    // The latest end so far: a long shift of an earlier date may end after the
                    // shifts of the date before this one (RULES.md: "to the start of the first
                    // shift that starts on a later date").
                    previous_end = Some(previous_end.map_or(done.end, |p| p.max(done.end)));
                }
                if let Some(prev) = previous_end {
                    daily_rest(facts, shift, start, k, prev, at, sink);
                }
                day = Some(Day {
                    date,
                    first: k,
                    minutes: working,
                    end,
                });
            }
        }
        // Weeks.
        let current = match week {
            Some(w) if w.monday <= date && date <= w.sunday => w,
            Some(w) => {
                let spill = spill_into_next(w);
                finish_week(facts, w, judged, calendar, at, sink);
                match spill {
                    Some(s) if s.monday <= date && date <= s.sunday => s,
                    Some(s) => {
                        finish_week(facts, s, judged, calendar, at, sink);
                        empty_week(week_monday(date), k)
                    }
                    None => empty_week(week_monday(date), k),
                }
            }
            None => empty_week(week_monday(date), k),
        };
        let mut current = current;
        current.first_started.get_or_insert((k, date));
        current.minutes += working;
        let index = date.weekday().num_days_from_monday();
        current.occupied |= 1 << index;
        if shift.ends_on_next_date() {
            if index == 6 {
                current.spill = Some(k);
            } else {
                current.occupied |= 1 << (index + 1);
            }
        }
        week = Some(current);
    }
    if let Some(done) = day {
        finish_day(facts, done, at, sink);
    }
    if let Some(w) = week {
        let spill = spill_into_next(w);
        finish_week(facts, w, judged, calendar, at, sink);
        if let Some(s) = spill {
            finish_week(facts, s, judged, calendar, at, sink);
        }
    }
}

fn empty_week(monday: NaiveDate, first: usize) -> Week {
    Week {
        monday,
        sunday: monday.checked_add_days(Days::new(6)).unwrap_or(monday),
        first,
        first_started: None,
        minutes: 0,
        occupied: 0,
        spill: None,
    }
}

/// The next week, as far as a shift of `week` running past Sunday 24:00 occupies its Monday;
/// that shift is the next week's first shift (it starts before any of the next week's own).
fn spill_into_next(week: Week) -> Option<Week> {
    let k = week.spill?;
    let monday = week.monday.checked_add_days(Days::new(7))?;
    Some(Week {
        monday,
        sunday: monday.checked_add_days(Days::new(6))?,
        first: k,
        first_started: None,
        minutes: 0,
        occupied: 1,
        spill: None,
    })
}

fn finish_day(facts: &Judge<'_>, day: Day, at: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let minor = is_minor(facts, day.date);
    let (code, limit_hours, message) = match policy.minor_max_daily_work_hours {
        Some(limit) if minor => (
            RuleCode::RecordMinorDailyHours,
            limit,
            "a minor's recorded working time on a date exceeds the minors' daily limit",
        ),
        _ => (
            RuleCode::RecordDailyHours,
            policy.max_daily_work_hours,
            "recorded working time on a date exceeds the daily limit",
        ),
    };
    let limit = u64::from(limit_hours) * 60;
    if day.minutes > limit {
        push(
            facts,
            sink,
            code,
            at.index(day.first),
            message,
            vec![
                Figure::new("date", day.date),
                Figure::new("limit", hours(limit)),
                Figure::new("actual", hours(day.minutes)),
            ],
        );
    }
}

fn daily_rest(
    facts: &Judge<'_>,
    shift: &WorkedShift,
    start: i64,
    k: usize,
    previous_end: i64,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let minor = is_minor(facts, shift.date());
    let required = match (minor, policy.minor_min_daily_rest_hours) {
        (true, Some(hours)) => Some(hours),
        _ => policy.min_daily_rest_hours,
    };
    let Some(required) = required else {
        return;
    };
    let rest = start - previous_end;
    let limit = i64::from(required) * 60;
    if rest < limit {
        let actual =
            u64::try_from(rest).map_or(FigureValue::Sentinel(Sentinel::Overlapping), hours);
        push(
            facts,
            sink,
            RuleCode::RecordDailyRest,
            at.index(k),
            "the recorded shift starts too soon after the previous date's work",
            vec![
                Figure::new("date", shift.date()),
                Figure::new("limit", hours(u64::from(required) * 60)),
                Figure::new("actual", actual),
            ],
        );
    }
}

fn finish_week(
    facts: &Judge<'_>,
    week: Week,
    (first, last): (NaiveDate, NaiveDate),
    calendar: &HostCalendar<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let policy = sink.policy();
    let here = at.index(week.first);
    let days = week.occupied.count_ones();
    let minor = week
        .first_started
        .is_some_and(|(_, date)| is_minor(facts, date));
    if let Some((started, _)) = week.first_started {
        let (code, limit, message) = match policy.minor_max_weekly_work_hours {
            Some(hours) if minor => (
                RuleCode::RecordMinorWeeklyHours,
                u64::from(hours) * 60,
                "a minor's recorded working time in a week exceeds the minors' weekly limit",
            ),
            _ => (
                RuleCode::RecordWeeklyHours,
                calendar.weekly_limit_minutes(policy.max_single_week_work_hours, week.monday),
                "recorded working time in a week exceeds the weekly limit",
            ),
        };
        if week.minutes > limit {
            push(
                facts,
                sink,
                code,
                at.index(started),
                message,
                vec![
                    Figure::new("week", week.monday),
                    Figure::new("limit", hours(limit)),
                    Figure::new("actual", hours(week.minutes)),
                ],
            );
        }
        if let Some(max_days) = policy.minor_max_days_per_week.filter(|_| minor) {
            if days > max_days {
                push(
                    facts,
                    sink,
                    RuleCode::RecordMinorDaysPerWeek,
                    here,
                    "a minor worked on more dates of a week than allowed",
                    vec![
                        Figure::new("week", week.monday),
                        Figure::new("limit", Quantity::count(max_days, Unit::Days)),
                        Figure::new("actual", Quantity::count(days, Unit::Days)),
                    ],
                );
            }
        }
    }
    if week.monday < first || week.sunday > last {
        return;
    }
    let week_days = || (0..7u64).filter_map(|i| week.monday.checked_add_days(Days::new(i)));
    let mut required = policy.min_rest_days_per_week;
    let make_up = policy
        .make_up_working_days
        .range(week.monday..=week.sunday)
        .any(|d| calendar.day_kind(*d) == DayKind::MakeUpWorkingDay);
    if make_up {
        let off_days = week_days()
            .filter(|d| calendar.is_weekly_rest(*d) || calendar.is_public_holiday(*d))
            .count();
        required = required.min(u32::try_from(off_days).unwrap_or(u32::MAX));
    }
    let rest = 7 - days;
    if rest < required {
        push(
            facts,
            sink,
            RuleCode::RecordRestDays,
            here,
            "a recorded week has too few dates without work",
            vec![
                Figure::new("week", week.monday),
                Figure::new("limit", Quantity::count(required, Unit::DaysOrOne)),
                Figure::new("actual", Quantity::count(rest, Unit::DaysOrOne)),
            ],
        );
    }
}
