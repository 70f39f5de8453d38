//! The teaching and production side of a generated order class: requirements, modules and
//! exams traced to each other with the enterprise leading the vocational training, and
//! production periods with practical blocks inside their runs.

use proptest::prelude::*;
use proptest::sample::Index;

use super::{at, name, pick, BLOCKS, EXAMS, MODULES, PERIODS, REQUIREMENTS};
use crate::order::{
    Delivery, Exam, Module, ModuleKind, OrderClass, PracticalBlock, ProductionPeriod, Requirement,
};
use crate::testing::arrangement::{add_days, id, sub_days};
use crate::{DateRange, ExamId, ModuleId, PeriodId, Policy, RequirementId, Share, Side};

#[derive(Debug, Clone, Copy)]
enum DeliveryPlan {
    School,
    Enterprise,
    Joint(u32),
}

#[derive(Debug, Clone)]
pub(super) struct CurriculumPlan {
    /// One entry per requirement: the vocational module that covers it and the exam that
    /// assesses it.
    requirements: Vec<(Index, Index)>,
    vocational: Vec<(u32, DeliveryPlan)>,
    general: Vec<(u32, Option<Index>)>,
    /// One entry per exam: whether the school is listed first among the setters.
    exams: Vec<bool>,
    extra_covers: Vec<(Index, Index)>,
    extra_assessments: Vec<(Index, Index)>,
}

#[derive(Debug, Clone)]
pub(super) struct ProductionPlan {
    start_days: u64,
    periods: Vec<(u64, i64)>,
    blocks: Vec<(Index, Index, Index)>,
    rotate_periods: Index,
    rotate_blocks: Index,
}

pub(super) fn curriculum_plan() -> impl Strategy<Value = CurriculumPlan> {
    let delivery = prop_oneof![
        Just(DeliveryPlan::School),
        Just(DeliveryPlan::Enterprise),
        (0u32..=1_000).prop_map(DeliveryPlan::Joint),
    ];
    (
        prop::collection::vec((any::<Index>(), any::<Index>()), 1..=5),
        prop::collection::vec((8u32..=160, delivery), 1..=4),
        prop::collection::vec((8u32..=120, prop::option::of(any::<Index>())), 0..=2),
        prop::collection::vec(any::<bool>(), 1..=3),
        prop::collection::vec((any::<Index>(), any::<Index>()), 0..=3),
        prop::collection::vec((any::<Index>(), any::<Index>()), 0..=3),
    )
        .prop_map(
            |(requirements, vocational, general, exams, extra_covers, extra_assessments)| {
                CurriculumPlan {
                    requirements,
                    vocational,
                    general,
                    exams,
                    extra_covers,
                    extra_assessments,
                }
            },
        )
}

pub(super) fn production_plan() -> impl Strategy<Value = ProductionPlan> {
    (
        30u64..=150,
        prop::collection::vec((20u64..=150, -15i64..=45), 1..=4),
        prop::collection::vec((any::<Index>(), any::<Index>(), any::<Index>()), 1..=4),
        any::<Index>(),
        any::<Index>(),
    )
        .prop_map(
            |(start_days, periods, blocks, rotate_periods, rotate_blocks)| ProductionPlan {
                start_days,
                periods,
                blocks,
                rotate_periods,
                rotate_blocks,
            },
        )
}

fn delivery(plan: DeliveryPlan) -> Option<Delivery> {
    Some(match plan {
        DeliveryPlan::School => Delivery::School,
        DeliveryPlan::Enterprise => Delivery::Enterprise,
        DeliveryPlan::Joint(per_mille) => Delivery::Joint {
            enterprise_share: Share::from_per_mille(per_mille).ok()?,
        },
    })
}

/// The enterprise's part of the vocational modules' hours, in hour-per-mille units, and the
/// vocational hours.
pub(super) fn enterprise_hours(modules: &[Module]) -> (u64, u64) {
    modules
        .iter()
        .filter(|m| m.kind == ModuleKind::Vocational)
        .fold((0, 0), |(milli, hours), m| {
            let h = u64::from(m.hours);
            let share = u64::from(m.delivery.enterprise_share().per_mille());
            (
                milli.saturating_add(h.saturating_mul(share)),
                hours.saturating_add(h),
            )
        })
}

/// Pushes `item` onto `list` unless it is there already.
fn add_once<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

pub(super) fn curriculum(
    class: &mut OrderClass,
    plan: &CurriculumPlan,
    policy: &Policy,
) -> Option<()> {
    let r_count = plan.requirements.len();
    let requirement_ids: Vec<RequirementId> = (0..r_count)
        .map(|r| {
            Some(RequirementId::from_u128(id(
                0,
                REQUIREMENTS.checked_add(r)?,
            )))
        })
        .collect::<Option<_>>()?;
    for (r, rid) in requirement_ids.iter().enumerate() {
        class
            .requirements
            .push(Requirement::new(*rid, name(format!("requirement {r}"))?));
    }

    let mut serial = MODULES;
    for (m, (hours, plan)) in plan.vocational.iter().enumerate() {
        serial = serial.checked_add(1)?;
        class.modules.push(
            Module::builder()
                .id(ModuleId::from_u128(id(0, serial)))
                .name(name(format!("vocational module {m}"))?)
                .kind(ModuleKind::Vocational)
                .hours(*hours)
                .delivery(delivery(*plan)?)
                .build()
                .ok()?,
        );
    }
    let vocational = class.modules.len();
    for (r, (module, _)) in plan.requirements.iter().enumerate() {
        let m = class.modules.get_mut(at(module, vocational)?)?;
        add_once(&mut m.covers, *requirement_ids.get(r)?);
    }
    for (m, module) in class.modules.iter_mut().enumerate() {
        if module.covers.is_empty() {
            module
                .covers
                .push(*requirement_ids.get(m.checked_rem(r_count)?)?);
        }
    }
    for (module, requirement) in &plan.extra_covers {
        let m = class.modules.get_mut(at(module, vocational)?)?;
        add_once(&mut m.covers, *pick(requirement, &requirement_ids)?);
    }
    // The enterprise takes modules over, in order, until it delivers at least the share.
    let min = policy.min_order_enterprise_training_share;
    for m in 0..vocational {
        let (milli, hours) = enterprise_hours(&class.modules);
        if min.is_reached_by(milli, hours.saturating_mul(1_000)) {
            break;
        }
        class.modules.get_mut(m)?.delivery = Delivery::Enterprise;
    }
    for (g, (hours, covers)) in plan.general.iter().enumerate() {
        serial = serial.checked_add(1)?;
        let mut module = Module::builder()
            .id(ModuleId::from_u128(id(0, serial)))
            .name(name(format!("general module {g}"))?)
            .kind(ModuleKind::General)
            .hours(*hours)
            .delivery(Delivery::School)
            .build()
            .ok()?;
        module.covers = covers
            .iter()
            .map(|r| pick(r, &requirement_ids).copied())
            .collect::<Option<_>>()?;
        class.modules.push(module);
    }

    for (e, school_first) in plan.exams.iter().enumerate() {
        let mut exam = Exam::new(
            ExamId::from_u128(id(0, EXAMS.checked_add(e)?)),
            name(format!("exam {e}"))?,
        );
        exam.setters = if *school_first {
            vec![Side::School, Side::Enterprise]
        } else {
            vec![Side::Enterprise, Side::School]
        };
        class.exams.push(exam);
    }
    let exams = class.exams.len();
    for (r, (_, exam)) in plan.requirements.iter().enumerate() {
        let e = class.exams.get_mut(at(exam, exams)?)?;
        add_once(&mut e.assesses, *requirement_ids.get(r)?);
    }
    for (e, exam) in class.exams.iter_mut().enumerate() {
        if exam.assesses.is_empty() {
            exam.assesses
                .push(*requirement_ids.get(e.checked_rem(r_count)?)?);
        }
    }
    for (exam, requirement) in &plan.extra_assessments {
        let e = class.exams.get_mut(at(exam, exams)?)?;
        add_once(&mut e.assesses, *pick(requirement, &requirement_ids)?);
    }
    Some(())
}

/// The production periods merged into runs, as the rule merges them: periods that overlap or
/// follow with no gap form one run; sorted by first day.
pub(super) fn runs(periods: &[ProductionPeriod]) -> Vec<DateRange> {
    let mut sorted: Vec<DateRange> = periods.iter().map(|p| p.dates).collect();
    sorted.sort_unstable();
    let mut runs: Vec<DateRange> = Vec::with_capacity(sorted.len());
    for dates in sorted {
        match runs.last_mut() {
            Some(run)
                if run
                    .last()
                    .succ_opt()
                    .is_some_and(|next| dates.first() <= next) =>
            {
                if dates.last() > run.last() {
                    *run = DateRange::new(run.first(), dates.last()).unwrap_or(*run);
                }
            }
            _ => runs.push(dates),
        }
    }
    runs
}

pub(super) fn production(
    class: &mut OrderClass,
    plan: &ProductionPlan,
    validity: DateRange,
) -> Option<()> {
    let mut first = add_days(class.enrolled_on, plan.start_days)?;
    for (p, (length, gap)) in plan.periods.iter().enumerate() {
        let last = add_days(first, length.checked_sub(1)?)?;
        class.production_periods.push(ProductionPeriod::new(
            PeriodId::from_u128(id(0, PERIODS.checked_add(p)?)),
            DateRange::new(first, last).ok()?,
        ));
        let next = last.succ_opt()?;
        first = if *gap < 0 {
            sub_days(next, gap.unsigned_abs())?
        } else {
            add_days(next, gap.unsigned_abs())?
        };
    }
    let runs = runs(&class.production_periods);
    for (b, (run, offset, length)) in plan.blocks.iter().enumerate() {
        let run = *pick(run, &runs)?;
        let days = usize::try_from(run.len_days()).ok()?;
        let offset = at(offset, days)?;
        let length = at(length, days.checked_sub(offset)?)?;
        let first = add_days(run.first(), u64::try_from(offset).ok()?)?;
        let dates = DateRange::new(first, add_days(first, u64::try_from(length).ok()?)?).ok()?;
        if !validity.contains_range(&dates) {
            return None;
        }
        class.practical_blocks.push(PracticalBlock::new(
            PeriodId::from_u128(id(0, BLOCKS.checked_add(b)?)),
            dates,
        ));
    }
    let periods = at(&plan.rotate_periods, class.production_periods.len())?;
    class.production_periods.rotate_left(periods);
    let blocks = at(&plan.rotate_blocks, class.practical_blocks.len())?;
    class.practical_blocks.rotate_left(blocks);
    Some(())
}
