//! Mode 3, interaction: the enterprise provides practice bases, equipment and raw materials, takes
//! part in writing the teaching plan and sends professionals to teach.
//!
//! The model ([`Interaction`]) holds the practice bases (capacity, the dates the enterprise
//! provides them), the resources each side contributes (equipment, raw material, funding: quantity,
//! value, delivery date), the joint teaching plan (courses with total and practical hours,
//! professional or general, instructors with hours each, resources used; approvals by the school
//! and by the enterprise), the enterprise professionals assigned to teach, and the practical
//! sessions at the bases (a [`SessionTime`] and the students).
//!
//! The `interaction.*` rules check it, with the agreement rules over its elements: every id
//! resolves, every course and session lies inside the agreement's term, and every student of a
//! session is enrolled at the agreement's school on the session's days. Base capacity is judged at
//! every moment, by a sweep over the sessions' starts and ends. [`ResourceSharing`] sums up what
//! each side contributes, for a report to both parties.
//!
//! ```
//! use chrono::NaiveDate;
//! use school_enterprise::interaction::*;
//! use school_enterprise::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let school = School::new(SchoolId::from_u128(1), Name::new("Riverside Vocational School")?,
//!     SchoolKind::SecondaryVocational);
//! let enterprise = Enterprise::builder()
//!     .id(EnterpriseId::from_u128(2))
//!     .name("Delta Motors")
//!     .sector("manufacturing")
//!     .legal_status(LegalStatus::OwnEntity)
//!     .venue(VenueKind::Factory)
//!     .employees(400)
//!     .build()?;
//! let teacher = Instructor::new(InstructorId::from_u128(3), Name::new("Li Hua")?,
//!     Employer::School(SchoolId::from_u128(1)));
//! let registry = Registry::new(vec![school], vec![enterprise], vec![], vec![teacher])?;
//!
//! let mut course = Course::builder()
//!     .id(CourseId::from_u128(4))
//!     .name("CNC machining")
//!     .kind(CourseKind::Professional)
//!     .dates(DateRange::new(d(2026, 9, 7), d(2027, 1, 15))?)
//!     .hours(CourseHours::new(120, 60)?)
//!     .build()?;
//! course.instructors.push(Teaching::new(InstructorId::from_u128(3), 120));
//! let mut plan = TeachingPlan::new();
//! plan.courses.push(course);
//! plan.approvals = Approvals::new(Some(d(2026, 7, 1)), Some(d(2026, 9, 8)));
//! let mut model = Interaction::new();
//! model.plan = Some(plan);
//! let agreement = CooperationAgreement::builder()
//!     .id(AgreementId::from_u128(5))
//!     .school(SchoolId::from_u128(1))
//!     .enterprise(EnterpriseId::from_u128(2))
//!     .validity(DateRange::new(d(2026, 9, 1), d(2029, 8, 31))?)
//!     .signed_on(d(2026, 6, 30))
//!     .mode(Mode::Interaction(model))
//!     .build()?;
//!
//! let report = agreement.check(&registry, &Policy::cn());
//! // The enterprise approved a day after the first course started, and teaches nothing.
//! let approval = report.with_code(RuleCode::InteractionPlanApprovedByBoth).next().unwrap();
//! assert_eq!(approval.path().to_string(), "mode.plan");
//! assert_eq!(approval.figure("enterprise"), Some("2026-09-08"));
//! assert_eq!(report.with_code(RuleCode::InteractionEnterpriseTeaching).count(), 1);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod model;
mod resource_use;
mod rules;
mod sharing;

pub use crate::introduced::SessionTime;
pub use model::{
    Approvals, Course, CourseBuilder, CourseHours, CourseKind, Interaction, PracticalSession,
    PracticalSessionBuilder, PracticeBase, PracticeBaseBuilder, Resource, ResourceBuilder,
    ResourceKind, Teaching, TeachingPlan,
};
pub use resource_use::ResourceUse;
pub use sharing::{ResourceSharing, SideContribution, Tally};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{BaseId, CheckContext, ContributionId, CooperationAgreement, CourseId, SessionId};

impl Interaction {
    /// Calls `f` for every element with an id the model holds (found at `at`): its bases, its
    /// resources, the plan's courses, then its sessions; each dated by its first day where it has
    /// one.
    pub(crate) fn for_each_element(&self, at: Loc<'_>, f: &mut dyn FnMut(Element<'_>)) {
        crate::element::each(
            &self.bases,
            at.field("bases"),
            BaseId::KIND,
            |base| (*base.id.as_uuid(), Some(base.provided.first())),
            f,
        );
        crate::element::each(
            &self.resources,
            at.field("resources"),
            ContributionId::KIND,
            |resource| (*resource.id.as_uuid(), resource.delivered_on),
            f,
        );
        if let Some(plan) = &self.plan {
            let plan_at = at.field("plan");
            crate::element::each(
                &plan.courses,
                plan_at.field("courses"),
                CourseId::KIND,
                |course| (*course.id.as_uuid(), Some(course.dates.first())),
                f,
            );
        }
        crate::element::each(
            &self.sessions,
            at.field("sessions"),
            SessionId::KIND,
            |session| (*session.id.as_uuid(), Some(session.time.date())),
            f,
        );
    }

    /// Runs the `interaction.*` rules, with the agreement rules over the model's elements.
    pub(crate) fn check(
        &self,
        agreement: &CooperationAgreement,
        ctx: &CheckContext<'_>,
        at: Loc<'_>,
        sink: &mut Sink<'_>,
    ) {
        rules::check(self, agreement, ctx, at, sink);
    }
}
