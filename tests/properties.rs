//! Laws of the value types, checked with proptest against brute-force definitions taken from the
//! catalogue's conventions: the fast implementations agree with minute-by-minute and day-by-day
//! readings, serde round-trips are the identity, and no input makes a constructor or parser panic.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use school_enterprise::*;

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990-01-01 plus up to ~60 years.
    (0u64..22_000).prop_map(|n| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(n))
}

fn small_range() -> impl Strategy<Value = DateRange> {
    (0u64..40, 0u64..20).prop_map(|(start, len)| {
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(start);
        DateRange::new(first, first + Days::new(len)).unwrap()
    })
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0u8..7).prop_map(|n| Weekday::try_from(n).unwrap())
}

fn time() -> impl Strategy<Value = TimeOfDay> {
    (0u32..1440).prop_map(|m| TimeOfDay::from_minutes(m).unwrap())
}

fn shift() -> impl Strategy<Value = Shift> {
    (weekday(), time(), time(), 0u32..600).prop_filter_map("a valid shift", |(day, s, e, b)| {
        Shift::new(day, s, e, b).ok()
    })
}

/// The minutes of the weekly cycle (0..10,080) a shift occupies, read minute by minute.
fn week_minutes(shift: &Shift) -> Vec<u32> {
    let start =
        shift.weekday().num_days_from_monday() * 1440 + shift.start().minutes_since_midnight();
    let mut end =
        shift.weekday().num_days_from_monday() * 1440 + shift.end().minutes_since_midnight();
    if end <= start {
        end += 1440;
    }
    (start..end).map(|m| m % MINUTES_PER_WEEK).collect()
}

proptest! {
    #[test]
    fn date_range_refuses_exactly_reversed_days(a in date(), b in date()) {
        let range = DateRange::new(a, b);
        prop_assert_eq!(range.is_ok(), a <= b);
        if let Ok(r) = range {
            prop_assert_eq!(r.len_days(), (b - a).num_days() + 1);
            prop_assert_eq!(r.days().count() as i64, r.len_days());
        }
    }

    #[test]
    fn overlap_and_gap_agree_with_the_days_they_share(r in small_range(), s in small_range()) {
        let shared = r.days().any(|day| s.contains(day));
        prop_assert_eq!(r.overlaps(&s), shared);
        prop_assert_eq!(s.overlaps(&r), shared);
        if r.last() < s.first() {
            let between = (r.last().succ_opt().unwrap().iter_days())
                .take_while(|day| *day < s.first())
                .count() as i64;
            prop_assert_eq!(r.gap_days_to(&s), between);
            prop_assert_eq!(r.is_followed_without_gap_by(&s), between == 0);
        }
        prop_assert_eq!(r.contains_range(&s), s.days().all(|day| r.contains(day)));
    }

    #[test]
    fn add_months_keeps_the_day_or_rolls_to_the_first(d in date(), months in 0u32..600) {
        let result = add_months(d, months).unwrap();
        let target_month = (d.year() * 12 + d.month0() as i32) + months as i32;
        let kept = result.day() == d.day()
            && result.year() * 12 + result.month0() as i32 == target_month;
        let rolled = result.day() == 1
            && result.year() * 12 + result.month0() as i32 == target_month + 1
            && NaiveDate::from_ymd_opt(target_month / 12, (target_month % 12) as u32 + 1, d.day()).is_none();
        prop_assert!(kept || rolled, "{d} + {months} months = {result}");
    }

    #[test]
    fn age_is_the_largest_reached_birthday(birth in date(), day in date()) {
        let age = age_on(birth, day);
        if day >= birth {
            prop_assert!(has_reached_age(birth, age, day));
        }
        prop_assert!(!has_reached_age(birth, age + 1, day));
        if let Some(year) = study_year_on(birth, day) {
            prop_assert!(study_year_start(birth, year).unwrap() <= day);
            prop_assert!(study_year_start(birth, year + 1).unwrap() > day);
        }
    }

    #[test]
    fn shift_constructor_refuses_exactly_empty_spans_and_long_breaks(
        day in weekday(), s in time(), e in time(), b in 0u32..2000
    ) {
        let span = (e.minutes_since_midnight() + 1440 - s.minutes_since_midnight()) % 1440;
        let made = Shift::new(day, s, e, b);
        prop_assert_eq!(made.is_ok(), span > 0 && b < span);
        if let Ok(shift) = made {
            prop_assert_eq!(shift.working_minutes() + b, span);
            prop_assert_eq!(week_minutes(&shift).len() as u32, span);
        }
    }

    #[test]
    fn occupied_days_are_the_days_with_a_minute(shift in shift()) {
        let mut days: Vec<u32> = week_minutes(&shift).iter().map(|m| m / 1440).collect();
        days.dedup();
        let expected: WeekdaySet = days.iter().map(|d| Weekday::try_from(*d as u8).unwrap()).collect();
        prop_assert_eq!(shift.occupied_weekdays(), expected);
    }

    #[test]
    fn window_overlap_agrees_with_minutes(shift in shift(), ws in time(), we in time()) {
        prop_assume!(ws != we);
        let window = DailyWindow::new(ws, we).unwrap();
        let (ws, we) = (ws.minutes_since_midnight(), we.minutes_since_midnight());
        let in_window = |m: u32| {
            let x = m % 1440;
            if ws < we { ws <= x && x < we } else { x >= ws || x < we }
        };
        let brute = week_minutes(&shift).into_iter().any(in_window);
        prop_assert_eq!(shift.overlaps_window(&window), brute);
    }

    #[test]
    fn schedules_refuse_exactly_overlapping_shifts(shifts in prop::collection::vec(shift(), 0..8)) {
        let minutes: Vec<Vec<u32>> = shifts.iter().map(week_minutes).collect();
        let clash = (0..shifts.len()).any(|i| {
            (i + 1..shifts.len()).any(|j| minutes[i].iter().any(|m| minutes[j].contains(m)))
        });
        let schedule = WeeklySchedule::new(shifts.clone());
        prop_assert_eq!(schedule.is_err(), clash);
        if let Ok(schedule) = schedule {
            let total: u32 = shifts.iter().map(Shift::working_minutes).sum();
            prop_assert_eq!(schedule.weekly_working_minutes(), total);
            prop_assert_eq!(schedule.working_minutes_by_day().iter().sum::<u32>(), total);
        }
    }

    #[test]
    fn spans_overlap_when_they_share_a_minute(a in shift(), b in shift()) {
        let brute = week_minutes(&a).iter().any(|m| week_minutes(&b).contains(m));
        prop_assert_eq!(a.span().overlaps(&b.span()), brute);
    }

    #[test]
    fn share_comparisons_cross_multiply(per_mille in 0u32..=1000, part in 0u64..10_000, whole in 0u64..10_000) {
        let share = Share::from_per_mille(per_mille).unwrap();
        prop_assert_eq!(share.admits(part, whole), part * 1000 <= u64::from(per_mille) * whole);
        prop_assert_eq!(share.is_reached_by(part, whole), part * 1000 >= u64::from(per_mille) * whole);
        prop_assert_eq!(share.to_string().parse::<Share>().unwrap(), share);
    }

    #[test]
    fn value_types_round_trip_through_json(
        range in small_range(), shift in shift(), per_mille in 0u32..=1000,
        minor in any::<u64>(), id in any::<u128>(), t in time()
    ) {
        fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) -> Result<(), TestCaseError> {
            let json = serde_json::to_string(value).unwrap();
            prop_assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), value);
            Ok(())
        }
        round_trip(&range)?;
        round_trip(&shift)?;
        round_trip(&Share::from_per_mille(per_mille).unwrap())?;
        round_trip(&Money::new(minor, Currency::EUR))?;
        round_trip(&StudentId::from_u128(id))?;
        round_trip(&t)?;
        round_trip(&WeeklySchedule::new(vec![shift]).unwrap())?;
    }

    #[test]
    fn paths_print_and_parse_back(steps in prop::collection::vec(prop_oneof![
        "[a-z_]{1,8}".prop_map(|name| Segment::Field(name.into())),
        (0usize..1000).prop_map(Segment::Index),
    ], 0..6)) {
        let mut path = Path::root();
        for step in steps.clone() {
            path = match step {
                Segment::Field(name) => path.field(name.to_string()),
                Segment::Index(i) => path.index(i),
            };
        }
        prop_assert_eq!(path.to_string().parse::<Path>().unwrap(), path);
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,24}") {
        let _ = text.parse::<TimeOfDay>();
        let _ = text.parse::<Share>();
        let _ = text.parse::<Currency>();
        let _ = text.parse::<Path>();
        let _ = text.parse::<StudentId>();
        let _ = text.parse::<Code>();
        let _ = Name::new(text.clone());
        let _ = serde_json::from_str::<Policy>(&text);
        let _ = serde_json::from_str::<Portfolio>(&text);
    }

    #[test]
    fn employments_refuse_exactly_a_last_day_before_the_first(first in date(), last in date()) {
        let job = school_enterprise::alternation::Employment::builder()
            .student(StudentId::from_u128(1)).enterprise(EnterpriseId::from_u128(2))
            .post(PostId::from_u128(3)).contract_weekly_minutes(2_400)
            .monthly_pay(Money::new(1, Currency::CNY)).starts_on(first).build().unwrap();
        let ended = job.clone().ending_on(last);
        prop_assert_eq!(ended.is_ok(), last >= first);
        if let Ok(ended) = ended {
            let json = serde_json::to_string(&ended).unwrap();
            let back: school_enterprise::alternation::Employment = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, ended);
        }
    }

    #[test]
    fn constructors_never_panic(minutes in any::<u32>(), h in any::<u32>(), m in any::<u32>(), pm in any::<u32>(), months in any::<u32>(), d in date()) {
        let _ = TimeOfDay::from_minutes(minutes);
        let _ = TimeOfDay::new(h, m);
        let _ = Share::from_per_mille(pm);
        let _ = Share::percent(pm);
        let _ = add_months(d, months);
        let _ = add_years(d, months);
        let _ = age_on(d, NaiveDate::MAX);
        let _ = age_on(NaiveDate::MIN, d);
        let _ = study_year_start(d, months);
    }
}

/// Records need the kit's `Arbitrary` implementations (feature `proptest`).
#[cfg(feature = "proptest")]
mod records {
    use super::*;

    proptest! {
    #[test]
    fn records_round_trip_through_json(record in any::<Record>()) {
        let json = serde_json::to_string(&record).unwrap();
        prop_assert_eq!(serde_json::from_str::<Record>(&json).unwrap(), record);
    }

    #[test]
    fn checking_any_record_never_panics(
        record in any::<Record>(), placement_dates in any::<DateRange>(),
        night in any::<DailyWindow>(), minor_days in 0u32..8,
    ) {
        let mut policy = Policy::cn();
        policy.minor_night_window = Some(night);
        policy.minor_max_daily_work_hours = Some(7);
        policy.minor_max_weekly_work_hours = Some(35);
        policy.minor_max_days_per_week = Some(minor_days);
        policy.min_daily_rest_hours = Some(11);
        policy.min_breaks = Some(MinBreaks::new(vec![BreakStep::new(360, 30)], vec![BreakStep::new(270, 30)]));
        for pay_due in [PayDue::PeriodAfterMonth, PayDue::LastWorkingDay] {
            policy.pay_due = pay_due;
            let mut placement = Placement::builder().id(PlacementId::from_u128(1))
                .student(StudentId::from_u128(2)).host(EnterpriseId::from_u128(3))
                .post(PostId::from_u128(4)).kind(PlacementKind::Independent).dates(placement_dates)
                .build().unwrap();
            placement.pay = Some(Pay::new(Money::new(3_000_00, Currency::CNY), 31).unwrap());
            placement.record = Some(record.clone());
            let _ = record::Summary::of(&placement, &policy).map(|s| s.to_string());
            // Enrolled over every date the strategies draw, and born after enrolling: the builder
            // refuses such a student, the fields (public) do not, and the check must not panic on it.
            let mut student = Student::builder().id(StudentId::from_u128(2))
                .school(SchoolId::from_u128(5))
                .name("S").birth_date(NaiveDate::from_ymd_opt(1890, 1, 1).unwrap()).major("m")
                .major_category("m").grade(2024)
                .enrolled_on(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap())
                .expected_graduation(NaiveDate::from_ymd_opt(2199, 1, 1).unwrap()).build().unwrap();
            student.birth_date = NaiveDate::from_ymd_opt(2008, 1, 1).unwrap();
            let mut host = Enterprise::builder().id(EnterpriseId::from_u128(3))
                .name("H").sector("x")
                .legal_status(LegalStatus::OwnEntity).venue(VenueKind::Factory).employees(100)
                .build().unwrap();
            host.posts.push(Post::builder().id(PostId::from_u128(4)).name("p")
                .category("c").major_category("m")
                .headcount(10).monthly_wage(Money::new(1, Currency::CNY)).build().unwrap());
            let registry = Registry::new(vec![School::new(SchoolId::from_u128(5), Name::new("s").unwrap(),
                SchoolKind::SecondaryVocational)], vec![host], vec![student], vec![]).unwrap();
            let mut agreement = CooperationAgreement::builder().id(AgreementId::from_u128(9))
                .school(SchoolId::from_u128(5)).enterprise(EnterpriseId::from_u128(3))
                .validity(placement_dates).signed_on(placement_dates.first())
                .mode(Mode::Interaction(interaction::Interaction::new())).build().unwrap();
            agreement.placements.push(placement);
            let _ = agreement.check(&registry, &policy).to_string();
        }
    }
    }
}
