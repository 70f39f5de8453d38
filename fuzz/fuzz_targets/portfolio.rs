//! Any text as a portfolio: reading never panics; a document that reads checks the same twice,
//! round-trips through JSON, its report round-trips, and every path of the report resolves as a
//! JSON Pointer in the document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use school_enterprise::{read_json, Policy, Portfolio, Report};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(portfolio) = read_json::<Portfolio>(text) else {
        return;
    };
    let policy = Policy::cn();
    let report = portfolio.check(&policy);
    assert_eq!(report, portfolio.check(&policy), "the check is deterministic");

    let written = serde_json::to_string(&portfolio).expect("a portfolio serializes");
    let again: Portfolio = read_json(&written).expect("what was written reads");
    assert_eq!(again, portfolio, "the document round-trips");

    let report_json = serde_json::to_string(&report).expect("a report serializes");
    let report_again: Report = read_json(&report_json).expect("a written report reads");
    assert_eq!(report_again, report, "the report round-trips");

    let document: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    for violation in report.iter() {
        let pointer = violation.path().to_json_pointer();
        assert!(
            document.pointer(&pointer).is_some(),
            "{} at {} resolves in the document",
            violation.code(),
            pointer
        );
    }
});
