//! The order rules about teaching and production: requirements, modules and exams
//! (`order.module_traced`, `order.requirement_taught`, `order.requirement_assessed`,
//! `order.exam_joint`, `order.enterprise_leads_training`) and practical-training blocks
//! (`order.practice_in_production`, with `agreement.activity_within_term`).
//!
//! A module or exam naming a requirement the class does not hold is reported by
//! `agreement.references_resolve`; an exam doing so is skipped by the rules that judge it, and
//! a module's hours and resolved requirements still count.

use super::index::{production_runs, run_holding, RequirementIndex};
use super::model::{ModuleKind, OrderClass};
use crate::agreement::{check_within_term, dangling};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{CooperationAgreement, RuleCode, Share, Side};
use crate::{FigureValue, PhraseKey, Quantity, Sentinel, Unit};

/// Requirements, modules and exams: `order.module_traced`, `order.requirement_taught`,
/// `order.requirement_assessed`, `order.exam_joint`, `order.enterprise_leads_training`.
pub(crate) fn traceability(class: &OrderClass, at: Loc<'_>, sink: &mut Sink<'_>) {
    let mut requirements = RequirementIndex::new(&class.requirements);
    let kind = "requirement of the class";

    // Vocational hours, and the enterprise's part of them in hour-per-mille units.
    let mut vocational_hours: u64 = 0;
    let mut enterprise_milli_hours: u64 = 0;
    let modules_at = at.field("modules");
    for (m, module) in class.modules.iter().enumerate() {
        let here = modules_at.index(m);
        let covers_at = here.field("covers");
        for (k, id) in module.covers.iter().enumerate() {
            if !requirements.mark_taught(*id) {
                dangling(sink, covers_at.index(k), kind, id);
            }
        }
        if module.kind != ModuleKind::Vocational {
            continue;
        }
        let hours = u64::from(module.hours);
        vocational_hours = vocational_hours.saturating_add(hours);
        let share = u64::from(module.delivery.enterprise_share().per_mille());
        enterprise_milli_hours = enterprise_milli_hours.saturating_add(hours * share);
        if module.covers.is_empty() {
            sink.push(
                RuleCode::OrderModuleTraced,
                here,
                Scope::Plain,
                "the vocational module covers no enterprise requirement".to_owned(),
                vec![Figure::new("module", &module.name)],
            );
        }
    }

    let exams_at = at.field("exams");
    for (e, exam) in class.exams.iter().enumerate() {
        let here = exams_at.index(e);
        let assesses_at = here.field("assesses");
        let mut resolved = true;
        for (k, id) in exam.assesses.iter().enumerate() {
            if !requirements.mark_assessed(*id) {
                dangling(sink, assesses_at.index(k), kind, id);
                resolved = false;
            }
        }
        if !resolved {
            continue;
        }
        if exam.assesses.is_empty() {
            sink.push(
                RuleCode::OrderRequirementAssessed,
                here,
                Scope::Plain,
                "the exam assesses no enterprise requirement".to_owned(),
                vec![Figure::new("exam", &exam.name)],
            );
        }
        let missing: Vec<&str> = [(Side::School, "school"), (Side::Enterprise, "enterprise")]
            .into_iter()
            .filter(|(side, _)| !exam.is_set_by(*side))
            .map(|(_, name)| name)
            .collect();
        if !missing.is_empty() {
            sink.push(
                RuleCode::OrderExamJoint,
                here,
                Scope::Plain,
                "the exam is not set jointly by the school and the ordering enterprise".to_owned(),
                vec![
                    Figure::new("missing", and(&missing)),
                    Figure::new("setters", sides(&exam.setters)),
                ],
            );
        }
    }

    let requirements_at = at.field("requirements");
    requirements.for_each(|position, taught, assessed| {
        let Some(requirement) = class.requirements.get(position) else {
            return;
        };
        let here = requirements_at.index(position);
        if !taught {
            sink.push(
                RuleCode::OrderRequirementTaught,
                here,
                Scope::Plain,
                "no module covers the enterprise requirement".to_owned(),
                vec![Figure::new("requirement", &requirement.name)],
            );
        }
        if !assessed {
            sink.push(
                RuleCode::OrderRequirementAssessed,
                here,
                Scope::Plain,
                "no exam assesses the enterprise requirement".to_owned(),
                vec![Figure::new("requirement", &requirement.name)],
            );
        }
    });

    enterprise_leads_training(vocational_hours, enterprise_milli_hours, at, sink);
}

/// The setters: `school, enterprise`, or `none`.
fn sides(setters: &[Side]) -> FigureValue {
    if setters.is_empty() {
        return Sentinel::None.into();
    }
    FigureValue::list(setters.iter().map(|side| {
        FigureValue::term(match side {
            Side::School => "school",
            Side::Enterprise => "enterprise",
        })
    }))
}

/// `school and enterprise`, `school`: the words joined by `and`.
fn and(words: &[&'static str]) -> FigureValue {
    match words {
        [one, two] => FigureValue::phrase(
            PhraseKey::And,
            [FigureValue::term(*one), FigureValue::term(*two)],
        ),
        _ => FigureValue::list(words.iter().map(|w| FigureValue::term(*w))),
    }
}

/// Hours from hour-per-mille units: `48 h`, `48.5 h`.
fn milli_hours(milli: u64) -> FigureValue {
    Quantity::decimal(i64::try_from(milli).unwrap_or(i64::MAX), 3, Unit::Hours).into()
}

/// `order.enterprise_leads_training`: not evaluated without vocational hours.
fn enterprise_leads_training(hours: u64, enterprise_milli: u64, at: Loc<'_>, sink: &mut Sink<'_>) {
    let min = sink.policy().min_order_enterprise_training_share;
    if hours == 0 || min.is_reached_by(enterprise_milli, hours.saturating_mul(1000)) {
        return;
    }
    let floor = hours.saturating_mul(u64::from(min.per_mille()));
    let actual = u32::try_from(enterprise_milli / hours)
        .ok()
        .and_then(|per_mille| Share::from_per_mille(per_mille).ok())
        .map(|share| FigureValue::Text(format!(" ({share})")));
    sink.push(
        RuleCode::OrderEnterpriseLeadsTraining,
        at,
        Scope::Plain,
        "the enterprise delivers too small a share of the vocational training".to_owned(),
        vec![
            Figure::new(
                "limit",
                FigureValue::phrase(
                    PhraseKey::ShareOf,
                    [
                        min.into(),
                        Quantity::count(hours, Unit::Hours).into(),
                        milli_hours(floor),
                    ],
                ),
            ),
            Figure::new(
                "actual",
                match actual {
                    Some(share) => FigureValue::phrase(
                        PhraseKey::Joined,
                        [milli_hours(enterprise_milli), share],
                    ),
                    None => milli_hours(enterprise_milli),
                },
            ),
        ],
    );
}

/// `order.practice_in_production`, with `agreement.activity_within_term` for every block.
pub(crate) fn practice_in_production(
    class: &OrderClass,
    agreement: &CooperationAgreement,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    if class.practical_blocks.is_empty() {
        return;
    }
    let runs = production_runs(&class.production_periods);
    let blocks_at = at.field("practical_blocks");
    for (b, block) in class.practical_blocks.iter().enumerate() {
        let here = blocks_at.index(b);
        check_within_term(
            agreement,
            block.dates,
            "practical-training block",
            here,
            Scope::Plain,
            sink,
        );
        let run = run_holding(&runs, block.dates.first());
        if run.is_some_and(|run| run.contains_range(&block.dates)) {
            continue;
        }
        let (production, outside) = match run {
            Some(run) => (run.to_string(), run.last().succ_opt()),
            None => ("none".to_owned(), Some(block.dates.first())),
        };
        let mut figures = vec![
            Figure::new("dates", block.dates),
            Figure::new("production", production),
        ];
        if let Some(day) = outside {
            figures.push(Figure::new("first_day_outside", day));
        }
        sink.push(
            RuleCode::OrderPracticeInProduction,
            here,
            Scope::Plain,
            "the practical-training block is not inside one production period".to_owned(),
            figures,
        );
    }
}
