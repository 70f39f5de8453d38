//! The bench's templates (`benches/templates/*.json`) are what the property-testing kit draws
//! from its fixed seed, and each is a valid agreement of its mode.
//!
//! `cargo bench` needs no feature, so the benches cannot call the kit; they read these
//! files instead. After a change to the kit's generators, rewrite them with
//! `BLESS=1 cargo test --features proptest --test bench_templates`.
#![cfg(feature = "proptest")]

use std::path::PathBuf;

use proptest::strategy::{BoxedStrategy, Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use school_enterprise::alternation::Alternation;
use school_enterprise::testing::{
    valid_employed_study, valid_interaction, valid_introduced, valid_order, valid_rotation,
    Arrangement, Sizes,
};
use school_enterprise::{Mode, Policy, Portfolio};

/// Templates drawn for each mode.
const PER_MODE: usize = 2;

/// A class of up to 40 students, each with up to three placements.
const CLASS: Sizes = Sizes {
    students: 40,
    placements_per_student: 3,
};

fn modes() -> [(&'static str, BoxedStrategy<Arrangement>); 5] {
    [
        ("introduced", valid_introduced(CLASS)),
        ("rotation", valid_rotation(CLASS)),
        ("employed_study", valid_employed_study(CLASS)),
        ("interaction", valid_interaction(CLASS)),
        ("order", valid_order(CLASS)),
    ]
}

/// The first `PER_MODE` arrangements the kit draws for each mode with proptest's fixed-seed runner,
/// and an interaction agreement with a single student, as one-agreement portfolios in JSON, with
/// their file names.
fn drawn() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for (mode, strategy) in modes() {
        let mut runner = TestRunner::deterministic();
        for k in 0..PER_MODE {
            let a = strategy
                .new_tree(&mut runner)
                .expect("the kit's generators always produce a value")
                .current();
            let portfolio = Portfolio::new(a.registry, vec![a.agreement]);
            let json = serde_json::to_string(&portfolio).expect("serializable");
            files.push((format!("{mode}-{k}.json"), json + "\n"));
        }
    }
    // One student, to make up a portfolio's exact size.
    let one = Sizes {
        students: 1,
        placements_per_student: 3,
    };
    let a = valid_interaction(one)
        .new_tree(&mut TestRunner::deterministic())
        .expect("the kit's generators always produce a value")
        .current();
    assert_eq!(a.registry.students().len(), 1);
    let portfolio = Portfolio::new(a.registry, vec![a.agreement]);
    let json = serde_json::to_string(&portfolio).expect("serializable");
    files.push(("interaction-single.json".to_owned(), json + "\n"));
    files
}

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/templates")
}

#[test]
fn bench_templates_are_what_the_kit_draws() {
    let bless = std::env::var_os("BLESS").is_some();
    for (file, json) in drawn() {
        let path = folder().join(&file);
        if bless {
            std::fs::write(&path, &json).expect("writable templates folder");
            continue;
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            stored == json,
            "{file} is not what the kit draws: rewrite the templates with \
             `BLESS=1 cargo test --features proptest --test bench_templates`"
        );
    }
}

#[test]
fn every_bench_template_is_a_valid_agreement_of_its_mode() {
    let policy = Policy::cn();
    // The stored templates are these (the test above), so they are valid when these are.
    for (file, json) in drawn() {
        let portfolio: Portfolio = serde_json::from_str(&json).expect("a portfolio");
        assert_eq!(portfolio.agreements.len(), 1, "{file}");
        let report = portfolio.check(&policy);
        assert!(report.is_empty(), "{file}: {report}");
        let mode = file.rsplit_once('-').map_or("", |(mode, _)| mode);
        if file.ends_with("single.json") {
            assert_eq!(portfolio.registry.students().len(), 1);
        }
        let agreement = &portfolio.agreements[0];
        let expected = match &agreement.mode {
            Mode::IntroducedEnterprise(_) => "introduced",
            Mode::Alternation(Alternation::WorkStudyRotation(_)) => "rotation",
            Mode::Alternation(Alternation::EmployedStudy(_)) => "employed_study",
            Mode::Interaction(_) => "interaction",
            Mode::OrderBased(_) => "order",
            _ => "another mode",
        };
        assert_eq!(mode, expected, "{file}");
    }
}

/// Every id in `json`: the quoted strings of 36 characters with hyphens where a UUID has them.
fn ids(json: &str) -> Vec<&str> {
    json.split('"')
        .filter(|s| {
            s.len() == 36
                && [8, 13, 18, 23]
                    .iter()
                    .all(|&i| s.as_bytes().get(i) == Some(&b'-'))
        })
        .collect()
}

#[test]
fn every_template_id_is_in_a_range_the_bench_moves_or_shared() {
    // The bench gives each copy of a template ids of its own by rewriting these prefixes
    // (benches/support/mod.rs); the parties every generated agreement shares (the school, a
    // neighbouring school and its site) have the namespace 0000 and stay as they are.
    let moved = [
        "00000000-0000-0000-0000-0001",
        "00000000-0000-0000-0000-00e5",
        "00000000-0000-0000-0000-0a17",
    ];
    let shared = "00000000-0000-0000-0000-0000";
    for (file, json) in drawn() {
        let found = ids(&json);
        assert!(!found.is_empty(), "{file}");
        for id in found {
            assert!(
                moved.iter().any(|p| id.starts_with(p)) || id.starts_with(shared),
                "{file}: {id} is in no range the bench moves: update KIT_PREFIXES in benches/support"
            );
        }
    }
}
