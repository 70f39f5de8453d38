//! Mode 1, introduced enterprise: an enterprise builds production lines on campus, and students
//! combine theory with on-the-job training there, sharing space and equipment.
//!
//! The model is a placeholder in this release: production lines, equipment, the training plan and
//! training sessions, with the `introduced.*` rules, come next.

use serde::{Deserialize, Serialize};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement};

/// An enterprise's production on a school's campus.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IntroducedEnterprise {}

impl IntroducedEnterprise {
    /// An empty model.
    pub fn new() -> Self {
        Self::default()
    }
}

impl IntroducedEnterprise {
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
