//! `read_json`: a bad value in a document is named by its path, its reason and its position.

use school_enterprise::{read_json, Portfolio, Registry};
use serde_json::Value;

const FIXTURE: &str = include_str!("../benches/templates/introduced-0.json");

/// The fixture with the value at `pointer` replaced by `value`, as text.
fn with(pointer: &str, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(FIXTURE).unwrap();
    *doc.pointer_mut(pointer).unwrap() = value;
    serde_json::to_string_pretty(&doc).unwrap()
}

fn refused(text: &str) -> school_enterprise::ReadError {
    match read_json::<Portfolio>(text) {
        Ok(_) => panic!("the document was read"),
        Err(e) => e,
    }
}

#[test]
fn the_fixture_reads() {
    let portfolio: Portfolio = read_json(FIXTURE).unwrap();
    assert_eq!(portfolio.agreements.len(), 1);
}

#[test]
fn a_date_that_does_not_exist_is_named_where_it_is() {
    // In the older object form of a date range, at the day itself.
    let text = with(
        "/agreements/0/placements/2/dates",
        serde_json::json!({"first": "2023-02-29", "last": "2023-03-31"}),
    );
    let e = refused(&text);
    assert_eq!(
        e.path.to_string(),
        "agreements[0].placements[2].dates.first"
    );
    assert_eq!(e.json_pointer(), "/agreements/0/placements/2/dates/first");
    assert_eq!(
        e.reason,
        "2023-02-29 is not a date in the calendar (February 2023 has 28 days)"
    );
    let line = text.lines().position(|l| l.contains("2023-02-29")).unwrap() + 1;
    assert_eq!(e.line, line);
}

#[test]
fn a_date_that_does_not_exist_in_a_date_range_is_named_at_the_range() {
    let text = with(
        "/agreements/0/placements/2/dates",
        Value::from("2023-02-29..=2023-03-31"),
    );
    let e = refused(&text);
    assert_eq!(e.path.to_string(), "agreements[0].placements[2].dates");
    assert_eq!(
        e.reason,
        "date range \"2023-02-29..=2023-03-31\": 2023-02-29 is not a date in the calendar \
         (February 2023 has 28 days)"
    );
    let line = text.lines().position(|l| l.contains("2023-02-29")).unwrap() + 1;
    assert_eq!(e.line, line);
}

#[test]
fn a_reversed_range_is_named_at_the_range() {
    let text = with(
        "/agreements/0/placements/1/insurance/0/covers",
        serde_json::json!({"first": "2026-10-02", "last": "2026-10-01"}),
    );
    let e = refused(&text);
    assert_eq!(
        e.path.to_string(),
        "agreements[0].placements[1].insurance[0].covers"
    );
    assert!(
        e.reason.contains("2026-10-02") && e.reason.contains("2026-10-01"),
        "{}",
        e.reason
    );
}

#[test]
fn a_wrong_type_is_named_at_its_field() {
    let text = with(
        "/agreements/0/placements/0/pay/period_days",
        Value::from("18"),
    );
    let e = refused(&text);
    assert_eq!(
        e.path.to_string(),
        "agreements[0].placements[0].pay.period_days"
    );
    assert!(
        e.reason.starts_with("invalid type: string \"18\""),
        "{}",
        e.reason
    );
}

#[test]
fn an_unknown_field_is_named_with_its_parent() {
    let mut doc: Value = serde_json::from_str(FIXTURE).unwrap();
    doc["registry"]["students"][3]["nickname"] = Value::from("Xiao Li");
    let text = doc.to_string();
    let e = refused(&text);
    assert!(
        e.path.to_string().starts_with("registry.students[3]"),
        "{}",
        e.path
    );
    assert!(
        e.reason.contains("unknown field `nickname`"),
        "{}",
        e.reason
    );
}

#[test]
fn text_that_is_not_json_is_refused_where_reading_stopped() {
    let e = refused("{\"registry\": {},\n  \"agreements\": [,]}");
    assert_eq!(e.path.to_string(), "agreements[0]");
    assert_eq!((e.line, e.column), (2, 18));
    assert!(
        e.to_string().starts_with("agreements[0]: expected value"),
        "{e}"
    );
    let trailing = refused(&format!("{FIXTURE} 1"));
    assert!(trailing.path.is_root());
    assert!(
        trailing.to_string().starts_with("the document: "),
        "{trailing}"
    );
    assert!(
        trailing.reason.contains("trailing characters"),
        "{}",
        trailing.reason
    );
}

#[test]
fn a_registry_reads_on_its_own() {
    let doc: Value = serde_json::from_str(FIXTURE).unwrap();
    let registry: Registry = read_json(&doc["registry"].to_string()).unwrap();
    assert_eq!(registry.students().len(), 15);
}
