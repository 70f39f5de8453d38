//! A tour: build a small arrangement in each mode, check it under the cn policy and print the
//! report.
//!
//! Run with `cargo run --example tour`.

use chrono::{NaiveDate, Weekday};
use school_enterprise::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The parties.
    let school = School::new(
        SchoolId::from_u128(1),
        Name::new("Riverside Vocational School")?,
        SchoolKind::SecondaryVocational,
    );
    let mut factory = Enterprise::new(
        EnterpriseId::from_u128(2),
        Name::new("Delta Motors")?,
        Name::new("automotive manufacturing")?,
        LegalStatus::OwnEntity,
        VenueKind::Factory,
        800,
    );
    factory.vetted_on = Some(d(2026, 1, 15));
    factory.rest_days = vec![Weekday::Sun];
    factory.posts.push(Post::new(
        PostId::from_u128(3),
        Name::new("assembly technician")?,
        Name::new("assembly")?,
        Name::new("mechatronics")?,
        150,
        Money::new(5_200_00, Currency::CNY),
    ));
    let teacher = Instructor::new(
        InstructorId::from_u128(4),
        Name::new("Li Hua")?,
        Employer::School(school.id),
    );
    let supervisor = Instructor::new(
        InstructorId::from_u128(5),
        Name::new("Chen Gang")?,
        Employer::Enterprise(factory.id),
    );
    let students: Vec<Student> = (0..3u128)
        .map(|i| -> Result<Student, Error> {
            Ok(Student::new(
                StudentId::from_u128(100 + i),
                school.id,
                Name::new(["Wang Fang", "Zhao Lei", "Sun Li"][i as usize])?,
                d(2007, 3 + i as u32, 12),
                Name::new("mechatronics")?,
                Name::new("mechatronics")?,
                2024,
                d(2024, 9, 1),
                d(2027, 7, 1),
            ))
        })
        .collect::<Result<_, _>>()?;
    let registry = Registry::new(
        vec![school.clone()],
        vec![factory.clone()],
        students.clone(),
        vec![teacher.clone(), supervisor.clone()],
    )?;

    // A schedule of five 8-hour days, and one with a sixth day that breaks the weekly limit.
    let day_shift = |day| Shift::new(day, t(8, 0), t(17, 0), 60);
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    let normal = WeeklySchedule::new(
        weekdays
            .into_iter()
            .map(day_shift)
            .collect::<Result<_, _>>()?,
    )?;
    let six_days = WeeklySchedule::new(
        weekdays
            .into_iter()
            .chain([Weekday::Sat])
            .map(day_shift)
            .collect::<Result<_, _>>()?,
    )?;

    let placement =
        |id: u128, student: &Student, schedule: &WeeklySchedule| -> Result<Placement, Error> {
            let dates = DateRange::new(d(2026, 3, 2), d(2026, 6, 30))?;
            let mut p = Placement::new(
                PlacementId::from_u128(id),
                student.id,
                factory.id,
                PostId::from_u128(3),
                PlacementKind::Independent,
                dates,
            );
            p.schedule = schedule.clone();
            p.pay = Some(Pay::new(Money::new(4_300_00, Currency::CNY), 31));
            p.insurance.push(Insurance::new(dates, Share::ZERO));
            p.school_instructor = Some(teacher.id);
            p.supervisor = Some(supervisor.id);
            // The paperwork of the 2021 internship provisions, all done before the first day.
            let prepared = d(2026, 2, 20);
            p.internship_plan_on = Some(prepared);
            p.filed_on = Some(prepared);
            p.tripartite.school = Some(prepared);
            p.tripartite.host = Some(prepared);
            p.tripartite.student = Some(prepared);
            p.consent.student = Some(prepared);
            p.consent.guardian = Some(prepared);
            p.safety_training_on = Some(d(2026, 2, 27));
            Ok(p)
        };

    let validity = DateRange::new(d(2026, 3, 1), d(2029, 2, 28))?;
    let both_sides = vec![
        Contribution::new(
            Side::School,
            ContributionKind::Staff,
            "mechatronics teachers",
        ),
        Contribution::new(
            Side::Enterprise,
            ContributionKind::Equipment,
            "assembly robots",
        ),
    ];
    let modes = [
        Mode::IntroducedEnterprise(introduced::IntroducedEnterprise::new()),
        Mode::Alternation(alternation::Alternation::WorkStudyRotation(
            alternation::Rotation::new(),
        )),
        Mode::Interaction(interaction::Interaction::new()),
        Mode::OrderBased(order::OrderClass::new(0, d(2026, 3, 1))),
    ];
    let mut agreements = Vec::new();
    for (i, mode) in modes.into_iter().enumerate() {
        let mut a = CooperationAgreement::new(
            AgreementId::from_u128(10 + i as u128),
            school.id,
            factory.id,
            validity,
            d(2026, 2, 1),
            mode,
        );
        a.contributions = both_sides.clone();
        agreements.push(a);
    }
    // The interaction agreement holds three placements; one works six days a week.
    agreements[2].placements = vec![
        placement(20, &students[0], &normal)?,
        placement(21, &students[1], &normal)?,
        placement(22, &students[2], &six_days)?,
    ];
    // The order-based agreement was signed a day late and lists only the enterprise's share.
    agreements[3].signed_on = d(2026, 3, 2);
    agreements[3]
        .contributions
        .retain(|c| c.side == Side::Enterprise);

    let policy = Policy::cn();
    println!("Checking one agreement (interaction mode):");
    println!("{}", agreements[2].check(&registry, &policy));

    let portfolio = Portfolio::new(registry, agreements);
    let report = portfolio.check(&policy);
    println!("Checking the whole portfolio of four agreements:");
    println!("{report}");
    println!(
        "acceptable: {} ({} error(s), {} warning(s))",
        report.is_ok(),
        report.errors().count(),
        report.warnings().count()
    );
    Ok(())
}
