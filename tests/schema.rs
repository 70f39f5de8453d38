//! The JSON Schemas under `schema/`: they are what the types generate (with the `schema` feature),
//! and every document the crate reads validates against them: the fixture, the bench templates and
//! (with the `proptest` feature) arrangements the kit generates. A handful of bad documents that
//! the schema refuses are refused by the crate too.
//!
//! After a change to a serialized type, rewrite the files with
//! `SCHEMA_BLESS=1 cargo test --features schema --test schema`.

use std::path::PathBuf;

use school_enterprise::{read_json, Catalogue, Policy, Portfolio, Registry, RuleCode};
use serde_json::{json, Value};

/// The committed schema `file` (read when the test runs, so that a blessed file is seen).
fn committed(file: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("no committed schema {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("schema/{file} is not JSON: {e}"))
}

/// A validator for the committed schema `file`, checking formats (`date`) too.
fn validator(file: &str) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(&committed(file))
        .unwrap_or_else(|e| panic!("schema/{file} is not a valid JSON Schema: {e}"))
}

/// The schema's complaints about `document`, one line each (empty when it validates).
fn complaints(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[cfg(feature = "schema")]
mod generated {
    use super::*;
    use schemars::generate::SchemaSettings;
    use schemars::transform::RecursiveTransform;
    use schemars::JsonSchema;
    use school_enterprise::{CooperationAgreement, Report};

    /// The prose of a doc comment, for a reader of JSON: without the Rust examples (fenced code
    /// blocks), its hard-wrapped lines joined, paragraphs kept apart by a blank line.
    fn prose(doc: &str) -> String {
        let mut paragraphs: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut in_code = false;
        for line in doc.lines() {
            let line = line.trim();
            if line.starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if in_code {
                continue;
            }
            if line.is_empty() {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
            } else {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(line);
            }
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
        paragraphs.join("\n\n")
    }

    fn tidy_description(schema: &mut schemars::Schema) {
        let Some(object) = schema.as_object_mut() else {
            return;
        };
        let text = match object.get("description") {
            Some(Value::String(doc)) => prose(doc),
            _ => return,
        };
        if text.is_empty() {
            object.remove("description");
        } else {
            object.insert("description".to_owned(), Value::String(text));
        }
    }

    fn schema_of<T: JsonSchema>() -> String {
        let mut settings = SchemaSettings::draft2020_12();
        settings.transforms.push(Box::new(RecursiveTransform(
            tidy_description as fn(&mut schemars::Schema),
        )));
        let schema = settings.into_generator().into_root_schema_for::<T>();
        serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n"
    }

    #[test]
    fn committed_schemas_are_what_the_types_generate() {
        let bless = std::env::var_os("SCHEMA_BLESS").is_some();
        let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema");
        let generated = [
            ("portfolio.json", schema_of::<Portfolio>()),
            ("agreement.json", schema_of::<CooperationAgreement>()),
            ("registry.json", schema_of::<Registry>()),
            ("policy.json", schema_of::<Policy>()),
            ("report.json", schema_of::<Report>()),
            ("catalogue.json", schema_of::<Catalogue>()),
        ];
        let mut stale = Vec::new();
        for (file, text) in generated {
            let path = folder.join(file);
            if bless {
                std::fs::write(&path, &text).expect("schema/ is writable");
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(file);
            }
        }
        assert!(
            stale.is_empty(),
            "stale schemas {stale:?}: rewrite them with \
             `SCHEMA_BLESS=1 cargo test --features schema --test schema`"
        );
    }
}

#[test]
fn the_fixture_validates() {
    let text = include_str!("fixtures/portfolio.json");
    let document: Value = serde_json::from_str(text).expect("the fixture is JSON");
    assert_eq!(
        complaints(&validator("portfolio.json"), &document),
        Vec::<String>::new()
    );
    // And its registry alone, and each of its agreements alone.
    let registry = validator("registry.json");
    assert_eq!(
        complaints(&registry, &document["registry"]),
        Vec::<String>::new()
    );
    let agreement = validator("agreement.json");
    let agreements = document["agreements"]
        .as_array()
        .expect("a list of agreements");
    assert!(!agreements.is_empty());
    for a in agreements {
        assert_eq!(complaints(&agreement, a), Vec::<String>::new());
    }
}

#[test]
fn the_fixture_rewritten_by_the_crate_validates() {
    let portfolio: Portfolio =
        read_json(include_str!("fixtures/portfolio.json")).expect("the fixture reads");
    let document = serde_json::to_value(&portfolio).expect("serializable");
    assert_eq!(
        complaints(&validator("portfolio.json"), &document),
        Vec::<String>::new()
    );
}

#[test]
fn every_bench_template_validates() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/templates");
    let portfolio = validator("portfolio.json");
    let mut seen = 0;
    for entry in std::fs::read_dir(&folder).expect("benches/templates is there") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).expect("readable");
            let document: Value = serde_json::from_str(&text).expect("JSON");
            assert_eq!(
                complaints(&portfolio, &document),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 11, "only {seen} templates");
}

#[test]
fn the_catalogue_validates() {
    let document = serde_json::to_value(Catalogue::new()).expect("serializable");
    assert_eq!(
        document["rules"].as_array().map(Vec::len),
        Some(RuleCode::ALL.len())
    );
    assert_eq!(
        complaints(&validator("catalogue.json"), &document),
        Vec::<String>::new()
    );
    // An entry without its Chinese title is refused by both.
    let mut bad = document.clone();
    bad["rules"][0]["title"]
        .as_object_mut()
        .expect("a localized title")
        .remove("zh");
    assert!(!complaints(&validator("catalogue.json"), &bad).is_empty());
    assert!(serde_json::from_value::<Catalogue>(bad).is_err());
}

#[test]
fn the_policy_profiles_and_a_report_validate() {
    let policy = validator("policy.json");
    for profile in [Policy::cn(), Policy::de()] {
        let document = serde_json::to_value(&profile).expect("serializable");
        assert_eq!(complaints(&policy, &document), Vec::<String>::new());
    }
    let portfolio: Portfolio =
        read_json(include_str!("fixtures/portfolio.json")).expect("the fixture reads");
    let report = portfolio.check(&Policy::cn());
    assert!(!report.violations().is_empty(), "the fixture has findings");
    let document = serde_json::to_value(&report).expect("serializable");
    assert_eq!(
        complaints(&validator("report.json"), &document),
        Vec::<String>::new()
    );
}

#[test]
fn the_older_object_forms_still_validate_and_read() {
    let document = json!({
        "schools": [],
        "enterprises": [{
            "id": "00000000-0000-0000-0000-000000000010",
            "name": "Old Form Works",
            "sector": "manufacturing",
            "legal_status": "own_entity",
            "venue": "factory",
            "employees": 10,
            "rest_days": ["Sat", "Sun"],
            "posts": [{
                "id": "00000000-0000-0000-0000-000000000011",
                "name": "assembly",
                "category": "assembly",
                "major_category": "mechatronics",
                "headcount": 2,
                "monthly_wage": {"minor_units": 480000, "currency": "CNY"},
                "labour_intensity": "I"
            }]
        }]
    });
    assert_eq!(
        complaints(&validator("registry.json"), &document),
        Vec::<String>::new()
    );
    let registry: Registry = read_json(&document.to_string()).expect("the older form reads");
    let written = serde_json::to_value(&registry).expect("serializable");
    let enterprise = &written["enterprises"][0];
    assert_eq!(enterprise["rest_days"], json!("Sat, Sun"));
    assert_eq!(enterprise["posts"][0]["monthly_wage"], json!("4800.00 CNY"));
    assert_eq!(
        complaints(&validator("registry.json"), &written),
        Vec::<String>::new()
    );
}

/// A registry with one enterprise whose post's wage is `wage` and whose rest days are `rest_days`,
/// and the named field at `key` replaced by `value` (or removed when `value` is null).
fn registry_with(key: &str, value: Value) -> Value {
    let mut document = json!({
        "enterprises": [{
            "id": "00000000-0000-0000-0000-000000000010",
            "name": "Bad Form Works",
            "sector": "manufacturing",
            "legal_status": "own_entity",
            "venue": "factory",
            "employees": 10,
            "rest_days": "Sat, Sun",
            "posts": [{
                "id": "00000000-0000-0000-0000-000000000011",
                "name": "assembly",
                "category": "assembly",
                "major_category": "mechatronics",
                "headcount": 2,
                "monthly_wage": "4800.00 CNY",
                "labour_intensity": "I"
            }]
        }]
    });
    let enterprise = &mut document["enterprises"][0];
    let target = if enterprise.get(key).is_some() {
        enterprise
    } else {
        &mut enterprise["posts"][0]
    };
    let object = target.as_object_mut().expect("an object");
    if value.is_null() {
        object.remove(key);
    } else {
        object.insert(key.to_owned(), value);
    }
    document
}

#[test]
fn the_template_for_bad_documents_is_good() {
    let document = registry_with("name", json!("Good Form Works"));
    assert_eq!(
        complaints(&validator("registry.json"), &document),
        Vec::<String>::new()
    );
    assert!(read_json::<Registry>(&document.to_string()).is_ok());
}

#[test]
fn documents_the_schema_refuses_the_crate_refuses() {
    let registry = validator("registry.json");
    let bad = [
        (
            "an amount with no currency",
            registry_with("monthly_wage", json!("4800.00")),
        ),
        (
            "an amount as a bare number",
            registry_with("monthly_wage", json!(480000)),
        ),
        (
            "a lower-case currency",
            registry_with("monthly_wage", json!("4800.00 cny")),
        ),
        (
            "a weekday that is not one",
            registry_with("rest_days", json!("Sat, Sunday")),
        ),
        (
            "an id that is not a UUID",
            registry_with("id", json!("enterprise-1")),
        ),
        ("an unknown field", registry_with("colour", json!("blue"))),
        ("a missing field", registry_with("headcount", Value::Null)),
        (
            "an unknown labour intensity",
            registry_with("labour_intensity", json!("V")),
        ),
        ("an unknown venue", registry_with("venue", json!("garage"))),
        (
            "a negative headcount",
            registry_with("headcount", json!(-1)),
        ),
    ];
    for (what, document) in bad {
        assert!(
            !complaints(&registry, &document).is_empty(),
            "the schema admits {what}"
        );
        assert!(
            read_json::<Registry>(&document.to_string()).is_err(),
            "the crate reads {what}"
        );
    }
}

#[test]
fn a_portfolio_with_a_bad_date_range_is_refused_by_both() {
    let portfolio = validator("portfolio.json");
    let mut document: Value =
        serde_json::from_str(include_str!("fixtures/portfolio.json")).expect("JSON");
    for validity in [
        json!("2025-09-01"),
        json!("2025-09-01..2026-08-31"),
        json!(7),
    ] {
        document["agreements"][0]["validity"] = validity.clone();
        assert!(
            !complaints(&portfolio, &document).is_empty(),
            "the schema admits validity {validity}"
        );
        let err = read_json::<Portfolio>(&document.to_string())
            .expect_err("the crate refuses the validity");
        assert_eq!(err.path.to_string(), "agreements[0].validity", "{err}");
    }
}

#[cfg(feature = "proptest")]
mod kit {
    use super::*;
    use proptest::prelude::*;
    use school_enterprise::testing::{
        valid_agreement_in, valid_employed_study, valid_interaction, valid_introduced, valid_order,
        valid_portfolio, valid_rotation, Arrangement, Profile, Sizes,
    };

    const CLASS: Sizes = Sizes {
        students: 3,
        placements_per_student: 2,
    };

    fn any_mode() -> impl Strategy<Value = Arrangement> {
        prop_oneof![
            valid_introduced(CLASS),
            valid_rotation(CLASS),
            valid_employed_study(CLASS),
            valid_interaction(CLASS),
            valid_order(CLASS),
            valid_agreement_in(Profile::De, CLASS),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        #[test]
        fn generated_portfolios_validate(p in valid_portfolio(3, Sizes { students: 3, placements_per_student: 2 })) {
            let document = serde_json::to_value(&p).expect("serializable");
            let found = complaints(&validator("portfolio.json"), &document);
            prop_assert!(found.is_empty(), "{found:?}");
        }

        #[test]
        fn generated_agreements_of_every_mode_validate(a in any_mode()) {
            let agreement = serde_json::to_value(&a.agreement).expect("serializable");
            let found = complaints(&validator("agreement.json"), &agreement);
            prop_assert!(found.is_empty(), "{found:?}");
            let registry = serde_json::to_value(&a.registry).expect("serializable");
            let found = complaints(&validator("registry.json"), &registry);
            prop_assert!(found.is_empty(), "{found:?}");
            let portfolio = Portfolio::new(a.registry, vec![a.agreement]);
            let document = serde_json::to_value(&portfolio).expect("serializable");
            let found = complaints(&validator("portfolio.json"), &document);
            prop_assert!(found.is_empty(), "{found:?}");
        }
    }
}
