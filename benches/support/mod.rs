//! A portfolio of all four cooperation modes, of any number of students, for the benches and the
//! memory test.
//!
//! It is built deterministically from the templates in `benches/templates/`: agreements the
//! property-testing kit draws from its fixed seed (classes of up to 40 students), two of each mode.
//! Copies of them are laid side by side, each copy's ids moved into a range of its own, in the
//! proportions of [`MIX`], until the portfolio has the students asked for.
//! `tests/bench_templates.rs` keeps the templates what the kit draws.

// Shared by the benches and the memory test, each of which uses part of it.
#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};
use school_enterprise::alternation::Alternation;
use school_enterprise::{
    week_monday, DateRange, ExtraShift, Mode, Money, Payment, Placement, Portfolio, Record,
    Registry, Schedule, School, WeeklySchedule, WorkedShift,
};

/// The templates, by name.
const TEMPLATES: [(&str, &str); 11] = [
    (
        "interaction-0",
        include_str!("../templates/interaction-0.json"),
    ),
    (
        "interaction-1",
        include_str!("../templates/interaction-1.json"),
    ),
    ("order-0", include_str!("../templates/order-0.json")),
    ("order-1", include_str!("../templates/order-1.json")),
    (
        "introduced-0",
        include_str!("../templates/introduced-0.json"),
    ),
    (
        "introduced-1",
        include_str!("../templates/introduced-1.json"),
    ),
    ("rotation-0", include_str!("../templates/rotation-0.json")),
    ("rotation-1", include_str!("../templates/rotation-1.json")),
    (
        "employed_study-0",
        include_str!("../templates/employed_study-0.json"),
    ),
    (
        "employed_study-1",
        include_str!("../templates/employed_study-1.json"),
    ),
    (
        "single",
        include_str!("../templates/interaction-single.json"),
    ),
];

/// Every ten agreements: three of interaction (mode 3), three order-based classes (mode 4), two
/// of work-study alternation (mode 2, a rotation and an employed study) and two introduced
/// enterprises (mode 1). The two templates of a mode take turns.
const MIX: [&str; 10] = [
    "interaction",
    "order",
    "introduced",
    "interaction",
    "rotation",
    "order",
    "interaction",
    "employed_study",
    "order",
    "introduced",
];

/// The kit gives every id of a generated agreement one of these prefixes (a namespace at the
/// start of the last group, the serial after it); the parties shared by all generated agreements (the school,
/// a neighbouring school and its site) have the namespace `0000` and are left alone.
const KIT_PREFIXES: [&str; 3] = [
    "\"00000000-0000-0000-0000-0001",
    "\"00000000-0000-0000-0000-00e5",
    "\"00000000-0000-0000-0000-0a17",
];

/// `template`'s JSON with its ids moved into copy `copy`'s range: the copy number goes into the
/// second and third groups of each id, which the kit leaves zero.
fn copy_of(template: &str, copy: usize) -> String {
    let mut json = template.to_owned();
    for prefix in KIT_PREFIXES {
        let namespace = &prefix[prefix.len() - 4..];
        let moved = format!(
            "\"00000000-{:04x}-{:04x}-0000-{namespace}",
            copy >> 16,
            copy & 0xFFFF
        );
        json = json.replace(prefix, &moved);
    }
    json
}

/// The template `name` (`"rotation-0"`, ...): one agreement and its registry.
pub fn template(name: &str) -> Portfolio {
    let json = TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, json)| *json)
        .expect("a template of this name");
    serde_json::from_str(json).expect("a valid template")
}

/// A portfolio of exactly `students` students over one registry: copies of the templates in the
/// proportions of [`MIX`] while a whole class fits, then copies of a one-student agreement.
pub fn portfolio(students: usize) -> Portfolio {
    let templates: Vec<(&str, &str, usize)> = TEMPLATES
        .iter()
        .map(|(name, json)| {
            let one: Portfolio = serde_json::from_str(json).expect("a valid template");
            (*name, *json, one.registry.students().len())
        })
        .collect();
    let find = |name: &str| {
        templates
            .iter()
            .find(|(n, _, _)| *n == name)
            .copied()
            .expect("a template of every mode")
    };
    let single = find("single");
    let mut schools: Vec<School> = Vec::new();
    let mut sites = std::collections::HashSet::new();
    let mut enterprises = Vec::new();
    let mut people = Vec::new();
    let mut instructors = Vec::new();
    let mut agreements = Vec::new();
    let mut copy = 0;
    while people.len() < students {
        let mode = MIX[copy % MIX.len()];
        let mut template = find(&format!("{mode}-{}", (copy / MIX.len()) % 2));
        if people.len() + template.2 > students {
            template = single;
        }
        let one: Portfolio =
            serde_json::from_str(&copy_of(template.1, copy)).expect("a valid template");
        // The schools are shared: they gain each copy's campus sites.
        for school in one.registry.schools() {
            let new_sites = school.sites.iter().filter(|site| sites.insert(site.id));
            match schools.iter_mut().find(|s| s.id == school.id) {
                Some(known) => known.sites.extend(new_sites.cloned()),
                None => {
                    let mut school = school.clone();
                    school.sites = new_sites.cloned().collect();
                    schools.push(school);
                }
            }
        }
        enterprises.extend_from_slice(one.registry.enterprises());
        people.extend_from_slice(one.registry.students());
        instructors.extend_from_slice(one.registry.instructors());
        agreements.extend(one.agreements);
        copy += 1;
    }
    let registry = Registry::new(schools, enterprises, people, instructors).expect("distinct ids");
    Portfolio::new(registry, agreements)
}

/// The first day of the month after `day`'s.
fn next_month(day: chrono::NaiveDate) -> chrono::NaiveDate {
    let (y, m) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    chrono::NaiveDate::from_ymd_opt(y, m, 1).expect("a valid month")
}

/// `p`'s plan as worked on every one of its days (a term of daily shifts for a placement of a
/// term) and paid in full every month, five days after the month's last placement day; complete
/// through the last month's pay day, so every month's pay is judged.
pub fn record_of(p: &Placement) -> Record {
    let last = p.dates.last();
    let mut record = Record::new(last + chrono::Days::new(31));
    for day in p.dates.days() {
        if p.days_off.contains(&day) {
            continue;
        }
        for shift in p.schedule.pattern_for(day).shifts() {
            if shift.weekday() == day.weekday() {
                record.shifts.push(
                    WorkedShift::new(
                        day,
                        shift.start(),
                        shift.end(),
                        shift.unpaid_break_minutes(),
                    )
                    .expect("the plan's shift"),
                );
            }
        }
    }
    if let Some(pay) = &p.pay {
        let mut start = p.dates.first();
        while start <= last {
            let next = next_month(start);
            let end = next.pred_opt().expect("a day").min(last);
            let days = (end - start).num_days() as u64 + 1;
            let month_days = (next - start.with_day(1).expect("a first day")).num_days() as u64;
            let due = pay.monthly.minor_units() * days / month_days;
            record.payments.push(Payment::new(
                DateRange::new(start, end).expect("ordered"),
                Money::new(due, pay.monthly.currency()),
                end + chrono::Days::new(5),
            ));
            start = next;
        }
    }
    record
}

/// [`portfolio`] with every work placement carrying [`record_of`] its plan.
pub fn portfolio_with_records(students: usize) -> Portfolio {
    let mut portfolio = portfolio(students);
    for agreement in &mut portfolio.agreements {
        for p in &mut agreement.placements {
            if p.kind.is_work() {
                p.record = Some(record_of(p));
            }
        }
    }
    portfolio
}

/// `schedule` as a rota of three weeks anchored on the Monday of `first`'s week (the pattern, its
/// shifts in reverse order, the pattern again: the same weekly shifts, three patterns to read),
/// with one day off and the shifts it cancels worked again as extra shifts on that date: the first
/// date from `first + 7` on (and up to `last`) on which a pattern shift starts. The plan works
/// exactly the same minutes on the same days, so a valid plan stays valid. `None` when the
/// schedule is not one weekly pattern with a shift, or no such date exists.
pub fn rota_of(
    schedule: &Schedule,
    first: NaiveDate,
    last: Option<NaiveDate>,
) -> Option<(Schedule, NaiveDate, Vec<ExtraShift>)> {
    let [pattern] = schedule.weeks() else {
        return None;
    };
    if pattern.is_empty() {
        return None;
    }
    let reversed = WeeklySchedule::new(pattern.shifts().iter().rev().copied().collect())
        .expect("the same shifts");
    let rota = Schedule::rota(
        week_monday(first),
        vec![pattern.clone(), reversed, pattern.clone()],
    )
    .expect("anchored on a Monday");
    let mut day = first + chrono::Days::new(7);
    for _ in 0..7 {
        if last.is_some_and(|last| day > last) {
            return None;
        }
        let extras: Vec<ExtraShift> = pattern
            .shifts()
            .iter()
            .filter(|s| s.weekday() == day.weekday())
            .map(|s| {
                ExtraShift::new(day, s.start(), s.end(), s.unpaid_break_minutes())
                    .expect("the pattern's shift")
            })
            .collect();
        if !extras.is_empty() {
            return Some((rota, day, extras));
        }
        day = day.succ_opt()?;
    }
    None
}

/// Every placement and employment of `portfolio` on [`rota_of`] its schedule: a three-week rota,
/// a day off and an extra shift, planning the same work as before.
pub fn with_rotas(portfolio: &mut Portfolio) {
    for agreement in &mut portfolio.agreements {
        for p in &mut agreement.placements {
            if let Some((rota, off, extras)) =
                rota_of(&p.schedule, p.dates.first(), Some(p.dates.last()))
            {
                p.schedule = rota;
                p.days_off = vec![off];
                p.extra_shifts = extras;
            }
        }
        if let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut agreement.mode {
            for job in &mut model.employments {
                if let Some((rota, off, extras)) =
                    rota_of(&job.schedule, job.starts_on(), job.ends_on())
                {
                    job.schedule = rota;
                    job.days_off = vec![off];
                    job.extra_shifts = extras;
                }
            }
        }
    }
}

/// Every placement and employment of `portfolio` on the first pattern of its schedule alone, with
/// no dated changes and no record: the plain weekly plan [`with_rotas`] starts from (the
/// templates draw some rotas and dated changes of their own; records are benched apart).
pub fn as_weekly(portfolio: &mut Portfolio) {
    let first = |schedule: &Schedule| Schedule::weekly(schedule.weeks()[0].clone());
    for agreement in &mut portfolio.agreements {
        for p in &mut agreement.placements {
            p.schedule = first(&p.schedule);
            p.days_off.clear();
            p.extra_shifts.clear();
            p.record = None;
        }
        if let Mode::Alternation(Alternation::EmployedStudy(model)) = &mut agreement.mode {
            for job in &mut model.employments {
                job.schedule = first(&job.schedule);
                job.days_off.clear();
                job.extra_shifts.clear();
            }
        }
    }
}

/// [`portfolio`] with every placement and employment on a three-week rota with a day off and an
/// extra shift ([`with_rotas`]).
pub fn portfolio_with_rotas(students: usize) -> Portfolio {
    let mut portfolio = portfolio(students);
    with_rotas(&mut portfolio);
    portfolio
}
