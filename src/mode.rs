//! The mode of cooperation: one enum over the four modes' models, and the two things every mode
//! gives the engine: its elements with ids (for the uniqueness rules) and its rules.

use serde::{Deserialize, Serialize};

use crate::agreement::PlacementMarks;
use crate::alternation::Alternation;
use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::interaction::Interaction;
use crate::introduced::IntroducedEnterprise;
use crate::order::OrderClass;
use crate::{CheckContext, CooperationAgreement};

/// The mode of cooperation, with its mode-specific model.
///
/// In JSON the mode is an object tagged by `kind` (`"introduced_enterprise"`, `"alternation"`,
/// `"interaction"`, `"order_based"`, `"internship"`); an unknown tag is refused.
///
/// ```
/// use school_enterprise::Mode;
///
/// let mode: Mode = serde_json::from_str(r#"{"kind": "internship"}"#)?;
/// assert_eq!(mode, Mode::Internship);
/// assert_eq!(serde_json::to_string(&mode)?, r#"{"kind":"internship"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Mode {
    /// Mode 1: production lines of the enterprise on campus.
    IntroducedEnterprise(IntroducedEnterprise),
    /// Mode 2: alternation of work and study (rotation or employed study).
    Alternation(Alternation),
    /// Mode 3: the enterprise provides bases, equipment, materials, teachers and co-writes the
    /// teaching plan.
    Interaction(Interaction),
    /// Mode 4: order-based classes.
    OrderBased(OrderClass),
    /// An internship agreement under the 2021 provisions, holding placements and nothing else:
    /// no cooperation mode of its own, so no mode rules, and `agreement.mutual_contribution` is
    /// not evaluated. Its placements may be at any host.
    Internship,
}

impl Mode {
    /// Whether this is an internship agreement ([`Mode::Internship`]).
    pub fn is_internship(&self) -> bool {
        matches!(self, Mode::Internship)
    }
}

impl Mode {
    /// Whether the mode's own records say that `side` provides something: an interaction
    /// agreement's resources of that side, an introduced enterprise's site allocations (the
    /// school's space) and its equipment by owner. `agreement.mutual_contribution` counts them as
    /// entries of that side.
    pub(crate) fn records_provision_by(&self, side: crate::Side) -> bool {
        match self {
            Mode::Interaction(model) => model.resources.iter().any(|r| r.side == side),
            Mode::IntroducedEnterprise(model) => {
                (side == crate::Side::School && !model.sites.is_empty())
                    || model.equipment.iter().any(|e| e.owner == side)
            }
            Mode::Alternation(_) | Mode::OrderBased(_) | Mode::Internship => false,
        }
    }

    /// Calls `f` for every element with an id the mode's model holds (found at `at`).
    pub(crate) fn for_each_element(&self, at: Loc<'_>, f: &mut dyn FnMut(Element<'_>)) {
        match self {
            Mode::IntroducedEnterprise(model) => model.for_each_element(at, f),
            Mode::Alternation(model) => model.for_each_element(at, f),
            Mode::Interaction(model) => model.for_each_element(at, f),
            Mode::OrderBased(model) => model.for_each_element(at, f),
            Mode::Internship => {}
        }
    }

    /// Runs the mode's rules (with the agreement rules over the mode's elements) on the model,
    /// found at `at`, of `agreement`.
    pub(crate) fn check(
        &self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        at: Loc<'_>,
        placements: PlacementMarks<'_, '_>,
        sink: &mut Sink<'_>,
    ) {
        match self {
            Mode::IntroducedEnterprise(model) => model.check(agreement, ctx, at, placements, sink),
            Mode::Alternation(model) => model.check(agreement, ctx, at, placements, sink),
            Mode::Interaction(model) => model.check(agreement, ctx, at, sink),
            Mode::OrderBased(model) => model.check(agreement, ctx, at, placements, sink),
            Mode::Internship => {}
        }
    }
}
