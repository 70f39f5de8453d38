//! `Arbitrary` for every value type, so that `any::<DateRange>()` works.
//!
//! Each strategy yields only values the constructor accepts, spread over the whole valid range
//! (dates from 1900 to 2199, every minute of the day, shares from 0 to 100 %).

use chrono::{Days, NaiveDate, Weekday};
use proptest::prelude::*;

use crate::{
    AgreementId, BaseId, ContributionId, CourseId, Currency, DailyWindow, DateRange, EnterpriseId,
    EquipmentId, ExamId, GroupId, InstructorId, LineId, ModuleId, Money, PeriodId, PlacementId,
    PostId, RequirementId, SchoolId, SessionId, Share, Shift, SiteId, StudentId, TaskId, TimeOfDay,
    WeeklySchedule,
};
use crate::{Deduction, DeductionKind, Payee, Payment, PaymentForm, Record, WorkedShift};
use crate::{ExtraShift, Schedule};

macro_rules! arbitrary_ids {
    ($($id:ident)*) => {$(
        impl Arbitrary for $id {
            type Parameters = ();
            type Strategy = BoxedStrategy<$id>;

            fn arbitrary_with((): ()) -> Self::Strategy {
                any::<u128>().prop_map($id::from_u128).boxed()
            }
        }
    )*};
}

arbitrary_ids!(
    SchoolId EnterpriseId StudentId InstructorId AgreementId PlacementId GroupId PostId SiteId
    LineId BaseId CourseId ModuleId RequirementId ExamId SessionId EquipmentId ContributionId
    PeriodId TaskId
);

/// The first day dates are drawn from, and how many days after it they may fall.
const EPOCH: (i32, u32, u32) = (1900, 1, 1);
const SPAN_DAYS: u64 = 300 * 365;

/// A calendar day from 1900 to about 2199.
pub fn date() -> BoxedStrategy<NaiveDate> {
    let epoch = NaiveDate::from_ymd_opt(EPOCH.0, EPOCH.1, EPOCH.2).unwrap_or(NaiveDate::MIN);
    (0..SPAN_DAYS)
        .prop_map(move |n| epoch.checked_add_days(Days::new(n)).unwrap_or(epoch))
        .boxed()
}

/// A weekday.
pub fn weekday() -> BoxedStrategy<Weekday> {
    (0u8..7)
        .prop_map(|n| Weekday::try_from(n).unwrap_or(Weekday::Mon))
        .boxed()
}

impl Arbitrary for DateRange {
    type Parameters = ();
    type Strategy = BoxedStrategy<DateRange>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (date(), 0u64..2_000)
            .prop_map(|(first, len)| {
                let last = first.checked_add_days(Days::new(len)).unwrap_or(first);
                DateRange::new(first, last).unwrap_or(DateRange::single(first))
            })
            .boxed()
    }
}

impl Arbitrary for TimeOfDay {
    type Parameters = ();
    type Strategy = BoxedStrategy<TimeOfDay>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (0u32..1_440)
            .prop_filter_map("a minute of the day", |m| TimeOfDay::from_minutes(m).ok())
            .boxed()
    }
}

impl Arbitrary for Shift {
    type Parameters = ();
    type Strategy = BoxedStrategy<Shift>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (weekday(), any::<TimeOfDay>(), 1u32..1_440, any::<u32>())
            .prop_filter_map("a shift with a shorter break", |(day, start, span, b)| {
                let end = TimeOfDay::from_minutes((start.minutes_since_midnight() + span) % 1_440)
                    .ok()?;
                Shift::new(day, start, end, b % span).ok()
            })
            .boxed()
    }
}

impl Arbitrary for WeeklySchedule {
    type Parameters = ();
    type Strategy = BoxedStrategy<WeeklySchedule>;

    /// Up to seven shifts that do not overlap (shifts that would are dropped).
    fn arbitrary_with((): ()) -> Self::Strategy {
        prop::collection::vec(any::<Shift>(), 0..8)
            .prop_map(|shifts| {
                let mut kept: Vec<Shift> = Vec::new();
                for shift in shifts {
                    if kept.iter().all(|k| !k.span().overlaps(&shift.span())) {
                        kept.push(shift);
                    }
                }
                WeeklySchedule::new(kept).unwrap_or_default()
            })
            .boxed()
    }
}

impl Arbitrary for Schedule {
    type Parameters = ();
    type Strategy = BoxedStrategy<Schedule>;

    /// One weekly pattern (revision 1's form) or a rota of 1 to 4 patterns anchored on a Monday.
    fn arbitrary_with((): ()) -> Self::Strategy {
        prop_oneof![
            any::<WeeklySchedule>().prop_map(Schedule::weekly),
            (
                date(),
                prop::collection::vec(any::<WeeklySchedule>(), 1..=4)
            )
                .prop_map(|(day, weeks)| {
                    Schedule::rota(crate::week_monday(day), weeks.clone()).unwrap_or_else(|_| {
                        Schedule::weekly(weeks.into_iter().next().unwrap_or_default())
                    })
                }),
        ]
        .boxed()
    }
}

impl Arbitrary for ExtraShift {
    type Parameters = ();
    type Strategy = BoxedStrategy<ExtraShift>;

    /// A date, any start, a span of 1 to 1,439 minutes and a shorter break.
    fn arbitrary_with((): ()) -> Self::Strategy {
        (date(), any::<TimeOfDay>(), 1u32..1_440, any::<u32>())
            .prop_filter_map(
                "an extra shift with a shorter break",
                |(day, start, span, b)| {
                    let end =
                        TimeOfDay::from_minutes((start.minutes_since_midnight() + span) % 1_440)
                            .ok()?;
                    ExtraShift::new(day, start, end, b % span).ok()
                },
            )
            .boxed()
    }
}

/// An official calendar the policy accepts: up to `holidays` public holidays and up to
/// `make_up` make-up working days (each a Saturday or Sunday that is no holiday) within `days`
/// days from `first`, as `(public_holidays, make_up_working_days)` for
/// [`Policy::with_official_calendar`](crate::Policy::with_official_calendar).
pub fn official_calendar(
    first: NaiveDate,
    days: u64,
    holidays: usize,
    make_up: usize,
) -> BoxedStrategy<(Vec<NaiveDate>, Vec<NaiveDate>)> {
    let days = days.max(1);
    let offsets = |n: usize| prop::collection::vec(0..days, 0..=n);
    (offsets(holidays), offsets(make_up))
        .prop_map(move |(h, m)| {
            let day = |n: u64| first.checked_add_days(Days::new(n));
            let holidays: Vec<NaiveDate> = h.into_iter().filter_map(day).collect();
            let mut make_up: Vec<NaiveDate> = Vec::new();
            for date in m.into_iter().filter_map(day) {
                // Moved to the Saturday of its week, so that it is a rest day of most hosts.
                let saturday = crate::week_monday(date).checked_add_days(Days::new(5));
                if let Some(saturday) = saturday {
                    if !holidays.contains(&saturday) && !make_up.contains(&saturday) {
                        make_up.push(saturday);
                    }
                }
            }
            (holidays, make_up)
        })
        .boxed()
}

impl Arbitrary for DailyWindow {
    type Parameters = ();
    type Strategy = BoxedStrategy<DailyWindow>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (any::<TimeOfDay>(), any::<TimeOfDay>())
            .prop_filter_map("a window that starts where it does not end", |(s, e)| {
                DailyWindow::new(s, e).ok()
            })
            .boxed()
    }
}

impl Arbitrary for Currency {
    type Parameters = ();
    type Strategy = BoxedStrategy<Currency>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        // Currencies of 0 (JPY, KRW), 2, 3 (BHD, KWD, TND) and 4 (CLF) decimals.
        const CODES: [&str; 12] = [
            "CNY", "EUR", "GBP", "USD", "CHF", "HKD", "JPY", "KRW", "BHD", "KWD", "TND", "CLF",
        ];
        prop::sample::select(&CODES[..])
            .prop_filter_map("an ISO 4217 currency", |code| code.parse().ok())
            .boxed()
    }
}

impl Arbitrary for Money {
    type Parameters = ();
    type Strategy = BoxedStrategy<Money>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (any::<u64>(), any::<Currency>())
            .prop_map(|(minor, currency)| Money::new(minor, currency))
            .boxed()
    }
}

impl Arbitrary for Share {
    type Parameters = ();
    type Strategy = BoxedStrategy<Share>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (0u32..=1_000)
            .prop_map(|per_mille| Share::from_per_mille(per_mille).unwrap_or(Share::ZERO))
            .boxed()
    }
}

impl Arbitrary for WorkedShift {
    type Parameters = ();
    type Strategy = BoxedStrategy<WorkedShift>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (date(), any::<TimeOfDay>(), 1u32..1_440, any::<u32>())
            .prop_filter_map(
                "a worked shift with a shorter break",
                |(day, start, span, b)| {
                    let end =
                        TimeOfDay::from_minutes((start.minutes_since_midnight() + span) % 1_440)
                            .ok()?;
                    WorkedShift::new(day, start, end, b % span).ok()
                },
            )
            .boxed()
    }
}

macro_rules! arbitrary_named {
    ($($name:ident),*) => {
        $(
            impl Arbitrary for $name {
                type Parameters = ();
                type Strategy = BoxedStrategy<$name>;

                fn arbitrary_with((): ()) -> Self::Strategy {
                    prop::sample::select($name::ALL).boxed()
                }
            }
        )*
    };
}

arbitrary_named!(Payee, PaymentForm, DeductionKind);

impl Arbitrary for Deduction {
    type Parameters = ();
    type Strategy = BoxedStrategy<Deduction>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (any::<DeductionKind>(), any::<Money>())
            .prop_map(|(kind, amount)| Deduction::new(kind, amount))
            .boxed()
    }
}

impl Arbitrary for Payment {
    type Parameters = ();
    type Strategy = BoxedStrategy<Payment>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        (
            any::<DateRange>(),
            any::<Money>(),
            date(),
            any::<Payee>(),
            any::<PaymentForm>(),
            prop::collection::vec(any::<Deduction>(), 0..3),
        )
            .prop_map(|(covers, amount, paid_on, payee, form, deductions)| {
                let mut payment = Payment::new(covers, amount, paid_on)
                    .to(payee)
                    .in_form(form);
                payment.deductions = deductions;
                payment
            })
            .boxed()
    }
}

impl Arbitrary for Record {
    type Parameters = ();
    type Strategy = BoxedStrategy<Record>;

    /// Up to a dozen shifts and four payments, complete through any date.
    fn arbitrary_with((): ()) -> Self::Strategy {
        (
            prop::collection::vec(any::<WorkedShift>(), 0..12),
            prop::collection::vec(any::<Payment>(), 0..4),
            date(),
        )
            .prop_map(|(shifts, payments, complete_through)| {
                let mut record = Record::new(complete_through);
                record.shifts = shifts;
                record.payments = payments;
                record
            })
            .boxed()
    }
}
