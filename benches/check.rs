//! Checking a generated portfolio at four sizes: 1,000, 10,000, 100,000 and 1,000,000 students,
//! one work placement each, 100 placements an agreement (interaction mode, with its joint teaching
//! plan), next to the cost of reading the same portfolio from JSON and of one plain pass over it.
//! The portfolio is built outside the timed part, deterministically (ids from counters, no
//! randomness).

use std::hint::black_box;

use chrono::{Datelike, NaiveDate, Weekday};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn name(text: &str) -> Name {
    Name::new(text).expect("non-empty name")
}

const PER_AGREEMENT: usize = 100;

/// One professional course over the agreement's validity, taught by the host's supervisor and
/// approved by both sides a month before.
fn teaching_plan(
    course: CourseId,
    supervisor: InstructorId,
    validity: DateRange,
) -> interaction::Interaction {
    use interaction::{Course, CourseHours, CourseKind, Teaching, TeachingPlan};
    let mut practice = Course::new(
        course,
        name("workplace practice"),
        CourseKind::Professional,
        validity,
        CourseHours::new(96, 64).expect("practical hours within the total"),
    );
    practice.instructors.push(Teaching::new(supervisor, 64));
    let mut plan = TeachingPlan::new();
    plan.courses.push(practice);
    plan.approvals.school = Some(d(2026, 1, 15));
    plan.approvals.enterprise = Some(d(2026, 1, 15));
    let mut model = interaction::Interaction::new();
    model.plan = Some(plan);
    model
}
const PER_ENTERPRISE: usize = 1_000;

fn portfolio(students: usize) -> Portfolio {
    let school_id = SchoolId::from_u128(1);
    let school = School::new(
        school_id,
        name("Provincial Vocational School"),
        SchoolKind::HigherVocational,
    );
    let teacher = Instructor::new(
        InstructorId::from_u128(2),
        name("teacher"),
        Employer::School(school_id),
    );
    let enterprises: Vec<Enterprise> = (0..students.div_ceil(PER_ENTERPRISE))
        .map(|e| {
            let mut enterprise = Enterprise::new(
                EnterpriseId::from_u128(1_000_000 + e as u128),
                name("host"),
                name("manufacturing"),
                LegalStatus::OwnEntity,
                VenueKind::Factory,
                20_000,
            );
            enterprise.vetted_on = Some(d(2026, 1, 5));
            enterprise.posts.push(Post::new(
                PostId::from_u128(2_000_000 + e as u128),
                name("operator"),
                name("operations"),
                name("mechatronics"),
                5_000,
                Money::new(5_000_00, Currency::CNY),
            ));
            enterprise
        })
        .collect();
    let supervisors: Vec<Instructor> = enterprises
        .iter()
        .enumerate()
        .map(|(e, enterprise)| {
            Instructor::new(
                InstructorId::from_u128(3_000_000 + e as u128),
                name("supervisor"),
                Employer::Enterprise(enterprise.id),
            )
        })
        .collect();
    let people: Vec<Student> = (0..students)
        .map(|s| {
            Student::new(
                StudentId::from_u128(10_000_000 + s as u128),
                school_id,
                name("student"),
                d(2006, 1 + (s % 12) as u32, 1 + (s % 28) as u32),
                name("mechatronics"),
                name("mechatronics"),
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            )
        })
        .collect();
    let shifts = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .into_iter()
    .map(|day| {
        let start = TimeOfDay::new(8, 0).expect("time");
        let end = TimeOfDay::new(17, 0).expect("time");
        Shift::new(day, start, end, 60).expect("shift")
    })
    .collect();
    let schedule = WeeklySchedule::new(shifts).expect("schedule");
    let validity = DateRange::new(d(2026, 3, 1), d(2027, 2, 28)).expect("range");
    let agreements = people
        .chunks(PER_AGREEMENT)
        .enumerate()
        .map(|(a, chunk)| {
            let e = a * PER_AGREEMENT / PER_ENTERPRISE;
            let enterprise = &enterprises[e];
            let mut agreement = CooperationAgreement::new(
                AgreementId::from_u128(4_000_000 + a as u128),
                school_id,
                enterprise.id,
                validity,
                d(2026, 2, 1),
                Mode::Interaction(teaching_plan(
                    CourseId::from_u128(5_000_000 + a as u128),
                    supervisors[e].id,
                    validity,
                )),
            );
            agreement.contributions = vec![
                Contribution::new(Side::School, ContributionKind::Staff, "teachers"),
                Contribution::new(Side::Enterprise, ContributionKind::Posts, "posts"),
            ];
            for (i, student) in chunk.iter().enumerate() {
                let first = d(2026, 3 + (i % 6) as u32, 1);
                let dates = DateRange::new(first, first + chrono::Days::new(60)).expect("range");
                let mut p = Placement::new(
                    PlacementId::from_u128(20_000_000 + (a * PER_AGREEMENT + i) as u128),
                    student.id,
                    enterprise.id,
                    enterprise.posts[0].id,
                    PlacementKind::Independent,
                    dates,
                );
                p.schedule = schedule.clone();
                p.school_instructor = Some(teacher.id);
                p.supervisor = Some(supervisors[e].id);
                p.pay = Some(Pay::new(Money::new(4_500_00, Currency::CNY), 31));
                let prepared = Some(d(2026, 2, 20));
                p.internship_plan_on = prepared;
                p.filed_on = prepared;
                p.tripartite.school = prepared;
                p.tripartite.host = prepared;
                p.tripartite.student = prepared;
                p.consent.student = prepared;
                p.consent.guardian = prepared;
                p.safety_training_on = prepared;
                p.insurance.push(Insurance::new(dates, Share::ZERO));
                agreement.placements.push(p);
            }
            agreement
        })
        .collect();
    let mut instructors = vec![teacher];
    instructors.extend(supervisors);
    let registry = Registry::new(vec![school], enterprises, people, instructors).expect("registry");
    Portfolio::new(registry, agreements)
}

/// One plain pass that reads every field of every student and placement once and folds them into
/// a number: a lower bound for any check, which must read at least that much.
fn plain_pass(portfolio: &Portfolio) -> u64 {
    let day = |d: NaiveDate| d.num_days_from_ce() as u64;
    let maybe = |d: Option<NaiveDate>| d.map_or(0, day);
    let mut sum = 0u64;
    let mut add = |x: u64| sum = sum.rotate_left(5) ^ x;
    for student in portfolio.registry.students() {
        add(student.id.as_uuid().as_u128() as u64);
        add(student.school.as_uuid().as_u128() as u64);
        add(day(student.birth_date));
        add(day(student.enrolled_on));
        add(day(student.expected_graduation));
        add(student.grade as u64);
        add(student.sex.map_or(0, |s| s as u64 + 1));
        add(student.major_category.as_str().len() as u64);
    }
    for agreement in &portfolio.agreements {
        for p in &agreement.placements {
            add(p.id.as_uuid().as_u128() as u64);
            add(p.student.as_uuid().as_u128() as u64);
            add(p.host.as_uuid().as_u128() as u64);
            add(p.post.as_uuid().as_u128() as u64);
            add(p.kind as u64);
            add(day(p.dates.first()) ^ day(p.dates.last()));
            for shift in p.schedule.shifts() {
                add(shift.weekday() as u64);
                add(u64::from(shift.start().minutes_since_midnight()));
                add(u64::from(shift.end().minutes_since_midnight()));
                add(u64::from(shift.unpaid_break_minutes()));
            }
            add(p.days_off.len() as u64);
            add(p.pay.map_or(0, |pay| {
                pay.monthly.minor_units() ^ u64::from(pay.period_days)
            }));
            add(maybe(p.internship_plan_on) ^ maybe(p.filed_on) ^ maybe(p.safety_training_on));
            add(maybe(p.tripartite.school)
                ^ maybe(p.tripartite.host)
                ^ maybe(p.tripartite.student));
            add(maybe(p.consent.student) ^ maybe(p.consent.guardian));
            for policy in &p.insurance {
                add(day(policy.covers.first()) ^ day(policy.covers.last()));
                add(u64::from(policy.student_premium_share.per_mille()));
            }
            add(p
                .school_instructor
                .map_or(0, |i| i.as_uuid().as_u128() as u64));
            add(p.supervisor.map_or(0, |i| i.as_uuid().as_u128() as u64));
            add(p.charges.len() as u64);
        }
    }
    sum
}

fn bench_portfolio(c: &mut Criterion) {
    let policy = Policy::cn();
    let mut group = c.benchmark_group("portfolio");
    group.sample_size(10);
    for students in [1_000usize, 10_000, 100_000, 1_000_000] {
        let portfolio = portfolio(students);
        assert!(
            portfolio.check(&policy).is_empty(),
            "the generated portfolio is valid"
        );
        let json = serde_json::to_string(&portfolio).expect("serializable");
        group.throughput(Throughput::Elements(students as u64));
        group.bench_with_input(BenchmarkId::new("check", students), &portfolio, |b, p| {
            b.iter(|| black_box(p).check(black_box(&policy)))
        });
        group.bench_with_input(
            BenchmarkId::new("serde_json_read", students),
            &json,
            |b, j| b.iter(|| serde_json::from_str::<Portfolio>(black_box(j)).expect("valid JSON")),
        );
        group.bench_with_input(
            BenchmarkId::new("plain_pass", students),
            &portfolio,
            |b, p| b.iter(|| plain_pass(black_box(p))),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_portfolio);
criterion_main!(benches);
