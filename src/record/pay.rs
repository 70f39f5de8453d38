//! The `record.*` payment rules, and the months of a placement with what is due and what counts
//! as paid for each (shared with the [`Summary`](super::Summary)).
//!
//! Decisions where RULES.md is silent (each tested in `tests/record_rules.rs`):
//!
//! - `record.paid_on_time` counts the payments paid on or before the month's deadline;
//!   `record.paid_in_full` counts those paid on or before `complete_through`, so a month paid in
//!   full but late is reported once, by `record.paid_on_time`.
//! - Both skip a placement without pay of more than zero (`placement.paid` fires there): what
//!   counts as paid needs the agreed pay's currency.
//! - `record.paid_directly`, `record.paid_in_money` and `record.no_deductions` judge every payment
//!   paid on or before `complete_through`, once per payment, at the payment.
//! - What is due for a month whose every day is a placement day is the agreed monthly pay, and
//!   for part of a month never more than it: `pay_month_days` (de: 30, BBiG § 18(1)) prices a
//!   single day of a month not worked whole, so a whole 31-day month is not due 31/30 of the
//!   monthly pay, nor a whole February 28/30 of it. Under cn (the days of the calendar month)
//!   this is the catalogue's formula exactly.
//! - A payment counts for a month in proportion to the placement days of the month it covers,
//!   out of all the placement days it covers; a payment that covers no placement day counts for
//!   no month.

use crate::{FigureValue, PhraseKey};
use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::rules::{last_judged_day, push};
use super::{Payment, Scratch};
use crate::check::{Figure, Loc, Sink};
use crate::placement::rules::Facts;
use crate::{Currency, DateRange, PayDue, Payee, PaymentForm, Placement, Policy};
use crate::{Money, RuleCode};

/// One calendar month of a placement.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Month {
    /// The month's placement days.
    pub(crate) days: DateRange,
    /// The day its pay is due.
    pub(crate) deadline: Option<NaiveDate>,
    /// What is due for it, in minor units of the agreed pay.
    pub(crate) due: u64,
    /// What counts as paid for it by `complete_through`.
    pub(crate) paid: u64,
    /// The days of the month that payments which count and were paid by its deadline cover, as
    /// bits (day d of the month is bit d - 1).
    pub(crate) on_time: u64,
}

/// The days of `part`, which lies within one calendar month, as bits (day d is bit d - 1).
fn day_bits(part: DateRange) -> u64 {
    // Days of the month are 0 to 30 from `day0`: the shifts stay below 32.
    let through_last = (1u64 << (part.last().day0() + 1)) - 1;
    let before_first = (1u64 << part.first().day0()) - 1;
    through_last & !before_first
}

/// `2026-03` for a date in March 2026.
pub(crate) fn month_name(date: NaiveDate) -> FigureValue {
    FigureValue::month_of(date)
}

/// The index of `date`'s month counted from `base`'s month.
fn month_index(base: NaiveDate, date: NaiveDate) -> Option<usize> {
    let months = (i64::from(date.year()) - i64::from(base.year())) * 12 + i64::from(date.month())
        - i64::from(base.month());
    usize::try_from(months).ok()
}

/// The first day of the month after `date`'s.
fn next_month(date: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if date.month() == 12 {
        (date.year().checked_add(1)?, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
}

/// The number of days of `date`'s calendar month.
fn days_in_month(date: NaiveDate) -> u64 {
    let first = date.with_day(1).unwrap_or(date);
    next_month(date).map_or(31, |next| {
        u64::try_from((next - first).num_days()).unwrap_or(31)
    })
}

/// The day a month's pay is due under `policy`.
fn deadline(policy: &Policy, days: DateRange) -> Option<NaiveDate> {
    match policy.pay_due {
        PayDue::PeriodAfterMonth => days
            .last()
            .checked_add_days(Days::new(u64::from(policy.max_pay_period_days))),
        PayDue::LastWorkingDay => {
            let mut day = next_month(days.last())?.pred_opt()?;
            for _ in 0..31 {
                let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
                if !weekend && !policy.public_holidays.contains(&day) {
                    return Some(day);
                }
                day = day.pred_opt()?;
            }
            None
        }
    }
}

/// Whether `payment` counts towards what is paid under pay agreed in `currency`.
fn counts(payment: &Payment, currency: Currency) -> bool {
    payment.payee == Payee::Student
        && payment.form == PaymentForm::Money
        && payment.amount.currency() == currency
}

/// Fills `months` with the placement's calendar months up to `complete_through`'s month, what is
/// due for each and what counts as paid for each by `complete_through`; `None` when the placement
/// has no pay of more than zero or nothing is judged.
pub(crate) fn months_of(
    placement: &Placement,
    policy: &Policy,
    months: &mut Vec<Month>,
) -> Option<Currency> {
    months.clear();
    let record = placement.record.as_ref()?;
    let pay = placement
        .pay
        .as_ref()
        .filter(|pay| !pay.monthly.is_zero())?;
    last_judged_day(placement, record.complete_through)?;
    let (first, last) = (placement.dates.first(), placement.dates.last());
    let mut start = first;
    while start <= last {
        let next = next_month(start);
        let end = next.and_then(|n| n.pred_opt()).unwrap_or(last).min(last);
        let days = DateRange::new(start, end).ok()?;
        let placement_days = u64::try_from(days.len_days()).unwrap_or(0);
        let calendar_days = days_in_month(start);
        let month_days = policy
            .pay_month_days
            .map_or(calendar_days, |d| u64::from(d.get()));
        let monthly = u128::from(pay.monthly.minor_units());
        // A whole calendar month is due the monthly pay; part of one pro rata, never more than
        // the monthly pay (a 31-day month over months of 30 days, BBiG § 18(1)).
        let due = if placement_days >= calendar_days {
            monthly
        } else {
            (monthly * u128::from(placement_days) / u128::from(month_days.max(1))).min(monthly)
        };
        months.push(Month {
            days,
            deadline: deadline(policy, days),
            due: u64::try_from(due).unwrap_or(u64::MAX),
            paid: 0,
            on_time: 0,
        });
        match next {
            Some(n) => start = n,
            None => break,
        }
    }
    let currency = pay.monthly.currency();
    for payment in &record.payments {
        if payment.paid_on > record.complete_through || !counts(payment, currency) {
            continue;
        }
        // Paid after `complete_through`, a payment is on time for no month judged.
        spread(placement, payment, |i, share, part| {
            if let Some(month) = months.get_mut(i) {
                month.paid = month.paid.saturating_add(share);
                if month.deadline.is_some_and(|d| payment.paid_on <= d) {
                    month.on_time |= day_bits(part);
                }
            }
        });
    }
    Some(currency)
}

/// Calls `add(month index, share, clipped days)` for each month of the placement that `payment`
/// covers, with its pro-rata share of what counts as paid.
fn spread(placement: &Placement, payment: &Payment, mut add: impl FnMut(usize, u64, DateRange)) {
    let dates = placement.dates;
    let a = payment.covers.first().max(dates.first());
    let b = payment.covers.last().min(dates.last());
    let Ok(covered) = DateRange::new(a, b) else {
        return;
    };
    let total = u128::try_from(covered.len_days()).unwrap_or(1).max(1);
    let net = u128::from(payment.counted_amount().minor_units());
    let mut start = a;
    while start <= b {
        let end = next_month(start)
            .and_then(|n| n.pred_opt())
            .unwrap_or(b)
            .min(b);
        let Ok(part) = DateRange::new(start, end) else {
            return;
        };
        let days = u128::try_from(part.len_days()).unwrap_or(0);
        let share = u64::try_from(net * days / total).unwrap_or(u64::MAX);
        if let Some(i) = month_index(dates.first(), start) {
            add(i, share, part);
        }
        match next_month(start) {
            Some(n) => start = n,
            None => return,
        }
    }
}

/// Runs the payment rules of the placement's record, found at `at`.
pub(crate) fn check_payments(
    facts: &Facts<'_>,
    at: Loc<'_>,
    scratch: &mut Scratch,
    sink: &mut Sink<'_>,
) {
    let placement = facts.placement;
    let Some(record) = placement.record.as_ref() else {
        return;
    };
    if last_judged_day(placement, record.complete_through).is_none() {
        return;
    }
    let is_work = placement.kind.is_work();
    let payments_at = at.field("payments");
    for (k, payment) in record.payments.iter().enumerate() {
        if payment.paid_on > record.complete_through {
            continue;
        }
        let here = payments_at.index(k);
        if is_work && payment.payee != Payee::Student {
            push(
                facts,
                sink,
                RuleCode::RecordPaidDirectly,
                here,
                "the payment was not made to the student",
                vec![
                    Figure::new("payee", payment.payee),
                    Figure::new("paid_on", payment.paid_on),
                ],
            );
        }
        if is_work && payment.form != PaymentForm::Money {
            push(
                facts,
                sink,
                RuleCode::RecordPaidInMoney,
                here,
                "the payment was not made in money",
                vec![
                    Figure::new("form", payment.form),
                    Figure::new("paid_on", payment.paid_on),
                ],
            );
        }
        let forbidden: Vec<FigureValue> = payment
            .deductions
            .iter()
            .filter(|d| d.kind.is_forbidden())
            .map(|d| {
                FigureValue::phrase(
                    PhraseKey::Spaced,
                    [FigureValue::term(d.kind.as_str()), d.amount.into()],
                )
            })
            .collect();
        if !forbidden.is_empty() {
            push(
                facts,
                sink,
                RuleCode::RecordNoDeductions,
                here,
                "the payment deducts a deposit, fee, commission, guarantee or penalty",
                vec![
                    Figure::new("deductions", FigureValue::List(forbidden)),
                    Figure::new("paid_on", payment.paid_on),
                ],
            );
        }
    }
    if !is_work {
        return;
    }
    let policy = sink.policy();
    let Some(currency) = months_of(placement, policy, &mut scratch.months) else {
        return;
    };
    for month in &scratch.months {
        let Some(deadline) = month.deadline.filter(|d| *d <= record.complete_through) else {
            continue;
        };
        let unpaid = day_bits(month.days) & !month.on_time;
        if unpaid != 0 {
            let day = month
                .days
                .first()
                .with_day0(unpaid.trailing_zeros())
                .unwrap_or(month.days.first());
            push(
                facts,
                sink,
                RuleCode::RecordPaidOnTime,
                at,
                "a month's pay was not paid by its deadline",
                vec![
                    Figure::new("month", month_name(month.days.first())),
                    Figure::new("deadline", deadline),
                    Figure::new("first_unpaid_day", day),
                ],
            );
        }
        if month.paid < month.due {
            push(
                facts,
                sink,
                RuleCode::RecordPaidInFull,
                at,
                "less than the agreed pay was paid for a month",
                vec![
                    Figure::new("month", month_name(month.days.first())),
                    Figure::new("due", Money::new(month.due, currency)),
                    Figure::new("paid", Money::new(month.paid, currency)),
                ],
            );
        }
    }
}
