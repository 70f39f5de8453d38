//! Single-fault mutations: a valid arrangement changed in one place, with the policy to check it
//! under and the codes it must raise, no fewer and no more.
//!
//! A mutation changes one fact (a missing signature, a post that becomes hazardous, a host with no
//! employees); where one fact touches several elements (a host's vetting date concerns every work
//! placement there), the rule fires once per element, always with the one declared code. Rules that
//! are off under the cn policy (`worktime.minor_night_work`, `placement.holiday_work`) carry the
//! policy change that switches them on.

use crate::WeekdaySet;
use std::collections::BTreeSet;

use chrono::{Days, Months, NaiveDate, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{valid_agreement, valid_portfolio, Arrangement, Sizes};
use crate::{
    add_months, Arrangement as HowArranged, Charge, ChargeKind, CooperationAgreement, Currency,
    DailyWindow, Enterprise, Hazard, Instructor, InstructorId, LabourIntensity, Money, Name,
    PlacementId, Policy, Portfolio, Post, ProtectedGroup, Registry, RuleCode, School, Sex, Shift,
    Student, TimeOfDay, VenueKind, WeeklySchedule,
};

/// A valid arrangement with one fault, the policy to check it under, and the codes it must raise.
#[derive(Debug, Clone, PartialEq)]
pub struct Mutation<T> {
    /// The faulty arrangement.
    pub target: T,
    /// The policy to check it under (cn, or cn with the one change a rule needs to be on).
    pub policy: Policy,
    /// The codes the check must raise, no fewer and no more.
    pub codes: BTreeSet<RuleCode>,
}

/// The codes an arrangement of one agreement has a mutation for.
pub const AGREEMENT_MUTATIONS: &[RuleCode] = &[
    RuleCode::RecordWithinPlacement,
    RuleCode::RecordDailyHours,
    RuleCode::RecordWeeklyHours,
    RuleCode::RecordRestDays,
    RuleCode::RecordNightWork,
    RuleCode::RecordRestDayWork,
    RuleCode::RecordHolidayWork,
    RuleCode::RecordMinorDailyHours,
    RuleCode::RecordMinorWeeklyHours,
    RuleCode::RecordMinorDaysPerWeek,
    RuleCode::RecordMinorNightWork,
    RuleCode::RecordDailyRest,
    RuleCode::RecordBreaks,
    RuleCode::RecordBeyondSchedule,
    RuleCode::RecordPaidOnTime,
    RuleCode::RecordPaidInFull,
    RuleCode::RecordPaidDirectly,
    RuleCode::RecordPaidInMoney,
    RuleCode::RecordNoDeductions,
    RuleCode::AgreementSignedBeforeStart,
    RuleCode::AgreementActivityWithinTerm,
    RuleCode::AgreementReferencesResolve,
    RuleCode::AgreementUniqueIds,
    RuleCode::AgreementStudentEnrolled,
    RuleCode::AgreementMutualContribution,
    RuleCode::WorktimeDailyHours,
    RuleCode::WorktimeWeeklyHours,
    RuleCode::WorktimeRestDays,
    RuleCode::WorktimeMinorNightWork,
    RuleCode::PlacementMinAge,
    RuleCode::PlacementStudyYear,
    RuleCode::PlacementHostVetted,
    RuleCode::PlacementInternshipPlan,
    RuleCode::PlacementFiled,
    RuleCode::PlacementTripartiteAgreement,
    RuleCode::PlacementConsent,
    RuleCode::PlacementInsurance,
    RuleCode::PlacementSupervision,
    RuleCode::PlacementSafetyTraining,
    RuleCode::PlacementNightWork,
    RuleCode::PlacementRestDayWork,
    RuleCode::PlacementHolidayWork,
    RuleCode::PlacementHazardousWork,
    RuleCode::PlacementHeavyLabour,
    RuleCode::PlacementMinorWork,
    RuleCode::PlacementFemaleWork,
    RuleCode::PlacementProhibitedVenue,
    RuleCode::PlacementIntermediary,
    RuleCode::PlacementNoCharges,
    RuleCode::PlacementPaid,
    RuleCode::PlacementPayFloor,
    RuleCode::PlacementPayPeriod,
    RuleCode::PlacementPayCurrency,
    RuleCode::PlacementDuration,
    RuleCode::PlacementMajorMatch,
    RuleCode::PlacementPostAtHost,
];

/// The codes only a portfolio has a mutation for (a portfolio also has every agreement mutation).
pub const PORTFOLIO_MUTATIONS: &[RuleCode] = &[
    RuleCode::PortfolioUniqueIds,
    RuleCode::PortfolioStudentOverlap,
    RuleCode::PortfolioInternShareEnterprise,
    RuleCode::PortfolioInternSharePost,
];

/// A mutation of a generated valid arrangement that must raise `code`, if the kit has one.
pub fn agreement_mutation(
    code: RuleCode,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    AGREEMENT_MUTATIONS.contains(&code).then(|| {
        (valid_agreement(sizes), any::<Index>())
            .prop_filter_map(
                "a mutation this arrangement allows",
                move |(arrangement, pick)| {
                    let portfolio =
                        Portfolio::new(arrangement.registry, vec![arrangement.agreement]);
                    let mutated = mutate(code, portfolio, pick)?;
                    let Portfolio {
                        registry,
                        mut agreements,
                        ..
                    } = mutated.target;
                    Some(Mutation {
                        target: Arrangement {
                            registry,
                            agreement: agreements.pop()?,
                        },
                        policy: mutated.policy,
                        codes: mutated.codes,
                    })
                },
            )
            .boxed()
    })
}

/// A mutation of a generated valid portfolio that must raise `code`, if the kit has one (every
/// code of [`AGREEMENT_MUTATIONS`] and [`PORTFOLIO_MUTATIONS`]).
pub fn portfolio_mutation(
    code: RuleCode,
    agreements: usize,
    sizes: Sizes,
) -> Option<BoxedStrategy<Mutation<Portfolio>>> {
    (AGREEMENT_MUTATIONS.contains(&code) || PORTFOLIO_MUTATIONS.contains(&code)).then(|| {
        (valid_portfolio(agreements, sizes), any::<Index>())
            .prop_filter_map(
                "a mutation this portfolio allows",
                move |(portfolio, pick)| mutate(code, portfolio, pick),
            )
            .boxed()
    })
}

/// Any agreement mutation, with the code it must raise.
pub fn agreement_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    union_of(AGREEMENT_MUTATIONS, |code| agreement_mutation(code, sizes))
}

/// Any portfolio mutation, with the code it must raise.
pub fn portfolio_mutations(agreements: usize, sizes: Sizes) -> BoxedStrategy<Mutation<Portfolio>> {
    union_of(
        AGREEMENT_MUTATIONS.iter().chain(PORTFOLIO_MUTATIONS),
        |code| portfolio_mutation(code, agreements, sizes),
    )
}

/// Any of the mutations `one` has for `codes`, as one strategy.
pub(crate) fn union_of<'a, T: std::fmt::Debug + 'static>(
    codes: impl IntoIterator<Item = &'a RuleCode>,
    one: impl Fn(RuleCode) -> Option<BoxedStrategy<T>>,
) -> BoxedStrategy<T> {
    let strategies: Vec<_> = codes.into_iter().filter_map(|code| one(*code)).collect();
    proptest::strategy::Union::new(strategies).boxed()
}

/// The parties of a registry, to change and rebuild.
pub(crate) struct Parties {
    pub(crate) schools: Vec<School>,
    pub(crate) enterprises: Vec<Enterprise>,
    pub(crate) students: Vec<Student>,
    pub(crate) instructors: Vec<Instructor>,
}

impl Parties {
    pub(crate) fn of(registry: &Registry) -> Self {
        Self {
            schools: registry.schools().to_vec(),
            enterprises: registry.enterprises().to_vec(),
            students: registry.students().to_vec(),
            instructors: registry.instructors().to_vec(),
        }
    }

    pub(crate) fn build(self) -> Option<Registry> {
        Registry::new(
            self.schools,
            self.enterprises,
            self.students,
            self.instructors,
        )
        .ok()
    }

    pub(crate) fn student(&mut self, id: crate::StudentId) -> Option<&mut Student> {
        self.students.iter_mut().find(|s| s.id == id)
    }

    pub(crate) fn host(&mut self, id: crate::EnterpriseId) -> Option<&mut Enterprise> {
        self.enterprises.iter_mut().find(|e| e.id == id)
    }

    fn post(&mut self, id: crate::PostId) -> Option<&mut Post> {
        self.enterprises
            .iter_mut()
            .flat_map(|e| e.posts.iter_mut())
            .find(|p| p.id == id)
    }
}

pub(crate) fn t(hour: u32, minute: u32) -> Option<TimeOfDay> {
    TimeOfDay::new(hour, minute).ok()
}

pub(crate) fn shifts(
    days: &[Weekday],
    start: (u32, u32),
    end: (u32, u32),
    unpaid_break: u32,
) -> Option<crate::Schedule> {
    let (start, end) = (t(start.0, start.1)?, t(end.0, end.1)?);
    let list = days
        .iter()
        .map(|day| Shift::new(*day, start, end, unpaid_break))
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    WeeklySchedule::new(list).ok().map(Into::into)
}

/// The date `years` years before `day`, as a birth date that turns `years` old on `day`.
pub(crate) fn years_before(day: NaiveDate, years: u32) -> Option<NaiveDate> {
    day.checked_sub_months(Months::new(years.checked_mul(12)?))
}

/// Gives `placement` the weekly `schedule` alone, without the dated changes of its old one.
pub(crate) fn replan(placement: &mut crate::Placement, schedule: crate::Schedule) {
    placement.schedule = schedule;
    placement.days_off.clear();
    placement.extra_shifts.clear();
}

pub(crate) fn one(code: RuleCode) -> BTreeSet<RuleCode> {
    BTreeSet::from([code])
}

/// Applies the fault for `code` to the portfolio's first agreement (or, for the portfolio rules,
/// across agreements), on the placement `pick` chooses among those the rule considers.
fn mutate(code: RuleCode, portfolio: Portfolio, pick: Index) -> Option<Mutation<Portfolio>> {
    let Portfolio {
        registry,
        mut agreements,
        ..
    } = portfolio;
    let mut parties = Parties::of(&registry);
    let mut policy = Policy::cn();
    let agreement: &CooperationAgreement = agreements.first()?;
    let any: Vec<usize> = (0..agreement.placements.len()).collect();
    let work: Vec<usize> = any
        .iter()
        .copied()
        .filter(|i| {
            agreement
                .placements
                .get(*i)
                .is_some_and(|p| p.kind.is_work())
        })
        .collect();
    let independent: Vec<usize> = any
        .iter()
        .copied()
        .filter(|i| {
            agreement
                .placements
                .get(*i)
                .is_some_and(|p| p.kind == crate::PlacementKind::Independent)
        })
        .collect();
    let choose = |list: &[usize]| (!list.is_empty()).then(|| pick.get(list)).copied();
    let work_i = choose(&work)?;
    let any_i = choose(&any)?;
    let independent_i = choose(&independent)?;

    if super::record::RECORD_MUTATIONS.contains(&code) {
        let codes = super::record::fault(code, &mut agreements, &mut parties, &mut policy, work_i)?;
        return Some(Mutation {
            target: Portfolio::new(parties.build()?, agreements),
            policy,
            codes,
        });
    }
    if super::record::DROPS_RECORDS.contains(&code) {
        for a in &mut agreements {
            for p in &mut a.placements {
                p.record = None;
            }
        }
    }
    let agreement: &mut CooperationAgreement = agreements.first_mut()?;

    match code {
        RuleCode::AgreementSignedBeforeStart => {
            agreement.signed_on = agreement.validity.first().checked_add_days(Days::new(1))?;
        }
        RuleCode::AgreementActivityWithinTerm => {
            let latest = agreement.placements.iter().map(|p| p.dates.last()).max()?;
            agreement.validity =
                crate::DateRange::new(agreement.validity.first(), latest.pred_opt()?).ok()?;
        }
        RuleCode::AgreementReferencesResolve => {
            agreement.placements.get_mut(any_i)?.supervisor =
                Some(InstructorId::from_u128(u128::MAX));
        }
        RuleCode::AgreementUniqueIds => {
            let copy = agreement.placements.get(any_i)?.clone();
            agreement.placements.push(copy);
        }
        RuleCode::AgreementStudentEnrolled => {
            let p = agreement.placements.get(any_i)?;
            let (student, last) = (p.student, p.dates.last());
            parties.student(student)?.expected_graduation = last.pred_opt()?;
        }
        RuleCode::AgreementMutualContribution => {
            if agreement.mode.is_internship() {
                // Not evaluated for an internship agreement.
                return None;
            }
            agreement
                .contributions
                .retain(|c| c.side == crate::Side::Enterprise);
        }
        RuleCode::WorktimeDailyHours => {
            replan(
                agreement.placements.get_mut(any_i)?,
                shifts(&[Weekday::Mon], (8, 0), (17, 0), 0)?,
            );
        }
        RuleCode::WorktimeWeeklyHours => {
            parties.host(agreement.enterprise)?.rest_days = Some(WeekdaySet::SUNDAY);
            let six = [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
            ];
            replan(
                agreement.placements.get_mut(any_i)?,
                shifts(&six, (8, 0), (15, 0), 0)?,
            );
        }
        RuleCode::WorktimeRestDays => {
            parties.host(agreement.enterprise)?.rest_days = Some(WeekdaySet::EMPTY);
            replan(
                agreement.placements.get_mut(any_i)?,
                shifts(&crate::WEEK, (9, 0), (14, 0), 0)?,
            );
        }
        RuleCode::WorktimeMinorNightWork => {
            policy.minor_night_window = Some(DailyWindow::new(t(20, 0)?, t(6, 0)?).ok()?);
            let p = agreement.placements.get_mut(any_i)?;
            replan(p, shifts(&[Weekday::Mon], (14, 0), (20, 30), 30)?);
            let (student, first) = (p.student, p.dates.first());
            parties.student(student)?.birth_date = years_before(first, 17)?;
        }
        RuleCode::PlacementMinAge => {
            let p = agreement.placements.get(work_i)?;
            let (student, first) = (p.student, p.dates.first());
            parties.student(student)?.birth_date = years_before(first, 15)?;
        }
        RuleCode::PlacementStudyYear => {
            // The first placement of the first student is its earliest, and independent work.
            let p = agreement.placements.first()?;
            let (student, first) = (p.student, p.dates.first());
            parties.student(student)?.enrolled_on = first.pred_opt()?;
        }
        RuleCode::PlacementHostVetted => parties.host(agreement.enterprise)?.vetted_on = None,
        RuleCode::PlacementInternshipPlan => {
            agreement.placements.get_mut(work_i)?.internship_plan_on = None
        }
        RuleCode::PlacementFiled => agreement.placements.get_mut(work_i)?.filed_on = None,
        RuleCode::PlacementTripartiteAgreement => {
            agreement.placements.get_mut(work_i)?.tripartite.host = None
        }
        RuleCode::PlacementConsent => agreement.placements.get_mut(work_i)?.consent.guardian = None,
        RuleCode::PlacementInsurance => agreement.placements.get_mut(any_i)?.insurance.clear(),
        RuleCode::PlacementSupervision => {
            let p = agreement.placements.get_mut(any_i)?;
            p.supervisor = p.school_instructor;
        }
        RuleCode::PlacementSafetyTraining => {
            agreement.placements.get_mut(any_i)?.safety_training_on = None
        }
        RuleCode::PlacementNightWork => {
            replan(
                agreement.placements.get_mut(any_i)?,
                shifts(&[Weekday::Mon], (14, 0), (22, 30), 30)?,
            );
        }
        RuleCode::PlacementRestDayWork => {
            replan(
                agreement.placements.get_mut(any_i)?,
                shifts(&[Weekday::Sun], (9, 0), (12, 0), 0)?,
            );
        }
        RuleCode::PlacementHolidayWork => {
            let p = agreement.placements.get_mut(any_i)?;
            let holiday = p.dates.days().find(|day| {
                !matches!(chrono::Datelike::weekday(day), Weekday::Sat | Weekday::Sun)
            })?;
            replan(
                p,
                shifts(&[chrono::Datelike::weekday(&holiday)], (9, 0), (12, 0), 0)?,
            );
            policy.public_holidays.insert(holiday);
        }
        RuleCode::PlacementHazardousWork => {
            // Height is forbidden for minors too (revision 2): off that list, so that a minor at
            // the post breaks this rule alone.
            let post = agreement.placements.get(any_i)?.post;
            parties.post(post)?.hazards.insert(Hazard::Height);
            policy.hazards_forbidden_for_minors.remove(&Hazard::Height);
        }
        RuleCode::PlacementHeavyLabour => {
            let post = agreement.placements.get(any_i)?.post;
            parties.post(post)?.labour_intensity = LabourIntensity::ClassIII;
        }
        RuleCode::PlacementMinorWork => {
            let p = agreement.placements.get(any_i)?;
            let (student, first, post) = (p.student, p.dates.first(), p.post);
            parties.student(student)?.birth_date = years_before(first, 17)?;
            // A post marked forbidden for minors, or with a hazard forbidden for minors that is
            // not prohibited for every student (dust).
            if pick.index(2) == 0 {
                parties
                    .post(post)?
                    .forbidden_for
                    .insert(ProtectedGroup::Minors);
            } else {
                parties.post(post)?.hazards.insert(Hazard::Dust);
            }
        }
        RuleCode::PlacementFemaleWork => {
            let p = agreement.placements.get(any_i)?;
            let (student, post) = (p.student, p.post);
            parties.student(student)?.sex = Some(Sex::Female);
            parties
                .post(post)?
                .forbidden_for
                .insert(ProtectedGroup::Women);
        }
        RuleCode::PlacementProhibitedVenue => {
            parties.host(agreement.enterprise)?.venue = VenueKind::Karaoke
        }
        RuleCode::PlacementIntermediary => {
            agreement.placements.get_mut(any_i)?.arranged = HowArranged::Intermediary {
                name: "agency".to_owned(),
            };
        }
        RuleCode::PlacementNoCharges => {
            agreement
                .placements
                .get_mut(any_i)?
                .charges
                .push(Charge::new(ChargeKind::Deposit));
        }
        RuleCode::PlacementPaid => agreement.placements.get_mut(work_i)?.pay = None,
        RuleCode::PlacementPayFloor => {
            let pay = agreement.placements.get_mut(independent_i)?.pay.as_mut()?;
            pay.monthly = Money::new(1_000_00, Currency::CNY);
        }
        RuleCode::PlacementPayPeriod => {
            agreement
                .placements
                .get_mut(work_i)?
                .pay
                .as_mut()?
                .period_days = 60
        }
        RuleCode::PlacementPayCurrency => {
            let pay = agreement.placements.get_mut(independent_i)?.pay.as_mut()?;
            pay.monthly = Money::new(pay.monthly.minor_units(), Currency::EUR);
        }
        RuleCode::PlacementDuration => {
            // The student's latest work placement grows to exactly six months and a day's worth.
            let student = agreement.placements.get(work_i)?.student;
            let latest = agreement
                .placements
                .iter()
                .enumerate()
                .filter(|(_, p)| p.student == student)
                .max_by_key(|(_, p)| p.dates.first())
                .map(|(i, _)| i)?;
            let graduation = parties.student(student)?.expected_graduation;
            let p = agreement.placements.get_mut(latest)?;
            if !p.kind.is_work() {
                return None;
            }
            let last = add_months(p.dates.first(), 6)?;
            if last > graduation || last > agreement.validity.last() {
                return None;
            }
            p.dates = crate::DateRange::new(p.dates.first(), last).ok()?;
            p.insurance = vec![crate::Insurance::new(p.dates, crate::Share::ZERO)];
        }
        RuleCode::PlacementMajorMatch => {
            let post = agreement.placements.get(work_i)?.post;
            parties.post(post)?.major_category = Name::new("hospitality").ok()?;
        }
        RuleCode::PlacementPostAtHost => {
            // A copy of the placement's host and post under fresh ids: the placement names the
            // copy's post, the same in every respect but its enterprise.
            let p = agreement.placements.get(any_i)?;
            let (host, post) = (p.host, p.post);
            let mut other = parties.host(host)?.clone();
            let mut copy = other.posts.iter().find(|q| q.id == post)?.clone();
            other.id = crate::EnterpriseId::from_u128(u128::MAX - 1);
            copy.id = crate::PostId::from_u128(u128::MAX - 1);
            other.posts = vec![copy];
            parties.enterprises.push(other);
            agreement.placements.get_mut(any_i)?.post = crate::PostId::from_u128(u128::MAX - 1);
        }
        RuleCode::PortfolioUniqueIds => {
            let copy = agreement.clone();
            agreements.push(copy);
        }
        RuleCode::PortfolioStudentOverlap => {
            let mut copy = agreement.placements.get(any_i)?.clone();
            copy.id = PlacementId::from_u128(u128::MAX);
            agreement.placements.push(copy);
        }
        RuleCode::PortfolioInternShareEnterprise => {
            parties.host(agreement.enterprise)?.employees = 1;
        }
        RuleCode::PortfolioInternSharePost => {
            // A category of one (20 % of 1 allows none) or, as revision 2 says, of none.
            let post = agreement.placements.get(work_i)?.post;
            parties.post(post)?.headcount = *pick.get(&[0, 1]);
        }
        _ => return None,
    }
    Some(Mutation {
        target: Portfolio::new(parties.build()?, agreements),
        policy,
        codes: one(code),
    })
}
