//! Interval arithmetic on the weekly cycle for employed study: the union of class intervals, and
//! the first shift (widened by a rest) that a class overlaps, each in `O(n log n)`.

use crate::MINUTES_PER_WEEK;

const WEEK: i64 = MINUTES_PER_WEEK as i64;

/// Minutes of the weekly cycle covered by at least one of `intervals` (weekly intervals from
/// Monday 00:00, whose end may pass the end of the week and wrap onto Monday). `buffer` is
/// scratch space, reused between calls; it is left holding the union as disjoint blocks (see
/// [`merge`]).
#[cfg(test)]
pub(crate) fn union_minutes(
    intervals: impl Iterator<Item = (u32, u32)>,
    buffer: &mut Vec<(u32, u32)>,
) -> u64 {
    merge(intervals, buffer);
    buffer.iter().map(|&(s, e)| u64::from(e - s)).sum()
}

/// Replaces the contents of `buffer` by the union of `intervals` (as in [`union_minutes`]): sorted,
/// disjoint, non-touching blocks within `[0, MINUTES_PER_WEEK]`, an interval passing the end of the
/// week split in two.
pub(crate) fn merge(intervals: impl Iterator<Item = (u32, u32)>, buffer: &mut Vec<(u32, u32)>) {
    buffer.clear();
    for (start, end) in intervals {
        if end > MINUTES_PER_WEEK {
            buffer.push((start, MINUTES_PER_WEEK));
            buffer.push((0, end.saturating_sub(MINUTES_PER_WEEK)));
        } else {
            buffer.push((start, end));
        }
    }
    buffer.sort_unstable();
    let mut kept: usize = 0;
    for i in 0..buffer.len() {
        let Some(&(start, end)) = buffer.get(i) else {
            break;
        };
        match kept.checked_sub(1).and_then(|last| buffer.get_mut(last)) {
            Some(block) if start <= block.1 => block.1 = block.1.max(end),
            _ => {
                if let Some(slot) = buffer.get_mut(kept) {
                    *slot = (start, end);
                }
                kept += 1;
            }
        }
    }
    buffer.truncate(kept);
}

/// The union of a class's shared timetable, computed once: disjoint blocks of the weekly cycle
/// with the minutes covered before each, so that the minutes a further set of blocks adds to it
/// are found by binary search.
#[derive(Debug, Default)]
pub(crate) struct Covered {
    /// Sorted disjoint blocks (see [`merge`]).
    blocks: Vec<(u32, u32)>,
    /// `before[i]`: minutes covered by `blocks[..i]`; one more entry than `blocks` (none when
    /// there is no block).
    before: Vec<u64>,
}

impl Covered {
    /// The union of `intervals`.
    pub(crate) fn new(intervals: impl Iterator<Item = (u32, u32)>) -> Self {
        let mut blocks = Vec::new();
        merge(intervals, &mut blocks);
        // No timetable, no allocation.
        let mut before = Vec::new();
        if !blocks.is_empty() {
            before.reserve_exact(blocks.len() + 1);
            before.push(0);
        }
        let mut total = 0u64;
        for &(s, e) in &blocks {
            total += u64::from(e - s);
            before.push(total);
        }
        Self { blocks, before }
    }

    /// Minutes covered in all.
    pub(crate) fn minutes(&self) -> u64 {
        self.before.last().copied().unwrap_or(0)
    }

    /// Minutes covered in `[0, x)`.
    fn below(&self, x: u32) -> u64 {
        let i = self.blocks.partition_point(|b| b.1 <= x);
        let whole = self.before.get(i).copied().unwrap_or(0);
        let part = self
            .blocks
            .get(i)
            .map_or(0, |&(s, _)| u64::from(x.saturating_sub(s)));
        whole + part
    }

    /// Minutes covered by the union of these and `blocks` (disjoint blocks, as [`merge`] leaves
    /// them): `O(k log n)` for k blocks.
    pub(crate) fn minutes_with(&self, blocks: &[(u32, u32)]) -> u64 {
        let added: u64 = blocks
            .iter()
            .map(|&(s, e)| {
                u64::from(e - s).saturating_sub(self.below(e).saturating_sub(self.below(s)))
            })
            .sum();
        self.minutes() + added
    }

    /// Whether some block meets `[start, end)` (in minutes from Monday 00:00, `start` possibly
    /// negative and `end` past the end of the week, shorter than a week), on the weekly cycle.
    fn meets(&self, start: i64, end: i64) -> bool {
        (-1..=1).any(|k: i64| {
            let (a, b) = (start + k * WEEK, end + k * WEEK);
            let first = self.blocks.partition_point(|blk| i64::from(blk.1) <= a);
            self.blocks
                .get(first)
                .is_some_and(|blk| i64::from(blk.0) < b)
        })
    }
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

    /// Whether some widened shift overlaps a block of `covered` (touching is not overlapping):
    /// `O(n log m)`, to skip a shared timetable that meets no shift.
    pub(crate) fn meets_any(&self, covered: &Covered) -> bool {
        if covered.blocks.is_empty() {
            return false;
        }
        self.covers_all.is_some()
            || self
                .intervals
                .iter()
                .any(|&(start, end, _)| covered.meets(start, end))
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

    /// Minutes of the week covered by `intervals`, minute by minute.
    fn brute(intervals: &[(u32, u32)]) -> u64 {
        let mut covered = vec![false; MINUTES_PER_WEEK as usize];
        for &(start, end) in intervals {
            for m in start..end {
                covered[(m % MINUTES_PER_WEEK) as usize] = true;
            }
        }
        covered.iter().filter(|c| **c).count() as u64
    }

    #[test]
    fn covered_adds_further_blocks_as_the_union_of_all() {
        let sunday = 6 * 1440;
        let shared = [
            (60, 180),
            (120, 240),
            (sunday + 1380, sunday + 1500),
            (3000, 3100),
        ];
        let covered = Covered::new(shared.iter().copied());
        assert_eq!(covered.minutes(), brute(&shared));
        let cases: [&[(u32, u32)]; 5] = [
            &[],
            &[(0, 30)],
            &[(100, 200), (3050, 3200)],
            &[(sunday + 1000, sunday + 1450), (500, 600)],
            &[(0, MINUTES_PER_WEEK)],
        ];
        let mut blocks = Vec::new();
        for own in cases {
            merge(own.iter().copied(), &mut blocks);
            let all: Vec<(u32, u32)> = shared.iter().chain(own).copied().collect();
            assert_eq!(covered.minutes_with(&blocks), brute(&all), "{own:?}");
        }
        let none = Covered::new(std::iter::empty());
        assert_eq!(none.minutes_with(&[(10, 70)]), 60);
    }

    #[test]
    fn widened_shifts_meet_a_timetable_only_where_a_block_comes_within_the_rest() {
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
        // Monday 06:30 onwards is free; 06:29 is not. Sunday 21:30 is the rest's start.
        assert!(!widened.meets_any(&Covered::new([(390, 450)].into_iter())));
        assert!(widened.meets_any(&Covered::new([(389, 450)].into_iter())));
        let sunday = 6 * 1440;
        assert!(!widened.meets_any(&Covered::new([(sunday + 1200, sunday + 1290)].into_iter())));
        assert!(widened.meets_any(&Covered::new([(sunday + 1200, sunday + 1291)].into_iter())));
        assert!(!widened.meets_any(&Covered::new(std::iter::empty())));
    }
}
