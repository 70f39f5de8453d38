//! A portfolio: a registry with many agreements, checked together.
//!
//! Paths in a portfolio's report start at the portfolio: `agreements[2].placements[0]`. Only the
//! portfolio entry point raises the cross-agreement rules (`portfolio.*`, in [`rules`]).

pub(crate) mod rules;

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
        let mut sink = Sink::new(policy);
        let root = Loc::Root;
        let agreements = root.field("agreements");
        let mut index = crate::agreement::AgreementIndex::default();
        let total: usize = self.agreements.iter().map(|a| a.placements.len()).sum();
        let mut held = Vec::with_capacity(total);
        let mut keys: Vec<crate::element::Keyed> = Vec::with_capacity(total);
        for (i, agreement) in self.agreements.iter().enumerate() {
            crate::agreement::check_into(
                agreement,
                &ctx,
                agreements.index(i),
                &mut index,
                &mut sink,
            );
            // The agreement's keys, as its check collected them, tagged with its position.
            keys.extend(
                index
                    .keys()
                    .iter()
                    .map(|k| crate::element::Keyed { agreement: i, ..*k }),
            );
            let placements = agreement.placements.iter().zip(&index.resolved);
            held.extend(
                placements
                    .enumerate()
                    .map(|(position, (placement, parties))| rules::Held {
                        placement,
                        agreement: i,
                        position,
                        parties: parties.map(|p| rules::Parties {
                            student: p.student_at,
                            host: p.host_at,
                            // A post of another enterprise is not counted in its category.
                            category: p.post_at_host().then_some(&p.post.category),
                        }),
                    }),
            );
            if !rules.is_empty() {
                let prefix = Path::root().field("agreements").index(i);
                sink.run_custom(agreement, &ctx, rules, &prefix);
            }
        }
        rules::check(self, &mut held, &mut keys, &mut sink);
        sink.finish()
    }
}
