//! Mode 4, order-based classes (订单班): a job at enrollment and at graduation; enrollment
//! synchronized with recruitment, teaching with production, internship with employment.
//!
//! An [`OrderClass`] is the model of an order-based agreement. The ordering enterprise and the
//! school are the agreement's parties; the intake lists the students (each student's origin,
//! selected by the school or an employee the enterprise recruited, is the registry's
//! [`Student::origin`](crate::Student::origin)) with their [`EmploymentCommitment`]; the
//! enterprise's [`Requirement`]s are covered by curriculum [`Module`]s and assessed by
//! [`Exam`]s; [`PracticalBlock`]s of training run inside the enterprise's
//! [`ProductionPeriod`]s. Internship placements are the agreement's ordinary
//! [`placements`](crate::CooperationAgreement::placements), checked by the placement rules, and
//! found here by student.
//!
//! ## The three synchronizations
//!
//! [`Synchronization`] shows each one as a view, besides the rules that judge it:
//!
//! - enrollment with recruitment: [`Balance`] (quota, enrolled by origin, committed);
//! - teaching with production: [`Traceability`] (requirement → modules → exams, and orphans);
//! - internship with employment: one [`Handover`] per student (internship end, job start, gap).
//!
//! ## Rules
//!
//! The 14 `order.*` rules of the [catalogue](crate::rules), with `agreement.references_resolve`
//! for the class's ids, `agreement.unique_ids` for its requirements, modules, exams, production
//! periods and blocks, `agreement.activity_within_term` for its practical-training blocks, and
//! `agreement.student_enrolled` for each intake student on the class's enrollment date.
//!
//! ```
//! use chrono::NaiveDate;
//! use school_enterprise::order::*;
//! use school_enterprise::*;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let mut class = OrderClass::new(1, d(2024, 9, 1));
//! class.requirements.push(Requirement::new(RequirementId::from_u128(1), Name::new("PLC programming")?));
//! let mut exam = Exam::new(ExamId::from_u128(2), Name::new("PLC practical")?);
//! exam.setters = vec![Side::School]; // set by the school alone
//! exam.assesses.push(RequirementId::from_u128(1));
//! class.exams.push(exam);
//!
//! let agreement = CooperationAgreement::builder()
//!     .id(AgreementId::from_u128(3))
//!     .school(SchoolId::from_u128(4))
//!     .enterprise(EnterpriseId::from_u128(5))
//!     .validity(DateRange::new(d(2024, 7, 1), d(2027, 8, 31))?)
//!     .signed_on(d(2024, 6, 1))
//!     .mode(Mode::OrderBased(class))
//!     .build()?;
//! let report = agreement.check(&Registry::default(), &Policy::cn());
//! let paths = |code| report.with_code(code).map(|v| v.path().to_string()).collect::<Vec<_>>();
//! assert_eq!(paths(RuleCode::OrderExamJoint), ["mode.exams[0]"]);
//! assert_eq!(paths(RuleCode::OrderRequirementTaught), ["mode.requirements[0]"]);
//! assert_eq!(paths(RuleCode::OrderEnrollmentMatchesQuota), ["mode"]);
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod curriculum;
mod index;
mod model;
mod rules;
mod sync;

pub use model::{
    CommitmentCharge, CommitmentChargeKind, Delivery, EmploymentCommitment, Enrollee, Exam, Module,
    ModuleBuilder, ModuleKind, OrderClass, OrderClassBuilder, PracticalBlock, ProductionPeriod,
    Requirement,
};
pub use sync::{Balance, Handover, Synchronization, Trace, Traceability};

use crate::check::{Loc, Sink};
use crate::element::Element;
use crate::{CheckContext, CooperationAgreement, ExamId, ModuleId, PeriodId, RequirementId};

impl OrderClass {
    /// Calls `f` for every element with an id the class holds (found at `at`): requirements,
    /// modules, exams, production periods and practical-training blocks, in that order.
    pub(crate) fn for_each_element(&self, at: Loc<'_>, f: &mut dyn FnMut(Element<'_>)) {
        crate::element::each(
            &self.requirements,
            at.field("requirements"),
            RequirementId::KIND,
            |r| (*r.id.as_uuid(), None),
            f,
        );
        crate::element::each(
            &self.modules,
            at.field("modules"),
            ModuleId::KIND,
            |m| (*m.id.as_uuid(), None),
            f,
        );
        crate::element::each(
            &self.exams,
            at.field("exams"),
            ExamId::KIND,
            |e| (*e.id.as_uuid(), None),
            f,
        );
        crate::element::each(
            &self.production_periods,
            at.field("production_periods"),
            PeriodId::KIND,
            |p| (*p.id.as_uuid(), Some(p.dates.first())),
            f,
        );
        crate::element::each(
            &self.practical_blocks,
            at.field("practical_blocks"),
            PeriodId::KIND,
            |b| (*b.id.as_uuid(), Some(b.dates.first())),
            f,
        );
    }

    /// Runs the order rules, with the agreement rules over the class's elements, on the class of
    /// `agreement`, found at `at`.
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
