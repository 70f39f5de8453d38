//! Shards: some of a portfolio's agreements checked on their own, and the summaries whose merge
//! gives the cross-agreement rules' violations of a single check.

use serde::{Deserialize, Serialize};

use super::rules::{self, AgreementKey, Held};
use crate::check::{Loc, Path, Sink};
use crate::element::{self, Keyed};
use crate::{CheckContext, CooperationAgreement, Policy, Registry, Report};

/// What the cross-agreement rules (`portfolio.*`) need of some agreements of a portfolio: each
/// agreement's id and first day, each placement's dates and resolved parties, and each element's
/// id with its path: a few dozen bytes per placement and element in memory, whatever the
/// agreements hold, and about two hundred per element in JSON (a shard's summary carries each
/// element's path, which a whole portfolio's check finds in the agreements instead).
///
/// Summaries of any split of a portfolio's agreements merge, in any order, into the summary of
/// the whole; [`Summary::check`] on it reports exactly the `portfolio.*` violations of
/// [`Portfolio::check`](crate::Portfolio::check). A summary names parties by their position in the
/// registry: every shard must be checked against the same registry.
///
/// It is serde-serializable, so that a shard checked in another process or on another machine
/// can send it back; the form is the crate's own and may change between releases.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    agreements: Vec<AgreementKey>,
    placements: Vec<Held>,
    elements: Vec<Keyed>,
    /// The path of every element, by (agreement, place in the walk); empty when the agreements
    /// are at hand to find them in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    paths: Vec<ElementPath>,
}

/// Where an element is, for a shard's summary.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ElementPath {
    agreement: usize,
    ordinal: usize,
    path: Path,
}

impl Summary {
    /// An empty summary with room for `placements` placements.
    pub(crate) fn with_capacity(placements: usize) -> Self {
        Self {
            agreements: Vec::new(),
            placements: Vec::with_capacity(placements),
            elements: Vec::with_capacity(placements),
            paths: Vec::new(),
        }
    }

    /// Adds the agreement at position `i`, which `index` has just checked.
    pub(crate) fn add(
        &mut self,
        i: usize,
        agreement: &CooperationAgreement,
        index: &crate::agreement::AgreementIndex<'_>,
    ) {
        self.agreements.push(AgreementKey {
            id: *agreement.id.as_uuid(),
            first_day: agreement.validity.first(),
            position: i,
        });
        // The agreement's keys, as its check collected them, tagged with its position.
        self.elements
            .extend(index.keys().iter().map(|k| Keyed { agreement: i, ..*k }));
        let placements = agreement.placements.iter().zip(&index.resolved);
        self.placements.extend(
            placements
                .enumerate()
                .map(|(position, (placement, parties))| Held {
                    agreement: i,
                    position,
                    dates: placement.dates,
                    work: placement.kind.is_work(),
                    parties: parties.map(|p| rules::Parties {
                        student: p.student_at,
                        host: p.host_at,
                        // A post of another enterprise is not counted in its category.
                        post: p.post_at_host().then_some(p.post_at),
                    }),
                }),
        );
    }

    /// The key of the first agreement summarized, and every placement and element key.
    pub(crate) fn into_parts(self) -> (Option<AgreementKey>, Vec<Held>, Vec<Keyed>) {
        (
            self.agreements.first().copied(),
            self.placements,
            self.elements,
        )
    }

    /// Adds `other`'s agreements to this summary's. The order of merging does not matter.
    ///
    /// ```
    /// use school_enterprise::portfolio::Summary;
    ///
    /// let mut whole = Summary::default();
    /// whole.merge(Summary::default());
    /// assert_eq!(whole.agreements(), 0);
    /// ```
    pub fn merge(&mut self, mut other: Summary) {
        self.agreements.append(&mut other.agreements);
        self.placements.append(&mut other.placements);
        self.elements.append(&mut other.elements);
        self.paths.append(&mut other.paths);
    }

    /// The number of agreements summarized.
    pub fn agreements(&self) -> usize {
        self.agreements.len()
    }

    /// The number of placements summarized.
    pub fn placements(&self) -> usize {
        self.placements.len()
    }

    /// The cross-agreement rules' violations over the agreements summarized, as
    /// [`Portfolio::check`](crate::Portfolio::check) reports them when these are all of its
    /// agreements. `registry` is the one every shard was checked against.
    pub fn check(mut self, registry: &Registry, policy: &Policy) -> Report {
        let mut sink = Sink::new(policy);
        // Shards may arrive in any order: the rules read placements and paths in portfolio order.
        self.placements
            .sort_unstable_by_key(|h| (h.agreement, h.position));
        self.paths.sort_unstable();
        let stored = &self.paths;
        let paths = |a: usize, ordinals: &[usize]| {
            ordinals
                .iter()
                .filter_map(|&ordinal| {
                    let found = stored
                        .binary_search_by(|p| (p.agreement, p.ordinal).cmp(&(a, ordinal)))
                        .ok()?;
                    Some((ordinal, stored.get(found)?.path.clone()))
                })
                .collect()
        };
        rules::check(
            registry,
            &mut self.agreements,
            &mut self.placements,
            &mut self.elements,
            &paths,
            &mut sink,
        );
        sink.finish()
    }

    /// Runs the cross-agreement rules into `sink`, finding element paths with `paths`.
    pub(crate) fn check_into(
        &mut self,
        registry: &Registry,
        paths: &rules::ElementPaths<'_>,
        sink: &mut Sink<'_>,
    ) {
        rules::check(
            registry,
            &mut self.agreements,
            &mut self.placements,
            &mut self.elements,
            paths,
            sink,
        );
    }
}

/// Some consecutive agreements of a portfolio, checked on their own: their violations (every
/// rule but the cross-agreement ones) and their [`Summary`].
///
/// This is how a portfolio too large for one machine is checked: split its agreements into
/// ranges, check each range anywhere with [`Shard::check`] (a thread, a process, a partition of
/// a data engine), merge the summaries and run [`Summary::check`] once, then merge the reports
/// with [`Report::merged`]. The result is [`Portfolio::check`](crate::Portfolio::check)'s report,
/// byte for byte, when the shards' ranges cover every agreement once, each shard is told where
/// its range starts, and every shard reads the same registry: nothing checks that they did.
/// User-defined rules ([`Portfolio::check_with`](crate::Portfolio::check_with)) are not run.
///
/// ```
/// use school_enterprise::portfolio::{Shard, Summary};
/// use school_enterprise::{Policy, Portfolio, Report};
///
/// let portfolio: Portfolio = serde_json::from_str(include_str!("../../tests/fixtures/portfolio.json"))?;
/// let policy = Policy::cn();
/// let (head, tail) = portfolio.agreements.split_at(1);
/// // Each shard knows where its agreements start in the portfolio.
/// let first = Shard::check(&portfolio.registry, &policy, 0, head);
/// let second = Shard::check(&portfolio.registry, &policy, 1, tail);
/// let mut summary = Summary::default();
/// let mut reports = Vec::new();
/// for shard in [first, second] {
///     summary.merge(shard.summary);
///     reports.push(shard.report);
/// }
/// reports.push(summary.check(&portfolio.registry, &policy));
/// assert_eq!(Report::merged(reports), portfolio.check(&policy));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Shard {
    /// The violations of the shard's agreements, with paths in the whole portfolio
    /// (`agreements[first + i]...`), without the cross-agreement rules.
    pub report: Report,
    /// What the cross-agreement rules need of the shard's agreements.
    pub summary: Summary,
}

impl Shard {
    /// Checks `agreements`, which are the portfolio's agreements from position `first` on,
    /// against the portfolio's `registry` under `policy`.
    pub fn check(
        registry: &Registry,
        policy: &Policy,
        first: usize,
        agreements: &[CooperationAgreement],
    ) -> Shard {
        let ctx = CheckContext::new(registry, policy);
        let placements = agreements.iter().map(|a| a.placements.len()).sum();
        let mut sink = Sink::new(policy);
        let mut index = crate::agreement::AgreementIndex::default();
        let mut summary = Summary::with_capacity(placements);
        let root = Loc::Root;
        let at = root.field("agreements");
        for (j, agreement) in agreements.iter().enumerate() {
            let i = first.saturating_add(j);
            crate::agreement::check_into(agreement, &ctx, at.index(i), &mut index, &mut sink);
            summary.add(i, agreement, &index);
            let mut ordinal = 0;
            element::for_each(agreement, at.index(i), &mut |element| {
                summary.paths.push(ElementPath {
                    agreement: i,
                    ordinal,
                    path: element.at.to_path(),
                });
                ordinal += 1;
            });
        }
        Shard {
            report: sink.finish(),
            summary,
        }
    }
}
