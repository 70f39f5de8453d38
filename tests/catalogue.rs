//! The rule catalogue: the code's table, the rules page in the docs, and the codes' string forms
//! agree.

use std::collections::BTreeMap;

use school_enterprise::*;

const RULES_PAGE: &str = include_str!("../src/rules.md");

/// (code, severity letter, statement, source) of every row of the rules page.
fn page_rows() -> Vec<(String, String, String, String)> {
    RULES_PAGE
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            (
                cells[0].trim_matches('`').to_owned(),
                cells[1].to_owned(),
                cells[2].replace("\\|", "|"),
                cells[3].to_owned(),
            )
        })
        .collect()
}

#[test]
fn catalogue_has_121_rules_in_code_order() {
    let names: Vec<&str> = catalogue().iter().map(|r| r.name).collect();
    assert_eq!(names.len(), 121);
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(names, sorted, "codes are unique and in code order");
    assert_eq!(RuleCode::ALL.len(), 121);
}

#[test]
fn catalogue_counts_per_area_match_the_rule_families() {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for rule in catalogue() {
        *counts
            .entry(rule.name.split('.').next().unwrap())
            .or_default() += 1;
    }
    let expected = [
        ("agreement", 6),
        ("alternation", 12),
        ("employed_study", 9),
        ("interaction", 9),
        ("introduced", 10),
        ("order", 14),
        ("placement", 28),
        ("portfolio", 4),
        ("record", 19),
        ("worktime", 10),
    ];
    assert_eq!(counts.into_iter().collect::<Vec<_>>(), expected);
}

#[test]
fn rules_page_and_catalogue_agree() {
    let rows = page_rows();
    assert_eq!(rows.len(), catalogue().len());
    for ((code, severity, statement, source), info) in rows.iter().zip(catalogue()) {
        assert_eq!(code, info.name);
        let letter = match info.severity {
            Severity::Error => "E",
            Severity::Warning => "W",
        };
        assert_eq!(severity, letter, "{code}");
        assert_eq!(statement, info.statement, "{code}");
        assert_eq!(source, info.source, "{code}");
    }
}

#[test]
fn every_code_round_trips_through_its_string() {
    for (code, info) in RuleCode::ALL.iter().zip(catalogue()) {
        assert_eq!(info.code, *code);
        assert_eq!(code.as_str(), info.name);
        assert_eq!(code.to_string().parse::<RuleCode>(), Ok(*code));
        assert_eq!(code.info().name, info.name);
        let json = serde_json::to_string(code).unwrap();
        assert_eq!(json, format!("\"{}\"", info.name));
        assert_eq!(serde_json::from_str::<RuleCode>(&json).unwrap(), *code);
    }
    assert!("placement.no_such_rule".parse::<RuleCode>().is_err());
}

#[test]
fn known_severities_and_sources() {
    assert_eq!(
        RuleCode::PlacementMinAge.default_severity(),
        Severity::Error
    );
    assert_eq!(
        RuleCode::PlacementFiled.default_severity(),
        Severity::Warning
    );
    assert_eq!(
        RuleCode::AgreementMutualContribution.default_severity(),
        Severity::Warning
    );
    assert_eq!(RuleCode::PlacementMinAge.area(), Area::Placement);
    assert_eq!(RuleCode::WorktimeRestDays.area(), Area::WorkingTime);
    assert!(RuleCode::PlacementMinAge.source().contains("Art. 16(2)"));
    assert!(RuleCode::WorktimeRestDays
        .source()
        .contains("Labour Law Art. 38"));
    assert_eq!(RuleCode::AlternationGroupsBalanced.source(), "domain rule");
    assert_eq!(RuleCode::PlacementMinAge.title(), "Min age");
}

#[test]
fn codes_parse_as_catalogue_rules_or_custom_codes() {
    assert_eq!(
        "worktime.rest_days".parse::<Code>(),
        Ok(Code::Rule(RuleCode::WorktimeRestDays))
    );
    let custom: Code = "acme.commute_time".parse().unwrap();
    assert_eq!(custom.rule(), None);
    assert_eq!(custom.to_string(), "acme.commute_time");
    for bad in [
        "",
        "nodot",
        "Acme.rule",
        "acme..rule",
        "acme.rule-x",
        "acme.",
    ] {
        assert!(bad.parse::<Code>().is_err(), "{bad:?}");
    }
}
