//! The work-study rotation rules (`alternation.*`), with the agreement rules over the rotation's
//! elements (dangling ids, periods within the term, students' participation).
//!
//! Periods are read sorted by first day (ties by list position), so a misordered list fires only
//! `alternation.periods_ordered`. An id that does not resolve is reported once and the element
//! holding it is skipped: a setting naming an unknown group or host counts for no group and no
//! host, and a period holding one is not complete. A group listed twice in a period is reported
//! by `alternation.setting_each_period` and read nowhere else in that period. A later group with
//! the id of an earlier one is left to `agreement.unique_ids` and skipped.

use chrono::NaiveDate;

use super::index::{self, Groups};
use super::model::Rotation;
use super::settings;
use crate::agreement::{check_participation, check_within_term, dangling, PlacementMarks};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{CheckContext, CooperationAgreement, Registry, RuleCode};
use crate::{FigureValue, PhraseKey, Quantity, Unit};

/// Runs every rotation rule on `rotation`, found at `at` in `agreement`.
pub(crate) fn check(
    rotation: &Rotation,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    at: Loc<'_>,
    placements: PlacementMarks<'_, '_>,
    sink: &mut Sink<'_>,
) {
    let registry = ctx.registry();
    let cohort = cohort_students(rotation, registry, at, sink);
    let groups = Groups::build(rotation, registry, at, sink);
    let places = index::places(rotation, registry, at, sink);

    cohort_uniform(rotation, registry, at, sink);
    if !groups.duplicate_ids {
        let partitioned = groups_partition(rotation, registry, &cohort, &groups, at, sink);
        if partitioned && !groups.dangling_member {
            groups_balanced(&groups, at, sink);
        }
    }

    let rank = periods(rotation, agreement, at, sink);
    let spans = settings::check(
        &settings::Facts {
            rotation,
            agreement,
            registry,
            groups: &groups,
            places: &places,
            rank: &rank,
            placements,
        },
        at,
        sink,
    );

    // Participation: the days of the periods of each member's group, whatever the setting.
    let groups_at = at.field("groups");
    for g in groups.usable() {
        let Some(days) = spans.get(g).copied().flatten() else {
            continue;
        };
        let group_at = groups_at.index(g);
        let members_at = group_at.field("members");
        for &(_, student, k) in groups.members(g) {
            check_participation(
                agreement,
                registry,
                student,
                days,
                members_at.index(k),
                sink,
            );
        }
    }
}

/// Reports cohort students not in the registry; returns the others, sorted, each once.
fn cohort_students(
    rotation: &Rotation,
    registry: &Registry,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) -> Vec<crate::StudentId> {
    let cohort_at = at.field("cohort");
    let students_at = cohort_at.field("students");
    let mut resolved = Vec::with_capacity(rotation.cohort.students.len());
    for (i, &student) in rotation.cohort.students.iter().enumerate() {
        if registry.student(student).is_some() {
            resolved.push(student);
        } else {
            dangling(sink, students_at.index(i), "student", student);
        }
    }
    resolved.sort_unstable();
    resolved.dedup();
    resolved
}

/// `alternation.cohort_uniform`.
fn cohort_uniform(rotation: &Rotation, registry: &Registry, at: Loc<'_>, sink: &mut Sink<'_>) {
    let cohort = &rotation.cohort;
    let cohort_at = at.field("cohort");
    let missing = match (&cohort.major, cohort.grade) {
        (None, None) => Some("major and grade"),
        (None, Some(_)) => Some("major"),
        (Some(_), None) => Some("grade"),
        (Some(_), Some(_)) => None,
    };
    if let Some(missing) = missing {
        sink.push(
            RuleCode::AlternationCohortUniform,
            cohort_at,
            Scope::Plain,
            format!("the cohort's {missing} is not stated"),
            vec![Figure::new("missing", FigureValue::term(missing))],
        );
    }
    let students_at = cohort_at.field("students");
    for (i, &id) in cohort.students.iter().enumerate() {
        let Some(student) = registry.student(id) else {
            continue;
        };
        let other_major = cohort.major.as_ref().filter(|m| **m != student.major);
        let other_grade = cohort.grade.filter(|g| *g != student.grade);
        if other_major.is_none() && other_grade.is_none() {
            continue;
        }
        let mut figures = vec![Figure::new("student", id)];
        if let Some(major) = other_major {
            figures.push(Figure::new("major", &student.major));
            figures.push(Figure::new("cohort_major", major));
        }
        if let Some(grade) = other_grade {
            figures.push(Figure::new("grade", student.grade));
            figures.push(Figure::new("cohort_grade", grade));
        }
        sink.push(
            RuleCode::AlternationCohortUniform,
            students_at.index(i),
            Scope::Plain,
            "the student is not of the cohort's major and grade".to_owned(),
            figures,
        );
    }
}

/// `alternation.groups_partition`; returns whether the groups partition the cohort.
fn groups_partition(
    rotation: &Rotation,
    registry: &Registry,
    cohort: &[crate::StudentId],
    groups: &Groups,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) -> bool {
    let mut partitioned = true;
    let cohort_at = at.field("cohort");
    let students_at = cohort_at.field("students");
    for (i, &student) in rotation.cohort.students.iter().enumerate() {
        if registry.student(student).is_some() && !groups.has_member(student) {
            partitioned = false;
            sink.push(
                RuleCode::AlternationGroupsPartition,
                students_at.index(i),
                Scope::Plain,
                "the cohort student is in no group".to_owned(),
                vec![Figure::new("student", student)],
            );
        }
    }
    let groups_at = at.field("groups");
    let member_path = |g: usize, k: usize| {
        let group_at = groups_at.index(g);
        let members_at = group_at.field("members");
        members_at.index(k).to_path()
    };
    for run in groups.by_student.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(student, first_group, first_k)) = run.first() else {
            continue;
        };
        let in_cohort = cohort.binary_search(&student).is_ok();
        let offending = if in_cohort { run.get(1..) } else { Some(run) };
        for &(_, g, k) in offending.unwrap_or(&[]) {
            partitioned = false;
            let (message, mut figures) = if in_cohort {
                (
                    "the student is already a member of a group",
                    vec![Figure::new("earlier", member_path(first_group, first_k))],
                )
            } else {
                ("the group member is not a student of the cohort", vec![])
            };
            figures.insert(0, Figure::new("student", student));
            let group_at = groups_at.index(g);
            let members_at = group_at.field("members");
            sink.push(
                RuleCode::AlternationGroupsPartition,
                members_at.index(k),
                Scope::Plain,
                message.to_owned(),
                figures,
            );
        }
    }
    partitioned
}

/// `alternation.groups_balanced`, over groups that partition the cohort.
fn groups_balanced(groups: &Groups, at: Loc<'_>, sink: &mut Sink<'_>) {
    let size = |g: usize| groups.members(g).len();
    let largest = groups
        .usable()
        .max_by_key(|&g| (size(g), std::cmp::Reverse(g)));
    let smallest = groups.usable().min_by_key(|&g| (size(g), g));
    let (Some(largest), Some(smallest)) = (largest, smallest) else {
        return;
    };
    let tolerance = sink.policy().rotation_group_size_tolerance;
    let difference = size(largest).saturating_sub(size(smallest));
    if difference as u64 > u64::from(tolerance) {
        let groups_at = at.field("groups");
        sink.push(
            RuleCode::AlternationGroupsBalanced,
            groups_at,
            Scope::Plain,
            "the largest and smallest groups differ by too many students".to_owned(),
            vec![
                Figure::new("limit", Quantity::count(tolerance, Unit::StudentsOrOne)),
                Figure::new("actual", Quantity::count(difference, Unit::StudentsOrOne)),
                Figure::new("largest", groups_at.index(largest).to_path()),
                Figure::new("largest_size", size(largest)),
                Figure::new("smallest", groups_at.index(smallest).to_path()),
                Figure::new("smallest_size", size(smallest)),
            ],
        );
    }
}

/// The rules over periods alone (`alternation.periods_ordered`, `alternation.period_gap`,
/// `alternation.period_length`, `agreement.activity_within_term`). Returns each period's rank in
/// date order.
fn periods(
    rotation: &Rotation,
    agreement: &CooperationAgreement,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) -> Vec<usize> {
    let periods = &rotation.periods;
    let periods_at = at.field("periods");
    let dates = |p: usize| periods.get(p).map(|period| period.dates);
    let mut order: Vec<usize> = (0..periods.len()).collect();
    order.sort_by_key(|&p| (dates(p).map(|d| d.first()), p));
    let mut rank = vec![0; periods.len()];
    for (r, &p) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(p) {
            *slot = r;
        }
    }

    // Each period that overlaps an earlier one (by first day, then position) names the earlier
    // period reaching furthest, which it certainly overlaps.
    let mut overlapped: Vec<Option<usize>> = vec![None; periods.len()];
    let mut furthest: Option<(NaiveDate, usize)> = None;
    for &p in &order {
        let Some(days) = dates(p) else { continue };
        if let Some((last, q)) = furthest {
            if days.first() <= last {
                if let Some(slot) = overlapped.get_mut(p) {
                    *slot = Some(q);
                }
            }
        }
        if furthest.is_none_or(|(last, _)| days.last() > last) {
            furthest = Some((days.last(), p));
        }
    }

    let policy = sink.policy();
    let (max_gap, unit_days) = (policy.max_rotation_gap_days, rotation.unit.days(policy));
    for (p, period) in periods.iter().enumerate() {
        let period_at = periods_at.index(p);
        check_within_term(
            agreement,
            period.dates,
            "rotation period",
            period_at,
            Scope::Plain,
            sink,
        );
        let before = p.checked_sub(1).and_then(dates);
        let misordered = before.filter(|b| period.dates.first() < b.first());
        let overlaps = overlapped.get(p).copied().flatten();
        if misordered.is_some() || overlaps.is_some() {
            let mut figures = vec![Figure::new("dates", period.dates)];
            if let Some(before) = misordered {
                figures.push(Figure::new(
                    "listed_after",
                    periods_at.index(p - 1).to_path(),
                ));
                figures.push(Figure::new("listed_after_dates", before));
            }
            if let Some(q) = overlaps {
                figures.push(Figure::new("earlier", periods_at.index(q).to_path()));
                if let Some(earlier) = dates(q) {
                    figures.push(Figure::new("earlier_dates", earlier));
                }
            }
            let message = match (misordered.is_some(), overlaps.is_some()) {
                (true, true) => {
                    "the period is listed out of date order and overlaps an earlier one"
                }
                (true, false) => "the period is listed after a later one",
                _ => "the period overlaps an earlier one",
            };
            sink.push(
                RuleCode::AlternationPeriodsOrdered,
                period_at,
                Scope::Plain,
                message.to_owned(),
                figures,
            );
        }
        let length = period.dates.len_days();
        if !unit_days.contains(length) {
            sink.push(
                RuleCode::AlternationPeriodLength,
                period_at,
                Scope::Plain,
                format!(
                    "the period's length is outside the range of a {}",
                    rotation.unit
                ),
                vec![
                    Figure::new(
                        "limit",
                        FigureValue::phrase(
                            PhraseKey::Between,
                            [
                                unit_days.min().into(),
                                Quantity::count(unit_days.max(), Unit::Days).into(),
                            ],
                        ),
                    ),
                    Figure::new("actual", Quantity::count(length, Unit::Days)),
                ],
            );
        }
    }

    // The gap before each period runs from the furthest last day reached by the periods before
    // it, so a period inside a long one does not open a gap the long one closes.
    let mut furthest: Option<(usize, crate::DateRange)> = None;
    for &later in &order {
        let Some(b) = dates(later) else { continue };
        let Some((earlier, a)) = furthest else {
            furthest = Some((later, b));
            continue;
        };
        if b.last() > a.last() {
            furthest = Some((later, b));
        }
        let gap = a.gap_days_to(&b);
        if gap > i64::from(max_gap) {
            sink.push(
                RuleCode::AlternationPeriodGap,
                periods_at.index(later),
                Scope::Plain,
                "the gap before this period is too long".to_owned(),
                vec![
                    Figure::new("limit", Quantity::count(max_gap, Unit::Days)),
                    Figure::new("actual", Quantity::count(gap, Unit::Days)),
                    Figure::new("earlier", periods_at.index(earlier).to_path()),
                ],
            );
        }
    }
    rank
}
