//! Placing class sessions on the weekly cycle, in the free stretches at least the policy's rest
//! away from every shift (and, for an employment's own classes, outside the shared timetable).

use crate::alternation::{ClassSession, Employment};
use crate::{Name, TaskId, TimeOfDay, WeeklySchedule, MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEK};

/// The stretches (sorted, disjoint) that lie in both `a` and `b`.
pub(super) fn intersect(a: &[(i64, i64)], b: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while let (Some(&(s1, e1)), Some(&(s2, e2))) = (a.get(i), b.get(j)) {
        let (s, e) = (s1.max(s2), e1.min(e2));
        if s < e {
            out.push((s, e));
        }
        if e1 < e2 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The stretches of `free` (sorted, disjoint, within one week) outside every interval of
/// `taken` (within one week).
pub(super) fn subtract(free: &[(i64, i64)], taken: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut taken = taken.to_vec();
    taken.sort_unstable();
    let mut outside = Vec::new();
    let mut cursor = 0;
    for (start, end) in taken {
        if start > cursor {
            outside.push((cursor, start));
        }
        cursor = cursor.max(end);
    }
    if cursor < WEEK_MINUTES {
        outside.push((cursor, WEEK_MINUTES));
    }
    intersect(free, &outside)
}

/// A class to place: its length, where to start looking (in minutes from Monday 00:00, on the
/// weekly cycle), and what it is about.
pub(super) struct ClassWant {
    pub(super) length: u32,
    pub(super) anchor: i64,
    pub(super) task: Option<TaskId>,
    pub(super) topic: Name,
}

pub(super) const WEEK_MINUTES: i64 = MINUTES_PER_WEEK as i64;

/// The stretches of the weekly cycle at least `rest` minutes away from every shift, as
/// `[start, end)` in minutes from Monday 00:00, sorted and within one week.
pub(super) fn free_stretches(schedule: &WeeklySchedule, rest: u32) -> Vec<(i64, i64)> {
    let rest = i64::from(rest);
    let mut busy = Vec::new();
    for shift in schedule.shifts() {
        let (start, end) = shift.span().week_interval();
        let (start, end) = (i64::from(start) - rest, i64::from(end) + rest);
        if end - start >= WEEK_MINUTES {
            return Vec::new();
        }
        if start < 0 {
            busy.extend([(start + WEEK_MINUTES, WEEK_MINUTES), (0, end)]);
        } else if end > WEEK_MINUTES {
            busy.extend([(start, WEEK_MINUTES), (0, end - WEEK_MINUTES)]);
        } else {
            busy.push((start, end));
        }
    }
    busy.sort_unstable();
    let mut free = Vec::new();
    let mut cursor = 0;
    for (start, end) in busy {
        if start > cursor {
            free.push((cursor, start));
        }
        cursor = cursor.max(end);
    }
    if cursor < WEEK_MINUTES {
        free.push((cursor, WEEK_MINUTES));
    }
    free
}

/// Takes `length` minutes out of the free stretches, at `anchor` or at the first stretch after it
/// that is long enough (round the week); returns where.
pub(super) fn take(free: &mut Vec<(i64, i64)>, anchor: i64, length: i64) -> Option<i64> {
    let anchor = anchor.rem_euclid(WEEK_MINUTES);
    let count = free.len();
    let first = free.iter().position(|&(_, end)| end > anchor).unwrap_or(0);
    for step in 0..=count {
        let i = (first + step).checked_rem(count)?;
        let (start, end) = *free.get(i)?;
        let from = if step == 0 { start.max(anchor) } else { start };
        if end - from >= length {
            let mut rest = Vec::with_capacity(2);
            if from > start {
                rest.push((start, from));
            }
            if end > from + length {
                rest.push((from + length, end));
            }
            free.splice(i..=i, rest);
            return Some(from);
        }
    }
    None
}

/// A class session over `[from, from + length)` on the weekly cycle.
pub(super) fn session(
    from: i64,
    length: i64,
    topic: Name,
    task: Option<TaskId>,
) -> Option<ClassSession> {
    let day_minutes = i64::from(MINUTES_PER_DAY);
    let day = *WEEK.get(usize::try_from(from.checked_div(day_minutes)?).ok()?)?;
    let minute =
        |at: i64| TimeOfDay::from_minutes(u32::try_from(at.rem_euclid(day_minutes)).ok()?).ok();
    let mut class = ClassSession::new(day, minute(from)?, minute(from + length)?, topic).ok()?;
    class.task = task;
    Some(class)
}

/// Classes that overlap neither each other nor any shift widened by `rest`, each at its anchor
/// or as soon after it as it fits.
pub(super) fn place_classes(
    schedule: &WeeklySchedule,
    rest: u32,
    wants: Vec<ClassWant>,
) -> Option<Vec<ClassSession>> {
    place_in(free_stretches(schedule, rest), wants)
}

/// Classes that overlap neither each other nor anything outside `free`, each at its anchor or as
/// soon after it as it fits.
pub(super) fn place_in(
    mut free: Vec<(i64, i64)>,
    wants: Vec<ClassWant>,
) -> Option<Vec<ClassSession>> {
    let mut classes = Vec::with_capacity(wants.len());
    for want in wants {
        let length = i64::from(want.length);
        let from = take(&mut free, want.anchor, length)?;
        classes.push(session(from, length, want.topic, want.task)?);
    }
    Some(classes)
}

/// After the end of the `k`-th shift (round the schedule) and the rest, or Monday 00:00 without
/// shifts.
pub(super) fn after_shift(schedule: &WeeklySchedule, k: usize, rest: u32) -> i64 {
    let shifts = schedule.shifts();
    shifts
        .get(k % shifts.len().max(1))
        .map_or(0, |shift| i64::from(shift.span().week_interval().1 + rest))
}

/// The employment's classes again, same lengths, topics and tasks, placed after the shifts of
/// its (new) schedule.
pub(super) fn replace_classes(job: &mut Employment, rest: u32) -> Option<()> {
    // The schedule was replaced: the old one's dated changes go with it.
    job.days_off.clear();
    job.extra_shifts.clear();
    let wants = job
        .classes
        .iter()
        .enumerate()
        .map(|(c, class)| ClassWant {
            length: class.span().minutes(),
            anchor: after_shift(job.schedule.first_pattern(), c, rest),
            task: class.task,
            topic: class.topic.clone(),
        })
        .collect();
    job.classes = place_classes(job.schedule.first_pattern(), rest, wants)?;
    Some(())
}
