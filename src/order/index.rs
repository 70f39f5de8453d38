//! Indexes over an order class, built once per check or view so that no rule looks an id up by
//! scanning a list: the intake by student, the requirements by id, the agreement's work
//! placements by student, and the production periods merged into runs. Each is a sorted vector
//! searched by bisection, O(n log n) to build.

use chrono::NaiveDate;

use super::model::{EmploymentCommitment, Enrollee, ProductionPeriod, Requirement};
use crate::{
    CooperationAgreement, DateRange, EnterpriseId, PostId, Registry, RequirementId, StudentId,
};

/// The intake's entries by student id: (student, position), sorted.
#[derive(Debug)]
pub(crate) struct IntakeIndex(Vec<(StudentId, usize)>);

impl IntakeIndex {
    pub(crate) fn new(intake: &[Enrollee]) -> Self {
        let mut keys: Vec<(StudentId, usize)> = intake
            .iter()
            .enumerate()
            .map(|(i, e)| (e.student, i))
            .collect();
        keys.sort_unstable();
        Self(keys)
    }

    /// The number of distinct students.
    pub(crate) fn distinct(&self) -> usize {
        self.0.chunk_by(|a, b| a.0 == b.0).count()
    }

    /// The entry the rules judge for `student`: the first that holds a commitment, or else the
    /// first. A student listed twice is one student of the intake, judged once.
    pub(crate) fn judged(&self, intake: &[Enrollee], student: StudentId) -> Option<usize> {
        let at = self.0.partition_point(|(s, _)| *s < student);
        let run = self.0.get(at..)?;
        let run = run.iter().take_while(|(s, _)| *s == student);
        let mut first = None;
        for &(_, position) in run {
            first.get_or_insert(position);
            if intake.get(position).is_some_and(|e| e.commitment.is_some()) {
                return Some(position);
            }
        }
        first
    }

    /// The distinct students, each with the positions of their entries.
    pub(crate) fn runs(&self) -> impl Iterator<Item = &[(StudentId, usize)]> {
        self.0.chunk_by(|a, b| a.0 == b.0)
    }
}

/// The requirements by id, sorted, with whether a module covers and an exam assesses each id. A
/// duplicated id (reported by `agreement.unique_ids`) resolves to its first holder, and its marks
/// hold for every requirement with that id.
#[derive(Debug)]
pub(crate) struct RequirementIndex(Vec<Slot>);

#[derive(Debug, Clone, Copy)]
struct Slot {
    id: RequirementId,
    position: usize,
    taught: bool,
    assessed: bool,
}

impl RequirementIndex {
    pub(crate) fn new(requirements: &[Requirement]) -> Self {
        let mut slots: Vec<Slot> = requirements
            .iter()
            .enumerate()
            .map(|(position, r)| Slot {
                id: r.id,
                position,
                taught: false,
                assessed: false,
            })
            .collect();
        slots.sort_unstable_by_key(|s| (s.id, s.position));
        Self(slots)
    }

    fn slot_mut(&mut self, id: RequirementId) -> Option<&mut Slot> {
        let at = self.0.partition_point(|s| s.id < id);
        self.0.get_mut(at).filter(|s| s.id == id)
    }

    /// The position in the class's list of the first requirement with `id`.
    pub(crate) fn position_of(&self, id: RequirementId) -> Option<usize> {
        let at = self.0.partition_point(|s| s.id < id);
        self.0.get(at).filter(|s| s.id == id).map(|s| s.position)
    }

    /// Records that a module covers `id`; `false` when no requirement has that id.
    pub(crate) fn mark_taught(&mut self, id: RequirementId) -> bool {
        self.slot_mut(id).map(|s| s.taught = true).is_some()
    }

    /// Records that an exam assesses `id`; `false` when no requirement has that id.
    pub(crate) fn mark_assessed(&mut self, id: RequirementId) -> bool {
        self.slot_mut(id).map(|s| s.assessed = true).is_some()
    }

    /// Calls `f(position, taught, assessed)` for every requirement, with the marks of its id.
    pub(crate) fn for_each(&self, mut f: impl FnMut(usize, bool, bool)) {
        for run in self.0.chunk_by(|a, b| a.id == b.id) {
            let Some(first) = run.first() else { continue };
            for slot in run {
                f(slot.position, first.taught, first.assessed);
            }
        }
    }
}

/// The agreement's work placements by student: (student, last day, position), sorted. Only the
/// placements `usable` admits count: the rules pass the engine's marks (a placement with a
/// dangling id or a later duplicate id is skipped, RULES.md "No cascades"); the handover view
/// admits every work placement as recorded.
#[derive(Debug)]
pub(crate) struct InternshipIndex(Vec<(StudentId, NaiveDate, usize, bool)>);

impl InternshipIndex {
    pub(crate) fn new(agreement: &CooperationAgreement, usable: impl Fn(usize) -> bool) -> Self {
        let mut keys = Vec::with_capacity(agreement.placements.len());
        keys.extend(
            agreement
                .placements
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind.is_work())
                .map(|(i, p)| (p.student, p.dates.last(), i, usable(i))),
        );
        keys.sort_unstable();
        Self(keys)
    }

    /// The student's latest work placement: its last day and position (the last listed among
    /// those ending on the latest day). `None` also when that placement is one the rules skip:
    /// the student is then not judged, rather than judged by an earlier placement.
    pub(crate) fn latest(&self, student: StudentId) -> Option<(NaiveDate, usize)> {
        let end = self.0.partition_point(|(s, _, _, _)| *s <= student);
        end.checked_sub(1)
            .and_then(|i| self.0.get(i))
            .filter(|(s, _, _, usable)| *s == student && *usable)
            .map(|(_, last, pos, _)| (*last, *pos))
    }
}

/// Where a student stands with the job at enrollment (`order.job_at_enrollment`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CommitmentStatus {
    /// A commitment from the ordering enterprise, signed on or before the enrollment date.
    Held,
    /// No commitment.
    Missing,
    /// The commitment's post does not resolve (`agreement.references_resolve`).
    UnknownPost(PostId),
    /// A commitment from another enterprise (`employer`, when so), or signed after the enrollment
    /// date (`signed_late`), or both.
    Faulty {
        /// The enterprise that holds the commitment's post, when it is not the ordering one.
        employer: Option<EnterpriseId>,
        /// Whether it was signed after the enrollment date.
        signed_late: bool,
    },
}

/// How `commitment` stands against the job-at-enrollment rule of a class enrolling on
/// `enrolled_on` for `ordering`. The employer is judged only when the ordering enterprise
/// resolves (`ordering` is `None` otherwise).
pub(crate) fn commitment_status(
    commitment: Option<&EmploymentCommitment>,
    registry: &Registry,
    ordering: Option<EnterpriseId>,
    enrolled_on: NaiveDate,
) -> CommitmentStatus {
    let Some(commitment) = commitment else {
        return CommitmentStatus::Missing;
    };
    let Some((holder, _)) = registry.post(commitment.post) else {
        return CommitmentStatus::UnknownPost(commitment.post);
    };
    let employer = ordering
        .filter(|ordering| holder.id != *ordering)
        .map(|_| holder.id);
    let signed_late = commitment.signed_on > enrolled_on;
    if employer.is_none() && !signed_late {
        CommitmentStatus::Held
    } else {
        CommitmentStatus::Faulty {
            employer,
            signed_late,
        }
    }
}

/// The production periods merged into runs: periods that overlap or follow with no gap form one
/// run. Sorted by first day, disjoint, with gaps of at least one day between runs.
pub(crate) fn production_runs(periods: &[ProductionPeriod]) -> Vec<DateRange> {
    let mut sorted: Vec<DateRange> = periods.iter().map(|p| p.dates).collect();
    sorted.sort_unstable();
    let mut runs: Vec<DateRange> = Vec::with_capacity(sorted.len());
    for dates in sorted {
        match runs.last_mut() {
            // Overlapping or consecutive: the gap is zero or negative.
            Some(run) if run.gap_days_to(&dates) <= 0 => {
                if dates.last() > run.last() {
                    if let Ok(longer) = DateRange::new(run.first(), dates.last()) {
                        *run = longer;
                    }
                }
            }
            _ => runs.push(dates),
        }
    }
    runs
}

/// The run of `runs` (from [`production_runs`]) holding `day`, if any.
pub(crate) fn run_holding(runs: &[DateRange], day: NaiveDate) -> Option<DateRange> {
    let after = runs.partition_point(|run| run.first() <= day);
    after
        .checked_sub(1)
        .and_then(|i| runs.get(i))
        .filter(|run| run.contains(day))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn period(first: NaiveDate, last: NaiveDate) -> ProductionPeriod {
        ProductionPeriod::new(
            crate::PeriodId::from_u128(1),
            DateRange::new(first, last).unwrap(),
        )
    }

    #[test]
    fn runs_merge_overlapping_and_consecutive_periods_but_not_gaps() {
        let runs = production_runs(&[
            period(d(5, 1), d(5, 31)),
            period(d(3, 1), d(3, 31)),
            period(d(4, 1), d(4, 10)),
            period(d(4, 5), d(4, 20)),
            period(d(4, 22), d(4, 30)),
        ]);
        assert_eq!(
            runs,
            vec![
                DateRange::new(d(3, 1), d(4, 20)).unwrap(),
                DateRange::new(d(4, 22), d(5, 31)).unwrap(),
            ]
        );
        assert_eq!(run_holding(&runs, d(4, 21)), None);
        assert_eq!(run_holding(&runs, d(2, 28)), None);
        assert_eq!(run_holding(&runs, d(5, 31)), runs.get(1).copied());
        assert_eq!(run_holding(&runs, d(3, 1)), runs.first().copied());
    }

    #[test]
    fn a_period_inside_another_keeps_the_longer_end() {
        let runs = production_runs(&[period(d(3, 1), d(6, 30)), period(d(4, 1), d(4, 2))]);
        assert_eq!(runs, vec![DateRange::new(d(3, 1), d(6, 30)).unwrap()]);
    }

    #[test]
    fn latest_internship_is_found_by_bisection() {
        let index = InternshipIndex(vec![
            (StudentId::from_u128(1), d(3, 1), 4, true),
            (StudentId::from_u128(2), d(3, 1), 0, true),
            (StudentId::from_u128(2), d(6, 1), 2, true),
            (StudentId::from_u128(3), d(1, 1), 1, true),
            (StudentId::from_u128(4), d(1, 1), 5, true),
            (StudentId::from_u128(4), d(2, 1), 6, false),
        ]);
        assert_eq!(index.latest(StudentId::from_u128(2)), Some((d(6, 1), 2)));
        assert_eq!(index.latest(StudentId::from_u128(1)), Some((d(3, 1), 4)));
        assert_eq!(index.latest(StudentId::from_u128(9)), None);
        assert_eq!(index.latest(StudentId::from_u128(0)), None);
        // The latest is skipped by the rules: no fallback to the earlier one.
        assert_eq!(index.latest(StudentId::from_u128(4)), None);
    }
}
