//! The builders: each names every missing required field, builds what serde reads from the same
//! data, and leaves to the rules what the law checks. Also the shortcuts (paperwork on one day,
//! insurance over the placement's dates, weekly schedules), the recurrences and the accessors
//! on `Mode`.

mod common;

use chrono::Weekday;
use common::*;
use school_enterprise::alternation::*;
use school_enterprise::interaction::*;
use school_enterprise::introduced::*;
use school_enterprise::order::*;
use school_enterprise::*;
use serde_json::json;

/// Builds with every setter of `required` and `others`, then once per required field with that
/// field left out, asserting that `build()` names exactly that field. Returns the full value.
macro_rules! each_required {
    ($builder:expr, $target:literal, [$($f:ident = $v:expr),* $(,)?] $(, [$($o:ident = $ov:expr),* $(,)?])?) => {{
        let full = {
            let b = $builder;
            $(let b = b.$f($v);)*
            $($(let b = b.$o($ov);)*)?
            b.build().expect("every required field is set")
        };
        for skip in [$(stringify!($f)),*] {
            let mut b = $builder;
            $(if stringify!($f) != skip { b = b.$f($v); })*
            $($(b = b.$o($ov);)*)?
            assert_eq!(
                b.build().unwrap_err(),
                Error::MissingFields { builder: $target, fields: vec![skip] },
                "leaving out {skip}"
            );
        }
        full
    }};
}

fn money(units: u64) -> Money {
    Money::new(units * 100, Currency::CNY)
}

fn range(first: chrono::NaiveDate, last: chrono::NaiveDate) -> DateRange {
    DateRange::new(first, last).unwrap()
}

#[test]
fn school_names_each_missing_field_and_equals_serde() {
    let school = each_required!(
        School::builder(),
        "School",
        [
            id = SCHOOL,
            name = "Riverside Vocational School",
            kind = SchoolKind::SecondaryVocational,
        ],
        [site = CampusSite::new(SiteId::from_u128(5), name("east campus"), 12_000)]
    );
    let from_json: School = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-000000000001",
        "name": "Riverside Vocational School",
        "kind": "secondary_vocational",
        "sites": [{"id": "00000000-0000-0000-0000-000000000005", "name": "east campus", "floor_area_m2": 12000}],
    }))
    .unwrap();
    assert_eq!(school, from_json);
}

#[test]
fn post_names_each_missing_field() {
    let post = each_required!(
        Post::builder(),
        "Post",
        [
            id = POST,
            name = "Assembly technician",
            category = "assembly",
            major_category = "mechatronics",
            headcount = 100,
            monthly_wage = money(5_000),
        ],
        [
            hazard = Hazard::Noise,
            labour_intensity = LabourIntensity::ClassII
        ]
    );
    let from_json: Post = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-00000000000b",
        "name": "Assembly technician",
        "category": "assembly",
        "major_category": "mechatronics",
        "headcount": 100,
        "monthly_wage": {"minor_units": 500000, "currency": "CNY"},
        "hazards": ["noise"],
        "labour_intensity": "II",
    }))
    .unwrap_or_else(|e| panic!("{e}: {}", serde_json::to_string(&post).unwrap()));
    assert_eq!(post, from_json);
}

#[test]
fn enterprise_builds_what_the_fixture_builds() {
    let host = each_required!(
        Enterprise::builder(),
        "Enterprise",
        [
            id = ENTERPRISE,
            name = "Delta Motors",
            sector = "manufacturing",
            legal_status = LegalStatus::OwnEntity,
            venue = VenueKind::Factory,
            employees = 500,
        ],
        [
            vetted_on = d(2026, 1, 10),
            rest_days = WeekdaySet::SUNDAY,
            post = Post::builder()
                .id(POST)
                .name("Assembly technician")
                .category("assembly")
                .major_category("mechatronics")
                .headcount(100)
                .monthly_wage(money(5_000))
                .build()
                .unwrap(),
        ]
    );
    assert_eq!(host, enterprise());
    let round_trip: Enterprise =
        serde_json::from_str(&serde_json::to_string(&enterprise()).unwrap()).unwrap();
    assert_eq!(host, round_trip);
}

#[test]
fn student_names_each_missing_field_and_equals_serde() {
    let student = each_required!(
        Student::builder(),
        "Student",
        [
            id = STUDENT,
            school = SCHOOL,
            name = "Zhang Min",
            birth_date = d(2007, 5, 10),
            major = "Mechatronics",
            major_category = "mechatronics",
            grade = 2024,
            enrolled_on = d(2024, 9, 1),
            expected_graduation = d(2027, 7, 1),
        ]
    );
    assert_eq!(student, common::student(STUDENT, SCHOOL, d(2007, 5, 10)));
    let from_json: Student = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-00000000001e",
        "school": "00000000-0000-0000-0000-000000000001",
        "name": "Zhang Min",
        "birth_date": "2007-05-10",
        "major": "Mechatronics",
        "major_category": "mechatronics",
        "grade": 2024,
        "enrolled_on": "2024-09-01",
        "expected_graduation": "2027-07-01",
        "origin": {"kind": "selected_by_school"},
    }))
    .unwrap();
    assert_eq!(student, from_json);
}

#[test]
fn every_missing_field_is_named_at_once_in_declaration_order() {
    let error = Student::builder()
        .name("Zhang Min")
        .grade(2024)
        .build()
        .unwrap_err();
    assert_eq!(
        error,
        Error::MissingFields {
            builder: "Student",
            fields: vec![
                "id",
                "school",
                "birth_date",
                "enrolled_on",
                "expected_graduation",
                "major",
                "major_category"
            ],
        }
    );
    assert_eq!(
        error.to_string(),
        "Student is missing id, school, birth_date, enrolled_on, expected_graduation, major, \
         major_category"
    );
}

#[test]
fn blank_text_is_refused_naming_its_field() {
    let error = Student::builder()
        .name("Zhang Min")
        .major("  ")
        .build()
        .unwrap_err();
    assert_eq!(error, Error::EmptyText { field: "major" });
    let error = Enterprise::builder().sector("").build().unwrap_err();
    assert_eq!(error, Error::EmptyText { field: "sector" });
}

#[test]
fn instructor_names_each_missing_field() {
    let teacher = each_required!(
        Instructor::builder(),
        "Instructor",
        [
            id = TEACHER,
            name = "Li Hua",
            employer = Employer::School(SCHOOL),
        ]
    );
    assert_eq!(
        teacher,
        Instructor::new(TEACHER, name("Li Hua"), Employer::School(SCHOOL))
    );
}

/// The fixture's placement through the builder, its paperwork all on one day.
fn built_placement() -> PlacementBuilder {
    Placement::builder()
        .schedule(office_week())
        .pay(Pay::new(money(4_200), 31).unwrap())
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR)
        .paperwork_on(d(2026, 2, 20))
        .insured(Share::ZERO)
}

#[test]
fn placement_names_each_missing_field() {
    let placement = each_required!(
        built_placement(),
        "Placement",
        [
            id = PLACEMENT,
            student = STUDENT,
            host = ENTERPRISE,
            post = POST,
            kind = PlacementKind::Independent,
            dates = placement_dates(),
        ]
    );
    // The insurance follows the placement's dates, whenever they are set.
    assert_eq!(
        placement.insurance,
        vec![Insurance::new(placement_dates(), Share::ZERO)]
    );
    let mut agreement = agreement();
    agreement.placements = vec![placement];
    let report = check(&agreement);
    assert!(report.is_empty(), "{report}");
}

#[test]
fn paperwork_on_dates_every_document() {
    let day = d(2026, 2, 20);
    let p = built_placement()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates())
        .build()
        .unwrap();
    assert_eq!(p.internship_plan_on, Some(day));
    assert_eq!(p.filed_on, Some(day));
    assert_eq!(
        (p.tripartite.school, p.tripartite.host, p.tripartite.student),
        (Some(day), Some(day), Some(day))
    );
    assert_eq!(
        (p.consent.student, p.consent.guardian),
        (Some(day), Some(day))
    );
    assert_eq!(p.safety_training_on, Some(day));
}

#[test]
fn placement_without_documents_is_still_reported_for_them() {
    let bare = Placement::builder()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates())
        .schedule(office_week())
        .pay(Pay::new(money(4_200), 31).unwrap())
        .school_instructor(TEACHER)
        .supervisor(SUPERVISOR)
        .build()
        .unwrap();
    let mut agreement = agreement();
    agreement.placements = vec![bare];
    let report = check(&agreement);
    assert_findings(
        &report,
        &[
            ("placement.consent", "placements[0]"),
            ("placement.filed", "placements[0]"),
            ("placement.insurance", "placements[0]"),
            ("placement.internship_plan", "placements[0]"),
            ("placement.safety_training", "placements[0]"),
            ("placement.tripartite_agreement", "placements[0]"),
        ],
    );
}

#[test]
fn placement_builder_equals_serde() {
    let built = built_placement()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates())
        .days_off([d(2026, 4, 6)])
        .build()
        .unwrap();
    let shift = |day: &str| json!({"weekday": day, "start": "08:00", "end": "17:00", "unpaid_break_minutes": 60});
    let from_json: Placement = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-000000000032",
        "student": "00000000-0000-0000-0000-00000000001e",
        "host": "00000000-0000-0000-0000-00000000000a",
        "post": "00000000-0000-0000-0000-00000000000b",
        "kind": "independent",
        "dates": {"first": "2026-03-02", "last": "2026-06-30"},
        "schedule": {"shifts": [shift("Mon"), shift("Tue"), shift("Wed"), shift("Thu"), shift("Fri")]},
        "days_off": ["2026-04-06"],
        "pay": {"monthly": {"minor_units": 420000, "currency": "CNY"}, "period_days": 31},
        "internship_plan_on": "2026-02-20",
        "filed_on": "2026-02-20",
        "tripartite": {"school": "2026-02-20", "host": "2026-02-20", "student": "2026-02-20"},
        "consent": {"student": "2026-02-20", "guardian": "2026-02-20"},
        "insurance": [{"covers": {"first": "2026-03-02", "last": "2026-06-30"}, "student_premium_share": "0%"}],
        "school_instructor": "00000000-0000-0000-0000-000000000014",
        "supervisor": "00000000-0000-0000-0000-000000000015",
        "safety_training_on": "2026-02-20",
    }))
    .unwrap_or_else(|e| panic!("{e}: {}", serde_json::to_string(&built).unwrap()));
    assert_eq!(built, from_json);
}

#[test]
fn placement_builder_refuses_what_serde_refuses() {
    let twice = built_placement()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates())
        .days_off([d(2026, 4, 6), d(2026, 4, 6)])
        .build();
    assert_eq!(
        twice,
        Err(Error::RepeatedDayOff {
            date: d(2026, 4, 6)
        })
    );
}

#[test]
fn agreement_names_each_missing_field_and_equals_the_fixture() {
    let built = each_required!(
        CooperationAgreement::builder(),
        "CooperationAgreement",
        [
            id = AGREEMENT,
            school = SCHOOL,
            enterprise = ENTERPRISE,
            validity = range(d(2026, 3, 1), d(2027, 2, 28)),
            signed_on = d(2026, 2, 15),
            mode = Mode::Interaction(valid_interaction()),
        ],
        [
            contribution =
                Contribution::new(Side::School, ContributionKind::Staff, name("two teachers")),
            contribution =
                Contribution::new(Side::Enterprise, ContributionKind::Posts, name("ten posts")),
            placement = placement(),
        ]
    );
    assert_eq!(built, agreement());
    let round_trip: CooperationAgreement =
        serde_json::from_str(&serde_json::to_string(&agreement()).unwrap()).unwrap();
    assert_eq!(built, round_trip);
}

#[test]
fn introduced_builders_name_each_missing_field() {
    let site = SiteId::from_u128(5);
    let line = each_required!(
        ProductionLine::builder(),
        "ProductionLine",
        [
            id = LineId::from_u128(201),
            name = "Machining cell",
            site = site,
            floor_area_m2 = 300,
            stations = 2,
        ],
        [hazard = Hazard::Machinery]
    );
    assert_eq!(line, introduced_lines(site).lines[1]);
    let lathe = each_required!(
        Equipment::builder(),
        "Equipment",
        [
            id = EquipmentId::from_u128(301),
            name = "CNC lathe",
            owner = Side::School,
            line = LineId::from_u128(201),
        ],
        [purposes = [Purpose::Production, Purpose::Teaching]]
    );
    assert_eq!(lathe, introduced_lines(site).equipment[1]);
    let time = SessionTime::new(d(2026, 3, 9), t(8, 0), t(12, 0)).unwrap();
    let session = each_required!(
        TrainingSession::builder(),
        "TrainingSession",
        [
            id = SessionId::from_u128(1),
            line = LineId::from_u128(201),
            time = time,
        ],
        [student = STUDENT, instructor = TEACHER]
    );
    let from_json: TrainingSession = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-000000000001",
        "line": "00000000-0000-0000-0000-0000000000c9",
        "time": {"date": "2026-03-09", "start": "08:00", "end": "12:00"},
        "students": ["00000000-0000-0000-0000-00000000001e"],
        "instructor": "00000000-0000-0000-0000-000000000014",
    }))
    .unwrap();
    assert_eq!(session, from_json);
}

#[test]
fn interaction_builders_name_each_missing_field() {
    let base = each_required!(
        PracticeBase::builder(),
        "PracticeBase",
        [
            id = BaseId::from_u128(1),
            name = "welding workshop",
            capacity = 20,
            provided = range(d(2026, 3, 1), d(2026, 12, 31)),
        ]
    );
    assert_eq!(base.capacity, 20);
    let robots = each_required!(
        Resource::builder(),
        "Resource",
        [
            id = ContributionId::from_u128(2),
            side = Side::Enterprise,
            kind = ResourceKind::Equipment,
            description = "welding robots",
            quantity = 4,
            value = money(800_000),
        ],
        [delivered_on = d(2026, 2, 20)]
    );
    let from_json: Resource = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-000000000002",
        "side": "enterprise",
        "kind": "equipment",
        "description": "welding robots",
        "quantity": 4,
        "value": {"minor_units": 80000000, "currency": "CNY"},
        "delivered_on": "2026-02-20",
    }))
    .unwrap();
    assert_eq!(robots, from_json);
    let course = each_required!(
        Course::builder(),
        "Course",
        [
            id = CourseId::from_u128(60),
            name = "CNC machining practice",
            kind = CourseKind::Professional,
            dates = range(d(2026, 4, 1), d(2026, 4, 30)),
            hours = CourseHours::new(100, 60).unwrap(),
        ],
        [instructor = Teaching::new(SUPERVISOR, 60)]
    );
    let plan = valid_interaction().plan.unwrap();
    assert_eq!(course, plan.courses[0]);
    let time = SessionTime::new(d(2026, 3, 11), t(14, 0), t(17, 0)).unwrap();
    let session = each_required!(
        PracticalSession::builder(),
        "PracticalSession",
        [
            id = SessionId::from_u128(3),
            base = BaseId::from_u128(1),
            time = time,
        ],
        [student = STUDENT]
    );
    assert_eq!(session.students, vec![STUDENT]);
}

#[test]
fn alternation_builders_name_each_missing_field() {
    let cohort = Cohort::new(name("mechatronics"), 2024, vec![STUDENT]);
    let rotation = each_required!(
        Rotation::builder(),
        "Rotation",
        [cohort = cohort.clone(), unit = RotationUnit::SchoolYear,],
        [group = Group::new(GroupId::from_u128(1), vec![STUDENT])]
    );
    let mut by_hand = Rotation::for_cohort(cohort.clone(), RotationUnit::SchoolYear);
    by_hand
        .groups
        .push(Group::new(GroupId::from_u128(1), vec![STUDENT]));
    assert_eq!(rotation, by_hand);

    let job = each_required!(
        Employment::builder(),
        "Employment",
        [
            student = STUDENT,
            enterprise = ENTERPRISE,
            post = POST,
            contract_weekly_minutes = 40 * 60,
            monthly_pay = money(4_800),
            starts_on = d(2026, 3, 2),
        ],
        [ends_on = d(2027, 2, 28), schedule = office_week().into()]
    );
    let from_json: Employment = serde_json::from_value(json!({
        "student": "00000000-0000-0000-0000-00000000001e",
        "enterprise": "00000000-0000-0000-0000-00000000000a",
        "post": "00000000-0000-0000-0000-00000000000b",
        "contract_weekly_minutes": 2400,
        "monthly_pay": {"minor_units": 480000, "currency": "CNY"},
        "starts_on": "2026-03-02",
        "ends_on": "2027-02-28",
        "schedule": serde_json::to_value(Schedule::from(office_week())).unwrap(),
    }))
    .unwrap();
    assert_eq!(job, from_json);

    let request = each_required!(
        PlanRequest::builder(),
        "PlanRequest",
        [
            school = SCHOOL,
            cohort = cohort.clone(),
            unit = RotationUnit::Semester,
            ids_from = uuid::Uuid::from_u128(0x100),
        ],
        [term = range(d(2025, 9, 1), d(2026, 1, 20))]
    );
    assert_eq!(request.terms.len(), 1);
}

#[test]
fn order_builders_name_each_missing_field() {
    let class = each_required!(
        OrderClass::builder(),
        "OrderClass",
        [recruitment_quota = 30, enrolled_on = d(2024, 9, 1),],
        [enrollee = Enrollee::new(STUDENT)]
    );
    let mut by_hand = OrderClass::new(30, d(2024, 9, 1));
    by_hand.intake.push(Enrollee::new(STUDENT));
    assert_eq!(class, by_hand);
    let module = each_required!(
        Module::builder(),
        "Module",
        [
            id = ModuleId::from_u128(1),
            name = "battery assembly",
            kind = ModuleKind::Vocational,
            hours = 120,
            delivery = Delivery::Enterprise,
        ],
        [cover = RequirementId::from_u128(2)]
    );
    let from_json: Module = serde_json::from_value(json!({
        "id": "00000000-0000-0000-0000-000000000001",
        "name": "battery assembly",
        "kind": "vocational",
        "hours": 120,
        "delivery": {"by": "enterprise"},
        "covers": ["00000000-0000-0000-0000-000000000002"],
    }))
    .unwrap();
    assert_eq!(module, from_json);
}

#[test]
fn employment_builder_refuses_a_last_day_before_the_first() {
    let error = Employment::builder()
        .student(STUDENT)
        .enterprise(ENTERPRISE)
        .post(POST)
        .contract_weekly_minutes(2_400)
        .monthly_pay(money(4_800))
        .starts_on(d(2026, 3, 2))
        .ends_on(d(2026, 3, 1))
        .build()
        .unwrap_err();
    assert_eq!(
        error,
        Error::LastDayBeforeFirst {
            field: "ends_on",
            last: d(2026, 3, 1),
            first_field: "starts_on",
            first: d(2026, 3, 2),
        }
    );
}

#[test]
fn weekly_schedule_from_days_and_one_shift() {
    let hours: DailyWindow = "08:00–17:00".parse().unwrap();
    let week = WeeklySchedule::every(WeekdaySet::MONDAY_TO_FRIDAY, hours, 60).unwrap();
    let by_hand = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ]
    .map(|day| Shift::new(day, t(8, 0), t(17, 0), 60).unwrap());
    assert_eq!(week, WeeklySchedule::new(by_hand.to_vec()).unwrap());
    assert_eq!(week, office_week());
    // A window that wraps midnight makes night shifts ending the next morning; they run into the
    // next day's shift only if longer than a day.
    let nights = "22:00–06:00".parse().unwrap();
    let nights = WeeklySchedule::every([Weekday::Mon, Weekday::Wed], nights, 30).unwrap();
    assert_eq!(nights.weekly_working_minutes(), 2 * (8 * 60 - 30));
    assert_eq!(
        nights.shifts()[1].to_string(),
        "Wed 22:00–06:00 (break 30 min)"
    );
    let hour = "08:00–09:00".parse().unwrap();
    assert_eq!(
        WeeklySchedule::every([Weekday::Mon], hour, 60).unwrap_err(),
        Error::BreakTooLong {
            break_minutes: 60,
            span_minutes: 60
        }
    );
}

#[test]
fn weekly_schedule_edited_shift_by_shift() {
    let shift = |day, from, to| Shift::new(day, t(from, 0), t(to, 0), 0).unwrap();
    let week = office_week()
        .without_day(Weekday::Fri)
        .with_shift(shift(Weekday::Sat, 9, 13))
        .unwrap()
        .with_shift_replaced(0, shift(Weekday::Mon, 10, 16))
        .unwrap();
    // Tuesday to Thursday 8 h each, Monday 6 h, Saturday 4 h.
    assert_eq!(week.weekly_working_minutes(), (3 * 8 + 6 + 4) * 60);
    assert_eq!(week.shifts()[0], shift(Weekday::Mon, 10, 16));
    assert_eq!(week.shifts()[4], shift(Weekday::Sat, 9, 13));
    // Monday 16:00 overlaps nothing; Tuesday 12:00 overlaps the second shift (Tuesday 08:00).
    let overlapping = week.clone().with_shift(shift(Weekday::Tue, 12, 14));
    assert_eq!(
        overlapping,
        Err(Error::OverlappingShifts {
            first: 1,
            second: 5
        })
    );
    assert!(week.with_shift(shift(Weekday::Mon, 16, 18)).is_ok());
}

#[test]
fn recurrence_skips_given_dates() {
    // Wednesdays of September 2025: the 3rd, 10th, 17th and 24th; the 17th skipped.
    let sept = Recurrence::weekly(
        [Weekday::Wed],
        t(14, 0),
        t(17, 0),
        range(d(2025, 9, 1), d(2025, 9, 30)),
    )
    .unwrap()
    .except([d(2025, 9, 17), d(2025, 9, 18)]);
    let dates: Vec<_> = sept.times().map(|time| time.date()).collect();
    assert_eq!(dates, [d(2025, 9, 3), d(2025, 9, 10), d(2025, 9, 24)]);
    // Tuesdays and Thursdays: 2, 4, 9, 11, 16, 18, 23, 25, 30; the 18th skipped.
    let twice = Recurrence::weekly(
        [Weekday::Tue, Weekday::Thu],
        t(8, 0),
        t(12, 0),
        range(d(2025, 9, 1), d(2025, 9, 30)),
    )
    .unwrap()
    .except([d(2025, 9, 18)]);
    assert_eq!(twice.times().count(), 9 - 1);
    assert!(Recurrence::weekly(
        [Weekday::Mon],
        t(8, 0),
        t(8, 0),
        range(d(2025, 9, 1), d(2025, 9, 30))
    )
    .is_err());
}

#[test]
fn sessions_repeat_over_a_recurrence() {
    let mondays = Recurrence::weekly(
        [Weekday::Mon],
        t(8, 0),
        t(12, 0),
        range(d(2026, 3, 2), d(2026, 3, 31)),
    )
    .unwrap();
    let training = TrainingSession::builder()
        .line(LineId::from_u128(200))
        .student(STUDENT)
        .instructor(SUPERVISOR)
        .weekly(&mondays, |n| SessionId::from_u128(700 + n as u128))
        .unwrap();
    // March 2026's Mondays: 2, 9, 16, 23, 30.
    let days: Vec<_> = training.iter().map(|s| s.time.date()).collect();
    assert_eq!(
        days,
        [
            d(2026, 3, 2),
            d(2026, 3, 9),
            d(2026, 3, 16),
            d(2026, 3, 23),
            d(2026, 3, 30)
        ]
    );
    assert_eq!(training[4].id, SessionId::from_u128(704));
    assert!(training
        .iter()
        .all(|s| s.instructor == Some(SUPERVISOR) && s.students == [STUDENT]));
    let practical = PracticalSession::builder()
        .weekly(&mondays, |n| SessionId::from_u128(800 + n as u128))
        .unwrap_err();
    assert_eq!(
        practical,
        Error::MissingFields {
            builder: "PracticalSession",
            fields: vec!["base"]
        }
    );
}

#[test]
fn plan_placements_follow_the_plan() {
    let students: Vec<Student> = (0..4)
        .map(|k| common::student(extra_student(k), SCHOOL, d(2006, 1, 15)))
        .collect();
    let registry = registry_with(4, |_| {});
    let request = PlanRequest::builder()
        .school(SCHOOL)
        .cohort(Cohort::new(
            name("Mechatronics"),
            2024,
            students.iter().map(|s| s.id).collect(),
        ))
        .terms([
            range(d(2025, 9, 1), d(2026, 1, 20)),
            range(d(2026, 3, 2), d(2026, 7, 10)),
        ])
        .unit(RotationUnit::Semester)
        .place(HostPlaces::new(ENTERPRISE, 2))
        .ids_from(uuid::Uuid::from_u128(0x100))
        .build()
        .unwrap();
    let plan = plan(&request, &registry, &Policy::cn()).unwrap();
    let placements = plan
        .placements(uuid::Uuid::from_u128(0x900), |_| {
            Placement::builder()
                .post(POST)
                .kind(PlacementKind::Independent)
        })
        .unwrap();
    assert_eq!(placements.len(), plan.placements_needed.len());
    for (n, (p, need)) in placements.iter().zip(&plan.placements_needed).enumerate() {
        assert_eq!(p.id, PlacementId::from_u128(0x900 + n as u128));
        assert_eq!(
            (p.student, p.host, p.dates),
            (need.student, need.host, need.dates)
        );
    }
}

#[test]
fn mode_accessors_reach_each_variant() {
    let mut modes = [
        Mode::IntroducedEnterprise(IntroducedEnterprise::new()),
        Mode::Alternation(Alternation::WorkStudyRotation(Rotation::new())),
        Mode::Alternation(Alternation::EmployedStudy(EmployedStudy::new())),
        Mode::Interaction(Interaction::new()),
        Mode::OrderBased(OrderClass::new(30, d(2024, 9, 1))),
        Mode::Internship,
    ];
    let reached = |m: &Mode| {
        [
            m.as_introduced().is_some(),
            m.as_rotation().is_some(),
            m.as_employed_study().is_some(),
            m.as_interaction().is_some(),
            m.as_order().is_some(),
            m.is_internship(),
        ]
    };
    for (i, mode) in modes.iter().enumerate() {
        let expected: Vec<bool> = (0..6).map(|j| i == j).collect();
        assert_eq!(reached(mode).to_vec(), expected, "{mode:?}");
        assert_eq!(mode.as_alternation().is_some(), i == 1 || i == 2);
    }
    modes[4].as_order_mut().unwrap().recruitment_quota = 40;
    assert_eq!(modes[4].as_order().map(|c| c.recruitment_quota), Some(40));
    modes[1].as_rotation_mut().unwrap().unit = RotationUnit::SchoolYear;
    assert_eq!(
        modes[1].as_rotation().unwrap().unit,
        RotationUnit::SchoolYear
    );
    modes[2]
        .as_employed_study_mut()
        .unwrap()
        .tasks
        .push(JobTask::new(TaskId::from_u128(1), name("x")));
    assert_eq!(modes[2].as_employed_study().unwrap().tasks.len(), 1);
    modes[0].as_introduced_mut().unwrap().training_plan = TrainingPlan::new(1, 2);
    modes[3]
        .as_interaction_mut()
        .unwrap()
        .professionals
        .push(SUPERVISOR);
    assert!(modes[3].as_rotation_mut().is_none() && modes[0].as_alternation_mut().is_none());
}

#[test]
fn enrol_builds_one_student_of_a_class_and_leaves_the_template() {
    let class = Student::builder()
        .school(SCHOOL)
        .major("Mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    let first = class.enrol(STUDENT, "Zhang Min", d(2006, 4, 2)).unwrap();
    assert_eq!(first, student(STUDENT, SCHOOL, d(2006, 4, 2)));
    // The template is unchanged: the next student gets their own id, name and birth date.
    let second = class.enrol(MINOR, "Li Lei", d(2008, 6, 1)).unwrap();
    assert_eq!((second.id, second.name.as_str()), (MINOR, "Li Lei"));
    assert_eq!(second.birth_date, d(2008, 6, 1));
    // What the template lacks is named; what the student's own fields refuse is refused.
    let missing = Student::builder()
        .school(SCHOOL)
        .enrol(STUDENT, "Zhang Min", d(2006, 4, 2));
    assert_eq!(
        missing.unwrap_err().to_string(),
        "Student is missing grade, enrolled_on, expected_graduation, major, major_category"
    );
    assert_eq!(
        class.enrol(STUDENT, " ", d(2006, 4, 2)).unwrap_err(),
        Error::EmptyText { field: "name" }
    );
    assert!(matches!(
        class.enrol(STUDENT, "Zhang Min", d(2025, 1, 1)),
        Err(Error::DatesOutOfOrder {
            field: "birth_date",
            ..
        })
    ));
}

#[test]
fn enrol_all_builds_a_class_from_a_roster_with_ids_numbered_upward() {
    let class = Student::builder()
        .school(SCHOOL)
        .major("Mechatronics")
        .major_category("mechatronics")
        .grade(2024)
        .enrolled_on(d(2024, 9, 1))
        .expected_graduation(d(2027, 7, 1));
    let roster = [("Zhang Min", d(2006, 4, 2)), ("Li Lei", d(2008, 6, 1))];
    let students = class.enrol_all(StudentId::from_u128(100), roster).unwrap();
    let one_by_one = [
        class.enrol(StudentId::from_u128(100), "Zhang Min", d(2006, 4, 2)),
        class.enrol(StudentId::from_u128(101), "Li Lei", d(2008, 6, 1)),
    ];
    assert_eq!(students, one_by_one.map(Result::unwrap));
    // The ids wrap past the largest UUID rather than overflow.
    let last = StudentId::from_u128(u128::MAX);
    let wrapped = class.enrol_all(last, roster).unwrap();
    assert_eq!(
        (wrapped[0].id, wrapped[1].id),
        (last, StudentId::from_u128(0))
    );
    assert_eq!(class.enrol_all(last, Vec::<(&str, _)>::new()), Ok(vec![]));
    // The first student refused stops the roster, with that student's error naming the field.
    let blank = [("Zhang Min", d(2006, 4, 2)), (" ", d(2008, 6, 1))];
    assert_eq!(
        class.enrol_all(StudentId::from_u128(100), blank),
        Err(Error::EmptyText { field: "name" })
    );
    let missing = Student::builder().school(SCHOOL).grade(2024);
    assert_eq!(
        missing
            .enrol_all(StudentId::from_u128(100), roster)
            .unwrap_err()
            .to_string(),
        "Student is missing enrolled_on, expected_graduation, major, major_category"
    );
}

#[test]
fn for_students_builds_a_class_of_placements_with_ids_numbered_upward() {
    let class = built_placement()
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates());
    let placements = class
        .for_students(PlacementId::from_u128(50), [STUDENT, MINOR])
        .unwrap();
    let one_by_one = [
        class.for_student(PlacementId::from_u128(50), STUDENT),
        class.for_student(PlacementId::from_u128(51), MINOR),
    ];
    assert_eq!(placements, one_by_one.map(Result::unwrap));
    let missing = Placement::builder()
        .host(ENTERPRISE)
        .for_students(PLACEMENT, [STUDENT])
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "Placement is missing post, kind, dates"
    );
    assert_eq!(Placement::builder().for_students(PLACEMENT, []), Ok(vec![]));
}

#[test]
fn instructors_of_a_school_or_an_enterprise_equal_the_builder() {
    let teacher = Instructor::of_school(TEACHER, "Li Hua", SCHOOL).unwrap();
    let built = Instructor::builder()
        .id(TEACHER)
        .name("Li Hua")
        .employer(Employer::School(SCHOOL))
        .build()
        .unwrap();
    assert_eq!(teacher, built);
    let supervisor = Instructor::of_enterprise(SUPERVISOR, "Chen Gang", ENTERPRISE).unwrap();
    assert_eq!(supervisor.employer, Employer::Enterprise(ENTERPRISE));
    assert_eq!(supervisor.name.as_str(), "Chen Gang");
    assert_eq!(
        Instructor::of_enterprise(SUPERVISOR, "", ENTERPRISE),
        Err(Error::EmptyText { field: "name" })
    );
}

#[test]
fn school_and_enterprise_contributions_name_their_side() {
    let base = CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(ENTERPRISE)
        .validity(range(d(2026, 2, 1), d(2027, 1, 31)))
        .signed_on(d(2026, 1, 20))
        .mode(Mode::Internship);
    let short = base
        .clone()
        .school_contributes(ContributionKind::Staff, "tutors")
        .enterprise_contributes(ContributionKind::Posts, "posts")
        .build()
        .unwrap();
    let sides: Vec<Side> = short.contributions.iter().map(|c| c.side).collect();
    assert_eq!(sides, [Side::School, Side::Enterprise]);
    let long = base
        .clone()
        .contributes(Side::School, ContributionKind::Staff, "tutors")
        .contributes(Side::Enterprise, ContributionKind::Posts, "posts")
        .build()
        .unwrap();
    assert_eq!(short, long);
    let blank = base
        .enterprise_contributes(ContributionKind::Posts, "\t")
        .build();
    assert_eq!(
        blank.unwrap_err(),
        Error::EmptyText {
            field: "description"
        }
    );
}

#[test]
fn optional_setters_take_a_value_or_an_option() {
    let host = || {
        Enterprise::builder()
            .id(ENTERPRISE)
            .name("Delta Motors")
            .sector("manufacturing")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(500)
    };
    let vetted = host().vetted_on(d(2026, 1, 10)).build().unwrap();
    assert_eq!(vetted.vetted_on, Some(d(2026, 1, 10)));
    let also = host().vetted_on(Some(d(2026, 1, 10))).build().unwrap();
    assert_eq!(also, vetted);
    // `None` leaves the field unset, also after a value.
    let unset = host()
        .vetted_on(d(2026, 1, 10))
        .vetted_on(None)
        .build()
        .unwrap();
    assert_eq!(unset.vetted_on, None);
}

#[test]
fn for_student_builds_one_placement_of_a_class_from_a_template() {
    let class = built_placement()
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(placement_dates());
    let first = class.for_student(PLACEMENT, STUDENT).unwrap();
    let by_hand = class
        .clone()
        .id(PLACEMENT)
        .student(STUDENT)
        .build()
        .unwrap();
    assert_eq!(first, by_hand);
    let second = class
        .for_student(PlacementId::from_u128(51), MINOR)
        .unwrap();
    assert_eq!(
        (second.id, second.student),
        (PlacementId::from_u128(51), MINOR)
    );
    assert_eq!(second.insurance, first.insurance);
    let missing = Placement::builder()
        .for_student(PLACEMENT, STUDENT)
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "Placement is missing host, post, kind, dates"
    );
}

#[test]
fn registry_names_whoever_an_id_names() {
    let registry = registry();
    let name_of = |id: uuid::Uuid| registry.name_of(id).map(|n| n.as_str().to_owned());
    let school = registry.school(SCHOOL).unwrap().name.to_string();
    assert_eq!(name_of(*SCHOOL.as_uuid()), Some(school));
    assert_eq!(
        name_of(*ENTERPRISE.as_uuid()),
        Some("Delta Motors".to_owned())
    );
    let student = registry.student(STUDENT).unwrap().name.to_string();
    assert_eq!(name_of(*STUDENT.as_uuid()), Some(student));
    let teacher = registry.instructor(TEACHER).unwrap().name.to_string();
    assert_eq!(name_of(*TEACHER.as_uuid()), Some(teacher));
    // A post is not a person or a party; an unknown id names no one.
    assert_eq!(name_of(*POST.as_uuid()), None);
    assert_eq!(name_of(uuid::Uuid::from_u128(999)), None);
}

/// The deprecated positional constructors still build what the builders build (for programs
/// written before the builders).
#[test]
#[allow(deprecated)]
fn deprecated_constructors_build_what_the_builders_build() {
    let s = student(STUDENT, SCHOOL, d(2006, 4, 2));
    let positional = Student::new(
        s.id,
        s.school,
        s.name.clone(),
        s.birth_date,
        s.major.clone(),
        s.major_category.clone(),
        s.grade,
        s.enrolled_on,
        s.expected_graduation,
    );
    assert_eq!(positional, s);
    let host = enterprise();
    let mut positional = Enterprise::new(
        host.id,
        host.name.clone(),
        host.sector.clone(),
        host.legal_status,
        host.venue,
        host.employees,
    );
    positional.vetted_on = host.vetted_on;
    positional.rest_days = host.rest_days;
    let post = &host.posts[0];
    positional.posts.push(Post::new(
        post.id,
        post.name.clone(),
        post.category.clone(),
        post.major_category.clone(),
        post.headcount,
        post.monthly_wage,
    ));
    assert_eq!(positional, host);
    let dates = placement_dates();
    let placement = Placement::new(
        PLACEMENT,
        STUDENT,
        ENTERPRISE,
        POST,
        PlacementKind::Independent,
        dates,
    );
    let built = Placement::builder()
        .id(PLACEMENT)
        .student(STUDENT)
        .host(ENTERPRISE)
        .post(POST)
        .kind(PlacementKind::Independent)
        .dates(dates)
        .build()
        .unwrap();
    assert_eq!(placement, built);
    let validity = range(d(2026, 2, 1), d(2027, 1, 31));
    let agreement = CooperationAgreement::new(
        AGREEMENT,
        SCHOOL,
        ENTERPRISE,
        validity,
        d(2026, 1, 20),
        Mode::Internship,
    );
    let built = CooperationAgreement::builder()
        .id(AGREEMENT)
        .school(SCHOOL)
        .enterprise(ENTERPRISE)
        .validity(validity)
        .signed_on(d(2026, 1, 20))
        .mode(Mode::Internship)
        .build()
        .unwrap();
    assert_eq!(agreement, built);
    let job = Employment::new(
        STUDENT,
        ENTERPRISE,
        POST,
        40 * 60,
        money(4_000),
        d(2026, 3, 2),
    );
    let built = Employment::builder()
        .student(STUDENT)
        .enterprise(ENTERPRISE)
        .post(POST)
        .contract_weekly_minutes(40 * 60)
        .monthly_pay(money(4_000))
        .starts_on(d(2026, 3, 2))
        .build()
        .unwrap();
    assert_eq!(job, built);
    let module = Module::new(
        ModuleId::from_u128(1),
        name("PLC"),
        ModuleKind::Vocational,
        96,
        Delivery::School,
    );
    let built = Module::builder()
        .id(ModuleId::from_u128(1))
        .name("PLC")
        .kind(ModuleKind::Vocational)
        .hours(96)
        .delivery(Delivery::School)
        .build()
        .unwrap();
    assert_eq!(module, built);
}
