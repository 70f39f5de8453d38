//! Mode 1, introduced enterprise: an enterprise builds production lines on campus, and students
//! combine theory with on-the-job training there, sharing space and equipment.
//!
//! The model ([`IntroducedEnterprise`]) holds the floor area the school allocates to the
//! enterprise on each campus site, the production lines (site, floor area, training stations,
//! hazards), the equipment on them (owner, purposes), the training plan (theory and on-the-job
//! hours) and the training sessions (line, [`SessionTime`], students, instructor). Students on the
//! lines who are on work placements have those placements in the agreement, where the placement
//! rules check them; `introduced.registered_host` then asks that the enterprise be an entity of
//! its own.
//!
//! The `introduced.*` rules check it, with the agreement rules over its elements: every id
//! resolves, every session lies inside the agreement's term, and every student of a session is
//! enrolled at the agreement's school on the session's days. Station capacity is judged at every
//! moment, by a sweep over the sessions' starts and ends.
//!
//! ```
//! use chrono::NaiveDate;
//! use school_enterprise::introduced::*;
//! use school_enterprise::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let t = |h| TimeOfDay::new(h, 0).unwrap();
//! let mut school = School::new(SchoolId::from_u128(1), Name::new("Riverside Vocational School")?,
//!     SchoolKind::SecondaryVocational);
//! school.sites.push(CampusSite::new(SiteId::from_u128(2), Name::new("North campus")?, 6_000));
//! let enterprise = Enterprise::builder()
//!     .id(EnterpriseId::from_u128(3))
//!     .name("Delta Motors")
//!     .sector("manufacturing")
//!     .legal_status(LegalStatus::OwnEntity)
//!     .venue(VenueKind::Factory)
//!     .employees(400)
//!     .build()?;
//! let registry = Registry::new(vec![school], vec![enterprise], vec![], vec![])?;
//!
//! let mut model = IntroducedEnterprise::new();
//! model.sites.push(SiteAllocation::new(SiteId::from_u128(2), 500));
//! model.lines.push(ProductionLine::builder()
//!     .id(LineId::from_u128(4))
//!     .name("Gearbox assembly")
//!     .site(SiteId::from_u128(2))
//!     .floor_area_m2(501)
//!     .stations(12)
//!     .build()?);
//! model.training_plan = TrainingPlan::new(120, 240);
//! let agreement = CooperationAgreement::builder()
//!     .id(AgreementId::from_u128(5))
//!     .school(SchoolId::from_u128(1))
//!     .enterprise(EnterpriseId::from_u128(3))
//!     .validity(DateRange::new(d(2026, 9, 1), d(2029, 8, 31))?)
//!     .signed_on(d(2026, 6, 30))
//!     .mode(Mode::IntroducedEnterprise(model))
//!     .build()?;
//!
//! let report = agreement.check(&registry, &Policy::cn());
//! let area = report.with_code(RuleCode::IntroducedSiteArea).next().unwrap();
//! assert_eq!(area.path().to_string(), "mode.sites[0]");
//! assert_eq!(area.figure("actual"), Some("501 m²"));
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod model;
mod rules;
mod session;
mod session_rules;

pub use model::{
    Equipment, EquipmentBuilder, IntroducedEnterprise, ProductionLine, ProductionLineBuilder,
    Purpose, SiteAllocation, TrainingPlan, TrainingSession, TrainingSessionBuilder,
};
pub use session::SessionTime;
pub(crate) use session::{moment, peaks, Presence};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement, EquipmentId, LineId, SessionId};

impl IntroducedEnterprise {
    /// Calls `f` for every element with an id the model holds (found at `at`): its lines, its
    /// equipment, then its sessions (dated by their day).
    pub(crate) fn for_each_element(&self, at: Loc<'_>, f: &mut dyn FnMut(Element<'_>)) {
        crate::element::each(
            &self.lines,
            at.field("lines"),
            LineId::KIND,
            |line| (*line.id.as_uuid(), None),
            f,
        );
        crate::element::each(
            &self.equipment,
            at.field("equipment"),
            EquipmentId::KIND,
            |item| (*item.id.as_uuid(), None),
            f,
        );
        crate::element::each(
            &self.sessions,
            at.field("sessions"),
            SessionId::KIND,
            |session| (*session.id.as_uuid(), Some(session.time.date())),
            f,
        );
    }

    /// Runs the `introduced.*` rules, with the agreement rules over the model's elements.
    pub(crate) fn check(
        &self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        at: Loc<'_>,
        placements: crate::agreement::PlacementMarks<'_, '_>,
        sink: &mut Sink<'_>,
    ) {
        rules::check(self, agreement, ctx, at, placements, sink);
    }
}
