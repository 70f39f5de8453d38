//! The four `portfolio.*` rules, raised only by the portfolio entry point: each fires on the
//! smallest fault with its exact code, path and figures, and the nearest valid portfolio passes.

mod common;

use common::*;
use school_enterprise::*;

fn range(first: (u32, u32), last: (u32, u32)) -> DateRange {
    DateRange::new(d(2026, first.0, first.1), d(2026, last.0, last.1)).unwrap()
}

/// A placement of the fixture kind for `student` over `dates`, with its own id.
fn placement_of(id: u128, student: StudentId, dates: DateRange) -> Placement {
    let mut p = placement_at(dates);
    p.id = PlacementId::from_u128(id);
    p.student = student;
    p
}

/// The fixture agreement with `id` holding `placements`.
fn agreement_with(id: u128, placements: Vec<Placement>) -> CooperationAgreement {
    let mut a = agreement();
    a.id = AgreementId::from_u128(id);
    let april = DateRange::new(d(2026, 4, 1), d(2026, 4, 30)).unwrap();
    move_course(&mut a, id, april, d(2026, 2, 10));
    a.placements = placements;
    a
}

fn check_portfolio(registry: Registry, agreements: Vec<CooperationAgreement>) -> Report {
    Portfolio::new(registry, agreements).check(&Policy::cn())
}

#[test]
fn portfolio_rules_are_not_raised_by_the_agreement_entry_point() {
    // "portfolio.student_overlap" would fire in a portfolio; one agreement checked alone does not
    // raise it.
    let a = agreement_with(
        40,
        vec![
            placement_of(1, STUDENT, range((3, 2), (4, 30))),
            placement_of(2, STUDENT, range((4, 30), (6, 30))),
        ],
    );
    assert!(check(&a).is_empty(), "{}", check(&a));
    let report = check_portfolio(registry(), vec![a]);
    assert_findings(
        &report,
        &[("portfolio.student_overlap", "agreements[0].placements[1]")],
    );
}

#[test]
fn unique_ids_fires_for_two_agreements_with_one_id() {
    let first = agreement_with(40, vec![placement_of(1, STUDENT, range((3, 2), (4, 30)))]);
    let mut second = agreement_with(40, vec![placement_of(2, MINOR, range((3, 2), (4, 30)))]);
    move_course(&mut second, 41, range((4, 1), (4, 30)), d(2026, 2, 10));
    let report = check_portfolio(registry(), vec![first, second]);
    assert_findings(&report, &[("portfolio.unique_ids", "agreements[1]")]);
    assert_eq!(
        report.iter().next().unwrap().figure("earlier"),
        Some("agreements[0]")
    );
}

#[test]
fn unique_ids_fires_for_placements_of_two_agreements_with_one_id() {
    let first = agreement_with(40, vec![placement_of(7, STUDENT, range((3, 2), (4, 30)))]);
    let second = agreement_with(41, vec![placement_of(7, MINOR, range((5, 4), (6, 30)))]);
    let report = check_portfolio(registry(), vec![first, second]);
    assert_findings(
        &report,
        &[("portfolio.unique_ids", "agreements[1].placements[0]")],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("earlier"), Some("agreements[0].placements[0]"));
    assert_eq!(v.figure("id"), Some("00000000-0000-0000-0000-000000000007"));
}

#[test]
fn unique_ids_leaves_duplicates_inside_one_agreement_to_the_agreement_rule() {
    let a = agreement_with(
        40,
        vec![
            placement_of(7, STUDENT, range((3, 2), (4, 30))),
            placement_of(7, MINOR, range((5, 4), (6, 30))),
        ],
    );
    let report = check_portfolio(registry(), vec![a]);
    assert_findings(
        &report,
        &[("agreement.unique_ids", "agreements[0].placements[1]")],
    );
}

#[test]
fn unique_ids_passes_for_distinct_ids() {
    let first = agreement_with(40, vec![placement_of(7, STUDENT, range((3, 2), (4, 30)))]);
    let second = agreement_with(41, vec![placement_of(8, MINOR, range((5, 4), (6, 30)))]);
    assert!(check_portfolio(registry(), vec![first, second]).is_empty());
}

#[test]
fn student_overlap_fires_for_one_shared_day_across_agreements() {
    let first = agreement_with(40, vec![placement_of(1, STUDENT, range((3, 2), (4, 30)))]);
    let second = agreement_with(41, vec![placement_of(2, STUDENT, range((4, 30), (6, 30)))]);
    let report = check_portfolio(registry(), vec![first, second]);
    assert_findings(
        &report,
        &[("portfolio.student_overlap", "agreements[1].placements[0]")],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("earlier"), Some("agreements[0].placements[0]"));
    assert_eq!(v.figure("earlier_dates"), Some("2026-03-02..=2026-04-30"));
}

#[test]
fn student_overlap_names_the_earlier_by_first_day_not_by_list_order() {
    // The first agreement's placement starts later: it is the one reported.
    let first = agreement_with(40, vec![placement_of(1, STUDENT, range((5, 1), (6, 30)))]);
    let second = agreement_with(41, vec![placement_of(2, STUDENT, range((3, 2), (5, 1)))]);
    let report = check_portfolio(registry(), vec![first, second]);
    assert_findings(
        &report,
        &[("portfolio.student_overlap", "agreements[0].placements[0]")],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("earlier"),
        Some("agreements[1].placements[0]")
    );
}

#[test]
fn student_overlap_passes_for_consecutive_placements() {
    let first = agreement_with(40, vec![placement_of(1, STUDENT, range((3, 2), (4, 30)))]);
    let second = agreement_with(41, vec![placement_of(2, STUDENT, range((5, 1), (6, 30)))]);
    assert!(check_portfolio(registry(), vec![first, second]).is_empty());
}

#[test]
fn student_overlap_names_the_first_of_two_earlier_placements_that_reach_equally_far() {
    // The first two end on the same day: the third is reported naming the first.
    let a = agreement_with(
        40,
        vec![
            placement_of(1, STUDENT, range((3, 2), (6, 30))),
            placement_of(2, STUDENT, range((3, 10), (6, 30))),
            placement_of(3, STUDENT, range((5, 1), (5, 10))),
        ],
    );
    let report = check_portfolio(registry(), vec![a]);
    assert_findings(
        &report,
        &[
            ("portfolio.student_overlap", "agreements[0].placements[1]"),
            ("portfolio.student_overlap", "agreements[0].placements[2]"),
        ],
    );
    for v in report.iter() {
        assert_eq!(
            v.figure("earlier"),
            Some("agreements[0].placements[0]"),
            "{v}"
        );
    }
}

#[test]
fn student_overlap_catches_a_placement_inside_a_long_earlier_one() {
    // The third overlaps the first (which reaches furthest), not the second.
    let a = agreement_with(
        40,
        vec![
            placement_of(1, STUDENT, range((3, 2), (6, 30))),
            placement_of(2, STUDENT, range((3, 10), (3, 20))),
            placement_of(3, STUDENT, range((5, 1), (5, 10))),
        ],
    );
    let report = check_portfolio(registry(), vec![a]);
    assert_findings(
        &report,
        &[
            ("portfolio.student_overlap", "agreements[0].placements[1]"),
            ("portfolio.student_overlap", "agreements[0].placements[2]"),
        ],
    );
    assert!(report
        .iter()
        .all(|v| v.figure("earlier") == Some("agreements[0].placements[0]")));
}

/// `n` extra students on work placements at the fixture host, each over `dates(k)`.
fn interns(n: usize, dates: impl Fn(usize) -> DateRange) -> CooperationAgreement {
    let placements = (0..n)
        .map(|k| placement_of(100 + k as u128, extra_student(k), dates(k)))
        .collect();
    agreement_with(40, placements)
}

fn host_with(employees: u32, post_headcount: u32) -> impl FnOnce(&mut Enterprise) {
    move |e| {
        e.employees = employees;
        e.posts[0].headcount = post_headcount;
    }
}

#[test]
fn intern_share_enterprise_fires_for_ten_interns_at_95_employees() {
    // 10 % of 95 employees allows 9 interns (9,000 <= 9,500 per mille), not 9.5.
    let registry = registry_with(10, host_with(95, 95));
    let report = check_portfolio(registry, vec![interns(10, |_| range((3, 2), (6, 30)))]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_enterprise",
            "registry.enterprises[0]",
        )],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("interns"), Some("10"));
    assert_eq!(v.figure("employees"), Some("95"));
    assert_eq!(v.figure("limit"), Some("10% of 95 = 9 interns"));
    assert_eq!(v.figure("day"), Some("2026-03-02"));
}

#[test]
fn intern_share_enterprise_passes_for_nine_interns_at_95_employees() {
    let registry = registry_with(9, host_with(95, 95));
    assert!(check_portfolio(registry, vec![interns(9, |_| range((3, 2), (6, 30)))]).is_empty());
}

#[test]
fn intern_share_enterprise_counts_interns_on_each_day_not_on_average() {
    // Ten interns in two shifts of five never exceed 9 on one day: passes.
    let halves = |k: usize| {
        if k < 5 {
            range((3, 2), (4, 30))
        } else {
            range((5, 1), (6, 30))
        }
    };
    let registry = registry_with(10, host_with(95, 95));
    assert!(check_portfolio(registry, vec![interns(10, halves)]).is_empty());
    // Let the second shift start a day early: ten on 2026-04-30 only.
    let one_day_early = |k: usize| {
        if k < 5 {
            range((3, 2), (4, 30))
        } else {
            range((4, 30), (6, 30))
        }
    };
    let registry = registry_with(10, host_with(95, 95));
    let report = check_portfolio(registry, vec![interns(10, one_day_early)]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_enterprise",
            "registry.enterprises[0]",
        )],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("day"),
        Some("2026-04-30")
    );
}

#[test]
fn intern_share_enterprise_names_the_first_day_of_the_highest_count() {
    // 13 interns at 100 employees: 10 allowed. Counts: 11 from 03-10, 12 from 04-01 to 04-10,
    // 11 again until 04-20, then 12 again from 05-01.
    let dates = |k: usize| match k {
        0..=10 => range((3, 10), (6, 30)),
        11 => range((4, 1), (4, 10)),
        _ => range((5, 1), (5, 5)),
    };
    let registry = registry_with(13, host_with(100, 100));
    let report = check_portfolio(registry, vec![interns(13, dates)]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_enterprise",
            "registry.enterprises[0]",
        )],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("interns"), Some("12"));
    assert_eq!(v.figure("day"), Some("2026-04-01"));
}

#[test]
fn intern_share_enterprise_fires_for_any_work_placement_at_a_host_with_no_employees() {
    let registry = registry_with(1, host_with(0, 0));
    let report = check_portfolio(registry, vec![interns(1, |_| range((3, 2), (6, 30)))]);
    // The post's category has no employees either.
    assert_findings(
        &report,
        &[
            (
                "portfolio.intern_share_enterprise",
                "registry.enterprises[0]",
            ),
            (
                "portfolio.intern_share_post",
                "registry.enterprises[0].posts[0]",
            ),
        ],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("limit"),
        Some("10% of 0 = 0 interns")
    );
}

#[test]
fn intern_share_enterprise_does_not_count_observation_visits() {
    let mut a = interns(10, |_| range((3, 2), (6, 30)));
    for p in &mut a.placements {
        p.kind = PlacementKind::Observation;
    }
    assert!(check_portfolio(registry_with(10, host_with(95, 95)), vec![a]).is_empty());
}

#[test]
fn intern_share_enterprise_counts_a_student_once_a_day() {
    // Nine distinct interns plus a second, overlapping placement of one of them: still nine.
    let mut a = interns(9, |_| range((3, 2), (6, 30)));
    a.placements
        .push(placement_of(999, extra_student(0), range((4, 1), (4, 30))));
    let report = check_portfolio(registry_with(9, host_with(95, 95)), vec![a]);
    assert_findings(
        &report,
        &[("portfolio.student_overlap", "agreements[0].placements[9]")],
    );
}

#[test]
fn intern_share_enterprise_does_not_count_a_student_in_the_gap_between_their_placements() {
    // 95 employees allow 9 interns. Eight all term; a ninth in March and again from May; a tenth
    // only in April, in the ninth's gap: nine on every day, so nothing fires.
    let dates = |k: usize| match k {
        0..=7 => range((3, 2), (6, 30)),
        8 => range((3, 2), (3, 31)),
        _ => range((4, 1), (4, 30)),
    };
    let mut a = interns(10, dates);
    a.placements
        .push(placement_of(999, extra_student(8), range((5, 1), (6, 30))));
    let report = check_portfolio(registry_with(10, host_with(95, 95)), vec![a.clone()]);
    assert!(report.is_empty(), "{report}");
    // The same with the ninth's second placement starting in April: ten from 2026-04-20.
    *a.placements.last_mut().unwrap() =
        placement_of(999, extra_student(8), range((4, 20), (6, 30)));
    let report = check_portfolio(registry_with(10, host_with(95, 95)), vec![a]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_enterprise",
            "registry.enterprises[0]",
        )],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("interns"), Some("10"));
    assert_eq!(v.figure("day"), Some("2026-04-20"));
}

#[test]
fn intern_share_post_fires_for_ten_interns_at_45_in_the_category() {
    // 20 % of 45 allows 9; the host's 1,000 employees allow 100 at the enterprise level.
    let registry = registry_with(10, host_with(1_000, 45));
    let report = check_portfolio(registry, vec![interns(10, |_| range((3, 2), (6, 30)))]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_post",
            "registry.enterprises[0].posts[0]",
        )],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("limit"), Some("20% of 45 = 9 interns"));
    assert_eq!(v.figure("category"), Some("assembly"));
    assert_eq!(v.figure("interns"), Some("10"));
}

#[test]
fn each_intern_share_rule_runs_when_the_other_is_switched_off() {
    // 10 interns at 95 employees, 45 in the category: both shares are exceeded. Switching one
    // code off leaves the other reported.
    let registry = || registry_with(10, host_with(95, 45));
    let agreements = || vec![interns(10, |_| range((3, 2), (6, 30)))];
    for (off, left, at) in [
        (
            RuleCode::PortfolioInternSharePost,
            "portfolio.intern_share_enterprise",
            "registry.enterprises[0]",
        ),
        (
            RuleCode::PortfolioInternShareEnterprise,
            "portfolio.intern_share_post",
            "registry.enterprises[0].posts[0]",
        ),
    ] {
        let report = Portfolio::new(registry(), agreements()).check(&Policy::cn().switch_off(off));
        assert_findings(&report, &[(left, at)]);
    }
}

#[test]
fn intern_share_post_passes_for_nine_interns_at_45_in_the_category() {
    let registry = registry_with(9, host_with(1_000, 45));
    assert!(check_portfolio(registry, vec![interns(9, |_| range((3, 2), (6, 30)))]).is_empty());
}

#[test]
fn intern_share_post_adds_up_the_headcount_of_every_post_of_the_category() {
    // A second assembly post of 5 makes 50 in the category: 10 interns are allowed.
    let registry = registry_with(10, |e: &mut Enterprise| {
        host_with(1_000, 45)(e);
        let mut second = e.posts[0].clone();
        second.id = PostId::from_u128(12);
        second.headcount = 5;
        e.posts.push(second);
    });
    assert!(check_portfolio(registry, vec![interns(10, |_| range((3, 2), (6, 30)))]).is_empty());
}

#[test]
fn intern_share_post_fires_for_one_intern_in_a_category_with_no_employees() {
    // The host has 1,000 employees, none of them in the assembly category: no intern may be
    // there (revision 2), whatever the enterprise-level share allows.
    let registry = registry_with(1, host_with(1_000, 0));
    let report = check_portfolio(registry, vec![interns(1, |_| range((3, 2), (6, 30)))]);
    assert_findings(
        &report,
        &[(
            "portfolio.intern_share_post",
            "registry.enterprises[0].posts[0]",
        )],
    );
    let v = report.iter().next().unwrap();
    assert_eq!(v.figure("limit"), Some("20% of 0 = 0 interns"));
    assert_eq!(v.figure("employees"), Some("0"));
    assert_eq!(v.figure("interns"), Some("1"));
    assert_eq!(v.figure("day"), Some("2026-03-02"));
    assert_eq!(v.figure("category"), Some("assembly"));
}

#[test]
fn intern_share_post_passes_for_one_intern_in_a_category_of_five() {
    // 20 % of 5 allows 1.
    let registry = registry_with(1, host_with(1_000, 5));
    assert!(check_portfolio(registry, vec![interns(1, |_| range((3, 2), (6, 30)))]).is_empty());
}

#[test]
fn intern_share_post_does_not_count_a_placement_on_another_enterprises_post() {
    // The intern's post belongs to a second enterprise: `placement.post_at_host` reports it, and
    // the host's assembly category (no employees) counts no intern.
    let other_post = PostId::from_u128(16);
    let base = registry_with(1, host_with(1_000, 0));
    let mut enterprises = base.enterprises().to_vec();
    let mut other = enterprise();
    other.id = EnterpriseId::from_u128(15);
    other.posts[0].id = other_post;
    enterprises.push(other);
    let registry = Registry::new(
        base.schools().to_vec(),
        enterprises,
        base.students().to_vec(),
        base.instructors().to_vec(),
    )
    .unwrap();
    let mut a = interns(1, |_| range((3, 2), (6, 30)));
    a.placements[0].post = other_post;
    let report = check_portfolio(registry, vec![a]);
    assert_findings(
        &report,
        &[("placement.post_at_host", "agreements[0].placements[0]")],
    );
}
