//! Records of what actually happened on a placement: worked shifts and payments, the `record.*`
//! rules that judge them against the law, and a [`Summary`] for dashboards.
//!
//! A plan can pass every rule while what happened breaks them: eleven-hour night shifts on a plan
//! of eight-hour days, pay sent through the school less a "management fee". A placement's
//! [`Record`] (`placements[i].record`) holds the shifts worked, the payments made and
//! `complete_through`, the last day it covers; the rules judge it up to that day, never against a
//! clock (RULES.md, "Records").
//!
//! Checking a record sorts its judged shifts once by start and sweeps them by date and by week
//! (the record's one sort); payments are spread over the placement's months, each month keeping
//! what counts as paid and, as bits of its days, which days were paid by its deadline. The two
//! buffers are reused across placements, so checking a valid arrangement allocates a number of
//! times that does not grow with its size.
//!
//! An exemption that silences a `placement.*` or `worktime.*` code silences the `record.*` code of
//! the same name ([`RuleCode`] pairs in [`exempted_as`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use school_enterprise::{Record, TimeOfDay, WorkedShift};
//!
//! let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
//! let t = |h| TimeOfDay::new(h, 0).unwrap();
//! let record = Record::new(d(8))
//!     .with_shift(WorkedShift::new(d(2), t(20), t(7), 0)?); // an eleven-hour night
//! assert!(record.shifts[0].runs_past_midnight());
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod model;
mod pay;
pub(crate) mod rules;
mod summary;

pub use model::{Deduction, DeductionKind, Payee, Payment, PaymentForm, Record, WorkedShift};
pub use summary::{MonthSummary, Summary, WeekSummary};

use crate::check::{Loc, Sink};
use crate::placement::rules::Facts;
use crate::RuleCode;

/// Buffers the record rules reuse from one placement to the next.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// The judged shifts' starts (minutes since 0001-01-01) and list positions, sorted.
    order: Vec<(i64, usize)>,
    /// The placement's months.
    months: Vec<pay::Month>,
}

/// Runs every `record.*` rule on the record of the placement at `here`, if it has one.
pub(crate) fn check(facts: &Facts<'_>, here: Loc<'_>, scratch: &mut Scratch, sink: &mut Sink<'_>) {
    if facts.placement.record.is_none() {
        return;
    }
    let at = here.field("record");
    rules::check_shifts(facts, at, scratch, sink);
    pay::check_payments(facts, at, scratch, sink);
}

/// The `placement.*` or `worktime.*` code whose exemption also silences a `record.*` code: the
/// code of the same name (`record.night_work` → `placement.night_work`); `None` for codes that
/// have none.
///
/// ```
/// use school_enterprise::{record, RuleCode};
///
/// assert_eq!(record::exempted_as(RuleCode::RecordNightWork), Some(RuleCode::PlacementNightWork));
/// assert_eq!(record::exempted_as(RuleCode::RecordDailyHours), Some(RuleCode::WorktimeDailyHours));
/// assert_eq!(record::exempted_as(RuleCode::RecordPaidOnTime), None);
/// ```
pub fn exempted_as(code: RuleCode) -> Option<RuleCode> {
    Some(match code {
        RuleCode::RecordDailyHours => RuleCode::WorktimeDailyHours,
        RuleCode::RecordWeeklyHours => RuleCode::WorktimeWeeklyHours,
        RuleCode::RecordRestDays => RuleCode::WorktimeRestDays,
        RuleCode::RecordNightWork => RuleCode::PlacementNightWork,
        RuleCode::RecordRestDayWork => RuleCode::PlacementRestDayWork,
        RuleCode::RecordHolidayWork => RuleCode::PlacementHolidayWork,
        RuleCode::RecordMinorNightWork => RuleCode::WorktimeMinorNightWork,
        RuleCode::RecordMinorDailyHours => RuleCode::WorktimeMinorDailyHours,
        RuleCode::RecordMinorWeeklyHours => RuleCode::WorktimeMinorWeeklyHours,
        RuleCode::RecordMinorDaysPerWeek => RuleCode::WorktimeMinorDaysPerWeek,
        RuleCode::RecordDailyRest => RuleCode::WorktimeDailyRest,
        RuleCode::RecordBreaks => RuleCode::WorktimeBreaks,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RULES.md: an exemption that silences a `placement.*` or `worktime.*` code silences the
    /// `record.*` code of the same name. Every record code whose name a plan code shares maps to
    /// it, and no other does.
    #[test]
    fn every_record_code_is_exempted_as_the_plan_code_of_its_name() {
        for &code in RuleCode::ALL {
            let Some(name) = code.as_str().strip_prefix("record.") else {
                assert_eq!(exempted_as(code), None, "{code}");
                continue;
            };
            let plan = RuleCode::ALL.iter().copied().find(|c| {
                [format!("placement.{name}"), format!("worktime.{name}")]
                    .iter()
                    .any(|n| c.as_str() == n)
            });
            assert_eq!(exempted_as(code), plan, "{code}");
        }
    }
}
