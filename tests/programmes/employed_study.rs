//! Employed study: the night-shift class of Huayang Motor Components.
//!
//! Twenty-five machine operators and maintenance electricians of one plant enrol in September
//! 2026 in a three-year evening-and-weekend programme of Wujin Vocational and Technical College
//! (学历提升, employed study). The plant runs three eight-hour shifts Monday to Friday, and each
//! of its three crews (甲乙丙班) follows the same three-week rota of an early week (06:00–14:00), a
//! late week (14:00–22:00) and a night week (22:00–06:00), one week apart. Since every weekday hour
//! is someone's shift in one of the three weeks, the class meets on Saturdays: one timetable and
//! one task list, entered once for the class. Eighteen of them were hired years before they
//! enrolled, seven start at the plant the week after enrollment; the cooperation agreement runs
//! five years, longer than this cohort. The three electricians add a Sunday PLC class of their
//! own; one worker takes marriage leave, another swaps a Wednesday for a Sunday.

use chrono::Weekday::{self, Sat, Sun, Wed};
use school_enterprise::alternation::*;
use school_enterprise::*;

use crate::support::*;

const COLLEGE: SchoolId = SchoolId::from_u128(1);
const PLANT: EnterpriseId = EnterpriseId::from_u128(2);
const OPERATOR: PostId = PostId::from_u128(3);
const ELECTRICIAN: PostId = PostId::from_u128(4);
const AGREEMENT: AgreementId = AgreementId::from_u128(5);
const CNC_PROGRAMMING: TaskId = TaskId::from_u128(10);
const DRAWINGS: TaskId = TaskId::from_u128(11);
const INSPECTION: TaskId = TaskId::from_u128(12);
/// The own task of electrician `i`: task ids share one id space, so each employment's own task
/// has an id of its own.
fn plc_task(i: usize) -> TaskId {
    TaskId::from_u128(20 + i as u128)
}

const WORKERS: usize = 25;
/// Workers 0 to 17 were hired before they enrolled; 18 to 24 start on 7 September 2026.
const VETERANS: usize = 18;
/// Workers 0, 1 and 2 are maintenance electricians.
const ELECTRICIANS: usize = 3;

fn worker(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

fn registry() -> Registry {
    let college = School::new(
        COLLEGE,
        name("Wujin Vocational and Technical College"),
        SchoolKind::HigherVocational,
    );
    let mut operator = post(
        OPERATOR,
        "CNC machine operator",
        "machining",
        "mechanical manufacturing",
        240,
        6_000,
    );
    operator.hazards.extend([Hazard::Machinery, Hazard::Noise]);
    let mut electrician = post(
        ELECTRICIAN,
        "maintenance electrician",
        "maintenance",
        "mechanical manufacturing",
        30,
        6_800,
    );
    electrician.hazards.insert(Hazard::Electrical);
    let plant = factory(
        PLANT,
        "Huayang Motor Components Co.",
        "automotive parts",
        1_800,
        d(2026, 6, 15),
        vec![operator, electrician],
    );
    let intake = Intake {
        school: COLLEGE,
        major: "mechatronics technology",
        major_category: "mechanical manufacturing",
        grade: 2026,
        enrolled: d(2026, 9, 1),
        graduates: d(2029, 7, 1),
    };
    let students = (0..WORKERS)
        .map(|i| {
            intake.student(
                worker(i),
                i,
                d(1992 + (i % 10) as i32, 1 + (i % 12) as u32, 3 + i as u32),
            )
        })
        .collect();
    Registry::new(vec![college], vec![plant], students, Vec::new()).unwrap()
}

/// The plant's rota: an early, a late and a night week, eight hours a shift with the meal break
/// paid (no unpaid break), Monday to Friday; crew `crew` (0, 1 or 2) starts its early week on
/// Monday 31 August 2026 less `crew` weeks.
fn rota(crew: usize) -> Schedule {
    let anchor = d(2026, 8, 31) - chrono::Days::new(7 * crew as u64);
    Schedule::rota(
        anchor,
        vec![
            week(&WEEKDAYS, t(6, 0), t(14, 0), 0),
            week(&WEEKDAYS, t(14, 0), t(22, 0), 0),
            week(&WEEKDAYS, t(22, 0), t(6, 0), 0),
        ],
    )
    .unwrap()
}

fn class(
    day: Weekday,
    start: (u32, u32),
    end: (u32, u32),
    topic: &str,
    task: TaskId,
) -> ClassSession {
    ClassSession::new(day, t(start.0, start.1), t(end.0, end.1), name(topic))
        .unwrap()
        .linked_to(task)
}

fn employment(i: usize) -> Employment {
    let post = if i < ELECTRICIANS {
        ELECTRICIAN
    } else {
        OPERATOR
    };
    let hired = if i < VETERANS {
        d(2019 + (i % 7) as i32, 1 + (i % 12) as u32, 1)
    } else {
        d(2026, 9, 7)
    };
    let mut job = Employment::builder()
        .student(worker(i))
        .enterprise(PLANT)
        .post(post)
        .contract_weekly_minutes(40 * 60)
        .monthly_pay(cny(if i < ELECTRICIANS { 6_800 } else { 6_000 }))
        .starts_on(hired)
        .build()
        .unwrap();
    job.schedule = rota(i % 3);
    job
}

fn programme() -> CooperationAgreement {
    let mut model = EmployedStudy::new();
    model.tasks = vec![
        JobTask::new(CNC_PROGRAMMING, name("CNC programming and set-up")),
        JobTask::new(DRAWINGS, name("reading part drawings")),
        JobTask::new(INSPECTION, name("in-process quality inspection")),
    ];
    // Saturday, clear of every week of the rota (the Friday night shift ends at 06:00).
    model.timetable = vec![
        class(Sat, (8, 30), (11, 30), "CNC programming", CNC_PROGRAMMING),
        class(Sat, (13, 30), (15, 0), "mechanical drawing", DRAWINGS),
        class(
            Sat,
            (15, 10),
            (16, 40),
            "tolerances and measurement",
            INSPECTION,
        ),
    ];
    model.employments = (0..WORKERS).map(employment).collect();
    for (i, job) in model.employments[..ELECTRICIANS].iter_mut().enumerate() {
        job.tasks
            .push(JobTask::new(plc_task(i), name("PLC troubleshooting")));
        job.classes
            .push(class(Sun, (9, 0), (11, 0), "PLC programming", plc_task(i)));
    }
    // Worker 5 (Yang Wei) takes three days of marriage leave in November.
    model.employments[5].days_off = vec![d(2026, 11, 16), d(2026, 11, 17), d(2026, 11, 18)];
    // Worker 7 (Huang Wei, crew 1, early week from 26 October) swaps Wednesday 28 October for
    // Sunday 1 November.
    let swap = &mut model.employments[7];
    swap.days_off = vec![d(2026, 10, 28)];
    swap.extra_shifts = vec![ExtraShift::new(d(2026, 11, 1), t(6, 0), t(14, 0), 0).unwrap()];
    swap.check_dated_changes().unwrap();
    // Worker 20, hired on a fixed-term contract to the end of the programme's last summer.
    model.employments[20] = employment(20).ending_on(d(2029, 8, 31)).unwrap();
    agreement(
        AGREEMENT,
        (COLLEGE, PLANT),
        range(d(2026, 8, 1), d(2031, 7, 31)),
        d(2026, 7, 20),
        Mode::Alternation(Alternation::EmployedStudy(model)),
        (
            (ContributionKind::Staff, "evening and weekend teachers"),
            (
                ContributionKind::Space,
                "classroom and CNC cell at the plant",
            ),
        ),
    )
}

/// The cn policy with the official calendar and Jiangsu's monthly minimum wage for class-I
/// areas, 2,490 yuan (from 1 January 2025), which Changzhou's Wujin district applies.
fn policy() -> Policy {
    let mut policy = policy_with_calendar();
    policy.local_min_monthly_wage = Some(cny(2_490));
    policy
}

fn model(a: &mut CooperationAgreement) -> &mut EmployedStudy {
    match &mut a.mode {
        Mode::Alternation(Alternation::EmployedStudy(m)) => m,
        _ => unreachable!(),
    }
}

#[test]
fn the_night_shift_class_passes_with_no_error_and_no_warning() {
    let a = programme();
    let Mode::Alternation(Alternation::EmployedStudy(m)) = &a.mode else {
        unreachable!()
    };
    assert_eq!(m.employments.len(), 25);
    assert_eq!(
        m.employments
            .iter()
            .filter(|j| j.starts_on() < d(2026, 9, 1))
            .count(),
        18
    );
    // The three crews are on different weeks of the rota in the first week of term.
    let week_of_term: Vec<usize> = (0..3)
        .map(|crew| m.employments[crew].schedule.pattern_index(d(2026, 9, 7)))
        .collect();
    assert_eq!(week_of_term, [1, 2, 0]);
    assert_clean(&a.check(&registry(), &policy()));
}

#[test]
fn a_make_up_class_during_the_late_week_is_reported_at_that_class() {
    // Worker 10 (Xu Wei, crew 1) missed a Saturday and the college books him a make-up class
    // on Wednesday evening, 19:00–21:00. In his late week he works Wednesday 14:00–22:00: the
    // class falls inside the shift (the early week's Wednesday shift, 06:00–14:00, ends five
    // hours before it; the night shift starts at 22:00, an hour after it, more than the 30
    // minutes of rest required).
    let mut a = programme();
    model(&mut a).employments[10].classes.push(class(
        Wed,
        (19, 0),
        (21, 0),
        "CNC programming (make-up)",
        CNC_PROGRAMMING,
    ));
    let report = a.check(&registry(), &policy());
    let v = the_only(
        &report,
        "employed_study.class_outside_shift",
        "mode.employments[10].classes[0]",
    );
    assert_figures(
        v,
        &[
            ("class", "Wed 19:00–21:00 (CNC programming (make-up))"),
            ("shift", "Wed 14:00–22:00"),
            ("min_rest", "30 min"),
            ("day", "Wed"),
            (
                "shift_at",
                "mode.employments[10].schedule.weeks[1].shifts[2]",
            ),
        ],
    );
    assert_json_form(&a, v, &["shift_at"]);
}
