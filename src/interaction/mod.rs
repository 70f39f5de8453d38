//! Mode 3, interaction: the enterprise provides practice bases, equipment and raw materials, takes
//! part in writing the teaching plan and sends professionals to teach.
//!
//! The model is a placeholder in this release: bases, contributions, the teaching plan and
//! practical sessions, with the `interaction.*` rules, come next.

use serde::{Deserialize, Serialize};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement};

/// A school-enterprise interaction.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Interaction {}

impl Interaction {
    /// An empty model.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Interaction {
    /// Calls `f` for every element with an id the model holds (none yet).
    pub(crate) fn for_each_element(&self, _at: Loc<'_>, _f: &mut dyn FnMut(Element<'_>)) {}

    /// Runs the mode's rules (none yet).
    pub(crate) fn check(
        &self,
        _agreement: &CooperationAgreement,
        _ctx: &CheckContext<'_>,
        _at: Loc<'_>,
        _sink: &mut Sink<'_>,
    ) {
    }
}
