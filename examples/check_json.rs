//! Checks a portfolio written as JSON and prints the report as JSON: the shape a service or a
//! command-line tool wraps around the crate.
//!
//! Run with `cargo run --example check_json -- tests/fixtures/portfolio.json`, or pipe JSON into
//! `cargo run --example check_json`. A policy file may follow the portfolio's path (fields left
//! out take the cn value).

use std::io::Read;

use school_enterprise::{read_json, Policy, Portfolio};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(path)?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
    };
    let policy: Policy = match args.next() {
        Some(path) => read_json(&std::fs::read_to_string(path)?)?,
        None => Policy::cn(),
    };
    // Deserialization goes through the constructors: a malformed document is refused here, with
    // the path of the offending value, the reason and the position (exit code 2).
    let portfolio: Portfolio = match read_json(&text) {
        Ok(portfolio) => portfolio,
        Err(error) => {
            eprintln!("bad input: {error}");
            std::process::exit(2);
        }
    };
    let report = portfolio.check(&policy);
    println!("{}", serde_json::to_string_pretty(&report)?);
    if !report.is_ok() {
        std::process::exit(1);
    }
    Ok(())
}
