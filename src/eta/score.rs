//! Scoring delivery forecasts against actual delivery dates: coverage, mean width, the
//! interval (Winkler) score, the pinball loss and the CRPS.
//!
//! Let a window be `[L, U]` at nominal level `1 − α` and the actual date `y`; differences of
//! dates are in days.
//!
//! - **Coverage** (PICP): the share of `y` inside `[L, U]`; **mean width** (MPIW): the mean of
//!   `U − L`.
//! - **Interval score** (Winkler 1972; Gneiting & Raftery 2007, JASA 102(477):359–378, §6.2):
//!   `(U − L) + (2/α)(L − y)·1{y < L} + (2/α)(y − U)·1{y > U}`, a proper score for the
//!   equal-tailed interval (Brehmer & Gneiting, Bernoulli 2020); lower is better.
//! - **Pinball loss** at level `τ` for a predicted quantile `q` (Koenker & Bassett 1978):
//!   `τ(y − q)` if `y ≥ q`, else `(1 − τ)(q − y)`.
//! - **CRPS** of a date distribution `F`: `Σₖ (F(k) − 1{y ≤ k})²` over all dates `k` (the
//!   threshold decomposition of `∫ (F(x) − 1{y ≤ x})² dx` for a step function on whole days).
//!
//! Sums are exact integers (masses in units of 2⁻³¹, levels in billionths); the mean is one
//! division, converted to `f64` at the end.

use chrono::NaiveDate;

use super::error::ScoreError;
use super::probability::{Probability, SCALE};
use super::window::{DateDistribution, Window};

/// `±numerator / denominator` as the nearest `f64` (0 for a zero denominator): the one place
/// where exact sums become floating point, for reporting.
// Scores are statistics reported as f64; every sum before this division is an exact integer,
// so this is the only float arithmetic of the module.
#[allow(clippy::float_arithmetic, clippy::cast_precision_loss)]
fn to_f64(negative: bool, numerator: u128, denominator: u128) -> f64 {
    if denominator == 0 {
        return 0.0;
    }
    let whole = numerator / denominator;
    let rest = numerator % denominator;
    let magnitude = whole as f64 + rest as f64 / denominator as f64;
    if negative { -magnitude } else { magnitude }
}

/// `numerator / denominator` as the nearest `f64`.
pub(crate) fn ratio_f64(numerator: u128, denominator: u128) -> f64 {
    to_f64(false, numerator, denominator)
}

fn signed_ratio(numerator: i128, denominator: u128) -> f64 {
    to_f64(numerator < 0, numerator.unsigned_abs(), denominator)
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i128 {
    i128::from((b - a).num_days())
}

/// Coverage, tail misses, mean width and interval score of windows against actual dates, all
/// made for one level.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::eta::{Window, WindowScores};
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 12, day).ok_or("date");
/// let level = "0.8".parse()?;
/// let window = Window::try_new(d(3)?, d(9)?, level)?;
/// let scores = WindowScores::score(&[(window, d(5)?), (window, d(11)?)])?;
/// assert_eq!(scores.coverage(), 0.5);
/// assert_eq!(scores.above_rate(), 0.5);
/// assert_eq!(scores.mean_width_days(), 6.0);
/// // Winkler: 6 for the hit; 6 + (2/0.2)·2 = 26 for the parcel two days late; mean 16.
/// assert_eq!(scores.interval_score(), 16.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WindowScores {
    level: Probability,
    count: u64,
    covered: u64,
    below: u64,
    above: u64,
    width_days: i128,
    miss_days: i128,
}

impl WindowScores {
    /// Scores `(window, actual date)` pairs.
    ///
    /// # Errors
    ///
    /// [`ScoreError::Empty`], [`ScoreError::MixedLevels`], [`ScoreError::LevelNotInterior`]
    /// (a level of 0 or 1 has no interval score).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn score(pairs: &[(Window, NaiveDate)]) -> Result<Self, ScoreError> {
        let Some((first, _)) = pairs.first() else {
            return Err(ScoreError::Empty);
        };
        let mut scores = Self::empty(first.level())?;
        for (position, (window, actual)) in pairs.iter().enumerate() {
            if window.level() != scores.level {
                return Err(ScoreError::MixedLevels {
                    position,
                    level: window.level(),
                    first: scores.level,
                });
            }
            scores.push(window, *actual);
        }
        Ok(scores)
    }

    fn empty(level: Probability) -> Result<Self, ScoreError> {
        if level == Probability::ZERO || level == Probability::ONE {
            return Err(ScoreError::LevelNotInterior { level });
        }
        Ok(Self { level, count: 0, covered: 0, below: 0, above: 0, width_days: 0, miss_days: 0 })
    }

    fn push(&mut self, window: &Window, actual: NaiveDate) {
        self.count += 1;
        self.width_days += i128::from(window.width_days());
        if actual < window.from() {
            self.below += 1;
            self.miss_days += days_between(actual, window.from());
        } else if actual > window.to() {
            self.above += 1;
            self.miss_days += days_between(window.to(), actual);
        } else {
            self.covered += 1;
        }
    }

    /// The nominal level of the windows.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::eta::{Probability, Window, WindowScores};
    /// # let d = NaiveDate::from_ymd_opt(2026, 12, 3).ok_or("date")?;
    /// let window = Window::try_new(d, d, Probability::HALF)?;
    /// assert_eq!(WindowScores::score(&[(window, d)])?.level(), Probability::HALF);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn level(&self) -> Probability {
        self.level
    }

    /// The number of windows scored.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::eta::{Probability, Window, WindowScores};
    /// # let d = NaiveDate::from_ymd_opt(2026, 12, 3).ok_or("date")?;
    /// let window = Window::try_new(d, d, Probability::HALF)?;
    /// let scores = WindowScores::score(&[(window, d), (window, d)])?;
    /// assert_eq!((scores.count(), scores.covered()), (2, 2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The number of actual dates inside their window.
    ///
    /// # Examples
    ///
    /// See [`count`](Self::count).
    pub fn covered(&self) -> u64 {
        self.covered
    }

    /// The share of actual dates inside their window (compare with [`level`](Self::level)).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn coverage(&self) -> f64 {
        ratio_f64(u128::from(self.covered), u128::from(self.count))
    }

    /// The share delivered before the window (compare with `α/2`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::eta::{Probability, Window, WindowScores};
    /// # let d = |day| NaiveDate::from_ymd_opt(2026, 12, day).ok_or("date");
    /// let window = Window::try_new(d(3)?, d(9)?, Probability::HALF)?;
    /// assert_eq!(WindowScores::score(&[(window, d(1)?)])?.below_rate(), 1.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn below_rate(&self) -> f64 {
        ratio_f64(u128::from(self.below), u128::from(self.count))
    }

    /// The share delivered after the window: late against the promise (compare with `α/2`).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn above_rate(&self) -> f64 {
        ratio_f64(u128::from(self.above), u128::from(self.count))
    }

    /// The mean of `to − from`, in days.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn mean_width_days(&self) -> f64 {
        signed_ratio(self.width_days, u128::from(self.count))
    }

    /// The mean interval (Winkler) score, in days; lower is better.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn interval_score(&self) -> f64 {
        // Σ[(U − L) + (2/α)·miss] = Σ[(U − L)·α + 2·miss] / α, α in billionths.
        let alpha = i128::from(self.level.complement().ppb());
        let billion = i128::from(Probability::ONE.ppb());
        let numerator = self.width_days * alpha + 2 * billion * self.miss_days;
        let denominator = u128::from(self.count) * alpha.unsigned_abs();
        signed_ratio(numerator, denominator)
    }
}

/// The mean pinball (quantile) loss at level `tau` of `(predicted quantile, actual date)`
/// pairs, in days.
///
/// # Errors
///
/// [`ScoreError::Empty`].
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::eta::pinball_loss;
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 12, day).ok_or("date");
/// // τ = 0.9: two days late costs 0.9·2 = 1.8; four days early costs 0.1·4 = 0.4.
/// let loss = pinball_loss(&[(d(9)?, d(11)?), (d(9)?, d(5)?)], "0.9".parse()?)?;
/// assert!((loss - 1.1).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pinball_loss(pairs: &[(NaiveDate, NaiveDate)], tau: Probability) -> Result<f64, ScoreError> {
    if pairs.is_empty() {
        return Err(ScoreError::Empty);
    }
    let sum: i128 = pairs.iter().map(|(q, y)| pinball_numerator(*q, *y, tau)).sum();
    let count = u128::try_from(pairs.len()).unwrap_or(u128::MAX);
    Ok(signed_ratio(sum, count * u128::from(Probability::ONE.ppb())))
}

/// The pinball loss of one pair times one billion.
fn pinball_numerator(quantile: NaiveDate, actual: NaiveDate, tau: Probability) -> i128 {
    let late = days_between(quantile, actual);
    if late >= 0 {
        i128::from(tau.ppb()) * late
    } else {
        i128::from(tau.complement().ppb()) * -late
    }
}

/// The continuous ranked probability score of a date distribution for the actual date, in
/// days: `Σₖ (F(k) − 1{actual ≤ k})²`. It is 0 only for a forecast certain of the right date
/// and grows with both spread and error.
///
/// # Examples
///
/// ```
/// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime, crps}};
/// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
/// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
/// #     TransitTime::uniform(1, 2)?)?;
/// # let plan = Plan::try_new(vec![leg])?;
/// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
/// // Half on 12 May, half on 13 May.
/// let forecast = plan.estimate(ordered)?.arrival().clone();
/// let d = |day| NaiveDate::from_ymd_opt(2026, 5, day).ok_or("date");
/// // Actual 12 May: k = 12 contributes (0.5 − 1)² = 0.25.
/// assert_eq!(crps(&forecast, d(12)?), 0.25);
/// // Actual 14 May: k = 12 → 0.25, k = 13 → (1 − 0)² = 1.
/// assert_eq!(crps(&forecast, d(14)?), 1.25);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn crps(forecast: &DateDistribution, actual: NaiveDate) -> f64 {
    ratio_f64(crps_numerator(forecast, actual), u128::from(SCALE) * u128::from(SCALE))
}

/// `Σₖ (M(k) − 2³¹·1{actual ≤ k})²` with `M` the cumulative masses: CRPS in units of 2⁻⁶².
fn crps_numerator(forecast: &DateDistribution, actual: NaiveDate) -> u128 {
    let scale = i128::from(SCALE);
    let mut sum = 0_u128;
    let mut cumulative = 0_i128;
    let mut day = forecast.first();
    for mass in forecast.masses() {
        cumulative += i128::from(*mass);
        let indicator = if actual <= day { scale } else { 0 };
        let gap = (cumulative - indicator).unsigned_abs();
        sum += gap * gap;
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    // Before the first date F = 0: each day from `actual` on contributes 1.
    let early = days_between(actual, forecast.first()).max(0).unsigned_abs();
    // After the last date F = 1: each day strictly between it and `actual` contributes 1 (the
    // last date itself is in the loop).
    let late = (days_between(forecast.last(), actual) - 1).max(0).unsigned_abs();
    let unit = scale.unsigned_abs() * scale.unsigned_abs();
    sum + (early + late) * unit
}

/// Scores forecast distributions against actual dates: the calibrated window at one level,
/// the pinball loss at chosen quantile levels and the mean CRPS.
///
/// # Examples
///
/// ```
/// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
/// use crossborder::eta::{Probability, Scorecard};
/// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
/// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
/// #     TransitTime::uniform(1, 2)?)?;
/// # let plan = Plan::try_new(vec![leg])?;
/// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
/// let forecast = plan.estimate(ordered)?.arrival().clone();
/// let d = |day| NaiveDate::from_ymd_opt(2026, 5, day).ok_or("date");
/// let mut card = Scorecard::new("0.8".parse()?, &[Probability::HALF])?;
/// card.add(&forecast, d(12)?);
/// card.add(&forecast, d(14)?);
/// assert_eq!(card.count(), 2);
/// assert_eq!(card.crps()?, 0.75); // (0.25 + 1.25) / 2
/// // The median is 12 May: losses 0 and 0.5·2 = 1.
/// assert_eq!(card.pinball()?, vec![(Probability::HALF, 0.5)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scorecard {
    windows: WindowScores,
    taus: Vec<Probability>,
    pinball: Vec<i128>,
    crps: u128,
}

impl Scorecard {
    /// An empty scorecard for windows at `level` and pinball losses at `quantile_levels`.
    ///
    /// # Errors
    ///
    /// [`ScoreError::LevelNotInterior`] for a level of 0 or 1.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn new(level: Probability, quantile_levels: &[Probability]) -> Result<Self, ScoreError> {
        Ok(Self {
            windows: WindowScores::empty(level)?,
            taus: quantile_levels.to_vec(),
            pinball: vec![0; quantile_levels.len()],
            crps: 0,
        })
    }

    /// Scores one forecast against the actual date.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn add(&mut self, forecast: &DateDistribution, actual: NaiveDate) {
        let window = forecast.window(self.windows.level);
        self.windows.push(&window, actual);
        for (sum, tau) in self.pinball.iter_mut().zip(&self.taus) {
            *sum += pinball_numerator(forecast.quantile(*tau), actual, *tau);
        }
        self.crps = self.crps.saturating_add(crps_numerator(forecast, actual));
    }

    /// The number of forecasts scored.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn count(&self) -> u64 {
        self.windows.count
    }

    /// The window scores.
    ///
    /// # Errors
    ///
    /// [`ScoreError::Empty`] before the first forecast.
    ///
    /// # Examples
    ///
    /// ```
    /// # use crossborder::eta::Scorecard;
    /// let card = Scorecard::new("0.8".parse()?, &[])?;
    /// assert!(card.windows().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn windows(&self) -> Result<WindowScores, ScoreError> {
        self.non_empty()?;
        Ok(self.windows)
    }

    /// The mean pinball loss at each quantile level, in days.
    ///
    /// # Errors
    ///
    /// [`ScoreError::Empty`] before the first forecast.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn pinball(&self) -> Result<Vec<(Probability, f64)>, ScoreError> {
        self.non_empty()?;
        let denominator = u128::from(self.windows.count) * u128::from(Probability::ONE.ppb());
        Ok(self
            .taus
            .iter()
            .zip(&self.pinball)
            .map(|(tau, sum)| (*tau, signed_ratio(*sum, denominator)))
            .collect())
    }

    /// The mean CRPS, in days.
    ///
    /// # Errors
    ///
    /// [`ScoreError::Empty`] before the first forecast.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn crps(&self) -> Result<f64, ScoreError> {
        self.non_empty()?;
        let unit = u128::from(SCALE) * u128::from(SCALE);
        Ok(ratio_f64(self.crps, unit * u128::from(self.windows.count)))
    }

    fn non_empty(&self) -> Result<(), ScoreError> {
        if self.windows.count == 0 { Err(ScoreError::Empty) } else { Ok(()) }
    }
}

#[cfg(test)]
// The expected values are exact in binary (dyadic), so exact comparison is meant.
#[allow(clippy::float_cmp)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, day).unwrap()
    }

    #[test]
    fn crps_of_a_point_mass_is_the_absolute_error() {
        // CRPS of a point forecast equals |y − x| (Gneiting & Raftery 2007, §4.2).
        let point = DateDistribution::point(d(10));
        for (actual, expected) in [(10, 0.0), (7, 3.0), (14, 4.0)] {
            assert_eq!(crps(&point, d(actual)), expected, "{actual}");
        }
    }

    #[test]
    fn ratio_is_exact_for_representable_values() {
        assert_eq!(ratio_f64(3, 4), 0.75);
        assert_eq!(ratio_f64(7, 2), 3.5);
        assert_eq!(ratio_f64(1, 0), 0.0);
        assert_eq!(signed_ratio(-3, 2), -1.5);
    }

    #[test]
    fn level_must_be_interior() {
        let w = Window::try_new(d(1), d(2), Probability::ONE).unwrap();
        assert_eq!(
            WindowScores::score(&[(w, d(1))]),
            Err(ScoreError::LevelNotInterior { level: Probability::ONE })
        );
        let a = Window::try_new(d(1), d(2), Probability::HALF).unwrap();
        let b = Window::try_new(d(1), d(2), "0.8".parse().unwrap()).unwrap();
        assert_eq!(
            WindowScores::score(&[(a, d(1)), (b, d(1))]),
            Err(ScoreError::MixedLevels {
                position: 1,
                level: "0.8".parse().unwrap(),
                first: Probability::HALF
            })
        );
        assert!(Scorecard::new(Probability::ZERO, &[]).is_err());
    }
}
