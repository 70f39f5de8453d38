//! Rule codes, severities and the catalogue.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::code_table::{rule_codes, TABLE};
use crate::Error;

/// How serious a violation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The arrangement is not acceptable.
    Error,
    /// Acceptable, but someone should look.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

impl FromStr for Severity {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints, as JSON does: `error` or `warning`.
    ///
    /// ```
    /// use school_enterprise::Severity;
    ///
    /// for severity in [Severity::Error, Severity::Warning] {
    ///     assert_eq!(severity.to_string().parse::<Severity>()?, severity);
    /// }
    /// assert!("Error".parse::<Severity>().is_err());
    /// # Ok::<(), school_enterprise::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            _ => Err(Error::InvalidText {
                what: "severity",
                value: s.to_owned(),
                example: "\"error\" or \"warning\"",
            }),
        }
    }
}

/// The family a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Area {
    /// Rules of every agreement, whatever its mode.
    Agreement,
    /// Introduced enterprise: production lines on campus.
    Introduced,
    /// Alternation: work-study rotation.
    Alternation,
    /// Alternation: employed study.
    EmployedStudy,
    /// Working time of placements and employments.
    WorkingTime,
    /// Interaction: bases, equipment, teachers, joint teaching plan.
    Interaction,
    /// Order-based classes.
    OrderBased,
    /// Placements: student protection.
    Placement,
    /// Cross-agreement rules of a portfolio.
    Portfolio,
    /// Records of what actually happened: worked shifts and payments.
    Record,
}

macro_rules! define_rule_codes {
    ($($variant:ident = $code:literal,)*) => {
        /// One rule of the catalogue. Its string form ([`RuleCode::as_str`]) is the stable,
        /// public code (`"placement.min_age"`); serde uses that string.
        ///
        /// The crate's [rules page](crate::rules) lists every code with its statement.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum RuleCode {
            $(
                #[doc = concat!("`", $code, "`")]
                $variant,
            )*
        }

        impl RuleCode {
            /// Every rule code, in code order.
            pub const ALL: &'static [RuleCode] = &[$(RuleCode::$variant,)*];

            /// The stable string code, such as `"placement.min_age"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleCode::$variant => $code,)*
                }
            }

            /// The code for a string, if the catalogue has it.
            pub fn from_code(code: &str) -> Option<RuleCode> {
                match code {
                    $($code => Some(RuleCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

rule_codes!(define_rule_codes);

/// What the catalogue says of one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The rule.
    pub code: RuleCode,
    /// The string code.
    pub name: &'static str,
    /// A short title.
    pub title: &'static str,
    /// The family it belongs to.
    pub area: Area,
    /// Its default severity.
    pub severity: Severity,
    /// What the rule requires, in full.
    pub statement: &'static str,
    /// Where the rule comes from: the law and article, or `domain rule`.
    pub source: &'static str,
}

const UNKNOWN: RuleInfo = RuleInfo {
    code: RuleCode::AgreementReferencesResolve,
    name: "",
    title: "",
    area: Area::Agreement,
    severity: Severity::Error,
    statement: "",
    source: "",
};

impl RuleCode {
    /// What the catalogue says of this rule.
    pub fn info(self) -> &'static RuleInfo {
        // TABLE is in the same order as the enum (a test checks it); the search is a fallback.
        TABLE
            .get(self as usize)
            .filter(|info| info.code == self)
            .or_else(|| TABLE.iter().find(|info| info.code == self))
            .unwrap_or(&UNKNOWN)
    }

    /// The default severity.
    pub fn default_severity(self) -> Severity {
        self.info().severity
    }

    /// A short title.
    pub fn title(self) -> &'static str {
        self.info().title
    }

    /// The family the rule belongs to.
    pub fn area(self) -> Area {
        self.info().area
    }

    /// The legal source, or `domain rule`.
    pub fn source(self) -> &'static str {
        self.info().source
    }

    /// What the rule requires.
    pub fn statement(self) -> &'static str {
        self.info().statement
    }
}

/// The whole rule catalogue, in code order: for listing rules in a user interface.
///
/// ```
/// use school_enterprise::{catalogue, Severity};
///
/// assert_eq!(catalogue().len(), 121);
/// let min_age = catalogue().iter().find(|r| r.name == "placement.min_age").unwrap();
/// assert_eq!(min_age.severity, Severity::Error);
/// ```
pub fn catalogue() -> &'static [RuleInfo] {
    TABLE
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RuleCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        RuleCode::from_code(s).ok_or_else(|| Error::InvalidRuleCode {
            value: s.to_owned(),
        })
    }
}

crate::text_serde::serde_as_text!(RuleCode, "a rule code of the catalogue");

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RuleCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = TABLE.iter().map(|rule| rule.name).collect();
        schemars::json_schema!({
            "type": "string",
            "description": "A rule code of the catalogue.",
            "enum": codes,
        })
    }
}

/// The code of a violation: a rule of the catalogue, or a code a user-defined rule chose.
///
/// Prints and serializes as the string code. Parsing gives a catalogue rule when the catalogue
/// has the code, and a custom code otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// A rule of the catalogue.
    Rule(RuleCode),
    /// A user-defined rule's code.
    Custom(CustomCode),
}

impl Code {
    /// The string code.
    pub fn as_str(&self) -> &str {
        match self {
            Code::Rule(rule) => rule.as_str(),
            Code::Custom(custom) => custom.as_str(),
        }
    }

    /// The catalogue rule, when it is one.
    pub fn rule(&self) -> Option<RuleCode> {
        match self {
            Code::Rule(rule) => Some(*rule),
            Code::Custom(_) => None,
        }
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Code {
    /// Codes order by their string form.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialEq<RuleCode> for Code {
    fn eq(&self, other: &RuleCode) -> bool {
        self.rule() == Some(*other)
    }
}

impl From<RuleCode> for Code {
    fn from(rule: RuleCode) -> Self {
        Code::Rule(rule)
    }
}

impl From<CustomCode> for Code {
    fn from(custom: CustomCode) -> Self {
        Code::Custom(custom)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Code {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match RuleCode::from_code(s) {
            Some(rule) => Ok(Code::Rule(rule)),
            None => s.parse().map(Code::Custom),
        }
    }
}

crate::text_serde::serde_as_text!(Code, "a rule code");

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Code {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Code".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text(
            "A rule code: one of the catalogue (\"placement.min_age\"), or a user-defined rule's \
             code of lowercase letters, digits and underscores in two or more parts joined by dots \
             whose first part is not an area of the catalogue (\"acme.max_commute\").",
            "^[a-z0-9_]+(\\.[a-z0-9_]+)+$",
            "placement.min_age",
        )
    }
}

/// The code of a user-defined rule: two or more parts of lowercase ASCII letters, digits and
/// underscores joined by dots (`"acme.max_commute"`), whose first part is not one of the
/// catalogue's areas (`agreement`, `placement`, ...). So a misspelt catalogue code in a policy
/// (`"placement.min_agee"`) is refused rather than taken for a custom code.
///
/// ```
/// use school_enterprise::CustomCode;
///
/// assert!(CustomCode::new("acme.max_commute").is_ok());
/// assert!(CustomCode::new("placement.min_age").is_err()); // the catalogue's
/// assert!(CustomCode::new("placement.min_agee").is_err()); // the catalogue's area
/// assert!(CustomCode::new("NoDots").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomCode(Box<str>);

impl CustomCode {
    /// A custom code. Refuses malformed codes and codes of the catalogue.
    pub fn new(code: &str) -> Result<Self, Error> {
        let part_ok = |p: &str| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        };
        let well_formed = code.contains('.') && code.split('.').all(part_ok);
        let area = code.split('.').next().unwrap_or_default();
        let catalogue_area = TABLE
            .iter()
            .any(|rule| rule.name.split('.').next() == Some(area));
        if !well_formed || catalogue_area {
            return Err(Error::InvalidRuleCode {
                value: code.to_owned(),
            });
        }
        Ok(Self(code.into()))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for CustomCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Self::new(s)
    }
}

impl fmt::Display for CustomCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
