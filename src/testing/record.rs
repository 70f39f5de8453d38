//! Records for the kit: what a placement's plan looks like as worked and paid, and a single-fault
//! mutation for each `record.*` code.
//!
//! A generated record works every planned shift of the placement's days up to its
//! `complete_through` (days off and public holidays off), and pays each calendar month in full,
//! to the student, in money, five days after the month's last placement day.
//!
//! Mutations whose fault is necessarily off the plan (a longer day, a Sunday, a holiday) are
//! checked under a policy with `record.beyond_schedule` switched off, so that they raise their one
//! code; the rules off in cn carry the policy change that switches them on, chosen so that the
//! plan's rules of the same quantity (`worktime.*`) stay silent.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};

use super::mutation::{t, Parties};
use crate::{
    BreakStep, CooperationAgreement, DailyWindow, DateRange, Deduction, DeductionKind, MinBreaks,
    Money, Payee, Payment, PaymentForm, Placement, Policy, Record, RuleCode, WeekdaySet,
    WorkedShift,
};

/// The `record.*` codes the kit has a mutation for: all 19.
pub(crate) const RECORD_MUTATIONS: &[RuleCode] = &[
    RuleCode::RecordWithinPlacement,
    RuleCode::RecordDailyHours,
    RuleCode::RecordWeeklyHours,
    RuleCode::RecordRestDays,
    RuleCode::RecordNightWork,
    RuleCode::RecordRestDayWork,
    RuleCode::RecordHolidayWork,
    RuleCode::RecordMinorDailyHours,
    RuleCode::RecordMinorWeeklyHours,
    RuleCode::RecordMinorDaysPerWeek,
    RuleCode::RecordMinorNightWork,
    RuleCode::RecordDailyRest,
    RuleCode::RecordBreaks,
    RuleCode::RecordBeyondSchedule,
    RuleCode::RecordPaidOnTime,
    RuleCode::RecordPaidInFull,
    RuleCode::RecordPaidDirectly,
    RuleCode::RecordPaidInMoney,
    RuleCode::RecordNoDeductions,
];

/// Mutations of other codes that change a plan, its dates or its pay: records would no longer be
/// consistent with it, so they are dropped (a valid arrangement without records stays valid).
pub(crate) const DROPS_RECORDS: &[RuleCode] = &[
    RuleCode::WorktimeDailyHours,
    RuleCode::WorktimeWeeklyHours,
    RuleCode::WorktimeRestDays,
    RuleCode::WorktimeMinorNightWork,
    RuleCode::PlacementNightWork,
    RuleCode::PlacementRestDayWork,
    RuleCode::PlacementHolidayWork,
    RuleCode::PlacementDuration,
    RuleCode::PlacementPayCurrency,
];

fn add(day: NaiveDate, days: u64) -> Option<NaiveDate> {
    day.checked_add_days(Days::new(days))
}

/// The first day of the month after `day`'s.
fn next_month(day: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if day.month() == 12 {
        (day.year().checked_add(1)?, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// `placement`'s plan as worked up to `complete_through` and paid in full for every month.
pub(crate) fn record_for(placement: &Placement, complete_through: NaiveDate) -> Option<Record> {
    let mut record = Record::new(complete_through);
    let dates = placement.dates;
    for day in dates.days() {
        if day > complete_through {
            break;
        }
        for planned in placement.plan().planned_shifts_on(day) {
            let start = crate::TimeOfDay::try_from(planned.start.time()).ok()?;
            let end = crate::TimeOfDay::try_from(planned.end.time()).ok()?;
            record
                .shifts
                .push(WorkedShift::new(day, start, end, planned.unpaid_break_minutes).ok()?);
        }
    }
    if let Some(pay) = placement.pay.as_ref() {
        let mut start = dates.first();
        while start <= dates.last() {
            let next = next_month(start)?;
            let end = next.pred_opt()?.min(dates.last());
            let days = u64::try_from((end - start).num_days() + 1).ok()?;
            let month_days = u64::try_from((next - start.with_day(1)?).num_days()).ok()?;
            let due = pay.monthly.minor_units().checked_mul(days)? / month_days;
            record.payments.push(Payment::new(
                DateRange::new(start, end).ok()?,
                Money::new(due, pay.monthly.currency()),
                add(end, 5)?,
            ));
            start = next;
        }
    }
    Some(record)
}

/// The first Monday of `placement` whose week lies wholly inside it.
fn full_week(placement: &Placement) -> Option<NaiveDate> {
    let first = placement.dates.first();
    let back = u64::from(first.weekday().num_days_from_monday());
    let monday = if back == 0 {
        first
    } else {
        add(first, 7 - back)?
    };
    (add(monday, 6)? <= placement.dates.last()).then_some(monday)
}

/// A shift of a week: the day's offset from Monday, start and end (hour, minute), unpaid break.
type WeekShift = (u64, (u32, u32), (u32, u32), u32);

/// Replaces the record's shifts of the week of `monday` with `shifts` (day offset, start, end,
/// break).
fn set_week(record: &mut Record, monday: NaiveDate, shifts: &[WeekShift]) -> Option<()> {
    let sunday = add(monday, 6)?;
    record
        .shifts
        .retain(|s| s.date() < monday || s.date() > sunday);
    for (offset, start, end, unpaid) in shifts {
        record.shifts.push(
            WorkedShift::new(
                add(monday, *offset)?,
                t(start.0, start.1)?,
                t(end.0, end.1)?,
                *unpaid,
            )
            .ok()?,
        );
    }
    Some(())
}

/// Six days, Monday to Saturday, `hours` each from 08:00 without a break.
fn six_days(hours: u32) -> Vec<WeekShift> {
    (0..6).map(|d| (d, (8, 0), (8 + hours, 0), 0)).collect()
}

/// Applies the fault for the `record.*` `code` to the work placement `i` of the first agreement,
/// which gets a fresh record complete 40 days after its last day (every month's pay judged).
pub(crate) fn fault(
    code: RuleCode,
    agreements: &mut [CooperationAgreement],
    parties: &mut Parties,
    policy: &mut Policy,
    i: usize,
) -> Option<BTreeSet<RuleCode>> {
    let agreement = agreements.first()?;
    let host = agreement.enterprise;
    let p = agreement.placements.get(i)?;
    let (first, last, student) = (p.dates.first(), p.dates.last(), p.student);
    let mut record = record_for(p, add(last, 40)?)?;
    let off_plan = policy.clone().switch_off(RuleCode::RecordBeyondSchedule);
    // The student made 17 on the placement's first day, when no placement of theirs starts more
    // than a year earlier (they would be under the placement age there).
    let earliest = agreement
        .placements
        .iter()
        .filter(|other| other.student == student)
        .map(|other| other.dates.first())
        .min()?;
    let minor = |parties: &mut Parties| -> Option<()> {
        let birth = super::mutation::years_before(first, 17)?;
        if super::mutation::years_before(earliest, 16)? < birth {
            return None;
        }
        parties.student(student)?.birth_date = birth;
        Some(())
    };
    match code {
        RuleCode::RecordWithinPlacement => {
            let mut shift = *record.shifts.first()?;
            shift = WorkedShift::new(
                first.pred_opt()?,
                shift.start(),
                shift.end(),
                shift.unpaid_break_minutes(),
            )
            .ok()?;
            record.shifts.push(shift);
        }
        RuleCode::RecordDailyHours => {
            set_week(&mut record, full_week(p)?, &[(0, (8, 0), (17, 30), 0)])?;
            *policy = off_plan;
        }
        RuleCode::RecordWeeklyHours => {
            parties.host(host)?.rest_days = Some(WeekdaySet::SUNDAY);
            set_week(&mut record, full_week(p)?, &six_days(7))?;
            *policy = off_plan;
        }
        RuleCode::RecordRestDays => {
            parties.host(host)?.rest_days = Some(WeekdaySet::EMPTY);
            let week: Vec<_> = (0..7).map(|d| (d, (9, 0), (14, 0), 0)).collect();
            set_week(&mut record, full_week(p)?, &week)?;
            *policy = off_plan;
        }
        RuleCode::RecordNightWork => {
            set_week(&mut record, full_week(p)?, &[(0, (14, 0), (22, 30), 30)])?;
            *policy = off_plan;
        }
        RuleCode::RecordRestDayWork => {
            set_week(&mut record, full_week(p)?, &[(6, (9, 0), (12, 0), 0)])?;
            *policy = off_plan;
        }
        RuleCode::RecordHolidayWork => {
            // A weekday of the first full week, a day off of every placement that holds it, so
            // that only what was worked on it is reported.
            let holiday = full_week(p)?;
            set_week(&mut record, holiday, &[(0, (9, 0), (12, 0), 0)])?;
            for a in agreements.iter_mut() {
                for other in &mut a.placements {
                    if other.dates.contains(holiday) {
                        other.days_off.push(holiday);
                        other.extra_shifts.retain(|e| e.date() != holiday);
                    }
                }
            }
            *policy = off_plan;
            policy.public_holidays.insert(holiday);
        }
        RuleCode::RecordMinorDailyHours => {
            minor(parties)?;
            set_week(&mut record, full_week(p)?, &[(0, (8, 0), (16, 30), 0)])?;
            *policy = off_plan;
            policy.minor_max_daily_work_hours = Some(policy.max_daily_work_hours);
        }
        RuleCode::RecordMinorWeeklyHours => {
            minor(parties)?;
            parties.host(host)?.rest_days = Some(WeekdaySet::SUNDAY);
            set_week(&mut record, full_week(p)?, &six_days(7))?;
            *policy = off_plan;
            policy.minor_max_weekly_work_hours = Some(policy.max_weekly_work_hours);
        }
        RuleCode::RecordMinorDaysPerWeek => {
            minor(parties)?;
            parties.host(host)?.rest_days = Some(WeekdaySet::SUNDAY);
            set_week(&mut record, full_week(p)?, &six_days(5))?;
            *policy = off_plan;
            policy.minor_max_days_per_week = Some(5);
        }
        RuleCode::RecordMinorNightWork => {
            minor(parties)?;
            set_week(&mut record, full_week(p)?, &[(0, (14, 0), (22, 30), 30)])?;
            *policy = off_plan;
            policy.placement_night_window = None;
            policy.minor_night_window = Some(DailyWindow::new(t(22, 0)?, t(6, 0)?).ok()?);
        }
        RuleCode::RecordDailyRest => {
            let two = [(0, (13, 0), (21, 0), 0), (1, (6, 0), (10, 0), 0)];
            set_week(&mut record, full_week(p)?, &two)?;
            *policy = off_plan;
            policy.min_daily_rest_hours = Some(11);
        }
        RuleCode::RecordBreaks => {
            set_week(&mut record, full_week(p)?, &[(0, (8, 0), (17, 0), 0)])?;
            *policy = off_plan;
            // More than the plan's longest day needs a break; the day limit admits the 9 h.
            policy.max_daily_work_hours = 10;
            let step = BreakStep::new(8 * 60, 30);
            policy.min_breaks = Some(MinBreaks::new(vec![step], vec![step]));
        }
        RuleCode::RecordBeyondSchedule => {
            parties.host(host)?.rest_days = Some(WeekdaySet::SUNDAY);
            set_week(&mut record, full_week(p)?, &[(5, (9, 0), (10, 0), 0)])?;
        }
        RuleCode::RecordPaidOnTime => {
            let payment = record.payments.first_mut()?;
            payment.paid_on = add(
                payment.covers.last(),
                u64::from(policy.max_pay_period_days) + 1,
            )?;
        }
        RuleCode::RecordPaidInFull => {
            let payment = record.payments.first_mut()?;
            payment.amount = Money::new(
                payment.amount.minor_units().checked_sub(1)?,
                payment.amount.currency(),
            );
        }
        RuleCode::RecordPaidDirectly => {
            let extra = record.payments.first()?.clone().to(Payee::School);
            record.payments.push(extra);
        }
        RuleCode::RecordPaidInMoney => {
            let extra = record
                .payments
                .first()?
                .clone()
                .in_form(PaymentForm::GoodsOrVouchers);
            record.payments.push(extra);
        }
        RuleCode::RecordNoDeductions => {
            let extra = record.payments.first()?.clone();
            let fee = Money::new(extra.amount.minor_units() / 10, extra.amount.currency());
            let extra = extra.deducting(Deduction::new(DeductionKind::Fee, fee));
            record.payments.push(extra);
        }
        _ => return None,
    }
    let p = agreements.first_mut()?.placements.get_mut(i)?;
    p.record = Some(record);
    Some(BTreeSet::from([code]))
}
