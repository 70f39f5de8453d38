//! The catalogue as data: every rule's code, severity, area, and its title, statement and legal
//! source in Simplified Chinese and English, serializable.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::render::texts_of;
use super::{Area, Lang, RuleCode, Severity};

/// A text in Simplified Chinese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Simplified Chinese.
    pub zh: Cow<'static, str>,
    /// English.
    pub en: Cow<'static, str>,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// What the catalogue says of one rule, in both languages: [`RuleCode::entry`].
///
/// ```
/// use school_enterprise::{Lang, RuleCode};
///
/// let entry = RuleCode::PlacementNightWork.entry();
/// assert_eq!(entry.code, RuleCode::PlacementNightWork);
/// assert_eq!(entry.title.get(Lang::En), "Night work");
/// assert_eq!(entry.source.get(Lang::Zh),
///     "《职业学校学生实习管理规定》（教职成〔2021〕4号）第十七条第（三）项");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogueEntry {
    /// The stable code (`"placement.min_age"`).
    pub code: RuleCode,
    /// The default severity.
    pub severity: Severity,
    /// The family the rule belongs to.
    pub area: Area,
    /// A short title.
    pub title: Localized,
    /// What the rule requires, in full.
    pub statement: Localized,
    /// Where the rule comes from: the instrument and article, or a domain rule.
    pub source: Localized,
    /// What a violation of the rule means: the message of a violation in a Chinese report, and
    /// in English (a violation's own English message, [`Violation::message`](crate::Violation::message), says more).
    pub message: Localized,
}

/// The whole catalogue as one document, in code order: [`Catalogue::new`] to serialize it,
/// [`Catalogue::entries`] to read it.
///
/// ```
/// use school_enterprise::{Catalogue, Lang, RuleCode};
///
/// let catalogue = Catalogue::new();
/// assert_eq!(catalogue.entries().len(), RuleCode::ALL.len());
/// let json = serde_json::to_string(&catalogue)?;
/// let back: Catalogue = serde_json::from_str(&json)?;
/// assert_eq!(back, catalogue);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    rules: Vec<CatalogueEntry>,
}

impl Catalogue {
    /// The catalogue of this version of the crate.
    pub fn new() -> Self {
        Self {
            rules: RuleCode::ALL.iter().map(|code| code.entry()).collect(),
        }
    }

    /// Every rule, in code order.
    pub fn entries(&self) -> &[CatalogueEntry] {
        &self.rules
    }

    /// The entry of `code`.
    pub fn get(&self, code: RuleCode) -> Option<&CatalogueEntry> {
        self.rules.iter().find(|entry| entry.code == code)
    }
}

impl Default for Catalogue {
    fn default() -> Self {
        Self::new()
    }
}

impl RuleCode {
    /// What the catalogue says of this rule, in both languages.
    pub fn entry(self) -> CatalogueEntry {
        let info = self.info();
        let zh = texts_of(self);
        let text = |en: &'static str, zh: Option<&'static str>| Localized {
            en: Cow::Borrowed(en),
            zh: Cow::Borrowed(zh.unwrap_or(en)),
        };
        CatalogueEntry {
            code: self,
            severity: info.severity,
            area: info.area,
            title: text(info.title, zh.map(|r| r.title)),
            statement: text(info.statement, zh.map(|r| r.statement)),
            source: text(info.source, zh.map(|r| r.source)),
            message: Localized {
                en: Cow::Borrowed(zh.map_or(info.title, |r| r.message_en)),
                zh: Cow::Borrowed(zh.map_or(info.title, |r| r.message)),
            },
        }
    }

    /// The short title in `lang`.
    pub fn title_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.title(),
            Lang::Zh => texts_of(self).map_or(self.title(), |r| r.title),
        }
    }

    /// What the rule requires, in `lang`.
    pub fn statement_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.statement(),
            Lang::Zh => texts_of(self).map_or(self.statement(), |r| r.statement),
        }
    }

    /// The legal source in `lang`.
    pub fn source_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.source(),
            Lang::Zh => texts_of(self).map_or(self.source(), |r| r.source),
        }
    }
}
