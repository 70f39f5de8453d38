//! Mode 3, interaction: the enterprise provides practice bases, equipment and raw materials, takes
//! part in writing the teaching plan and sends professionals to teach.
//!
//! The model is a placeholder in this release: bases, contributions, the teaching plan and
//! practical sessions, with the `interaction.*` rules, come next.

use serde::{Deserialize, Serialize};

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
