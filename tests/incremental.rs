//! A portfolio checked in pieces gives the report of one check:
//! - `CheckedPortfolio`: after any sequence of edits (replace, edit in place, add, remove), its
//!   report is `Portfolio::check`'s of the portfolio as edited;
//! - shards: the reports of any split of the agreements, with the merged summaries' report, are
//!   `Portfolio::check`'s, also when the summaries travel as JSON.
//!
//! The portfolios are the kit's, valid or with one fault of every kind it draws, and the benches'
//! portfolio of every mode;
//! the edits copy agreements and students across the portfolio, so that ids are duplicated,
//! students placed twice at once and hosts crowded, and undo that again.
#![cfg(feature = "proptest")]

#[path = "../benches/support/mod.rs"]
mod support;

use proptest::prelude::*;
use proptest::sample::Index;
use school_enterprise::portfolio::{CheckedPortfolio, Shard, Summary};
use school_enterprise::testing::{portfolio_mutations, valid_portfolio, Sizes};
use school_enterprise::{Error, Policy, Portfolio, Report};

/// One edit, with positions drawn as indices into whatever the portfolio holds then.
#[derive(Debug, Clone)]
enum Edit {
    /// Replace an agreement with a copy of another (same ids, students and hosts).
    CopyOver(Index, Index),
    /// Move an agreement's placements by some days.
    Shift(Index, i64),
    /// Give a placement another placement's student.
    Student(Index, Index, Index),
    /// Give an agreement another agreement's id.
    AgreementId(Index, Index),
    /// Add a copy of an agreement at the end.
    PushCopy(Index),
    /// Remove an agreement.
    Remove(Index),
    /// Give an enterprise this many employees and each of its posts this headcount.
    Employees(Index, u32),
    /// Remove an enterprise's last post (placements there no longer resolve).
    DropPost(Index),
    /// Move a student's birth date by some days (a minor, or too young).
    Birth(Index, i64),
    /// Make an instructor another enterprise's employee.
    Employer(Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::CopyOver(a, b)),
        (any::<Index>(), -40i64..40).prop_map(|(a, d)| Edit::Shift(a, d)),
        (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(a, p, b)| Edit::Student(a, p, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::AgreementId(a, b)),
        any::<Index>().prop_map(Edit::PushCopy),
        any::<Index>().prop_map(Edit::Remove),
        (any::<Index>(), 0u32..40).prop_map(|(e, n)| Edit::Employees(e, n)),
        any::<Index>().prop_map(Edit::DropPost),
        (any::<Index>(), -9000i64..3000).prop_map(|(s, d)| Edit::Birth(s, d)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, e)| Edit::Employer(i, e)),
    ]
}

/// Applies `edit` to `checked`; false when the portfolio has nothing it can apply to.
fn apply(checked: &mut CheckedPortfolio, edit: &Edit) -> bool {
    if let Some(applied) = apply_to_registry(checked, edit) {
        return applied;
    }
    let agreements = &checked.portfolio().agreements;
    if agreements.is_empty() {
        return false;
    }
    let pick = |i: &Index| i.index(agreements.len());
    match edit {
        Edit::CopyOver(a, b) => {
            let (a, copy) = (pick(a), agreements[pick(b)].clone());
            let old = agreements[a].clone();
            assert_eq!(checked.replace(a, copy.clone()).ok(), Some(old));
            assert_eq!(checked.portfolio().agreements[a], copy);
            true
        }
        Edit::Shift(a, days) => {
            let days = chrono::Duration::days(*days);
            checked
                .edit(pick(a), |agreement| {
                    for placement in &mut agreement.placements {
                        let (first, last) = (placement.dates.first(), placement.dates.last());
                        if let Ok(moved) =
                            school_enterprise::DateRange::new(first + days, last + days)
                        {
                            placement.dates = moved;
                        }
                    }
                })
                .is_ok()
        }
        Edit::Student(a, p, b) => {
            let from = &agreements[pick(b)];
            let Some(student) = from.placements.first().map(|p| p.student) else {
                return false;
            };
            let a = pick(a);
            let count = agreements[a].placements.len();
            if count == 0 {
                return false;
            }
            let p = p.index(count);
            checked
                .edit(a, |agreement| agreement.placements[p].student = student)
                .is_ok()
        }
        Edit::AgreementId(a, b) => {
            let (a, id) = (pick(a), agreements[pick(b)].id);
            assert!(checked.edit(a, |agreement| agreement.id = id).is_ok());
            assert_eq!(checked.portfolio().agreements[a].id, id);
            true
        }
        Edit::PushCopy(a) => {
            let (len, copy) = (agreements.len(), agreements[pick(a)].clone());
            checked.push(copy.clone());
            assert_eq!(checked.portfolio().agreements.len(), len + 1);
            assert_eq!(checked.portfolio().agreements.last(), Some(&copy));
            true
        }
        Edit::Remove(a) => {
            let (len, a) = (agreements.len(), pick(a));
            let gone = agreements[a].clone();
            assert_eq!(checked.remove(a).ok(), Some(gone));
            assert_eq!(checked.portfolio().agreements.len(), len - 1);
            true
        }
        _ => false,
    }
}

/// Applies a registry edit; `None` for an edit of the agreements.
fn apply_to_registry(checked: &mut CheckedPortfolio, edit: &Edit) -> Option<bool> {
    let registry = &checked.portfolio().registry;
    let enterprise = |e: &Index| {
        let all = registry.enterprises();
        (!all.is_empty()).then(|| all[e.index(all.len())].clone())
    };
    Some(match edit {
        Edit::Employees(e, n) => {
            let Some(mut host) = enterprise(e) else {
                return Some(false);
            };
            host.employees = *n;
            for post in &mut host.posts {
                post.headcount = *n / 2;
            }
            assert!(checked.replace_enterprise(host.clone()).is_ok());
            assert_eq!(
                checked.portfolio().registry.enterprise(host.id),
                Some(&host)
            );
            true
        }
        Edit::DropPost(e) => {
            let Some(mut host) = enterprise(e) else {
                return Some(false);
            };
            host.posts.pop();
            checked.replace_enterprise(host).is_ok()
        }
        Edit::Birth(s, days) => {
            let all = registry.students();
            if all.is_empty() {
                return Some(false);
            }
            let mut student = all[s.index(all.len())].clone();
            student.birth_date += chrono::Duration::days(*days);
            checked.replace_student(student).is_ok()
        }
        Edit::Employer(i, e) => {
            let all = registry.instructors();
            let (false, Some(host)) = (all.is_empty(), enterprise(e)) else {
                return Some(false);
            };
            let mut instructor = all[i.index(all.len())].clone();
            instructor.employer = school_enterprise::Employer::Enterprise(host.id);
            checked.replace_instructor(instructor).is_ok()
        }
        _ => return None,
    })
}

fn same(incremental: &Report, full: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(incremental, full);
    prop_assert_eq!(
        serde_json::to_string(incremental).unwrap(),
        serde_json::to_string(full).unwrap()
    );
    Ok(())
}

fn edits_keep_the_report(
    portfolio: Portfolio,
    policy: Policy,
    edits: &[Edit],
) -> Result<(), TestCaseError> {
    let mut checked = CheckedPortfolio::new(portfolio.clone(), policy.clone());
    prop_assert_eq!(checked.policy(), &policy);
    prop_assert_eq!(checked.portfolio(), &portfolio);
    same(&checked.report(), &checked.portfolio().check(&policy))?;
    for edit in edits {
        if apply(&mut checked, edit) {
            same(&checked.report(), &checked.portfolio().check(&policy))?;
        }
    }
    let edited = checked.portfolio().clone();
    prop_assert_eq!(checked.into_portfolio(), edited);
    Ok(())
}

/// The agreements split at `cuts` (positions, any order), checked shard by shard, the summaries
/// merged in reverse order through JSON.
fn checked_in_shards(portfolio: &Portfolio, policy: &Policy, cuts: &[Index]) -> Report {
    let len = portfolio.agreements.len();
    let mut bounds: Vec<usize> = cuts.iter().map(|c| c.index(len + 1)).collect();
    bounds.extend([0, len]);
    bounds.sort_unstable();
    let mut shards: Vec<Shard> = bounds
        .windows(2)
        .map(|w| {
            Shard::check(
                &portfolio.registry,
                policy,
                w[0],
                &portfolio.agreements[w[0]..w[1]],
            )
        })
        .collect();
    shards.reverse();
    let mut summary = Summary::default();
    let mut reports = Vec::new();
    for shard in shards {
        let sent = serde_json::to_string(&shard).unwrap();
        let shard: Shard = serde_json::from_str(&sent).unwrap();
        summary.merge(shard.summary);
        reports.push(shard.report);
    }
    assert_eq!(summary.agreements(), len);
    reports.push(summary.check(&portfolio.registry, policy));
    Report::merged(reports)
}

/// `portfolio` with its agreements repeated: shared students and hosts, duplicated ids.
fn doubled(portfolio: &Portfolio) -> Portfolio {
    let mut agreements = portfolio.agreements.clone();
    agreements.extend(portfolio.agreements.iter().cloned());
    Portfolio::new(portfolio.registry.clone(), agreements)
}

const SIZES: Sizes = Sizes {
    students: 4,
    placements_per_student: 2,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn edits_of_valid_portfolios_keep_the_report(
        p in valid_portfolio(5, SIZES),
        edits in prop::collection::vec(edit(), 1..12),
    ) {
        edits_keep_the_report(p, Policy::cn(), &edits)?;
    }

    #[test]
    fn edits_of_faulty_portfolios_keep_the_report(
        m in portfolio_mutations(4, SIZES),
        edits in prop::collection::vec(edit(), 1..12),
    ) {
        edits_keep_the_report(m.target, m.policy, &edits)?;
    }

    #[test]
    fn shards_merge_into_the_report(
        p in valid_portfolio(6, SIZES),
        cuts in prop::collection::vec(any::<Index>(), 0..4),
    ) {
        let policy = Policy::cn();
        let many = doubled(&p);
        same(&checked_in_shards(&p, &policy, &cuts), &p.check(&policy))?;
        same(&checked_in_shards(&many, &policy, &cuts), &many.check(&policy))?;
    }

    #[test]
    fn shards_of_faulty_portfolios_merge_into_the_report(
        m in portfolio_mutations(4, SIZES),
        cuts in prop::collection::vec(any::<Index>(), 0..4),
    ) {
        same(&checked_in_shards(&m.target, &m.policy, &cuts), &m.target.check(&m.policy))?;
    }
}

/// The benches' portfolio of 200 students: introduced enterprises, rotations, employed studies,
/// interaction and order-based classes over one registry (built once).
fn every_mode() -> &'static Portfolio {
    static PORTFOLIO: std::sync::OnceLock<Portfolio> = std::sync::OnceLock::new();
    PORTFOLIO.get_or_init(|| support::portfolio(200))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn edits_of_a_portfolio_of_every_mode_keep_the_report(
        edits in prop::collection::vec(edit(), 1..10),
    ) {
        let portfolio = every_mode().clone();
        edits_keep_the_report(portfolio, Policy::cn(), &edits)?;
    }

    #[test]
    fn shards_of_a_portfolio_of_every_mode_merge_into_the_report(
        cuts in prop::collection::vec(any::<Index>(), 0..5),
    ) {
        let policy = Policy::cn();
        let portfolio = doubled(every_mode());
        same(&checked_in_shards(&portfolio, &policy, &cuts), &portfolio.check(&policy))?;
    }

}

#[test]
fn a_registry_edit_of_an_entry_not_there_names_it() {
    let mut checked = CheckedPortfolio::new(Portfolio::default(), Policy::cn());
    let teacher = school_enterprise::Instructor::new(
        school_enterprise::InstructorId::from_u128(5),
        school_enterprise::Name::new("Li Hua").unwrap(),
        school_enterprise::Employer::School(school_enterprise::SchoolId::from_u128(1)),
    );
    let error = checked.replace_instructor(teacher).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the registry has no instructor 00000000-0000-0000-0000-000000000005 to replace"
    );
}

#[test]
fn an_edit_out_of_range_names_the_position() {
    let mut checked = CheckedPortfolio::new(Portfolio::default(), Policy::cn());
    let error = checked.remove(3).unwrap_err();
    assert!(matches!(
        error,
        Error::NoAgreementAt {
            position: 3,
            len: 0
        }
    ));
    assert_eq!(
        error.to_string(),
        "the portfolio has 0 agreements; there is none at position 3"
    );
    assert!(checked.edit(0, |_| {}).is_err());
    assert!(checked.report().is_empty());
}

fn fixture() -> Portfolio {
    serde_json::from_str(include_str!("fixtures/portfolio.json")).unwrap()
}

/// Ids are unique within a kind only: a placement may carry its student's UUID. Replacing the
/// student still checks the agreement again.
#[test]
fn a_registry_edit_reaches_an_agreement_whose_element_shares_the_entrys_uuid() {
    let mut portfolio = fixture();
    let student = portfolio.agreements[0].placements[0].student;
    portfolio.agreements[0].placements[0].id =
        school_enterprise::PlacementId::new(*student.as_uuid());
    let policy = Policy::cn();
    let mut checked = CheckedPortfolio::new(portfolio, policy.clone());
    let mut moved = checked
        .portfolio()
        .registry
        .student(student)
        .unwrap()
        .clone();
    moved.school = school_enterprise::SchoolId::from_u128(2);
    checked.replace_student(moved).unwrap();
    let report = checked.report();
    assert!(
        report
            .iter()
            .any(|v| v.code().to_string() == "agreement.student_enrolled"),
        "the student now belongs to another school: {report}"
    );
    assert_eq!(report, checked.portfolio().check(&policy));
}

/// A change that panics half-way leaves the agreement as it left it, checked again.
#[test]
fn a_panicking_edit_leaves_a_report_that_matches_the_portfolio() {
    let policy = Policy::cn();
    let mut checked = CheckedPortfolio::new(fixture(), policy.clone());
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        checked.edit(0, |agreement| {
            agreement.placements.clear();
            panic!("the caller's change fails half-way");
        })
    }));
    assert!(caught.is_err());
    assert!(checked.portfolio().agreements[0].placements.is_empty());
    assert_eq!(checked.report(), checked.portfolio().check(&policy));
}
