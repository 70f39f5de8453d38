//! The helpers that write a report or a rotation out for people, and the violations under one
//! part of an arrangement: the block form of `Report::details` (with and without names),
//! `Report::under`, `Rotation::outline`, and `Mode::from` each model.

mod common;

use common::*;
use school_enterprise::alternation::*;
use school_enterprise::*;

fn violation(path: Path) -> Violation {
    Violation::new(
        RuleCode::PlacementInsurance,
        Severity::Error,
        path,
        "liability insurance does not cover every day of the placement",
    )
}

fn placements() -> Path {
    Path::root().field("placements")
}

#[test]
fn details_write_one_block_per_violation_with_figures_note_and_names() {
    let report = Report::from_violations(vec![
        violation(placements().index(0))
            .with_figure("student", STUDENT)
            .with_figure("first_uncovered_day", "2026-07-01")
            .with_note("exemption exemptions[0] (filing 17) does not apply: late"),
        Violation::new(
            RuleCode::AgreementMutualContribution,
            Severity::Warning,
            Path::root().field("contributions"),
            "only the enterprise contributes",
        ),
    ]);
    // The registry's student is named "Zhang Min" (tests/common); the ids print as uuids.
    let student = "00000000-0000-0000-0000-00000000001e";
    let expected = |name: &str| {
        format!(
            "[warning] agreement.mutual_contribution at contributions\n    \
             only the enterprise contributes\n\
             [error] placement.insurance at placements[0]\n    \
             liability insurance does not cover every day of the placement\n      \
             student = {student}{name}\n      \
             first_uncovered_day = 2026-07-01\n      \
             note: exemption exemptions[0] (filing 17) does not apply: late\n"
        )
    };
    let registry = registry();
    assert_eq!(report.details().to_string(), expected(""));
    assert_eq!(
        report.details().naming(&registry).to_string(),
        expected(" (Zhang Min)")
    );
    // A value that is no id, or an id the registry lacks, is not followed by a name.
    let unknown = Report::from_violations(vec![
        violation(placements().index(0)).with_figure("student", StudentId::from_u128(999))
    ]);
    assert!(unknown
        .details()
        .naming(&registry)
        .to_string()
        .ends_with("03e7\n"));
    assert_eq!(Report::new().details().to_string(), "");
}

#[test]
fn under_keeps_the_path_and_what_is_inside_it_by_segment() {
    let report = Report::from_violations(vec![
        violation(placements().index(1)),
        violation(placements().index(1).field("insurance").index(0)),
        // Not inside placements[1], though its text starts the same.
        violation(placements().index(10)),
        violation(placements().index(2)),
        violation(Path::root()),
    ]);
    let paths =
        |path: Path| -> Vec<String> { report.under(path).map(|v| v.path().to_string()).collect() };
    assert_eq!(
        paths(placements().index(1)),
        ["placements[1]", "placements[1].insurance[0]"]
    );
    assert_eq!(paths(placements()).len(), 4);
    assert_eq!(paths(Path::root()).len(), 5);
    assert!(paths(placements().index(3)).is_empty());
}

#[test]
fn outline_numbers_groups_by_the_rotation_and_names_hosts() {
    let (a, b) = (GroupId::from_u128(1), GroupId::from_u128(2));
    let unknown_host = EnterpriseId::from_u128(77);
    let students = vec![STUDENT, OUTSIDER, MINOR];
    let mut autumn = Period::new(PeriodId::from_u128(4), placement_dates());
    // The period lists group b first; numbers follow the rotation's groups.
    autumn.settings = vec![
        GroupSetting::new(b, Setting::at_hosts(ENTERPRISE, [unknown_host])),
        GroupSetting::new(a, Setting::School),
    ];
    let rotation = Rotation::builder()
        .cohort(Cohort::new(name("mechatronics"), 2024, students.clone()))
        .unit(RotationUnit::Semester)
        .group(Group::new(a, students[..1].to_vec()))
        .group(Group::new(b, students[1..].to_vec()))
        .period(autumn)
        .build()
        .unwrap();
    // The registry names ENTERPRISE "Delta Motors" (tests/common); host 77 is unknown.
    assert_eq!(
        rotation.outline(&registry()).to_string(),
        format!(
            "  group 1 (1 students)\n  group 2 (2 students)\n  {}: group 2 at Delta Motors and \
             00000000-0000-0000-0000-00000000004d, group 1 at school\n",
            placement_dates()
        )
    );
}

#[test]
fn a_mode_is_made_from_each_model() {
    use school_enterprise::interaction::Interaction;
    use school_enterprise::introduced::IntroducedEnterprise;
    use school_enterprise::order::OrderClass;

    let rotation = Rotation::new();
    assert_eq!(
        Mode::from(rotation.clone()),
        Mode::Alternation(Alternation::WorkStudyRotation(rotation))
    );
    let employed = EmployedStudy::new();
    assert_eq!(
        Mode::from(employed.clone()),
        Mode::Alternation(Alternation::EmployedStudy(employed))
    );
    let introduced = IntroducedEnterprise::new();
    assert_eq!(
        Mode::from(introduced.clone()),
        Mode::IntroducedEnterprise(introduced)
    );
    assert_eq!(
        Mode::from(Interaction::new()),
        Mode::Interaction(Interaction::new())
    );
    let class = OrderClass::builder()
        .recruitment_quota(1)
        .enrolled_on(d(2025, 9, 1))
        .build()
        .unwrap();
    assert_eq!(Mode::from(class.clone()), Mode::OrderBased(class));
    let alternation = Alternation::EmployedStudy(EmployedStudy::new());
    assert_eq!(
        Mode::from(alternation.clone()),
        Mode::Alternation(alternation)
    );
}

#[test]
fn brief_details_under_one_element_make_its_to_do_list() {
    let report = Report::from_violations(vec![
        violation(placements().index(1))
            .with_figure("student", STUDENT)
            .with_note("exemption exemptions[0] does not apply"),
        // Not under placements[1]: the to-do list of the eleventh placement.
        violation(placements().index(10)),
        Violation::new(
            CustomCode::new("acme.max_commute").unwrap(),
            Severity::Warning,
            placements().index(1).field("host"),
            "the commute is longer than an hour",
        ),
    ]);
    // RULES.md: placement.insurance rests on Art. 35 of the 2021 internship provisions; a
    // user's own rule has no legal source, so its line has no parentheses.
    let expected = "  [placement.insurance] liability insurance does not cover every day of the \
                    placement (Internship provisions (教职成〔2021〕4号) Art. 35)\n      \
                    student = 00000000-0000-0000-0000-00000000001e (Zhang Min)\n      \
                    note: exemption exemptions[0] does not apply\n  \
                    [acme.max_commute] the commute is longer than an hour\n";
    let registry = registry();
    let todo = report
        .details()
        .naming(&registry)
        .under(placements().index(1));
    assert_eq!(todo.clone().brief().to_string(), expected);
    assert!(!todo.is_empty());
    // Without brief, the same two violations in full blocks; under an element with none, empty.
    assert_eq!(todo.to_string().matches(" at placements[1]").count(), 2);
    let none = report.details().under(placements().index(2)).brief();
    assert!(none.is_empty());
    assert_eq!(none.to_string(), "");
}

#[test]
fn counts_are_the_first_line_of_the_report() {
    let report = Report::from_violations(vec![
        violation(placements().index(0)),
        violation(placements().index(1)),
        Violation::new(
            RuleCode::AgreementMutualContribution,
            Severity::Warning,
            Path::root().field("contributions"),
            "only the enterprise contributes",
        ),
    ]);
    let counts = report.counts();
    assert_eq!((counts.errors, counts.warnings), (2, 1));
    assert_eq!(counts.to_string(), "2 error(s), 1 warning(s)");
    let display = report.to_string();
    assert_eq!(display.lines().next(), Some("2 error(s), 1 warning(s)"));
}
