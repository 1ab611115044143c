//! [`Ratio`]: a metric's exact rate, numerator over denominator.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use super::error::MetricsError;

/// A metric's rate as the exact pair of counts it comes from: `numerator / denominator`, with
/// `numerator <= denominator`. The denominator is zero when no order falls in the window; the
/// rate is then undefined (the SP-API status `NONE`).
///
/// Two ratios are equal when their counts are (`1/2` and `2/4` are different reports of the same
/// rate). Comparisons with a [`Target`](super::Target) are exact (integer cross-multiplication);
/// [`to_decimal`](Self::to_decimal) and [`percent`](Self::percent) are for display.
///
/// `Display` prints `numerator/denominator` and [`FromStr`] reads it back.
///
/// # Examples
///
/// ```
/// use crossborder::metrics::Ratio;
///
/// let lsr = Ratio::try_new(3, 120)?;
/// assert_eq!(lsr.to_string(), "3/120");
/// assert_eq!(lsr.percent(2).map(|p| p.to_string()), Some("2.50".to_owned()));
/// assert_eq!("3/120".parse::<Ratio>()?, lsr);
/// assert!(Ratio::try_new(4, 3).is_err());
/// assert_eq!(Ratio::try_new(0, 0)?.to_decimal(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    numerator: u64,
    denominator: u64,
}

impl Ratio {
    /// No orders: `0/0`.
    pub const EMPTY: Self = Self { numerator: 0, denominator: 0 };

    /// Counts known to satisfy `numerator <= denominator` (clamped if not).
    pub(super) fn from_counts(numerator: u64, denominator: u64) -> Self {
        Self { numerator: numerator.min(denominator), denominator }
    }

    /// `numerator / denominator`.
    ///
    /// # Errors
    ///
    /// [`MetricsError::Ratio`] when `numerator > denominator`.
    ///
    /// # Examples
    ///
    /// See [`Ratio`].
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// assert_eq!(Ratio::try_new(0, 0)?, Ratio::EMPTY);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_new(numerator: u64, denominator: u64) -> Result<Self, MetricsError> {
        if numerator > denominator {
            return Err(MetricsError::Ratio { text: format!("{numerator}/{denominator}") });
        }
        Ok(Self { numerator, denominator })
    }

    /// The numerator (the orders or packages the metric counts).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// assert_eq!(Ratio::try_new(3, 120)?.numerator(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn numerator(&self) -> u64 {
        self.numerator
    }

    /// The denominator (the orders or packages in the window).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// assert_eq!(Ratio::try_new(3, 120)?.denominator(), 120);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn denominator(&self) -> u64 {
        self.denominator
    }

    /// Whether the denominator is zero (no orders in the window).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// assert!(Ratio::EMPTY.is_empty());
    /// assert!(!Ratio::try_new(0, 5)?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.denominator == 0
    }

    /// The rate as a decimal fraction (`0.025`), rounded to the 28 significant digits of
    /// [`Decimal`] when it does not terminate; `None` when the denominator is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// assert_eq!(Ratio::try_new(1, 40)?.to_decimal().map(|d| d.to_string()), Some("0.025".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_decimal(&self) -> Option<Decimal> {
        Decimal::from(self.numerator).checked_div(Decimal::from(self.denominator))
    }

    /// The rate in percent, rounded half away from zero to exactly `decimals` places (at most
    /// 20); `None` when the denominator is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::metrics::Ratio;
    ///
    /// // 1/3 = 33.333…%; 2/3 = 66.666…% rounds up.
    /// assert_eq!(Ratio::try_new(1, 3)?.percent(1).map(|p| p.to_string()), Some("33.3".to_owned()));
    /// assert_eq!(Ratio::try_new(2, 3)?.percent(1).map(|p| p.to_string()), Some("66.7".to_owned()));
    /// assert_eq!(Ratio::try_new(1, 1)?.percent(2).map(|p| p.to_string()), Some("100.00".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn percent(&self, decimals: u32) -> Option<Decimal> {
        let hundredfold = Decimal::from(self.numerator).checked_mul(Decimal::ONE_HUNDRED)?;
        let percent = hundredfold.checked_div(Decimal::from(self.denominator))?;
        let decimals = decimals.min(20);
        let mut rounded =
            percent.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        // Always `decimals` places: 100 % with 2 decimals is `100.00`.
        rounded.rescale(decimals);
        Some(rounded)
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}

/// Parses a count of at most 20 ASCII digits, no sign, no leading zero.
fn parse_count(text: &str) -> Option<u64> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    if canonical { text.parse().ok() } else { None }
}

impl FromStr for Ratio {
    type Err = MetricsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || MetricsError::Ratio { text: text.to_owned() };
        let (n, d) = text.split_once('/').ok_or_else(err)?;
        let (n, d) = (parse_count(n).ok_or_else(err)?, parse_count(d).ok_or_else(err)?);
        Self::try_new(n, d).map_err(|_| err())
    }
}

impl TryFrom<&str> for Ratio {
    type Error = MetricsError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Ratio {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Ratio {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rejects_non_canonical() {
        for bad in ["", "1", "1/", "/1", "01/2", "1/02", "-1/2", "1/2/3", "3/2", " 1/2", "1 /2"] {
            assert!(bad.parse::<Ratio>().is_err(), "{bad:?}");
        }
        assert_eq!("0/0".parse::<Ratio>(), Ok(Ratio::EMPTY));
        let max = format!("{}/{}", u64::MAX, u64::MAX);
        assert_eq!(max.parse::<Ratio>().map(|r| r.to_string()), Ok(max.clone()));
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let r = Ratio::try_new(u64::MAX - 1, u64::MAX).unwrap();
        assert!(r.to_decimal().is_some());
        assert!(r.percent(4).is_some());
    }
}
