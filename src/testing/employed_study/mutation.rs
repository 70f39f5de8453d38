//! Single-fault mutations of generated employed study, one per code of
//! [`EMPLOYED_STUDY_MUTATIONS`](super::EMPLOYED_STUDY_MUTATIONS) (the table is there).

use super::week::{after_shift, place_classes, replace_classes, session, ClassWant, WEEK_MINUTES};
use super::*;

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/// A number below `len` drawn by `pick`, if there is one.
fn choose(pick: Index, len: usize) -> Option<usize> {
    (len > 0).then(|| pick.index(len))
}

/// Applies the fault for `code` to the employment `a` picks; returns the policy to check under.
pub(super) fn mutate(
    code: RuleCode,
    parts: &mut Parts,
    [a, b, c, d]: [Index; 4],
) -> Option<Policy> {
    let mut policy = Policy::cn();
    let rest = policy.min_rest_between_work_and_class_minutes;
    // A change to one employment's classes or shifts: the shared timetable becomes every
    // employment's own classes first.
    if matches!(
        code,
        RuleCode::EmployedStudyWeeklyStudyMinimum
            | RuleCode::EmployedStudyWeeklyLoad
            | RuleCode::WorktimeDailyHours
            | RuleCode::WorktimeWeeklyHours
            | RuleCode::WorktimeRestDays
            | RuleCode::WorktimeMinorNightWork
    ) {
        parts.unshare()?;
    }
    let validity_first = parts.agreement.validity.first();
    let enrollments: Vec<(StudentId, NaiveDate)> = parts
        .students
        .iter()
        .map(|s| (s.id, s.enrolled_on))
        .collect();
    let shared_sessions = parts.model()?.timetable.len();
    let lowest_pay = parts
        .employments()?
        .iter()
        .map(|job| job.monthly_pay.minor_units())
        .min()?;
    let jobs = parts.employments()?;
    let i = choose(a, jobs.len())?;
    let job = jobs.get_mut(i)?;
    let (student, starts_on, post) = (job.student, job.starts_on(), job.post);
    let enrolled_on = enrollments
        .iter()
        .find(|(id, _)| *id == student)
        .map(|(_, day)| *day)?;
    // The first day of participation: employment, enrollment and validity all hold.
    let participates_from = starts_on.max(enrolled_on).max(validity_first);
    let shifts: Vec<Shift> = job.schedule.first_pattern().shifts().to_vec();
    let first = *shifts.first()?;
    let start = first.start().minutes_since_midnight();
    let working = first.working_minutes();
    let unpaid_break = first.unpaid_break_minutes();
    let first_weekday = usize::try_from(first.weekday().num_days_from_monday()).ok()?;
    let mut birth = None;

    match code {
        RuleCode::EmployedStudyFullTime => {
            job.contract_weekly_minutes = u32::try_from(b.index(24 * 60 + 1)).ok()?;
        }
        RuleCode::EmployedStudyWorkingAge => {
            // Sixteen one to three hundred days after the first day of employment.
            let days = 1 + b.index(300) as u64;
            birth = Some(add_days(years_before(starts_on, 16)?, days)?);
        }
        RuleCode::EmployedStudyMinorWork => {
            // Seventeen on the first day of participation, on a post now marked forbidden for
            // minors or with a hazard of the cn list of hazards forbidden for minors.
            birth = Some(sub_days(
                years_before(participates_from, 17)?,
                b.index(300) as u64,
            )?);
            let forbidden: Vec<Hazard> = policy
                .hazards_forbidden_for_minors
                .iter()
                .copied()
                .collect();
            let post = parts.host.posts.iter_mut().find(|p| p.id == post)?;
            match choose(c, forbidden.len() + 1)? {
                0 => {
                    post.forbidden_for.insert(ProtectedGroup::Minors);
                }
                k => {
                    post.hazards.insert(*forbidden.get(k - 1)?);
                }
            }
        }
        RuleCode::EmployedStudyPostAtEmployer => {
            // The post of another enterprise of the registry.
            let other = EnterpriseId::from_u128(eid(11));
            let other_post = PostId::from_u128(eid(22));
            let mut employer = Enterprise::builder()
                .id(other)
                .name("Other Employer")
                .sector("manufacturing")
                .legal_status(LegalStatus::OwnEntity)
                .venue(VenueKind::Factory)
                .employees(100)
                .build()
                .ok()?;
            employer.posts.push(
                Post::builder()
                    .id(other_post)
                    .name("assembly")
                    .category("assembly")
                    .major_category("mechatronics")
                    .headcount(10)
                    .monthly_wage(Money::new(5_000_00, Currency::CNY))
                    .build()
                    .ok()?,
            );
            job.post = other_post;
            parts.others.push(employer);
        }
        RuleCode::EmployedStudyMinWage => {
            // The local minimum is the lowest pay of all; this student is paid less, or in
            // another currency.
            policy.local_min_monthly_wage = Some(Money::new(lowest_pay, Currency::CNY));
            job.monthly_pay = if b.index(2) == 0 {
                let below = 1 + c.index(100_00) as u64;
                Money::new(lowest_pay.checked_sub(below)?, Currency::CNY)
            } else {
                Money::new(job.monthly_pay.minor_units(), Currency::EUR)
            };
        }
        RuleCode::EmployedStudyClassOutsideShift => {
            // One more class, during a shift or less than the rest away from it.
            let shift = *shifts.get(choose(b, shifts.len())?)?;
            let (from, to) = shift.span().week_interval();
            let (from, to) = (i64::from(from), i64::from(to));
            let length = 30 + d.index(91) as i64;
            let gap = d.index(usize::try_from(rest).ok()?) as i64;
            let at = match c.index(3) {
                0 => from + d.index(usize::try_from(to - from).ok()?) as i64,
                1 => to + gap,
                _ => from - gap - length,
            };
            let task = job.tasks.first().map(|task| task.id);
            let topic = Name::new("overtime briefing").ok()?;
            let class = session(at.rem_euclid(WEEK_MINUTES), length, topic, task)?;
            job.classes.push(class);
        }
        RuleCode::EmployedStudyWeeklyStudyMinimum => {
            // Every class dropped, or all but the first (at most three hours).
            if b.index(2) == 0 {
                job.classes.clear();
            } else {
                job.classes.truncate(1);
            }
        }
        RuleCode::EmployedStudyWeeklyLoad => {
            // Classes filling the free time until work and study pass the weekly limit.
            let limit = u64::from(policy.max_weekly_load_hours) * 60;
            let work = u64::from(job.schedule.first_pattern().weekly_working_minutes());
            let mut left = limit.checked_sub(work)? + 1 + b.index(120) as u64;
            let task = job.tasks.first().map(|task| task.id);
            let mut wants = Vec::new();
            let mut c = 0;
            while left > 0 {
                let length = left.min(600);
                wants.push(ClassWant {
                    length: u32::try_from(length).ok()?,
                    anchor: after_shift(job.schedule.first_pattern(), c, rest),
                    task,
                    topic: Name::new("evening school").ok()?,
                });
                left -= length;
                c += 1;
            }
            job.classes = place_classes(job.schedule.first_pattern(), rest, wants)?;
        }
        RuleCode::EmployedStudyClassLinkedToJob => {
            // An own class, or a session of the shared timetable, names no task.
            let k = choose(b, job.classes.len() + shared_sessions)?;
            match job.classes.get_mut(k) {
                Some(class) => class.task = None,
                None => {
                    let i = k.checked_sub(job.classes.len())?;
                    parts.model()?.timetable.get_mut(i)?.task = None;
                }
            }
        }
        RuleCode::WorktimeDailyHours => {
            // One shift of more than eight hours; the others, as many as the weekly limit leaves
            // room for.
            let k = choose(b, shifts.len())?;
            let long = 8 * 60 + 1 + c.index(60) as u32;
            let span = long + unpaid_break;
            // A day or evening shift starts early enough to end by midnight, so that it occupies
            // no further day (a night shift occupies the next day already).
            let begin = if start < NIGHT_FROM {
                start.min(MINUTES_PER_DAY - span)
            } else {
                start
            };
            let chosen = shifts.get(k)?.weekday();
            let mut list = vec![run_one(chosen, begin, long, unpaid_break)?];
            let room = (policy.max_weekly_work_hours * 60).checked_sub(long)?;
            let others = usize::try_from(room.checked_div(working)?).ok()?;
            list.extend(
                shifts
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .map(|(_, shift)| *shift)
                    .take(others),
            );
            job.schedule = WeeklySchedule::new(list).ok()?.into();
            replace_classes(job, rest)?;
        }
        RuleCode::WorktimeWeeklyHours => {
            // Six days of 6 h 41 min to 7 h 40 min, by day.
            let day_start = if start >= NIGHT_FROM { 8 * 60 } else { start };
            let daily = 401 + c.index(60) as u32;
            job.schedule = run(first_weekday, 6, day_start, daily, unpaid_break)?.into();
            replace_classes(job, rest)?;
            // Not with so many classes that work and study pass the weekly load too.
            let classes: u32 = job.classes.iter().map(|c| c.span().minutes()).sum();
            if 6 * daily + classes > policy.max_weekly_load_hours * 60 {
                return None;
            }
        }
        RuleCode::WorktimeRestDays => {
            // A shift every day of the week, short enough for the weekly limit.
            job.schedule = run(first_weekday, 7, start, working.min(342), unpaid_break)?.into();
            replace_classes(job, rest)?;
        }
        RuleCode::WorktimeMinorNightWork => {
            // A seventeen-year-old on five night shifts, where the policy has a night window for
            // minors.
            policy.minor_night_window = Some(DailyWindow::new(t(20, 0)?, t(6, 0)?).ok()?);
            birth = Some(years_before(starts_on, 17)?);
            job.schedule = run(first_weekday, 5, 22 * 60, working.min(480), unpaid_break)?.into();
            replace_classes(job, rest)?;
        }
        // The rules of the de profile, each switched on with a limit the chosen pattern breaks.
        RuleCode::WorktimeBreaks => {
            // A break one minute longer than the pattern's for its working time.
            let step = crate::BreakStep::new(working.checked_sub(1)?, unpaid_break + 1);
            policy.min_breaks = Some(crate::MinBreaks::new(vec![step], vec![step]));
        }
        RuleCode::WorktimeDailyRest => {
            // A whole day of rest between days of a run of consecutive days.
            policy.min_daily_rest_hours = Some(24);
        }
        RuleCode::WorktimeMinorDailyHours
        | RuleCode::WorktimeMinorWeeklyHours
        | RuleCode::WorktimeMinorDaysPerWeek => {
            // A seventeen-year-old, where the policy sets a minors' limit just below the pattern.
            birth = Some(years_before(participates_from, 17)?);
            let pattern = job.schedule.first_pattern();
            match code {
                RuleCode::WorktimeMinorDailyHours => {
                    let longest = pattern.working_minutes_by_day().into_iter().max()?;
                    policy.minor_max_daily_work_hours = Some(longest.checked_sub(1)? / 60);
                }
                RuleCode::WorktimeMinorWeeklyHours => {
                    let week = pattern.weekly_working_minutes();
                    policy.minor_max_weekly_work_hours = Some(week.checked_sub(1)? / 60);
                }
                _ => {
                    let days = pattern.occupied_weekdays().len();
                    policy.minor_max_days_per_week = Some(days.checked_sub(1)?);
                }
            }
        }
        _ => return None,
    }
    if let Some(birth) = birth {
        parts
            .students
            .iter_mut()
            .find(|s| s.id == student)?
            .birth_date = birth;
    }
    Some(policy)
}
