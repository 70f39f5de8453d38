//! Mode 4, order-based classes: a job at enrollment and at graduation; enrollment synchronized
//! with recruitment, teaching with production, internship with employment.
//!
//! The model is a placeholder in this release: the intake, commitments, requirements, modules,
//! exams and production periods, with the `order.*` rules, come next.

use serde::{Deserialize, Serialize};

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
