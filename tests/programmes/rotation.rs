//! Work-study rotation: the 2024 mechatronics cohort of Changzhou Mechatronics Vocational School
//! (41 students) alternates by semester between school and two host enterprises over its second
//! and third years, from September 2025 to June 2027.
//!
//! The cohort is split into two groups of 21 and 20. A group at work is split between Jinling
//! Precision Drive and Taihu Electric Motor, its members at the host where their placements are
//! (about half at each), and swaps hosts for its second work semester: assisting work
//! (跟岗实习) the first time, independent work (顶岗实习) the second. Both hosts rest on
//! Saturday and Sunday (the policy's default rest days) and follow the State Council calendar:
//! every placement has a day off on each public holiday that falls on a weekday and works each
//! make-up working day (调休上班), Saturday or Sunday, inside it.

use school_enterprise::alternation::*;
use school_enterprise::*;

use crate::support::*;

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const JINLING: EnterpriseId = EnterpriseId::from_u128(2);
const TAIHU: EnterpriseId = EnterpriseId::from_u128(3);
const JINLING_POST: PostId = PostId::from_u128(4);
const TAIHU_POST: PostId = PostId::from_u128(5);
const TEACHER: InstructorId = InstructorId::from_u128(6);
const JINLING_MASTER: InstructorId = InstructorId::from_u128(7);
const TAIHU_MASTER: InstructorId = InstructorId::from_u128(8);
const AGREEMENT: AgreementId = AgreementId::from_u128(9);

const COHORT: usize = 41;
/// Group 1 is students 0 to 20, group 2 students 21 to 40.
const GROUP_1: usize = 21;

fn student(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

fn registry() -> Registry {
    let school = School::new(
        SCHOOL,
        name("Changzhou Mechatronics Vocational School"),
        SchoolKind::SecondaryVocational,
    );
    let vetted = d(2025, 6, 10);
    let jinling = factory(
        JINLING,
        "Jinling Precision Drive Co.",
        "transmission parts",
        1_200,
        vetted,
        vec![post(
            JINLING_POST,
            "gearbox assembly technician",
            "assembly",
            "mechatronics",
            260,
            4_800,
        )],
    );
    let taihu = factory(
        TAIHU,
        "Taihu Electric Motor Co.",
        "electric motors",
        900,
        vetted,
        vec![post(
            TAIHU_POST,
            "motor assembly technician",
            "assembly",
            "mechatronics",
            180,
            4_600,
        )],
    );
    let intake = Intake {
        school: SCHOOL,
        major: "mechatronics",
        major_category: "mechatronics",
        grade: 2024,
        enrolled: d(2024, 9, 1),
        graduates: d(2027, 7, 1),
    };
    // Born between September 2008 and July 2009: 16 or 17 when the first work semester starts.
    let students = (0..COHORT)
        .map(|i| {
            intake.student(
                student(i),
                i,
                d(2008, 9, 1) + chrono::Days::new(8 * i as u64),
            )
        })
        .collect();
    let instructors = vec![
        Instructor::new(TEACHER, name("Gao Min"), Employer::School(SCHOOL)),
        Instructor::new(
            JINLING_MASTER,
            name("Lin Qiang"),
            Employer::Enterprise(JINLING),
        ),
        Instructor::new(TAIHU_MASTER, name("Shen Hua"), Employer::Enterprise(TAIHU)),
    ];
    Registry::new(vec![school], vec![jinling, taihu], students, instructors).unwrap()
}

/// The four semesters: autumn 2025, spring 2026, autumn 2026, spring 2027.
fn semesters() -> [DateRange; 4] {
    [
        range(d(2025, 9, 1), d(2026, 1, 16)),
        range(d(2026, 3, 2), d(2026, 7, 10)),
        range(d(2026, 8, 31), d(2027, 1, 15)),
        range(d(2027, 2, 22), d(2027, 6, 25)),
    ]
}

/// The host of the `k`-th member of a group in its `round`-th work semester (0 or 1): the first
/// half at Jinling and the rest at Taihu, swapped the second time.
fn host_of(k: usize, group_size: usize, round: usize) -> EnterpriseId {
    let first_half = k < group_size.div_ceil(2);
    if first_half == (round == 0) {
        JINLING
    } else {
        TAIHU
    }
}

fn placement(
    id: usize,
    who: StudentId,
    host: EnterpriseId,
    dates: DateRange,
    round: usize,
    policy: &Policy,
) -> Placement {
    let (post, master) = if host == JINLING {
        (JINLING_POST, JINLING_MASTER)
    } else {
        (TAIHU_POST, TAIHU_MASTER)
    };
    let kind = if round == 0 {
        PlacementKind::Assisting
    } else {
        PlacementKind::Independent
    };
    let mut p = prepared_placement(
        PlacementId::from_u128(10_000 + id as u128),
        who,
        host,
        post,
        kind,
        dates,
        TEACHER,
        master,
    );
    p.schedule = week(&WEEKDAYS, t(8, 30), t(17, 30), 60).into();
    follow_calendar(&mut p, policy, (t(8, 30), t(17, 30), 60));
    // Assisting work: 2,600 yuan a month. Independent work: 4,000 yuan, above 80 % of either
    // post's wage standard (3,840 and 3,680 yuan).
    let monthly = if round == 0 { 2_600 } else { 4_000 };
    p.pay = Some(Pay::new(cny(monthly), 31).unwrap());
    p
}

fn programme(policy: &Policy) -> CooperationAgreement {
    programme_in(policy, RotationUnit::Semester, &semesters())
}

/// The rotation over `periods` of `unit`: group 1 works in the even periods, group 2 in the odd;
/// the second time a group works it swaps hosts and does independent work.
fn programme_in(
    policy: &Policy,
    unit: RotationUnit,
    periods: &[DateRange],
) -> CooperationAgreement {
    let students: Vec<StudentId> = (0..COHORT).map(student).collect();
    let groups = [
        Group::new(GroupId::from_u128(20), students[..GROUP_1].to_vec()),
        Group::new(GroupId::from_u128(21), students[GROUP_1..].to_vec()),
    ];
    let mut rotation = Rotation::for_cohort(
        Cohort::new(name("mechatronics"), 2024, students.clone()),
        unit,
    );
    rotation.places = vec![HostPlaces::new(JINLING, 11), HostPlaces::new(TAIHU, 11)];
    let mut placements = Vec::new();
    for (p, &dates) in periods.iter().enumerate() {
        let mut period = Period::new(PeriodId::from_u128(30 + p as u128), dates);
        let working = p % 2;
        for (g, group) in groups.iter().enumerate() {
            let setting = if g == working {
                Setting::at_hosts(JINLING, [TAIHU])
            } else {
                Setting::School
            };
            period.settings.push(GroupSetting::new(group.id, setting));
        }
        let group = &groups[working];
        for (k, &who) in group.members.iter().enumerate() {
            let host = host_of(k, group.members.len(), p / 2);
            placements.push(placement(placements.len(), who, host, dates, p / 2, policy));
        }
        rotation.periods.push(period);
    }
    rotation.groups = groups.to_vec();
    let mut a = agreement(
        AGREEMENT,
        (SCHOOL, JINLING),
        range(d(2025, 7, 1), d(2027, 7, 31)),
        d(2025, 6, 20),
        Mode::Alternation(Alternation::WorkStudyRotation(rotation)),
        (
            (ContributionKind::Staff, "placement tutors"),
            (ContributionKind::Posts, "assembly posts at both plants"),
        ),
    );
    a.placements = placements;
    a
}

#[test]
fn the_rotation_passes_with_no_error_and_no_warning() {
    let policy = policy_with_calendar();
    let a = programme(&policy);
    assert_eq!(a.placements.len(), 82);
    // Group 1's third semester: 11 at Taihu, 10 at Jinling (swapped from the first).
    let at_taihu = a.placements[41..62]
        .iter()
        .filter(|p| p.host == TAIHU)
        .count();
    assert_eq!(at_taihu, 11);
    // Sunday 20 September 2026 (a make-up working day) is worked, National Day is not.
    let p = &a.placements[41];
    assert_eq!(
        p.extra_shifts.iter().map(|s| s.date()).collect::<Vec<_>>(),
        [d(2026, 9, 20), d(2026, 10, 10)]
    );
    assert_eq!(
        p.days_off,
        [
            d(2026, 9, 25),
            d(2026, 10, 1),
            d(2026, 10, 2),
            d(2026, 10, 5),
            d(2026, 10, 6),
            d(2026, 10, 7),
            d(2027, 1, 1)
        ]
    );
    assert_clean(&a.check(&registry(), &policy));
}

#[test]
fn an_ordinary_sunday_entered_for_the_make_up_saturday_is_rest_day_work() {
    // Wang Wei, the first student of group 1, has the make-up day of autumn 2026 entered as Sunday
    // 11 October instead of Saturday 10 October. 11 October 2026 is a Sunday, a weekly rest day
    // of the host (the policy's default, Saturday and Sunday) and not a make-up working day. The
    // week of 5 October holds the National Day days off on Monday to Wednesday, so it works 24
    // hours (Thursday, Friday, Sunday) and still has Saturday free: no other rule fires.
    let policy = policy_with_calendar();
    let mut a = programme(&policy);
    a.placements[41].extra_shifts[1] =
        ExtraShift::new(d(2026, 10, 11), t(8, 30), t(17, 30), 60).unwrap();
    let report = a.check(&registry(), &policy);
    let v = the_only(
        &report,
        "placement.rest_day_work",
        "placements[41].extra_shifts[1]",
    );
    assert_figures(
        v,
        &[
            ("shift", "2026-10-11 08:30–17:30 (break 60 min)"),
            // The host's rest days the shift occupies.
            ("rest_days", "Sun"),
            ("date", "2026-10-11"),
        ],
    );
    assert_json_form(&a, v, &[]);
}

#[test]
fn the_rotation_by_school_year_passes_without_the_six_month_warning() {
    // The same cohort rotating by school year: group 1 works from 1 September 2025 to 10 July
    // 2026 (313 days), group 2 from 31 August 2026 to 25 June 2027 (299 days), each placement
    // longer than six months, which `placement.duration` does not judge in a rotation. The
    // placements run through both Spring Festivals: the make-up Saturdays 14 and 28 February
    // 2026 are worked (the week of 9 February works 48 hours, within 40 + 8 for its make-up
    // day).
    let policy = policy_with_calendar();
    let years = [
        range(d(2025, 9, 1), d(2026, 7, 10)),
        range(d(2026, 8, 31), d(2027, 6, 25)),
    ];
    let a = programme_in(&policy, RotationUnit::SchoolYear, &years);
    assert_eq!(a.placements.len(), 41);
    assert!(a.placements[0]
        .extra_shifts
        .iter()
        .any(|s| s.date() == d(2026, 2, 14)));
    assert_clean(&a.check(&registry(), &policy));
}
