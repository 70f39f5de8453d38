//! Checking one agreement of each mode at a typical size (a class of up to 40 students with up
//! to three placements each): the first agreement the property-testing kit draws for the mode
//! from its fixed seed, stored in `benches/templates/` (see `support`).

mod support;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use school_enterprise::Policy;

fn bench_modes(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("agreement");
    for mode in [
        "introduced",
        "rotation",
        "employed_study",
        "interaction",
        "order",
    ] {
        let one = support::template(&format!("{mode}-0"));
        let [agreement] = one.agreements.as_slice() else {
            panic!("a template holds one agreement");
        };
        let report = agreement.check(&one.registry, &policy);
        assert!(report.is_empty(), "the {mode} template is valid: {report}");
        group.bench_with_input(BenchmarkId::new("check", mode), &one, |b, one| {
            b.iter(|| black_box(agreement).check(black_box(&one.registry), black_box(&policy)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_modes);
criterion_main!(benches);
