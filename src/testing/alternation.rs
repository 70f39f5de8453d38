//! The alternation mode (mode 2) in the kit, both variants together: work-study rotations
//! ([`valid_rotation`], [`rotation_mutation`]) and employed study ([`valid_employed_study`],
//! [`employed_study_mutation`]), as one mode ([`valid_alternation`], [`alternation_mutation`],
//! [`alternation_mutations`]).
//!
//! Every `alternation.*` and `employed_study.*` code has a mutation, and so does every
//! `worktime.*` code on an employment's shift pattern: no code of the mode is left without one,
//! and every mutation raises its one code alone (no multi-code sets are needed).

use proptest::prelude::*;

use super::arrangement::{Arrangement, Sizes};
use super::employed_study::{
    employed_study_mutation, valid_employed_study, EMPLOYED_STUDY_MUTATIONS,
};
use super::mutation::Mutation;
use super::rotation::{rotation_mutation, valid_rotation, ROTATION_MUTATIONS};
use crate::RuleCode;

/// The codes [`alternation_mutation`] has a mutation for: those of [`ROTATION_MUTATIONS`], then
/// those of [`EMPLOYED_STUDY_MUTATIONS`].
pub const ALTERNATION_MUTATIONS: &[RuleCode] = &[
    RuleCode::AlternationCohortUniform,
    RuleCode::AlternationGroupsPartition,
    RuleCode::AlternationGroupsBalanced,
    RuleCode::AlternationSettingEachPeriod,
    RuleCode::AlternationSplitEachPeriod,
    RuleCode::AlternationSettingsAlternate,
    RuleCode::AlternationPeriodsOrdered,
    RuleCode::AlternationPeriodGap,
    RuleCode::AlternationPeriodLength,
    RuleCode::AlternationHostCapacity,
    RuleCode::AlternationFairShare,
    RuleCode::AlternationPlacementsCover,
    RuleCode::EmployedStudyFullTime,
    RuleCode::EmployedStudyWorkingAge,
    RuleCode::EmployedStudyMinorWork,
    RuleCode::EmployedStudyPostAtEmployer,
    RuleCode::EmployedStudyMinWage,
    RuleCode::EmployedStudyClassOutsideShift,
    RuleCode::EmployedStudyWeeklyStudyMinimum,
    RuleCode::EmployedStudyWeeklyLoad,
    RuleCode::EmployedStudyClassLinkedToJob,
    RuleCode::WorktimeDailyHours,
    RuleCode::WorktimeWeeklyHours,
    RuleCode::WorktimeRestDays,
    RuleCode::WorktimeMinorNightWork,
    RuleCode::WorktimeMinorDailyHours,
    RuleCode::WorktimeMinorWeeklyHours,
    RuleCode::WorktimeMinorDaysPerWeek,
    RuleCode::WorktimeDailyRest,
    RuleCode::WorktimeBreaks,
];

/// A valid agreement of the alternation mode, of either variant: a work-study rotation (see
/// [`valid_rotation`]) or employed study (see [`valid_employed_study`]).
pub fn valid_alternation(sizes: Sizes) -> BoxedStrategy<Arrangement> {
    prop_oneof![valid_rotation(sizes), valid_employed_study(sizes)].boxed()
}

/// A mutation of a generated valid alternation agreement that must raise `code`, if the kit has
/// one (every code of [`ALTERNATION_MUTATIONS`]): a rotation's for the `alternation.*` codes, an
/// employed study's for the others.
pub fn alternation_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    if ROTATION_MUTATIONS.contains(&code) {
        rotation_mutation(code, sizes)
    } else if EMPLOYED_STUDY_MUTATIONS.contains(&code) {
        employed_study_mutation(code, sizes)
    } else {
        None
    }
}

/// Any alternation mutation, of either variant, with the codes it must raise.
pub fn alternation_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    super::mutation::union_of(ALTERNATION_MUTATIONS, |code| {
        alternation_mutation(code, sizes)
    })
}
