//! Every public type can cross threads: `Send + Sync` (and `Unpin`).

use school_enterprise::*;

fn assert_send_sync<T: Send + Sync + Unpin>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<AgreementId>();
    assert_send_sync::<BaseId>();
    assert_send_sync::<ContributionId>();
    assert_send_sync::<CourseId>();
    assert_send_sync::<EnterpriseId>();
    assert_send_sync::<EquipmentId>();
    assert_send_sync::<ExamId>();
    assert_send_sync::<GroupId>();
    assert_send_sync::<InstructorId>();
    assert_send_sync::<LineId>();
    assert_send_sync::<ModuleId>();
    assert_send_sync::<PeriodId>();
    assert_send_sync::<PlacementId>();
    assert_send_sync::<PostId>();
    assert_send_sync::<RequirementId>();
    assert_send_sync::<SchoolId>();
    assert_send_sync::<SessionId>();
    assert_send_sync::<SiteId>();
    assert_send_sync::<StudentId>();
    assert_send_sync::<TaskId>();

    assert_send_sync::<Error>();
    assert_send_sync::<DateRange>();
    assert_send_sync::<TimeOfDay>();
    assert_send_sync::<Shift>();
    assert_send_sync::<WeeklySpan>();
    assert_send_sync::<WeeklySchedule>();
    assert_send_sync::<WeekdaySet>();
    assert_send_sync::<DailyWindow>();
    assert_send_sync::<Currency>();
    assert_send_sync::<Money>();
    assert_send_sync::<Share>();
    assert_send_sync::<Name>();

    assert_send_sync::<School>();
    assert_send_sync::<SchoolKind>();
    assert_send_sync::<CampusSite>();
    assert_send_sync::<Enterprise>();
    assert_send_sync::<LegalStatus>();
    assert_send_sync::<VenueKind>();
    assert_send_sync::<Hazard>();
    assert_send_sync::<LabourIntensity>();
    assert_send_sync::<ProtectedGroup>();
    assert_send_sync::<Post>();
    assert_send_sync::<Student>();
    assert_send_sync::<Sex>();
    assert_send_sync::<Origin>();
    assert_send_sync::<Instructor>();
    assert_send_sync::<Employer>();
    assert_send_sync::<Registry>();

    assert_send_sync::<CooperationAgreement>();
    assert_send_sync::<Contribution>();
    assert_send_sync::<ContributionKind>();
    assert_send_sync::<Side>();
    assert_send_sync::<Mode>();
    assert_send_sync::<introduced::IntroducedEnterprise>();
    assert_send_sync::<alternation::Alternation>();
    assert_send_sync::<alternation::Rotation>();
    assert_send_sync::<alternation::EmployedStudy>();
    assert_send_sync::<interaction::Interaction>();
    assert_send_sync::<order::OrderClass>();
    assert_send_sync::<Placement>();
    assert_send_sync::<PlacementKind>();
    assert_send_sync::<Pay>();
    assert_send_sync::<TripartiteSignatures>();
    assert_send_sync::<Consent>();
    assert_send_sync::<Insurance>();
    assert_send_sync::<Charge>();
    assert_send_sync::<ChargeKind>();
    assert_send_sync::<Arrangement>();
    assert_send_sync::<Exemption>();
    assert_send_sync::<Portfolio>();

    assert_send_sync::<RuleCode>();
    assert_send_sync::<RuleInfo>();
    assert_send_sync::<Area>();
    assert_send_sync::<Severity>();
    assert_send_sync::<Code>();
    assert_send_sync::<CustomCode>();
    assert_send_sync::<Path>();
    assert_send_sync::<Segment>();
    assert_send_sync::<Figure>();
    assert_send_sync::<Violation>();
    assert_send_sync::<Report>();
    assert_send_sync::<ReportCounts>();
    assert_send_sync::<ReportDetails<'static>>();
    assert_send_sync::<Policy>();
    assert_send_sync::<DayRange>();
    assert_send_sync::<GuardianConsent>();
    assert_send_sync::<CheckContext<'static>>();
    assert_send_sync::<Box<dyn Rule>>();
}

#[cfg(feature = "proptest")]
#[test]
fn testing_kit_types_are_send_and_sync() {
    use school_enterprise::testing::{Arrangement, Mutation, Sizes};
    assert_send_sync::<Sizes>();
    assert_send_sync::<Arrangement>();
    assert_send_sync::<Mutation<Arrangement>>();
    assert_send_sync::<Mutation<Portfolio>>();
}
