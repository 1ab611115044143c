//! The delivery-window errors: one narrow type per step (probability text, leg distribution,
//! plan, estimate, fit, window, score) and the umbrella [`EtaError`].

use chrono::{DateTime, NaiveDate, Utc};

use super::{Probability, Stage};
use crate::calendar::CalendarError;

/// A probability could not be read or built.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{Probability, ProbabilityError};
///
/// assert_eq!(
///     "1.5".parse::<Probability>(),
///     Err(ProbabilityError::OutOfRange { text: "1.5".into() })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProbabilityError {
    /// The text is neither a decimal (`0.97`, at most nine decimal places) nor a percentage
    /// (`97%`, `97.5%`, at most seven decimal places).
    #[error(
        "{text:?} is not a probability: expected a decimal such as 0.97 (at most 9 decimals) \
         or a percentage such as 97%"
    )]
    Malformed {
        /// The text given.
        text: String,
    },
    /// The value is well-formed but above one (100%).
    #[error("{text:?} is above 1 (100%)")]
    OutOfRange {
        /// The text given.
        text: String,
    },
    /// A count of parts per billion above one billion.
    #[error("{ppb} parts per billion is above one billion (probability 1)")]
    PartsPerBillionAboveOne {
        /// The parts per billion given.
        ppb: u64,
    },
    /// A ratio with a zero denominator.
    #[error("the ratio {numerator}/0 has a zero denominator")]
    ZeroDenominator {
        /// The numerator given.
        numerator: u64,
    },
}

/// A leg's transit-time distribution could not be built.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{DistributionError, TransitTime};
///
/// assert_eq!(
///     TransitTime::triangular(3, 2, 5),
///     Err(DistributionError::ModeOutsideRange { min: 3, mode: 2, max: 5 })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DistributionError {
    /// No weights were given.
    #[error("no weights were given")]
    NoWeights,
    /// Every weight is zero, so no duration is possible.
    #[error("every weight is zero")]
    ZeroTotal,
    /// The longest duration exceeds the limit of this crate.
    #[error("a duration of {days} days exceeds the limit of {limit} days")]
    TooLong {
        /// The longest duration asked for.
        days: u32,
        /// The limit, [`TransitTime::MAX_DAYS`](super::TransitTime::MAX_DAYS).
        limit: u16,
    },
    /// `min > max`.
    #[error("the minimum {min} is above the maximum {max}")]
    MinAboveMax {
        /// The minimum given.
        min: u16,
        /// The maximum given.
        max: u16,
    },
    /// The mode of a triangular distribution lies outside `min..=max`.
    #[error("the mode {mode} lies outside {min}..={max}")]
    ModeOutsideRange {
        /// The minimum given.
        min: u16,
        /// The mode given.
        mode: u16,
        /// The maximum given.
        max: u16,
    },
    /// No quantile points were given.
    #[error("no quantile points were given")]
    NoQuantiles,
    /// The days of the quantile points do not strictly increase.
    #[error("quantile point {position}: day {day} does not come after the previous point's day")]
    QuantileDaysNotIncreasing {
        /// The zero-based position of the offending point.
        position: usize,
        /// Its day.
        day: u16,
    },
    /// The probabilities of the quantile points decrease.
    #[error("quantile point {position}: probability {probability} is below the previous one")]
    QuantileProbabilitiesDecreasing {
        /// The zero-based position of the offending point.
        position: usize,
        /// Its probability.
        probability: Probability,
    },
    /// The last quantile point's probability is not 1, so the longest duration is unknown.
    #[error("the last quantile point has probability {probability}; it must be 1")]
    LastQuantileNotOne {
        /// The last point's probability.
        probability: Probability,
    },
    /// Conditioning on a duration of at least `at_least` days leaves nothing: the distribution
    /// ends at `max` days.
    #[error("a duration of at least {at_least} days is impossible: the maximum is {max} days")]
    Impossible {
        /// The duration already spent.
        at_least: u16,
        /// The longest duration of the distribution.
        max: u16,
    },
}

/// A leg plan or a plan could not be built.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{Plan, PlanError};
///
/// assert_eq!(Plan::try_new(Vec::new()), Err(PlanError::NoLegs));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The leg label is empty.
    #[error("the leg label is empty")]
    EmptyLabel,
    /// The leg label is longer than 64 characters.
    #[error("the leg label has {len} characters; at most {max} are allowed")]
    LabelTooLong {
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The leg label has leading or trailing white space or a control character.
    #[error("the leg label {label:?} has surrounding white space or a control character")]
    LabelNotClean {
        /// The label given.
        label: String,
    },
    /// A plan needs at least one leg.
    #[error("a plan needs at least one leg")]
    NoLegs,
    /// A plan has more legs than [`Plan::MAX_LEGS`](super::Plan::MAX_LEGS).
    #[error("a plan has {legs} legs; at most {max} are allowed")]
    TooManyLegs {
        /// The number of legs given.
        legs: usize,
        /// The limit.
        max: usize,
    },
}

/// An estimate or re-estimate could not be made.
///
/// # Examples
///
/// ```
/// use chrono::{NaiveTime, TimeZone, Utc};
/// use crossborder::calendar::{BusinessCalendar, CalendarError};
/// use crossborder::eta::{EstimateError, LegPlan, Plan, TransitTime};
///
/// let customs = LegPlan::business_days(
///     "customs",
///     BusinessCalendar::china(),
///     chrono_tz::Asia::Shanghai,
///     NaiveTime::from_hms_opt(16, 0, 0).ok_or("time")?,
///     TransitTime::uniform(1, 3)?,
/// )?;
/// let plan = Plan::try_new(vec![customs])?;
/// // The built-in Chinese calendar covers 2025–2026 only.
/// let ordered = Utc.with_ymd_and_hms(2027, 3, 1, 2, 0, 0).single().ok_or("instant")?;
/// assert!(matches!(
///     plan.estimate(ordered),
///     Err(EstimateError::Calendar { leg: 0, source: CalendarError::NotCovered { .. } })
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EstimateError {
    /// A leg's calendar cannot classify a date the estimate needs (typically a year it does
    /// not cover). Give the leg a calendar that covers it.
    #[error("leg {leg}: {source}")]
    Calendar {
        /// The zero-based leg index.
        leg: usize,
        /// The calendar's error.
        source: CalendarError,
    },
    /// A leg's calendar has no business day within the search limit after a date.
    #[error("leg {leg}: no business day within {days} days after {from}")]
    NoBusinessDay {
        /// The zero-based leg index.
        leg: usize,
        /// The date the search started from.
        from: NaiveDate,
        /// The number of days searched.
        days: u32,
    },
    /// A date would lie beyond the dates chrono can represent.
    #[error("leg {leg}: a date lies beyond the representable dates")]
    DateOutOfRange {
        /// The zero-based leg index.
        leg: usize,
    },
    /// The progress names a leg the plan does not have.
    #[error("leg {leg} does not exist; the plan has {legs} legs")]
    LegOutOfRange {
        /// The leg index given.
        leg: usize,
        /// The number of legs of the plan.
        legs: usize,
    },
    /// `now` lies before the instant the current leg started.
    #[error("now ({now}) is before the current leg started ({started})")]
    NowBeforeStart {
        /// When the current leg started.
        started: DateTime<Utc>,
        /// The `now` given.
        now: DateTime<Utc>,
    },
    /// The current leg has lasted longer than its distribution allows: it should have ended
    /// by `latest`, and `today` it still has not. Widen the leg's distribution or add a hold.
    #[error("leg {leg} should have ended by {latest} but is still running on {today}")]
    Overdue {
        /// The zero-based leg index.
        leg: usize,
        /// The latest end date the distribution allows.
        latest: NaiveDate,
        /// The local date of `now`.
        today: NaiveDate,
    },
    /// Adding a hold to the current leg gave an impossible distribution (too long).
    #[error("leg {leg} with its hold: {source}")]
    Hold {
        /// The zero-based leg index.
        leg: usize,
        /// The distribution error.
        source: DistributionError,
    },
}

/// Leg distributions could not be fitted from observed histories.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{FitError, FitOptions, TransitTime};
///
/// let few = [3_u16, 4, 4, 5];
/// assert_eq!(
///     TransitTime::fit(&few, &FitOptions::default()),
///     Err(FitError::TooFewSamples { samples: 4, min: 30 })
/// );
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FitError {
    /// Fewer observations than the minimum sample size.
    #[error("{samples} observations; at least {min} are needed")]
    TooFewSamples {
        /// The number of observations.
        samples: usize,
        /// The minimum sample size of the options.
        min: u32,
    },
    /// The minimum sample size of the options is zero.
    #[error("the minimum sample size must be at least 1")]
    ZeroMinSamples,
    /// A history has the wrong number of milestones (a plan of `n` legs needs `n + 1`: the
    /// start of the first leg, then the end of every leg).
    #[error("a history has {got} milestones; this plan needs {expected}")]
    MilestoneCount {
        /// The number the plan needs.
        expected: usize,
        /// The number given.
        got: usize,
    },
    /// A leg ends before it starts: its end milestone is earlier than its start milestone.
    #[error("leg {leg} ends ({end}) before it starts ({start})")]
    EndsBeforeStart {
        /// The zero-based leg index.
        leg: usize,
        /// The milestone starting the leg.
        start: DateTime<Utc>,
        /// The milestone ending the leg.
        end: DateTime<Utc>,
    },
    /// A measured or smoothed duration is longer than a distribution may be.
    #[error("leg {leg}: {source}")]
    Distribution {
        /// The zero-based leg index (0 for a single fit).
        leg: usize,
        /// The distribution error.
        source: DistributionError,
    },
    /// A milestone date could not be placed on a leg's calendar.
    #[error(transparent)]
    Estimate(#[from] EstimateError),
}

/// A window could not be built from the dates given.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::eta::{Probability, Window, WindowError};
///
/// let from = NaiveDate::from_ymd_opt(2026, 3, 9).ok_or("date")?;
/// let to = NaiveDate::from_ymd_opt(2026, 3, 3).ok_or("date")?;
/// assert_eq!(
///     Window::try_new(from, to, "0.8".parse::<Probability>()?),
///     Err(WindowError::Inverted { from, to })
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    /// The window ends before it starts.
    #[error("the window {from} – {to} ends before it starts")]
    Inverted {
        /// The first date given.
        from: NaiveDate,
        /// The last date given.
        to: NaiveDate,
    },
}

/// A set of forecasts could not be scored.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use crossborder::eta::{ScoreError, WindowScores};
///
/// let none: Vec<(crossborder::eta::Window, NaiveDate)> = Vec::new();
/// assert_eq!(WindowScores::score(&none), Err(ScoreError::Empty));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    /// Nothing to score.
    #[error("there is nothing to score")]
    Empty,
    /// The windows do not all have the same nominal level, so their coverage has no single
    /// target and their interval scores are not comparable.
    #[error("window {position} has level {level}, the first has {first}")]
    MixedLevels {
        /// The zero-based position of the first differing window.
        position: usize,
        /// Its level.
        level: Probability,
        /// The first window's level.
        first: Probability,
    },
    /// The interval score needs a level strictly between 0 and 1 (it divides by `1 − level`).
    #[error("the interval score needs a level strictly between 0 and 1, not {level}")]
    LevelNotInterior {
        /// The level given.
        level: Probability,
    },
}

/// A shipment's delivery outlook could not be made, or a [`RoutePlan`](super::RoutePlan) could
/// not be built.
///
/// # Examples
///
/// ```
/// # use crossborder::carrier::{Carrier, TrackingNumber};
/// # use crossborder::geo::Country;
/// # use crossborder::shipment::*;
/// # use crossborder::warehouse::TransportMode;
/// use crossborder::eta::{RoutePlan, ShipmentEtaError};
///
/// # let pvg = Location::place("Shanghai Pudong port of entry", Country::CN)?;
/// # let dhl = TrackingNumber::parse(Carrier::DhlEcommerce, "GM2951173225174494")?;
/// # let sf = TrackingNumber::parse(Carrier::SfExpress, "SF1385628716739")?;
/// # let international = Leg::try_new(Carrier::DhlEcommerce, TransportMode::Air,
/// #     Location::place("Los Angeles gateway", Country::US)?, pvg.clone(), dhl)?;
/// # let domestic = Leg::try_new(Carrier::SfExpress, TransportMode::Road, pvg.clone(),
/// #     Location::place("杭州市西湖区", Country::CN)?, sf)?;
/// let route = Route::try_new(CustomsMode::DirectPurchase, vec![international, domestic], 1)?;
/// let err = RoutePlan::try_new(&route, |_| None).unwrap_err();
/// assert!(matches!(err, ShipmentEtaError::NoLegPlan { stage } if stage.index() == 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShipmentEtaError {
    /// The caller gave no leg plan for a stage of the route.
    #[error("no leg plan was given for stage {stage}")]
    NoLegPlan {
        /// The stage.
        stage: Stage,
    },
    /// The plan of the stages was refused.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The route plan was built for a route with other milestones than the shipment's.
    #[error("the route plan was built for another route (the milestones differ)")]
    RouteMismatch,
    /// The estimate failed.
    #[error(transparent)]
    Estimate(#[from] EstimateError),
}

/// Any error of the delivery-window module.
///
/// # Examples
///
/// ```
/// use crossborder::eta::{EtaError, Probability};
///
/// fn level(text: &str) -> Result<Probability, EtaError> {
///     Ok(text.parse()?)
/// }
/// assert!(matches!(level("2"), Err(EtaError::Probability(_))));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EtaError {
    /// A probability was rejected.
    #[error(transparent)]
    Probability(#[from] ProbabilityError),
    /// A transit-time distribution was rejected.
    #[error(transparent)]
    Distribution(#[from] DistributionError),
    /// A leg plan or plan was rejected.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// An estimate could not be made.
    #[error(transparent)]
    Estimate(#[from] EstimateError),
    /// Distributions could not be fitted.
    #[error(transparent)]
    Fit(#[from] FitError),
    /// A window was rejected.
    #[error(transparent)]
    Window(#[from] WindowError),
    /// Forecasts could not be scored.
    #[error(transparent)]
    Score(#[from] ScoreError),
    /// A shipment's outlook or route plan failed.
    #[error(transparent)]
    Shipment(#[from] ShipmentEtaError),
}
