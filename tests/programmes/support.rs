//! Helpers shared by the programmes: values, people, paperwork, the official calendar, and the
//! assertions every programme makes.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use school_enterprise::*;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).unwrap()
}

pub fn name(text: &str) -> Name {
    Name::new(text).unwrap()
}

pub fn cny(yuan: u64) -> Money {
    Money::new(yuan * 100, Currency::CNY)
}

pub fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

pub const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// The same shift on each of `days`: `start` to `end` with `unpaid_break` minutes.
pub fn week(
    days: &[Weekday],
    start: TimeOfDay,
    end: TimeOfDay,
    unpaid_break: u32,
) -> WeeklySchedule {
    WeeklySchedule::new(
        days.iter()
            .map(|&day| Shift::new(day, start, end, unpaid_break).unwrap())
            .collect(),
    )
    .unwrap()
}

const SURNAMES: [&str; 16] = [
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo",
];
const GIVEN: [&str; 13] = [
    "Wei", "Fang", "Jie", "Min", "Lei", "Hao", "Jing", "Qiang", "Yan", "Tao", "Xiaoyu", "Jun",
    "Ting",
];

/// A pinyin name for the `i`-th person of a class (distinct for the first 208).
pub fn person(i: usize) -> String {
    format!(
        "{} {}",
        SURNAMES[i % SURNAMES.len()],
        GIVEN[i / SURNAMES.len() % GIVEN.len()]
    )
}

/// A student of `school` in `major`, enrolled on `enrolled`, graduating on `graduates`.
pub struct Intake<'a> {
    pub school: SchoolId,
    pub major: &'a str,
    pub major_category: &'a str,
    pub grade: i32,
    pub enrolled: NaiveDate,
    pub graduates: NaiveDate,
}

impl Intake<'_> {
    pub fn student(&self, id: StudentId, i: usize, birth: NaiveDate) -> Student {
        let mut s = Student::builder()
            .id(id)
            .school(self.school)
            .name(name(&person(i)))
            .birth_date(birth)
            .major(name(self.major))
            .major_category(name(self.major_category))
            .grade(self.grade)
            .enrolled_on(self.enrolled)
            .expected_graduation(self.graduates)
            .build()
            .unwrap();
        s.sex = Some(if i % 3 == 1 { Sex::Female } else { Sex::Male });
        s
    }
}

/// A factory that is its own legal entity, vetted on `vetted`, with `posts`.
pub fn factory(
    id: EnterpriseId,
    what: &str,
    sector: &str,
    employees: u32,
    vetted: NaiveDate,
    posts: Vec<Post>,
) -> Enterprise {
    let mut e = Enterprise::builder()
        .id(id)
        .name(name(what))
        .sector(name(sector))
        .legal_status(LegalStatus::OwnEntity)
        .venue(VenueKind::Factory)
        .employees(employees)
        .build()
        .unwrap();
    e.vetted_on = Some(vetted);
    e.posts = posts;
    e
}

/// A post with no hazard, of light labour, forbidden to no one.
pub fn post(
    id: PostId,
    what: &str,
    category: &str,
    major_category: &str,
    headcount: u32,
    wage: u64,
) -> Post {
    Post::builder()
        .id(id)
        .name(name(what))
        .category(name(category))
        .major_category(name(major_category))
        .headcount(headcount)
        .monthly_wage(cny(wage))
        .build()
        .unwrap()
}

/// A work placement with the paperwork a careful internship office does: the internship plan,
/// the filing, the tripartite agreement and both consents two weeks before the first day, safety
/// training the week before, liability insurance over every day paid by the school, a school
/// instructor and a supervisor of the host.
#[allow(clippy::too_many_arguments)]
pub fn prepared_placement(
    id: PlacementId,
    student: StudentId,
    host: EnterpriseId,
    post: PostId,
    kind: PlacementKind,
    dates: DateRange,
    teacher: InstructorId,
    supervisor: InstructorId,
) -> Placement {
    let mut p = Placement::builder()
        .id(id)
        .student(student)
        .host(host)
        .post(post)
        .kind(kind)
        .dates(dates)
        .build()
        .unwrap();
    let before = |days: u64| dates.first().checked_sub_days(Days::new(days));
    p.internship_plan_on = before(14);
    p.filed_on = before(14);
    p.tripartite.school = before(14);
    p.tripartite.host = before(14);
    p.tripartite.student = before(14);
    p.consent.student = before(14);
    p.consent.guardian = before(14);
    p.safety_training_on = before(7);
    p.insurance.push(Insurance::new(dates, Share::ZERO));
    p.school_instructor = Some(teacher);
    p.supervisor = Some(supervisor);
    p
}

/// The school's agreement with `enterprise` in `mode`, each side naming what it gives.
pub fn agreement(
    id: AgreementId,
    (school, enterprise): (SchoolId, EnterpriseId),
    validity: DateRange,
    signed: NaiveDate,
    mode: Mode,
    (school_gives, enterprise_gives): ((ContributionKind, &str), (ContributionKind, &str)),
) -> CooperationAgreement {
    let mut a = CooperationAgreement::builder()
        .id(id)
        .school(school)
        .enterprise(enterprise)
        .validity(validity)
        .signed_on(signed)
        .mode(mode)
        .build()
        .unwrap();
    a.contributions = vec![
        Contribution::new(
            Side::School,
            school_gives.0,
            Name::new(school_gives.1).unwrap(),
        ),
        Contribution::new(
            Side::Enterprise,
            enterprise_gives.0,
            Name::new(enterprise_gives.1).unwrap(),
        ),
    ];
    a
}

// ---------------------------------------------------------------------------------------------
// The official calendar
// ---------------------------------------------------------------------------------------------

fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |day| *day <= to)
}

/// Public holidays (放假) and make-up working days (调休上班) from the autumn of 2025 to the
/// summer of 2027, as the school enters them in its policy.
///
/// - 2025, from the State Council's notice on the 2025 holidays (国务院办公厅关于2025年部分节假日
///   安排的通知, 国办发明电〔2024〕12号, 12 November 2024), the part after 1 September: National
///   Day and Mid-Autumn, 1 to 8 October off; Sunday 28 September and Saturday 11 October worked.
/// - 2026, the whole notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知,
///   4 November 2025): New Year 1–3 January off, Sunday 4 January worked; Spring Festival
///   15–23 February off, Saturdays 14 and 28 February worked; Qingming 4–6 April; Labour Day
///   1–5 May off, Saturday 9 May worked; Dragon Boat 19–21 June; Mid-Autumn 25–27 September;
///   National Day 1–7 October off, Sunday 20 September and Saturday 10 October worked.
/// - 2027: the notice is not out when the programme is planned. These are PLAUSIBLE dates, not
///   the State Council's, drawn from the principles the 2025 notice states (eight days from New
///   Year's Eve for the Spring Festival; three days for New Year, Qingming and Dragon Boat, one
///   when it falls on a Wednesday; five for Labour Day): New Year 1–3 January; Spring Festival
///   5–12 February off, Sunday 31 January and Saturday 20 February worked; Qingming 3–5 April;
///   Labour Day 1–5 May off, Sunday 25 April and Saturday 8 May worked; Dragon Boat 9 June (a
///   Wednesday). The school replaces them when the notice is published.
pub fn official_calendar() -> (BTreeSet<NaiveDate>, BTreeSet<NaiveDate>) {
    let mut holidays = BTreeSet::new();
    let blocks = [
        (d(2025, 10, 1), d(2025, 10, 8)),
        (d(2026, 1, 1), d(2026, 1, 3)),
        (d(2026, 2, 15), d(2026, 2, 23)),
        (d(2026, 4, 4), d(2026, 4, 6)),
        (d(2026, 5, 1), d(2026, 5, 5)),
        (d(2026, 6, 19), d(2026, 6, 21)),
        (d(2026, 9, 25), d(2026, 9, 27)),
        (d(2026, 10, 1), d(2026, 10, 7)),
        // 2027: plausible dates (see above).
        (d(2027, 1, 1), d(2027, 1, 3)),
        (d(2027, 2, 5), d(2027, 2, 12)),
        (d(2027, 4, 3), d(2027, 4, 5)),
        (d(2027, 5, 1), d(2027, 5, 5)),
        (d(2027, 6, 9), d(2027, 6, 9)),
    ];
    for (from, to) in blocks {
        holidays.extend(days(from, to));
    }
    let make_up = [
        d(2025, 9, 28),
        d(2025, 10, 11),
        d(2026, 1, 4),
        d(2026, 2, 14),
        d(2026, 2, 28),
        d(2026, 5, 9),
        d(2026, 9, 20),
        d(2026, 10, 10),
        // 2027: plausible dates (see above).
        d(2027, 1, 31),
        d(2027, 2, 20),
        d(2027, 4, 25),
        d(2027, 5, 8),
    ];
    (holidays, make_up.into_iter().collect())
}

/// The cn policy with [`official_calendar`].
pub fn policy_with_calendar() -> Policy {
    let (holidays, make_up) = official_calendar();
    Policy::cn()
        .with_official_calendar(holidays, make_up)
        .unwrap()
}

/// Follows the official calendar in a Monday-to-Friday placement: a day off on every public
/// holiday that falls on a working weekday of the placement, and `shift` worked on every make-up
/// working day inside it.
pub fn follow_calendar(p: &mut Placement, policy: &Policy, shift: (TimeOfDay, TimeOfDay, u32)) {
    let (first, last) = (p.dates.first(), p.dates.last());
    p.days_off = policy
        .public_holidays
        .range(first..=last)
        .filter(|day| day.weekday().number_from_monday() <= 5)
        .copied()
        .collect();
    p.extra_shifts = policy
        .make_up_working_days
        .range(first..=last)
        .map(|&day| ExtraShift::new(day, shift.0, shift.1, shift.2).unwrap())
        .collect();
    p.check_dated_changes().unwrap();
}

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

/// The report holds nothing: no error and no warning.
#[track_caller]
pub fn assert_clean(report: &Report) {
    assert!(report.is_empty(), "expected an empty report:\n{report}");
}

/// The report holds exactly one violation, of `code` at `path`; returns it.
#[track_caller]
pub fn the_only<'r>(report: &'r Report, code: &str, path: &str) -> &'r Violation {
    assert_eq!(report.len(), 1, "expected exactly one {code}:\n{report}");
    let v = &report.violations()[0];
    assert_eq!(v.code().to_string(), code, "{report}");
    assert_eq!(v.path().to_string(), path, "{report}");
    v
}

/// Asserts the figures of `v`, by name.
#[track_caller]
pub fn assert_figures(v: &Violation, expected: &[(&str, &str)]) {
    for (figure, value) in expected {
        assert_eq!(v.figure(figure), Some(*value), "figure {figure} of:\n{v:?}");
    }
}

/// The programme, as a school's system would store it, reads back from its JSON unchanged, and
/// the violation's path (and any figure naming a path, `paths`) resolves in that JSON.
#[track_caller]
pub fn assert_json_form(a: &CooperationAgreement, v: &Violation, paths: &[&str]) {
    let json = serde_json::to_value(a).unwrap();
    let back: CooperationAgreement = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(&back, a, "the programme changed through JSON");
    let pointer = v.path().to_json_pointer();
    assert!(
        json.pointer(&pointer).is_some(),
        "{pointer} does not resolve"
    );
    for figure in paths {
        let path = v.figure(figure).unwrap();
        let pointer = format!(
            "/{}",
            path.replace("].", "/")
                .replace(['[', '.'], "/")
                .trim_end_matches(']')
        );
        assert!(
            json.pointer(&pointer).is_some(),
            "{figure} = {path} does not resolve"
        );
    }
}

#[test]
fn the_2026_dates_are_those_of_the_state_council_notice() {
    use chrono::Weekday::{Sat, Sun};
    let (holidays, make_up) = official_calendar();
    let in_2026 = |day: &&NaiveDate| day.year() == 2026;
    // New Year 3, Spring Festival 9, Qingming 3, Labour Day 5, Dragon Boat 3, Mid-Autumn 3,
    // National Day 7.
    assert_eq!(
        holidays.iter().filter(in_2026).count(),
        3 + 9 + 3 + 5 + 3 + 3 + 7
    );
    let worked: Vec<(NaiveDate, Weekday)> = make_up
        .iter()
        .filter(in_2026)
        .map(|&day| (day, day.weekday()))
        .collect();
    assert_eq!(
        worked,
        [
            (d(2026, 1, 4), Sun),
            (d(2026, 2, 14), Sat),
            (d(2026, 2, 28), Sat),
            (d(2026, 5, 9), Sat),
            (d(2026, 9, 20), Sun),
            (d(2026, 10, 10), Sat),
        ]
    );
    // The notice's first and last days of each block.
    for day in [
        d(2026, 1, 1),
        d(2026, 1, 3),
        d(2026, 2, 15),
        d(2026, 2, 23),
        d(2026, 4, 4),
        d(2026, 4, 6),
        d(2026, 5, 1),
        d(2026, 5, 5),
        d(2026, 6, 19),
        d(2026, 6, 21),
        d(2026, 9, 25),
        d(2026, 9, 27),
        d(2026, 10, 1),
        d(2026, 10, 7),
    ] {
        assert!(holidays.contains(&day), "{day}");
    }
    // The policy accepts them: every make-up day is a Saturday or Sunday and not a holiday.
    policy_with_calendar();
}
