//! The profile as a parameter of the kit: valid arrangements under [`Profile::De`] as well as
//! [`Profile::Cn`], and single-fault mutations for the seven codes the de profile switches on.
//!
//! A de arrangement is a cn arrangement of the same generator, fitted to the de profile: pay and
//! wages in euros above every minimum training allowance, breaks as long as ArbZG § 4 and
//! JArbSchG § 11 ask (shifts lengthened by the missing minutes), a minor's shifts moved to end by
//! 20:00 (JArbSchG § 14), and no record of what happened (a record's payments follow cn's pay
//! dates); a rota is reduced to its first pattern and dated changes are dropped, so that breaks
//! and the minors' evening limit are fitted on one weekly pattern. Everything else the generator
//! draws (dates, students, hosts, modes) is kept, so every change the kit's shapes gain reaches
//! both profiles.

use std::collections::BTreeSet;

use chrono::{Datelike, Months, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;

use super::arrangement::{valid_agreement, Arrangement, Sizes};
use super::mutation::{one, shifts, Mutation, Parties};
use crate::{
    has_reached_age, Currency, Money, Pay, Placement, Policy, RuleCode, SchoolDay, Shift,
    TimeOfDay, WeeklySchedule,
};

/// A named profile the kit's generators take as a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// [`Policy::cn`].
    Cn,
    /// [`Policy::de`].
    De,
}

impl Profile {
    /// The profile's policy.
    pub fn policy(self) -> Policy {
        match self {
            Profile::Cn => Policy::cn(),
            Profile::De => Policy::de(),
        }
    }
}

/// Monthly pay of a generated de placement, above every minimum training allowance of the table
/// (the highest is 1,014.00 EUR).
pub const DE_MONTHLY_PAY: Money = Money::new(1_100_00, Currency::EUR);

/// The codes the kit has a de mutation for: the seven the de profile switches on.
pub const DE_MUTATIONS: &[RuleCode] = &[
    RuleCode::WorktimeMinorDailyHours,
    RuleCode::WorktimeMinorWeeklyHours,
    RuleCode::WorktimeMinorDaysPerWeek,
    RuleCode::WorktimeDailyRest,
    RuleCode::WorktimeBreaks,
    RuleCode::WorktimeSchoolDay,
    RuleCode::PlacementTrainingAllowance,
];

/// A valid registry and agreement of the given sizes that passes under `profile`'s policy with no
/// error and no warning. Under [`Profile::Cn`] this is [`valid_agreement`].
pub fn valid_agreement_in(profile: Profile, sizes: Sizes) -> BoxedStrategy<Arrangement> {
    match profile {
        Profile::Cn => valid_agreement(sizes),
        Profile::De => valid_agreement(sizes)
            .prop_filter_map("an arrangement fitted to de", fit_de)
            .boxed(),
    }
}

/// Whether the student of `placement` is a minor on its first day under `policy`.
fn is_minor(arrangement: &Arrangement, placement: &Placement, policy: &Policy) -> bool {
    arrangement
        .registry
        .student(placement.student)
        .is_some_and(|s| !has_reached_age(s.birth_date, policy.adult_age, placement.dates.first()))
}

/// Fits a cn arrangement to the de profile (see the module docs).
fn fit_de(mut arrangement: Arrangement) -> Option<Arrangement> {
    let policy = Policy::de();
    let mut parties = Parties::of(&arrangement.registry);
    for host in &mut parties.enterprises {
        for post in &mut host.posts {
            post.monthly_wage = Money::new(post.monthly_wage.minor_units(), Currency::EUR);
        }
    }
    let minors: Vec<bool> = arrangement
        .agreement
        .placements
        .iter()
        .map(|p| is_minor(&arrangement, p, &policy))
        .collect();
    let steps = policy.min_breaks.clone()?;
    let night_from = policy
        .minor_night_window
        .map(|w| w.start().minutes_since_midnight());
    for (p, minor) in arrangement.agreement.placements.iter_mut().zip(minors) {
        if let Some(pay) = p.pay.as_mut() {
            pay.monthly = DE_MONTHLY_PAY;
        }
        p.record = None;
        let steps = if minor { &steps.minors } else { &steps.adults };
        let mut fitted = Vec::new();
        for shift in p.schedule.weeks().first()?.shifts() {
            let working = shift.working_minutes();
            let unpaid = shift
                .unpaid_break_minutes()
                .max(crate::worktime::required_break(steps, working));
            let span = working.checked_add(unpaid)?;
            let mut start = shift.start().minutes_since_midnight();
            if let Some(night) = night_from.filter(|_| minor) {
                start = start.min(night.checked_sub(span)?);
            }
            let end = TimeOfDay::from_minutes(start.checked_add(span)?).ok()?;
            let start = TimeOfDay::from_minutes(start).ok()?;
            fitted.push(Shift::new(shift.weekday(), start, end, unpaid).ok()?);
        }
        // A rota becomes its first pattern, fitted, and the dated changes (which re-enter a shift
        // of the pattern as a day off and an extra shift) are dropped: the breaks and the
        // minors' evening limit are fitted on one weekly pattern.
        p.schedule = WeeklySchedule::new(fitted).ok()?.into();
        p.days_off.clear();
        p.extra_shifts.clear();
    }
    arrangement.registry = parties.build()?;
    Some(arrangement)
}

/// A mutation of a valid de arrangement that must raise `code` under [`Policy::de`] (or de with
/// one limit lowered, where de's own limits cannot be broken alone), if the kit has one.
pub fn de_mutation(code: RuleCode, sizes: Sizes) -> Option<BoxedStrategy<Mutation<Arrangement>>> {
    DE_MUTATIONS.contains(&code).then(|| {
        (valid_agreement_in(Profile::De, sizes), any::<Index>())
            .prop_filter_map("a de mutation this arrangement allows", move |(a, pick)| {
                mutate_de(code, a, pick)
            })
            .boxed()
    })
}

/// Any de mutation, with the code it must raise.
pub fn de_mutations(sizes: Sizes) -> BoxedStrategy<Mutation<Arrangement>> {
    super::mutation::union_of(DE_MUTATIONS, |code| de_mutation(code, sizes))
}

fn mutate_de(code: RuleCode, mut a: Arrangement, pick: Index) -> Option<Mutation<Arrangement>> {
    let mut policy = Policy::de();
    let placements = &a.agreement.placements;
    let minors: Vec<usize> = (0..placements.len())
        .filter(|&i| placements.get(i).is_some_and(|p| is_minor(&a, p, &policy)))
        .collect();
    let work: Vec<usize> = (0..placements.len())
        .filter(|&i| placements.get(i).is_some_and(|p| p.kind.is_work()))
        .collect();
    let any: Vec<usize> = (0..placements.len()).collect();
    let choose = |list: &[usize]| (!list.is_empty()).then(|| pick.get(list)).copied();
    use Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
    match code {
        RuleCode::WorktimeMinorDailyHours => {
            // 8 h 30 min on one Monday.
            let i = choose(&minors)?;
            a.agreement.placements.get_mut(i)?.schedule = shifts(&[Mon], (8, 0), (17, 30), 60)?;
        }
        RuleCode::WorktimeMinorWeeklyHours => {
            // Five days of 8 h are a minor's 40 h; with the limit lowered to 39 h the week breaks
            // it alone (de's own 40 h cannot be passed within 8 h a day on five days).
            let i = choose(&minors)?;
            policy.minor_max_weekly_work_hours = Some(39);
            a.agreement.placements.get_mut(i)?.schedule =
                shifts(&[Mon, Tue, Wed, Thu, Fri], (8, 0), (17, 0), 60)?;
        }
        RuleCode::WorktimeMinorDaysPerWeek => {
            // Six mornings of 4 h, Monday to Saturday (24 h, no break needed), at a host resting
            // on Sunday alone (ArbZG § 9): a sixth day against de's five (JArbSchG § 15).
            let i = choose(&minors)?;
            let p = a.agreement.placements.get_mut(i)?;
            p.schedule = shifts(&[Mon, Tue, Wed, Thu, Fri, Sat], (8, 0), (12, 0), 0)?;
            let mut parties = Parties::of(&a.registry);
            parties.host(p.host)?.rest_days = Some(crate::WeekdaySet::SUNDAY);
            a.registry = parties.build()?;
        }
        RuleCode::WorktimeDailyRest => {
            // Monday until 20:00, Tuesday from 06:00: 10 h of rest.
            let i = choose(&any)?;
            let monday = shifts(&[Mon], (13, 30), (20, 0), 30)?;
            let tuesday = shifts(&[Tue], (6, 0), (12, 30), 30)?;
            let list = [monday, tuesday]
                .iter()
                .flat_map(|s| {
                    s.weeks()
                        .first()
                        .map(|w| w.shifts().to_vec())
                        .unwrap_or_default()
                })
                .collect();
            a.agreement.placements.get_mut(i)?.schedule = WeeklySchedule::new(list).ok()?.into();
        }
        RuleCode::WorktimeBreaks => {
            // The first shift worked for 7 h straight.
            let i = choose(&any)?;
            let p = a.agreement.placements.get_mut(i)?;
            let first = *p.schedule.weeks().first()?.shifts().first()?;
            let start = first.start().minutes_since_midnight().min(11 * 60);
            let s = Shift::new(
                first.weekday(),
                TimeOfDay::from_minutes(start).ok()?,
                TimeOfDay::from_minutes(start + 7 * 60).ok()?,
                0,
            )
            .ok()?;
            let mut list = p.schedule.weeks().first()?.shifts().to_vec();
            *list.first_mut()? = s;
            p.schedule = WeeklySchedule::new(list).ok()?.into();
        }
        RuleCode::WorktimeSchoolDay => {
            // Six lessons on the weekday of the first shift, which then falls on the week's
            // first long school day.
            let i = choose(&work)?;
            let p = a.agreement.placements.get_mut(i)?;
            let first = *p.schedule.weeks().first()?.shifts().first()?;
            let day = SchoolDay::new(
                first.weekday(),
                TimeOfDay::new(7, 0).ok()?,
                TimeOfDay::new(12, 0).ok()?,
                6,
            )
            .ok()?;
            p.school_days = vec![day];
        }
        RuleCode::PlacementTrainingAllowance => {
            // Training started on the first day in a year of the table; 1.00 EUR a month.
            let i = choose(&work)?;
            let years: BTreeSet<i32> = policy
                .min_training_allowance
                .iter()
                .map(|row| row.start_year)
                .collect();
            let p = a.agreement.placements.get_mut(i)?;
            let first = p.dates.first();
            let started = (0..4u32)
                .filter_map(|k| first.checked_sub_months(Months::new(12 * k)))
                .find(|d| years.contains(&d.year()))?;
            p.training_started_on = Some(started);
            p.pay = Some(
                Pay::new(
                    Money::new(1_00, Currency::EUR),
                    p.pay.as_ref().map_or(31, |pay| pay.period_days),
                )
                .ok()?,
            );
        }
        _ => return None,
    }
    Some(Mutation {
        target: a,
        policy,
        codes: one(code),
    })
}
