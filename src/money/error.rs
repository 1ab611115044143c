//! The error types of the money module, one per kind of failure so that each function returns
//! the narrowest one.

use super::Currency;

/// A currency code that this crate does not know.
///
/// Returned by [`Currency::from_iso_code`], [`Currency::from_iso_numeric`],
/// [`Currency::from_customs_code`] and `Currency`'s [`FromStr`](std::str::FromStr).
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, CurrencyError};
///
/// let err = "XYZ".parse::<Currency>().unwrap_err();
/// assert_eq!(err, CurrencyError::UnknownIsoCode { code: "XYZ".to_owned() });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CurrencyError {
    /// The text is not the ISO 4217 alphabetic code of a currency in [`Currency::ALL`].
    #[error(
        "unknown currency code `{code}`: expected a three-letter ISO 4217 code such as `CNY` or `USD`"
    )]
    UnknownIsoCode {
        /// The text that was given.
        code: String,
    },
    /// The number is not the ISO 4217 numeric code of a currency in [`Currency::ALL`].
    #[error(
        "unknown ISO 4217 numeric currency code {numeric}: expected e.g. 156 for CNY or 840 for USD"
    )]
    UnknownIsoNumeric {
        /// The number that was given.
        numeric: u16,
    },
    /// The text is not a China customs currency code (币制代码) of a current currency in
    /// [`Currency::ALL`]. The withdrawn pre-euro codes (304, 305, …) and 398 (清算瑞士法郎) of the
    /// customs table are deliberately not accepted.
    #[error(
        "unknown customs currency code `{code}`: expected a three-digit code of the customs table such as `142` (CNY) or `502` (USD)"
    )]
    UnknownCustomsCode {
        /// The text that was given.
        code: String,
    },
}

/// A failed operation on [`Money`](super::Money): the amounts were in different currencies or the
/// result does not fit in `i64` minor units.
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, Money, MoneyError};
///
/// let cny = Money::from_minor(100, Currency::CNY);
/// let usd = Money::from_minor(100, Currency::USD);
/// assert_eq!(
///     cny.checked_add(usd),
///     Err(MoneyError::CurrencyMismatch { left: Currency::CNY, right: Currency::USD })
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The two operands carry different currencies. Convert one of them first with an
    /// [`ExchangeRate`](super::ExchangeRate).
    #[error("currency mismatch: {left} and {right} cannot be combined without an exchange rate")]
    CurrencyMismatch {
        /// The currency of the left operand (`self`, or the money given to a converter).
        left: Currency,
        /// The currency of the right operand (or the currency the converter expects).
        right: Currency,
    },
    /// The exact result is outside the range of `i64` minor units (about ±92 trillion yuan).
    #[error("overflow in {operation}: the result does not fit in i64 minor units")]
    Overflow {
        /// The operation that overflowed, e.g. `"checked_add"`.
        operation: &'static str,
    },
}

/// Text that is not a money amount of the form `12.30 CNY`.
///
/// Returned by `Money`'s [`FromStr`](std::str::FromStr) and `TryFrom<&str>`.
///
/// # Examples
///
/// ```
/// use crossborder::money::{Currency, Money, ParseMoneyError};
///
/// let err = "12.345 CNY".parse::<Money>().unwrap_err();
/// assert_eq!(
///     err,
///     ParseMoneyError::TooManyDecimals {
///         text: "12.345 CNY".to_owned(),
///         currency: Currency::CNY,
///         max: 2,
///         found: 3,
///     }
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseMoneyError {
    /// The text is empty.
    #[error("empty money amount: expected an amount and an ISO 4217 code such as `12.30 CNY`")]
    Empty,
    /// The text does not follow the grammar `-?DIGITS(.DIGITS)? SPACE CODE`.
    #[error("invalid money amount `{text}` at byte {position}: expected {expected}")]
    Malformed {
        /// The whole text that was given.
        text: String,
        /// Byte offset of the first offending character (the text's length if something is
        /// missing at the end).
        position: usize,
        /// What was expected at that position.
        expected: &'static str,
    },
    /// The amount has more decimal places than the currency's minor unit. The amount is never
    /// rounded silently: round it explicitly with [`Money::from_decimal`](super::Money::from_decimal).
    #[error("`{text}` has {found} decimal places but {currency} allows at most {max}")]
    TooManyDecimals {
        /// The whole text that was given.
        text: String,
        /// The currency named in the text.
        currency: Currency,
        /// The currency's number of minor-unit digits (ISO 4217 exponent).
        max: u8,
        /// The number of decimal places in the text.
        found: usize,
    },
    /// The amount does not fit in `i64` minor units.
    #[error("`{text}` is outside the range of i64 minor units")]
    Overflow {
        /// The whole text that was given.
        text: String,
    },
    /// The currency code is not one this crate knows.
    #[error(transparent)]
    Currency(#[from] CurrencyError),
}

/// An invalid [`Rate`](super::Rate) or [`ExchangeRate`](super::ExchangeRate).
///
/// # Examples
///
/// ```
/// use crossborder::money::{Rate, RateError};
///
/// let err = "-9.1%".parse::<Rate>().unwrap_err();
/// assert!(matches!(err, RateError::Malformed { position: 0, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RateError {
    /// The text is empty.
    #[error("empty rate: expected a decimal such as `0.091` or a percentage such as `9.1%`")]
    Empty,
    /// A tax or percentage rate below zero.
    #[error("negative rate {value}: a rate must be zero or more")]
    Negative {
        /// The rejected value, as a decimal string.
        value: String,
    },
    /// An exchange rate that is zero or below.
    #[error("exchange rate {value} is not positive: expected a rate greater than zero")]
    NotPositive {
        /// The rejected value, as a decimal string.
        value: String,
    },
    /// An exchange rate from a currency to itself.
    #[error("exchange rate from {currency} to itself: expected two different currencies")]
    SameCurrency {
        /// The currency named on both sides.
        currency: Currency,
    },
    /// The text does not follow the expected grammar.
    #[error("invalid rate `{text}` at byte {position}: expected {expected}")]
    Malformed {
        /// The whole text that was given.
        text: String,
        /// Byte offset of the first offending character (the text's length if something is
        /// missing at the end).
        position: usize,
        /// What was expected at that position.
        expected: &'static str,
    },
    /// The number has more than 28 decimal places or more than 28 significant digits, the limits
    /// of a 96-bit `rust_decimal::Decimal`.
    #[error("`{text}` cannot be represented exactly: at most 28 decimal places and 28 digits")]
    Unrepresentable {
        /// The number that was given.
        text: String,
    },
    /// The exact result of an operation on rates cannot be represented as a 96-bit decimal with at
    /// most 28 decimal places.
    #[error("{operation} cannot be represented exactly as a decimal")]
    Overflow {
        /// The operation, e.g. `"Rate::checked_mul"`.
        operation: &'static str,
    },
    /// A currency code inside an exchange-rate text is not one this crate knows.
    #[error(transparent)]
    Currency(#[from] CurrencyError),
}

/// Text that is not the name of a [`Rounding`](super::Rounding) mode.
///
/// # Examples
///
/// ```
/// use crossborder::money::Rounding;
///
/// let err = "nearest".parse::<Rounding>().unwrap_err();
/// assert_eq!(err.text(), "nearest");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("unknown rounding mode `{text}`: expected `half_up`, `half_even`, `down` or `up`")]
pub struct ParseRoundingError {
    text: String,
}

impl ParseRoundingError {
    /// Builds the error from the rejected text (used by the strum derive of `Rounding`).
    pub(super) fn new(text: &str) -> Self {
        Self { text: text.to_owned() }
    }

    /// The text that was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rounding;
    ///
    /// assert_eq!("HalfUp".parse::<Rounding>().unwrap_err().text(), "HalfUp");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}
