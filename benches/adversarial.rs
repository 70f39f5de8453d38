//! Hostile input: one element carrying a very long list.
//!
//! A service that accepts documents from many schools must not let one list make a check
//! quadratic. For each list a single element can carry, a bench template (see `support`) is
//! inflated so that one element holds 1,000, 10,000 and 100,000 entries, and checked in the same
//! run; the time may grow at most 15 times per tenfold. The documents need not be valid (a
//! session listing 100,000 unknown students is reported 100,000 times): what is measured is that
//! nothing scans a list once per entry of another.
//!
//! Run with `cargo bench --bench adversarial`; each benchmark is named `list/entries`.

mod support;

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use school_enterprise::{Policy, Portfolio};
use serde_json::{json, Value};

/// The sizes every list is inflated to.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// A fresh id of the namespace no template uses.
fn id(k: usize) -> String {
    format!("00000000-0000-0000-0000-0bad{k:08x}")
}

fn date(day: NaiveDate, k: usize) -> String {
    day.checked_add_days(Days::new(k as u64))
        .expect("a date in range")
        .to_string()
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("an ISO date")
}

/// The template `name` as JSON.
fn template(name: &str) -> Value {
    serde_json::to_value(support::template(name)).expect("serializable")
}

fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value
        .pointer_mut(pointer)
        .expect("the template has this element")
}

/// The first placement of the introduced template, stretched over `days` days from its first day,
/// without its record.
fn long_placement(days: usize) -> (Value, NaiveDate) {
    let mut doc = template("introduced-0");
    let placement = at(&mut doc, "/agreements/0/placements/0");
    let dates = placement["dates"]
        .as_str()
        .expect("a date range, first..=last");
    let first = day(dates.split_once("..=").expect("first..=last").0);
    placement["dates"] = json!(format!("{first}..={}", date(first, days.saturating_sub(1))));
    placement["record"] = Value::Null;
    (doc, first)
}

/// One document per list, with `n` entries in it, and the policy it is checked under.
fn inflated(list: &str, n: usize) -> (Portfolio, Policy) {
    let mut policy = Policy::cn();
    let doc = match list {
        // One-day insurance policies, listed last day first, each day of an n-day placement.
        "insurance" => {
            let (mut doc, first) = long_placement(n);
            let policies: Vec<Value> = (0..n)
                .rev()
                .map(|k| {
                    let d = date(first, k);
                    json!({"covers": format!("{d}..={d}"), "student_premium_share": "0%"})
                })
                .collect();
            at(&mut doc, "/agreements/0/placements/0")["insurance"] = Value::Array(policies);
            doc
        }
        // Days off on every other day of a placement of 2n days.
        "days_off" => {
            let (mut doc, first) = long_placement(2 * n);
            let off: Vec<Value> = (0..n).map(|k| json!(date(first, 2 * k))).collect();
            at(&mut doc, "/agreements/0/placements/0")["days_off"] = Value::Array(off);
            doc
        }
        // n public holidays, each also a day off of a placement over them all.
        "holidays" => {
            let (mut doc, first) = long_placement(2 * n);
            let holidays: Vec<NaiveDate> = (0..n).map(|k| day(&date(first, 2 * k + 1))).collect();
            let off: Vec<Value> = holidays.iter().map(|d| json!(d.to_string())).collect();
            at(&mut doc, "/agreements/0/placements/0")["days_off"] = Value::Array(off);
            policy = policy
                .with_official_calendar(holidays, [])
                .expect("holidays only");
            doc
        }
        // n charges on one placement.
        "charges" => {
            let (mut doc, _) = long_placement(60);
            let charges: Vec<Value> = (0..n).map(|_| json!({"kind": "fee"})).collect();
            at(&mut doc, "/agreements/0/placements/0")["charges"] = Value::Array(charges);
            doc
        }
        // n exemptions, each naming every placement of the agreement, whose placements all
        // lack insurance (so that every placement fires and asks the exemptions).
        "exemptions" => {
            let mut doc = template("introduced-0");
            let placements = at(&mut doc, "/agreements/0/placements");
            let mut ids = Vec::new();
            for p in placements.as_array_mut().expect("a list") {
                p["insurance"] = json!([]);
                ids.push(p["id"].clone());
            }
            let exemptions: Vec<Value> = (0..n)
                .map(|k| {
                    json!({"codes": ["placement.night_work"], "placements": ids,
                           "filed_on": "2026-01-01", "reference": format!("E-{k}")})
                })
                .collect();
            at(&mut doc, "/agreements/0")["exemptions"] = Value::Array(exemptions);
            doc
        }
        // n extra shifts, one a day, on a placement of n days.
        "extra_shifts" => {
            let (mut doc, first) = long_placement(n);
            let shifts: Vec<Value> = (0..n)
                .map(|k| {
                    json!({"date": date(first, k), "start": "18:00", "end": "20:00",
                           "unpaid_break_minutes": 0})
                })
                .collect();
            at(&mut doc, "/agreements/0/placements/0")["extra_shifts"] = Value::Array(shifts);
            doc
        }
        // n worked shifts and n payments in one placement's record.
        "record" => {
            let (mut doc, first) = long_placement(n);
            let shifts: Vec<Value> = (0..n)
                .map(|k| {
                    json!({"date": date(first, k), "start": "08:00", "end": "12:00",
                           "unpaid_break_minutes": 0})
                })
                .collect();
            let mut record =
                template("introduced-0")["agreements"][0]["placements"][0]["record"].clone();
            record["shifts"] = Value::Array(shifts);
            let payment = record["payments"][0].clone();
            record["payments"] = Value::Array(vec![payment; n]);
            record["complete_through"] = json!(date(first, n));
            at(&mut doc, "/agreements/0/placements/0")["record"] = record;
            doc
        }
        // One training session attended by n students (unknown to the registry).
        "session_students" => {
            let mut doc = template("introduced-0");
            let students: Vec<Value> = (0..n).map(|k| json!(id(k))).collect();
            at(&mut doc, "/agreements/0/mode/sessions/0")["students"] = Value::Array(students);
            doc
        }
        // One practical session of the interaction template attended by n students.
        "practical_students" => {
            let mut doc = template("interaction-0");
            let students: Vec<Value> = (0..n).map(|k| json!(id(k))).collect();
            at(&mut doc, "/agreements/0/mode/sessions/0")["students"] = Value::Array(students);
            doc
        }
        // One rotation group of n members (unknown to the registry).
        "group_members" => {
            let mut doc = template("rotation-0");
            let members: Vec<Value> = (0..n).map(|k| json!(id(k))).collect();
            at(&mut doc, "/agreements/0/mode/groups/0")["members"] = Value::Array(members);
            doc
        }
        // n modules, or n exams, in one order class.
        "modules" | "exams" => {
            let mut doc = template("order-0");
            let field = if list == "modules" {
                "modules"
            } else {
                "exams"
            };
            let list = at(&mut doc, &format!("/agreements/0/mode/{field}"));
            let model = list[0].clone();
            let copies: Vec<Value> = (0..n)
                .map(|k| {
                    let mut copy = model.clone();
                    copy["id"] = json!(id(k));
                    copy
                })
                .collect();
            *list = Value::Array(copies);
            doc
        }
        // One employment with n weekly class sessions, spread over the week's days and hours.
        "classes" => {
            let mut doc = template("employed_study-0");
            let employment = at(&mut doc, "/agreements/0/mode/employments/0");
            let model = employment["classes"][0].clone();
            const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            let classes: Vec<Value> = (0..n)
                .map(|k| {
                    let start = (k * 53) % (22 * 60);
                    let end = start + 30;
                    let mut copy = model.clone();
                    copy["weekday"] = json!(DAYS[k % 7]);
                    copy["start"] = json!(format!("{:02}:{:02}", start / 60, start % 60));
                    copy["end"] = json!(format!("{:02}:{:02}", end / 60, end % 60));
                    copy
                })
                .collect();
            employment["classes"] = Value::Array(classes);
            doc
        }
        other => panic!("no such list: {other}"),
    };
    let portfolio = serde_json::from_value(doc).expect("the inflated document reads");
    (portfolio, policy)
}

/// The lists a single element can carry.
const LISTS: [&str; 13] = [
    "insurance",
    "days_off",
    "holidays",
    "charges",
    "exemptions",
    "extra_shifts",
    "record",
    "session_students",
    "practical_students",
    "group_members",
    "modules",
    "exams",
    "classes",
];

fn bench_adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for list in LISTS {
        for n in SIZES {
            let (portfolio, policy) = inflated(list, n);
            group.bench_with_input(BenchmarkId::new(list, n), &portfolio, |b, p| {
                b.iter(|| black_box(p).check(black_box(&policy)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_adversarial);
criterion_main!(benches);
