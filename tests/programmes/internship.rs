//! An internship agreement (mode `internship`): the 2024 applied-electronics class of Nantong
//! Electronics Vocational School, 30 students, on a four-month work placement (岗位实习) as SMT
//! line operators at Tongzhou Electronics, 1 March to 30 June 2027.
//!
//! The paperwork is the provisions' full list: the internship plan drawn up with the host, the
//! filing with the education bureau, the tripartite agreement and the student's and a guardian's
//! consent two weeks ahead, safety training the week before, liability insurance over every day
//! paid by the school, a supervisor of the host and a school instructor. Pay is 4,300 yuan a
//! month, monthly, above 80 % of the post's 5,000. The placements follow the official calendar.
//! The agreement is a framework of the school and the host: it holds placements and nothing else,
//! and lists no contributions (`agreement.mutual_contribution` is not evaluated for it). Checked
//! as a portfolio too, the 30 interns are 2.5 % of the host's 1,200 employees and 11.5 % of the
//! 260 in its production-line category, within 10 % and 20 %.

use chrono::Days;
use school_enterprise::*;

use crate::support::*;

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const TONGZHOU: EnterpriseId = EnterpriseId::from_u128(2);
const SMT_POST: PostId = PostId::from_u128(3);
const QC_POST: PostId = PostId::from_u128(4);
const TEACHER: InstructorId = InstructorId::from_u128(5);
const SUPERVISOR: InstructorId = InstructorId::from_u128(6);
const AGREEMENT: AgreementId = AgreementId::from_u128(7);

const CLASS: usize = 30;

fn student(i: usize) -> StudentId {
    StudentId::from_u128(1_000 + i as u128)
}

fn registry() -> Registry {
    let school = School::new(
        SCHOOL,
        name("Nantong Electronics Vocational School"),
        SchoolKind::SecondaryVocational,
    );
    let host = factory(
        TONGZHOU,
        "Tongzhou Electronics Co.",
        "electronics manufacturing",
        1_200,
        d(2027, 1, 15),
        vec![
            post(
                SMT_POST,
                "SMT line operator",
                "production line",
                "electronics",
                260,
                5_000,
            ),
            post(
                QC_POST,
                "quality inspector",
                "quality",
                "electronics",
                40,
                5_600,
            ),
        ],
    );
    let intake = Intake {
        school: SCHOOL,
        major: "applied electronics",
        major_category: "electronics",
        grade: 2024,
        enrolled: d(2024, 9, 1),
        graduates: d(2027, 7, 1),
    };
    let students = (0..CLASS)
        .map(|i| intake.student(student(i), i, d(2008, 4, 1) + Days::new(11 * i as u64)))
        .collect();
    let instructors = vec![
        Instructor::new(TEACHER, name("Xu Lan"), Employer::School(SCHOOL)),
        Instructor::new(SUPERVISOR, name("Ma Jun"), Employer::Enterprise(TONGZHOU)),
    ];
    Registry::new(vec![school], vec![host], students, instructors).unwrap()
}

fn programme(policy: &Policy) -> CooperationAgreement {
    let dates = range(d(2027, 3, 1), d(2027, 6, 30));
    let mut a = CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(TONGZHOU)
        .validity(range(d(2026, 12, 1), d(2029, 11, 30)))
        .signed_on(d(2026, 11, 20))
        .mode(Mode::Internship)
        .build()
        .unwrap();
    a.placements = (0..CLASS)
        .map(|i| {
            let id = PlacementId::from_u128(500 + i as u128);
            let mut p = prepared_placement(
                id,
                student(i),
                TONGZHOU,
                SMT_POST,
                PlacementKind::Independent,
                dates,
                TEACHER,
                SUPERVISOR,
            );
            p.schedule = week(&WEEKDAYS, t(8, 30), t(17, 30), 60).into();
            follow_calendar(&mut p, policy, (t(8, 30), t(17, 30), 60));
            p.pay = Some(Pay::new(cny(4_300), 31).unwrap());
            p
        })
        .collect();
    a
}

#[test]
fn the_internship_passes_with_no_error_and_no_warning_alone_and_as_a_portfolio() {
    let policy = policy_with_calendar();
    let a = programme(&policy);
    assert!(a.contributions.is_empty());
    assert_clean(&a.check(&registry(), &policy));
    assert_clean(&Portfolio::new(registry(), vec![a]).check(&policy));
}

#[test]
fn an_intern_moved_to_quality_inspection_on_the_same_pay_is_paid_below_the_floor() {
    // The host asks for Zhao Wei (student 6) as a quality inspector, a post whose wage standard is
    // 5,600 yuan, and the office changes his post but not his pay: 4,300 is below 80 % of 5,600,
    // 4,480. (Both posts are the host's, so `placement.post_at_host` does not fire.)
    let policy = policy_with_calendar();
    let mut a = programme(&policy);
    a.placements[6].post = QC_POST;
    let report = a.check(&registry(), &policy);
    let v = the_only(&report, "placement.pay_floor", "placements[6]");
    assert_figures(
        v,
        &[
            ("limit", "80% of 5600.00 CNY = 4480.00 CNY"),
            ("actual", "4300.00 CNY"),
        ],
    );
    assert_json_form(&a, v, &[]);
}
