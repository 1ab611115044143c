//! [`Probability`], the exact decimal probabilities callers pass in and read out, and the
//! crate-private fixed-point masses the propagation works with.

use std::fmt;
use std::str::FromStr;

use super::error::ProbabilityError;

/// Parts per billion in one.
const BILLION: u32 = 1_000_000_000;

/// The fixed-point unit of every probability mass inside the estimator: a mass `m` stands for
/// `m / 2³¹`. Every distribution's masses add up to exactly [`SCALE`], so the product of two
/// masses fits in 62 bits and sums of products of a whole distribution fit in a `u64`.
pub(crate) const SCALE: u64 = 1 << 31;

/// A probability, exact to nine decimal places (parts per billion): a confidence level
/// (`0.8` for an 80% window), an on-time target (`0.97`), a quantile level.
///
/// The estimator's own arithmetic is fixed-point in units of 2⁻³¹ (see the
/// [module documentation](super)); a `Probability` read out of a distribution is that exact
/// mass rounded half up to the nearest billionth, and comparisons of a distribution with a
/// `Probability` are made exactly, without rounding.
///
/// # Text form
///
/// A decimal in `[0, 1]` with at most nine decimal places (`0`, `0.97`, `1`, `1.000`), or a
/// percentage in `[0%, 100%]` with at most seven decimal places (`97%`, `97.5%`).
/// [`Display`](fmt::Display) prints the shortest decimal (`0.97`, `0`, `1`), which parses back
/// to the same value; with the `serde` feature a probability is that string.
///
/// # Examples
///
/// ```
/// use crossborder::eta::Probability;
///
/// let target: Probability = "97%".parse()?;
/// assert_eq!(target, "0.97".parse()?);
/// assert_eq!(target.to_string(), "0.97");
/// assert_eq!(target.ppb(), 970_000_000);
/// assert_eq!(target.complement().to_string(), "0.03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Probability(u32);

impl Probability {
    /// Zero.
    pub const ZERO: Self = Self(0);
    /// One half.
    pub const HALF: Self = Self(BILLION / 2);
    /// One.
    pub const ONE: Self = Self(BILLION);

    /// The probability of `ppb` parts per billion.
    ///
    /// # Errors
    ///
    /// [`ProbabilityError::PartsPerBillionAboveOne`] above 1 000 000 000.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!(Probability::try_from_ppb(800_000_000)?.to_string(), "0.8");
    /// assert!(Probability::try_from_ppb(1_000_000_001).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn try_from_ppb(ppb: u32) -> Result<Self, ProbabilityError> {
        if ppb > BILLION {
            return Err(ProbabilityError::PartsPerBillionAboveOne { ppb: ppb as u64 });
        }
        Ok(Self(ppb))
    }

    /// The probability of `percent` per cent.
    ///
    /// # Errors
    ///
    /// [`ProbabilityError::PartsPerBillionAboveOne`] above 100.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!(Probability::try_percent(80)?, "0.8".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn try_percent(percent: u8) -> Result<Self, ProbabilityError> {
        let ppb = u64::from(percent) * 10_000_000;
        u32::try_from(ppb)
            .map_err(|_| ProbabilityError::PartsPerBillionAboveOne { ppb })
            .and_then(Self::try_from_ppb)
    }

    /// The ratio `numerator / denominator`, rounded half up to the nearest billionth.
    ///
    /// # Errors
    ///
    /// [`ProbabilityError::ZeroDenominator`]; [`ProbabilityError::PartsPerBillionAboveOne`]
    /// when the ratio is above one.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!(Probability::from_ratio(1, 3)?.to_string(), "0.333333333");
    /// assert_eq!(Probability::from_ratio(2, 3)?.to_string(), "0.666666667");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_ratio(numerator: u64, denominator: u64) -> Result<Self, ProbabilityError> {
        if denominator == 0 {
            return Err(ProbabilityError::ZeroDenominator { numerator });
        }
        let scaled = (u128::from(numerator) * u128::from(BILLION) * 2 + u128::from(denominator))
            / (u128::from(denominator) * 2);
        let ppb = u64::try_from(scaled).unwrap_or(u64::MAX);
        u32::try_from(ppb)
            .map_err(|_| ProbabilityError::PartsPerBillionAboveOne { ppb })
            .and_then(Self::try_from_ppb)
    }

    /// Parts per billion.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!(Probability::HALF.ppb(), 500_000_000);
    /// ```
    pub const fn ppb(self) -> u32 {
        self.0
    }

    /// `1 − self`.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!(Probability::ONE.complement(), Probability::ZERO);
    /// ```
    #[must_use]
    pub const fn complement(self) -> Self {
        Self(BILLION.saturating_sub(self.0))
    }

    /// The nearest `f64`, for display and plotting.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::Probability;
    ///
    /// assert_eq!("0.25".parse::<Probability>()?.as_f64(), 0.25);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_f64(self) -> f64 {
        super::score::ratio_f64(u128::from(self.0), u128::from(BILLION))
    }

    /// The exact mass `mass / 2³¹` rounded half up to the nearest billionth.
    pub(crate) fn from_mass(mass: u64) -> Self {
        let scaled = (u128::from(mass.min(SCALE)) * u128::from(BILLION) + u128::from(SCALE / 2))
            / u128::from(SCALE);
        Self(u32::try_from(scaled).unwrap_or(BILLION).min(BILLION))
    }

    /// `mass / 2³¹ ≥ self`, exactly.
    pub(crate) fn at_most_mass(self, mass: u64) -> bool {
        u128::from(mass) * u128::from(BILLION) >= u128::from(self.0) * u128::from(SCALE)
    }
}

impl fmt::Display for Probability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / BILLION;
        let mut fraction = self.0 % BILLION;
        if fraction == 0 {
            return write!(f, "{whole}");
        }
        let mut digits = 9;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            digits -= 1;
        }
        write!(f, "{whole}.{fraction:0digits$}")
    }
}

/// Parses `digits[.fraction]` into units of 10^-`scale`, at most `scale` fraction digits and
/// at most three integer digits.
fn parse_fixed(text: &str, scale: u32) -> Option<u64> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || whole.len() > 3 {
        return None;
    }
    let mut value = whole.parse::<u64>().ok()?.checked_mul(10_u64.pow(scale))?;
    if let Some(fraction) = fraction {
        let len = u32::try_from(fraction.len()).ok()?;
        if !all_digits(fraction) || len > scale {
            return None;
        }
        let units = fraction.parse::<u64>().ok()?.checked_mul(10_u64.pow(scale - len))?;
        value = value.checked_add(units)?;
    }
    Some(value)
}

impl FromStr for Probability {
    type Err = ProbabilityError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let malformed = || ProbabilityError::Malformed { text: text.to_owned() };
        let ppb = match text.strip_suffix('%') {
            Some(percent) => parse_fixed(percent, 7).ok_or_else(malformed)?,
            None => parse_fixed(text, 9).ok_or_else(malformed)?,
        };
        u32::try_from(ppb)
            .ok()
            .filter(|ppb| *ppb <= BILLION)
            .map(Self)
            .ok_or_else(|| ProbabilityError::OutOfRange { text: text.to_owned() })
    }
}

impl TryFrom<&str> for Probability {
    type Error = ProbabilityError;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Probability {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Probability {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Probability;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a probability such as \"0.97\" or \"97%\"")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Probability, E> {
                text.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Probability {
        text.parse().unwrap()
    }

    #[test]
    fn text_forms() {
        for (text, ppb, canonical) in [
            ("0", 0, "0"),
            ("1", BILLION, "1"),
            ("1.000", BILLION, "1"),
            ("0.97", 970_000_000, "0.97"),
            ("0.000000001", 1, "0.000000001"),
            ("97%", 970_000_000, "0.97"),
            ("97.5%", 975_000_000, "0.975"),
            ("100%", BILLION, "1"),
            ("0%", 0, "0"),
            ("0.0000001%", 1, "0.000000001"),
        ] {
            assert_eq!(p(text).ppb(), ppb, "{text}");
            assert_eq!(p(text).to_string(), canonical, "{text}");
        }
        for bad in ["", ".5", "0.", "0,5", "-0.1", "+0.1", " 0.5", "0.5 ", "0.1234567891", "1e-3"] {
            assert_eq!(
                bad.parse::<Probability>(),
                Err(ProbabilityError::Malformed { text: bad.into() }),
                "{bad:?}"
            );
        }
        for high in ["1.000000001", "2", "100.5%", "999"] {
            assert_eq!(
                high.parse::<Probability>(),
                Err(ProbabilityError::OutOfRange { text: high.into() }),
                "{high:?}"
            );
        }
        assert!(matches!("1000.5".parse::<Probability>(), Err(ProbabilityError::Malformed { .. })));
    }

    #[test]
    fn mass_conversions_round_half_up() {
        // 2³⁰ / 2³¹ = 0.5 exactly.
        assert_eq!(Probability::from_mass(SCALE / 2), Probability::HALF);
        assert_eq!(Probability::from_mass(SCALE), Probability::ONE);
        // One unit is 1/2147483648 ≈ 0.4657 ppb → rounds to 0; three units ≈ 1.397 → 1.
        assert_eq!(Probability::from_mass(1).ppb(), 0);
        assert_eq!(Probability::from_mass(3).ppb(), 1);
        assert!(Probability::HALF.at_most_mass(SCALE / 2));
        assert!(!Probability::HALF.at_most_mass(SCALE / 2 - 1));
    }

    #[test]
    fn ratios_and_percent() {
        assert_eq!(Probability::from_ratio(0, 7).unwrap(), Probability::ZERO);
        assert_eq!(Probability::from_ratio(7, 7).unwrap(), Probability::ONE);
        assert_eq!(
            Probability::from_ratio(8, 7),
            Err(ProbabilityError::PartsPerBillionAboveOne { ppb: 1_142_857_143 })
        );
        assert_eq!(
            Probability::from_ratio(1, 0),
            Err(ProbabilityError::ZeroDenominator { numerator: 1 })
        );
        assert_eq!(
            Probability::try_percent(101),
            Err(ProbabilityError::PartsPerBillionAboveOne { ppb: 1_010_000_000 })
        );
        assert_eq!(Probability::try_percent(100).unwrap(), Probability::ONE);
    }
}
