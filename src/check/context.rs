//! Running a check: the context (policy and registry), the sink that applies the policy as
//! violations are pushed, and the trait for user-defined rules.

use chrono::NaiveDate;

use super::report::sort;
use super::{Code, Loc, Path, Policy, Report, RuleCode, Severity, Violation};
use crate::exemption::{self, Verdict};
use crate::{CooperationAgreement, Exemption, PlacementId, Registry};

/// What a check reads besides the model: the policy and the registry.
///
/// The crate never reads a clock: rules judge an arrangement as planned, from its own dates.
///
/// ```
/// use school_enterprise::{CheckContext, Policy, Registry};
///
/// let registry = Registry::default();
/// let policy = Policy::cn();
/// let ctx = CheckContext::new(&registry, &policy);
/// assert_eq!(ctx.policy().max_weekly_work_hours, 40);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CheckContext<'a> {
    registry: &'a Registry,
    policy: &'a Policy,
}

impl<'a> CheckContext<'a> {
    /// A context over `registry` under `policy`.
    pub fn new(registry: &'a Registry, policy: &'a Policy) -> Self {
        Self { registry, policy }
    }

    /// The registry ids resolve against.
    pub fn registry(&self) -> &'a Registry {
        self.registry
    }

    /// The policy limits come from.
    pub fn policy(&self) -> &'a Policy {
        self.policy
    }

    /// Checks one agreement (its mode's rules and the placements it holds).
    pub fn check_agreement(&self, agreement: &CooperationAgreement) -> Report {
        self.check_agreement_with(agreement, &[])
    }

    /// Checks one agreement, then runs user-defined `rules` on it into the same report.
    pub fn check_agreement_with(
        &self,
        agreement: &CooperationAgreement,
        rules: &[&dyn Rule],
    ) -> Report {
        let mut sink = Sink::new(self.policy);
        let mut index = crate::agreement::AgreementIndex::default();
        crate::agreement::check_into(agreement, self, Loc::Root, &mut index, &mut sink);
        sink.run_custom(agreement, self, rules, &Path::root());
        sink.finish()
    }
}

/// A user-defined rule, run into the same report as the catalogue's rules.
///
/// Push violations with paths relative to the agreement's JSON form; the engine prefixes them when
/// the agreement is checked inside a portfolio, and applies the policy's severity overrides and
/// switch-offs to them. See the `custom_rule` example.
///
/// ```
/// use school_enterprise::*;
///
/// struct NoLongAgreements;
///
/// impl Rule for NoLongAgreements {
///     fn check(&self, agreement: &CooperationAgreement, _ctx: &CheckContext<'_>, out: &mut Vec<Violation>) {
///         if agreement.validity.len_days() > 366 * 3 {
///             let code = CustomCode::new("acme.agreement_length").expect("a well-formed code");
///             out.push(Violation::new(code, Severity::Warning, Path::root().field("validity"),
///                 "agreements longer than three years need a board review")
///                 .with_figure("actual", format!("{} days", agreement.validity.len_days())));
///         }
///     }
/// }
/// ```
pub trait Rule: Send + Sync {
    /// Checks one agreement, pushing what it finds into `out`.
    fn check(
        &self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        out: &mut Vec<Violation>,
    );
}

/// What an exemption may cover when a rule fires.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope<'a> {
    /// Nothing: the violation stands (employment schedules are never exempted).
    Plain,
    /// A placement of the agreement whose exemptions are given, starting on `first_day`.
    Placement {
        /// The exemptions of the agreement that holds the placement.
        exemptions: &'a [Exemption],
        /// Where those exemptions are in the checked root.
        exemptions_at: Loc<'a>,
        placement: PlacementId,
        first_day: NaiveDate,
    },
}

/// Collects violations, applying the policy as they are pushed.
#[derive(Debug)]
pub(crate) struct Sink<'p> {
    policy: &'p Policy,
    /// The severity of each catalogue code under the policy (`None`: switched off), by the
    /// code's place in [`RuleCode::ALL`]: read once, so that asking costs no set look-up.
    severities: [Option<Severity>; RuleCode::ALL.len()],
    violations: Vec<Violation>,
    /// The exemptions of the agreement a rule last fired in, indexed by placement.
    exemptions: exemption::Index,
}

impl<'p> Sink<'p> {
    pub(crate) fn new(policy: &'p Policy) -> Self {
        let mut severities = [None; RuleCode::ALL.len()];
        for (slot, code) in severities.iter_mut().zip(RuleCode::ALL) {
            *slot = policy.severity_of(*code);
        }
        Self {
            policy,
            severities,
            violations: Vec::new(),
            exemptions: exemption::Index::default(),
        }
    }

    /// The severity `code` reports with, or `None` when the policy switches it off.
    fn severity_of(&self, code: RuleCode) -> Option<Severity> {
        // The variants are declared in the order of `RuleCode::ALL`.
        self.severities.get(code as usize).copied().flatten()
    }

    pub(crate) fn policy(&self) -> &'p Policy {
        self.policy
    }

    /// Whether `code` is reported at all; rules skip their work when it is not.
    pub(crate) fn wants(&self, code: RuleCode) -> bool {
        self.severity_of(code).is_some()
    }

    /// Reports `code` at `at`, unless the policy switches it off or an exemption silences it.
    pub(crate) fn push(
        &mut self,
        code: RuleCode,
        at: Loc<'_>,
        scope: Scope<'_>,
        message: String,
        figures: Vec<super::Figure>,
    ) {
        if self.wants(code) {
            self.push_at_path(code, at.to_path(), scope, message, figures);
        }
    }

    /// [`Sink::push`] for a path already built.
    pub(crate) fn push_at_path(
        &mut self,
        code: RuleCode,
        path: Path,
        scope: Scope<'_>,
        message: String,
        figures: Vec<super::Figure>,
    ) {
        let Some(severity) = self.severity_of(code) else {
            return;
        };
        let mut violation = Violation::new(code, severity, path, message).with_figures(figures);
        if let Scope::Placement {
            exemptions,
            exemptions_at,
            placement,
            first_day,
        } = scope
        {
            let named = exemption::Named {
                exemptions,
                at: exemptions_at,
            };
            match named.verdict(
                &mut self.exemptions,
                self.policy,
                code,
                placement,
                first_day,
            ) {
                Verdict::Silenced => return,
                Verdict::NotApplied(note) => violation = violation.with_note(note),
                Verdict::NoneNamed => {}
            }
        }
        self.violations.push(violation);
    }

    /// Runs user-defined rules and takes their violations, prefixed and under the policy.
    pub(crate) fn run_custom(
        &mut self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        rules: &[&dyn Rule],
        prefix: &Path,
    ) {
        let mut found = Vec::new();
        for rule in rules {
            rule.check(agreement, ctx, &mut found);
        }
        for mut violation in found {
            let code: Code = violation.code().clone();
            let Some(severity) = self.policy.severity_for(&code, violation.severity()) else {
                continue;
            };
            violation.set_severity(severity);
            if !prefix.is_root() {
                let path = violation.path().prefixed(prefix);
                violation.set_path(path);
            }
            self.violations.push(violation);
        }
    }

    /// Takes `later`'s violations after this sink's own, in the order they were pushed.
    #[cfg(feature = "parallel")]
    pub(crate) fn append(&mut self, mut later: Sink<'_>) {
        self.violations.append(&mut later.violations);
    }

    /// Moves out the violations pushed so far, in the order they were pushed.
    pub(crate) fn take(&mut self) -> Vec<Violation> {
        std::mem::take(&mut self.violations)
    }

    /// The report, in report order.
    pub(crate) fn finish(mut self) -> Report {
        sort(&mut self.violations);
        Report::from_sorted(self.violations)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sink_reads_each_codes_severity_from_its_own_slot() {
        // A code's slot is its place in `RuleCode::ALL`.
        for (i, code) in RuleCode::ALL.iter().enumerate() {
            assert_eq!(*code as usize, i, "{code}");
        }
        let policy = Policy::cn()
            .switch_off(RuleCode::PlacementFiled)
            .override_severity(RuleCode::AgreementMutualContribution, Severity::Error);
        let sink = Sink::new(&policy);
        for code in RuleCode::ALL {
            assert_eq!(sink.severity_of(*code), policy.severity_of(*code), "{code}");
        }
        assert!(!sink.wants(RuleCode::PlacementFiled));
        assert_eq!(
            sink.severity_of(RuleCode::AgreementMutualContribution),
            Some(Severity::Error)
        );
    }
}
