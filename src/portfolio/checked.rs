//! A portfolio kept checked while it is edited: each edit re-checks the agreement it changes and
//! re-runs the cross-agreement rules only for the ids, students and hosts it touches.

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use super::rules::{self, AgreementKey, Held};
use crate::agreement::AgreementIndex;
use crate::check::{Loc, Sink};
use crate::element::Keyed;
use crate::registry::IdMap;
use crate::{
    CheckContext, CooperationAgreement, Error, Policy, Portfolio, Report, RuleCode, Violation,
};

/// A portfolio with its report, kept current as agreements are added, replaced and removed.
///
/// An internship office that edits one placement of a province wants the province's report at
/// once. [`CheckedPortfolio::replace`] re-checks the one agreement, then re-runs the
/// cross-agreement rules (`portfolio.*`) only for what the edit can change: the agreement ids and
/// element ids it held or holds, and the students and hosts of its placements, before and after.
/// [`CheckedPortfolio::report`] is always the report [`Portfolio::check`] gives for
/// [`CheckedPortfolio::portfolio`], byte for byte.
///
/// Costs: building it checks everything once, like [`Portfolio::check`], and keeps an index of
/// ids, students and hosts (a few dozen bytes per placement). Replacing or adding an agreement
/// costs its own check plus the groups it touches. Removing one renumbers what the indices hold
/// (linear in the placements and elements of the portfolio, without checking anything again),
/// then checks again each later agreement that has violations (their paths name their
/// positions) and every cross-agreement group that has violations: on a portfolio with many
/// faults that approaches a full check. [`CheckedPortfolio::report`] copies the violations found,
/// in report order. User-defined rules ([`Portfolio::check_with`]) are not run.
///
/// ```
/// use school_enterprise::portfolio::CheckedPortfolio;
/// use school_enterprise::{Policy, Portfolio};
///
/// let portfolio: Portfolio = serde_json::from_str(include_str!("../../tests/fixtures/portfolio.json"))?;
/// let policy = Policy::cn();
/// let mut checked = CheckedPortfolio::new(portfolio, policy.clone());
/// // The office withdraws the last placement of the first agreement.
/// checked.edit(0, |agreement| {
///     agreement.placements.pop();
/// })?;
/// assert_eq!(checked.report(), checked.portfolio().check(&policy));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct CheckedPortfolio {
    portfolio: Portfolio,
    policy: Policy,
    /// What each agreement's check found and summarized, by position.
    entries: Vec<Entry>,
    /// The positions of the agreements with each id.
    by_agreement_id: IdMap<Uuid, Vec<usize>>,
    /// The positions of the agreements that hold an element with each id.
    by_element_id: IdMap<(u64, u64), Vec<usize>>,
    /// The positions of the agreements with a placement of each student (registry position).
    by_student: IdMap<usize, Vec<usize>>,
    /// The positions of the agreements with a placement at each host (registry position).
    by_host: IdMap<usize, Vec<usize>>,
    /// The positions of the agreements that mention each id: among them, the parties whose
    /// registry entries their check reads.
    by_mention: IdMap<Uuid, Vec<usize>>,
    /// The cross-agreement rules' violations, by the group they were found in.
    found: BTreeMap<Group, Vec<Violation>>,
}

/// One agreement's share of the state.
#[derive(Debug)]
struct Entry {
    /// Its violations (every rule but the cross-agreement ones), with their paths in the
    /// portfolio.
    own: Vec<Violation>,
    key: AgreementKey,
    held: Vec<Held>,
    /// For each placement, whether `portfolio.unique_ids` reported it (the other portfolio rules
    /// skip it).
    skipped: Vec<bool>,
    keys: Vec<Keyed>,
    /// The ids it mentions, sorted and once each.
    mentions: Vec<Uuid>,
}

/// A group the cross-agreement rules run over on its own. The order is the order in which a full
/// check pushes their violations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Agreement(Uuid),
    Element((u64, u64)),
    Student(usize),
    Host(usize),
}

/// The groups an edit touches.
#[derive(Debug, Default)]
struct Touched {
    agreements: BTreeSet<Uuid>,
    elements: BTreeSet<(u64, u64)>,
    students: BTreeSet<usize>,
    hosts: BTreeSet<usize>,
}

impl CheckedPortfolio {
    /// Checks `portfolio` under `policy` and keeps what the check found.
    pub fn new(portfolio: Portfolio, policy: Policy) -> Self {
        let mut checked = Self {
            portfolio,
            policy,
            entries: Vec::new(),
            by_agreement_id: IdMap::default(),
            by_element_id: IdMap::default(),
            by_student: IdMap::default(),
            by_host: IdMap::default(),
            by_mention: IdMap::default(),
            found: BTreeMap::new(),
        };
        let entries = checked.check_range(0..checked.portfolio.agreements.len());
        checked.entries = entries;
        let mut touched = Touched::default();
        for i in 0..checked.entries.len() {
            checked.index(i, &mut touched);
        }
        checked.refresh(touched);
        checked
    }

    /// The portfolio as edited.
    pub fn portfolio(&self) -> &Portfolio {
        &self.portfolio
    }

    /// The policy it is checked under.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The portfolio, giving up what was found.
    pub fn into_portfolio(self) -> Portfolio {
        self.portfolio
    }

    /// The report of the portfolio as edited: [`Portfolio::check`]'s.
    pub fn report(&self) -> Report {
        let own = self.entries.iter().flat_map(|e| e.own.iter());
        let found = self.found.values().flatten();
        Report::from_violations(own.chain(found).cloned().collect())
    }

    /// Replaces the agreement at `position`, giving back the one it replaces.
    ///
    /// # Errors
    ///
    /// [`Error::NoAgreementAt`] when the portfolio has no agreement at `position`.
    pub fn replace(
        &mut self,
        position: usize,
        agreement: CooperationAgreement,
    ) -> Result<CooperationAgreement, Error> {
        let mut old = None;
        self.edit(position, |slot| {
            old = Some(std::mem::replace(slot, agreement))
        })?;
        let len = self.portfolio.agreements.len();
        old.ok_or(Error::NoAgreementAt { position, len })
    }

    /// Changes the agreement at `position` in place with `change`, then updates the report.
    ///
    /// Should `change` panic, the agreement is checked again as `change` left it while the panic
    /// unwinds, so a caller that catches the panic still holds a report that matches its portfolio.
    ///
    /// # Errors
    ///
    /// [`Error::NoAgreementAt`] when the portfolio has no agreement at `position`.
    pub fn edit(
        &mut self,
        position: usize,
        change: impl FnOnce(&mut CooperationAgreement),
    ) -> Result<(), Error> {
        let len = self.portfolio.agreements.len();
        if position >= len {
            return Err(Error::NoAgreementAt { position, len });
        }
        let mut touched = Touched::default();
        self.unindex(position, &mut touched);
        let edited = Edited {
            checked: self,
            position,
            touched,
        };
        if let Some(slot) = edited.checked.portfolio.agreements.get_mut(position) {
            change(slot);
        }
        // Dropping `edited` checks the agreement again.
        drop(edited);
        Ok(())
    }

    /// Adds an agreement after the last.
    pub fn push(&mut self, agreement: CooperationAgreement) {
        let position = self.portfolio.agreements.len();
        self.portfolio.agreements.push(agreement);
        let mut entries = self.check_range(position..position + 1);
        self.entries.append(&mut entries);
        let mut touched = Touched::default();
        self.index(position, &mut touched);
        self.refresh(touched);
    }

    /// Removes the agreement at `position` and gives it back; the later agreements move up one.
    ///
    /// # Errors
    ///
    /// [`Error::NoAgreementAt`] when the portfolio has no agreement at `position`.
    pub fn remove(&mut self, position: usize) -> Result<CooperationAgreement, Error> {
        let len = self.portfolio.agreements.len();
        if position >= len {
            return Err(Error::NoAgreementAt { position, len });
        }
        let mut touched = Touched::default();
        self.unindex(position, &mut touched);
        let removed = self.portfolio.agreements.remove(position);
        self.entries.remove(position);
        // Every later agreement moves up one: its summary is renumbered, and what was found in
        // it (whose paths name its position) is found again.
        let moved = |p: &mut usize| {
            if *p > position {
                *p -= 1;
            }
        };
        for list in self
            .by_agreement_id
            .values_mut()
            .chain(self.by_element_id.values_mut())
            .chain(self.by_student.values_mut())
            .chain(self.by_host.values_mut())
            .chain(self.by_mention.values_mut())
        {
            list.iter_mut().for_each(moved);
        }
        for later in position..self.entries.len() {
            let Some(entry) = self.entries.get_mut(later) else {
                continue;
            };
            entry.key.position = later;
            entry.held.iter_mut().for_each(|h| h.agreement = later);
            entry.keys.iter_mut().for_each(|k| k.agreement = later);
            if !entry.own.is_empty() {
                let skipped = std::mem::take(&mut entry.skipped);
                self.recheck(later);
                if let Some(entry) = self.entries.get_mut(later) {
                    entry.skipped = skipped;
                }
            }
        }
        for group in self.found.keys() {
            match *group {
                Group::Agreement(id) => touched.agreements.insert(id),
                Group::Element(id) => touched.elements.insert(id),
                Group::Student(s) => touched.students.insert(s),
                Group::Host(h) => touched.hosts.insert(h),
            };
        }
        self.refresh(touched);
        Ok(removed)
    }

    /// Replaces the student with `student`'s id in the registry, giving back the one replaced,
    /// and checks again the agreements that mention the student.
    ///
    /// # Errors
    ///
    /// As [`Registry::replace_student`](crate::Registry::replace_student); the portfolio is then
    /// unchanged.
    pub fn replace_student(&mut self, student: crate::Student) -> Result<crate::Student, Error> {
        let old = self.portfolio.registry.replace_student(student)?;
        self.registry_changed(vec![*old.id.as_uuid()], None);
        Ok(old)
    }

    /// Replaces the instructor with `instructor`'s id in the registry, giving back the one
    /// replaced, and checks again the agreements that mention the instructor.
    ///
    /// # Errors
    ///
    /// As [`Registry::replace_instructor`](crate::Registry::replace_instructor); the portfolio
    /// is then unchanged.
    pub fn replace_instructor(
        &mut self,
        instructor: crate::Instructor,
    ) -> Result<crate::Instructor, Error> {
        let old = self.portfolio.registry.replace_instructor(instructor)?;
        self.registry_changed(vec![*old.id.as_uuid()], None);
        Ok(old)
    }

    /// Replaces the enterprise with `enterprise`'s id in the registry, posts included, giving
    /// back the one replaced, and checks again the agreements that mention the enterprise or
    /// one of its posts (before or after), and its intern shares.
    ///
    /// # Errors
    ///
    /// As [`Registry::replace_enterprise`](crate::Registry::replace_enterprise); the portfolio
    /// is then unchanged.
    pub fn replace_enterprise(
        &mut self,
        enterprise: crate::Enterprise,
    ) -> Result<crate::Enterprise, Error> {
        let new_posts: Vec<Uuid> = enterprise.posts.iter().map(|p| *p.id.as_uuid()).collect();
        let old = self.portfolio.registry.replace_enterprise(enterprise)?;
        let mut ids = new_posts;
        ids.push(*old.id.as_uuid());
        ids.extend(old.posts.iter().map(|p| *p.id.as_uuid()));
        let host = self.portfolio.registry.enterprise_position(old.id);
        self.registry_changed(ids, host);
        Ok(old)
    }

    /// Replaces the school with `school`'s id in the registry, campus sites included, giving
    /// back the one replaced, and checks again the agreements that mention the school or one of
    /// its sites (before or after).
    ///
    /// # Errors
    ///
    /// As [`Registry::replace_school`](crate::Registry::replace_school); the portfolio is then
    /// unchanged.
    pub fn replace_school(&mut self, school: crate::School) -> Result<crate::School, Error> {
        let new_sites: Vec<Uuid> = school.sites.iter().map(|s| *s.id.as_uuid()).collect();
        let old = self.portfolio.registry.replace_school(school)?;
        let mut ids = new_sites;
        ids.push(*old.id.as_uuid());
        ids.extend(old.sites.iter().map(|s| *s.id.as_uuid()));
        self.registry_changed(ids, None);
        Ok(old)
    }

    /// Checks again the agreements that mention any of `ids`, and the intern shares of `host`.
    fn registry_changed(&mut self, ids: Vec<Uuid>, host: Option<usize>) {
        let affected: BTreeSet<usize> = ids
            .iter()
            .filter_map(|id| self.by_mention.get(id))
            .flatten()
            .copied()
            .collect();
        let mut touched = Touched::default();
        for position in affected {
            self.unindex(position, &mut touched);
            self.recheck(position);
            self.index(position, &mut touched);
        }
        touched.hosts.extend(host);
        self.refresh(touched);
    }

    /// Checks the agreements in `range` on their own.
    fn check_range(&self, range: std::ops::Range<usize>) -> Vec<Entry> {
        let ctx = CheckContext::new(&self.portfolio.registry, &self.policy);
        let mut sink = Sink::new(&self.policy);
        let mut index = AgreementIndex::default();
        let mut entries = Vec::with_capacity(range.len());
        for i in range {
            let Some(agreement) = self.portfolio.agreements.get(i) else {
                continue;
            };
            entries.push(check_one(i, agreement, &ctx, &mut index, &mut sink));
        }
        entries
    }

    /// Checks the agreement at `position` again (its index entries are left to the caller).
    fn recheck(&mut self, position: usize) {
        if let Some(entry) = self.check_range(position..position + 1).pop() {
            if let Some(slot) = self.entries.get_mut(position) {
                *slot = entry;
            }
        }
    }

    /// Adds the agreement at `position` to the indices, noting the groups it is in.
    fn index(&mut self, position: usize, touched: &mut Touched) {
        let Some(entry) = self.entries.get(position) else {
            return;
        };
        for id in &entry.mentions {
            let list = self.by_mention.entry(*id).or_default();
            if let Err(at) = list.binary_search(&position) {
                list.insert(at, position);
            }
        }
        for group in groups_of(entry) {
            let list = match group {
                Group::Agreement(id) => self.by_agreement_id.entry(id).or_default(),
                Group::Element(id) => self.by_element_id.entry(id).or_default(),
                Group::Student(s) => self.by_student.entry(s).or_default(),
                Group::Host(h) => self.by_host.entry(h).or_default(),
            };
            if let Err(at) = list.binary_search(&position) {
                list.insert(at, position);
            }
            touched.add(group);
        }
    }

    /// Takes the agreement at `position` out of the indices, noting the groups it was in.
    fn unindex(&mut self, position: usize, touched: &mut Touched) {
        let Some(entry) = self.entries.get(position) else {
            return;
        };
        for id in &entry.mentions {
            take_out(&mut self.by_mention, *id, position);
        }
        for group in groups_of(entry) {
            match group {
                Group::Agreement(id) => take_out(&mut self.by_agreement_id, id, position),
                Group::Element(id) => take_out(&mut self.by_element_id, id, position),
                Group::Student(s) => take_out(&mut self.by_student, s, position),
                Group::Host(h) => take_out(&mut self.by_host, h, position),
            }
            touched.add(group);
        }
    }

    /// Runs the cross-agreement rules again for the touched groups. Element ids go first: which
    /// placements they skip decides which students and hosts are touched too.
    fn refresh(&mut self, mut touched: Touched) {
        let Self {
            portfolio,
            policy,
            entries,
            by_agreement_id,
            by_element_id,
            by_student,
            by_host,
            found,
            ..
        } = self;
        let mut sink = Sink::new(policy);
        let agreements = Loc::Root.field("agreements");
        let paths = |a: usize, ordinals: &[usize]| {
            portfolio
                .agreements
                .get(a)
                .map_or_else(Vec::new, |agreement| {
                    crate::element::paths_of(agreement, agreements.index(a), ordinals)
                })
        };
        for id in std::mem::take(&mut touched.elements) {
            let holders = by_element_id.get(&id).map_or(&[][..], Vec::as_slice);
            // Each entry's keys are sorted, id first: the keys of this id are one run of them.
            let mut keys: Vec<Keyed> = holders
                .iter()
                .filter_map(|&p| entries.get(p))
                .flat_map(|e| {
                    let from = e.keys.partition_point(|k| k.id < id);
                    let to = e.keys.partition_point(|k| k.id <= id);
                    e.keys.get(from..to).unwrap_or_default().iter().copied()
                })
                .collect();
            keys.sort_unstable();
            let skipped = if holders.len() > 1 {
                rules::unique_element_ids(&keys, &paths, &mut sink)
            } else {
                Vec::new()
            };
            set_found(found, Group::Element(id), sink.take());
            // The placements with this id: skipped exactly when reported now.
            for key in keys.iter().filter(|k| k.kind == crate::PlacementId::KIND) {
                let now = skipped.contains(&(key.agreement, key.ordinal));
                let Some(entry) = entries.get_mut(key.agreement) else {
                    continue;
                };
                let Some(flag) = entry.skipped.get_mut(key.ordinal) else {
                    continue;
                };
                if *flag != now {
                    *flag = now;
                    if let Some(parties) = entry.held.get(key.ordinal).and_then(|h| h.parties) {
                        touched.students.insert(parties.student);
                        touched.hosts.insert(parties.host);
                    }
                }
            }
        }
        for id in std::mem::take(&mut touched.agreements) {
            let holders = by_agreement_id.get(&id).map_or(&[][..], Vec::as_slice);
            if holders.len() > 1 {
                let mut keys: Vec<AgreementKey> = holders
                    .iter()
                    .filter_map(|&p| Some(entries.get(p)?.key))
                    .collect();
                rules::unique_agreement_ids(&mut keys, &mut sink);
            }
            set_found(found, Group::Agreement(id), sink.take());
        }
        if sink.wants(RuleCode::PortfolioStudentOverlap) {
            let students = std::mem::take(&mut touched.students);
            let held = usable(entries, by_student, &students, |p| p.student);
            for student in students {
                let mut run = placements_of(&held, student);
                if run.len() > 1 {
                    rules::overlaps_of_student(&mut run, &mut sink);
                }
                set_found(found, Group::Student(student), sink.take());
            }
        }
        if rules::wants_shares(&sink) {
            let hosts = std::mem::take(&mut touched.hosts);
            let held = usable(entries, by_host, &hosts, |p| p.host);
            for host in hosts {
                let run = placements_of(&held, host);
                rules::shares_at_host(&portfolio.registry, host, &run, &mut sink);
                set_found(found, Group::Host(host), sink.take());
            }
        }
    }
}

/// The placements the portfolio rules may look at whose party (`party`: the student or the
/// host) is one of `parties`, from the agreements `index` lists for them, each agreement read
/// once: sorted by party, then in portfolio order.
fn usable<'e>(
    entries: &'e [Entry],
    index: &IdMap<usize, Vec<usize>>,
    parties: &BTreeSet<usize>,
    party: impl Fn(&rules::Parties) -> usize,
) -> Vec<(usize, &'e Held)> {
    let mut agreements: Vec<usize> = parties
        .iter()
        .filter_map(|p| index.get(p))
        .flatten()
        .copied()
        .collect();
    agreements.sort_unstable();
    agreements.dedup();
    let mut held: Vec<(usize, &Held)> = agreements
        .iter()
        .filter_map(|&p| entries.get(p))
        .flat_map(|e| e.held.iter().zip(&e.skipped))
        .filter(|(_, skipped)| !**skipped)
        .filter_map(|(h, _)| Some((party(h.parties.as_ref()?), h)))
        .filter(|(p, _)| parties.contains(p))
        .collect();
    // Stable: each party's placements stay in portfolio order.
    held.sort_by_key(|(p, _)| *p);
    held
}

/// The placements of `party` in `held` (sorted by party).
fn placements_of<'e>(held: &[(usize, &'e Held)], party: usize) -> Vec<&'e Held> {
    let from = held.partition_point(|(p, _)| *p < party);
    let to = held.partition_point(|(p, _)| *p <= party);
    held.get(from..to)
        .unwrap_or_default()
        .iter()
        .map(|(_, h)| *h)
        .collect()
}

/// Takes `position` out of the list of `key`, and the list out of `index` once it is empty, so
/// that the indices hold what the portfolio holds, whatever edits came before.
fn take_out<K: std::hash::Hash + Eq>(index: &mut IdMap<K, Vec<usize>>, key: K, position: usize) {
    if let Some(list) = index.get_mut(&key) {
        if let Ok(at) = list.binary_search(&position) {
            list.remove(at);
        }
        if list.is_empty() {
            index.remove(&key);
        }
    }
}

/// Keeps `violations` as what `group` holds.
fn set_found(
    found: &mut BTreeMap<Group, Vec<Violation>>,
    group: Group,
    violations: Vec<Violation>,
) {
    if violations.is_empty() {
        found.remove(&group);
    } else {
        found.insert(group, violations);
    }
}

/// An agreement taken out of the indices to be changed: dropping this checks it again and puts
/// it back, also when the change panics.
struct Edited<'c> {
    checked: &'c mut CheckedPortfolio,
    position: usize,
    touched: Touched,
}

impl Drop for Edited<'_> {
    fn drop(&mut self) {
        let mut touched = std::mem::take(&mut self.touched);
        self.checked.recheck(self.position);
        self.checked.index(self.position, &mut touched);
        self.checked.refresh(touched);
    }
}

impl Touched {
    fn add(&mut self, group: Group) {
        match group {
            Group::Agreement(id) => self.agreements.insert(id),
            Group::Element(id) => self.elements.insert(id),
            Group::Student(s) => self.students.insert(s),
            Group::Host(h) => self.hosts.insert(h),
        };
    }
}

/// Checks the agreement at position `i` into a fresh entry.
fn check_one<'r>(
    i: usize,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'r>,
    index: &mut AgreementIndex<'r>,
    sink: &mut Sink<'_>,
) -> Entry {
    let root = Loc::Root;
    let at = root.field("agreements");
    crate::agreement::check_into(agreement, ctx, at.index(i), index, sink);
    let mut summary = super::Summary::default();
    summary.add(i, agreement, index);
    let (key, held, keys) = summary.into_parts();
    // Its own elements' ids are among them: ids are unique only within a kind, so a placement
    // may share its UUID with a student, and is kept (an extra mention costs only a re-check).
    let mut mentions = super::mentions::ids_in(agreement);
    mentions.sort_unstable();
    mentions.dedup();
    Entry {
        mentions,
        own: sink.take(),
        key: key.unwrap_or(AgreementKey {
            id: *agreement.id.as_uuid(),
            first_day: agreement.validity.first(),
            position: i,
        }),
        skipped: vec![false; held.len()],
        held,
        keys,
    }
}

/// Every group an agreement is in: its id, its elements' ids, its placements' students and hosts.
fn groups_of(entry: &Entry) -> impl Iterator<Item = Group> + '_ {
    let id = std::iter::once(Group::Agreement(entry.key.id));
    let elements = entry.keys.iter().map(|k| Group::Element(k.id));
    let parties = entry.held.iter().filter_map(|h| h.parties);
    let people = parties.flat_map(|p| [Group::Student(p.student), Group::Host(p.host)]);
    id.chain(elements).chain(people)
}
