//! A schedule: a cycle of one or more weekly patterns (a rota) anchored on a Monday.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::{Shift, WeeklySchedule};
use crate::Error;

/// A cycle of one or more weekly patterns anchored on a Monday (a rota: early week, late week,
/// night week), or a single weekly pattern repeated every week.
///
/// The week starting on Monday `m` follows pattern `weeks[((m - anchor) / 7) rem_euclid n]`.
/// A single pattern needs no anchor. Constructors refuse a cycle of no weeks and an anchor that
/// is not a Monday.
///
/// In JSON a single pattern without an anchor keeps revision 1's form `{"shifts": [...]}` (paths
/// `schedule`, `schedule.shifts[k]`); a rota is `{"anchor": "2026-03-02", "weeks": [{"shifts":
/// [...]}, ...]}` (paths `schedule.weeks[w]`, `schedule.weeks[w].shifts[k]`).
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use school_enterprise::{Schedule, Shift, TimeOfDay, WeeklySchedule};
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let week = |start, end| -> Result<WeeklySchedule, school_enterprise::Error> {
///     WeeklySchedule::new(vec![Shift::new(Weekday::Mon, t(start, 0), t(end, 0), 0)?])
/// };
/// let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let rota = Schedule::rota(monday, vec![week(6, 14)?, week(14, 22)?])?;
/// assert_eq!(rota.pattern_index(NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()), 1);
/// assert_eq!(rota.pattern_index(NaiveDate::from_ymd_opt(2026, 2, 23).unwrap()), 1);
/// let json = serde_json::to_string(&rota)?;
/// assert!(json.starts_with(r#"{"anchor":"2026-03-02","weeks":[{"shifts":"#));
/// assert_eq!(serde_json::from_str::<Schedule>(&json)?, rota);
///
/// // Revision 1's form still reads, and writes back as it was.
/// let plain: Schedule = serde_json::from_str(r#"{"shifts": []}"#)?;
/// assert_eq!(serde_json::to_string(&plain)?, r#"{"shifts":[]}"#);
/// assert!(Schedule::rota(monday.succ_opt().unwrap(), vec![week(6, 14)?]).is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawSchedule")]
pub struct Schedule {
    anchor: Option<NaiveDate>,
    weeks: Vec<WeeklySchedule>,
}

impl Default for Schedule {
    /// A single empty weekly pattern.
    fn default() -> Self {
        Self::weekly(WeeklySchedule::default())
    }
}

impl From<WeeklySchedule> for Schedule {
    fn from(week: WeeklySchedule) -> Self {
        Self::weekly(week)
    }
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    #[serde(default)]
    shifts: Option<Vec<Shift>>,
    #[serde(default, deserialize_with = "crate::date_serde::option")]
    anchor: Option<NaiveDate>,
    #[serde(default)]
    weeks: Option<Vec<WeeklySchedule>>,
}

impl TryFrom<RawSchedule> for Schedule {
    type Error = Error;
    fn try_from(raw: RawSchedule) -> Result<Self, Error> {
        match (raw.shifts, raw.anchor, raw.weeks) {
            (Some(shifts), None, None) => Ok(Self::weekly(WeeklySchedule::new(shifts)?)),
            (None, Some(anchor), Some(weeks)) => Self::rota(anchor, weeks),
            (Some(_), _, _) => Err(Error::ScheduleForm {
                reason: "`shifts` cannot sit beside `anchor` or `weeks`",
            }),
            (None, None, Some(_)) => Err(Error::ScheduleForm {
                reason: "a rota (`weeks`) needs an `anchor`",
            }),
            (None, _, None) => Err(Error::ScheduleForm {
                reason: "expected `shifts`, or `anchor` and `weeks`",
            }),
        }
    }
}

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.anchor, self.weeks.as_slice()) {
            (None, [week]) => week.serialize(serializer),
            (anchor, weeks) => {
                let mut s = serializer.serialize_struct("Schedule", 2)?;
                s.serialize_field("anchor", &anchor)?;
                s.serialize_field("weeks", weeks)?;
                s.end()
            }
        }
    }
}

impl Schedule {
    /// One weekly pattern, repeated every week (revision 1's schedule).
    pub fn weekly(week: WeeklySchedule) -> Self {
        Self {
            anchor: None,
            weeks: vec![week],
        }
    }

    /// A rota of `weeks`, the first followed in the week starting on Monday `anchor`. Refuses no
    /// weeks ([`Error::EmptyRota`]) and an anchor that is not a Monday
    /// ([`Error::AnchorNotMonday`]).
    pub fn rota(anchor: NaiveDate, weeks: Vec<WeeklySchedule>) -> Result<Self, Error> {
        if weeks.is_empty() {
            return Err(Error::EmptyRota);
        }
        if anchor.weekday() != Weekday::Mon {
            return Err(Error::AnchorNotMonday { anchor });
        }
        Ok(Self {
            anchor: Some(anchor),
            weeks,
        })
    }

    /// The Monday the first pattern is followed on, for a rota.
    pub fn anchor(&self) -> Option<NaiveDate> {
        self.anchor
    }

    /// The weekly patterns of the cycle, in order (never empty).
    pub fn weeks(&self) -> &[WeeklySchedule] {
        &self.weeks
    }

    /// Whether the schedule is written as a rota (`{"anchor", "weeks"}`), so that its patterns'
    /// paths are `schedule.weeks[w]`; otherwise the single pattern is at `schedule`.
    pub fn is_rota(&self) -> bool {
        self.anchor.is_some()
    }

    /// Whether no pattern has a shift.
    pub fn is_empty(&self) -> bool {
        self.weeks.iter().all(WeeklySchedule::is_empty)
    }

    /// The index of the pattern followed in the calendar week that holds `date`.
    ///
    /// `O(1)`: the anchor is a Monday, so the whole weeks from the anchor to `date` are those from
    /// the anchor to `date`'s Monday.
    pub fn pattern_index(&self, date: NaiveDate) -> usize {
        let Some(anchor) = self.anchor else {
            return 0;
        };
        let n = i64::try_from(self.weeks.len()).unwrap_or(1).max(1);
        let days = i64::from(date.num_days_from_ce()) - i64::from(anchor.num_days_from_ce());
        usize::try_from(days.div_euclid(7).rem_euclid(n)).unwrap_or(0)
    }

    /// The pattern with index `index`, or an empty one past the end.
    pub(crate) fn pattern(&self, index: usize) -> &WeeklySchedule {
        static EMPTY: WeeklySchedule = WeeklySchedule { shifts: Vec::new() };
        self.weeks.get(index).unwrap_or(&EMPTY)
    }

    #[cfg(feature = "proptest")]
    /// The first pattern of the cycle (the only one of revision 1's form).
    #[cfg_attr(not(feature = "proptest"), allow(dead_code))]
    pub(crate) fn first_pattern(&self) -> &WeeklySchedule {
        static EMPTY: WeeklySchedule = WeeklySchedule { shifts: Vec::new() };
        self.weeks.first().unwrap_or(&EMPTY)
    }

    /// The pattern followed in the calendar week that holds `date`.
    pub fn pattern_for(&self, date: NaiveDate) -> &WeeklySchedule {
        self.pattern(self.pattern_index(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_name_the_field() {
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(Schedule::rota(monday, vec![]), Err(Error::EmptyRota));
        let tuesday = monday.succ_opt().unwrap();
        let err = Schedule::rota(tuesday, vec![WeeklySchedule::default()]).unwrap_err();
        assert_eq!(err, Error::AnchorNotMonday { anchor: tuesday });
        assert!(err.to_string().contains("schedule.anchor"));
        let json = r#"{"anchor": "2026-03-02", "weeks": []}"#;
        let err = serde_json::from_str::<Schedule>(json).unwrap_err();
        assert!(err.to_string().contains("schedule.weeks"), "{err}");
        let json = r#"{"weeks": [{"shifts": []}]}"#;
        assert!(serde_json::from_str::<Schedule>(json).is_err());
        let json = r#"{"shifts": [], "weeks": [{"shifts": []}]}"#;
        assert!(serde_json::from_str::<Schedule>(json).is_err());
    }

    #[test]
    fn weeks_before_the_anchor_follow_the_cycle_backwards() {
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let three = vec![WeeklySchedule::default(); 3];
        let rota = Schedule::rota(monday, three).unwrap();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        // The Sunday of the anchor's week follows the first pattern.
        assert_eq!(rota.pattern_index(d(3, 8)), 0);
        assert_eq!(rota.pattern_index(d(3, 9)), 1);
        assert_eq!(rota.pattern_index(d(3, 16)), 2);
        assert_eq!(rota.pattern_index(d(3, 23)), 0);
        // The week before the anchor follows the last pattern.
        assert_eq!(rota.pattern_index(d(2, 23)), 2);
        assert_eq!(rota.pattern_index(d(3, 1)), 2);
    }
}
