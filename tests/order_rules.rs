//! The 14 `order.*` rules: each fires on the smallest fault, with its exact code and path and the
//! figures it compared (worked out by hand from the catalogue), and the nearest valid class
//! passes. Then the agreement rules over the class's elements (dangling ids without cascades,
//! unique ids, blocks within the term, students enrolled), and the JSON form.
//!
//! The fixture class is described in `order_fixture`: quota 3, enrollment 2024-09-01, three
//! committed students graduating 2027-07-01 with jobs from 2027-07-05 and internships ending
//! 2027-06-30, two requirements each taught and jointly examined, 160 of 200 vocational hours by
//! the enterprise, two practical blocks inside production.

mod common;
mod order_fixture;

use chrono::NaiveDate;
use common::*;
use order_fixture::*;
use school_enterprise::order::*;
use school_enterprise::*;

fn id_text(id: impl std::fmt::Display) -> String {
    id.to_string()
}

#[test]
fn the_fixture_class_passes_every_rule() {
    assert_passes(&check_order(&order_agreement()), "any");
}

// ---------------------------------------------------------------------------------------------
// order.enrollment_matches_quota
// ---------------------------------------------------------------------------------------------

#[test]
fn enrollment_matches_quota_fires_one_student_short_of_the_quota() {
    let report = check_order(&with_class(|c| c.recruitment_quota = 4));
    assert_findings(&report, &[("order.enrollment_matches_quota", "mode")]);
    let v = the(&report, "order.enrollment_matches_quota");
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("limit"), Some("4 ± 0 students"));
    assert_eq!(v.figure("actual"), Some("3 students"));
}

#[test]
fn enrollment_matches_quota_fires_one_student_over_the_quota() {
    let report = check_order(&with_class(|c| c.recruitment_quota = 2));
    assert_findings(&report, &[("order.enrollment_matches_quota", "mode")]);
    let v = the(&report, "order.enrollment_matches_quota");
    assert_eq!(v.figure("limit"), Some("2 ± 0 students"));
    assert_eq!(v.figure("actual"), Some("3 students"));
}

#[test]
fn enrollment_matches_quota_passes_at_the_quota_with_both_origins() {
    // Two students selected by the school and one recruited employee make the quota of 3.
    let a = with_class(|c| c.recruitment_quota = 3);
    assert_passes(&check_order(&a), "order.enrollment_matches_quota");
}

#[test]
fn enrollment_matches_quota_counts_a_student_listed_twice_once() {
    let twice = |quota| {
        with_class(|c| {
            c.recruitment_quota = quota;
            c.intake.push(Enrollee::committed(STUDENT, commitment()));
        })
    };
    assert_passes(&check_order(&twice(3)), "order.enrollment_matches_quota");
    let report = check_order(&twice(4));
    assert_findings(&report, &[("order.enrollment_matches_quota", "mode")]);
    assert_eq!(
        the(&report, "order.enrollment_matches_quota").figure("actual"),
        Some("3 students")
    );
}

#[test]
fn enrollment_matches_quota_allows_the_policy_tolerance() {
    let mut policy = Policy::cn();
    policy.order_quota_tolerance = 1;
    let within = with_class(|c| c.recruitment_quota = 4);
    assert_passes(
        &within.check(&world(), &policy),
        "order.enrollment_matches_quota",
    );
    let beyond = with_class(|c| c.recruitment_quota = 5);
    let report = beyond.check(&world(), &policy);
    assert_findings(&report, &[("order.enrollment_matches_quota", "mode")]);
    assert_eq!(
        the(&report, "order.enrollment_matches_quota").figure("limit"),
        Some("5 ± 1 students")
    );
}

// ---------------------------------------------------------------------------------------------
// order.job_at_enrollment
// ---------------------------------------------------------------------------------------------

#[test]
fn job_at_enrollment_fires_for_a_commitment_signed_the_day_after_enrollment() {
    let report = check_order(&with_commitment(0, |c| c.signed_on = d(2024, 9, 2)));
    assert_findings(&report, &[("order.job_at_enrollment", "mode.intake[0]")]);
    let v = the(&report, "order.job_at_enrollment");
    assert_eq!(v.figure("signed_on"), Some("2024-09-02"));
    assert_eq!(v.figure("enrolled_on"), Some("2024-09-01"));
    assert_eq!(v.figure("employer"), None);
    assert_eq!(
        v.message(),
        "the commitment was signed after the enrollment date"
    );
}

#[test]
fn job_at_enrollment_passes_for_a_commitment_signed_on_the_enrollment_date() {
    let a = with_commitment(0, |c| c.signed_on = enrolled_on());
    assert_passes(&check_order(&a), "order.job_at_enrollment");
}

#[test]
fn job_at_enrollment_fires_alone_for_a_student_without_a_commitment() {
    // Without a commitment nothing else about the job is judged: no graduation or handover
    // check, and the internship's post is not compared.
    let report = check_order(&with_class(|c| c.intake[1].commitment = None));
    assert_findings(&report, &[("order.job_at_enrollment", "mode.intake[1]")]);
    let v = the(&report, "order.job_at_enrollment");
    assert_eq!(v.figure("commitment"), Some("none"));
    assert_eq!(v.figure("enrolled_on"), Some("2024-09-01"));
}

#[test]
fn job_at_enrollment_fires_for_a_commitment_from_an_affiliate() {
    // The post belongs to Delta Motors Changsha: another enterprise of the group, not the
    // ordering one. The internship's post is then not compared with it.
    let report = check_order(&with_commitment(0, |c| c.post = AFFILIATE_POST));
    assert_findings(&report, &[("order.job_at_enrollment", "mode.intake[0]")]);
    let v = the(&report, "order.job_at_enrollment");
    assert_eq!(v.figure("employer"), Some(id_text(AFFILIATE).as_str()));
    assert_eq!(
        v.figure("ordering_enterprise"),
        Some(id_text(ENTERPRISE).as_str())
    );
    assert_eq!(v.figure("signed_on"), None);
    assert_eq!(
        v.message(),
        "the commitment is not from the ordering enterprise"
    );
}

#[test]
fn job_at_enrollment_names_both_faults_of_a_late_commitment_from_an_affiliate() {
    let report = check_order(&with_commitment(0, |c| {
        c.post = AFFILIATE_POST;
        c.signed_on = d(2024, 9, 2);
    }));
    assert_findings(&report, &[("order.job_at_enrollment", "mode.intake[0]")]);
    let v = the(&report, "order.job_at_enrollment");
    assert_eq!(v.figure("employer"), Some(id_text(AFFILIATE).as_str()));
    assert_eq!(v.figure("signed_on"), Some("2024-09-02"));
    assert_eq!(
        v.message(),
        "the commitment is from another enterprise and signed after enrollment"
    );
}

#[test]
fn job_at_enrollment_passes_for_another_post_of_the_ordering_enterprise() {
    // A commitment to another post of Delta Motors is a job at enrollment; the internships are
    // then on the committed post.
    let mut a = with_commitment(0, |c| c.post = OTHER_POST);
    a.placements[0].post = OTHER_POST;
    assert_passes(&check_order(&a), "order.job_at_enrollment");
}

// ---------------------------------------------------------------------------------------------
// order.job_at_graduation
// ---------------------------------------------------------------------------------------------

#[test]
fn job_at_graduation_fires_for_a_job_starting_the_day_before_graduation() {
    // The internship ends on 2027-06-20 so that the job still follows it (10 days after).
    let mut a = with_commitment(0, |c| c.starts_on = d(2027, 6, 30));
    redate(&mut a.placements[0], range(d(2027, 3, 1), d(2027, 6, 20)));
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.job_at_graduation", "mode.intake[0].commitment")],
    );
    let v = the(&report, "order.job_at_graduation");
    assert_eq!(v.figure("limit"), Some("0 to 31 days after graduation"));
    assert_eq!(v.figure("actual"), Some("-1 days"));
    assert_eq!(v.figure("expected_graduation"), Some("2027-07-01"));
    assert_eq!(v.figure("starts_on"), Some("2027-06-30"));
    assert_eq!(
        v.message(),
        "employment starts before the student graduates"
    );
}

#[test]
fn job_at_graduation_passes_for_a_job_starting_on_graduation_day() {
    // The internship ends the day before graduation, the job starts on it.
    let a = with_commitment(0, |c| c.starts_on = d(2027, 7, 1));
    assert_passes(&check_order(&a), "order.job_at_graduation");
}

#[test]
fn job_at_graduation_fires_32_days_after_graduation() {
    // Without an internship, the handover is not checked.
    let mut a = with_commitment(0, |c| c.starts_on = d(2027, 8, 2));
    a.placements.remove(0);
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.job_at_graduation", "mode.intake[0].commitment")],
    );
    assert_eq!(
        the(&report, "order.job_at_graduation").figure("actual"),
        Some("32 days")
    );
    assert_eq!(
        the(&report, "order.job_at_graduation").message(),
        "employment starts too long after graduation"
    );
}

#[test]
fn job_at_graduation_passes_31_days_after_graduation() {
    let mut a = with_commitment(0, |c| c.starts_on = d(2027, 8, 1));
    a.placements.remove(0);
    assert_passes(&check_order(&a), "order.job_at_graduation");
}

// ---------------------------------------------------------------------------------------------
// order.recruited_are_employees
// ---------------------------------------------------------------------------------------------

#[test]
fn recruited_are_employees_fires_for_an_employee_hired_the_day_after_enrollment() {
    let registry = world_with_employee(ENTERPRISE, d(2024, 9, 2));
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("order.recruited_are_employees", "mode.intake[2]")],
    );
    let v = the(&report, "order.recruited_are_employees");
    assert_eq!(v.figure("employee_since"), Some("2024-09-02"));
    assert_eq!(v.figure("enrolled_on"), Some("2024-09-01"));
}

#[test]
fn recruited_are_employees_passes_for_an_employee_hired_on_the_enrollment_date() {
    let registry = world_with_employee(ENTERPRISE, enrolled_on());
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_passes(&report, "order.recruited_are_employees");
}

#[test]
fn recruited_are_employees_fires_for_an_employee_of_an_affiliate() {
    let registry = world_with_employee(AFFILIATE, d(2023, 3, 1));
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("order.recruited_are_employees", "mode.intake[2]")],
    );
    let v = the(&report, "order.recruited_are_employees");
    assert_eq!(v.figure("employer"), Some(id_text(AFFILIATE).as_str()));
    assert_eq!(
        v.figure("ordering_enterprise"),
        Some(id_text(ENTERPRISE).as_str())
    );
    assert_eq!(v.figure("employee_since"), None);
}

// ---------------------------------------------------------------------------------------------
// order.recruited_working_age
// ---------------------------------------------------------------------------------------------

#[test]
fn recruited_working_age_fires_for_an_employee_hired_the_day_before_turning_16() {
    // The employee was born on 2004-08-20 and turned 16 on 2020-08-20.
    let registry = world_with_employee(ENTERPRISE, d(2020, 8, 19));
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_findings(
        &report,
        &[("order.recruited_working_age", "mode.intake[2]")],
    );
    let v = the(&report, "order.recruited_working_age");
    assert_eq!(v.figure("limit"), Some("16 years"));
    assert_eq!(v.figure("age"), Some("15 years"));
    assert_eq!(v.figure("birth_date"), Some("2004-08-20"));
    assert_eq!(v.figure("employee_since"), Some("2020-08-19"));
}

#[test]
fn recruited_working_age_passes_for_an_employee_hired_on_the_16th_birthday() {
    let registry = world_with_employee(ENTERPRISE, d(2020, 8, 20));
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_passes(&report, "order.recruited_working_age");
}

// ---------------------------------------------------------------------------------------------
// order.module_traced
// ---------------------------------------------------------------------------------------------

fn with_extra_module(covers: &[RequirementId]) -> CooperationAgreement {
    with_class(|c| {
        c.modules.push(vocational(
            M_EXTRA,
            "Lean production",
            40,
            Delivery::Enterprise,
            covers,
        ))
    })
}

#[test]
fn module_traced_fires_for_a_vocational_module_covering_no_requirement() {
    let report = check_order(&with_extra_module(&[]));
    assert_findings(&report, &[("order.module_traced", "mode.modules[3]")]);
    assert_eq!(
        the(&report, "order.module_traced").figure("module"),
        Some("Lean production")
    );
}

#[test]
fn module_traced_passes_for_a_vocational_module_covering_a_requirement() {
    assert_passes(
        &check_order(&with_extra_module(&[R_PLC])),
        "order.module_traced",
    );
}

#[test]
fn module_traced_does_not_consider_general_modules() {
    let a = order_agreement();
    let Mode::OrderBased(c) = &a.mode else {
        unreachable!()
    };
    assert!(c.modules[2].kind == ModuleKind::General && c.modules[2].covers.is_empty());
    assert_passes(&check_order(&a), "order.module_traced");
}

// ---------------------------------------------------------------------------------------------
// order.requirement_taught
// ---------------------------------------------------------------------------------------------

/// The fixture with a third requirement, work safety, changed by `change`.
fn with_safety(change: impl FnOnce(&mut OrderClass)) -> CooperationAgreement {
    with_class(|c| {
        c.requirements
            .push(Requirement::new(R_SAFETY, name("Work safety")));
        change(c);
    })
}

#[test]
fn requirement_taught_fires_for_a_requirement_no_module_covers() {
    let a = with_safety(|c| c.exams[0].assesses.push(R_SAFETY));
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.requirement_taught", "mode.requirements[2]")],
    );
    assert_eq!(
        the(&report, "order.requirement_taught").figure("requirement"),
        Some("Work safety")
    );
}

#[test]
fn requirement_taught_passes_when_a_general_module_covers_it() {
    let a = with_safety(|c| {
        c.exams[0].assesses.push(R_SAFETY);
        c.modules[2].covers.push(R_SAFETY);
    });
    assert_passes(&check_order(&a), "order.requirement_taught");
}

// ---------------------------------------------------------------------------------------------
// order.requirement_assessed
// ---------------------------------------------------------------------------------------------

#[test]
fn requirement_assessed_fires_for_a_requirement_taught_but_never_examined() {
    let a = with_safety(|c| c.modules[0].covers.push(R_SAFETY));
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.requirement_assessed", "mode.requirements[2]")],
    );
    assert_eq!(
        the(&report, "order.requirement_assessed").figure("requirement"),
        Some("Work safety")
    );
}

#[test]
fn requirement_assessed_fires_for_an_exam_assessing_no_requirement() {
    let a = with_class(|c| {
        c.exams.push(exam(
            E_THEORY,
            "Theory test",
            &[Side::School, Side::Enterprise],
            &[],
        ))
    });
    let report = check_order(&a);
    assert_findings(&report, &[("order.requirement_assessed", "mode.exams[1]")]);
    assert_eq!(
        the(&report, "order.requirement_assessed").figure("exam"),
        Some("Theory test")
    );
}

#[test]
fn requirement_assessed_passes_when_every_requirement_is_examined() {
    let a = with_safety(|c| {
        c.modules[0].covers.push(R_SAFETY);
        c.exams[0].assesses.push(R_SAFETY);
    });
    assert_passes(&check_order(&a), "order.requirement_assessed");
}

// ---------------------------------------------------------------------------------------------
// order.exam_joint
// ---------------------------------------------------------------------------------------------

fn with_setters(setters: &[Side]) -> CooperationAgreement {
    with_class(|c| c.exams[0].setters = setters.to_vec())
}

#[test]
fn exam_joint_fires_for_an_exam_set_by_the_school_alone() {
    let report = check_order(&with_setters(&[Side::School]));
    assert_findings(&report, &[("order.exam_joint", "mode.exams[0]")]);
    let v = the(&report, "order.exam_joint");
    assert_eq!(v.figure("missing"), Some("enterprise"));
    assert_eq!(v.figure("setters"), Some("school"));
}

#[test]
fn exam_joint_fires_for_an_exam_set_by_the_enterprise_alone_or_by_nobody() {
    let report = check_order(&with_setters(&[Side::Enterprise]));
    assert_findings(&report, &[("order.exam_joint", "mode.exams[0]")]);
    assert_eq!(
        the(&report, "order.exam_joint").figure("missing"),
        Some("school")
    );

    let report = check_order(&with_setters(&[]));
    assert_findings(&report, &[("order.exam_joint", "mode.exams[0]")]);
    let v = the(&report, "order.exam_joint");
    assert_eq!(v.figure("missing"), Some("school and enterprise"));
    assert_eq!(v.figure("setters"), Some("none"));
}

#[test]
fn exam_joint_passes_for_an_exam_set_by_both_in_any_order() {
    assert_passes(
        &check_order(&with_setters(&[Side::Enterprise, Side::School])),
        "order.exam_joint",
    );
}

// ---------------------------------------------------------------------------------------------
// order.practice_in_production
// ---------------------------------------------------------------------------------------------

#[test]
fn practice_in_production_fires_for_a_block_running_one_day_past_a_production_period() {
    let a = with_class(|c| c.practical_blocks[1] = block(B_SPRING, d(2026, 4, 1), d(2026, 7, 1)));
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.practice_in_production", "mode.practical_blocks[1]")],
    );
    let v = the(&report, "order.practice_in_production");
    assert_eq!(v.figure("dates"), Some("2026-04-01..=2026-07-01"));
    assert_eq!(v.figure("production"), Some("2026-03-01..=2026-06-30"));
    assert_eq!(v.figure("first_day_outside"), Some("2026-07-01"));
}

#[test]
fn practice_in_production_passes_for_a_block_ending_with_the_production_period() {
    let a = with_class(|c| c.practical_blocks[1] = block(B_SPRING, d(2026, 4, 1), d(2026, 6, 30)));
    assert_passes(&check_order(&a), "order.practice_in_production");
}

#[test]
fn practice_in_production_fires_across_a_one_day_gap_between_periods() {
    // The summer period now starts on 2025-07-02: 2025-07-01 is a day without production, and
    // the summer block (2025-06-01..07-31) crosses it.
    let a = with_class(|c| {
        c.production_periods[1] = production(P_SUMMER, d(2025, 7, 2), d(2025, 12, 31))
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.practice_in_production", "mode.practical_blocks[0]")],
    );
    let v = the(&report, "order.practice_in_production");
    assert_eq!(v.figure("production"), Some("2025-03-01..=2025-06-30"));
    assert_eq!(v.figure("first_day_outside"), Some("2025-07-01"));
}

#[test]
fn practice_in_production_merges_overlapping_periods_in_any_order() {
    let a = with_class(|c| {
        c.production_periods[1] = production(P_SUMMER, d(2025, 6, 15), d(2025, 12, 31));
        c.production_periods.reverse();
    });
    assert_passes(&check_order(&a), "order.practice_in_production");
}

#[test]
fn practice_in_production_fires_for_a_block_outside_every_period() {
    let a = with_class(|c| {
        c.practical_blocks.push(block(
            PeriodId::from_u128(142),
            d(2024, 10, 1),
            d(2024, 10, 5),
        ))
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.practice_in_production", "mode.practical_blocks[2]")],
    );
    let v = the(&report, "order.practice_in_production");
    assert_eq!(v.figure("production"), Some("none"));
    assert_eq!(v.figure("first_day_outside"), Some("2024-10-01"));
}

// ---------------------------------------------------------------------------------------------
// order.internship_at_employer
// ---------------------------------------------------------------------------------------------

/// `p` moved to the affiliate, on its post under its supervisor.
fn at_affiliate(p: &mut Placement) {
    p.host = AFFILIATE;
    p.post = AFFILIATE_POST;
    p.supervisor = Some(AFFILIATE_SUPERVISOR);
}

#[test]
fn internship_at_employer_fires_for_an_internship_at_another_enterprise_of_the_group() {
    let mut a = order_agreement();
    at_affiliate(&mut a.placements[0]);
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.internship_at_employer", "placements[0]")],
    );
    let v = the(&report, "order.internship_at_employer");
    assert_eq!(v.figure("host"), Some(id_text(AFFILIATE).as_str()));
    assert_eq!(
        v.figure("ordering_enterprise"),
        Some(id_text(ENTERPRISE).as_str())
    );
    assert_eq!(v.figure("post"), Some(id_text(AFFILIATE_POST).as_str()));
    assert_eq!(v.figure("committed_post"), Some(id_text(POST).as_str()));
}

#[test]
fn internship_at_employer_in_a_portfolio_reports_at_the_agreements_placement() {
    // The same fault checked as the second agreement of a portfolio: the path starts at that
    // agreement.
    let mut a = order_agreement();
    at_affiliate(&mut a.placements[0]);
    let mut first = order_agreement();
    first.id = AgreementId::from_u128(0x5eed);
    first.placements.clear();
    let report = Portfolio::new(world(), vec![first, a]).check(&Policy::cn());
    let found: Vec<String> = report
        .iter()
        .filter(|v| v.code().to_string() == "order.internship_at_employer")
        .map(|v| v.path().to_string())
        .collect();
    assert_eq!(found, ["agreements[1].placements[0]"], "{report}");
}

#[test]
fn internship_at_employer_fires_for_an_internship_on_another_post_of_the_employer() {
    let mut a = order_agreement();
    a.placements[2].post = OTHER_POST;
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("order.internship_at_employer", "placements[2]")],
    );
    let v = the(&report, "order.internship_at_employer");
    assert_eq!(v.figure("host"), None);
    assert_eq!(v.figure("post"), Some(id_text(OTHER_POST).as_str()));
    assert_eq!(v.figure("committed_post"), Some(id_text(POST).as_str()));
}

#[test]
fn internship_at_employer_passes_for_the_committed_post_at_the_employer() {
    assert_passes(
        &check_order(&order_agreement()),
        "order.internship_at_employer",
    );
}

#[test]
fn internship_at_employer_does_not_consider_observation_visits_or_students_outside_the_intake() {
    let mut a = order_agreement();
    at_affiliate(&mut a.placements[0]);
    a.placements[0].kind = PlacementKind::Observation;
    let mut outsider = internship(53, MINOR, internship_dates());
    at_affiliate(&mut outsider);
    a.placements.push(outsider);
    assert_passes(&check_order(&a), "order.internship_at_employer");
}

#[test]
fn internship_at_employer_skips_a_placement_whose_post_is_not_its_hosts() {
    // At the ordering enterprise, on the affiliate's post: only placement.post_at_host fires
    // (revision 2), though the post differs from the committed one.
    let mut a = order_agreement();
    a.placements[2].post = AFFILIATE_POST;
    let report = check_order(&a);
    assert_findings(&report, &[("placement.post_at_host", "placements[2]")]);
}

// ---------------------------------------------------------------------------------------------
// order.employment_follows_internship
// ---------------------------------------------------------------------------------------------

/// The fixture with the first student's internship ending on `last` and job starting on
/// `starts_on`.
fn handover(last: NaiveDate, starts_on: NaiveDate) -> CooperationAgreement {
    let mut a = with_commitment(0, |c| c.starts_on = starts_on);
    redate(&mut a.placements[0], range(d(2027, 3, 1), last));
    a
}

#[test]
fn employment_follows_internship_fires_for_a_job_starting_on_the_internships_last_day() {
    let report = check_order(&handover(d(2027, 7, 1), d(2027, 7, 1)));
    assert_findings(
        &report,
        &[(
            "order.employment_follows_internship",
            "mode.intake[0].commitment",
        )],
    );
    let v = the(&report, "order.employment_follows_internship");
    assert_eq!(v.figure("limit"), Some("1 to 31 days after the internship"));
    assert_eq!(v.figure("actual"), Some("0 days"));
    assert_eq!(v.figure("internship"), Some("placements[0]"));
    assert_eq!(v.figure("internship_last_day"), Some("2027-07-01"));
    assert_eq!(v.figure("starts_on"), Some("2027-07-01"));
    assert_eq!(v.message(), "employment starts before the internship ends");
}

#[test]
fn employment_follows_internship_skips_a_student_whose_latest_internship_has_a_dangling_id() {
    // The job starts on the internship's last day, but the internship's host does not resolve:
    // only "agreement.references_resolve", not "order.employment_follows_internship" (and no
    // fallback to an earlier internship).
    let mut a = handover(d(2027, 7, 1), d(2027, 7, 1));
    a.placements[0].host = EnterpriseId::from_u128(9_999);
    assert_findings(
        &check_order(&a),
        &[("agreement.references_resolve", "placements[0].host")],
    );
}

#[test]
fn employment_follows_internship_passes_for_a_job_starting_the_day_after() {
    let a = handover(d(2027, 6, 30), d(2027, 7, 1));
    assert_passes(&check_order(&a), "order.employment_follows_internship");
}

#[test]
fn employment_follows_internship_fires_32_days_after_the_internship() {
    let report = check_order(&handover(d(2027, 5, 31), d(2027, 7, 2)));
    assert_findings(
        &report,
        &[(
            "order.employment_follows_internship",
            "mode.intake[0].commitment",
        )],
    );
    assert_eq!(
        the(&report, "order.employment_follows_internship").figure("actual"),
        Some("32 days")
    );
    assert_eq!(
        the(&report, "order.employment_follows_internship").message(),
        "employment starts too long after the internship"
    );
}

#[test]
fn employment_follows_internship_passes_31_days_after_the_internship() {
    let a = handover(d(2027, 6, 1), d(2027, 7, 2));
    assert_passes(&check_order(&a), "order.employment_follows_internship");
}

#[test]
fn employment_follows_internship_reads_the_latest_work_placement_only() {
    // An earlier internship (listed after the latest) and a later observation visit do not
    // count: the latest work placement ends on 2027-06-30, the job starts the day after.
    let mut a = with_commitment(0, |c| c.starts_on = d(2027, 7, 1));
    a.placements.push(internship(
        53,
        STUDENT,
        range(d(2026, 3, 2), d(2026, 6, 30)),
    ));
    let mut visit = internship(54, STUDENT, DateRange::single(d(2027, 7, 1)));
    visit.kind = PlacementKind::Observation;
    a.placements.push(visit);
    assert_passes(&check_order(&a), "order.employment_follows_internship");
}

#[test]
fn employment_follows_internship_does_not_check_students_without_an_internship() {
    let mut a = with_commitment(0, |c| c.starts_on = d(2027, 7, 31));
    a.placements.remove(0);
    assert_passes(&check_order(&a), "order.employment_follows_internship");
}

// ---------------------------------------------------------------------------------------------
// order.enterprise_leads_training
// ---------------------------------------------------------------------------------------------

#[test]
fn enterprise_leads_training_fires_when_the_school_delivers_most_vocational_hours() {
    // PLC by the school: the enterprise delivers half of robot maintenance only, 40 of 200 h.
    let a = with_class(|c| c.modules[0].delivery = Delivery::School);
    let report = check_order(&a);
    assert_findings(&report, &[("order.enterprise_leads_training", "mode")]);
    let v = the(&report, "order.enterprise_leads_training");
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("limit"), Some("50% of 200 h = 100 h"));
    assert_eq!(v.figure("actual"), Some("40 h (20%)"));
}

#[test]
fn enterprise_leads_training_passes_at_exactly_half_without_counting_general_hours() {
    // 60 + 40 = 100 of 200 vocational hours; the 60 general hours would bring it below half.
    let a = with_class(|c| c.modules[0].delivery = joint(500));
    assert_passes(&check_order(&a), "order.enterprise_leads_training");
}

#[test]
fn enterprise_leads_training_fires_just_below_half() {
    // 120 h × 50 % + 80 h × 49.9 % = 60 + 39.92 = 99.92 h of 200 (49.96 %).
    let a = with_class(|c| {
        c.modules[0].delivery = joint(500);
        c.modules[1].delivery = joint(499);
    });
    let report = check_order(&a);
    assert_findings(&report, &[("order.enterprise_leads_training", "mode")]);
    let v = the(&report, "order.enterprise_leads_training");
    assert_eq!(v.figure("limit"), Some("50% of 200 h = 100 h"));
    assert_eq!(v.figure("actual"), Some("99.92 h (49.9%)"));
}

#[test]
fn enterprise_leads_training_is_not_evaluated_without_vocational_hours() {
    let a = with_class(|c| {
        for m in &mut c.modules {
            m.delivery = Delivery::School;
            if m.kind == ModuleKind::Vocational {
                m.hours = 0;
            }
        }
    });
    assert_passes(&check_order(&a), "order.enterprise_leads_training");
}

// ---------------------------------------------------------------------------------------------
// order.no_student_charges
// ---------------------------------------------------------------------------------------------

#[test]
fn no_student_charges_fires_for_a_commitment_with_a_penalty_for_leaving() {
    let a = with_commitment(0, |c| {
        c.charges.push(CommitmentCharge::of(
            CommitmentChargeKind::PenaltyForLeaving,
            Money::new(5_000_00, Currency::CNY),
        ))
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[(
            "order.no_student_charges",
            "mode.intake[0].commitment.charges[0]",
        )],
    );
    let v = the(&report, "order.no_student_charges");
    assert_eq!(v.figure("kind"), Some("PenaltyForLeaving"));
    assert_eq!(v.figure("amount"), Some("5000.00 CNY"));
}

#[test]
fn no_student_charges_fires_once_per_deposit_fee_and_guarantee() {
    let a = with_commitment(1, |c| {
        c.charges = vec![
            CommitmentCharge::new(CommitmentChargeKind::Deposit),
            CommitmentCharge::new(CommitmentChargeKind::Fee),
            CommitmentCharge::new(CommitmentChargeKind::Guarantee),
        ]
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[
            (
                "order.no_student_charges",
                "mode.intake[1].commitment.charges[0]",
            ),
            (
                "order.no_student_charges",
                "mode.intake[1].commitment.charges[1]",
            ),
            (
                "order.no_student_charges",
                "mode.intake[1].commitment.charges[2]",
            ),
        ],
    );
    assert_eq!(report.iter().nth(1).unwrap().figure("kind"), Some("Fee"));
    assert_eq!(report.iter().nth(1).unwrap().figure("amount"), None);
}

#[test]
fn no_student_charges_passes_for_commitments_without_charges() {
    assert_passes(&check_order(&order_agreement()), "order.no_student_charges");
}

// ---------------------------------------------------------------------------------------------
// Agreement rules over the class: dangling ids (no cascades), unique ids, term, enrollment
// ---------------------------------------------------------------------------------------------

#[test]
fn references_resolve_reports_an_unknown_intake_student_alone() {
    // "agreement.references_resolve": the unknown student still takes a seat, so the quota holds.
    let a = with_class(|c| c.intake[1].student = StudentId::from_u128(UNKNOWN));
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("agreement.references_resolve", "mode.intake[1].student")],
    );
}

#[test]
fn references_resolve_reports_an_unknown_commitment_post_alone() {
    // The commitment is skipped: neither its late signature nor its charge is judged.
    let a = with_commitment(0, |c| {
        c.post = PostId::from_u128(UNKNOWN);
        c.signed_on = d(2024, 9, 2);
        c.charges
            .push(CommitmentCharge::new(CommitmentChargeKind::Deposit));
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[(
            "agreement.references_resolve",
            "mode.intake[0].commitment.post",
        )],
    );
}

#[test]
fn references_resolve_reports_unknown_requirements_of_modules_and_exams_alone() {
    // An exam with an unknown requirement is skipped (its setters are not judged); a module
    // covering only an unknown requirement is not reported as untraced.
    let unknown = RequirementId::from_u128(UNKNOWN);
    let a = with_class(|c| {
        c.modules[0].covers.push(unknown);
        c.modules.push(vocational(
            M_EXTRA,
            "Lean production",
            40,
            Delivery::Enterprise,
            &[unknown],
        ));
        c.exams[0].assesses.push(unknown);
        c.exams[0].setters = vec![Side::School];
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[
            ("agreement.references_resolve", "mode.exams[0].assesses[2]"),
            ("agreement.references_resolve", "mode.modules[0].covers[1]"),
            ("agreement.references_resolve", "mode.modules[3].covers[0]"),
        ],
    );
}

#[test]
fn references_resolve_for_the_ordering_enterprise_skips_every_comparison_with_it() {
    // Only the agreement's own dangling enterprise is reported: commitments, recruited
    // employees and internships are not compared with an enterprise that does not exist.
    let mut a = order_agreement();
    a.enterprise = EnterpriseId::from_u128(UNKNOWN);
    let report = check_order(&a);
    assert_findings(&report, &[("agreement.references_resolve", "enterprise")]);
}

#[test]
fn unique_ids_reports_a_repeated_requirement_without_cascading() {
    // The copy shares its id with the first requirement, so it is taught and assessed as that
    // one: only "agreement.unique_ids" fires.
    let a = with_class(|c| {
        c.requirements
            .push(Requirement::new(R_PLC, name("PLC programming (copy)")))
    });
    let report = check_order(&a);
    assert_findings(&report, &[("agreement.unique_ids", "mode.requirements[2]")]);
    assert_eq!(
        the(&report, "agreement.unique_ids").figure("earlier"),
        Some("mode.requirements[0]")
    );
}

#[test]
fn unique_ids_reports_a_block_sharing_a_production_periods_id() {
    // Production periods and blocks are both periods; the block starts later (2026-04-01).
    let a = with_class(|c| c.practical_blocks[1].id = P_NEXT);
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("agreement.unique_ids", "mode.practical_blocks[1]")],
    );
    assert_eq!(
        the(&report, "agreement.unique_ids").figure("earlier"),
        Some("mode.production_periods[2]")
    );
}

#[test]
fn unique_ids_reports_repeated_module_and_exam_ids() {
    let a = with_class(|c| {
        c.modules.push(vocational(
            M_PLC,
            "PLC advanced",
            40,
            Delivery::Enterprise,
            &[R_PLC],
        ));
        c.exams.push(exam(
            E_SKILLS,
            "Skills retake",
            &[Side::School, Side::Enterprise],
            &[R_PLC],
        ));
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[
            ("agreement.unique_ids", "mode.exams[1]"),
            ("agreement.unique_ids", "mode.modules[3]"),
        ],
    );
}

#[test]
fn activity_within_term_reports_a_block_after_the_agreement() {
    // Production periods are not activities: the one running past the term is not reported.
    let a = with_class(|c| {
        c.production_periods.push(production(
            PeriodId::from_u128(133),
            d(2027, 7, 1),
            d(2027, 12, 31),
        ));
        c.practical_blocks.push(block(
            PeriodId::from_u128(142),
            d(2027, 8, 1),
            d(2027, 9, 15),
        ));
    });
    let report = check_order(&a);
    assert_findings(
        &report,
        &[("agreement.activity_within_term", "mode.practical_blocks[2]")],
    );
    let v = the(&report, "agreement.activity_within_term");
    assert_eq!(v.figure("dates"), Some("2027-08-01..=2027-09-15"));
    assert_eq!(v.figure("validity"), Some("2024-07-01..=2027-08-31"));
}

#[test]
fn student_enrolled_reports_an_intake_student_of_another_school() {
    let a = with_class(|c| {
        c.recruitment_quota = 4;
        c.intake.push(Enrollee::committed(OUTSIDER, commitment()));
    });
    let report = check_order(&a);
    assert_findings(&report, &[("agreement.student_enrolled", "mode.intake[3]")]);
}

#[test]
fn student_enrolled_reports_a_student_enrolling_after_the_class() {
    let registry = world_with(|students| {
        let classmate = students.iter_mut().find(|s| s.id == CLASSMATE).unwrap();
        classmate.enrolled_on = d(2024, 9, 10);
    });
    let report = order_agreement().check(&registry, &Policy::cn());
    assert_findings(&report, &[("agreement.student_enrolled", "mode.intake[1]")]);
    assert_eq!(
        the(&report, "agreement.student_enrolled").figure("dates"),
        Some("2024-09-01..=2024-09-01")
    );
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_order_class_round_trips_through_json() {
    let mut a = order_agreement();
    let c = class_of(&mut a);
    c.intake.push(Enrollee::new(MINOR));
    c.intake[0].commitment.as_mut().unwrap().charges = vec![
        CommitmentCharge::of(
            CommitmentChargeKind::PenaltyForLeaving,
            Money::new(3_000_00, Currency::CNY),
        ),
        CommitmentCharge::new(CommitmentChargeKind::Guarantee),
    ];
    c.production_periods[0].description = "spring model year".to_owned();
    c.practical_blocks[0].description = "line commissioning".to_owned();
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["mode"]["kind"], "order_based");
    assert_eq!(json["mode"]["enrolled_on"], "2024-09-01");
    assert_eq!(
        json["mode"]["modules"][1]["delivery"],
        serde_json::json!({"by": "joint", "enterprise_share": "50%"})
    );
    assert_eq!(
        json["mode"]["modules"][0]["delivery"],
        serde_json::json!({"by": "enterprise"})
    );
    assert_eq!(
        json["mode"]["exams"][0]["setters"],
        serde_json::json!(["school", "enterprise"])
    );
    assert_eq!(
        json["mode"]["intake"][0]["commitment"]["charges"][0]["kind"],
        "penalty_for_leaving"
    );
    let back: CooperationAgreement = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, a);
    // Optional lists and the commitment may be left out.
    let minimal = serde_json::json!({
        "kind": "order_based", "recruitment_quota": 1, "enrolled_on": "2024-09-01",
        "intake": [{"student": StudentId::from_u128(30).to_string()}]
    });
    let mode: Mode = serde_json::from_value(minimal).unwrap();
    let Mode::OrderBased(c) = mode else {
        unreachable!()
    };
    assert_eq!(c.intake[0].commitment, None);
    assert!(c.modules.is_empty());
}

#[test]
fn unknown_fields_and_invalid_shares_are_refused() {
    let bogus = serde_json::json!({
        "kind": "order_based", "recruitment_quota": 1, "enrolled_on": "2024-09-01", "quota": 2
    });
    assert!(serde_json::from_value::<Mode>(bogus).is_err());
    let too_much = serde_json::json!({"by": "joint", "enterprise_share": "120%"});
    assert!(serde_json::from_value::<Delivery>(too_much).is_err());
}

#[test]
fn every_violation_path_of_a_broken_class_resolves_in_the_agreements_json() {
    let mut a = order_agreement();
    let c = class_of(&mut a);
    c.recruitment_quota = 7;
    c.intake[0].commitment.as_mut().unwrap().signed_on = d(2024, 12, 1);
    c.intake[0].commitment.as_mut().unwrap().starts_on = d(2027, 6, 1);
    c.intake[1].commitment.as_mut().unwrap().charges = vec![CommitmentCharge::new(
        CommitmentChargeKind::PenaltyForLeaving,
    )];
    c.intake[2].commitment = None;
    c.intake.push(Enrollee::new(StudentId::from_u128(UNKNOWN)));
    c.intake.push(Enrollee::committed(OUTSIDER, commitment()));
    c.requirements
        .push(Requirement::new(R_SAFETY, name("Work safety")));
    c.requirements
        .push(Requirement::new(R_PLC, name("PLC programming (copy)")));
    c.modules[0].delivery = Delivery::School;
    c.modules[0].covers.push(RequirementId::from_u128(UNKNOWN));
    c.modules.push(vocational(
        M_EXTRA,
        "Lean production",
        10,
        Delivery::School,
        &[],
    ));
    c.exams[0].setters = vec![Side::School];
    c.exams.push(exam(E_THEORY, "Theory test", &[], &[]));
    c.practical_blocks[1] = block(B_SPRING, d(2026, 4, 1), d(2026, 7, 1));
    c.practical_blocks.push(block(
        PeriodId::from_u128(142),
        d(2027, 8, 1),
        d(2027, 9, 15),
    ));
    at_affiliate(&mut a.placements[1]);
    a.placements[2].post = OTHER_POST;
    let registry = world_with_employee(AFFILIATE, d(2020, 8, 19));

    let report = a.check(&registry, &Policy::cn());
    let codes: std::collections::BTreeSet<String> =
        report.iter().map(|v| v.code().to_string()).collect();
    for code in [
        "agreement.activity_within_term",
        "agreement.references_resolve",
        "agreement.student_enrolled",
        "agreement.unique_ids",
        "order.employment_follows_internship",
        "order.enrollment_matches_quota",
        "order.enterprise_leads_training",
        "order.exam_joint",
        "order.internship_at_employer",
        "order.job_at_enrollment",
        "order.job_at_graduation",
        "order.module_traced",
        "order.no_student_charges",
        "order.practice_in_production",
        "order.recruited_are_employees",
        "order.recruited_working_age",
        "order.requirement_assessed",
        "order.requirement_taught",
    ] {
        assert!(codes.contains(code), "{code} missing:\n{report}");
    }
    let json = serde_json::to_value(&a).unwrap();
    for v in report.iter() {
        let pointer = v.path().to_json_pointer();
        assert!(
            json.pointer(&pointer).is_some(),
            "{} at {} ({pointer}) does not resolve",
            v.code(),
            v.path()
        );
    }
}

#[test]
fn a_large_valid_class_passes_every_rule() {
    // 2,000 students with their internships, 500 requirements each taught and examined, 500
    // production periods each with a block: the rules index by id, so this stays fast, and
    // nothing fires at scale ("order.practice_in_production", "order.requirement_taught", ...).
    const N: usize = 2_000;
    const R: usize = 500;
    let base = world();
    let mut students = base.students().to_vec();
    let ids: Vec<StudentId> = (0..N)
        .map(|k| StudentId::from_u128(10_000 + k as u128))
        .collect();
    students.extend(ids.iter().map(|id| student(*id, SCHOOL, d(2006, 1, 15))));
    let registry = Registry::new(
        base.schools().to_vec(),
        base.enterprises().to_vec(),
        students,
        base.instructors().to_vec(),
    )
    .unwrap();

    let mut a = order_agreement();
    a.placements = ids
        .iter()
        .enumerate()
        .map(|(k, id)| internship(20_000 + k as u128, *id, internship_dates()))
        .collect();
    let c = class_of(&mut a);
    c.recruitment_quota = N as u32;
    c.intake = ids
        .iter()
        .rev()
        .map(|id| Enrollee::committed(*id, commitment()))
        .collect();
    let requirements: Vec<RequirementId> = (0..R)
        .map(|k| RequirementId::from_u128(30_000 + k as u128))
        .collect();
    c.requirements = requirements
        .iter()
        .map(|id| Requirement::new(*id, name("skill")))
        .collect();
    c.modules = requirements
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let id = ModuleId::from_u128(40_000 + k as u128);
            vocational(id, "module", 10, Delivery::Enterprise, &[*r])
        })
        .collect();
    c.exams = vec![exam(
        E_SKILLS,
        "Skills test",
        &[Side::School, Side::Enterprise],
        &requirements,
    )];
    let start = d(2024, 9, 2);
    c.production_periods = (0..R)
        .map(|k| {
            let first = start + chrono::Days::new(2 * k as u64);
            production(PeriodId::from_u128(50_000 + k as u128), first, first)
        })
        .collect();
    c.practical_blocks = (0..R)
        .map(|k| {
            let first = start + chrono::Days::new(2 * k as u64);
            block(PeriodId::from_u128(60_000 + k as u128), first, first)
        })
        .collect();
    c.production_periods.reverse();
    let report = a.check(&registry, &Policy::cn());
    assert!(report.is_empty(), "{report}");
}
