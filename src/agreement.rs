//! The cooperation agreement, its mode, and the rules every agreement follows (`agreement.*`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::check::{Figure, FigureValue, Loc, PhraseKey, Quantity, Scope, Sink, Unit};
use crate::element::{self, Clash};
use crate::placement::rules as placement_rules;
use crate::worktime::{self, Worker};
use crate::{
    AgreementId, CheckContext, DateRange, EnterpriseId, Exemption, Mode, Placement, PlacementId,
    Policy, Registry, Report, Rule, RuleCode, SchoolId,
};

/// Which side of the cooperation contributes something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The school.
    School,
    /// The enterprise.
    Enterprise,
}

/// What a side contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ContributionKind {
    /// Space (buildings, floor area, land).
    Space,
    /// Equipment.
    Equipment,
    /// Raw material.
    Material,
    /// Staff (teachers, professionals, supervisors).
    Staff,
    /// Funding.
    Funding,
    /// Posts for students.
    Posts,
}

/// One thing a side brings to the cooperation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Contribution {
    /// Who contributes.
    pub side: Side,
    /// What kind of thing.
    pub kind: ContributionKind,
    /// A description for people. In JSON it may be left out (empty, and then not written); when
    /// given it has a visible character (see [`Name`](crate::Name)).
    #[serde(
        default,
        deserialize_with = "crate::party::description",
        skip_serializing_if = "String::is_empty"
    )]
    pub description: String,
}

impl Contribution {
    /// A contribution of `kind` by `side`, described by `description`.
    ///
    /// The description is a [`Name`](crate::Name) like every other text the API takes; in JSON
    /// it stays free text that may be left out (empty), and is refused when given without a
    /// visible character.
    pub fn new(side: Side, kind: ContributionKind, description: crate::Name) -> Self {
        Self {
            side,
            kind,
            description: description.into(),
        }
    }
}

/// An agreement between one school and one enterprise to cooperate in one mode.
///
/// ```
/// use chrono::NaiveDate;
/// use school_enterprise::*;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let agreement = CooperationAgreement::builder()
///     .id(AgreementId::from_u128(1))
///     .school(SchoolId::from_u128(2))
///     .enterprise(EnterpriseId::from_u128(3))
///     .validity(DateRange::new(d(2026, 9, 1), d(2029, 8, 31))?)
///     .signed_on(d(2026, 6, 30))
///     .mode(Mode::Interaction(interaction::Interaction::new()))
///     .build()?;
/// // Neither party is in this empty registry: only the dangling ids are reported.
/// let report = agreement.check(&Registry::default(), &Policy::cn());
/// assert_eq!(report.with_code(RuleCode::AgreementReferencesResolve).count(), 2);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CooperationAgreement {
    /// The agreement's id.
    pub id: AgreementId,
    /// The school.
    pub school: SchoolId,
    /// The enterprise.
    pub enterprise: EnterpriseId,
    /// The days the agreement is in force.
    pub validity: DateRange,
    /// The day it was signed.
    #[serde(deserialize_with = "crate::date_serde::date")]
    pub signed_on: NaiveDate,
    /// What each side contributes.
    #[serde(default)]
    pub contributions: Vec<Contribution>,
    /// The mode and its model.
    pub mode: Mode,
    /// The placements it holds.
    #[serde(default)]
    pub placements: Vec<Placement>,
    /// Exemptions filed for its placements.
    #[serde(default)]
    pub exemptions: Vec<Exemption>,
}

impl CooperationAgreement {
    /// An agreement with no contributions, placements or exemptions yet.
    #[deprecated(
        note = "use CooperationAgreementBuilder: `CooperationAgreement::builder()` names each field"
    )]
    pub fn new(
        id: AgreementId,
        school: SchoolId,
        enterprise: EnterpriseId,
        validity: DateRange,
        signed_on: NaiveDate,
        mode: Mode,
    ) -> Self {
        Self {
            id,
            school,
            enterprise,
            validity,
            signed_on,
            contributions: Vec::new(),
            mode,
            placements: Vec::new(),
            exemptions: Vec::new(),
        }
    }

    /// Checks the agreement against `policy`, resolving ids in `registry`. Never fails: everything
    /// wrong is in the report.
    pub fn check(&self, registry: &Registry, policy: &Policy) -> Report {
        CheckContext::new(registry, policy).check_agreement(self)
    }

    /// Checks the agreement, then runs user-defined `rules` into the same report.
    pub fn check_with(&self, registry: &Registry, policy: &Policy, rules: &[&dyn Rule]) -> Report {
        CheckContext::new(registry, policy).check_agreement_with(self, rules)
    }
}

/// The index of one agreement's elements, built once per check. Its buffers are reused from one
/// agreement to the next when a portfolio is checked, so checking allocates per check, not per
/// agreement.
#[derive(Debug, Default)]
pub(crate) struct AgreementIndex<'r> {
    /// For each placement, its parties when the other rules may look at it: its ids resolve and
    /// no earlier element has its id.
    pub(crate) resolved: Vec<Option<Resolved<'r>>>,
    /// The sort keys of every element with an id, sorted.
    keys: Vec<element::Keyed>,
    /// The buffers of the record rules, reused from one placement to the next.
    pub(crate) records: crate::record::Scratch,
}

/// A placement's parties, looked up once, with the positions of the student and the host in the
/// registry (dense indices, for the portfolio rules to group by).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved<'r> {
    student: &'r crate::Student,
    pub(crate) student_at: usize,
    host: &'r crate::Enterprise,
    pub(crate) host_at: usize,
    pub(crate) post: &'r crate::Post,
    /// The post's position among its enterprise's posts.
    pub(crate) post_at: usize,
    /// The enterprise whose post the placement names (`placement.post_at_host` compares it with
    /// the host).
    pub(crate) post_owner: crate::EnterpriseId,
    school_instructor: Option<&'r crate::Instructor>,
    supervisor: Option<&'r crate::Instructor>,
}

/// Which placements of an agreement the rules may look at: those whose ids resolve and that no
/// earlier element shares its id with. The modes read placements through these marks, so that a
/// skipped placement is skipped by every rule (RULES.md, "No cascades").
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlacementMarks<'a, 'r>(&'a [Option<Resolved<'r>>]);

impl<'r> AgreementIndex<'r> {
    /// The sort keys of every element of the agreement last checked, sorted.
    pub(crate) fn keys(&self) -> &[element::Keyed] {
        &self.keys
    }
}

impl Resolved<'_> {
    /// Whether the placement's post is one of its host's posts (`placement.post_at_host`).
    pub(crate) fn post_at_host(&self) -> bool {
        self.post_owner == self.host.id
    }
}

impl PlacementMarks<'_, '_> {
    /// Whether the placement at `position` may be looked at.
    pub(crate) fn usable(&self, position: usize) -> bool {
        self.0.get(position).is_some_and(Option::is_some)
    }

    /// Whether the placement at `position` may be looked at by the rules about its post (its
    /// post is one of its host's posts).
    pub(crate) fn post_usable(&self, position: usize) -> bool {
        self.0
            .get(position)
            .is_some_and(|p| p.as_ref().is_some_and(Resolved::post_at_host))
    }
}

/// Checks `agreement`, found at `at` in the checked root, into `sink`.
pub(crate) fn check_into<'r>(
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'r>,
    at: Loc<'_>,
    index: &mut AgreementIndex<'r>,
    sink: &mut Sink<'_>,
) {
    resolve(agreement, ctx.registry(), at, index, sink);
    check_signed_before_start(agreement, at, sink);
    check_mutual_contribution(agreement, at, sink);
    check_placements(
        agreement,
        ctx,
        &index.resolved,
        &mut index.records,
        at,
        sink,
    );
    let marks = PlacementMarks(&index.resolved);
    agreement
        .mode
        .check(agreement, ctx, at.field("mode"), marks, sink);
}

/// `agreement.references_resolve`: the id at `at`, of the `kind` of element it should name, names
/// none. The modes report their own dangling ids with it, and skip the element in their rules.
pub(crate) fn dangling(sink: &mut Sink<'_>, at: Loc<'_>, kind: &str, id: impl Into<FigureValue>) {
    sink.push(
        RuleCode::AgreementReferencesResolve,
        at,
        Scope::Plain,
        format!("no {kind} has this id"),
        vec![Figure::new("id", id)],
    );
}

/// Index phase: fills `index`, reporting dangling and duplicate ids.
fn resolve<'r>(
    agreement: &CooperationAgreement,
    registry: &'r Registry,
    at: Loc<'_>,
    index: &mut AgreementIndex<'r>,
    sink: &mut Sink<'_>,
) {
    if registry.school(agreement.school).is_none() {
        dangling(sink, at.field("school"), "school", agreement.school);
    }
    if registry.enterprise(agreement.enterprise).is_none() {
        dangling(
            sink,
            at.field("enterprise"),
            "enterprise",
            agreement.enterprise,
        );
    }

    let placements = at.field("placements");
    let resolved = &mut index.resolved;
    resolved.clear();
    resolved.reserve(agreement.placements.len());
    // An agreement's placements mostly share their host, post and instructors: each of those is
    // looked up again only when it differs from the previous placement's.
    let mut hosts = Memo::default();
    let mut posts = Memo::default();
    let mut school_instructors = Memo::default();
    let mut supervisors = Memo::default();
    for (i, p) in agreement.placements.iter().enumerate() {
        let here = placements.index(i);
        let student_at = registry.student_position(p.student);
        let student = student_at.and_then(|at| registry.students().get(at));
        if student.is_none() {
            dangling(sink, here.field("student"), "student", p.student);
        }
        let host_at = hosts.get(p.host, |id| registry.enterprise_position(id));
        let host = host_at.and_then(|at| registry.enterprises().get(at));
        if host.is_none() {
            dangling(sink, here.field("host"), "enterprise", p.host);
        }
        let post = posts.get(p.post, |id| {
            registry
                .post_located(id)
                .map(|(owner, post, post_at)| (owner.id, post, post_at))
        });
        if post.is_none() {
            dangling(sink, here.field("post"), "post", p.post);
        }
        let mut instructor =
            |field: &'static str,
             id: Option<crate::InstructorId>,
             memo: &mut Memo<crate::InstructorId, Option<&'r crate::Instructor>>| {
                match id {
                    None => Some(None),
                    Some(id) => match memo.get(id, |id| registry.instructor(id)) {
                        Some(found) => Some(Some(found)),
                        None => {
                            dangling(sink, here.field(field), "instructor", id);
                            None
                        }
                    },
                }
            };
        let school_instructor = instructor(
            "school_instructor",
            p.school_instructor,
            &mut school_instructors,
        );
        let supervisor = instructor("supervisor", p.supervisor, &mut supervisors);
        resolved.push(
            match (
                student.zip(student_at),
                host.zip(host_at),
                post,
                school_instructor,
                supervisor,
            ) {
                (
                    Some((student, student_at)),
                    Some((host, host_at)),
                    Some((post_owner, post, post_at)),
                    Some(school_instructor),
                    Some(supervisor),
                ) => Some(Resolved {
                    student,
                    student_at,
                    host,
                    host_at,
                    post,
                    post_at,
                    post_owner,
                    school_instructor,
                    supervisor,
                }),
                _ => None,
            },
        );
    }

    // Duplicates: every element with an id, sorted once by id, kind, then earlier first; each
    // later holder of an id is reported naming the earliest, and a later placement is skipped.
    let keys = &mut index.keys;
    keys.clear();
    keys.reserve(element::count(agreement));
    element::collect_keys(agreement, keys);
    keys.sort_unstable();
    let mut duplicates: Vec<(usize, usize, uuid::Uuid)> = Vec::new();
    element::for_each_duplicate(keys, Clash::Any, |later, earlier| {
        duplicates.push((later.ordinal, earlier.ordinal, later.uuid()));
    });
    if !duplicates.is_empty() {
        let mut needed: Vec<usize> = duplicates.iter().flat_map(|d| [d.0, d.1]).collect();
        needed.sort_unstable();
        needed.dedup();
        let paths = element::paths_of(agreement, at, &needed);
        for (later, earlier, id) in duplicates {
            let (Some(later_path), Some(earlier_path)) = (
                element::lookup(&paths, later),
                element::lookup(&paths, earlier),
            ) else {
                continue;
            };
            sink.push_at_path(
                RuleCode::AgreementUniqueIds,
                later_path.clone(),
                Scope::Plain,
                "two elements of one kind in the agreement share an id".to_owned(),
                vec![Figure::new("id", id), Figure::new("earlier", earlier_path)],
            );
            // Placements come first in the walk: a later duplicate placement is skipped.
            if let Some(slot) = resolved.get_mut(later) {
                *slot = None;
            }
        }
    }

    let exemptions = at.field("exemptions");
    for (k, exemption) in agreement.exemptions.iter().enumerate() {
        let named = exemptions.index(k);
        let named_placements = named.field("placements");
        for (m, id) in exemption.placements.iter().enumerate() {
            let wanted = (id.as_uuid().as_u64_pair(), PlacementId::KIND);
            if keys
                .binary_search_by(|k| (k.id, k.kind).cmp(&wanted))
                .is_err()
            {
                dangling(
                    sink,
                    named_placements.index(m),
                    "placement of the agreement",
                    id,
                );
            }
        }
    }
}

/// The last id looked up and what it gave.
struct Memo<K, V> {
    last: Option<(K, V)>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self { last: None }
    }
}

impl<K: PartialEq + Copy, V: Copy> Memo<K, V> {
    /// What `look_up` gives for `key`, looked up only when `key` is not the last one asked for.
    fn get(&mut self, key: K, look_up: impl FnOnce(K) -> V) -> V {
        match self.last {
            Some((last, value)) if last == key => value,
            _ => {
                let value = look_up(key);
                self.last = Some((key, value));
                value
            }
        }
    }
}

fn check_signed_before_start(agreement: &CooperationAgreement, at: Loc<'_>, sink: &mut Sink<'_>) {
    let first_day = agreement.validity.first();
    if agreement.signed_on > first_day {
        sink.push(
            RuleCode::AgreementSignedBeforeStart,
            at,
            Scope::Plain,
            "the agreement is signed after its first day".to_owned(),
            vec![
                Figure::new("signed_on", agreement.signed_on),
                Figure::new("first_day", first_day),
            ],
        );
    }
}

fn check_mutual_contribution(agreement: &CooperationAgreement, at: Loc<'_>, sink: &mut Sink<'_>) {
    use crate::Side;
    // An internship agreement has no cooperation of its own to share resources in.
    if agreement.mode.is_internship() {
        return;
    }
    let has = |side| {
        agreement.contributions.iter().any(|c| c.side == side)
            || agreement.mode.records_provision_by(side)
    };
    let missing: Vec<&str> = [(Side::School, "school"), (Side::Enterprise, "enterprise")]
        .into_iter()
        .filter(|(side, _)| !has(*side))
        .map(|(_, name)| name)
        .collect();
    if !missing.is_empty() {
        sink.push(
            RuleCode::AgreementMutualContribution,
            at,
            Scope::Plain,
            "cooperation should share resources both ways".to_owned(),
            vec![Figure::new(
                "missing",
                match missing.as_slice() {
                    [one, two] => FigureValue::phrase(
                        PhraseKey::And,
                        [FigureValue::term(*one), FigureValue::term(*two)],
                    ),
                    _ => FigureValue::list(missing.iter().map(|w| FigureValue::term(*w))),
                },
            )],
        );
    }
}

fn check_placements(
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    resolved: &[Option<Resolved<'_>>],
    records: &mut crate::record::Scratch,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let registry = ctx.registry();
    let school_known = registry.school(agreement.school).is_some();
    let placements = at.field("placements");
    let exemptions_at = at.field("exemptions");
    let in_rotation = matches!(
        agreement.mode,
        crate::Mode::Alternation(crate::alternation::Alternation::WorkStudyRotation(_))
    );
    let mut worked = crate::schedule::worked::Worked::default();
    for ((i, p), parties) in agreement.placements.iter().enumerate().zip(resolved) {
        let Some(parties) = parties else {
            continue;
        };
        let student = parties.student;
        let here = placements.index(i);
        // Exemptions are looked at for every code about the placement, so that one naming a
        // code the policy does not let it silence leaves a note.
        let scope = Scope::Placement {
            exemptions: &agreement.exemptions,
            exemptions_at,
            placement: p.id,
            first_day: p.dates.first(),
        };

        check_within_term(agreement, p.dates, "placement", here, scope, sink);

        if school_known {
            check_enrolled(agreement, student, p.dates, here, scope, sink);
        }

        let facts = placement_rules::Facts {
            placement: p,
            student,
            host: parties.host,
            post: parties.post,
            post_owner: parties.post_owner,
            in_rotation,
            school: school_known.then_some(agreement.school),
            school_instructor: parties.school_instructor,
            supervisor: parties.supervisor,
            exemptions: &agreement.exemptions,
            exemptions_at,
        };
        placement_rules::check(&facts, here, sink);
        crate::record::check(&facts, here, records, sink);

        let worker = Worker {
            birth_date: student.birth_date,
            first_day: p.dates.first(),
        };
        let calendar = crate::HostCalendar::for_host(sink.policy(), parties.host);
        worktime::check_schedule(&p.plan(), calendar, worker, here, scope, &mut worked, sink);
        if p.kind.is_work() {
            let minor = worker.is_minor(sink.policy().adult_age);
            // `check_schedule` filled `worked` for this plan.
            worktime::school::check(&p.plan(), &p.school_days, minor, &worked, here, scope, sink);
        }
    }
}

/// `agreement.activity_within_term`: the `what` (a placement, a rotation period, a session, ...)
/// at `at` takes place on `days`, which must lie inside the agreement's validity.
pub(crate) fn check_within_term(
    agreement: &CooperationAgreement,
    days: DateRange,
    what: &str,
    at: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    if !agreement.validity.contains_range(&days) {
        sink.push(
            RuleCode::AgreementActivityWithinTerm,
            at,
            scope,
            format!("the {what} runs outside the agreement's validity"),
            vec![
                Figure::new("dates", days),
                Figure::new("validity", agreement.validity),
            ],
        );
    }
}

/// A practice-share rule (`introduced.practice_share`, `interaction.practice_share`): `practical`
/// hours of `whole` reach the policy's `min_practice_share`; not evaluated when `whole` is zero.
pub(crate) fn check_practice_share(
    code: RuleCode,
    practical: u64,
    whole: u64,
    message: &str,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let share = sink.policy().min_practice_share;
    if whole > 0 && !share.is_reached_by(practical, whole) {
        sink.push(
            code,
            at,
            Scope::Plain,
            message.to_owned(),
            vec![
                Figure::new("limit", share),
                Figure::new(
                    "actual",
                    FigureValue::phrase(
                        PhraseKey::PartOf,
                        [
                            Quantity::count(practical, Unit::None).into(),
                            Quantity::count(whole, Unit::Hours).into(),
                        ],
                    ),
                ),
            ],
        );
    }
}

/// `agreement.student_enrolled` for `student`, who takes part on `days` in the element at `at`
/// (a session, a rotation period, an order class). Skipped when the student or the agreement's
/// school does not resolve: `agreement.references_resolve` reports those.
#[allow(dead_code, reason = "for the mode modules' participation elements")]
pub(crate) fn check_participation(
    agreement: &CooperationAgreement,
    registry: &Registry,
    student: crate::StudentId,
    days: DateRange,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    if registry.school(agreement.school).is_none() {
        return;
    }
    if let Some(student) = registry.student(student) {
        check_enrolled(agreement, student, days, at, Scope::Plain, sink);
    }
}

/// `agreement.student_enrolled` for one participation element (a placement, a session, ...)
/// whose participation days are `days`.
fn check_enrolled(
    agreement: &CooperationAgreement,
    student: &crate::Student,
    days: DateRange,
    here: Loc<'_>,
    scope: Scope<'_>,
    sink: &mut Sink<'_>,
) {
    if student.school != agreement.school {
        sink.push(
            RuleCode::AgreementStudentEnrolled,
            here,
            scope,
            "the student does not belong to the agreement's school".to_owned(),
            vec![
                Figure::new("student_school", student.school),
                Figure::new("agreement_school", agreement.school),
            ],
        );
    } else if days.first() < student.enrolled_on || days.last() > student.expected_graduation {
        sink.push(
            RuleCode::AgreementStudentEnrolled,
            here,
            scope,
            "the student takes part outside their enrollment".to_owned(),
            vec![
                Figure::new("dates", days),
                Figure::new("enrolled_on", student.enrolled_on),
                Figure::new("expected_graduation", student.expected_graduation),
            ],
        );
    }
}

crate::builder::builder! {
    /// Builds a [`CooperationAgreement`] with named setters.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use school_enterprise::*;
    ///
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let agreement = CooperationAgreement::builder()
    ///     .id(AgreementId::from_u128(1))
    ///     .school(SchoolId::from_u128(2))
    ///     .enterprise(EnterpriseId::from_u128(3))
    ///     .validity(DateRange::new(d(2026, 9, 1), d(2029, 8, 31))?)
    ///     .signed_on(d(2026, 6, 30))
    ///     .mode(Mode::Internship)
    ///     .contribution(Contribution::new(Side::School, ContributionKind::Staff, Name::new("tutors")?))
    ///     .build()?;
    /// assert!(agreement.placements.is_empty());
    /// let error = CooperationAgreement::builder().mode(Mode::Internship).build().unwrap_err();
    /// assert_eq!(error.to_string(),
    ///     "CooperationAgreement is missing id, school, enterprise, validity, signed_on");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    CooperationAgreementBuilder => CooperationAgreement {
        required {
            /// The agreement's id.
            id: AgreementId,
            /// The school.
            school: SchoolId,
            /// The enterprise.
            enterprise: EnterpriseId,
            /// The days the agreement is in force.
            validity: DateRange,
            /// The day it was signed.
            signed_on: NaiveDate,
            /// The mode and its model.
            mode: Mode,
        }
        names {}
        optional {}
        lists {
            /// What each side contributes.
            contributions / contribution: Vec<Contribution> => Contribution,
            /// The placements it holds.
            placements / placement: Vec<Placement> => Placement,
            /// Exemptions filed for its placements.
            exemptions / exemption: Vec<Exemption> => Exemption,
        }
        defaults {}
    }
}

impl CooperationAgreementBuilder {
    /// Adds what `side` contributes: a [`Contribution`] of `kind` described by `description`.
    /// Blank text is refused at `build()` with an error naming the `description`.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let builder = CooperationAgreement::builder()
    ///     .contributes(Side::School, ContributionKind::Staff, "two teachers")
    ///     .contributes(Side::Enterprise, ContributionKind::Posts, " ");
    /// assert_eq!(builder.build().unwrap_err(), Error::EmptyText { field: "description" });
    /// ```
    pub fn contributes(
        mut self,
        side: Side,
        kind: ContributionKind,
        description: impl Into<String>,
    ) -> Self {
        match crate::Name::for_field(description, "description") {
            Ok(text) => self.contributions.push(Contribution::new(side, kind, text)),
            Err(error) => {
                self.error.get_or_insert(error);
            }
        }
        self
    }

    /// Adds what the school contributes: `contributes(Side::School, kind, description)`.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let builder = CooperationAgreement::builder()
    ///     .school_contributes(ContributionKind::Staff, "two teachers")
    ///     .enterprise_contributes(ContributionKind::Posts, "ten assembly posts");
    /// let same = CooperationAgreement::builder()
    ///     .contributes(Side::School, ContributionKind::Staff, "two teachers")
    ///     .contributes(Side::Enterprise, ContributionKind::Posts, "ten assembly posts");
    /// assert_eq!(format!("{builder:?}"), format!("{same:?}"));
    /// ```
    pub fn school_contributes(
        self,
        kind: ContributionKind,
        description: impl Into<String>,
    ) -> Self {
        self.contributes(Side::School, kind, description)
    }

    /// Adds what the enterprise contributes: `contributes(Side::Enterprise, kind, description)`.
    /// See [`school_contributes`](Self::school_contributes).
    pub fn enterprise_contributes(
        self,
        kind: ContributionKind,
        description: impl Into<String>,
    ) -> Self {
        self.contributes(Side::Enterprise, kind, description)
    }
}
