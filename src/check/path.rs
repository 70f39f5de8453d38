//! Paths to the offending element of a checked root, like `placements[3].schedule.shifts[1]`.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::Error;

/// One step of a [`Path`]: a field name or a list index.
///
/// Steps order field names as text and indices as numbers (`[2]` before `[10]`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// A field, by its serde name.
    Field(Cow<'static, str>),
    /// A position in a list.
    Index(usize),
}

/// Where in the checked root a violation is: field names as in the root's JSON form, and list
/// indices.
///
/// Prints like `placements[3].schedule.shifts[1]`, parses back from that form, and converts to a
/// JSON Pointer (RFC 6901) that resolves in the serialized root.
///
/// ```
/// use school_enterprise::Path;
///
/// let path: Path = "placements[3].schedule.shifts[1]".parse()?;
/// assert_eq!(path.to_json_pointer(), "/placements/3/schedule/shifts/1");
/// assert_eq!(path.to_string(), "placements[3].schedule.shifts[1]");
/// assert!(Path::root().field("placements").index(2) < Path::root().field("placements").index(10));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The root itself (prints as the empty string).
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path, then a field.
    pub fn field(mut self, name: impl Into<Cow<'static, str>>) -> Self {
        self.0.push(Segment::Field(name.into()));
        self
    }

    /// This path, then a list index.
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Segment::Index(index));
        self
    }

    /// The steps of the path.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether this is the root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// `prefix`, then this path.
    pub fn prefixed(&self, prefix: &Path) -> Path {
        let mut segments = Vec::with_capacity(prefix.0.len() + self.0.len());
        segments.extend(prefix.0.iter().cloned());
        segments.extend(self.0.iter().cloned());
        Path(segments)
    }

    /// The path as a JSON Pointer (RFC 6901): `/placements/3/schedule`; the root is `""`.
    pub fn to_json_pointer(&self) -> String {
        let mut out = String::new();
        for segment in &self.0 {
            out.push('/');
            match segment {
                Segment::Field(name) => out.push_str(&name.replace('~', "~0").replace('/', "~1")),
                Segment::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

impl FromStr for Path {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidPath {
            value: s.to_owned(),
        };
        let mut path = Path::root();
        let mut rest = s;
        let mut first = true;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let (digits, tail) = after.split_once(']').ok_or_else(invalid)?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(invalid());
                }
                path = path.index(digits.parse().map_err(|_| invalid())?);
                rest = tail;
            } else {
                let body = if first {
                    rest
                } else {
                    rest.strip_prefix('.').ok_or_else(invalid)?
                };
                let end = body.find(['.', '[']).unwrap_or(body.len());
                let (name, tail) = body.split_at(end);
                if name.is_empty() {
                    return Err(invalid());
                }
                path = path.field(name.to_owned());
                rest = tail;
            }
            first = false;
        }
        Ok(path)
    }
}

crate::text_serde::serde_as_text!(Path, "a path like \"placements[3].schedule\"");

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Path {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Path".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text(
            "Where a value sits in the document: field names joined by dots, list indexes in \
             brackets (\"agreements[3].placements[0].dates\"); empty for the document itself.",
            "^([^.\\[\\]]+|\\[[0-9]+\\])?(\\.[^.\\[\\]]+|\\[[0-9]+\\])*$",
            "placements[3].schedule",
        )
    }
}

/// A path under construction that lives on the stack: rules build these for free while they walk
/// a model, and only turn one into a [`Path`] when they report a violation.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Loc<'a> {
    /// The checked root.
    Root,
    /// A field of the parent.
    Field(&'a Loc<'a>, &'static str),
    /// An index into the parent.
    Index(&'a Loc<'a>, usize),
}

impl<'a> Loc<'a> {
    /// This location, then a field.
    pub(crate) fn field(&'a self, name: &'static str) -> Loc<'a> {
        Loc::Field(self, name)
    }

    /// This location, then an index.
    pub(crate) fn index(&'a self, index: usize) -> Loc<'a> {
        Loc::Index(self, index)
    }

    /// The number of steps from the root.
    fn depth(self) -> usize {
        let mut depth = 0;
        let mut at = self;
        while let Loc::Field(parent, _) | Loc::Index(parent, _) = at {
            depth += 1;
            at = *parent;
        }
        depth
    }

    /// The owned path, in one allocation of its exact size: a report of 100,000 violations holds
    /// 100,000 paths, and a vector grown step by step allocates twice and holds up to twice the
    /// steps.
    pub(crate) fn to_path(self) -> Path {
        let mut segments = Vec::with_capacity(self.depth());
        let mut at = self;
        loop {
            match at {
                Loc::Root => break,
                Loc::Field(parent, name) => {
                    segments.push(Segment::Field(Cow::Borrowed(name)));
                    at = *parent;
                }
                Loc::Index(parent, index) => {
                    segments.push(Segment::Index(index));
                    at = *parent;
                }
            }
        }
        segments.reverse();
        Path(segments)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loc_builds_the_same_path_as_path() {
        let root = Loc::Root;
        let placements = root.field("placements");
        let third = placements.index(3);
        let schedule = third.field("schedule");
        assert_eq!(
            schedule.to_path(),
            Path::root().field("placements").index(3).field("schedule")
        );
        // One allocation of the exact size.
        assert_eq!(schedule.to_path().0.capacity(), 3);
        assert_eq!(Loc::Root.to_path().0.capacity(), 0);
    }

    #[test]
    fn malformed_paths_are_refused() {
        for bad in ["a..b", "a[", "a[x]", "a[]", ".a", "a.", "a[1]b"] {
            assert!(bad.parse::<Path>().is_err(), "{bad}");
        }
        for good in [
            "",
            "a",
            "[0]",
            "a[1][2].b",
            "agreements[10].placements[0].dates",
        ] {
            assert_eq!(good.parse::<Path>().unwrap().to_string(), good);
        }
    }

    #[test]
    fn indices_order_as_numbers() {
        let p2: Path = "placements[2]".parse().unwrap();
        let p10: Path = "placements[10]".parse().unwrap();
        let parent: Path = "placements".parse().unwrap();
        assert!(p2 < p10);
        assert!(parent < p2);
    }
}
