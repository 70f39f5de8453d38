//! Indexes a rotation is checked with, each built once in `O(n log n)`: groups by id and their
//! members, the work placements that cover enterprise periods, and the places each host offers.
//! Building them reports the dangling ids they meet (`agreement.references_resolve`).

use chrono::NaiveDate;

use super::model::Rotation;
use crate::agreement::dangling;
use crate::check::{Loc, Sink};
use crate::{CooperationAgreement, DateRange, EnterpriseId, GroupId, Registry, StudentId};

/// The groups of a rotation, by id, with their members.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    /// The first group with each id, sorted by id: (id, position in the list).
    by_id: Vec<(GroupId, usize)>,
    /// For each group in the list, whether the rules look at it: it is the first with its id.
    usable: Vec<bool>,
    /// Whether two groups share an id (`agreement.unique_ids` reports them).
    pub(crate) duplicate_ids: bool,
    /// Whether a member of some group is not in the registry.
    pub(crate) dangling_member: bool,
    /// (student, group, position) for every resolved member of a usable group, sorted.
    pub(crate) by_student: Vec<(StudentId, usize, usize)>,
    /// (group, student, position) for every resolved member of a usable group, sorted, each
    /// student once per group (at their first position).
    by_group: Vec<(usize, StudentId, usize)>,
}

impl Groups {
    /// Indexes the groups of `rotation` (found at `at`), reporting members not in `registry`.
    pub(crate) fn build(
        rotation: &Rotation,
        registry: &Registry,
        at: Loc<'_>,
        sink: &mut Sink<'_>,
    ) -> Self {
        let mut by_id: Vec<(GroupId, usize)> = rotation
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| (group.id, g))
            .collect();
        by_id.sort_unstable();
        let before = by_id.len();
        by_id.dedup_by_key(|(id, _)| *id);
        let duplicate_ids = by_id.len() != before;
        let mut usable = vec![false; rotation.groups.len()];
        for &(_, g) in &by_id {
            if let Some(flag) = usable.get_mut(g) {
                *flag = true;
            }
        }

        let groups_at = at.field("groups");
        let mut dangling_member = false;
        let members = rotation.groups.iter().map(|g| g.members.len()).sum();
        let mut by_student = Vec::with_capacity(members);
        for (g, group) in rotation.groups.iter().enumerate() {
            let group_at = groups_at.index(g);
            let members_at = group_at.field("members");
            for (k, &student) in group.members.iter().enumerate() {
                if registry.student(student).is_none() {
                    dangling(sink, members_at.index(k), "student", student);
                    dangling_member = true;
                } else if usable.get(g).copied().unwrap_or(false) {
                    by_student.push((student, g, k));
                }
            }
        }
        by_student.sort_unstable();
        let mut by_group: Vec<(usize, StudentId, usize)> =
            by_student.iter().map(|&(s, g, k)| (g, s, k)).collect();
        by_group.sort_unstable();
        by_group.dedup_by_key(|(g, s, _)| (*g, *s));

        Self {
            by_id,
            usable,
            duplicate_ids,
            dangling_member,
            by_student,
            by_group,
        }
    }

    /// The position of the group the rules read for `id`: the first with that id.
    pub(crate) fn find(&self, id: GroupId) -> Option<usize> {
        self.by_id
            .binary_search_by_key(&id, |(id, _)| *id)
            .ok()
            .and_then(|i| self.by_id.get(i))
            .map(|(_, g)| *g)
    }

    /// The positions of the groups the rules read (the first with each id), in list order.
    pub(crate) fn usable(&self) -> impl Iterator<Item = usize> + '_ {
        self.usable
            .iter()
            .enumerate()
            .filter(|(_, ok)| **ok)
            .map(|(g, _)| g)
    }

    /// How many groups the rules read.
    pub(crate) fn usable_count(&self) -> usize {
        self.by_id.len()
    }

    /// How many resolved members the groups the rules read have, together.
    pub(crate) fn member_count(&self) -> usize {
        self.by_group.len()
    }

    /// The resolved members of group `g`, each once: (group, student, position).
    pub(crate) fn members(&self, g: usize) -> &[(usize, StudentId, usize)] {
        let lo = self.by_group.partition_point(|m| m.0 < g);
        let hi = self.by_group.partition_point(|m| m.0 <= g);
        self.by_group.get(lo..hi).unwrap_or(&[])
    }

    /// Whether `student` is a resolved member of some usable group.
    pub(crate) fn has_member(&self, student: StudentId) -> bool {
        let i = self.by_student.partition_point(|m| m.0 < student);
        self.by_student.get(i).is_some_and(|m| m.0 == student)
    }
}

/// The work placements of an agreement, by student and host, to tell which days of a period they
/// cover.
#[derive(Debug, Default)]
pub(crate) struct Cover {
    /// (student, host, first day, last day), sorted.
    placements: Vec<(StudentId, EnterpriseId, NaiveDate, NaiveDate)>,
    /// For each entry, the latest last day among the entries of its (student, host) up to it.
    reach: Vec<NaiveDate>,
    /// (student, first day, last day) of every work placement the engine skips (a dangling id, a
    /// later duplicate id), sorted: a period such a placement overlaps is not judged for that
    /// student, whatever host the placement names, so one fault raises one report.
    skipped: Vec<(StudentId, NaiveDate, NaiveDate)>,
}

impl Cover {
    /// Indexes the work placements `agreement` holds; `usable` tells which the engine skips.
    pub(crate) fn build(
        agreement: &CooperationAgreement,
        usable: crate::agreement::PlacementMarks<'_, '_>,
    ) -> Self {
        let mut skipped: Vec<(StudentId, NaiveDate, NaiveDate)> = agreement
            .placements
            .iter()
            .enumerate()
            .filter(|(i, p)| p.kind.is_work() && !usable.usable(*i))
            .map(|(_, p)| (p.student, p.dates.first(), p.dates.last()))
            .collect();
        skipped.sort_unstable();
        let mut placements = Vec::with_capacity(agreement.placements.len());
        placements.extend(
            agreement
                .placements
                .iter()
                .enumerate()
                .filter(|(i, p)| p.kind.is_work() && usable.usable(*i))
                .map(|(_, p)| (p.student, p.host, p.dates.first(), p.dates.last())),
        );
        placements.sort_unstable();
        let mut reach = Vec::with_capacity(placements.len());
        let mut previous: Option<(StudentId, EnterpriseId, NaiveDate)> = None;
        for &(student, host, _, last) in &placements {
            let furthest = match previous {
                Some((s, h, r)) if s == student && h == host => r.max(last),
                _ => last,
            };
            reach.push(furthest);
            previous = Some((student, host, furthest));
        }
        Self {
            placements,
            reach,
            skipped,
        }
    }

    /// The first day of `dates` that no work placement of `student` at `host` covers, if any
    /// (`None` too when a work placement of theirs that the engine skips overlaps `dates`).
    pub(crate) fn first_uncovered(
        &self,
        student: StudentId,
        host: EnterpriseId,
        dates: DateRange,
    ) -> Option<NaiveDate> {
        let key = (student, host);
        if self.skipped_overlap(student, dates) {
            return None;
        }
        let lo = self.placements.partition_point(|p| (p.0, p.1) < key);
        let hi = self.placements.partition_point(|p| (p.0, p.1) <= key);
        let (Some(run), Some(reach)) = (self.placements.get(lo..hi), self.reach.get(lo..hi)) else {
            return Some(dates.first());
        };
        let mut cursor = dates.first();
        // Each round jumps past the furthest day reached by the placements starting on or before
        // the cursor; a round that does not move the cursor ends the search.
        loop {
            let starts = run.partition_point(|p| p.2 <= cursor);
            let furthest = starts.checked_sub(1).and_then(|j| reach.get(j)).copied();
            match furthest {
                Some(day) if day >= dates.last() => return None,
                Some(day) if day >= cursor => cursor = day.succ_opt()?,
                _ => return Some(cursor),
            }
        }
    }
}

/// Where a member of a group split among several hosts is in a period ([`Cover::host_of`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HostOf {
    /// The named host they are at, with the first day of the period their work placements there
    /// leave uncovered (none: covered); none when no work placement of theirs at a named host
    /// overlaps the period.
    pub(crate) host: Option<(EnterpriseId, Option<NaiveDate>)>,
}

impl Cover {
    /// Where `student` is in the period `dates` among the hosts `named` ((host, position in the
    /// setting), sorted by host): of the named hosts, the first named whose work placements
    /// cover the period, else the first named where one overlaps it. `None` when a work placement
    /// of theirs that the engine skips overlaps the period (it is not judged). Reads only the
    /// student's own placements, each once, with a binary search among the named hosts.
    pub(crate) fn host_of(
        &self,
        student: StudentId,
        named: &[(EnterpriseId, usize)],
        dates: DateRange,
    ) -> Option<HostOf> {
        if self.skipped_overlap(student, dates) {
            return None;
        }
        let lo = self.placements.partition_point(|p| p.0 < student);
        let hi = self.placements.partition_point(|p| p.0 <= student);
        let theirs = self.placements.get(lo..hi).unwrap_or_default();
        // (covers, position, host, first uncovered day), best first by (not covering, position).
        let mut best: Option<(bool, usize, EnterpriseId, Option<NaiveDate>)> = None;
        for run in theirs.chunk_by(|a, b| a.1 == b.1) {
            let Some(&(_, host, _, _)) = run.first() else {
                continue;
            };
            let Ok(k) = named.binary_search_by_key(&host, |(h, _)| *h) else {
                continue;
            };
            let Some(&(_, position)) = named.get(k) else {
                continue;
            };
            let overlaps = run
                .iter()
                .any(|&(_, _, first, last)| first <= dates.last() && dates.first() <= last);
            if !overlaps {
                continue;
            }
            let uncovered = self.first_uncovered(student, host, dates);
            let candidate = (uncovered.is_some(), position, host, uncovered);
            if best.is_none_or(|b| (candidate.0, candidate.1) < (b.0, b.1)) {
                best = Some(candidate);
            }
        }
        Some(HostOf {
            host: best.map(|(_, _, host, day)| (host, day)),
        })
    }

    /// Whether a work placement of `student` that the engine skips overlaps `dates`.
    fn skipped_overlap(&self, student: StudentId, dates: DateRange) -> bool {
        let theirs = self.skipped.partition_point(|s| s.0 < student);
        self.skipped
            .get(theirs..)
            .unwrap_or_default()
            .iter()
            .take_while(|s| s.0 == student)
            .any(|&(_, first, last)| first <= dates.last() && dates.first() <= last)
    }
}

/// The places each resolved host offers, summed over its entries, sorted by host.
pub(crate) fn places(
    rotation: &Rotation,
    registry: &Registry,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) -> Vec<(EnterpriseId, u64)> {
    let places_at = at.field("places");
    let mut places = Vec::with_capacity(rotation.places.len());
    for (i, entry) in rotation.places.iter().enumerate() {
        if registry.enterprise(entry.host).is_none() {
            let entry_at = places_at.index(i);
            dangling(sink, entry_at.field("host"), "enterprise", entry.host);
        } else {
            places.push((entry.host, u64::from(entry.places)));
        }
    }
    places.sort_unstable();
    let mut summed: Vec<(EnterpriseId, u64)> = Vec::with_capacity(places.len());
    for (host, n) in places {
        match summed.last_mut() {
            Some((h, total)) if *h == host => *total = total.saturating_add(n),
            _ => summed.push((host, n)),
        }
    }
    summed
}

/// The places `host` offers in `places` (zero for a host with no entry).
pub(crate) fn places_of(places: &[(EnterpriseId, u64)], host: EnterpriseId) -> u64 {
    places
        .binary_search_by_key(&host, |(h, _)| *h)
        .ok()
        .and_then(|i| places.get(i))
        .map_or(0, |(_, n)| *n)
}
