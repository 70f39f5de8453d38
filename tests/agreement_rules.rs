//! The six `agreement.*` rules: each fires on the smallest fault, with its exact code and path,
//! and the nearest valid arrangement passes.

mod common;

use common::*;
use school_enterprise::*;

#[test]
fn fixture_agreement_passes_with_no_violation() {
    let report = check(&agreement());
    assert!(report.is_empty(), "{report}");
}

#[test]
fn signed_before_start_fires_the_day_after_the_first_day() {
    let mut a = agreement();
    a.signed_on = d(2026, 3, 2);
    let report = check(&a);
    assert_findings(&report, &[("agreement.signed_before_start", "")]);
    let v = report.iter().next().unwrap();
    assert_eq!(v.severity(), Severity::Error);
    assert_eq!(v.figure("signed_on"), Some("2026-03-02"));
    assert_eq!(v.figure("first_day"), Some("2026-03-01"));
}

#[test]
fn signed_before_start_passes_when_signed_on_the_first_day() {
    let mut a = agreement();
    a.signed_on = d(2026, 3, 1);
    assert!(check(&a).is_empty());
}

#[test]
fn activity_within_term_fires_for_a_placement_one_day_past_validity() {
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 1), d(2026, 6, 29)).unwrap();
    let report = check(&a);
    assert_findings(
        &report,
        &[("agreement.activity_within_term", "placements[0]")],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("validity"),
        Some("2026-03-01..=2026-06-29")
    );
}

#[test]
fn activity_within_term_fires_for_a_placement_starting_before_validity() {
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 3), d(2027, 2, 28)).unwrap();
    a.signed_on = d(2026, 3, 1);
    assert_findings(
        &check(&a),
        &[("agreement.activity_within_term", "placements[0]")],
    );
}

#[test]
fn activity_within_term_passes_when_the_placement_ends_on_the_last_valid_day() {
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 2), d(2026, 6, 30)).unwrap();
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn references_resolve_fires_for_a_dangling_school_and_enterprise() {
    let mut a = agreement();
    a.school = SchoolId::from_u128(999);
    a.enterprise = EnterpriseId::from_u128(998);
    assert_findings(
        &check(&a),
        &[
            ("agreement.references_resolve", "enterprise"),
            ("agreement.references_resolve", "school"),
        ],
    );
}

#[test]
fn references_resolve_fires_for_each_dangling_id_of_a_placement() {
    let mut a = agreement();
    let p = &mut a.placements[0];
    p.student = StudentId::from_u128(900);
    p.host = EnterpriseId::from_u128(901);
    p.post = PostId::from_u128(902);
    p.school_instructor = Some(InstructorId::from_u128(903));
    p.supervisor = Some(InstructorId::from_u128(904));
    assert_findings(
        &check(&a),
        &[
            ("agreement.references_resolve", "placements[0].host"),
            ("agreement.references_resolve", "placements[0].post"),
            (
                "agreement.references_resolve",
                "placements[0].school_instructor",
            ),
            ("agreement.references_resolve", "placements[0].student"),
            ("agreement.references_resolve", "placements[0].supervisor"),
        ],
    );
}

#[test]
fn references_resolve_judges_each_placement_by_its_own_ids() {
    // Placements that share their host, post and instructors are looked up once; each placement
    // whose id differs from the one before is looked up again, whether it resolves or not.
    let mut a = agreement();
    let base = a.placements[0].clone();
    a.placements = (0..7)
        .map(|k| {
            let mut p = base.clone();
            p.id = PlacementId::from_u128(500 + k as u128);
            p.student = extra_student(k);
            match k {
                1 => p.host = EnterpriseId::from_u128(901),
                3 => p.post = PostId::from_u128(902),
                4 => p.school_instructor = Some(InstructorId::from_u128(903)),
                5 => p.supervisor = Some(InstructorId::from_u128(904)),
                _ => {}
            }
            p
        })
        .collect();
    let report = a.check(&registry_with(7, |_| {}), &Policy::cn());
    assert_findings(
        &report,
        &[
            ("agreement.references_resolve", "placements[1].host"),
            ("agreement.references_resolve", "placements[3].post"),
            (
                "agreement.references_resolve",
                "placements[4].school_instructor",
            ),
            ("agreement.references_resolve", "placements[5].supervisor"),
        ],
    );
}

#[test]
fn references_resolve_fires_for_an_exemption_naming_an_unknown_placement() {
    let mut a = agreement();
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeWeeklyHours],
        vec![PLACEMENT, PlacementId::from_u128(777)],
        d(2026, 2, 1),
        "EX-1",
    ));
    let report = check(&a);
    assert_findings(
        &report,
        &[(
            "agreement.references_resolve",
            "exemptions[0].placements[1]",
        )],
    );
    assert_eq!(
        report.iter().next().unwrap().figure("id"),
        Some("00000000-0000-0000-0000-000000000309")
    );
}

#[test]
fn references_resolve_passes_for_an_exemption_naming_a_held_placement() {
    let mut a = agreement();
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeWeeklyHours],
        vec![PLACEMENT],
        d(2026, 2, 1),
        "EX-1",
    ));
    assert!(check(&a).is_empty());
}

#[test]
fn a_dangling_student_raises_only_references_resolve() {
    // The placement also breaks the weekly hours and runs past the agreement: no cascade.
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 1), d(2026, 5, 1)).unwrap();
    let p = &mut a.placements[0];
    p.student = StudentId::from_u128(900);
    let saturday = Shift::new(chrono::Weekday::Sat, t(8, 0), t(17, 0), 60).unwrap();
    let shifts = p.schedule.weeks()[0]
        .shifts()
        .iter()
        .copied()
        .chain([saturday])
        .collect();
    p.schedule = WeeklySchedule::new(shifts).unwrap().into();
    assert_findings(
        &check(&a),
        &[("agreement.references_resolve", "placements[0].student")],
    );
}

#[test]
fn unique_ids_fires_at_the_later_placement_naming_the_earlier() {
    let mut a = agreement();
    let second = placement_at(DateRange::new(d(2026, 7, 1), d(2026, 8, 31)).unwrap());
    a.placements.push(second.clone());
    a.placements.push(second);
    let report = check(&a);
    assert_findings(
        &report,
        &[
            ("agreement.unique_ids", "placements[1]"),
            ("agreement.unique_ids", "placements[2]"),
        ],
    );
    assert!(report
        .iter()
        .all(|v| v.figure("earlier") == Some("placements[0]")));
}

#[test]
fn unique_ids_names_the_duplicate_with_the_earlier_first_day_as_the_earlier() {
    // Listed second but starting first: the one listed first is "the later element".
    let mut a = agreement();
    let mut spring = placement_at(DateRange::new(d(2026, 3, 1), d(2026, 3, 31)).unwrap());
    spring.student = MINOR;
    let autumn = placement_at(DateRange::new(d(2026, 9, 1), d(2026, 9, 30)).unwrap());
    a.placements = vec![autumn, spring];
    let report = check(&a);
    assert_findings(&report, &[("agreement.unique_ids", "placements[0]")]);
    assert_eq!(
        report.iter().next().unwrap().figure("earlier"),
        Some("placements[1]")
    );
}

#[test]
fn unique_ids_skips_the_later_duplicate_in_other_rules() {
    // The later duplicate runs past the agreement; only the duplicate id is reported.
    let mut a = agreement();
    let mut late = placement_at(DateRange::new(d(2027, 2, 1), d(2027, 3, 31)).unwrap());
    late.student = MINOR;
    a.placements.push(late);
    assert_findings(&check(&a), &[("agreement.unique_ids", "placements[1]")]);
}

#[test]
fn unique_ids_passes_for_distinct_ids() {
    let mut a = agreement();
    let mut second = placement_at(DateRange::new(d(2026, 7, 1), d(2026, 8, 31)).unwrap());
    second.id = PlacementId::from_u128(51);
    a.placements.push(second);
    assert!(check(&a).is_empty());
}

#[test]
fn student_enrolled_fires_for_a_student_of_another_school() {
    let mut a = agreement();
    a.placements[0].student = OUTSIDER;
    let report = check(&a);
    assert_findings(&report, &[("agreement.student_enrolled", "placements[0]")]);
    assert_eq!(
        report.iter().next().unwrap().figure("student_school"),
        Some(OTHER_SCHOOL.to_string().as_str())
    );
}

#[test]
fn student_enrolled_fires_for_a_day_after_expected_graduation() {
    // Expected graduation is 2027-07-01.
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 1), d(2028, 2, 28)).unwrap();
    a.placements[0] = placement_at(DateRange::new(d(2027, 3, 1), d(2027, 7, 2)).unwrap());
    assert_findings(
        &check(&a),
        &[("agreement.student_enrolled", "placements[0]")],
    );
}

#[test]
fn student_enrolled_passes_on_the_graduation_day() {
    let mut a = agreement();
    a.validity = DateRange::new(d(2026, 3, 1), d(2028, 2, 28)).unwrap();
    a.placements[0] = placement_at(DateRange::new(d(2027, 3, 1), d(2027, 7, 1)).unwrap());
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn student_enrolled_fires_for_a_day_before_enrollment() {
    // Enrollment is 2024-09-01. An observation visit, so that the study-year rule of work
    // placements stays out of the way.
    let mut a = agreement();
    a.validity = DateRange::new(d(2024, 8, 1), d(2027, 2, 28)).unwrap();
    a.signed_on = d(2024, 8, 1);
    let visit = |first| {
        let mut p = placement_at(DateRange::new(first, d(2024, 9, 30)).unwrap());
        p.kind = PlacementKind::Observation;
        p
    };
    a.placements[0] = visit(d(2024, 8, 31));
    assert_findings(
        &check(&a),
        &[("agreement.student_enrolled", "placements[0]")],
    );
    a.placements[0] = visit(d(2024, 9, 1));
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn mutual_contribution_warns_when_only_the_enterprise_contributes() {
    let mut a = agreement();
    a.contributions.retain(|c| c.side == Side::Enterprise);
    let report = check(&a);
    assert_findings(&report, &[("agreement.mutual_contribution", "")]);
    let v = report.iter().next().unwrap();
    assert_eq!(v.severity(), Severity::Warning);
    assert_eq!(v.figure("missing"), Some("school"));
    assert!(report.is_ok(), "a warning is not an error");
}

#[test]
fn mutual_contribution_warns_once_when_nobody_contributes() {
    let mut a = agreement();
    a.contributions.clear();
    let report = check(&a);
    assert_findings(&report, &[("agreement.mutual_contribution", "")]);
    assert_eq!(
        report.iter().next().unwrap().figure("missing"),
        Some("school and enterprise")
    );
}

#[test]
fn mutual_contribution_passes_with_one_entry_from_each_side() {
    let mut a = agreement();
    a.contributions = vec![
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Equipment,
            Name::new("lathes").unwrap(),
        ),
        Contribution::new(
            Side::School,
            ContributionKind::Space,
            Name::new("workshop").unwrap(),
        ),
    ];
    assert!(check(&a).is_empty());
}

#[test]
fn a_dangling_host_or_post_alone_silences_the_placement_rules() {
    // The placement breaks the weekly hours and lacks its safety training, but its host (then its
    // post) does not resolve: only the dangling id is reported.
    for field in ["host", "post", "supervisor"] {
        let mut a = agreement();
        let p = &mut a.placements[0];
        p.safety_training_on = None;
        let saturday = Shift::new(chrono::Weekday::Sat, t(8, 0), t(17, 0), 60).unwrap();
        let shifts = p.schedule.weeks()[0]
            .shifts()
            .iter()
            .copied()
            .chain([saturday])
            .collect();
        p.schedule = WeeklySchedule::new(shifts).unwrap().into();
        match field {
            "host" => p.host = EnterpriseId::from_u128(901),
            "post" => p.post = PostId::from_u128(902),
            _ => p.supervisor = Some(InstructorId::from_u128(903)),
        }
        let path = format!("placements[0].{field}");
        assert_findings(&check(&a), &[("agreement.references_resolve", &path)]);
    }
}

// ---------------------------------------------------------------------------------------------
// Revision 2: internship agreements, and the modes' own records of what each side provides
// ---------------------------------------------------------------------------------------------

fn mutual_contribution_findings(report: &Report) -> Vec<(String, Option<String>)> {
    report
        .with_code(RuleCode::AgreementMutualContribution)
        .map(|v| (v.path().to_string(), v.figure("missing").map(str::to_owned)))
        .collect()
}

#[test]
fn an_internship_agreement_with_no_contributions_breaks_no_rule() {
    let mut a = agreement();
    a.mode = Mode::Internship;
    a.contributions.clear();
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn the_same_agreement_in_a_cooperation_mode_warns_about_mutual_contribution() {
    let mut a = agreement();
    a.contributions.clear();
    assert_eq!(
        mutual_contribution_findings(&check(&a)),
        [(String::new(), Some("school and enterprise".to_owned()))]
    );
}

#[test]
fn an_internship_agreement_round_trips_through_json() {
    let mut a = agreement();
    a.mode = Mode::Internship;
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["mode"], serde_json::json!({"kind": "internship"}));
    let back: CooperationAgreement = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);
}

fn interaction_resource(side: Side) -> interaction::Resource {
    interaction::Resource::builder()
        .id(ContributionId::from_u128(70))
        .side(side)
        .kind(interaction::ResourceKind::Material)
        .description(name("steel bar stock"))
        .quantity(10)
        .value(Money::new(1_000_00, Currency::CNY))
        .build()
        .unwrap()
}

/// The fixture interaction agreement with contributions from `side` only and the resources
/// `resources` in its model.
fn interaction_with(side: Side, resources: Vec<interaction::Resource>) -> CooperationAgreement {
    let mut a = agreement();
    a.contributions.retain(|c| c.side == side);
    if let Mode::Interaction(model) = &mut a.mode {
        model.resources = resources;
    }
    a
}

#[test]
fn mutual_contribution_counts_an_interaction_resource_of_the_enterprise() {
    let a = interaction_with(Side::School, vec![interaction_resource(Side::Enterprise)]);
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn mutual_contribution_counts_an_interaction_resource_of_the_school() {
    let a = interaction_with(Side::Enterprise, vec![interaction_resource(Side::School)]);
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn mutual_contribution_does_not_count_a_resource_of_the_side_that_already_contributes() {
    let a = interaction_with(Side::School, vec![interaction_resource(Side::School)]);
    assert_eq!(
        mutual_contribution_findings(&check(&a)),
        [(String::new(), Some("enterprise".to_owned()))]
    );
}

/// The fixture agreement with contributions from the enterprise only, in the introduced mode
/// of `introduced_lines`, changed by `change`.
fn introduced_with(change: impl FnOnce(&mut introduced::IntroducedEnterprise)) -> Report {
    let mut a = agreement();
    a.contributions.retain(|c| c.side == Side::Enterprise);
    let mut model = introduced_lines(SiteId::from_u128(100));
    change(&mut model);
    a.mode = Mode::IntroducedEnterprise(model);
    check(&a)
}

#[test]
fn mutual_contribution_counts_the_schools_site_allocation() {
    // Sites kept, school-owned equipment dropped: the allocation alone is the school's entry.
    let report = introduced_with(|m| m.equipment.retain(|e| e.owner == Side::Enterprise));
    assert_eq!(mutual_contribution_findings(&report), []);
}

#[test]
fn mutual_contribution_counts_equipment_the_school_owns() {
    let report = introduced_with(|m| m.sites.clear());
    assert_eq!(mutual_contribution_findings(&report), []);
}

#[test]
fn mutual_contribution_warns_when_the_school_has_neither_space_nor_equipment() {
    let report = introduced_with(|m| {
        m.sites.clear();
        m.equipment.retain(|e| e.owner == Side::Enterprise);
    });
    assert_eq!(
        mutual_contribution_findings(&report),
        [(String::new(), Some("school".to_owned()))]
    );
}

#[test]
fn an_internship_agreements_placements_may_be_at_any_host() {
    // A second enterprise, with its own post and supervisor, hosts a placement of an internship
    // agreement made with the fixture enterprise: no rule fires.
    let (host, post, supervisor) = (
        EnterpriseId::from_u128(12),
        PostId::from_u128(13),
        InstructorId::from_u128(22),
    );
    let base = registry();
    let mut other = enterprise();
    other.id = host;
    other.posts[0].id = post;
    let mut enterprises = base.enterprises().to_vec();
    enterprises.push(other);
    let mut instructors = base.instructors().to_vec();
    instructors.push(Instructor::new(
        supervisor,
        name("Zhou Ping"),
        Employer::Enterprise(host),
    ));
    let registry = Registry::new(
        base.schools().to_vec(),
        enterprises,
        base.students().to_vec(),
        instructors,
    )
    .unwrap();
    let mut a = agreement();
    a.mode = Mode::Internship;
    let mut elsewhere = placement();
    elsewhere.id = PlacementId::from_u128(51);
    elsewhere.student = MINOR;
    elsewhere.host = host;
    elsewhere.post = post;
    elsewhere.supervisor = Some(supervisor);
    a.placements.push(elsewhere);
    let report = a.check(&registry, &Policy::cn());
    assert!(report.is_empty(), "{report}");
}
