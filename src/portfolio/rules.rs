//! The cross-agreement rules (`portfolio.*`): ids unique across agreements, no student placed twice
//! at once, and the intern shares of each host and post category on every day.
//!
//! The rules group the portfolio's placements by student or by host with a counting sort over the
//! registry positions the agreements' checks resolved (linear in placements plus parties), sort
//! each small group by day, and sweep it: never a loop over calendar days. Only the unique-id rule
//! sorts every element of the portfolio, by id. The intern shares hold on every day, not on
//! average: the sweep finds each host's highest number of concurrent interns and the first day it
//! is reached.
//!
//! Each rule is also run on one group alone (the agreements of one id, the elements of one id, the
//! placements of one student or of one host): a [`super::CheckedPortfolio`] re-runs only the
//! groups an edit touches.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::check::{Figure, Loc, Path, Scope, Sink};
use crate::element::{self, Clash, Keyed};
use crate::{DateRange, Enterprise, Name, Registry, RuleCode, Share};
use crate::{FigureValue, PhraseKey, Quantity, Unit};

/// What the portfolio rules read of one placement: where it is, its dates, and its parties when
/// the rules may look at it. Owned, so that a shard's summary can be kept, sent and merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Held {
    /// The agreement's position in the portfolio.
    pub(crate) agreement: usize,
    /// The placement's position in its agreement.
    pub(crate) position: usize,
    /// The placement's dates.
    pub(crate) dates: DateRange,
    /// Whether it is a work placement (the intern shares count only those).
    pub(crate) work: bool,
    /// Its parties, when its ids resolve and no earlier element has its id (`None`: the rules
    /// skip it).
    pub(crate) parties: Option<Parties>,
}

/// What the portfolio rules read of a placement's resolved parties: positions in the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Parties {
    /// The student's position in the registry.
    pub(crate) student: usize,
    /// The host's position in the registry.
    pub(crate) host: usize,
    /// The post's position among the host's posts; none when the post is not one of the host's
    /// (`placement.post_at_host`), so that `portfolio.intern_share_post` does not count it.
    pub(crate) post: Option<usize>,
}

/// What `portfolio.unique_ids` reads of an agreement: its id, first day and position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgreementKey {
    pub(crate) id: Uuid,
    pub(crate) first_day: NaiveDate,
    pub(crate) position: usize,
}

/// Finds the paths of elements named by a duplicate: `(agreement, ordinals sorted)` to each
/// ordinal's path ([`element::paths_of`] on a portfolio, stored paths in a shard's summary).
pub(crate) type ElementPaths<'f> = dyn Fn(usize, &[usize]) -> Vec<(usize, Path)> + 'f;

/// Runs the four portfolio rules over every placement the agreements hold; `keys` holds every
/// element with an id of every agreement ([`element::collect_keys`], retagged with the
/// agreement's position), `held` every placement in (agreement, position) order.
pub(crate) fn check(
    registry: &Registry,
    agreement_keys: &mut [AgreementKey],
    held: &mut [Held],
    keys: &mut [Keyed],
    paths: &ElementPaths<'_>,
    sink: &mut Sink<'_>,
) {
    unique_agreement_ids(agreement_keys, sink);
    // Run whatever the policy says: a later duplicate is skipped by the other rules either way.
    keys.sort_unstable();
    for (agreement, position) in unique_element_ids(keys, paths, sink) {
        // `held` is in (agreement, position) order; placements come first in each walk, so a
        // placement's ordinal is its position.
        let found =
            held.binary_search_by_key(&(agreement, position), |h| (h.agreement, h.position));
        if let Some(h) = found.ok().and_then(|i| held.get_mut(i)) {
            h.parties = None;
        }
    }
    if sink.wants(RuleCode::PortfolioStudentOverlap) {
        student_overlap(registry, held, sink);
    }
    if wants_shares(sink) {
        intern_shares(registry, held, sink);
    }
}

/// Whether either intern share is reported.
pub(crate) fn wants_shares(sink: &Sink<'_>) -> bool {
    sink.wants(RuleCode::PortfolioInternShareEnterprise)
        || sink.wants(RuleCode::PortfolioInternSharePost)
}

/// `agreements`, where the paths of a portfolio's agreements start.
const AGREEMENTS: Loc<'static> = Loc::Field(&Loc::Root, "agreements");

/// Where a placement is: `agreements[a].placements[p]`.
fn placement_path(held: &Held) -> crate::Path {
    let agreements = AGREEMENTS;
    let agreement = agreements.index(held.agreement);
    let placements = agreement.field("placements");
    placements.index(held.position).to_path()
}

fn report_at_placement(
    sink: &mut Sink<'_>,
    code: RuleCode,
    held: &Held,
    message: &str,
    figures: Vec<Figure>,
) {
    let agreements = AGREEMENTS;
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

/// `items` in the order of their `key`, a dense index below `keys`, keeping their order among
/// equal keys: a counting sort, O(items + keys). Items whose key is `keys` or more are left out.
fn grouped<T: Copy>(items: &[T], keys: usize, key: impl Fn(&T) -> usize) -> Vec<T> {
    // starts[k]: where the items of key k go, once the counts are summed.
    let mut starts = vec![0usize; keys.saturating_add(1)];
    for item in items {
        if let Some(count) = starts.get_mut(key(item).saturating_add(1)) {
            *count += 1;
        }
    }
    let mut sum = 0;
    for start in &mut starts {
        sum += *start;
        *start = sum;
    }
    // Every slot is written below; the copies only give the vector its length.
    let mut out = items.to_vec();
    out.truncate(sum);
    for item in items {
        if let Some(slot) = starts.get_mut(key(item)) {
            if let Some(place) = out.get_mut(*slot) {
                *place = *item;
                *slot += 1;
            }
        }
    }
    out
}

/// `portfolio.unique_ids` for agreements: each later holder of an id (by first day, then
/// position) is reported, naming the earliest. `keys` may be every agreement or those of some ids.
pub(crate) fn unique_agreement_ids(keys: &mut [AgreementKey], sink: &mut Sink<'_>) {
    keys.sort_unstable();
    for run in keys.chunk_by(|a, b| a.id == b.id) {
        let Some((earliest, later)) = run.split_first() else {
            continue;
        };
        for key in later {
            let agreements = AGREEMENTS;
            sink.push(
                RuleCode::PortfolioUniqueIds,
                agreements.index(key.position),
                Scope::Plain,
                "two agreements share an id".to_owned(),
                vec![
                    Figure::new("id", key.id),
                    Figure::new("earlier", agreements.index(earliest.position).to_path()),
                ],
            );
        }
    }
}

/// `portfolio.unique_ids` for elements of different agreements (duplicates inside one agreement
/// are `agreement.unique_ids`), over `keys` sorted. Gives the (agreement, position) of each
/// reported placement: the other portfolio rules leave it out.
pub(crate) fn unique_element_ids(
    keys: &[Keyed],
    paths: &ElementPaths<'_>,
    sink: &mut Sink<'_>,
) -> Vec<(usize, usize)> {
    let mut duplicates: Vec<(Keyed, Keyed)> = Vec::new();
    element::for_each_duplicate(keys, Clash::OtherAgreement, |later, earlier| {
        duplicates.push((*later, *earlier));
    });
    if duplicates.is_empty() {
        return Vec::new();
    }
    // The paths of every element named, one walk per agreement concerned.
    let mut needed: Vec<(usize, usize)> = duplicates
        .iter()
        .flat_map(|(later, earlier)| {
            [
                (later.agreement, later.ordinal),
                (earlier.agreement, earlier.ordinal),
            ]
        })
        .collect();
    needed.sort_unstable();
    needed.dedup();
    let mut found: Vec<((usize, usize), Path)> = Vec::with_capacity(needed.len());
    for group in needed.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(a, _)) = group.first() else {
            continue;
        };
        let ordinals: Vec<usize> = group.iter().map(|(_, o)| *o).collect();
        found.extend(
            paths(a, &ordinals)
                .into_iter()
                .map(|(o, path)| ((a, o), path)),
        );
    }
    let path = |k: &Keyed| {
        found
            .binary_search_by_key(&(k.agreement, k.ordinal), |(key, _)| *key)
            .ok()
            .and_then(|i| found.get(i))
            .map(|(_, path)| path.clone())
    };
    let mut skipped = Vec::new();
    for (later, earlier) in &duplicates {
        let (Some(later_path), Some(earlier_path)) = (path(later), path(earlier)) else {
            continue;
        };
        sink.push_at_path(
            RuleCode::PortfolioUniqueIds,
            later_path,
            Scope::Plain,
            format!("two {}s of different agreements share an id", later.kind),
            vec![
                Figure::new("id", later.uuid()),
                Figure::new("earlier", earlier_path),
            ],
        );
        if later.kind == crate::PlacementId::KIND {
            skipped.push((later.agreement, later.ordinal));
        }
    }
    skipped
}

/// `portfolio.student_overlap` for every student.
fn student_overlap(registry: &Registry, held: &[Held], sink: &mut Sink<'_>) {
    let usable: Vec<(usize, &Held)> = held
        .iter()
        .filter_map(|h| Some((h.parties?.student, h)))
        .collect();
    let mut by_student = grouped(&usable, registry.students().len(), |(student, _)| *student);
    let mut run = Vec::new();
    for group in by_student.chunk_by_mut(|a, b| a.0 == b.0) {
        run.clear();
        run.extend(group.iter().map(|(_, h)| *h));
        overlaps_of_student(&mut run, sink);
    }
}

/// `portfolio.student_overlap` for the placements of one student: each placement that overlaps an
/// earlier one (by first day, then path) is reported, naming the earlier one that reaches
/// furthest.
pub(crate) fn overlaps_of_student(run: &mut [&Held], sink: &mut Sink<'_>) {
    run.sort_unstable_by_key(|h| (h.dates.first(), h.agreement, h.position));
    // The placement seen so far that reaches furthest.
    let mut furthest: Option<&Held> = None;
    for &mut this in run {
        if let Some(earlier) = furthest {
            if this.dates.overlaps(&earlier.dates) {
                report_at_placement(
                    sink,
                    RuleCode::PortfolioStudentOverlap,
                    this,
                    "the student has two placements at once",
                    vec![
                        Figure::new("dates", this.dates),
                        Figure::new("earlier", placement_path(earlier)),
                        Figure::new("earlier_dates", earlier.dates),
                    ],
                );
            }
        }
        if furthest.is_none_or(|f| this.dates.last() > f.dates.last()) {
            furthest = Some(this);
        }
    }
}

/// The highest number of distinct students present on one day, and the first day it is reached,
/// for intervals sorted by student then first day. `events` is scratch space.
fn peak(
    intervals: &[(usize, NaiveDate, NaiveDate)],
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
#[derive(Debug, Clone, Copy)]
struct Intern<'r> {
    /// The host's position in the registry.
    host: usize,
    /// The post's category (none: not counted by `portfolio.intern_share_post`).
    category: Option<&'r Name>,
    /// The student's position in the registry.
    student: usize,
    first: NaiveDate,
    last: NaiveDate,
}

/// The intern a placement counts as, when it is a work placement the rules may look at.
fn intern<'r>(registry: &'r Registry, h: &Held) -> Option<Intern<'r>> {
    let parties = h.parties.filter(|_| h.work)?;
    let category = parties.post.and_then(|post| {
        let enterprise = registry.enterprises().get(parties.host)?;
        Some(&enterprise.posts.get(post)?.category)
    });
    Some(Intern {
        host: parties.host,
        category,
        student: parties.student,
        first: h.dates.first(),
        last: h.dates.last(),
    })
}

/// `portfolio.intern_share_enterprise` and `portfolio.intern_share_post` for every host.
fn intern_shares(registry: &Registry, held: &[Held], sink: &mut Sink<'_>) {
    let interns: Vec<Intern<'_>> = held.iter().filter_map(|h| intern(registry, h)).collect();
    let mut by_host = grouped(&interns, registry.enterprises().len(), |i| i.host);
    let mut scratch = Scratch::default();
    for group in by_host.chunk_by_mut(|a, b| a.host == b.host) {
        shares_of_host(registry, group, &mut scratch, sink);
    }
}

/// The buffers the intern-share sweep reuses from one host to the next.
#[derive(Debug, Default)]
struct Scratch {
    intervals: Vec<(usize, NaiveDate, NaiveDate)>,
    events: Vec<(NaiveDate, i64)>,
}

/// The intern shares of the host at `host` in the registry, over the placements `held` there
/// (any order; others are skipped).
pub(crate) fn shares_at_host(
    registry: &Registry,
    host: usize,
    held: &[&Held],
    sink: &mut Sink<'_>,
) {
    let mut group: Vec<Intern<'_>> = held
        .iter()
        .filter_map(|h| intern(registry, h))
        .filter(|i| i.host == host)
        .collect();
    shares_of_host(registry, &mut group, &mut Scratch::default(), sink);
}

/// The intern shares of one host, over its interns `group` (all at one host).
fn shares_of_host(
    registry: &Registry,
    group: &mut [Intern<'_>],
    scratch: &mut Scratch,
    sink: &mut Sink<'_>,
) {
    let Some(host) = group.first().map(|i| i.host) else {
        return;
    };
    let Some(enterprise) = registry.enterprises().get(host) else {
        return;
    };
    let root = Loc::Root;
    let registry_at = root.field("registry");
    let enterprises_at = registry_at.field("enterprises");
    let Scratch { intervals, events } = scratch;
    group.sort_unstable_by_key(|i| (i.student, i.first));
    intervals.clear();
    intervals.extend(group.iter().map(|i| (i.student, i.first, i.last)));
    if let Some((count, day)) = peak(intervals, events) {
        share_of_enterprise(enterprises_at.index(host), enterprise, count, day, sink);
    }
    group.sort_unstable_by(|a, b| {
        (a.category, a.student, a.first).cmp(&(b.category, b.student, b.first))
    });
    for category in group.chunk_by(|a, b| a.category == b.category) {
        let Some(name) = category.first().and_then(|i| i.category) else {
            continue;
        };
        intervals.clear();
        intervals.extend(category.iter().map(|i| (i.student, i.first, i.last)));
        if let Some((count, day)) = peak(intervals, events) {
            let at = enterprises_at.index(host);
            share_of_post(at, enterprise, name, count, day, sink);
        }
    }
}

/// `portfolio.intern_share_enterprise` for the host (found at `at`), which has `count` interns at
/// most, first on `day`.
fn share_of_enterprise(
    at: Loc<'_>,
    enterprise: &Enterprise,
    count: i64,
    day: NaiveDate,
    sink: &mut Sink<'_>,
) {
    let share = sink.policy().max_intern_share_of_workforce;
    let employees = u64::from(enterprise.employees);
    if !share.admits(count.unsigned_abs(), employees) {
        sink.push(
            RuleCode::PortfolioInternShareEnterprise,
            at,
            Scope::Plain,
            "the host has more interns than its share of employees allows".to_owned(),
            share_figures(share, count, employees, day, None),
        );
    }
}

/// `portfolio.intern_share_post` for the posts of `category` of the host (found at `at`), which
/// have `count` interns at most, first on `day`.
fn share_of_post(
    at: Loc<'_>,
    enterprise: &Enterprise,
    category: &Name,
    count: i64,
    day: NaiveDate,
    sink: &mut Sink<'_>,
) {
    let share = sink.policy().max_intern_share_of_post;
    let employees: u64 = enterprise
        .posts
        .iter()
        .filter(|post| post.category == *category)
        .map(|post| u64::from(post.headcount))
        .sum();
    if !share.admits(count.unsigned_abs(), employees) {
        // Reported at the host's first post of the category (none: at the host).
        let first_post = enterprise
            .posts
            .iter()
            .position(|post| post.category == *category);
        let posts_at = at.field("posts");
        sink.push(
            RuleCode::PortfolioInternSharePost,
            first_post.map_or(at, |k| posts_at.index(k)),
            Scope::Plain,
            "a post category has more interns than its share of employees allows".to_owned(),
            share_figures(share, count, employees, day, Some(category)),
        );
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
            FigureValue::phrase(
                PhraseKey::ShareOf,
                [
                    share.into(),
                    employees.into(),
                    Quantity::count(allowed, Unit::Interns).into(),
                ],
            ),
        ),
    ];
    if let Some(category) = category {
        figures.push(Figure::new("category", category));
    }
    figures
}
