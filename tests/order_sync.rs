//! The three synchronization views of an order class: enrollment–recruitment balance,
//! requirement–module–exam traceability with its orphans, and each student's
//! internship-to-employment handover. Each view agrees with the rule that judges it
//! ("order.job_at_enrollment", "order.requirement_taught", "order.requirement_assessed",
//! "order.module_traced", "order.employment_follows_internship").

mod common;
mod order_fixture;

use common::*;
use order_fixture::*;
use school_enterprise::order::*;
use school_enterprise::*;

fn sync<'a>(a: &'a CooperationAgreement, registry: &'a Registry) -> Synchronization<'a> {
    Synchronization::of(a, registry).expect("an order-based agreement")
}

#[test]
fn views_exist_only_for_order_based_agreements() {
    let registry = world();
    assert!(Synchronization::of(&agreement(), &registry).is_none());
    let a = order_agreement();
    assert_eq!(sync(&a, &registry).class().recruitment_quota, 3);
}

// ---------------------------------------------------------------------------------------------
// Enrollment and recruitment: the balance
// ---------------------------------------------------------------------------------------------

#[test]
fn balance_of_the_fixture_class_is_even() {
    let (a, registry) = (order_agreement(), world());
    let balance = sync(&a, &registry).balance();
    assert_eq!(balance.quota, 3);
    assert_eq!(balance.enrolled, 3);
    assert_eq!(balance.selected_by_school, 2);
    assert_eq!(balance.recruited_employees, 1);
    assert_eq!(balance.committed, 3);
    assert_eq!(balance.difference(), 0);
    assert_eq!(balance.uncommitted(), 0);
    assert_eq!(
        balance.to_string(),
        "quota 3, enrolled 3 (selected by the school 2, recruited employees 1), committed 3"
    );
}

#[test]
fn balance_counts_distinct_students_and_commitments_as_order_job_at_enrollment_does() {
    // Quota 5. Intake: the fixture student twice (the second entry without a commitment: the
    // first holds one, so the student is committed), the classmate signed late, the employee
    // committed to the affiliate, and an unknown student: 4 distinct, 1 committed.
    let a = with_class(|c| {
        c.recruitment_quota = 5;
        c.intake.push(Enrollee::new(STUDENT));
        c.intake[1].commitment.as_mut().unwrap().signed_on = d(2024, 9, 2);
        c.intake[2].commitment.as_mut().unwrap().post = AFFILIATE_POST;
        c.intake.push(Enrollee::new(StudentId::from_u128(UNKNOWN)));
    });
    let registry = world();
    let balance = sync(&a, &registry).balance();
    assert_eq!(balance.enrolled, 4);
    assert_eq!(balance.selected_by_school, 2);
    assert_eq!(balance.recruited_employees, 1);
    assert_eq!(balance.committed, 1);
    assert_eq!(balance.difference(), -1);
    assert_eq!(balance.uncommitted(), 3);

    let report = a.check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[
            ("order.enrollment_matches_quota", "mode"),
            ("order.job_at_enrollment", "mode.intake[1]"),
            ("order.job_at_enrollment", "mode.intake[2]"),
            // The fixture student listed again without a commitment is one student, judged at
            // the entry that holds the commitment.
            ("agreement.references_resolve", "mode.intake[4].student"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Teaching and production: the traceability matrix
// ---------------------------------------------------------------------------------------------

fn names_of_modules(modules: &[&Module]) -> Vec<String> {
    modules.iter().map(|m| m.name.to_string()).collect()
}

fn names_of_exams(exams: &[&Exam]) -> Vec<String> {
    exams.iter().map(|e| e.name.to_string()).collect()
}

#[test]
fn traceability_of_the_fixture_class_is_complete() {
    let a = order_agreement();
    let registry = world();
    let trace = sync(&a, &registry).traceability();
    assert_eq!(trace.rows.len(), 2);
    assert_eq!(trace.rows[0].requirement.id, R_PLC);
    assert_eq!(
        names_of_modules(&trace.rows[0].taught_by),
        ["PLC programming"]
    );
    assert_eq!(names_of_exams(&trace.rows[0].assessed_by), ["Skills test"]);
    assert_eq!(
        names_of_modules(&trace.rows[1].taught_by),
        ["Robot maintenance"]
    );
    assert!(trace.rows.iter().all(|row| !row.is_orphan()));
    // The general mathematics module covers nothing and is not an orphan.
    assert!(trace.untraced_modules.is_empty());
    assert!(trace.untraced_exams.is_empty());
    assert!(trace.is_complete());
    assert_eq!(trace.orphan_requirements().count(), 0);
}

/// The fixture class with: work safety taught by the PLC module and the mathematics module but
/// never examined, a quality requirement assessed but never taught, a vocational module
/// covering nothing, an exam assessing nothing, an unknown requirement id on the skills test,
/// and a copy of the PLC requirement's id.
fn orphaned_class() -> OrderClass {
    let mut a = with_class(|c| {
        let quality = RequirementId::from_u128(103);
        c.requirements
            .push(Requirement::new(R_SAFETY, name("Work safety")));
        c.requirements
            .push(Requirement::new(quality, name("Quality inspection")));
        c.requirements
            .push(Requirement::new(R_PLC, name("PLC programming (copy)")));
        c.modules[0].covers.push(R_SAFETY);
        // Listed twice: the module is named once.
        c.modules[2].covers = vec![R_SAFETY, R_SAFETY];
        c.modules.push(vocational(
            M_EXTRA,
            "Lean production",
            40,
            Delivery::Enterprise,
            &[],
        ));
        c.exams[0]
            .assesses
            .extend([quality, RequirementId::from_u128(UNKNOWN)]);
        c.exams.push(exam(
            E_THEORY,
            "Theory test",
            &[Side::School, Side::Enterprise],
            &[],
        ));
    });
    class_of(&mut a).clone()
}

#[test]
fn traceability_names_the_orphans_at_every_level() {
    let class = orphaned_class();
    let trace = class.traceability();
    assert_eq!(trace.rows.len(), 5);
    let safety = &trace.rows[2];
    assert_eq!(
        names_of_modules(&safety.taught_by),
        ["PLC programming", "Mathematics"]
    );
    assert!(safety.is_taught() && !safety.is_assessed() && safety.is_orphan());
    let quality = &trace.rows[3];
    assert!(!quality.is_taught() && quality.is_assessed());
    assert_eq!(names_of_exams(&quality.assessed_by), ["Skills test"]);
    // The copy is traced as the requirement whose id it repeats.
    assert_eq!(trace.rows[4].taught_by, trace.rows[0].taught_by);
    assert_eq!(trace.rows[4].assessed_by, trace.rows[0].assessed_by);
    let orphans: Vec<String> = trace
        .orphan_requirements()
        .map(|r| r.name.to_string())
        .collect();
    assert_eq!(orphans, ["Work safety", "Quality inspection"]);
    assert_eq!(
        names_of_modules(&trace.untraced_modules),
        ["Lean production"]
    );
    assert_eq!(names_of_exams(&trace.untraced_exams), ["Theory test"]);
    assert!(!trace.is_complete());
}

#[test]
fn traceability_orphans_are_what_the_rules_report() {
    let mut a = order_agreement();
    a.mode = Mode::OrderBased(orphaned_class());
    let report = a.check(&world(), &Policy::cn());
    assert_findings(
        &report,
        &[
            ("agreement.references_resolve", "mode.exams[0].assesses[3]"),
            ("order.requirement_assessed", "mode.exams[1]"),
            ("order.module_traced", "mode.modules[3]"),
            ("order.requirement_assessed", "mode.requirements[2]"),
            ("order.requirement_taught", "mode.requirements[3]"),
            ("agreement.unique_ids", "mode.requirements[4]"),
        ],
    );
}

#[test]
fn traceability_prints_as_a_table() {
    let class = orphaned_class();
    let table = class.traceability().to_string();
    let expected = "\
requirement            | taught by                    | assessed by
-----------------------+------------------------------+------------
PLC programming        | PLC programming              | Skills test
Robot maintenance      | Robot maintenance            | Skills test
Work safety            | PLC programming, Mathematics | -
Quality inspection     | -                            | Skills test
PLC programming (copy) | PLC programming              | Skills test
orphan requirements: Work safety, Quality inspection
untraced vocational modules: Lean production
exams assessing no requirement: Theory test";
    assert_eq!(table, expected);
}

#[test]
fn traceability_serializes_for_machines() {
    let class = orphaned_class();
    let json = serde_json::to_value(class.traceability()).unwrap();
    assert_eq!(json["rows"][2]["requirement"]["name"], "Work safety");
    assert_eq!(json["rows"][2]["assessed_by"], serde_json::json!([]));
    assert_eq!(json["untraced_exams"][0]["name"], "Theory test");
}

// ---------------------------------------------------------------------------------------------
// Internship and employment: the handovers
// ---------------------------------------------------------------------------------------------

#[test]
fn handovers_of_the_fixture_class_show_a_four_day_gap() {
    // Internships end on 2027-06-30, jobs start on 2027-07-05: 4 days strictly between.
    let (a, registry) = (order_agreement(), world());
    let handovers = sync(&a, &registry).handovers();
    assert_eq!(handovers.len(), 3);
    for (k, (h, student)) in handovers
        .iter()
        .zip([STUDENT, CLASSMATE, EMPLOYEE])
        .enumerate()
    {
        assert_eq!(h.student, student);
        assert_eq!(h.expected_graduation, Some(d(2027, 7, 1)));
        assert_eq!(h.internship, Some(PlacementId::from_u128(50 + k as u128)));
        assert_eq!(h.internship_ends_on, Some(d(2027, 6, 30)));
        assert_eq!(h.job_starts_on, Some(d(2027, 7, 5)));
        assert_eq!(h.gap_days, Some(4));
        assert_eq!(
            h.to_string(),
            "internship ends 2027-06-30, job starts 2027-07-05, 4 day(s) between"
        );
    }
}

#[test]
fn handovers_show_missing_internships_and_jobs_and_the_rules_limits() {
    // The student's job starts on the last day of the latest internship (gap -1), the
    // classmate has no work placement (an observation visit only), the employee no commitment,
    // and an unknown student is listed.
    let mut a = with_class(|c| {
        c.recruitment_quota = 4;
        c.intake[0].commitment.as_mut().unwrap().starts_on = d(2027, 7, 1);
        c.intake[2].commitment = None;
        c.intake.push(Enrollee::new(StudentId::from_u128(UNKNOWN)));
    });
    redate(&mut a.placements[0], range(d(2027, 3, 1), d(2027, 7, 1)));
    a.placements.push(internship(
        53,
        STUDENT,
        range(d(2026, 3, 2), d(2026, 6, 30)),
    ));
    a.placements[1].kind = PlacementKind::Observation;
    let registry = world();
    let handovers = sync(&a, &registry).handovers();

    assert_eq!(handovers[0].internship, Some(PlacementId::from_u128(50)));
    assert_eq!(handovers[0].internship_ends_on, Some(d(2027, 7, 1)));
    assert_eq!(handovers[0].gap_days, Some(-1));
    assert_eq!(handovers[1].internship, None);
    assert_eq!(handovers[1].gap_days, None);
    assert_eq!(handovers[1].job_starts_on, Some(d(2027, 7, 5)));
    assert_eq!(handovers[2].job_starts_on, None);
    assert_eq!(handovers[2].gap_days, None);
    assert_eq!(handovers[3].expected_graduation, None);
    // What is not known prints as "-".
    assert_eq!(
        handovers[1].to_string(),
        "internship ends -, job starts 2027-07-05, - day(s) between"
    );
    assert_eq!(
        handovers[2].to_string(),
        "internship ends 2027-06-30, job starts -, - day(s) between"
    );

    let report = a.check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[
            (
                "order.employment_follows_internship",
                "mode.intake[0].commitment",
            ),
            ("order.job_at_enrollment", "mode.intake[2]"),
            ("agreement.references_resolve", "mode.intake[3].student"),
        ],
    );
}

#[test]
fn handovers_serialize_for_machines() {
    let (a, registry) = (order_agreement(), world());
    let json = serde_json::to_value(sync(&a, &registry).handovers()).unwrap();
    assert_eq!(json[0]["internship_ends_on"], "2027-06-30");
    assert_eq!(json[0]["gap_days"], 4);
}

#[test]
fn every_public_order_type_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<OrderClass>();
    assert_send_sync::<Enrollee>();
    assert_send_sync::<EmploymentCommitment>();
    assert_send_sync::<CommitmentCharge>();
    assert_send_sync::<CommitmentChargeKind>();
    assert_send_sync::<Requirement>();
    assert_send_sync::<Module>();
    assert_send_sync::<ModuleKind>();
    assert_send_sync::<Delivery>();
    assert_send_sync::<Exam>();
    assert_send_sync::<ProductionPeriod>();
    assert_send_sync::<PracticalBlock>();
    assert_send_sync::<Synchronization<'static>>();
    assert_send_sync::<Balance>();
    assert_send_sync::<Trace<'static>>();
    assert_send_sync::<Traceability<'static>>();
    assert_send_sync::<Handover>();
}
