//! Checking a portfolio of all four cooperation modes at four sizes: 1,000, 10,000, 100,000 and
//! 1,000,000 students, next to the cost of reading the same portfolio from JSON and of one plain
//! pass over its students and placements.
//!
//! The portfolio is built outside the timed part, deterministically, from the templates in
//! `benches/templates/`: agreements the property-testing kit draws from its fixed seed (classes of
//! up to 40 students), two of each mode. Copies of them are laid side by side, each copy's ids
//! moved into a range of its own, in the proportions of [`MIX`], until the portfolio has the
//! students asked for. `tests/bench_templates.rs` keeps the templates what the kit draws.

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use school_enterprise::*;

/// The templates, by name.
const TEMPLATES: [(&str, &str); 11] = [
    (
        "interaction-0",
        include_str!("templates/interaction-0.json"),
    ),
    (
        "interaction-1",
        include_str!("templates/interaction-1.json"),
    ),
    ("order-0", include_str!("templates/order-0.json")),
    ("order-1", include_str!("templates/order-1.json")),
    ("introduced-0", include_str!("templates/introduced-0.json")),
    ("introduced-1", include_str!("templates/introduced-1.json")),
    ("rotation-0", include_str!("templates/rotation-0.json")),
    ("rotation-1", include_str!("templates/rotation-1.json")),
    (
        "employed_study-0",
        include_str!("templates/employed_study-0.json"),
    ),
    (
        "employed_study-1",
        include_str!("templates/employed_study-1.json"),
    ),
    ("single", include_str!("templates/interaction-single.json")),
];

/// Every ten agreements: three of interaction (mode 3), three order-based classes (mode 4), two
/// of work-study alternation (mode 2, a rotation and an employed study) and two introduced
/// enterprises (mode 1). The two templates of a mode take turns.
const MIX: [&str; 10] = [
    "interaction",
    "order",
    "introduced",
    "interaction",
    "rotation",
    "order",
    "interaction",
    "employed_study",
    "order",
    "introduced",
];

/// The kit gives every id of a generated agreement one of these prefixes (a namespace in the
/// fourth group, the serial after it); the parties shared by all generated agreements (the school,
/// a neighbouring school and its site) have the namespace `0000` and are left alone.
const KIT_PREFIXES: [&str; 3] = [
    "\"00000000-0000-0000-0000-0001",
    "\"00000000-0000-0000-0000-00e5",
    "\"00000000-0000-0000-0000-0a17",
];

/// `template`'s JSON with its ids moved into copy `copy`'s range: the copy number goes into the
/// second and third groups of each id, which the kit leaves zero.
fn copy_of(template: &str, copy: usize) -> String {
    let mut json = template.to_owned();
    for prefix in KIT_PREFIXES {
        let namespace = &prefix[prefix.len() - 4..];
        let moved = format!(
            "\"00000000-{:04x}-{:04x}-0000-{namespace}",
            copy >> 16,
            copy & 0xFFFF
        );
        json = json.replace(prefix, &moved);
    }
    json
}

/// A portfolio of exactly `students` students over one registry: copies of the templates in the
/// proportions of [`MIX`] while a whole class fits, then copies of a one-student agreement.
fn portfolio(students: usize) -> Portfolio {
    let templates: Vec<(&str, &str, usize)> = TEMPLATES
        .iter()
        .map(|(name, json)| {
            let one: Portfolio = serde_json::from_str(json).expect("a valid template");
            (*name, *json, one.registry.students().len())
        })
        .collect();
    let find = |name: &str| {
        templates
            .iter()
            .find(|(n, _, _)| *n == name)
            .copied()
            .expect("a template of every mode")
    };
    let single = find("single");
    let mut schools: Vec<School> = Vec::new();
    let mut sites = std::collections::HashSet::new();
    let mut enterprises = Vec::new();
    let mut people = Vec::new();
    let mut instructors = Vec::new();
    let mut agreements = Vec::new();
    let mut copy = 0;
    while people.len() < students {
        let mode = MIX[copy % MIX.len()];
        let mut template = find(&format!("{mode}-{}", (copy / MIX.len()) % 2));
        if people.len() + template.2 > students {
            template = single;
        }
        let one: Portfolio =
            serde_json::from_str(&copy_of(template.1, copy)).expect("a valid template");
        // The schools are shared: they gain each copy's campus sites.
        for school in one.registry.schools() {
            let new_sites = school.sites.iter().filter(|site| sites.insert(site.id));
            match schools.iter_mut().find(|s| s.id == school.id) {
                Some(known) => known.sites.extend(new_sites.cloned()),
                None => {
                    let mut school = school.clone();
                    school.sites = new_sites.cloned().collect();
                    schools.push(school);
                }
            }
        }
        enterprises.extend_from_slice(one.registry.enterprises());
        people.extend_from_slice(one.registry.students());
        instructors.extend_from_slice(one.registry.instructors());
        agreements.extend(one.agreements);
        copy += 1;
    }
    let registry = Registry::new(schools, enterprises, people, instructors).expect("distinct ids");
    Portfolio::new(registry, agreements)
}

/// One plain pass that reads every field of every student and placement once and folds them into
/// a number: a lower bound for any check, which must read at least that much.
fn plain_pass(portfolio: &Portfolio) -> u64 {
    let day = |d: NaiveDate| d.num_days_from_ce() as u64;
    let maybe = |d: Option<NaiveDate>| d.map_or(0, day);
    let mut sum = 0u64;
    let mut add = |x: u64| sum = sum.rotate_left(5) ^ x;
    for student in portfolio.registry.students() {
        add(student.id.as_uuid().as_u128() as u64);
        add(student.school.as_uuid().as_u128() as u64);
        add(day(student.birth_date));
        add(day(student.enrolled_on));
        add(day(student.expected_graduation));
        add(student.grade as u64);
        add(student.sex.map_or(0, |s| s as u64 + 1));
        add(student.major_category.as_str().len() as u64);
    }
    for agreement in &portfolio.agreements {
        for p in &agreement.placements {
            add(p.id.as_uuid().as_u128() as u64);
            add(p.student.as_uuid().as_u128() as u64);
            add(p.host.as_uuid().as_u128() as u64);
            add(p.post.as_uuid().as_u128() as u64);
            add(p.kind as u64);
            add(day(p.dates.first()) ^ day(p.dates.last()));
            for shift in p.schedule.shifts() {
                add(shift.weekday() as u64);
                add(u64::from(shift.start().minutes_since_midnight()));
                add(u64::from(shift.end().minutes_since_midnight()));
                add(u64::from(shift.unpaid_break_minutes()));
            }
            add(p.days_off.len() as u64);
            add(p.pay.map_or(0, |pay| {
                pay.monthly.minor_units() ^ u64::from(pay.period_days)
            }));
            add(maybe(p.internship_plan_on) ^ maybe(p.filed_on) ^ maybe(p.safety_training_on));
            add(maybe(p.tripartite.school)
                ^ maybe(p.tripartite.host)
                ^ maybe(p.tripartite.student));
            add(maybe(p.consent.student) ^ maybe(p.consent.guardian));
            for policy in &p.insurance {
                add(day(policy.covers.first()) ^ day(policy.covers.last()));
                add(u64::from(policy.student_premium_share.per_mille()));
            }
            add(p
                .school_instructor
                .map_or(0, |i| i.as_uuid().as_u128() as u64));
            add(p.supervisor.map_or(0, |i| i.as_uuid().as_u128() as u64));
            add(p.charges.len() as u64);
        }
    }
    sum
}

fn bench_portfolio(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("portfolio");
    group.sample_size(10);
    for students in [1_000usize, 10_000, 100_000, 1_000_000] {
        let portfolio = portfolio(students);
        let report = portfolio.check(&policy);
        assert!(
            report.is_empty(),
            "the generated portfolio is valid: {report}"
        );
        let placements: usize = portfolio
            .agreements
            .iter()
            .map(|a| a.placements.len())
            .sum();
        eprintln!(
            "{students} students: {} agreements, {placements} placements",
            portfolio.agreements.len()
        );
        let json = serde_json::to_string(&portfolio).expect("serializable");
        group.throughput(Throughput::Elements(students as u64));
        group.bench_with_input(BenchmarkId::new("check", students), &portfolio, |b, p| {
            b.iter(|| black_box(p).check(black_box(&policy)))
        });
        group.bench_with_input(
            BenchmarkId::new("serde_json_read", students),
            &json,
            |b, j| b.iter(|| serde_json::from_str::<Portfolio>(black_box(j)).expect("valid JSON")),
        );
        group.bench_with_input(
            BenchmarkId::new("plain_pass", students),
            &portfolio,
            |b, p| b.iter(|| plain_pass(black_box(p))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_portfolio);
criterion_main!(benches);
