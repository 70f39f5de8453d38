//! Interval arithmetic on the weekly cycle for employed study: the union of class intervals, and
//! the first shift (widened by a rest) that a class overlaps, each in `O(n log n)`.

use crate::MINUTES_PER_WEEK;

const WEEK: i64 = MINUTES_PER_WEEK as i64;

/// Minutes of the weekly cycle covered by at least one of `intervals` (weekly intervals from
/// Monday 00:00, whose end may pass the end of the week and wrap onto Monday). `buffer` is
/// scratch space, reused between calls.
pub(crate) fn union_minutes(
    intervals: impl Iterator<Item = (u32, u32)>,
    buffer: &mut Vec<(u32, u32)>,
) -> u64 {
    buffer.clear();
    for (start, end) in intervals {
        if end > MINUTES_PER_WEEK {
            buffer.push((start, MINUTES_PER_WEEK));
            buffer.push((0, end - MINUTES_PER_WEEK));
        } else {
            buffer.push((start, end));
        }
    }
    buffer.sort_unstable();
    let mut total = 0u64;
    let mut current: Option<(u32, u32)> = None;
    for &(start, end) in buffer.iter() {
        current = match current {
            Some((s, e)) if start <= e => Some((s, e.max(end))),
            Some((s, e)) => {
                total += u64::from(e - s);
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    if let Some((s, e)) = current {
        total += u64::from(e - s);
    }
    total
}

/// The shifts of a schedule widened by a rest on each side, sorted by start, for finding the
/// shift a class overlaps. The shifts may overlap each other (shifts of different patterns of a
/// rota, extra shifts), so a running maximum of the ends finds the first that meets a class.
#[derive(Debug, Default)]
pub(crate) struct WidenedShifts {
    /// (start, end, tag of the shift), in minutes from Monday 00:00; the start may be negative
    /// and the end may pass the end of the week.
    intervals: Vec<(i64, i64, usize)>,
    /// The largest end among the intervals up to each position.
    max_end: Vec<i64>,
    /// A shift whose widened interval covers the whole cycle, if any.
    covers_all: Option<usize>,
}

impl WidenedShifts {
    /// Fills `self` with `shifts` (weekly intervals and a tag each) widened by `rest` minutes on
    /// each side. `count` is the number of shifts, to size the buffers once.
    pub(crate) fn fill(
        &mut self,
        shifts: impl Iterator<Item = ((u32, u32), usize)>,
        count: usize,
        rest: u32,
    ) {
        let rest = i64::from(rest);
        self.intervals.clear();
        self.max_end.clear();
        self.intervals.reserve(count);
        self.max_end.reserve(count);
        self.covers_all = None;
        for ((start, end), tag) in shifts {
            let (start, end) = (i64::from(start) - rest, i64::from(end) + rest);
            if end - start >= WEEK && self.covers_all.is_none() {
                self.covers_all = Some(tag);
            }
            self.intervals.push((start, end, tag));
        }
        self.intervals.sort_unstable();
        let mut max = i64::MIN;
        for &(_, end, _) in &self.intervals {
            max = max.max(end);
            self.max_end.push(max);
        }
    }

    /// The tag of a shift whose widened interval overlaps `[start, end)` on the weekly cycle
    /// (touching is not overlapping), if any: of those, the first by start.
    pub(crate) fn overlapping(&self, (start, end): (u32, u32)) -> Option<usize> {
        if self.covers_all.is_some() {
            return self.covers_all;
        }
        // Each widened interval is shorter than a week and lies within half a week of the cycle
        // [0, 2 weeks) where the class lies, so five copies of the class meet every occurrence.
        (-2..=2).find_map(|k: i64| {
            let (a, b) = (i64::from(start) + k * WEEK, i64::from(end) + k * WEEK);
            // The first interval ending after a (the running maximum is sorted): every earlier
            // one ends on or before a.
            let first = self.max_end.partition_point(|&e| e <= a);
            self.intervals.get(first).filter(|w| w.0 < b).map(|w| w.2)
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;
    use crate::{Shift, TimeOfDay, WeeklySchedule};

    fn t(h: u32, m: u32) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap()
    }

    #[test]
    fn union_merges_overlaps_and_wraps() {
        let mut buf = Vec::new();
        assert_eq!(union_minutes([(0, 60), (30, 90)].into_iter(), &mut buf), 90);
        assert_eq!(union_minutes([(0, 60), (60, 90)].into_iter(), &mut buf), 90);
        // A Sunday-night interval wrapping onto Monday, overlapping a Monday class.
        let sunday = 6 * 1440 + 1380;
        assert_eq!(
            union_minutes([(sunday, sunday + 120), (0, 30)].into_iter(), &mut buf),
            120
        );
        assert_eq!(union_minutes(std::iter::empty(), &mut buf), 0);
    }

    #[test]
    fn widened_shifts_meet_classes_across_the_week_boundary() {
        let schedule =
            WeeklySchedule::new(vec![Shift::new(Weekday::Sun, t(22, 0), t(6, 0), 0).unwrap()])
                .unwrap();
        let mut widened = WidenedShifts::default();
        widened.fill(
            schedule
                .shifts()
                .iter()
                .enumerate()
                .map(|(i, s)| (s.span().week_interval(), i)),
            1,
            30,
        );
        // Monday 06:29 is inside the rest; Monday 06:30 is not.
        assert_eq!(widened.overlapping((389, 449)), Some(0));
        assert_eq!(widened.overlapping((390, 450)), None);
        // Sunday 21:00 to 21:31 reaches into the rest before the shift.
        let sunday = 6 * 1440;
        assert_eq!(widened.overlapping((sunday + 1260, sunday + 1291)), Some(0));
        assert_eq!(widened.overlapping((sunday + 1260, sunday + 1290)), None);
    }

    #[test]
    fn a_rest_longer_than_half_a_week_covers_everything() {
        let schedule =
            WeeklySchedule::new(vec![Shift::new(Weekday::Wed, t(8, 0), t(9, 0), 0).unwrap()])
                .unwrap();
        let mut widened = WidenedShifts::default();
        widened.fill(
            schedule
                .shifts()
                .iter()
                .enumerate()
                .map(|(i, s)| (s.span().week_interval(), i)),
            1,
            6000,
        );
        assert_eq!(widened.overlapping((0, 1)), Some(0));
    }
}
