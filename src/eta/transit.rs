//! [`TransitTime`]: the probability distribution of one leg's duration in whole days.

use super::error::DistributionError;
use super::probability::{Probability, SCALE};

/// The distribution of one leg's duration (时效分布): the probability that the leg takes `k`
/// whole days, for `k` from [`min_days`](Self::min_days) to [`max_days`](Self::max_days).
/// Whether a day means a business day of the leg's calendar or a calendar day is the
/// [leg's](super::LegPlan) choice, not the distribution's.
///
/// # Representation
///
/// Masses are integers in units of 2⁻³¹ ([`SCALE`](Self::SCALE)) that add up to exactly
/// 2³¹; the first and last are positive. Every constructor computes the exact cumulative
/// distribution of its input as a ratio of integers and rounds it *up* to the unit at each
/// day, and the masses are the differences, so the stored cumulative distribution is within
/// 2⁻³¹ (≈ 4.7·10⁻¹⁰) above the exact one at every day and the total is exactly one. So a
/// duration whose exact cumulative probability is 0.9 is the 0.9-quantile, as a hand
/// calculation says; inputs whose probabilities are multiples of 2⁻³¹ are stored exactly; a
/// tail weight below 2⁻³¹ at the long end may vanish.
///
/// # Constructors
///
/// - [`fixed`](Self::fixed), [`uniform`](Self::uniform);
/// - [`triangular`](Self::triangular) from (min, mode, max), the usual three-point estimate
///   of carriers' "2–4 days, usually 3";
/// - [`from_quantiles`](Self::from_quantiles), from published percentiles;
/// - [`from_weights`](Self::from_weights), from any histogram of integer weights (counts);
/// - [`fit`](Self::fit), from observed durations with a minimum sample size and smoothing.
///
/// With the `serde` feature a distribution is written as
/// `{"first_day": 2, "weights": [m₂, m₃, …]}` (the masses) and read back through
/// [`from_weights`](Self::from_weights), so hand-written JSON may give any integer weights.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{Probability, TransitTime};
///
/// // Japan Post EMS to big Chinese cities: 2–4 days, most often 3.
/// let ems = TransitTime::triangular(2, 3, 4)?;
/// // Weights 1, 2, 1 (see `triangular`): a quarter, a half, a quarter.
/// assert_eq!(ems.probability(3), Probability::HALF);
/// assert_eq!(ems.cumulative(2).to_string(), "0.25");
/// assert_eq!(ems.quantile("0.9".parse()?), 4);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TransitTime {
    first: u16,
    masses: Vec<u32>,
}

/// Masses from a cumulative function: `cumulative(i)` is the exact cumulative probability
/// through position `i` as `(numerator, denominator)`; positions `0..len`, the last one 1.
fn from_cumulative(
    first: u16,
    len: usize,
    cumulative: impl Fn(usize) -> (u128, u128),
) -> Result<TransitTime, DistributionError> {
    let mut masses = Vec::with_capacity(len);
    let mut previous = 0_u64;
    for i in 0..len {
        let (numerator, denominator) = cumulative(i);
        let rounded = if denominator == 0 {
            0
        } else {
            let q = numerator.saturating_mul(u128::from(SCALE)).div_ceil(denominator);
            u64::try_from(q).unwrap_or(SCALE).min(SCALE)
        };
        let rounded = rounded.max(previous);
        masses.push(u32::try_from(rounded - previous).unwrap_or(u32::MAX));
        previous = rounded;
    }
    if previous != SCALE {
        return Err(DistributionError::ZeroTotal);
    }
    TransitTime::trimmed(first, masses)
}

impl TransitTime {
    /// The longest duration a distribution may have: 366 days.
    pub const MAX_DAYS: u16 = 366;

    /// The unit of [`masses`](Self::masses): a mass `m` is the probability `m / 2³¹`.
    pub const SCALE: u32 = 1 << 31;

    /// Drops zero masses at both ends; checks the length limit.
    pub(crate) fn trimmed(first: u16, mut masses: Vec<u32>) -> Result<Self, DistributionError> {
        let Some(lead) = masses.iter().position(|m| *m > 0) else {
            return Err(DistributionError::ZeroTotal);
        };
        let keep = masses.iter().rposition(|m| *m > 0).map_or(0, |last| last + 1);
        masses.truncate(keep);
        masses.drain(..lead);
        let first = u32::from(first) + u32::try_from(lead).unwrap_or(u32::MAX);
        let last = first + u32::try_from(masses.len()).unwrap_or(u32::MAX) - 1;
        if last > u32::from(Self::MAX_DAYS) {
            return Err(DistributionError::TooLong { days: last, limit: Self::MAX_DAYS });
        }
        let first = u16::try_from(first)
            .map_err(|_| DistributionError::TooLong { days: last, limit: Self::MAX_DAYS })?;
        Ok(Self { first, masses })
    }

    fn check_max(max: u16) -> Result<(), DistributionError> {
        if max > Self::MAX_DAYS {
            return Err(DistributionError::TooLong { days: u32::from(max), limit: Self::MAX_DAYS });
        }
        Ok(())
    }

    /// Exactly `days` days, always.
    ///
    /// # Errors
    ///
    /// [`DistributionError::TooLong`] above [`MAX_DAYS`](Self::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{Probability, TransitTime};
    ///
    /// let one = TransitTime::fixed(1)?;
    /// assert_eq!((one.min_days(), one.max_days()), (1, 1));
    /// assert_eq!(one.probability(1), Probability::ONE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fixed(days: u16) -> Result<Self, DistributionError> {
        Self::check_max(days)?;
        Ok(Self { first: days, masses: vec![Self::SCALE] })
    }

    /// Every duration from `min` to `max` days equally likely.
    ///
    /// # Errors
    ///
    /// [`DistributionError::MinAboveMax`]; [`DistributionError::TooLong`] above
    /// [`MAX_DAYS`](Self::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// let usps = TransitTime::uniform(6, 10)?; // "approximately 6–10 business days"
    /// assert_eq!(usps.probability(8).to_string(), "0.2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn uniform(min: u16, max: u16) -> Result<Self, DistributionError> {
        if min > max {
            return Err(DistributionError::MinAboveMax { min, max });
        }
        Self::check_max(max)?;
        let len = usize::from(max - min) + 1;
        let n = u128::from(max - min) + 1;
        from_cumulative(min, len, |i| (i as u128 + 1, n))
    }

    /// A discretised triangular distribution on `min..=max` with its peak at `mode`: the
    /// weight of `k` days is the triangular density through `(min − 1, 0)`, `(mode, peak)`
    /// and `(max + 1, 0)` at `k`, that is `(k − min + 1)·(max − mode + 1)` for `k ≤ mode`
    /// and `(max − k + 1)·(mode − min + 1)` for `k ≥ mode`. So `min` and `max` are possible
    /// but least likely, and `mode` is the most likely duration.
    ///
    /// # Errors
    ///
    /// [`DistributionError::MinAboveMax`], [`DistributionError::ModeOutsideRange`],
    /// [`DistributionError::TooLong`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// // 1–5 days, mode 2: weights (k − 0)·4 for k ≤ 2 → 4, 8; (6 − k)·2 for k ≥ 2 → 6, 4, 2;
    /// // total 24.
    /// let customs = TransitTime::triangular(1, 2, 5)?;
    /// assert_eq!(customs.mode_days(), 2);
    /// assert_eq!(customs.probability(2).to_string(), "0.333333333"); // 8/24
    /// assert_eq!(customs.probability(5).to_string(), "0.083333333"); // 2/24
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn triangular(min: u16, mode: u16, max: u16) -> Result<Self, DistributionError> {
        if min > max {
            return Err(DistributionError::MinAboveMax { min, max });
        }
        if !(min..=max).contains(&mode) {
            return Err(DistributionError::ModeOutsideRange { min, mode, max });
        }
        Self::check_max(max)?;
        let rise = u64::from(max - mode) + 1;
        let fall = u64::from(mode - min) + 1;
        let weights: Vec<u64> = (min..=max)
            .map(|k| {
                if k <= mode {
                    (u64::from(k - min) + 1) * rise
                } else {
                    (u64::from(max - k) + 1) * fall
                }
            })
            .collect();
        Self::from_weights(min, &weights)
    }

    /// A histogram: `weights[i]` is the (relative, integer) weight of `first_day + i` days.
    /// Zero weights at either end are dropped; zero weights inside are allowed.
    ///
    /// # Errors
    ///
    /// [`DistributionError::NoWeights`], [`DistributionError::ZeroTotal`],
    /// [`DistributionError::TooLong`] if the last positive weight lies beyond
    /// [`MAX_DAYS`](Self::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// // 40 parcels took 3 days, 50 took 4, none 5, 10 took 6.
    /// let lane = TransitTime::from_weights(3, &[40, 50, 0, 10])?;
    /// assert_eq!(lane.probability(4).to_string(), "0.5");
    /// assert_eq!(lane.probability(5).to_string(), "0");
    /// assert_eq!(lane.max_days(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_weights(first_day: u16, weights: &[u64]) -> Result<Self, DistributionError> {
        if weights.is_empty() {
            return Err(DistributionError::NoWeights);
        }
        let total: u128 = weights.iter().map(|w| u128::from(*w)).sum();
        if total == 0 {
            return Err(DistributionError::ZeroTotal);
        }
        if let Some(last) = weights.iter().rposition(|w| *w > 0) {
            let days = u32::from(first_day) + u32::try_from(last).unwrap_or(u32::MAX);
            if days > u32::from(Self::MAX_DAYS) {
                return Err(DistributionError::TooLong { days, limit: Self::MAX_DAYS });
            }
        }
        let cumulative: Vec<u128> = weights
            .iter()
            .scan(0_u128, |sum, w| {
                *sum += u128::from(*w);
                Some(*sum)
            })
            .collect();
        from_cumulative(first_day, weights.len(), |i| {
            (cumulative.get(i).copied().unwrap_or(total), total)
        })
    }

    /// A distribution through published quantile points `(p, d)`: "a fraction `p` of parcels
    /// takes at most `d` days". The first point's fraction sits entirely on its day (give
    /// `p = 0` to say "never faster than the next day"); between two points the probability
    /// is spread evenly over the days after the first up to the second; the last point's
    /// fraction must be 1 (its day is the longest duration).
    ///
    /// # Errors
    ///
    /// [`DistributionError::NoQuantiles`], [`DistributionError::QuantileDaysNotIncreasing`],
    /// [`DistributionError::QuantileProbabilitiesDecreasing`],
    /// [`DistributionError::LastQuantileNotOne`], [`DistributionError::TooLong`].
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{Probability, TransitTime};
    ///
    /// let p = |text: &str| text.parse::<Probability>();
    /// // DHL Paket International to China, "Regel-Laufzeit" 17 working days: at least 12, half
    /// // by 17, 90% by 21, all by 25.
    /// let paket = TransitTime::from_quantiles(&[
    ///     (Probability::ZERO, 11),
    ///     (p("0.5")?, 17),
    ///     (p("0.9")?, 21),
    ///     (Probability::ONE, 25),
    /// ])?;
    /// assert_eq!(paket.min_days(), 12);
    /// assert_eq!(paket.cumulative(17), p("0.5")?);
    /// assert_eq!(paket.probability(13).to_string(), "0.083333333"); // 0.5 over 12..=17
    /// assert_eq!(paket.quantile(p("0.9")?), 21);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_quantiles(points: &[(Probability, u16)]) -> Result<Self, DistributionError> {
        let Some(&(first_p, first_day)) = points.first() else {
            return Err(DistributionError::NoQuantiles);
        };
        for (position, pair) in points.windows(2).enumerate() {
            if let [(p0, d0), (p1, d1)] = pair {
                if d1 <= d0 {
                    return Err(DistributionError::QuantileDaysNotIncreasing {
                        position: position + 1,
                        day: *d1,
                    });
                }
                if p1 < p0 {
                    return Err(DistributionError::QuantileProbabilitiesDecreasing {
                        position: position + 1,
                        probability: *p1,
                    });
                }
            }
        }
        let Some(&(last_p, last_day)) = points.last() else {
            return Err(DistributionError::NoQuantiles);
        };
        if last_p != Probability::ONE {
            return Err(DistributionError::LastQuantileNotOne { probability: last_p });
        }
        Self::check_max(last_day)?;
        let len = usize::from(last_day - first_day) + 1;
        let billion = u128::from(Probability::ONE.ppb());
        from_cumulative(first_day, len, |i| {
            let day = u32::from(first_day) + u32::try_from(i).unwrap_or(u32::MAX);
            // The segment (d0, d1] holding `day`, or the first point itself.
            let segment = points.windows(2).find_map(|pair| match pair {
                [(p0, d0), (p1, d1)] if u32::from(*d0) < day && day <= u32::from(*d1) => {
                    Some((*p0, *d0, *p1, *d1))
                }
                _ => None,
            });
            match segment {
                None => (u128::from(first_p.ppb()), billion),
                Some((p0, d0, p1, d1)) => {
                    // p0 + (p1 − p0)·(day − d0)/(d1 − d0), over one common denominator.
                    let len = u128::from(d1 - d0);
                    let done = u128::from(day - u32::from(d0));
                    let numerator =
                        u128::from(p0.ppb()) * len + u128::from(p1.ppb() - p0.ppb()) * done;
                    (numerator, billion * len)
                }
            }
        })
    }

    /// The shortest possible duration.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// assert_eq!(TransitTime::uniform(2, 4)?.min_days(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn min_days(&self) -> u16 {
        self.first
    }

    /// The longest possible duration.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// assert_eq!(TransitTime::uniform(2, 4)?.max_days(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn max_days(&self) -> u16 {
        let extra = u16::try_from(self.masses.len().saturating_sub(1)).unwrap_or(u16::MAX);
        self.first.saturating_add(extra)
    }

    /// The most likely duration (the shortest one among ties).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// assert_eq!(TransitTime::triangular(1, 3, 8)?.mode_days(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mode_days(&self) -> u16 {
        let mut best = (0_usize, 0_u32);
        for (i, m) in self.masses.iter().enumerate() {
            if *m > best.1 {
                best = (i, *m);
            }
        }
        self.first.saturating_add(u16::try_from(best.0).unwrap_or(0))
    }

    /// The probability of exactly `days` days (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{Probability, TransitTime};
    ///
    /// let leg = TransitTime::uniform(1, 4)?;
    /// assert_eq!(leg.probability(2).to_string(), "0.25");
    /// assert_eq!(leg.probability(9), Probability::ZERO);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn probability(&self, days: u16) -> Probability {
        Probability::from_mass(u64::from(self.mass(days)))
    }

    fn mass(&self, days: u16) -> u32 {
        days.checked_sub(self.first)
            .and_then(|i| self.masses.get(usize::from(i)))
            .copied()
            .unwrap_or(0)
    }

    /// The probability of at most `days` days (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{Probability, TransitTime};
    ///
    /// let leg = TransitTime::uniform(1, 4)?;
    /// assert_eq!(leg.cumulative(3).to_string(), "0.75");
    /// assert_eq!(leg.cumulative(0), Probability::ZERO);
    /// assert_eq!(leg.cumulative(40), Probability::ONE);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cumulative(&self, days: u16) -> Probability {
        let through = (u32::from(days) + 1).saturating_sub(u32::from(self.first));
        let sum: u64 = self
            .masses
            .iter()
            .take(usize::try_from(through).unwrap_or(usize::MAX))
            .map(|m| u64::from(*m))
            .sum();
        Probability::from_mass(sum)
    }

    /// The `level`-quantile: the shortest duration whose cumulative probability reaches
    /// `level` (compared exactly); `min_days` for level 0.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{Probability, TransitTime};
    ///
    /// let leg = TransitTime::uniform(1, 4)?;
    /// assert_eq!(leg.quantile(Probability::HALF), 2);
    /// assert_eq!(leg.quantile("0.51".parse()?), 3);
    /// assert_eq!(leg.quantile(Probability::ONE), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quantile(&self, level: Probability) -> u16 {
        let mut sum = 0_u64;
        for (i, m) in self.masses.iter().enumerate() {
            sum += u64::from(*m);
            if level.at_most_mass(sum) {
                return self.first.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
            }
        }
        self.max_days()
    }

    /// Every possible duration with its probability (rounded to the billionth), shortest
    /// first; durations inside the range with probability zero are included.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// let leg = TransitTime::uniform(1, 2)?;
    /// let pairs: Vec<(u16, String)> = leg.iter().map(|(d, p)| (d, p.to_string())).collect();
    /// assert_eq!(pairs, [(1, "0.5".to_string()), (2, "0.5".to_string())]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (u16, Probability)> + '_ {
        (self.first..).zip(self.masses.iter().map(|m| Probability::from_mass(u64::from(*m))))
    }

    /// The exact masses in units of 2⁻³¹ ([`SCALE`](Self::SCALE)), from
    /// [`min_days`](Self::min_days) to [`max_days`](Self::max_days); they add up to 2³¹.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// let leg = TransitTime::uniform(3, 4)?;
    /// assert_eq!(leg.masses(), &[1 << 30, 1 << 30]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn masses(&self) -> &[u32] {
        &self.masses
    }

    /// The distribution given that the leg lasts at least `days` days (it has not ended
    /// after `days − 1`): durations below `days` are dropped and the rest renormalised
    /// (truncation and renormalisation, rounded up cumulatively like every constructor).
    ///
    /// # Errors
    ///
    /// [`DistributionError::Impossible`] if `days` exceeds [`max_days`](Self::max_days).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// let customs = TransitTime::uniform(1, 4)?;
    /// let still_held = customs.given_at_least(3)?;
    /// assert_eq!(still_held.probability(3).to_string(), "0.5");
    /// assert_eq!(still_held.min_days(), 3);
    /// assert!(customs.given_at_least(5).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn given_at_least(&self, days: u16) -> Result<Self, DistributionError> {
        if days > self.max_days() {
            return Err(DistributionError::Impossible { at_least: days, max: self.max_days() });
        }
        let skip = usize::from(days.saturating_sub(self.first));
        let kept = self.masses.get(skip..).unwrap_or_default();
        let total: u128 = kept.iter().map(|m| u128::from(*m)).sum();
        let cumulative: Vec<u128> = kept
            .iter()
            .scan(0_u128, |sum, m| {
                *sum += u128::from(*m);
                Some(*sum)
            })
            .collect();
        from_cumulative(self.first.max(days), kept.len(), |i| {
            (cumulative.get(i).copied().unwrap_or(total), total)
        })
    }

    /// The distribution of the sum of two independent durations in the same unit (their
    /// convolution), for example a leg followed by a customs hold on the same calendar.
    ///
    /// # Errors
    ///
    /// [`DistributionError::TooLong`] if the longest sum exceeds [`MAX_DAYS`](Self::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::TransitTime;
    ///
    /// // Two fair coins of 0 or 1 day: 0, 1, 2 days with 1/4, 1/2, 1/4.
    /// let coin = TransitTime::uniform(0, 1)?;
    /// let two = coin.plus(&coin)?;
    /// assert_eq!(two.masses(), &[1 << 29, 1 << 30, 1 << 29]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn plus(&self, other: &Self) -> Result<Self, DistributionError> {
        let first = u32::from(self.first) + u32::from(other.first);
        let last = u32::from(self.max_days()) + u32::from(other.max_days());
        if last > u32::from(Self::MAX_DAYS) {
            return Err(DistributionError::TooLong { days: last, limit: Self::MAX_DAYS });
        }
        let mut sums = vec![0_u64; self.masses.len() + other.masses.len() - 1];
        for (i, a) in self.masses.iter().enumerate() {
            if let Some(row) = sums.get_mut(i..) {
                for (slot, b) in row.iter_mut().zip(&other.masses) {
                    *slot += u64::from(*a) * u64::from(*b);
                }
            }
        }
        let masses = round_products(&sums);
        Self::trimmed(u16::try_from(first).unwrap_or(Self::MAX_DAYS), masses)
    }

    /// A single probability mass at `first` with the given raw masses, unchecked; for tests.
    #[cfg(test)]
    pub(crate) fn raw(first: u16, masses: Vec<u32>) -> Self {
        Self { first, masses }
    }
}

/// Rounds sums of products of two masses (units of 2⁻⁶²) back to units of 2⁻³¹, rounding the
/// running total up so that each cumulative value is the ceiling of the exact one and the
/// total is preserved whenever it is a multiple of 2³¹.
pub(crate) fn round_products(sums: &[u64]) -> Vec<u32> {
    let mut cumulative = 0_u64;
    let mut previous = 0_u64;
    sums.iter()
        .map(|s| {
            cumulative = cumulative.saturating_add(*s);
            let rounded = cumulative.div_ceil(SCALE);
            let mass = rounded - previous;
            previous = rounded;
            u32::try_from(mass).unwrap_or(u32::MAX)
        })
        .collect()
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::TransitTime;

    #[derive(Serialize, Deserialize)]
    #[serde(rename = "TransitTime", deny_unknown_fields)]
    struct Data {
        first_day: u16,
        weights: Vec<u64>,
    }

    impl Serialize for TransitTime {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Data {
                first_day: self.first,
                weights: self.masses.iter().map(|m| u64::from(*m)).collect(),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for TransitTime {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let data = Data::deserialize(deserializer)?;
            TransitTime::from_weights(data.first_day, &data.weights)
                .map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(t: &TransitTime) -> u64 {
        t.masses().iter().map(|m| u64::from(*m)).sum()
    }

    #[test]
    fn totals_are_exactly_one() {
        let cases = [
            TransitTime::uniform(0, 6).unwrap(),
            TransitTime::triangular(1, 2, 9).unwrap(),
            TransitTime::triangular(3, 3, 3).unwrap(),
            TransitTime::from_weights(2, &[1, 1, 1]).unwrap(),
            TransitTime::from_weights(0, &[u64::MAX, u64::MAX, 1]).unwrap(),
        ];
        for t in cases {
            assert_eq!(total(&t), SCALE, "{t:?}");
            assert!(t.masses().first().is_some_and(|m| *m > 0));
            assert!(t.masses().last().is_some_and(|m| *m > 0));
        }
    }

    #[test]
    fn thirds_round_up_cumulatively() {
        // Exact CDF 1/3, 2/3, 1 → ceil(2³¹/3) = 715827883, ceil(2·2³¹/3) = 1431655766.
        let t = TransitTime::from_weights(0, &[1, 1, 1]).unwrap();
        assert_eq!(t.masses(), &[715_827_883, 715_827_883, 715_827_882]);
    }

    #[test]
    fn trimming_and_limits() {
        let t = TransitTime::from_weights(2, &[0, 0, 5, 0, 5, 0]).unwrap();
        assert_eq!((t.min_days(), t.max_days()), (4, 6));
        assert_eq!(TransitTime::from_weights(2, &[0, 0]), Err(DistributionError::ZeroTotal));
        assert_eq!(TransitTime::from_weights(2, &[]), Err(DistributionError::NoWeights));
        assert_eq!(
            TransitTime::from_weights(366, &[1, 1]),
            Err(DistributionError::TooLong { days: 367, limit: 366 })
        );
        assert!(TransitTime::from_weights(366, &[1, 0]).is_ok());
        assert_eq!(
            TransitTime::uniform(5, 4),
            Err(DistributionError::MinAboveMax { min: 5, max: 4 })
        );
        assert_eq!(
            TransitTime::fixed(400),
            Err(DistributionError::TooLong { days: 400, limit: 366 })
        );
        let long = TransitTime::uniform(0, 200).unwrap();
        assert_eq!(long.plus(&long), Err(DistributionError::TooLong { days: 400, limit: 366 }));
    }

    #[test]
    fn tiny_weights_can_vanish_but_total_stays_one() {
        // 1 part in 2⁴⁰ at the long end: the cumulative probability of day 0 rounds up to 1,
        // so day 1 gets no mass and is trimmed away.
        let t = TransitTime::from_weights(0, &[1 << 40, 1]).unwrap();
        assert_eq!(t.max_days(), 0);
        assert_eq!(total(&t), SCALE);
        // At the short end the same weight keeps one unit.
        let t = TransitTime::from_weights(0, &[1, 1 << 40]).unwrap();
        assert_eq!(t.masses().first(), Some(&1));
        assert_eq!(total(&t), SCALE);
    }

    #[test]
    fn quantile_points_are_validated() {
        let p = |s: &str| s.parse::<Probability>().unwrap();
        assert_eq!(TransitTime::from_quantiles(&[]), Err(DistributionError::NoQuantiles));
        assert_eq!(
            TransitTime::from_quantiles(&[(p("0.5"), 3), (Probability::ONE, 3)]),
            Err(DistributionError::QuantileDaysNotIncreasing { position: 1, day: 3 })
        );
        assert_eq!(
            TransitTime::from_quantiles(&[(p("0.5"), 3), (p("0.4"), 4), (Probability::ONE, 5)]),
            Err(DistributionError::QuantileProbabilitiesDecreasing {
                position: 1,
                probability: p("0.4")
            })
        );
        assert_eq!(
            TransitTime::from_quantiles(&[(p("0.5"), 3), (p("0.9"), 4)]),
            Err(DistributionError::LastQuantileNotOne { probability: p("0.9") })
        );
        // A single point of probability one is a fixed duration.
        assert_eq!(
            TransitTime::from_quantiles(&[(Probability::ONE, 4)]).unwrap(),
            TransitTime::fixed(4).unwrap()
        );
    }

    #[test]
    fn conditioning_and_convolution() {
        let t = TransitTime::uniform(1, 4).unwrap();
        assert_eq!(t.given_at_least(0).unwrap(), t);
        assert_eq!(t.given_at_least(4).unwrap(), TransitTime::fixed(4).unwrap());
        assert_eq!(t.given_at_least(5), Err(DistributionError::Impossible { at_least: 5, max: 4 }));
        let fixed = TransitTime::fixed(2).unwrap();
        let shifted = t.plus(&fixed).unwrap();
        assert_eq!((shifted.min_days(), shifted.max_days()), (3, 6));
        assert_eq!(shifted.masses(), t.masses());
        let raw = TransitTime::raw(0, vec![1 << 31]);
        assert_eq!(raw, TransitTime::fixed(0).unwrap());
    }
}
