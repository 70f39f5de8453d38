//! A report written out for people, one block per violation, and the violations under one part of
//! an arrangement.

use std::fmt;

use super::{Path, Report, Violation};
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
#[derive(Debug, Clone, Copy)]
#[must_use = "the details print only when written out"]
pub struct ReportDetails<'a> {
    violations: &'a [Violation],
    registry: Option<&'a Registry>,
}

impl<'a> ReportDetails<'a> {
    /// These details, naming the parties of `registry` whose ids figures hold.
    pub fn naming(self, registry: &'a Registry) -> Self {
        Self {
            registry: Some(registry),
            ..self
        }
    }
}

impl fmt::Display for ReportDetails<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in self.violations {
            writeln!(f, "[{}] {} at {}", v.severity(), v.code(), v.path())?;
            writeln!(f, "    {}", v.message())?;
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

impl Report {
    /// The report written out one block per violation (see [`ReportDetails`]); the count line
    /// is not part of it.
    pub fn details(&self) -> ReportDetails<'_> {
        ReportDetails {
            violations: self.violations(),
            registry: None,
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
        self.iter()
            .filter(move |v| v.path().segments().starts_with(path.segments()))
    }
}
