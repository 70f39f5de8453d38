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
        located(path, error.into_inner())
    })?;
    // Text after the document is refused at the root.
    reader.end().map_err(|error| located(Path::root(), error))?;
    Ok(value)
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
