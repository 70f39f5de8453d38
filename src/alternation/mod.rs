//! Mode 2, alternation of work and study, in two variants: a work-study rotation (a cohort split
//! into groups that swap between school and enterprise by semester or school year) and employed
//! study (full-time employees who study after work).
//!
//! The models are placeholders in this release: cohorts, groups, periods and settings, the
//! employment and its class sessions, with the `alternation.*` and `employed_study.*` rules and
//! the rotation planner, come next.

use serde::{Deserialize, Serialize};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement};

/// The two variants of alternation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "variant", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Alternation {
    /// Groups of a cohort take turns at school and at an enterprise.
    WorkStudyRotation(Rotation),
    /// Students work full time in shifts and study after work.
    EmployedStudy(EmployedStudy),
}

/// A work-study rotation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Rotation {}

impl Rotation {
    /// An empty model.
    pub fn new() -> Self {
        Self::default()
    }
}

/// Employed study: full-time employment with classes after work.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EmployedStudy {}

impl EmployedStudy {
    /// An empty model.
    pub fn new() -> Self {
        Self::default()
    }
}

impl Alternation {
    /// Calls `f` for every element with an id the model holds (none yet).
    pub(crate) fn for_each_element(&self, _at: Loc<'_>, _f: &mut dyn FnMut(Element<'_>)) {}

    /// Runs the variant's rules (none yet).
    pub(crate) fn check(
        &self,
        _agreement: &CooperationAgreement,
        _ctx: &CheckContext<'_>,
        _at: Loc<'_>,
        _sink: &mut Sink<'_>,
    ) {
    }
}
