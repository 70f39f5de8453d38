//! Violations and the report that holds them.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Code, FigureValue, Lang, Path, RuleCode, Severity};

/// A named figure a rule compared, such as `limit = 40 h` or `actual = 44 h`.
///
/// `value` is its text, the English form of `typed`; `typed` is the value for machines and for
/// reports in other languages. JSON written before figures were typed (no `typed`) still reads:
/// its value is taken as text; a `typed` whose text is not `value` is refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawFigure")]
pub struct Figure {
    /// What the figure is (`limit`, `actual`, `first_day`).
    pub name: Cow<'static, str>,
    /// Its value as text, with its unit: the English form of `typed`.
    pub value: String,
    /// Its value, typed.
    pub typed: FigureValue,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawFigure {
    name: Cow<'static, str>,
    value: String,
    #[serde(default)]
    typed: Option<FigureValue>,
}

impl TryFrom<RawFigure> for Figure {
    type Error = String;
    fn try_from(raw: RawFigure) -> Result<Self, String> {
        let typed = match raw.typed {
            Some(typed) => {
                let text = typed.to_string();
                if text != raw.value {
                    return Err(format!(
                        "figure {:?}: value {:?} is not the text of its typed value, {text:?}",
                        raw.name, raw.value
                    ));
                }
                typed
            }
            None => FigureValue::Text(raw.value.clone()),
        };
        Ok(Self {
            name: raw.name,
            value: raw.value,
            typed,
        })
    }
}

impl Figure {
    /// A figure: a number with its unit ([`Quantity`](crate::Quantity)), a date, an amount of
    /// money, a path, a sentinel, or text (anything else that converts into a [`FigureValue`];
    /// [`FigureValue::text`] takes whatever prints).
    pub fn new(name: impl Into<Cow<'static, str>>, value: impl Into<FigureValue>) -> Self {
        let typed = value.into();
        Self {
            name: name.into(),
            value: typed.to_string(),
            typed,
        }
    }

    /// The figure's name in `lang`: its Chinese label when the crate has one, else the name.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name,
            Lang::Zh => super::render::label_zh(&self.name).unwrap_or(&self.name),
        }
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {}", self.name, self.value)
    }
}

/// One broken rule: its code, severity, the path of the offending element, a message for people
/// and the figures compared.
///
/// In JSON a violation also carries its path as a JSON Pointer (`pointer`, RFC 6901); reading
/// accepts it when absent, and refuses one that does not match the path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "RawViolation")]
pub struct Violation {
    code: Code,
    severity: Severity,
    path: Path,
    message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    figures: Vec<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawViolation {
    code: Code,
    severity: Severity,
    path: Path,
    #[serde(default)]
    pointer: Option<String>,
    message: String,
    #[serde(default)]
    figures: Vec<Figure>,
    #[serde(default)]
    note: Option<String>,
}

impl TryFrom<RawViolation> for Violation {
    type Error = String;
    fn try_from(raw: RawViolation) -> Result<Self, String> {
        if let Some(pointer) = &raw.pointer {
            let expected = raw.path.to_json_pointer();
            if *pointer != expected {
                return Err(format!(
                    "pointer {pointer:?} does not match path {:?} (its pointer is {expected:?})",
                    raw.path.to_string()
                ));
            }
        }
        Ok(Self {
            code: raw.code,
            severity: raw.severity,
            path: raw.path,
            message: raw.message,
            figures: raw.figures,
            note: raw.note,
        })
    }
}

impl Serialize for Violation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = 5 + usize::from(!self.figures.is_empty()) + usize::from(self.note.is_some());
        let mut out = serializer.serialize_struct("Violation", fields)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("pointer", &self.path.to_json_pointer())?;
        out.serialize_field("message", &self.message)?;
        if !self.figures.is_empty() {
            out.serialize_field("figures", &self.figures)?;
        }
        if let Some(note) = &self.note {
            out.serialize_field("note", note)?;
        }
        out.end()
    }
}

impl Violation {
    /// A violation of `code` at `path`, with a message for people. User-defined rules build these;
    /// the engine applies the policy's severity overrides and switch-offs when they are pushed.
    pub fn new(
        code: impl Into<Code>,
        severity: Severity,
        path: Path,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            severity,
            path,
            message: message.into(),
            figures: Vec::new(),
            note: None,
        }
    }

    /// This violation with one more figure, given as text (see [`Violation::with_value`] for a
    /// typed value).
    pub fn with_figure(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Self {
        self.figures
            .push(Figure::new(name, FigureValue::text(value)));
        self
    }

    /// This violation with one more figure, typed: a [`Quantity`](crate::Quantity), a date, an
    /// amount of money, a path...
    pub fn with_value(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<FigureValue>,
    ) -> Self {
        self.figures.push(Figure::new(name, value));
        self
    }

    /// This violation with `figures` after the ones it has.
    pub(crate) fn with_figures(mut self, figures: Vec<Figure>) -> Self {
        if self.figures.is_empty() {
            self.figures = figures;
        } else {
            self.figures.extend(figures);
        }
        self
    }

    /// This violation with a note (why an exemption did not apply, for example).
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// The code.
    pub fn code(&self) -> &Code {
        &self.code
    }

    /// The catalogue rule, unless a user-defined rule raised it.
    pub fn rule(&self) -> Option<RuleCode> {
        self.code.rule()
    }

    /// The severity, after the policy's overrides.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The path of the offending element in the checked root.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path as a JSON Pointer (RFC 6901) into the checked root's JSON form:
    /// `/agreements/3/placements/0/dates`.
    pub fn json_pointer(&self) -> String {
        self.path.to_json_pointer()
    }

    /// The message for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The figures compared.
    pub fn figures(&self) -> &[Figure] {
        &self.figures
    }

    /// The value of the figure called `name`.
    pub fn figure(&self, name: &str) -> Option<&str> {
        self.figures
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.value.as_str())
    }

    /// A note, such as why an exemption did not apply.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    pub(crate) fn set_severity(&mut self, severity: Severity) {
        self.severity = severity;
    }

    pub(crate) fn set_path(&mut self, path: Path) {
        self.path = path;
    }
}

impl fmt::Display for Violation {
    /// `error placement.min_age at placements[0]: ... (limit = 16, actual = 15)`: the English
    /// rendering ([`Violation::render`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::render::write_violation(self, Lang::En, f)
    }
}

/// Every violation a check found, ordered by path, then code.
///
/// Violations with the same path and code are ordered by the day they name, then by the element
/// they name; what is still tied keeps the order the rules pushed it in, so the same input gives
/// a byte-identical report.
///
/// - The day a violation names is the value of its first figure among `date`, `week`,
///   `first_day`, `day`, `month` and `first_uncovered_day` (read in that order): a date
///   (`2026-09-01`), a month (`2026-09`, read as its first day), or a weekday (`Mon` to `Sun`,
///   Monday first). Dates come before weekdays, and both before a violation that names no day
///   (or whose figure is neither).
/// - The element a violation names is the value of its first figure among `earlier`, `session`,
///   `shift_at` and `group_at` that reads as a [`Path`]; paths compare as in the report
///   (segment by segment, indices as numbers), and a violation naming one comes before one naming
///   none.
///
/// ```
/// use school_enterprise::{Path, Report, RuleCode, Severity, Violation};
///
/// let report = Report::from_violations(vec![Violation::new(
///     RuleCode::AgreementMutualContribution,
///     Severity::Warning,
///     Path::root().field("contributions"),
///     "only the enterprise contributes",
/// )]);
/// assert!(report.is_ok()); // warnings only
/// assert_eq!(report.with_code(RuleCode::AgreementMutualContribution).count(), 1);
/// println!("{report}");
/// ```
///
/// Deserialization puts the violations back in report order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(from = "RawReport")]
pub struct Report {
    violations: Vec<Violation>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawReport {
    violations: Vec<Violation>,
}

impl From<RawReport> for Report {
    fn from(raw: RawReport) -> Self {
        Report::from_violations(raw.violations)
    }
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// A report of these violations, put in report order (see [`Report`]).
    pub fn from_violations(mut violations: Vec<Violation>) -> Self {
        sort(&mut violations);
        Self { violations }
    }

    /// A report of violations already in report order.
    pub(crate) fn from_sorted(violations: Vec<Violation>) -> Self {
        Self { violations }
    }

    /// Whether the report has no error (warnings may remain).
    pub fn is_ok(&self) -> bool {
        !self
            .violations
            .iter()
            .any(|v| v.severity == Severity::Error)
    }

    /// Whether the report has no violation at all.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// The number of violations.
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// Every violation, in report order.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// The violations as a slice.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The violations of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(move |v| v.severity == severity)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.with_severity(Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.with_severity(Severity::Warning)
    }

    /// The violations with one code (a [`RuleCode`], a [`Code`] or a [`CustomCode`](crate::CustomCode)).
    pub fn with_code<C: Into<Code>>(&self, code: C) -> impl Iterator<Item = &Violation> {
        let code = code.into();
        self.violations.iter().filter(move |v| v.code == code)
    }

    /// Whether any violation has this code.
    pub fn has<C: Into<Code>>(&self, code: C) -> bool {
        self.with_code(code).next().is_some()
    }

    /// The distinct codes present, in code order.
    pub fn codes(&self) -> Vec<&Code> {
        let mut codes: Vec<&Code> = self.violations.iter().map(|v| &v.code).collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// The violations of several reports in one, in report order: the report of a portfolio
    /// checked in shards is the merge of the shards' reports and their summary's
    /// ([`portfolio::Shard`](crate::portfolio::Shard)).
    ///
    /// ```
    /// use school_enterprise::Report;
    ///
    /// assert!(Report::merged([Report::new(), Report::new()]).is_empty());
    /// ```
    pub fn merged(reports: impl IntoIterator<Item = Report>) -> Report {
        let violations = reports.into_iter().flat_map(|r| r.violations).collect();
        Report::from_violations(violations)
    }

    /// Moves the violations out.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }
}

/// Puts `violations` in report order: by path, code, the day named, then the element named, and
/// in the order given among equals (a stable sort).
///
/// The day and the element are read from the figures' text once per violation, not once per
/// comparison: a report of 100,000 violations is sorted with about two million comparisons.
pub(crate) fn sort(violations: &mut Vec<Violation>) {
    if violations.len() < 2 {
        return;
    }
    let keys: Vec<(NamedDay, (bool, Option<Path>))> = violations
        .iter()
        .map(|v| (named_day(v), named_element(v)))
        .collect();
    let mut order: Vec<usize> = (0..violations.len()).collect();
    order.sort_by(|&a, &b| {
        let (Some(va), Some(vb)) = (violations.get(a), violations.get(b)) else {
            return std::cmp::Ordering::Equal;
        };
        va.path
            .cmp(&vb.path)
            .then_with(|| va.code.cmp(&vb.code))
            .then_with(|| keys.get(a).cmp(&keys.get(b)))
    });
    let mut taken: Vec<Option<Violation>> = violations.drain(..).map(Some).collect();
    violations.extend(
        order
            .iter()
            .filter_map(|&i| taken.get_mut(i).and_then(Option::take)),
    );
}

/// The figures that name the date (or weekday) a violation is about, in the order they are read.
const DAY_FIGURES: [&str; 6] = [
    "date",
    "week",
    "first_day",
    "day",
    "month",
    "first_uncovered_day",
];

/// The figures that name the element a violation is about, in the order they are read.
const ELEMENT_FIGURES: [&str; 4] = ["earlier", "session", "shift_at", "group_at"];

/// The day a violation names, for ordering ties: a date before a weekday (Monday first), either
/// before none.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum NamedDay {
    Date(chrono::NaiveDate),
    Weekday(u32),
    None,
}

fn named_day(v: &Violation) -> NamedDay {
    let Some(value) = DAY_FIGURES.iter().find_map(|name| v.figure(name)) else {
        return NamedDay::None;
    };
    if let Ok(date) = value.parse::<chrono::NaiveDate>() {
        NamedDay::Date(date)
    } else if let Ok(day) = value.parse::<chrono::Weekday>() {
        NamedDay::Weekday(day.num_days_from_monday())
    } else if let Ok(first) = format!("{value}-01").parse::<chrono::NaiveDate>() {
        // A month (`2026-03`) names its first day.
        NamedDay::Date(first)
    } else {
        NamedDay::None
    }
}

/// The element a violation names, for ordering ties: a path, before none.
fn named_element(v: &Violation) -> (bool, Option<Path>) {
    let path = ELEMENT_FIGURES
        .iter()
        .find_map(|name| v.figure(name))
        .and_then(|value| value.parse::<Path>().ok());
    (path.is_none(), path)
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl IntoIterator for Report {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl fmt::Display for Report {
    /// The English rendering ([`Report::render`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::render::write_report(self, Lang::En, f)
    }
}

/// A figure's schema is what reads: `typed` may be left out (reports written before figures were
/// typed); the crate always writes it.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Figure {
    fn schema_name() -> Cow<'static, str> {
        "Figure".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawFigure::json_schema(generator)
    }
}

/// A violation's schema is what reads: `pointer` may be left out (reports written before it);
/// the crate always writes it.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Violation {
    fn schema_name() -> Cow<'static, str> {
        "Violation".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawViolation::json_schema(generator)
    }
}
