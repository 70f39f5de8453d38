//! The order-based rules (`order.*`), with the agreement rules over the class's elements
//! (`agreement.references_resolve`, `agreement.activity_within_term`,
//! `agreement.student_enrolled`).
//!
//! Granularity follows the catalogue: a rule about an intake student reports at the student's
//! entry (`mode.intake[3]`), a rule about a commitment at the commitment
//! (`mode.intake[3].commitment`), one about a charge at the charge, one about a requirement,
//! module, exam or block at that element, one about a work placement at the placement
//! (`placements[2]`), and the two aggregates (the quota, the enterprise's share of training) at
//! the class (`mode`).
//!
//! No cascades: an element holding an id that does not resolve is reported by
//! `agreement.references_resolve` alone and skipped by the rules that judge it; what it
//! contributes to other elements (a student's seat in the intake count, a module's hours, the
//! requirements it does cover) still counts, so that a dangling id never makes another rule fire.

use chrono::NaiveDate;

use super::index::{
    commitment_status, production_runs, run_holding, CommitmentStatus, IntakeIndex,
    InternshipIndex, RequirementIndex,
};
use super::model::{Enrollee, ModuleKind, OrderClass};
use crate::agreement::{check_participation, check_within_term, dangling};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{
    age_on, has_reached_age, CheckContext, CooperationAgreement, DateRange, EnterpriseId, Origin,
    Placement, Registry, RuleCode, Share, Side, Student,
};

/// What every rule of the class reads, resolved once.
struct Class<'a> {
    class: &'a OrderClass,
    agreement: &'a CooperationAgreement,
    registry: &'a Registry,
    /// The ordering enterprise, when its id resolves: rules that compare with it are skipped
    /// otherwise (`agreement.references_resolve` reports it).
    ordering: Option<EnterpriseId>,
}

/// The agreement's location, given its mode's (`at` is the agreement's field `mode`).
fn agreement_loc(mode_at: Loc<'_>) -> Loc<'_> {
    match mode_at {
        Loc::Field(parent, _) => *parent,
        _ => Loc::Root,
    }
}

/// Runs every order rule on `class`, the mode of `agreement`, found at `at`.
pub(crate) fn check(
    class: &OrderClass,
    agreement: &CooperationAgreement,
    ctx: &CheckContext<'_>,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let registry = ctx.registry();
    let facts = Class {
        class,
        agreement,
        registry,
        ordering: registry.enterprise(agreement.enterprise).map(|e| e.id),
    };
    let intake = IntakeIndex::new(&class.intake);
    enrollment_matches_quota(&facts, &intake, at, sink);
    let internships = InternshipIndex::new(agreement);
    let agreement_at = agreement_loc(at);
    let placements_at = agreement_at.field("placements");
    let intake_at = at.field("intake");
    for (i, entry) in class.intake.iter().enumerate() {
        let here = intake_at.index(i);
        enrollee(&facts, &internships, placements_at, entry, here, sink);
    }
    internship_at_employer(&facts, &intake, agreement_at, sink);
    traceability(&facts, at, sink);
    practice_in_production(&facts, at, sink);
}

/// `order.enrollment_matches_quota`: distinct students, whatever their ids name (a student whose
/// id does not resolve still takes a seat).
fn enrollment_matches_quota(
    facts: &Class<'_>,
    intake: &IntakeIndex,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let tolerance = sink.policy().order_quota_tolerance;
    let quota = facts.class.recruitment_quota;
    let enrolled = intake.distinct();
    let difference = u64::try_from(enrolled)
        .unwrap_or(u64::MAX)
        .abs_diff(u64::from(quota));
    if difference > u64::from(tolerance) {
        sink.push(
            RuleCode::OrderEnrollmentMatchesQuota,
            at,
            Scope::Plain,
            "the class's intake differs from the enterprise's recruitment quota".to_owned(),
            vec![
                Figure::new("limit", format!("{quota} ± {tolerance} students")),
                Figure::new("actual", format!("{enrolled} students")),
            ],
        );
    }
}

/// The rules about one student of the intake and their commitment.
fn enrollee(
    facts: &Class<'_>,
    internships: &InternshipIndex,
    placements_at: Loc<'_>,
    entry: &Enrollee,
    here: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let Some(student) = facts.registry.student(entry.student) else {
        dangling(sink, here.field("student"), "student", entry.student);
        return;
    };
    let enrolled_on = facts.class.enrolled_on;
    check_participation(
        facts.agreement,
        facts.registry,
        entry.student,
        DateRange::single(enrolled_on),
        here,
        sink,
    );
    recruited(facts, student, here, sink);

    let status = commitment_status(
        entry.commitment.as_ref(),
        facts.registry,
        facts.ordering,
        enrolled_on,
    );
    let commitment = match (status, &entry.commitment) {
        (CommitmentStatus::UnknownPost(post), _) => {
            dangling(sink, here.field("commitment").field("post"), "post", post);
            return;
        }
        (_, None) => {
            sink.push(
                RuleCode::OrderJobAtEnrollment,
                here,
                Scope::Plain,
                "the student holds no employment commitment".to_owned(),
                vec![
                    Figure::new("commitment", "none"),
                    Figure::new("enrolled_on", enrolled_on),
                ],
            );
            return;
        }
        (_, Some(commitment)) => commitment,
    };
    if let CommitmentStatus::Faulty {
        employer,
        signed_late,
    } = status
    {
        let mut figures = Vec::new();
        if let Some(employer) = employer {
            figures.push(Figure::new("employer", employer));
            figures.push(Figure::new(
                "ordering_enterprise",
                facts.agreement.enterprise,
            ));
        }
        if signed_late {
            figures.push(Figure::new("signed_on", commitment.signed_on));
            figures.push(Figure::new("enrolled_on", enrolled_on));
        }
        let message = match (employer.is_some(), signed_late) {
            (true, true) => "the commitment is from another enterprise and signed after enrollment",
            (true, false) => "the commitment is not from the ordering enterprise",
            _ => "the commitment was signed after the enrollment date",
        };
        sink.push(
            RuleCode::OrderJobAtEnrollment,
            here,
            Scope::Plain,
            message.to_owned(),
            figures,
        );
    }

    let commitment_at = here.field("commitment");
    job_at_graduation(student, commitment.starts_on, commitment_at, sink);
    if let Some((last_day, position)) = internships.latest(student.id) {
        employment_follows_internship(
            last_day,
            placements_at.index(position),
            commitment.starts_on,
            commitment_at,
            sink,
        );
    }
    let charges_at = commitment_at.field("charges");
    for (k, charge) in commitment.charges.iter().enumerate() {
        let mut figures = vec![Figure::new("kind", format!("{:?}", charge.kind))];
        if let Some(amount) = charge.amount {
            figures.push(Figure::new("amount", amount));
        }
        sink.push(
            RuleCode::OrderNoStudentCharges,
            charges_at.index(k),
            Scope::Plain,
            "the commitment charges the student".to_owned(),
            figures,
        );
    }
}

/// `order.recruited_are_employees` and `order.recruited_working_age` for a recruited student.
fn recruited(facts: &Class<'_>, student: &Student, here: Loc<'_>, sink: &mut Sink<'_>) {
    let Origin::RecruitedEmployee { enterprise, since } = student.origin else {
        return;
    };
    let enrolled_on = facts.class.enrolled_on;
    let other = facts
        .ordering
        .is_some_and(|ordering| enterprise != ordering);
    let late = since > enrolled_on;
    if other || late {
        let mut figures = Vec::new();
        if other {
            figures.push(Figure::new("employer", enterprise));
            figures.push(Figure::new(
                "ordering_enterprise",
                facts.agreement.enterprise,
            ));
        }
        if late {
            figures.push(Figure::new("employee_since", since));
            figures.push(Figure::new("enrolled_on", enrolled_on));
        }
        let message = if other {
            "the recruited student is not an employee of the ordering enterprise"
        } else {
            "the recruited student became an employee after the enrollment date"
        };
        sink.push(
            RuleCode::OrderRecruitedAreEmployees,
            here,
            Scope::Plain,
            message.to_owned(),
            figures,
        );
    }
    let min = sink.policy().min_working_age;
    if !has_reached_age(student.birth_date, min, since) {
        sink.push(
            RuleCode::OrderRecruitedWorkingAge,
            here,
            Scope::Plain,
            "the student was below the minimum working age when employed".to_owned(),
            vec![
                Figure::new("limit", format!("{min} years")),
                Figure::new(
                    "age",
                    format!("{} years", age_on(student.birth_date, since)),
                ),
                Figure::new("birth_date", student.birth_date),
                Figure::new("employee_since", since),
            ],
        );
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// `order.job_at_graduation`: employment starts 0 to `max_days_graduation_to_employment` days
/// after the student's expected graduation.
fn job_at_graduation(student: &Student, starts_on: NaiveDate, at: Loc<'_>, sink: &mut Sink<'_>) {
    let max = sink.policy().max_days_graduation_to_employment;
    let graduation = student.expected_graduation;
    let after = days_between(graduation, starts_on);
    if after < 0 || after > i64::from(max) {
        let message = if after < 0 {
            "employment starts before the student graduates"
        } else {
            "employment starts too long after graduation"
        };
        sink.push(
            RuleCode::OrderJobAtGraduation,
            at,
            Scope::Plain,
            message.to_owned(),
            vec![
                Figure::new("limit", format!("0 to {max} days after graduation")),
                Figure::new("actual", format!("{after} days")),
                Figure::new("expected_graduation", graduation),
                Figure::new("starts_on", starts_on),
            ],
        );
    }
}

/// `order.employment_follows_internship`: employment starts 1 to
/// `max_days_internship_to_employment` days after the last day of the latest work placement.
fn employment_follows_internship(
    last_day: NaiveDate,
    internship_at: Loc<'_>,
    starts_on: NaiveDate,
    at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let max = sink.policy().max_days_internship_to_employment;
    let after = days_between(last_day, starts_on);
    if after < 1 || after > i64::from(max) {
        let message = if after < 1 {
            "employment starts before the internship ends"
        } else {
            "employment starts too long after the internship"
        };
        sink.push(
            RuleCode::OrderEmploymentFollowsInternship,
            at,
            Scope::Plain,
            message.to_owned(),
            vec![
                Figure::new("limit", format!("1 to {max} days after the internship")),
                Figure::new("actual", format!("{after} days")),
                Figure::new("internship", internship_at.to_path()),
                Figure::new("internship_last_day", last_day),
                Figure::new("starts_on", starts_on),
            ],
        );
    }
}

/// Whether every id the placement names resolves (the agreement skips it otherwise).
fn resolves(p: &Placement, registry: &Registry) -> bool {
    registry.student(p.student).is_some()
        && registry.enterprise(p.host).is_some()
        && registry.post(p.post).is_some()
        && p.school_instructor
            .is_none_or(|id| registry.instructor(id).is_some())
        && p.supervisor
            .is_none_or(|id| registry.instructor(id).is_some())
}

/// `order.internship_at_employer`, over the agreement's work placements of intake students.
fn internship_at_employer(
    facts: &Class<'_>,
    intake: &IntakeIndex,
    agreement_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let Some(ordering) = facts.ordering else {
        return;
    };
    let placements = agreement_at.field("placements");
    let exemptions_at = agreement_at.field("exemptions");
    for (i, p) in facts.agreement.placements.iter().enumerate() {
        if !p.kind.is_work() || !resolves(p, facts.registry) {
            continue;
        }
        let Some(entry) = intake
            .first(p.student)
            .and_then(|pos| facts.class.intake.get(pos))
        else {
            continue;
        };
        // The post is compared only with a commitment from the ordering enterprise: one from
        // another enterprise is `order.job_at_enrollment`'s finding.
        let committed_post = entry.commitment.as_ref().map(|c| c.post).filter(|post| {
            facts
                .registry
                .post(*post)
                .is_some_and(|(holder, _)| holder.id == ordering)
        });
        let wrong_host = p.host != ordering;
        let wrong_post = committed_post.filter(|post| *post != p.post);
        if !wrong_host && wrong_post.is_none() {
            continue;
        }
        let mut figures = Vec::new();
        if wrong_host {
            figures.push(Figure::new("host", p.host));
            figures.push(Figure::new("ordering_enterprise", ordering));
        }
        if let Some(committed) = wrong_post {
            figures.push(Figure::new("post", p.post));
            figures.push(Figure::new("committed_post", committed));
        }
        let message = if wrong_host {
            "the internship is not at the ordering enterprise"
        } else {
            "the internship is not on the post of the student's commitment"
        };
        let scope = Scope::Placement {
            exemptions: &facts.agreement.exemptions,
            exemptions_at,
            placement: p.id,
            first_day: p.dates.first(),
        };
        sink.push(
            RuleCode::OrderInternshipAtEmployer,
            placements.index(i),
            scope,
            message.to_owned(),
            figures,
        );
    }
}

/// Requirements, modules and exams: `order.module_traced`, `order.requirement_taught`,
/// `order.requirement_assessed`, `order.exam_joint`, `order.enterprise_leads_training`.
fn traceability(facts: &Class<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let class = facts.class;
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
                    Figure::new("missing", missing.join(" and ")),
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

/// The setters as text: `school, enterprise`, or `none`.
fn sides(setters: &[Side]) -> String {
    if setters.is_empty() {
        return "none".to_owned();
    }
    setters
        .iter()
        .map(|side| match side {
            Side::School => "school",
            Side::Enterprise => "enterprise",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Hours written from hour-per-mille units: `48 h`, `48.5 h`.
pub(crate) fn milli_hours(milli: u64) -> String {
    let (whole, rest) = (milli / 1000, milli % 1000);
    if rest == 0 {
        return format!("{whole} h");
    }
    let fraction = format!("{rest:03}");
    format!("{whole}.{} h", fraction.trim_end_matches('0'))
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
        .map_or_else(String::new, |share| format!(" ({share})"));
    sink.push(
        RuleCode::OrderEnterpriseLeadsTraining,
        at,
        Scope::Plain,
        "the enterprise delivers too small a share of the vocational training".to_owned(),
        vec![
            Figure::new(
                "limit",
                format!("{min} of {hours} h = {}", milli_hours(floor)),
            ),
            Figure::new(
                "actual",
                format!("{}{actual}", milli_hours(enterprise_milli)),
            ),
        ],
    );
}

/// `order.practice_in_production`, with `agreement.activity_within_term` for every block.
fn practice_in_production(facts: &Class<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let class = facts.class;
    if class.practical_blocks.is_empty() {
        return;
    }
    let runs = production_runs(&class.production_periods);
    let blocks_at = at.field("practical_blocks");
    for (b, block) in class.practical_blocks.iter().enumerate() {
        let here = blocks_at.index(b);
        check_within_term(
            facts.agreement,
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
