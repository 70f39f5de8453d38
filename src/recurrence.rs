//! Weekly recurrences: "every Wednesday 14:00–17:00 from September to January, except these
//! dates", as an iterator of dated session times.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use crate::introduced::SessionTime;
use crate::{DateRange, Error, TimeOfDay, WeekdaySet};

/// Sessions on some weekdays, each from one start to one end, on every such day of a date
/// range except the dates skipped (holidays, exam weeks).
///
/// The session builders repeat a session over it:
/// [`TrainingSessionBuilder::weekly`](crate::introduced::TrainingSessionBuilder::weekly) and
/// [`PracticalSessionBuilder::weekly`](crate::interaction::PracticalSessionBuilder::weekly).
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use school_enterprise::{DateRange, Recurrence};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let autumn = DateRange::new(d(2025, 9, 1), d(2026, 1, 16))?;
/// let wednesdays = Recurrence::weekly([Weekday::Wed], "14:00".parse()?, "17:00".parse()?, autumn)?
///     .except([d(2025, 10, 1), d(2025, 10, 8)]); // National Day week
/// let times: Vec<_> = wednesdays.times().collect();
/// assert_eq!(times.len(), 20 - 2);
/// assert_eq!(times[0].date(), d(2025, 9, 3));
/// assert_eq!(times[4].date(), d(2025, 10, 15));
/// assert_eq!(times[0].minutes(), 180);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Recurrence {
    days: WeekdaySet,
    start: TimeOfDay,
    end: TimeOfDay,
    dates: DateRange,
    except: BTreeSet<NaiveDate>,
}

impl Recurrence {
    /// On each of `days`, from `start` to `end` (past midnight when `end` is before `start`), on
    /// every such day of `dates`. Refuses `end == start`, as [`SessionTime::new`] does.
    pub fn weekly(
        days: impl Into<WeekdaySet>,
        start: TimeOfDay,
        end: TimeOfDay,
        dates: DateRange,
    ) -> Result<Self, Error> {
        SessionTime::new(dates.first(), start, end)?;
        Ok(Self {
            days: days.into(),
            start,
            end,
            dates,
            except: BTreeSet::new(),
        })
    }

    /// This recurrence, skipping `dates` as well as those skipped already.
    pub fn except(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.except.extend(dates);
        self
    }

    /// The sessions' times, in date order.
    pub fn times(&self) -> impl Iterator<Item = SessionTime> + '_ {
        self.dates
            .days()
            .filter(|day| self.days.contains(day.weekday()) && !self.except.contains(day))
            .filter_map(|day| SessionTime::new(day, self.start, self.end).ok())
    }
}
