//! Checking a portfolio of all four cooperation modes at four sizes: 1,000, 10,000, 100,000 and
//! 1,000,000 students, next to the cost of reading the same portfolio from JSON and of one plain
//! pass over its students and placements, and of looking each placement's student up by id (the
//! part of a check that leaves the caches as the registry grows).
//!
//! The portfolio (see `support`) is built outside the timed part, deterministically, from
//! agreements the property-testing kit draws from its fixed seed.

mod support;

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use school_enterprise::portfolio::CheckedPortfolio;
use school_enterprise::*;
use support::{as_weekly, portfolio, portfolio_with_records, with_rotas};

/// The portfolio sizes, in students: 1,000 to 1,000,000, or the comma-separated list in
/// `CHECK_BENCH_STUDENTS` (`CHECK_BENCH_STUDENTS=10000,100000` measures those two only, without
/// building the larger portfolios that a name filter would skip).
fn sizes() -> Vec<usize> {
    std::env::var("CHECK_BENCH_STUDENTS")
        .ok()
        .map(|list| {
            list.split(',')
                .map(|n| n.trim().parse().expect("a number of students"))
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000, 1_000_000])
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
            for shift in p.schedule.weeks()[0].shifts() {
                add(shift.weekday() as u64);
                add(u64::from(shift.start().minutes_since_midnight()));
                add(u64::from(shift.end().minutes_since_midnight()));
                add(u64::from(shift.unpaid_break_minutes()));
            }
            add(p.days_off.len() as u64);
            add(p.pay.as_ref().map_or(0, |pay| {
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

/// A pass that only looks each placement's student up by id and reads two of its fields: the one
/// random access into the registry every check makes per placement, measured alone.
fn student_lookups(portfolio: &Portfolio) -> u64 {
    let mut sum = 0u64;
    for agreement in &portfolio.agreements {
        for p in &agreement.placements {
            if let Some(student) = portfolio.registry.student(p.student) {
                let born = student.birth_date.num_days_from_ce() as u64;
                sum = sum.rotate_left(5) ^ born ^ student.major_category.as_str().len() as u64;
            }
        }
    }
    sum
}

fn bench_portfolio(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("portfolio");
    group.sample_size(10);
    for students in sizes() {
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
        group.bench_with_input(
            BenchmarkId::new("student_lookups", students),
            &portfolio,
            |b, p| b.iter(|| student_lookups(black_box(p))),
        );
    }
    group.finish();
}

/// The same portfolio with a term of daily worked shifts and monthly payments on every work
/// placement, at 10,000 and 100,000 students, beside serde_json reading the same document: the
/// records must keep checking linear and cheap next to reading them.
fn bench_records(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("records");
    group.sample_size(10);
    for students in sizes()
        .into_iter()
        .filter(|n| (10_000..=100_000).contains(n))
    {
        let portfolio = portfolio_with_records(students);
        let report = portfolio.check(&policy);
        assert!(
            report.is_empty(),
            "the generated portfolio is valid: {report}"
        );
        let (mut records, mut shifts, mut payments) = (0usize, 0usize, 0usize);
        for p in portfolio.agreements.iter().flat_map(|a| &a.placements) {
            if let Some(r) = &p.record {
                records += 1;
                shifts += r.shifts.len();
                payments += r.payments.len();
            }
        }
        let json = serde_json::to_string(&portfolio).expect("serializable");
        eprintln!(
            "{students} students: {records} records, {shifts} worked shifts, {payments} payments, {} MB of JSON",
            json.len() / 1_000_000
        );
        group.throughput(Throughput::Elements(students as u64));
        group.bench_with_input(BenchmarkId::new("check", students), &portfolio, |b, p| {
            b.iter(|| black_box(p).check(black_box(&policy)))
        });
        group.bench_with_input(
            BenchmarkId::new("serde_json_read", students),
            &json,
            |b, j| b.iter(|| serde_json::from_str::<Portfolio>(black_box(j)).expect("valid JSON")),
        );
    }
    group.finish();
}

/// The same portfolio twice at each size, without records: on plain weekly plans (`weekly`: the
/// first pattern of each schedule, no dated changes, `support::as_weekly`) and with every
/// placement and employment on a three-week rota with a day off and an extra shift (`rota`,
/// `support::with_rotas`), planning the same work. The rota's cost
/// per placement must stay within a third of the weekly one's.
fn bench_rotas(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("rota");
    group.sample_size(10);
    for students in sizes() {
        let mut weekly = portfolio(students);
        as_weekly(&mut weekly);
        let mut rota = weekly.clone();
        with_rotas(&mut rota);
        let (mut rotas, mut placements) = (0usize, 0usize);
        for p in rota.agreements.iter().flat_map(|a| &a.placements) {
            placements += 1;
            rotas += usize::from(p.schedule.is_rota());
        }
        eprintln!("{students} students: {rotas} of {placements} placements on a rota");
        for (name, portfolio) in [("weekly", &weekly), ("rota", &rota)] {
            let report = portfolio.check(&policy);
            assert!(report.is_empty(), "the {name} portfolio is valid: {report}");
            group.throughput(Throughput::Elements(students as u64));
            group.bench_with_input(BenchmarkId::new(name, students), portfolio, |b, p| {
                b.iter(|| black_box(p).check(black_box(&policy)))
            });
        }
    }
    group.finish();
}

/// `Portfolio::check` against `Portfolio::par_check` on the same portfolio, at 100,000 and
/// 1,000,000 students (or `PARALLEL_BENCH_STUDENTS`), with the `parallel` feature:
/// `cargo bench --features parallel --bench check -- parallel`. Without the feature it measures
/// nothing.
fn bench_parallel(c: &mut Criterion) {
    #[cfg(feature = "parallel")]
    {
        let policy = Policy::cn();
        let sizes: Vec<usize> = std::env::var("PARALLEL_BENCH_STUDENTS")
            .ok()
            .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
            .unwrap_or_else(|| vec![100_000, 1_000_000]);
        let mut group = c.benchmark_group("parallel");
        group.sample_size(10);
        eprintln!("{} threads", rayon::current_num_threads());
        for students in sizes {
            let portfolio = portfolio(students);
            assert_eq!(portfolio.par_check(&policy), portfolio.check(&policy));
            group.throughput(Throughput::Elements(students as u64));
            group.bench_with_input(BenchmarkId::new("check", students), &portfolio, |b, p| {
                b.iter(|| black_box(p).check(black_box(&policy)))
            });
            group.bench_with_input(
                BenchmarkId::new("par_check", students),
                &portfolio,
                |b, p| b.iter(|| black_box(p).par_check(black_box(&policy))),
            );
        }
        group.finish();
    }
    #[cfg(not(feature = "parallel"))]
    let _ = c;
}

/// One edit of a `CheckedPortfolio` (a placement's dates moved a week and back, then the report)
/// against a full check of the same portfolio, at 1,000,000 students (or `EDIT_BENCH_STUDENTS`):
/// `cargo bench --bench check -- edit`.
fn bench_edit(c: &mut Criterion) {
    let policy = Policy::cn();
    let sizes: Vec<usize> = std::env::var("EDIT_BENCH_STUDENTS")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000_000]);
    let mut group = c.benchmark_group("edit");
    group.sample_size(10);
    for students in sizes {
        let portfolio = portfolio(students);
        let mut checked = CheckedPortfolio::new(portfolio.clone(), policy.clone());
        assert_eq!(checked.report(), portfolio.check(&policy));
        // An agreement in the middle, whose first placement moves a week later and back.
        let target = portfolio.agreements.len() / 2;
        let dates = portfolio.agreements[target].placements[0].dates;
        let moved = DateRange::new(
            dates.first() + chrono::Duration::days(7),
            dates.last() + chrono::Duration::days(7),
        )
        .expect("a later week");
        let mut later = false;
        group.bench_function(BenchmarkId::new("edit_and_report", students), |b| {
            b.iter(|| {
                later = !later;
                let new = if later { moved } else { dates };
                checked
                    .edit(target, |a| a.placements[0].dates = new)
                    .expect("in range");
                black_box(checked.report())
            })
        });
        group.bench_with_input(BenchmarkId::new("check", students), &portfolio, |b, p| {
            b.iter(|| black_box(p).check(black_box(&policy)))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_portfolio,
    bench_rotas,
    bench_records,
    bench_parallel,
    bench_edit
);
criterion_main!(benches);
