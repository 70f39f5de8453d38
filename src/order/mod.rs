//! Mode 4, order-based classes: a job at enrollment and at graduation; enrollment synchronized
//! with recruitment, teaching with production, internship with employment.
//!
//! The model is a placeholder in this release: the intake, commitments, requirements, modules,
//! exams and production periods, with the `order.*` rules, come next.

use serde::{Deserialize, Serialize};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement};

/// An order class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OrderClass {}

impl OrderClass {
    /// An empty model.
    pub fn new() -> Self {
        Self::default()
    }
}

impl OrderClass {
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
