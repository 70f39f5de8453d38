//! The JSON fixture a user would feed to `examples/check_json.rs`: it deserializes through the
//! constructors, checks to a known report, and every path resolves in the document itself.

use school_enterprise::*;

const PORTFOLIO: &str = include_str!("fixtures/portfolio.json");

#[test]
fn fixture_portfolio_checks_to_its_known_faults() {
    let portfolio: Portfolio = serde_json::from_str(PORTFOLIO).unwrap();
    let report = portfolio.check(&Policy::cn());
    let found: Vec<(String, String)> = report
        .iter()
        .map(|v| (v.code().to_string(), v.path().to_string()))
        .collect();
    // The second agreement adds a 4-hour Saturday to a 40-hour week and is signed a day late.
    assert_eq!(
        found,
        [
            (
                "agreement.signed_before_start".to_owned(),
                "agreements[1]".to_owned()
            ),
            (
                "worktime.weekly_hours".to_owned(),
                "agreements[1].placements[0].schedule".to_owned()
            ),
        ]
    );
    let weekly = report
        .with_code(RuleCode::WorktimeWeeklyHours)
        .next()
        .unwrap();
    assert_eq!(weekly.figure("actual"), Some("44 h"));
    let document: serde_json::Value = serde_json::from_str(PORTFOLIO).unwrap();
    for v in &report {
        assert!(
            document.pointer(&v.path().to_json_pointer()).is_some(),
            "{v}"
        );
    }
}

#[test]
fn fixture_with_a_reversed_range_is_refused() {
    let broken = PORTFOLIO.replacen(r#""last": "2027-02-28""#, r#""last": "2025-02-28""#, 1);
    assert_ne!(
        broken, PORTFOLIO,
        "the fixture has the range the test breaks"
    );
    let err = serde_json::from_str::<Portfolio>(&broken)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("2025-02-28") && err.contains("before it starts"),
        "{err}"
    );
}
