//! Mode 1, introduced enterprise: an enterprise builds production lines on campus, and students
//! combine theory with on-the-job training there, sharing space and equipment.
//!
//! The model is a placeholder in this release: production lines, equipment, the training plan and
//! training sessions, with the `introduced.*` rules, come next.

use serde::{Deserialize, Serialize};

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
