//! One text form per value: what a value prints (`Display`) is what it reads (`FromStr`), and its
//! JSON is that same text as a string. The older JSON forms (objects, lists) still read.

use std::fmt::Display;
use std::str::FromStr;

use chrono::{Days, NaiveDate, Weekday};
use proptest::prelude::*;
use school_enterprise::alternation::RotationUnit;
use school_enterprise::{
    catalogue, AgreementId, Code, Currency, CustomCode, DailyWindow, DateRange, DeductionKind,
    EnterpriseId, Error, Hazard, Money, Path, Payee, PaymentForm, RuleCode, Share, StudentId,
    TaskId, TimeOfDay, WeekdaySet,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `value` prints a text that parses back to it, and its JSON is that text as a string, which
/// reads back to it.
fn round_trips<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Display + FromStr + Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
    <T as FromStr>::Err: std::fmt::Debug,
{
    let text = value.to_string();
    let parsed = match text.parse::<T>() {
        Ok(parsed) => parsed,
        Err(e) => {
            return Err(TestCaseError::fail(format!(
                "{text:?} does not parse: {e:?}"
            )))
        }
    };
    prop_assert_eq!(&parsed, value, "{:?}", text);
    let json = serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&json, &serde_json::Value::String(text.clone()));
    let read: T = serde_json::from_value(json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&read, value);
    Ok(())
}

/// Currencies of 0 (JPY), 2 (CNY, EUR) and 3 (BHD, KWD) decimals, and 4 (CLF).
const CURRENCIES: [(&str, u32); 6] = [
    ("JPY", 0),
    ("CNY", 2),
    ("EUR", 2),
    ("BHD", 3),
    ("KWD", 3),
    ("CLF", 4),
];

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(&CURRENCIES[..]).prop_map(|(code, _)| code.parse().expect("a currency"))
}

/// Any date chrono represents.
fn date() -> impl Strategy<Value = NaiveDate> {
    let span = (NaiveDate::MAX - NaiveDate::MIN).num_days();
    (0..=span).prop_map(|days| {
        NaiveDate::MIN
            .checked_add_days(Days::new(u64::try_from(days).expect("non-negative")))
            .expect("within chrono's range")
    })
}

fn time() -> impl Strategy<Value = TimeOfDay> {
    (0u32..1440).prop_map(|m| TimeOfDay::from_minutes(m).expect("under a day"))
}

fn weekday_set() -> impl Strategy<Value = WeekdaySet> {
    (0u8..128).prop_map(|bits| {
        (0..7)
            .filter(|i| bits & (1 << i) != 0)
            .map(|i| Weekday::try_from(i).expect("0 to 6"))
            .collect()
    })
}

fn path() -> impl Strategy<Value = Path> {
    let segment = prop_oneof![
        "[a-z_]{1,12}".prop_map(Some),
        (0usize..1000).prop_map(|i| Some(i.to_string())),
    ];
    prop::collection::vec(segment, 0..6).prop_map(|segments| {
        segments
            .into_iter()
            .flatten()
            .fold(Path::root(), |path, s| match s.parse::<usize>() {
                Ok(i) => path.index(i),
                Err(_) => path.field(s),
            })
    })
}

proptest! {
    #[test]
    fn money_round_trips_for_0_2_3_and_4_decimals(units in any::<u64>(), currency in currency()) {
        round_trips(&Money::new(units, currency))?;
    }

    #[test]
    fn money_prints_the_currency_s_decimals(units in any::<u64>(), which in 0..CURRENCIES.len()) {
        let (code, digits) = CURRENCIES[which];
        let money = Money::new(units, code.parse().expect("a currency"));
        let text = money.to_string();
        let (amount, printed_code) = text.split_once(' ').expect("amount and code");
        prop_assert_eq!(printed_code, code);
        let decimals = amount.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(decimals, digits as usize);
        // The digits, without the point, are the minor units.
        prop_assert_eq!(amount.replace('.', "").parse::<u128>().ok(), Some(u128::from(units)));
    }

    #[test]
    fn money_still_reads_its_object_form(units in any::<u64>(), currency in currency()) {
        let old = serde_json::json!({"minor_units": units, "currency": currency.as_str()});
        let read: Money = serde_json::from_value(old).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read, Money::new(units, currency));
    }

    #[test]
    fn ids_round_trip(bits in any::<u128>()) {
        round_trips(&StudentId::from_u128(bits))?;
        round_trips(&EnterpriseId::from_u128(bits))?;
        round_trips(&AgreementId::from_u128(bits))?;
        round_trips(&TaskId::from_u128(bits))?;
    }

    #[test]
    fn date_ranges_round_trip(a in date(), b in date()) {
        let range = DateRange::new(a.min(b), a.max(b)).expect("ordered");
        round_trips(&range)?;
        let old = serde_json::json!({"first": range.first(), "last": range.last()});
        let read: DateRange = serde_json::from_value(old).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read, range);
    }

    #[test]
    fn times_of_day_round_trip(t in time()) {
        round_trips(&t)?;
    }

    #[test]
    fn daily_windows_round_trip(start in time(), end in time()) {
        prop_assume!(start != end);
        let window = DailyWindow::new(start, end).expect("start is not end");
        round_trips(&window)?;
        let old = serde_json::json!({"start": start.to_string(), "end": end.to_string()});
        let read: DailyWindow = serde_json::from_value(old).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read, window);
    }

    #[test]
    fn weekday_sets_round_trip(set in weekday_set()) {
        round_trips(&set)?;
        let old: Vec<Weekday> = set.iter().collect();
        let read: WeekdaySet = serde_json::from_value(serde_json::json!(old)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read, set);
    }

    #[test]
    fn shares_round_trip(per_mille in 0u32..=1000) {
        round_trips(&Share::from_per_mille(per_mille).expect("at most 100 %"))?;
    }

    #[test]
    fn custom_codes_round_trip(code in "[a-z][a-z0-9_]{0,6}(\\.[a-z0-9_]{1,8}){1,3}") {
        prop_assume!(CustomCode::new(&code).is_ok());
        let custom: CustomCode = code.parse().expect("checked");
        prop_assert_eq!(custom.to_string(), code.clone());
        round_trips(&Code::from(custom))?;
    }

    #[test]
    fn paths_round_trip(path in path()) {
        round_trips(&path)?;
    }
}

#[test]
fn every_rule_code_round_trips() {
    for rule in catalogue() {
        round_trips(&rule.code).expect("a rule code round-trips");
        round_trips(&Code::from(rule.code)).expect("a code round-trips");
        assert_eq!(rule.code.to_string().parse::<RuleCode>(), Ok(rule.code));
    }
}

#[test]
fn named_enums_round_trip() {
    for v in Payee::ALL {
        round_trips(v).expect("payee");
    }
    for v in PaymentForm::ALL {
        round_trips(v).expect("payment form");
    }
    for v in DeductionKind::ALL {
        round_trips(v).expect("deduction kind");
    }
    for v in [RotationUnit::Semester, RotationUnit::SchoolYear] {
        round_trips(&v).expect("rotation unit");
    }
    assert_eq!(RotationUnit::SchoolYear.to_string(), "school_year");
    for text in [
        "height",
        "underground",
        "radioactive",
        "toxic",
        "flammable_or_explosive",
        "noise",
        "dust",
        "high_temperature",
        "machinery",
        "electrical",
        "forced_pace_line_work",
        "vibrating_tools",
        "heavy_lifting",
    ] {
        let hazard: Hazard = text.parse().expect("a hazard");
        assert_eq!(hazard.to_string(), text);
        round_trips(&hazard).expect("hazard");
    }
    assert!(matches!(
        "High_Temperature".parse::<Hazard>(),
        Err(Error::UnknownName {
            field: "hazard",
            ..
        })
    ));
}

#[test]
fn money_is_written_with_the_iso_4217_minor_unit() {
    let m = |text: &str| text.parse::<Money>().expect(text);
    assert_eq!(m("4800 JPY").minor_units(), 4800);
    assert_eq!(m("4800.00 CNY").minor_units(), 480_000);
    assert_eq!(m("0.05 EUR").minor_units(), 5);
    assert_eq!(m("12.345 BHD").minor_units(), 12_345);
    assert_eq!(m("0 JPY").minor_units(), 0);
    assert_eq!(
        m("18446744073709551.615 BHD").minor_units(),
        u64::MAX,
        "the largest amount"
    );
}

#[test]
fn money_refuses_other_texts_naming_the_value() {
    for bad in [
        "4800.00 JPY",
        "4800 CNY",
        "4800.0 CNY",
        "4800.000 CNY",
        "4800.00 BHD",
        "04800.00 CNY",
        "-1.00 CNY",
        "+1.00 CNY",
        "4800.00CNY",
        "4800.00  CNY",
        " 4800.00 CNY",
        "4,800.00 CNY",
        ".50 CNY",
        "1. CNY",
        "1.0a CNY",
        "18446744073709551.616 BHD",
        "99999999999999999999 JPY",
        "4800.00",
        "",
    ] {
        match bad.parse::<Money>() {
            Err(Error::InvalidMoney { value, reason }) => {
                assert_eq!(value, bad, "{bad:?}: {reason}");
                let message = Error::InvalidMoney {
                    value: value.clone(),
                    reason,
                }
                .to_string();
                assert!(message.contains(&format!("{bad:?}")), "{message}");
            }
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
    // Codes that are not currencies name the code.
    for (text, code) in [
        ("4800.00 ABC", "ABC"),
        ("4800.00 cny", "cny"),
        ("1 XAU", "XAU"),
        ("1 XXX", "XXX"),
    ] {
        assert_eq!(
            text.parse::<Money>(),
            Err(Error::InvalidCurrency { value: code.into() }),
            "{text}"
        );
    }
}

#[test]
fn currencies_must_be_iso_4217_with_a_minor_unit() {
    for code in ["ABC", "ZZZ", "XAU", "XXX", "CN", "cny"] {
        let err = code.parse::<Currency>().expect_err(code);
        assert_eq!(err, Error::InvalidCurrency { value: code.into() });
        assert!(err.to_string().contains(&format!("{code:?}")));
    }
    for (code, digits) in CURRENCIES {
        assert_eq!(
            code.parse::<Currency>().map(|c| c.minor_unit_digits()),
            Ok(digits)
        );
    }
}

#[test]
fn json_errors_name_the_text() {
    let err = serde_json::from_str::<Money>(r#""4800 CNY""#).unwrap_err();
    assert!(err.to_string().contains("\"4800 CNY\""), "{err}");
    let err = serde_json::from_str::<Money>("4800").unwrap_err();
    assert!(err.to_string().contains("4800.00 CNY"), "{err}");
    let err = serde_json::from_str::<DateRange>(r#""2026-03-01..2026-06-30""#).unwrap_err();
    assert!(err.to_string().contains("2026-03-01..=2026-06-30"), "{err}");
    assert!(matches!(
        "2026-3-1..=2026-03-02".parse::<DateRange>(),
        Err(Error::InvalidDateInRange { .. })
    ));
    assert!(" 2026-03-01..=2026-03-02".parse::<DateRange>().is_err());
    let err = serde_json::from_str::<DateRange>(r#""2026-06-30..=2026-03-01""#).unwrap_err();
    assert!(err.to_string().contains("before it starts"), "{err}");
    let err = serde_json::from_str::<WeekdaySet>(r#""Sat,Sun""#).unwrap_err();
    assert!(err.to_string().contains("\"Sat,Sun\""), "{err}");
    let err = serde_json::from_str::<WeekdaySet>(r#""Sun, Sun""#).unwrap_err();
    assert!(err.to_string().contains("listed twice"), "{err}");
    // An object where a list was the older form, and a list where an object was, are refused.
    assert!(serde_json::from_str::<WeekdaySet>(r#"{"days": ["Sun"]}"#).is_err());
    assert!(serde_json::from_str::<Money>(r#"[480000, "CNY"]"#).is_err());
    assert!(serde_json::from_str::<DateRange>(r#"["2026-03-01", "2026-06-30"]"#).is_err());
    // The older object forms still refuse unknown fields.
    assert!(
        serde_json::from_str::<Money>(r#"{"minor_units": 1, "currency": "CNY", "cents": 1}"#)
            .is_err()
    );
}

/// The timed values that print as a head and a window (`Fri 22:00–06:00 (break 60 min)`,
/// `Tue 19:00–21:00 (hydraulics)`, `2026-04-13 08:00–11:30`) read what they print. Their JSON
/// stays an object.
mod timed {
    use super::*;
    use school_enterprise::alternation::ClassSession;
    use school_enterprise::introduced::SessionTime;
    use school_enterprise::{Name, Shift};

    fn weekday() -> impl Strategy<Value = Weekday> {
        (0u8..7).prop_map(|i| Weekday::try_from(i).expect("0 to 6"))
    }

    fn reads_what_it_prints<T>(value: &T) -> Result<(), TestCaseError>
    where
        T: Display + FromStr + PartialEq + std::fmt::Debug,
        <T as FromStr>::Err: std::fmt::Debug,
    {
        let text = value.to_string();
        match text.parse::<T>() {
            Ok(parsed) => prop_assert_eq!(&parsed, value),
            Err(e) => {
                return Err(TestCaseError::fail(format!(
                    "{text:?} does not read: {e:?}"
                )))
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn shifts_read_what_they_print(day in weekday(), start in time(), end in time(), brk in 0u32..600) {
            if let Ok(shift) = Shift::new(day, start, end, brk) {
                reads_what_it_prints(&shift)?;
            }
        }

        #[test]
        fn class_sessions_read_what_they_print(day in weekday(), start in time(), end in time(), topic in "[a-z][a-z ()]{0,12}[a-z)]") {
            if let Ok(class) = ClassSession::new(day, start, end, Name::new(topic).expect("visible")) {
                reads_what_it_prints(&class)?;
            }
        }

        #[test]
        fn session_times_read_what_they_print(day in date(), start in time(), end in time()) {
            if let Ok(time) = SessionTime::new(day, start, end) {
                reads_what_it_prints(&time)?;
            }
        }
    }

    #[test]
    fn other_spellings_are_refused_naming_the_value() {
        for text in [
            "Fri 22:00-06:00",               // a hyphen, not an en dash
            "Friday 22:00–06:00",            // the weekday as it prints: Fri
            "Fri 22:00–06:00 (break 0 min)", // no break prints nothing
            "Fri 22:00–06:00 (break 060 min)",
            "Fri 22:00–06:00 (pause 60 min)",
            "Fri 22:00–06:00 (break 60 min",
            "Fri 22:00",
        ] {
            let refused = text.parse::<Shift>().unwrap_err();
            assert!(
                matches!(&refused, Error::InvalidText { what: "shift", value, .. } if value == text),
                "{text}: {refused:?}"
            );
        }
        // What the constructor refuses, the text form refuses with the constructor's error.
        assert_eq!(
            "Fri 08:00–09:00 (break 60 min)"
                .parse::<Shift>()
                .unwrap_err(),
            Shift::new(
                Weekday::Fri,
                "08:00".parse().unwrap(),
                "09:00".parse().unwrap(),
                60
            )
            .unwrap_err()
        );
        for text in [
            "Tue 19:00–21:00",
            "Tue 19:00–21:00 ( )",
            "tue 19:00–21:00 (x)",
        ] {
            assert!(text.parse::<ClassSession>().is_err(), "{text}");
        }
        for text in [
            "2026-4-13 08:00–11:30",
            "2026-04-13 08:00–11:30 (x)",
            "Mon 08:00–11:30",
            "2026-04-13 08:00–08:00",
        ] {
            assert!(text.parse::<SessionTime>().is_err(), "{text}");
        }
    }
}
