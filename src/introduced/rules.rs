//! The introduced-enterprise rules about space, lines, equipment, the plan and the host
//! (`introduced.*`; the rules about sessions are in `session_rules`), the index every rule reads,
//! and dangling ids (`agreement.references_resolve`).
//!
//! Ids are looked up in an index built once per check. A session whose line or instructor does not
//! resolve is left out of every other rule; a student id that does not resolve is left out of its
//! session; a line whose site does not resolve is left out of the line rules (campus, area,
//! stations).

use super::session::{self, Presence};
use super::session_rules::{minor_hazard, session_instructor, session_overlap, sessions_in_term};
use super::{IntroducedEnterprise, Purpose, TrainingSession};
use crate::agreement::dangling;
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{CheckContext, CooperationAgreement, LegalStatus, LineId, Registry, RuleCode, SiteId};
use crate::{FigureValue, Quantity, Unit};

/// What the rules look ids up in, built once per check.
pub(super) struct Index<'a> {
    pub(super) agreement: &'a CooperationAgreement,
    pub(super) registry: &'a Registry,
    pub(super) model: &'a IntroducedEnterprise,
    /// Line ids with their positions, sorted: an id names the first line that has it.
    lines: Vec<(LineId, usize)>,
    /// Whether the agreement's school resolves.
    school_known: bool,
}

impl<'a> Index<'a> {
    fn new(
        model: &'a IntroducedEnterprise,
        agreement: &'a CooperationAgreement,
        registry: &'a Registry,
    ) -> Self {
        let mut lines: Vec<(LineId, usize)> = model
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| (line.id, i))
            .collect();
        lines.sort_unstable();
        Self {
            agreement,
            registry,
            model,
            lines,
            school_known: registry.school(agreement.school).is_some(),
        }
    }

    /// The position of the line `id` names.
    pub(super) fn line(&self, id: LineId) -> Option<usize> {
        let first = self.lines.partition_point(|(line, _)| *line < id);
        self.lines
            .get(first)
            .filter(|(line, _)| *line == id)
            .map(|(_, position)| *position)
    }

    /// Whether `site` is a site of the agreement's school (`None` when the school does not
    /// resolve).
    fn is_own(&self, site: SiteId) -> Option<bool> {
        self.school_known.then(|| {
            self.registry
                .site(site)
                .is_some_and(|(school, _)| school.id == self.agreement.school)
        })
    }

    /// Whether `site` is a site of any school of the registry.
    fn site_known(&self, site: SiteId) -> bool {
        self.registry.site(site).is_some()
    }

    /// The position of the session's line, when the session's ids resolve.
    pub(super) fn session_line(&self, session: &TrainingSession) -> Option<usize> {
        let instructor_known = session
            .instructor
            .is_none_or(|id| self.registry.instructor(id).is_some());
        self.line(session.line).filter(|_| instructor_known)
    }

    /// Whether the line at `position` is looked at by the line rules: its site resolves.
    fn line_usable(&self, position: usize) -> bool {
        self.model
            .lines
            .get(position)
            .is_some_and(|line| self.site_known(line.site))
    }
}

/// Runs every rule of the mode on `model`, found at `at` (the agreement's `mode`).
pub(crate) fn check(
    model: &IntroducedEnterprise,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    at: Loc<'_>,
    placements: crate::agreement::PlacementMarks<'_, '_>,
    sink: &mut Sink<'_>,
) {
    let index = Index::new(model, agreement, ctx.registry());
    resolve(&index, at, sink);
    line_on_campus(&index, at, sink);
    site_area(&index, at, sink);
    station_capacity(&index, at, sink);
    training_plan(model, at, sink);
    session_instructor(&index, at, sink);
    session_overlap(&index, at, sink);
    equipment_shared(&index, at, sink);
    registered_host(agreement, ctx.registry(), placements, at, sink);
    minor_hazard(&index, at, sink);
    sessions_in_term(&index, at, sink);
}

/// `agreement.references_resolve` for every id the model uses.
fn resolve(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let model = index.model;
    let registry = index.registry;
    let sites = at.field("sites");
    for (i, allocation) in model.sites.iter().enumerate() {
        if !index.site_known(allocation.site) {
            let here = sites.index(i);
            dangling(sink, here.field("site"), "campus site", allocation.site);
        }
    }
    let lines = at.field("lines");
    for (i, line) in model.lines.iter().enumerate() {
        if !index.site_known(line.site) {
            let here = lines.index(i);
            dangling(sink, here.field("site"), "campus site", line.site);
        }
    }
    let equipment = at.field("equipment");
    for (i, item) in model.equipment.iter().enumerate() {
        if index.line(item.line).is_none() {
            let here = equipment.index(i);
            dangling(sink, here.field("line"), "production line", item.line);
        }
    }
    let sessions = at.field("sessions");
    for (i, session) in model.sessions.iter().enumerate() {
        let here = sessions.index(i);
        if index.line(session.line).is_none() {
            dangling(sink, here.field("line"), "production line", session.line);
        }
        if let Some(id) = session
            .instructor
            .filter(|id| registry.instructor(*id).is_none())
        {
            dangling(sink, here.field("instructor"), "instructor", id);
        }
        let students = here.field("students");
        for (k, id) in session.students.iter().enumerate() {
            if registry.student(*id).is_none() {
                dangling(sink, students.index(k), "student", id);
            }
        }
    }
}

/// `introduced.line_on_campus`: at every line on a site that is not the agreement's school's.
fn line_on_campus(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedLineOnCampus) {
        return;
    }
    let lines = at.field("lines");
    for (i, line) in index.model.lines.iter().enumerate() {
        if index.is_own(line.site) == Some(false) && index.site_known(line.site) {
            sink.push(
                RuleCode::IntroducedLineOnCampus,
                lines.index(i),
                Scope::Plain,
                "the line stands on a site that is not the agreement's school's".to_owned(),
                vec![
                    Figure::new("site", line.site),
                    Figure::new("school", index.agreement.school),
                ],
            );
        }
    }
}

/// `introduced.site_area`: per site of the school with lines, at its first allocation (at its
/// first line where the school allocates nothing there).
fn site_area(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedSiteArea) || !index.school_known {
        return;
    }
    let model = index.model;
    // (site, is a line, position, area): a site's allocations sort before its lines.
    let mut areas: Vec<(SiteId, bool, usize, u32)> = model
        .sites
        .iter()
        .enumerate()
        .filter(|(_, a)| index.is_own(a.site) == Some(true))
        .map(|(i, a)| (a.site, false, i, a.allocated_area_m2))
        .chain(
            model
                .lines
                .iter()
                .enumerate()
                .filter(|(_, line)| index.is_own(line.site) == Some(true))
                .map(|(i, line)| (line.site, true, i, line.floor_area_m2)),
        )
        .collect();
    areas.sort_unstable();
    let sites = at.field("sites");
    let lines = at.field("lines");
    for site in areas.chunk_by(|a, b| a.0 == b.0) {
        let sum = |lines: bool| -> u64 {
            site.iter()
                .filter(|a| a.1 == lines)
                .map(|a| u64::from(a.3))
                .fold(0, u64::saturating_add)
        };
        let (allocated, used) = (sum(false), sum(true));
        let Some(&(id, is_line, position, _)) = site.first() else {
            continue;
        };
        if used > allocated {
            let here = if is_line {
                lines.index(position)
            } else {
                sites.index(position)
            };
            sink.push(
                RuleCode::IntroducedSiteArea,
                here,
                Scope::Plain,
                "the lines on the site take more floor area than the school allocates".to_owned(),
                vec![
                    Figure::new("site", id),
                    Figure::new("limit", Quantity::count(allocated, Unit::SquareMetres)),
                    Figure::new("actual", Quantity::count(used, Unit::SquareMetres)),
                ],
            );
        }
    }
}

/// `introduced.station_capacity`: per line, at the first session running when the most distinct
/// students train on it at once.
fn station_capacity(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedStationCapacity) {
        return;
    }
    // Sized up front, so that checking allocates the same whatever the number of sessions.
    let listed = index.model.sessions.iter().map(|s| s.students.len()).sum();
    let mut presences = Vec::with_capacity(listed);
    for (i, s) in index.model.sessions.iter().enumerate() {
        let Some(line) = index
            .session_line(s)
            .filter(|line| index.line_usable(*line))
        else {
            continue;
        };
        let (start, end) = s.time.interval();
        presences.extend(
            s.students
                .iter()
                .filter(|id| index.registry.student(**id).is_some())
                .map(|&student| Presence {
                    place: line,
                    student,
                    start,
                    end,
                    session: i,
                }),
        );
    }
    let lines = at.field("lines");
    let sessions = at.field("sessions");
    let mut events = Vec::with_capacity(presences.len().saturating_mul(2));
    session::peaks(&mut presences, &mut events, |peak| {
        let Some(line) = index.model.lines.get(peak.place) else {
            return;
        };
        if peak.students > u64::from(line.stations) {
            sink.push(
                RuleCode::IntroducedStationCapacity,
                sessions.index(peak.session),
                Scope::Plain,
                "more students train on the line at once than it has stations".to_owned(),
                vec![
                    Figure::new("line", lines.index(peak.place).to_path()),
                    Figure::new("limit", Quantity::count(line.stations, Unit::Stations)),
                    Figure::new("actual", Quantity::count(peak.students, Unit::Students)),
                    Figure::new("at", session::moment(peak.at)),
                ],
            );
        }
    });
}

/// `introduced.theory_and_practice` and `introduced.practice_share`, at the training plan.
fn training_plan(model: &IntroducedEnterprise, at: Loc<'_>, sink: &mut Sink<'_>) {
    let plan = model.training_plan;
    let here = at.field("training_plan");
    let theory = u64::from(plan.theory_hours);
    let practice = u64::from(plan.on_the_job_hours);
    if theory == 0 || practice == 0 {
        sink.push(
            RuleCode::IntroducedTheoryAndPractice,
            here,
            Scope::Plain,
            "the training plan must combine theory with on-the-job training".to_owned(),
            vec![
                Figure::new("theory_hours", Quantity::count(theory, Unit::Hours)),
                Figure::new("on_the_job_hours", Quantity::count(practice, Unit::Hours)),
            ],
        );
    }
    let whole = theory + practice;
    crate::agreement::check_practice_share(
        RuleCode::IntroducedPracticeShare,
        practice,
        whole,
        "on-the-job hours fall short of the practice share",
        here,
        sink,
    );
}

/// `introduced.equipment_shared`: at every piece of equipment that does not serve both teaching
/// and production.
fn equipment_shared(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedEquipmentShared) {
        return;
    }
    let equipment = at.field("equipment");
    for (i, item) in index.model.equipment.iter().enumerate() {
        if index.line(item.line).is_none() {
            continue;
        }
        let shared = item.purposes.contains(&Purpose::Production)
            && item.purposes.contains(&Purpose::Teaching);
        if !shared {
            let purposes: Vec<&str> = item
                .purposes
                .iter()
                .map(|p| match p {
                    Purpose::Production => "production",
                    Purpose::Teaching => "teaching",
                })
                .collect();
            let purposes = if purposes.is_empty() {
                "none".to_owned()
            } else {
                purposes.join(" and ")
            };
            sink.push(
                RuleCode::IntroducedEquipmentShared,
                equipment.index(i),
                Scope::Plain,
                "the equipment does not serve both teaching and production".to_owned(),
                vec![
                    Figure::new("purposes", purposes),
                    Figure::new("owner", FigureValue::term(side_name(item.owner))),
                ],
            );
        }
    }
}

fn side_name(side: crate::Side) -> &'static str {
    match side {
        crate::Side::School => "school",
        crate::Side::Enterprise => "enterprise",
    }
}

/// The location of the agreement that holds the mode at `at`.
fn parent(at: Loc<'_>) -> Loc<'_> {
    match at {
        Loc::Field(parent, _) | Loc::Index(parent, _) => *parent,
        Loc::Root => Loc::Root,
    }
}

/// `introduced.registered_host`: at every work placement at the agreement's enterprise, when the
/// enterprise is not registered as an entity of its own. Placements the engine skips (a dangling
/// id, a later duplicate id) are skipped here too.
fn registered_host(
    agreement: &CooperationAgreement,
    registry: &Registry,
    usable: crate::agreement::PlacementMarks<'_, '_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    if !sink.wants(RuleCode::IntroducedRegisteredHost) {
        return;
    }
    let Some(enterprise) = registry.enterprise(agreement.enterprise) else {
        return;
    };
    if enterprise.legal_status == LegalStatus::OwnEntity {
        return;
    }
    let agreement_at = parent(at);
    let placements = agreement_at.field("placements");
    let exemptions_at = agreement_at.field("exemptions");
    for (i, p) in agreement.placements.iter().enumerate() {
        if !p.kind.is_work() || p.host != agreement.enterprise || !usable.usable(i) {
            continue;
        }
        sink.push(
            RuleCode::IntroducedRegisteredHost,
            placements.index(i),
            Scope::Placement {
                exemptions: &agreement.exemptions,
                exemptions_at,
                placement: p.id,
                first_day: p.dates.first(),
            },
            "the enterprise hosts work placements but is not registered as an entity of its own"
                .to_owned(),
            vec![
                Figure::new("enterprise", agreement.enterprise),
                Figure::new(
                    "legal_status",
                    FigureValue::term("not separate from the school"),
                ),
            ],
        );
    }
}
