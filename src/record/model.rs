//! The record model: worked shifts, payments and the day the record is complete through.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::schedule::MINUTES_PER_DAY;
use crate::{DateRange, Error, Money, TimeOfDay};

/// One shift as worked: a date, a start, an end and an unpaid break. An end before the start runs
/// past midnight into the next date; the shift counts towards the date it starts on.
///
/// Refuses an end equal to the start and an unpaid break as long as the span or longer.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{TimeOfDay, WorkedShift};
///
/// let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let t = |h| TimeOfDay::new(h, 0).unwrap();
/// let night = WorkedShift::new(date, t(20), t(7), 0)?;
/// assert_eq!(night.working_minutes(), 11 * 60);
/// assert_eq!(night.last_date(), NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
/// assert!(WorkedShift::new(date, t(8), t(8), 0).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawWorkedShift")]
pub struct WorkedShift {
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
    unpaid_break_minutes: u32,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawWorkedShift {
    #[serde(deserialize_with = "crate::date_serde::date")]
    date: NaiveDate,
    start: TimeOfDay,
    end: TimeOfDay,
    #[serde(default)]
    unpaid_break_minutes: u32,
}

impl TryFrom<RawWorkedShift> for WorkedShift {
    type Error = Error;
    fn try_from(raw: RawWorkedShift) -> Result<Self, Error> {
        Self::new(raw.date, raw.start, raw.end, raw.unpaid_break_minutes)
    }
}

impl WorkedShift {
    /// A shift worked on `date` from `start` to `end` (on the next date when `end < start`),
    /// with an unpaid break of `unpaid_break_minutes`.
    pub fn new(
        date: NaiveDate,
        start: TimeOfDay,
        end: TimeOfDay,
        unpaid_break_minutes: u32,
    ) -> Result<Self, Error> {
        if start == end {
            return Err(Error::EmptyWorkedShift {
                date,
                at: start.to_string(),
            });
        }
        let shift = Self {
            date,
            start,
            end,
            unpaid_break_minutes,
        };
        if unpaid_break_minutes >= shift.span_minutes() {
            return Err(Error::BreakTooLong {
                break_minutes: unpaid_break_minutes,
                span_minutes: shift.span_minutes(),
            });
        }
        Ok(shift)
    }

    /// The date the shift starts on (the date its working time counts towards).
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The start time.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// The end time (on the next date when before the start).
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// The unpaid break in minutes.
    pub fn unpaid_break_minutes(&self) -> u32 {
        self.unpaid_break_minutes
    }

    /// Whether the shift runs past midnight into the next date.
    pub fn runs_past_midnight(&self) -> bool {
        self.end < self.start
    }

    /// The whole span in minutes, break included.
    pub fn span_minutes(&self) -> u32 {
        let start = self.start.minutes_since_midnight();
        let end = self.end.minutes_since_midnight();
        if end > start {
            end - start
        } else {
            end + MINUTES_PER_DAY - start
        }
    }

    /// Working minutes: the span less the unpaid break.
    pub fn working_minutes(&self) -> u32 {
        self.span_minutes()
            .saturating_sub(self.unpaid_break_minutes)
    }

    /// The last calendar date on which the shift has a minute: its own date, or the next one
    /// when it runs past midnight and ends after 00:00 there.
    pub fn last_date(&self) -> NaiveDate {
        if self.ends_on_next_date() {
            self.date
                .checked_add_days(Days::new(1))
                .unwrap_or(self.date)
        } else {
            self.date
        }
    }

    /// Whether the shift has a minute on the date after its own: it runs past midnight and ends
    /// after 00:00 there.
    pub(crate) fn ends_on_next_date(&self) -> bool {
        self.runs_past_midnight() && self.end.minutes_since_midnight() > 0
    }

    /// The start as minutes since 0001-01-01 00:00 (a date-time on one line).
    pub(crate) fn start_at(&self) -> i64 {
        day_start(self.date) + i64::from(self.start.minutes_since_midnight())
    }

    /// The end as minutes since 0001-01-01 00:00.
    pub(crate) fn end_at(&self) -> i64 {
        self.start_at() + i64::from(self.span_minutes())
    }
}

/// Minutes from 0001-01-01 00:00 to `date` 00:00.
pub(crate) fn day_start(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) * i64::from(MINUTES_PER_DAY)
}

impl fmt::Display for WorkedShift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}–{}", self.date, self.start, self.end)?;
        if self.unpaid_break_minutes > 0 {
            write!(f, " (break {} min)", self.unpaid_break_minutes)?;
        }
        Ok(())
    }
}

/// Defines an enum read from and written as one of a fixed list of names, refusing any other
/// name with an error that names the field.
macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident, $field:literal, { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "&'static str")]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The name it is written as in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }

        impl From<$name> for &'static str {
            fn from(value: $name) -> Self {
                value.as_str()
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(value: String) -> Result<Self, Error> {
                value.parse()
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(value: &str) -> Result<Self, Error> {
                match value {
                    $($text => Ok($name::$variant),)*
                    _ => Err(Error::UnknownName {
                        field: $field,
                        value: value.to_owned(),
                        expected: concat!($($text, ", "),*).trim_end_matches(", "),
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($text,)*],
                })
            }
        }
    };
}

named_enum!(
    /// Who a payment was made to.
    Payee, "payee", {
        /// The student.
        Student = "student",
        /// The student's school.
        School = "school",
        /// An intermediary or labour agent.
        Intermediary = "intermediary",
        /// Another third party.
        ThirdParty = "third_party",
    }
);

named_enum!(
    /// What a payment was made in.
    PaymentForm, "form", {
        /// Money.
        Money = "money",
        /// Goods or vouchers.
        GoodsOrVouchers = "goods_or_vouchers",
    }
);

named_enum!(
    /// What was deducted from a payment.
    DeductionKind, "deduction kind", {
        /// A deposit (forbidden: internship provisions Art. 20).
        Deposit = "deposit",
        /// A fee, such as a "management fee" (forbidden: Art. 20).
        Fee = "fee",
        /// A commission on pay (forbidden: Art. 20).
        Commission = "commission",
        /// A guarantee (forbidden: Art. 20).
        Guarantee = "guarantee",
        /// A penalty (forbidden: a domain rule).
        Penalty = "penalty",
        /// Income tax the law requires the payer to withhold.
        Tax = "tax",
        /// Social insurance contributions the law requires.
        SocialInsurance = "social_insurance",
    }
);

impl DeductionKind {
    /// Whether `record.no_deductions` forbids it (a deposit, fee, commission, guarantee or
    /// penalty); deductions the law requires (tax, social insurance) are allowed.
    pub fn is_forbidden(self) -> bool {
        !matches!(self, DeductionKind::Tax | DeductionKind::SocialInsurance)
    }
}

/// An amount deducted from a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Deduction {
    /// What it was for.
    pub kind: DeductionKind,
    /// How much.
    pub amount: Money,
}

impl Deduction {
    /// `amount` deducted as `kind`.
    pub fn new(kind: DeductionKind, amount: Money) -> Self {
        Self { kind, amount }
    }
}

/// One payment for work: the days of work it pays for, the gross amount, the day it was paid, who
/// it was paid to, in what form, and what was deducted from it.
///
/// A payment to the school, in vouchers or with a deduction can be entered: those are what the
/// `record.*` payment rules report.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{Currency, DateRange, Money, Payee, Payment, PaymentForm};
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let march = DateRange::new(d(3, 1), d(3, 31))?;
/// let pay = Payment::new(march, Money::new(3_000_00, Currency::CNY), d(4, 10));
/// assert_eq!(pay.payee, Payee::Student);
/// assert_eq!(pay.form, PaymentForm::Money);
/// let json = r#"{"covers": "2026-03-31..=2026-03-01", "amount": "0.01 CNY", "paid_on": "2026-04-10"}"#;
/// assert!(serde_json::from_str::<Payment>(json).unwrap_err().to_string().contains("payment covers"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(from = "RawPayment")]
#[non_exhaustive]
pub struct Payment {
    /// The days of work it pays for.
    pub covers: DateRange,
    /// The gross amount, before deductions.
    pub amount: Money,
    /// The day it was paid.
    pub paid_on: NaiveDate,
    /// Who it was paid to.
    pub payee: Payee,
    /// What it was paid in.
    pub form: PaymentForm,
    /// What was deducted from it.
    pub deductions: Vec<Deduction>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawPayment {
    covers: RawCovers,
    amount: Money,
    #[serde(deserialize_with = "crate::date_serde::date")]
    paid_on: NaiveDate,
    #[serde(default = "student")]
    payee: Payee,
    #[serde(default = "money")]
    form: PaymentForm,
    #[serde(default)]
    deductions: Vec<Deduction>,
}

/// The days a payment covers as read: the text form of a [`DateRange`], or the older object
/// form, refused at `covers` as [`Error::ReversedPaymentDates`] when the last is before the first.
struct RawCovers(DateRange);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCoversObject {
    #[serde(deserialize_with = "crate::date_serde::date")]
    first: NaiveDate,
    #[serde(deserialize_with = "crate::date_serde::date")]
    last: NaiveDate,
}

impl RawCovers {
    fn new(first: NaiveDate, last: NaiveDate) -> Result<Self, Error> {
        DateRange::new(first, last)
            .map(Self)
            .map_err(|_| Error::ReversedPaymentDates { first, last })
    }
}

impl std::str::FromStr for RawCovers {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let (first, last) = crate::date::parse_date_pair(s)?;
        Self::new(first, last)
    }
}

impl TryFrom<RawCoversObject> for RawCovers {
    type Error = Error;
    fn try_from(raw: RawCoversObject) -> Result<Self, Error> {
        Self::new(raw.first, raw.last)
    }
}

impl<'de> Deserialize<'de> for RawCovers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(crate::text_serde::TextOrLegacyVisitor::<
            RawCovers,
            RawCoversObject,
        >::new(
            "a date range like \"2026-03-01..=2026-06-30\"",
            crate::text_serde::Legacy::Object,
        ))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RawCovers {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        DateRange::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DateRange::json_schema(generator)
    }
}

fn student() -> Payee {
    Payee::Student
}

fn money() -> PaymentForm {
    PaymentForm::Money
}

impl From<RawPayment> for Payment {
    fn from(raw: RawPayment) -> Self {
        Self {
            covers: raw.covers.0,
            amount: raw.amount,
            paid_on: raw.paid_on,
            payee: raw.payee,
            form: raw.form,
            deductions: raw.deductions,
        }
    }
}

impl Payment {
    /// `amount` for the work of `covers`, paid on `paid_on` to the student, in money, with no
    /// deductions.
    pub fn new(covers: DateRange, amount: Money, paid_on: NaiveDate) -> Self {
        Self {
            covers,
            amount,
            paid_on,
            payee: Payee::Student,
            form: PaymentForm::Money,
            deductions: Vec::new(),
        }
    }

    /// The payment made to `payee` instead.
    pub fn to(mut self, payee: Payee) -> Self {
        self.payee = payee;
        self
    }

    /// The payment made in `form` instead.
    pub fn in_form(mut self, form: PaymentForm) -> Self {
        self.form = form;
        self
    }

    /// The payment with `deduction` added.
    pub fn deducting(mut self, deduction: Deduction) -> Self {
        self.deductions.push(deduction);
        self
    }

    /// What counts as paid to the student: the gross amount less the deductions
    /// `record.no_deductions` forbids (in the amount's currency); deductions the law requires are
    /// not subtracted.
    pub fn counted_amount(&self) -> Money {
        let forbidden = self
            .deductions
            .iter()
            .filter(|d| d.kind.is_forbidden() && d.amount.currency() == self.amount.currency())
            .fold(0u64, |sum, d| sum.saturating_add(d.amount.minor_units()));
        Money::new(
            self.amount.minor_units().saturating_sub(forbidden),
            self.amount.currency(),
        )
    }
}

/// What actually happened on a placement: the shifts worked, the payments made, and the last day
/// the record covers (`complete_through`). Rules judge the record up to that day, never beyond
/// (RULES.md, "Records").
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::{Record, TimeOfDay, WorkedShift};
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
/// let t = |h| TimeOfDay::new(h, 0).unwrap();
/// let record = Record::new(d(31)).with_shift(WorkedShift::new(d(2), t(9), t(17), 60)?);
/// assert_eq!(record.shifts.len(), 1);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Record {
    /// The shifts worked, in any order.
    #[serde(default)]
    pub shifts: Vec<WorkedShift>,
    /// The payments made, in any order.
    #[serde(default)]
    pub payments: Vec<Payment>,
    /// The last day the record covers.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub complete_through: NaiveDate,
}

impl Record {
    /// An empty record, complete through `complete_through`.
    pub fn new(complete_through: NaiveDate) -> Self {
        Self {
            shifts: Vec::new(),
            payments: Vec::new(),
            complete_through,
        }
    }

    /// The record with `shift` added.
    pub fn with_shift(mut self, shift: WorkedShift) -> Self {
        self.shifts.push(shift);
        self
    }

    /// The record with `payment` added.
    pub fn with_payment(mut self, payment: Payment) -> Self {
        self.payments.push(payment);
        self
    }
}
