//! Exact amounts: [`Money`] in integer minor units with a [`Currency`], and [`Share`]s compared by
//! cross-multiplying integers. No floating point anywhere a limit is compared.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// An ISO 4217 currency code: three capital ASCII letters (`CNY`, `EUR`).
///
/// ```
/// use school_enterprise::Currency;
///
/// let cny: Currency = "CNY".parse()?;
/// assert_eq!(cny.as_str(), "CNY");
/// assert!("cny".parse::<Currency>().is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Renminbi.
    pub const CNY: Currency = Currency(*b"CNY");
    /// Euro.
    pub const EUR: Currency = Currency(*b"EUR");
    /// Pound sterling.
    pub const GBP: Currency = Currency(*b"GBP");

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Built only from ASCII capitals, so always valid UTF-8.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Currency([a, b, c])),
            _ => Err(Error::InvalidCurrency {
                value: s.to_owned(),
            }),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

crate::text_serde::serde_as_text!(Currency, "an ISO 4217 currency code");

/// A non-negative amount of money: whole minor units (fen, cents) and a currency.
///
/// Amounts in two currencies are never compared: [`Money::compare`] answers `None` for them.
///
/// ```
/// use school_enterprise::{Currency, Money};
///
/// let pay = Money::new(3_500_00, Currency::CNY);
/// let floor = Money::new(2_800_00, Currency::CNY);
/// assert!(pay.compare(&floor).is_some_and(|o| o.is_ge()));
/// assert_eq!(pay.to_string(), "3500.00 CNY");
/// assert_eq!(pay.compare(&Money::new(1, Currency::EUR)), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    minor_units: u64,
    currency: Currency,
}

impl Money {
    /// `minor_units` hundredths (for two-decimal currencies) of `currency`.
    pub const fn new(minor_units: u64, currency: Currency) -> Self {
        Self {
            minor_units,
            currency,
        }
    }

    /// Zero in `currency`.
    pub const fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    /// The amount in minor units.
    pub fn minor_units(&self) -> u64 {
        self.minor_units
    }

    /// The currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Whether the amount is zero.
    pub fn is_zero(&self) -> bool {
        self.minor_units == 0
    }

    /// Compares two amounts of one currency; `None` when the currencies differ.
    pub fn compare(&self, other: &Money) -> Option<Ordering> {
        (self.currency == other.currency).then(|| self.minor_units.cmp(&other.minor_units))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{:02} {}",
            self.minor_units / 100,
            self.minor_units % 100,
            self.currency
        )
    }
}

/// A share from 0 to 100 %, kept in per mille (10 % is 100 ‰), and compared by cross-multiplying
/// integers. Prints and parses as a percentage with at most one decimal (`"80%"`, `"12.5%"`).
///
/// ```
/// use school_enterprise::Share;
///
/// let cap = Share::percent(10)?;
/// assert!(cap.admits(10, 100));   // 10 of 100 is exactly 10 %
/// assert!(!cap.admits(11, 100));
/// assert!(Share::percent(101).is_err());
/// assert_eq!("12.5%".parse::<Share>()?.per_mille(), 125);
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Share(u16);

impl Share {
    /// 0 %.
    pub const ZERO: Share = Share(0);
    /// 100 %.
    pub const FULL: Share = Share(1000);

    /// A share of `per_mille` ‰. Refuses more than 1,000.
    pub fn from_per_mille(per_mille: u32) -> Result<Self, Error> {
        u16::try_from(per_mille)
            .ok()
            .filter(|p| *p <= 1000)
            .map(Share)
            .ok_or(Error::ShareAbove100 { per_mille })
    }

    /// A share of `percent` %. Refuses more than 100.
    pub fn percent(percent: u32) -> Result<Self, Error> {
        Self::from_per_mille(percent.saturating_mul(10))
    }

    /// The share in per mille, 0 to 1,000.
    pub fn per_mille(self) -> u32 {
        u32::from(self.0)
    }

    /// Whether `part` of `whole` stays within the share: `part * 1000 <= share * whole`.
    /// A zero `whole` admits only a zero `part`.
    pub fn admits(self, part: u64, whole: u64) -> bool {
        u128::from(part) * 1000 <= u128::from(self.per_mille()) * u128::from(whole)
    }

    /// Whether `part` of `whole` reaches the share: `part * 1000 >= share * whole`.
    pub fn is_reached_by(self, part: u64, whole: u64) -> bool {
        u128::from(part) * 1000 >= u128::from(self.per_mille()) * u128::from(whole)
    }

    /// The share of `amount`, rounded up to a whole minor unit (the smallest amount that reaches
    /// the share).
    pub fn of_amount_rounded_up(self, amount: u64) -> u64 {
        let scaled = u128::from(amount) * u128::from(self.per_mille());
        u64::try_from(scaled.div_ceil(1000)).unwrap_or(u64::MAX)
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 10;
        match self.0 % 10 {
            0 => write!(f, "{whole}%"),
            tenth => write!(f, "{whole}.{tenth}%"),
        }
    }
}

impl FromStr for Share {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidShare {
            value: s.to_owned(),
        };
        let number = s.strip_suffix('%').ok_or_else(invalid)?.trim_end();
        let (whole, tenth) = match number.split_once('.') {
            Some((w, t)) if t.len() == 1 => (w, t),
            Some(_) => return Err(invalid()),
            None => (number, "0"),
        };
        let digits =
            |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(tenth) {
            return Err(invalid());
        }
        let whole: u32 = whole.parse().map_err(|_| invalid())?;
        let tenth: u32 = tenth.parse().map_err(|_| invalid())?;
        Self::from_per_mille(whole * 10 + tenth)
    }
}

crate::text_serde::serde_as_text!(Share, "a percentage like \"80%\" or \"12.5%\"");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_needs_three_capitals() {
        for bad in ["", "CN", "CNYY", "cny", "C1Y", "ÇNY"] {
            assert_eq!(
                bad.parse::<Currency>(),
                Err(Error::InvalidCurrency { value: bad.into() }),
                "{bad:?}"
            );
        }
        assert_eq!("EUR".parse::<Currency>(), Ok(Currency::EUR));
    }

    #[test]
    fn share_cross_multiplies_at_the_boundary() {
        let ten = Share::percent(10).unwrap();
        assert!(ten.admits(1, 10));
        assert!(!ten.admits(2, 19)); // 10.5 %
        assert!(ten.admits(0, 0));
        assert!(!ten.admits(1, 0));
        let eighty = Share::percent(80).unwrap();
        assert!(eighty.is_reached_by(80, 100));
        assert!(!eighty.is_reached_by(79, 100));
        assert_eq!(eighty.of_amount_rounded_up(1001), 801);
    }

    #[test]
    fn share_refuses_above_100() {
        assert_eq!(
            Share::from_per_mille(1001),
            Err(Error::ShareAbove100 { per_mille: 1001 })
        );
        assert_eq!(Share::from_per_mille(1000), Ok(Share::FULL));
        assert!(matches!(
            "100.1%".parse::<Share>(),
            Err(Error::ShareAbove100 { .. })
        ));
        for bad in ["80", "%", "8.25%", "-1%", "a%", "1e2%", ".5%"] {
            assert!(
                matches!(bad.parse::<Share>(), Err(Error::InvalidShare { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn share_text_round_trips() {
        for text in ["0%", "12.5%", "80%", "100%"] {
            assert_eq!(text.parse::<Share>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn money_in_two_currencies_is_not_compared() {
        let a = Money::new(100, Currency::CNY);
        assert_eq!(a.compare(&Money::new(100, Currency::EUR)), None);
        assert_eq!(
            a.compare(&Money::new(99, Currency::CNY)),
            Some(Ordering::Greater)
        );
    }
}
