//! Exact money (金额): amounts in whole minor units (最小货币单位, e.g. 分 fen) of a
//! [`Currency`] (货币/币制), decimal tax rates (税率), explicit rounding (舍入, 四舍五入 by
//! default) and exchange rates (汇率) for converting foreign prices into yuan.
//!
//! # Model
//!
//! - A [`Money`] is an `i64` count of minor units plus its [`Currency`]: `12.30 CNY` is 1230 fen.
//!   Every `i64` is a valid amount, so the amount itself can never carry more decimals than the
//!   currency has (ISO 4217 minor unit: 2 for CNY/USD/EUR, 0 for JPY/KRW).
//! - A [`Rate`] (e.g. the CBEC VAT rate 9.1% = 13% × 70%) and an [`ExchangeRate`] are
//!   `rust_decimal::Decimal`s. Products are computed **exactly** and then turned back into money by
//!   one rounding rule that the caller names with [`Rounding`]: [`Money::from_decimal`] is the
//!   public door from a decimal to money, and [`Money::checked_mul_rate`] and
//!   [`ExchangeRate::convert`] give exactly `from_decimal(exact product)`.
//! - Arithmetic is checked: overflow and mixing currencies are typed errors ([`MoneyError`]),
//!   never a panic, a wrap or a silent conversion. There is no binary floating point anywhere.
//!
//! # Rules and sources
//!
//! - **Currency codes.** ISO 4217 for the alphabetic and numeric codes and the minor unit. China
//!   customs messages (CEB 报文) use the customs currency code of 《JGS-20 海关业务代码集》 instead
//!   (CNY is `142` there, ISO numeric 156; USD `502`; JPY `116`), taken from the customs
//!   "通关参数查询" table `zfs_table_bz` (PARAM18 scrape). KRW has no customs code in that table
//!   and none is invented: [`Currency::customs_code`] returns `None`.
//! - **Currency conversion.** 海关总署令第272号《中华人民共和国海关进出口货物征税管理办法》
//!   第十三条: a foreign-currency price is converted at the 计征汇率 and the result is computed
//!   "四舍五入法计算至分" (half-up to the fen). [`ExchangeRate::convert`] does exactly that; the
//!   choice of the day's rate (the CFETS central parity of the third Wednesday of the previous
//!   month) is the caller's.
//! - **Tax rounding.** No official text fixes the rounding of CBEC tax components; public
//!   implementations and the customs tax bill (CEB816) round each payable component half-up
//!   (四舍五入) to 0.01 yuan. [`Rounding::HalfUp`] is therefore the default, and
//!   [`Rounding::HalfEven`] is available where a counterparty uses banker's rounding.
//!
//! # Examples
//!
//! The VAT part of the CBEC composite tax (跨境电商综合税) on a 100.00 yuan order at
//! 13% × 70% = 9.1%, and a US price converted at a monthly customs rate:
//!
//! ```
//! use crossborder::money::{Currency, ExchangeRate, Money, Rate, Rounding};
//!
//! let price: Money = "100.00 CNY".parse()?;
//! let vat_rate: Rate = "9.1%".parse()?;
//! let vat = price.checked_mul_rate(vat_rate, Rounding::HalfUp)?;
//! assert_eq!(vat.to_string(), "9.10 CNY");
//!
//! let usd: ExchangeRate = "1 USD = 7.1234 CNY".parse()?;
//! // 19.99 × 7.1234 = 142.396766 → 142.40 (四舍五入至分)
//! let yuan = usd.convert("19.99 USD".parse()?)?;
//! assert_eq!(yuan, Money::from_minor(14_240, Currency::CNY));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![warn(clippy::arithmetic_side_effects)]

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

/// Serde through `Display` and `FromStr`: the string form is the only wire form, and
/// deserializing runs the same validator as parsing.
macro_rules! serde_via_str {
    ($ty:ty, $expecting:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}

mod currency;
mod error;
mod exchange;
mod rate;
mod rounding;
mod scan;

pub use currency::Currency;
pub use error::{CurrencyError, MoneyError, ParseMoneyError, ParseRoundingError, RateError};
pub use exchange::ExchangeRate;
pub use rate::Rate;
pub use rounding::Rounding;

/// An exact amount of money (金额): a whole number of minor units (e.g. 分) of one [`Currency`].
///
/// - Built with [`Money::from_minor`] (infallible), [`Money::zero`], [`Money::from_major`],
///   [`Money::from_decimal`] (the one conversion from a decimal, with a named [`Rounding`]) or
///   [`FromStr`] (`"12.30 CNY"`).
/// - [`Display`](fmt::Display) prints exactly as many decimals as the currency's minor unit,
///   one space and the ISO code: `12.30 CNY`, `-0.05 USD`, `1200 JPY`. It round-trips through
///   `FromStr`, and serde uses the same string.
/// - Arithmetic is `checked_*` only and returns [`MoneyError`] on overflow or mixed currencies.
///
/// **No `PartialOrd`/`Ord`.** Comparing 1 CNY with 1 USD has no meaning, and a `PartialOrd` that
/// answers `None` makes `a < b` silently `false`. Use [`Money::checked_cmp`], which returns an
/// error for mixed currencies. Equality (`==`) compares currency and amount.
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, Money};
///
/// let a: Money = "12.3 CNY".parse()?; // fewer decimals than the minor unit are fine
/// assert_eq!(a.minor(), 1230);
/// assert_eq!(a.to_string(), "12.30 CNY");
/// let b = Money::from_major(5, Currency::CNY)?;
/// assert_eq!(a.checked_add(b)?.to_string(), "17.30 CNY");
/// assert!("12.345 CNY".parse::<Money>().is_err()); // never rounded silently
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    /// The amount `minor` minor units of `currency` (1230 CNY minor units is 12.30 CNY).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert_eq!(Money::from_minor(-5, Currency::USD).to_string(), "-0.05 USD");
    /// assert_eq!(Money::from_minor(1200, Currency::JPY).to_string(), "1200 JPY");
    /// ```
    pub const fn from_minor(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// Zero in `currency`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert!(Money::zero(Currency::CNY).is_zero());
    /// ```
    pub const fn zero(currency: Currency) -> Self {
        Self { minor: 0, currency }
    }

    /// The amount `major` whole units (元, dollars, yen) of `currency`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] if `major` times 10^minor units does not fit in `i64`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert_eq!(Money::from_major(5000, Currency::CNY)?.minor(), 500_000);
    /// assert_eq!(Money::from_major(5000, Currency::JPY)?.minor(), 5000);
    /// assert!(Money::from_major(i64::MAX, Currency::CNY).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_major(major: i64, currency: Currency) -> Result<Self, MoneyError> {
        10_i64
            .checked_pow(u32::from(currency.minor_units()))
            .and_then(|unit| major.checked_mul(unit))
            .map(|minor| Self { minor, currency })
            .ok_or(MoneyError::Overflow { operation: "Money::from_major" })
    }

    /// Turns a decimal amount of `currency`'s major unit into money, rounding to the minor unit
    /// with `rounding`. This is the one function that turns a decimal back into money; the rate
    /// products of this module are defined as this function applied to their exact result.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] if the rounded amount does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money, Rounding};
    /// use rust_decimal::Decimal;
    ///
    /// let tax = Decimal::new(142_396_766, 6); // 142.396766
    /// let m = Money::from_decimal(tax, Currency::CNY, Rounding::HalfUp)?;
    /// assert_eq!(m.to_string(), "142.40 CNY");
    /// let yen = Money::from_decimal(Decimal::new(-25, 1), Currency::JPY, Rounding::HalfUp)?;
    /// assert_eq!(yen.to_string(), "-3 JPY"); // half away from zero
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_decimal(
        amount: Decimal,
        currency: Currency,
        rounding: Rounding,
    ) -> Result<Self, MoneyError> {
        let mantissa = amount.mantissa();
        rounding::shift_scale(
            mantissa.unsigned_abs(),
            amount.scale(),
            i32::from(currency.minor_units()),
        )
        .and_then(|(m, s)| rounding::round_scaled(mantissa < 0, 1, m, s, rounding))
        .map(|minor| Self { minor, currency })
        .ok_or(MoneyError::Overflow { operation: "Money::from_decimal" })
    }

    /// The amount in minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert_eq!("12.30 CNY".parse::<Money>()?.minor(), 1230);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn minor(self) -> i64 {
        self.minor
    }

    /// The currency.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert_eq!("1 usd".parse::<Money>()?.currency(), Currency::USD);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The amount in major units as an exact decimal whose scale is the currency's minor units
    /// (`12.30 CNY` → `12.30`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!("12.30 CNY".parse::<Money>()?.to_decimal(), Decimal::new(1230, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_decimal(self) -> Decimal {
        // The scale is a currency's minor units (at most 2 here, ISO 4217 at most 4), far below
        // `Decimal::new`'s limit of 28, so this cannot panic.
        Decimal::new(self.minor, u32::from(self.currency.minor_units()))
    }

    /// Whether the amount is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// assert!(Money::from_minor(0, Currency::JPY).is_zero());
    /// ```
    pub const fn is_zero(self) -> bool {
        self.minor == 0
    }

    /// Whether the amount is below zero (a refund, a credit).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert!("-0.01 CNY".parse::<Money>()?.is_negative());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_negative(self) -> bool {
        self.minor < 0
    }

    /// Whether the amount is above zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert!("0.01 CNY".parse::<Money>()?.is_positive());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_positive(self) -> bool {
        self.minor > 0
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }

    fn with_minor(self, minor: Option<i64>, operation: &'static str) -> Result<Money, MoneyError> {
        minor
            .map(|minor| Money { minor, currency: self.currency })
            .ok_or(MoneyError::Overflow { operation })
    }

    /// `self + other`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::CurrencyMismatch`] if the currencies differ (checked first);
    /// [`MoneyError::Overflow`] if the sum does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// let a: Money = "0.10 CNY".parse()?;
    /// let b: Money = "0.20 CNY".parse()?;
    /// assert_eq!(a.checked_add(b)?.to_string(), "0.30 CNY"); // exact, unlike 0.1 + 0.2 in f64
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.with_minor(self.minor.checked_add(other.minor), "Money::checked_add")
    }

    /// `self - other`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::CurrencyMismatch`] if the currencies differ (checked first);
    /// [`MoneyError::Overflow`] if the difference does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// let paid: Money = "100.00 CNY".parse()?;
    /// let discount: Money = "100.05 CNY".parse()?;
    /// assert_eq!(paid.checked_sub(discount)?.to_string(), "-0.05 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.with_minor(self.minor.checked_sub(other.minor), "Money::checked_sub")
    }

    /// `-self`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] for `i64::MIN` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert_eq!("1.50 EUR".parse::<Money>()?.checked_neg()?.to_string(), "-1.50 EUR");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_neg(self) -> Result<Money, MoneyError> {
        self.with_minor(self.minor.checked_neg(), "Money::checked_neg")
    }

    /// `|self|`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] for `i64::MIN` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert_eq!("-1.50 EUR".parse::<Money>()?.checked_abs()?.to_string(), "1.50 EUR");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_abs(self) -> Result<Money, MoneyError> {
        self.with_minor(self.minor.checked_abs(), "Money::checked_abs")
    }

    /// `self × factor` for a whole number (a quantity of identical items).
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] if the product does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Money;
    ///
    /// assert_eq!("19.99 USD".parse::<Money>()?.checked_mul_int(3)?.to_string(), "59.97 USD");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_mul_int(self, factor: i64) -> Result<Money, MoneyError> {
        self.with_minor(self.minor.checked_mul(factor), "Money::checked_mul_int")
    }

    /// `self × rate`, computed exactly and rounded once to the minor unit with `rounding`: the
    /// same result as [`Money::from_decimal`] applied to the exact product (no intermediate
    /// decimal that could overflow or lose digits).
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] if the rounded product does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Money, Rate, Rounding};
    ///
    /// // CBEC VAT 9.1% on 123.45 yuan: 123.45 × 0.091 = 11.23395 → 11.23
    /// let price: Money = "123.45 CNY".parse()?;
    /// let vat = price.checked_mul_rate("9.1%".parse::<Rate>()?, Rounding::HalfUp)?;
    /// assert_eq!(vat.to_string(), "11.23 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_mul_rate(self, rate: Rate, rounding: Rounding) -> Result<Money, MoneyError> {
        let rate = rate.as_decimal();
        let minor = u128::try_from(rate.mantissa()).ok().and_then(|m| {
            rounding::round_scaled(
                self.minor < 0,
                self.minor.unsigned_abs(),
                m,
                rate.scale(),
                rounding,
            )
        });
        self.with_minor(minor, "Money::checked_mul_rate")
    }

    /// The sum of `amounts`, all in `currency`; zero for an empty iterator.
    ///
    /// # Errors
    ///
    /// [`MoneyError::CurrencyMismatch`] at the first amount in another currency (`left` is
    /// `currency`); [`MoneyError::Overflow`] if a partial sum does not fit in `i64` minor units.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::{Currency, Money};
    ///
    /// let lines = ["9.10 CNY", "0.85 CNY", "12.00 CNY"]
    ///     .iter()
    ///     .map(|s| s.parse::<Money>())
    ///     .collect::<Result<Vec<_>, _>>()?;
    /// assert_eq!(Money::checked_sum(Currency::CNY, lines)?.to_string(), "21.95 CNY");
    /// assert!(Money::checked_sum(Currency::CNY, [])?.is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_sum<I>(currency: Currency, amounts: I) -> Result<Money, MoneyError>
    where
        I: IntoIterator<Item = Money>,
    {
        amounts.into_iter().try_fold(Money::zero(currency), Money::checked_add)
    }

    /// Compares two amounts of the same currency.
    ///
    /// # Errors
    ///
    /// [`MoneyError::CurrencyMismatch`] if the currencies differ.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use crossborder::money::Money;
    ///
    /// let limit: Money = "5000.00 CNY".parse()?;
    /// let order: Money = "4999.99 CNY".parse()?;
    /// assert_eq!(order.checked_cmp(limit)?, Ordering::Less);
    /// assert!(order.checked_cmp("1.00 USD".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_cmp(self, other: Money) -> Result<Ordering, MoneyError> {
        self.same_currency(other)?;
        Ok(self.minor.cmp(&other.minor))
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Money({self})")
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Decimal`'s Display keeps the scale, so 1230 at scale 2 prints "12.30".
        write!(f, "{} {}", self.to_decimal(), self.currency)
    }
}

/// Parses `AMOUNT CODE`: an optional `-`, digits, optionally `.` and at most the currency's
/// minor-unit digits, exactly one space and a three-letter ISO 4217 code (any ASCII case).
/// Fewer decimals than the minor unit are accepted (`12.3 CNY` = 12.30 CNY). Rejected with a
/// typed error: the code-first form `CNY 12.30`, `+`, exponents, thousand separators, surrounding
/// or repeated spaces, more decimals than the minor unit (never rounded) and amounts outside `i64`
/// minor units.
impl FromStr for Money {
    type Err = ParseMoneyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(ParseMoneyError::Empty);
        }
        let malformed = |position, expected| ParseMoneyError::Malformed {
            text: s.to_owned(),
            position,
            expected,
        };
        let number = scan::number(s, true).map_err(|(pos, exp)| malformed(pos, exp))?;
        if s.as_bytes().get(number.end) != Some(&b' ') {
            let expected = if number.frac.is_some() {
                "a digit or one space followed by the currency code"
            } else {
                "a digit, `.` or one space followed by the currency code"
            };
            return Err(malformed(number.end, expected));
        }
        let code_start = number.end.saturating_add(1);
        let code = s.get(code_start..).unwrap_or_default();
        let letters = code.bytes().take_while(u8::is_ascii_alphabetic).count();
        if letters < 3 {
            return Err(malformed(
                code_start.saturating_add(letters),
                "a letter of the three-letter ISO 4217 currency code",
            ));
        }
        if code.len() > 3 {
            return Err(malformed(
                code_start.saturating_add(3),
                "the end of the text after the currency code",
            ));
        }
        let currency = Currency::from_iso_code(code)?;
        let frac = number.frac.unwrap_or_default();
        let max = currency.minor_units();
        if frac.len() > usize::from(max) {
            return Err(ParseMoneyError::TooManyDecimals {
                text: s.to_owned(),
                currency,
                max,
                found: frac.len(),
            });
        }
        let overflow = || ParseMoneyError::Overflow { text: s.to_owned() };
        let padding = usize::from(max).saturating_sub(frac.len());
        let digits =
            number.int.bytes().chain(frac.bytes()).chain(std::iter::repeat_n(b'0', padding));
        let mut magnitude: u64 = 0;
        for digit in digits {
            magnitude = magnitude
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(digit.saturating_sub(b'0'))))
                .ok_or_else(overflow)?;
        }
        let minor = if number.negative {
            0_i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
        minor.map(|minor| Money { minor, currency }).ok_or_else(overflow)
    }
}

impl TryFrom<&str> for Money {
    type Error = ParseMoneyError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_via_str!(Money, "a money amount such as `12.30 CNY`");

#[cfg(test)]
mod tests {
    use super::*;

    fn cny(minor: i64) -> Money {
        Money::from_minor(minor, Currency::CNY)
    }

    #[test]
    fn display_has_exactly_the_minor_digits() {
        assert_eq!(cny(1230).to_string(), "12.30 CNY");
        assert_eq!(cny(0).to_string(), "0.00 CNY");
        assert_eq!(cny(-5).to_string(), "-0.05 CNY");
        assert_eq!(Money::from_minor(-5, Currency::USD).to_string(), "-0.05 USD");
        assert_eq!(Money::from_minor(1200, Currency::JPY).to_string(), "1200 JPY");
        assert_eq!(cny(i64::MIN).to_string(), "-92233720368547758.08 CNY");
        assert_eq!(cny(i64::MAX).to_string(), "92233720368547758.07 CNY");
    }

    #[test]
    fn parses_valid_forms() {
        let ok = |s: &str| s.parse::<Money>().unwrap();
        assert_eq!(ok("12.30 CNY"), cny(1230));
        assert_eq!(ok("12.3 CNY"), cny(1230));
        assert_eq!(ok("12 cny"), cny(1200));
        assert_eq!(ok("-0.05 CNY"), cny(-5));
        assert_eq!(ok("-0 CNY"), cny(0));
        assert_eq!(ok("007.50 CNY"), cny(750));
        assert_eq!(ok("1200 JPY"), Money::from_minor(1200, Currency::JPY));
        assert_eq!(ok("-92233720368547758.08 CNY"), cny(i64::MIN));
        assert_eq!(ok("92233720368547758.07 CNY"), cny(i64::MAX));
    }

    #[test]
    fn rejects_with_position() {
        let pos = |s: &str| match s.parse::<Money>() {
            Err(ParseMoneyError::Malformed { text, position, .. }) => {
                assert_eq!(text, s);
                position
            }
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(pos("CNY 12.30"), 0);
        assert_eq!(pos("+1 CNY"), 0);
        assert_eq!(pos(" 1 CNY"), 0);
        assert_eq!(pos("-"), 1);
        assert_eq!(pos("1e3 CNY"), 1);
        assert_eq!(pos("1,000.00 CNY"), 1);
        assert_eq!(pos("1 000 CNY"), 2);
        assert_eq!(pos("12. CNY"), 3);
        assert_eq!(pos(".5 CNY"), 0);
        assert_eq!(pos("12.30"), 5);
        assert_eq!(pos("12.30CNY"), 5);
        assert_eq!(pos("12.30  CNY"), 6);
        assert_eq!(pos("12.30 CN"), 8);
        assert_eq!(pos("12.30 CNY "), 9);
        assert_eq!(pos("12.30 人民币"), 6);
        assert_eq!("".parse::<Money>(), Err(ParseMoneyError::Empty));
    }

    #[test]
    fn rejects_extra_decimals_unknown_codes_and_overflow() {
        assert_eq!(
            "1200.0 JPY".parse::<Money>(),
            Err(ParseMoneyError::TooManyDecimals {
                text: "1200.0 JPY".to_owned(),
                currency: Currency::JPY,
                max: 0,
                found: 1
            })
        );
        assert_eq!(
            "1 XYZ".parse::<Money>(),
            Err(ParseMoneyError::Currency(CurrencyError::UnknownIsoCode { code: "XYZ".into() }))
        );
        for s in
            ["92233720368547758.08 CNY", "-92233720368547758.09 CNY", "99999999999999999999999 JPY"]
        {
            assert_eq!(s.parse::<Money>(), Err(ParseMoneyError::Overflow { text: s.to_owned() }));
        }
    }

    #[test]
    fn arithmetic_errors_are_distinct() {
        let usd = Money::from_minor(1, Currency::USD);
        let mismatch = MoneyError::CurrencyMismatch { left: Currency::CNY, right: Currency::USD };
        assert_eq!(cny(1).checked_add(usd), Err(mismatch.clone()));
        assert_eq!(cny(1).checked_sub(usd), Err(mismatch.clone()));
        assert_eq!(cny(1).checked_cmp(usd), Err(mismatch));
        assert_eq!(
            cny(i64::MAX).checked_add(cny(1)),
            Err(MoneyError::Overflow { operation: "Money::checked_add" })
        );
        assert_eq!(
            cny(i64::MIN).checked_sub(cny(1)),
            Err(MoneyError::Overflow { operation: "Money::checked_sub" })
        );
        assert!(cny(i64::MIN).checked_neg().is_err());
        assert!(cny(i64::MIN).checked_abs().is_err());
        assert!(cny(i64::MAX).checked_mul_int(2).is_err());
        assert_eq!(cny(-7).checked_mul_int(-3), Ok(cny(21)));
        assert_eq!(
            Money::checked_sum(Currency::CNY, [cny(1), usd]),
            Err(MoneyError::CurrencyMismatch { left: Currency::CNY, right: Currency::USD })
        );
    }

    #[test]
    fn from_decimal_rounds_once() {
        let d = |m, s| Decimal::new(m, s);
        let f = |x, r| Money::from_decimal(x, Currency::CNY, r).unwrap().minor();
        assert_eq!(f(d(125, 3), Rounding::HalfUp), 13);
        assert_eq!(f(d(125, 3), Rounding::HalfEven), 12);
        assert_eq!(f(d(-125, 3), Rounding::HalfUp), -13);
        assert_eq!(f(d(-125, 3), Rounding::HalfEven), -12);
        // 0.12499999 must not be rounded to 0.125 first and then up.
        assert_eq!(f(d(12_499_999, 8), Rounding::HalfUp), 12);
        assert_eq!(f(d(7, 0), Rounding::HalfUp), 700);
        assert_eq!(
            Money::from_decimal(Decimal::MAX, Currency::CNY, Rounding::HalfUp),
            Err(MoneyError::Overflow { operation: "Money::from_decimal" })
        );
    }

    #[test]
    fn mul_rate_worked_cases() {
        let rate = |s: &str| s.parse::<Rate>().unwrap();
        // 100.00 × 0.091 = 9.10
        assert_eq!(cny(10_000).checked_mul_rate(rate("9.1%"), Rounding::HalfUp), Ok(cny(910)));
        // 1.25 × 0.1 = 0.125 → 0.13 half-up, 0.12 half-even
        assert_eq!(cny(125).checked_mul_rate(rate("0.1"), Rounding::HalfUp), Ok(cny(13)));
        assert_eq!(cny(125).checked_mul_rate(rate("0.1"), Rounding::HalfEven), Ok(cny(12)));
        assert_eq!(cny(-125).checked_mul_rate(rate("0.1"), Rounding::HalfUp), Ok(cny(-13)));
        assert_eq!(cny(i64::MAX).checked_mul_rate(Rate::ONE, Rounding::HalfUp), Ok(cny(i64::MAX)));
        assert_eq!(cny(i64::MIN).checked_mul_rate(Rate::ONE, Rounding::HalfUp), Ok(cny(i64::MIN)));
        assert_eq!(cny(i64::MIN).checked_mul_rate(Rate::ZERO, Rounding::HalfUp), Ok(cny(0)));
        assert_eq!(
            cny(i64::MAX).checked_mul_rate(rate("1.01"), Rounding::HalfUp),
            Err(MoneyError::Overflow { operation: "Money::checked_mul_rate" })
        );
    }
}
