//! `Portfolio::par_check` gives the report `Portfolio::check` gives, byte for byte: on valid
//! portfolios, on portfolios with one fault of every kind the kit can draw (the cross-agreement
//! rules included), with user-defined rules, and on portfolios large enough to be split into many
//! chunks.
#![cfg(all(feature = "parallel", feature = "proptest"))]

use proptest::prelude::*;
use school_enterprise::testing::{portfolio_mutations, valid_portfolio, Sizes};
use school_enterprise::{
    CheckContext, CooperationAgreement, CustomCode, Path, Policy, Portfolio, Report, Rule,
    Severity, Violation,
};

fn same(parallel: &Report, sequential: &Report) {
    assert_eq!(parallel, sequential);
    assert_eq!(
        serde_json::to_string(parallel).unwrap(),
        serde_json::to_string(sequential).unwrap()
    );
}

/// Flags every placement, so that ties (one path, one code) abound.
struct EveryPlacement;

impl Rule for EveryPlacement {
    fn check(
        &self,
        agreement: &CooperationAgreement,
        _: &CheckContext<'_>,
        out: &mut Vec<Violation>,
    ) {
        for (i, _) in agreement.placements.iter().enumerate() {
            for n in 0..2 {
                out.push(
                    Violation::new(
                        CustomCode::new("local.every_placement").unwrap(),
                        Severity::Warning,
                        Path::root().field("placements").index(i),
                        format!("seen {n}"),
                    )
                    .with_figure("n", n),
                );
            }
        }
    }
}

/// The agreements of `portfolios` in one portfolio over the first one's registry, repeated
/// `times` over: many agreements, shared students and hosts, duplicated ids.
fn stacked(portfolio: &Portfolio, times: usize) -> Portfolio {
    let mut agreements = Vec::new();
    for _ in 0..times {
        agreements.extend(portfolio.agreements.iter().cloned());
    }
    Portfolio::new(portfolio.registry.clone(), agreements)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn valid_portfolios_give_the_same_report(
        p in valid_portfolio(8, Sizes { students: 4, placements_per_student: 2 })
    ) {
        let policy = Policy::cn();
        same(&p.par_check(&policy), &p.check(&policy));
        let many = stacked(&p, 9);
        let report = many.check(&policy);
        same(&many.par_check(&policy), &report);
        same(
            &many.par_check_with(&policy, &[&EveryPlacement]),
            &many.check_with(&policy, &[&EveryPlacement]),
        );
    }

    #[test]
    fn faulty_portfolios_give_the_same_report(
        m in portfolio_mutations(4, Sizes { students: 4, placements_per_student: 2 })
    ) {
        let report = m.target.check(&m.policy);
        prop_assert!(!report.is_empty());
        same(&m.target.par_check(&m.policy), &report);
        let many = stacked(&m.target, 7);
        same(&many.par_check(&m.policy), &many.check(&m.policy));
    }
}

#[test]
fn an_empty_portfolio_gives_an_empty_report() {
    let empty = Portfolio::default();
    assert!(empty.par_check(&Policy::cn()).is_empty());
}
