//! Tax and percentage rates (税率): exact, non-negative decimals.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::{RateError, scan};

/// A non-negative rate (税率, 比例) such as a VAT rate, a consumption-tax rate or the 70% CBEC
/// reduction factor, held exactly as a `rust_decimal::Decimal`.
///
/// - Built with [`Rate::try_new`], [`Rate::from_percent`], the consts [`Rate::ZERO`] and
///   [`Rate::ONE`], or [`FromStr`], which takes a plain decimal (`0.091`) or a percentage
///   (`9.1%`). No sign, exponent, separator or space is accepted.
/// - The value is normalised (no trailing zeros), so [`Display`](fmt::Display) prints the
///   canonical plain decimal (`0.091`) and round-trips; serde uses the same string.
/// - Rates compare by value (`Ord`).
///
/// Money is multiplied by a rate with [`Money::checked_mul_rate`](super::Money::checked_mul_rate).
///
/// # Examples
///
/// ```
/// use crossborder::money::Rate;
///
/// // CBEC VAT: 13% × 70% = 9.1% (财关税〔2016〕18号, rates since 2019-04-01)
/// let vat: Rate = "13%".parse()?;
/// let cbec: Rate = "0.7".parse()?;
/// assert_eq!(vat.checked_mul(cbec)?, "9.1%".parse()?);
/// assert_eq!(vat.checked_mul(cbec)?.to_string(), "0.091");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(Decimal);

impl Rate {
    /// The rate 0 (0%).
    pub const ZERO: Rate = Rate(Decimal::ZERO);
    /// The rate 1 (100%).
    pub const ONE: Rate = Rate(Decimal::ONE);

    /// A rate from a decimal fraction (`0.091` for 9.1%).
    ///
    /// # Errors
    ///
    /// [`RateError::Negative`] if `value` is below zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rate;
    /// use rust_decimal::Decimal;
    ///
    /// let r = Rate::try_new(Decimal::new(910, 4))?; // 0.0910
    /// assert_eq!(r.to_string(), "0.091");
    /// assert!(Rate::try_new(Decimal::new(-1, 2)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(value: Decimal) -> Result<Self, RateError> {
        if value.is_zero() {
            Ok(Self::ZERO)
        } else if value.is_sign_negative() {
            Err(RateError::Negative { value: value.to_string() })
        } else {
            Ok(Self(value.normalize()))
        }
    }

    /// A rate from a percentage (`9.1` for 9.1% = 0.091), exactly.
    ///
    /// # Errors
    ///
    /// [`RateError::Negative`] if `percent` is below zero; [`RateError::Unrepresentable`] if the
    /// fraction would need more than 28 decimal places.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rate;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!(Rate::from_percent(Decimal::new(91, 1))?.to_string(), "0.091");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_percent(percent: Decimal) -> Result<Self, RateError> {
        let scale = percent.scale().saturating_add(2);
        let fraction = Decimal::try_from_i128_with_scale(percent.mantissa(), scale)
            .map_err(|_| RateError::Unrepresentable { text: format!("{percent}%") })?;
        Self::try_new(fraction)
    }

    /// The rate as a decimal fraction (`0.091`).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rate;
    /// use rust_decimal::Decimal;
    ///
    /// assert_eq!("9.1%".parse::<Rate>()?.as_decimal(), Decimal::new(91, 3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn as_decimal(self) -> Decimal {
        self.0
    }

    /// Whether the rate is zero (e.g. the 0% CBEC duty).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rate;
    ///
    /// assert!("0%".parse::<Rate>()?.is_zero());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// `self × other`, exactly (e.g. a statutory rate times the 70% CBEC factor).
    ///
    /// # Errors
    ///
    /// [`RateError::Overflow`] if the exact product does not fit a 96-bit decimal with at most
    /// 28 decimal places (it is never rounded).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::money::Rate;
    ///
    /// let ct: Rate = "15%".parse()?; // cosmetics consumption tax
    /// assert_eq!(ct.checked_mul("0.7".parse()?)?.to_string(), "0.105");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_mul(self, other: Rate) -> Result<Rate, RateError> {
        let overflow = RateError::Overflow { operation: "Rate::checked_mul" };
        let (Ok(a), Ok(b)) =
            (u128::try_from(self.0.mantissa()), u128::try_from(other.0.mantissa()))
        else {
            return Err(overflow);
        };
        let mut product = a.checked_mul(b).ok_or_else(|| overflow.clone())?;
        let mut scale = self.0.scale().saturating_add(other.0.scale());
        // Drop trailing zeros while the scale is beyond what a Decimal holds; exact.
        while scale > 28 && product.checked_rem(10) == Some(0) && product != 0 {
            product = product.checked_div(10).unwrap_or_default();
            scale = scale.saturating_sub(1);
        }
        let product = i128::try_from(product).map_err(|_| overflow.clone())?;
        Decimal::try_from_i128_with_scale(product, scale)
            .map_err(|_| overflow)
            .and_then(Self::try_new)
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Parses a plain decimal (`0.091`) or a percentage (`9.1%`).
impl FromStr for Rate {
    type Err = RateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(RateError::Empty);
        }
        let malformed =
            |position, expected| RateError::Malformed { text: s.to_owned(), position, expected };
        let number = scan::number(s, false).map_err(|(pos, exp)| malformed(pos, exp))?;
        let rest = s.get(number.end..).unwrap_or_default();
        let percent = match rest {
            "" => false,
            "%" => true,
            _ if rest.starts_with('%') => {
                return Err(malformed(number.end.saturating_add(1), "the end of the rate"));
            }
            _ => {
                let expected = if number.frac.is_some() {
                    "a digit, `%` or the end of the rate"
                } else {
                    "a digit, `.`, `%` or the end of the rate"
                };
                return Err(malformed(number.end, expected));
            }
        };
        let digits = s.get(..number.end).unwrap_or_default();
        let value = parse_exact(digits)?;
        if percent { Self::from_percent(value) } else { Self::try_new(value) }
    }
}

/// `Decimal::from_str_exact` on text already checked by [`scan::number`].
pub(super) fn parse_exact(digits: &str) -> Result<Decimal, RateError> {
    Decimal::from_str_exact(digits)
        .map_err(|_| RateError::Unrepresentable { text: digits.to_owned() })
}

impl TryFrom<&str> for Rate {
    type Error = RateError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl TryFrom<Decimal> for Rate {
    type Error = RateError;

    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Self::try_new(value)
    }
}

serde_via_str!(Rate, "a rate such as `0.091` or `9.1%`");

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(s: &str) -> Rate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_decimals_and_percentages() {
        assert_eq!(rate("0.091"), rate("9.1%"));
        assert_eq!(rate("0.0910").to_string(), "0.091");
        assert_eq!(rate("100%"), Rate::ONE);
        assert_eq!(rate("0"), Rate::ZERO);
        assert_eq!(rate("0.000%").to_string(), "0");
        assert_eq!(rate("1.5").to_string(), "1.5");
        assert_eq!(rate("11.9%").as_decimal(), Decimal::new(119, 3));
    }

    #[test]
    fn rejects_malformed() {
        let pos = |s: &str| match s.parse::<Rate>() {
            Err(RateError::Malformed { position, .. }) => position,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(pos("-0.1"), 0);
        assert_eq!(pos("+0.1"), 0);
        assert_eq!(pos("%"), 0);
        assert_eq!(pos("9.1 %"), 3);
        assert_eq!(pos("9.1%%"), 4);
        assert_eq!(pos("1e-2"), 1);
        assert_eq!(pos("0,5"), 1);
        assert_eq!(pos("9."), 2);
        assert_eq!("".parse::<Rate>(), Err(RateError::Empty));
        // 29 decimal places cannot be held exactly
        let long = format!("0.{}", "1".repeat(29));
        assert_eq!(long.parse::<Rate>(), Err(RateError::Unrepresentable { text: long.clone() }));
        let pct = format!("0.{}%", "1".repeat(27));
        assert!(matches!(pct.parse::<Rate>(), Err(RateError::Unrepresentable { .. })));
    }

    #[test]
    fn negative_decimal_is_rejected_and_negative_zero_is_zero() {
        assert_eq!(
            Rate::try_new(Decimal::new(-91, 3)),
            Err(RateError::Negative { value: "-0.091".to_owned() })
        );
        let mut neg_zero = Decimal::ZERO;
        neg_zero.set_sign_negative(true);
        assert_eq!(Rate::try_new(neg_zero), Ok(Rate::ZERO));
    }

    #[test]
    fn checked_mul_is_exact_or_fails() {
        assert_eq!(rate("0.13").checked_mul(rate("0.7")), Ok(rate("0.091")));
        // 1e-14 × 1e-14 = 1e-28 fits; 1e-15 × 1e-14 does not
        let e14 = Rate::try_new(Decimal::new(1, 14)).unwrap();
        let e15 = Rate::try_new(Decimal::new(1, 15)).unwrap();
        assert_eq!(e14.checked_mul(e14).unwrap().as_decimal(), Decimal::new(1, 28));
        assert_eq!(
            e15.checked_mul(e14),
            Err(RateError::Overflow { operation: "Rate::checked_mul" })
        );
        // 0.5 × 2 at scales that sum past 28 but cancel: exact 1
        let half = Rate::try_new(Decimal::new(5, 1)).unwrap();
        assert_eq!(half.checked_mul(rate("2")), Ok(Rate::ONE));
        let max = Rate::try_new(Decimal::MAX).unwrap();
        assert!(max.checked_mul(rate("2")).is_err());
        assert_eq!(max.checked_mul(Rate::ZERO), Ok(Rate::ZERO));
    }
}
