//! Placements: one student working at one host enterprise for a date range, and the
//! student-protection rules (`placement.*`) that every placement is checked against.
//!
//! The working-time rules ([`worktime`](crate::worktime)) apply to every placement's schedule
//! as well. Which rules consider which placements follows the catalogue's scope: work placements
//! (assisting and independent work, 岗位实习), independent work only, or every placement
//! (observation visits, 认识实习, included).

mod builder;
mod model;
pub(crate) mod rules;
mod school;

pub use builder::PlacementBuilder;
pub use model::{
    Arrangement, Charge, ChargeKind, Consent, Insurance, Pay, Placement, PlacementKind,
    TripartiteSignatures,
};
pub use school::{SchoolDay, LESSON_MINUTES};
