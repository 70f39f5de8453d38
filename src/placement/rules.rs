//! The student-protection rules (`placement.*`), one function each, in catalogue order.
//!
//! Every rule reads one placement with its resolved parties ([`Facts`]); the engine has already
//! skipped placements whose ids do not resolve. A rule about the placement as a whole reports at
//! the placement (`placements[3]`); a rule over every shift, charge or insurance policy reports at
//! that element (`placements[3].schedule.shifts[1]`).

use std::cmp::Ordering;

use chrono::{Datelike, Days, NaiveDate};

use crate::check::{Figure, Loc, Scope, Sink};
use crate::placement::model::{Arrangement, Placement};
use crate::schedule::{Plan, ShiftSource};
use crate::worktime;
use crate::{
    add_years, has_reached_age, study_year_start, week_monday, DateRange, Employer, Enterprise,
    Exemption, GuardianConsent, HostCalendar, Instructor, Post, ProtectedGroup, RuleCode, SchoolId,
    Sex, Shift, Student, WeekdaySet,
};
use crate::{FigureValue, PhraseKey, Quantity, Sentinel, Unit};

/// A placement with everything its rules read, resolved once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts<'a> {
    pub(crate) placement: &'a Placement,
    pub(crate) student: &'a Student,
    pub(crate) host: &'a Enterprise,
    pub(crate) post: &'a Post,
    /// The enterprise whose post `post` is.
    pub(crate) post_owner: crate::EnterpriseId,
    /// The school of the agreement that holds the placement, when its id resolves.
    pub(crate) school: Option<SchoolId>,
    /// The assigned school instructor and host supervisor, where assigned.
    pub(crate) school_instructor: Option<&'a Instructor>,
    pub(crate) supervisor: Option<&'a Instructor>,
    /// Whether the agreement that holds the placement is a work-study rotation (whose period
    /// rules govern a placement's length, so `placement.duration` does not judge it).
    pub(crate) in_rotation: bool,
    /// The exemptions of the agreement, and where they are in the checked root.
    pub(crate) exemptions: &'a [Exemption],
    pub(crate) exemptions_at: Loc<'a>,
}

impl Facts<'_> {
    fn first_day(&self) -> NaiveDate {
        self.placement.dates.first()
    }

    fn is_work(&self) -> bool {
        self.placement.kind.is_work()
    }

    fn is_independent(&self) -> bool {
        self.placement.kind == crate::PlacementKind::Independent
    }

    /// Whether the post is one of the host's posts: the rules about the post skip the placement
    /// when it is not (`placement.post_at_host` reports it).
    fn post_at_host(&self) -> bool {
        self.post_owner == self.host.id
    }

    fn is_minor(&self, adult_age: u32) -> bool {
        !has_reached_age(self.student.birth_date, adult_age, self.first_day())
    }

    /// The scope for exemptible rules: this placement, from its first day.
    pub(crate) fn exemptible(&self) -> Scope<'_> {
        Scope::Placement {
            exemptions: self.exemptions,
            exemptions_at: self.exemptions_at,
            placement: self.placement.id,
            first_day: self.first_day(),
        }
    }
}

/// Pushes a violation about the placement. Exemptions are looked at for every code: one naming
/// a code the policy does not let it silence leaves a note on the violation.
fn report(
    facts: &Facts<'_>,
    sink: &mut Sink<'_>,
    code: RuleCode,
    at: Loc<'_>,
    message: &str,
    figures: Vec<Figure>,
) {
    sink.push(code, at, facts.exemptible(), message.to_owned(), figures);
}

/// Whether a date signed on `signed` is there and on or before `first_day`.
fn signed_in_time(signed: Option<NaiveDate>, first_day: NaiveDate) -> bool {
    signed.is_some_and(|day| day <= first_day)
}

/// `signed` as a figure value: the date, or `missing`.
fn date_or_missing(signed: Option<NaiveDate>) -> FigureValue {
    signed.into()
}

/// Runs every placement rule on one placement, found at `here`.
pub(crate) fn check(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    if facts.is_work() {
        min_age(facts, here, sink);
        study_year(facts, here, sink);
        host_vetted(facts, here, sink);
        dated_document(
            facts,
            sink,
            RuleCode::PlacementInternshipPlan,
            facts.placement.internship_plan_on,
            "school and host drew up no internship plan by the first day",
            here,
        );
        dated_document(
            facts,
            sink,
            RuleCode::PlacementFiled,
            facts.placement.filed_on,
            "the school did not file the placement with its authority by the first day",
            here,
        );
        tripartite_agreement(facts, here, sink);
        consent(facts, here, sink);
    }
    insurance(facts, here, sink);
    supervision(facts, here, sink);
    dated_document(
        facts,
        sink,
        RuleCode::PlacementSafetyTraining,
        facts.placement.safety_training_on,
        "the student passed no safety training by the first day",
        here,
    );
    shift_rules(facts, here, sink);
    post_at_host(facts, here, sink);
    if facts.post_at_host() {
        post_rules(facts, here, sink);
    }
    host_rules(facts, here, sink);
    charges(facts, here, sink);
    pay_rules(facts, here, sink);
    if facts.is_work() {
        if !facts.in_rotation {
            duration(facts, here, sink);
        }
        if facts.post_at_host() {
            major_match(facts, here, sink);
        }
    }
}

/// `placement.post_at_host`: the placement's post is one of its host's posts.
fn post_at_host(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    if !facts.post_at_host() {
        report(
            facts,
            sink,
            RuleCode::PlacementPostAtHost,
            here,
            "the placement's post is not one of its host's posts",
            vec![
                Figure::new("post", facts.post.id),
                Figure::new("enterprise", facts.post_owner),
                Figure::new("host", facts.host.id),
            ],
        );
    }
}

fn min_age(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let min = sink.policy().min_placement_age;
    if !has_reached_age(facts.student.birth_date, min, facts.first_day()) {
        report(
            facts,
            sink,
            RuleCode::PlacementMinAge,
            here,
            "the student is below the minimum placement age on the first day",
            vec![
                Figure::new("limit", Quantity::count(min, Unit::YearsOfAge)),
                Figure::new(
                    "age",
                    Quantity::count(
                        crate::age_on(facts.student.birth_date, facts.first_day()),
                        Unit::YearsOfAge,
                    ),
                ),
                Figure::new("birth_date", facts.student.birth_date),
                Figure::new("first_day", facts.first_day()),
            ],
        );
    }
}

fn study_year(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let year = sink.policy().min_study_year_for_placement;
    let Some(allowed_from) = study_year_start(facts.student.enrolled_on, year) else {
        return;
    };
    if facts.first_day() < allowed_from {
        report(
            facts,
            sink,
            RuleCode::PlacementStudyYear,
            here,
            "the placement starts before the student's permitted study year",
            vec![
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::StudyYearFrom,
                        [year.into(), allowed_from.into()],
                    ),
                ),
                Figure::new("first_day", facts.first_day()),
                Figure::new("enrolled_on", facts.student.enrolled_on),
            ],
        );
    }
}

fn host_vetted(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let first_day = facts.first_day();
    let years = sink.policy().host_safety_record_years;
    let vetted = signed_in_time(facts.host.vetted_on, first_day);
    // A violation counts when its `years`-th anniversary falls after the first day.
    let recent_violation = facts
        .host
        .last_safety_violation
        .filter(|day| *day <= first_day)
        .filter(|day| add_years(*day, years).is_none_or(|expires| expires > first_day));
    if vetted && recent_violation.is_none() {
        return;
    }
    let mut figures = vec![Figure::new(
        "vetted_on",
        date_or_missing(facts.host.vetted_on),
    )];
    if let Some(day) = recent_violation {
        figures.push(Figure::new("last_safety_violation", day));
        figures.push(Figure::new(
            "limit",
            FigureValue::phrase(
                PhraseKey::NoneInYearsBefore,
                [Quantity::count(years, Unit::Years).into(), first_day.into()],
            ),
        ));
    }
    let message = match (vetted, recent_violation) {
        (false, Some(_)) => {
            "the host was not vetted by the first day and has a recent work-safety violation"
        }
        (false, None) => "the host was not vetted (written on-site assessment) by the first day",
        _ => "the host had a work-safety violation in the years before the first day",
    };
    report(
        facts,
        sink,
        RuleCode::PlacementHostVetted,
        here,
        message,
        figures,
    );
}

/// A document of the placement that must be dated on or before its first day.
fn dated_document(
    facts: &Facts<'_>,
    sink: &mut Sink<'_>,
    code: RuleCode,
    dated: Option<NaiveDate>,
    message: &str,
    here: Loc<'_>,
) {
    let first_day = facts.first_day();
    if !signed_in_time(dated, first_day) {
        report(
            facts,
            sink,
            code,
            here,
            message,
            vec![
                Figure::new("dated", date_or_missing(dated)),
                Figure::new("first_day", first_day),
            ],
        );
    }
}

fn tripartite_agreement(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let signatures = facts.placement.tripartite;
    let parties = [
        ("school", signatures.school),
        ("host", signatures.host),
        ("student", signatures.student),
    ];
    let first_day = facts.first_day();
    if parties
        .iter()
        .all(|(_, day)| signed_in_time(*day, first_day))
    {
        return;
    }
    let mut figures: Vec<Figure> = parties
        .iter()
        .filter(|(_, day)| !signed_in_time(*day, first_day))
        .map(|(party, day)| Figure::new(*party, date_or_missing(*day)))
        .collect();
    figures.push(Figure::new("first_day", first_day));
    report(
        facts,
        sink,
        RuleCode::PlacementTripartiteAgreement,
        here,
        "school, host and student did not all sign the placement agreement by the first day",
        figures,
    );
}

fn consent(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let first_day = facts.first_day();
    let guardian_needed = match policy.guardian_consent {
        GuardianConsent::Always => true,
        GuardianConsent::WhenMinor => facts.is_minor(policy.adult_age),
    };
    let consent = facts.placement.consent;
    let mut figures = Vec::new();
    if !signed_in_time(consent.student, first_day) {
        figures.push(Figure::new("student", date_or_missing(consent.student)));
    }
    if guardian_needed && !signed_in_time(consent.guardian, first_day) {
        figures.push(Figure::new("guardian", date_or_missing(consent.guardian)));
    }
    if !figures.is_empty() {
        figures.push(Figure::new("first_day", first_day));
        report(
            facts,
            sink,
            RuleCode::PlacementConsent,
            here,
            "informed consent is not signed by everyone required by the first day",
            figures,
        );
    }
}

/// The first day of the placement that no insurance policy covers, if any.
///
/// A sweep over the policies in the order of their first day: O(k) when the caller lists them in
/// that order (the usual case, and no allocation), O(k log k) otherwise (one sorted copy of the
/// covered ranges), whatever the number of policies or of days.
fn first_uncovered_day(placement: &Placement) -> Option<NaiveDate> {
    let policies = &placement.insurance;
    let in_order = policies
        .windows(2)
        .all(|pair| matches!(pair, [a, b] if a.covers.first() <= b.covers.first()));
    if in_order {
        first_day_not_covered(placement.dates, policies.iter().map(|policy| policy.covers))
    } else {
        let mut covers: Vec<DateRange> = policies.iter().map(|policy| policy.covers).collect();
        covers.sort_unstable_by_key(|range| range.first());
        first_day_not_covered(placement.dates, covers)
    }
}

/// The first day of `dates` that none of `covers` (in the order of their first day) contains.
fn first_day_not_covered(
    dates: DateRange,
    covers: impl IntoIterator<Item = DateRange>,
) -> Option<NaiveDate> {
    let mut cursor = dates.first();
    for cover in covers {
        if cursor > dates.last() {
            return None;
        }
        if cover.first() > cursor {
            return Some(cursor);
        }
        if cover.last() >= cursor {
            // Covered up to the last representable day: nothing is left uncovered.
            cursor = cover.last().succ_opt()?;
        }
    }
    (cursor <= dates.last()).then_some(cursor)
}

fn insurance(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    if let Some(day) = first_uncovered_day(facts.placement) {
        report(
            facts,
            sink,
            RuleCode::PlacementInsurance,
            here,
            "liability insurance does not cover every day of the placement",
            vec![
                Figure::new("first_uncovered_day", day),
                Figure::new("dates", facts.placement.dates),
            ],
        );
    }
    let policies = here.field("insurance");
    for (k, policy) in facts.placement.insurance.iter().enumerate() {
        if policy.student_premium_share.per_mille() > 0 {
            report(
                facts,
                sink,
                RuleCode::PlacementInsurance,
                policies.index(k),
                "the student pays part of an insurance premium",
                vec![
                    Figure::new("limit", crate::Share::ZERO),
                    Figure::new("student_premium_share", policy.student_premium_share),
                ],
            );
        }
    }
}

fn supervision(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    // A dangling school id is reported by `agreement.references_resolve` alone: the school
    // instructor's role is then not judged.
    let required = sink.policy().school_instructor_required;
    let school_role = facts.school.filter(|_| required).map(|school| {
        (
            "school_instructor",
            facts.school_instructor,
            Employer::School(school),
        )
    });
    let host_role = (
        "supervisor",
        facts.supervisor,
        Employer::Enterprise(facts.host.id),
    );
    let mut figures = Vec::new();
    for (field, assigned, employer) in school_role.into_iter().chain([host_role]) {
        if assigned.is_some_and(|instructor| instructor.employer == employer) {
            continue;
        }
        let actual = match assigned {
            None => FigureValue::Sentinel(Sentinel::NoneAssigned),
            Some(instructor) => FigureValue::phrase(
                PhraseKey::EmployedBy,
                [instructor.id.into(), employer_name(&instructor.employer)],
            ),
        };
        figures.push(Figure::new(field, actual));
    }
    if !figures.is_empty() {
        report(
            facts,
            sink,
            RuleCode::PlacementSupervision,
            here,
            if required {
                "the placement needs a school instructor employed by the school and a supervisor employed by the host"
            } else {
                "the placement needs a supervisor employed by the host"
            },
            figures,
        );
    }
}

/// `school <id>` or `enterprise <id>`.
fn employer_name(employer: &Employer) -> FigureValue {
    let (side, id) = match employer {
        Employer::School(id) => ("school", FigureValue::from(*id)),
        Employer::Enterprise(id) => ("enterprise", FigureValue::from(*id)),
    };
    FigureValue::phrase(PhraseKey::Spaced, [FigureValue::term(side), id])
}

/// Night, rest-day and holiday work: rules over every shift of every pattern and every extra
/// shift on the placement's days (RULES.md, "Schedules, rotas and dated changes").
///
/// A pattern shift is judged on the dates it is worked: those of the weeks that follow its
/// pattern, starting on a day of the placement that is not a day off. It is rest-day work when
/// such an occurrence occupies one of the host's weekly rest days that is not a make-up working
/// day, and holiday work when one occupies a public holiday inside the placement; the violation
/// names the first such date (`date`). Night work needs no date: it names the shift's weekday
/// (`day`) for a pattern shift, its date for an extra shift.
fn shift_rules(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let night = policy.placement_night_window;
    let plan = facts.placement.plan();
    let calendar = HostCalendar::for_host(policy, facts.host);
    let schedule = plan.schedule;
    let rest_days = calendar.rest_days();
    for (source, shift) in worktime::every_shift(&plan) {
        let extra = match source {
            ShiftSource::Extra(j) => facts.placement.extra_shifts.get(j),
            ShiftSource::Pattern { .. } => None,
        };
        let when = || match extra {
            Some(e) => Figure::new("date", e.date()),
            None => Figure::new("day", shift.weekday()),
        };
        let shown = |figure: Figure| match extra {
            Some(e) => vec![Figure::new("shift", e), figure],
            None => vec![Figure::new("shift", shift), figure],
        };
        if let Some(window) = night.filter(|w| shift.overlaps_window(w)) {
            let mut figures = shown(Figure::new("night", window));
            figures.push(when());
            worktime::at_shift(schedule, here, source, |at| {
                sink.push(
                    RuleCode::PlacementNightWork,
                    at,
                    facts.exemptible(),
                    "the shift overlaps the night".to_owned(),
                    figures,
                );
            });
        }
        let worked_rest_days: WeekdaySet = rest_days.intersection(shift.occupied_weekdays());
        if !worked_rest_days.is_empty() {
            let date = match (source, extra) {
                (_, Some(e)) => [Some(e.date()), e.runs_into()]
                    .into_iter()
                    .flatten()
                    .find(|d| calendar.is_weekly_rest(*d)),
                (ShiftSource::Pattern { week, .. }, None) => {
                    first_worked_date(&plan, week, &shift, |d| calendar.is_weekly_rest(d))
                }
                _ => None,
            };
            if let Some(date) = date {
                let mut figures = shown(Figure::new("rest_days", worked_rest_days));
                figures.push(Figure::new("date", date));
                worktime::at_shift(schedule, here, source, |at| {
                    sink.push(
                        RuleCode::PlacementRestDayWork,
                        at,
                        facts.exemptible(),
                        "the shift falls on the host's weekly rest day".to_owned(),
                        figures,
                    );
                });
            }
        }
        let holiday = match (source, extra) {
            (_, Some(e)) => [Some(e.date()), e.runs_into()]
                .into_iter()
                .flatten()
                .find(|d| calendar.is_public_holiday(*d) && facts.placement.dates.contains(*d)),
            (ShiftSource::Pattern { week, .. }, None) => {
                first_holiday_worked(&plan, week, &shift, policy)
            }
            _ => None,
        };
        if let Some(holiday) = holiday {
            let figures = shown(Figure::new("holiday", holiday));
            worktime::at_shift(schedule, here, source, |at| {
                sink.push(
                    RuleCode::PlacementHolidayWork,
                    at,
                    facts.exemptible(),
                    "the shift falls on a public holiday".to_owned(),
                    figures,
                );
            });
        }
    }
}

/// The first date that an occurrence of pattern `week`'s `shift` occupies and `hit` accepts,
/// where that occurrence starts on a day of the plan that is not a day off, in a week that follows
/// the pattern. Walks the occurrences from the first day, skipping those `hit` refuses (make-up
/// working days) or cancelled by a day off, so it stops after at most one more step than there
/// are such dates.
fn first_worked_date(
    plan: &Plan<'_>,
    week: usize,
    shift: &Shift,
    hit: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    let n = plan.schedule.weeks().len().max(1) as u64;
    let first_monday = week_monday(plan.first);
    let offset = (week + plan.schedule.weeks().len() - plan.schedule.pattern_index(first_monday))
        % plan.schedule.weeks().len().max(1);
    let monday = first_monday.checked_add_days(Days::new(7 * offset as u64))?;
    let mut start =
        monday.checked_add_days(Days::new(u64::from(shift.weekday().num_days_from_monday())))?;
    if start < plan.first {
        start = start.checked_add_days(Days::new(7 * n))?;
    }
    let runs_over = shift.occupied_weekdays().len() > 1;
    while plan.holds(start) {
        if !plan.is_day_off(start) {
            let next = if runs_over { start.succ_opt() } else { None };
            if let Some(date) = [Some(start), next].into_iter().flatten().find(|d| hit(*d)) {
                return Some(date);
            }
        }
        start = start.checked_add_days(Days::new(7 * n))?;
    }
    None
}

/// The first public holiday inside the placement that an occurrence of pattern `week`'s `shift`
/// occupies, where that occurrence starts inside the placement, in a week following the pattern,
/// and not on a day off.
fn first_holiday_worked(
    plan: &Plan<'_>,
    week: usize,
    shift: &Shift,
    policy: &crate::Policy,
) -> Option<NaiveDate> {
    let last = plan.last?;
    if policy.public_holidays.is_empty() {
        return None;
    }
    let occupies = shift.occupied_weekdays();
    policy
        .public_holidays
        .range(plan.first..=last)
        .copied()
        .find(|holiday| {
            if !occupies.contains(holiday.weekday()) {
                return false;
            }
            // The occurrence that reaches the holiday starts on it, or the day before.
            let start = if shift.weekday() == holiday.weekday() {
                Some(*holiday)
            } else {
                holiday.pred_opt()
            };
            start.is_some_and(|start| {
                plan.holds(start)
                    && !plan.is_day_off(start)
                    && plan.schedule.pattern_index(start) == week
            })
        })
}

/// Hazards, labour intensity, and posts forbidden for minors or women.
fn post_rules(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let at = here;
    let post = facts.post;
    let prohibited = |h: &&crate::Hazard| policy.prohibited_hazards.contains(h);
    if post.hazards.iter().any(|h| prohibited(&h)) {
        let hazards: Vec<String> = post
            .hazards
            .iter()
            .filter(prohibited)
            .map(|h| format!("{h:?}"))
            .collect();
        sink.push(
            RuleCode::PlacementHazardousWork,
            at,
            facts.exemptible(),
            "the post involves a prohibited hazard".to_owned(),
            vec![Figure::new(
                "hazards",
                FigureValue::list(hazards.into_iter().map(FigureValue::term)),
            )],
        );
    }
    if post.labour_intensity >= policy.forbidden_labour_intensity_from {
        report(
            facts,
            sink,
            RuleCode::PlacementHeavyLabour,
            at,
            "the post's physical labour intensity is too high",
            vec![
                Figure::new(
                    "limit",
                    FigureValue::phrase(
                        PhraseKey::Below,
                        [FigureValue::term(format!(
                            "{:?}",
                            policy.forbidden_labour_intensity_from
                        ))],
                    ),
                ),
                Figure::new(
                    "actual",
                    FigureValue::term(format!("{:?}", post.labour_intensity)),
                ),
            ],
        );
    }
    if let Some(why) = policy
        .minors_post_fault(post)
        .filter(|_| facts.is_minor(policy.adult_age))
    {
        let mut figures = vec![
            Figure::new("adult_age", policy.adult_age),
            Figure::new("birth_date", facts.student.birth_date),
            Figure::new("first_day", facts.first_day()),
        ];
        figures.extend(why);
        report(
            facts,
            sink,
            RuleCode::PlacementMinorWork,
            at,
            "the post is forbidden for minors and the student is under the adult age",
            figures,
        );
    }
    if facts.student.sex == Some(Sex::Female) && post.forbidden_for.contains(&ProtectedGroup::Women)
    {
        report(
            facts,
            sink,
            RuleCode::PlacementFemaleWork,
            at,
            "the post is forbidden for women workers",
            vec![Figure::new("post", post.id)],
        );
    }
}

/// The host's venue and how the placement was arranged.
fn host_rules(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    if sink.policy().prohibited_venues.contains(&facts.host.venue) {
        report(
            facts,
            sink,
            RuleCode::PlacementProhibitedVenue,
            here,
            "the host's venue is of a prohibited kind",
            vec![Figure::new(
                "venue",
                FigureValue::term(format!("{:?}", facts.host.venue)),
            )],
        );
    }
    if let Arrangement::Intermediary { name } = &facts.placement.arranged {
        report(
            facts,
            sink,
            RuleCode::PlacementIntermediary,
            here,
            "the placement was arranged through an intermediary",
            vec![Figure::new("intermediary", name)],
        );
    }
}

fn charges(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let at = here.field("charges");
    for (k, charge) in facts.placement.charges.iter().enumerate() {
        let mut figures = vec![Figure::new(
            "kind",
            FigureValue::term(format!("{:?}", charge.kind)),
        )];
        if let Some(amount) = charge.amount {
            figures.push(Figure::new("amount", amount));
        }
        report(
            facts,
            sink,
            RuleCode::PlacementNoCharges,
            at.index(k),
            "a charge is imposed on the student",
            figures,
        );
    }
}

/// Paid, pay currency, pay floor and pay period, with their skips.
fn pay_rules(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    let at = here;
    // RULES.md names no skip for the allowance where `placement.paid` fires: pay of zero is below
    // the minimum; absent pay is only `placement.paid`.
    if let Some(pay) = facts.placement.pay.as_ref().filter(|_| facts.is_work()) {
        training_allowance(facts, pay, at, sink);
    }
    let Some(pay) = facts
        .placement
        .pay
        .as_ref()
        .filter(|pay| !pay.monthly.is_zero())
    else {
        if facts.is_work() {
            let actual = facts
                .placement
                .pay
                .as_ref()
                .map_or_else(|| "none".to_owned(), |pay| pay.monthly.to_string());
            report(
                facts,
                sink,
                RuleCode::PlacementPaid,
                at,
                "the work placement carries no pay",
                vec![Figure::new("actual", actual)],
            );
        }
        return;
    };
    if facts.is_work() && pay.period_days > policy.max_pay_period_days {
        report(
            facts,
            sink,
            RuleCode::PlacementPayPeriod,
            at,
            "pay is paid less often than required",
            vec![
                Figure::new(
                    "limit",
                    Quantity::count(policy.max_pay_period_days, Unit::Days),
                ),
                Figure::new("actual", Quantity::count(pay.period_days, Unit::Days)),
            ],
        );
    }
    if !facts.is_independent() {
        return;
    }
    let standard = facts.post.monthly_wage;
    let lowest = facts.host.lowest_wage_standard;
    let currencies_match = pay.monthly.currency() == standard.currency()
        && lowest.is_none_or(|l| l.currency() == pay.monthly.currency());
    if !currencies_match {
        let mut figures = vec![
            Figure::new("pay", pay.monthly),
            Figure::new("wage_standard", standard),
        ];
        if let Some(lowest) = lowest {
            figures.push(Figure::new("lowest_wage_standard", lowest));
        }
        report(
            facts,
            sink,
            RuleCode::PlacementPayCurrency,
            at,
            "pay and the wage figures it is compared with are in different currencies",
            figures,
        );
        return;
    }
    let share = policy.min_pay_share;
    if !facts.post_at_host() {
        // The wage standard is another enterprise's: `placement.post_at_host` reports it.
        return;
    }
    let meets_share = share.is_reached_by(pay.monthly.minor_units(), standard.minor_units());
    let meets_lowest = lowest.is_some_and(|l| pay.monthly.compare(&l).is_some_and(Ordering::is_ge));
    if !meets_share && !meets_lowest {
        let floor = crate::Money::new(
            share.of_amount_rounded_up(standard.minor_units()),
            standard.currency(),
        );
        let mut figures = vec![
            Figure::new(
                "limit",
                FigureValue::phrase(
                    PhraseKey::ShareOf,
                    [share.into(), standard.into(), floor.into()],
                ),
            ),
            Figure::new("actual", pay.monthly),
        ];
        if let Some(lowest) = lowest {
            figures.push(Figure::new("lowest_wage_standard", lowest));
        }
        report(
            facts,
            sink,
            RuleCode::PlacementPayFloor,
            at,
            "pay is below the floor for independent work",
            figures,
        );
    }
}

fn duration(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    let months = sink.policy().max_placement_months;
    if facts.placement.dates.lasts_more_than_months(months) {
        report(
            facts,
            sink,
            RuleCode::PlacementDuration,
            here,
            "the placement lasts longer than usual",
            vec![
                Figure::new("limit", Quantity::count(months, Unit::Months)),
                Figure::new("dates", facts.placement.dates),
            ],
        );
    }
}

fn major_match(facts: &Facts<'_>, here: Loc<'_>, sink: &mut Sink<'_>) {
    if facts.post.major_category != facts.student.major_category {
        report(
            facts,
            sink,
            RuleCode::PlacementMajorMatch,
            here,
            "the post's major category differs from the student's",
            vec![
                Figure::new("post_major_category", &facts.post.major_category),
                Figure::new("student_major_category", &facts.student.major_category),
            ],
        );
    }
}

/// `placement.training_allowance`: monthly pay is at least the minimum training allowance for the
/// year training started, in each training year the placement spans (BBiG § 17(2)). Training
/// starts on `training_started_on`, else the student's enrollment date; training year k starts
/// k-1 years later. Not evaluated under a collective agreement (§ 17(3)), for a start year the
/// table lacks, or for a training year past the table's row; part-time training scales the
/// minimum by its share of full-time hours, rounded up to the minor unit (§ 17(5)).
fn training_allowance(facts: &Facts<'_>, pay: &crate::Pay, here: Loc<'_>, sink: &mut Sink<'_>) {
    let policy = sink.policy();
    if policy.min_training_allowance.is_empty()
        || pay.collective_agreement.is_some()
        || !sink.wants(RuleCode::PlacementTrainingAllowance)
    {
        return;
    }
    let started = facts
        .placement
        .training_started_on
        .unwrap_or(facts.student.enrolled_on);
    let Some(row) = policy
        .min_training_allowance
        .iter()
        .find(|row| row.start_year == started.year())
    else {
        return;
    };
    let dates = facts.placement.dates;
    // Days before training started belong to no training year.
    let Some(last_year) = crate::study_year_on(started, dates.last()) else {
        return;
    };
    let first_year = crate::study_year_on(started, dates.first()).unwrap_or(1);
    for year in first_year..=last_year {
        let Some(minimum) = year
            .checked_sub(1)
            .and_then(|k| row.by_training_year.get(k as usize))
        else {
            continue;
        };
        let minimum = match pay.part_time_share {
            Some(share) => crate::Money::new(
                share.of_amount_rounded_up(minimum.minor_units()),
                minimum.currency(),
            ),
            None => *minimum,
        };
        let paid = pay.in_training_year(year);
        let short = paid.compare(&minimum).is_none_or(Ordering::is_lt);
        if !short {
            continue;
        }
        let mut figures = vec![
            Figure::new("training_year", year),
            Figure::new("training_started_on", started),
            Figure::new("limit", minimum),
            Figure::new("actual", paid),
        ];
        if let Some(share) = pay.part_time_share {
            figures.push(Figure::new("part_time_share", share));
        }
        let message = if paid.currency() == minimum.currency() {
            format!("monthly pay in training year {year} is below the minimum training allowance")
        } else {
            format!("monthly pay in training year {year} is in another currency than the minimum training allowance")
        };
        report(
            facts,
            sink,
            RuleCode::PlacementTrainingAllowance,
            here,
            &message,
            figures,
        );
    }
}
