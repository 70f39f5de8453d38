//! Construction errors: what a constructor (and so serde) refuses.

use chrono::NaiveDate;

/// A value that a constructor refuses.
///
/// Every smart constructor of the crate returns this error, and serde deserialization goes
/// through the same constructors, so a JSON document cannot build what a constructor refuses.
/// Each variant names the field or value at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date range whose last day is before its first day.
    #[error("date range ends on {last} before it starts on {first}")]
    ReversedDateRange {
        /// The first day given.
        first: NaiveDate,
        /// The last day given, earlier than `first`.
        last: NaiveDate,
    },
    /// A range of whole numbers whose maximum is below its minimum.
    #[error("range {min}..={max} has its maximum below its minimum")]
    ReversedBounds {
        /// The minimum given.
        min: u32,
        /// The maximum given.
        max: u32,
    },
    /// A text field that must not be empty (or only white space) was.
    #[error("{field} must not be empty")]
    EmptyText {
        /// The field that was empty.
        field: &'static str,
    },
    /// A text field with characters but none visible: only white space, control characters
    /// and invisible format characters (zero-width spaces and joiners, byte-order marks,
    /// direction marks). See [`Name`](crate::Name) for what counts as visible.
    #[error("{field} {value:?} has no visible character")]
    InvisibleText {
        /// The field given the text.
        field: &'static str,
        /// The text given.
        value: String,
    },
    /// A registry entry was to be replaced, but the registry has none with its id.
    #[error("the registry has no {kind} {id} to replace")]
    NotInRegistry {
        /// The kind of entry (`student`, `enterprise`, `school`, `instructor`).
        kind: &'static str,
        /// The id given.
        id: uuid::Uuid,
    },
    /// An edit named an agreement a portfolio does not have.
    #[error("the portfolio has {len} agreements; there is none at position {position}")]
    NoAgreementAt {
        /// The position named.
        position: usize,
        /// The number of agreements.
        len: usize,
    },
    /// A count that must be at least 1 was 0 (a pay's `period_days`).
    #[error("{field} must be at least 1, not 0")]
    Zero {
        /// The field given 0.
        field: &'static str,
    },
    /// A number that must not be negative was (a student's `grade`, a year of entry).
    #[error("{field} {value} is negative")]
    Negative {
        /// The field given the number.
        field: &'static str,
        /// The number given.
        value: i64,
    },
    /// Two dates of one value in the wrong order: `field` must be after (or, where `relation`
    /// says so, not after) `other_field` (a student's `expected_graduation` not after
    /// `enrolled_on`, a `birth_date` after `enrolled_on`).
    #[error("{field} {date} is {relation} {other_field} {other}")]
    DatesOutOfOrder {
        /// The field holding the date at fault.
        field: &'static str,
        /// The date given.
        date: NaiveDate,
        /// How it stands to the other date, as refused: `not after`, `after`.
        relation: &'static str,
        /// The field it is compared with.
        other_field: &'static str,
        /// The other date.
        other: NaiveDate,
    },
    /// A string that is not a UUID where a typed id was expected.
    #[error("{kind} id {value:?} is not a UUID")]
    InvalidId {
        /// The kind of id (`student`, `enterprise`, ...).
        kind: &'static str,
        /// The text that failed to parse.
        value: String,
    },
    /// A currency code that is not an ISO 4217 currency with a minor unit (three capital letters
    /// like `CNY`).
    #[error("currency {value:?} is not an ISO 4217 currency code like \"CNY\"")]
    InvalidCurrency {
        /// The code given.
        value: String,
    },
    /// A share above 100 %.
    #[error("share of {per_mille} per mille is above 100 %")]
    ShareAbove100 {
        /// The share given, in per mille.
        per_mille: u32,
    },
    /// A share that is not written like `80%` or `12.5%`.
    #[error("share {value:?} is not a percentage like \"80%\" or \"12.5%\"")]
    InvalidShare {
        /// The text given.
        value: String,
    },
    /// A time of day that is not whole minutes from 00:00 to 23:59.
    #[error("time of day {value:?} is not whole minutes from 00:00 to 23:59")]
    InvalidTimeOfDay {
        /// The time given.
        value: String,
    },
    /// A shift or session whose end equals its start.
    #[error("{what} on {weekday} starts and ends at {at}: no time span")]
    EmptySpan {
        /// What was refused (`shift`, `class session`).
        what: &'static str,
        /// The weekday of the span.
        weekday: chrono::Weekday,
        /// The start (and end) time.
        at: String,
    },
    /// A vocational-school day whose lessons of 45 minutes do not fit between its start and end.
    #[error("school_days: the school day on {weekday} has {lessons} lessons of 45 min, longer than its span of {span_minutes} min")]
    LessonsLongerThanSchoolDay {
        /// The weekday of the school day.
        weekday: chrono::Weekday,
        /// The lessons given.
        lessons: u32,
        /// The minutes from its start to its end.
        span_minutes: u32,
    },
    /// An unpaid break as long as the shift's span, or longer.
    #[error("unpaid break of {break_minutes} min is not shorter than the shift's span of {span_minutes} min")]
    BreakTooLong {
        /// The break given.
        break_minutes: u32,
        /// The span of the shift.
        span_minutes: u32,
    },
    /// Two shifts of one weekly schedule overlap.
    #[error("shifts[{first}] and shifts[{second}] of one schedule overlap")]
    OverlappingShifts {
        /// Index of the earlier shift (by start on the weekly cycle).
        first: usize,
        /// Index of the later shift.
        second: usize,
    },
    /// A schedule in JSON that is neither `{"shifts": [...]}` nor `{"anchor": D, "weeks": [...]}`.
    #[error("schedule: {reason}")]
    ScheduleForm {
        /// What is wrong with its form.
        reason: &'static str,
    },
    /// A rota (`schedule.weeks`) of no weekly pattern.
    #[error("schedule.weeks: a rota needs at least one weekly pattern")]
    EmptyRota,
    /// A rota anchored on a day that is not a Monday.
    #[error("schedule.anchor: {anchor} is not a Monday")]
    AnchorNotMonday {
        /// The anchor given.
        anchor: NaiveDate,
    },
    /// A date listed twice in `days_off`.
    #[error("days_off lists {date} twice")]
    RepeatedDayOff {
        /// The date listed twice.
        date: NaiveDate,
    },
    /// An extra shift whose end equals its start.
    #[error("extra_shifts: the extra shift on {date} starts and ends at {at}: no time span")]
    EmptyExtraShift {
        /// The date of the extra shift.
        date: NaiveDate,
        /// The start (and end) time.
        at: String,
    },
    /// An extra shift whose unpaid break is as long as its span, or longer.
    #[error("extra_shifts: the extra shift on {date} has an unpaid break of {break_minutes} min, not shorter than its span of {span_minutes} min")]
    ExtraShiftBreakTooLong {
        /// The date of the extra shift.
        date: NaiveDate,
        /// The break given.
        break_minutes: u32,
        /// The span of the shift.
        span_minutes: u32,
    },
    /// An extra shift that overlaps another shift worked on its date.
    #[error("extra_shifts[{index}] on {date} overlaps {other}")]
    OverlappingExtraShift {
        /// Index of the extra shift in `extra_shifts`.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The shift it overlaps, as a path (`extra_shifts[0]`, `schedule.weeks[1].shifts[2]`).
        other: String,
    },
    /// A daily window whose end equals its start (no window is an absent window).
    #[error("daily window starts and ends at {at}: use no window instead")]
    EmptyWindow {
        /// The start (and end) time.
        at: String,
    },
    /// A rule code that the catalogue does not know, or a custom code of the wrong form.
    #[error(
        "{value:?} is not a rule code of the catalogue nor a custom code like \"acme.rule_name\""
    )]
    InvalidRuleCode {
        /// The code given.
        value: String,
    },
    /// A language other than `zh` and `en`.
    #[error("{value:?} is not a language: \"zh\" or \"en\"")]
    InvalidLang {
        /// The text given.
        value: String,
    },
    /// A path that does not read like `placements[3].schedule`.
    #[error("{value:?} is not a path like \"placements[3].schedule\"")]
    InvalidPath {
        /// The text given.
        value: String,
    },
    /// Practical hours above a course's total hours.
    #[error("{practical} practical hours exceed the course's {total} total hours")]
    PracticalAboveTotal {
        /// The practical hours given.
        practical: u32,
        /// The total hours given.
        total: u32,
    },
    /// Two elements of one kind in a registry share an id.
    #[error("registry holds two {kind}s with id {id}")]
    DuplicateRegistryId {
        /// The kind of element (`school`, `student`, ...).
        kind: &'static str,
        /// The duplicated id.
        id: uuid::Uuid,
    },
    /// A weekday listed twice in a set of weekdays (a host's rest days, a policy's default rest
    /// days).
    #[error("{weekday} is listed twice")]
    RepeatedWeekday {
        /// The weekday listed twice.
        weekday: chrono::Weekday,
    },
    /// A make-up working day (调休) that is not a Saturday or Sunday, or that is also a public
    /// holiday.
    #[error("make-up working day {date} is {reason}")]
    InvalidMakeUpDay {
        /// The date given.
        date: NaiveDate,
        /// Why it is refused: `not a Saturday or Sunday` or `also a public holiday`.
        reason: &'static str,
    },
    /// A last day before the first day, in a model whose dates are two fields (an employment's
    /// `ends_on` before its `starts_on`).
    #[error("{field} {last} is before {first_field} {first}")]
    LastDayBeforeFirst {
        /// The field holding the last day (`ends_on`).
        field: &'static str,
        /// The last day given.
        last: NaiveDate,
        /// The field holding the first day (`starts_on`).
        first_field: &'static str,
        /// The first day given.
        first: NaiveDate,
    },
    /// A worked shift of a record whose end equals its start.
    #[error("worked shift on {date}: end {at} equals start {at}, no time span")]
    EmptyWorkedShift {
        /// The shift's date.
        date: NaiveDate,
        /// The start (and end) time.
        at: String,
    },
    /// A payment whose `covers` range of work days ends before it starts.
    #[error("payment covers days ending on {last} before they start on {first}")]
    ReversedPaymentDates {
        /// The first day of work given.
        first: NaiveDate,
        /// The last day of work given, earlier than `first`.
        last: NaiveDate,
    },
    /// A text that is not one of the names a field accepts (a payment's `payee` or `form`, a
    /// deduction's `kind`).
    #[error("{field} {value:?} is not one of {expected}")]
    UnknownName {
        /// The field (`payee`, `form`, `deduction kind`).
        field: &'static str,
        /// The text given.
        value: String,
        /// The names the field accepts.
        expected: &'static str,
    },
    /// A builder's `build()` called before every required field was set. Names each missing
    /// field, in the order the builder declares them.
    #[error("{builder} is missing {}", fields.join(", "))]
    MissingFields {
        /// The type being built (`Student`, `Placement`).
        builder: &'static str,
        /// The required fields not set (`birth_date`, `dates`).
        fields: Vec<&'static str>,
    },
    /// An amount of money that does not read like `4800.00 CNY`.
    #[error("amount {value:?} {reason}")]
    InvalidMoney {
        /// The text given.
        value: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A date range written `first..=last` with a day that is not a date of the calendar
    /// (`2026-02-30`) or not written `YYYY-MM-DD`.
    #[error("date range {value:?}: {reason}")]
    InvalidDateInRange {
        /// The text of the range.
        value: String,
        /// Why a day of it is not a date: `2023-02-29 is not a date in the calendar (February
        /// 2023 has 28 days)`, `"2026-3-1" is not a date written YYYY-MM-DD`.
        reason: String,
    },
    /// A text form of a value (a date range, a set of weekdays, a daily window) that does not read.
    #[error("{what} {value:?} is not written like {example}")]
    InvalidText {
        /// The kind of value (`date range`, `weekdays`, `daily window`).
        what: &'static str,
        /// The text given.
        value: String,
        /// An example of the text form.
        example: &'static str,
    },
}
