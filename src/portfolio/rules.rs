//! The cross-agreement rules (`portfolio.*`): ids unique across agreements, no student placed twice
//! at once, and the intern shares of each host and post category on every day.
//!
//! Each rule sorts the portfolio's placements once and sweeps them: O(n log n) in the number of
//! placements, never a loop over calendar days. The intern shares hold on every day, not on
//! average: the sweep finds each host's highest number of concurrent interns and the first day
//! it is reached.

use chrono::NaiveDate;

use crate::check::{Figure, Loc, Path, Scope, Sink};
use crate::element::{self, Clash, Keyed};
use crate::{Name, Placement, Portfolio, Registry, RuleCode, Share, StudentId};

/// One placement of the portfolio, with where it is and whether the rules may look at it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Held<'a> {
    pub(crate) placement: &'a Placement,
    /// The agreement's position in the portfolio.
    pub(crate) agreement: usize,
    /// The placement's position in its agreement.
    pub(crate) position: usize,
    /// Whether its ids resolve and no earlier placement of its agreement has its id.
    pub(crate) usable: bool,
}

/// Runs the four portfolio rules over every placement the agreements hold; `keys` holds every
/// element with an id of every agreement ([`element::collect_keys`]).
pub(crate) fn check(
    portfolio: &Portfolio,
    held: &mut [Held<'_>],
    keys: &mut [Keyed],
    sink: &mut Sink<'_>,
) {
    let root = Loc::Root;
    let agreements = root.field("agreements");
    unique_agreement_ids(portfolio, agreements, sink);
    unique_element_ids(portfolio, keys, held, agreements, sink);
    student_overlap(held, agreements, sink);
    intern_shares(&portfolio.registry, held, sink);
}

/// Where a placement is: `agreements[a].placements[p]`.
fn placement_path(agreements: Loc<'_>, held: &Held<'_>) -> crate::Path {
    let agreement = agreements.index(held.agreement);
    let placements = agreement.field("placements");
    placements.index(held.position).to_path()
}

fn report_at_placement(
    sink: &mut Sink<'_>,
    code: RuleCode,
    agreements: Loc<'_>,
    held: &Held<'_>,
    message: &str,
    figures: Vec<Figure>,
) {
    let agreement = agreements.index(held.agreement);
    let placements = agreement.field("placements");
    sink.push(
        code,
        placements.index(held.position),
        Scope::Plain,
        message.to_owned(),
        figures,
    );
}

/// The placements for which `key` gives a value, as (key, first day, agreement, position,
/// index into `held`), sorted: by key, then earlier elements (first day, then path) first.
fn sorted_by<K: Ord>(
    held: &[Held<'_>],
    key: impl Fn(&Held<'_>) -> Option<K>,
) -> Vec<(K, NaiveDate, usize, usize, usize)> {
    let mut sorted: Vec<_> = held
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            Some((
                key(h)?,
                h.placement.dates.first(),
                h.agreement,
                h.position,
                i,
            ))
        })
        .collect();
    sorted.sort_unstable();
    sorted
}

/// `portfolio.unique_ids` for agreements: each later holder of an id (by first day, then
/// position) is reported, naming the earliest.
fn unique_agreement_ids(portfolio: &Portfolio, agreements: Loc<'_>, sink: &mut Sink<'_>) {
    let mut sorted: Vec<_> = portfolio
        .agreements
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, a.validity.first(), i))
        .collect();
    sorted.sort_unstable();
    for run in sorted.chunk_by(|a, b| a.0 == b.0) {
        let Some((&(_, _, earliest), later)) = run.split_first() else {
            continue;
        };
        for &(id, _, position) in later {
            sink.push(
                RuleCode::PortfolioUniqueIds,
                agreements.index(position),
                Scope::Plain,
                "two agreements share an id".to_owned(),
                vec![
                    Figure::new("id", id),
                    Figure::new("earlier", agreements.index(earliest).to_path()),
                ],
            );
        }
    }
}

/// `portfolio.unique_ids` for elements of different agreements (duplicates inside one agreement
/// are `agreement.unique_ids`). A reported placement is left out of the other portfolio rules.
fn unique_element_ids(
    portfolio: &Portfolio,
    keys: &mut [Keyed],
    held: &mut [Held<'_>],
    agreements: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    keys.sort_unstable();
    let mut duplicates: Vec<(Keyed, Keyed)> = Vec::new();
    element::for_each_duplicate(keys, Clash::OtherAgreement, |later, earlier| {
        duplicates.push((*later, *earlier));
    });
    if duplicates.is_empty() {
        return;
    }
    // The paths of every element named, one walk per agreement concerned.
    let mut needed: Vec<(usize, usize)> = duplicates
        .iter()
        .flat_map(|(later, earlier)| [(later.3, later.4), (earlier.3, earlier.4)])
        .collect();
    needed.sort_unstable();
    needed.dedup();
    let mut paths: Vec<((usize, usize), Path)> = Vec::with_capacity(needed.len());
    for group in needed.chunk_by(|a, b| a.0 == b.0) {
        let Some((a, agreement)) = group
            .first()
            .and_then(|(a, _)| Some((*a, portfolio.agreements.get(*a)?)))
        else {
            continue;
        };
        let ordinals: Vec<usize> = group.iter().map(|(_, o)| *o).collect();
        let found = element::paths_of(agreement, agreements.index(a), &ordinals);
        paths.extend(found.into_iter().map(|(o, path)| ((a, o), path)));
    }
    let path = |k: &Keyed| {
        paths
            .binary_search_by_key(&(k.3, k.4), |(key, _)| *key)
            .ok()
            .and_then(|i| paths.get(i))
            .map(|(_, path)| path.clone())
    };
    for (later, earlier) in &duplicates {
        let (Some(later_path), Some(earlier_path)) = (path(later), path(earlier)) else {
            continue;
        };
        sink.push_at_path(
            RuleCode::PortfolioUniqueIds,
            later_path,
            Scope::Plain,
            format!("two {}s of different agreements share an id", later.0),
            vec![
                Figure::new("id", later.1),
                Figure::new("earlier", earlier_path),
            ],
        );
        // Placements come first in each agreement's walk; `held` is in (agreement, position)
        // order.
        let found = held.binary_search_by_key(&(later.3, later.4), |h| (h.agreement, h.position));
        if let Some(h) = found.ok().and_then(|i| held.get_mut(i)) {
            h.usable = false;
        }
    }
}

/// `portfolio.student_overlap`: each placement that overlaps an earlier one of its student (by
/// first day, then path) is reported, naming the earlier one that reaches furthest.
fn student_overlap(held: &[Held<'_>], agreements: Loc<'_>, sink: &mut Sink<'_>) {
    let sorted = sorted_by(held, |h| h.usable.then_some(h.placement.student));
    for run in sorted.chunk_by(|a, b| a.0 == b.0) {
        // The placement seen so far that reaches furthest.
        let mut furthest: Option<&Held<'_>> = None;
        for &(.., i) in run {
            let Some(this) = held.get(i) else { continue };
            if let Some(earlier) = furthest {
                if this.placement.dates.overlaps(&earlier.placement.dates) {
                    report_at_placement(
                        sink,
                        RuleCode::PortfolioStudentOverlap,
                        agreements,
                        this,
                        "the student has two placements at once",
                        vec![
                            Figure::new("dates", this.placement.dates),
                            Figure::new("earlier", placement_path(agreements, earlier)),
                            Figure::new("earlier_dates", earlier.placement.dates),
                        ],
                    );
                }
            }
            if furthest.is_none_or(|f| this.placement.dates.last() > f.placement.dates.last()) {
                furthest = Some(this);
            }
        }
    }
}

/// The highest number of distinct students present on one day, and the first day it is reached,
/// for intervals sorted by student then first day. `events` is scratch space.
fn peak(
    intervals: &[(StudentId, NaiveDate, NaiveDate)],
    events: &mut Vec<(NaiveDate, i64)>,
) -> Option<(i64, NaiveDate)> {
    events.clear();
    // Merge each student's overlapping or touching intervals, so a student counts once a day.
    for student in intervals.chunk_by(|a, b| a.0 == b.0) {
        let mut current: Option<(NaiveDate, NaiveDate)> = None;
        for &(_, first, last) in student {
            current = match current {
                Some((start, end)) if first <= end.succ_opt().unwrap_or(end) => {
                    Some((start, end.max(last)))
                }
                Some((start, end)) => {
                    push_interval(events, start, end);
                    Some((first, last))
                }
                None => Some((first, last)),
            };
        }
        if let Some((start, end)) = current {
            push_interval(events, start, end);
        }
    }
    // Leaving (-1) sorts before arriving (+1) on the same day; counts are read after each day.
    events.sort_unstable();
    let mut count = 0i64;
    let mut best: Option<(i64, NaiveDate)> = None;
    for day in events.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(date, _)) = day.first() else {
            continue;
        };
        count += day.iter().map(|(_, delta)| delta).sum::<i64>();
        if best.is_none_or(|(max, _)| count > max) {
            best = Some((count, date));
        }
    }
    best
}

fn push_interval(events: &mut Vec<(NaiveDate, i64)>, first: NaiveDate, last: NaiveDate) {
    events.push((first, 1));
    if let Some(after) = last.succ_opt() {
        events.push((after, -1));
    }
}

/// A work placement at a resolved host and post, for the intern shares.
struct Intern<'r> {
    /// The host's position in the registry.
    host: usize,
    /// The post's category.
    category: &'r Name,
    student: StudentId,
    first: NaiveDate,
    last: NaiveDate,
}

/// `portfolio.intern_share_enterprise` and `portfolio.intern_share_post`.
fn intern_shares(registry: &Registry, held: &[Held<'_>], sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let mut interns: Vec<Intern<'_>> = held
        .iter()
        .filter(|h| h.usable && h.placement.kind.is_work())
        .filter_map(|h| {
            let p = h.placement;
            let (_, post) = registry.post(p.post)?;
            Some(Intern {
                host: registry.enterprise_position(p.host)?,
                category: &post.category,
                student: p.student,
                first: p.dates.first(),
                last: p.dates.last(),
            })
        })
        .collect();
    let root = Loc::Root;
    let registry_at = root.field("registry");
    let enterprises_at = registry_at.field("enterprises");
    let mut intervals = Vec::new();
    let mut events = Vec::new();

    // Per host.
    interns.sort_unstable_by_key(|i| (i.host, i.student, i.first));
    for group in interns.chunk_by(|a, b| a.host == b.host) {
        let Some(host) = group.first().map(|i| i.host) else {
            continue;
        };
        let Some(enterprise) = registry.enterprises().get(host) else {
            continue;
        };
        intervals.clear();
        intervals.extend(group.iter().map(|i| (i.student, i.first, i.last)));
        let Some((count, day)) = peak(&intervals, &mut events) else {
            continue;
        };
        let share = policy.max_intern_share_of_workforce;
        if !share.admits(count.unsigned_abs(), u64::from(enterprise.employees)) {
            sink.push(
                RuleCode::PortfolioInternShareEnterprise,
                enterprises_at.index(host),
                Scope::Plain,
                "the host has more interns than its share of employees allows".to_owned(),
                share_figures(share, count, u64::from(enterprise.employees), day, None),
            );
        }
    }

    // Per host and post category.
    interns.sort_unstable_by(|a, b| {
        (a.host, a.category, a.student, a.first).cmp(&(b.host, b.category, b.student, b.first))
    });
    for group in interns.chunk_by(|a, b| a.host == b.host && a.category == b.category) {
        let Some(first) = group.first() else { continue };
        let Some(enterprise) = registry.enterprises().get(first.host) else {
            continue;
        };
        let employees: u64 = enterprise
            .posts
            .iter()
            .filter(|post| post.category == *first.category)
            .map(|post| u64::from(post.headcount))
            .sum();
        // Reported at the host's first post of the category (none: at the host).
        let first_post = enterprise
            .posts
            .iter()
            .position(|post| post.category == *first.category);
        intervals.clear();
        intervals.extend(group.iter().map(|i| (i.student, i.first, i.last)));
        let Some((count, day)) = peak(&intervals, &mut events) else {
            continue;
        };
        let share = policy.max_intern_share_of_post;
        if !share.admits(count.unsigned_abs(), employees) {
            let host_at = enterprises_at.index(first.host);
            let posts_at = host_at.field("posts");
            let post_at = first_post.map(|k| posts_at.index(k));
            sink.push(
                RuleCode::PortfolioInternSharePost,
                post_at.unwrap_or(host_at),
                Scope::Plain,
                "a post category has more interns than its share of employees allows".to_owned(),
                share_figures(share, count, employees, day, Some(first.category)),
            );
        }
    }
}

fn share_figures(
    share: Share,
    interns: i64,
    employees: u64,
    day: NaiveDate,
    category: Option<&Name>,
) -> Vec<Figure> {
    // The most interns the share allows: floor(share × employees), by integer arithmetic.
    let allowed = u128::from(share.per_mille()) * u128::from(employees) / 1000;
    let mut figures = vec![
        Figure::new("day", day),
        Figure::new("interns", interns),
        Figure::new("employees", employees),
        Figure::new(
            "limit",
            format!("{share} of {employees} = {allowed} interns"),
        ),
    ];
    if let Some(category) = category {
        figures.push(Figure::new("category", category));
    }
    figures
}
