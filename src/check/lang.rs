//! The languages a report and the catalogue are written in.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A language of the catalogue and of rendered reports: Simplified Chinese or English.
///
/// Prints and parses as `zh` and `en` (exactly those, lowercase); serde uses the same text.
///
/// ```
/// use school_enterprise::Lang;
///
/// let lang: Lang = "zh".parse()?;
/// assert_eq!(lang, Lang::Zh);
/// assert_eq!(Lang::En.to_string(), "en");
/// assert!("ZH".parse::<Lang>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese (`zh`).
    Zh,
    /// English (`en`), the language of `Display` and of [`Violation::message`](crate::Violation::message).
    #[default]
    En,
}

impl Lang {
    /// Every language, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// `zh` or `en`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            _ => Err(Error::InvalidLang {
                value: s.to_owned(),
            }),
        }
    }
}

crate::text_serde::serde_as_text!(Lang, "a language, \"zh\" or \"en\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_two_lowercase_codes_parse() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>().ok(), Some(lang));
        }
        for bad in ["", "ZH", "En", "zh-CN", "cn", " en"] {
            assert!(bad.parse::<Lang>().is_err(), "{bad}");
        }
    }
}
