//! A portfolio: a registry with many agreements, checked together.
//!
//! Paths in a portfolio's report start at the portfolio: `agreements[2].placements[0]`. Only a
//! portfolio's check raises the cross-agreement rules (`portfolio.*`): no student placed twice at
//! once, ids unique across agreements, and each host's intern shares.
//!
//! Three ways to check one, each giving [`Portfolio::check`]'s report:
//! - [`Portfolio::check`] (and, with the `parallel` feature, `Portfolio::par_check` on every core);
//! - [`CheckedPortfolio`], which keeps the report current while agreements and registry entries
//!   are edited, re-checking only what an edit can change;
//! - [`Shard`]s: ranges of the agreements checked anywhere, whose [`Summary`]s merge into the
//!   cross-agreement rules' violations.

mod checked;
mod mentions;
pub(crate) mod rules;
mod shard;

pub use checked::CheckedPortfolio;
pub use shard::{Shard, Summary};

use serde::{Deserialize, Serialize};

use crate::check::{Loc, Path, Sink};
use crate::{CheckContext, CooperationAgreement, Policy, Registry, Report, Rule};

/// A registry with the agreements (and so the placements) that refer to it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Portfolio {
    /// The parties.
    pub registry: Registry,
    /// The agreements.
    #[serde(default)]
    pub agreements: Vec<CooperationAgreement>,
}

impl Portfolio {
    /// A portfolio of `agreements` over `registry`.
    pub fn new(registry: Registry, agreements: Vec<CooperationAgreement>) -> Self {
        Self {
            registry,
            agreements,
        }
    }

    /// Checks every agreement under `policy`. Never fails: everything wrong is in the report.
    pub fn check(&self, policy: &Policy) -> Report {
        self.check_with(policy, &[])
    }

    /// Checks every agreement, running user-defined `rules` on each into the same report.
    pub fn check_with(&self, policy: &Policy, rules: &[&dyn Rule]) -> Report {
        let ctx = CheckContext::new(&self.registry, policy);
        let mut part = Part::new(policy, self.placements_in(0..self.agreements.len()));
        for (i, agreement) in self.agreements.iter().enumerate() {
            part.check(i, agreement, &ctx, rules);
        }
        part.finish(self)
    }

    /// [`Portfolio::check`] on every core: the agreements are checked in parallel (rayon's
    /// global pool), then the cross-agreement rules run once over what they collected. The report
    /// is the one [`Portfolio::check`] gives, byte for byte.
    #[cfg(feature = "parallel")]
    pub fn par_check(&self, policy: &Policy) -> Report {
        self.par_check_with(policy, &[])
    }

    /// [`Portfolio::check_with`] on every core; see [`Portfolio::par_check`].
    #[cfg(feature = "parallel")]
    pub fn par_check_with(&self, policy: &Policy, rules: &[&dyn Rule]) -> Report {
        use rayon::prelude::*;

        let ctx = CheckContext::new(&self.registry, policy);
        // A few chunks per thread, so that a thread that drew large agreements does not hold the
        // others up; each chunk is checked in order, and the chunks are joined in order, so the
        // violations arrive in the order a sequential check pushes them.
        let chunks = rayon::current_num_threads().saturating_mul(4).max(1);
        let size = self.agreements.len().div_ceil(chunks).max(1);
        let parts: Vec<Part<'_, '_>> = self
            .agreements
            .par_chunks(size)
            .enumerate()
            .map(|(c, chunk)| {
                let first = c.saturating_mul(size);
                let mut part = Part::new(policy, self.placements_in(first..first + chunk.len()));
                for (j, agreement) in chunk.iter().enumerate() {
                    part.check(first + j, agreement, &ctx, rules);
                }
                part
            })
            .collect();
        let mut whole = Part::new(policy, 0);
        for part in parts {
            whole.join(part);
        }
        whole.finish(self)
    }

    /// The number of placements of the agreements in `range`.
    fn placements_in(&self, range: std::ops::Range<usize>) -> usize {
        self.agreements
            .get(range)
            .map_or(0, |a| a.iter().map(|a| a.placements.len()).sum())
    }
}

/// What checking some of a portfolio's agreements collects: their violations, and what the
/// cross-agreement rules need of each agreement, placement and element.
struct Part<'p, 'r> {
    sink: Sink<'p>,
    index: crate::agreement::AgreementIndex<'r>,
    summary: Summary,
}

impl<'p, 'r> Part<'p, 'r> {
    fn new(policy: &'p Policy, placements: usize) -> Self {
        Self {
            sink: Sink::new(policy),
            index: crate::agreement::AgreementIndex::default(),
            summary: Summary::with_capacity(placements),
        }
    }

    /// Checks the agreement at `agreements[i]`.
    fn check(
        &mut self,
        i: usize,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'r>,
        rules: &[&dyn Rule],
    ) {
        let at = Loc::Root.field("agreements");
        crate::agreement::check_into(agreement, ctx, at.index(i), &mut self.index, &mut self.sink);
        self.summary.add(i, agreement, &self.index);
        if !rules.is_empty() {
            let prefix = Path::root().field("agreements").index(i);
            self.sink.run_custom(agreement, ctx, rules, &prefix);
        }
    }

    /// Takes `later`'s findings after this part's own.
    #[cfg(feature = "parallel")]
    fn join(&mut self, later: Self) {
        self.sink.append(later.sink);
        self.summary.merge(later.summary);
    }

    /// Runs the cross-agreement rules over everything collected, and gives the report.
    fn finish(mut self, portfolio: &Portfolio) -> Report {
        let agreements = Loc::Root.field("agreements");
        let paths = |a: usize, ordinals: &[usize]| {
            portfolio
                .agreements
                .get(a)
                .map_or_else(Vec::new, |agreement| {
                    crate::element::paths_of(agreement, agreements.index(a), ordinals)
                })
        };
        self.summary
            .check_into(&portfolio.registry, &paths, &mut self.sink);
        self.sink.finish()
    }
}
