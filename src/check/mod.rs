//! The rule engine: codes, policy, paths, violations, reports, and user-defined rules.

mod catalogue;
mod code;
mod code_table;
mod context;
mod details;
mod figure;
mod lang;
mod path;
mod policy;
mod render;
mod report;
mod texts;

pub use catalogue::{Catalogue, CatalogueEntry, Localized};
pub use code::{catalogue, Area, Code, CustomCode, RuleCode, RuleInfo, Severity};
pub use context::{CheckContext, Rule};
pub(crate) use context::{Scope, Sink};
pub use details::{ReportCounts, ReportDetails};
pub use figure::{FigureValue, Phrase, PhraseKey, Quantity, Sentinel, Unit};
pub use lang::Lang;
pub(crate) use path::Loc;
pub use path::{Path, Segment};
pub use policy::{
    BreakStep, DayRange, GuardianConsent, MinBreaks, PayDue, Policy, TrainingAllowance,
};
pub use report::{Figure, Report, Violation};
