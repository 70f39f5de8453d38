//! The engine's conventions: exemptions, report order, paths as JSON Pointers, policy overrides and
//! switch-offs, determinism, serde of reports and policies, user-defined rules and portfolios.

mod common;

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use common::*;
use school_enterprise::WeekdaySet;
use school_enterprise::*;

/// The fixture agreement with a 42-hour week (six 7-hour days) on its placement.
fn long_week() -> CooperationAgreement {
    let mut a = agreement();
    let shifts = [Mon, Tue, Wed, Thu, Fri, Sat]
        .into_iter()
        .map(|day| Shift::new(day, t(8, 0), t(16, 0), 60).unwrap())
        .collect();
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    a
}

fn exemption(code: RuleCode, filed_on: chrono::NaiveDate) -> Exemption {
    Exemption::new(vec![code], vec![PLACEMENT], filed_on, "SPECIAL-2026-7")
}

#[test]
fn exemption_filed_on_the_first_day_silences_its_code() {
    let mut a = long_week();
    a.exemptions
        .push(exemption(RuleCode::WorktimeWeeklyHours, d(2026, 3, 2)));
    assert!(check(&a).is_empty(), "{}", check(&a));
}

#[test]
fn exemption_filed_after_the_first_day_silences_nothing_and_says_why() {
    let mut a = long_week();
    a.exemptions
        .push(exemption(RuleCode::WorktimeWeeklyHours, d(2026, 3, 3)));
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "placements[0].schedule")],
    );
    let note = report.iter().next().unwrap().note().unwrap();
    assert!(
        note.contains("exemptions[0]") && note.contains("SPECIAL-2026-7"),
        "{note}"
    );
    assert!(
        note.contains("filed on 2026-03-03") && note.contains("2026-03-02"),
        "{note}"
    );
}

/// The fixture agreement working five hours every day of the week, with an exemption from
/// `worktime.rest_days` filed long before. Checked at a host with no weekly rest day.
fn seven_days_with_rest_day_exemption() -> CooperationAgreement {
    let mut a = agreement();
    let shifts = [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .map(|day| Shift::new(day, t(9, 0), t(14, 0), 0).unwrap())
        .collect();
    a.placements[0].schedule = WeeklySchedule::new(shifts).unwrap().into();
    a.exemptions
        .push(exemption(RuleCode::WorktimeRestDays, d(2026, 1, 1)));
    a
}

#[test]
fn exemption_of_a_code_the_policy_does_not_list_silences_nothing() {
    let a = seven_days_with_rest_day_exemption();
    let report = check_at_nonstop_host(&a);
    assert_findings(&report, &[("worktime.rest_days", "placements[0].schedule")]);
    let note = report.iter().next().unwrap().note().unwrap();
    assert!(note.contains("does not allow worktime.rest_days"), "{note}");
}

#[test]
fn exemption_follows_the_policy_list() {
    let a = seven_days_with_rest_day_exemption();
    let mut policy = Policy::cn();
    policy.exemptible.insert(RuleCode::WorktimeRestDays);
    let nonstop = registry_with_host(|e| e.rest_days = Some(WeekdaySet::EMPTY));
    assert!(a.check(&nonstop, &policy).is_empty());
}

#[test]
fn exemption_for_another_placement_leaves_no_note() {
    let mut a = long_week();
    let mut other = placement_at(DateRange::new(d(2026, 7, 1), d(2026, 8, 31)).unwrap());
    other.id = PlacementId::from_u128(51);
    a.placements.push(other);
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeWeeklyHours],
        vec![PlacementId::from_u128(51)],
        d(2026, 1, 1),
        "OTHER",
    ));
    let report = check(&a);
    assert_findings(
        &report,
        &[("worktime.weekly_hours", "placements[0].schedule")],
    );
    assert_eq!(report.iter().next().unwrap().note(), None);
}

/// An agreement with eleven placements of which the 3rd and the 11th run past its validity, and
/// the 11th is also signed off badly.
fn eleven_placements() -> CooperationAgreement {
    let mut a = agreement();
    a.placements.clear();
    for i in 0..11u32 {
        let month = 3 + i % 10;
        let mut p = placement_at(DateRange::new(d(2026, month, 1), d(2026, month, 10)).unwrap());
        p.id = PlacementId::from_u128(100 + u128::from(i));
        a.placements.push(p);
    }
    let late = DateRange::new(d(2027, 2, 1), d(2027, 3, 1)).unwrap();
    redate(&mut a.placements[2], late);
    redate(&mut a.placements[10], late);
    a.placements[10].student = StudentId::from_u128(12345);
    a.signed_on = d(2026, 3, 5);
    a.contributions.clear();
    a
}

#[test]
fn report_is_ordered_by_path_then_code_with_indices_as_numbers() {
    let report = check(&eleven_placements());
    assert_findings(
        &report,
        &[
            // Two at the agreement itself (the empty path comes first), ordered by code.
            ("agreement.mutual_contribution", ""),
            ("agreement.signed_before_start", ""),
            ("agreement.activity_within_term", "placements[2]"),
            ("agreement.references_resolve", "placements[10].student"),
        ],
    );
}

#[test]
fn every_path_resolves_as_a_json_pointer_in_the_serialized_root() {
    let mut a = eleven_placements();
    let shifts = [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .map(|day| Shift::new(day, t(8, 0), t(18, 0), 0).unwrap())
        .collect();
    a.placements[4].schedule = WeeklySchedule::new(shifts).unwrap().into();
    a.placements[1].student = MINOR; // 17 in April 2026
    a.placements[1].schedule =
        WeeklySchedule::new(vec![Shift::new(Mon, t(19, 0), t(23, 0), 0).unwrap()])
            .unwrap()
            .into();
    a.exemptions.push(Exemption::new(
        vec![RuleCode::WorktimeDailyHours],
        vec![PlacementId::from_u128(9)],
        d(2026, 1, 1),
        "X",
    ));
    let mut policy = Policy::cn();
    policy.minor_night_window = Some(DailyWindow::new(t(20, 0), t(6, 0)).unwrap());
    let report = a.check(&registry(), &policy);
    assert!(report.len() >= 10, "{report}");
    let json = serde_json::to_value(&a).unwrap();
    for v in &report {
        let pointer = v.path().to_json_pointer();
        assert!(
            json.pointer(&pointer).is_some(),
            "{pointer} does not resolve ({v})"
        );
    }
    assert!(report
        .iter()
        .any(|v| v.path().to_json_pointer() == "/placements/1/schedule/shifts/0"));
}

#[test]
fn portfolio_paths_start_at_the_portfolio_and_resolve() {
    let mut bad = agreement();
    bad.id = AgreementId::from_u128(41);
    let april = DateRange::new(d(2026, 4, 1), d(2026, 4, 30)).unwrap();
    move_course(&mut bad, 61, april, d(2026, 2, 10));
    bad.placements[0].id = PlacementId::from_u128(60);
    redate(
        &mut bad.placements[0],
        DateRange::new(d(2027, 2, 1), d(2027, 3, 1)).unwrap(),
    );
    let portfolio = Portfolio::new(registry(), vec![agreement(), bad]);
    let report = portfolio.check(&Policy::cn());
    assert_findings(
        &report,
        &[(
            "agreement.activity_within_term",
            "agreements[1].placements[0]",
        )],
    );
    let json = serde_json::to_value(&portfolio).unwrap();
    let pointer = report.iter().next().unwrap().path().to_json_pointer();
    assert_eq!(pointer, "/agreements/1/placements/0");
    assert!(json.pointer(&pointer).is_some());
}

#[test]
fn a_switched_off_code_is_not_reported() {
    let policy = Policy::cn().switch_off(RuleCode::WorktimeWeeklyHours);
    assert!(long_week().check(&registry(), &policy).is_empty());
}

#[test]
fn a_severity_override_changes_the_reported_severity() {
    let mut a = agreement();
    a.contributions.clear();
    let policy =
        Policy::cn().override_severity(RuleCode::AgreementMutualContribution, Severity::Error);
    let report = a.check(&registry(), &policy);
    assert_eq!(report.iter().next().unwrap().severity(), Severity::Error);
    assert!(!report.is_ok());
    let lowered = Policy::cn().override_severity(RuleCode::WorktimeWeeklyHours, Severity::Warning);
    assert!(long_week().check(&registry(), &lowered).is_ok());
}

#[test]
fn checking_is_deterministic() {
    let a = eleven_placements();
    let first = serde_json::to_string(&check(&a)).unwrap();
    for _ in 0..3 {
        assert_eq!(serde_json::to_string(&check(&a)).unwrap(), first);
    }
}

#[test]
fn reports_round_trip_through_json() {
    let mut a = long_week();
    a.exemptions
        .push(exemption(RuleCode::WorktimeWeeklyHours, d(2026, 3, 3)));
    a.contributions.clear();
    let report = check(&a);
    assert_eq!(report.len(), 2);
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains(r#""code":"worktime.weekly_hours""#), "{json}");
    assert!(
        json.contains(r#""path":"placements[0].schedule""#),
        "{json}"
    );
    assert!(json.contains(r#""severity":"warning""#), "{json}");
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

#[test]
fn policies_round_trip_through_json() {
    let mut policy = Policy::cn()
        .switch_off(RuleCode::PlacementFiled)
        .override_severity(RuleCode::PlacementDuration, Severity::Error);
    policy.public_holidays.insert(d(2026, 10, 1));
    policy.local_min_monthly_wage = Some(Money::new(2_690_00, Currency::CNY));
    policy.min_enterprise_teaching_share = Some(Share::percent(30).unwrap());
    for p in [Policy::cn(), policy] {
        let json = serde_json::to_string(&p).unwrap();
        let back: Policy = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
    }
    let json = serde_json::to_value(Policy::cn()).unwrap();
    assert_eq!(json["placement_night_window"], "22:00–06:00");
    assert_eq!(json["min_pay_share"], "80%");
    assert_eq!(json["exemptible"].as_array().unwrap().len(), 6);
}

#[test]
fn report_display_names_code_severity_path_and_figures() {
    let report = check(&long_week());
    let text = report.to_string();
    assert!(text.starts_with("1 error(s), 0 warning(s)"), "{text}");
    assert!(
        text.contains("error worktime.weekly_hours at placements[0].schedule: weekly working time exceeds the limit (limit = 40 h, actual = 42 h)"),
        "{text}"
    );
    assert_eq!(Report::new().to_string(), "no violations");
}

#[test]
fn report_filters_by_severity_and_code() {
    let mut a = long_week();
    a.contributions.clear();
    let report = check(&a);
    assert_eq!(report.errors().count(), 1);
    assert_eq!(report.warnings().count(), 1);
    assert!(report.has(RuleCode::WorktimeWeeklyHours));
    assert!(!report.has(RuleCode::WorktimeDailyHours));
    let codes: Vec<String> = report.codes().iter().map(|c| c.to_string()).collect();
    assert_eq!(
        codes,
        ["agreement.mutual_contribution", "worktime.weekly_hours"]
    );
}

struct NeedsTwoPlacements;

impl Rule for NeedsTwoPlacements {
    fn check(
        &self,
        agreement: &CooperationAgreement,
        _: &CheckContext<'_>,
        out: &mut Vec<Violation>,
    ) {
        if agreement.placements.len() < 2 {
            out.push(
                Violation::new(
                    CustomCode::new("acme.min_placements").unwrap(),
                    Severity::Warning,
                    Path::root().field("placements"),
                    "our programme places at least two students",
                )
                .with_figure("actual", agreement.placements.len()),
            );
        }
    }
}

#[test]
fn custom_rules_run_into_the_same_report() {
    let report = agreement().check_with(&registry(), &Policy::cn(), &[&NeedsTwoPlacements]);
    assert_findings(&report, &[("acme.min_placements", "placements")]);
    assert_eq!(report.iter().next().unwrap().rule(), None);
    assert_eq!(report.iter().next().unwrap().severity(), Severity::Warning);
}

#[test]
fn custom_rules_get_the_portfolio_prefix_and_the_policy() {
    let portfolio = Portfolio::new(registry(), vec![agreement()]);
    let report = portfolio.check_with(&Policy::cn(), &[&NeedsTwoPlacements]);
    assert_findings(
        &report,
        &[("acme.min_placements", "agreements[0].placements")],
    );

    let code = CustomCode::new("acme.min_placements").unwrap();
    let raised = Policy::cn().override_severity(code.clone(), Severity::Error);
    let report = portfolio.check_with(&raised, &[&NeedsTwoPlacements]);
    assert_eq!(report.iter().next().unwrap().severity(), Severity::Error);
    let off = Policy::cn().switch_off(code);
    assert!(portfolio
        .check_with(&off, &[&NeedsTwoPlacements])
        .is_empty());
}

#[test]
fn checking_against_an_empty_registry_reports_instead_of_panicking() {
    let report = agreement().check(&Registry::default(), &Policy::cn());
    assert_findings(
        &report,
        &[
            ("agreement.references_resolve", "enterprise"),
            (
                "agreement.references_resolve",
                "mode.plan.courses[0].instructors[0].instructor",
            ),
            ("agreement.references_resolve", "placements[0].host"),
            ("agreement.references_resolve", "placements[0].post"),
            (
                "agreement.references_resolve",
                "placements[0].school_instructor",
            ),
            ("agreement.references_resolve", "placements[0].student"),
            ("agreement.references_resolve", "placements[0].supervisor"),
            ("agreement.references_resolve", "school"),
        ],
    );
}

#[test]
fn agreements_of_every_mode_round_trip_through_json() {
    let modes = [
        Mode::IntroducedEnterprise(introduced::IntroducedEnterprise::new()),
        Mode::Alternation(alternation::Alternation::WorkStudyRotation(
            alternation::Rotation::new(),
        )),
        Mode::Alternation(alternation::Alternation::EmployedStudy(
            alternation::EmployedStudy::new(),
        )),
        Mode::Interaction(interaction::Interaction::new()),
        Mode::OrderBased(order::OrderClass::new(0, d(2026, 3, 1))),
    ];
    for mode in modes {
        let mut a = long_week();
        a.mode = mode;
        a.exemptions
            .push(exemption(RuleCode::WorktimeWeeklyHours, d(2026, 3, 2)));
        let json = serde_json::to_string(&a).unwrap();
        let back: CooperationAgreement = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{json}");
    }
    let portfolio = Portfolio::new(registry(), vec![agreement()]);
    let back: Portfolio =
        serde_json::from_str(&serde_json::to_string(&portfolio).unwrap()).unwrap();
    assert_eq!(back, portfolio);
}

fn tie(figures: &[(&'static str, &str)]) -> Violation {
    Violation::new(
        RuleCode::PlacementDuration,
        Severity::Error,
        "placements[0]".parse().unwrap(),
        "tie",
    )
    .with_figures(figures)
}

trait WithFigures {
    fn with_figures(self, figures: &[(&'static str, &str)]) -> Self;
}

impl WithFigures for Violation {
    fn with_figures(mut self, figures: &[(&'static str, &str)]) -> Self {
        for (name, value) in figures {
            self = self.with_figure(*name, *value);
        }
        self
    }
}

#[test]
fn ties_are_ordered_by_the_day_they_name_then_the_element() {
    // Pushed in reverse of the order the convention gives.
    let pushed = vec![
        tie(&[("limit", "1")]),
        tie(&[("day", "Sun")]),
        tie(&[("day", "Mon")]),
        tie(&[("week", "2026-09-14"), ("earlier", "placements[10]")]),
        tie(&[("week", "2026-09-14"), ("earlier", "placements[2]")]),
        tie(&[("date", "2026-09-07")]),
        tie(&[("first_day", "2026-09-01")]),
    ];
    let report = Report::from_violations(pushed);
    let order: Vec<String> = report
        .iter()
        .map(|v| {
            v.figures()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    assert_eq!(
        order,
        [
            "first_day = 2026-09-01",
            "date = 2026-09-07",
            "week = 2026-09-14; earlier = placements[2]",
            "week = 2026-09-14; earlier = placements[10]",
            "day = Mon",
            "day = Sun",
            "limit = 1",
        ]
    );
}
