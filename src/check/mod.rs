//! The rule engine: codes, policy, paths, violations, reports, and user-defined rules.

mod code;
mod code_table;
mod context;
mod path;
mod policy;
mod report;

pub use code::{catalogue, Area, Code, CustomCode, RuleCode, RuleInfo, Severity};
pub use context::{CheckContext, Rule};
pub(crate) use context::{Scope, Sink};
pub(crate) use path::Loc;
pub use path::{Path, Segment};
pub use policy::{
    BreakStep, DayRange, GuardianConsent, MinBreaks, PayDue, Policy, TrainingAllowance,
};
pub use report::{Figure, Report, Violation};
