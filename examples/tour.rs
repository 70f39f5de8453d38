//! A tour of the crate: one vocational school, its 2024 mechatronics class and two automotive
//! enterprises cooperate in all four modes, each built in one function below.
//!
//! 1. Introduced enterprise: Delta Motors runs a gearbox line on the school's campus, where the
//!    class trains in its first year.
//! 2. Alternation: in its second year the class rotates by semester between school and the two
//!    factories, planned by `alternation::plan` and backed by work placements.
//! 3. Interaction: Eastern Gear Works equips a practice base, co-writes the third-year teaching
//!    plan and sends an engineer to teach.
//! 4. Order-based class: Delta ordered the class at enrollment, trains it, takes it on a
//!    final-term internship and hires it at graduation.
//!
//! The four agreements go into one `Portfolio`, checked under `Policy::cn()`. Everything is valid
//! except five deliberate faults, each marked `FAULT` where it is made; the printed report lists
//! exactly those.
//!
//! Run with `cargo run --example tour`.

use chrono::Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
use chrono::{Days, NaiveDate, Weekday};
use school_enterprise::alternation::{
    plan, Alternation, Cohort, HostPlaces, PlanRequest, RotationUnit,
};
use school_enterprise::interaction::{
    Approvals, Course, CourseHours, CourseKind, Interaction, PracticalSession, PracticeBase,
    Resource, ResourceKind, ResourceSharing, Teaching, TeachingPlan,
};
use school_enterprise::introduced::{
    Equipment, IntroducedEnterprise, ProductionLine, Purpose, SessionTime, SiteAllocation,
    TrainingPlan, TrainingSession,
};
use school_enterprise::order::{
    Delivery, EmploymentCommitment, Enrollee, Exam, Module, ModuleKind, OrderClass, PracticalBlock,
    ProductionPeriod, Requirement, Synchronization,
};
use school_enterprise::WeekdaySet;
use school_enterprise::*;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid calendar date")
}

fn t(h: u32, m: u32) -> TimeOfDay {
    TimeOfDay::new(h, m).expect("a valid time of day")
}

fn cny(yuan: u64) -> Money {
    Money::new(yuan * 100, Currency::CNY)
}

const SCHOOL: SchoolId = SchoolId::from_u128(1);
const DELTA: EnterpriseId = EnterpriseId::from_u128(2);
const EASTERN: EnterpriseId = EnterpriseId::from_u128(3);
const ASSEMBLY_POST: PostId = PostId::from_u128(4);
const GEAR_POST: PostId = PostId::from_u128(5);
const NORTH_HALL: SiteId = SiteId::from_u128(6);
/// The class teacher, dual-qualified: she teaches theory and trains students on the line.
const LI_HUA: InstructorId = InstructorId::from_u128(7);
/// Delta's line foreman, who also supervises Delta's interns.
const CHEN_GANG: InstructorId = InstructorId::from_u128(8);
/// Eastern's gear engineer, who also supervises Eastern's interns.
const ZHOU_PING: InstructorId = InstructorId::from_u128(9);

/// The seven students the school selected for its 2024 mechatronics class.
const CLASS: [&str; 7] = [
    "Wang Fang",
    "Zhao Lei",
    "Sun Li",
    "Zhou Jie",
    "Wu Min",
    "Zheng Hao",
    "Feng Yu",
];
/// Qian Jun, a Delta line worker since 2023 whom Delta recruited into the class.
const QIAN_JUN: StudentId = StudentId::from_u128(120);

fn student(i: usize) -> StudentId {
    StudentId::from_u128(100 + i as u128)
}

fn the_class() -> Vec<StudentId> {
    (0..CLASS.len()).map(student).collect()
}

fn registry() -> Result<Registry> {
    let mut school = School::new(
        SCHOOL,
        Name::new("Riverside Vocational School")?,
        SchoolKind::SecondaryVocational,
    );
    let hall = Name::new("North workshop hall")?;
    school.sites.push(CampusSite::new(NORTH_HALL, hall, 4_000));
    let factory = |id, name: &str, post_id, post: &str| -> Result<Enterprise> {
        let post = Post::builder()
            .id(post_id)
            .name(post)
            .category("production line")
            .major_category("mechatronics")
            .headcount(150)
            .monthly_wage(cny(5_200));
        let e = Enterprise::builder()
            .id(id)
            .name(name)
            .sector("automotive parts")
            .legal_status(LegalStatus::OwnEntity)
            .venue(VenueKind::Factory)
            .employees(900)
            .vetted_on(d(2025, 6, 20))
            .post(post.build()?);
        Ok(e.build()?)
    };
    let mut delta = factory(DELTA, "Delta Motors", ASSEMBLY_POST, "gearbox assembler")?;
    delta.rest_days = Some(WeekdaySet::SUNDAY); // Delta's plant works on Saturdays.
    let eastern = factory(EASTERN, "Eastern Gear Works", GEAR_POST, "gear cutter")?;

    let enroll = |id, name: &str, born| -> Result<Student> {
        let student = Student::builder()
            .id(id)
            .school(SCHOOL)
            .name(name)
            .birth_date(born)
            .major("mechatronics")
            .major_category("mechatronics")
            .grade(2024)
            .enrolled_on(d(2024, 9, 1))
            .expected_graduation(d(2027, 7, 1));
        Ok(student.build()?)
    };
    let mut students = Vec::new();
    for (i, name) in CLASS.into_iter().enumerate() {
        students.push(enroll(student(i), name, d(2007, 1 + i as u32, 15))?);
    }
    let mut qian = enroll(QIAN_JUN, "Qian Jun", d(2004, 5, 6))?;
    qian.origin = Origin::RecruitedEmployee {
        enterprise: DELTA,
        since: d(2023, 7, 1),
    };
    students.push(qian);
    let staff = |id, name: &str, employer| -> Result<Instructor> {
        Ok(Instructor::new(id, Name::new(name)?, employer))
    };
    let mut li = staff(LI_HUA, "Li Hua", Employer::School(SCHOOL))?;
    li.dual_qualified = true;
    let chen = staff(CHEN_GANG, "Chen Gang", Employer::Enterprise(DELTA))?;
    let zhou = staff(ZHOU_PING, "Zhou Ping", Employer::Enterprise(EASTERN))?;
    let (enterprises, instructors) = (vec![delta, eastern], vec![li, chen, zhou]);
    let registry = Registry::new(vec![school], enterprises, students, instructors)?;
    Ok(registry)
}

/// Day shifts of 8:00 to 17:00 with an hour for lunch, 8 h a day, on `days`.
fn day_shifts(days: &[Weekday]) -> Result<WeeklySchedule> {
    let mut shifts = Vec::new();
    for &day in days {
        shifts.push(Shift::new(day, t(8, 0), t(17, 0), 60)?);
    }
    Ok(WeeklySchedule::new(shifts)?)
}

/// An assisting work placement on the host's post, Monday to Friday, paid 3,000 yuan a month,
/// with every document ready two weeks before the first day.
fn placement(id: u128, who: StudentId, host: EnterpriseId, dates: DateRange) -> Result<Placement> {
    let (post, supervisor) = if host == DELTA {
        (ASSEMBLY_POST, CHEN_GANG)
    } else {
        (GEAR_POST, ZHOU_PING)
    };
    let ready = dates.first().checked_sub_days(Days::new(14));
    let p = Placement::builder()
        .id(PlacementId::from_u128(id))
        .student(who)
        .host(host)
        .post(post)
        .kind(PlacementKind::Assisting)
        .dates(dates)
        .schedule(day_shifts(&[Mon, Tue, Wed, Thu, Fri])?)
        .pay(Pay::new(cny(3_000), 31)?)
        .paperwork_on(ready.ok_or("a first day two weeks after the calendar starts")?)
        .insured(Share::ZERO)
        .school_instructor(LI_HUA)
        .supervisor(supervisor);
    Ok(p.build()?)
}

/// The school's agreement with `enterprise`, signed on `signed` and valid over `valid`, in which
/// each side gives something (`agreement.mutual_contribution`).
fn agreement(
    (id, enterprise): (u128, EnterpriseId),
    signed: NaiveDate,
    (first, last): (NaiveDate, NaiveDate),
    mode: Mode,
    [school_gives, enterprise_gives]: [(ContributionKind, &str); 2],
) -> Result<CooperationAgreement> {
    let (id, validity) = (AgreementId::from_u128(id), DateRange::new(first, last)?);
    let a = CooperationAgreement::builder()
        .id(id)
        .school(SCHOOL)
        .enterprise(enterprise)
        .validity(validity)
        .signed_on(signed)
        .mode(mode)
        .contributes(Side::School, school_gives.0, school_gives.1)
        .contributes(Side::Enterprise, enterprise_gives.0, enterprise_gives.1);
    Ok(a.build()?)
}

fn introduced_enterprise() -> Result<CooperationAgreement> {
    println!("1. Introduced enterprise: Delta's gearbox line on campus, 6 stations");
    let line = LineId::from_u128(20);
    let mut m = IntroducedEnterprise::new();
    m.sites.push(SiteAllocation::new(NORTH_HALL, 1_200));
    let name = Name::new("Gearbox assembly line")?;
    let gearbox = ProductionLine::builder()
        .id(line)
        .name(name)
        .site(NORTH_HALL)
        .floor_area_m2(900)
        .stations(6);
    m.lines.push(gearbox.build()?);
    let bench = Equipment::builder()
        .id(EquipmentId::from_u128(21))
        .name("Torque test bench")
        .owner(Side::Enterprise)
        .line(line)
        .purposes([Purpose::Production, Purpose::Teaching]);
    m.equipment.push(bench.build()?);
    m.training_plan = TrainingPlan::new(120, 180);
    let session = |id, day, hour, who: &[StudentId], instructor| -> Result<TrainingSession> {
        let time = SessionTime::new(day, t(hour, 0), t(hour + 3, 30))?;
        let mut s = TrainingSession::new(SessionId::from_u128(id), line, time);
        s.students = who.to_vec();
        s.instructor = Some(instructor);
        Ok(s)
    };
    let class = the_class();
    let (first_half, second_half) = class.split_at(4);
    m.sessions = vec![
        session(40, d(2025, 4, 14), 8, first_half, CHEN_GANG)?,
        session(41, d(2025, 4, 14), 13, second_half, LI_HUA)?,
        // FAULT (introduced.station_capacity): a rehearsal for the assembly test books the whole
        // class of seven onto the line's six training stations.
        session(42, d(2025, 4, 17), 8, &class, CHEN_GANG)?,
    ];
    let valid = (d(2024, 9, 1), d(2029, 8, 31));
    let gives = [
        (ContributionKind::Space, "1,200 m² of the north hall"),
        (ContributionKind::Equipment, "gearbox line, test bench"),
    ];
    let mode = Mode::IntroducedEnterprise(m);
    agreement((10, DELTA), d(2024, 7, 10), valid, mode, gives)
}

fn rotation(registry: &Registry) -> Result<CooperationAgreement> {
    println!("\n2. Alternation: the class rotates by semester in its second year");
    let request = PlanRequest::builder()
        .school(SCHOOL)
        .cohort(Cohort::new(Name::new("mechatronics")?, 2024, the_class()))
        .term(DateRange::new(d(2025, 9, 1), d(2026, 1, 16))?)
        .term(DateRange::new(d(2026, 2, 23), d(2026, 7, 10))?)
        .unit(RotationUnit::Semester)
        // Groups of four and three: the planner sends each to the host it fits best.
        .places([HostPlaces::new(DELTA, 4), HostPlaces::new(EASTERN, 3)])
        .ids_from(uuid::Uuid::from_u128(0x2024_0000))
        .build()?;
    let plan = plan(&request, registry, &Policy::cn())?;
    for period in &plan.rotation.periods {
        let settings: Vec<String> = period
            .settings
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let host = s.setting.host().and_then(|h| registry.enterprise(h));
                let at = host.map_or("school", |e| e.name.as_str());
                format!("group {} at {at}", i + 1)
            })
            .collect();
        println!("   {}: {}", period.dates, settings.join(", "));
    }

    let mut rotation = plan.rotation;
    // FAULT (alternation.host_capacity): since the plan was drawn up, Eastern Gear Works has cut
    // its places to two, one too few for the spring group of three.
    rotation.places = vec![HostPlaces::new(DELTA, 4), HostPlaces::new(EASTERN, 2)];
    let valid = (d(2025, 8, 1), d(2026, 7, 31));
    let gives = [
        (ContributionKind::Staff, "placement tutors"),
        (ContributionKind::Posts, "posts for the interns"),
    ];
    let mode = Mode::Alternation(Alternation::WorkStudyRotation(rotation));
    let mut a = agreement((11, DELTA), d(2025, 7, 1), valid, mode, gives)?;
    // Every student of a group at a host is on a work placement there for the whole period.
    for (i, need) in plan.placements_needed.iter().enumerate() {
        let id = 1_000 + i as u128;
        let work = placement(id, need.student, need.host, need.dates)?;
        a.placements.push(work);
    }
    Ok(a)
}

fn interaction(registry: &Registry) -> Result<CooperationAgreement> {
    println!("\n3. Interaction: Eastern Gear Works and the third-year courses");
    let base = BaseId::from_u128(30);
    let (centre, blanks) = (ContributionId::from_u128(31), ContributionId::from_u128(32));
    let term = DateRange::new(d(2026, 9, 7), d(2027, 1, 15))?;
    let mut m = Interaction::new();
    let workshop = Name::new("Eastern training workshop")?;
    m.bases.push(PracticeBase::new(base, workshop, 8, term));
    let resource = |id, kind, what: &str, quantity, yuan, delivered_on| -> Result<Resource> {
        let r = Resource::builder()
            .id(id)
            .side(Side::Enterprise)
            .kind(kind)
            .description(what)
            .quantity(quantity)
            .value(cny(yuan))
            .delivered_on(delivered_on);
        Ok(r.build()?)
    };
    m.resources = vec![
        // FAULT (interaction.delivered_before_use): the measuring centre arrives a week after the
        // gear course that uses it has started.
        resource(
            centre,
            ResourceKind::Equipment,
            "gear measuring centre",
            1,
            380_000,
            d(2026, 9, 14),
        )?,
        resource(
            blanks,
            ResourceKind::Material,
            "gear blanks",
            400,
            24_000,
            d(2026, 8, 28),
        )?,
    ];
    // The co-written plan: each course is taught half by Eastern's engineer, half by the class
    // teacher, and both sides approve the plan in June, before the term.
    let course = |id, name: &str, (total, practical), uses: &[ContributionId]| -> Result<Course> {
        let c = Course::builder()
            .id(CourseId::from_u128(id))
            .name(name)
            .kind(CourseKind::Professional)
            .dates(term)
            .hours(CourseHours::new(total, practical)?)
            .instructor(Teaching::new(ZHOU_PING, total / 2))
            .instructor(Teaching::new(LI_HUA, total / 2))
            .uses(uses.iter().copied());
        Ok(c.build()?)
    };
    let mut plan = TeachingPlan::new();
    plan.courses = vec![
        course(33, "Gear manufacturing", (64, 40), &[centre, blanks])?,
        course(34, "Quality inspection", (48, 32), &[])?,
    ];
    plan.approvals = Approvals::new(Some(d(2026, 6, 20)), Some(d(2026, 6, 25)));
    m.plan = Some(plan);
    m.professionals = vec![ZHOU_PING];
    for (k, day) in [d(2026, 9, 16), d(2026, 9, 23)].into_iter().enumerate() {
        let time = SessionTime::new(day, t(8, 30), t(11, 30))?;
        let mut s = PracticalSession::new(SessionId::from_u128(50 + k as u128), base, time);
        s.students = the_class();
        m.sessions.push(s);
    }
    let valid = (d(2026, 7, 1), d(2029, 6, 30));
    let gives = [
        (ContributionKind::Staff, "mechatronics teachers"),
        (ContributionKind::Equipment, "practice base and machines"),
    ];
    let mode = Mode::Interaction(m);
    let a = agreement((12, EASTERN), d(2026, 6, 15), valid, mode, gives)?;
    let sharing = ResourceSharing::of(&a, registry).ok_or("an interaction agreement")?;
    for line in sharing.to_string().lines() {
        println!("   {line}");
    }
    Ok(a)
}

fn order_class(registry: &Registry) -> Result<CooperationAgreement> {
    println!("\n4. Order class: Delta's class of 2024");
    let mut class = OrderClass::new(8, d(2024, 9, 1));
    let job = |signed_on| EmploymentCommitment::new(ASSEMBLY_POST, signed_on, d(2027, 7, 5));
    for id in the_class().into_iter().chain([QIAN_JUN]) {
        let enrollee = Enrollee::committed(id, job(d(2024, 8, 20)));
        class.intake.push(enrollee);
    }
    // FAULT (order.job_at_enrollment): Feng Yu's commitment was signed a week after enrollment.
    class.intake[6] = Enrollee::committed(student(6), job(d(2024, 9, 8)));
    // Each requirement of Delta's is taught by one module and assessed by one joint exam; the
    // enterprise delivers most of the vocational hours.
    let half = Delivery::Joint {
        enterprise_share: Share::percent(50)?,
    };
    let (school, enterprise) = (Delivery::School, Delivery::Enterprise);
    let skills = [
        ("Gearbox assembly", "Assembly practice", 160, enterprise),
        ("Torque testing", "Testing and measurement", 96, half),
        ("Line maintenance", "Line upkeep", 64, school),
    ];
    for (k, (skill, module, hours, delivery)) in skills.into_iter().enumerate() {
        let requirement = RequirementId::from_u128(60 + k as u128);
        let name = Name::new(skill)?;
        class.requirements.push(Requirement::new(requirement, name));
        let module = Module::builder()
            .id(ModuleId::from_u128(70 + k as u128))
            .name(module)
            .kind(ModuleKind::Vocational)
            .hours(hours)
            .delivery(delivery)
            .cover(requirement);
        class.modules.push(module.build()?);
        let name = Name::new(format!("{skill} exam"))?;
        let mut exam = Exam::new(ExamId::from_u128(80 + k as u128), name);
        exam.setters = vec![Side::School, Side::Enterprise];
        exam.assesses = vec![requirement];
        class.exams.push(exam);
    }
    let maths = Module::builder()
        .id(ModuleId::from_u128(79))
        .name("Mathematics")
        .kind(ModuleKind::General)
        .hours(128)
        .delivery(school);
    class.modules.push(maths.build()?);
    let autumn_run = DateRange::new(d(2026, 9, 1), d(2026, 12, 31))?;
    class.production_periods = vec![ProductionPeriod::new(PeriodId::from_u128(90), autumn_run)];
    // Three weeks of practical training inside Delta's autumn production run.
    let block = DateRange::new(d(2026, 10, 12), d(2026, 10, 30))?;
    class.practical_blocks = vec![PracticalBlock::new(PeriodId::from_u128(91), block)];
    let valid = (d(2024, 7, 1), d(2027, 8, 31));
    let gives = [
        (ContributionKind::Staff, "class teacher and tutors"),
        (ContributionKind::Posts, "eight assembler posts"),
    ];
    let mode = Mode::OrderBased(class);
    let mut a = agreement((13, DELTA), d(2024, 6, 20), valid, mode, gives)?;
    // The school's seven intern on the post they will hold, as independent workers paid 4,300
    // yuan (80 % of the post's 5,200 is 4,160); Qian Jun already works there.
    let last_term = DateRange::new(d(2027, 3, 1), d(2027, 6, 30))?;
    for (i, id) in the_class().into_iter().enumerate() {
        let mut p = placement(2_000 + i as u128, id, DELTA, last_term)?;
        p.kind = PlacementKind::Independent;
        p.pay = Some(Pay::new(cny(4_300), 31)?);
        a.placements.push(p);
    }
    // FAULT (worktime.weekly_hours): Sun Li is rostered with Delta's six-day crew, 48 h a week.
    // Saturday is a working day at Delta, so no rest-day rule fires, only the weekly limit.
    a.placements[2].schedule = day_shifts(&[Mon, Tue, Wed, Thu, Fri, Sat])?.into();
    let sync = Synchronization::of(&a, registry).ok_or("an order-based agreement")?;
    println!("   {}", sync.balance());
    Ok(a)
}

fn main() -> Result<()> {
    let registry = registry()?;
    let agreements = vec![
        introduced_enterprise()?,
        rotation(&registry)?,
        interaction(&registry)?,
        order_class(&registry)?,
    ];
    let report = Portfolio::new(registry, agreements).check(&Policy::cn());
    println!("\nThe portfolio of four agreements under Policy::cn():\n{report}");
    let acceptable = if report.is_ok() { "yes" } else { "no" };
    let (errors, warnings) = (report.errors().count(), report.warnings().count());
    println!("acceptable: {acceptable} ({errors} error(s), {warnings} warning(s))");
    Ok(())
}
