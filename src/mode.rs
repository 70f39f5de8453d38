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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// Accessors: reach a mode's model without a `match`.
///
/// ```
/// use school_enterprise::alternation::{Alternation, Rotation};
/// use school_enterprise::Mode;
///
/// let mut mode = Mode::Alternation(Alternation::WorkStudyRotation(Rotation::new()));
/// assert!(mode.as_rotation().is_some());
/// assert!(mode.as_employed_study().is_none());
/// assert!(mode.as_interaction().is_none());
/// if let Some(rotation) = mode.as_rotation_mut() {
///     rotation.places.clear();
/// }
/// ```
///
/// A mode is made from its model with `From`: `Mode::from(rotation)` or `model.into()` stands for
/// `Mode::Alternation(Alternation::WorkStudyRotation(rotation))` and its siblings.
///
/// ```
/// use school_enterprise::alternation::{Alternation, EmployedStudy, Rotation};
/// use school_enterprise::interaction::Interaction;
/// use school_enterprise::Mode;
///
/// assert_eq!(Mode::from(Rotation::new()), Mode::Alternation(Alternation::WorkStudyRotation(Rotation::new())));
/// assert_eq!(Mode::from(EmployedStudy::new()), Mode::Alternation(Alternation::EmployedStudy(EmployedStudy::new())));
/// assert_eq!(Mode::from(Interaction::new()), Mode::Interaction(Interaction::new()));
/// ```
impl Mode {
    /// The introduced-enterprise model, if this is [`Mode::IntroducedEnterprise`]; `None` otherwise.
    pub fn as_introduced(&self) -> Option<&IntroducedEnterprise> {
        match self {
            Mode::IntroducedEnterprise(model) => Some(model),
            _ => None,
        }
    }

    /// The introduced-enterprise model to change, if this is [`Mode::IntroducedEnterprise`]; `None` otherwise.
    pub fn as_introduced_mut(&mut self) -> Option<&mut IntroducedEnterprise> {
        match self {
            Mode::IntroducedEnterprise(model) => Some(model),
            _ => None,
        }
    }

    /// The alternation (rotation or employed study) model, if this is [`Mode::Alternation`]; `None` otherwise.
    pub fn as_alternation(&self) -> Option<&Alternation> {
        match self {
            Mode::Alternation(model) => Some(model),
            _ => None,
        }
    }

    /// The alternation (rotation or employed study) model to change, if this is [`Mode::Alternation`]; `None` otherwise.
    pub fn as_alternation_mut(&mut self) -> Option<&mut Alternation> {
        match self {
            Mode::Alternation(model) => Some(model),
            _ => None,
        }
    }

    /// The interaction model, if this is [`Mode::Interaction`]; `None` otherwise.
    pub fn as_interaction(&self) -> Option<&Interaction> {
        match self {
            Mode::Interaction(model) => Some(model),
            _ => None,
        }
    }

    /// The interaction model to change, if this is [`Mode::Interaction`]; `None` otherwise.
    pub fn as_interaction_mut(&mut self) -> Option<&mut Interaction> {
        match self {
            Mode::Interaction(model) => Some(model),
            _ => None,
        }
    }

    /// The order-class model, if this is [`Mode::OrderBased`]; `None` otherwise.
    pub fn as_order(&self) -> Option<&OrderClass> {
        match self {
            Mode::OrderBased(model) => Some(model),
            _ => None,
        }
    }

    /// The order-class model to change, if this is [`Mode::OrderBased`]; `None` otherwise.
    pub fn as_order_mut(&mut self) -> Option<&mut OrderClass> {
        match self {
            Mode::OrderBased(model) => Some(model),
            _ => None,
        }
    }

    /// The work-study rotation, if this is an alternation of that variant; `None` otherwise.
    pub fn as_rotation(&self) -> Option<&crate::alternation::Rotation> {
        self.as_alternation().and_then(Alternation::as_rotation)
    }

    /// The work-study rotation to change, if this is an alternation of that variant.
    pub fn as_rotation_mut(&mut self) -> Option<&mut crate::alternation::Rotation> {
        self.as_alternation_mut()
            .and_then(Alternation::as_rotation_mut)
    }

    /// The employed-study model, if this is an alternation of that variant; `None` otherwise.
    pub fn as_employed_study(&self) -> Option<&crate::alternation::EmployedStudy> {
        self.as_alternation()
            .and_then(Alternation::as_employed_study)
    }

    /// The employed-study model to change, if this is an alternation of that variant.
    pub fn as_employed_study_mut(&mut self) -> Option<&mut crate::alternation::EmployedStudy> {
        self.as_alternation_mut()
            .and_then(Alternation::as_employed_study_mut)
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

// `From` each model: `Mode::from(rotation)` (see the accessors' docs).
macro_rules! mode_from {
    ($($model:ty => |$m:ident| $mode:expr;)*) => {
        $(
            impl From<$model> for Mode {
                fn from($m: $model) -> Self {
                    $mode
                }
            }
        )*
    };
}

mode_from! {
    IntroducedEnterprise => |m| Mode::IntroducedEnterprise(m);
    Alternation => |m| Mode::Alternation(m);
    crate::alternation::Rotation => |m| Mode::Alternation(Alternation::WorkStudyRotation(m));
    crate::alternation::EmployedStudy => |m| Mode::Alternation(Alternation::EmployedStudy(m));
    Interaction => |m| Mode::Interaction(m);
    OrderClass => |m| Mode::OrderBased(m);
}
