//! The introduced-enterprise rules about who trains on the lines, and when: the instructor of
//! every session (`introduced.session_instructor`), no student in two sessions at once
//! (`introduced.session_overlap`), no minor on a line with a hazard (`introduced.minor_hazard`),
//! and the agreement rules over the sessions (`agreement.activity_within_term`,
//! `agreement.student_enrolled`).
//!
//! Sessions whose line or instructor does not resolve are left out, as are students whose id does
//! not resolve.

use super::rules::Index;
use crate::agreement::{check_participation, check_within_term};
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{has_reached_age, Employer, RuleCode, StudentId};
use crate::{FigureValue, Quantity, Sentinel, Unit};

/// `introduced.session_instructor`: at every session without an instructor of the enterprise or
/// a dual-qualified teacher of the school.
pub(super) fn session_instructor(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedSessionInstructor) {
        return;
    }
    let agreement = index.agreement;
    let registry = index.registry;
    // Whom an instructor works for can only be judged against parties that resolve.
    let parties_known = registry.school(agreement.school).is_some()
        && registry.enterprise(agreement.enterprise).is_some();
    let sessions = at.field("sessions");
    for (i, s) in index.model.sessions.iter().enumerate() {
        if index.session_line(s).is_none() {
            continue;
        }
        let figures = match s.instructor {
            None => vec![Figure::new("instructor", Sentinel::Missing)],
            Some(id) => {
                let Some(instructor) = registry.instructor(id) else {
                    continue;
                };
                let qualified = match instructor.employer {
                    Employer::Enterprise(e) => e == agreement.enterprise,
                    Employer::School(school) => {
                        school == agreement.school && instructor.dual_qualified
                    }
                };
                if qualified || !parties_known {
                    continue;
                }
                let employer = match instructor.employer {
                    Employer::Enterprise(e) => format!("enterprise {e}"),
                    Employer::School(school) if instructor.dual_qualified => {
                        format!("school {school}")
                    }
                    Employer::School(school) => {
                        format!("school {school} (not dual-qualified)")
                    }
                };
                vec![
                    Figure::new("instructor", id),
                    Figure::new("employer", employer),
                ]
            }
        };
        sink.push(
            RuleCode::IntroducedSessionInstructor,
            sessions.index(i),
            Scope::Plain,
            "the session has no instructor of the enterprise nor a dual-qualified teacher of the \
             school"
                .to_owned(),
            figures,
        );
    }
}

/// `introduced.session_overlap`: at every session that overlaps an earlier session (by start,
/// then position) of one of its students, naming the earlier one.
pub(super) fn session_overlap(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedSessionOverlap) {
        return;
    }
    let sessions = &index.model.sessions;
    // (student, start, session, end), sorted: each student's sessions in time order.
    let listed = sessions.iter().map(|s| s.students.len()).sum();
    let mut attended: Vec<(StudentId, i64, usize, i64)> = Vec::with_capacity(listed);
    for (i, s) in sessions.iter().enumerate() {
        if index.session_line(s).is_none() {
            continue;
        }
        let (start, end) = s.time.interval();
        attended.extend(
            s.students
                .iter()
                .filter(|id| index.registry.student(**id).is_some())
                .map(|&student| (student, start, i, end)),
        );
    }
    attended.sort_unstable();
    // A student listed twice in one session is in one session.
    attended.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2);
    // (later, earlier's start, earlier, student) for every clash.
    let mut clashes: Vec<(usize, i64, usize, StudentId)> = Vec::new();
    for student in attended.chunk_by(|a, b| a.0 == b.0) {
        // The session seen so far that reaches furthest, as (end, start, position).
        let mut furthest: Option<(i64, i64, usize)> = None;
        for &(id, start, i, end) in student {
            if let Some((f_end, f_start, f)) = furthest {
                if start < f_end {
                    // Of the two, the earlier is the one with the earlier day, then the lower
                    // position (RULES.md: "earlier = by first day, then path").
                    let key = |k: usize| sessions.get(k).map(|s| (s.time.date(), k));
                    let (later, earlier, earlier_start) = if key(f) <= key(i) {
                        (i, f, f_start)
                    } else {
                        (f, i, start)
                    };
                    clashes.push((later, earlier_start, earlier, id));
                }
            }
            if furthest.is_none_or(|(f_end, _, _)| end > f_end) {
                furthest = Some((end, start, i));
            }
        }
    }
    if clashes.is_empty() {
        return;
    }
    clashes.sort_unstable();
    let sessions_at = at.field("sessions");
    for later in clashes.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(i, _, earlier, student)) = later.first() else {
            continue;
        };
        let (Some(this), Some(that)) = (sessions.get(i), sessions.get(earlier)) else {
            continue;
        };
        sink.push(
            RuleCode::IntroducedSessionOverlap,
            sessions_at.index(i),
            Scope::Plain,
            "a student is in two training sessions at once".to_owned(),
            vec![
                Figure::new("student", student),
                Figure::new("time", this.time),
                Figure::new("earlier", sessions_at.index(earlier).to_path()),
                Figure::new("earlier_time", that.time),
            ],
        );
    }
}

/// `introduced.minor_hazard`: at every student of a session on a line with a hazard of
/// `hazards_forbidden_for_minors` who is under the adult age on the session's day. The figure
/// `hazards` names the forbidden hazards of the line (a line's other hazards are allowed).
pub(super) fn minor_hazard(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    if !sink.wants(RuleCode::IntroducedMinorHazard) {
        return;
    }
    let policy = sink.policy();
    let adult_age = policy.adult_age;
    let forbidden = |h: &&crate::Hazard| policy.hazards_forbidden_for_minors.contains(h);
    let sessions = at.field("sessions");
    for (i, s) in index.model.sessions.iter().enumerate() {
        let Some(line) = index
            .session_line(s)
            .and_then(|line| index.model.lines.get(line))
        else {
            continue;
        };
        if !line.hazards.iter().any(|h| forbidden(&h)) {
            continue;
        }
        let day = s.time.date();
        let here = sessions.index(i);
        let students = here.field("students");
        for (k, id) in s.students.iter().enumerate() {
            let Some(student) = index.registry.student(*id) else {
                continue;
            };
            if !has_reached_age(student.birth_date, adult_age, day) {
                let hazards: Vec<&str> = line
                    .hazards
                    .iter()
                    .filter(forbidden)
                    .map(|h| h.as_str())
                    .collect();
                sink.push(
                    RuleCode::IntroducedMinorHazard,
                    students.index(k),
                    Scope::Plain,
                    format!("a student under {adult_age} trains on a line with a hazard forbidden for minors"),
                    vec![
                        Figure::new("student", id),
                        Figure::new("birth_date", student.birth_date),
                        Figure::new("day", day),
                        Figure::new("limit", Quantity::count(adult_age, Unit::YearsOfAge)),
                        Figure::new("hazards", FigureValue::list(hazards.iter().map(|h| FigureValue::term(h.to_string())))),
                    ],
                );
            }
        }
    }
}

/// `agreement.activity_within_term` for every session, and `agreement.student_enrolled` for
/// every student of every session.
pub(super) fn sessions_in_term(index: &Index<'_>, at: Loc<'_>, sink: &mut Sink<'_>) {
    let sessions = at.field("sessions");
    for (i, s) in index.model.sessions.iter().enumerate() {
        if index.session_line(s).is_none() {
            continue;
        }
        let here = sessions.index(i);
        let days = s.time.days();
        check_within_term(
            index.agreement,
            days,
            "training session",
            here,
            Scope::Plain,
            sink,
        );
        let students = here.field("students");
        for (k, id) in s.students.iter().enumerate() {
            check_participation(
                index.agreement,
                index.registry,
                *id,
                days,
                students.index(k),
                sink,
            );
        }
    }
}
