//! Every constructor refuses what the conventions forbid, with an error naming the field or the
//! value; and serde (which goes through the same constructors) refuses the same thing in JSON, with
//! a message that shows the offending value. Valid JSON of each type round-trips.

use std::fmt::Debug;

use chrono::{NaiveDate, Weekday};
use school_enterprise::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).unwrap()
}

fn name(text: &str) -> Name {
    Name::new(text).unwrap()
}

/// The message of the error serde_json gives for `json` read as a `T`; panics if it is accepted.
fn refused<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("{json} was accepted as {value:?}"),
        Err(err) => err.to_string(),
    }
}

/// Like [`refused`], for a JSON value built in the test.
fn refused_value<T: DeserializeOwned + Debug>(json: &Value) -> String {
    refused::<T>(&json.to_string())
}

/// Asserts that `message` contains every one of `parts`.
fn assert_mentions(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(
            message.contains(part),
            "error {message:?} does not mention {part:?}"
        );
    }
}

/// Serializes `value`, reads it back, and asserts equality; returns the JSON.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> Value {
    let text = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&text)
        .unwrap_or_else(|err| panic!("{text} does not read back: {err}"));
    assert_eq!(&back, value, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn student(id: u128) -> Student {
    Student::builder()
        .id(StudentId::from_u128(id))
        .school(SchoolId::from_u128(1))
        .name(name("Wang Fang"))
        .birth_date(d(2008, 4, 2))
        .major(name("mechatronics"))
        .major_category(name("mechatronics"))
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1))
        .build()
        .unwrap()
}

fn placement() -> Placement {
    let mut placement = Placement::builder()
        .id(PlacementId::from_u128(6))
        .student(StudentId::from_u128(4))
        .host(EnterpriseId::from_u128(2))
        .post(PostId::from_u128(3))
        .kind(PlacementKind::Assisting)
        .dates(DateRange::new(d(2026, 3, 2), d(2026, 6, 30)).unwrap())
        .build()
        .unwrap();
    placement.schedule = WeeklySchedule::new(vec![
        Shift::new(Weekday::Mon, t(8, 0), t(17, 0), 60).unwrap(),
        Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 30).unwrap(),
    ])
    .unwrap()
    .into();
    placement.pay = Some(Pay::new(Money::new(3_000_00, Currency::CNY), 31).unwrap());
    placement.days_off = vec![d(2026, 5, 1)];
    placement
}

fn agreement() -> CooperationAgreement {
    let mut agreement = CooperationAgreement::builder()
        .id(AgreementId::from_u128(5))
        .school(SchoolId::from_u128(1))
        .enterprise(EnterpriseId::from_u128(2))
        .validity(DateRange::new(d(2026, 3, 1), d(2027, 2, 28)).unwrap())
        .signed_on(d(2026, 2, 1))
        .mode(Mode::Interaction(interaction::Interaction::new()))
        .build()
        .unwrap();
    agreement.contributions.push(Contribution::new(
        Side::School,
        ContributionKind::Staff,
        Name::new("teachers").unwrap(),
    ));
    agreement.placements.push(placement());
    agreement
}

fn registry() -> Registry {
    let school = School::new(
        SchoolId::from_u128(1),
        name("Riverside Vocational School"),
        SchoolKind::SecondaryVocational,
    );
    let mut factory = Enterprise::builder()
        .id(EnterpriseId::from_u128(2))
        .name(name("Delta Motors"))
        .sector(name("manufacturing"))
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(400)
        .build()
        .unwrap();
    factory.posts.push(
        Post::builder()
            .id(PostId::from_u128(3))
            .name(name("assembly"))
            .category(name("assembly"))
            .major_category(name("mechatronics"))
            .headcount(120)
            .monthly_wage(Money::new(4_800_00, Currency::CNY))
            .build()
            .unwrap(),
    );
    let teacher = Instructor::new(
        InstructorId::from_u128(7),
        name("Li Wei"),
        Employer::School(SchoolId::from_u128(1)),
    );
    Registry::new(
        vec![school],
        vec![factory],
        vec![student(4), student(8)],
        vec![teacher],
    )
    .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------

#[test]
fn reversed_date_range_is_refused() {
    let err = DateRange::new(d(2026, 2, 1), d(2026, 1, 1)).unwrap_err();
    assert!(matches!(
        err,
        Error::ReversedDateRange { first, last } if first == d(2026, 2, 1) && last == d(2026, 1, 1)
    ));
    assert_mentions(&err.to_string(), &["2026-02-01", "2026-01-01"]);

    let message = refused::<DateRange>(r#"{"first":"2026-02-01","last":"2026-01-01"}"#);
    assert_mentions(&message, &["2026-02-01", "2026-01-01"]);

    // Inside a placement too.
    let mut json = serde_json::to_value(placement()).unwrap();
    json["dates"] = json!({"first": "2026-06-30", "last": "2026-03-02"});
    assert_mentions(
        &refused_value::<Placement>(&json),
        &["2026-06-30", "2026-03-02"],
    );
    // A one-day range is fine.
    assert!(
        serde_json::from_str::<DateRange>(r#"{"first":"2026-02-01","last":"2026-02-01"}"#).is_ok()
    );
}

#[test]
fn employment_ending_before_it_starts_is_refused() {
    use school_enterprise::alternation::Employment;
    let job = Employment::builder()
        .student(StudentId::from_u128(4))
        .enterprise(EnterpriseId::from_u128(2))
        .post(PostId::from_u128(3))
        .contract_weekly_minutes(40 * 60)
        .monthly_pay(Money::new(4_800_00, Currency::CNY))
        .starts_on(d(2026, 3, 2))
        .build()
        .unwrap();
    let err = job.clone().ending_on(d(2026, 3, 1)).unwrap_err();
    assert!(matches!(
        err,
        Error::LastDayBeforeFirst { field: "ends_on", last, first_field: "starts_on", first }
            if last == d(2026, 3, 1) && first == d(2026, 3, 2)
    ));
    assert_mentions(
        &err.to_string(),
        &["ends_on", "2026-03-01", "starts_on", "2026-03-02"],
    );

    // Through serde too.
    let mut json = serde_json::to_value(&job).unwrap();
    json["ends_on"] = json!("2026-03-01");
    assert_mentions(
        &refused_value::<Employment>(&json),
        &["ends_on 2026-03-01", "starts_on 2026-03-02"],
    );
    // Ending on the first day is fine, and an absent last day is an open-ended employment.
    json["ends_on"] = json!("2026-03-02");
    let one_day: Employment = serde_json::from_value(json).unwrap();
    assert_eq!(one_day.ends_on(), Some(d(2026, 3, 2)));
    assert_eq!(round_trip(&job).get("ends_on"), None);
    round_trip(&one_day);
}

// ---------------------------------------------------------------------------------------------
// Shares and money.
// ---------------------------------------------------------------------------------------------

#[test]
fn share_above_100_percent_is_refused() {
    assert!(matches!(
        "100.5%".parse::<Share>(),
        Err(Error::ShareAbove100 { per_mille: 1005 })
    ));
    assert!(matches!(
        "101%".parse::<Share>(),
        Err(Error::ShareAbove100 { per_mille: 1010 })
    ));
    assert!(matches!(
        Share::percent(101),
        Err(Error::ShareAbove100 { per_mille: 1010 })
    ));
    assert!(matches!(
        Share::from_per_mille(1001),
        Err(Error::ShareAbove100 { per_mille: 1001 })
    ));

    // The message names the value, in per mille.
    assert_mentions(&refused::<Share>(r#""100.5%""#), &["1005 per mille"]);
    assert_mentions(&refused::<Share>(r#""101%""#), &["1010 per mille"]);
    // Inside a policy.
    assert_mentions(
        &refused::<Policy>(r#"{"max_intern_share_of_workforce":"101%"}"#),
        &["1010 per mille"],
    );
    // A share that is not a percentage at all names the text given.
    assert!(matches!(
        "80".parse::<Share>(),
        Err(Error::InvalidShare { value }) if value == "80"
    ));
    assert_mentions(&refused::<Share>(r#""8.25%""#), &["8.25%"]);
    // 100 % itself is fine.
    assert_eq!(
        serde_json::from_str::<Share>(r#""100%""#).unwrap(),
        Share::FULL
    );
}

#[test]
fn currency_that_is_not_three_capital_letters_is_refused() {
    for bad in ["cny", "CN", "CNYX", "", "C1Y"] {
        assert!(
            matches!(bad.parse::<Currency>(), Err(Error::InvalidCurrency { ref value }) if value == bad),
            "{bad:?}"
        );
        let quoted = format!("{bad:?}");
        assert_mentions(&refused::<Currency>(&quoted), &[&quoted]);
        let money = json!({"minor_units": 1, "currency": bad}).to_string();
        assert_mentions(&refused::<Money>(&money), &[&quoted, "currency"]);
    }
}

#[test]
fn negative_or_fractional_money_is_refused() {
    // `Money::new` takes unsigned minor units: a negative amount cannot be built at all, so only
    // JSON can carry one.
    let message = refused::<Money>(r#"{"minor_units":-1,"currency":"CNY"}"#);
    assert_mentions(&message, &["-1"]);
    let message = refused::<Money>(r#"{"minor_units":1.5,"currency":"CNY"}"#);
    assert_mentions(&message, &["1.5"]);
    // Inside a placement's pay.
    let mut json = serde_json::to_value(placement()).unwrap();
    json["pay"]["monthly"] = json!({"minor_units": -300000, "currency": "CNY"});
    assert_mentions(&refused_value::<Placement>(&json), &["-300000"]);
    // And in the text form.
    json["pay"]["monthly"] = json!("-3000.00 CNY");
    assert_mentions(&refused_value::<Placement>(&json), &["\"-3000.00 CNY\""]);
    json["pay"]["monthly"] = json!("3000.005 CNY");
    assert_mentions(
        &refused_value::<Placement>(&json),
        &["\"3000.005 CNY\"", "2 decimals"],
    );
    // Zero is an amount.
    assert!(serde_json::from_str::<Money>(r#"{"minor_units":0,"currency":"CNY"}"#).is_ok());
    assert!(serde_json::from_str::<Money>(r#""0.00 CNY""#).is_ok());
}

// ---------------------------------------------------------------------------------------------
// Names and ids.
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_or_blank_name_is_refused() {
    for bad in ["", "  ", "\t\n"] {
        assert!(
            matches!(Name::new(bad), Err(Error::EmptyText { field: "name" })),
            "{bad:?}"
        );
        let quoted = serde_json::to_string(bad).unwrap();
        // The value is blank, so the message names the field.
        assert_mentions(&refused::<Name>(&quoted), &["name", "must not be empty"]);
    }

    let mut json = serde_json::to_value(student(4)).unwrap();
    json["name"] = json!("  ");
    assert_mentions(
        &refused_value::<Student>(&json),
        &["name", "must not be empty"],
    );
    // Other text fields name themselves.
    for field in ["major", "major_category"] {
        let mut json = serde_json::to_value(student(4)).unwrap();
        json[field] = json!(" ");
        let message = refused_value::<Student>(&json);
        assert_mentions(&message, &[&format!("{field} must not be empty")]);
    }
    // A name with surrounding spaces but some text is kept as given.
    assert_eq!(Name::new(" Li ").unwrap().as_str(), " Li ");
}

#[test]
fn malformed_uuid_is_refused() {
    let err = "not-a-uuid".parse::<StudentId>().unwrap_err();
    assert!(matches!(
        &err,
        Error::InvalidId { kind: "student", value } if value == "not-a-uuid"
    ));
    assert_mentions(&err.to_string(), &["student", "not-a-uuid"]);
    assert!(matches!(
        "67e55044-10b1-426f-9247-bb680e5fe0c".parse::<EnterpriseId>(),
        Err(Error::InvalidId {
            kind: "enterprise",
            ..
        })
    ));

    assert_mentions(
        &refused::<StudentId>(r#""not-a-uuid""#),
        &["student", "not-a-uuid"],
    );

    let mut json = serde_json::to_value(placement()).unwrap();
    json["student"] = json!("1234-not-a-uuid");
    assert_mentions(
        &refused_value::<Placement>(&json),
        &["student id", "1234-not-a-uuid"],
    );
    let mut json = serde_json::to_value(placement()).unwrap();
    json["host"] = json!("67e55044-10b1-426f-9247-bb680e5fe0cZ");
    assert_mentions(
        &refused_value::<Placement>(&json),
        &["enterprise id", "67e55044-10b1-426f-9247-bb680e5fe0cZ"],
    );
}

// ---------------------------------------------------------------------------------------------
// Agreements.
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_mode_tag_is_refused() {
    let agreement = agreement();
    let mut json = round_trip(&agreement);
    assert_eq!(json["mode"]["kind"], json!("interaction"));

    json["mode"]["kind"] = json!("franchise");
    assert_mentions(
        &refused_value::<CooperationAgreement>(&json),
        &["franchise"],
    );

    // A mode without its tag is refused too.
    let mut json = serde_json::to_value(&agreement).unwrap();
    json["mode"] = json!({});
    assert_mentions(&refused_value::<CooperationAgreement>(&json), &["kind"]);
}

// ---------------------------------------------------------------------------------------------
// Time of day.
// ---------------------------------------------------------------------------------------------

#[test]
fn time_with_seconds_is_refused() {
    assert!(matches!(
        "08:00:30".parse::<TimeOfDay>(),
        Err(Error::InvalidTimeOfDay { value }) if value == "08:00:30"
    ));
    assert!(matches!(
        TimeOfDay::try_from(chrono::NaiveTime::from_hms_opt(8, 0, 30).unwrap()),
        Err(Error::InvalidTimeOfDay { .. })
    ));
    assert_mentions(&refused::<TimeOfDay>(r#""08:00:30""#), &["08:00:30"]);
    assert_mentions(
        &refused::<Shift>(r#"{"weekday":"Mon","start":"08:00:30","end":"16:00"}"#),
        &["08:00:30"],
    );
    // Other malformed times.
    for bad in ["8:00", "24:00", "12:60", "noon"] {
        assert!(
            matches!(bad.parse::<TimeOfDay>(), Err(Error::InvalidTimeOfDay { ref value }) if value == bad),
            "{bad}"
        );
        assert_mentions(&refused::<TimeOfDay>(&format!("{bad:?}")), &[bad]);
    }
}

#[test]
fn shift_ending_where_it_starts_is_refused() {
    assert!(matches!(
        Shift::new(Weekday::Mon, t(8, 0), t(8, 0), 0),
        Err(Error::EmptySpan { what: "shift", weekday: Weekday::Mon, ref at }) if at == "08:00"
    ));
    let message = refused::<Shift>(r#"{"weekday":"Mon","start":"08:00","end":"08:00"}"#);
    assert_mentions(&message, &["shift", "Mon", "08:00"]);
    // Inside a schedule.
    let message = refused::<WeeklySchedule>(
        r#"{"shifts":[{"weekday":"Tue","start":"09:15","end":"09:15","unpaid_break_minutes":0}]}"#,
    );
    assert_mentions(&message, &["Tue", "09:15"]);
}

#[test]
fn break_as_long_as_the_shift_or_longer_is_refused() {
    assert!(matches!(
        Shift::new(Weekday::Mon, t(8, 0), t(16, 0), 480),
        Err(Error::BreakTooLong {
            break_minutes: 480,
            span_minutes: 480
        })
    ));
    assert!(matches!(
        Shift::new(Weekday::Mon, t(8, 0), t(16, 0), 500),
        Err(Error::BreakTooLong {
            break_minutes: 500,
            span_minutes: 480
        })
    ));
    let message = refused::<Shift>(
        r#"{"weekday":"Mon","start":"08:00","end":"16:00","unpaid_break_minutes":480}"#,
    );
    assert_mentions(&message, &["break", "480"]);
    let message = refused::<Shift>(
        r#"{"weekday":"Sun","start":"22:00","end":"06:00","unpaid_break_minutes":500}"#,
    );
    assert_mentions(&message, &["500", "480"]);
}

#[test]
fn overlapping_shifts_of_one_schedule_are_refused() {
    let early = Shift::new(Weekday::Mon, t(8, 0), t(16, 0), 0).unwrap();
    let late = Shift::new(Weekday::Mon, t(12, 0), t(20, 0), 0).unwrap();
    assert!(matches!(
        WeeklySchedule::new(vec![early, late]),
        Err(Error::OverlappingShifts {
            first: 0,
            second: 1
        })
    ));

    let message = refused::<WeeklySchedule>(
        r#"{"shifts":[
            {"weekday":"Mon","start":"08:00","end":"16:00"},
            {"weekday":"Mon","start":"12:00","end":"20:00"}
        ]}"#,
    );
    assert_mentions(&message, &["shifts[0]", "shifts[1]", "overlap"]);

    // Sunday night into Monday morning, given Monday first: the earlier on the weekly cycle
    // (Monday 05:00, position 0) is named first.
    let message = refused::<WeeklySchedule>(
        r#"{"shifts":[
            {"weekday":"Mon","start":"05:00","end":"13:00"},
            {"weekday":"Wed","start":"08:00","end":"16:00"},
            {"weekday":"Sun","start":"22:00","end":"06:00"}
        ]}"#,
    );
    assert_mentions(&message, &["shifts[0]", "shifts[2]"]);

    // Inside a placement.
    let mut json = serde_json::to_value(placement()).unwrap();
    json["schedule"]["shifts"] = json!([
        {"weekday": "Fri", "start": "22:00", "end": "06:00"},
        {"weekday": "Sat", "start": "05:59", "end": "12:00"}
    ]);
    assert_mentions(
        &refused_value::<Placement>(&json),
        &["shifts[0]", "shifts[1]"],
    );

    // Touching shifts are accepted.
    let ok = serde_json::from_str::<WeeklySchedule>(
        r#"{"shifts":[
            {"weekday":"Sun","start":"22:00","end":"06:00"},
            {"weekday":"Mon","start":"06:00","end":"14:00"}
        ]}"#,
    )
    .unwrap();
    assert_eq!(ok.shifts().len(), 2);
}

#[test]
fn daily_window_starting_where_it_ends_is_refused() {
    assert!(matches!(
        DailyWindow::new(t(22, 0), t(22, 0)),
        Err(Error::EmptyWindow { ref at }) if at == "22:00"
    ));
    assert_mentions(
        &refused::<DailyWindow>(r#"{"start":"22:00","end":"22:00"}"#),
        &["22:00"],
    );
    assert_mentions(
        &refused::<Policy>(r#"{"minor_night_window":{"start":"20:00","end":"20:00"}}"#),
        &["20:00"],
    );
    // No window is written as null.
    let policy: Policy = serde_json::from_str(r#"{"placement_night_window":null}"#).unwrap();
    assert_eq!(policy.placement_night_window, None);
}

// ---------------------------------------------------------------------------------------------
// Policy.
// ---------------------------------------------------------------------------------------------

#[test]
fn day_range_with_maximum_below_minimum_is_refused() {
    assert!(matches!(
        DayRange::new(200, 90),
        Err(Error::ReversedBounds { min: 200, max: 90 })
    ));
    assert_mentions(
        &refused::<DayRange>(r#"{"min":200,"max":90}"#),
        &["200", "90"],
    );
    assert_mentions(
        &refused::<Policy>(r#"{"semester_days":{"min":200,"max":90}}"#),
        &["200", "90"],
    );
    assert!(DayRange::new(90, 90).is_ok());
}

#[test]
fn unknown_rule_code_in_switched_off_is_refused() {
    for bad in [
        "nosuchrule",
        "Placement.MinAge",
        "placement.",
        "worktime daily hours",
        // A misspelt catalogue code is not taken for a custom one.
        "placement.min_agee",
        "worktime.weekly_hour",
    ] {
        assert!(
            matches!(bad.parse::<Code>(), Err(Error::InvalidRuleCode { ref value }) if value == bad),
            "{bad}"
        );
        let json = json!({ "switched_off": [bad] }).to_string();
        assert_mentions(&refused::<Policy>(&json), &[bad]);
    }
    assert!(matches!(
        CustomCode::new("nosuchrule"),
        Err(Error::InvalidRuleCode { .. })
    ));
    // The list of exemptible codes takes only catalogue codes.
    assert!(matches!(
        "placement.no_such_rule".parse::<RuleCode>(),
        Err(Error::InvalidRuleCode { ref value }) if value == "placement.no_such_rule"
    ));
    assert_mentions(
        &refused::<Policy>(r#"{"exemptible":["placement.no_such_rule"]}"#),
        &["placement.no_such_rule"],
    );
    assert_mentions(
        &refused::<Policy>(r#"{"severity_overrides":{"nosuchrule":"warning"}}"#),
        &["nosuchrule"],
    );
}

// ---------------------------------------------------------------------------------------------
// Registry.
// ---------------------------------------------------------------------------------------------

#[test]
fn duplicate_student_id_in_registry_is_refused() {
    let err = Registry::new(vec![], vec![], vec![student(4), student(4)], vec![]).unwrap_err();
    assert!(matches!(
        err,
        Error::DuplicateRegistryId { kind: "student", id } if id == *StudentId::from_u128(4).as_uuid()
    ));
    let uuid = StudentId::from_u128(4).to_string();
    assert_mentions(&err.to_string(), &["student", &uuid]);

    let mut json = serde_json::to_value(registry()).unwrap();
    let first = json["students"][0].clone();
    json["students"].as_array_mut().unwrap().push(first);
    assert_mentions(&refused_value::<Registry>(&json), &["student", &uuid]);
}

#[test]
fn duplicate_campus_site_id_across_schools_is_refused() {
    let site = |id: u128| CampusSite::new(SiteId::from_u128(id), name("workshop"), 800);
    let school = |id: u128, sites: Vec<CampusSite>| {
        let mut s = School::new(
            SchoolId::from_u128(id),
            name("school"),
            SchoolKind::SecondaryVocational,
        );
        s.sites = sites;
        s
    };
    // Distinct sites resolve to their school.
    let registry = Registry::new(
        vec![school(1, vec![site(7)]), school(2, vec![site(8)])],
        vec![],
        vec![],
        vec![],
    )
    .unwrap();
    let (owner, found) = registry.site(SiteId::from_u128(8)).unwrap();
    assert_eq!(
        (owner.id, found.id),
        (SchoolId::from_u128(2), SiteId::from_u128(8))
    );
    assert!(registry.site(SiteId::from_u128(9)).is_none());

    // One site id at two schools: a site would resolve to either.
    let err = Registry::new(
        vec![school(1, vec![site(7)]), school(2, vec![site(7)])],
        vec![],
        vec![],
        vec![],
    )
    .unwrap_err();
    assert!(matches!(
        err,
        Error::DuplicateRegistryId { kind: "campus site", id } if id == *SiteId::from_u128(7).as_uuid()
    ));
    let mut json = serde_json::to_value(&registry).unwrap();
    json["schools"][1]["sites"][0]["id"] = json["schools"][0]["sites"][0]["id"].clone();
    let uuid = SiteId::from_u128(7).to_string();
    assert_mentions(&refused_value::<Registry>(&json), &["campus site", &uuid]);
}

// ---------------------------------------------------------------------------------------------
// Valid JSON round-trips.
// ---------------------------------------------------------------------------------------------

#[test]
fn worked_shift_ending_where_it_starts_is_refused() {
    let err = WorkedShift::new(d(2026, 3, 2), t(8, 0), t(8, 0), 0).unwrap_err();
    assert_eq!(
        err,
        Error::EmptyWorkedShift {
            date: d(2026, 3, 2),
            at: "08:00".to_owned()
        }
    );
    assert_mentions(&err.to_string(), &["worked shift", "2026-03-02", "08:00"]);
    let message = refused_value::<Record>(&json!({
        "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "08:00"}],
        "complete_through": "2026-03-31"
    }));
    assert_mentions(&message, &["worked shift", "2026-03-02", "08:00"]);
    let message = refused_value::<WorkedShift>(
        &json!({"date": "2026-03-02", "start": "08:00", "end": "09:00", "unpaid_break_minutes": 60}),
    );
    assert_mentions(&message, &["unpaid break of 60 min", "span of 60 min"]);
}

#[test]
fn payment_whose_dates_are_reversed_is_refused() {
    let message = refused_value::<Payment>(&json!({
        "covers": {"first": "2026-03-31", "last": "2026-03-01"},
        "amount": {"minor_units": 100, "currency": "CNY"},
        "paid_on": "2026-04-10"
    }));
    assert_mentions(&message, &["payment covers", "2026-03-01", "2026-03-31"]);
}

#[test]
fn unknown_payee_form_or_deduction_kind_is_refused() {
    let payment = |field: &str, value: &str| {
        let mut json = json!({
            "covers": {"first": "2026-03-01", "last": "2026-03-31"},
            "amount": {"minor_units": 100, "currency": "CNY"},
            "paid_on": "2026-04-10"
        });
        json[field] = json!(value);
        json
    };
    let message = refused_value::<Payment>(&payment("payee", "labour_agent"));
    assert_mentions(&message, &["payee", "labour_agent", "student, school"]);
    let message = refused_value::<Payment>(&payment("form", "meal_tickets"));
    assert_mentions(&message, &["form", "meal_tickets", "goods_or_vouchers"]);
    let mut json = payment("payee", "student");
    json["deductions"] = json!([{"kind": "tip", "amount": {"minor_units": 1, "currency": "CNY"}}]);
    assert_mentions(&refused_value::<Payment>(&json), &["deduction kind", "tip"]);
    assert_eq!(
        "agent".parse::<Payee>(),
        Err(Error::UnknownName {
            field: "payee",
            value: "agent".to_owned(),
            expected: "student, school, intermediary, third_party"
        })
    );
}

#[test]
fn records_round_trip_and_default_to_the_student_in_money() {
    let json = json!({
        "shifts": [{"date": "2026-03-02", "start": "20:00", "end": "07:00"}],
        "payments": [{
            "covers": {"first": "2026-03-02", "last": "2026-03-31"},
            "amount": {"minor_units": 300000, "currency": "CNY"},
            "paid_on": "2026-04-10"
        }],
        "complete_through": "2026-03-31"
    });
    let record: Record = serde_json::from_value(json).unwrap();
    assert_eq!(record.payments[0].payee, Payee::Student);
    assert_eq!(record.payments[0].form, PaymentForm::Money);
    let back = round_trip(&record);
    assert_eq!(back["payments"][0]["payee"], "student");
    let mut p = placement();
    p.record = Some(record);
    let value = round_trip(&p);
    assert_eq!(value["record"]["complete_through"], "2026-03-31");
    // A placement without a record writes no `record` field, as before.
    assert!(round_trip(&placement()).get("record").is_none());
}

#[test]
fn valid_json_of_each_type_round_trips() {
    round_trip(&DateRange::new(d(2026, 1, 1), d(2026, 2, 1)).unwrap());
    round_trip(&DateRange::single(d(2028, 2, 29)));
    for text in ["0%", "12.5%", "80%", "100%"] {
        let share: Share = text.parse().unwrap();
        assert_eq!(round_trip(&share), json!(text));
    }
    round_trip(&Currency::CNY);
    assert_eq!(round_trip(&Money::new(1, Currency::EUR)), json!("0.01 EUR"));
    round_trip(&Money::zero(Currency::GBP));
    assert_eq!(round_trip(&name("Li Wei")), json!("Li Wei"));
    let id = StudentId::from_u128(0x67e5_5044_10b1_426f_9247_bb68_0e5f_e0c8);
    assert_eq!(
        round_trip(&id),
        json!("67e55044-10b1-426f-9247-bb680e5fe0c8")
    );
    round_trip(&EnterpriseId::from_u128(2));
    round_trip(&student(4));
    assert_eq!(round_trip(&t(8, 5)), json!("08:05"));
    round_trip(&TimeOfDay::MIDNIGHT);
    round_trip(&Shift::new(Weekday::Mon, t(8, 0), t(17, 0), 60).unwrap());
    round_trip(&Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 0).unwrap());
    round_trip(&placement().schedule);
    round_trip(&WeeklySchedule::default());
    round_trip(&DailyWindow::new(t(22, 0), t(6, 0)).unwrap());
    round_trip(&DailyWindow::new(t(8, 0), t(12, 0)).unwrap());
    round_trip(&DayRange::new(90, 200).unwrap());
    round_trip(&placement());
    round_trip(&agreement());
    round_trip(&registry());
    round_trip(&Registry::default());
    round_trip(&Policy::cn());
    let mut policy = Policy::cn()
        .switch_off(RuleCode::AgreementMutualContribution)
        .switch_off(CustomCode::new("acme.max_commute").unwrap())
        .override_severity(RuleCode::WorktimeRestDays, Severity::Warning);
    policy.minor_night_window = Some(DailyWindow::new(t(20, 0), t(6, 0)).unwrap());
    policy.semester_days = DayRange::new(80, 210).unwrap();
    policy.max_intern_share_of_workforce = "12.5%".parse().unwrap();
    let json = round_trip(&policy);
    assert_eq!(
        json["switched_off"],
        json!(["acme.max_commute", "agreement.mutual_contribution"])
    );
}

#[test]
fn a_course_use_refuses_a_bad_id_an_unknown_field_and_a_missing_resource() {
    use school_enterprise::interaction::ResourceUse;
    assert_mentions(&refused::<ResourceUse>(r#""not-a-uuid""#), &["not-a-uuid"]);
    let id = ContributionId::from_u128(7).to_string();
    assert_mentions(
        &refused_value::<ResourceUse>(&json!({"resource": id, "needed_by": "2026-04-15"})),
        &["needed_by"],
    );
    assert_mentions(
        &refused_value::<ResourceUse>(&json!({"needed_on": "2026-04-15"})),
        &["resource"],
    );
    assert_mentions(
        &refused_value::<ResourceUse>(&json!({"resource": id, "needed_on": "2026-02-30"})),
        &["2026-02-30"],
    );
    let staged = ResourceUse::needed_on(ContributionId::from_u128(7), d(2026, 4, 15));
    assert_eq!(
        round_trip(&staged),
        json!({"resource": id, "needed_on": "2026-04-15"})
    );
    assert_eq!(
        round_trip(&ResourceUse::from(ContributionId::from_u128(7))),
        json!(id)
    );
}

#[test]
fn the_internship_mode_reads_and_an_unknown_mode_is_refused() {
    assert_eq!(round_trip(&Mode::Internship), json!({"kind": "internship"}));
    assert_mentions(
        &refused::<Mode>(r#"{"kind": "apprenticeship"}"#),
        &["apprenticeship"],
    );
}

// ---------------------------------------------------------------------------------------------
// Values no one means (issue 18): one table, read as a whole portfolio through `read_json`, each
// row with the exact reason and the path of the offending value.
// ---------------------------------------------------------------------------------------------

/// A valid portfolio as JSON: the registry and agreement above, the host resting on Sundays.
fn portfolio_json() -> Value {
    let mut json = serde_json::to_value(Portfolio::new(registry(), vec![agreement()])).unwrap();
    json["registry"]["enterprises"][0]["rest_days"] = json!("Sun");
    read_json::<Portfolio>(&json.to_string()).unwrap();
    json
}

/// Sets the value at JSON Pointer `pointer` of `json`.
fn set(json: &mut Value, pointer: &str, value: Value) {
    *json
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
}

#[test]
fn values_no_one_means_are_refused_with_their_path() {
    // (what, JSON Pointer, value put there, expected path, expected reason)
    let table: Vec<(&str, &str, Value, &str, &str)> = vec![
        (
            "blank name",
            "/registry/students/0/name",
            json!(" \t "),
            "registry.students[0].name",
            "name must not be empty",
        ),
        (
            "zero-width space",
            "/registry/students/0/name",
            json!("\u{200B}"),
            "registry.students[0].name",
            r#"name "\u{200b}" has no visible character"#,
        ),
        (
            "control characters",
            "/registry/enterprises/0/name",
            json!("\u{1}\u{7}"),
            "registry.enterprises[0].name",
            r#"name "\u{1}\u{7}" has no visible character"#,
        ),
        (
            "joiners, word joiner and byte-order mark",
            "/registry/enterprises/0/sector",
            json!("\u{200C}\u{200D}\u{2060}\u{FEFF}"),
            "registry.enterprises[0].sector",
            r#"sector "\u{200c}\u{200d}\u{2060}\u{feff}" has no visible character"#,
        ),
        (
            "zero-width space between spaces",
            "/registry/students/0/major",
            json!(" \u{200B} "),
            "registry.students[0].major",
            r#"major " \u{200b} " has no visible character"#,
        ),
        (
            "invisible post name",
            "/registry/enterprises/0/posts/0/name",
            json!("\u{FEFF}"),
            "registry.enterprises[0].posts[0].name",
            r#"name "\u{feff}" has no visible character"#,
        ),
        (
            "variation selectors only",
            "/registry/students/0/name",
            json!("\u{FE0F}\u{E0100}\u{180B}"),
            "registry.students[0].name",
            r#"name "\u{fe0f}\u{e0100}\u{180b}" has no visible character"#,
        ),
        (
            "Hangul fillers only",
            "/registry/enterprises/0/posts/0/name",
            json!("\u{115F}\u{1160}\u{3164}\u{FFA0}"),
            "registry.enterprises[0].posts[0].name",
            "name \"\u{115F}\u{1160}\u{3164}\u{FFA0}\" has no visible character",
        ),
        (
            "blank qualification",
            "/registry/instructors/0/qualifications",
            json!(["welder", " "]),
            "registry.instructors[0].qualifications[1]",
            "qualifications must not be empty",
        ),
        (
            "invisible qualification",
            "/registry/instructors/0/qualifications",
            json!(["\u{200B}"]),
            "registry.instructors[0].qualifications[0]",
            r#"qualifications "\u{200b}" has no visible character"#,
        ),
        (
            "empty contribution description",
            "/agreements/0/contributions/0/description",
            json!(""),
            "agreements[0].contributions[0].description",
            "description must not be empty",
        ),
        (
            "invisible contribution description",
            "/agreements/0/contributions/0/description",
            json!("\u{2060}\u{3164}"),
            "agreements[0].contributions[0].description",
            // Debug escapes the word joiner (a format character), not the filler (a letter).
            "description \"\\u{2060}\u{3164}\" has no visible character",
        ),
        (
            "pay period of 0 days",
            "/agreements/0/placements/0/pay/period_days",
            json!(0),
            "agreements[0].placements[0].pay.period_days",
            "period_days must be at least 1, not 0",
        ),
        (
            "negative grade",
            "/registry/students/0/grade",
            json!(-5000),
            "registry.students[0].grade",
            "grade -5000 is negative",
        ),
        (
            "grade of -1",
            "/registry/students/1/grade",
            json!(-1),
            "registry.students[1].grade",
            "grade -1 is negative",
        ),
        (
            "graduation on the enrollment day",
            "/registry/students/0/expected_graduation",
            json!("2024-09-01"),
            "registry.students[0]",
            "expected_graduation 2024-09-01 is not after enrolled_on 2024-09-01",
        ),
        (
            "graduation before enrollment",
            "/registry/students/1/expected_graduation",
            json!("2024-06-30"),
            "registry.students[1]",
            "expected_graduation 2024-06-30 is not after enrolled_on 2024-09-01",
        ),
        (
            "born the day after enrollment",
            "/registry/students/0/birth_date",
            json!("2024-09-02"),
            "registry.students[0]",
            "birth_date 2024-09-02 is after enrolled_on 2024-09-01",
        ),
        (
            "rest day listed twice",
            "/registry/enterprises/0/rest_days",
            json!(["Sat", "Sun", "Sat"]),
            "registry.enterprises[0].rest_days",
            "Sat is listed twice",
        ),
        (
            "Sunday listed twice",
            "/registry/enterprises/0/rest_days",
            json!(["Sun", "Sun"]),
            "registry.enterprises[0].rest_days",
            "Sun is listed twice",
        ),
        (
            "29 February of a common year",
            "/registry/students/0/birth_date",
            json!("2007-02-29"),
            "registry.students[0].birth_date",
            "2007-02-29 is not a date in the calendar (February 2007 has 28 days)",
        ),
        (
            "31 April, in a list",
            "/agreements/0/placements/0/days_off/0",
            json!("2026-04-31"),
            "agreements[0].placements[0].days_off[0]",
            "2026-04-31 is not a date in the calendar (April 2026 has 30 days)",
        ),
        (
            "month 13",
            "/registry/students/0/enrolled_on",
            json!("2024-13-01"),
            "registry.students[0].enrolled_on",
            "2024-13-01 is not a date in the calendar (months run from 01 to 12)",
        ),
        (
            "day 0 inside a date range, in its older object form",
            "/agreements/0/validity",
            json!({"first": "2026-03-00", "last": "2027-02-28"}),
            "agreements[0].validity.first",
            "2026-03-00 is not a date in the calendar (March 2026 has 31 days)",
        ),
        (
            "day 0 inside a date range",
            "/agreements/0/validity",
            json!("2026-03-00..=2027-02-28"),
            "agreements[0].validity",
            "date range \"2026-03-00..=2027-02-28\": 2026-03-00 is not a date in the calendar \
             (March 2026 has 31 days)",
        ),
        (
            "a date range with a day written short",
            "/agreements/0/validity",
            json!("2026-3-1..=2027-02-28"),
            "agreements[0].validity",
            "date range \"2026-3-1..=2027-02-28\": \"2026-3-1\" is not a date written YYYY-MM-DD",
        ),
        (
            "a date range written with two dots",
            "/agreements/0/validity",
            json!("2026-03-01..2027-02-28"),
            "agreements[0].validity",
            "date range \"2026-03-01..2027-02-28\" is not written like \"2026-03-01..=2026-06-30\"",
        ),
        (
            "a rest day written in full",
            "/registry/enterprises/0/rest_days",
            json!("Saturday, Sunday"),
            "registry.enterprises[0].rest_days",
            "weekdays \"Saturday, Sunday\" is not written like \"Sat, Sun\" or \"none\"",
        ),
        (
            "a wage in a currency that is not one",
            "/registry/enterprises/0/posts/0/monthly_wage",
            json!("4800.00 RMB"),
            "registry.enterprises[0].posts[0].monthly_wage",
            "currency \"RMB\" is not an ISO 4217 currency code like \"CNY\"",
        ),
        (
            "a wage in yen with decimals",
            "/registry/enterprises/0/posts/0/monthly_wage",
            json!("4800.00 JPY"),
            "registry.enterprises[0].posts[0].monthly_wage",
            "amount \"4800.00 JPY\" is not written in whole JPY, without decimals (ISO 4217), like \"4800 JPY\"",
        ),
    ];
    for (what, pointer, value, path, reason) in table {
        let mut json = portfolio_json();
        set(&mut json, pointer, value);
        let err = match read_json::<Portfolio>(&json.to_string()) {
            Ok(_) => panic!("{what}: accepted"),
            Err(err) => err,
        };
        assert_eq!(err.path.to_string(), path, "{what}: {err}");
        assert_eq!(err.reason, reason, "{what}: {err}");
    }
}

/// A record's bad values, read in a whole portfolio: each refused at the field that holds it
/// (the shift whose `end` equals its `start`, a payment's `covers`, `payee` and `form`), and the
/// nearest valid record read back as written.
#[test]
fn a_records_bad_values_are_refused_with_their_path() {
    let record = |shift_end: &str, covers: Value, payee: &str, form: &str| {
        json!({
            "shifts": [
                {"date": "2026-03-02", "start": "08:00", "end": "17:00", "unpaid_break_minutes": 60},
                {"date": "2026-03-03", "start": "08:00", "end": shift_end}
            ],
            "payments": [{
                "covers": covers,
                "amount": "3000.00 CNY",
                "paid_on": "2026-04-10",
                "payee": payee,
                "form": form
            }],
            "complete_through": "2026-03-31"
        })
    };
    let march = || json!("2026-03-02..=2026-03-31");
    let at = "agreements[0].placements[0].record";
    // (what, the record, expected path, expected reason)
    let table: Vec<(&str, Value, String, &str)> = vec![
        (
            "a worked shift whose end equals its start",
            record("08:00", march(), "student", "money"),
            format!("{at}.shifts[1]"),
            "worked shift on 2026-03-03: end 08:00 equals start 08:00, no time span",
        ),
        (
            "a payment whose dates are reversed",
            record(
                "17:00",
                json!("2026-03-31..=2026-03-02"),
                "student",
                "money",
            ),
            format!("{at}.payments[0].covers"),
            "payment covers days ending on 2026-03-02 before they start on 2026-03-31",
        ),
        (
            "a payment whose dates are reversed, in the older object form",
            record(
                "17:00",
                json!({"first": "2026-03-31", "last": "2026-03-02"}),
                "student",
                "money",
            ),
            format!("{at}.payments[0].covers"),
            "payment covers days ending on 2026-03-02 before they start on 2026-03-31",
        ),
        (
            "an unknown payee",
            record("17:00", march(), "labour_agent", "money"),
            format!("{at}.payments[0].payee"),
            r#"payee "labour_agent" is not one of student, school, intermediary, third_party"#,
        ),
        (
            "an unknown form",
            record("17:00", march(), "student", "meal_tickets"),
            format!("{at}.payments[0].form"),
            r#"form "meal_tickets" is not one of money, goods_or_vouchers"#,
        ),
    ];
    for (what, bad, path, reason) in table {
        let mut json = portfolio_json();
        json["agreements"][0]["placements"][0]["record"] = bad;
        let err = match read_json::<Portfolio>(&json.to_string()) {
            Ok(_) => panic!("{what}: accepted"),
            Err(err) => err,
        };
        assert_eq!(err.path.to_string(), path, "{what}: {err}");
        assert_eq!(err.reason, reason, "{what}: {err}");
    }
    // The nearest valid values: a shift ending a minute after it starts, a payment for one day,
    // and the other payee and form, which the rules report but the model holds.
    let mut json = portfolio_json();
    let mut valid = record(
        "08:01",
        json!("2026-03-02..=2026-03-02"),
        "school",
        "goods_or_vouchers",
    );
    valid["payments"][0]["deductions"] = json!([]);
    valid["shifts"][1]["unpaid_break_minutes"] = json!(0);
    json["agreements"][0]["placements"][0]["record"] = valid;
    let portfolio = read_json::<Portfolio>(&json.to_string()).unwrap();
    assert_eq!(serde_json::to_value(&portfolio).unwrap(), json);
}

#[test]
fn the_nearest_valid_values_are_read() {
    // One visible character among invisible ones, a period of 1 day, grade 0, graduation the day
    // after enrollment, born on the enrollment day, two different rest days; 29 February of a
    // leap year.
    let table: Vec<(&str, Value)> = vec![
        ("/registry/students/0/birth_date", json!("2008-02-29")),
        ("/registry/students/0/name", json!("\u{200B}Li\u{200D}")),
        ("/registry/enterprises/0/sector", json!("\u{FEFF}x")),
        ("/registry/students/0/name", json!("\u{3164}Li\u{FE0F}")),
        (
            "/registry/instructors/0/qualifications",
            json!(["welder", "\u{200B}x"]),
        ),
        (
            "/agreements/0/contributions/0/description",
            json!("\u{2060}two teachers"),
        ),
        ("/agreements/0/placements/0/pay/period_days", json!(1)),
        ("/registry/students/0/grade", json!(0)),
        (
            "/registry/students/0/expected_graduation",
            json!("2024-09-02"),
        ),
        ("/registry/students/0/birth_date", json!("2024-09-01")),
        ("/registry/enterprises/0/rest_days", json!("Sat, Sun")),
    ];
    for (pointer, value) in table {
        let mut json = portfolio_json();
        set(&mut json, pointer, value.clone());
        let portfolio = read_json::<Portfolio>(&json.to_string())
            .unwrap_or_else(|err| panic!("{pointer} = {value}: {err}"));
        assert_eq!(serde_json::to_value(&portfolio).unwrap(), json, "{pointer}");
    }

    // A contribution whose description is left out reads as empty and is written without one.
    let mut json = portfolio_json();
    json["agreements"][0]["contributions"][0]
        .as_object_mut()
        .unwrap()
        .remove("description");
    let portfolio = read_json::<Portfolio>(&json.to_string()).unwrap();
    assert_eq!(portfolio.agreements[0].contributions[0].description, "");
    assert_eq!(serde_json::to_value(&portfolio).unwrap(), json);
}

fn student_builder() -> StudentBuilder {
    Student::builder()
        .id(StudentId::from_u128(4))
        .school(SchoolId::from_u128(1))
        .name("Wang Fang")
        .birth_date(d(2008, 4, 2))
        .major("mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1))
}

#[test]
fn the_builders_and_constructors_refuse_the_same_values() {
    assert_eq!(
        Name::new("\u{200B}"),
        Err(Error::InvisibleText {
            field: "name",
            value: "\u{200B}".to_owned()
        })
    );
    assert_eq!(
        Name::new("\u{1}\u{7}").unwrap_err().to_string(),
        r#"name "\u{1}\u{7}" has no visible character"#
    );
    assert_eq!(
        Name::new("\u{200B}a\u{200B}").unwrap().as_str(),
        "\u{200B}a\u{200B}"
    );
    // Soft hyphen, direction marks and isolates, tag characters: no visible character.
    for invisible in [
        "\u{AD}",
        "\u{200E}\u{202E}",
        "\u{2066}\u{2069}",
        "\u{E0001}\u{E0041}",
    ] {
        assert_eq!(
            Name::new(invisible),
            Err(Error::InvisibleText {
                field: "name",
                value: invisible.to_owned()
            }),
            "{invisible:?}"
        );
    }
    // Variation selectors and Hangul fillers: no visible character either.
    for invisible in [
        "\u{FE0E}",
        "\u{E01EF}",
        "\u{180F}",
        "\u{3164}",
        "\u{FFA0}\u{115F}",
    ] {
        assert!(
            matches!(
                Name::new(invisible),
                Err(Error::InvisibleText { field: "name", .. })
            ),
            "{invisible:?}"
        );
    }
    // A qualification and a contribution's description are refused like names.
    let teacher = || {
        Instructor::builder()
            .id(InstructorId::from_u128(7))
            .name("Li Wei")
            .employer(Employer::School(SchoolId::from_u128(1)))
    };
    assert_eq!(
        teacher()
            .qualification("welder")
            .qualification("\u{FE0F}")
            .build(),
        Err(Error::InvisibleText {
            field: "qualifications",
            value: "\u{FE0F}".to_owned()
        })
    );
    assert_eq!(
        teacher().qualification(" ").build(),
        Err(Error::EmptyText {
            field: "qualifications"
        })
    );
    assert_eq!(
        teacher()
            .qualification("welder")
            .build()
            .unwrap()
            .qualifications,
        ["welder"]
    );
    assert_eq!(
        CooperationAgreement::builder()
            .contributes(Side::School, ContributionKind::Staff, "\u{3164}")
            .build(),
        Err(Error::InvisibleText {
            field: "description",
            value: "\u{3164}".to_owned()
        })
    );
    // Letters of any script are visible.
    for visible in ["王芳", "Ölçü", "ع", "x", "김민준", "☺\u{FE0F}"] {
        assert_eq!(Name::new(visible).unwrap().as_str(), visible);
    }
    assert_eq!(
        Enterprise::builder()
            .id(EnterpriseId::from_u128(2))
            .name("Delta Motors")
            .sector("\u{2060}\u{FEFF}")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(400)
            .build()
            .unwrap_err()
            .to_string(),
        r#"sector "\u{2060}\u{feff}" has no visible character"#
    );
    assert_eq!(
        student_builder().major("\u{200C}").build().unwrap_err(),
        Error::InvisibleText {
            field: "major",
            value: "\u{200C}".to_owned()
        }
    );

    let monthly = Money::new(3_000_00, Currency::CNY);
    assert_eq!(
        Pay::new(monthly, 0),
        Err(Error::Zero {
            field: "period_days"
        })
    );
    assert_eq!(
        Pay::new(monthly, 0).unwrap_err().to_string(),
        "period_days must be at least 1, not 0"
    );
    assert_eq!(Pay::new(monthly, 1).unwrap().period_days, 1);

    assert_eq!(
        student_builder()
            .grade(-5000)
            .build()
            .unwrap_err()
            .to_string(),
        "grade -5000 is negative"
    );
    assert_eq!(student_builder().grade(0).build().unwrap().grade, 0);
    assert_eq!(
        student_builder()
            .expected_graduation(d(2024, 9, 1))
            .build()
            .unwrap_err(),
        Error::DatesOutOfOrder {
            field: "expected_graduation",
            date: d(2024, 9, 1),
            relation: "not after",
            other_field: "enrolled_on",
            other: d(2024, 9, 1),
        }
    );
    assert!(student_builder()
        .expected_graduation(d(2024, 9, 2))
        .build()
        .is_ok());
    assert_eq!(
        student_builder()
            .birth_date(d(2024, 9, 2))
            .build()
            .unwrap_err()
            .to_string(),
        "birth_date 2024-09-02 is after enrolled_on 2024-09-01"
    );
    assert!(student_builder().birth_date(d(2024, 9, 1)).build().is_ok());

    assert_eq!(
        WeekdaySet::try_from(vec![Weekday::Sat, Weekday::Sun, Weekday::Sat]),
        Err(Error::RepeatedWeekday {
            weekday: Weekday::Sat
        })
    );
}

/// The JSON Pointers of every string in `json` written like a date, `YYYY-MM-DD`.
fn date_pointers(json: &Value, at: String, found: &mut Vec<String>) {
    match json {
        Value::String(s) => {
            let b = s.as_bytes();
            let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
            if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) {
                found.push(at);
            }
        }
        Value::Array(items) => {
            for (k, item) in items.iter().enumerate() {
                date_pointers(item, format!("{at}/{k}"), found);
            }
        }
        Value::Object(fields) => {
            for (key, value) in fields {
                date_pointers(value, format!("{at}/{key}"), found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_date_field_names_a_day_not_in_the_calendar_through_plain_serde_json_too() {
    // 2023 is not a leap year (not divisible by 4), so it has no 29 February.
    let reason = "2023-02-29 is not a date in the calendar (February 2023 has 28 days)";
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents =
        vec![std::fs::read_to_string(dir.join("tests/fixtures/portfolio.json")).unwrap()];
    for entry in std::fs::read_dir(dir.join("benches/templates")).unwrap() {
        documents.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let mut fields = std::collections::BTreeSet::new();
    for text in documents {
        let json: Value = serde_json::from_str(&text).unwrap();
        let mut pointers = Vec::new();
        date_pointers(&json, String::new(), &mut pointers);
        for pointer in pointers {
            // One place per field of each kind of element: `/agreements/*/placements/*/dates`.
            let kind: Vec<&str> = pointer
                .split('/')
                .map(|s| if s.parse::<usize>().is_ok() { "*" } else { s })
                .collect();
            if !fields.insert(kind.join("/")) {
                continue;
            }
            let mut bad = json.clone();
            set(&mut bad, &pointer, json!("2023-02-29"));
            let text = bad.to_string();
            let plain = serde_json::from_str::<Portfolio>(&text)
                .unwrap_err()
                .to_string();
            assert!(plain.starts_with(reason), "{pointer}: {plain}");
            let err = read_json::<Portfolio>(&text).unwrap_err();
            assert_eq!(err.reason, reason, "{pointer}");
            // The path reaches the date, or stops at the mode whose `kind` serde reads first.
            assert!(pointer.starts_with(&err.json_pointer()), "{pointer}: {err}");
        }
    }
    let name = |kind: &String| {
        kind.rsplit('/')
            .find(|s| *s != "*")
            .unwrap_or_default()
            .to_owned()
    };
    let names: std::collections::BTreeSet<String> = fields.iter().map(name).collect();
    // The documents hold dates in these fields (among others): each was checked above.
    for field in [
        "birth_date",
        "signed_on",
        "days_off",
        "paid_on",
        "complete_through",
        "date",
    ] {
        assert!(
            names.contains(field),
            "no {field} in the documents: {names:?}"
        );
    }
}

#[test]
fn a_policy_names_a_holiday_not_in_the_calendar() {
    let text = r#"{"public_holidays": ["2026-10-01", "2026-02-30"]}"#;
    let reason = "2026-02-30 is not a date in the calendar (February 2026 has 28 days)";
    let plain = serde_json::from_str::<Policy>(text)
        .unwrap_err()
        .to_string();
    assert!(plain.starts_with(reason), "{plain}");
    let err = read_json::<Policy>(text).unwrap_err();
    assert_eq!(
        (err.path.to_string().as_str(), err.reason.as_str()),
        ("public_holidays[1]", reason)
    );
}

#[test]
fn a_course_names_the_day_it_needs_a_resource_when_that_is_not_in_the_calendar() {
    let text = r#"{"resource": "00000000-0000-0000-0000-000000000001", "needed_on": "2026-02-30"}"#;
    let err = serde_json::from_str::<interaction::ResourceUse>(text).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "needed_on: 2026-02-30 is not a date in the calendar (February 2026 has 28 days)"
        ),
        "{err}"
    );
}
