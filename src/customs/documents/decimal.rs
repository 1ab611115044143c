//! [`CebDecimal`]: the `N19,5` amounts, quantities and weights of the CEB messages.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::FieldError;
use crate::money::{Currency, Money, MoneyError, Rounding};

/// An `N19,5` value of a CEB message: `xs:decimal` with `totalDigits=19` and
/// `fractionDigits=5` (XSD22; the specification writes `N19,5`), at least zero.
///
/// Used for every amount (`goodsValue`, `freight`, `discount`, `taxTotal`, `acturalPaid`,
/// `amountPaid`, `insuredFee`, `price`, `totalPrice`), quantity (`qty`, `qty1`, `qty2`) and
/// weight (`weight`, `grossWeight`, `netWeight`). The amounts are in the message's currency,
/// which the XSD fixes to `142` (人民币, CNY).
///
/// Rules, as the XSD states them for the value space: at most 5 digits after the decimal
/// point and at most 19 significant digits (trailing fraction zeros do not count:
/// `1.500000` is `1.5`). Negative values are refused: the XSD type would allow them, but none
/// of these fields has a meaning below zero (a discount is a positive amount that is
/// subtracted, 规范 表3-3).
///
/// The value is kept normalised (no trailing fraction zeros), so `==`, `Hash` and `Display`
/// agree: `"19050.00"` and `"19050"` are the same value and print as `19050`.
///
/// Arithmetic is left to [`rust_decimal::Decimal`] through [`as_decimal`](Self::as_decimal)
/// and its `checked_*` methods: a product such as `price × qty` may need more than five
/// decimals, and the match compares it exactly.
///
/// # Examples
///
/// ```
/// use crossborder::customs::CebDecimal;
///
/// let paid: CebDecimal = "19050.00".parse()?;
/// assert_eq!(paid.to_string(), "19050");
/// assert!("0.123456".parse::<CebDecimal>().is_err()); // six decimals
/// assert!("-1".parse::<CebDecimal>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct CebDecimal(Decimal);

/// 10^19: every mantissa must be below this (`totalDigits=19`).
const TOTAL_DIGITS_BOUND: u128 = 10_000_000_000_000_000_000;

impl CebDecimal {
    /// Zero.
    pub const ZERO: Self = Self(Decimal::ZERO);
    /// One (`packNo`-like counts, a quantity of one piece).
    pub const ONE: Self = Self(Decimal::ONE);
    /// The XSD `fractionDigits`.
    pub const MAX_FRACTION_DIGITS: u32 = 5;
    /// The XSD `totalDigits`.
    pub const MAX_TOTAL_DIGITS: u32 = 19;
    /// The element name used in errors when the caller has not named one.
    const ELEMENT: &'static str = "N19,5 decimal";

    /// Checks a decimal against `N19,5` and the sign rule.
    ///
    /// # Errors
    ///
    /// [`FieldError::Negative`], [`FieldError::TooManyDecimals`] or
    /// [`FieldError::TooManyDigits`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(CebDecimal::try_new(Decimal::new(1_905_000, 2))?.to_string(), "19050");
    /// assert!(CebDecimal::try_new(Decimal::new(1, 6)).is_err()); // 0.000001
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(value: Decimal) -> Result<Self, FieldError> {
        let value = value.normalize();
        if value.is_sign_negative() && !value.is_zero() {
            return Err(FieldError::Negative { element: Self::ELEMENT, found: value.to_string() });
        }
        if value.scale() > Self::MAX_FRACTION_DIGITS {
            return Err(FieldError::TooManyDecimals {
                element: Self::ELEMENT,
                found: value.to_string(),
                max: Self::MAX_FRACTION_DIGITS,
            });
        }
        if value.mantissa().unsigned_abs() >= TOTAL_DIGITS_BOUND {
            return Err(FieldError::TooManyDigits {
                element: Self::ELEMENT,
                found: value.to_string(),
                max: Self::MAX_TOTAL_DIGITS,
            });
        }
        // `-0` normalises to a zero with the sign bit set; store a plain zero.
        Ok(Self(if value.is_zero() { Decimal::ZERO } else { value }))
    }

    /// Parses the `xs:decimal` lexical form: optional `+` (or `-` for zero), digits, optional
    /// `.` and digits, at least one digit; surrounding whitespace is ignored (the XSD collapses
    /// it). No exponent, no thousands separators, no underscores.
    ///
    /// # Errors
    ///
    /// [`FieldError::NotADecimal`] for text that is not of that form, and the errors of
    /// [`try_new`](Self::try_new).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    ///
    /// assert_eq!(CebDecimal::parse("+.5")?.to_string(), "0.5");
    /// assert!(CebDecimal::parse("1e3").is_err());
    /// assert!(CebDecimal::parse("1_000").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let not_decimal =
            || FieldError::NotADecimal { element: Self::ELEMENT, found: text.to_owned() };
        let s = text.trim();
        let (negative, unsigned) = match s.as_bytes().first() {
            Some(b'+') => (false, s.get(1..).unwrap_or_default()),
            Some(b'-') => (true, s.get(1..).unwrap_or_default()),
            _ => (false, s),
        };
        let (int_part, frac_part) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        if int_part.is_empty() && frac_part.is_empty()
            || !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(not_decimal());
        }
        let int_part = int_part.trim_start_matches('0');
        let frac_part = frac_part.trim_end_matches('0');
        let shown = || {
            let mut v = String::with_capacity(unsigned.len().saturating_add(2));
            if negative {
                v.push('-');
            }
            v.push_str(if int_part.is_empty() { "0" } else { int_part });
            if !frac_part.is_empty() {
                v.push('.');
                v.push_str(frac_part);
            }
            v
        };
        let digits = int_part.len().saturating_add(frac_part.len());
        if digits == 0 {
            return Ok(Self::ZERO);
        }
        if negative {
            return Err(FieldError::Negative { element: Self::ELEMENT, found: shown() });
        }
        if frac_part.len() > Self::MAX_FRACTION_DIGITS as usize {
            return Err(FieldError::TooManyDecimals {
                element: Self::ELEMENT,
                found: shown(),
                max: Self::MAX_FRACTION_DIGITS,
            });
        }
        // Leading zeros of the fraction (0.00012) are not significant.
        let significant =
            if int_part.is_empty() { frac_part.trim_start_matches('0').len() } else { digits };
        if significant > Self::MAX_TOTAL_DIGITS as usize {
            return Err(FieldError::TooManyDigits {
                element: Self::ELEMENT,
                found: shown(),
                max: Self::MAX_TOTAL_DIGITS,
            });
        }
        // At most 19 significant digits: the mantissa fits in u64.
        let mantissa = int_part
            .bytes()
            .chain(frac_part.bytes())
            .try_fold(0u64, |m, b| m.checked_mul(10)?.checked_add(u64::from(b.wrapping_sub(b'0'))))
            .ok_or_else(not_decimal)?;
        // frac_part.len() <= 5 here.
        let scale = u32::try_from(frac_part.len()).map_err(|_| not_decimal())?;
        let value = Decimal::try_from_i128_with_scale(i128::from(mantissa), scale)
            .map_err(|_| not_decimal())?;
        Ok(Self(value.normalize()))
    }

    /// The value as a [`Decimal`], for exact arithmetic with its `checked_*` methods.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    /// use rust_decimal::Decimal;
    ///
    /// let price: CebDecimal = "0.33333".parse()?;
    /// let qty: CebDecimal = "3".parse()?;
    /// let total = price.as_decimal().checked_mul(qty.as_decimal());
    /// assert_eq!(total, Some(Decimal::new(99_999, 5)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn as_decimal(self) -> Decimal {
        self.0
    }

    /// Whether the value is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    ///
    /// assert!(CebDecimal::ZERO.is_zero());
    /// ```
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The amount as CNY money (the CEB currency `142`), rounded to the fen (分) with
    /// `rounding` when it has more than two decimals. Use [`Rounding::HalfUp`] (四舍五入)
    /// unless a rule names another.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] if the amount does not fit in `i64` fen (above about
    /// 92 trillion yuan; the `N19,5` range reaches 10^14 yuan).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    /// use crossborder::money::Rounding;
    ///
    /// let paid: CebDecimal = "199.995".parse()?;
    /// assert_eq!(paid.to_cny(Rounding::HalfUp)?.to_string(), "200.00 CNY");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_cny(self, rounding: Rounding) -> Result<Money, MoneyError> {
        Money::from_decimal(self.0, Currency::CNY, rounding)
    }

    /// The amount of a CNY [`Money`] as an `N19,5` value, exactly.
    ///
    /// # Errors
    ///
    /// [`FieldError::UnknownCode`] if the money is not in CNY (the CEB currency is fixed to
    /// `142`); [`FieldError::Negative`] if it is negative.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::customs::CebDecimal;
    /// use crossborder::money::{Currency, Money};
    ///
    /// let m = Money::from_minor(1_905_050, Currency::CNY);
    /// assert_eq!(CebDecimal::from_cny(m)?.to_string(), "19050.5");
    /// assert!(CebDecimal::from_cny(Money::from_minor(1, Currency::USD)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_cny(money: Money) -> Result<Self, FieldError> {
        if money.currency() != Currency::CNY {
            return Err(FieldError::UnknownCode {
                element: "currency",
                found: money.currency().iso_code().to_owned(),
                expected: "CNY (customs code 142)",
            });
        }
        Self::try_new(money.to_decimal())
    }
}

impl fmt::Debug for CebDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CebDecimal({})", self.0)
    }
}

impl fmt::Display for CebDecimal {
    /// The canonical form: no exponent, no trailing fraction zeros (`19050`, `0.5`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for CebDecimal {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for CebDecimal {
    type Error = FieldError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::parse(s)
    }
}

impl TryFrom<String> for CebDecimal {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl TryFrom<Decimal> for CebDecimal {
    type Error = FieldError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Self::try_new(value)
    }
}

impl From<CebDecimal> for String {
    fn from(value: CebDecimal) -> Self {
        value.to_string()
    }
}

impl From<CebDecimal> for Decimal {
    fn from(value: CebDecimal) -> Self {
        value.0
    }
}

impl From<u32> for CebDecimal {
    /// Every `u32` is a valid `N19,5` value (10 digits).
    fn from(value: u32) -> Self {
        Self(Decimal::from(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_forms() {
        assert_eq!(CebDecimal::parse("19050").map(|d| d.to_string()), Ok("19050".to_owned()));
        assert_eq!(CebDecimal::parse(" 0.50 ").map(|d| d.to_string()), Ok("0.5".to_owned()));
        assert_eq!(CebDecimal::parse("5.").map(|d| d.to_string()), Ok("5".to_owned()));
        assert_eq!(CebDecimal::parse("-0.000"), Ok(CebDecimal::ZERO));
        assert_eq!(
            CebDecimal::parse("000.00001").map(CebDecimal::as_decimal),
            Ok(Decimal::new(1, 5))
        );
        for bad in ["", ".", "+", "-", "1.2.3", "1,000", "1e5", " 1 2", "0x10", "１"] {
            assert!(
                matches!(CebDecimal::parse(bad), Err(FieldError::NotADecimal { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn digit_limits() {
        // 19 significant digits: 14 integer + 5 fraction.
        assert!(CebDecimal::parse("99999999999999.99999").is_ok());
        assert!(CebDecimal::parse("9999999999999999999").is_ok()); // 19 integer digits
        assert_eq!(
            CebDecimal::parse("10000000000000000000"),
            Err(FieldError::TooManyDigits {
                element: "N19,5 decimal",
                found: "10000000000000000000".to_owned(),
                max: 19
            })
        );
        assert!(CebDecimal::parse("0.000010").is_ok()); // trailing zero not significant
        assert!(matches!(
            CebDecimal::parse("0.000001"),
            Err(FieldError::TooManyDecimals { max: 5, .. })
        ));
        assert!(matches!(CebDecimal::parse("-1"), Err(FieldError::Negative { .. })));
    }

    #[test]
    fn try_new_agrees_with_parse() {
        assert_eq!(CebDecimal::try_new(Decimal::new(150, 2)), CebDecimal::parse("1.5"));
        assert!(CebDecimal::try_new(Decimal::new(-1, 0)).is_err());
        assert!(CebDecimal::try_new(Decimal::MAX).is_err());
        assert_eq!(CebDecimal::try_new(Decimal::new(-0, 3)), Ok(CebDecimal::ZERO));
    }
}
