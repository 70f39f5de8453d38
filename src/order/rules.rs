//! The order-based rules (`order.*`), with the agreement rules over the class's elements
//! (`agreement.references_resolve`, `agreement.activity_within_term`,
//! `agreement.student_enrolled`). This file holds the entry point and the rules about people:
//! the quota, each intake student and their commitment, and the internships (enrollment with
//! recruitment, internship with employment); [`curriculum`] holds the rules about teaching and
//! production.
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

use super::curriculum;
use super::index::{commitment_status, CommitmentStatus, IntakeIndex, InternshipIndex};
use super::model::{Enrollee, OrderClass};
use crate::agreement::{check_participation, dangling, PlacementMarks};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{
    age_on, has_reached_age, CheckContext, CooperationAgreement, DateRange, EnterpriseId, Origin,
    Registry, RuleCode, Student,
};
use crate::{FigureValue, PhraseKey, Quantity, Sentinel, Unit};

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
    placements: PlacementMarks<'_, '_>,
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
    let internships = InternshipIndex::new(agreement, |i| placements.usable(i));
    let agreement_at = agreement_loc(at);
    let placements_at = agreement_at.field("placements");
    let intake_at = at.field("intake");
    // Each distinct student once, at the entry the rules judge (a student listed twice is one
    // student of the intake).
    for run in intake.runs() {
        let Some(i) = run
            .first()
            .and_then(|(student, _)| intake.judged(&class.intake, *student))
        else {
            continue;
        };
        let Some(entry) = class.intake.get(i) else {
            continue;
        };
        let here = intake_at.index(i);
        enrollee(&facts, &internships, placements_at, entry, here, sink);
    }
    internship_at_employer(&facts, &intake, placements, agreement_at, sink);
    curriculum::traceability(class, at, sink);
    curriculum::practice_in_production(class, agreement, at, sink);
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
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::PlusMinus,
                        [
                            Quantity::count(quota, Unit::None).into(),
                            Quantity::count(tolerance, Unit::Students).into(),
                        ],
                    ),
                ),
                Figure::new("actual", Quantity::count(enrolled, Unit::Students)),
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
                    Figure::new("commitment", Sentinel::None),
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
        let mut figures = vec![Figure::new(
            "kind",
            FigureValue::term(format!("{:?}", charge.kind)),
        )];
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
                Figure::new("limit", Quantity::count(min, Unit::YearsOfAge)),
                Figure::new(
                    "age",
                    Quantity::count(age_on(student.birth_date, since), Unit::YearsOfAge),
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
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::AfterGraduation,
                        [0.into(), Quantity::count(max, Unit::Days).into()],
                    ),
                ),
                Figure::new("actual", Quantity::count(after, Unit::Days)),
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
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::AfterInternship,
                        [1.into(), Quantity::count(max, Unit::Days).into()],
                    ),
                ),
                Figure::new("actual", Quantity::count(after, Unit::Days)),
                Figure::new("internship", internship_at.to_path()),
                Figure::new("internship_last_day", last_day),
                Figure::new("starts_on", starts_on),
            ],
        );
    }
}

/// `order.internship_at_employer`, over the agreement's work placements of intake students.
fn internship_at_employer(
    facts: &Class<'_>,
    intake: &IntakeIndex,
    usable: PlacementMarks<'_, '_>,
    agreement_at: Loc<'_>,
    sink: &mut Sink<'_>,
) {
    let Some(ordering) = facts.ordering else {
        return;
    };
    let placements = agreement_at.field("placements");
    let exemptions_at = agreement_at.field("exemptions");
    for (i, p) in facts.agreement.placements.iter().enumerate() {
        // A placement whose post is another enterprise's is `placement.post_at_host`'s finding.
        if !p.kind.is_work() || !usable.post_usable(i) {
            continue;
        }
        let Some(entry) = intake
            .judged(&facts.class.intake, p.student)
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
