//! The conventions every rule relies on (RULES.md, "Conventions every rule relies on":
//! **Dates.**, **Adding years and months.**, **Time of day.**, **Comparisons.**), one test (or a
//! few) per sentence, through the public API only.
//!
//! Every expected value here is worked out by hand from the convention text, not copied from
//! the crate's output.

use std::cmp::Ordering;

use chrono::{NaiveDate, NaiveTime, Weekday};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).unwrap()
}

fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

fn shift(day: Weekday, start: (u32, u32), end: (u32, u32), break_minutes: u32) -> Shift {
    Shift::new(day, t(start.0, start.1), t(end.0, end.1), break_minutes).unwrap()
}

fn window(start: (u32, u32), end: (u32, u32)) -> DailyWindow {
    DailyWindow::new(t(start.0, start.1), t(end.0, end.1)).unwrap()
}

fn days(list: &[Weekday]) -> WeekdaySet {
    list.iter().copied().collect()
}

/// Checks one agreement holding one assisting placement (2 March to 30 June 2026) with `shifts`
/// for a student born on `birth`, under `policy`.
fn check_schedule(shifts: Vec<Shift>, birth: NaiveDate, policy: &Policy) -> Report {
    let school = School::new(
        SchoolId::from_u128(1),
        Name::new("Riverside Vocational School").unwrap(),
        SchoolKind::SecondaryVocational,
    );
    let mut factory = Enterprise::builder()
        .id(EnterpriseId::from_u128(2))
        .name("Delta Motors")
        .sector("manufacturing")
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(400)
        .build()
        .unwrap();
    factory.posts.push(
        Post::builder()
            .id(PostId::from_u128(3))
            .name("assembly")
            .category("assembly")
            .major_category("mechatronics")
            .headcount(120)
            .monthly_wage(Money::new(4_800_00, Currency::CNY))
            .build()
            .unwrap(),
    );
    let student = Student::builder()
        .id(StudentId::from_u128(4))
        .school(school.id)
        .name("Wang Fang")
        .birth_date(birth)
        .major("mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1))
        .build()
        .unwrap();
    let registry = Registry::new(vec![school], vec![factory], vec![student], vec![]).unwrap();
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(5))
        .school(SchoolId::from_u128(1))
        .enterprise(EnterpriseId::from_u128(2))
        .validity(range(d(2026, 3, 1), d(2027, 2, 28)))
        .signed_on(d(2026, 2, 1))
        .mode(Mode::Interaction(interaction::Interaction::new()))
        .build()
        .unwrap();
    let mut placement = Placement::builder()
        .id(PlacementId::from_u128(6))
        .student(StudentId::from_u128(4))
        .host(EnterpriseId::from_u128(2))
        .post(PostId::from_u128(3))
        .kind(PlacementKind::Assisting)
        .dates(range(d(2026, 3, 2), d(2026, 6, 30)))
        .build()
        .unwrap();
    placement.schedule = WeeklySchedule::new(shifts).unwrap().into();
    agreement.placements.push(placement);
    agreement.check(&registry, policy)
}

/// An adult on the placement's first day (2 March 2026).
fn adult() -> NaiveDate {
    d(2000, 1, 1)
}

// ---------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------

// "A date range names its first and last day, both included."
#[test]
fn date_range_names_first_and_last_day_both_included() {
    let spring = range(d(2026, 3, 1), d(2026, 6, 30));
    assert_eq!(spring.first(), d(2026, 3, 1));
    assert_eq!(spring.last(), d(2026, 6, 30));
    assert!(spring.contains(d(2026, 3, 1)));
    assert!(spring.contains(d(2026, 6, 30)));
    assert!(!spring.contains(d(2026, 2, 28)));
    assert!(!spring.contains(d(2026, 7, 1)));
    assert!(spring.contains_range(&spring));
}

// "its length in days is `last - first + 1`."
#[test]
fn range_length_is_last_minus_first_plus_one() {
    assert_eq!(DateRange::single(d(2026, 5, 5)).len_days(), 1);
    assert_eq!(range(d(2026, 5, 5), d(2026, 5, 5)).len_days(), 1);
    assert_eq!(range(d(2026, 5, 5), d(2026, 5, 6)).len_days(), 2);
    // March 31 + April 30 + May 31 + June 30.
    assert_eq!(range(d(2026, 3, 1), d(2026, 6, 30)).len_days(), 122);
    // February of a leap year has 29 days, plus 1 March.
    assert_eq!(range(d(2028, 2, 1), d(2028, 3, 1)).len_days(), 30);
    assert_eq!(range(d(2026, 2, 1), d(2026, 3, 1)).len_days(), 29);
    assert_eq!(range(d(2026, 1, 1), d(2026, 12, 31)).len_days(), 365);
    assert_eq!(range(d(2028, 1, 1), d(2028, 12, 31)).len_days(), 366);
    assert_eq!(range(d(2026, 3, 1), d(2026, 6, 30)).days().count(), 122);
}

// "Two ranges overlap when each starts on or before the other's last day."
#[test]
fn ranges_overlap_when_each_starts_on_or_before_the_others_last_day() {
    let a = range(d(2026, 1, 1), d(2026, 1, 10));
    let shares_last_day = range(d(2026, 1, 10), d(2026, 1, 20));
    let next_day = range(d(2026, 1, 11), d(2026, 1, 20));
    let inside = range(d(2026, 1, 3), d(2026, 1, 4));
    let before = range(d(2025, 12, 1), d(2025, 12, 31));
    let ends_on_first_day = range(d(2025, 12, 1), d(2026, 1, 1));

    // A shared last day overlaps, both ways round.
    assert!(a.overlaps(&shares_last_day));
    assert!(shares_last_day.overlaps(&a));
    // The next day does not.
    assert!(!a.overlaps(&next_day));
    assert!(!next_day.overlaps(&a));
    // Containment overlaps.
    assert!(a.overlaps(&inside) && inside.overlaps(&a));
    assert!(a.overlaps(&a));
    // Ending on the other's first day overlaps; ending the day before does not.
    assert!(a.overlaps(&ends_on_first_day) && ends_on_first_day.overlaps(&a));
    assert!(!a.overlaps(&before) && !before.overlaps(&a));
    // Single days overlap only when they are the same day.
    assert!(DateRange::single(d(2026, 1, 1)).overlaps(&DateRange::single(d(2026, 1, 1))));
    assert!(!DateRange::single(d(2026, 1, 1)).overlaps(&DateRange::single(d(2026, 1, 2))));
}

// "Two ranges are consecutive with no gap when the second starts the day after the first's last
// day."
#[test]
fn ranges_are_consecutive_without_gap_when_second_starts_the_day_after_the_firsts_last_day() {
    let a = range(d(2026, 1, 1), d(2026, 1, 10));
    assert!(a.is_followed_without_gap_by(&range(d(2026, 1, 11), d(2026, 1, 20))));
    // One free day between: a gap.
    assert!(!a.is_followed_without_gap_by(&range(d(2026, 1, 12), d(2026, 1, 20))));
    // Sharing the last day: an overlap, not a succession.
    assert!(!a.is_followed_without_gap_by(&range(d(2026, 1, 10), d(2026, 1, 20))));
    // Across a month end and a year end.
    let jan = range(d(2026, 1, 1), d(2026, 1, 31));
    assert!(jan.is_followed_without_gap_by(&range(d(2026, 2, 1), d(2026, 2, 28))));
    let feb_leap = range(d(2028, 2, 1), d(2028, 2, 29));
    assert!(feb_leap.is_followed_without_gap_by(&DateRange::single(d(2028, 3, 1))));
    let december = range(d(2026, 12, 1), d(2026, 12, 31));
    assert!(december.is_followed_without_gap_by(&DateRange::single(d(2027, 1, 1))));
}

// "The gap between ranges a and b (b later) is `b.first - a.last - 1` days."
#[test]
fn gap_between_ranges_is_b_first_minus_a_last_minus_one() {
    let a = range(d(2026, 1, 1), d(2026, 1, 10));
    assert_eq!(a.gap_days_to(&range(d(2026, 1, 11), d(2026, 1, 20))), 0);
    // 11 and 12 January lie between.
    assert_eq!(a.gap_days_to(&range(d(2026, 1, 13), d(2026, 1, 20))), 2);
    // Every day of February lies between 31 January and 1 March: 28 in 2026, 29 in 2028.
    let jan = range(d(2026, 1, 1), d(2026, 1, 31));
    assert_eq!(jan.gap_days_to(&DateRange::single(d(2026, 3, 1))), 28);
    let jan_leap = range(d(2028, 1, 1), d(2028, 1, 31));
    assert_eq!(jan_leap.gap_days_to(&DateRange::single(d(2028, 3, 1))), 29);
    // A semester ending 15 January and one starting 1 March: 16..31 Jan (16) + February (28).
    let autumn = range(d(2025, 9, 1), d(2026, 1, 15));
    let spring = range(d(2026, 3, 1), d(2026, 7, 10));
    assert_eq!(autumn.gap_days_to(&spring), 44);
}

// ---------------------------------------------------------------------------------------------
// Adding years and months.
// ---------------------------------------------------------------------------------------------

// "Date d plus N months (or years) keeps the day of the month;"
#[test]
fn date_plus_months_or_years_keeps_the_day_of_the_month() {
    assert_eq!(add_months(d(2026, 3, 15), 0), Some(d(2026, 3, 15)));
    assert_eq!(add_months(d(2026, 3, 15), 1), Some(d(2026, 4, 15)));
    assert_eq!(add_months(d(2026, 11, 30), 2), Some(d(2027, 1, 30)));
    assert_eq!(add_months(d(2026, 3, 15), 12), Some(d(2027, 3, 15)));
    assert_eq!(add_months(d(2026, 1, 31), 2), Some(d(2026, 3, 31)));
    assert_eq!(add_months(d(2028, 1, 29), 1), Some(d(2028, 2, 29)));
    assert_eq!(add_years(d(2026, 3, 15), 2), Some(d(2028, 3, 15)));
    assert_eq!(add_years(d(2024, 2, 29), 4), Some(d(2028, 2, 29)));
}

// "when that day does not exist in the target month, it is the first day of the next month."
#[test]
fn missing_day_of_the_target_month_becomes_the_first_of_the_next_month() {
    // January 31 plus one month: no 31 February, so 1 March (not 3 March, not 28 February).
    assert_eq!(add_months(d(2026, 1, 31), 1), Some(d(2026, 3, 1)));
    assert_eq!(add_months(d(2026, 1, 29), 1), Some(d(2026, 3, 1)));
    assert_eq!(add_months(d(2026, 1, 30), 1), Some(d(2026, 3, 1)));
    assert_eq!(add_months(d(2028, 1, 30), 1), Some(d(2028, 3, 1)));
    // 31 March plus one month: no 31 April, so 1 May.
    assert_eq!(add_months(d(2026, 3, 31), 1), Some(d(2026, 5, 1)));
    // 31 October plus one month: no 31 November, so 1 December.
    assert_eq!(add_months(d(2026, 10, 31), 1), Some(d(2026, 12, 1)));
    // 31 December plus two months: no 31 February 2027, so 1 March 2027.
    assert_eq!(add_months(d(2026, 12, 31), 2), Some(d(2027, 3, 1)));
    // 29 February plus a year is 1 March in a common year.
    assert_eq!(add_years(d(2028, 2, 29), 1), Some(d(2029, 3, 1)));
    // 2100 is not a leap year.
    assert_eq!(add_years(d(2096, 2, 29), 4), Some(d(2100, 3, 1)));
}

// "31 August plus 6 months is 1 March."
#[test]
fn august_31_plus_6_months_is_march_1() {
    assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 3, 1)));
    // Also when the following February has 29 days.
    assert_eq!(add_months(d(2027, 8, 31), 6), Some(d(2028, 3, 1)));
}

// "So a person born on 29 February becomes a year older on 1 March in common years"
#[test]
fn born_on_29_february_becomes_a_year_older_on_1_march_in_common_years() {
    let born = d(2008, 2, 29);
    // 2026 is a common year: the 18th birthday is 1 March 2026.
    assert_eq!(add_years(born, 18), Some(d(2026, 3, 1)));
    assert!(!has_reached_age(born, 18, d(2026, 2, 28)));
    assert!(has_reached_age(born, 18, d(2026, 3, 1)));
    assert_eq!(age_on(born, d(2026, 2, 28)), 17);
    assert_eq!(age_on(born, d(2026, 3, 1)), 18);
    // 2009 is common: the first birthday is 1 March 2009.
    assert_eq!(age_on(born, d(2009, 2, 28)), 0);
    assert_eq!(age_on(born, d(2009, 3, 1)), 1);
}

// (the same sentence, other side) ... and on 29 February in leap years. An 18th birthday can never
// fall in a leap year for someone born on 29 February (the birth year is ≡ 0 mod 4, the 18th
// birthday's year ≡ 2 mod 4), so this checks the 16th and 20th birthdays.
#[test]
fn born_on_29_february_becomes_a_year_older_on_29_february_in_leap_years() {
    let born = d(2008, 2, 29);
    assert_eq!(add_years(born, 16), Some(d(2024, 2, 29)));
    assert!(!has_reached_age(born, 16, d(2024, 2, 28)));
    assert!(has_reached_age(born, 16, d(2024, 2, 29)));
    assert_eq!(age_on(born, d(2024, 2, 28)), 15);
    assert_eq!(age_on(born, d(2024, 2, 29)), 16);
    assert_eq!(add_years(born, 20), Some(d(2028, 2, 29)));
    assert_eq!(age_on(born, d(2028, 2, 28)), 19);
    assert_eq!(age_on(born, d(2028, 2, 29)), 20);
    assert_eq!(age_on(born, d(2028, 3, 1)), 20);
}

// "Age on a date is the number of whole years since birth by this rule."
#[test]
fn age_on_a_date_is_whole_years_since_birth() {
    let born = d(2010, 5, 20);
    assert_eq!(age_on(born, born), 0);
    assert_eq!(age_on(born, d(2011, 5, 19)), 0);
    assert_eq!(age_on(born, d(2011, 5, 20)), 1);
    assert_eq!(age_on(born, d(2026, 5, 19)), 15);
    assert_eq!(age_on(born, d(2026, 5, 20)), 16);
    assert_eq!(age_on(born, d(2026, 12, 31)), 16);
    assert_eq!(age_on(born, d(2027, 1, 1)), 16);
    assert!(!has_reached_age(born, 16, d(2026, 5, 19)));
    assert!(has_reached_age(born, 16, d(2026, 5, 20)));
    // Born on 31 August: a birthday every year on 31 August (the day always exists).
    let late_summer = d(2009, 8, 31);
    assert_eq!(age_on(late_summer, d(2026, 8, 30)), 16);
    assert_eq!(age_on(late_summer, d(2026, 8, 31)), 17);
    // Born on 31 December, checked on 1 January: the year changed, no birthday yet.
    assert_eq!(age_on(d(2009, 12, 31), d(2010, 1, 1)), 0);
    assert_eq!(age_on(d(2009, 12, 31), d(2026, 1, 1)), 16);
}

// "Study year k of a student starts on the enrollment date plus k-1 years."
#[test]
fn study_year_k_starts_on_enrollment_plus_k_minus_1_years() {
    let enrolled = d(2025, 9, 1);
    assert_eq!(study_year_start(enrolled, 1), Some(d(2025, 9, 1)));
    assert_eq!(study_year_start(enrolled, 2), Some(d(2026, 9, 1)));
    assert_eq!(study_year_start(enrolled, 3), Some(d(2027, 9, 1)));
    assert_eq!(study_year_start(enrolled, 0), None);

    assert_eq!(study_year_on(enrolled, d(2025, 8, 31)), None);
    assert_eq!(study_year_on(enrolled, d(2025, 9, 1)), Some(1));
    assert_eq!(study_year_on(enrolled, d(2026, 8, 31)), Some(1));
    assert_eq!(study_year_on(enrolled, d(2026, 9, 1)), Some(2));
    assert_eq!(study_year_on(enrolled, d(2027, 8, 31)), Some(2));
    assert_eq!(study_year_on(enrolled, d(2027, 9, 1)), Some(3));

    // Enrolled on 29 February: study year 2 starts on 1 March of the common year after.
    let leap = d(2024, 2, 29);
    assert_eq!(study_year_start(leap, 2), Some(d(2025, 3, 1)));
    assert_eq!(study_year_on(leap, d(2025, 2, 28)), Some(1));
    assert_eq!(study_year_on(leap, d(2025, 3, 1)), Some(2));
    assert_eq!(study_year_start(leap, 5), Some(d(2028, 2, 29)));
    assert_eq!(study_year_on(leap, d(2028, 2, 29)), Some(5));
}

// "A range lasts more than N months when its last day is on or after its first day plus N months."
#[test]
fn range_lasts_more_than_n_months_when_last_day_is_on_or_after_first_plus_n_months() {
    // 1 March + 6 months = 1 September.
    let first = d(2026, 3, 1);
    assert!(!range(first, d(2026, 8, 31)).lasts_more_than_months(6));
    assert!(range(first, d(2026, 9, 1)).lasts_more_than_months(6));
    assert!(range(first, d(2026, 9, 2)).lasts_more_than_months(6));
    // 31 August + 6 months = 1 March.
    let first = d(2026, 8, 31);
    assert!(!range(first, d(2027, 2, 28)).lasts_more_than_months(6));
    assert!(range(first, d(2027, 3, 1)).lasts_more_than_months(6));
    // 31 January + 1 month = 1 March (2026), so all of February is not more than a month.
    let first = d(2026, 1, 31);
    assert!(!range(first, d(2026, 2, 28)).lasts_more_than_months(1));
    assert!(range(first, d(2026, 3, 1)).lasts_more_than_months(1));
    // 15 March + 12 months = 15 March next year.
    let first = d(2026, 3, 15);
    assert!(!range(first, d(2027, 3, 14)).lasts_more_than_months(12));
    assert!(range(first, d(2027, 3, 15)).lasts_more_than_months(12));
}

// ---------------------------------------------------------------------------------------------
// Time of day.
// ---------------------------------------------------------------------------------------------

// "Times are whole minutes (constructors refuse seconds)."
#[test]
fn times_are_whole_minutes_and_constructors_refuse_seconds() {
    assert_eq!(t(8, 0).minutes_since_midnight(), 480);
    assert_eq!(t(23, 59).minutes_since_midnight(), 1_439);
    assert_eq!("08:00".parse::<TimeOfDay>(), Ok(t(8, 0)));

    assert_eq!(
        "08:00:30".parse::<TimeOfDay>(),
        Err(Error::InvalidTimeOfDay {
            value: "08:00:30".into()
        })
    );
    // Even zero seconds written out is not the HH:MM form.
    assert!("08:00:00".parse::<TimeOfDay>().is_err());

    let with_seconds = NaiveTime::from_hms_opt(8, 0, 30).unwrap();
    assert!(matches!(
        TimeOfDay::try_from(with_seconds),
        Err(Error::InvalidTimeOfDay { value }) if value.contains("08:00:30")
    ));
    let with_fraction = NaiveTime::from_hms_milli_opt(8, 0, 0, 500).unwrap();
    assert!(matches!(
        TimeOfDay::try_from(with_fraction),
        Err(Error::InvalidTimeOfDay { .. })
    ));
    let whole = NaiveTime::from_hms_opt(8, 0, 0).unwrap();
    assert_eq!(TimeOfDay::try_from(whole), Ok(t(8, 0)));

    assert!(matches!(
        TimeOfDay::new(24, 0),
        Err(Error::InvalidTimeOfDay { .. })
    ));
    assert!(matches!(
        TimeOfDay::new(8, 60),
        Err(Error::InvalidTimeOfDay { .. })
    ));
    assert!(TimeOfDay::from_minutes(MINUTES_PER_DAY).is_err());
}

// "A shift or class session is a weekday, a start and an end: it occupies the half-open interval
// [start, end) on a weekly cycle of 10,080 minutes from Monday 00:00."
#[test]
fn span_occupies_half_open_interval_on_weekly_cycle_from_monday_midnight() {
    assert_eq!(MINUTES_PER_WEEK, 10_080);
    let mon = shift(Weekday::Mon, (8, 0), (16, 0), 0).span();
    assert_eq!(mon.weekday(), Weekday::Mon);
    assert_eq!(mon.week_interval(), (480, 960));
    assert_eq!(mon.minutes(), 480);
    // Tuesday 00:00 is minute 1,440; Sunday 08:00 is 6 * 1,440 + 480.
    let tue = shift(Weekday::Tue, (0, 0), (1, 0), 0).span();
    assert_eq!(tue.week_interval(), (1_440, 1_500));
    let sun = shift(Weekday::Sun, (8, 0), (16, 0), 0).span();
    assert_eq!(sun.week_interval(), (9_120, 9_600));

    // Half-open: the end minute is not in the span, the start minute is.
    let after = WeeklySpan::new("class session", Weekday::Mon, t(16, 0), t(20, 0)).unwrap();
    let last_minute = WeeklySpan::new("class session", Weekday::Mon, t(15, 59), t(20, 0)).unwrap();
    let first_minute = WeeklySpan::new("class session", Weekday::Mon, t(7, 0), t(8, 1)).unwrap();
    let before = WeeklySpan::new("class session", Weekday::Mon, t(7, 0), t(8, 0)).unwrap();
    assert!(!mon.overlaps(&after) && !after.overlaps(&mon));
    assert!(mon.overlaps(&last_minute) && last_minute.overlaps(&mon));
    assert!(mon.overlaps(&first_minute) && first_minute.overlaps(&mon));
    assert!(!mon.overlaps(&before) && !before.overlaps(&mon));
    // The same times on another weekday do not meet.
    let tue_same = shift(Weekday::Tue, (8, 0), (16, 0), 0).span();
    assert!(!mon.overlaps(&tue_same));
}

// "An end before the start runs past midnight into the next day"
#[test]
fn end_before_start_runs_past_midnight_into_the_next_day() {
    let night = shift(Weekday::Mon, (22, 0), (6, 0), 0);
    assert_eq!(night.span().minutes(), 480);
    // Monday 22:00 = 1,320; Tuesday 06:00 = 1,440 + 360 = 1,800.
    assert_eq!(night.span().week_interval(), (1_320, 1_800));
    let tue_05 = shift(Weekday::Tue, (5, 0), (7, 0), 0);
    let tue_06 = shift(Weekday::Tue, (6, 0), (7, 0), 0);
    assert!(night.span().overlaps(&tue_05.span()));
    assert!(!night.span().overlaps(&tue_06.span()));
    // Ending at 00:00 is the end of the start day.
    let to_midnight = shift(Weekday::Mon, (16, 0), (0, 0), 0);
    assert_eq!(to_midnight.span().minutes(), 480);
    assert_eq!(to_midnight.span().week_interval(), (960, 1_440));
    // One minute before midnight to one minute after.
    let short = shift(Weekday::Wed, (23, 59), (0, 1), 0);
    assert_eq!(short.span().minutes(), 2);
}

// "(past Sunday 24:00 it wraps onto Monday)."
#[test]
fn past_sunday_midnight_wraps_onto_monday() {
    let sunday_night = shift(Weekday::Sun, (22, 0), (6, 0), 0);
    // Sunday 22:00 = 6 * 1,440 + 1,320 = 9,960; eight hours later is 10,440 = Monday 06:00
    // of the next cycle.
    assert_eq!(sunday_night.span().week_interval(), (9_960, 10_440));
    assert_eq!(
        sunday_night.occupied_weekdays(),
        days(&[Weekday::Sun, Weekday::Mon])
    );

    let mon_05 = shift(Weekday::Mon, (5, 0), (13, 0), 0);
    let mon_06 = shift(Weekday::Mon, (6, 0), (14, 0), 0);
    assert!(sunday_night.span().overlaps(&mon_05.span()));
    assert!(mon_05.span().overlaps(&sunday_night.span()));
    assert!(!sunday_night.span().overlaps(&mon_06.span()));
    assert!(!mon_06.span().overlaps(&sunday_night.span()));

    // In one schedule, in either order: Monday 05:00 is refused, Monday 06:00 accepted.
    assert!(matches!(
        WeeklySchedule::new(vec![sunday_night, mon_05]),
        Err(Error::OverlappingShifts { .. })
    ));
    assert!(matches!(
        WeeklySchedule::new(vec![mon_05, sunday_night]),
        Err(Error::OverlappingShifts { .. })
    ));
    let ok = WeeklySchedule::new(vec![sunday_night, mon_06]).unwrap();
    assert_eq!(ok.shifts(), &[sunday_night, mon_06]);
    assert!(WeeklySchedule::new(vec![mon_06, sunday_night]).is_ok());
    // With shifts in between, too.
    let wed = shift(Weekday::Wed, (8, 0), (16, 0), 0);
    assert!(matches!(
        WeeklySchedule::new(vec![mon_05, wed, sunday_night]),
        Err(Error::OverlappingShifts { .. })
    ));
    assert!(WeeklySchedule::new(vec![mon_06, wed, sunday_night]).is_ok());
}

// "Constructors refuse an end equal to the start,"
#[test]
fn constructors_refuse_an_end_equal_to_the_start() {
    assert_eq!(
        Shift::new(Weekday::Mon, t(8, 0), t(8, 0), 0),
        Err(Error::EmptySpan {
            what: "shift",
            weekday: Weekday::Mon,
            at: "08:00".into()
        })
    );
    assert_eq!(
        WeeklySpan::new("class session", Weekday::Fri, t(19, 30), t(19, 30)),
        Err(Error::EmptySpan {
            what: "class session",
            weekday: Weekday::Fri,
            at: "19:30".into()
        })
    );
    assert_eq!(
        DailyWindow::new(t(22, 0), t(22, 0)),
        Err(Error::EmptyWindow { at: "22:00".into() })
    );
    // Midnight to midnight is no 24-hour shift either.
    assert!(matches!(
        Shift::new(Weekday::Sun, TimeOfDay::MIDNIGHT, TimeOfDay::MIDNIGHT, 0),
        Err(Error::EmptySpan { .. })
    ));
}

// "... an unpaid break as long as the span or longer,"
#[test]
fn constructors_refuse_an_unpaid_break_as_long_as_the_span_or_longer() {
    // 08:00–09:00 is 60 minutes.
    assert_eq!(
        Shift::new(Weekday::Mon, t(8, 0), t(9, 0), 60),
        Err(Error::BreakTooLong {
            break_minutes: 60,
            span_minutes: 60
        })
    );
    assert_eq!(
        Shift::new(Weekday::Mon, t(8, 0), t(9, 0), 61),
        Err(Error::BreakTooLong {
            break_minutes: 61,
            span_minutes: 60
        })
    );
    let just_shorter = Shift::new(Weekday::Mon, t(8, 0), t(9, 0), 59).unwrap();
    assert_eq!(just_shorter.working_minutes(), 1);
    // Overnight: 22:00–06:00 is 480 minutes.
    assert_eq!(
        Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 480),
        Err(Error::BreakTooLong {
            break_minutes: 480,
            span_minutes: 480
        })
    );
    assert!(Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 479).is_ok());
}

// "... and two shifts of one schedule that overlap."
#[test]
fn constructors_refuse_two_overlapping_shifts_of_one_schedule() {
    let early = shift(Weekday::Mon, (8, 0), (16, 0), 0);
    let late = shift(Weekday::Mon, (12, 0), (20, 0), 0);
    assert_eq!(
        WeeklySchedule::new(vec![early, late]),
        Err(Error::OverlappingShifts {
            first: 0,
            second: 1
        })
    );
    // The indices are positions as given; the earlier shift (by start) is named first.
    assert_eq!(
        WeeklySchedule::new(vec![late, early]),
        Err(Error::OverlappingShifts {
            first: 1,
            second: 0
        })
    );
    // The same shift twice.
    assert!(matches!(
        WeeklySchedule::new(vec![early, early]),
        Err(Error::OverlappingShifts { .. })
    ));
    // A long shift that overlaps one past its neighbour.
    let long = shift(Weekday::Tue, (6, 0), (20, 0), 60);
    let inside = shift(Weekday::Tue, (9, 0), (10, 0), 0);
    let tail = shift(Weekday::Tue, (19, 0), (21, 0), 0);
    assert!(matches!(
        WeeklySchedule::new(vec![tail, long]),
        Err(Error::OverlappingShifts { .. })
    ));
    assert!(matches!(
        WeeklySchedule::new(vec![long, inside, tail]),
        Err(Error::OverlappingShifts { .. })
    ));
    // A night shift running into the next day's early shift.
    let night = shift(Weekday::Mon, (22, 0), (6, 0), 0);
    let tue_05 = shift(Weekday::Tue, (5, 0), (13, 0), 0);
    assert!(matches!(
        WeeklySchedule::new(vec![night, tue_05]),
        Err(Error::OverlappingShifts { .. })
    ));

    // Shifts that only touch are accepted.
    let afternoon = shift(Weekday::Mon, (16, 0), (22, 0), 0);
    let tue_06 = shift(Weekday::Tue, (6, 0), (14, 0), 0);
    let touching = WeeklySchedule::new(vec![early, afternoon, night, tue_06]).unwrap();
    assert_eq!(touching.shifts().len(), 4);
    // An empty schedule and a single shift are fine.
    assert!(WeeklySchedule::new(vec![]).unwrap().is_empty());
    assert!(WeeklySchedule::new(vec![early]).is_ok());
}

// "Working time is the span less the unpaid break;"
#[test]
fn working_time_is_the_span_less_the_unpaid_break() {
    assert_eq!(
        shift(Weekday::Mon, (8, 0), (17, 0), 60).working_minutes(),
        480
    );
    assert_eq!(
        shift(Weekday::Mon, (8, 0), (17, 0), 0).working_minutes(),
        540
    );
    assert_eq!(
        shift(Weekday::Sun, (22, 0), (6, 0), 30).working_minutes(),
        450
    );
    assert_eq!(
        shift(Weekday::Fri, (9, 15), (12, 45), 15).working_minutes(),
        195
    );
    let week = WeeklySchedule::new(vec![
        shift(Weekday::Mon, (8, 0), (17, 0), 60),
        shift(Weekday::Tue, (8, 0), (17, 0), 60),
        shift(Weekday::Sun, (22, 0), (6, 0), 30),
    ])
    .unwrap();
    assert_eq!(week.weekly_working_minutes(), 480 + 480 + 450);
}

// "for daily limits a shift's working time counts towards the day it starts."
#[test]
fn daily_working_time_counts_towards_the_day_the_shift_starts() {
    let week = WeeklySchedule::new(vec![shift(Weekday::Mon, (20, 0), (4, 0), 0)]).unwrap();
    // 480 minutes, all on Monday (4 h of them fall on Tuesday's calendar day).
    assert_eq!(week.working_minutes_by_day(), [480, 0, 0, 0, 0, 0, 0]);

    let wrap = WeeklySchedule::new(vec![
        shift(Weekday::Sun, (22, 0), (6, 0), 30),
        shift(Weekday::Mon, (14, 0), (22, 0), 0),
    ])
    .unwrap();
    // Sunday's night counts 450 to Sunday; Monday has only its own 480.
    assert_eq!(wrap.working_minutes_by_day(), [480, 0, 0, 0, 0, 0, 450]);
}

// (the same sentence, through the rules) Monday 20:00–04:00 and Tuesday 08:00–16:00 are 8 h each
// by start day: no day exceeds the cn limit of 8 h, though Tuesday's calendar day holds 12 h.
#[test]
fn daily_limit_counts_a_night_shift_towards_its_start_day() {
    let report = check_schedule(
        vec![
            shift(Weekday::Mon, (20, 0), (4, 0), 0),
            shift(Weekday::Tue, (8, 0), (16, 0), 0),
        ],
        adult(),
        &Policy::cn(),
    );
    assert_eq!(report.with_code(RuleCode::WorktimeDailyHours).count(), 0);

    // Tuesday 08:00–16:01 is one minute over, and only Tuesday fires.
    let report = check_schedule(
        vec![
            shift(Weekday::Mon, (20, 0), (4, 0), 0),
            shift(Weekday::Tue, (8, 0), (16, 1), 0),
        ],
        adult(),
        &Policy::cn(),
    );
    let daily: Vec<_> = report.with_code(RuleCode::WorktimeDailyHours).collect();
    assert_eq!(daily.len(), 1);
    assert_eq!(daily[0].figure("day"), Some("Tue"));
    assert_eq!(daily[0].figure("actual"), Some("8 h 1 min"));
}

// "A daily window [ws, we) such as 22:00–06:00 recurs every day and wraps midnight when we < ws;"
#[test]
fn daily_window_recurs_every_day_and_wraps_midnight() {
    let night = window((22, 0), (6, 0));
    assert_eq!(night.start(), t(22, 0));
    assert_eq!(night.end(), t(6, 0));
    // Late evening and the early morning after it, on every day but Monday morning (see the
    // Monday test below).
    for day in WEEK {
        assert!(
            shift(day, (23, 0), (23, 30), 0).overlaps_window(&night),
            "{day} 23:00"
        );
        assert!(
            !shift(day, (12, 0), (13, 0), 0).overlaps_window(&night),
            "{day} noon"
        );
        assert!(
            !shift(day, (6, 0), (22, 0), 0).overlaps_window(&night),
            "{day} 06:00–22:00"
        );
    }
    for day in [
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ] {
        assert!(
            shift(day, (2, 0), (4, 0), 0).overlaps_window(&night),
            "{day} 02:00"
        );
    }
    // A window that does not wrap: 08:00–12:00.
    let morning = window((8, 0), (12, 0));
    assert!(shift(Weekday::Mon, (11, 0), (13, 0), 0).overlaps_window(&morning));
    assert!(!shift(Weekday::Mon, (12, 0), (13, 0), 0).overlaps_window(&morning));
    assert!(!shift(Weekday::Mon, (6, 0), (8, 0), 0).overlaps_window(&morning));
    // A night shift reaches the next day's non-wrapping window.
    assert!(shift(Weekday::Sun, (23, 0), (8, 30), 0).overlaps_window(&morning));
    assert!(!shift(Weekday::Sun, (23, 0), (8, 0), 0).overlaps_window(&morning));
}

// (the same sentence) The window recurs every day, so Sunday night's 22:00–06:00 covers Monday
// 00:00–06:00: a Monday 02:00–04:00 shift lies inside it.
#[test]
fn daily_window_of_sunday_night_covers_monday_early_morning() {
    let night = window((22, 0), (6, 0));
    assert!(shift(Weekday::Mon, (2, 0), (4, 0), 0).overlaps_window(&night));
    assert!(shift(Weekday::Mon, (0, 0), (6, 0), 0).overlaps_window(&night));
    assert!(shift(Weekday::Mon, (5, 59), (14, 0), 0).overlaps_window(&night));
    assert!(!shift(Weekday::Mon, (6, 0), (14, 0), 0).overlaps_window(&night));
    let wide = window((20, 0), (6, 0));
    assert!(shift(Weekday::Mon, (5, 0), (9, 0), 0).overlaps_window(&wide));
}

// (the same bug, through the rules) A minor's Monday 02:00–05:00 shift overlaps a 20:00–06:00
// minor night window just as a Tuesday one does.
#[test]
fn minor_night_window_covers_monday_early_morning() {
    let mut policy = Policy::cn();
    policy.minor_night_window = Some(window((20, 0), (6, 0)));
    let minor = d(2010, 5, 20); // 15 on 2 March 2026
    let tue = check_schedule(vec![shift(Weekday::Tue, (2, 0), (5, 0), 0)], minor, &policy);
    assert_eq!(tue.with_code(RuleCode::WorktimeMinorNightWork).count(), 1);
    let mon = check_schedule(vec![shift(Weekday::Mon, (2, 0), (5, 0), 0)], minor, &policy);
    assert_eq!(mon.with_code(RuleCode::WorktimeMinorNightWork).count(), 1);
}

// "constructors refuse ws = we (no window is an absent window)."
#[test]
fn daily_window_constructor_refuses_start_equal_to_end() {
    assert_eq!(
        DailyWindow::new(t(6, 0), t(6, 0)),
        Err(Error::EmptyWindow { at: "06:00".into() })
    );
    assert!(matches!(
        DailyWindow::new(TimeOfDay::MIDNIGHT, TimeOfDay::MIDNIGHT),
        Err(Error::EmptyWindow { .. })
    ));
    // An absent window is `None` in the policy.
    assert_eq!(Policy::cn().minor_night_window, None);
    assert_eq!(
        Policy::cn().placement_night_window,
        Some(window((22, 0), (6, 0)))
    );
}

// "Two intervals overlap when each starts before the other ends: touching is not overlapping, so
// a shift ending at 22:00 does not overlap 22:00–06:00, one starting at 06:00 does not, and
// 05:59–14:00 does."
#[test]
fn touching_is_not_overlapping() {
    let night = window((22, 0), (6, 0));
    for day in WEEK {
        assert!(
            !shift(day, (14, 0), (22, 0), 0).overlaps_window(&night),
            "{day} 14:00–22:00"
        );
        assert!(
            shift(day, (14, 0), (22, 1), 0).overlaps_window(&night),
            "{day} 14:00–22:01"
        );
        assert!(
            !shift(day, (6, 0), (14, 0), 0).overlaps_window(&night),
            "{day} 06:00–14:00"
        );
    }
    // Monday 05:59 is covered by the Monday test above.
    for day in [
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ] {
        assert!(
            shift(day, (5, 59), (14, 0), 0).overlaps_window(&night),
            "{day} 05:59–14:00"
        );
    }
    // Between two spans: each starts before the other ends.
    let a = shift(Weekday::Wed, (14, 0), (22, 0), 0).span();
    let b = shift(Weekday::Wed, (22, 0), (6, 0), 0).span();
    let c = shift(Weekday::Wed, (21, 59), (23, 0), 0).span();
    assert!(!a.overlaps(&b) && !b.overlaps(&a));
    assert!(a.overlaps(&c) && c.overlaps(&a));
}

// "Overlap uses the whole span of a shift, break included, since a break has no position."
#[test]
fn overlap_uses_the_whole_span_break_included() {
    let night = window((22, 0), (6, 0));
    // 21:00–23:00 with a 90-minute break works 30 minutes, but its span still reaches 22:00.
    let evening = shift(Weekday::Wed, (21, 0), (23, 0), 90);
    assert_eq!(evening.working_minutes(), 30);
    assert!(evening.overlaps_window(&night));
    // Two shifts of a schedule: a break does not make room.
    let morning = shift(Weekday::Thu, (8, 0), (12, 0), 60);
    let noon = shift(Weekday::Thu, (11, 30), (14, 0), 0);
    assert!(matches!(
        WeeklySchedule::new(vec![morning, noon]),
        Err(Error::OverlappingShifts { .. })
    ));
}

// "A shift occupies every calendar day on which it has a minute (a Sunday 22:00–Monday 06:00
// shift occupies Sunday and Monday);"
#[test]
fn shift_occupies_every_calendar_day_on_which_it_has_a_minute() {
    assert_eq!(
        shift(Weekday::Sun, (22, 0), (6, 0), 0).occupied_weekdays(),
        days(&[Weekday::Sun, Weekday::Mon])
    );
    assert_eq!(
        shift(Weekday::Mon, (8, 0), (16, 0), 0).occupied_weekdays(),
        days(&[Weekday::Mon])
    );
    // Ending at 00:00: the span is [16:00, 24:00), no minute on Tuesday.
    let to_midnight = shift(Weekday::Mon, (16, 0), (0, 0), 0);
    assert_eq!(to_midnight.occupied_weekdays(), days(&[Weekday::Mon]));
    assert_eq!(to_midnight.occupied_weekdays().len(), 1);
    // One minute past midnight is a minute on Tuesday.
    assert_eq!(
        shift(Weekday::Mon, (16, 0), (0, 1), 0).occupied_weekdays(),
        days(&[Weekday::Mon, Weekday::Tue])
    );
    // Starting at 00:00 occupies only that day.
    assert_eq!(
        shift(Weekday::Sat, (0, 0), (8, 0), 0).occupied_weekdays(),
        days(&[Weekday::Sat])
    );
    let week = WeeklySchedule::new(vec![
        shift(Weekday::Mon, (8, 0), (16, 0), 0),
        shift(Weekday::Wed, (22, 0), (6, 0), 0),
        shift(Weekday::Sun, (22, 0), (6, 0), 0),
    ])
    .unwrap();
    assert_eq!(
        week.occupied_weekdays(),
        days(&[Weekday::Mon, Weekday::Wed, Weekday::Thu, Weekday::Sun])
    );
}

// "that is what holidays, rest days and days off are compared with."
// Monday to Friday day shifts and a Saturday shift: ending at Saturday 24:00 leaves Sunday free;
// running to Sunday 00:30 occupies Sunday and leaves no rest day (cn asks for one).
#[test]
fn rest_days_are_weekdays_occupied_by_no_shift() {
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    let mut shifts: Vec<Shift> = weekdays
        .iter()
        .map(|&day| shift(day, (9, 0), (13, 0), 0))
        .collect();
    shifts.push(shift(Weekday::Sat, (20, 0), (0, 0), 0));
    let report = check_schedule(shifts.clone(), adult(), &Policy::cn());
    assert_eq!(report.with_code(RuleCode::WorktimeRestDays).count(), 0);

    shifts.pop();
    shifts.push(shift(Weekday::Sat, (20, 0), (0, 30), 0));
    let report = check_schedule(shifts, adult(), &Policy::cn());
    let rest: Vec<_> = report.with_code(RuleCode::WorktimeRestDays).collect();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].figure("actual"), Some("0 day(s)"));
    assert_eq!(rest[0].path().to_string(), "placements[0].schedule");
}

// ---------------------------------------------------------------------------------------------
// Comparisons.
// ---------------------------------------------------------------------------------------------

// "'At least' passes at equality;"
#[test]
fn at_least_passes_at_equality() {
    let eighty = Share::percent(80).unwrap();
    assert!(eighty.is_reached_by(80, 100));
    assert!(eighty.is_reached_by(8, 10));
    assert!(!eighty.is_reached_by(79, 100));
    assert!(eighty.is_reached_by(81, 100));
    // Age "at least 16" on the 16th birthday.
    assert!(has_reached_age(d(2010, 5, 20), 16, d(2026, 5, 20)));
    assert!(!has_reached_age(d(2010, 5, 20), 16, d(2026, 5, 19)));
}

// "'exceeds' or 'more than' fires only above;"
#[test]
fn exceeds_fires_only_above() {
    let ten = Share::percent(10).unwrap();
    // Equality is within the share; one above exceeds it.
    assert!(ten.admits(10, 100));
    assert!(!ten.admits(11, 100));
    assert!(ten.admits(1, 10));
    assert!(!ten.admits(2, 19)); // 10.5 %

    // Through the rules: 8 h on a day is the cn limit, not above it.
    let at_limit = check_schedule(
        vec![shift(Weekday::Mon, (8, 0), (17, 0), 60)],
        adult(),
        &Policy::cn(),
    );
    assert_eq!(at_limit.with_code(RuleCode::WorktimeDailyHours).count(), 0);
    let above = check_schedule(
        vec![shift(Weekday::Mon, (8, 0), (17, 1), 60)],
        adult(),
        &Policy::cn(),
    );
    let daily: Vec<_> = above.with_code(RuleCode::WorktimeDailyHours).collect();
    assert_eq!(daily.len(), 1);
    assert_eq!(daily[0].figure("limit"), Some("8 h"));
    assert_eq!(daily[0].figure("actual"), Some("8 h 1 min"));

    // Five days of 8 h are 40 h: the cn weekly limit, not above it.
    let five = |friday_end: (u32, u32)| {
        vec![
            shift(Weekday::Mon, (8, 0), (16, 0), 0),
            shift(Weekday::Tue, (8, 0), (16, 0), 0),
            shift(Weekday::Wed, (8, 0), (16, 0), 0),
            shift(Weekday::Thu, (8, 0), (16, 0), 0),
            shift(Weekday::Fri, (8, 0), friday_end, 0),
        ]
    };
    let week = check_schedule(five((16, 0)), adult(), &Policy::cn());
    assert_eq!(week.with_code(RuleCode::WorktimeWeeklyHours).count(), 0);
    let week = check_schedule(five((15, 59)), adult(), &Policy::cn());
    assert_eq!(week.with_code(RuleCode::WorktimeWeeklyHours).count(), 0);
    // Friday 08:00–16:01 is one minute over 40 h (and one over 8 h that day).
    let week = check_schedule(five((16, 1)), adult(), &Policy::cn());
    let weekly: Vec<_> = week.with_code(RuleCode::WorktimeWeeklyHours).collect();
    assert_eq!(weekly.len(), 1);
    assert_eq!(weekly[0].figure("actual"), Some("40 h 1 min"));

    // "More than N months": see range_lasts_more_than_n_months_when_last_day_is_on_or_after_first_plus_n_months.
}

// "ranges of a parameter (`semester_days` 90–200) include both ends."
#[test]
fn parameter_ranges_include_both_ends() {
    let semester = Policy::cn().semester_days;
    assert_eq!((semester.min(), semester.max()), (90, 200));
    assert!(!semester.contains(89));
    assert!(semester.contains(90));
    assert!(semester.contains(200));
    assert!(!semester.contains(201));
    let one = DayRange::new(7, 7).unwrap();
    assert!(one.contains(7) && !one.contains(6) && !one.contains(8));
    // A semester of 1 March to 28 May 2026 is 31 + 30 + 28 = 89 days; to 29 May, 90.
    assert!(!semester.contains(range(d(2026, 3, 1), d(2026, 5, 28)).len_days()));
    assert!(semester.contains(range(d(2026, 3, 1), d(2026, 5, 29)).len_days()));
}

// "Shares are kept in per mille (10 % = 100 ‰)"
#[test]
fn shares_are_kept_in_per_mille() {
    assert_eq!(Share::percent(10).unwrap().per_mille(), 100);
    assert_eq!(Share::percent(100).unwrap(), Share::FULL);
    assert_eq!(Share::percent(0).unwrap(), Share::ZERO);
    assert_eq!("12.5%".parse::<Share>().unwrap().per_mille(), 125);
    assert_eq!(Share::from_per_mille(125).unwrap().to_string(), "12.5%");
    assert_eq!(Share::from_per_mille(1000).unwrap(), Share::FULL);
    // Above 100 % is refused.
    assert_eq!(
        Share::percent(101),
        Err(Error::ShareAbove100 { per_mille: 1010 })
    );
    assert_eq!(
        Share::from_per_mille(1001),
        Err(Error::ShareAbove100 { per_mille: 1001 })
    );
}

// "and compared by cross-multiplying integers (`interns * 1000 <= 100 * workforce`): no floating
// point anywhere a limit is compared."
#[test]
fn shares_compare_by_cross_multiplying_integers() {
    // 10 %: 40 interns of a workforce of 400 is 40,000 <= 40,000; 41 is 41,000 > 40,000.
    let ten = Share::percent(10).unwrap();
    assert!(ten.admits(40, 400));
    assert!(!ten.admits(41, 400));
    // 7 % of 100 is exactly 7; in floating point 0.07 * 100 = 7.000000000000001, which 7 would not
    // reach.
    let seven = Share::percent(7).unwrap();
    assert!(seven.is_reached_by(7, 100));
    assert!(seven.admits(7, 100));
    // 57 % of 100 is exactly 57; in floating point 0.57 * 100 = 56.99999999999999, which 57 would
    // exceed.
    let fifty_seven = Share::percent(57).unwrap();
    assert!(fifty_seven.admits(57, 100));
    assert!(fifty_seven.is_reached_by(57, 100));
    // 12.5 % of 8 is exactly 1.
    let eighth = "12.5%".parse::<Share>().unwrap();
    assert!(eighth.admits(1, 8) && eighth.is_reached_by(1, 8));
    assert!(!eighth.admits(2, 15)); // 13.3 %
                                    // 0.1 % of 1,000 is 1.
    let tenth = Share::from_per_mille(1).unwrap();
    assert!(tenth.admits(1, 1000) && !tenth.admits(2, 1000));
    // No overflow at the top of u64.
    assert!(Share::FULL.admits(u64::MAX, u64::MAX));
    assert!(Share::FULL.is_reached_by(u64::MAX, u64::MAX));
    assert!(!Share::FULL.admits(u64::MAX, u64::MAX - 1));
    assert!(!ten.admits(u64::MAX / 10 + 1, u64::MAX));
}

// "A share whose denominator is zero is not evaluated, except where a rule says otherwise."
// The rules skip before comparing; the value methods stay total: the cross-multiplication with a
// zero whole compares the part with zero (0 of 0 is within and reaches any share, anything more is
// not within), and nothing panics.
#[test]
fn share_with_zero_denominator_does_not_panic_and_degenerates_to_comparing_with_zero() {
    let ten = Share::percent(10).unwrap();
    assert!(ten.admits(0, 0));
    assert!(!ten.admits(1, 0));
    assert!(ten.is_reached_by(0, 0));
    assert!(ten.is_reached_by(1, 0));
    assert!(Share::ZERO.admits(0, 0));
    assert!(Share::FULL.is_reached_by(0, 0));
}

// "Money is integer minor units with a currency;"
#[test]
fn money_is_integer_minor_units_with_a_currency() {
    let pay = Money::new(3_500_00, Currency::CNY);
    assert_eq!(pay.minor_units(), 350_000);
    assert_eq!(pay.currency(), Currency::CNY);
    assert_eq!(pay.to_string(), "3500.00 CNY");
    assert_eq!(Money::new(5, Currency::EUR).to_string(), "0.05 EUR");
    assert!(Money::zero(Currency::GBP).is_zero());
    // 80 % of 2,800.01 rounded up to a whole fen: 224,000.8 -> 224,001.
    assert_eq!(
        Share::percent(80).unwrap().of_amount_rounded_up(2_800_01),
        2_240_01
    );
}

// "amounts in two currencies are never compared."
#[test]
fn money_in_two_currencies_is_never_compared() {
    let cny = Money::new(100, Currency::CNY);
    let eur = Money::new(100, Currency::EUR);
    assert_eq!(cny.compare(&eur), None);
    assert_eq!(eur.compare(&cny), None);
    assert_eq!(
        Money::zero(Currency::CNY).compare(&Money::zero(Currency::GBP)),
        None
    );
    assert_ne!(cny, eur);
    // One currency compares by minor units.
    assert_eq!(
        cny.compare(&Money::new(100, Currency::CNY)),
        Some(Ordering::Equal)
    );
    assert_eq!(
        cny.compare(&Money::new(99, Currency::CNY)),
        Some(Ordering::Greater)
    );
    assert_eq!(
        cny.compare(&Money::new(101, Currency::CNY)),
        Some(Ordering::Less)
    );
}

/// The crate's "Units" rule, as the policy's JSON shows it: every number the policy holds names
/// its unit (minutes, hours, days, months, years) in its key or its parent's key, or is one of the
/// unitless numbers listed here, so that no limit can be read in the wrong unit.
#[test]
fn every_number_in_the_policy_names_its_unit() {
    fn numbers(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    numbers(v, &format!("{path}.{key}"), out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| numbers(v, path, out)),
            serde_json::Value::Number(_) => out.push(path.to_owned()),
            _ => {}
        }
    }
    let units = ["minutes", "hours", "days", "months", "years"];
    // Ages (whole years, as the law states them), a study year (an ordinal), a calendar year,
    // money (minor units) and counts of students: numbers with no unit of time in their name.
    let unitless = [
        "_age",
        "start_year",
        "minor_units",
        "min_study_year_for_placement",
        "order_quota_tolerance",
        "rotation_group_size_tolerance",
    ];
    for policy in [Policy::cn(), Policy::de()] {
        let mut keys = Vec::new();
        numbers(&serde_json::to_value(&policy).unwrap(), "", &mut keys);
        keys.sort();
        keys.dedup();
        let unnamed: Vec<&String> = keys
            .iter()
            .filter(|k| !units.iter().any(|u| k.contains(u)))
            .filter(|k| !unitless.iter().any(|u| k.ends_with(u)))
            .collect();
        assert!(
            unnamed.is_empty(),
            "policy numbers without a unit in their name: {unnamed:?}"
        );
    }
}
