//! Learning leg distributions from completed histories: [`FitOptions`], [`TransitTime::fit`],
//! [`Plan::leg_durations`] and the [`Learner`] that fits a whole plan.

use chrono::{DateTime, Utc};

use super::error::{DistributionError, EstimateError, FitError};
use super::plan::Plan;
use super::transit::TransitTime;
use crate::warehouse::DayUnit;

/// How observed durations become a distribution: the minimum sample size and the smoothing.
///
/// # The rule
///
/// With `n` observations (at least [`min_samples`](Self::min_samples)), the fitted weight of a
/// duration of `k` days is `count(k) + λ` for every `k` from the shortest observation minus
/// [`extend_below`](Self::extend_below) to the longest plus
/// [`extend_above`](Self::extend_above), where `λ` is
/// [`pseudo_count`](Self::pseudo_count_milli) (additive or Lidstone smoothing; `λ = ½` is the
/// Jeffreys prior of a multinomial). So days inside the observed range that happened not to be
/// observed keep a small probability, and one day slower than ever seen stays possible.
///
/// # Defaults and why
///
/// - `min_samples = 30`. By the Dvoretzky–Kiefer–Wolfowitz inequality
///   (`P(sup |Fₙ − F| > ε) ≤ 2·e^(−2nε²)`, with Massart's constant), 30 observations pin the
///   whole distribution function to within ±0.25 with 95% confidence, 100 to ±0.14, 1,000 to
///   ±0.043. Below 30 a fitted window is mostly noise; keep the prior instead (the
///   [`Learner`] does).
/// - `λ = 0.5` (Jeffreys), `extend_below = 0`, `extend_above = 1`.
///
/// # Examples
///
/// ```
/// use crossborder::eta::FitOptions;
///
/// let options = FitOptions::default().with_min_samples(100).with_pseudo_count_milli(1_000);
/// assert_eq!(options.min_samples(), 100);
/// assert_eq!(options.pseudo_count_milli(), 1_000);
/// assert_eq!((options.extend_below(), options.extend_above()), (0, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FitOptions {
    min_samples: u32,
    pseudo_count_milli: u32,
    extend_below: u16,
    extend_above: u16,
}

impl Default for FitOptions {
    fn default() -> Self {
        Self {
            min_samples: Self::DEFAULT_MIN_SAMPLES,
            pseudo_count_milli: 500,
            extend_below: 0,
            extend_above: 1,
        }
    }
}

impl FitOptions {
    /// The default minimum sample size, 30.
    pub const DEFAULT_MIN_SAMPLES: u32 = 30;

    /// The same options with another minimum sample size (at least 1, checked when fitting).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    #[must_use]
    pub fn with_min_samples(mut self, min_samples: u32) -> Self {
        self.min_samples = min_samples;
        self
    }

    /// The same options with another pseudo-count `λ`, in thousandths (500 = ½).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    #[must_use]
    pub fn with_pseudo_count_milli(mut self, pseudo_count_milli: u32) -> Self {
        self.pseudo_count_milli = pseudo_count_milli;
        self
    }

    /// The same options with other extensions of the observed range, in days.
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::FitOptions;
    ///
    /// let options = FitOptions::default().with_extension(1, 2);
    /// assert_eq!((options.extend_below(), options.extend_above()), (1, 2));
    /// ```
    #[must_use]
    pub fn with_extension(mut self, below: u16, above: u16) -> Self {
        self.extend_below = below;
        self.extend_above = above;
        self
    }

    /// The minimum sample size.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn min_samples(&self) -> u32 {
        self.min_samples
    }

    /// The pseudo-count `λ` in thousandths.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn pseudo_count_milli(&self) -> u32 {
        self.pseudo_count_milli
    }

    /// Days added below the shortest observation.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn extend_below(&self) -> u16 {
        self.extend_below
    }

    /// Days added above the longest observation.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn extend_above(&self) -> u16 {
        self.extend_above
    }
}

impl TransitTime {
    /// Fits a distribution to observed durations (in the leg's unit) by the rule of
    /// [`FitOptions`].
    ///
    /// # Errors
    ///
    /// [`FitError::ZeroMinSamples`], [`FitError::TooFewSamples`], and
    /// [`FitError::Distribution`] when the smoothed range exceeds
    /// [`MAX_DAYS`](Self::MAX_DAYS) (leg 0).
    ///
    /// # Examples
    ///
    /// ```
    /// use crossborder::eta::{FitOptions, TransitTime};
    ///
    /// // 30 parcels: 10 took 2 days, 15 took 3, 5 took 5 (none took 4).
    /// let mut durations = vec![2_u16; 10];
    /// durations.extend([3; 15]);
    /// durations.extend([5; 5]);
    /// let fitted = TransitTime::fit(&durations, &FitOptions::default())?;
    /// // Weights count + ½ on 2..=6 (one day beyond the slowest): 10.5, 15.5, 0.5, 5.5, 0.5,
    /// // total 32.5.
    /// assert_eq!((fitted.min_days(), fitted.max_days()), (2, 6));
    /// assert_eq!(fitted.probability(3).to_string(), "0.476923077"); // 15.5 / 32.5
    /// assert_eq!(fitted.probability(4).to_string(), "0.015384615"); // 0.5 / 32.5
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fit(durations: &[u16], options: &FitOptions) -> Result<Self, FitError> {
        fit_leg(0, durations, options)
    }
}

fn fit_leg(leg: usize, durations: &[u16], options: &FitOptions) -> Result<TransitTime, FitError> {
    if options.min_samples == 0 {
        return Err(FitError::ZeroMinSamples);
    }
    let enough = u32::try_from(durations.len()).map_or(true, |n| n >= options.min_samples);
    let (Some(shortest), Some(longest), true) =
        (durations.iter().min(), durations.iter().max(), enough)
    else {
        return Err(FitError::TooFewSamples { samples: durations.len(), min: options.min_samples });
    };
    let low = shortest.saturating_sub(options.extend_below);
    let high = u32::from(*longest) + u32::from(options.extend_above);
    if high > u32::from(TransitTime::MAX_DAYS) {
        return Err(FitError::Distribution {
            leg,
            source: DistributionError::TooLong { days: high, limit: TransitTime::MAX_DAYS },
        });
    }
    let len = usize::try_from(high - u32::from(low)).unwrap_or(0) + 1;
    let mut weights = vec![u64::from(options.pseudo_count_milli); len];
    for d in durations {
        if let Some(w) = weights.get_mut(usize::from(d - low)) {
            *w += 1_000;
        }
    }
    TransitTime::from_weights(low, &weights)
        .map_err(|source| FitError::Distribution { leg, source })
}

impl Plan {
    /// The duration of each leg of one completed (or partial) history, measured with the same
    /// rules the estimate uses (see [`LegPlan`](super::LegPlan)), so a fitted plan reproduces
    /// its data.
    ///
    /// `milestones` has one entry more than the plan has legs: the instant the first leg
    /// started (the order), then the instant each leg ended (a hand-over scan, customs
    /// release, delivery); `None` where no scan was recorded. A leg's duration is measured
    /// when both of its milestones are known: its start date by the start rule, its end date
    /// as the local date at the receiving node, and the business days (on the leg's calendar)
    /// or calendar days from start to end; an end date before the start date (a parcel moved
    /// on a rest day) counts as 0.
    ///
    /// # Errors
    ///
    /// [`FitError::MilestoneCount`], [`FitError::EndsBeforeStart`] when an end milestone is
    /// earlier than its start, [`FitError::Estimate`] when a calendar does not cover a date,
    /// [`FitError::Distribution`] for a duration over
    /// [`TransitTime::MAX_DAYS`](super::TransitTime::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveTime, TimeZone, Utc};
    /// use crossborder::calendar::BusinessCalendar;
    /// use crossborder::eta::{LegPlan, Plan, TransitTime};
    ///
    /// let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
    /// let plan = Plan::try_new(vec![
    ///     LegPlan::business_days("Shanghai customs", BusinessCalendar::china(),
    ///         chrono_tz::Asia::Shanghai, t(16)?, TransitTime::uniform(1, 4)?)?,
    ///     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
    ///         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::uniform(1, 3)?)?,
    /// ])?;
    /// let at = |m, d, h| Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).single().ok_or("instant");
    /// // At customs Wed 30 Sep 10:00 Beijing; released Fri 9 Oct (business days: Thu 8, Fri 9
    /// // after the National Day break → 2); delivered Sun 11 Oct (2 calendar days).
    /// let history = [Some(at(9, 30, 2)?), Some(at(10, 9, 3)?), Some(at(10, 11, 4)?)];
    /// assert_eq!(plan.leg_durations(&history)?, vec![Some(2), Some(2)]);
    /// let partial = [Some(at(9, 30, 2)?), None, Some(at(10, 11, 4)?)];
    /// assert_eq!(plan.leg_durations(&partial)?, vec![None, None]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn leg_durations(
        &self,
        milestones: &[Option<DateTime<Utc>>],
    ) -> Result<Vec<Option<u16>>, FitError> {
        let legs = self.legs();
        if milestones.len() != legs.len() + 1 {
            return Err(FitError::MilestoneCount {
                expected: legs.len() + 1,
                got: milestones.len(),
            });
        }
        let mut out = Vec::with_capacity(legs.len());
        for (index, (leg, pair)) in legs.iter().zip(milestones.windows(2)).enumerate() {
            let (Some(Some(start)), Some(Some(end))) = (pair.first(), pair.get(1)) else {
                out.push(None);
                continue;
            };
            if end < start {
                return Err(FitError::EndsBeforeStart { leg: index, start: *start, end: *end });
            }
            let calendar_error = |source| EstimateError::Calendar { leg: index, source };
            let (received, same_day) = leg.start_from_instant(index, *start)?;
            let calendar = leg.calendar();
            let started =
                if same_day && calendar.is_business_day(received).map_err(calendar_error)? {
                    received
                } else {
                    calendar.next_business_day(received).map_err(calendar_error)?
                };
            let receiving = legs.get(index + 1).unwrap_or(leg).time_zone();
            let ended = end.with_timezone(&receiving).date_naive();
            let days = if ended <= started {
                0
            } else {
                match leg.unit() {
                    DayUnit::CalendarDays => (ended - started).num_days(),
                    _ => calendar.business_days_between(started, ended).map_err(calendar_error)?,
                }
            };
            let days = u16::try_from(days).ok().filter(|d| *d <= TransitTime::MAX_DAYS).ok_or(
                FitError::Distribution {
                    leg: index,
                    source: DistributionError::TooLong {
                        days: u32::try_from(days).unwrap_or(u32::MAX),
                        limit: TransitTime::MAX_DAYS,
                    },
                },
            )?;
            out.push(Some(days));
        }
        Ok(out)
    }
}

/// How one leg came out of [`Learner::fit`].
///
/// # Examples
///
/// See [`Learner`].
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegFit {
    /// The leg's distribution was fitted from its observations.
    Fitted {
        /// The number of observations.
        samples: usize,
    },
    /// Too few observations: the leg kept the plan's (prior) distribution.
    Prior {
        /// The number of observations.
        samples: usize,
    },
}

/// Collects leg durations from completed shipments' histories and fits every leg of a plan
/// (the lane's distributions).
///
/// # Examples
///
/// ```
/// use chrono::{Duration, NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::BusinessCalendar;
/// use crossborder::eta::{FitOptions, LegFit, LegPlan, Learner, Plan, TransitTime};
///
/// let t = |h| NaiveTime::from_hms_opt(h, 0, 0).ok_or("time");
/// let prior = Plan::try_new(vec![
///     LegPlan::calendar_days("air", BusinessCalendar::seven_day(), chrono_tz::Asia::Shanghai,
///         t(18)?, TransitTime::uniform(1, 9)?)?,
///     LegPlan::calendar_days("SF Express", BusinessCalendar::seven_day(),
///         chrono_tz::Asia::Shanghai, t(20)?, TransitTime::uniform(1, 3)?)?,
/// ])?;
/// let mut learner = Learner::new(&prior);
/// let start = Utc.with_ymd_and_hms(2026, 4, 1, 1, 0, 0).single().ok_or("instant")?;
/// // 40 flights of 3 days each; the last-mile scan is missing.
/// for _ in 0..40 {
///     learner.observe(&prior, &[Some(start), Some(start + Duration::days(3)), None])?;
/// }
/// let (fitted, report) = learner.fit(&prior, &FitOptions::default())?;
/// assert_eq!(report, vec![LegFit::Fitted { samples: 40 }, LegFit::Prior { samples: 0 }]);
/// assert_eq!(fitted.legs()[0].transit().mode_days(), 3);
/// assert_eq!(fitted.legs()[1].transit(), prior.legs()[1].transit());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Learner {
    durations: Vec<Vec<u16>>,
}

impl Learner {
    /// An empty learner for the legs of `plan`.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn new(plan: &Plan) -> Self {
        Self { durations: vec![Vec::new(); plan.legs().len()] }
    }

    /// Adds one history ([`Plan::leg_durations`]); returns how many legs it measured.
    ///
    /// # Errors
    ///
    /// As [`Plan::leg_durations`]; nothing is added then.
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn observe(
        &mut self,
        plan: &Plan,
        milestones: &[Option<DateTime<Utc>>],
    ) -> Result<usize, FitError> {
        let measured = plan.leg_durations(milestones)?;
        if self.durations.len() < measured.len() {
            self.durations.resize(measured.len(), Vec::new());
        }
        let mut count = 0;
        for (slot, days) in self.durations.iter_mut().zip(measured) {
            if let Some(days) = days {
                slot.push(days);
                count += 1;
            }
        }
        Ok(count)
    }

    /// Adds one observed duration of leg `leg` directly (for durations measured elsewhere).
    ///
    /// # Examples
    ///
    /// ```
    /// # use chrono::NaiveTime;
    /// # use crossborder::{calendar::BusinessCalendar, eta::{LegPlan, Learner, Plan, TransitTime}};
    /// # let leg = LegPlan::business_days("customs", BusinessCalendar::china(),
    /// #     chrono_tz::Asia::Shanghai, NaiveTime::from_hms_opt(16, 0, 0).ok_or("t")?,
    /// #     TransitTime::uniform(1, 3)?)?;
    /// # let plan = Plan::try_new(vec![leg])?;
    /// let mut learner = Learner::new(&plan);
    /// learner.record(0, 2);
    /// assert_eq!(learner.durations(0), &[2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record(&mut self, leg: usize, days: u16) {
        if self.durations.len() <= leg {
            self.durations.resize(leg + 1, Vec::new());
        }
        if let Some(slot) = self.durations.get_mut(leg) {
            slot.push(days);
        }
    }

    /// The durations observed for leg `leg` so far.
    ///
    /// # Examples
    ///
    /// See [`record`](Self::record).
    pub fn durations(&self, leg: usize) -> &[u16] {
        self.durations.get(leg).map_or(&[], Vec::as_slice)
    }

    /// Fits every leg with enough observations and keeps the prior elsewhere; returns the
    /// fitted plan and what happened to each leg.
    ///
    /// # Errors
    ///
    /// [`FitError::ZeroMinSamples`]; [`FitError::Distribution`] when a smoothed range exceeds
    /// [`TransitTime::MAX_DAYS`](super::TransitTime::MAX_DAYS).
    ///
    /// # Examples
    ///
    /// See the [type documentation](Self).
    pub fn fit(&self, prior: &Plan, options: &FitOptions) -> Result<(Plan, Vec<LegFit>), FitError> {
        if options.min_samples == 0 {
            return Err(FitError::ZeroMinSamples);
        }
        let mut plan = prior.clone();
        let mut report = Vec::with_capacity(prior.legs().len());
        for index in 0..prior.legs().len() {
            let durations = self.durations(index);
            let samples = durations.len();
            let enough = u32::try_from(samples).map_or(true, |n| n >= options.min_samples);
            if enough {
                let fitted = fit_leg(index, durations, options)?;
                if let Some(next) = plan.with_transit(index, fitted) {
                    plan = next;
                }
                report.push(LegFit::Fitted { samples });
            } else {
                report.push(LegFit::Prior { samples });
            }
        }
        Ok((plan, report))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_validates_options_and_ranges() {
        let data = vec![3_u16; 30];
        assert_eq!(
            TransitTime::fit(&data, &FitOptions::default().with_min_samples(0)),
            Err(FitError::ZeroMinSamples)
        );
        assert_eq!(
            TransitTime::fit(&[], &FitOptions::default().with_min_samples(1)),
            Err(FitError::TooFewSamples { samples: 0, min: 1 })
        );
        // No smoothing, no extension: the empirical distribution itself.
        let exact = FitOptions::default().with_pseudo_count_milli(0).with_extension(0, 0);
        assert_eq!(TransitTime::fit(&data, &exact).unwrap(), TransitTime::fixed(3).unwrap());
        let long = vec![366_u16; 30];
        assert_eq!(
            TransitTime::fit(&long, &FitOptions::default()),
            Err(FitError::Distribution {
                leg: 0,
                source: DistributionError::TooLong { days: 367, limit: 366 }
            })
        );
        // Extension below stops at zero days.
        let zero = vec![0_u16; 30];
        let fitted = TransitTime::fit(&zero, &FitOptions::default().with_extension(2, 0)).unwrap();
        assert_eq!(fitted, TransitTime::fixed(0).unwrap());
    }
}
