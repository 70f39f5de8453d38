//! Reading a document from JSON text, with the path of whatever is wrong in it.
//!
//! The crate does no I/O: the caller reads the file or the request body and passes the text.

use serde::de::DeserializeOwned;

use crate::Path;

/// Why a JSON document could not be read, and where: the path of the offending value (as the
/// report prints paths, `agreements[3].placements[0].dates`, and as a JSON Pointer), the reason,
/// and the line and column (both from 1) where reading stopped.
///
/// A value inside an internally tagged element (an agreement's `mode`, whose `kind` names the
/// mode) is located at that element: serde reads such an element whole before choosing its type,
/// so the path stops there, and the line and column say where inside it reading stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason} (line {line}, column {column})", shown(path))]
#[non_exhaustive]
pub struct ReadError {
    /// Where the offending value is (for text that is not JSON, the value being read where it
    /// stopped; the root for text after the document).
    pub path: Path,
    /// What is wrong with it.
    pub reason: String,
    /// The line where reading stopped, from 1.
    pub line: usize,
    /// The column where reading stopped, from 1.
    pub column: usize,
}

fn shown(path: &Path) -> String {
    if path.is_root() {
        "the document".to_owned()
    } else {
        path.to_string()
    }
}

impl ReadError {
    /// The offending value's place as a JSON Pointer (RFC 6901): `/agreements/3/placements/0/dates`.
    pub fn json_pointer(&self) -> String {
        self.path.to_json_pointer()
    }
}

/// Reads a document of type `T` (a [`Portfolio`](crate::Portfolio), a
/// [`Registry`](crate::Registry), a [`Policy`](crate::Policy), an agreement...) from JSON text.
///
/// On failure the error names the offending value's path, the reason and the position. A date
/// written `YYYY-MM-DD` that is not in the calendar is named so: `2023-02-29 is not a date in the
/// calendar (February 2023 has 28 days)`, `2023-13-01 is not a date in the calendar (months run
/// from 01 to 12)`.
///
/// ```
/// use school_enterprise::{read_json, Portfolio};
///
/// let text = r#"{"registry": {}, "agreements": [{"id": 7}]}"#;
/// let err = read_json::<Portfolio>(text).unwrap_err();
/// assert_eq!(err.path.to_string(), "agreements[0].id");
/// assert_eq!(err.json_pointer(), "/agreements/0/id");
/// assert!(err.reason.starts_with("invalid type: integer `7`"), "{}", err.reason);
/// assert_eq!((err.line, err.column), (1, 40)); // where the value `7` ends
///
/// let text = r#"{"registry": {}, "agreements": [{"validity": {"first": "2023-02-29"}}]}"#;
/// let err = read_json::<Portfolio>(text).unwrap_err();
/// assert_eq!(err.path.to_string(), "agreements[0].validity.first");
/// assert_eq!(err.reason, "2023-02-29 is not a date in the calendar (February 2023 has 28 days)");
/// ```
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error.path().iter().fold(Path::root(), |path, segment| {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => path.index(*index),
                Segment::Map { key } => path.field(key.clone()),
                Segment::Enum { variant } => path.field(variant.clone()),
                Segment::Unknown => path,
            }
        });
        let mut read_error = located(path, error.into_inner());
        if read_error.reason == CHRONO_OUT_OF_RANGE {
            if let Some(reason) = not_in_calendar(text, read_error.line, read_error.column) {
                read_error.reason = reason;
            }
        }
        read_error
    })?;
    // Text after the document is refused at the root.
    reader.end().map_err(|error| located(Path::root(), error))?;
    Ok(value)
}

/// What chrono says of a date like `2023-02-29` (and serde passes on).
const CHRONO_OUT_OF_RANGE: &str = "input is out of range";

/// Why the date string that ends at `line` and `column` of `text` (where serde_json stops, on
/// its closing quote) is not a date in the calendar: `2023-02-29 is not a date in the calendar
/// (February 2023 has 28 days)`. `None` when the text there is not written `YYYY-MM-DD` (an
/// escaped character, another value) or is a date after all.
fn not_in_calendar(text: &str, line: usize, column: usize) -> Option<String> {
    let row = text.split('\n').nth(line.checked_sub(1)?)?;
    let before_quote = row.get(..column.checked_sub(1)?)?;
    let literal = before_quote.get(before_quote.rfind('"')?.checked_add(1)?..)?;
    date_not_in_calendar(literal)
}

/// Why `literal`, written `YYYY-MM-DD`, is not a date in the calendar: `2023-02-29 is not a date
/// in the calendar (February 2023 has 28 days)`. `None` when it is not written so, or is a date.
pub(crate) fn date_not_in_calendar(literal: &str) -> Option<String> {
    let mut parts = literal.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    let (year, month, day): (i32, u32, u32) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if chrono::NaiveDate::from_ymd_opt(year, month, day).is_some() {
        return None;
    }
    let Some(name) = u8::try_from(month)
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
    else {
        return Some(format!(
            "{literal} is not a date in the calendar (months run from 01 to 12)"
        ));
    };
    let days = (28..=31)
        .rev()
        .find(|&last| chrono::NaiveDate::from_ymd_opt(year, month, last).is_some())?;
    Some(format!(
        "{literal} is not a date in the calendar ({} {year} has {days} days)",
        name.name()
    ))
}

/// A serde_json error at `path`, its position taken out of the reason.
fn located(path: Path, error: serde_json::Error) -> ReadError {
    let (line, column) = (error.line(), error.column());
    let full = error.to_string();
    let position = format!(" at line {line} column {column}");
    let reason = full.strip_suffix(&position).unwrap_or(&full).to_owned();
    ReadError {
        path,
        reason,
        line,
        column,
    }
}
