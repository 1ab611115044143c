//! The outputs: [`DateDistribution`] (probability of each calendar date), [`Window`],
//! [`Estimate`] with its per-leg breakdown ([`LegEstimate`]).

use std::fmt;

use chrono::{Days, NaiveDate};

use super::error::WindowError;
use super::probability::{Probability, SCALE};

/// Masses closer than this (2⁻²⁵ ≈ 3·10⁻⁸, far above the rounding of a few units per leg) are
/// equal when [`DateDistribution::window`] compares candidates, so exact ties stay ties.
const TIE: u64 = 64;

/// A candidate of [`DateDistribution::window`].
struct Candidate {
    /// |probability − level|, in units of 2⁻³¹·10⁻⁹.
    distance: u128,
    /// The window's mass.
    content: u64,
    /// |mass below − mass above|.
    imbalance: u64,
    from: usize,
    to: usize,
}

impl Candidate {
    /// Closer to the level, then more balanced, then larger, then ending later.
    fn beats(&self, other: &Self) -> bool {
        let tie = u128::from(TIE) * u128::from(Probability::ONE.ppb());
        if self.distance.abs_diff(other.distance) > tie {
            return self.distance < other.distance;
        }
        if self.imbalance.abs_diff(other.imbalance) > TIE {
            return self.imbalance < other.imbalance;
        }
        if self.content.abs_diff(other.content) > TIE {
            return self.content > other.content;
        }
        self.to > other.to
    }
}

/// The probability of each calendar date: when a leg ends, or when the parcel is delivered.
///
/// Masses are integers in units of 2⁻³¹ adding up to exactly 2³¹ (see the
/// [module documentation](super)); the first and last date have positive mass. Comparisons
/// with a [`Probability`] (quantiles, windows, promise dates) are exact.
///
/// # Examples
///
/// ```
/// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
/// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
/// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
/// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
/// #     TransitTime::uniform(1, 4)?)?;
/// # let plan = Plan::try_new(vec![leg])?;
/// let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
/// let arrival = plan.estimate(ordered)?.arrival().clone();
/// // Picked up Monday 11 May (before the 20:00 cut-off), 1–4 days, each 1/4.
/// let date = |d| NaiveDate::from_ymd_opt(2026, 5, d).ok_or("date");
/// assert_eq!((arrival.first(), arrival.last()), (date(12)?, date(15)?));
/// assert_eq!(arrival.cumulative(date(13)?).to_string(), "0.5");
/// assert_eq!(arrival.quantile("0.51".parse()?), date(14)?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateDistribution {
    first: NaiveDate,
    masses: Vec<u32>,
}

impl DateDistribution {
    /// All mass on one date.
    pub(crate) fn point(date: NaiveDate) -> Self {
        Self { first: date, masses: vec![1 << 31] }
    }

    /// From a first date and masses adding up to 2³¹, dropping zero masses at both ends.
    pub(crate) fn from_parts(first: NaiveDate, mut masses: Vec<u32>) -> Option<Self> {
        let lead = masses.iter().position(|m| *m > 0)?;
        let keep = masses.iter().rposition(|m| *m > 0).map_or(0, |last| last + 1);
        masses.truncate(keep);
        masses.drain(..lead);
        let first = first.checked_add_days(Days::new(u64::try_from(lead).ok()?))?;
        Some(Self { first, masses })
    }

    /// The earliest possible date.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn first(&self) -> NaiveDate {
        self.first
    }

    /// The latest possible date.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn last(&self) -> NaiveDate {
        self.date_at(self.masses.len().saturating_sub(1))
    }

    fn date_at(&self, index: usize) -> NaiveDate {
        u64::try_from(index)
            .ok()
            .and_then(|days| self.first.checked_add_days(Days::new(days)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The masses from [`first`](Self::first) to [`last`](Self::last) in units of 2⁻³¹
    /// (they add up to 2³¹); dates in between with mass zero are included.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 2)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// assert_eq!(arrival.masses(), &[1 << 30, 1 << 30]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn masses(&self) -> &[u32] {
        &self.masses
    }

    fn index_of(&self, date: NaiveDate) -> Option<usize> {
        usize::try_from((date - self.first).num_days()).ok()
    }

    /// The probability of exactly `date` (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// See [`Plan::re_estimate`](super::Plan::re_estimate).
    pub fn probability(&self, date: NaiveDate) -> Probability {
        let mass = self.index_of(date).and_then(|i| self.masses.get(i)).copied().unwrap_or(0);
        Probability::from_mass(u64::from(mass))
    }

    /// The probability of delivery on or before `date` (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn cumulative(&self, date: NaiveDate) -> Probability {
        Probability::from_mass(self.cumulative_mass(date))
    }

    fn cumulative_mass(&self, date: NaiveDate) -> u64 {
        if date < self.first {
            return 0;
        }
        let through = self.index_of(date).map_or(usize::MAX, |i| i.saturating_add(1));
        self.masses.iter().take(through).map(|m| u64::from(*m)).sum()
    }

    /// The probability that the date lies in `from..=to` (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 4)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// let date = |d| NaiveDate::from_ymd_opt(2026, 5, d).ok_or("date");
    /// assert_eq!(arrival.probability_between(date(13)?, date(14)?).to_string(), "0.5");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn probability_between(&self, from: NaiveDate, to: NaiveDate) -> Probability {
        if to < from {
            return Probability::ZERO;
        }
        let below = from.pred_opt().map_or(0, |d| self.cumulative_mass(d));
        Probability::from_mass(self.cumulative_mass(to).saturating_sub(below))
    }

    /// Every date from [`first`](Self::first) to [`last`](Self::last) with its probability
    /// (rounded to the billionth).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 4)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// let total: u32 = arrival.iter().map(|(_, p)| p.ppb()).sum();
    /// assert_eq!(total, 1_000_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (NaiveDate, Probability)> + '_ {
        self.first
            .iter_days()
            .zip(self.masses.iter().map(|m| Probability::from_mass(u64::from(*m))))
    }

    /// The `level`-quantile: the earliest date whose cumulative probability reaches `level`
    /// (compared exactly); [`first`](Self::first) for level 0.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn quantile(&self, level: Probability) -> NaiveDate {
        let mut sum = 0_u64;
        for (i, m) in self.masses.iter().enumerate() {
            sum += u64::from(*m);
            if level.at_most_mass(sum) {
                return self.date_at(i);
            }
        }
        self.last()
    }

    /// The promise date (承诺送达日) for an on-time target such as 0.97: the earliest date by
    /// which the parcel is delivered with probability at least `on_time` (the
    /// [`quantile`](Self::quantile) at `on_time`). Amazon recommends an on-time delivery rate
    /// above 97% (Seller Central help 200847280).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 4)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// // 75% by Thursday 14 May; 97% needs Friday 15.
    /// let date = |d| NaiveDate::from_ymd_opt(2026, 5, d).ok_or("date");
    /// assert_eq!(arrival.promise_date("0.75".parse()?), date(14)?);
    /// assert_eq!(arrival.promise_date("0.97".parse()?), date(15)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn promise_date(&self, on_time: Probability) -> NaiveDate {
        self.quantile(on_time)
    }

    /// The most likely date (the earliest among ties).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::triangular(1, 2, 4)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// assert_eq!(arrival.most_likely(), NaiveDate::from_ymd_opt(2026, 5, 13).ok_or("date")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn most_likely(&self) -> NaiveDate {
        let mut best = (0_usize, 0_u32);
        for (i, m) in self.masses.iter().enumerate() {
            if *m > best.1 {
                best = (i, *m);
            }
        }
        self.date_at(best.0)
    }

    /// The equal-tailed window at `level` (for example 0.8), rounded to whole dates so that
    /// its probability is as close to `level` as whole dates allow.
    ///
    /// With `α = 1 − level`, the textbook quantiles give a first date `a`, the latest with
    /// `P(Y < a) ≤ α/2`, and a last date `b`, the earliest with `P(Y ≤ b) ≥ 1 − α/2`: the
    /// [conservative window](Self::conservative_window). It always holds at least `level`,
    /// and on day-level data usually much more, because each boundary date brings its whole
    /// probability. This window keeps or drops each boundary date instead: it runs from `a` or
    /// the next possible date to `b` or the previous possible date, whichever of these (up to)
    /// four windows has the probability closest to `level` (ties, up to the fixed-point
    /// rounding: the more balanced tails, then the larger probability, then the later end). Each tail it leaves out stays within
    /// one date of `α/2`, it is never wider than the conservative window, and over many parcels
    /// its coverage is close to `level`, which the conservative window's is not.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 10)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// // 1–10 days from Monday 11 May, 0.1 each: 12 … 21 May.
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// let date = |d| NaiveDate::from_ymd_opt(2026, 5, d).ok_or("date");
    /// // Conservative: P(Y < 12 May) = 0 ≤ 0.1 (13 May: 0.1, not below 0.1 after rounding
    /// // up) and P(Y ≤ 20 May) = 0.9: 12–20 May, probability 0.9. Dropping 12 May or 20 May
    /// // gives 0.8 exactly; the tie goes to the later end: 13–20 May.
    /// assert_eq!(arrival.conservative_window("0.8".parse()?).to_string(), "2026-05-12 – 2026-05-20");
    /// let window = arrival.window("0.8".parse()?);
    /// assert_eq!((window.from(), window.to()), (date(13)?, date(20)?));
    /// assert_eq!(arrival.probability_between(window.from(), window.to()).to_string(), "0.8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn window(&self, level: Probability) -> Window {
        let (low, high) = self.conservative_indices(level);
        // Running totals: `before[i]` is the mass of the dates before index `i`.
        let before: Vec<u64> = std::iter::once(0)
            .chain(self.masses.iter().scan(0_u64, |sum, m| {
                *sum += u64::from(*m);
                Some(*sum)
            }))
            .collect();
        let positive = |i: &usize| self.masses.get(*i).is_some_and(|m| *m > 0);
        let lows = [Some(low), (low + 1..=high).find(positive)];
        let highs = [Some(high), (low..high).rev().find(positive)];
        let target = i128::from(level.ppb()) * i128::from(SCALE);
        let billion = i128::from(Probability::ONE.ppb());
        let mut best: Option<Candidate> = None;
        for from in lows.into_iter().flatten() {
            for to in highs.into_iter().flatten().filter(|to| *to >= from) {
                let (Some(below), Some(through)) = (before.get(from), before.get(to + 1)) else {
                    continue;
                };
                let content = through - below;
                let candidate = Candidate {
                    distance: (i128::from(content) * billion - target).unsigned_abs(),
                    content,
                    imbalance: below.abs_diff(SCALE - through),
                    from,
                    to,
                };
                if best.as_ref().is_none_or(|b| candidate.beats(b)) {
                    best = Some(candidate);
                }
            }
        }
        let (from, to) = best.map_or((low, high), |b| (b.from, b.to));
        Window { from: self.date_at(from), to: self.date_at(to), level }
    }

    /// The conservative equal-tailed window at `level`: from the latest date with
    /// `P(Y < from) ≤ α/2` to the earliest date with `P(Y ≤ to) ≥ 1 − α/2` (the textbook
    /// quantiles), so its probability is always at least `level`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::{NaiveTime, TimeZone, Utc};
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Plan, TransitTime}};
    /// # let leg = LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(20, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 4)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// # let ordered = Utc.with_ymd_and_hms(2026, 5, 11, 2, 0, 0).single().ok_or("instant")?;
    /// // 1–4 days, 0.25 each: a 60% window needs P(Y < from) ≤ 0.2 → from 12 May, and
    /// // P(Y ≤ to) ≥ 0.8 → to 15 May; it holds all the probability.
    /// let arrival = plan.estimate(ordered)?.arrival().clone();
    /// let window = arrival.conservative_window("0.6".parse()?);
    /// assert_eq!(window.to_string(), "2026-05-12 – 2026-05-15");
    /// // The rounded window drops both boundary dates: 13–14 May holds 0.5, the closest to 0.6
    /// // (12–14 May and 13–15 May hold 0.75).
    /// assert_eq!(arrival.window("0.6".parse()?).to_string(), "2026-05-13 – 2026-05-14");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn conservative_window(&self, level: Probability) -> Window {
        let (from, to) = self.conservative_indices(level);
        Window { from: self.date_at(from), to: self.date_at(to), level }
    }

    /// The indices of the conservative window's first and last date.
    fn conservative_indices(&self, level: Probability) -> (usize, usize) {
        let one = u128::from(Probability::ONE.ppb());
        let alpha = one - u128::from(level.ppb());
        // P(Y < d) ≤ α/2 ⇔ 2·before·10⁹ ≤ α·2³¹; P(Y ≤ d) ≥ 1 − α/2 ⇔ 2·through·10⁹ ≥ (2·10⁹ − α)·2³¹.
        let low = alpha * u128::from(SCALE);
        let high = (2 * one - alpha) * u128::from(SCALE);
        let mut before = 0_u64;
        let mut from = 0_usize;
        let mut to = None;
        for (i, m) in self.masses.iter().enumerate() {
            if *m > 0 && u128::from(2 * before) * one <= low {
                from = i;
            }
            before += u64::from(*m);
            if to.is_none() && u128::from(2 * before) * one >= high {
                to = Some(i);
            }
        }
        let to = to.unwrap_or(self.masses.len().saturating_sub(1));
        (from, to.max(from))
    }

    /// The same distribution given that the date is not before `today`, renormalised, or
    /// `None` if no mass is left.
    pub(crate) fn given_not_before(&self, today: NaiveDate) -> Option<Self> {
        if today <= self.first {
            return Some(self.clone());
        }
        let skip = self.index_of(today)?;
        let kept = self.masses.get(skip..)?;
        let total: u64 = kept.iter().map(|m| u64::from(*m)).sum();
        if total == 0 {
            return None;
        }
        let mut cumulative = 0_u64;
        let mut previous = 0_u64;
        let masses = kept
            .iter()
            .map(|m| {
                cumulative += u64::from(*m);
                let rounded = (cumulative * SCALE).div_ceil(total);
                let mass = rounded - previous;
                previous = rounded;
                u32::try_from(mass).unwrap_or(u32::MAX)
            })
            .collect();
        Self::from_parts(today, masses)
    }
}

/// A delivery window (预计送达时间窗): the dates `from..=to` and the nominal level it was made
/// for. `Display` prints `2026-12-03 – 2026-12-09`.
///
/// With the `serde` feature a window is `{"from": "2026-12-03", "to": "2026-12-09",
/// "level": "0.8"}`, read back through [`try_new`](Self::try_new).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::eta::Window;
///
/// let from = NaiveDate::from_ymd_opt(2026, 12, 3).ok_or("date")?;
/// let to = NaiveDate::from_ymd_opt(2026, 12, 9).ok_or("date")?;
/// let window = Window::try_new(from, to, "0.8".parse()?)?;
/// assert_eq!(window.to_string(), "2026-12-03 – 2026-12-09");
/// assert_eq!(window.width_days(), 6);
/// assert!(window.contains(NaiveDate::from_ymd_opt(2026, 12, 9).ok_or("date")?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Window {
    from: NaiveDate,
    to: NaiveDate,
    level: Probability,
}

impl Window {
    /// A window from `from` to `to` (inclusive) made for `level`, for example one quoted by
    /// another system, to [score](super::WindowScores) it.
    ///
    /// # Errors
    ///
    /// [`WindowError::Inverted`] if `to < from`.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn try_new(
        from: NaiveDate,
        to: NaiveDate,
        level: Probability,
    ) -> Result<Self, WindowError> {
        if to < from {
            return Err(WindowError::Inverted { from, to });
        }
        Ok(Self { from, to, level })
    }

    /// The first date.
    ///
    /// # Examples
    ///
    /// See [`DateDistribution::window`].
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last date: the seller's promise.
    ///
    /// # Examples
    ///
    /// See [`DateDistribution::window`].
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// The nominal level.
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use crossborder::eta::{Probability, Window};
    /// # let d = NaiveDate::from_ymd_opt(2026, 12, 3).ok_or("date")?;
    /// let window = Window::try_new(d, d, Probability::HALF)?;
    /// assert_eq!(window.level(), Probability::HALF);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn level(&self) -> Probability {
        self.level
    }

    /// `to − from` in days (0 for a one-day window), the width the interval scores use.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn width_days(&self) -> i64 {
        (self.to - self.from).num_days()
    }

    /// Whether `date` lies in the window.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} – {}", self.from, self.to)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Window;
    use crate::eta::Probability;

    #[derive(Serialize, Deserialize)]
    #[serde(rename = "Window", deny_unknown_fields)]
    struct Data {
        from: NaiveDate,
        to: NaiveDate,
        level: Probability,
    }

    impl Serialize for Window {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Data { from: self.from, to: self.to, level: self.level }.serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for Window {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let data = Data::deserialize(deserializer)?;
            Window::try_new(data.from, data.to, data.level).map_err(serde::de::Error::custom)
        }
    }
}

/// One leg's part of an [`Estimate`]: when that leg ends, so a window can be explained
/// ("customs reopens on 24 February after 春节").
///
/// # Examples
///
/// See [`Estimate::legs`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegEstimate {
    leg: usize,
    end: DateDistribution,
}

impl LegEstimate {
    pub(crate) fn new(leg: usize, end: DateDistribution) -> Self {
        Self { leg, end }
    }

    /// The leg's zero-based index in the [`Plan`](super::Plan).
    ///
    /// # Examples
    ///
    /// See [`Estimate::legs`].
    pub fn leg(&self) -> usize {
        self.leg
    }

    /// The distribution of the leg's end date (the local date at the receiving node).
    ///
    /// # Examples
    ///
    /// See [`Estimate::legs`].
    pub fn end(&self) -> &DateDistribution {
        &self.end
    }
}

/// An estimate: the whole distribution of the delivery date and the per-leg breakdown, with
/// the window, promise date and most likely date read off the distribution.
///
/// # Examples
///
/// See [`Plan`](super::Plan) and [`legs`](Self::legs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Estimate {
    arrival: DateDistribution,
    legs: Vec<LegEstimate>,
}

impl Estimate {
    pub(crate) fn new(legs: Vec<LegEstimate>) -> Option<Self> {
        let arrival = legs.last()?.end.clone();
        Some(Self { arrival, legs })
    }

    /// The distribution of the delivery date.
    ///
    /// # Examples
    ///
    /// See [`Plan::re_estimate`](super::Plan::re_estimate).
    pub fn arrival(&self) -> &DateDistribution {
        &self.arrival
    }

    /// The legs estimated, in order: every leg for a fresh estimate, the current leg and those
    /// after it for a re-estimate.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, Plan, TransitTime};
    ///
    /// let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// let plan = Plan::try_new(vec![
    ///     LegPlan::business_days("Shanghai customs", BusinessCalendar::china(),
    ///         chrono_tz::Asia::Shanghai, t(16)?, TransitTime::fixed(1)?)?,
    ///     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    ///         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::fixed(1)?)?,
    /// ])?;
    /// // Reaching customs on Wednesday 2026-09-30 at 10:00: one business day later is
    /// // Thursday 8 October, after the National Day break (1–7 October).
    /// let arrived = Utc.with_ymd_and_hms(2026, 9, 30, 2, 0, 0).single().ok_or("instant")?;
    /// let estimate = plan.estimate(arrived)?;
    /// let date = |m, d| NaiveDate::from_ymd_opt(2026, m, d).ok_or("date");
    /// assert_eq!(estimate.legs()[0].end().most_likely(), date(10, 8)?);
    /// assert_eq!(estimate.legs()[1].leg(), 1);
    /// assert_eq!(estimate.most_likely(), date(10, 9)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn legs(&self) -> &[LegEstimate] {
        &self.legs
    }

    /// The calibrated window at `level` ([`DateDistribution::window`]).
    ///
    /// # Examples
    ///
    /// See [`Plan`](super::Plan).
    pub fn window(&self, level: Probability) -> Window {
        self.arrival.window(level)
    }

    /// The conservative window at `level` ([`DateDistribution::conservative_window`]).
    ///
    /// # Examples
    ///
    /// See [`DateDistribution::conservative_window`].
    pub fn conservative_window(&self, level: Probability) -> Window {
        self.arrival.conservative_window(level)
    }

    /// The promise date for an on-time target ([`DateDistribution::promise_date`]).
    ///
    /// # Examples
    ///
    /// See [`Plan`](super::Plan).
    pub fn promise_date(&self, on_time: Probability) -> NaiveDate {
        self.arrival.promise_date(on_time)
    }

    /// The most likely delivery date ([`DateDistribution::most_likely`]).
    ///
    /// # Examples
    ///
    /// See [`legs`](Self::legs).
    pub fn most_likely(&self) -> NaiveDate {
        self.arrival.most_likely()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn dist(masses: &[u32]) -> DateDistribution {
        DateDistribution::from_parts(d(5, 1), masses.to_vec()).unwrap()
    }

    const Q: u32 = 1 << 29; // a quarter

    #[test]
    fn from_parts_trims() {
        let x = DateDistribution::from_parts(d(5, 1), vec![0, 0, 1 << 31, 0]).unwrap();
        assert_eq!((x.first(), x.last()), (d(5, 3), d(5, 3)));
        assert!(DateDistribution::from_parts(d(5, 1), vec![0, 0]).is_none());
    }

    #[test]
    fn quantiles_windows_and_conditioning() {
        // 1/4 on 1, 2, 3, 4 May.
        let x = dist(&[Q, Q, Q, Q]);
        let p = |s: &str| s.parse::<Probability>().unwrap();
        assert_eq!(x.quantile(Probability::ZERO), d(5, 1));
        assert_eq!(x.quantile(p("0.25")), d(5, 1));
        assert_eq!(x.quantile(p("0.250000001")), d(5, 2));
        assert_eq!(x.quantile(Probability::ONE), d(5, 4));
        assert_eq!(x.most_likely(), d(5, 1));
        // 75%: conservative 1–4 May (1.0); 1–3 May and 2–4 May hold 0.75 exactly, equally
        // balanced; the later end wins. 74%: the same two are closest (0.01 away).
        assert_eq!(x.conservative_window(p("0.75")).to_string(), "2026-05-01 – 2026-05-04");
        let w = x.window(p("0.75"));
        assert_eq!((w.from(), w.to()), (d(5, 2), d(5, 4)));
        let w = x.window(p("0.74"));
        assert_eq!((w.from(), w.to()), (d(5, 2), d(5, 4)));
        // 50%: conservative 2–3 May (0.5) is exact.
        assert_eq!(x.window(Probability::HALF).to_string(), "2026-05-02 – 2026-05-03");
        // Level 0: both quantiles at ½ meet on 3 May (P(Y < 3 May) = ½ ≤ ½).
        let w = x.window(Probability::ZERO);
        assert_eq!((w.from(), w.to()), (d(5, 3), d(5, 3)));
        // Conservative 50%: P(Y < from) ≤ 0.25 → 2 May; P(Y ≤ to) ≥ 0.75 → 3 May.
        let w = x.conservative_window(Probability::HALF);
        assert_eq!((w.from(), w.to()), (d(5, 2), d(5, 3)));
        let w = x.conservative_window(Probability::ONE);
        assert_eq!((w.from(), w.to()), (d(5, 1), d(5, 4)));
        // Not before 3 May: 1/2 each on 3 and 4 May.
        let y = x.given_not_before(d(5, 3)).unwrap();
        assert_eq!(y.masses(), &[1 << 30, 1 << 30]);
        assert_eq!(y.first(), d(5, 3));
        assert!(x.given_not_before(d(5, 5)).is_none());
        assert_eq!(x.given_not_before(d(4, 1)).unwrap(), x);
    }

    #[test]
    fn probabilities_and_cumulative() {
        let x = dist(&[Q, 0, 3 * Q]);
        assert_eq!(x.probability(d(5, 2)), Probability::ZERO);
        assert_eq!(x.probability(d(4, 30)), Probability::ZERO);
        assert_eq!(x.cumulative(d(4, 30)), Probability::ZERO);
        assert_eq!(x.cumulative(d(5, 2)).to_string(), "0.25");
        assert_eq!(x.cumulative(d(6, 2)), Probability::ONE);
        assert_eq!(x.probability_between(d(5, 2), d(5, 3)).to_string(), "0.75");
        assert_eq!(x.probability_between(d(5, 3), d(5, 2)), Probability::ZERO);
        assert_eq!(x.most_likely(), d(5, 3));
    }
}
