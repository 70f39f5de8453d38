//! A trainee's vocational-school days (`worktime.school_day`).

use std::fmt;

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use crate::{Error, TimeOfDay, WeeklySpan};

/// The length of one lesson in minutes (BBiG § 15(2), JArbSchG § 9: "Unterrichtsstunden von
/// mindestens 45 Minuten").
pub const LESSON_MINUTES: u32 = 45;

/// A day of vocational school in every week of a work placement: a weekday, a start, an end and
/// the number of lessons of 45 minutes taught between them.
///
/// Refuses an end equal to the start, and lessons × 45 minutes longer than end − start (an end
/// before the start runs past midnight, as for a shift).
///
/// ```
/// use chrono::Weekday;
/// use school_enterprise::{SchoolDay, TimeOfDay};
///
/// let t = |h, m| TimeOfDay::new(h, m).unwrap();
/// let monday = SchoolDay::new(Weekday::Mon, t(7, 45), t(13, 0), 6)?;
/// assert_eq!(monday.lesson_minutes(), 270);
/// assert!(monday.is_long());
/// assert!(SchoolDay::new(Weekday::Mon, t(8, 0), t(12, 0), 6).is_err()); // 270 min in 240
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "RawSchoolDay", into = "RawSchoolDay")]
pub struct SchoolDay {
    span: WeeklySpan,
    start: TimeOfDay,
    end: TimeOfDay,
    lessons: u32,
}

#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSchoolDay {
    weekday: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    lessons: u32,
}

impl TryFrom<RawSchoolDay> for SchoolDay {
    type Error = Error;
    fn try_from(raw: RawSchoolDay) -> Result<Self, Error> {
        Self::new(raw.weekday, raw.start, raw.end, raw.lessons)
    }
}

impl From<SchoolDay> for RawSchoolDay {
    fn from(day: SchoolDay) -> Self {
        Self {
            weekday: day.weekday(),
            start: day.start,
            end: day.end,
            lessons: day.lessons,
        }
    }
}

impl SchoolDay {
    /// School on `weekday` from `start` to `end` with `lessons` lessons of 45 minutes.
    pub fn new(
        weekday: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
        lessons: u32,
    ) -> Result<Self, Error> {
        let span = WeeklySpan::new("school day", weekday, start, end)?;
        let lesson_minutes = u64::from(lessons) * u64::from(LESSON_MINUTES);
        if lesson_minutes > u64::from(span.minutes()) {
            return Err(Error::LessonsLongerThanSchoolDay {
                weekday,
                lessons,
                span_minutes: span.minutes(),
            });
        }
        Ok(Self {
            span,
            start,
            end,
            lessons,
        })
    }

    /// The weekday.
    pub fn weekday(&self) -> Weekday {
        self.span.weekday()
    }

    /// When school starts.
    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    /// When school ends.
    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    /// The number of lessons of 45 minutes.
    pub fn lessons(&self) -> u32 {
        self.lessons
    }

    /// The lessons' time in minutes (lessons × 45).
    pub fn lesson_minutes(&self) -> u32 {
        // The constructor bounds it by the span, under a day.
        self.lessons.saturating_mul(LESSON_MINUTES)
    }

    /// The school day from start to end, breaks included, in minutes.
    pub fn span_minutes(&self) -> u32 {
        self.span().minutes()
    }

    /// The school day as a span on the weekly cycle.
    pub fn span(&self) -> WeeklySpan {
        self.span
    }

    /// Whether it has more than five lessons (a long school day, JArbSchG § 9(1) no. 2).
    pub fn is_long(&self) -> bool {
        self.lessons > 5
    }
}

impl fmt::Display for SchoolDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}–{} ({} lessons)",
            self.weekday(),
            self.start,
            self.end,
            self.lessons
        )
    }
}
