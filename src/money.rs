//! Exact amounts: [`Money`] in integer minor units with a [`Currency`], and [`Share`]s compared by
//! cross-multiplying integers. No floating point anywhere a limit is compared.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::Deserialize;

use crate::Error;

/// An ISO 4217 currency: its three capital letters (`CNY`, `EUR`, `JPY`), and the number of
/// decimals its amounts are written with (the ISO 4217 minor unit: 2 for CNY, 0 for JPY, 3 for BHD),
/// read from the table of the `iso_currency` crate. Codes that are not currencies of that table,
/// or that have no minor unit (gold `XAU`, `XXX`), are refused.
///
/// ```
/// use school_enterprise::Currency;
///
/// let cny: Currency = "CNY".parse()?;
/// assert_eq!(cny.as_str(), "CNY");
/// assert_eq!(cny.minor_unit_digits(), 2);
/// assert_eq!("JPY".parse::<Currency>()?.minor_unit_digits(), 0);
/// assert_eq!("BHD".parse::<Currency>()?.minor_unit_digits(), 3);
/// assert!("cny".parse::<Currency>().is_err());
/// assert!("ABC".parse::<Currency>().is_err()); // three capitals, but no currency
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

    /// The number of decimals an amount in this currency is written with: its ISO 4217 minor unit
    /// (0 for JPY, 2 for CNY and EUR, 3 for BHD, 4 for CLF).
    pub fn minor_unit_digits(&self) -> u32 {
        // Every Currency was checked against the table when it was made, so the lookup finds it.
        iso_minor_unit(self.as_str()).unwrap_or(2)
    }

    /// Minor units in one whole unit: 10 to the power of [`minor_unit_digits`](Self::minor_unit_digits).
    fn minor_units_per_unit(&self) -> u64 {
        10u64.checked_pow(self.minor_unit_digits()).unwrap_or(1)
    }
}

/// The ISO 4217 minor unit of the currency `code`, `None` when the table has no such currency
/// or the currency has no minor unit.
fn iso_minor_unit(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code)
        .and_then(|currency| currency.exponent())
        .map(u32::from)
}

impl FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.as_bytes() {
            &[a, b, c]
                if [a, b, c].iter().all(u8::is_ascii_uppercase) && iso_minor_unit(s).is_some() =>
            {
                Ok(Currency([a, b, c]))
            }
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

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text(
            "An ISO 4217 currency code, three capital letters.",
            "^[A-Z]{3}$",
            "CNY",
        )
    }
}

/// A non-negative amount of money: whole minor units (fen, cents) and a currency.
///
/// Amounts in two currencies are never compared: [`Money::compare`] answers `None` for them.
///
/// Prints, parses and serializes as the amount with exactly the currency's ISO 4217 decimals, a
/// space and the code: `"3500.00 CNY"`, `"4800 JPY"`, `"12.500 BHD"`. JSON still reads the older
/// object form `{"minor_units": 350000, "currency": "CNY"}`, and writes only the text.
///
/// ```
/// use school_enterprise::{Currency, Money};
///
/// let pay = Money::new(3_500_00, Currency::CNY);
/// let floor = Money::new(2_800_00, Currency::CNY);
/// assert!(pay.compare(&floor).is_some_and(|o| o.is_ge()));
/// assert_eq!(pay.to_string(), "3500.00 CNY");
/// assert_eq!("3500.00 CNY".parse::<Money>()?, pay);
/// assert_eq!(pay.compare(&Money::new(1, Currency::EUR)), None);
///
/// let yen: Money = "4800 JPY".parse()?;
/// assert_eq!(yen.minor_units(), 4800);
/// assert!("4800.00 JPY".parse::<Money>().is_err()); // JPY has no decimals
/// assert!("4800 CNY".parse::<Money>().is_err()); // CNY has two
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    minor_units: u64,
    currency: Currency,
}

/// The older JSON form of [`Money`], still read.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawMoney {
    /// The amount in minor units (fen, cents; whole yen for JPY).
    minor_units: u64,
    currency: Currency,
}

impl TryFrom<RawMoney> for Money {
    type Error = Error;
    fn try_from(raw: RawMoney) -> Result<Self, Error> {
        Ok(Money::new(raw.minor_units, raw.currency))
    }
}

impl Money {
    /// `minor_units` of `currency`: hundredths for two-decimal currencies (CNY, EUR), whole units for
    /// JPY, thousandths for BHD ([`Currency::minor_unit_digits`]).
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
    /// The amount with the currency's decimals, a space and the code: `3500.00 CNY`, `4800 JPY`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.currency.minor_unit_digits();
        if digits == 0 {
            return write!(f, "{} {}", self.minor_units, self.currency);
        }
        let per_unit = self.currency.minor_units_per_unit();
        write!(
            f,
            "{}.{:0width$} {}",
            self.minor_units / per_unit,
            self.minor_units % per_unit,
            self.currency,
            width = usize::try_from(digits).unwrap_or(2),
        )
    }
}

impl FromStr for Money {
    type Err = Error;
    /// Reads what [`Display`](fmt::Display) prints: the amount with exactly the currency's ISO 4217
    /// decimals (none for JPY), one space and the code. Refuses a sign, leading zeros, a missing or
    /// extra decimal, a code that is not a currency and an amount past `u64` minor units.
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: String| Error::InvalidMoney {
            value: s.to_owned(),
            reason,
        };
        let (amount, code) = s.rsplit_once(' ').ok_or_else(|| {
            invalid("is not an amount, a space and a currency code, like \"4800.00 CNY\"".into())
        })?;
        let currency: Currency = code.parse()?;
        let digits = currency.minor_unit_digits();
        let (whole, fraction) = match amount.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (amount, None),
        };
        let is_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        let fraction_ok = match fraction {
            None => digits == 0,
            Some(f) => {
                digits > 0 && is_digits(f) && f.len() == usize::try_from(digits).unwrap_or(0)
            }
        };
        if !is_digits(whole) || (whole.len() > 1 && whole.starts_with('0')) || !fraction_ok {
            let example = Money::new(
                4800u64.saturating_mul(currency.minor_units_per_unit()),
                currency,
            );
            return Err(invalid(if digits == 0 {
                format!("is not written in whole {currency}, without decimals (ISO 4217), like \"{example}\"")
            } else {
                format!("is not written with the {digits} decimals of {currency} (ISO 4217), like \"{example}\"")
            }));
        }
        let too_large = || invalid("is too large".into());
        let whole: u64 = whole.parse().map_err(|_| too_large())?;
        let fraction: u64 = match fraction {
            Some(f) => f.parse().map_err(|_| too_large())?,
            None => 0,
        };
        let minor_units = whole
            .checked_mul(currency.minor_units_per_unit())
            .and_then(|units| units.checked_add(fraction))
            .ok_or_else(too_large)?;
        Ok(Money::new(minor_units, currency))
    }
}

crate::text_serde::serde_as_text_or_legacy!(
    Money,
    RawMoney,
    Object,
    "an amount of money like \"4800.00 CNY\""
);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text_or_legacy(
            crate::text_serde::schema::text(
                "An amount of money: the amount with exactly the ISO 4217 decimals of the currency \
                 (2 for CNY and EUR, none for JPY, 3 for BHD), a space and the currency code.",
                "^(0|[1-9][0-9]*)(\\.[0-9]{1,4})? [A-Z]{3}$",
                "4800.00 CNY",
            ),
            RawMoney::json_schema(generator),
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

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Share {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Share".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::text_serde::schema::text(
            "A share from 0 % to 100 %: a percentage with at most one decimal.",
            "^[0-9]{1,4}(\\.[0-9])?%$",
            "12.5%",
        )
    }
}

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
