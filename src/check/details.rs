//! A report written out for people, one block per violation, and the violations under one part of
//! an arrangement.

use std::fmt;

use super::{Path, Report, Segment, Violation};
use crate::Registry;

/// A report written out one block per violation, for a person reading it: what
/// [`Report::details`] returns.
///
/// Each violation prints as its severity, code and path, then its message indented by four
/// spaces, then each figure (and the note, where there is one) indented by six. With
/// [`naming`](ReportDetails::naming), a figure whose value is the id of a school, enterprise,
/// student or instructor of the registry is followed by that party's name in parentheses.
///
/// ```
/// use school_enterprise::*;
///
/// let teacher = Instructor::of_school(InstructorId::from_u128(5), "He Ping", SchoolId::from_u128(1))?;
/// let registry = Registry::new(vec![], vec![], vec![], vec![teacher])?;
/// let report = Report::from_violations(vec![Violation::new(
///     RuleCode::IntroducedSessionInstructor,
///     Severity::Error,
///     Path::root().field("mode").field("sessions").index(4),
///     "the session has no instructor of the enterprise nor a dual-qualified teacher of the school",
/// )
/// .with_figure("instructor", InstructorId::from_u128(5))]);
/// assert_eq!(
///     report.details().naming(&registry).to_string(),
///     "[error] introduced.session_instructor at mode.sessions[4]\n    \
///      the session has no instructor of the enterprise nor a dual-qualified teacher of the school\n      \
///      instructor = 00000000-0000-0000-0000-000000000005 (He Ping)\n"
/// );
/// // Without a registry the figures print as they are.
/// assert!(report.details().to_string().ends_with("000000000005\n"));
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "the details print only when written out"]
pub struct ReportDetails<'a> {
    violations: &'a [Violation],
    registry: Option<&'a Registry>,
    under: Option<Path>,
    brief: bool,
}

impl<'a> ReportDetails<'a> {
    /// These details, naming the parties of `registry` whose ids figures hold.
    pub fn naming(self, registry: &'a Registry) -> Self {
        Self {
            registry: Some(registry),
            ..self
        }
    }

    /// These details, keeping only the violations at `path` or inside it (as
    /// [`Report::under`]): what to fix on one placement, one course, one session.
    pub fn under(self, path: Path) -> Self {
        Self {
            under: Some(path),
            ..self
        }
    }

    /// These details as a to-do list for one element whose name the reader already has: each
    /// violation opens with one line, indented by two spaces, of its code in brackets, its
    /// message and the rule's legal source in parentheses (none for a rule of the user's own),
    /// without severity or path; figures and the note follow as in the full details.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let first = Path::root().field("placements").index(0);
    /// let report = Report::from_violations(vec![Violation::new(
    ///     RuleCode::PlacementNoCharges,
    ///     Severity::Error,
    ///     first.clone(),
    ///     "a charge is imposed on the student",
    /// )
    /// .with_figure("kind", "Deposit")]);
    /// let todo = report.details().under(first).brief();
    /// assert_eq!(
    ///     todo.to_string(),
    ///     "  [placement.no_charges] a charge is imposed on the student \
    ///      (Internship provisions (教职成〔2021〕4号) Art. 20)\n      kind = Deposit\n"
    /// );
    /// let second = Path::root().field("placements").index(1);
    /// assert!(report.details().under(second).is_empty());
    /// ```
    pub fn brief(self) -> Self {
        Self {
            brief: true,
            ..self
        }
    }

    /// Whether no violation is left to write (after [`under`](ReportDetails::under)).
    pub fn is_empty(&self) -> bool {
        self.violations().next().is_none()
    }

    /// The violations written, in the report's order.
    fn violations(&self) -> impl Iterator<Item = &'a Violation> + '_ {
        let under = self.under.as_ref().map_or(&[][..], Path::segments);
        self.violations.iter().filter(move |v| is_under(v, under))
    }
}

impl fmt::Display for ReportDetails<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in self.violations() {
            if self.brief {
                write!(f, "  [{}] {}", v.code(), v.message())?;
                match v.rule() {
                    Some(rule) => writeln!(f, " ({})", rule.source())?,
                    None => writeln!(f)?,
                }
            } else {
                writeln!(f, "[{}] {} at {}", v.severity(), v.code(), v.path())?;
                writeln!(f, "    {}", v.message())?;
            }
            for figure in v.figures() {
                write!(f, "      {figure}")?;
                let id = || figure.value.parse().ok();
                if let Some(name) = self
                    .registry
                    .and_then(|r| id().and_then(|id| r.name_of(id)))
                {
                    write!(f, " ({name})")?;
                }
                writeln!(f)?;
            }
            if let Some(note) = v.note() {
                writeln!(f, "      note: {note}")?;
            }
        }
        Ok(())
    }
}

/// How many errors and warnings a report holds: what [`Report::counts`] returns. Prints as
/// `2 error(s), 1 warning(s)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ReportCounts {
    /// The violations of severity error.
    pub errors: usize,
    /// The violations of severity warning.
    pub warnings: usize,
}

impl fmt::Display for ReportCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { errors, warnings } = self;
        write!(f, "{errors} error(s), {warnings} warning(s)")
    }
}

impl Report {
    /// The report written out one block per violation (see [`ReportDetails`]); the count line
    /// is not part of it.
    pub fn details(&self) -> ReportDetails<'_> {
        ReportDetails {
            violations: self.violations(),
            registry: None,
            under: None,
            brief: false,
        }
    }

    /// How many errors and warnings the report holds, printing as `2 error(s), 1 warning(s)`:
    /// the first line of the report's own `Display`, for a heading above
    /// [`details`](Report::details).
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let at = |severity| Violation::new(RuleCode::PlacementInsurance, severity, Path::root(), "uninsured");
    /// let report = Report::from_violations(vec![at(Severity::Error), at(Severity::Warning), at(Severity::Error)]);
    /// assert_eq!(report.counts().to_string(), "2 error(s), 1 warning(s)");
    /// assert_eq!((report.counts().errors, report.counts().warnings), (2, 1));
    /// assert_eq!(Report::new().counts().to_string(), "0 error(s), 0 warning(s)");
    /// ```
    pub fn counts(&self) -> ReportCounts {
        ReportCounts {
            errors: self.errors().count(),
            warnings: self.warnings().count(),
        }
    }

    /// The violations at `path` or inside it: those of one placement, one course, one session.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let at = |path: Path| Violation::new(RuleCode::PlacementInsurance, Severity::Error, path, "uninsured");
    /// let placements = Path::root().field("placements");
    /// let report = Report::from_violations(vec![
    ///     at(placements.clone().index(1)),
    ///     at(placements.clone().index(10).field("insurance")),
    ///     at(placements.clone().index(1).field("insurance")),
    /// ]);
    /// let paths: Vec<String> = report.under(placements.index(1)).map(|v| v.path().to_string()).collect();
    /// assert_eq!(paths, ["placements[1]", "placements[1].insurance"]);
    /// ```
    pub fn under(&self, path: Path) -> impl Iterator<Item = &Violation> + '_ {
        self.iter().filter(move |v| is_under(v, path.segments()))
    }
}

/// Whether `v` is at the path of these segments or inside it.
fn is_under(v: &Violation, segments: &[Segment]) -> bool {
    v.path().segments().starts_with(segments)
}
